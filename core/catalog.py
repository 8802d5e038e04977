"""Edits of single catalog values, validated; the inventory table and its undo stack use these.

Each function changes one field of one SKU or product and returns the value it had before, in
a form the same function accepts, so undo is just another call. Bad values raise
``ValueError(Message("Catalog", ...))`` and change nothing.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from functools import reduce
from operator import add, attrgetter, itemgetter
from typing import Any

from sqlalchemy import case
from sqlalchemy import select as core_select
from sqlmodel import Session, func, select

from core.edits import UNSET, check_seen, flush_or_conflict
from core.i18n import QT_TRANSLATE_NOOP, Message
from core.models import HAZARD_FLAGS, Category, Product, Sku, table_of

LIFECYCLE_VALUES = ("intro", "growth", "mature", "decline")
# Shared by every SKU without hazard flags (most): a flag set replaces the list, never
# appends to it (``set_sku_field``).
NO_HAZARDS: list[str] = []
NUMBER_FIELDS = ("cost", "price", "weight_g", "length_cm", "width_cm", "height_cm")
CURRENCY_FIELDS = ("cost_currency", "price_currency")
EDITABLE_SKU_FIELDS: tuple[str, ...] = (
    "sku_code",
    "variant",
    *NUMBER_FIELDS,
    *CURRENCY_FIELDS,
    "barcode",
    "stock_qty",
    *HAZARD_FLAGS,
    "lifecycle_override",
)
EDITABLE_PRODUCT_FIELDS: tuple[str, ...] = ("name", "spu_code", "category", "brand", "notes")

FIELD_LABELS: dict[str, str] = {
    "sku_code": QT_TRANSLATE_NOOP("Catalog", "SKU code"),
    "variant": QT_TRANSLATE_NOOP("Catalog", "variant"),
    "cost": QT_TRANSLATE_NOOP("Catalog", "cost"),
    "price": QT_TRANSLATE_NOOP("Catalog", "price"),
    "weight_g": QT_TRANSLATE_NOOP("Catalog", "weight"),
    "length_cm": QT_TRANSLATE_NOOP("Catalog", "length"),
    "width_cm": QT_TRANSLATE_NOOP("Catalog", "width"),
    "height_cm": QT_TRANSLATE_NOOP("Catalog", "height"),
    "cost_currency": QT_TRANSLATE_NOOP("Catalog", "cost currency"),
    "price_currency": QT_TRANSLATE_NOOP("Catalog", "price currency"),
    "barcode": QT_TRANSLATE_NOOP("Catalog", "barcode"),
    "stock_qty": QT_TRANSLATE_NOOP("Catalog", "stock"),
    "lifecycle_override": QT_TRANSLATE_NOOP("Catalog", "lifecycle stage"),
    "name": QT_TRANSLATE_NOOP("Catalog", "product name"),
    "spu_code": QT_TRANSLATE_NOOP("Catalog", "SPU code"),
    "category": QT_TRANSLATE_NOOP("Catalog", "category"),
    "brand": QT_TRANSLATE_NOOP("Catalog", "brand"),
    "notes": QT_TRANSLATE_NOOP("Catalog", "notes"),
}

_CURRENCY = re.compile(r"^[A-Z]{3}$")
_THOUSANDS = re.compile(r"^-?\d{1,3}(,\d{3})+(\.\d+)?$")
_TRUE = {"1", "true", "yes", "y", "x", "是", "有", "✓"}
_FALSE = {"", "0", "false", "no", "n", "否", "无"}
MAX_TEXT = 200


def _error(text: str, **params: Any) -> ValueError:
    return ValueError(Message("Catalog", text, params))


def _label(field: str) -> Message:
    """The field's name as a message, so it is shown in the reader's language too."""
    return Message("Catalog", FIELD_LABELS.get(field, field))


def parse_number(field: str, value: Any) -> float | None:
    """A non-negative number, or None for an empty cell."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, bool):
        raise _error(QT_TRANSLATE_NOOP("Catalog", "'{value}' is not a number."), value=value)
    if isinstance(value, int | float):
        number = float(value)
    else:
        text = str(value).strip()
        if _THOUSANDS.match(text):
            text = text.replace(",", "")
        try:
            number = float(text)
        except ValueError:
            raise _error(
                QT_TRANSLATE_NOOP("Catalog", "'{value}' is not a number."), value=value
            ) from None
    if number != number or number in (float("inf"), float("-inf")):
        raise _error(QT_TRANSLATE_NOOP("Catalog", "'{value}' is not a number."), value=value)
    if number < 0:
        raise _error(
            QT_TRANSLATE_NOOP("Catalog", "The {field} cannot be negative ({value})."),
            field=_label(field),
            value=value,
        )
    return number


