"""The currencies cross-border sellers meet most, with approximate rates to start from.

A new workspace knows only its base currency; the rates dialog offers these so a seller
edits six numbers instead of typing six codes. They are rough starting points (CNY per unit,
rounded, mid-2025), never fetched: the dialog says so and asks for the date the seller's own
rates are from ("as of"), kept in the workspace settings.
"""

from __future__ import annotations

from datetime import date

from sqlmodel import Session

from core import currency
from core.models import Setting

# Approximate CNY per unit (mid-2025, rounded). The seller is asked to correct them.
APPROXIMATE_CNY = {
    "CNY": 1.0,
    "USD": 7.2,
    "EUR": 8.0,
    "GBP": 9.5,
    "JPY": 0.05,
    "CAD": 5.2,
    "AUD": 4.7,
}
COMMON = ("USD", "EUR", "GBP", "JPY", "CAD", "AUD", "CNY")
AS_OF_KEY = "rates_as_of"


def suggested_rates(base: str, known: dict[str, float]) -> dict[str, float]:
    """Common currencies not in ``known``, with an approximate rate into ``base`` (cross rates
    through CNY); empty when the base itself is not one of them."""
    if base not in APPROXIMATE_CNY:
        return {}
    per_base = APPROXIMATE_CNY[base]
    return {
        code: round(APPROXIMATE_CNY[code] / per_base, 6)
        for code in COMMON
        if code != base and code not in known
    }


def add_suggested(session: Session) -> list[str]:
    """Add every missing common currency at its approximate rate; returns the codes added."""
    base = currency.base_currency(session)
    added = suggested_rates(base, currency.rates(session))
    for code, rate in added.items():
        currency.set_rate(session, code, rate)
    return list(added)


def example_rate(base: str) -> tuple[str, float]:
    """A currency other than the base and its approximate rate, for hints ("USD → 7.2")."""
    other = "USD" if base != "USD" else "EUR"
    per_base = APPROXIMATE_CNY.get(base)
    return other, round(APPROXIMATE_CNY[other] / per_base, 4) if per_base else 1.0


def rates_as_of(session: Session) -> date | None:
    row = session.get(Setting, AS_OF_KEY)
    try:
        return date.fromisoformat(row.value) if row else None
    except ValueError:
        return None


def set_rates_as_of(session: Session, day: date) -> None:
    row = session.get(Setting, AS_OF_KEY) or Setting(key=AS_OF_KEY, value="")
    row.value = day.isoformat()
    session.add(row)
    session.flush()
