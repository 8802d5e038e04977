"""Preview a product file against the catalog (new / changed / unchanged / rejected rows).

Nothing here writes: :func:`preview_products` only reads the workspace. Writing is
``core.importing.apply.apply_import``; undo and history live in ``core.importing.history``.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from sqlalchemy import select
from sqlmodel import Session

from core.i18n import QT_TRANSLATE_NOOP, Message, Translate, identity
from core.importing.column_rows import ColumnRows
from core.importing.conventions import codes_for_products_without_variants, is_instruction_row
from core.importing.currencies import CurrencySummary, file_hint, summarise
from core.importing.expand import STOCK_IS_TOTAL, expand_row
from core.importing.fast_rows import clean_columns
from core.importing.fields import PRODUCT_FIELDS
from core.importing.kinds import (
    TIKTOK_TEMPLATE,
    detect_kind,
    refuse_if_no_rows,
    refuse_if_not_products,
)
from core.importing.mapping import unit_factors
from core.importing.mixed import split_rows
from core.importing.readers import RawTable
from core.importing.rows import ImportRow
from core.importing.shared_codes import SharedCodes, key_shared_codes
from core.importing.unknowns import zero_costs_as_missing
from core.importing.unmapped import unmapped_columns, unmapped_fields
from core.importing.validate import (
    MISSING_SKU,
    BadValue,
    Where,
    cell_message,
    cell_text,
    clean_row,
    is_empty,
    location,
    variant_attributes,
)
from core.importing.woocommerce import WooStructure, adjust_row, read_structure
from core.jobs import Progress, paused_gc
from core.models import Category, Product, Sku, table_of
from core.revision import current as current_revision

SKU_COLUMNS = (
    "cost",
    "cost_currency",
    "price",
    "price_currency",
    "list_price",
    "weight_g",
    "length_cm",
    "width_cm",
    "height_cm",
    "barcode",
    "stock_qty",
)
PRODUCT_KEYS = ("product_name", "category", "brand")
# Filled down from the first row of the same SPU, as Shopify leaves them blank on later variants.
OPTION_NAMES = ("option1_name", "option2_name", "option3_name")
OPTION_VALUES = ("option1_value", "option2_value", "option3_value")
FILL_DOWN = ("product_name", "category", "brand", *OPTION_NAMES)
VARIANT_KEYS = ("variant", *OPTION_NAMES, *OPTION_VALUES)
# A table whose every row is plain is previewed as columns (core/importing/plain.py); the
# differential tests switch it off to compare with the general path.
PLAIN_PATH = True


@dataclass
class ImportChoices:
    """What the seller decided in the preview (wizard) or on the command line."""

    duplicate_codes: str | None = None  # see core.importing.shared_codes; None: the proposal
    zero_cost_is_real: bool = False  # see core.importing.unknowns


@dataclass
class ImportPreview:
    file_name: str
    sheet: str
    header_row: int
    mapping: dict[str, int]  # field key -> column index
    headers: dict[str, str]  # field key -> column header
    new: list[ImportRow] = field(default_factory=list)
    changed: list[ImportRow] = field(default_factory=list)
    unchanged: list[ImportRow] = field(default_factory=list)
    rejected: list[ImportRow] = field(default_factory=list)
    skipped: int = 0  # image-only continuation rows and the like
    instruction_rows: int = 0  # a template's instructions under the data, skipped
    parent_rows: int = 0  # WooCommerce variable/grouped products: SPUs, not SKUs
    product_only: list[str] = field(default_factory=list)  # SPU codes written without a SKU row
    codes_from_products: int = 0  # SKU-less products without variants given their SPU code
    # Product (SPU) fields the file asks for, by SPU code, from the first row that names them.
    products: dict[str, dict[str, str]] = field(default_factory=dict)
    entity: str = "products"
    # The currencies the import writes (and rows lacking one: their import is refused).
    currencies: CurrencySummary = field(default_factory=CurrencySummary)
    unmapped_fields: list[str] = field(default_factory=list)  # name/price/cost/stock unmapped
    unmapped_columns: list[str] = field(default_factory=list)  # headers no field reads
    shared_codes: SharedCodes = field(default_factory=SharedCodes)
    zero_costs: int = 0  # accepted rows with a cost of 0 (imported as missing unless real)
    zero_cost_is_real: bool = False
    # The catalog the rows were compared with and the workspace revision (core/revision.py)
    # read just before it: the apply reuses the catalog while the revision is unchanged.
    catalog: Catalog | None = field(default=None, repr=False, compare=False)
    revision: Any = field(default=None, repr=False, compare=False)

    def counts(self) -> dict[str, int]:
        return {
            "new": len(self.new),
            "changed": len(self.changed),
            "unchanged": len(self.unchanged),
            "rejected": len(self.rejected),
            "skipped": self.skipped,
        }

    def all_warnings(self) -> list[Message]:
        """The rows' warnings: new, changed, unchanged, then rejected rows, in row order
        (rows kept as columns make no row object for it)."""
        found: list[Message] = []
        for group in (self.new, self.changed, self.unchanged, self.rejected):
            if hasattr(group, "all_warnings"):
                found.extend(group.all_warnings())
            else:
                found.extend(m for row in group for m in row.warnings)
        return found

    def warned_rows(self) -> int:
        """Accepted rows with a warning (they are imported all the same)."""
        return sum(
            group.warned() if hasattr(group, "warned") else sum(1 for r in group if r.warnings)
            for group in (self.new, self.changed, self.unchanged)
        )

    @property
    def sheet_label(self) -> str:
        return self.sheet or self.file_name


class Catalog:
    """What the workspace holds now, as dicts keyed for fast lookups (100,000s of rows).

    ``sku_codes`` limits the SKUs read to those codes (the apply step re-reads only the SKUs
    it changes; the preview has read the whole catalog already)."""

    def __init__(self, session: Session, sku_codes: Iterable[str] | None = None) -> None:
        conn = session.connection()
        category = table_of(Category)
        product = table_of(Product)
        sku = table_of(Sku)
        self.category_names: dict[int, str] = dict(
            conn.execute(select(category.c.id, category.c.name)).all()
        )
        self.category_ids = {name.casefold(): cid for cid, name in self.category_names.items()}
        self.products: dict[str, dict[str, Any]] = {}
        self.products_by_id: dict[int, dict[str, Any]] = {}
        names = ("id", "spu_code", "name", "category_id", "brand")
        # Plain tuples zipped into dicts: 5-10x faster than SQLAlchemy's mapping rows.
        for row in conn.execute(select(*(product.c[name] for name in names))).all():
            data = dict(zip(names, row, strict=True))
            self.products[data["spu_code"]] = data
            self.products_by_id[data["id"]] = data
        keys = ("id", "product_id", "sku_code", "variant", *SKU_COLUMNS)
        query = select(*(sku.c[name] for name in keys))
        if sku_codes is None:
            # The driver's own tuples: SQLAlchemy's rows cost 0.1 s more at 100,000 SKUs.
            raw = conn.connection.driver_connection
            assert raw is not None  # a connection in use is open
            cursor = raw.cursor()
            try:
                cursor.execute(f"SELECT {', '.join(keys)} FROM sku")
                found = cursor.fetchall()
            finally:
                cursor.close()
        else:
            codes, found = list(sku_codes), []
            for start in range(0, len(codes), 500):
                chunk = codes[start : start + 500]
                found.extend(conn.execute(query.where(sku.c.sku_code.in_(chunk))).all())
        # Raw tuples: the column path (core/importing/plain.py) makes its frame from them and
        # a dict only for the SKUs it compares; the general path asks for every SKU's dict.
        self.sku_keys = keys
        self.sku_rows = found
        self._skus: dict[str, dict[str, Any]] | None = None
        self._positions: dict[str, int] | None = None
        self.frame: Any = None  # plain.catalog_frame's, when made ahead

    @property
    def skus(self) -> dict[str, dict[str, Any]]:
        if self._skus is None:
            keys = self.sku_keys
            self._skus = {row[2]: dict(zip(keys, row, strict=True)) for row in self.sku_rows}
        return self._skus

    def sku(self, code: str) -> dict[str, Any] | None:
        """One SKU's dict, without making every SKU's."""
        if self._skus is not None:
            return self._skus.get(code)
        if self._positions is None:
            self._positions = {row[2]: index for index, row in enumerate(self.sku_rows)}
        index = self._positions.get(code)
        if index is None:
            return None
        return dict(zip(self.sku_keys, self.sku_rows[index], strict=True))

    def compact(self) -> None:
        """Drop the dicts made from the tuples (the preview keeps the catalog for the apply,
        which asks for a few SKUs at most: 100,000 dicts would stay in memory until then)."""
        self._skus = self._positions = None

    def category_of(self, product: dict[str, Any]) -> str:
        return self.category_names.get(product["category_id"], "") if product else ""


def same(old: Any, new: Any) -> bool:
    if isinstance(old, (int, float)) and isinstance(new, (int, float)):
        return abs(float(old) - float(new)) <= 1e-9 * max(1.0, abs(float(old)))
    return old == new


def diff_row(
    row: ImportRow, current: dict[str, Any], catalog: Catalog, wishes: dict[str, dict[str, str]]
) -> dict[str, tuple[Any, Any]]:
    """The mapped fields of ``row`` that differ from the existing SKU ``current``."""
    changes: dict[str, tuple[Any, Any]] = {}
    values = row.values
    for key in SKU_COLUMNS:
        if key in values:
            old, new = current[key], values[key]
            # equal values are the same (the exact test first: most rows are unchanged)
            if old != new and not same(old, new):
                changes[key] = (old, new)
    if "variant" in values and current["variant"] != values["variant"]:
        try:
            old_attributes = json.loads(current["variant"] or "{}")
        except ValueError:
            old_attributes = {}
        if old_attributes != json.loads(row.values["variant"]):
            changes["variant"] = (current["variant"], row.values["variant"])
    owner = catalog.products_by_id.get(current["product_id"]) or {}
    if row.spu_code != owner.get("spu_code"):
        changes["spu_code"] = (owner.get("spu_code", ""), row.spu_code)
    target = catalog.products.get(row.spu_code)
    wish = wishes.get(row.spu_code, {})
    if target:
        if "product_name" in wish and wish["product_name"] != target["name"]:
            changes["product_name"] = (target["name"], wish["product_name"])
        old_category = catalog.category_of(target)
        if "category" in wish and wish["category"].casefold() != old_category.casefold():
            changes["category"] = (old_category, wish["category"])
        if "brand" in wish and wish["brand"] != target["brand"]:
            changes["brand"] = (target["brand"], wish["brand"])
    return changes


def preview_products(
    session: Session,
    table: RawTable,
    mapping: dict[str, int],
    progress: Progress | None = None,
    translate: Translate = identity,
    currency: str | None = None,
    choices: ImportChoices | None = None,
    ahead: CatalogRead | None = None,
) -> ImportPreview:
    """Validate every row and compare it with the catalog; writes nothing. Raises
    ImportFileError for an order, sales, ads or review report and for a table without data
    rows (see core.importing.kinds). A cell listing several SKUs becomes one row per SKU
    (see core.importing.expand). ``currency`` is the seller's currency for amounts whose
    row names none; without it the file's own hint is used (see core.importing.currencies). Codes shared by different rows are keyed as
    ``choices`` says (see core.importing.shared_codes). ``ahead``: the catalog as
    :func:`read_catalog` read it meanwhile, taken when nobody has written since."""
    with paused_gc():
        return _preview_products(
            session, table, mapping, progress, translate, currency, choices, ahead
        )


def _preview_products(
    session: Session,
    table: RawTable,
    mapping: dict[str, int],
    progress: Progress | None,
    translate: Translate,
    currency: str | None,
    choices: ImportChoices | None,
    ahead: CatalogRead | None = None,
) -> ImportPreview:
    choices = choices or ImportChoices()
    refuse_if_not_products(table)
    refuse_if_no_rows(table)
    headers = {
        key: table.headers[col] for key, col in mapping.items() if 0 <= col < len(table.headers)
    }
    mapping = {key: col for key, col in mapping.items() if key in headers}
    preview = ImportPreview(table.file_name, table.sheet, table.header_row, dict(mapping), headers)
    sheet = location(table.file_name, table.sheet)
    factors = unit_factors(table.headers, mapping, PRODUCT_FIELDS)
    hint = file_hint(table, mapping)
    chosen = currency or hint.code
    preview.unmapped_fields = unmapped_fields(mapping)
    preview.unmapped_columns = unmapped_columns(table, mapping)
    text = translate("Import", QT_TRANSLATE_NOOP("Import", "Checking rows…"))
    total = len(table.rows)
    rows: list[ImportRow] = []
    context: dict[str, dict[str, str]] = {}  # filled-down values per SPU code
    stock_warned = False
    woo = read_structure(table.headers, table.rows, mapping)
    tiktok = detect_kind(table.headers) == TIKTOK_TEMPLATE
    from core.importing import plain  # polars: loaded when a file is previewed

    if PLAIN_PATH and plain.eligible(table, mapping, factors, woo, tiktok):
        # plain rows kept as columns through preview and apply (core/importing/plain.py), the
        # few odd ones through clean_row (core/importing/mixed.py)
        split = split_rows(table, mapping, headers, sheet, factors, chosen, FILL_DOWN,
                           plain.fill_down)  # fmt: skip
        if split is not None and plain.preview_plain(
            preview, split, _read_catalog(session, preview, ahead), sheet, choices.zero_cost_is_real, chosen, hint,
            bool(currency), plain.Rules(FILL_DOWN, VARIANT_KEYS, PRODUCT_KEYS, _variant_of, diff_row),
        ):  # fmt: skip
            preview.rejected, preview.skipped = split.rejected, split.skipped
            preview.instruction_rows = split.instruction_rows
            preview.shared_codes = key_shared_codes([], choices.duplicate_codes, headers, sheet)
            if progress is not None:
                progress.report(total, total, text)
            return preview
    # Plain rows cleaned column-wise (WooCommerce rows are adjusted row by row: not there).
    fast = clean_columns(table.rows, mapping, factors, chosen) if woo is None else None
    # A table of columns builds a row's cells only for the rows the general path reads.
    columnar = isinstance(table.rows, ColumnRows)
    maybe_instructions = (
        set(table.rows.instruction_candidates()) if isinstance(table.rows, ColumnRows) else None
    )
    for index, number in enumerate(table.row_numbers):
        if progress is not None and index % 5000 == 0:
            progress.report(index, total, text)
        cells = None if columnar else table.rows[index]
        if maybe_instructions is None or index in maybe_instructions:
            cells = table.rows[index] if cells is None else cells
            if is_instruction_row(cells):
                preview.instruction_rows += 1  # a template's "事项说明" under the data
                continue
        if woo is not None:
            cells = table.rows[index] if cells is None else cells
            if woo.is_parent(cells):
                preview.parent_rows += 1  # a product (SPU); its variations are the SKUs
                continue
        clean = None if fast is None else fast[index]
        if clean is not None:
            rows.append(_new_row(clean, [], [], headers, sheet, number, context))
            continue
        if cells is None:  # only the mapped columns of a table of columns
            cols = list(mapping.values())  # fetched alone: no mapped column is built for it
            found = table.rows.cells(index, cols)  # type: ignore[attr-defined]
            raw = dict(zip(mapping, found, strict=True))
        else:
            raw = {key: cells[col] for key, col in mapping.items()}
        if woo is not None:
            assert cells is not None
            raw = adjust_row(woo, cells, raw)
        if all(is_empty(v) for k, v in raw.items() if k != "spu_code"):
            preview.skipped += 1  # Shopify's image-only rows carry only the handle
            continue
        expansion = expand_row(raw, headers, sheet, number, stock_warned)
        if expansion is None:
            rows.append(_check_row(raw, headers, sheet, number, factors, context, chosen))
            continue
        stock_warned = stock_warned or any(w.text == STOCK_IS_TOTAL for w in expansion.warnings)
        for position, cells_of_sku in enumerate(expansion.rows):
            row = _check_row(cells_of_sku, headers, sheet, number, factors, context, chosen)
            if position == 0:
                row.warnings[:0] = expansion.warnings
            rows.append(row)
    if tiktok:  # the convention is 店小秘's, not a rule
        preview.codes_from_products = codes_for_products_without_variants(rows, headers, sheet)
    preview.shared_codes = key_shared_codes(rows, choices.duplicate_codes, headers, sheet)
    preview.zero_cost_is_real = choices.zero_cost_is_real
    preview.zero_costs = zero_costs_as_missing(rows, choices.zero_cost_is_real, headers, sheet)
    if woo is not None:
        _parent_products(woo, preview)
    catalog = _read_catalog(session, preview, ahead)
    for row in rows:
        if row.messages:
            preview.rejected.append(row)
            continue
        _resolve(row, catalog, preview.products)
    for row in rows:
        if row.messages:
            continue
        current = catalog.skus.get(row.sku_code)
        if current is None:
            preview.new.append(row)
            continue
        row.sku_id = current["id"]
        row.changes = diff_row(row, current, catalog, preview.products)
        (preview.changed if row.changes else preview.unchanged).append(row)
    preview.currencies = summarise(
        preview.new + preview.changed, preview.unchanged, chosen, hint, bool(currency)
    )
    catalog.compact()
    if progress is not None:
        progress.report(total, total, text)
    return preview


@dataclass
class CatalogRead:
    """The catalog and the workspace revision read before it, in one transaction."""

    revision: Any
    catalog: Catalog


def read_catalog(session: Session) -> CatalogRead:
    """The whole catalog with its revision (the command line reads it while the file is
    parsed: 0.26 s of a 100k re-import)."""
    revision = current_revision(session.connection())
    return CatalogRead(revision, Catalog(session))


def _read_catalog(
    session: Session, preview: ImportPreview, ahead: CatalogRead | None = None
) -> Catalog:
    """The whole catalog, kept in ``preview`` with the revision read before it (inside the
    read's transaction: on a file nobody else commits until it ends; on a server a write in
    between moves the revision on, so the apply compares again rather than trusting it).
    ``ahead`` is taken when the revision has not moved since it was read."""
    if ahead is not None and ahead.revision is not None:
        if current_revision(session.connection()) == ahead.revision:
            preview.revision, preview.catalog = ahead.revision, ahead.catalog
            return ahead.catalog
    found = read_catalog(session)
    preview.revision, preview.catalog = found.revision, found.catalog
    return found.catalog


def _check_row(
    raw: dict[str, Any],
    headers: dict[str, str],
    sheet: Where,
    number: int,
    factors: dict[str, float],
    context: dict[str, dict[str, str]],
    currency: str = "",
) -> ImportRow:
    """Clean one SKU's cells, fill down product fields and reject empty SKUs."""
    values, errors, warnings = clean_row(raw, headers, sheet, number, factors, currency)
    return _new_row(values, errors, warnings, headers, sheet, number, context)