def parse_currency(value: Any) -> str:
    code = str(value or "").strip().upper()
    if not _CURRENCY.match(code):
        raise _error(
            QT_TRANSLATE_NOOP(
                "Catalog",
                "'{value}' is not a currency code: use three letters such as USD, EUR or CNY.",
            ),
            value=value,
        )
    return code


def parse_flag(value: Any) -> bool:
    if isinstance(value, bool):
        return value
    if isinstance(value, int) and value in (0, 1):
        return bool(value)
    text = str(value or "").strip().lower()
    if text in _TRUE:
        return True
    if text in _FALSE:
        return False
    raise _error(QT_TRANSLATE_NOOP("Catalog", "'{value}' is not yes or no."), value=value)


def parse_lifecycle(value: Any) -> str | None:
    text = str(value or "").strip().lower()
    if not text:
        return None
    if text not in LIFECYCLE_VALUES:
        raise _error(
            QT_TRANSLATE_NOOP(
                "Catalog",
                "'{value}' is not a lifecycle stage: use intro, growth, mature or decline.",
            ),
            value=value,
        )
    return text


def _text(field: str, value: Any, required: bool) -> str:
    text = str(value if value is not None else "").strip()
    if required and not text:
        raise _error(
            QT_TRANSLATE_NOOP("Catalog", "The {field} cannot be empty."), field=_label(field)
        )
    if len(text) > MAX_TEXT:
        raise _error(
            QT_TRANSLATE_NOOP(
                "Catalog", "The {field} is too long ({length} characters; at most {limit})."
            ),
            field=_label(field),
            length=len(text),
            limit=MAX_TEXT,
        )
    return text


def parse_variant(value: Any, current: dict[str, str]) -> str:
    """Variant attributes as JSON: from a dict, a JSON object, or a label like "Black / L"."""
    if isinstance(value, dict):
        attributes = value
    else:
        text = _text("variant", value, required=False)
        if text.startswith("{"):
            try:
                attributes = json.loads(text)
            except ValueError:
                raise _error(
                    QT_TRANSLATE_NOOP("Catalog", "'{value}' is not a variant."), value=value
                ) from None
            if not isinstance(attributes, dict):
                raise _error(
                    QT_TRANSLATE_NOOP("Catalog", "'{value}' is not a variant."), value=value
                )
        else:
            parts = [part.strip() for part in text.split("/") if part.strip()]
            keys = list(current)
            if len(keys) == len(parts):
                attributes = dict(zip(keys, parts, strict=True))
            elif len(parts) == 1:
                attributes = {keys[0] if len(keys) == 1 else "variant": parts[0]}
            else:
                attributes = {
                    (keys[i] if i < len(keys) else f"attribute {i + 1}"): part
                    for i, part in enumerate(parts)
                }
    return json.dumps({str(k): str(v) for k, v in attributes.items()}, ensure_ascii=False)


def _sku(session: Session, sku_id: int) -> Sku:
    sku = session.get(Sku, sku_id)
    if sku is None:
        raise _error(
            QT_TRANSLATE_NOOP("Catalog", "This SKU no longer exists (id {id})."), id=sku_id
        )
    return sku


