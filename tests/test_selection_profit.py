"""The landed-cost and profit calculator against cases worked out by hand (the issue's contract)."""

from __future__ import annotations

import json
from decimal import Decimal as D

import pytest

from core.cli import main
from core.currency import set_rate
from core.selection import profit
from core.selection.reference import category_key, fee_defaults, load_reference


def run(capsys, *argv):
    code = main(["profit", *argv])
    out = capsys.readouterr()
    return code, out.out, out.err


def test_vat_market_by_hand(capsys):
    # Germany, everything in EUR. P = 29.99, VAT 19 %:
    # N = 29.99 / 1.19 = 25.2017        landed = (10 + 1.20) × 1.04 = 11.648
    # U0 = 25.2017 − 11.648 − 0.15×29.99 (4.4985) − 3.40 − 0.05×10 (0.50) = 5.1552
    # U = 5.1552 − 0.10 × 25.2017 = 2.6350; margin = 2.6350 / 25.2017 = 0.1046
    # break-even ACoS = 5.1552 / 25.2017 = 0.2046
    # break-even price = (11.648 + 3.40 + 0.50) / (0.90/1.19 − 0.15) = 15.548 / 0.60630 = 25.64
    code, out, _ = run(
        capsys,
        *"--price 29.99 --currency EUR --cost 10 --cost-currency EUR --freight 1.2 --duty 4".split(),
        *"--vat 19 --referral 15 --fulfilment 3.40 --return-rate 5 --return-loss 10".split(),
        *"--tacos 10 --json".split(),
    )
    assert code == 0
    assert json.loads(out) == {
        "net_price": 25.2,
        "unit_profit": 2.64,
        "net_margin": 0.1046,
        "break_even_acos": 0.2046,
        "break_even_price": 25.64,
        "currency": "EUR",
    }


def test_currency_conversion_through_the_workspace_rates(capsys, workspace):
    # Base CNY, 1 USD = 7.20 CNY: a cost of 36 CNY is 5.00 USD.
    # landed = (5.00 + 1.50) × 1.10 = 7.15; U0 = 19.99 − 7.15 − 2.9985 − 3.40 = 6.4415
    # U = 6.4415 − 1.999 = 4.4425 → 4.44; margin 4.4425/19.99 = 0.2222; ACoS 0.3222
    # break-even price = (7.15 + 3.40) / (0.90 − 0.15) = 14.0667 → 14.07
    with workspace.transaction() as session:
        set_rate(session, "USD", 7.2)
    code, out, _ = run(
        capsys,
        *"--price 19.99 --currency usd --cost 36 --cost-currency CNY --freight 1.50".split(),
        *"--duty 10 --referral 15 --fulfilment 3.40 --tacos 10 --json".split(),
        "--rates",
        workspace.location,
    )
    assert code == 0, out
    data = json.loads(out)
    assert data == {
        "net_price": 19.99,
        "unit_profit": 4.44,
        "net_margin": 0.2222,
        "break_even_acos": 0.3222,
        "break_even_price": 14.07,
        "currency": "USD",
    }


def test_cross_rate_between_two_foreign_currencies():
    # 10 EUR at 7.80 CNY, sold in JPY at 0.048 CNY: 10 × 7.80 / 0.048 = 1625 JPY.
    rates = profit.rate_table({"CNY": 1.0, "EUR": 7.8, "JPY": 0.048})
    inputs = profit.ProfitInputs(price=D(3000), currency="JPY", cost=D(10), cost_currency="EUR")
    result = profit.calculate(inputs, rates)
    assert result.landed_cost == D(1625)
    assert result.unit_profit == D(1375)