def _new_row(
    values: dict[str, Any],
    errors: list[Message],
    warnings: list[Message],
    headers: dict[str, str],
    sheet: Where,
    number: int,
    context: dict[str, dict[str, str]],
) -> ImportRow:
    row = ImportRow(number, values.get("sku_code", ""), values, messages=errors, warnings=warnings)
    if values.get("spu_code"):
        known = context.setdefault(values["spu_code"], {})
        for key in FILL_DOWN:
            if key in values:
                known.setdefault(key, values[key])
            elif key in known:
                values[key] = known[key]
    if not row.sku_code:
        row.messages.insert(
            0,
            cell_message(sheet, number, headers.get("sku_code", "SKU"), "", BadValue(MISSING_SKU)),
        )
    return row


def _parent_products(woo: WooStructure, preview: ImportPreview) -> None:
    """WooCommerce parents become products with their own name, category and brand."""
    for raw in woo.parent_rows:
        code = raw["spu_code"]
        wish = preview.products.setdefault(code, {})
        for key in PRODUCT_KEYS:
            if not is_empty(raw.get(key)):
                wish[key] = " ".join(cell_text(raw[key]).split())
        if code not in preview.product_only:
            preview.product_only.append(code)


@lru_cache(maxsize=4096)
def _variant_json(attributes: tuple[tuple[str, str], ...]) -> str:
    """Big files repeat a few option combinations (colour × size) on every product."""
    return json.dumps(dict(attributes), ensure_ascii=False)


