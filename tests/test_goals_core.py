"""Step 3 progress figures against hand-computed values on small constructed workspaces."""

from __future__ import annotations

import sqlite3
from datetime import date
from decimal import Decimal

import pytest
from sqlmodel import SQLModel, col, select

from core import migrations
from core.goals import plan
from core.goals.models import Goal
from core.goals.plan import GoalDraft, parse_target, smart_problems
from core.goals.progress import goal_progress
from core.goals.roles import GoalStatus
from core.goals.texts import progress_text
from core.models import (
    ExchangeRate,
    Listing,
    Market,
    Platform,
    Product,
    SalesRecord,
    Setting,
    Sku,
    TeamMember,
)
from core.steps import StepState

JAN, FEB, MAR = date(2026, 1, 1), date(2026, 2, 1), date(2026, 3, 1)


@pytest.fixture
def shop(workspace):
    """Base CNY; USD 7.2, EUR 7.8; Amazon and TikTok Shop in the US and DE; six SKUs."""
    with workspace.transaction() as s:
        s.merge(Setting(key="base_currency", value="CNY"))
        s.add_all(
            [ExchangeRate(currency="USD", to_base=7.2), ExchangeRate(currency="EUR", to_base=7.8)]
        )
        s.add_all(
            [
                Market(id=1, code="US", name="United States", currency="USD"),
                Market(id=2, code="DE", name="Germany", currency="EUR"),
            ]
        )
        s.add_all(
            [
                Platform(id=1, code="amazon", name="Amazon"),
                Platform(id=2, code="tiktok", name="TikTok Shop"),
            ]
        )
        s.add(TeamMember(id=1, name="Zhao Min", role="operations"))
        s.add(Product(id=1, spu_code="P1", name="Lamp"))
        for i in range(1, 7):
            s.add(Sku(id=i, product_id=1, sku_code=f"S{i}", cost=36.0, cost_currency="CNY"))
    return workspace


def _listing(s, sku, platform=1, market=1, status="active", role=None):
    s.add(
        Listing(
            sku_id=sku, platform_id=platform, market_id=market, status=status, product_role=role
        )
    )


def _sale(s, sku, month, revenue, currency="USD", units=10, platform=1, market=1):
    s.add(
        SalesRecord(
            sku_id=sku,
            platform_id=platform,
            market_id=market,
            month=month,
            units=units,
            revenue=revenue,
            currency=currency,
        )
    )


def _goal(s, **values) -> Goal:
    draft = GoalDraft(**{"starts_on": JAN, "deadline": date(2026, 6, 30), "owner_id": 1, **values})
    return plan.add_goal(s, draft)


def _only(workspace, today):
    with workspace.session() as s:
        (item,) = goal_progress(s, today)
    return item


# --- SKU counts --------------------------------------------------------------------------------


def _traffic_shop(shop):
    with shop.transaction() as s:
        for sku in (1, 2, 3):
            _listing(s, sku, role="traffic")  # live traffic SKUs on Amazon US: these count
        _listing(s, 4, status="planned", role="traffic")
        _listing(s, 5, status="ended", role="traffic")
        _listing(s, 6, role="hero")
        _listing(s, 1, platform=2, role="traffic")  # TikTok Shop: another platform
        _listing(s, 2, market=2, role="traffic")  # Amazon DE: another market
        _goal(
            s, measure="sku_count", target="5", platform_id=1, market_id=1, product_role="traffic"
        )


def test_sku_count_counts_live_listings_with_the_role_on_that_platform_and_market(shop):
    _traffic_shop(shop)
    item = _only(shop, date(2026, 3, 31))
    assert item.actual == 3 and item.target == 5 and item.planned == 1
    assert item.progress == pytest.approx(0.6)
    assert progress_text(item).render() == "3 of 5 (+1 planned)"
    assert item.title.render() == "Amazon US: Traffic SKUs"


