"""Everything step 5's page shows, in one job (run off the UI thread by ui/job_runner.py):

    result = review_matrix(session, as_of, progress)
    result.matrix, result.facts, result.warnings, result.suggestions, result.mix

After an edit the page can call ``refresh(session, result)``: it reloads the matrix (fast,
plain rows) and recomputes warnings, suggestions and the role mix with the facts it already
has, since a role or status change does not change a SKU's margin, class or lifecycle.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlmodel import Session

from core.jobs import Progress
from core.matrix.grid import Matrix, load_matrix
from core.matrix.mix import RoleMix, role_mix
from core.matrix.suggest import RoleSuggestion, SkuFacts, sku_facts, suggest_roles
from core.matrix.warnings import MatrixWarning, matrix_warnings


@dataclass
class MatrixReview:
    matrix: Matrix
    facts: dict[int, SkuFacts]
    warnings: list[MatrixWarning]
    suggestions: list[RoleSuggestion]
    mix: RoleMix
    as_of: date


def review_matrix(
    session: Session, as_of: date | None = None, progress: Progress | None = None
) -> MatrixReview:
    as_of = as_of or date.today()
    progress = progress or Progress()
    progress.report(0, 3)
    facts = sku_facts(session, as_of)
    progress.report(1, 3)
    matrix = load_matrix(session)
    progress.report(2, 3)
    result = _complete(session, matrix, facts, as_of)
    progress.report(3, 3)
    return result


def refresh(session: Session, previous: MatrixReview) -> MatrixReview:
    return _complete(session, load_matrix(session), previous.facts, previous.as_of)


def _complete(
    session: Session, matrix: Matrix, facts: dict[int, SkuFacts], as_of: date
) -> MatrixReview:
    return MatrixReview(
        matrix=matrix,
        facts=facts,
        warnings=matrix_warnings(matrix, facts),
        suggestions=suggest_roles(matrix, facts),
        mix=role_mix(session, as_of),
        as_of=as_of,
    )
