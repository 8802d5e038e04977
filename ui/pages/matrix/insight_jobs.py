"""The jobs behind the tabs beside the grid, run off the UI thread (plain job functions).

``read_insights`` is core's step 5 review (each SKU's facts from step 2's review: seconds on a
large catalog; then warnings, suggestions, role mix) plus the portfolio; ``read_warnings``
refreshes it after an edit with the facts it already has, so warnings and the role mix follow
the seller's edits within a moment. ``export_job`` writes the matrix as Excel.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from core.i18n import Translate
from core.jobs import Progress
from core.matrix.export import export_matrix
from core.matrix.grid import load_matrix
from core.matrix.mix import RoleMix
from core.matrix.portfolio import Portfolio, portfolio
from core.matrix.review import MatrixReview, refresh, review_matrix
from core.matrix.suggest import PriceRanks, RoleSuggestion, SkuFacts, suggest_for_cell
from core.matrix.warnings import MatrixWarning, matrix_warnings
from core.workspace import Workspace

CellKey = tuple[int, int, int]


@dataclass
class Insights:
    review: MatrixReview | None = None
    portfolio: Portfolio | None = None
    suggestions: dict[CellKey, RoleSuggestion] = field(default_factory=dict)
    ranks: PriceRanks = field(default_factory=PriceRanks)

    @classmethod
    def of(cls, review: MatrixReview, folio: Portfolio | None) -> Insights:
        return cls(
            review,
            folio,
            {s.key: s for s in review.suggestions},
            PriceRanks.of(review.facts.values()),
        )

    @property
    def warnings(self) -> list[MatrixWarning]:
        return self.review.warnings if self.review else []

    @property
    def mix(self) -> RoleMix | None:
        return self.review.mix if self.review else None

    @property
    def facts(self) -> dict[int, SkuFacts]:
        return self.review.facts if self.review else {}

    def suggestion(
        self, key: CellKey, category: str, planned_role: str | None
    ) -> tuple[str, Any, str, Any] | None:
        """(product role, why, platform role, why) the numbers suggest for a cell, listed or
        not; None before the review is read."""
        found = self.suggestions.get(key)
        if found is None and self.review is not None:
            found = suggest_for_cell(self.review.matrix, self.review.facts, *key, self.ranks)
        if found is None:
            return None
        return found.product_role, found.product_reason, found.platform_role, found.platform_reason


def read_insights(workspace: Workspace, as_of: date | None, progress: Progress) -> Insights:
    with workspace.session() as session:
        review = review_matrix(session, as_of, progress)
        progress.check()
        return Insights.of(review, portfolio(session, as_of))


def read_warnings(workspace: Workspace, previous: MatrixReview, progress: Progress) -> Insights:
    with workspace.session() as session:
        return Insights.of(refresh(session, previous), None)


def export_job(
    workspace: Workspace,
    path: Path,
    facts: dict[int, SkuFacts],
    translate: Translate,
    progress: Progress,
) -> Path:
    """The grid with its role colours and legend, the warnings and the fit, as Excel."""
    with workspace.session() as session:
        matrix = load_matrix(session)
        progress.check()
        warnings = matrix_warnings(matrix, facts)
    return export_matrix(path, matrix, warnings, translate)
