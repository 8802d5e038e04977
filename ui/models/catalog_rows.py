"""The catalog tree's columns and rows, and what each cell shows (no Qt model here)."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from operator import attrgetter
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QColor

from core import currency
from core.inventory.flags import FLAG_LABELS
from core.inventory.lifecycle import LIFECYCLE_STAGES, NO_SALES_LABEL
from core.inventory.review import CatalogReview, SkuReview, realised_margin
from core.money import convert as convert_money
from core.money import ratio
from ui.i18n import translate
from ui.models.catalog_search import SearchArrays

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
    raw: dict[str, Any]  # editable values from core.catalog.catalog_rows
    review: SkuReview | None
    margin: float | None = None  # realised where the SKU sold, else the list-price one
    margin_realised: bool = False
    search: str = ""
    order: int = 0  # position within its product as loaded (ties sort in this order)


@dataclass(slots=True)
class ProductRow:
    product_id: int
    raw: dict[str, Any]  # from core.catalog.product_rows
    skus: list[SkuRow] = field(default_factory=list)
    search: str = ""
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
def derive(product: ProductRow, sku: SkuRow, base: str, rates: dict[str, float]) -> None:
    """A SKU row's margin and search text from its raw values and the review's sales."""
    raw, review = sku.raw, sku.review
    # The review converted the same values already (an edit since: converted here again).
    if review is not None and (review.cost, review.cost_currency) == (
        raw["cost"],
        raw["cost_currency"],
    ):
        cost = review.cost_base
    else:
        cost = convert_money(raw["cost"], raw["cost_currency"], base, rates)
    if review is not None and (review.price, review.price_currency) == (
        raw["price"],
        raw["price_currency"],
    ):
        price = review.price_base
    else:
        price = convert_money(raw["price"], raw["price_currency"], base, rates)
    # The edited cost, the review's sales: a changed cost shows in the margin at once.
    if review is not None and cost is review.cost_base and price is review.price_base:
        # Unedited since the review: its margins are of these very amounts.
        realised = review.realised_margin
        listed = review.list_margin
        if realised is None and listed is None and cost is not None and price:
            listed = ratio(price - cost, price)  # a price ≤ 0 has no list margin there
    else:
        realised = (
            realised_margin(review.revenue_12m, review.units_with_revenue, cost) if review else None
        )
        listed = ratio(price - cost, price) if cost is not None and price else None
    sku.margin_realised = realised is not None
    sku.margin = realised if realised is not None else listed
    sku.search = " ".join(
        (
            raw["sku_code"],
            raw["variant_label"],
            product.raw["spu_code"],
            product.raw["name"],
            product.raw["category"],
        )
    ).lower()


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
    """Each product with its SKUs (by code), derived values and search texts filled in."""
    reviews = {s.sku_id: s for s in review.skus} if review else {}
    rows = [ProductRow(pid, raw) for pid, raw in products.items()]
    by_id = {row.product_id: row for row in rows}
    for sku_id, raw in sorted(skus.items(), key=lambda kv: kv[1]["sku_code"].lower()):
        owner = by_id.get(raw["product_id"])
        if owner is not None:
            owner.skus.append(SkuRow(sku_id, raw, reviews.get(sku_id), order=len(owner.skus)))
    for order, product in enumerate(rows):
        product.order = order
        product.search = product_search(product)
        for sku in product.skus:
            derive(product, sku, base, rates)
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


def prepare_rows(
    review: CatalogReview | None,
    products: dict[int, dict],
    skus: dict[int, dict],
    base: str,
    rates: dict[str, float],
    sort: tuple[int, bool, bool] = (-1, False, False),
    previous: list[ProductRow] | None = None,
) -> PreparedRows:
    """``build_rows`` then ``sort_rows`` by ``sort`` = (column, descending, flat); with
    ``previous`` (the rows shown now) also what changed since (``changed_rows``)."""
    rows = build_rows(review, products, skus, base, rates)
    column, descending, flat = sort
    flat_ids = sort_rows(rows, column, descending, flat, base, rates)
    prepared = PreparedRows(rows, flat_ids, shape_of(rows), sort, search=SearchArrays.of(rows))
    prepared.positions = positions(rows, flat_ids)
    if previous is not None and shape_of(previous) == prepared.shape:
        prepared.against, prepared.changed = previous, changed_rows(previous, rows)
    return prepared


# SKU id -> (product row, SKU row); product id -> row; per SKU list row (product row, SKU row);
# SKU id -> SKU list row
Positions = tuple[dict[int, tuple[int, int]], dict[int, int], list[tuple[int, int]], dict[int, int]]


def positions(rows: list[ProductRow], flat_ids: list[int]) -> Positions:
    """Where each product and SKU is in ``rows`` and in the SKU list ``flat_ids``."""
    sku_pos: dict[int, tuple[int, int]] = {}
    product_pos: dict[int, int] = {}
    for p_row, product in enumerate(rows):
        product_pos[product.product_id] = p_row
        for s_row, sku in enumerate(product.skus):
            sku_pos[sku.sku_id] = (p_row, s_row)
    flat_rows = [sku_pos[sku_id] for sku_id in flat_ids]
    flat_pos = {sku_id: row for row, sku_id in enumerate(flat_ids)}
    return sku_pos, product_pos, flat_rows, flat_pos


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
