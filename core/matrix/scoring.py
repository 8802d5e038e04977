"""Fit scores without their explanations, fast enough for every cell of a large matrix.

:func:`core.matrix.fit.fit_score` builds a message per rule for each cell it scores, so that
the seller can read why; scoring 10,000 SKUs × 12 columns that way took about a minute.
``matrix --all``, the export's grid and the grid's colours need only the number: a
:class:`ColumnScorer` reads one platform-market column's rules once (band, fee, weight limit,
hazard points, priority, served) and then scores each SKU with a few comparisons on the same
exact decimals. The per-cell scorer stays the reference: tests compare the two on the demo
and on generated catalogs, cell by cell.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from core import money
from core.matrix.fit import FitContext, FitSubject, subject_category

NO_BAND_PRICE = None  # no price, or no rate to the band currency: the band is not judged


def _num(value: Any) -> Decimal:
    return money.amount(value) or Decimal(0)


def band_currency(context: FitContext) -> str:
    return str(context.rules.get("band_currency", "USD"))


def band_price(subject: FitSubject, context: FitContext) -> Decimal | None:
    """The subject's price in the rules' band currency (None: not judged), as fit_score
    compares it."""
    if subject.price is None:
        return NO_BAND_PRICE
    return money.convert_exact(
        subject.price, subject.currency, band_currency(context), dict(context.rates)
    )


class ColumnScorer:
    """``fit_score(subject, platform, …, market, context, open).score`` for one column."""

    def __init__(self, platform: str, market: str, context: FitContext) -> None:
        rules = context.rules
        self.context = context
        self.base = int(rules.get("base", 50))
        spec = rules.get("platforms", {}).get(platform.lower())
        self.fixed = self._priority(platform, market, rules, context)
        self.band: tuple[Decimal, Decimal, int, int, int] | None = None
        self.categories: dict[str, Any] = {}
        self.category_points: dict[str, int] = {}
        self.fees: tuple[Decimal, Decimal, Decimal, int, int] | None = None
        self.weight_limit: Any = None
        self.too_heavy = 0
        self.hazards: list[tuple[str, int]] = []
        self.has_spec = spec is not None
        if spec is not None:
            band = spec.get("price_band")
            if band:
                points = rules.get("price_band", {})
                self.band = (
                    _num(band[0]),
                    _num(band[1]),
                    int(points.get("below", 0)),
                    int(points.get("inside", 0)),
                    int(points.get("above", 0)),
                )
            self.categories = spec.get("categories", {})
            if "fee_percent" in spec:
                limits = rules.get("fees", {})
                self.fees = (
                    _num(spec["fee_percent"]) / 100,
                    _num(limits.get("thin_margin", 0)),
                    _num(limits.get("healthy_margin", 1)),
                    int(limits.get("thin_points", 0)),
                    int(limits.get("healthy_points", 0)),
                )
            self.weight_limit = spec.get("max_weight_g")
            self.too_heavy = int(rules.get("logistics", {}).get("too_heavy", 0))
            self.hazards = [(flag, int(p)) for flag, p in spec.get("hazards", {}).items() if p]
            markets = spec.get("markets")
            if markets and market.upper() not in {str(m).upper() for m in markets}:
                self.fixed += int(rules.get("not_served", 0))
        compliance = rules.get("compliance", {})
        self.per_open = _num(compliance.get("per_open", 0))
        self.floor = _num(compliance.get("floor", 0))

    @staticmethod
    def _priority(platform: str, market: str, rules: dict[str, Any], context: FitContext) -> int:
        spec = rules.get("priority", {})
        order = [p.lower() for p in context.priority]
        points = 0
        if order:
            if platform.lower() in order:
                table = spec.get("points", [0]) or [0]
                points += int(table[min(order.index(platform.lower()), len(table) - 1)])
            else:
                points += int(spec.get("unranked", 0))
        targets = {m.upper() for m in context.target_markets}
        if targets and market.upper() not in targets:
            points += int(spec.get("off_target_market", 0))
        return points

    def _category(self, category: str) -> int:
        found = self.category_points.get(category)
        if found is None:
            keys = self.context.category_keys
            key = keys.get(category)
            if key is None:
                key = keys[category] = subject_category(category, self.context.rules)
            found = self.category_points[category] = int(
                self.categories.get(key, self.categories.get("default", 0))
            )
        return found

    def score(self, subject: FitSubject, price: Decimal | None, open_count: int) -> int:
        """``price``: :func:`band_price` of the subject; ``open_count``: certifications still
        missing in the column's market."""
        total = self.base + self.fixed
        if self.has_spec:
            if self.band is not None and price is not None:
                low, high, below, inside, above = self.band
                total += below if price < low else above if price > high else inside
            if self.categories:
                total += self._category(subject.category)
            if self.fees is not None and subject.margin is not None:
                fee, thin, healthy, thin_points, healthy_points = self.fees
                left = subject.margin - fee
                if left < thin:
                    total += thin_points
                elif left >= healthy:
                    total += healthy_points
            limit = self.weight_limit
            if limit is not None and subject.weight_g is not None and subject.weight_g > limit:
                total += self.too_heavy
            for flag, points in self.hazards:
                if flag in subject.hazards:
                    total += points
        if open_count:
            total += int(max(self.per_open * open_count, self.floor))
        return max(0, min(100, total))
