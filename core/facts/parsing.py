"""Value shapes of real seller reports: money with symbols ("£2,560.45", "Rs.201.68"),
percentages as text ("1.81%") or fractions (0.0022), thousands separators, and dates in every
order sellers' files use, with day/month decided per file from all of its values.

Money stays exact: numbers become Decimal (floats from spreadsheets through their shortest
repr, rounded to 9 places so 731.9399999999999 reads 731.94).
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal, InvalidOperation
from typing import Any

from core.importing.validate import CURRENCIES, CURRENCY_SYMBOLS, cell_text, is_empty

# Prefixes Amazon India and others print that validate.CURRENCY_SYMBOLS does not know.
_EXTRA_SYMBOLS: list[tuple[str, str]] = [("Rs.", "INR"), ("Rs", "INR"), ("₹", "INR")]
_SYMBOLS = sorted(_EXTRA_SYMBOLS + CURRENCY_SYMBOLS, key=lambda p: -len(p[0]))
_EMPTY_WORDS = {"-", "--", "—", "n/a", "na", "null", "none", "#n/a"}
_EXCEL_EPOCH = date(1899, 12, 30)


class BadValue(ValueError):
    """A cell does not hold what its column should; ``why`` is a short English key."""

    def __init__(self, why: str) -> None:
        super().__init__(why)
        self.why = why


def blank(value: Any) -> bool:
    return is_empty(value) or (isinstance(value, str) and value.strip().lower() in _EMPTY_WORDS)


def decimal_from_float(value: float) -> Decimal:
    if not math.isfinite(value):
        raise BadValue("number")
    return Decimal(repr(round(value, 9))).normalize() + 0


def split_currency(text: str) -> tuple[str, str]:
    """("12.50", "GBP") from "£12.50"; ("12.50", "") when the text names no currency."""
    text = text.strip()
    upper = text.upper()
    for code in CURRENCIES:
        if upper.startswith(code) or upper.endswith(code):
            rest = text[3:] if upper.startswith(code) else text[:-3]
            return rest.strip(), code
    for symbol, code in _SYMBOLS:
        if symbol in text:
            return text.replace(symbol, "", 1).strip(), code
    return text, ""


def _separators(text: str) -> str:
    """Which of "," and "." is the decimal mark: "1.234,56", "1,356.00", "12,5"."""
    if "," in text and "." in text:
        if text.rfind(",") > text.rfind("."):
            return text.replace(".", "").replace(",", ".")
        return text.replace(",", "")
    if text.count(",") == 1:
        whole, frac = text.split(",")
        return text.replace(",", "") if len(frac) == 3 and whole.lstrip("-+") else f"{whole}.{frac}"
    if text.count(",") > 1:
        return text.replace(",", "")
    return text


def parse_decimal(value: Any) -> tuple[Decimal | None, str]:
    """A number and the currency its text named: "£2,560.45" → (2560.45, "GBP")."""
    if blank(value):
        return None, ""
    if isinstance(value, bool):
        raise BadValue("number")
    if isinstance(value, int):
        return Decimal(value), ""
    if isinstance(value, float):
        return decimal_from_float(value), ""
    if isinstance(value, (date, datetime)):
        raise BadValue("number")
    text = str(value).replace("\u00a0", "").replace("\u202f", "").replace(" ", "")
    text = text.replace("'", "")
    text, currency = split_currency(text)
    negative = False
    if text.startswith("(") and text.endswith(")"):
        negative, text = True, text[1:-1]
    if text.endswith("-") and text[:-1].replace(".", "").replace(",", "").isdigit():
        negative, text = True, text[:-1]
    if text.startswith("-"):
        # "-£5.00" puts the sign before the symbol
        negative, text = not negative, text[1:]
        text, more = split_currency(text)
        currency = currency or more
    try:
        number = Decimal(_separators(text))
    except InvalidOperation:
        raise BadValue("number") from None
    if not number.is_finite():
        raise BadValue("number")
    return (-number if negative else number), currency


def parse_percent(value: Any) -> Decimal | None:
    """A share as a fraction: "92.30%" → 0.923; a spreadsheet's 0.0022 stays 0.0022."""
    if blank(value):
        return None
    if isinstance(value, str) and value.strip().endswith("%"):
        number, _ = parse_decimal(value.strip()[:-1])
        return None if number is None else number / 100
    number, _ = parse_decimal(value)
    return number


def parse_integer(value: Any) -> int | None:
    number, _ = parse_decimal(value)
    if number is None:
        return None
    if number != number.to_integral_value():
        raise BadValue("whole")
    return int(number)


def header_currency(header: str) -> str:
    """The currency a header names: "14 Day Total Sales (₹)" → INR, "Price (USD)" → USD."""
    for bracketed in re.findall(r"[(（\[]([^)）\]]{1,6})[)）\]]", header):
        text = bracketed.strip()
        if text.upper() in CURRENCIES:
            return text.upper()
        for symbol, code in _SYMBOLS:
            if text == symbol:
                return code
    return ""


# ---------------------------------------------------------------- dates

