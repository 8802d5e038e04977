"""Tables of step 4 (created by ``V_SELECTION`` in core/migrations.py, frozen SQL)."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any

from sqlmodel import Field

import core.models  # noqa: F401 - the tables referenced by foreign keys
from core.edits import Stamped, Versioned


def _json(text: str, default: Any) -> Any:
    try:
        value = json.loads(text or "")
    except ValueError:
        return default
    return value if isinstance(value, type(default)) else default


def decimal_or_none(text: str | None) -> Decimal | None:
    if text is None or text == "":
        return None
    try:
        value = Decimal(text)
    except InvalidOperation:
        return None
    return value if value.is_finite() else None


class Candidate(Versioned, table=True):
    """A product the team is considering: research numbers, costs and where it would sell."""

    id: int | None = Field(default=None, primary_key=True)
    name: str
    category: str = ""
    notes: str = ""
    attributes: str = "[]"  # JSON list of core.selection.compliance attribute keys
    markets: str = "[]"  # JSON list of market codes, e.g. ["US", "DE"]
    platform: str = ""  # platform code the profit is worked out for, e.g. "amazon"
    currency: str = "USD"  # selling currency
    price: str | None = None  # exact decimal text
    cost: str | None = None
    cost_currency: str = "CNY"
    freight: str | None = None
    freight_currency: str = "CNY"
    weight_g: float | None = None
    moq: int | None = None
    lead_days: int | None = None
    monthly_units: int | None = None
    monthly_revenue: str | None = None
    reviews: int | None = None
    rating: float | None = None
    bsr: int | None = None
    sellers: int | None = None
    seasonality: str = "[]"  # JSON list of 12 numbers, January first
    ip_risk: str = ""  # "", "low", "medium", "high"
    sources: str = "{}"  # JSON {field: {"file": ..., "date": ...}} for imported values
    created_on: date | None = None

    @property
    def attribute_list(self) -> list[str]:
        return [str(a) for a in _json(self.attributes, [])]

    @property
    def market_list(self) -> list[str]:
        return [str(m) for m in _json(self.markets, [])]

    @property
    def seasonality_curve(self) -> list[float]:
        values = _json(self.seasonality, [])
        try:
            curve = [float(v) for v in values]
        except (TypeError, ValueError):
            return []
        return curve if len(curve) == 12 else []

    @property
    def source_map(self) -> dict[str, dict[str, str]]:
        return _json(self.sources, {})


class CandidatePainPoint(Versioned, table=True):
    """A complaint seen in competitors' reviews: a chance to do better."""

    id: int | None = Field(default=None, primary_key=True)
    candidate_id: int = Field(foreign_key="candidate.id")
    tag: str  # short label, e.g. "battery life"
    note: str = ""
    mentions: int = 1
    source: str = ""


class CandidateScore(Versioned, table=True):
    """A criterion scored by hand, with the reason written down."""

    id: int | None = Field(default=None, primary_key=True)
    candidate_id: int = Field(foreign_key="candidate.id")
    criterion: str
    score: int
    reason: str


class CandidateDecision(Stamped, table=True):
    """Approve (立项), park or reject; the latest one not undone is the candidate's decision."""

    id: int | None = Field(default=None, primary_key=True)
    candidate_id: int = Field(foreign_key="candidate.id")
    decision: str
    reason: str = ""
    decided_on: date
    approver_id: int | None = Field(default=None, foreign_key="teammember.id")
    approver_name: str = ""
    product_id: int | None = Field(default=None, foreign_key="product.id")
    score: str | None = None  # the total score when decided
    undone_at: str | None = None
