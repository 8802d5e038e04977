"""Step 2's rules on the tiny hand-computed shop of tests/test_inventory_core.py: the
lifecycle rule and its overrides, the flags and their thresholds, and the step's state."""

from __future__ import annotations

from datetime import date

import pytest

from core import currency
from core.inventory.flags import Thresholds, load_thresholds, save_thresholds
from core.inventory.lifecycle import (
    LIFECYCLE_RULE,
    LIFECYCLE_STAGES,
    set_lifecycle_override,
    suggest_lifecycle,
)
from core.inventory.review import inventory_state
from core.models import Product, Setting, Sku
from core.steps import StepState
from tests import test_inventory_core as tiny

_by_code, _review = tiny._by_code, tiny._review
shop = tiny.shop  # the fixture


def test_lifecycle_rule_edges(shop):
    skus = _by_code(_review(shop))
    assert skus["AB-1"].lifecycle_suggested == "growth"  # exactly +20 %
    assert skus["CD-2"].lifecycle_suggested == "decline"  # exactly -20 %
    assert skus["EF-3"].lifecycle_suggested == "intro"  # only 2 months with sales
    # 12 months of history: compared with the 3 months before, not seasonally adjusted.
    assert skus["AB-1"].lifecycle_reason.params == {
        "last": 36,
        "before": 30,
        "change": "+20%",
        "history": 12,
    }
    assert "Not seasonally adjusted" in skus["AB-1"].lifecycle_reason.render()
    assert not skus["AB-1"].seasonally_adjusted
    assert "2 months" in skus["EF-3"].lifecycle_reason.render()
    assert set(LIFECYCLE_STAGES) == {"intro", "growth", "mature", "decline"}
    assert "20 %" in LIFECYCLE_RULE.render()

    months = [date(2026, m, 1) for m in range(1, 13)]
    flat = {m: 100 for m in months[:-3]}

    def stage(last_three, launched=date(2020, 1, 1), sales_months=12):
        units = flat | {m: u for m, u in zip(months[-3:], last_three, strict=True)}
        return suggest_lifecycle(units, months, sales_months, launched, date(2027, 1, 1))[0]

    assert stage([119, 120, 120]) == "mature"  # +19.67 %
    assert stage([120, 120, 120]) == "growth"
    assert stage([80, 80, 81]) == "mature"
    assert stage([80, 80, 80]) == "decline"
    assert stage([100, 100, 100], launched=date(2026, 9, 5)) == "intro"  # 118 days
    assert stage([100, 100, 100], sales_months=3) == "intro"
    assert stage([0, 0, 0]) == "decline"
    assert suggest_lifecycle({}, months, 0, None, date(2027, 1, 1))[0] == ""


def test_lifecycle_override_wins_and_clears(shop):
    with shop.transaction() as session:
        set_lifecycle_override(session, shop.ids["AB-1"], "mature")
    ab = _by_code(_review(shop))["AB-1"]
    assert (ab.lifecycle, ab.lifecycle_suggested, ab.lifecycle_overridden) == (
        "mature",
        "growth",
        True,
    )
    with pytest.raises(ValueError):
        with shop.transaction() as session:
            set_lifecycle_override(session, shop.ids["AB-1"], "booming")
    with shop.transaction() as session:
        set_lifecycle_override(session, shop.ids["AB-1"], None)
    assert _by_code(_review(shop))["AB-1"].lifecycle == "growth"


def test_flags_with_default_thresholds(shop):
    review = _review(shop)
    ids = shop.ids
    flags = {f.key: f for f in review.flags}
    assert set(flags) == {
        "missing_rate",
        "over_reliance_sku",
        "over_reliance_platform",
        "slow_mover",
        "aged_stock",
    }
    assert flags["missing_rate"].sku_ids == [ids["EF-3"]]
    assert flags["missing_rate"].severity == "error"
    assert "GBP" in flags["missing_rate"].message.render()
    assert flags["over_reliance_sku"].sku_ids == [ids["AB-1"]]
    assert "85%" in flags["over_reliance_sku"].message.render()
    # Amazon is 100 % of AB-1's and EF-3's revenue, 0 % of CD-2's.
    assert sorted(flags["over_reliance_platform"].sku_ids) == sorted([ids["AB-1"], ids["EF-3"]])
    assert flags["slow_mover"].sku_ids == [ids["AB-1"]]  # 153 days > 120; CD-2 77, EF-3 92
    assert flags["aged_stock"].sku_ids == [ids["AB-1"]]
    assert review.flags[0].severity == "error"  # errors come first
    skus = _by_code(review)
    assert set(skus["AB-1"].flags) == {
        "over_reliance_sku",
        "over_reliance_platform",
        "slow_mover",
        "aged_stock",
    }
    assert skus["CD-2"].flags == []


