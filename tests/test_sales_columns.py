"""Column-wise conversion of sales lines (core/inventory/sales_columns.py) against the one-line
rule, ``money.convert`` (Decimal of the amount's shortest repr × rate, half up to the minor
unit), on random amounts, exact halves, negative amounts, odd digits and missing rates."""

from __future__ import annotations

import random
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

import numpy as np
import pytest

from core import money
from core.inventory.sales_columns import _columns, to_minor

RATES = {"USD": 1.0, "EUR": 1.0825, "GBP": 1.27, "JPY": 0.0067, "CNY": 0.1381, "KWD": 3.25}


def by_hand(amount: float, code: str, base: str) -> int | None:
    """The rule written out again: the float read as the decimal typed, times the source
    rate, divided by the base's rate, half up (away from zero) to the base's minor unit."""
    if code not in RATES:
        return None
    digits = {"JPY": 0, "KWD": 3}.get(base, 2)
    value = Decimal(repr(amount)) * Decimal(repr(RATES[code]))
    if RATES[base] != 1:
        value = value / Decimal(repr(RATES[base]))
    quantum = Decimal(1).scaleb(-digits)
    return int(value.quantize(quantum, rounding=ROUND_HALF_UP).scaleb(digits))


def amounts(seed: int) -> list[float]:
    rng = random.Random(seed)
    values = [round(rng.uniform(-50, 5000), rng.choice([0, 1, 2, 2, 2, 3, 4])) for _ in range(4000)]
    values += [rng.uniform(0, 1000) for _ in range(500)]  # full float digits: the odd path
    # exact halves after conversion at a rate of 1 and at 1.27 (0.5 cents), negatives too
    values += [0.005, 0.015, 0.125, -0.005, -0.125, 1.005, 2.675, 0.0, 1e8 + 0.005, 12345.6789]
    values += [1 / 127 * k for k in range(1, 50)]  # products landing next to a half at 1.27
    values += [0.5 / 1.27, 5 / 1.27, 0.05 / 1.0825, 1.5, 2.5, 123456789.125]
    values += [units * 19.99 for units in range(1, 400)]  # float noise: 1199.3999999999999
    values += [(n + 0.5) / 100 for n in range(1500)]  # every half cent: ties at a rate of 1
    values += [(n + 0.5) / 1000 for n in range(1500)]  # half mills: KWD ties
    values += [-(n + 0.5) / 100 for n in range(200)]  # refunds: away from zero
    return values


@pytest.mark.parametrize("base", ["USD", "EUR", "JPY", "KWD"])
def test_every_line_is_money_convert(base):
    codes = ["USD", "EUR", "GBP", "JPY", "CNY", "KWD", "XXX", "usd "]
    values = amounts(len(base))
    rng = random.Random(7)
    raw = [rng.choice(codes) for _ in values]
    index = np.array([codes.index(c) for c in raw], dtype=np.int64)
    minor, converted = to_minor(
        np.array(values, dtype=np.float64), index, codes, money.Converter(base, RATES)
    )
    for value, code, got, ok in zip(values, raw, minor, converted, strict=True):
        expected = by_hand(value, code.strip().upper(), base)
        library = money.convert(value, code, base, RATES)
        assert (None if library is None else int(library.scaleb(money.minor_unit(base)))) == (
            expected
        )
        assert bool(ok) == (expected is not None), (value, code)
        if expected is not None:
            assert int(got) == expected, (value, code, base)


def test_missing_amounts_do_not_convert():
    minor, converted = to_minor(
        np.array([np.nan, 1.0]), np.array([0, 0]), ["EUR"], money.Converter("USD", RATES)
    )
    assert list(converted) == [False, True]
    assert list(minor) == [0, 108]  # 1.0825 half up to cents


def test_a_piece_of_lines_as_columns_with_or_without_nulls():
    """The driver's tuples read in one C pass; a NULL id or unit count (a hand-edited file)
    takes the slow way, read as 0; a NULL amount is NaN either way; month and code untouched."""
    plain = [
        (1, 2, 3, "2026-01-01", 4, 0, 19.99, "USD"),
        (5, 6, 7, date(2026, 2, 1), 8, 1, 7, " eur"),
    ]
    odd = [*plain, (9, None, 3, "2026-03-01", None, 0, None, None)]
    for rows in (plain, odd):
        sku, platform, market, month, units, returned, revenue, code = _columns(rows)
        assert sku.tolist() == [r[0] for r in rows]
        assert platform.tolist() == [r[1] or 0 for r in rows]
        assert market.tolist() == [r[2] for r in rows]
        assert month == [r[3] for r in rows] and code == [r[7] for r in rows]
        assert units.tolist() == [r[4] or 0 for r in rows]
        assert returned.tolist() == [r[5] for r in rows]
        assert [None if np.isnan(v) else v for v in revenue.tolist()] == [r[6] for r in rows]
        assert sku.dtype == units.dtype == np.int64 and revenue.dtype == np.float64