@pytest.mark.parametrize(
    ("today", "status"),
    [
        # 1 Jan – 30 Jun is 181 days; 3 of 5 is 60 %.
        (date(2026, 3, 31), GoalStatus.ON_TRACK),  # 90/181 gone: pace 0.6 / 0.497 = 1.21
        (date(2026, 4, 30), GoalStatus.AT_RISK),  # 120/181: pace 0.905
        (date(2026, 5, 31), GoalStatus.OFF_TRACK),  # 151/181: pace 0.719
        (date(2025, 12, 1), GoalStatus.ON_TRACK),  # not started: nothing expected yet
        (date(2026, 7, 1), GoalStatus.OFF_TRACK),  # deadline passed, not reached
    ],
)
def test_sku_count_status_compares_progress_with_time_gone_by(shop, today, status):
    _traffic_shop(shop)
    item = _only(shop, today)
    assert item.status == status
    if today == date(2026, 4, 30):
        assert item.elapsed == pytest.approx(120 / 181)
        assert item.pace == pytest.approx(0.6 / (120 / 181))


def test_sku_count_is_done_once_reached_and_moves_with_the_matrix(shop):
    _traffic_shop(shop)
    with shop.transaction() as s:
        for listing in s.exec(
            select(Listing).where(
                col(Listing.sku_id).in_([4, 6]), Listing.platform_id == 1, Listing.market_id == 1
            )
        ):
            listing.status, listing.product_role = "active", "traffic"
    item = _only(shop, date(2026, 7, 15))
    assert item.actual == 5 and item.status == GoalStatus.DONE and item.progress == 1.0


# --- revenue -----------------------------------------------------------------------------------


def _revenue_shop(shop, target, **goal):
    with shop.transaction() as s:
        _listing(s, 1)
        _listing(s, 2, market=2)
        _sale(s, 1, JAN, 1000.0)  # 7,200 CNY
        _sale(s, 2, FEB, 500.0, "EUR", market=2)  # 3,900 CNY
        _sale(s, 1, date(2025, 12, 1), 9999.0)  # before the period
        _goal(s, measure="revenue", target=target, deadline=date(2026, 3, 31), **goal)


@pytest.mark.parametrize(
    ("target", "status"),
    [
        # 11,100 CNY in 59 days (1 Jan – 28 Feb, the last month with data) of 90:
        # run-rate 11,100 / 59 × 90 = 16,932.20 CNY.
        ("15000", GoalStatus.ON_TRACK),  # pace 1.129
        ("20000", GoalStatus.AT_RISK),  # pace 0.847
        ("25000", GoalStatus.OFF_TRACK),  # pace 0.677
        ("11000", GoalStatus.DONE),  # already reached
    ],
)
def test_revenue_run_rate_in_the_base_currency(shop, target, status):
    _revenue_shop(shop, target)
    item = _only(shop, date(2026, 3, 10))
    assert item.actual == Decimal("11100.00") and item.currency == "CNY"
    assert item.run_rate == Decimal("16932.20")
    assert item.data_until == date(2026, 2, 28)
    assert item.elapsed == pytest.approx(59 / 90)
    assert item.pace == pytest.approx(11100 / 59 * 90 / int(target))
    assert item.status == status
    assert item.progress == pytest.approx(min(11100 / int(target), 1))


def test_revenue_in_another_currency_and_narrowed_to_a_market(shop):
    _revenue_shop(shop, "2000", currency="USD", market_id=1)
    item = _only(shop, date(2026, 3, 10))
    assert item.actual == Decimal("1000.00") and item.currency == "USD"  # only the US sale
    assert item.run_rate == Decimal("1525.42")  # 1000 / 59 × 90


