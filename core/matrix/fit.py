"""The fit score (0–100) of a SKU on a platform in a market, and why.

score = base + the points of every rule that applies, kept within 0–100. The rules and their
numbers live in core.matrix.rules (editable per workspace):

- price band: the price (the listing's, else the SKU's), in ``band_currency``, inside the
  platform's typical basket [low, high] → ``price_band.inside``; below low → ``below``;
  above high → ``above`` (high-ticket fits Amazon and Shopify, impulse prices TikTok Shop,
  low prices AliExpress and Temu, South-East Asia's price-sensitive buyers Shopee).
- category: the platform's points for the product's category (Etsy wants handmade/custom).
- fees: list margin (price − cost) ÷ price minus the platform's ``fee_percent``: below
  ``fees.thin_margin`` → ``thin_points``; at or above ``healthy_margin`` → ``healthy_points``.
- logistics: heavier than the platform's ``max_weight_g`` → ``logistics.too_heavy``; each
  hazard flag (battery, liquid …) the platform's fulfilment restricts → its points.
- priority (step 3): the platform's rank in the priority list → ``priority.points[rank]``
  (ranks past the list take the last number); a platform left out of a set list →
  ``unranked``; a market that is not one of step 3's target markets → ``off_target_market``.
- served: the platform does not sell in the market at all → ``not_served``.
- compliance (step 4's pre-check): each certification not signed off → ``compliance.per_open``,
  no lower than ``compliance.floor`` in all.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from core import money
from core.i18n import QT_TRANSLATE_NOOP, Message
from core.matrix.compliance import requirement_names
from core.models import HAZARD_FLAGS
from core.selection.compliance import Requirement
from core.selection.reference import category_key

CTX = "Matrix"

RULE_LABELS: dict[str, str] = {
    "price_band": QT_TRANSLATE_NOOP("Matrix", "Price band"),
    "category": QT_TRANSLATE_NOOP("Matrix", "Category norms"),
    "fees": QT_TRANSLATE_NOOP("Matrix", "Fees"),
    "logistics": QT_TRANSLATE_NOOP("Matrix", "Logistics"),
    "priority": QT_TRANSLATE_NOOP("Matrix", "Platform priority"),
    "market": QT_TRANSLATE_NOOP("Matrix", "Target market"),
    "served": QT_TRANSLATE_NOOP("Matrix", "Platform in market"),
    "compliance": QT_TRANSLATE_NOOP("Matrix", "Compliance"),
}


@dataclass(frozen=True)
class Contribution:
    rule: str  # a key of RULE_LABELS
    points: int
    reason: Message


@dataclass(frozen=True)
class FitScore:
    score: int
    base: int
    contributions: tuple[Contribution, ...] = ()

    def explain(self) -> list[Message]:
        """One line per rule, "+15 Price band: …", for a tooltip or the fit panel."""
        return [
            Message(
                CTX,
                "{points:+d} {rule}: {reason}",
                {"points": c.points, "rule": Message(CTX, RULE_LABELS[c.rule]), "reason": c.reason},
            )
            for c in self.contributions
        ]


@dataclass(frozen=True)
class FitSubject:
    """What the rules look at for one SKU (money as exact decimals)."""

    product_id: int
    category: str
    price: Decimal | None
    currency: str
    margin: Decimal | None  # (price − cost) ÷ price, both in the base currency
    weight_g: float | None
    hazards: frozenset[str] = frozenset()  # core.models.HAZARD_FLAGS keys that are set


@dataclass
class FitContext:
    """What the rules need besides the SKU: the rules, rates and step 3's plan."""

    rules: dict[str, Any]
    rates: Mapping[str, float]
    priority: Sequence[str] = ()  # platform codes, first = most important
    target_markets: Sequence[str] = ()  # market codes; empty = every market
    cache: dict[Any, FitScore] = field(default_factory=dict)
    category_keys: dict[str, str] = field(default_factory=dict)


def subject_category(category: str, rules: dict[str, Any]) -> str:
    """The category key the platform rules use: the rules' own words first (handmade,
    beauty …), then step 4's fee categories (electronics, home, pet …)."""
    text = (category or "").lower()
    for key, words in rules.get("category_words", {}).items():
        if any(str(word).lower() in text for word in words):
            return str(key)
    return category_key(category)


def _num(value: Any) -> Decimal:
    return money.amount(value) or Decimal(0)


def _text(value: Decimal) -> str:
    return f"{value.normalize():f}" if value == value.to_integral() else f"{value:.2f}"


def fit_score(
    subject: FitSubject,
    platform: str,
    platform_name: str,
    market: str,
    context: FitContext,
    open_compliance: Sequence[Requirement] = (),
) -> FitScore:
    """The score of ``subject`` on ``platform`` (code) in ``market`` (code), with each rule's
    contribution. ``open_compliance``: the certifications still missing in that market."""
    rules = context.rules
    spec = rules.get("platforms", {}).get(platform.lower())
    base = int(rules.get("base", 50))
    parts: list[Contribution] = []
    names = {"platform": platform_name, "market": market}

    def add(rule: str, points: Any, text: str, **params: Any) -> None:
        parts.append(Contribution(rule, int(points), Message(CTX, text, {**names, **params})))

    if spec is None:
        add("served", 0, QT_TRANSLATE_NOOP("Matrix", "No fit rules for {platform} yet."))
    else:
        _price_band(subject, spec, rules, context, add)
        _category(subject, spec, context, add)
        _fees(subject, spec, rules, add)
        _logistics(subject, spec, rules, add)
        markets = spec.get("markets")
        if markets and market.upper() not in {str(m).upper() for m in markets}:
            add(
                "served",
                rules.get("not_served", 0),
                QT_TRANSLATE_NOOP("Matrix", "{platform} does not sell in {market}."),
            )
    _priority(platform, market, rules, context, add)
    if open_compliance:
        per_open = _num(rules.get("compliance", {}).get("per_open", 0))
        floor = _num(rules.get("compliance", {}).get("floor", 0))
        points = max(per_open * len(open_compliance), floor)
        add(
            "compliance",
            points,
            QT_TRANSLATE_NOOP("Matrix", "Not signed off for {market}: {missing}."),
            missing=requirement_names(list(open_compliance), limit=len(open_compliance)),
        )
    total = base + sum(p.points for p in parts)
    return FitScore(max(0, min(100, total)), base, tuple(parts))


