"""The platforms a candidate's profit can be worked out for, by the names sellers know them
by: the workspace's own platforms first, then the others the fee table knows."""

from __future__ import annotations

from sqlmodel import Session, select

from core.models import Platform
from core.selection.reference import load_reference

# The fee table's platforms, shown as their owners spell them ("TikTok Shop", not "Tiktok").
# core.facts.store has the same names, but importing it costs seconds (polars).
FEE_PLATFORM_NAMES = {
    "amazon": "Amazon",
    "shopify": "Shopify",
    "tiktok": "TikTok Shop",
    "aliexpress": "AliExpress",
    "etsy": "Etsy",
    "ebay": "eBay",
}


def fee_platforms() -> list[tuple[str, str]]:
    """(code, name) of every platform the fee table has defaults for, in its order."""
    table = load_reference("fees.json")
    return [(code, FEE_PLATFORM_NAMES.get(code, code)) for code in table["platforms"]]


def platform_choices(session: Session | None) -> list[tuple[str, str]]:
    """(code, name): the workspace's platforms, then the fee table's others."""
    choices: list[tuple[str, str]] = []
    if session is not None:
        for platform in session.exec(select(Platform).order_by(Platform.id)):
            choices.append((platform.code, platform.name or platform.code))
    known = {code for code, _ in choices}
    choices += [(code, name) for code, name in fee_platforms() if code not in known]
    return choices
