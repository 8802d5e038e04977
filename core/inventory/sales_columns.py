"""The 12 months of sales lines as numpy columns, each line's revenue already money in the base
currency as an integer number of minor units (cents, yen).

A large seller has hundreds of thousands of lines: converting each through ``money.Converter``
cost seconds, twice (review and platform table). Here a line is ``amount × factor`` with one
factor per currency, rounded half up (away from zero on .5) to the base currency's minor unit,
exactly as ``money.convert`` does, because the float product is within ~4e-16 relative of
the exact one (the stored float is within half a unit in the last place of the decimal
``money.amount`` reads from it, the factor and the product add one rounding each), so its
rounding is the exact rounding unless the product lies within 1e-6 of a half or is huge
(above 1e9 minor units): those odd lines go through ``money.Converter`` one by one.

tests/test_sales_columns.py compares every line with ``money.convert`` on random and edge
amounts.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

import numpy as np
from sqlalchemy import String, select, type_coerce
from sqlmodel import Session

from core import money
from core.models import SalesRecord, table_of
from core.sales import MONTHS, months_before

TIE_MARGIN = 1e-6  # minor units: closer than this to a half, the line is converted exactly
CHUNK = 20_000  # sales lines fetched and turned into columns at a time
LIMIT = 1e9  # minor units: above this the float product is not trusted to 1e-6 either


@dataclass
class SalesColumns:
    """One entry per sales line of the 12 complete months before ``as_of``."""

    base_currency: str
    digits: int  # the base currency's minor unit (2: cents)
    months: list[date]  # the 12 months, oldest first
    sku_id: np.ndarray  # int64
    platform_id: np.ndarray  # int64
    market_id: np.ndarray  # int64
    month: np.ndarray  # int64 index into ``months``
    units: np.ndarray  # int64
    returned: np.ndarray  # int64
    revenue: np.ndarray  # int64, base minor units; 0 where not ``converted``
    converted: np.ndarray  # bool: False when the amount is missing or its currency has no rate
    missing: np.ndarray  # bool: an amount whose currency has no rate
    code: np.ndarray  # int64 index into ``codes``
    codes: list[str]  # normalised currency codes
    # Every line's month is the 1st of its month: a distinct month index is a distinct stored
    # month (the review then counts months with sales from these columns, not by a query).
    whole_months: bool = False

    def __len__(self) -> int:
        return len(self.sku_id)

    def to_money(self, minor: int) -> Decimal:
        """A sum of minor units as money in the base currency (exact, its digits shown)."""
        return Decimal(int(minor)).scaleb(-self.digits)


def to_minor(
    amounts: np.ndarray, code_index: np.ndarray, raw_codes: list[str], converter: money.Converter
) -> tuple[np.ndarray, np.ndarray]:
    """Each amount (float64, NaN for missing) in ``raw_codes[code_index]`` as minor units of the
    converter's target, and whether it converted (False: no amount, or no rate)."""
    digits = money.minor_unit(converter.target)
    factors = np.full(len(raw_codes), np.nan)
    for i, raw in enumerate(raw_codes):
        exact_factor = converter.factor(raw)
        if exact_factor is not None:
            factors[i] = float(exact_factor.scaleb(digits))
    factor = factors[code_index] if len(raw_codes) else np.full(len(amounts), np.nan)
    converted = ~np.isnan(amounts) & ~np.isnan(factor)
    with np.errstate(invalid="ignore", over="ignore"):
        product = amounts * factor  # in minor units of the target, before rounding
        size = np.abs(product)
        near_half = np.abs(size - np.floor(size) - 0.5) < TIE_MARGIN
        odd = converted & (near_half | ~(size < LIMIT))
        rounded = np.floor(size + 0.5) * np.sign(product)
    result = np.where(converted & ~odd, rounded, 0).astype(np.int64)
    for line in np.flatnonzero(odd).tolist():
        value = converter(float(amounts[line]), raw_codes[code_index[line]])
        result[line] = int(value.scaleb(digits)) if value is not None else 0
    return result, converted


