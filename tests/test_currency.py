"""The editable exchange-rate table and conversion through the base currency."""

from __future__ import annotations

import math

import pytest

from core import currency
from core.i18n import Message
from core.models import ExchangeRate, Setting


def test_base_defaults_to_cny_and_is_always_one(workspace):
    with workspace.session() as session:
        assert currency.base_currency(session) == "CNY"
        assert currency.rates(session) == {"CNY": 1.0}


def test_base_follows_the_setting(workspace):
    workspace.set_setting("base_currency", "usd")
    with workspace.transaction() as session:
        currency.set_rate(session, "cny", 0.14)
    with workspace.session() as session:
        assert currency.base_currency(session) == "USD"
        assert currency.rates(session) == {"USD": 1.0, "CNY": 0.14}


def test_set_rate_adds_and_changes_a_rate(workspace):
    with workspace.transaction() as session:
        currency.set_rate(session, " usd ", 7.2)
        currency.set_rate(session, "EUR", "7.8")
    with workspace.transaction() as session:
        currency.set_rate(session, "USD", 7.1)
    with workspace.session() as session:
        assert currency.rates(session) == {"CNY": 1.0, "USD": 7.1, "EUR": 7.8}
        assert session.get(ExchangeRate, "USD").to_base == 7.1


@pytest.mark.parametrize(
    "code, rate",
    [
        ("US", 7.2),
        ("USDX", 7.2),
        ("12$", 7.2),
        ("", 1.0),
        ("USD", 0),
        ("USD", -1),
        ("USD", math.nan),
        ("USD", math.inf),
        ("USD", "seven"),
        ("USD", None),
    ],
)
def test_set_rate_rejects_bad_input_and_changes_nothing(workspace, code, rate):
    with pytest.raises(ValueError) as info:
        with workspace.transaction() as session:
            currency.set_rate(session, "JPY", 0.048)
            currency.set_rate(session, code, rate)
    message = info.value.args[0]
    assert isinstance(message, Message) and message.context == "Currency"
    assert message.render()  # formats without a KeyError
    with workspace.session() as session:
        assert currency.rates(session) == {"CNY": 1.0}  # the whole transaction rolled back


def test_base_rate_cannot_change_or_be_deleted(workspace):
    with workspace.transaction() as session:
        with pytest.raises(ValueError):
            currency.set_rate(session, "CNY", 2.0)
        currency.set_rate(session, "CNY", 1.0)  # harmless
        with pytest.raises(ValueError) as info:
            currency.delete_rate(session, "cny")
    assert "base currency" in info.value.args[0].render()


def test_delete_rate(workspace):
    with workspace.transaction() as session:
        currency.set_rate(session, "USD", 7.2)
    with workspace.transaction() as session:
        currency.delete_rate(session, "usd")
        currency.delete_rate(session, "GBP")  # absent: nothing to do
    with workspace.session() as session:
        assert currency.rates(session) == {"CNY": 1.0}


def test_unreadable_base_setting_falls_back_to_cny(workspace):
    with workspace.transaction() as session:
        session.merge(Setting(key="base_currency", value="not a code"))
    with workspace.session() as session:
        assert currency.base_currency(session) == "CNY"
        assert currency.rates(session) == {"CNY": 1.0}


def test_convert():
    table = {"CNY": 1.0, "USD": 7.2, "EUR": 7.8}
    assert currency.convert(10, "USD", "CNY", table) == pytest.approx(72.0)
    assert currency.convert(72, "CNY", "USD", table) == pytest.approx(10.0)
    assert currency.convert(10, "EUR", "USD", table) == pytest.approx(78 / 7.2)
    assert currency.convert(5, "GBP", "GBP", table) == 5.0  # same currency needs no rate
    assert currency.convert(5, "GBP", "CNY", table) is None
    assert currency.convert(5, "CNY", "GBP", table) is None
    assert currency.convert(None, "USD", "CNY", table) is None


def test_changing_the_base_restates_every_rate_without_changing_values(demo):
    from core import currency

    with demo.session() as session:
        before = currency.rates(session)
        price_in_eur = currency.convert(100, "USD", "EUR", before)
    with demo.transaction() as session:
        currency.set_base_currency(session, "usd")
    with demo.session() as session:
        after = currency.rates(session)
        assert currency.base_currency(session) == "USD"
    assert after["USD"] == 1.0
    assert after["CNY"] == pytest.approx(1 / 7.2)
    assert after["EUR"] == pytest.approx(7.8 / 7.2)
    assert currency.convert(100, "USD", "EUR", after) == pytest.approx(price_in_eur)


def test_a_base_without_a_rate_is_refused_and_nothing_changes(demo):
    from core import currency

    with pytest.raises(ValueError) as info:
        with demo.transaction() as session:
            currency.set_base_currency(session, "AUD")
    assert "AUD" in info.value.args[0].render()
    with demo.session() as session:
        assert currency.base_currency(session) == "CNY"


# conftest runs this module's workspace tests on SQLite and on PostgreSQL.
BOTH_ENGINES = True
