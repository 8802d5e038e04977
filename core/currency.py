"""The workspace's base currency and its editable exchange-rate table (offline, typed in).

A rate says how many units of the base currency one unit of a currency buys, e.g. USD → 7.20
when the base is CNY. The base itself always converts at 1.0.
"""

from __future__ import annotations

import math
import re

from sqlmodel import Session, select

from core.i18n import QT_TRANSLATE_NOOP, Message
from core.models import ExchangeRate, Setting

BASE_CURRENCY_KEY = "base_currency"
DEFAULT_BASE = "CNY"
_CODE = re.compile(r"^[A-Z]{3}$")


def _error(text: str, **params) -> ValueError:
    return ValueError(Message("Currency", text, params))


def normalise_code(currency: str) -> str:
    return (currency or "").strip().upper()


def base_currency(session: Session) -> str:
    row = session.get(Setting, BASE_CURRENCY_KEY)
    code = normalise_code(row.value) if row else ""
    return code if _CODE.match(code) else DEFAULT_BASE


def rates(session: Session) -> dict[str, float]:
    """Currency → units of base currency per unit; the base is always present at 1.0."""
    result = {
        normalise_code(row.currency): float(row.to_base)
        for row in session.exec(select(ExchangeRate)).all()
        if row.to_base is not None and math.isfinite(row.to_base) and row.to_base > 0
    }
    result[base_currency(session)] = 1.0
    return result


def validate_code(currency: str) -> str:
    """The upper-case code, or ValueError(Message) when it is not three letters."""
    code = normalise_code(currency)
    if not _CODE.match(code):
        raise _error(
            QT_TRANSLATE_NOOP(
                "Currency", '"{code}" is not a currency code: use three letters such as USD.'
            ),
            code=currency,
        )
    return code


def validate_rate(currency: str, to_base) -> tuple[str, float]:
    code = validate_code(currency)
    try:
        value = float(to_base)
    except (TypeError, ValueError):
        raise _error(
            QT_TRANSLATE_NOOP("Currency", "The rate for {code} must be a number."), code=code
        ) from None
    if not math.isfinite(value) or value <= 0:
        raise _error(
            QT_TRANSLATE_NOOP(
                "Currency", "The rate for {code} must be a number greater than zero."
            ),
            code=code,
        )
    return code, value


def set_rate(session: Session, currency: str, to_base: float) -> None:
    """Add or change one rate (the caller commits). The base currency stays at 1.0."""
    code, value = validate_rate(currency, to_base)
    if code == base_currency(session) and value != 1.0:
        raise _error(
            QT_TRANSLATE_NOOP("Currency", "{code} is the base currency: its rate is always 1."),
            code=code,
        )
    row = session.get(ExchangeRate, code)
    if row is None:
        session.add(ExchangeRate(currency=code, to_base=value))
    else:
        row.to_base = value
        session.add(row)
    session.flush()


def delete_rate(session: Session, currency: str) -> None:
    code = normalise_code(currency)
    if code == base_currency(session):
        raise _error(
            QT_TRANSLATE_NOOP("Currency", "{code} is the base currency and cannot be deleted."),
            code=code,
        )
    row = session.get(ExchangeRate, code)
    if row is not None:
        session.delete(row)
        session.flush()


def convert(
    amount: float | None, from_currency: str, to_currency: str, rate_table: dict[str, float]
) -> float | None:
    """``amount`` in ``to_currency``, or None when the amount or a rate is missing."""
    if amount is None:
        return None
    source, target = normalise_code(from_currency), normalise_code(to_currency)
    if source == target:
        return float(amount)
    from_rate, to_rate = rate_table.get(source), rate_table.get(target)
    if not from_rate or not to_rate:
        return None
    return float(amount) * from_rate / to_rate


def set_base_currency(session: Session, new_base: str) -> None:
    """Compare money in ``new_base`` from now on; every rate is restated against it, so no
    amount changes its value (the caller commits)."""
    code = normalise_code(new_base)
    table = rates(session)
    if code == base_currency(session):
        return
    if code not in table:
        raise _error(
            QT_TRANSLATE_NOOP(
                "Currency",
                "Add a rate for {code} first: the new base needs one to restate the others.",
            ),
            code=code,
        )
    pivot = table[code]
    for other, rate in table.items():
        row = session.get(ExchangeRate, other)
        if row is None:  # the old base had no row of its own
            row = ExchangeRate(currency=other, to_base=1.0)
        row.to_base = 1.0 if other == code else rate / pivot
        session.add(row)
    session.merge(Setting(key=BASE_CURRENCY_KEY, value=code))
    session.flush()