def test_flags_follow_thresholds(shop):
    relaxed = Thresholds(
        top_sku_share=0.9,
        top_platform_share=0.9,
        slow_mover_days_of_cover=160,
        aged_stock_days=250,
    )
    keys = {f.key for f in _review(shop, relaxed).flags}
    assert keys == {"missing_rate"}
    strict = Thresholds(slow_mover_days_of_cover=60, aged_stock_days=60)
    flags = {f.key: f for f in _review(shop, strict).flags}
    assert len(flags["slow_mover"].sku_ids) == 3
    assert sorted(flags["aged_stock"].sku_ids) == sorted([shop.ids["AB-1"], shop.ids["CD-2"]])


def test_thresholds_saved_validated_and_defaults(workspace):
    with workspace.session() as session:
        assert load_thresholds(session) == Thresholds()
    with workspace.transaction() as session:
        save_thresholds(session, Thresholds(top_sku_share=0.5, aged_stock_days=90))
    with workspace.session() as session:
        assert load_thresholds(session) == Thresholds(top_sku_share=0.5, aged_stock_days=90)
    for bad in (
        Thresholds(top_sku_share=0),
        Thresholds(top_platform_share=1.5),
        Thresholds(top_platform_share=float("nan")),
        Thresholds(aged_stock_days=0),
        Thresholds(slow_mover_days_of_cover=99999),
    ):
        with pytest.raises(ValueError) as info:
            with workspace.transaction() as session:
                save_thresholds(session, bad)
        assert info.value.args[0].render()
    with workspace.transaction() as session:
        session.merge(Setting(key="inventory_thresholds", value="{broken"))
    with workspace.session() as session:
        assert load_thresholds(session) == Thresholds()


def test_inventory_state(workspace, shop):
    with shop.session() as session:
        assert inventory_state(session) == StepState.IN_PROGRESS  # EF-3 has no GBP rate
    with shop.transaction() as session:
        currency.set_rate(session, "GBP", 9.0)
    with shop.session() as session:
        assert inventory_state(session) == StepState.DONE


def test_inventory_state_each_gap(demo):
    """Each thing the step needs, removed from one SKU of the (done) demo, makes it in
    progress again; a currency spelled " usd" still has its rate."""
    from sqlmodel import select

    def state() -> StepState:
        with demo.session() as session:
            return inventory_state(session)

    with demo.transaction() as session:
        sku = session.exec(select(Sku).order_by(Sku.id)).first()
        sku_id, product_id = sku.id, sku.product_id
        sku.price_currency = " usd"
    assert state() == StepState.DONE
    changes = [
        ("price_currency", "XYZ"),  # no rate
        ("cost_currency", "xyz"),
        ("price", 0.0),
        ("price", None),
        ("cost", None),
    ]
    for field_name, value in changes:
        with demo.transaction() as session:
            sku = session.get(Sku, sku_id)
            old = getattr(sku, field_name)
            setattr(sku, field_name, value)
        assert state() == StepState.IN_PROGRESS, field_name
        with demo.transaction() as session:
            setattr(session.get(Sku, sku_id), field_name, old)
        assert state() == StepState.DONE
    with demo.transaction() as session:
        session.add(Product(spu_code="NO-SKUS", name="Empty", category_id=None))
    assert state() == StepState.DONE  # a product without SKUs has nothing to review
    with demo.transaction() as session:
        session.get(Product, product_id).category_id = None
    assert state() == StepState.IN_PROGRESS


def test_inventory_state_empty(tmp_path):
    from core.workspace import open_workspace

    ws = open_workspace(tmp_path / "empty.matrixdesk", create=True)
    with ws.session() as session:
        assert inventory_state(session) == StepState.NOT_STARTED
    ws.close()


# conftest runs this module's workspace tests on SQLite and on PostgreSQL.
BOTH_ENGINES = True