def read_sales_columns(
    session: Session, as_of: date, base: str, rate_table: dict[str, float]
) -> SalesColumns:
    """One query; every line's revenue converted by its currency's factor."""
    table = table_of(SalesRecord).c
    months = months_before(as_of, MONTHS)
    # The month as the engine gives it (text on SQLite, a date on PostgreSQL): no per-row parse.
    query = select(
        table.sku_id,
        table.platform_id,
        table.market_id,
        type_coerce(table.month, String),
        table.units,
        table.units_returned,
        table.revenue,
        table.currency,
    ).where(table.month >= months[0], table.month < as_of.replace(day=1))
    result = session.connection().execute(query)
    cursor = result.cursor

    month_of: dict = {}
    whole_months = True
    code_of: dict = {}  # raw currency code -> its index in ``raw_codes``
    raw_codes: list[str] = []
    parts: list[list[np.ndarray]] = [[] for _ in range(7)]
    parts_amounts: list[np.ndarray] = []
    # In pieces of the driver's plain tuples (no result-row object per line): each step is a
    # short C call, so the UI thread gets the interpreter lock in between, and the tuples of
    # one piece only are held at a time.
    while cursor is not None and (rows := cursor.fetchmany(CHUNK)):
        sku_id, platform_id, market_id, month_raw, units, returned, revenue, code_raw = _columns(
            rows
        )
        del rows
        for raw in set(month_raw).difference(month_of):
            day = raw if isinstance(raw, date) else date.fromisoformat(str(raw)[:10])
            month_of[raw] = months.index(day.replace(day=1))
            first = day.replace(day=1)
            whole_months = whole_months and (raw == first or raw == first.isoformat())
        for raw in set(code_raw).difference(code_of):
            code_of[raw] = len(raw_codes)
            raw_codes.append(raw)
        for part, column in zip(
            parts,
            (
                sku_id,
                platform_id,
                market_id,
                np.fromiter(map(month_of.__getitem__, month_raw), np.int64, len(month_raw)),
                units,
                returned,
                np.fromiter(map(code_of.__getitem__, code_raw), np.int64, len(code_raw)),
            ),
            strict=True,
        ):
            part.append(column)
        parts_amounts.append(revenue)
    result.close()
    sku_ids, platform_ids, market_ids, month, units_sold, units_returned, code_index = (
        np.concatenate(part) if part else np.zeros(0, dtype=np.int64) for part in parts
    )
    amounts = np.concatenate(parts_amounts) if parts_amounts else np.zeros(0)
    converter = money.Converter(base, rate_table)
    minor, converted = to_minor(amounts, code_index, raw_codes, converter)
    normalised = [converter.code(raw or "")[0] for raw in raw_codes]
    codes = sorted(set(normalised))
    normal_index = np.array([codes.index(c) for c in normalised], dtype=np.int64)
    return SalesColumns(
        base_currency=converter.target,
        digits=money.minor_unit(converter.target),
        months=months,
        sku_id=sku_ids,
        platform_id=platform_ids,
        market_id=market_ids,
        month=month,
        units=units_sold,
        returned=units_returned,
        revenue=minor,
        converted=converted,
        missing=~np.isnan(amounts) & ~converted,
        code=normal_index[code_index] if len(raw_codes) else np.zeros(0, dtype=np.int64),
        codes=codes,
        whole_months=whole_months,
    )


# One line as numpy reads it from the driver's tuple: ids and units as int64, the amount as a
# float (NULL: NaN), the month and the currency code as the objects the driver gave.
LINE = np.dtype(
    [("sku", "i8"), ("platform", "i8"), ("market", "i8"), ("month", "O"), ("units", "i8"),
     ("returned", "i8"), ("revenue", "f8"), ("code", "O")]
)  # fmt: skip


def _columns(rows: Sequence[Any]) -> tuple:
    """The columns of a piece of lines: ids and units int64 (NULL: 0), the amount float64
    (NULL: NaN), the month and the currency code as lists of the driver's objects."""
    try:  # one C pass over the tuples
        lines = np.fromiter(rows, dtype=LINE, count=len(rows))
    except (TypeError, ValueError, OverflowError):  # a NULL id or unit count: the slow way
        columns = list(zip(*rows, strict=True))

        def ints(values) -> np.ndarray:
            return np.fromiter((v or 0 for v in values), dtype=np.int64, count=len(values))

        return (
            *(ints(columns[i]) for i in range(3)),
            list(columns[3]),
            ints(columns[4]),
            ints(columns[5]),
            np.array(columns[6], dtype=np.float64),  # NULL -> NaN
            list(columns[7]),
        )
    return (
        lines["sku"].copy(),
        lines["platform"].copy(),
        lines["market"].copy(),
        lines["month"].tolist(),
        lines["units"].copy(),
        lines["returned"].copy(),
        lines["revenue"].copy(),
        lines["code"].tolist(),
    )


def group_sums(keys: np.ndarray, *values: np.ndarray) -> tuple[np.ndarray, list[np.ndarray]]:
    """The distinct ``keys`` (sorted) and, per key, the exact int64 sum of each of ``values``."""
    unique, inverse = np.unique(keys, return_inverse=True)
    sums = []
    for column in values:
        total = np.zeros(len(unique), dtype=np.int64)
        np.add.at(total, inverse, column)
        sums.append(total)
    return unique, sums
