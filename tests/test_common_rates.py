"""Common currencies offered to a new workspace, rates into any base, the "as of" date."""

from __future__ import annotations

from datetime import date

import pytest

from core import common_rates, currency


def test_a_new_workspace_gets_the_common_currencies_with_editable_rates(workspace):
    with workspace.transaction() as session:
        added = common_rates.add_suggested(session)
    assert set(added) == {"USD", "EUR", "GBP", "JPY", "CAD", "AUD"}  # base CNY itself is there
    with workspace.session() as session:
        table = currency.rates(session)
    assert table["USD"] == 7.2 and table["JPY"] == 0.05
    with workspace.transaction() as session:
        assert common_rates.add_suggested(session) == []  # nothing twice


def test_cross_rates_for_another_base():
    usd = common_rates.suggested_rates("USD", {"USD": 1.0})
    assert usd["CNY"] == pytest.approx(1 / 7.2, rel=1e-5)
    assert usd["EUR"] == pytest.approx(8.0 / 7.2, rel=1e-5)
    assert "USD" not in usd
    assert common_rates.suggested_rates("CHF", {}) == {}  # no guess for an unknown base


def test_hint_example_is_never_the_base_itself():
    assert common_rates.example_rate("CNY") == ("USD", 7.2)
    code, rate = common_rates.example_rate("USD")
    assert code == "EUR" and rate == pytest.approx(8.0 / 7.2, rel=1e-3)


def test_as_of_date_is_kept(workspace):
    with workspace.session() as session:
        assert common_rates.rates_as_of(session) is None
    with workspace.transaction() as session:
        common_rates.set_rates_as_of(session, date(2026, 11, 30))
    with workspace.session() as session:
        assert common_rates.rates_as_of(session) == date(2026, 11, 30)


# conftest runs this module's workspace tests on SQLite and on PostgreSQL.
BOTH_ENGINES = True
