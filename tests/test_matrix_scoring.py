"""The fast fit score (core.matrix.scoring, ``Matrix.score``) is the per-cell scorer's number
(``fit_score(...).score``) on every cell: the demo, and generated catalogs with prices on the
band edges, missing prices and costs, currencies without a rate, listings with their own
price, hazards, weights around the limits, sign-offs and edited rules (fractions included)."""

from __future__ import annotations

import random
import sqlite3
from dataclasses import replace
from pathlib import Path

import pytest

from core import money
from core.demo import build_demo
from core.matrix import compliance
from core.matrix.fit import fit_score
from core.matrix.grid import load_matrix
from core.matrix.rules import default_rules, save_fit_rules
from core.workspace import open_workspace

BOTH_ENGINES = True

HAZARDS = ("has_battery", "is_liquid", "is_powder", "is_magnetic")
COMPLIANCE_FLAGS = ("for_children", "food_contact", "has_radio")


def reference_scores(matrix) -> dict:
    """Every cell scored by the per-cell scorer, without the matrix's caches."""
    scores = {}
    for row in matrix.rows:
        subject = matrix.subjects[row.sku_id]
        for column, cell in zip(matrix.columns, row.cells, strict=True):
            if cell.state is not None and cell.state.price is not None:
                subject_here = replace(
                    subject,
                    price=money.amount(cell.state.price),
                    currency=cell.state.currency or subject.currency,
                )
            else:
                subject_here = subject
            product = matrix.products.get(subject.product_id)
            open_ = (
                compliance.open_requirements(product, column.market_code, matrix.signed_off)
                if product is not None
                else []
            )
            scores[cell.key] = fit_score(
                subject_here,
                column.platform_code,
                column.platform_name,
                column.market_code,
                matrix.context,
                open_,
            ).score
    return scores


def fast_scores(matrix) -> dict:
    return {cell.key: matrix.score(cell) for row in matrix.rows for cell in row.cells}


def test_fast_scores_equal_the_per_cell_scorer_on_the_demo(demo):
    with demo.session() as session:
        matrix = load_matrix(session)
        reference = reference_scores(load_matrix(session))
    fast = fast_scores(matrix)
    assert len(fast) == len(matrix.rows) * len(matrix.columns) > 1000
    assert fast == reference
    # and the cached explained score agrees too
    assert all(matrix.fit(c).score == fast[c.key] for r in matrix.rows[:20] for c in r.cells)


def _edited_rules(rng: random.Random) -> dict:
    rules = default_rules()
    rules["base"] = rng.choice([40, 50, 55])
    rules["band_currency"] = rng.choice(["USD", "EUR", "CNY"])
    rules["price_band"] = {"inside": 12.5, "below": -7.9, "above": rng.choice([-10, -3.5])}
    rules["fees"] = {
        "thin_margin": rng.choice([0.15, 0.2]),
        "thin_points": -9.5,
        "healthy_margin": rng.choice([0.35, 0.5]),
        "healthy_points": 4.7,
    }
    rules["compliance"] = {"per_open": rng.choice([-5, -6.5]), "floor": rng.choice([-20, -13])}
    rules["priority"]["points"] = rng.choice([[10, 5, 0], [8], [12.5, 3]])
    rules["platforms"]["amazon"]["categories"]["default"] = 2.5
    rules["platforms"]["tiktok"]["markets"] = ["US", "GB"]  # not served in DE and JP
    rules["platforms"].pop("shopify")  # a platform without rules
    return rules


