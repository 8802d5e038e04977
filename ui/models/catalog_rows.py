"""The catalog tree's columns and rows, and what each cell shows (no Qt model here)."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from operator import attrgetter
from typing import Any

import numpy as np
from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QColor

from core import currency
from core.catalog import SkuValues
from core.inventory.flags import FLAG_LABELS
from core.inventory.lifecycle import LIFECYCLE_STAGES, NO_SALES_LABEL
from core.inventory.review import CatalogReview, SkuReview
from ui.i18n import translate
from ui.models.catalog_search import SearchArrays
from ui.models.row_margins import Conversions, derive, list_margins

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 2
# SKU id on SKU rows, 0 on product rows.
SKU_ID_ROLE = Qt.ItemDataRole.UserRole + 3
PRODUCT_ID_ROLE = Qt.ItemDataRole.UserRole + 4
CHOICES_ROLE = Qt.ItemDataRole.UserRole + 5  # (items [(label, value)], free text allowed)

# (key, header, field edited on a SKU row, field edited on a product row)
COLUMNS: list[tuple[str, str, str | None, str | None]] = [
    ("code", QT_TRANSLATE_NOOP("CatalogModel", "Code"), "sku_code", "spu_code"),
    ("name", QT_TRANSLATE_NOOP("CatalogModel", "Product / variant"), "variant", "name"),
    ("category", QT_TRANSLATE_NOOP("CatalogModel", "Category"), None, "category"),
    ("cost", QT_TRANSLATE_NOOP("CatalogModel", "Cost"), "cost", None),
    ("cost_currency", QT_TRANSLATE_NOOP("CatalogModel", "Cost currency"), "cost_currency", None),
    ("price", QT_TRANSLATE_NOOP("CatalogModel", "Price"), "price", None),
    ("price_currency", QT_TRANSLATE_NOOP("CatalogModel", "Price currency"), "price_currency", None),
    ("margin", QT_TRANSLATE_NOOP("CatalogModel", "Gross margin"), None, None),
    ("revenue", QT_TRANSLATE_NOOP("CatalogModel", "Revenue 12 months ({base})"), None, None),
    ("units", QT_TRANSLATE_NOOP("CatalogModel", "Units 12 months"), None, None),
    ("return_rate", QT_TRANSLATE_NOOP("CatalogModel", "Return rate"), None, None),
    ("stock", QT_TRANSLATE_NOOP("CatalogModel", "Stock"), "stock_qty", None),
    ("stock_value", QT_TRANSLATE_NOOP("CatalogModel", "Stock value ({base})"), None, None),
    ("cover", QT_TRANSLATE_NOOP("CatalogModel", "Days of cover"), None, None),
    ("lifecycle", QT_TRANSLATE_NOOP("CatalogModel", "Lifecycle"), "lifecycle_override", None),
    ("abc", QT_TRANSLATE_NOOP("CatalogModel", "ABC"), None, None),
    ("top_platform", QT_TRANSLATE_NOOP("CatalogModel", "Top platform"), None, None),
    ("flags", QT_TRANSLATE_NOOP("CatalogModel", "Flags"), None, None),
    ("weight", QT_TRANSLATE_NOOP("CatalogModel", "Weight (g)"), "weight_g", None),
    ("barcode", QT_TRANSLATE_NOOP("CatalogModel", "Barcode"), "barcode", None),
]
COLUMN_KEYS = [c[0] for c in COLUMNS]
NUMERIC = {
    "cost",
    "price",
    "margin",
    "revenue",
    "units",
    "return_rate",
    "stock",
    "stock_value",
    "cover",
    "weight",
}
PRODUCT_LABEL = QT_TRANSLATE_NOOP("CatalogModel", "{name}  ·  {count} SKUs")
ARCHIVED_LABEL = QT_TRANSLATE_NOOP("CatalogModel", "Archived (no longer sold)")
GREY = QColor("#6b7280")
ARCHIVED_GREY = QColor("#a0a7b1")
HIGHLIGHT = QColor("#fff4c2")  # rows the last import added or changed


@dataclass(slots=True)
class SkuRow:
    sku_id: int
    raw: SkuValues  # editable values from core.catalog.catalog_rows
    review: SkuReview | None
    margin: float | None = None  # realised where the SKU sold, else the list-price one
    margin_realised: bool = False
    order: int = 0  # position within its product as loaded (ties sort in this order)


@dataclass(slots=True)
class ProductRow:
    product_id: int
    raw: dict[str, Any]  # from core.catalog.product_rows
    skus: list[SkuRow] = field(default_factory=list)
    order: int = 0  # position as loaded


# Shown for a value the file did not give (unknown is not zero): the tooltip says why.
UNKNOWN = "—"
UNKNOWN_STOCK = QT_TRANSLATE_NOOP(
    "CatalogModel",
    "Stock unknown: the import did not give a quantity for this SKU (e.g. an Etsy listing "
    "gives one total for all its SKUs). It is left out of stock value, cover and aged stock. "
    "Double-click to enter it.",
)
SOME_STOCK_UNKNOWN = QT_TRANSLATE_NOOP(
    "CatalogModel", "The stock of {count} of these SKUs is unknown; the sum counts the others."
)


def money(value: float | Decimal | None, decimals: int = 2) -> str:
    """Review amounts are exact Decimals already at the currency's minor unit: shown with all
    their digits, so a product row is the sum of its SKU rows as shown."""
    if value is None:
        return ""
    if isinstance(value, Decimal):
        return f"{value:,}"
    return f"{value:,.{decimals}f}"


def is_archived(product: ProductRow, sku: SkuRow | None) -> bool:
    """停售: the SKU, or its whole product, is no longer sold."""
    return bool(product.raw.get("archived")) or bool(sku is not None and sku.raw.get("archived"))


def lifecycle_stage(sku: SkuRow) -> str:
    """The stage set by hand, else the suggested one ("" without sales)."""
    override = sku.raw["lifecycle_override"]
    if override:
        return override
    return sku.review.lifecycle_suggested if sku.review else ""


def sku_text(product: ProductRow, sku: SkuRow, key: str) -> str:
    """What a SKU row shows in the column ``key``."""
    raw, review = sku.raw, sku.review
    if key == "code":
        return raw["sku_code"]
    if key == "name":
        return raw["variant_label"] or product.raw["name"]
    if key == "category":
        return product.raw["category"]
    if key in ("cost", "price"):
        # Cost is usually in CNY and price in the market's currency: always say which.
        amount = money(raw[key])
        return f"{amount} {raw[key + '_currency']}" if amount else ""
    if key in ("cost_currency", "price_currency", "barcode"):
        return raw[key]
    if key == "margin":
        return "" if sku.margin is None else f"{sku.margin * 100:.1f}%"
    if key == "stock":
        return UNKNOWN if raw["stock_qty"] is None else f"{raw['stock_qty']:,}"
    if key == "weight":
        return "" if raw["weight_g"] is None else f"{raw['weight_g']:,.0f}"
    if key == "lifecycle":
        if is_archived(product, sku):
            return translate("CatalogModel", ARCHIVED_LABEL)
        stage = lifecycle_stage(sku)
        return translate("Inventory", LIFECYCLE_STAGES.get(stage, NO_SALES_LABEL))
    if review is None:
        return ""
    if key == "revenue":
        return money(review.revenue_12m, 0)
    if key == "units":
        return f"{review.units_12m:,}"
    if key == "return_rate":
        rate = review.return_rate
        return "" if rate is None else f"{rate * 100:.1f}%"
    if key == "stock_value":
        return money(review.stock_value, 0)
    if key == "cover":
        return "" if review.days_of_cover is None else f"{review.days_of_cover:,.0f}"
    if key == "abc":
        return review.abc_class
    if key == "top_platform":
        shares = review.revenue_by_platform
        return max(shares, key=shares.get) if shares else ""
    if key == "flags":
        return ", ".join(translate("Inventory", FLAG_LABELS.get(f, f)) for f in review.flags)
    return ""


def _range(values: list[float], code: str) -> str:
    low, high = min(values), max(values)
    text = money(low) if low == high else f"{money(low)}–{money(high)}"
    return f"{text} {code}"


def amount_range(product: ProductRow, key: str, base: str, rates: dict[str, float]) -> str:
    """The lowest to highest cost or price of a product's SKUs: in their own currency when
    they share one, else in the base currency."""
    known = [s for s in product.skus if s.raw[key] is not None]
    if not known:
        return ""
    codes = {s.raw[key + "_currency"] for s in known}
    if len(codes) == 1:
        return _range([s.raw[key] for s in known], codes.pop())
    values = [currency.convert(s.raw[key], s.raw[key + "_currency"], base, rates) for s in known]
    converted = [v for v in values if v is not None]
    return _range(converted, base) if converted else ""


def product_margin(product: ProductRow) -> float | None:
    """A product's gross margin: its SKUs' realised margins weighted by their 12-month revenue
    (= the product's realised margin), or the plain average of list-price margins when
    nothing sold."""
    pairs = [
        (s.margin, float(s.review.revenue_12m) if s.review and s.margin_realised else 0.0)
        for s in product.skus
        if s.margin is not None
    ]
    if not pairs:
        return None
    revenue = sum(weight for _, weight in pairs)
    if revenue > 0:
        return sum(margin * weight for margin, weight in pairs) / revenue
    return sum(margin for margin, _ in pairs) / len(pairs)


def product_text(
    product: ProductRow, key: str, base: str = "", rates: dict[str, float] | None = None
) -> str:
    """What a product row shows: its codes and the sums, ranges and margin of its SKUs."""
    raw = product.raw
    if key == "code":
        return raw["spu_code"]
    if key == "name":
        return translate("CatalogModel", PRODUCT_LABEL).format(
            name=raw["name"], count=len(product.skus)
        )
    if key == "category":
        return raw["category"]
    if key == "lifecycle" and raw.get("archived"):
        return translate("CatalogModel", ARCHIVED_LABEL)
    if key in ("cost", "price"):
        return amount_range(product, key, base, rates or {})
    if key == "margin":
        margin = product_margin(product)
        return "" if margin is None else f"{margin * 100:.1f}%"
    reviews = [s.review for s in product.skus if s.review is not None]
    if key == "revenue":
        return money(sum(r.revenue_12m for r in reviews), 0) if reviews else ""
    if key == "units":
        return f"{sum(r.units_12m for r in reviews):,}" if reviews else ""
    if key == "stock":
        known = [s.raw["stock_qty"] for s in product.skus if s.raw["stock_qty"] is not None]
        if not known:
            return UNKNOWN
        # some SKUs' stock is unknown: the sum is only a lower bound
        return f"{sum(known):,}" if len(known) == len(product.skus) else f"≥ {sum(known):,}"
    if key == "stock_value":
        values = [r.stock_value for r in reviews if r.stock_value is not None]
        return money(sum(values), 0) if values else ""
    return ""


def sku_sort_value(sku: SkuRow, key: str, text: str, base: str, rates: dict[str, float]) -> Any:
    """What a SKU cell sorts by: numbers by value (money in the base currency), text by text.
    Empty numbers sort below every number."""
    raw, review = sku.raw, sku.review
    value: float | None
    if key in ("cost", "price"):
        value = currency.convert(raw[key], raw[key + "_currency"], base, rates)
    elif key == "margin":
        value = sku.margin
    elif key == "stock":
        value = raw["stock_qty"]
    elif key == "weight":
        value = raw["weight_g"]
    elif key in NUMERIC:
        value = _review_number(review, key)
    else:
        return text.lower()
    return float("-inf") if value is None else float(value)


def _review_number(review: SkuReview | None, key: str) -> float | None:
    if review is None:
        return None
    return {
        "revenue": review.revenue_12m,
        "units": review.units_12m,
        "return_rate": review.return_rate,
        "stock_value": review.stock_value,
        "cover": review.days_of_cover,
    }.get(key)


def product_sort_value(
    product: ProductRow, key: str, text: str, base: str, rates: dict[str, float]
) -> Any:
    """What a product row sorts by: the sum (revenue, units, stock, stock value), the lowest
    amount (cost, price) or the margin of its SKUs."""
    if key not in NUMERIC:
        return text.lower()
    if key == "margin":
        margin = product_margin(product)
        return float("-inf") if margin is None else margin
    values = [sku_sort_value(s, key, "", base, rates) for s in product.skus]
    values = [v for v in values if v != float("-inf")]
    if not values:
        return float("-inf")
    if key in ("cost", "price", "return_rate", "cover", "weight"):
        return min(values)
    return sum(values)


# --- building the rows (plain Python: the page does it on its worker thread) --------------
def sku_search(product: ProductRow, sku: SkuRow) -> str:
    """The text the filter searches for a SKU, lower-cased: its code, variant, SPU code,
    product name and category. Made when asked (the filter keeps them as one blob,
    ``catalog_search``, which makes the product's part once for all its SKUs), not kept per
    row."""
    return sku_words(sku) + product_words(product)


def sku_words(sku: SkuRow) -> str:
    """The SKU's own part of its search text."""
    return f"{sku.raw.sku_code} {sku.raw.variant_label}".lower()


def product_words(product: ProductRow) -> str:
    """The product's part of its SKUs' search texts. Lower-cased apart from the SKU's part,
    the same text: ``lower`` goes a character at a time, and the space between them ends a
    word for the final sigma either way."""
    raw = product.raw
    return f" {raw['spu_code']} {raw['name']} {raw['category']}".lower()


def product_search(product: ProductRow) -> str:
    raw = product.raw
    return " ".join((raw["spu_code"], raw["name"], raw["category"], raw["brand"])).lower()


def build_rows(
    review: CatalogReview | None,
    products: dict[int, dict],
    skus: dict[int, dict],
    base: str,
    rates: dict[str, float],
) -> list[ProductRow]:
    """Each product with its SKUs (by code) and their derived values filled in."""
    reviews = {s.sku_id: s for s in review.skus} if review else {}
    rows = [ProductRow(pid, raw) for pid, raw in products.items()]
    by_id = {row.product_id: row for row in rows}
    conversions = Conversions(base, rates)
    # By attribute (``core.catalog.SkuValues``, read like a dict elsewhere, is slower so).
    owner_of, review_of = by_id.get, reviews.get
    for sku_id, raw in sorted(skus.items(), key=lambda kv: kv[1].sku_code.lower()):
        owner = owner_of(raw.product_id)
        if owner is not None:
            row_skus = owner.skus
            row_skus.append(SkuRow(sku_id, raw, review_of(sku_id), order=len(row_skus)))
    del reviews
    for order, product in enumerate(rows):
        product.order = order
    if review is None:  # every SKU's list-price margin at once (the early rows: 100,000 SKUs)
        every = [sku for product in rows for sku in product.skus]
        for sku, margin in zip(
            every, list_margins([s.raw for s in every], base, rates), strict=True
        ):
            sku.margin, sku.margin_realised = margin, False
        return rows
    for product in rows:
        for sku in product.skus:
            derive(product, sku, base, rates, conversions=conversions)
    return rows


def sort_rows(
    rows: list[ProductRow],
    column: int,
    descending: bool,
    flat: bool,
    base: str,
    rates: dict[str, float],
) -> list[int]:
    """Sort by one column by value (``sku_sort_value``/``product_sort_value``), ties in load
    order, as a stable sort of the loaded rows would. The tree: products and the SKUs within
    each, in place. Returns the SKU ids in the order of the SKU list (flat)."""
    rows.sort(key=attrgetter("order"))
    for product in rows:
        product.skus.sort(key=attrgetter("order"))
    key = COLUMN_KEYS[column] if 0 <= column < len(COLUMN_KEYS) else ""
    numeric = key in NUMERIC

    def sku_key(product: ProductRow, sku: SkuRow) -> Any:
        text = "" if numeric else sku_text(product, sku, key)
        return sku_sort_value(sku, key, text, base, rates)

    pairs = [(product, sku) for product in rows for sku in product.skus]
    if not key:
        return [sku.sku_id for _, sku in pairs]
    if flat:
        keys = [sku_key(product, sku) for product, sku in pairs]
        order = sorted(range(len(pairs)), key=keys.__getitem__, reverse=descending)
        return [pairs[i][1].sku_id for i in order]
    for product in rows:
        if len(product.skus) > 1:
            product.skus.sort(key=lambda s, p=product: sku_key(p, s), reverse=descending)
    keys = [
        product_sort_value(
            product, key, "" if numeric else product_text(product, key, base, rates), base, rates
        )
        for product in rows
    ]
    order = sorted(range(len(rows)), key=keys.__getitem__, reverse=descending)
    rows[:] = [rows[i] for i in order]
    return [sku.sku_id for _, sku in pairs]


@dataclass
class PreparedRows:
    """Rows ready for ``CatalogModel.set_catalog``: built, sorted, their shape known."""

    rows: list[ProductRow]
    flat_ids: list[int]  # SKU ids in the order of the SKU list
    shape: tuple  # (product id, (SKU ids…)) per product, to tell a reload from a new tree
    sort: tuple[int, bool, bool] = (-1, False, False)  # how they are sorted
    # Compared on the worker thread with the rows shown then (``against``, same shape):
    # per product row, (product row changed, ids of the SKUs whose values changed).
    against: list[ProductRow] | None = None
    changed: list[tuple[int, list[int]]] | None = None
    search: SearchArrays | None = None  # the filter's texts, prepared with the rows
    positions: Positions | None = None  # where each row is, for these rows in this order
    # The same rows as ``against`` with the review's figures added: every row changed.
    reviewed: bool = False


def prepare_rows(
    review: CatalogReview | None,
    products: dict[int, dict],
    skus: dict[int, dict],
    base: str,
    rates: dict[str, float],
    sort: tuple[int, bool, bool] = (-1, False, False),
    previous: list[ProductRow] | ShownRows | None = None,
) -> PreparedRows:
    """``build_rows`` then ``sort_rows`` by ``sort`` = (column, descending, flat); with
    ``previous`` (the rows shown now, or the model's ``ShownRows``) also what changed since
    (``changed_rows``), and in the same order the shown rows' positions and shape are kept
    (one copy of them in memory, not two)."""
    shown = previous if isinstance(previous, ShownRows) else ShownRows(previous or [])
    rows = build_rows(review, products, skus, base, rates)
    column, descending, flat = sort
    flat_ids = sort_rows(rows, column, descending, flat, base, rates)
    prepared = PreparedRows(rows, flat_ids, shape_of(rows), sort, search=SearchArrays.of(rows))
    prepared.positions = shown.same_order(prepared) or positions(rows, flat_ids)
    shown_shape = shown.shape if shown.shape is not None else shape_of(shown.rows)
    if previous is not None and shown_shape == prepared.shape:
        prepared.against, prepared.changed = shown.rows, changed_rows(shown.rows, rows)
    return prepared


@dataclass
class ShownRows:
    """What a model shows, for a worker thread: its rows, their order in the SKU list, shape
    and positions (the last three replaced by the model, never changed in place)."""

    rows: list[ProductRow]
    flat_ids: list[int] | None = None
    shape: tuple | None = None
    positions: Positions | None = None

    def same_order(self, prepared: PreparedRows) -> Positions | None:
        """These positions when ``prepared`` has the same rows in the same order (its shape
        then becomes the shown one: one tuple of 100,000 ids, not two); else None."""
        if self.positions is None or self.shape is None or prepared.shape != self.shape:
            return None
        if prepared.flat_ids != self.flat_ids:
            return None
        prepared.shape, prepared.flat_ids = self.shape, self.flat_ids
        return self.positions


def reviewed_rows(
    first: PreparedRows,
    review: CatalogReview,
    base: str,
    rates: dict[str, float],
    sort: tuple[int, bool, bool],
) -> PreparedRows:
    """``first``'s rows (built without a review, possibly shown already) again with the
    review's figures, as new row objects (the shown ones are never changed from this thread):
    their raw values, search texts and search arrays are shared, only margins and order are
    computed again."""
    reviews = {s.sku_id: s for s in review.skus}
    conversions = Conversions(base, rates)
    rows = []
    for before in first.rows:
        product = ProductRow(before.product_id, before.raw, order=before.order)
        for old in sorted(before.skus, key=attrgetter("order")):
            sku = SkuRow(old.sku_id, old.raw, reviews.get(old.sku_id), order=old.order)
            derive(product, sku, base, rates, conversions=conversions)
            product.skus.append(sku)
        rows.append(product)
    del reviews
    column, descending, flat = sort
    flat_ids = sort_rows(rows, column, descending, flat, base, rates)
    prepared = PreparedRows(rows, flat_ids, shape_of(rows), sort, search=first.search)
    earlier = ShownRows(first.rows, first.flat_ids, first.shape, first.positions)
    prepared.positions = earlier.same_order(prepared) or positions(rows, flat_ids)
    if prepared.shape == first.shape:
        prepared.against, prepared.reviewed = first.rows, True
    return prepared


class SkuPlaces:
    """SKU id -> (product row, SKU row), read like the dict it replaces (``get``, ``in``,
    ``[]``, ``len``): three arrays sorted by id, 2 MB for 100,000 SKUs where a dict of tuples
    was 10."""

    __slots__ = ("ids", "product_rows", "sku_rows")

    def __init__(self, ids: list[int], product_rows: list[int], sku_rows: list[int]) -> None:
        found = np.array(ids, dtype=np.int64)
        order = np.argsort(found, kind="stable")
        self.ids = found[order]
        self.product_rows = np.array(product_rows, dtype=np.int64)[order]
        self.sku_rows = np.array(sku_rows, dtype=np.int64)[order]

    def _at(self, sku_id: Any) -> int:
        if not isinstance(sku_id, int | np.integer) or isinstance(sku_id, bool):
            return -1
        at = int(self.ids.searchsorted(sku_id))
        return at if at < len(self.ids) and self.ids[at] == sku_id else -1

    def get(self, sku_id: int, default: Any = None) -> Any:
        at = self._at(sku_id)
        return default if at < 0 else (int(self.product_rows[at]), int(self.sku_rows[at]))

    def __getitem__(self, sku_id: int) -> tuple[int, int]:
        place = self.get(sku_id)
        if place is None:
            raise KeyError(sku_id)
        return place

    def __contains__(self, sku_id: object) -> bool:
        return self._at(sku_id) >= 0

    def __len__(self) -> int:
        return len(self.ids)

    def flat(self, flat_ids: list[int]) -> FlatRows:
        """(product row, SKU row) of each SKU in ``flat_ids``, in that order."""
        at = self.ids.searchsorted(np.array(flat_ids, dtype=np.int64))
        return FlatRows(self.product_rows[at], self.sku_rows[at])


class FlatRows:
    """Per SKU list row, (product row, SKU row): two arrays read like a list of pairs."""

    __slots__ = ("product_rows", "sku_rows")

    def __init__(self, product_rows: np.ndarray, sku_rows: np.ndarray) -> None:
        self.product_rows, self.sku_rows = product_rows, sku_rows

    def __getitem__(self, row: int) -> tuple[int, int]:
        return int(self.product_rows[row]), int(self.sku_rows[row])

    def __len__(self) -> int:
        return len(self.product_rows)


# SKU id -> (product row, SKU row); product id -> row; per SKU list row (product row, SKU row);
# SKU id -> SKU list row (None: made by the model when the SKU list needs it)
Positions = tuple[SkuPlaces, dict[int, int], FlatRows, dict[int, int] | None]


def positions(rows: list[ProductRow], flat_ids: list[int]) -> Positions:
    """Where each product and SKU is in ``rows`` and in the SKU list ``flat_ids``."""
    ids: list[int] = []
    product_rows: list[int] = []
    sku_rows: list[int] = []
    product_pos: dict[int, int] = {}
    for p_row, product in enumerate(rows):
        product_pos[product.product_id] = p_row
        for s_row, sku in enumerate(product.skus):
            ids.append(sku.sku_id)
            product_rows.append(p_row)
            sku_rows.append(s_row)
    places = SkuPlaces(ids, product_rows, sku_rows)
    del ids, product_rows, sku_rows
    return places, product_pos, places.flat(flat_ids), None


def changed_rows(old: list[ProductRow], new: list[ProductRow]) -> list[tuple[int, list[int]]]:
    """(product row, changed SKU ids) for each product row whose values differ; both lists
    have the same shape. Comparing 100,000 SKUs takes a while: done off the UI thread."""
    result = []
    for p_row, (before, now) in enumerate(zip(old, new, strict=True)):
        changed = [
            b.sku_id
            for a, b in zip(before.skus, now.skus, strict=True)
            if a.raw != b.raw or a.review != b.review
        ]
        if changed or before.raw != now.raw:
            result.append((p_row, changed))
    return result


def shape_of(rows: list[ProductRow]) -> tuple:
    return tuple((p.product_id, tuple(s.sku_id for s in p.skus)) for p in rows)
