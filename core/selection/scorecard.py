"""The product scorecard (产品评分卡): eight criteria scored 1–5, weighted, per candidate.

A criterion is scored from a number through four editable thresholds, or by hand with a
written reason (the hand score wins). Where the number is missing the criterion counts as a
neutral 3 and is listed in ``missing``: unknown is not a finding, but it is shown.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal

from sqlmodel import Session, select

from core.currency import rates as workspace_rates
from core.i18n import QT_TRANSLATE_NOOP, Message
from core.models import Setting
from core.selection import compliance, profit
from core.selection.models import (
    Candidate,
    CandidatePainPoint,
    CandidateScore,
    decimal_or_none,
)
from core.selection.reference import fee_defaults

WEIGHTS_KEY = "selection.weights"
THRESHOLDS_KEY = "selection.thresholds"
NEUTRAL = 3
# Assumed for the margin criterion until the seller works out the candidate's own numbers.
ASSUMED_TACOS = Decimal("0.10")
ASSUMED_RETURN_RATE = Decimal("0.05")


@dataclass(frozen=True)
class Criterion:
    key: str
    label: str
    higher_is_better: bool
    thresholds: tuple[float, float, float, float]  # the value needed for 2, 3, 4, 5 points
    weight: int
    measure: str  # what the number is, for the tooltip


CRITERIA: list[Criterion] = [
    Criterion(
        "demand",
        QT_TRANSLATE_NOOP("Scorecard", "Demand"),
        True,
        (100, 300, 1000, 3000),
        20,
        QT_TRANSLATE_NOOP("Scorecard", "units sold per month by the top competitors"),
    ),
    Criterion(
        "trend",
        QT_TRANSLATE_NOOP("Scorecard", "Trend and seasonality"),
        False,
        (3.0, 2.0, 1.5, 1.2),
        10,
        QT_TRANSLATE_NOOP("Scorecard", "peak month ÷ average month of the 12-month curve"),
    ),
    Criterion(
        "competition",
        QT_TRANSLATE_NOOP("Scorecard", "Competition"),
        False,
        (5000, 1000, 300, 100),
        15,
        QT_TRANSLATE_NOOP("Scorecard", "reviews of the leading competitors"),
    ),
    Criterion(
        "margin",
        QT_TRANSLATE_NOOP("Scorecard", "Margin after all costs"),
        True,
        (0.05, 0.10, 0.20, 0.30),
        20,
        QT_TRANSLATE_NOOP("Scorecard", "net margin from the profit calculator"),
    ),
    Criterion(
        "differentiation",
        QT_TRANSLATE_NOOP("Scorecard", "Differentiation"),
        True,
        (1, 2, 3, 5),
        10,
        QT_TRANSLATE_NOOP("Scorecard", "review pain points the product can fix"),
    ),
    Criterion(
        "supply",
        QT_TRANSLATE_NOOP("Scorecard", "Supply readiness"),
        False,
        (60, 45, 30, 15),
        10,
        QT_TRANSLATE_NOOP("Scorecard", "supplier lead time in days (MOQ over 1,000 costs a point)"),
    ),
    Criterion(
        "compliance_ip",
        QT_TRANSLATE_NOOP("Scorecard", "Compliance and IP risk"),
        False,
        (60000, 30000, 10000, 3000),
        10,
        QT_TRANSLATE_NOOP(
            "Scorecard", "certification cost in CNY (upper estimate); IP risk costs points"
        ),
    ),
    Criterion(
        "logistics",
        QT_TRANSLATE_NOOP("Scorecard", "Logistics friendliness"),
        False,
        (2000, 1000, 500, 250),
        5,
        QT_TRANSLATE_NOOP("Scorecard", "shipping weight in grams (a battery costs a point)"),
    ),
]
CRITERION_BY_KEY = {c.key: c for c in CRITERIA}


def _error(text: str, **params) -> ValueError:
    return ValueError(Message("Scorecard", text, params))


# --- weights and thresholds, saved per workspace -----------------------------------------


def weights(session: Session) -> dict[str, int]:
    saved = _setting(session, WEIGHTS_KEY)
    return {c.key: int(saved.get(c.key, c.weight)) for c in CRITERIA}


def set_weights(session: Session, new: dict[str, int]) -> None:
    clean = {}
    for c in CRITERIA:
        value = int(new.get(c.key, c.weight))
        if value < 0 or value > 100:
            raise _error(QT_TRANSLATE_NOOP("Scorecard", "A weight must be between 0 and 100."))
        clean[c.key] = value
    if sum(clean.values()) == 0:
        raise _error(QT_TRANSLATE_NOOP("Scorecard", "At least one weight must be above zero."))
    session.merge(Setting(key=WEIGHTS_KEY, value=json.dumps(clean)))
    session.flush()


def thresholds(session: Session) -> dict[str, tuple[float, ...]]:
    saved = _setting(session, THRESHOLDS_KEY)
    return {c.key: tuple(float(v) for v in saved.get(c.key, c.thresholds)) for c in CRITERIA}


def set_thresholds(session: Session, key: str, values: list[float]) -> None:
    criterion = CRITERION_BY_KEY[key]
    if len(values) != 4:
        raise _error(QT_TRANSLATE_NOOP("Scorecard", "Give four thresholds, for 2, 3, 4 and 5."))
    ordered = sorted(values) if criterion.higher_is_better else sorted(values, reverse=True)
    if list(values) != ordered:
        text = (
            QT_TRANSLATE_NOOP("Scorecard", "The thresholds must rise from 2 to 5 points.")
            if criterion.higher_is_better
            else QT_TRANSLATE_NOOP("Scorecard", "The thresholds must fall from 2 to 5 points.")
        )
        raise _error(text)
    saved = _setting(session, THRESHOLDS_KEY)
    saved[key] = [float(v) for v in values]
    session.merge(Setting(key=THRESHOLDS_KEY, value=json.dumps(saved)))
    session.flush()


def _setting(session: Session, key: str) -> dict:
    row = session.get(Setting, key)
    try:
        value = json.loads(row.value) if row else {}
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


def points(value: float, bands: tuple[float, ...], higher_is_better: bool) -> int:
    """1–5: one point plus one for every threshold the value reaches."""
    if higher_is_better:
        return 1 + sum(1 for t in bands if value >= t)
    return 1 + sum(1 for t in bands if value <= t)


# --- the numbers behind each criterion -----------------------------------------------------


@dataclass
class Inputs:
    """What a candidate's scores are computed from (read once per candidate)."""

    candidate: Candidate
    pain_points: list[CandidatePainPoint]
    rates: dict[str, Decimal]