def _product(session: Session, product_id: int) -> Product:
    product = session.get(Product, product_id)
    if product is None:
        raise _error(
            QT_TRANSLATE_NOOP("Catalog", "This product no longer exists (id {id})."), id=product_id
        )
    return product


def update_sku(session: Session, sku_id: int, field: str, value: Any, seen: Any = UNSET) -> Any:
    """Set one field of a SKU (flushed, not committed); returns the old value.

    ``seen``: the value the person was looking at; when another writer changed it meanwhile
    the edit raises :class:`~core.edits.ConflictError` and changes nothing."""
    if field not in EDITABLE_SKU_FIELDS:
        raise _error(QT_TRANSLATE_NOOP("Catalog", "'{field}' cannot be edited here."), field=field)
    sku = _sku(session, sku_id)
    old = getattr(sku, field)
    if field == "sku_code":
        new: Any = _text(field, value, required=True)
        clash = session.exec(
            select(Sku.id).where(func.lower(Sku.sku_code) == new.lower(), Sku.id != sku_id)
        ).first()
        if clash is not None:
            raise _error(
                QT_TRANSLATE_NOOP("Catalog", "Another SKU already has the code {code}."), code=new
            )
    elif field == "variant":
        new = parse_variant(value, sku.variant_attributes)
    elif field in NUMBER_FIELDS:
        new = parse_number(field, value)
    elif field in CURRENCY_FIELDS:
        new = parse_currency(value)
    elif field == "stock_qty":
        number = parse_number(field, value)
        if number is not None and number != int(number):
            raise _error(
                QT_TRANSLATE_NOOP("Catalog", "The stock must be a whole number ({value})."),
                value=value,
            )
        new = None if number is None else int(number)  # empty: unknown, not zero
    elif field in HAZARD_FLAGS:
        new = parse_flag(value)
    elif field == "lifecycle_override":
        new = parse_lifecycle(value)
    else:  # barcode
        new = _text(field, value, required=False)
    check_seen(sku, sku.sku_code, field, old, seen, new)
    setattr(sku, field, new)
    session.add(sku)
    flush_or_conflict(session, sku, sku.sku_code, field, new, old)
    return old


def category_id_for(session: Session, name: str) -> int | None:
    """The category with this name (case-insensitive), created when new; None for empty."""
    name = _text("category", name, required=False)
    if not name:
        return None
    found = session.exec(select(Category).where(func.lower(Category.name) == name.lower())).first()
    if found is None:
        found = Category(name=name)
        session.add(found)
        session.flush()
    return found.id


def update_product(
    session: Session, product_id: int, field: str, value: Any, seen: Any = UNSET
) -> Any:
    """Set one field of a product (SPU) (flushed, not committed); returns the old value.
    ``seen`` as for :func:`update_sku`.

    ``category`` takes and returns the category's name; a new name creates the category.
    """
    if field not in EDITABLE_PRODUCT_FIELDS:
        raise _error(QT_TRANSLATE_NOOP("Catalog", "'{field}' cannot be edited here."), field=field)
    product = _product(session, product_id)
    if field == "category":
        current = session.get(Category, product.category_id) if product.category_id else None
        old = current.name if current else ""
        check_seen(product, product.spu_code, field, old, seen, value)
        product.category_id = category_id_for(session, value)
    else:
        old = getattr(product, field)
        new = _text(field, value, required=field in ("name", "spu_code"))
        check_seen(product, product.spu_code, field, old, seen, new)
        if field == "spu_code":
            clash = session.exec(
                select(Product.id).where(
                    func.lower(Product.spu_code) == new.lower(), Product.id != product_id
                )
            ).first()
            if clash is not None:
                raise _error(
                    QT_TRANSLATE_NOOP(
                        "Catalog", "Another product already has the SPU code {code}."
                    ),
                    code=new,
                )
        setattr(product, field, new)
    session.add(product)
    flush_or_conflict(session, product, product.spu_code, field, value, old)
    return old


SKU_FIELDS = (
    *("product_id", "sku_code", "variant", "variant_label", *NUMBER_FIELDS, *CURRENCY_FIELDS),
    *("barcode", "stock_qty", "lifecycle_override", "archived", "hazards"),
)


