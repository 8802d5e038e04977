"""Every fit rule on constructed SKUs, against scores worked out by hand from the default rules
(resources/reference/platform_fit.json: base 50; price band +15 inside, −10 outside; fees −10
under 15 % left, +5 at 35 % or more; too heavy −15; priority +10/+5/0, unranked −5, off-target
market −10; −5 per missing certification, at most −20; a platform not in the market −40)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from core.goals import plan
from core.matrix import compliance
from core.matrix.cells import place, set_cell
from core.matrix.fit import FitContext, FitSubject, fit_score
from core.matrix.grid import CellState, load_matrix
from core.matrix.rules import (
    default_rules,
    fit_rules,
    reset_fit_rules,
    rules_are_edited,
    save_fit_rules,
)
from tests.matrix_shop import build_shop

BOTH_ENGINES = True  # issue 13: the core suite runs on SQLite and PostgreSQL

RATES = {"CNY": 1.0, "USD": 7.2, "EUR": 7.8}


def _subject(price="30", cost_cny="50", category="Home", weight=500.0, hazards=()):
    price_base = Decimal(price) * Decimal("7.2")
    margin = (price_base - Decimal(cost_cny)) / price_base
    return FitSubject(1, category, Decimal(price), "USD", margin, weight, frozenset(hazards))


def _points(score):
    return {c.rule: c.points for c in score.contributions}


def _score(subject, platform, market="US", **context):
    ctx = FitContext(rules=default_rules(), rates=RATES, **context)
    return fit_score(subject, platform, platform.title(), market, ctx)


def test_home_product_at_30_usd():
    # margin (216 − 50) ÷ 216 = 76.9 %: after any fee ≥ 35 % left → +5 everywhere.
    subject = _subject()
    amazon = _score(subject, "amazon")
    assert _points(amazon) == {"price_band": 15, "category": 5, "fees": 5}
    assert amazon.score == 75
    assert _score(subject, "tiktok").score == 50 + 15 + 10 + 5  # impulse band 5–40, home +10
    ali = _score(subject, "aliexpress")
    assert _points(ali) == {"price_band": -10, "fees": 5}  # 30 > 25: above the basket
    assert ali.score == 45
    assert _score(subject, "etsy").score == 50 + 15 - 15 + 5  # not handmade: −15
    assert (
        "30.00 USD is above Aliexpress's typical basket (1–25 USD)."
        in ali.contributions[0].reason.render()
    )


def test_handmade_is_etsy_and_high_ticket_is_amazon_not_tiktok():
    handmade = _subject(price="45", cost_cny="100", category="Handmade jewellery")
    # margin (324 − 100) ÷ 324 = 69.1 %
    assert _points(_score(handmade, "etsy")) == {"price_band": 15, "category": 20, "fees": 5}
    expensive = _subject(price="120", cost_cny="300", category="Home")
    assert _points(_score(expensive, "amazon"))["price_band"] == 15
    assert _points(_score(expensive, "tiktok"))["price_band"] == -10


def test_thin_margin_battery_and_weight_on_aliexpress():
    # 12 USD = 86.4 CNY, cost 70: margin 18.98 %; AliExpress 8 % → 10.98 % left < 15 % → −10.
    subject = _subject("12", "70", "3C Electronics", 2500, {"has_battery"})
    score = _score(subject, "aliexpress")
    assert [(c.rule, c.points) for c in score.contributions] == [
        ("price_band", 15),
        ("category", 5),
        ("fees", -10),
        ("logistics", -15),  # 2500 g > 2000 g
        ("logistics", -15),  # battery
    ]
    assert score.score == 50 + 15 + 5 - 10 - 15 - 15
    assert "only 11.0 % margin is left" in score.contributions[2].reason.render()
    # Amazon: 8 % band inside 20–500? No: 12 < 20 → −10; fees 15 % → 3.98 % left → −10;
    # battery −5; 2500 g is fine for FBA.
    assert _points(_score(subject, "amazon")) == {
        "price_band": -10,
        "category": 5,
        "fees": -10,
        "logistics": -5,
    }


def test_middle_margin_gives_no_fee_points():
    # 8 USD = 57.6 CNY, cost 40: margin 30.56 %; TikTok 8 % → 22.56 %: between 15 % and 35 %.
    assert "fees" not in _points(_score(_subject("8", "40"), "tiktok"))


def test_priority_and_target_markets():
    subject = _subject()
    context = {"priority": ["tiktok", "amazon", "etsy", "shopify"], "target_markets": ["US"]}
    assert _points(_score(subject, "tiktok", **context))["priority"] == 10
    assert _points(_score(subject, "amazon", **context))["priority"] == 5
    assert _points(_score(subject, "etsy", **context))["priority"] == 0
    assert _points(_score(subject, "shopify", **context))["priority"] == 0  # past the list
    ali = _score(subject, "aliexpress", "DE", **context)
    assert _points(ali) == {"price_band": -10, "fees": 5, "priority": -5, "market": -10}
    assert ali.score == 30


def test_platform_not_in_market_and_unknown_platform():
    subject = _subject("10", "20")
    shopee = _score(subject, "shopee", "DE")
    assert _points(shopee)["served"] == -40
    assert "Shopee does not sell in DE." in [c.reason.render() for c in shopee.contributions]
    assert _points(_score(subject, "shopee", "MY")).get("served") is None
    unknown = _score(subject, "walmart")
    assert unknown.score == 50 and _points(unknown) == {"served": 0}


def test_score_stays_within_0_and_100():
    rules = default_rules()
    rules["base"] = 95
    ctx = FitContext(rules=rules, rates=RATES)
    assert fit_score(_subject(), "tiktok", "TikTok", "US", ctx).score == 100
    rules["base"] = 0
    assert fit_score(_subject(), "aliexpress", "AliExpress", "US", ctx).score == 0


def test_no_price_or_rate_is_said_not_guessed():
    subject = FitSubject(1, "Home", None, "USD", None, None)
    score = _score(subject, "amazon")
    assert _points(score) == {"price_band": 0, "category": 5, "fees": 0}
    gbp = FitSubject(1, "Home", Decimal(20), "GBP", None, None)
    assert (
        "No exchange rate from GBP to USD" in _score(gbp, "amazon").contributions[0].reason.render()
    )


@pytest.fixture
def shop(workspace):
    build_shop(workspace)
    return workspace


def test_compliance_lowers_the_score_until_signed_off(shop):
    with shop.session() as s:
        matrix = load_matrix(s)
        needed = [r.id for r in matrix.open_compliance(2, "DE")]
    # The power bank (battery → electrical) in DE, from compliance.json.
    assert needed == ["ce_emc", "rohs", "weee", "eu_battery", "un38_3", "gpsr", "de_lucid"]
    with shop.session() as s:
        fit = load_matrix(s).fit(load_matrix(s).cell(2, 1, 2))
    assert _points(fit)["compliance"] == -20  # 7 × −5 = −35, floored at −20
    with shop.transaction() as s:
        for requirement in needed:
            compliance.set_signed_off(s, 2, "DE", requirement)
    with shop.session() as s:
        matrix = load_matrix(s)
        assert matrix.open_compliance(2, "DE") == []
        assert "compliance" not in _points(matrix.fit(matrix.cell(2, 1, 2)))
    with shop.transaction() as s:
        compliance.set_signed_off(s, 2, "DE", needed[0], done=False)
    with shop.session() as s:
        matrix = load_matrix(s)
        assert [r.id for r in matrix.open_compliance(2, "DE")] == [needed[0]]
        assert _points(matrix.fit(matrix.cell(2, 1, 2)))["compliance"] == -5


def test_cells_use_the_listing_price_and_workspace_rules(shop):
    with shop.transaction() as s:
        plan.set_platform_priority(s, [1])
    with shop.session() as s:
        matrix = load_matrix(s)
        cell = matrix.cell(1, 1, 1)  # S1 on Amazon US
        fit = matrix.fit(cell)
    # 50 + 15 (30 USD inside) + 5 (home) + 5 (fees) + 10 (priority 1) − 5 (Prop 65, which
    # compliance.json asks of every consumer product sold in the US, not signed off) = 80.
    assert _points(fit) == {
        "price_band": 15,
        "category": 5,
        "fees": 5,
        "priority": 10,
        "compliance": -5,
    }
    assert fit.score == 80
    with shop.transaction() as s:
        set_cell(s, 1, 1, 1, CellState(price=18.0, currency="USD"))
    with shop.session() as s:
        matrix = load_matrix(s)
        assert _points(matrix.fit(matrix.cell(1, 1, 1)))["price_band"] == -10  # 18 < 20
    rules = default_rules()
    rules["price_band"]["below"] = -25
    with shop.transaction() as s:
        save_fit_rules(s, rules)
        assert rules_are_edited(s)
    with shop.session() as s:
        matrix = load_matrix(s)
        assert _points(matrix.fit(matrix.cell(1, 1, 1)))["price_band"] == -25
    with shop.transaction() as s:
        reset_fit_rules(s)
        assert fit_rules(s)["price_band"]["below"] == -10


def test_bad_rules_are_refused(shop):
    with shop.transaction() as s:
        rules = default_rules()
        rules["platforms"]["amazon"]["price_band"] = [500, 20]
        with pytest.raises(ValueError, match="low to high"):
            save_fit_rules(s, rules)
        rules = default_rules()
        rules["fees"]["thin_points"] = "ten"
        with pytest.raises(ValueError, match="must be a number"):
            save_fit_rules(s, rules)
        with pytest.raises(ValueError, match="base score"):
            save_fit_rules(s, {"base": 120})
        assert not rules_are_edited(s)
        place(s, 1, 1, 1)
