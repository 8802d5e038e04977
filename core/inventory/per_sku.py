"""Step 2's per-SKU figures for the whole catalog at once, as columns (numpy arrays of whole
minor units, lists of objects): what ``review.review_catalog`` puts on its 100,000 rows.

Money stays exact: amounts are whole numbers of the base currency's minor unit (cents, yen)
until they become one Decimal per distinct value (``MoneyObjects``: a catalog repeats prices,
stock values and revenues, and equal Decimals are interchangeable). Shares and margins are
``float(Decimal ÷ Decimal)`` as ``core.money.ratio`` gives them; ``ratios`` gets the same
floats from a float division of the whole numbers where that is provably identical, and asks
Decimal for the rest.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from decimal import Decimal, getcontext
from itertools import repeat
from typing import Any

import numpy as np

from core.inventory.sales_columns import SalesColumns, group_sums

FLOAT_WHOLE = 2**53  # whole numbers below this are exact in a float64


def exact_whole() -> int:
    """Below this many minor units, the float division of two whole numbers (each exact in a
    float64, the quotient correctly rounded by IEEE) is ``float(Decimal ÷ Decimal)``: the
    Decimal quotient is within 5·10⁻²⁸ relative (28 digits) of the exact one, while the
    exact quotient n ÷ d sits at least 2⁻⁵⁴ ÷ d relative from any point halfway between two
    floats, so both round to the same float while d < 10²⁸ ÷ (5 · 2⁵⁴) ≈ 1.1·10¹¹."""
    return 10 ** (getcontext().prec - 17)


def ratios(part: np.ndarray, whole: np.ndarray, use: np.ndarray) -> list[float | None]:
    """Per entry ``float(Decimal(part) / Decimal(whole))`` where ``use``, else None; ``part``
    and ``whole`` are whole numbers (int64) of the same unit."""
    result = np.full(len(part), None, dtype=object)
    limit = exact_whole()
    safe = use & (np.abs(whole) < limit) & (np.abs(part) < FLOAT_WHOLE) & (whole != 0)
    where = np.flatnonzero(safe)
    if len(where):
        quotient = part[where].astype(np.float64) / whole[where].astype(np.float64)
        result[where] = quotient.tolist()  # Python floats, not numpy scalars
    for i in np.flatnonzero(use & ~safe).tolist():
        if whole[i]:
            result[i] = float(Decimal(int(part[i])) / Decimal(int(whole[i])))
    return result.tolist()


class MoneyObjects:
    """One Decimal per distinct amount of the review's money (whole minor units → Decimal with
    the base currency's digits, as ``SalesColumns.to_money`` makes it)."""

    def __init__(self, digits: int) -> None:
        self.digits = digits
        self.known: dict[int, Decimal] = {}

    def one(self, minor: int) -> Decimal:
        value = self.known.get(minor)
        if value is None:
            value = self.known[minor] = Decimal(minor).scaleb(-self.digits)
        return value

    def column(self, minor: np.ndarray, known: np.ndarray) -> list[Decimal | None]:
        """Per entry its Decimal where ``known``, else None."""
        result = np.full(len(minor), None, dtype=object)
        where = np.flatnonzero(known)
        if len(where):
            distinct, inverse = np.unique(minor[where], return_inverse=True)
            objects = np.empty(len(distinct), dtype=object)
            objects[:] = self.many(distinct.tolist())
            result[where] = objects[inverse]
        return result.tolist()

    def many(self, values: list[int]) -> list[Decimal]:
        known, digits = self.known, -self.digits
        result: list[Any] = list(map(known.get, values))
        for i in [i for i, v in enumerate(result) if v is None]:
            result[i] = known[values[i]] = Decimal(values[i]).scaleb(digits)
        return result


def distinct(values: np.ndarray) -> np.ndarray:
    """The distinct values, sorted (a sort: numpy's hashing ``unique`` was slower here)."""
    ordered = np.sort(values)
    return ordered[np.r_[True, ordered[1:] != ordered[:-1]]] if len(ordered) else ordered


def per_position(position: np.ndarray, values: np.ndarray, count: int) -> np.ndarray:
    """Exact int64 sums of ``values`` per position (0 .. count-1)."""
    if not len(values):
        return np.zeros(count, dtype=np.int64)
    if np.abs(values).sum(dtype=np.float64) < FLOAT_WHOLE:  # bincount sums in float64: exact
        return np.bincount(position, weights=values, minlength=count).astype(np.int64)
    total = np.zeros(count, dtype=np.int64)
    np.add.at(total, position, values)
    return total


@dataclass
class Where:
    """Per SKU × platform (or market) name with sales lines, sorted by SKU then name."""

    position: np.ndarray  # the SKU's position in the review
    label: np.ndarray  # index into ``labels``
    labels: list[str]
    units: np.ndarray
    revenue: np.ndarray  # base minor units
    converted: np.ndarray  # lines whose revenue converted


@dataclass
class SalesSums:
    """Each reviewed SKU's sums over its sales lines of the 12 months (arrays by position)."""

    lines: np.ndarray  # sales lines
    units: np.ndarray
    returned: np.ndarray
    recent: np.ndarray  # units of the last 3 months
    revenue: np.ndarray  # base minor units of the converted lines
    with_revenue: np.ndarray  # units of the converted lines
    converted: np.ndarray  # converted lines
    platform: Where
    market: Where
    month_key: np.ndarray  # position × 12 + month index, distinct, sorted
    month_units: np.ndarray  # units of that SKU and month
    sold_months: np.ndarray  # months with a line of units > 0
    first_sold: np.ndarray  # month index of the first of them (-1: none)
    missing: list[tuple[int, str]]  # (position, currency code without a rate) per such line


