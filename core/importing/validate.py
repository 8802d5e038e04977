"""Turn one raw spreadsheet row into clean, typed product values, or say exactly what is wrong.

Every message names the sheet, the row number the seller sees in Excel and the column header,
so a rejected row can be found and fixed in the file.
"""

from __future__ import annotations

import json
import math
import re
from datetime import date, datetime
from typing import Any

from core.i18n import QT_TRANSLATE_NOOP, Message

CONTEXT = "Import"

# ISO 4217 codes a cross-border seller meets; anything else is a typo worth a rejection.
# In the order the wizard offers them: the currencies sellers use most first.
CURRENCY_CODES = tuple(
    "CNY USD EUR GBP JPY CAD AUD HKD INR BRL MXN KRW SGD TWD THB MYR IDR PHP VND AED SAR TRY "
    "PLN SEK NOK DKK CHF CZK HUF RON NZD ZAR RUB ILS CLP COP PEN ARS EGP NGN KES PKR BDT".split()
)
CURRENCIES = frozenset(CURRENCY_CODES)
# Symbols and local spellings, longest first so "US$" wins over "$". "¥" is the yuan here:
# the app's sellers are Chinese; a Japanese price comes as "JP¥", "円" or the code JPY.
CURRENCY_SYMBOLS: list[tuple[str, str]] = [
    ("US$", "USD"),
    ("CA$", "CAD"),
    ("C$", "CAD"),
    ("AU$", "AUD"),
    ("A$", "AUD"),
    ("HK$", "HKD"),
    ("NZ$", "NZD"),
    ("MX$", "MXN"),
    ("S$", "SGD"),
    ("R$", "BRL"),
    ("NT$", "TWD"),
    ("JP¥", "JPY"),
    ("CN¥", "CNY"),
    ("RMB", "CNY"),
    ("人民币", "CNY"),
    ("元", "CNY"),
    ("円", "JPY"),
    ("€", "EUR"),
    ("£", "GBP"),
    ("¥", "CNY"),
    ("￥", "CNY"),
    ("₹", "INR"),
    ("₩", "KRW"),
    ("₽", "RUB"),
    ("₺", "TRY"),
    ("$", "USD"),
]

TEXT_LIMITS = {
    "sku_code": 100,
    "spu_code": 100,
    "product_name": 255,
    "category": 100,
    "brand": 100,
    "variant": 255,
    "option1_name": 60,
    "option1_value": 100,
    "option2_name": 60,
    "option2_value": 100,
    "option3_name": 60,
    "option3_value": 100,
    "barcode": 64,
}
MONEY_FIELDS = ("cost", "price")
# (lowest, highest) plausible value; outside it the number is almost surely a typo.
NUMBER_RANGES: dict[str, tuple[float, float]] = {
    "cost": (0, 10_000_000),
    "price": (0, 10_000_000),
    "list_price": (0, 10_000_000),
    "weight_g": (0, 1_000_000),
    "length_cm": (0, 10_000),
    "width_cm": (0, 10_000),
    "height_cm": (0, 10_000),
    "stock_qty": (0, 100_000_000),
}
CURRENCY_FIELDS = {"cost_currency": "cost", "price_currency": "price"}
# Shopify writes this for products without options; it is not a variant.
NO_VARIANT = {("title", "default title")}

NOT_A_NUMBER = QT_TRANSLATE_NOOP(
    "Import", "{where}, row {row}, column {column}: '{value}' is not a number."
)

SCIENTIFIC = re.compile(r"^[+-]?\d+(\.\d+)?[eE][+-]?\d+$")


class BadValue(Exception):
    """A cell that cannot be used; ``text`` is the reason (a QT_TRANSLATE_NOOP template)."""

    def __init__(self, text: str, **params: Any) -> None:
        super().__init__(text)
        self.text = text
        self.params = params


def is_empty(value: Any) -> bool:
    if value is None:
        return True
    if isinstance(value, float) and math.isnan(value):
        return True
    return isinstance(value, str) and not value.strip()