class SkuValues:
    """One SKU's editable values as :func:`catalog_rows` reads them: read like a dict
    (``raw["cost"]``, ``raw.get("archived")``) or by attribute, held in slots: 184 bytes, a
    dict of the same 17 values 480 (48 MB for 100,000 SKUs). Never changed in place: an edit
    reads the SKU again."""

    __slots__ = SKU_FIELDS

    def __init__(  # noqa: PLR0913 - one argument per field, in SKU_FIELDS order
        self,
        product_id: int,
        sku_code: str,
        variant: str,
        variant_label: str,
        cost: float | None,
        price: float | None,
        weight_g: float | None,
        length_cm: float | None,
        width_cm: float | None,
        height_cm: float | None,
        cost_currency: str,
        price_currency: str,
        barcode: str,
        stock_qty: int | None,
        lifecycle_override: str | None,
        archived: bool,
        hazards: list[str],
    ) -> None:
        self.product_id, self.sku_code, self.variant = product_id, sku_code, variant
        self.variant_label, self.cost, self.price = variant_label, cost, price
        self.weight_g, self.length_cm, self.width_cm = weight_g, length_cm, width_cm
        self.height_cm, self.cost_currency = height_cm, cost_currency
        self.price_currency, self.barcode, self.stock_qty = price_currency, barcode, stock_qty
        self.lifecycle_override, self.archived, self.hazards = lifecycle_override, archived, hazards

    def __getitem__(self, key: str) -> Any:
        try:
            return getattr(self, key)
        except (AttributeError, TypeError):
            raise KeyError(key) from None

    def get(self, key: str, default: Any = None) -> Any:
        return getattr(self, key, default) if key in _SKU_FIELD_SET else default

    def __contains__(self, key: object) -> bool:
        return key in _SKU_FIELD_SET

    def keys(self) -> tuple[str, ...]:
        return SKU_FIELDS

    def __iter__(self) -> Iterator[str]:
        return iter(SKU_FIELDS)

    def __len__(self) -> int:
        return len(SKU_FIELDS)

    def values(self) -> tuple:
        return _sku_values(self)

    def items(self) -> Iterator[tuple[str, Any]]:
        return zip(SKU_FIELDS, _sku_values(self), strict=True)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, SkuValues):
            return _sku_values(self) == _sku_values(other)
        if isinstance(other, dict):
            return dict(self.items()) == other
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]  # equal by value, like the dict it stands for

    def __repr__(self) -> str:
        return f"SkuValues({dict(self.items())!r})"


_SKU_FIELD_SET = frozenset(SKU_FIELDS)
FETCH_SLICE = 10_000  # SKU rows fetched at a time
_sku_values = attrgetter(*SKU_FIELDS)


