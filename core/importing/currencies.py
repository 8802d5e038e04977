"""Which currency a product file's money is in, as the file says it; never a silent default.

Sources, surest first: a currency cell of the row (Etsy's CURRENCY_CODE), a symbol in the
amount ("$12.99", "¥35"), the currency the seller chose (wizard, ``--currency``), which by
default is the file's hint: the one currency of its currency column, or the market its
Shopify market columns name (``Price / Canada`` → CAD). Cost and price of a row share the
row's currency unless the file gives the cost its own.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from core.i18n import QT_TRANSLATE_NOOP, Message
from core.importing.column_rows import ColumnRows, column_counts, column_of
from core.importing.readers import RawTable
from core.importing.validate import BadValue, is_empty, parse_currency, parse_number

# Shopify's market columns: "Included / Canada", "Price / Canada", "Compare At Price / Canada".
MARKET_HEADER = re.compile(
    r"^\s*(?:included|price|compare[ -]at price)\s*/\s*(?P<market>.+?)\s*$", re.IGNORECASE
)

_EURO = (
    "austria belgium croatia cyprus estonia finland france germany greece ireland italy latvia "
    "lithuania luxembourg malta netherlands portugal slovakia slovenia spain"
)
# Country (or region) names as Shopify writes markets → the currency sold in there.
COUNTRY_CURRENCIES: dict[str, str] = {
    **{name: "EUR" for name in _EURO.split()},
    "eurozone": "EUR",
    "european union": "EUR",
    "united states": "USD",
    "united states of america": "USD",
    "usa": "USD",
    "us": "USD",
    "canada": "CAD",
    "mexico": "MXN",
    "brazil": "BRL",
    "argentina": "ARS",
    "chile": "CLP",
    "colombia": "COP",
    "peru": "PEN",
    "united kingdom": "GBP",
    "uk": "GBP",
    "great britain": "GBP",
    "switzerland": "CHF",
    "norway": "NOK",
    "sweden": "SEK",
    "denmark": "DKK",
    "poland": "PLN",
    "czech republic": "CZK",
    "czechia": "CZK",
    "hungary": "HUF",
    "romania": "RON",
    "turkey": "TRY",
    "türkiye": "TRY",
    "russia": "RUB",
    "israel": "ILS",
    "united arab emirates": "AED",
    "saudi arabia": "SAR",
    "egypt": "EGP",
    "south africa": "ZAR",
    "nigeria": "NGN",
    "kenya": "KES",
    "china": "CNY",
    "hong kong": "HKD",
    "hong kong sar": "HKD",
    "taiwan": "TWD",
    "japan": "JPY",
    "south korea": "KRW",
    "korea": "KRW",
    "singapore": "SGD",
    "malaysia": "MYR",
    "thailand": "THB",
    "indonesia": "IDR",
    "philippines": "PHP",
    "vietnam": "VND",
    "india": "INR",
    "pakistan": "PKR",
    "bangladesh": "BDT",
    "australia": "AUD",
    "new zealand": "NZD",
    "europe": "EUR",
    "eu": "EUR",
    # Market names a seller typed in the admin's language
    "deutschland": "EUR",
    "frankreich": "EUR",
    "österreich": "EUR",
    "italia": "EUR",
    "españa": "EUR",
    "espagne": "EUR",
    "allemagne": "EUR",
    "union européenne": "EUR",
    "europa": "EUR",
    "états-unis": "USD",
    "estados unidos": "USD",
    "stati uniti": "USD",
    "vereinigte staaten": "USD",
    "royaume-uni": "GBP",
    "vereinigtes königreich": "GBP",
    "regno unito": "GBP",
    "reino unido": "GBP",
    "kanada": "CAD",
    "canadá": "CAD",
    "japon": "JPY",
    "japón": "JPY",
    "giappone": "JPY",
    "日本": "JPY",
    "美国": "USD",
    "加拿大": "CAD",
    "英国": "GBP",
    "德国": "EUR",
    "法国": "EUR",
    "欧盟": "EUR",
    "澳大利亚": "AUD",
    "中国": "CNY",
    "中国香港": "HKD",
    "香港": "HKD",
    "新加坡": "SGD",
    "墨西哥": "MXN",
    "アメリカ合衆国": "USD",
    "カナダ": "CAD",
}


@dataclass(frozen=True)
class CurrencyHint:
    """What the file itself says about its currency, before any row is checked."""

    code: str = ""  # the one currency the file names; "" when it names none or several
    found: tuple[str, ...] = ()  # every currency it names, in the order met
    source: str = ""  # "column" (a currency column) or "markets" (market columns)
    headers: tuple[str, ...] = ()  # the columns that say so


def market_currencies(headers: Sequence[str]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Currencies of the markets named by Shopify market columns, and those columns.
    Regions that are not one country ("International") name no currency."""
    found: list[str] = []
    columns: list[str] = []
    for header in headers:
        match = MARKET_HEADER.match(str(header or ""))
        code = COUNTRY_CURRENCIES.get(match["market"].casefold()) if match else None
        if code:
            columns.append(str(header))
            if code not in found:
                found.append(code)
    return tuple(found), tuple(columns)