def cell_text(value: Any) -> str:
    """How a cell reads as text; whole floats from calamine (767.0) lose the ``.0``."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    if isinstance(value, datetime):
        return value.isoformat(sep=" ")
    if isinstance(value, date):
        return value.isoformat()
    return str(value).strip()


def clean_code(value: Any) -> str:
    """SKU/SPU codes: trimmed, without the leading apostrophe Excel and Shopify use for text."""
    text = cell_text(value).replace("\u00a0", " ").strip()
    while text.startswith("'"):
        text = text[1:].lstrip()
    return text


def parse_number(value: Any) -> tuple[float, str]:
    """A number and the currency its text named ("" if none): "$12.99", "1,356.00", "12,5"."""
    if isinstance(value, bool):
        raise BadValue(NOT_A_NUMBER)
    if isinstance(value, (int, float)):
        if isinstance(value, float) and not math.isfinite(value):
            raise BadValue(NOT_A_NUMBER)
        return float(value), ""
    text = str(value).strip().replace("\u00a0", "").replace(" ", "").replace("'", "")
    currency = ""
    upper = text.upper()
    for code in CURRENCIES:
        if upper.startswith(code) or upper.endswith(code):
            currency = code
            text = text[3:] if upper.startswith(code) else text[:-3]
            break
    if not currency:
        for symbol, code in CURRENCY_SYMBOLS:
            if symbol in text:
                currency = code
                text = text.replace(symbol, "")
                break
    negative = text.startswith("(") and text.endswith(")")
    if negative:
        text = text[1:-1]
    text = _normalise_separators(text)
    try:
        number = float(text)
    except ValueError:
        raise BadValue(NOT_A_NUMBER) from None
    if not math.isfinite(number):
        raise BadValue(NOT_A_NUMBER)
    return (-number if negative else number), currency


def _normalise_separators(text: str) -> str:
    """Decide which of "," and "." is the decimal mark: "1.234,56", "1,356.00", "12,5"."""
    if "," in text and "." in text:
        if text.rfind(",") > text.rfind("."):
            return text.replace(".", "").replace(",", ".")
        return text.replace(",", "")
    if text.count(",") == 1:
        whole, frac = text.split(",")
        # "1,356" is a thousand; "12,5" and "12,50" use a decimal comma.
        return text.replace(",", "") if len(frac) == 3 and whole.lstrip("-+") else f"{whole}.{frac}"
    if text.count(",") > 1:
        return text.replace(",", "")
    return text


def parse_currency(value: Any) -> str:
    text = cell_text(value).strip()
    upper = text.upper()
    if upper in CURRENCIES:
        return upper
    for symbol, code in CURRENCY_SYMBOLS:
        if text == symbol:
            return code
    raise BadValue(
        QT_TRANSLATE_NOOP(
            "Import",
            "{where}, row {row}, column {column}: '{value}' is not a currency code "
            "this app knows (use CNY, USD, EUR, GBP, JPY ... or ¥ $ € £).",
        )
    )


def parse_barcode(value: Any) -> str:
    """A barcode as text; refuse what Excel already rounded ("3.65E+11", 365000000000.0)."""
    lost = QT_TRANSLATE_NOOP(
        "Import",
        "{where}, row {row}, column {column}: '{value}' looks like a barcode Excel turned into a rounded number, so digits "
        "are lost. Format the column as Text in Excel, retype the barcodes and import "
        "again.",
    )
    if isinstance(value, bool):
        raise BadValue(lost)
    if isinstance(value, float):
        if not value.is_integer():
            raise BadValue(lost)
        digits = str(int(value))
        if len(digits) >= 11 and digits.endswith("00000"):
            raise BadValue(lost)
        return digits
    if isinstance(value, int):
        return str(value)
    text = clean_code(value).replace(" ", "")
    if SCIENTIFIC.match(text):
        raise BadValue(lost)
    if re.fullmatch(r"\d{11,}\.0+", text):
        digits = text.split(".")[0]
        if digits.endswith("00000"):
            raise BadValue(lost)
        return digits
    return text


def parse_variant_text(text: str) -> dict[str, str]:
    """Free variant text: a JSON object, "Color: Red; Size: M", or just "Red / M"."""
    text = text.strip()
    if text.startswith("{"):
        try:
            data = json.loads(text)
        except ValueError:
            data = None
        if isinstance(data, dict):
            return {str(k): cell_text(v) for k, v in data.items() if not is_empty(v)}
    parts = [p.strip() for p in re.split(r"[;,/|]", text) if p.strip()]
    pairs = [re.split(r"\s*[:=：]\s*", part, maxsplit=1) for part in parts]
    if parts and all(len(pair) == 2 and pair[0] and pair[1] for pair in pairs):
        return {pair[0]: pair[1] for pair in pairs}
    return {"variant": text} if text else {}


def cell_message(sheet: Where, row: int, column: str, value: Any, bad: BadValue) -> Message:
    """The rejection message: every template names where (sheet or file), row and column,
    then the value. ``sheet`` is what ``location()`` gives."""
    text = cell_text(value)
    if len(text) > 80:
        text = text[:77] + "..."
    return Message(
        CONTEXT,
        bad.text,
        {"where": sheet, "row": row, "column": column, "value": text, **bad.params},
    )


# Where a cell is, as messages name it: a sheet of a workbook, or the CSV file.
Where = Message | str


def location(file_name: str, sheet: str) -> Where:
    """How messages name the place of a cell: the sheet of a workbook, or the CSV file."""
    if sheet:
        return Message(CONTEXT, QT_TRANSLATE_NOOP("Import", "Sheet “{sheet}”"), {"sheet": sheet})
    return f"“{file_name}”"


MISSING_SKU = QT_TRANSLATE_NOOP(
    "Import", "{where}, row {row}, column {column}: the SKU is empty; every row needs one."
)
DUPLICATE_SKU = QT_TRANSLATE_NOOP(
    "Import",
    "{where}, row {row}, column {column}: SKU '{value}' already appears in row "
    "{first_row}; only that first row is imported.",
)
TOO_LONG = QT_TRANSLATE_NOOP(
    "Import",
    "{where}, row {row}, column {column}: the text is {length} characters long; "
    "at most {limit} fit.",
)
NEGATIVE = QT_TRANSLATE_NOOP(
    "Import",
    "{where}, row {row}, column {column}: '{value}' is negative; it must be 0 or more.",
)
TOO_BIG = QT_TRANSLATE_NOOP(
    "Import",
    "{where}, row {row}, column {column}: '{value}' is more than {limit}; please "
    "check the number and its unit.",
)
NOT_WHOLE = QT_TRANSLATE_NOOP(
    "Import", "{where}, row {row}, column {column}: '{value}' is not a whole number."
)
PRICE_ZERO = QT_TRANSLATE_NOOP(
    "Import", "{where}, row {row}, column {column}: the price is 0; imported as it is."
)

LEFT_EMPTY = QT_TRANSLATE_NOOP(
    "Import", "{problem} The cell was left empty; the rest of the row is imported."
)
# A damaged cell here rejects the row: without its code a row cannot be matched to a SKU.
KEY_FIELDS = frozenset({"sku_code"})

NUMBER_FIELDS = tuple(NUMBER_RANGES)

# The fields the column-wise fast paths clean, in the order clean_row fills a row's values
# (the currencies come after the numbers).
CODE_KEYS = ("sku_code", "spu_code")
TEXT_KEYS = (
    "product_name",
    "category",
    "brand",
    "option1_name",
    "option1_value",
    "option2_name",
    "option2_value",
    "option3_name",
    "option3_value",
    "variant",
)
NUMBER_KEYS = tuple(NUMBER_RANGES)
VALUE_ORDER = (*CODE_KEYS, *TEXT_KEYS, *NUMBER_KEYS)
TEXT_FIELDS = ("product_name", "category", "brand")


def clean_row(
    raw: dict[str, Any],
    headers: dict[str, str],
    sheet: Where,
    row: int,
    factors: dict[str, float] | None = None,
    currency: str = "",
) -> tuple[dict[str, Any], list[Message], list[Message]]:
    """Typed values by field key (only cells that hold something), rejections and warnings.

    ``raw`` holds the mapped cells of one row by field key, ``headers`` the column header of
    each mapped field, ``factors`` unit conversions read from headers ("Weight (kg)" → 1000),
    ``currency`` the currency of amounts the row does not name one for ("" = none known).
    Empty cells are left out: an empty cell never clears existing data.
    """
    values: dict[str, Any] = {}
    errors: list[Message] = []
    warnings: list[Message] = []

    def reject(key: str, bad: BadValue) -> None:
        """Only a damaged key rejects the row; any other damaged cell is left empty with a
        warning, so the row's other values (price, cost, stock...) still arrive."""
        message = cell_message(sheet, row, headers.get(key, key), raw.get(key), bad)
        if key in KEY_FIELDS:
            errors.append(message)
            return
        values.pop(key, None)
        warnings.append(Message(CONTEXT, LEFT_EMPTY, {"problem": message}))

    def note(key: str, bad: BadValue) -> None:
        warnings.append(cell_message(sheet, row, headers.get(key, key), raw.get(key), bad))

    for key in ("sku_code", "spu_code"):
        if key in raw and not is_empty(raw[key]):
            values[key] = clean_code(raw[key])
    for key in TEXT_FIELDS + (
        "option1_name",
        "option1_value",
        "option2_name",
        "option2_value",
        "option3_name",
        "option3_value",
        "variant",
    ):
        if key in raw and not is_empty(raw[key]):
            values[key] = " ".join(cell_text(raw[key]).split())
    for key, limit in TEXT_LIMITS.items():
        text = values.get(key)
        if isinstance(text, str) and len(text) > limit:
            reject(key, BadValue(TOO_LONG, length=len(text), limit=limit))
    for key in NUMBER_FIELDS:
        if key not in raw or is_empty(raw[key]):
            continue
        try:
            number, symbol = parse_number(raw[key])
        except BadValue as bad:
            reject(key, bad)
            continue
        factor = (factors or {}).get(key, 1.0)
        if factor != 1.0:
            number = round(number * factor, 4)
        low, high = NUMBER_RANGES[key]
        if number < low:
            reject(key, BadValue(NEGATIVE))
        elif number > high:
            reject(key, BadValue(TOO_BIG, limit=f"{high:,.0f}"))
        elif key == "stock_qty" and not float(number).is_integer():
            reject(key, BadValue(NOT_WHOLE))
        else:
            values[key] = int(number) if key == "stock_qty" else number
            if symbol and key in MONEY_FIELDS:
                values[f"_{key}_symbol"] = _local_symbol(raw[key], symbol, currency)
            if key == "price" and number == 0:
                warnings.append(
                    cell_message(sheet, row, headers.get(key, key), raw[key], BadValue(PRICE_ZERO))
                )
    _settle_currencies(raw, values, currency, reject, note)
    if "barcode" in raw and not is_empty(raw["barcode"]):
        try:
            values["barcode"] = parse_barcode(raw["barcode"])
        except BadValue as bad:
            reject("barcode", bad)
    return values, errors, warnings


