"""Role mix vs goals and portfolio data, against sums worked out by hand (base CNY, USD 7.2)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from core.goals.models import Goal
from core.goals.progress import goal_progress
from core.matrix.cells import set_cell
from core.matrix.grid import CellState
from core.matrix.mix import role_mix
from core.matrix.portfolio import portfolio, quadrant
from core.models import SalesRecord
from tests.matrix_shop import build_shop

BOTH_ENGINES = True  # issue 13: the core suite runs on SQLite and PostgreSQL

AMAZON, TIKTOK = 1, 2
US, DE = 1, 2
AS_OF = date(2026, 11, 15)  # months reviewed: Nov 2025 … Oct 2026


@pytest.fixture
def shop(workspace):
    build_shop(workspace)
    return workspace


def _sale(s, sku, platform, market, month, units, revenue, code="USD"):
    s.add(
        SalesRecord(
            sku_id=sku,
            platform_id=platform,
            market_id=market,
            month=month,
            units=units,
            revenue=revenue,
            currency=code,
        )
    )


def _goal(s, role, platform, market, target):
    s.add(
        Goal(
            measure="sku_count",
            product_role=role,
            platform_id=platform,
            market_id=market,
            target=str(target),
            starts_on=date(2026, 1, 1),
            deadline=date(2026, 12, 31),
        )
    )


def test_role_mix_counts_targets_revenue_and_margin(shop):
    with shop.transaction() as s:
        for sku, platform, market, role, status in [
            (1, AMAZON, US, "hero", "active"),
            (2, AMAZON, US, "traffic", "active"),
            (3, AMAZON, US, "traffic", "planned"),
            (3, TIKTOK, US, "traffic", "active"),
            (1, AMAZON, DE, "hero", "ended"),
        ]:
            set_cell(s, sku, platform, market, CellState(status=status, product_role=role))
        _goal(s, "traffic", AMAZON, US, 3)
        _goal(s, "traffic", None, US, 2)
        _goal(s, "hero", AMAZON, DE, 1)
        _sale(s, 1, AMAZON, US, date(2026, 10, 1), 10, 300.0)  # 2160.00 CNY, cost 500
        _sale(s, 2, AMAZON, US, date(2026, 9, 1), 5, 60.0)  # 432.00, cost 350
        _sale(s, 2, AMAZON, US, date(2026, 9, 1), 1, 9.0, "GBP")  # no GBP rate: left out
        _sale(s, 3, TIKTOK, US, date(2026, 10, 1), 4, 32.0)  # 230.40, cost 160
        _sale(s, 1, AMAZON, US, date(2025, 10, 1), 3, 100.0)  # before the 12 months
    with shop.session() as s:
        mix = role_mix(s, AS_OF)
    got = [
        (r.platform, r.market, r.role, r.active, r.planned, r.target, r.revenue, r.cost)
        for r in mix.rows
    ]
    assert got == [
        ("Amazon", "DE", "hero", 0, 0, Decimal(1), Decimal(0), Decimal(0)),
        ("Amazon", "US", "hero", 1, 0, None, Decimal("2160.00"), Decimal("500.00")),
        ("Amazon", "US", "traffic", 1, 1, Decimal(3), Decimal("432.00"), Decimal("350.00")),
        ("TikTok Shop", "US", "traffic", 1, 0, None, Decimal("230.40"), Decimal("160.00")),
        ("", "US", "traffic", 2, 0, Decimal(2), Decimal("662.40"), Decimal("510.00")),
    ]
    assert mix.unconverted == {"GBP"}
    assert mix.rows[1].margin == pytest.approx(1660 / 2160)
    assert mix.rows[0].margin is None
    assert [r.gap for r in mix.rows] == [1, None, 2, None, 0]
    # Step 3's progress counts the same matrix: 1 live traffic SKU on Amazon US, 1 planned.
    with shop.session() as s:
        progress = goal_progress(s, AS_OF)
    assert [(int(p.actual), p.planned) for p in progress] == [(1, 1), (2, 0), (0, 0)]


def test_portfolio_points_by_hand(shop):
    with shop.transaction() as s:
        for sku, platform, market, role in [
            (1, AMAZON, US, "hero"),
            (1, AMAZON, DE, "hero"),
            (1, TIKTOK, US, "traffic"),
            (2, AMAZON, US, "profit"),
            (2, TIKTOK, US, "traffic"),
        ]:
            set_cell(s, sku, platform, market, CellState(status="active", product_role=role))
        _sale(s, 1, AMAZON, US, date(2026, 1, 1), 1, 100.0)  # early half: 720
        _sale(s, 1, AMAZON, US, date(2026, 10, 1), 1, 300.0)  # late half: 2160
        _sale(s, 2, AMAZON, US, date(2026, 2, 1), 1, 200.0)  # early: 1440
        _sale(s, 2, AMAZON, US, date(2026, 6, 1), 1, 100.0)  # late: 720
        _sale(s, 3, TIKTOK, US, date(2026, 9, 1), 1, 10.0)  # late only: 72
    with shop.session() as s:
        chart = portfolio(s, AS_OF)
    assert chart.base_currency == "CNY" and chart.share_line == pytest.approx(1 / 3)
    got = [(p.sku_code, p.revenue, p.role, p.quadrant) for p in chart.points]
    assert got == [
        ("S1", Decimal("2880.00"), "hero", "star"),
        ("S2", Decimal("2160.00"), "traffic", "cash_cow"),  # traffic vs profit tie: role order
        ("S3", Decimal("72.00"), None, "question"),
    ]
    shares = [p.share for p in chart.points]
    assert shares == pytest.approx([2880 / 5112, 2160 / 5112, 72 / 5112])
    assert [p.growth for p in chart.points] == [pytest.approx(2.0), pytest.approx(-0.5), None]


def test_quadrants():
    assert quadrant(0.5, 0.1, 0.25, 0.1) == "star"
    assert quadrant(0.5, 0.0999, 0.25, 0.1) == "cash_cow"
    assert quadrant(0.2, 0.3, 0.25, 0.1) == "question"
    assert quadrant(0.2, -0.3, 0.25, 0.1) == "dog"
    assert quadrant(0.2, None, 0.25, 0.1) == "question"