def column_currencies(table: RawTable, mapping: dict[str, int]) -> tuple[str, ...]:
    """The currencies written in the mapped currency columns, most frequent first."""
    seen: Counter[str] = Counter()
    for key in ("price_currency", "cost_currency"):
        col = mapping.get(key)
        if col is None:
            continue
        # Each distinct cell parsed once: a 100,000-row column holds a handful of values.
        values = column_counts(table.rows, col)
        for value, count in values.items():
            if is_empty(value):
                continue
            try:
                seen[parse_currency(value)] += count
            except BadValue:
                continue  # the row check reports it
    return tuple(code for code, _ in seen.most_common())


def file_hint(table: RawTable, mapping: dict[str, int]) -> CurrencyHint:
    """The file's own currency: its currency column's one value, else its markets' one."""
    in_column = column_currencies(table, mapping)
    if in_column:
        headers = tuple(table.headers[mapping[k]] for k in ("price_currency", "cost_currency")
                        if k in mapping)  # fmt: skip
        code = in_column[0] if len(in_column) == 1 else ""
        return CurrencyHint(code, in_column, "column", headers)
    markets, columns = market_currencies(table.headers)
    if markets:
        return CurrencyHint(markets[0] if len(markets) == 1 else "", markets, "markets", columns)
    return CurrencyHint()


def _cell_currency(cells: Sequence[Any], col: int | None) -> str:
    """The currency a cell names: a currency cell's code, or the symbol of an amount."""
    if col is None or col >= len(cells) or is_empty(cells[col]):
        return ""
    value = cells[col]
    try:
        return parse_currency(value)
    except BadValue:
        pass
    if isinstance(value, str):
        try:
            return parse_number(value)[1]
        except BadValue:
            return ""
    return ""


def rows_without_currency(table: RawTable, mapping: dict[str, int]) -> int:
    """Rows with a price or cost whose currency the row itself does not give: these need
    the seller's currency (or the file's hint)."""

    def has(cells: Sequence[Any], col: int | None) -> bool:
        return col is not None and col < len(cells) and not is_empty(cells[col])

    if isinstance(table.rows, ColumnRows):
        counted = _rows_without_currency_by_column(table.rows, mapping)
        if counted is not None:
            return counted
    # Only the four columns read, as short rows (a table of columns builds no full rows).
    keys = ("price", "cost", "price_currency", "cost_currency")
    wanted = [mapping[key] for key in keys if mapping.get(key) is not None]
    if not wanted:
        return 0
    mapping = {key: wanted.index(mapping[key]) for key in keys if mapping.get(key) is not None}
    price, cost = mapping.get("price"), mapping.get("cost")
    count = 0
    for cells in zip(*(column_of(table.rows, col) for col in wanted), strict=True):
        price_currency = _cell_currency(cells, mapping.get("price_currency")) or _cell_currency(
            cells, price
        )
        cost_currency = (
            _cell_currency(cells, mapping.get("cost_currency"))
            or _cell_currency(cells, cost)
            or price_currency
        )
        if (has(cells, price) and not price_currency) or (has(cells, cost) and not cost_currency):
            count += 1
    return count


@dataclass
class CurrencySummary:
    """The currencies a preview will write, for the preview page and the CLI."""

    chosen: str = ""  # the currency used for rows that do not name one ("" = none)
    hint: CurrencyHint = field(default_factory=CurrencyHint)
    explicit: bool = False  # ``chosen`` was given by the seller, not read from the file
    price: Counter[str] = field(default_factory=Counter)  # currency → rows with a price
    cost: Counter[str] = field(default_factory=Counter)
    missing: int = 0  # rows with an amount but no currency: importing them is refused