CURRENCY_UNCLEAR = QT_TRANSLATE_NOOP(
    "Import",
    "{where}, row {row}, column {column}: '{value}' was left empty because the row's "
    "currency cannot be read.",
)


# A bare "$" or "¥" names a family, not one currency: a Canadian store writes "$12.99" too.
# When the seller's (or the file's) currency belongs to the family, the symbol means it.
_FAMILIES = {
    "USD": ("$", frozenset("USD CAD AUD NZD HKD SGD MXN TWD".split())),
    "CNY": ("¥￥", frozenset({"CNY", "JPY"})),
}


def _local_symbol(value: Any, code: str, currency: str) -> str:
    family = _FAMILIES.get(code)
    if not family or currency not in family[1] or not isinstance(value, str):
        return code
    bare = re.search(rf"(?<![A-Za-z])[{re.escape(family[0])}]", value)
    return currency if bare else code


def _settle_currencies(raw, values, currency: str, reject, note) -> None:
    """Give each amount its currency: its currency cell, else a symbol in the amount, else
    (cost) the row's price currency, else ``currency``. A currency is written only with its
    amount, so it never relabels an amount already in the catalog."""
    given: dict[str, str] = {}
    unclear: set[str] = set()  # amounts whose currency cell is damaged
    for key, money in CURRENCY_FIELDS.items():
        symbol = values.pop(f"_{money}_symbol", "")
        if key in raw and not is_empty(raw[key]):
            try:
                given[money] = parse_currency(raw[key])
            except BadValue as bad:
                reject(key, bad)
                unclear.add(money)
                continue
        if symbol and money not in given:
            given[money] = symbol
    if "cost" not in given and "cost" not in unclear:
        if "price" in given:
            given["cost"] = given["price"]  # one store's cost and price share its currency
        elif "price" in unclear:
            unclear.add("cost")
    for money in MONEY_FIELDS:
        if money not in values:
            continue
        if money in unclear:
            values.pop(money)
            note(money, BadValue(CURRENCY_UNCLEAR))
            continue
        code = given.get(money) or currency
        if code:
            values[f"{money}_currency"] = code


def variant_attributes(values: dict[str, Any]) -> dict[str, str]:
    """Option name/value pairs (Shopify style) and the free "variant" text as one dict."""
    attributes: dict[str, str] = {}
    for number in (1, 2, 3):
        name = values.get(f"option{number}_name", "")
        value = values.get(f"option{number}_value", "")
        if not value or (name.lower(), value.lower()) in NO_VARIANT:
            continue
        attributes[name or f"option{number}"] = value
    if values.get("variant"):
        for name, value in parse_variant_text(values["variant"]).items():
            attributes.setdefault(name, value)
    return attributes