def test_revenue_of_a_month_cut_by_the_period_counts_by_its_days(shop):
    with shop.transaction() as s:
        _sale(s, 1, JAN, 3100.0)
        _goal(
            s,
            measure="revenue",
            target="10000",
            currency="USD",
            starts_on=date(2026, 1, 16),
            deadline=date(2026, 3, 31),
        )
    item = _only(shop, date(2026, 2, 10))
    assert item.actual == Decimal("1600.00")  # 3,100 × 16/31
    assert item.data_until == date(2026, 1, 31)
    assert item.run_rate == Decimal("7500.00")  # 1,600 / 16 days × 75 days


def test_the_month_still_running_counts_up_to_today(shop):
    with shop.transaction() as s:
        _sale(s, 1, FEB, 1400.0)  # February so far, imported on the 14th
        _goal(
            s,
            measure="revenue",
            target="2000",
            currency="USD",
            starts_on=FEB,
            deadline=date(2026, 2, 28),
        )
    item = _only(shop, date(2026, 2, 14))
    assert item.actual == Decimal("1400.00") and item.data_until == date(2026, 2, 14)
    assert item.run_rate == Decimal("2800.00")  # 1,400 / 14 × 28
    assert item.status == GoalStatus.ON_TRACK


def test_revenue_by_product_role_follows_the_listing(shop):
    with shop.transaction() as s:
        _listing(s, 1, role="hero")
        _listing(s, 2, role="traffic")
        _sale(s, 1, JAN, 100.0)
        _sale(s, 2, JAN, 40.0)
        _goal(s, measure="revenue", target="1000", currency="USD", product_role="hero")
    assert _only(shop, date(2026, 2, 5)).actual == Decimal("100.00")


def test_sales_without_a_rate_are_left_out_and_said(shop):
    with shop.transaction() as s:
        _sale(s, 1, JAN, 100.0)
        _sale(s, 2, JAN, 50.0, "GBP")
        _goal(s, measure="revenue", target="1000", currency="USD")
    item = _only(shop, date(2026, 2, 5))
    assert item.actual == Decimal("100.00")
    assert any("GBP" in note.render() for note in item.notes)


def test_no_sales_data_is_not_alarming_in_the_first_month(shop):
    with shop.transaction() as s:
        _goal(s, measure="revenue", target="1000")
    assert _only(shop, date(2026, 1, 20)).status == GoalStatus.ON_TRACK
    item = _only(shop, date(2026, 3, 20))
    assert item.status == GoalStatus.AT_RISK and item.actual == 0
    assert item.notes and item.run_rate is None


# --- margin ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("target", "today", "status"),
    [
        # 100 USD = 720 CNY for 10 units at 36 CNY = 360 CNY: margin 50 %.
        ("45", date(2026, 3, 10), GoalStatus.ON_TRACK),
        ("52", date(2026, 3, 10), GoalStatus.AT_RISK),  # within 5 points
        ("60", date(2026, 3, 10), GoalStatus.OFF_TRACK),
        ("45", date(2026, 7, 1), GoalStatus.DONE),
        ("52", date(2026, 7, 1), GoalStatus.OFF_TRACK),
    ],
)
def test_gross_margin_of_the_period(shop, target, today, status):
    with shop.transaction() as s:
        s.get(Sku, 2).cost = None  # unknown cost: left out of the margin, and said so
        _sale(s, 1, JAN, 100.0, units=10)
        _sale(s, 2, FEB, 500.0, units=10)
        _goal(s, measure="margin", target=target)
    item = _only(shop, today)
    assert item.actual == Decimal("0.5000")
    assert item.revenue == Decimal("720.00")
    assert item.status == status
    assert item.progress == pytest.approx(min(0.5 / (int(target) / 100), 1))
    assert any("without a cost" in note.render() for note in item.notes)
    assert progress_text(item).render() == f"50.0 % (target {int(target)}.0 %)"


def test_margin_with_cost_in_another_currency(shop):
    with shop.transaction() as s:
        sku = s.get(Sku, 1)
        sku.cost, sku.cost_currency = 2.5, "USD"  # 18 CNY a unit
        _sale(s, 1, JAN, 60.0, units=4)  # 432 CNY revenue, 72 CNY cost
        _goal(s, measure="margin", target="0.8")
    assert _only(shop, date(2026, 2, 5)).actual == Decimal("0.8333")  # 360 / 432


