"""money.Converter (the review's per-currency fast path) agrees with money.convert."""

from __future__ import annotations

import random
from decimal import Decimal

import pytest

from core import money


@pytest.mark.parametrize("target", ["CNY", "JPY", "KWD", "usd"])
def test_converter_agrees_with_convert(target):
    rates = {"CNY": 1.0, "USD": 7.2, "EUR": 7.83, "JPY": 0.048, "KWD": 23.4, "GBP": 9.13}
    codes = ["CNY", "USD", " usd", "eur", "JPY", "KWD", "GBP", "XYZ", ""]
    rng = random.Random(3)
    amounts: list[float | Decimal | int | None] = [None, 0, 0.0, 1.005, 0.125, 19.99, -3.5]
    amounts += [round(rng.uniform(0, 5000), rng.choice([0, 1, 2, 3])) for _ in range(3000)]
    amounts += [Decimal("2.675"), 7]
    convert = money.Converter(target, rates)
    for value in amounts:
        for code in codes:
            assert convert(value, code) == money.convert(value, code, target, rates), (value, code)


def test_converter_without_a_rate_for_the_target():
    convert = money.Converter("SEK", {"CNY": 1.0, "USD": 7.2})
    assert convert(10.0, "USD") is None
    assert convert(10.0, "sek") == Decimal("10.00")  # the same currency needs no rate
    assert convert(10.0, "USD") == money.convert(10.0, "USD", "SEK", {"CNY": 1.0, "USD": 7.2})
