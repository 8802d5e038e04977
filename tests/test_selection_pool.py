"""Candidate pool, scorecard, decisions and the `candidates` command, checked by hand."""

from __future__ import annotations

import json
import sqlite3
from datetime import date
from decimal import Decimal as D

import pytest
from sqlmodel import select

from core import migrations, team
from core.cli import main
from core.currency import set_rate
from core.models import Product, SalesRecord, Sku
from core.selection import decision, pool, scorecard
from core.selection.models import Candidate
from core.selection.profit import rate_table
from core.selection.reference import load_reference
from core.step_status import step_states
from core.steps import StepState
from core.workspace import open_workspace


def _team(session):
    members = team.apply_proposal(session, team.proposed_team(include_optional=False))
    return {m.role: m for m in members}


def _plain(session, name="Test", **values):
    defaults = dict(
        monthly_units=1000,
        seasonality=[100] * 12,
        reviews=250,
        lead_days=30,
        moq=2000,
        weight_g=600,
        attributes=["battery"],
    )
    defaults.update(values)
    return pool.add_candidate(session, name, **defaults)


def test_scores_from_numbers_by_hand(workspace):
    with workspace.transaction() as session:
        c = _plain(session)
        pool.add_pain_point(session, c.id, "battery life", mentions=5)
        pool.add_pain_point(session, c.id, "Battery Life ", mentions=2)  # same tag
        pool.add_pain_point(session, c.id, "too loud")
    with workspace.session() as session:
        card = scorecard.score_cards(session)[c.id]
    # demand 1000 reaches 100, 300, 1000 → 4; flat curve (peak/mean 1.0) → 5;
    # 250 reviews ≤ 5000, 1000, 300 → 4; no price → margin missing (3); 2 tags → 3;
    # 30 days ≤ 60, 45, 30 → 4, MOQ 2000 costs one → 3; no markets → compliance missing (3);
    # 600 g ≤ 2000, 1000 → 3, battery costs one → 2.
    assert {k: s.score for k, s in card.scores.items()} == {
        "demand": 4,
        "trend": 5,
        "competition": 4,
        "margin": 3,
        "differentiation": 3,
        "supply": 3,
        "compliance_ip": 3,
        "logistics": 2,
    }
    assert card.missing == ["margin", "compliance_ip"]
    # (20×4 + 10×5 + 15×4 + 20×3 + 10×3 + 10×3 + 10×3 + 5×2) / 100 = 350 / 100
    assert card.total == D("3.50")


def test_weights_and_thresholds_are_saved_per_workspace(workspace):
    with workspace.transaction() as session:
        c = _plain(session)
        scorecard.set_weights(session, {k: 0 for k in scorecard.CRITERION_BY_KEY} | {"demand": 1})
        scorecard.set_thresholds(session, "demand", [500, 1000, 2000, 4000])
    with workspace.session() as session:
        card = scorecard.score_cards(session)[c.id]
        assert scorecard.weights(session)["demand"] == 1
    assert card.scores["demand"].score == 3 and card.total == D("3.00")
    with workspace.transaction() as session, pytest.raises(ValueError):
        scorecard.set_thresholds(session, "demand", [500, 400, 2000, 4000])
    with workspace.transaction() as session, pytest.raises(ValueError):
        scorecard.set_weights(session, {k: 0 for k in scorecard.CRITERION_BY_KEY})


def test_a_hand_score_needs_a_reason_and_wins(workspace):
    with workspace.transaction() as session:
        c = _plain(session)
        with pytest.raises(ValueError):
            pool.set_hand_score(session, c.id, "margin", 5, "  ")
        pool.set_hand_score(session, c.id, "margin", 5, "Supplier quote: 30 % margin")
    with workspace.session() as session:
        card = scorecard.score_cards(session)[c.id]
    assert card.scores["margin"].score == 5 and card.scores["margin"].by_hand
    assert "margin" not in card.missing
    assert card.total == D("3.90")  # 350 + 20 × (5 − 3) = 390


def test_margin_criterion_uses_the_profit_contract(workspace):
    with workspace.transaction() as session:
        set_rate(session, "USD", 7.2)
        c = pool.add_candidate(
            session, "Mat", markets=["US"], currency="USD", price="20", cost="36"
        )
    duty = D(str(load_reference("fees.json")["markets"]["US"]["duty"]["default"])) / 100
    landed = D(5) * (1 + duty)  # 36 CNY = 5 USD, no freight
    before_ads = D(20) - landed - D("0.05") * landed  # 5 % returns lose the landed cost
    expected = before_ads - D("0.10") * 20
    with workspace.session() as session:
        result = scorecard.candidate_profit(
            session.get(Candidate, c.id), rate_table({"CNY": 1.0, "USD": 7.2})
        )
    assert result.unit_profit == expected


def test_approval_puts_the_product_in_the_catalog_and_undo_takes_it_out(workspace):
    with workspace.transaction() as session:
        members = _team(session)
        c = pool.add_candidate(
            session,
            "Shower Speaker",
            category="Audio",
            attributes=["wireless", "battery"],
            currency="USD",
            price="29.99",
            cost="48",
            weight_g=380,
        )
        pm = members["product_manager"]
        outcome = decision.decide(session, c.id, "approve", "Good margin", pm.id, date(2026, 11, 2))
    assert outcome.warnings == []  # the product manager is Accountable for approval
    with workspace.session() as session:
        product = session.get(Product, outcome.product.id)
        sku = session.exec(select(Sku).where(Sku.product_id == product.id)).one()
        assert product.name == "Shower Speaker" and product.created_on == date(2026, 11, 2)
        assert (sku.cost, sku.cost_currency, sku.price, sku.price_currency) == (
            48.0,
            "CNY",
            29.99,
            "USD",
        )
        assert sku.has_battery and sku.has_radio and not sku.food_contact
        assert pool.current_decisions(session)[c.id].decision == "approve"
    with workspace.transaction() as session:
        with pytest.raises(ValueError):  # approved: undo first
            decision.decide(session, c.id, "reject", "changed my mind", pm.id)
        decision.undo_decision(session, c.id)
    with workspace.session() as session:
        assert session.get(Product, outcome.product.id) is None
        assert session.exec(select(Sku)).all() == []
        assert c.id not in pool.current_decisions(session)