# --- SMART and the plan ------------------------------------------------------------------------


def test_smart_names_what_is_missing():
    texts = [m.render() for m in smart_problems(GoalDraft())]
    assert any("measure" in t for t in texts)
    assert any("number" in t for t in texts)
    assert any("deadline" in t for t in texts)
    complete = GoalDraft(measure="revenue", target="1000", starts_on=JAN, deadline=MAR)
    assert smart_problems(complete) == []
    backwards = GoalDraft(measure="revenue", target="1000", starts_on=MAR, deadline=JAN)
    assert [m.render() for m in smart_problems(backwards)] == [
        "The deadline comes before the start."
    ]
    half = GoalDraft(measure="sku_count", target="2.5", starts_on=JAN, deadline=MAR)
    assert [m.render() for m in smart_problems(half)] == ["A SKU count is a whole number."]
    assert smart_problems(GoalDraft(measure="margin", target="0", starts_on=JAN, deadline=MAR))


@pytest.mark.parametrize(
    ("text", "measure", "value"),
    [
        ("35%", "margin", "0.35"),
        ("35", "margin", "0.35"),
        ("0.35", "margin", "0.35"),
        ("120,000", "revenue", "120000"),
        ("5", "sku_count", "5"),
        ("", "revenue", None),
        ("abc", "revenue", None),
        ("nan", "revenue", None),
    ],
)
def test_targets_typed_by_a_seller(text, measure, value):
    assert parse_target(text, measure) == (Decimal(value) if value else None)


def test_add_update_delete_and_restore_a_goal(shop):
    with shop.transaction() as s:
        goal = _goal(s, measure="margin", target="35 %")
        assert goal.target == "0.35"
        before = plan.update_goal(s, goal.id, target="40")
        assert before == {"target": "0.35"} and s.get(Goal, goal.id).target == "0.4"
        with pytest.raises(ValueError, match="deadline"):
            plan.update_goal(s, goal.id, deadline=None)
        snapshot = plan.delete_goal(s, goal.id)
        assert s.get(Goal, goal.id) is None
        plan.restore_goal(s, snapshot)
        assert s.get(Goal, goal.id).target == "0.4"
        revenue = _goal(s, measure="revenue", target="1E+5")
        assert revenue.target == "100000" and revenue.currency == "CNY"


def test_step_state_follows_what_is_set(shop):
    with shop.session() as s:
        assert plan.goals_state(s) == StepState.NOT_STARTED
    with shop.transaction() as s:
        plan.set_target_markets(s, [2, 1])
        plan.set_platform_priority(s, [1, 2])
        assert [m.code for m in plan.target_markets(s)] == ["DE", "US"]
        assert [p.code for p in plan.platform_priority(s)] == ["amazon", "tiktok"]
        assert plan.goals_state(s) == StepState.IN_PROGRESS
        plan.set_platform_role(s, 1, 1, "main")
        plan.set_platform_role(s, 2, 1, "test")
        with pytest.raises(ValueError):
            plan.set_platform_role(s, 2, 1, "boss")
        goal = _goal(s, measure="sku_count", target="3", owner_id=None)
        texts = [m.render() for m in plan.missing_setup(s)]
        assert texts == ["Give an owner to 1 goal(s)."]
        plan.update_goal(s, goal.id, owner_id=1)
        assert plan.goals_state(s) == StepState.DONE
        plan.set_platform_role(s, 2, 1, None)
        assert plan.goals_state(s) == StepState.IN_PROGRESS


