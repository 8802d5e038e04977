"""What kind of file a table is, told from its headers, so order exports, Amazon sales/traffic,
settlement and advertising reports and review dumps are not imported as product lists.

Sellers pick the wrong export easily (Shopify offers "Export orders" next to "Export products");
mapping such a file would turn order numbers into product names and sold quantities into stock.
Orders, sales, ads, settlements and reviews are imported as facts (``import orders`` …, or
"Import as" in the wizard), not as products: the refusal names the kind to choose.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from core.i18n import QT_TRANSLATE_NOOP, Message
from core.importing.fields import normalise_header
from core.importing.readers import ImportFileError

CTX = "Import"


@dataclass(frozen=True)
class FileKind:
    key: str
    label: str  # QT_TRANSLATE_NOOP("Import", ...): fits into "… looks like {kind}"
    is_product_list: bool
    facts: str = ""  # the fact kind it imports as (core.facts.rows.FACT_KINDS), if any


SHOPIFY_ORDERS = FileKind(
    "shopify_orders", QT_TRANSLATE_NOOP("Import", "a Shopify order export"), False, "orders"
)
AMAZON_BUSINESS_REPORT = FileKind(
    "amazon_business_report",
    QT_TRANSLATE_NOOP("Import", "an Amazon Business Report (sales and traffic)"),
    False,
    "sales",
)
AMAZON_SETTLEMENT = FileKind(
    "amazon_settlement",
    QT_TRANSLATE_NOOP("Import", "an Amazon settlement report"),
    False,
    "settlement",
)
AMAZON_ADS = FileKind(
    "amazon_ads",
    QT_TRANSLATE_NOOP("Import", "an Amazon advertising (Sponsored Products) report"),
    False,
    "ads",
)
REVIEWS = FileKind(
    "reviews", QT_TRANSLATE_NOOP("Import", "a list of customer reviews"), False, "reviews"
)
ORDERS = FileKind("orders", QT_TRANSLATE_NOOP("Import", "an order list"), False, "orders")

SHOPIFY_PRODUCTS = FileKind(
    "shopify_products", QT_TRANSLATE_NOOP("Import", "a Shopify product export"), True
)
WOOCOMMERCE_PRODUCTS = FileKind(
    "woocommerce_products", QT_TRANSLATE_NOOP("Import", "a WooCommerce product export"), True
)
ETSY_LISTINGS = FileKind(
    "etsy_listings", QT_TRANSLATE_NOOP("Import", "an Etsy listings download"), True
)
AMAZON_LISTINGS = FileKind(
    "amazon_listings", QT_TRANSLATE_NOOP("Import", "an Amazon listings report"), True
)
TIKTOK_TEMPLATE = FileKind(
    "tiktok_template", QT_TRANSLATE_NOOP("Import", "a TikTok Shop / 店小秘 product template"), True
)
PRODUCT_TABLE = FileKind("product_table", QT_TRANSLATE_NOOP("Import", "a product table"), True)

ALL_KINDS: tuple[FileKind, ...] = (
    SHOPIFY_ORDERS,
    AMAZON_BUSINESS_REPORT,
    AMAZON_SETTLEMENT,
    AMAZON_ADS,
    REVIEWS,
    ORDERS,
    SHOPIFY_PRODUCTS,
    WOOCOMMERCE_PRODUCTS,
    ETSY_LISTINGS,
    AMAZON_LISTINGS,
    TIKTOK_TEMPLATE,
    PRODUCT_TABLE,
)

# Header keys as normalise_header() makes them ("Sessions – Total" → "sessionstotal").
_BUSINESS_REPORT = {"sessionstotal", "unitsessionpercentage", "orderedproductsales",
                    "pageviewstotal", "totalorderitems", "featuredofferpercentage",
                    "buyboxpercentage"}  # fmt: skip
_AD_METRICS = {"spend", "impressions", "clicks", "acos", "roas", "costperclick", "cpc",
               "totaladvertisingcostofsales", "clickthrurate", "花费", "曝光量", "点击量"}  # fmt: skip
_RATINGS = {"rating", "reviewscore", "reviewrating", "stars", "starrating", "score", "评分", "星级"}
_REVIEW_TEXT_WORDS = ("review", "comment", "feedback", "评价", "评论")
_SKUS = {"sku", "sellersku", "variantsku", "商家sku", "sku编码"}
_ORDER_IDS = {"orderid", "ordernumber", "orderno", "amazonorderid", "订单号", "订单编号", "订单id"}
_ORDER_DATES = {"orderdate", "purchasedate", "createdat", "paidat", "订单日期", "下单时间",
                "付款时间", "创建时间"}  # fmt: skip
_ORDER_QUANTITIES = {"quantity", "qty", "quantitypurchased", "quantityordered", "unitsordered",
                     "数量", "购买数量"}  # fmt: skip


def _has_any(keys: set[str], wanted: Iterable[str]) -> bool:
    return any(w in keys for w in wanted)


def _count(keys: set[str], wanted: Iterable[str]) -> int:
    return sum(1 for w in wanted if w in keys)


def _shopify_orders(keys: set[str]) -> bool:
    lineitems = {k for k in keys if k.startswith("lineitem")}
    return len(lineitems) >= 2 and _has_any(
        keys, ("financialstatus", "fulfillmentstatus", "paidat")
    )


def _settlement(keys: set[str]) -> bool:
    return "settlementid" in keys and _has_any(
        keys, ("transactiontype", "amounttype", "amountdescription", "depositdate")
    )


def _ads(keys: set[str]) -> bool:
    if "campaignname" in keys or "campaign" in keys or "广告活动名称" in keys:
        return _has_any(keys, _AD_METRICS)
    return _count(keys, _AD_METRICS) >= 3


def _reviews(keys: set[str]) -> bool:
    texts = [k for k in keys if any(w in k for w in _REVIEW_TEXT_WORDS)]
    # product research exports carry ratings and review counts next to SKUs: those are products
    return _has_any(keys, _RATINGS) and bool(texts) and not _has_any(keys, _SKUS)


def _orders(keys: set[str]) -> bool:
    return (
        _has_any(keys, _ORDER_IDS)
        and _has_any(keys, _ORDER_DATES)
        and _has_any(keys, _ORDER_QUANTITIES)
    )


_RULES: tuple[tuple[FileKind, Callable[[set[str]], bool]], ...] = (
    (SHOPIFY_ORDERS, _shopify_orders),
    (AMAZON_BUSINESS_REPORT, lambda k: _count(k, _BUSINESS_REPORT) >= 2),
    (AMAZON_SETTLEMENT, _settlement),
    (AMAZON_ADS, _ads),
    (REVIEWS, _reviews),
    (ORDERS, _orders),
    (SHOPIFY_PRODUCTS, lambda k: "handle" in k and _has_any(k, ("variantsku", "variantprice"))),
    (WOOCOMMERCE_PRODUCTS, lambda k: {"sku", "regularprice", "type", "instock"} <= k),
    (ETSY_LISTINGS, lambda k: {"title", "price", "quantity", "tags", "materials"} <= k),
    (AMAZON_LISTINGS, lambda k: "sellersku" in k and _has_any(k, ("itemname", "listingid"))),
    (
        TIKTOK_TEMPLATE,
        lambda k: (
            _has_any(k, ("变种属性名称一", "主要销售变体名称"))
            and _has_any(k, ("产品标题", "商品名称"))
        ),
    ),
    (
        PRODUCT_TABLE,
        lambda k: (
            "productid" in k
            and _has_any(k, ("productcategoryname", "productweightg", "productname"))
        ),
    ),
)


def detect_kind(headers: Iterable[Any]) -> FileKind | None:
    """The kind of file these headers belong to; None when unknown (treated as a product list)."""
    keys = {k for k in (normalise_header(h) for h in headers) if k}
    for kind, rule in _RULES:
        if rule(keys):
            return kind
    return None


class NotAProductList(ImportFileError):
    """The table is an order, sales, advertising or review report, not a product list."""

    def __init__(self, message: Message, kind: FileKind) -> None:
        super().__init__(message)
        self.kind = kind


NOT_PRODUCTS = QT_TRANSLATE_NOOP(
    "Import",
    "“{file}” looks like {kind}, not a product list. Import it as {facts}: choose “{facts}” "
    "under “Import as” (on the command line: import {command} WORKSPACE FILE). Product lists "
    "(SKU, name, price, cost, stock…) are imported as products.",
)
NOT_PRODUCTS_SHEET = QT_TRANSLATE_NOOP(
    "Import",
    "Sheet “{sheet}” of “{file}” looks like {kind}, not a product list. Import it as {facts}: "
    "choose “{facts}” under “Import as” (on the command line: import {command} WORKSPACE FILE), "
    "or choose another sheet for products.",
)


def refuse_if_not_products(table) -> None:
    """Raise NotAProductList (an ImportFileError naming file and sheet) for a known
    non-product file; product lists and unknown files pass."""
    kind = detect_kind(table.headers)
    if kind is None or kind.is_product_list:
        return
    text = NOT_PRODUCTS_SHEET if table.sheet else NOT_PRODUCTS
    from core.facts.fields import KIND_LABELS  # the fact kinds' names, as the wizard shows them

    params = {
        "file": table.file_name,
        "sheet": table.sheet,
        "kind": Message(CTX, kind.label),
        "facts": Message("FactFiles", KIND_LABELS[kind.facts]),
        "command": kind.facts,
    }
    raise NotAProductList(Message(CTX, text, params), kind)


class NoDataRows(ImportFileError):
    """The table has column names but nothing under them (an unfilled template, an empty export)."""


NO_ROWS = QT_TRANSLATE_NOOP(
    "Import",
    "“{file}” has column names in row {row} but no rows of data under them: fill in the "
    "template or export it again with products.",
)
NO_ROWS_SHEET = QT_TRANSLATE_NOOP(
    "Import",
    "Sheet “{sheet}” of “{file}” has column names in row {row} but no rows of data under them: "
    "fill in the template or export it again with products.",
)


def refuse_if_no_rows(table) -> None:
    """Raise NoDataRows (an ImportFileError naming file, sheet and header row) when nothing
    lies under the header row, so an empty template does not pass as "0 new, 0 changed"."""
    if table.rows:
        return
    text = NO_ROWS_SHEET if table.sheet else NO_ROWS
    params = {"file": table.file_name, "sheet": table.sheet, "row": table.header_row}
    raise NoDataRows(Message(CTX, text, params))
