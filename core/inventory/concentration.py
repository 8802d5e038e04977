"""How much of the revenue rests on one SKU or one platform: the top share (and every name tied
at the top), the Herfindahl index and its reading as an effective number (1 ÷ HHI).

With n platforms the HHI is at least 1/n, so a fixed HHI limit fires for every small seller;
the effective number says the same thing in the seller's words ("as if spread evenly over 2.4
platforms") and the flags use the top share instead.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import Generic, TypeVar

Key = TypeVar("Key")


@dataclass
class Concentration(Generic[Key]):
    shares: dict[Key, float] = field(default_factory=dict)  # largest first
    leaders: list[Key] = field(default_factory=list)  # every key tied at the top share
    top_share: float = 0.0
    hhi: float = 0.0
    effective_number: float | None = None  # 1 ÷ HHI; None without revenue


def concentration(revenue: dict[Key, Decimal]) -> Concentration[Key]:
    """``revenue``: exact money per key (keys with nothing to show are left out)."""
    positive = {k: v for k, v in revenue.items() if v > 0}
    total = sum(positive.values(), Decimal(0))
    if not positive:
        return Concentration()
    ordered = sorted(positive.items(), key=lambda kv: -kv[1])
    top = ordered[0][1]
    squares = sum((v * v for v in positive.values()), Decimal(0))
    return Concentration(
        shares={k: float(v / total) for k, v in ordered},
        leaders=[k for k, v in ordered if v == top],
        top_share=float(top / total),
        hhi=float(squares / (total * total)),
        effective_number=float(total * total / squares),
    )
