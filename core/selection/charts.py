"""Series behind the step 4 charts (the views only draw them)."""

from __future__ import annotations

from dataclasses import dataclass

from core.selection.models import Candidate
from core.selection.scorecard import CRITERIA, ScoreCard

MONTHS = 12


@dataclass
class ScoreSeries:
    """Scores per criterion (in CRITERIA order) for one to four candidates."""

    criteria: list[str]
    names: list[str]
    scores: list[list[int]]  # one list per candidate, aligned with ``criteria``
    missing: list[list[bool]]
    totals: list[float]


def score_series(cards: list[tuple[str, ScoreCard]]) -> ScoreSeries:
    keys = [c.key for c in CRITERIA]
    return ScoreSeries(
        criteria=keys,
        names=[name for name, _ in cards],
        scores=[[card.scores[k].score for k in keys] for _, card in cards],
        missing=[[card.scores[k].missing for k in keys] for _, card in cards],
        totals=[float(card.total) for _, card in cards],
    )


def seasonality_index(candidate: Candidate) -> list[float]:
    """The 12-month curve as an index (average month = 100), or [] when none was entered."""
    curve = candidate.seasonality_curve
    mean = sum(curve) / MONTHS if curve else 0
    return [round(v / mean * 100, 1) for v in curve] if mean > 0 else []