@lru_cache(maxsize=4096)
def _variant_of(cells: tuple[Any, ...]) -> str:
    """The variant JSON of a row's option and variant cells (``VARIANT_KEYS`` order; "" for
    none): big files repeat a few combinations on every product."""
    given = {
        key: value for key, value in zip(VARIANT_KEYS, cells, strict=True) if value is not None
    }
    attributes = variant_attributes(given)
    return _variant_json(tuple(attributes.items())) if attributes else ""


def _resolve(row: ImportRow, catalog: Catalog, wishes: dict[str, dict[str, str]]) -> None:
    """Pick the row's SPU and variant JSON, and note the product fields it asks for."""
    values = row.values
    cells = tuple(map(values.get, VARIANT_KEYS))
    try:
        variant = _variant_of(cells)
    except TypeError:  # a value that cannot key the cache
        variant = _variant_of.__wrapped__(cells)
    for key in VARIANT_KEYS:
        values.pop(key, None)
    if variant:
        values["variant"] = variant
    current = catalog.skus.get(row.sku_code)
    if values.get("spu_code"):
        row.spu_code = values["spu_code"]
    elif current is not None:
        row.spu_code = catalog.products_by_id[current["product_id"]]["spu_code"]
    else:
        row.spu_code = values.get("product_name") or row.sku_code
    values["spu_code"] = row.spu_code
    wish = wishes.setdefault(row.spu_code, {})
    for key in PRODUCT_KEYS:
        if values.get(key):
            wish.setdefault(key, values[key])


def describe_value(key: str, value: Any) -> str:
    """A value as the preview shows it: variants as "black / M", numbers without noise."""
    if value is None:
        return ""
    if key == "variant":
        try:
            data = json.loads(value or "{}")
        except ValueError:
            return str(value)
        return " / ".join(f"{k}: {v}" for k, v in data.items()) if isinstance(data, dict) else ""
    if isinstance(value, float):
        return f"{value:g}" if abs(value) < 1e15 else str(value)
    return str(value)