def test_rankings_keep_the_order_count_a_repeat_once_and_refuse_an_unknown_id(shop):
    with shop.transaction() as s:
        plan.set_target_markets(s, [1, 2, 1])
        plan.set_platform_priority(s, [2, 1, 2])
        assert [m.code for m in plan.target_markets(s)] == ["US", "DE"]
        assert [p.code for p in plan.platform_priority(s)] == ["tiktok", "amazon"]
        with pytest.raises(ValueError) as market:
            plan.set_target_markets(s, [1, 999])
        with pytest.raises(ValueError) as platform:
            plan.set_platform_priority(s, [998])
    assert market.value.args[0].render() == "There is no market number 999."
    assert platform.value.args[0].render() == "There is no platform number 998."


def test_periods():
    assert plan.period_dates("quarter", date(2026, 5, 17)) == (date(2026, 4, 1), date(2026, 6, 30))
    assert plan.period_dates("half", date(2026, 11, 3)) == (date(2026, 7, 1), date(2026, 12, 31))
    assert plan.period_dates("month", date(2024, 2, 10)) == (date(2024, 2, 1), date(2024, 2, 29))
    assert plan.add_months(date(2026, 11, 1), 3) == date(2027, 2, 1)


# --- schema ------------------------------------------------------------------------------------


def test_goal_tables_match_the_migrated_schema(workspace):
    from sqlalchemy import inspect

    import core.goals.models  # noqa: F401 - registers the tables

    inspector = inspect(workspace.engine)
    for name in ("goal", "targetmarket", "platformpriority", "platformrole", "listing"):
        table = SQLModel.metadata.tables[name]
        columns = {c["name"] for c in inspector.get_columns(name)}
        assert columns == {c.name for c in table.columns}, name


def test_a_version_two_workspace_opens_with_roles_unassigned(tmp_path):
    from core.workspace import open_workspace

    path = tmp_path / "v2.matrixdesk"
    conn = sqlite3.connect(path, isolation_level=None)
    migrations.upgrade(conn, target=2)
    conn.execute("INSERT INTO market (code, name, currency) VALUES ('US', 'United States', 'USD')")
    conn.execute("INSERT INTO platform (code, name) VALUES ('amazon', 'Amazon')")
    conn.execute("INSERT INTO product (spu_code, name) VALUES ('P1', 'Lamp')")
    conn.execute("INSERT INTO sku (product_id, sku_code) VALUES (1, 'S1')")
    conn.execute(
        "INSERT INTO listing (sku_id, platform_id, market_id, status) VALUES (1, 1, 1, 'active')"
    )
    conn.close()
    ws = open_workspace(path)
    with ws.session() as s:
        listing = s.get(Listing, 1)
        assert listing.product_role is None and listing.platform_role is None
        assert plan.goals(s) == [] and plan.goals_state(s) == StepState.NOT_STARTED
    ws.close()


def test_a_role_goal_says_when_no_listing_has_a_role_yet(shop):
    with shop.transaction() as s:
        _listing(s, 1)
        _goal(s, measure="sku_count", target="2", product_role="hero")
    item = _only(shop, date(2026, 2, 1))
    assert item.actual == 0 and any("step 5" in n.render() for n in item.notes)
    with shop.transaction() as s:
        s.exec(select(Listing)).first().product_role = "traffic"
    assert _only(shop, date(2026, 2, 1)).notes == []


def test_one_grouped_query_for_all_goals_gives_the_same_sums(demo):
    """goal_progress reads every goal's sales in one query; one goal alone queries itself."""
    from core.goals.progress import progress_context, progress_of

    today = date(2026, 11, 15)
    with demo.session() as s:
        together = goal_progress(s, today)
        context = progress_context(s, today)
        alone = [progress_of(s, goal, context) for goal in plan.goals(s)]
    assert [(i.actual, i.run_rate, i.status) for i in together] == [
        (i.actual, i.run_rate, i.status) for i in alone
    ]
    assert sum(1 for i in together if i.run_rate is not None) == 3


# conftest runs this module's workspace tests on SQLite and on PostgreSQL.
BOTH_ENGINES = True