def test_undo_keeps_a_product_that_already_sold(workspace):
    with workspace.transaction() as session:
        members = _team(session)
        c = pool.add_candidate(session, "Bowl", price="9.99", cost="6")
        outcome = decision.decide(
            session, c.id, "approve", "ok", members["product_manager"].id, date(2026, 11, 2)
        )
        session.exec(select(Sku)).one()
    with workspace.transaction() as session:
        from core.models import Market, Platform

        market, platform = (
            Market(code="US", name="US", currency="USD"),
            Platform(code="a", name="A"),
        )
        session.add_all([market, platform])
        session.flush()
        sku = session.exec(select(Sku)).one()
        session.add(
            SalesRecord(
                sku_id=sku.id,
                platform_id=platform.id,
                market_id=market.id,
                month=date(2026, 11, 1),
                units=3,
            )
        )
    with workspace.transaction() as session, pytest.raises(ValueError) as info:
        decision.undo_decision(session, c.id)
    assert outcome.product.spu_code in str(info.value)


def test_someone_else_approving_is_warned(workspace):
    with workspace.transaction() as session:
        members = _team(session)
        c = pool.add_candidate(session, "Lamp")
        outcome = decision.decide(session, c.id, "approve", "ok", members["finance"].id)
        assert [w.params["name"] for w in outcome.warnings] == [members["product_manager"].name]
        with pytest.raises(ValueError):
            decision.decide(session, c.id, "park", "", members["finance"].id)


def test_park_and_reject_change_nothing_in_the_catalog(workspace):
    with workspace.transaction() as session:
        members = _team(session)
        a, b = pool.add_candidate(session, "A"), pool.add_candidate(session, "B")
        decision.decide(session, a.id, "park", "later", members["finance"].id)
        decision.decide(session, b.id, "reject", "no", members["finance"].id)
        decision.decide(session, b.id, "park", "maybe after all", members["finance"].id)
    with workspace.session() as session:
        assert session.exec(select(Product)).all() == []
        current = pool.current_decisions(session)
        assert current[a.id].decision == "park" and current[b.id].decision == "park"
        assert pool.selection_state(session) == StepState.IN_PROGRESS


def test_bad_values_are_refused_with_a_message(workspace):
    with workspace.transaction() as session:
        with pytest.raises(ValueError):
            pool.add_candidate(session, " ")
        c = pool.add_candidate(session, "X")
        for field, value in [
            ("price", "-1"),
            ("reviews", "many"),
            ("rating", 7),
            ("attributes", ["radioactive"]),
            ("seasonality", [1, 2, 3]),
            ("ip_risk", "huge"),
            ("currency", "dollars"),
        ]:
            with pytest.raises(ValueError):
                pool.update_candidate(session, c.id, field, value)


def test_candidates_command_on_the_demo(demo_file, capsys):
    assert main(["candidates", str(demo_file), "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)["candidates"]
    assert len(rows) == 8
    assert [r["score"] for r in rows] == sorted((r["score"] for r in rows), reverse=True)
    for row in rows:
        assert set(row) == {"name", "score", "scores", "missing_data", "decision"}
        assert set(row["scores"]) == set(scorecard.CRITERION_BY_KEY)
        assert all(1 <= s <= 5 for s in row["scores"].values())
        # The total is the weighted mean of the scores with the default weights.
        weights = {c.key: c.weight for c in scorecard.CRITERIA}
        mean = sum(weights[k] * s for k, s in row["scores"].items()) / sum(weights.values())
        assert row["score"] == pytest.approx(mean, abs=0.005)
    decisions = sorted(r["decision"] or "-" for r in rows)
    assert decisions == ["-", "-", "-", "approve", "approve", "park", "park", "reject"]
    organizer = next(r for r in rows if r["name"] == "Magnetic Cable Organizer")
    assert set(organizer["missing_data"]) >= {"trend", "supply", "differentiation"}
    assert main(["candidates", str(demo_file)]) == 0
    assert "Magnetic Cable Organizer" in capsys.readouterr().out


def test_demo_approved_products_are_in_the_catalog(demo):
    with demo.session() as session:
        names = {p.name for p in session.exec(select(Product)).all()}
        assert {"Bluetooth Shower Speaker", "Collapsible Silicone Dog Bowl"} <= names
    assert step_states(demo)["selection"] == StepState.IN_PROGRESS


def test_a_version_two_workspace_gains_the_selection_tables(tmp_path):
    path = tmp_path / "old.matrixdesk"
    conn = sqlite3.connect(path, isolation_level=None)
    migrations.upgrade(conn, target=2)
    conn.execute("INSERT INTO product (spu_code, name) VALUES ('HM001', 'Bin')")
    conn.close()
    ws = open_workspace(path)
    try:
        assert ws.schema_version == migrations.SCHEMA_VERSION
        with ws.transaction() as session:
            pool.add_candidate(session, "New bin", markets=["DE"])
        with ws.session() as session:
            assert session.exec(select(Product)).one().spu_code == "HM001"
            assert [c.name for c in session.exec(select(Candidate)).all()] == ["New bin"]
    finally:
        ws.close()


# conftest runs this module's workspace tests on SQLite and on PostgreSQL.
BOTH_ENGINES = True