def candidate_profit(candidate: Candidate, rates: dict[str, Decimal]) -> profit.ProfitResult | None:
    """Unit profit in the first target market with the reference fees, or None when the price,
    the cost or a rate is missing."""
    price, cost = decimal_or_none(candidate.price), decimal_or_none(candidate.cost)
    markets = candidate.market_list
    if price is None or cost is None or price <= 0 or not markets:
        return None
    fees = fee_defaults(candidate.platform, markets[0], candidate.category, candidate.weight_g)

    def pct(estimate) -> Decimal:
        return estimate.value / 100 if estimate is not None else Decimal(0)

    try:
        inputs = profit.ProfitInputs(
            price=price,
            currency=candidate.currency,
            cost=cost,
            cost_currency=candidate.cost_currency,
            freight=decimal_or_none(candidate.freight) or Decimal(0),
            freight_currency=candidate.freight_currency,
            duty=pct(fees.duty),
            vat=pct(fees.vat),
            referral=pct(fees.referral),
            payment=pct(fees.payment),
            fulfilment=fees.fulfilment.value if fees.fulfilment is not None else Decimal(0),
            return_rate=ASSUMED_RETURN_RATE,
            tacos=ASSUMED_TACOS,
        )
        landed = profit.calculate(inputs, rates).landed_cost
        # A returned unit is usually written off: the loss is its landed cost.
        inputs = profit.ProfitInputs(**{**inputs.__dict__, "return_loss": landed})
        return profit.calculate(inputs, rates)
    except profit.ProfitError:
        return None


def _seasonality_ratio(c: Candidate) -> float | None:
    curve = c.seasonality_curve
    mean = sum(curve) / 12 if curve else 0
    return max(curve) / mean if mean > 0 else None


