"""Step 5 of the demo workspace: a filled matrix with warnings worth acting on.

- The products that have sold for a year have their certifications signed off in the markets
  they are listed in; the two products approved in step 4 have not (yet).
- Listings without a role get the suggested roles, except on the platform-markets that carry
  step 3's SKU-count goals (Amazon US, TikTok Shop US): there the demo keeps step 3's partial
  roles, so those goals show real progress (some on track, some not).
- Each SKU of an approved product is planned on the two best-fitting platforms of its
  candidate's markets, with its suggested roles: the certifications they still miss are the
  warning to act on.
"""

from __future__ import annotations

from datetime import date

from sqlmodel import Session, col, select

from core.goals.models import Goal
from core.goals.roles import Measure
from core.matrix import compliance
from core.matrix.cells import set_cell
from core.matrix.grid import CellState, load_matrix
from core.matrix.suggest import (
    PriceRanks,
    accept_suggestions,
    platform_role,
    product_role,
    sku_facts,
    suggest_roles,
)
from core.selection.models import Candidate, CandidateDecision

PLACEMENTS_PER_SKU = 2


def build_demo_matrix(session: Session, anchor: date) -> None:
    session.flush()
    facts = sku_facts(session, anchor)
    matrix = load_matrix(session)
    approved = _approved_markets(session)
    # 1. A year of selling means the paperwork is done for what is listed.
    for row, column, _cell in matrix.listed_cells():
        if row.product_id in approved:
            continue
        for requirement in compliance.needed(matrix.products[row.product_id], column.market_code):
            compliance.set_signed_off(session, row.product_id, column.market_code, requirement.id)
    # 2. Suggested roles where step 3 counts nothing.
    counted = {
        (g.platform_id, g.market_id)
        for g in session.exec(select(Goal).where(Goal.measure == Measure.SKU_COUNT.value)).all()
    }
    suggestions = [
        s for s in suggest_roles(matrix, facts) if (s.platform_id, s.market_id) not in counted
    ]
    accept_suggestions(session, suggestions, only_unassigned=True)
    # 3. The approved products, planned where they fit best.
    matrix = load_matrix(session)
    ranks = PriceRanks.of(facts.values())
    rules = matrix.context.rules if matrix.context else {}
    for row in matrix.rows:
        markets = approved.get(row.product_id)
        if not markets:
            continue
        fact = facts[row.sku_id]
        choices = [
            (matrix.fit(cell), column, cell)
            for column, cell in zip(matrix.columns, row.cells, strict=True)
            if column.market_code in markets and not cell.listed
        ]
        choices.sort(key=lambda item: (-(item[0].score if item[0] else 0), item[1].title))
        role, _why = product_role(fact, ranks, rules)
        for _fit, column, cell in choices[:PLACEMENTS_PER_SKU]:
            where, _ = platform_role(fact, role, column.planned_role)
            set_cell(session, *cell.key, CellState(product_role=role, platform_role=where))


def _approved_markets(session: Session) -> dict[int, set[str]]:
    """product id → the markets its candidate aims at, for products approved in step 4."""
    rows = session.exec(
        select(CandidateDecision, Candidate)
        .join(Candidate, col(Candidate.id) == col(CandidateDecision.candidate_id))
        .where(
            col(CandidateDecision.undone_at).is_(None),
            CandidateDecision.decision == "approve",
            col(CandidateDecision.product_id).is_not(None),
        )
    ).all()
    return {
        decision.product_id: {compliance.normalise_market(m) for m in candidate.market_list}
        for decision, candidate in rows
        if decision.product_id is not None
    }
