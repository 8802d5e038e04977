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

import numpy as np

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
    items = list(positive.items())
    order = largest_first([v for _, v in items])
    ordered = (
        [items[i] for i in order] if order is not None else sorted(items, key=lambda kv: -kv[1])
    )
    top = ordered[0][1]
    squares = sum((v * v for v in positive.values()), Decimal(0))
    return Concentration(
        shares={k: float(v / total) for k, v in ordered},
        leaders=[k for k, v in ordered if v == top],
        top_share=float(top / total),
        hhi=float(squares / (total * total)),
        effective_number=float(total * total / squares),
    )


def largest_first(values: list[Decimal]) -> list[int] | None:
    """The positions of ``values`` from the largest, ties in their given order (a stable
    sort); None when they are not all finite Decimals of a sane size (sort them yourself).

    Sorting 25,000+ Decimals is one C call that holds the interpreter lock for 0.1–0.5 s (the
    UI thread freezes meanwhile); money is a whole number of minor units, so the same order
    comes from numpy's stable sort of exact integers."""
    if not all(isinstance(v, Decimal) for v in values):
        return None
    exponents = [v.as_tuple().exponent for v in values]
    finite = [e for e in exponents if isinstance(e, int)]
    if len(finite) < len(exponents):
        return None
    shift = -min(finite, default=0)  # every value × 10^shift is a whole number
    whole = [int(v.scaleb(shift)) for v in values]
    if max(map(abs, whole), default=0) >= 2**62:  # beyond int64
        return None
    return np.argsort(-np.array(whole, dtype=np.int64), kind="stable").tolist()