def test_impossible_break_even_price_is_null_with_a_message(capsys):
    # (1 − 0.20)/(1 + 0) − 0.60 − 0.30 = −0.10 ≤ 0: no price can ever cover the costs.
    code, out, err = run(
        capsys,
        *"--price 10 --currency USD --cost 1 --cost-currency USD --referral 60".split(),
        *"--payment 30 --tacos 20 --json".split(),
    )
    assert code == 0
    data = json.loads(out)
    assert data["break_even_price"] is None
    # U0 = 10 − 1 − 6 − 3 = 0; U = 0 − 2 = −2
    assert data["unit_profit"] == -2.0 and data["net_margin"] == -0.2
    assert "No price breaks even" in err


def test_denominator_exactly_zero_is_null_too():
    inputs = profit.ProfitInputs(
        price=D(10), currency="USD", cost=D(1), referral=D("0.5"), payment=D("0.5")
    )
    result = profit.calculate(inputs)
    assert result.break_even_price is None and result.notes


def test_money_rounds_half_up_exactly():
    # 10.01 − 5.005 = 5.005 exactly: half-up gives 5.01 (floats or banker's rounding 5.00).
    inputs = profit.ProfitInputs(price=D("10.01"), currency="USD", cost=D("5.005"))
    assert profit.calculate(inputs).as_json()["unit_profit"] == 5.01


@pytest.mark.parametrize(
    "argv, words",
    [
        ("--price 10 --currency XYZ --cost 1 --cost-currency USD", ["XYZ"]),
        ("--price 10 --currency USD --cost 1 --cost-currency ABC", ["ABC"]),
        ("--price -5 --currency USD --cost 1 --cost-currency USD", ["price"]),
        ("--price ten --currency USD --cost 1 --cost-currency USD", ["--price", "ten"]),
        ("--price 10 --currency USD --cost -1 --cost-currency USD", ["cost"]),
        ("--price 10 --currency USD --cost 1 --cost-currency CNY", ["--rates", "CNY"]),
        ("--price 10 --currency USD --cost 1 --cost-currency USD --tacos 120", ["TACoS"]),
    ],
)
def test_errors_are_one_line_and_exit_1(capsys, argv, words):
    code, out, err = run(capsys, *argv.split(), "--json")
    assert code == 1 and out == ""
    assert err.startswith("error: ") and err.count("\n") == 1
    for word in words:
        assert word in err


def test_a_rate_missing_from_the_workspace_is_an_error(capsys, workspace):
    with workspace.transaction() as session:
        set_rate(session, "USD", 7.2)
    code, out, err = run(
        capsys,
        *"--price 10 --currency GBP --cost 5 --cost-currency CNY --json --rates".split(),
        workspace.location,
    )
    assert code == 1 and out == ""
    assert err.startswith("error: ") and "GBP" in err


def test_text_output_names_each_number(capsys):
    code, out, _ = run(capsys, *"--price 20 --currency USD --cost 5 --cost-currency USD".split())
    assert code == 0
    assert "Unit profit" in out and "15.00 USD" in out and "75.00 %" in out


def test_fee_defaults_come_with_source_and_date():
    fees = fee_defaults("amazon", "DE", "3C Electronics", weight_g=300)
    assert fees.currency == "EUR"
    assert fees.vat.value == 19 and fees.referral.value == 8 and fees.fulfilment.value == D("3.40")
    for estimate in (fees.vat, fees.duty, fees.referral, fees.payment, fees.fulfilment):
        assert estimate.source and estimate.verify_by
    us = fee_defaults("amazon", "US", "家居 Home", weight_g=None)
    assert us.vat.value == 0 and us.referral.value == 15 and "fulfilment" in us.missing
    assert category_key("宠物 Pet") == "pet" and category_key("Garden") == "default"


def test_every_reference_value_is_marked_as_an_estimate():
    table = load_reference("fees.json")
    entries = [row[key] for row in table["markets"].values() for key in ("vat", "duty")]
    entries += [row[key] for row in table["platforms"].values() for key in row]
    for entry in entries:
        assert entry["estimate"] is True and entry["source"] and entry["verify_by"] >= "2026-12"


# conftest runs this module's workspace tests on SQLite and on PostgreSQL.
BOTH_ENGINES = True