def _price_band(subject, spec, rules, context, add) -> None:
    band = spec.get("price_band")
    if not band:
        return
    band_currency = str(rules.get("band_currency", "USD"))
    low, high = _num(band[0]), _num(band[1])
    params = {"low": _text(low), "high": _text(high), "band_currency": band_currency}
    if subject.price is None:
        add("price_band", 0, QT_TRANSLATE_NOOP("Matrix", "No price yet: price band not judged."))
        return
    price = money.convert_exact(subject.price, subject.currency, band_currency, dict(context.rates))
    if price is None:
        add(
            "price_band",
            0,
            QT_TRANSLATE_NOOP(
                "Matrix",
                "No exchange rate from {currency} to {band_currency}: price band not judged.",
            ),
            currency=subject.currency,
            band_currency=band_currency,
        )
        return
    params["price"] = f"{price:.2f}"
    points = rules.get("price_band", {})
    if price < low:
        add(
            "price_band",
            points.get("below", 0),
            QT_TRANSLATE_NOOP(
                "Matrix",
                "{price} {band_currency} is below {platform}'s typical basket "
                "({low}–{high} {band_currency}).",
            ),
            **params,
        )
    elif price > high:
        add(
            "price_band",
            points.get("above", 0),
            QT_TRANSLATE_NOOP(
                "Matrix",
                "{price} {band_currency} is above {platform}'s typical basket "
                "({low}–{high} {band_currency}).",
            ),
            **params,
        )
    else:
        add(
            "price_band",
            points.get("inside", 0),
            QT_TRANSLATE_NOOP(
                "Matrix",
                "{price} {band_currency} is inside {platform}'s typical basket "
                "({low}–{high} {band_currency}).",
            ),
            **params,
        )


def _category(subject, spec, context, add) -> None:
    categories = spec.get("categories", {})
    key = context.category_keys.get(subject.category)
    if key is None:
        key = context.category_keys[subject.category] = subject_category(
            subject.category, context.rules
        )
    points = categories.get(key, categories.get("default", 0))
    if points:
        add(
            "category",
            points,
            QT_TRANSLATE_NOOP("Matrix", "{category} on {platform}: {delta} by the category norms."),
            category=subject.category or key,
            delta=f"{int(points):+d}",
        )


def _fees(subject, spec, rules, add) -> None:
    if "fee_percent" not in spec:
        return
    fee = _num(spec["fee_percent"]) / 100
    if subject.margin is None:
        add("fees", 0, QT_TRANSLATE_NOOP("Matrix", "No cost or price: fees not judged."))
        return
    left = subject.margin - fee
    limits = rules.get("fees", {})
    params = {"fee": _text(fee * 100), "left": f"{left * 100:.1f}"}
    if left < _num(limits.get("thin_margin", 0)):
        add(
            "fees",
            limits.get("thin_points", 0),
            QT_TRANSLATE_NOOP(
                "Matrix", "After {platform}'s ~{fee} % fees only {left} % margin is left."
            ),
            **params,
        )
    elif left >= _num(limits.get("healthy_margin", 1)):
        add(
            "fees",
            limits.get("healthy_points", 0),
            QT_TRANSLATE_NOOP(
                "Matrix", "After {platform}'s ~{fee} % fees {left} % margin is left."
            ),
            **params,
        )


def _logistics(subject, spec, rules, add) -> None:
    limit = spec.get("max_weight_g")
    if limit is not None and subject.weight_g is not None and subject.weight_g > limit:
        add(
            "logistics",
            rules.get("logistics", {}).get("too_heavy", 0),
            QT_TRANSLATE_NOOP(
                "Matrix", "{weight} g: heavier than the {limit} g that suit {platform}'s shipping."
            ),
            weight=f"{subject.weight_g:g}",
            limit=f"{limit:g}",
        )
    for flag, points in spec.get("hazards", {}).items():
        if flag in subject.hazards and points:
            add(
                "logistics",
                points,
                QT_TRANSLATE_NOOP("Matrix", "{hazard}: restricted in {platform}'s shipping."),
                hazard=Message("Hazard", HAZARD_FLAGS.get(flag, flag)),
            )


def _priority(platform, market, rules, context, add) -> None:
    spec = rules.get("priority", {})
    order = [p.lower() for p in context.priority]
    if order:
        if platform.lower() in order:
            rank = order.index(platform.lower())
            table = spec.get("points", [0]) or [0]
            points = table[min(rank, len(table) - 1)]
            add(
                "priority",
                points,
                QT_TRANSLATE_NOOP("Matrix", "{platform} is priority {rank} in step 3."),
                rank=rank + 1,
            )
        else:
            add(
                "priority",
                spec.get("unranked", 0),
                QT_TRANSLATE_NOOP("Matrix", "{platform} is not in step 3's platform priority."),
            )
    targets = {m.upper() for m in context.target_markets}
    if targets and market.upper() not in targets:
        add(
            "market",
            spec.get("off_target_market", 0),
            QT_TRANSLATE_NOOP("Matrix", "{market} is not one of step 3's target markets."),
        )