def catalog_rows(
    session: Session,
    sku_ids: list[int] | None = None,
    previous: dict[int, SkuValues] | None = None,
) -> dict[int, SkuValues]:
    """The editable values of every SKU (or of ``sku_ids``) in one query, keyed by SKU id.
    Plain rows (``SkuValues``), not ORM objects: a large catalog has 100,000 SKUs.
    ``previous``: the rows read last time (never changed in place); a SKU whose values are
    all the same gets its old row back, so a reload after one edit holds one copy of the
    catalog, not two."""
    table = table_of(Sku)
    query = core_select(
        table.c.id,
        table.c.product_id,
        table.c.sku_code,
        table.c.variant,
        *(table.c[name] for name in NUMBER_FIELDS + CURRENCY_FIELDS),
        table.c.barcode,
        table.c.stock_qty,
        table.c.lifecycle_override,
        table.c.archived,
        _hazard_mask(table),
    )
    if sku_ids is not None:
        query = query.where(table.c.id.in_(sku_ids))
    # The driver's plain tuples a slice at a time (fetchmany), not SQLAlchemy rows one by one,
    # then column by column: 100,000 SKUs. Booleans come as 0/1 on SQLite: read by truth.
    executed = session.connection().execute(query)
    cursor = executed.cursor
    fields = NUMBER_FIELDS + CURRENCY_FIELDS
    # Column by column, a slice at a time: never zip(*rows) over the whole catalog, one C call
    # over 100,000 rows holding the interpreter lock (the UI thread waits); a slice is 10,000.
    # Repeated values (variant JSON, amounts, currency codes) share one object, not one per
    # SKU. Within a column the driver gives one type (REAL columns: floats), so equal values
    # are interchangeable. All 100,000 rows fetched at once were ~40 MB more at the peak.
    columns: list[list[Any]] = []
    shared: list[dict[Any, Any] | None] = []
    while cursor is not None and (rows := cursor.fetchmany(FETCH_SLICE)):
        if not columns:
            columns = [[] for _ in rows[0]]
            shared = [{} if 3 <= i < 4 + len(fields) else None for i in range(len(rows[0]))]
        for index, column in enumerate(columns):
            cells = list(map(itemgetter(index), rows))
            common = shared[index]
            column.extend(cells if common is None else map(common.setdefault, cells, cells))
        del rows
    executed.close()
    if not columns:
        return {}
    del shared
    labels = {  # variant JSON -> label: a catalog repeats a few shapes
        variant: Sku.model_construct(variant=variant).variant_label() for variant in set(columns[3])
    }
    after = 4 + len(fields)
    hazards = {mask: _hazards_of(mask) for mask in set(columns[-1])}
    ids = columns[0]
    values = (
        *columns[1:4],
        list(map(labels.__getitem__, columns[3])),
        *columns[4:after],
        *columns[after : after + 3],
        list(map(bool, columns[after + 3])),
        list(map(hazards.__getitem__, columns[-1])),
    )
    if not previous:
        return dict(zip(ids, map(SkuValues, *values), strict=True))
    result = {}
    for sku_id, *row in zip(ids, *values, strict=True):
        before = previous.get(sku_id)
        if before is not None and list(_sku_values(before)) == row:
            result[sku_id] = before
        else:
            result[sku_id] = SkuValues(*row)
    return result


def _hazard_mask(table) -> Any:
    """The SKU's hazard flags as one number (bit i: HAZARD_FLAGS' i-th flag set): one column
    read per SKU instead of seven, and one shared list per combination."""
    bits = [case((table.c[flag], 1 << i), else_=0) for i, flag in enumerate(HAZARD_FLAGS)]
    return reduce(add, bits).label("hazard_mask")


def _hazards_of(mask: int) -> list[str]:
    return [flag for i, flag in enumerate(HAZARD_FLAGS) if mask >> i & 1] or NO_HAZARDS


def product_rows(
    session: Session,
    product_ids: list[int] | None = None,
    previous: dict[int, dict[str, Any]] | None = None,
) -> dict[int, dict[str, Any]]:
    """Every product (or those in ``product_ids``) with its category name, keyed by id.
    ``previous``: as for :func:`catalog_rows` (an unchanged product gets its old dict back)."""
    categories = {c.id: c.name for c in session.exec(select(Category)).all()}
    table = table_of(Product).c
    # Plain rows, not ORM objects: a catalog of 100,000 SKUs has 20,000+ products.
    query = core_select(
        table.id, table.spu_code, table.name, table.brand, table.category_id, table.archived
    ).order_by(table.spu_code)
    if product_ids is not None:
        query = query.where(table.id.in_(product_ids))
    old = previous or {}
    result = {}
    for product_id, spu_code, name, brand, category_id, archived in session.connection().execute(
        query
    ):
        raw = {
            "spu_code": spu_code,
            "name": name,
            "brand": brand,
            "category": categories.get(category_id, ""),
            "archived": bool(archived),
        }
        before = old.get(product_id)
        result[product_id] = before if before == raw else raw
    return result


def category_names(session: Session) -> list[str]:
    return sorted(session.exec(select(Category.name)).all(), key=str.lower)
