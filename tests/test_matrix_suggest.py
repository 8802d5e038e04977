"""Role suggestions: every rule on constructed SKU facts (thresholds of the default rules:
high margin 35 %, low 20 %, image rank ≥ 0.75, defensive rank ≤ 0.25), accepting them, and
the facts read from step 2's review."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from core.goals import plan
from core.matrix.cells import place, set_cell
from core.matrix.grid import CellState, load_matrix
from core.matrix.rules import default_rules
from core.matrix.suggest import (
    PriceRanks,
    SkuFacts,
    accept_suggestions,
    platform_role,
    product_role,
    sku_facts,
    suggest_roles,
)
from core.models import SalesRecord
from tests.matrix_shop import build_shop

BOTH_ENGINES = True  # issue 13: the core suite runs on SQLite and PostgreSQL

RULES = default_rules()
NO_RANKS = PriceRanks()


def _role(**facts):
    fact = SkuFacts(sku_id=1, has_sales=True, **facts)
    return product_role(fact, NO_RANKS, RULES)


@pytest.mark.parametrize(
    ("facts", "role"),
    [
        ({"lifecycle": "decline", "abc": "A", "margin": 0.5}, "traffic"),
        ({"flags": frozenset({"aged_stock"}), "margin": 0.5}, "traffic"),
        ({"flags": frozenset({"slow_mover"}), "margin": 0.5}, "traffic"),
        ({"lifecycle": "intro", "abc": "A", "margin": 0.5}, "potential"),
        ({"abc": "A", "margin": None}, "potential"),
        ({"abc": "A", "margin": 0.35}, "hero"),  # 35 % is "at or above"
        ({"abc": "A", "margin": 0.3499}, "profit"),  # not hero, not thin: profit (rule 9)
        ({"abc": "B", "margin": 0.1999}, "traffic"),
        ({"abc": "A", "margin": 0.05}, "traffic"),
        ({"abc": "C", "margin": 0.1}, "traffic"),  # class C thin: rule 9, not "volume"
        ({"abc": "B", "margin": 0.4}, "profit"),
        ({"abc": "", "margin": 0.2}, "profit"),
    ],
)
def test_product_role_rules(facts, role):
    assert _role(**facts)[0] == role


def test_no_sales_is_potential_and_reasons_give_numbers():
    assert product_role(SkuFacts(1, margin=0.6, abc=""), NO_RANKS, RULES)[0] == "potential"
    role, why = _role(abc="B", margin=0.125)
    assert why.render() == (
        "Sells in volume (class B) at a thin 12.5 % margin: it brings shoppers in."
    )
    assert _role(abc="A", margin=0.4)[1].render() == (
        "Class A (top 80 % of revenue) with a 40.0 % margin: a hero."
    )


def test_price_rank_within_category_picks_image_and_defensive():
    # Five Home SKUs priced 10, 20, 30, 40, 50: ranks 0, 0.25, 0.5, 0.75, 1.
    facts = [SkuFacts(i, "Home", 0.3, "C", "mature", Decimal(10 * i), True) for i in range(1, 6)]
    # Three Pet SKUs: too few to rank.
    facts += [SkuFacts(10 + i, "Pet", 0.3, "C", "mature", Decimal(i), True) for i in range(3)]
    ranks = PriceRanks.of(facts)
    assert ranks.ranks == {1: 0.0, 2: 0.25, 3: 0.5, 4: 0.75, 5: 1.0}
    roles = [product_role(f, ranks, RULES)[0] for f in facts]
    # 30 % margin: not hero/profit by margin; 0.75 and 1 → image; 0 and 0.25 → defensive.
    assert roles == ["defensive", "defensive", "profit", "image", "image"] + ["profit"] * 3
    thin = SkuFacts(5, "Home", 0.1, "C", "mature", Decimal(50), True)
    assert product_role(thin, ranks, RULES)[0] == "traffic"  # dear but thin: not image


def test_platform_role_rules():
    clearance = SkuFacts(1, lifecycle="decline", has_sales=True)
    assert platform_role(clearance, "traffic", "main")[0] == "clearance"
    plain = SkuFacts(1, margin=0.3, has_sales=True)
    assert platform_role(plain, "profit", "test")[0] == "test"  # step 3 decides
    reason = platform_role(plain, "profit", "test")[1].render()
    assert reason == "Step 3 gives this platform the role Test here."
    assert platform_role(plain, "potential", None)[0] == "test"
    assert platform_role(plain, "profit", None)[0] == "main"


@pytest.fixture
def shop(workspace):
    build_shop(workspace)
    return workspace


def test_suggest_and_accept_on_listings(shop):
    with shop.transaction() as s:
        plan.set_platform_role(s, 3, 1, "clearance")
        place(s, 1, 1, 1, product_role="hero")
        place(s, 2, 3, 1)
        place(s, 3, 2, 1)
    facts = {
        1: SkuFacts(1, "Home", 0.4, "A", "mature", Decimal(216), True),
        2: SkuFacts(2, "3C", 0.19, "B", "decline", Decimal(86), True),
        3: SkuFacts(3, "Home", None, "", "", Decimal(58), False),
    }
    with shop.session() as s:
        suggestions = suggest_roles(load_matrix(s), facts)
    got = {x.key: (x.product_role, x.platform_role, x.differs) for x in suggestions}
    assert got == {
        (1, 1, 1): ("hero", "main", True),  # platform role still empty
        (2, 3, 1): ("traffic", "clearance", True),
        (3, 2, 1): ("potential", "test", True),
    }
    with shop.transaction() as s:
        set_cell(s, 1, 1, 1, CellState(product_role="image", platform_role=None))
        changed = accept_suggestions(s, suggestions, only_unassigned=True)
    assert [key for key, _ in changed] == [(2, 3, 1), (1, 1, 1), (3, 2, 1)]  # grid order
    with shop.session() as s:
        matrix = load_matrix(s)
        assert matrix.cell(1, 1, 1).product_role == "image"  # the seller's choice stays
        assert matrix.cell(1, 1, 1).platform_role == "main"
        assert matrix.cell(2, 3, 1).product_role == "traffic"
    # Undo: put the states back.
    with shop.transaction() as s:
        for key, before in changed:
            set_cell(s, *key, before)
    with shop.session() as s:
        assert load_matrix(s).cell(2, 3, 1).product_role is None


def test_facts_from_step_2_review(shop):
    # S1 sold 10 units for 300 USD in October 2026: realised margin (2160 − 500) ÷ 2160.
    with shop.transaction() as s:
        s.add(
            SalesRecord(
                sku_id=1,
                platform_id=1,
                market_id=1,
                month=date(2026, 10, 1),
                units=10,
                revenue=300.0,
                currency="USD",
            )
        )
    with shop.session() as s:
        facts = sku_facts(s, date(2026, 11, 15))
    assert facts[1].has_sales and facts[1].abc == "A"
    assert facts[1].margin == pytest.approx((2160 - 500) / 2160)
    assert facts[1].price == Decimal("216.00")
    assert not facts[2].has_sales and facts[2].abc == ""


def test_suggestion_for_a_cell_not_listed_yet(shop):
    with shop.transaction() as s:
        plan.set_platform_role(s, 2, 1, "test")
    facts = {1: SkuFacts(1, "Home", 0.4, "A", "mature", Decimal(216), True)}
    with shop.session() as s:
        matrix = load_matrix(s)
    from core.matrix.suggest import suggest_for_cell

    suggestion = suggest_for_cell(matrix, facts, 1, 2, 1)
    assert (suggestion.product_role, suggestion.platform_role) == ("hero", "test")
    assert suggestion.current_product_role is None and suggestion.differs
    assert suggest_for_cell(matrix, facts, 99, 2, 1) is None
