"""Every matrix warning on constructed matrices (default thresholds: no traffic from 3
listings in a column; concentration 80 % of at least 5 listings; blind listing from 3 cells),
with the cells it names, and that it clears when the seller fixes the matrix."""

from __future__ import annotations

import pytest

from core.goals import plan
from core.matrix import compliance
from core.matrix.cells import place, set_cell
from core.matrix.grid import CellState, load_matrix
from core.matrix.suggest import SkuFacts
from core.matrix.warnings import matrix_warnings
from tests.matrix_shop import build_shop

BOTH_ENGINES = True  # issue 13: the core suite runs on SQLite and PostgreSQL

AMAZON, TIKTOK, ALI, ETSY = 1, 2, 3, 4
US, DE = 1, 2


@pytest.fixture
def shop(workspace):
    build_shop(workspace)
    return workspace


def _warnings(ws, kind, facts=None):
    with ws.session() as s:
        return [w for w in matrix_warnings(load_matrix(s), facts) if w.kind == kind]


def _put(ws, *cells):
    with ws.transaction() as s:
        for sku, platform, market, role, *rest in cells:
            status = rest[0] if rest else "planned"
            set_cell(s, sku, platform, market, CellState(status=status, product_role=role))


def test_no_traffic_driver_in_a_column(shop):
    _put(shop, (1, AMAZON, US, "hero"), (2, AMAZON, US, "profit"), (3, AMAZON, US, None))
    _put(shop, (1, TIKTOK, US, "hero"), (2, TIKTOK, US, "profit"))  # 2 < 3: too few to judge
    [warning] = _warnings(shop, "no_traffic")
    assert set(warning.cells) == {(1, AMAZON, US), (2, AMAZON, US), (3, AMAZON, US)}
    assert warning.message.render() == (
        "Amazon US: 3 listings and none in the Traffic role to bring shoppers to the others."
    )
    _put(shop, (3, AMAZON, US, "traffic"))
    assert _warnings(shop, "no_traffic") == []


def test_ended_listings_do_not_count(shop):
    _put(shop, (1, AMAZON, US, "hero"), (2, AMAZON, US, "profit"), (3, AMAZON, US, None, "ended"))
    assert _warnings(shop, "no_traffic") == []


def test_everything_on_one_platform_and_one_hero(shop):
    _put(
        shop,
        (1, AMAZON, US, "hero"),
        (1, AMAZON, DE, "hero"),
        (2, AMAZON, US, "traffic"),
        (2, AMAZON, DE, "traffic"),
        (3, AMAZON, US, "profit"),
        (3, AMAZON, DE, "profit"),
    )
    [platform] = _warnings(shop, "platform_concentration")
    assert len(platform.cells) == 6
    assert platform.message.render().startswith("6 of 6 listings (100 %) are on Amazon")
    [hero] = _warnings(shop, "hero_concentration")
    assert set(hero.cells) == {(1, AMAZON, US), (1, AMAZON, DE)}
    assert hero.message.render().startswith("S1 is the only hero")
    # 6 of 8 = 75 % < 80 %: spread enough. A second hero SKU: a backup exists.
    _put(shop, (1, TIKTOK, US, "traffic"), (2, TIKTOK, US, "hero"))
    assert _warnings(shop, "platform_concentration") == []
    assert _warnings(shop, "hero_concentration") == []


def test_concentration_needs_five_listings(shop):
    _put(shop, *[(sku, AMAZON, US, "hero") for sku in (1, 2)], (3, AMAZON, US, "traffic"))
    _put(shop, (1, AMAZON, DE, "traffic"))
    assert _warnings(shop, "platform_concentration") == []  # 4 listings


def test_same_sku_everywhere_without_a_role(shop):
    _put(shop, (1, AMAZON, US, None), (1, TIKTOK, US, None), (1, ALI, US, None))
    _put(shop, (2, AMAZON, US, None), (2, TIKTOK, US, None))  # two places: not yet 铺货
    [warning] = _warnings(shop, "blind_listing")
    assert set(warning.cells) == {(1, AMAZON, US), (1, TIKTOK, US), (1, ALI, US)}
    assert warning.message.render().startswith("S1 is listed in 3 places without a role")
    _put(shop, (1, AMAZON, US, "hero"))
    assert _warnings(shop, "blind_listing") == []


