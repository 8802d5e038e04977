"""Exact money: each currency's minor unit, conversion through the rate table, and the ONE
rounding rule (half up to the minor unit) every review figure and export uses.

Amounts are stored as floats in the workspace (typed or imported prices); ``amount()`` reads
them back as the decimal the seller typed (19.99, not 19.989999…). A converted amount is
rounded to the target currency's minor unit once, where it becomes money in that currency;
sums of such amounts are then exact, so a total always equals the sum of its parts as shown.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal
from functools import lru_cache

from core.currency import normalise_code

ZERO = Decimal(0)

# ISO 4217 minor units that are not 2 (every other currency has cents).
MINOR_UNITS: dict[str, int] = {
    "BIF": 0,
    "CLP": 0,
    "DJF": 0,
    "GNF": 0,
    "ISK": 0,
    "JPY": 0,
    "KMF": 0,
    "KRW": 0,
    "PYG": 0,
    "RWF": 0,
    "UGX": 0,
    "VND": 0,
    "VUV": 0,
    "XAF": 0,
    "XOF": 0,
    "XPF": 0,
    "BHD": 3,
    "IQD": 3,
    "JOD": 3,
    "KWD": 3,
    "LYD": 3,
    "OMR": 3,
    "TND": 3,
}


def minor_unit(code: str) -> int:
    """Digits after the decimal point in ``code`` (JPY 0, USD 2, KWD 3)."""
    return MINOR_UNITS.get(normalise_code(code), 2)


def amount(value: float | int | str | Decimal | None) -> Decimal | None:
    """``value`` as a Decimal, floats read by their shortest repr (0.1 → 0.1 exactly)."""
    if value is None:
        return None
    if isinstance(value, Decimal):
        return value
    if isinstance(value, float):
        return Decimal(repr(value))
    return Decimal(value)


def round_money(value: Decimal, code: str) -> Decimal:
    """The one rounding rule: half up (away from zero on .5) to ``code``'s minor unit."""
    return value.quantize(_QUANTA[minor_unit(code)], rounding=ROUND_HALF_UP)


_QUANTA = {digits: Decimal(1).scaleb(-digits) for digits in (0, 1, 2, 3, 4)}


def convert_exact(
    value: float | Decimal | None, source: str, target: str, rate_table: dict[str, float]
) -> Decimal | None:
    """``value`` in ``target`` before rounding (None when the amount or a rate is missing).
    Rates are read like amounts, so 7.2 is 7.2, not 7.2000000000000002."""
    exact = amount(value)
    if exact is None:
        return None
    source, target = normalise_code(source), normalise_code(target)
    if source == target:
        return exact
    from_rate, to_rate = rate_table.get(source), rate_table.get(target)
    if not from_rate or not to_rate:
        return None
    # Decimal's 28 significant digits hold any amount × rate far below the minor unit.
    result = exact * _rate(from_rate)
    if to_rate != 1:
        result = result / _rate(to_rate)
    return result


@lru_cache(maxsize=512)
def _rate(value: float) -> Decimal:
    """A rate read like an amount (cached: a review converts each sales line)."""
    return Decimal(repr(float(value)))


def convert(
    value: float | Decimal | None, source: str, target: str, rate_table: dict[str, float]
) -> Decimal | None:
    """``value`` as money in ``target``: converted, then rounded to its minor unit."""
    exact = convert_exact(value, source, target, rate_table)
    return None if exact is None else round_money(exact, target)


def total(values) -> Decimal:
    """The sum of amounts that are already money (rounded): exact, never a float."""
    return sum((v for v in values if v is not None), ZERO)


def ratio(part: Decimal | float, whole: Decimal | float) -> float | None:
    """``part ÷ whole`` as a plain fraction for shares and margins (None when whole is 0)."""
    exact_part, exact_whole = amount(part), amount(whole)
    if exact_part is None or not exact_whole:
        return None
    return float(exact_part / exact_whole)


class Converter:
    """``convert`` to one target with one rate table, for many amounts: the codes are read
    and the rates made Decimal once per currency, not once per amount (a review converts
    hundreds of thousands of sales lines). Same arithmetic and rounding as ``convert``."""

    def __init__(self, target: str, rate_table: dict[str, float]) -> None:
        self.target = normalise_code(target)
        self.rate_table = rate_table
        self.quantum = _QUANTA[minor_unit(self.target)]
        to_rate = rate_table.get(self.target)
        self._to_rate = _rate(to_rate) if to_rate else None
        # raw code -> (normalised code, from rate or None when missing, same currency)
        self._codes: dict[str, tuple[str, Decimal | None, bool]] = {}

    def code(self, raw: str) -> tuple[str, Decimal | None, bool]:
        known = self._codes.get(raw)
        if known is None:
            code = normalise_code(raw)
            from_rate = self.rate_table.get(code)
            same = code == self.target
            usable = same or (bool(from_rate) and self._to_rate is not None)
            known = self._codes[raw] = (
                code,
                _rate(from_rate) if usable and from_rate else None,
                same,
            )
        return known

    def factor(self, raw_code: str) -> Decimal | None:
        """What an amount in ``raw_code`` is multiplied by to be in the target currency before
        rounding (1 for the target itself); None without a rate. For column-wise conversion
        (``core.inventory.sales_columns``), which checks its rounding against ``__call__``."""
        _code, from_rate, same = self.code(raw_code)
        if same:
            return Decimal(1)
        if from_rate is None or self._to_rate is None:
            return None
        return from_rate / self._to_rate

    def __call__(self, value: float | Decimal | None, raw_code: str) -> Decimal | None:
        if value is None:
            return None
        _code, from_rate, same = self.code(raw_code)
        exact = value if isinstance(value, Decimal) else amount(value)
        if exact is None:
            return None
        if not same:
            if from_rate is None or self._to_rate is None:
                return None
            exact = exact * from_rate
            if self._to_rate != 1:
                exact = exact / self._to_rate
        return exact.quantize(self.quantum, rounding=ROUND_HALF_UP)