def sales_sums(ids: np.ndarray, sales: SalesColumns, platforms: dict, markets: dict) -> SalesSums:
    """``ids``: the reviewed SKUs' ids in review order; lines of other SKUs are left out."""
    count, months = len(ids), len(sales.months)
    order = np.argsort(ids, kind="stable")
    if count and len(sales):
        where = np.minimum(np.searchsorted(ids[order], sales.sku_id), count - 1)
        known = ids[order][where] == sales.sku_id
        position = order[where[known]]
    else:
        known = np.zeros(len(sales), dtype=bool)
        position = np.zeros(0, dtype=np.int64)
    units, converted = sales.units[known], sales.converted[known]
    revenue, month = sales.revenue[known], sales.month[known]

    def by_name(ids_of_lines: np.ndarray, names: dict) -> Where:
        distinct, inverse = np.unique(ids_of_lines, return_inverse=True)
        labels = sorted({names.get(int(v), "?") for v in distinct.tolist()})
        label_of = np.array(
            [labels.index(names.get(int(v), "?")) for v in distinct.tolist()], dtype=np.int64
        )
        width = max(len(labels), 1)
        keys, (key_units, key_revenue, key_converted) = group_sums(
            position * width + label_of[inverse], units, revenue, converted.astype(np.int64)
        )
        return Where(keys // width, keys % width, labels, key_units, key_revenue, key_converted)

    month_key, (month_units,) = group_sums(position * months + month, units)
    sold = distinct(position[units > 0] * months + month[units > 0])
    sold_position = sold // months
    sold_months = np.bincount(sold_position, minlength=count)
    first_sold = np.full(count, -1, dtype=np.int64)
    # ``sold`` is sorted: a SKU's first entry is its first month
    starts = np.flatnonzero(np.r_[True, np.diff(sold_position) != 0]) if len(sold) else sold
    first_sold[sold_position[starts]] = sold[starts] % months
    missing_lines = np.flatnonzero(sales.missing[known])
    codes = sales.code[known][missing_lines]
    return SalesSums(
        lines=np.bincount(position, minlength=count),
        units=per_position(position, units, count),
        returned=per_position(position, sales.returned[known], count),
        recent=per_position(position, np.where(month >= months - 3, units, 0), count),
        revenue=per_position(position, revenue, count),
        with_revenue=per_position(position, np.where(converted, units, 0), count),
        converted=per_position(position, converted.astype(np.int64), count),
        platform=by_name(sales.platform_id[known], platforms),
        market=by_name(sales.market_id[known], markets),
        month_key=month_key,
        month_units=month_units,
        sold_months=sold_months,
        first_sold=first_sold,
        missing=[
            (p, sales.codes[c])
            for p, c in zip(position[missing_lines].tolist(), codes.tolist(), strict=True)
        ],
    )


class ByName(Mapping[str, Any]):
    """A SKU's units (or money) by platform or market name, read-only: two tuples, the names'
    shared by every SKU sold on the same ones (100,000 SKUs × 4 dicts were ~18 MB)."""

    __slots__ = ("_names", "_values")

    def __init__(self, names: tuple[str, ...], values: tuple[Any, ...]) -> None:
        self._names, self._values = names, values

    def _value(self, index: int) -> Any:
        return self._values[index]

    def __getitem__(self, key: str) -> Any:
        try:
            index = self._names.index(key)
        except ValueError:
            raise KeyError(key) from None
        return self._value(index)

    def __iter__(self) -> Iterator[str]:
        return iter(self._names)

    def __len__(self) -> int:
        return len(self._names)

    def __repr__(self) -> str:
        return repr(dict(self.items()))


class MoneyByName(ByName):
    """Money by name kept as whole minor units (``digits``: the currency's minor unit), each
    value a Decimal when read: a few SKUs' are read (their detail), not 100,000."""

    __slots__ = ("_digits",)

    def __init__(self, names: tuple[str, ...], values: tuple[int, ...], digits: int) -> None:
        super().__init__(names, values)
        self._digits = digits

    def _value(self, index: int) -> Decimal:
        return Decimal(self._values[index]).scaleb(-self._digits)


NO_SALES_BY = ByName((), ())  # every SKU without sales lines: nothing by any name


def by_name(where: Where, use: np.ndarray, money: MoneyObjects | None) -> dict[int, ByName]:
    """Per SKU position with entries in ``where`` (``use``: which entries count) its mapping
    of units (``money`` None) or of revenue."""
    position, label = where.position[use], where.label[use]
    if not len(position):
        return {}
    starts = np.flatnonzero(np.r_[True, position[1:] != position[:-1]])
    ends = np.r_[starts[1:], len(position)].tolist()
    values = (where.units if money is None else where.revenue)[use].tolist()
    labels = where.labels
    if len(labels) <= 62:  # the set of names as bits: one tuple of names per distinct set
        masks = np.bitwise_or.reduceat(np.left_shift(1, label), starts).tolist()
        sets = {m: tuple(n for i, n in enumerate(labels) if m >> i & 1) for m in set(masks)}
        names = list(map(sets.__getitem__, masks))
    else:
        label_list = label.tolist()
        names = [tuple(labels[i] for i in label_list[a:b]) for a, b in zip(starts.tolist(), ends, strict=True)]  # fmt: skip
    parts = [tuple(values[a:b]) for a, b in zip(starts.tolist(), ends, strict=True)]
    made = (
        map(ByName, names, parts)
        if money is None
        else map(MoneyByName, names, parts, repeat(money.digits, len(parts)))
    )
    return dict(zip(position[starts].tolist(), made, strict=True))
