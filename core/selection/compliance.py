"""Compliance pre-check: the certifications and registrations a candidate needs per market.

The rules live in resources/reference/compliance.json (editable): each names the markets it
covers ("EU" = every member state, "*" = everywhere) and the product attributes that trigger it
("all" must be present, "none" must be absent; no attribute list = every consumer product).
Lead times and costs are estimates with a source and a date to verify them by.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from core.i18n import QT_TRANSLATE_NOOP
from core.selection.reference import load_reference

ATTRIBUTE_LABELS: dict[str, str] = {
    "electrical": QT_TRANSLATE_NOOP("Compliance", "Electrical / electronic"),
    "mains_powered": QT_TRANSLATE_NOOP("Compliance", "Mains-powered"),
    "battery": QT_TRANSLATE_NOOP("Compliance", "Battery"),
    "wireless": QT_TRANSLATE_NOOP("Compliance", "Wireless (Bluetooth, Wi-Fi)"),
    "food_contact": QT_TRANSLATE_NOOP("Compliance", "Food contact"),
    "children": QT_TRANSLATE_NOOP("Compliance", "Children's product"),
    "toy": QT_TRANSLATE_NOOP("Compliance", "Toy"),
    "cosmetic": QT_TRANSLATE_NOOP("Compliance", "Cosmetic"),
}
# An attribute that always brings another: a radio, a battery or a plug make a product
# electrical equipment; a toy is a children's product.
IMPLIES: dict[str, tuple[str, ...]] = {
    "wireless": ("electrical",),
    "battery": ("electrical",),
    "mains_powered": ("electrical",),
    "toy": ("children",),
}
MARKET_ALIASES = {"GB": "UK"}


@dataclass(frozen=True)
class Requirement:
    id: str
    name: str
    name_zh: str
    what: str
    what_zh: str
    markets: tuple[str, ...]
    lead_weeks: tuple[int, int]
    cost: tuple[Decimal, Decimal]  # in CNY, typical quotes
    source: str
    verify_by: str

    def label(self, language: str = "en") -> str:
        return self.name_zh if language.startswith("zh") and self.name_zh else self.name

    def description(self, language: str = "en") -> str:
        return self.what_zh if language.startswith("zh") and self.what_zh else self.what


COST_CURRENCY = "CNY"


def normalise_market(code: str) -> str:
    code = (code or "").strip().upper()
    return MARKET_ALIASES.get(code, code)


def attributes_of(category: str, attributes: Iterable[str]) -> set[str]:
    """The candidate's attributes plus those its category and other attributes imply."""
    table = load_reference("compliance.json")
    result = {a.strip().lower() for a in attributes if a and a.strip()}
    text = (category or "").lower()
    for word, implied in table.get("category_attributes", {}).items():
        if word.lower() in text:
            result.update(implied)
    for attribute in list(result):
        result.update(IMPLIES.get(attribute, ()))
    return result


def _covers(rule_markets: list[str], market: str, eu: set[str]) -> bool:
    return "*" in rule_markets or market in rule_markets or ("EU" in rule_markets and market in eu)


def _applies(rule: dict[str, Any], attributes: set[str]) -> bool:
    return set(rule.get("all", [])) <= attributes and not set(rule.get("none", [])) & attributes


def requirements(
    category: str, attributes: Iterable[str], markets: Iterable[str]
) -> list[Requirement]:
    """What the candidate needs, one row per certification with the markets it is needed in,
    in the order of the reference table."""
    table = load_reference("compliance.json")
    eu = set(table.get("eu_markets", []))
    found = attributes_of(category, attributes)
    wanted = [normalise_market(m) for m in markets if m and m.strip()]
    result = []
    for rule in table["rules"]:
        if not _applies(rule, found):
            continue
        covered = tuple(m for m in dict.fromkeys(wanted) if _covers(rule["markets"], m, eu))
        if not covered:
            continue
        low, high = rule.get("lead_weeks", [0, 0])
        cost_low, cost_high = rule.get("cost", [0, 0])
        result.append(
            Requirement(
                id=rule["id"],
                name=rule["name"],
                name_zh=rule.get("name_zh", ""),
                what=rule.get("what", ""),
                what_zh=rule.get("what_zh", ""),
                markets=covered,
                lead_weeks=(int(low), int(high)),
                cost=(Decimal(str(cost_low)), Decimal(str(cost_high))),
                source=rule.get("source", ""),
                verify_by=rule.get("verify_by", ""),
            )
        )
    return result


@dataclass(frozen=True)
class ComplianceSummary:
    count: int
    longest_lead_weeks: int  # certifications run in parallel: the slowest one sets the date
    cost_low: Decimal
    cost_high: Decimal


def summarise(found: list[Requirement]) -> ComplianceSummary:
    """Per-market work counts once per market it is needed in (a WEEE registration in DE and
    in FR is two registrations)."""
    return ComplianceSummary(
        count=len(found),
        longest_lead_weeks=max((r.lead_weeks[1] for r in found), default=0),
        cost_low=sum((r.cost[0] * len(r.markets) for r in found), Decimal(0)),
        cost_high=sum((r.cost[1] * len(r.markets) for r in found), Decimal(0)),
    )