_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ),
        start=1,
    )
    for name in names
}
_ISO = re.compile(r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:$|[T\s])")
NUMERIC_DATE = _NUMERIC = re.compile(r"^(\d{1,2})[-/.](\d{1,2})[-/.](\d{2}|\d{4})(?:$|[T\s,])")
_DAY_MONTH_NAME = re.compile(r"^(\d{1,2})[-\s/.]([A-Za-z]{3,9})\.?[-\s/.,]+(\d{2}|\d{4})\b")
_MONTH_NAME_DAY = re.compile(r"^([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b")
_CHINESE = re.compile(r"^(\d{4})年(\d{1,2})月(\d{1,2})日")
_COMPACT = re.compile(r"^(20\d{2}|19\d{2})(\d{2})(\d{2})$")


def _year(text: str) -> int:
    year = int(text)
    return year + 2000 if year < 100 else year


@dataclass(frozen=True)
class DateOrder:
    """How a file writes day and month in numeric dates, and whether its values decided it."""

    order: str  # "dmy" or "mdy"
    decided_by: str = ""  # the first value that rules out the other order ("31/12/2023")

    @property
    def ambiguous(self) -> bool:
        return not self.decided_by


def decide_date_order(values: Iterable[Any], default: str = "dmy") -> DateOrder:
    """Day first or month first, from every numeric date in the file: a first number above 12
    means day first, a second above 12 month first; neither leaves ``default`` (ambiguous).
    Both in one file is a mix the seller must fix: raise BadValue("mixed")."""
    day_first = month_first = ""
    for value in values:
        if not isinstance(value, str):
            continue
        match = _NUMERIC.match(value.strip())
        if not match:
            continue
        first, second = int(match.group(1)), int(match.group(2))
        if first > 12 and second <= 12 and not day_first:
            day_first = value.strip()
        elif second > 12 and first <= 12 and not month_first:
            month_first = value.strip()
    if day_first and month_first:
        raise BadValue("mixed")
    if day_first:
        return DateOrder("dmy", day_first)
    if month_first:
        return DateOrder("mdy", month_first)
    return DateOrder(default)


def parse_date(value: Any, order: DateOrder | None = None) -> date | None:
    """A calendar date as written (times and time zones dropped: the seller's day counts)."""
    if blank(value):
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, bool):
        raise BadValue("date")
    if isinstance(value, (int, float)):
        return _excel_serial(float(value))
    text = cell_text(value).strip()
    try:
        return _date_from_text(text, order or DateOrder("dmy"))
    except ValueError:
        raise BadValue("date") from None


def _excel_serial(number: float) -> date:
    if not 1 <= number < 2958466:
        raise BadValue("date")
    return _EXCEL_EPOCH + timedelta(days=int(number))


def _date_from_text(text: str, order: DateOrder) -> date:
    if match := _ISO.match(text) or _CHINESE.match(text) or _COMPACT.match(text):
        return date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
    if match := _NUMERIC.match(text):
        first, second = int(match.group(1)), int(match.group(2))
        day, month = (first, second) if order.order == "dmy" else (second, first)
        return date(_year(match.group(3)), month, day)
    if match := _DAY_MONTH_NAME.match(text):
        named = _MONTHS.get(match.group(2).lower())
        if named:
            return date(_year(match.group(3)), named, int(match.group(1)))
    if match := _MONTH_NAME_DAY.match(text):
        named = _MONTHS.get(match.group(1).lower())
        if named:
            return date(int(match.group(3)), named, int(match.group(2)))
    if re.fullmatch(r"\d{5}(\.\d+)?", text):
        return _excel_serial(float(text))
    raise ValueError(text)


# ---------------------------------------------------------------- period from the file name

_NAME_DATE = re.compile(r"(?<!\d)(\d{4}[-_.]?\d{2}[-_.]?\d{2}|\d{1,2}[-_.]\d{1,2}[-_.]\d{4})(?!\d)")


def period_from_file_name(name: str) -> tuple[date, date] | None:
    """The period a file name proposes: two dates are a range, one date is that day
    ("BusinessReport-23-07-2025.csv" → 23 Jul 2025); None without a readable date."""
    found: list[date] = []
    texts = _NAME_DATE.findall(name)
    numeric = [t for t in texts if not re.match(r"\d{4}", t)]
    order = DateOrder("dmy")
    try:
        order = decide_date_order([re.sub(r"[-_.]", "/", t) for t in numeric])
    except BadValue:
        return None
    for text in texts:
        compact = re.sub(r"[-_.]", "", text)
        try:
            if re.match(r"\d{4}", text):
                found.append(date(int(compact[:4]), int(compact[4:6]), int(compact[6:8])))
            else:
                found.append(_date_from_text(re.sub(r"[-_.]", "/", text), order))
        except ValueError:
            continue
    if not found:
        return None
    return min(found[:2]), max(found[:2])


def parse_period(text: str) -> tuple[date, date]:
    """``FROM:TO`` as the CLI takes it (ISO dates); one date alone is that day."""
    parts = [p.strip() for p in text.split(":")]
    if len(parts) == 1:
        parts = parts * 2
    if len(parts) != 2:
        raise BadValue("period")
    try:
        start, end = (date.fromisoformat(p) for p in parts)
    except ValueError:
        raise BadValue("period") from None
    if end < start:
        raise BadValue("period")
    return start, end
