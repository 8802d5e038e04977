"""Column-wise conversion of sales lines (core/inventory/sales_columns.py) against the one-line
rule, ``money.convert`` (Decimal of the amount's shortest repr × rate, half up to the minor
unit), on random amounts, exact halves, negative amounts, odd digits and missing rates."""

from __future__ import annotations

import random
from decimal import ROUND_HALF_UP, Decimal

import numpy as np
import pytest

from core import money
from core.inventory.sales_columns import to_minor

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
