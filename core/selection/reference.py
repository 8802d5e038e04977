"""The editable reference tables under resources/reference/: fee and tax defaults (fees.json)
and compliance rules (compliance.json). Every value there is an estimate with a source and a
date to verify it by; the calculator and the pre-check show that next to the number."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from decimal import Decimal
from functools import lru_cache
from pathlib import Path
from typing import Any

from core.resources import resource_path

# Words in a category name that pick a duty / referral column of fees.json.
CATEGORY_WORDS: dict[str, tuple[str, ...]] = {
    "electronics": ("electronic", "3c", "audio", "speaker", "charger", "cable", "电子", "数码"),
    "baby": ("baby", "child", "kid", "toy", "母婴", "儿童", "玩具"),
    "lighting": ("lamp", "light", "灯"),
    "pet": ("pet", "宠物"),
    "home": ("home", "kitchen", "家居", "厨房"),
}


@dataclass(frozen=True)
class Estimate:
    """One default with where it comes from and when to check it again."""

    value: Decimal
    source: str
    verify_by: str


@dataclass
class FeeDefaults:
    """Defaults for one platform × market (percents as plain numbers, money in the market's
    currency); None where the table has nothing (the seller enters it)."""

    currency: str
    vat: Estimate | None = None
    duty: Estimate | None = None
    referral: Estimate | None = None
    payment: Estimate | None = None
    fulfilment: Estimate | None = None
    missing: list[str] = field(default_factory=list)


def reference_file(name: str) -> Path:
    return resource_path("reference", name)


@lru_cache(maxsize=4)
def _load(path: Path, stamp: float) -> dict[str, Any]:
    return json.loads(path.read_text(encoding="utf-8"))


def load_reference(name: str) -> dict[str, Any]:
    """The parsed file, re-read when it was edited since the last call."""
    path = reference_file(name)
    return _load(path, path.stat().st_mtime)


def category_key(category: str) -> str:
    text = (category or "").lower()
    for key, words in CATEGORY_WORDS.items():
        if any(word in text for word in words):
            return key
    return "default"


def _estimate(entry: dict[str, Any] | None, key: str) -> Estimate | None:
    if not entry:
        return None
    value = entry.get(key, entry.get("default", entry.get("value")))
    if value is None:
        return None
    return Estimate(Decimal(str(value)), entry.get("source", ""), entry.get("verify_by", ""))


def fee_defaults(
    platform: str, market: str, category: str = "", weight_g: float | None = None
) -> FeeDefaults:
    table = load_reference("fees.json")
    market_row = table["markets"].get(market.upper(), {})
    platform_row = table["platforms"].get(platform.lower(), {})
    key = category_key(category)
    result = FeeDefaults(currency=market_row.get("currency", ""))
    result.vat = _estimate(market_row.get("vat"), "value")
    result.duty = _estimate(market_row.get("duty"), key)
    result.referral = _estimate(platform_row.get("referral"), key)
    result.payment = _estimate(platform_row.get("payment"), "value")
    bands = (platform_row.get("fulfilment") or {}).get(market.upper())
    if bands and weight_g is not None:
        for limit, fee in bands:
            if weight_g <= limit:
                meta = platform_row["fulfilment"]
                result.fulfilment = Estimate(
                    Decimal(str(fee)), meta.get("source", ""), meta.get("verify_by", "")
                )
                break
    for name in ("vat", "duty", "referral", "payment", "fulfilment"):
        if getattr(result, name) is None:
            result.missing.append(name)
    return result
