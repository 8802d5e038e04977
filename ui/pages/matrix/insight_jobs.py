"""The jobs behind the tabs beside the grid, run off the UI thread (plain job functions).

``read_insights`` reviews the catalog once (each SKU's margin, ABC class, lifecycle: seconds
on a large catalog) and computes everything; ``read_warnings`` reuses those facts after an
edit, so warnings and the role mix follow the seller's edits within a moment.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from core.jobs import Progress
from core.matrix.grid import load_matrix
from core.matrix.mix import RoleMix, role_mix
from core.matrix.portfolio import Portfolio, portfolio
from core.matrix.suggest import (
    PriceRanks,
    RoleSuggestion,
    SkuFacts,
    platform_role,
    product_role,
    sku_facts,
    suggest_roles,
)
from core.matrix.warnings import MatrixWarning, matrix_warnings
from core.workspace import Workspace

CellKey = tuple[int, int, int]


@dataclass
class Insights:
    warnings: list[MatrixWarning] = field(default_factory=list)
    mix: RoleMix | None = None
    portfolio: Portfolio | None = None
    facts: dict[int, SkuFacts] = field(default_factory=dict)
    suggestions: dict[CellKey, RoleSuggestion] = field(default_factory=dict)
    rules: dict[str, Any] = field(default_factory=dict)
    ranks: PriceRanks = field(default_factory=PriceRanks)

    def suggestion(
        self, key: CellKey, category: str, planned_role: str | None
    ) -> tuple[str, Any, str, Any] | None:
        """(product role, why, platform role, why) the numbers suggest for a cell, listed or
        not (the product role is the SKU's; the platform role follows step 3's plan)."""
        known = self.suggestions.get(key)
        if known is not None:
            return (
                known.product_role,
                known.product_reason,
                known.platform_role,
                known.platform_reason,
            )
        if not self.facts:
            return None
        fact = self.facts.get(key[0], SkuFacts(key[0], category))
        role, why = product_role(fact, self.ranks, self.rules)
        where, where_why = platform_role(fact, role, planned_role)
        return role, why, where, where_why


def read_insights(workspace: Workspace, as_of: date | None, progress: Progress) -> Insights:
    progress.report(0, 4, "")
    with workspace.session() as session:
        facts = sku_facts(session, as_of)
        progress.report(1, 4, "")
        result = read_warnings(workspace, as_of, facts, progress)
        progress.report(3, 4, "")
        result.portfolio = portfolio(session, as_of)
    return result


def read_warnings(
    workspace: Workspace,
    as_of: date | None,
    facts: dict[int, SkuFacts],
    progress: Progress,
) -> Insights:
    with workspace.session() as session:
        matrix = load_matrix(session)
        rules = matrix.context.rules if matrix.context else {}
        suggestions = {s.key: s for s in suggest_roles(matrix, facts, rules)}
        progress.check()
        return Insights(
            warnings=matrix_warnings(matrix, facts, rules),
            mix=role_mix(session, as_of),
            facts=facts,
            suggestions=suggestions,
            rules=rules,
            ranks=PriceRanks.of(facts.values()),
        )
