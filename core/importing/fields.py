"""The fields an import can fill, with the header names sellers' files use for them.

Aliases cover Shopify, WooCommerce, Etsy, Amazon listings, TikTok Shop / 店小秘 templates and the
words Chinese ERPs use. Headers and aliases are compared after :func:`normalise_header`.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from core.i18n import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class TargetField:
    key: str
    label: str
    kind: str  # "text" | "code" | "money" | "number" | "integer" | "currency" | "bool" | "date"
    required: bool
    aliases: tuple[str, ...]
    unit: str = ""  # base unit of the stored value ("g", "cm"); see unit_factor()
    fuzzy: bool = True  # may be matched by containment when no alias matches exactly


def _f(key, label, kind, aliases: str, required=False, unit="", fuzzy=True) -> TargetField:
    """``aliases`` is one "|"-separated string: compact to read and to extend."""
    return TargetField(key, label, kind, required, tuple(aliases.split("|")), unit, fuzzy)


PRODUCT_FIELDS: list[TargetField] = [
    _f(
        "sku_code",
        QT_TRANSLATE_NOOP("Import", "SKU code"),
        "code",
        "sku_code|sku|variant sku|seller sku|seller-sku|商家 sku|商品sku|sku编码|sku编号|"
        "sku code|货号|商品编码|商品编号|产品编码|编码|merchant sku|msku|item sku|sku id|子sku|变种sku|"
        "规格编码",
        required=True,
    ),
    _f(
        "spu_code",
        QT_TRANSLATE_NOOP("Import", "SPU code (product)"),
        "code",
        "spu_code|spu|handle|parent|parent sku|父sku|父体sku|母体sku|款号|款式编码|spu编码|产品款号|"
        "style|style number|item group",
    ),
    _f(
        "product_name",
        QT_TRANSLATE_NOOP("Import", "Product name"),
        "text",
        "product_name|title|name|item-name|item name|product name|product title|商品名称|"
        "产品名称|品名|产品标题|商品标题|标题|名称|中文名称|listing title",
    ),
    _f(
        "category",
        QT_TRANSLATE_NOOP("Import", "Category"),
        "text",
        "category|product category|categories|type|product type|类目|分类|商品分类|产品分类|商品类目|品类|"
        "产品类型|商品类型",
    ),
    _f(
        "variant",
        QT_TRANSLATE_NOOP("Import", "Variant (e.g. Black / L)"),
        "text",
        "variant|variation|variant title|variant name|规格|变种|变体|规格名称|sku属性|销售属性|颜色尺码",
        fuzzy=False,
    ),
    _f(
        "option1_name",
        QT_TRANSLATE_NOOP("Import", "Option 1 name"),
        "text",
        "option1 name|option 1 name|attribute 1 name|variation 1 name|变种属性名称一|变种属性名称1|"
        "主要销售变体名称|规格1名称|属性1名称|变体1名称",
        fuzzy=False,
    ),
    _f(
        "option1_value",
        QT_TRANSLATE_NOOP("Import", "Option 1 value"),
        "text",
        "option1 value|option 1 value|attribute 1 value(s)|attribute 1 values|"
        "variation 1 values|variation 1 value|变种属性值一|变种属性值1|主要销售变体值|规格1值|属性1值|变体1值",
        fuzzy=False,
    ),
    _f(
        "option2_name",
        QT_TRANSLATE_NOOP("Import", "Option 2 name"),
        "text",
        "option2 name|option 2 name|attribute 2 name|variation 2 name|变种属性名称二|变种属性名称2|"
        "次要销售变体名称|规格2名称|属性2名称|变体2名称",
        fuzzy=False,
    ),
    _f(
        "option2_value",
        QT_TRANSLATE_NOOP("Import", "Option 2 value"),
        "text",
        "option2 value|option 2 value|attribute 2 value(s)|attribute 2 values|"
        "variation 2 values|variation 2 value|变种属性值二|变种属性值2|次要销售变体值|规格2值|属性2值|变体2值",
        fuzzy=False,
    ),
    _f(
        "option3_name",
        QT_TRANSLATE_NOOP("Import", "Option 3 name"),
        "text",
        "option3 name|option 3 name|attribute 3 name|variation 3 name|变种属性名称三|变种属性名称3|"
        "规格3名称|属性3名称|变体3名称",
        fuzzy=False,
    ),
    _f(
        "option3_value",
        QT_TRANSLATE_NOOP("Import", "Option 3 value"),
        "text",
        "option3 value|option 3 value|attribute 3 value(s)|attribute 3 values|"
        "variation 3 values|variation 3 value|变种属性值三|变种属性值3|规格3值|属性3值|变体3值",
        fuzzy=False,
    ),
    _f(
        "cost",
        QT_TRANSLATE_NOOP("Import", "Cost (purchase price)"),
        "money",
        "cost|cost per item|unit cost|purchase price|cost price|采购价|成本|采购成本|成本价|进价|进货价|"
        "采购单价|单位成本|拿货价",
    ),
    _f(
        "cost_currency",
        QT_TRANSLATE_NOOP("Import", "Cost currency"),
        "currency",
        "cost currency|cost_currency|成本币种|采购币种|采购货币",
    ),
    _f(
        "price",
        QT_TRANSLATE_NOOP("Import", "Selling price"),
        "money",
        "price|variant price|regular price|sale price|your price|standard price|"
        "selling price|retail price|售价|价格|零售价|销售价|本地展示价|销售价格|定价|单价",
    ),
    _f(
        "list_price",
        QT_TRANSLATE_NOOP("Import", "List price (before a sale)"),
        "money",
        "list_price|list price|compare at price|variant compare at price|compare-at price|msrp|"
        "rrp|原价|划线价|市场价",
        fuzzy=False,
    ),
    _f(
        "price_currency",
        QT_TRANSLATE_NOOP("Import", "Price currency"),
        "currency",
        "price currency|currency_code|currency code|currency|币种|货币|售价币种|币别",
    ),
    _f(
        "weight_g",
        QT_TRANSLATE_NOOP("Import", "Weight (g)"),
        "number",
        "weight_g|variant grams|grams|weight|item weight|package weight|shipping weight|"
        "重量|包裹重量|毛重|产品重量|商品重量|净重",
        unit="g",
    ),
    _f(
        "length_cm",
        QT_TRANSLATE_NOOP("Import", "Length (cm)"),
        "number",
        "length_cm|length|package length|长|长度|包裹长度|包装长",
        unit="cm",
    ),
    _f(
        "width_cm",
        QT_TRANSLATE_NOOP("Import", "Width (cm)"),
        "number",
        "width_cm|width|package width|宽|宽度|包裹宽度|包装宽",
        unit="cm",
    ),
    _f(
        "height_cm",
        QT_TRANSLATE_NOOP("Import", "Height (cm)"),
        "number",
        "height_cm|height|package height|高|高度|包裹高度|包装高",
        unit="cm",
    ),
    _f(
        "barcode",
        QT_TRANSLATE_NOOP("Import", "Barcode (UPC/EAN)"),
        "code",
        "barcode|variant barcode|product-id|product id|upc|ean|gtin|isbn|jan|条码|条形码|识别码|"
        "商品条码|upc/ean",
    ),
    _f(
        "stock_qty",
        QT_TRANSLATE_NOOP("Import", "Stock quantity"),
        "integer",
        "stock_qty|stock|quantity|qty|variant inventory qty|inventory|"
        "inventory quantity|available|on hand|库存|可用库存|库存数量|数量|现有库存|在库数量|可售库存",
    ),
    _f(
        "brand",
        QT_TRANSLATE_NOOP("Import", "Brand"),
        "text",
        "brand|vendor|brand name|manufacturer|品牌|品牌名称|厂商",
    ),
]


def with_localised(fields: list[TargetField]) -> list[TargetField]:
    """Each field with the Italian, German, French, Spanish and Japanese names of its column
    in Etsy and Shopify exports appended (after its own aliases, which keep priority)."""
    from dataclasses import replace

    from core.importing.localised_headers import LOCALISED_ALIASES

    result = []
    for field in fields:
        extra = [a for a in LOCALISED_ALIASES.get(field.key, "").split("|") if a]
        known = set(field.aliases)
        result.append(
            replace(field, aliases=field.aliases + tuple(a for a in extra if a not in known))
        )
    return result


PRODUCT_FIELDS = with_localised(PRODUCT_FIELDS)

# Step 4's candidate pool from product-research exports (Jungle Scout, Helium 10, Keepa).
CANDIDATE_FIELDS: list[TargetField] = [
    _f(
        "name",
        QT_TRANSLATE_NOOP("Import", "Product name"),
        "text",
        "product name|title|product title|product details|product|name|item name|商品名称|产品名称|"
        "标题|名称",
        required=True,
    ),
    _f(
        "category",
        QT_TRANSLATE_NOOP("Import", "Category"),
        "text",
        "category|product category|root category|categories: root|categories|subcategory|类目|分类",
    ),
    _f(
        "price",
        QT_TRANSLATE_NOOP("Import", "Price"),
        "money",
        "price|buy box price|buy box: current|new: current|amazon: current|current price|"
        "avg. price|average price|avg price|售价|价格",
    ),
    _f(
        "currency",
        QT_TRANSLATE_NOOP("Import", "Currency"),
        "currency",
        "currency|currency code|币种|货币",
        fuzzy=False,
    ),
    _f(
        "monthly_units",
        QT_TRANSLATE_NOOP("Import", "Monthly units sold"),
        "integer",
        "est. monthly sales|estimated monthly sales|monthly units sold|monthly sales|asin sales|"
        "parent level sales|bought in past month|sales|units sold|月销量|月销售量",
    ),
    _f(
        "monthly_revenue",
        QT_TRANSLATE_NOOP("Import", "Monthly revenue"),
        "money",
        "est. monthly revenue|estimated monthly revenue|monthly revenue|asin revenue|"
        "parent level revenue|revenue|月销售额",
    ),
    _f(
        "reviews",
        QT_TRANSLATE_NOOP("Import", "Number of reviews"),
        "integer",
        "reviews|review count|reviews: review count|number of reviews|# of reviews|评论数|评价数",
    ),
    _f(
        "rating",
        QT_TRANSLATE_NOOP("Import", "Rating"),
        "number",
        "rating|reviews: rating|average rating|stars|star rating|ratings|评分|星级",
    ),
    _f(
        "bsr",
        QT_TRANSLATE_NOOP("Import", "Best-seller rank (BSR)"),
        "integer",
        "bsr|sales rank: current|sales rank|best sellers rank|rank|排名|大类排名",
    ),
    _f(
        "sellers",
        QT_TRANSLATE_NOOP("Import", "Number of sellers"),
        "integer",
        "sellers|# of sellers|number of sellers|active sellers #|active sellers|seller count|"
        "new offer count: current|total offer count|卖家数|卖家数量",
    ),
    _f(
        "weight_g",
        QT_TRANSLATE_NOOP("Import", "Weight"),
        "number",
        "weight|item weight|package weight|weight (g)|重量|产品重量",
        unit="g",
    ),
]

FIELDS_BY_ENTITY: dict[str, list[TargetField]] = {
    "products": PRODUCT_FIELDS,
    "candidates": CANDIDATE_FIELDS,
}

# "(必填)", "*", "必填" mark required columns in Chinese templates; they are not part of the name.
_REQUIRED_MARK = re.compile(r"[（(]\s*必填\s*[)）]|必填|\*")
_BRACKETED = re.compile(r"[（(\[【][^）)\]】]*[）)\]】]")
_NOT_WORD = re.compile(r"[\W_]+")
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")
# ASCII words, numbers, and runs of other letters (CJK has no spaces: a run is one token).
_TOKEN = re.compile(r"[a-z]+|\d+|[^\W\x00-\x7f]+")


def clean_header(text: object) -> str:
    """The header as shown to the seller: one line, without required-field markers."""
    if text is None:
        return ""
    value = str(text)
    if isinstance(text, float) and text.is_integer():
        value = str(int(text))
    value = value.replace("\r", " ").replace("\n", " ")
    value = _REQUIRED_MARK.sub(" ", value)
    return " ".join(value.split())


def fold_accents(text: str) -> str:
    """Drop the accents of Latin letters ("QUANTITÀ" → "QUANTITA"); kana keep their marks
    (バ is not ハ)."""
    if text.isascii():
        return text
    kept: list[str] = []
    base = ""
    for char in unicodedata.normalize("NFD", text):
        if unicodedata.combining(char):
            if base.isascii():
                continue
        else:
            base = char
        kept.append(char)
    return unicodedata.normalize("NFC", "".join(kept))


def normalise_header(text: object) -> str:
    """Compare key: width-, case- and accent-folded, without units in brackets, spaces or
    punctuation."""
    value = fold_accents(unicodedata.normalize("NFKC", clean_header(text)).casefold())
    stripped = _BRACKETED.sub(" ", value)
    key = _NOT_WORD.sub("", stripped)
    return key or _NOT_WORD.sub("", value)


def header_tokens(text: object) -> list[str]:
    """The header's words, folded like normalise_header: "Lineitem quantity" → ["lineitem",
    "quantity"], "price-type" → ["price", "type"], "productWeightG" → ["product", "weight", "g"]."""
    value = _CAMEL.sub(" ", unicodedata.normalize("NFKC", clean_header(text))).casefold()
    value = fold_accents(value)
    return _TOKEN.findall(_BRACKETED.sub(" ", value)) or _TOKEN.findall(value)


_UNIT_WORDS: dict[str, dict[str, float]] = {
    "g": {
        "kg": 1000.0,
        "千克": 1000.0,
        "公斤": 1000.0,
        "lb": 453.59237,
        "lbs": 453.59237,
        "磅": 453.59237,
        "oz": 28.349523125,
        "盎司": 28.349523125,
        "g": 1.0,
        "grams": 1.0,
        "克": 1.0,
    },
    "cm": {
        "mm": 0.1,
        "毫米": 0.1,
        "cm": 1.0,
        "厘米": 1.0,
        "in": 2.54,
        "inch": 2.54,
        "inches": 2.54,
        "英寸": 2.54,
        "m": 100.0,
        "米": 100.0,
    },
}
_UNIT_TOKEN = re.compile(r"[a-z]+|千克|公斤|磅|盎司|克|毫米|厘米|英寸|米")


def unit_factor(field: TargetField, header: str) -> float:
    """Multiply values of ``header`` by this to get ``field.unit`` (e.g. "Weight (lbs)" → 453.6).

    The unit is read from the header's brackets or last word; 1.0 when it names none.
    """
    units = _UNIT_WORDS.get(field.unit)
    if not units:
        return 1.0
    text = unicodedata.normalize("NFKC", clean_header(header)).casefold()
    candidates = re.findall(r"[(\[【]([^)\]】]*)[)\]】]", text)  # units in brackets first
    candidates.append(text.split()[-1] if text.split() else "")
    for part in candidates:
        for token in _UNIT_TOKEN.findall(part):
            if token in units:
                return units[token]
    return 1.0


def field_by_key(key: str, fields: list[TargetField] = PRODUCT_FIELDS) -> TargetField:
    for field in fields:
        if field.key == key:
            return field
    raise KeyError(key)
