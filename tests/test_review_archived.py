"""Archived (停售) SKUs keep their rows but stay out of the review: ABC classes, concentration,
flags, charts and the step's Done check (issue 7). Numbers derived by hand from the tiny shop
of tests/test_inventory_core.py (base CNY, USD 7, EUR 8; 12 months to 2026-10):

AB-1  12 × 100 USD on Amazon US = 8,400 CNY; stock lots 40 (2026-10-01) and 20 (2026-03-01)
CD-2   6 ×  25 EUR on Shopify DE = 1,200 CNY; stock lot 40 (2026-09-01), cost 5 USD = 35 CNY
EF-3   2 ×  20 USD on Amazon US =   280 CNY; priced in GBP, which has no rate
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from sqlmodel import select

from core.inventory.charts import bubble_series, lifecycle_mix, pareto_series, stock_aging
from core.inventory.export import catalog_sheets
from core.inventory.review import inventory_state, review_catalog
from core.models import Product, Sku
from core.steps import StepState
from tests.test_inventory_core import (
    AS_OF,
    shop,  # noqa: F401 - the tiny hand-computed workspace
)

BOTH_ENGINES = True  # issue 13: the core suite runs on SQLite and PostgreSQL


def _archive(ws, sku_code: str | None = None, spu_code: str | None = None) -> None:
    with ws.transaction() as session:
        if sku_code:
            sku = session.exec(select(Sku).where(Sku.sku_code == sku_code)).one()
            sku.archived = True
            session.add(sku)
        if spu_code:
            product = session.exec(select(Product).where(Product.spu_code == spu_code)).one()
            product.archived = True
            session.add(product)


def _review(ws):
    with ws.session() as session:
        return review_catalog(session, as_of=AS_OF)


def test_before_archiving_the_hero_dominates(shop):  # noqa: F811
    review = _review(shop)
    assert review.total_revenue == Decimal("9880")
    assert review.archived_count == 0
    assert "archived" not in {f.key for f in review.flags}


def test_an_archived_hero_leaves_the_review(shop):  # noqa: F811
    _archive(shop, sku_code="AB-1")
    review = _review(shop)
    ids = shop.ids
    # The row keeps its own numbers (the grid still shows them) ...
    hero = review.sku(ids["AB-1"])
    assert hero is not None and hero.archived
    assert hero.revenue_12m == Decimal("8400")
    # ... but it has no class, no flags, and the rest is judged without it.
    assert hero.abc_class == "" and hero.flags == []
    assert review.archived_count == 1
    assert [s.sku_code for s in review.active_skus] == ["CD-2", "EF-3"]
    assert review.total_revenue == Decimal("1480")  # 1,200 + 280
    assert review.top_sku_ids == [ids["CD-2"]]
    assert review.top_sku_share == pytest.approx(1200 / 1480)
    assert review.top_platforms == ["Shopify"]
    assert review.top_platform_share == pytest.approx(1200 / 1480)
    assert review.sku(ids["CD-2"]).abc_class == "A"
    # EF-3 starts at 1,200 of 1,480 = 81 %, past 80 %: B.
    assert review.sku(ids["EF-3"]).abc_class == "B"
    flags = {f.key: f for f in review.flags}
    assert flags["archived"].sku_ids == [ids["AB-1"]]
    assert "1 archived (停售) SKUs are left out" in flags["archived"].message.render()
    assert ids["AB-1"] not in flags["over_reliance_sku"].sku_ids
    # AB-1 was the only slow mover with aged stock; neither flag is left.
    assert "aged_stock" not in flags
    assert all(ids["AB-1"] not in f.sku_ids for k, f in flags.items() if k != "archived")


def test_charts_leave_archived_skus_out(shop):  # noqa: F811
    _archive(shop, sku_code="AB-1")
    review = _review(shop)
    assert "AB-1" not in {p.sku_code for p in bubble_series(review)}
    pareto = pareto_series(review)
    assert pareto.sku_codes == ["CD-2", "EF-3"]
    assert pareto.cumulative[-1] == pytest.approx(1.0)
    assert sum(count for count, _ in lifecycle_mix(review).values()) == 2
    with shop.session() as session:
        aging = stock_aging(session, AS_OF)
    # Only CD-2's lot of 40 (61 days old, 40 × 35 CNY) is left; AB-1's 60 units are out.
    assert [row.units for row in aging] == [0, 40, 0, 0, 0]
    assert aging[1].value == pytest.approx(1400.0)


def test_an_archived_spu_archives_its_skus_for_the_review(shop):  # noqa: F811
    _archive(shop, spu_code="SP2")
    review = _review(shop)
    assert review.sku(shop.ids["CD-2"]).archived
    assert review.total_revenue == Decimal("8680")  # 8,400 + 280
    assert review.top_platforms == ["Amazon"] and review.top_platform_share == pytest.approx(1.0)


def test_missing_rate_of_an_archived_sku_does_not_block_done(shop):  # noqa: F811
    with shop.session() as session:
        assert inventory_state(session) == StepState.IN_PROGRESS  # EF-3: GBP has no rate
    _archive(shop, sku_code="EF-3")
    review = _review(shop)
    assert "missing_rate" not in {f.key for f in review.flags}
    with shop.session() as session:
        assert inventory_state(session) == StepState.DONE


def test_export_counts_the_reviewed_and_the_archived(shop):  # noqa: F811
    _archive(shop, sku_code="AB-1")
    summary = [row[0] for sheet in catalog_sheets(_review(shop)) for row in sheet.rows if row]
    assert "SKUs reviewed: 2" in summary
    assert "Archived SKUs left out of the review: 1" in summary


def test_charts_of_a_filtered_catalog_rank_among_the_filtered_skus(shop):  # noqa: F811
    from core.inventory.charts import review_of

    review = _review(shop)
    ids = shop.ids
    subset = review_of(review, {ids["CD-2"], ids["EF-3"]})
    assert [s.sku_code for s in subset.skus] == ["CD-2", "EF-3"]
    assert subset.total_revenue == Decimal("1480")
    assert subset.sku(ids["CD-2"]).revenue_share == pytest.approx(1200 / 1480)
    assert [s.abc_class for s in subset.skus] == ["A", "B"]
    assert pareto_series(subset).cumulative[-1] == pytest.approx(1.0)
    # The catalog's own review is untouched: CD-2 is 1,200 of 9,880 there.
    assert review.total_revenue == Decimal("9880")
    assert review.sku(ids["CD-2"]).revenue_share == pytest.approx(1200 / 9880)
    assert review_of(review, None) is review