def _compliance_cost(c: Candidate) -> float | None:
    if not c.market_list:
        return None
    found = compliance.requirements(c.category, c.attribute_list, c.market_list)
    return float(compliance.summarise(found).cost_high)


MEASURES: dict[str, Callable[[Inputs], float | None]] = {
    "demand": lambda i: i.candidate.monthly_units,
    "trend": lambda i: _seasonality_ratio(i.candidate),
    "competition": lambda i: i.candidate.reviews,
    "margin": lambda i: (
        float(r.net_margin) if (r := candidate_profit(i.candidate, i.rates)) else None
    ),
    "differentiation": lambda i: (
        float(len({p.tag.strip().lower() for p in i.pain_points})) if i.pain_points else None
    ),
    "supply": lambda i: i.candidate.lead_days,
    "compliance_ip": lambda i: _compliance_cost(i.candidate),
    "logistics": lambda i: i.candidate.weight_g,
}


def _adjust(key: str, score: int, c: Candidate) -> int:
    """Penalties the thresholds cannot express."""
    if key == "supply" and c.moq is not None and c.moq > 1000:
        score -= 1
    if key == "compliance_ip":
        score -= {"medium": 1, "high": 2}.get(c.ip_risk, 0)
    if key == "logistics" and "battery" in c.attribute_list:
        score -= 1  # dangerous goods: fewer carriers, dearer freight
    return max(1, min(5, score))


# --- the card ------------------------------------------------------------------------------


@dataclass
class CriterionScore:
    key: str
    score: int
    value: float | None  # the number it was scored from (None: by hand or missing)
    by_hand: bool = False
    reason: str = ""
    missing: bool = False


@dataclass
class ScoreCard:
    candidate_id: int
    total: Decimal  # weighted mean of the 1–5 scores, 2 places
    scores: dict[str, CriterionScore] = field(default_factory=dict)

    @property
    def missing(self) -> list[str]:
        return [k for k, s in self.scores.items() if s.missing]


def score_candidate(
    inputs: Inputs,
    weight_table: dict[str, int],
    threshold_table: dict[str, tuple[float, ...]],
    hand_scores: dict[str, CandidateScore],
) -> ScoreCard:
    c = inputs.candidate
    assert c.id is not None
    scores: dict[str, CriterionScore] = {}
    for criterion in CRITERIA:
        key = criterion.key
        if key in hand_scores:
            hand = hand_scores[key]
            scores[key] = CriterionScore(key, hand.score, None, True, hand.reason)
            continue
        value = MEASURES[key](inputs)
        if value is None:
            scores[key] = CriterionScore(key, NEUTRAL, None, missing=True)
            continue
        raw = points(float(value), threshold_table[key], criterion.higher_is_better)
        scores[key] = CriterionScore(key, _adjust(key, raw, c), float(value))
    total_weight = sum(weight_table.values())
    weighted = sum((Decimal(weight_table[k]) * s.score for k, s in scores.items()), Decimal(0))
    total = (weighted / Decimal(total_weight)) if total_weight else Decimal(0)
    return ScoreCard(c.id, total.quantize(Decimal("0.01"), ROUND_HALF_UP), scores)


def score_cards(session: Session) -> dict[int, ScoreCard]:
    """Every candidate's card, keyed by candidate id."""
    weight_table, threshold_table = weights(session), thresholds(session)
    rates = profit.rate_table(workspace_rates(session))
    pains: dict[int, list[CandidatePainPoint]] = {}
    for pain in session.exec(select(CandidatePainPoint)).all():
        pains.setdefault(pain.candidate_id, []).append(pain)
    hand: dict[int, dict[str, CandidateScore]] = {}
    for row in session.exec(select(CandidateScore)).all():
        hand.setdefault(row.candidate_id, {})[row.criterion] = row
    cards = {}
    for c in session.exec(select(Candidate)).all():
        assert c.id is not None
        inputs = Inputs(c, pains.get(c.id, []), rates)
        cards[c.id] = score_candidate(inputs, weight_table, threshold_table, hand.get(c.id, {}))
    return cards