def summarise(
    written: Sequence[Any],
    unchanged: Sequence[Any],
    chosen: str,
    hint: CurrencyHint,
    explicit: bool = False,
) -> CurrencySummary:
    """Count the currencies of the checked rows (objects with a ``values`` dict); rows lacking
    a currency count as missing only where something would be written."""
    summary = CurrencySummary(chosen, hint, explicit)
    for rows, writes in ((written, True), (unchanged, False)):
        for row in rows:
            lacking = False
            for amount, counter in (("price", summary.price), ("cost", summary.cost)):
                if amount not in row.values:
                    continue
                code = row.values.get(f"{amount}_currency")
                if code:
                    counter[code] += 1
                else:
                    lacking = True
            summary.missing += lacking and writes
    return summary


def describe(counter: Counter[str]) -> str:
    """ "CAD 5,295" or "USD 80, EUR 12": what the preview says it will write."""
    return ", ".join(f"{code} {count:,}" for code, count in counter.most_common())


CONTEXT = "Import"


def source_message(summary: CurrencySummary) -> Message | None:
    """Where the currency of rows without their own came from, as the preview says it."""
    hint = summary.hint
    if summary.explicit:
        if hint.code and hint.code != summary.chosen:
            text = QT_TRANSLATE_NOOP(
                "Import", "{code} as you chose, although the file suggests {hint}: {columns}"
            )
        else:
            text = QT_TRANSLATE_NOOP("Import", "{code} as you chose")
    elif summary.chosen and hint.source == "column":
        text = QT_TRANSLATE_NOOP("Import", "{code} from the column {columns}")
    elif summary.chosen and hint.source == "markets":
        text = QT_TRANSLATE_NOOP("Import", "{code} from the market columns: {columns}")
    else:
        return None
    columns = ", ".join(hint.headers[:3]) + (", …" if len(hint.headers) > 3 else "")
    return Message(CONTEXT, text, {"code": summary.chosen, "hint": hint.code, "columns": columns})


def missing_message(file_name: str, hint: CurrencyHint, option: str) -> Message:
    """Why a currency must be given, naming the file and how to give it (``option``: how the
    seller gives it here, e.g. "--currency CUR")."""
    if len(hint.found) > 1:
        text = QT_TRANSLATE_NOOP(
            "Import",
            "{file}: the file names several currencies ({found}) but not which one its prices "
            "and costs are in. Give it with {option}.",
        )
    else:
        text = QT_TRANSLATE_NOOP(
            "Import",
            "{file}: the file does not say which currency its prices and costs are in. "
            "Give it with {option}.",
        )
    return Message(
        CONTEXT, text, {"file": file_name, "found": ", ".join(hint.found), "option": option}
    )


MAX_DISTINCT = 200_000  # distinct cells judged one by one in Python; past it the row loop


def _rows_without_currency_by_column(rows: ColumnRows, mapping: dict[str, int]) -> int | None:
    """rows_without_currency on a table of columns: whether a cell is filled and names a
    currency depends on the cell alone, so each distinct cell is judged once (by the same
    functions) and the rows are counted by polars. None: too many distinct cells, or a NaN."""
    import polars as pl

    keys = ("price", "cost", "price_currency", "cost_currency")
    filled: dict[str, pl.Expr] = {}
    names: dict[str, pl.Expr] = {}
    for key in keys:
        col = mapping.get(key)
        if col is None or col >= rows.width:
            filled[key] = names[key] = pl.lit(False)
            continue
        series = rows.frame.to_series(col)
        numeric = series.dtype.is_numeric()
        if numeric:
            series = series.cast(pl.Float64)
            if series.is_nan().any():
                return None
        distinct = series.drop_nulls().unique()
        if len(distinct) > MAX_DISTINCT:
            return None
        cells = distinct.to_list()
        has = [not is_empty(v) for v in cells]
        gives = [_cell_currency([v], 0) != "" for v in cells]
        column = pl.col(series.name)
        # a null cell is "" to the row loop: empty, naming no currency
        filled[key] = column.replace_strict(distinct, has, default=False, return_dtype=pl.Boolean)
        names[key] = column.replace_strict(distinct, gives, default=False, return_dtype=pl.Boolean)
        filled[key] = filled[key].fill_null(False)
        names[key] = names[key].fill_null(False)
    price_named = names["price_currency"] | names["price"]
    cost_named = names["cost_currency"] | names["cost"] | price_named
    lacking = (filled["price"] & ~price_named) | (filled["cost"] & ~cost_named)
    return int(rows.frame.lazy().select(lacking.sum()).collect().item())