def test_clearance_platform_without_candidates(shop):
    with shop.transaction() as s:
        plan.set_platform_role(s, ALI, DE, "clearance")
    facts = {
        1: SkuFacts(1, "Home", 0.5, "A", "mature", None, True),
        3: SkuFacts(3, "Home", 0.3, "C", "decline", None, True),
    }
    [empty] = _warnings(shop, "clearance_without_candidates", facts)
    assert empty.cells == ()
    _put(shop, (1, ALI, DE, "traffic"))
    [warning] = _warnings(shop, "clearance_without_candidates", facts)
    assert warning.cells == ((1, ALI, DE),)
    assert warning.message.render() == (
        "AliExpress DE is for clearance, but none of its 1 listings is declining, slow-moving "
        "or aged stock (1 such SKUs in the catalog)."
    )
    _put(shop, (3, ALI, DE, "traffic"))
    assert _warnings(shop, "clearance_without_candidates", facts) == []


def test_listing_in_a_market_with_open_compliance(shop):
    _put(shop, (2, AMAZON, DE, "traffic"), (1, AMAZON, DE, "hero"))
    [warning] = _warnings(shop, "compliance_unresolved")
    assert set(warning.cells) == {(1, AMAZON, DE), (2, AMAZON, DE)}
    # Rows in grid order: S2 (3C) first, so its certifications are named first.
    assert warning.message.render() == (
        "2 listings of 2 products in DE still miss certifications the pre-check asks for "
        "(CE – EMC Directive (2014/30/EU), RoHS (hazardous substances in electronics), "
        "WEEE producer registration (DE: stiftung ear), EU battery rules (Regulation "
        "2023/1542; DE: BattDG registration), UN 38.3 test and MSDS (lithium batteries in "
        "transit) …): sign them off or hold the listings."
    )
    with shop.transaction() as s:
        for requirement in ("gpsr", "de_lucid"):
            compliance.set_signed_off(s, 1, "DE", requirement)
    [warning] = _warnings(shop, "compliance_unresolved")
    assert warning.cells == ((2, AMAZON, DE),)
    with shop.transaction() as s:
        for requirement in ("ce_emc", "rohs", "weee", "eu_battery", "un38_3", "gpsr", "de_lucid"):
            compliance.set_signed_off(s, 2, "DE", requirement)
    assert _warnings(shop, "compliance_unresolved") == []


def test_role_contradicting_its_numbers(shop):
    with shop.transaction() as s:
        place(s, 2, AMAZON, US, product_role="profit")
        place(s, 2, TIKTOK, US, product_role="profit")
        place(s, 1, AMAZON, US, product_role="potential")
        place(s, 3, AMAZON, US, product_role="profit")
    facts = {
        1: SkuFacts(1, "Home", 0.5, "B", "decline", None, True),
        2: SkuFacts(2, "3C", -0.1, "C", "mature", None, True),
        3: SkuFacts(3, "Home", 0.0, "C", "mature", None, True),  # zero: not a loss
    }
    found = {w.cells: w.message.render() for w in _warnings(shop, "role_contradiction", facts)}
    assert found == {
        ((2, AMAZON, US), (2, TIKTOK, US)): (
            "S2 has the role Profit but loses money: its margin is -10.0 %."
        ),
        ((1, AMAZON, US),): "S1 has the role Potential but its sales are declining.",
    }


def test_certification_names_follow_the_language(shop):
    _put(shop, (1, AMAZON, DE, "hero"))
    [warning] = _warnings(shop, "compliance_unresolved")

    def chinese(context, text):  # a translator that knows only the language probe
        return "中文" if (context, text) == ("Matrix", "English") else text

    assert "(GPSR responsible person in the EU, Packaging EPR Germany (LUCID registration))" in (
        warning.message.render()
    )
    assert "(GPSR 欧盟责任人, 德国包装 EPR(LUCID 注册))" in warning.message.render(chinese)


def test_review_job_and_refresh_after_an_edit(shop):
    from datetime import date

    from core.jobs import Progress
    from core.matrix.review import refresh, review_matrix

    _put(shop, (1, AMAZON, US, None), (1, TIKTOK, US, None), (1, ALI, US, None))
    seen = []
    with shop.session() as s:
        result = review_matrix(s, date(2026, 11, 15), Progress(lambda d, t, m: seen.append(d)))
    assert seen == [0, 1, 2, 3]
    assert "blind_listing" in {w.kind for w in result.warnings}
    assert len(result.suggestions) == 3 and result.facts[1].has_sales is False
    _put(shop, (1, AMAZON, US, "potential"))
    with shop.session() as s:
        again = refresh(s, result)
    assert "blind_listing" not in {w.kind for w in again.warnings}
    assert again.facts is result.facts
    assert [(r.platform, r.role, r.planned) for r in again.mix.rows] == [("Amazon", "potential", 1)]