def _generated_workspace(path: Path, seed: int):
    """The demo plus 300 SKUs drawn at random, listed at random, some with their own price."""
    rng = random.Random(seed)
    build_demo(path).close()
    conn = sqlite3.connect(path)
    categories = [row[0] for row in conn.execute("SELECT id FROM category")]
    for name in ("Handmade gifts 手工", "Beauty 美妆", "Toys for children"):
        conn.execute("INSERT INTO category (name) VALUES (?)", (name,))
        categories.append(conn.execute("SELECT last_insert_rowid()").fetchone()[0])
    conn.execute("INSERT INTO platform (code, name) VALUES ('etsy', 'Etsy')")
    conn.execute("INSERT INTO market (code, name, currency) VALUES ('GB', 'UK', 'GBP')")
    platforms = [row[0] for row in conn.execute("SELECT id FROM platform")]
    markets = [row[0] for row in conn.execute("SELECT id FROM market")]
    edges = [1, 5, 20, 25, 30, 40, 150, 500, 1000]  # the default bands' edges, in USD
    for p in range(60):
        conn.execute(
            "INSERT INTO product (spu_code, name, category_id, created_on) "
            "VALUES (?, ?, ?, '2025-01-01')",
            (f"GEN{p:03d}", f"Generated {p}", rng.choice(categories + [None])),
        )
        product_id = conn.execute("SELECT last_insert_rowid()").fetchone()[0]
        for s in range(5):
            currency = rng.choice(["USD", "USD", "EUR", "GBP", "JPY", "CNY", "XTS"])
            price = rng.choice(
                [None, float(rng.choice(edges)), rng.randint(50, 120000) / 100, rng.randint(1, 9)]
            )
            cost = rng.choice([None, rng.randint(100, 40000) / 100])
            weight = rng.choice([None, 2000.0, 2000.5, 5000, 22000.1, rng.randint(10, 30000)])
            flags = [int(rng.random() < 0.2) for _ in HAZARDS + COMPLIANCE_FLAGS]
            conn.execute(
                "INSERT INTO sku (product_id, sku_code, cost, cost_currency, price, "
                "price_currency, weight_g, "
                + ", ".join(HAZARDS + COMPLIANCE_FLAGS)
                + ") VALUES (?, ?, ?, ?, ?, ?, ?"
                + ", ?" * len(flags)
                + ")",
                (
                    product_id,
                    f"GEN{p:03d}-{s}",
                    cost,
                    rng.choice(["CNY", "USD"]),
                    price,
                    currency,
                    weight,
                    *flags,
                ),
            )
            sku_id = conn.execute("SELECT last_insert_rowid()").fetchone()[0]
            for platform in platforms:
                for market in markets:
                    if rng.random() < 0.3:
                        own = rng.choice([None, None, float(rng.choice(edges)), 12.34])
                        conn.execute(
                            "INSERT INTO listing (sku_id, platform_id, market_id, status, "
                            "price, currency) VALUES (?, ?, ?, 'planned', ?, ?)",
                            (sku_id, platform, market, own, rng.choice([None, "EUR", "GBP"])),
                        )
    # margins exactly on the fee rules' edges: (thin or healthy) + each platform's fee
    margins = {t + f for t in (15, 20, 35, 50) for f in (0, 3, 8, 10, 15)}
    for margin in sorted(margins):
        conn.execute(
            "INSERT INTO sku (product_id, sku_code, cost, cost_currency, price, price_currency) "
            "VALUES (?, ?, ?, 'USD', 100.0, 'USD')",
            (product_id, f"EDGE-{margin}", float(100 - margin)),
        )
    conn.commit()
    conn.close()
    workspace = open_workspace(path)
    with workspace.transaction() as session:
        save_fit_rules(session, _edited_rules(rng))
        matrix = load_matrix(session)
        for row in rng.sample(matrix.rows, 40):  # some paperwork done
            for market in ("US", "DE", "GB"):
                needed = compliance.needed(matrix.products[row.product_id], market)
                for requirement in needed[: rng.randint(0, len(needed))]:
                    compliance.set_signed_off(session, row.product_id, market, requirement.id)
    return workspace


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_fast_scores_equal_the_per_cell_scorer_on_generated_catalogs(tmp_path, seed):
    workspace = _generated_workspace(tmp_path / "gen.matrixdesk", seed)
    try:
        with workspace.session() as session:
            matrix = load_matrix(session)
            reference = reference_scores(load_matrix(session))
    finally:
        workspace.close()
    assert len(matrix.columns) >= 15 and len(matrix.rows) > 300
    fast = fast_scores(matrix)
    assert fast == reference
    assert len(set(fast.values())) > 15  # the rules were exercised, not one score everywhere
    assert None not in fast.values()


def test_a_sign_off_moves_the_scores_of_that_product_and_market_only(demo):
    with demo.session() as session:
        matrix = load_matrix(session)
    pairs = [
        (row.product_id, column.market_code, row, cell)
        for row in matrix.rows
        for column, cell in zip(matrix.columns, row.cells, strict=True)
        if matrix.open_compliance(row.product_id, column.market_code)
    ]
    assert pairs, "the demo has products listed before their paperwork"
    product_id, market, row, cell = pairs[0]
    before = {c.key: (matrix.score(c), matrix.fit(c).score) for r in matrix.rows for c in r.cells}
    needed = {r.id for r in matrix.open_compliance(product_id, market)}
    have = matrix.signed_off.get(product_id, {}).get(market, set())
    with demo.transaction() as session:
        compliance.replace_signed_off(session, product_id, market, needed | have)
    matrix.set_signed_off(product_id, market, needed | have)
    assert matrix.open_compliance(product_id, market) == []
    with demo.session() as session:
        fresh = load_matrix(session)  # read again from the workspace
    after = {c.key: (matrix.score(c), matrix.fit(c).score) for r in matrix.rows for c in r.cells}
    assert after == {
        c.key: (fresh.score(c), fresh.fit(c).score) for r in fresh.rows for c in r.cells
    }
    moved = {key for key in after if after[key] != before[key]}
    assert cell.key in moved
    market_ids = {c.market_id for c in matrix.columns if c.market_code == market}
    skus = {r.sku_id for r in matrix.rows if r.product_id == product_id}
    assert all(key[0] in skus and key[2] in market_ids for key in moved)
