"""Step 2 flags: the pitfalls the seeds warn about, found in the reviewed catalog.

Over-reliance on one hero SKU or one platform (过度依赖单一爆款), slow movers and aged stock
(库存积压), SKUs without a unified code (缺乏统一产品编号规则; until the code rule of step 7
exists: missing or duplicate codes) and gaps that make a margin impossible to compute.
"""

from __future__ import annotations

import json
import math
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field, fields
from operator import attrgetter
from typing import Any

import numpy as np
from sqlmodel import Session

from core.i18n import QT_TRANSLATE_NOOP, Message
from core.models import Setting

THRESHOLDS_KEY = "inventory_thresholds"

ERROR = "error"
WARNING = "warning"
INFO = "info"
SEVERITY_LABELS = {
    ERROR: QT_TRANSLATE_NOOP("Inventory", "Fix"),
    WARNING: QT_TRANSLATE_NOOP("Inventory", "Warning"),
    INFO: QT_TRANSLATE_NOOP("Inventory", "Note"),
}

FLAG_LABELS: dict[str, str] = {
    "over_reliance_sku": QT_TRANSLATE_NOOP("Inventory", "Over-reliance on one SKU"),
    "over_reliance_platform": QT_TRANSLATE_NOOP("Inventory", "Over-reliance on one platform"),
    "slow_mover": QT_TRANSLATE_NOOP("Inventory", "Slow mover"),
    "aged_stock": QT_TRANSLATE_NOOP("Inventory", "Aged stock"),
    "missing_code": QT_TRANSLATE_NOOP("Inventory", "Missing code"),
    "duplicate_code": QT_TRANSLATE_NOOP("Inventory", "Duplicate code"),
    "missing_cost": QT_TRANSLATE_NOOP("Inventory", "Missing cost"),
    "missing_price": QT_TRANSLATE_NOOP("Inventory", "Missing price"),
    "missing_rate": QT_TRANSLATE_NOOP("Inventory", "Missing exchange rate"),
    "unknown_stock": QT_TRANSLATE_NOOP("Inventory", "Unknown stock"),
    "needs_sales": QT_TRANSLATE_NOOP("Inventory", "Needs sales data"),
    "archived": QT_TRANSLATE_NOOP("Inventory", "Archived, not reviewed"),
}
FLAG_SEVERITY = {
    "over_reliance_sku": WARNING,
    "over_reliance_platform": WARNING,
    "slow_mover": WARNING,
    "aged_stock": WARNING,
    "missing_code": ERROR,
    "duplicate_code": ERROR,
    "missing_cost": ERROR,
    "missing_price": ERROR,
    "missing_rate": ERROR,
    "unknown_stock": INFO,
    "needs_sales": INFO,
    "archived": INFO,
}
# Flags about the catalog as a whole: they list SKUs but are not written on each SKU's row.
CATALOG_ONLY = {"needs_sales", "archived"}
# Stock with no sales in this many days is a slow mover whatever its days of cover.
NO_SALES_DAYS = 90


@dataclass
class Thresholds:
    """Limits above which a flag is raised; shares are fractions (0.30 = 30 %). The rule is the
    top share, not the Herfindahl index: with n platforms the HHI is at least 1/n, so any HHI
    limit would flag every seller with few platforms (the HHI is shown, not judged)."""

    top_sku_share: float = 0.30
    top_platform_share: float = 0.60
    slow_mover_days_of_cover: int = 120
    aged_stock_days: int = 180

    def validate(self) -> Thresholds:
        for name in ("top_sku_share", "top_platform_share"):
            value = getattr(self, name)
            if not isinstance(value, int | float) or not math.isfinite(value) or not 0 < value <= 1:
                raise ValueError(
                    Message(
                        "Inventory",
                        QT_TRANSLATE_NOOP(
                            "Inventory", "{name} must be a share between 0 and 100 %."
                        ),
                        {"name": THRESHOLD_LABELS[name]},
                    )
                )
        for name in ("slow_mover_days_of_cover", "aged_stock_days"):
            value = getattr(self, name)
            if (
                not isinstance(value, int | float)
                or not math.isfinite(value)
                or not 1 <= value <= 3650
            ):
                raise ValueError(
                    Message(
                        "Inventory",
                        QT_TRANSLATE_NOOP("Inventory", "{name} must be between 1 and 3650 days."),
                        {"name": THRESHOLD_LABELS[name]},
                    )
                )
            setattr(self, name, int(value))
        return self


THRESHOLD_LABELS = {
    "top_sku_share": QT_TRANSLATE_NOOP("Inventory", "Top SKU share of revenue"),
    "top_platform_share": QT_TRANSLATE_NOOP("Inventory", "Top platform share of revenue"),
    "slow_mover_days_of_cover": QT_TRANSLATE_NOOP("Inventory", "Slow mover: days of cover"),
    "aged_stock_days": QT_TRANSLATE_NOOP("Inventory", "Aged stock: days since received"),
}


def load_thresholds(session: Session) -> Thresholds:
    """The saved thresholds; defaults for anything missing or unreadable."""
    row = session.get(Setting, THRESHOLDS_KEY)
    defaults = Thresholds()
    if row is None:
        return defaults
    try:
        data = json.loads(row.value)
    except ValueError:
        return defaults
    if not isinstance(data, dict):
        return defaults
    known = {f.name for f in fields(Thresholds)}
    values = asdict(defaults) | {k: v for k, v in data.items() if k in known}
    try:
        return Thresholds(**values).validate()
    except ValueError:
        return defaults


def save_thresholds(session: Session, thresholds: Thresholds) -> None:
    """Validate and store (the caller commits)."""
    thresholds.validate()
    session.merge(Setting(key=THRESHOLDS_KEY, value=json.dumps(asdict(thresholds))))
    session.flush()


@dataclass
class Flag:
    key: str
    severity: str
    message: Message
    sku_ids: list[int] = field(default_factory=list)

    @property
    def label(self) -> str:
        return FLAG_LABELS[self.key]


def _pct(value: float) -> str:
    return f"{value * 100:.0f}%"


def normalised_code(code: str | None) -> str:
    return "".join((code or "").split()).casefold()


def _normalised_codes(codes: list[str]) -> list[str]:
    """``normalised_code`` of each code in a few C calls over one string: whitespace removed and
    case folded (casefold maps character by character, so one string folds as its parts); one
    by one when a code holds the separator."""
    if not codes:
        return []
    joined = "\x00".join(codes)  # "\x00" is not whitespace: split() keeps it
    if joined.count("\x00") != len(codes) - 1:
        return [normalised_code(code) for code in codes]
    return "".join(joined.split()).casefold().split("\x00")


def _effective(value: float | None) -> str:
    return f"{value:.1f}" if value is not None else "–"


def _column(skus: list, name: str) -> list:
    return list(map(attrgetter(name), skus))


def _sku_rules(skus: list, has_sales: bool, thresholds: Thresholds) -> dict[str, list[int]]:
    """Each SKU rule's SKUs, as positions in ``skus``, the rules in the order a SKU-by-SKU pass
    meets them first (a SKU's flags keep that order), worst first where it matters. Column by
    column (100,000 SKUs): each attribute read in one C pass, each rule one pass over it, and
    rules that hit no SKU (most, in a tidy catalog) cost a membership test."""
    at: dict[str, list[int]] = {}
    normalised = _normalised_codes([c or "" for c in _column(skus, "sku_code")])
    distinct = set(normalised)
    spus = _column(skus, "spu_code")
    blank_spus = {c for c in set(spus) if not (c or "").strip()}
    if "" in distinct or blank_spus:  # a blank code normalises to ""
        at["missing_code"] = [
            i
            for i, (code, spu) in enumerate(zip(normalised, spus, strict=True))
            if not code or spu in blank_spus
        ]
    if len(distinct) < len(normalised):
        repeated = {code for code, n in Counter(normalised).items() if n > 1 and code}
        groups: dict[str, list[int]] = defaultdict(list)
        for i, code in enumerate(normalised):
            if code in repeated:
                groups[code].append(i)
        if groups:
            at["duplicate_code"] = [i for group in groups.values() for i in group]
    del normalised, distinct, spus

    hits: dict[str, list[int]] = {}  # in the order the rules are checked on one SKU
    for key, name in (("missing_cost", "cost"), ("missing_price", "price")):
        values = _column(skus, name)
        hits[key] = [i for i, v in enumerate(values) if v is None] if None in values else []
    hits["missing_rate"] = [i for i, v in enumerate(_column(skus, "missing_rates")) if v]
    stocks = _column(skus, "stock_qty")
    # unknown stock is not judged by any stock rule
    hits["unknown_stock"] = [i for i, q in enumerate(stocks) if q is None] if None in stocks else []
    stocked = [i for i, q in enumerate(stocks) if q is not None and q > 0]
    if not has_sales:  # missing data is not a finding
        hits["needs_sales"] = stocked
    else:
        cover = thresholds.slow_mover_days_of_cover
        all_covers, all_recent = _column(skus, "days_of_cover"), _column(skus, "units_recent")
        # Worst first, so the SKUs a seller sees first under a flag are the ones to act on:
        # no cover (no sales in 3 months) first, then the longest cover (a stable order).
        unsold = [i for i in stocked if all_covers[i] is None and all_recent[i] == 0]
        slow = [
            (c, i)
            for i in stocked
            if (c := all_covers[i]) is not None and (all_recent[i] == 0 or c > cover)
        ]
        slow.sort(key=lambda pair: -pair[0])
        hits["slow_mover"] = unsold + [i for _, i in slow]
    aged = thresholds.aged_stock_days
    oldest = _column(skus, "oldest_stock_days")
    old = [(d, i) for i in stocked if (d := oldest[i]) is not None and d > aged]
    old.sort(key=lambda pair: -pair[0])
    hits["aged_stock"] = [i for _, i in old]
    rule_order = list(hits)
    for key in sorted(
        (k for k in hits if hits[k]), key=lambda k: (min(hits[k]), rule_order.index(k))
    ):
        at[key] = hits[key]
    return at


def compute_flags(review, thresholds: Thresholds) -> list[Flag]:
    """Flags for a ``CatalogReview``; also fills each ``SkuReview.flags``. Archived (停售) SKUs
    are not judged: one note says how many were left out."""
    skus = review.active_skus
    at = _sku_rules(skus, review.has_sales, thresholds)
    per_key: dict[str, list[int]] = defaultdict(list)
    per_key["archived"] = [s.sku_id for s in review.skus if s.archived]
    for key, positions in at.items():
        per_key[key] = [skus[i].sku_id for i in positions]
    missing_currencies: set[str] = set().union(
        *(skus[i].missing_rates for i in at.get("missing_rate", ()))
    )

    flags: list[Flag] = []
    # the few SKUs the catalog-wide flags name, by id
    wanted = set(review.top_sku_ids)
    by_id = {s.sku_id: s for s in review.skus if s.sku_id in wanted} if wanted else {}
    if review.top_sku_ids and review.top_sku_share > thresholds.top_sku_share:
        leaders = review.top_sku_ids
        per_key["over_reliance_sku"].extend(leaders)
        text = (
            QT_TRANSLATE_NOOP(
                "Inventory",
                "{sku} brings {share} of revenue (limit {limit}); revenue is spread as if over "
                "{effective} equal SKUs (concentration index HHI {hhi}). Build other SKUs up so "
                "a stock-out or a bad review on it does not stop the business.",
            )
            if len(leaders) == 1
            else QT_TRANSLATE_NOOP(
                "Inventory",
                "{sku} each bring {share} of revenue (limit {limit}); revenue is spread as if "
                "over {effective} equal SKUs (concentration index HHI {hhi}). Build other SKUs "
                "up so a stock-out or a bad review on one of them does not stop the business.",
            )
        )
        flags.append(
            Flag(
                "over_reliance_sku",
                WARNING,
                Message(
                    "Inventory",
                    text,
                    {
                        "sku": ", ".join(by_id[i].sku_code for i in leaders),
                        "share": _pct(review.top_sku_share),
                        "limit": _pct(thresholds.top_sku_share),
                        "hhi": f"{review.hhi_sku:.2f}",
                        "effective": _effective(review.effective_skus),
                    },
                ),
                list(leaders),
            )
        )
    if review.top_platforms and review.top_platform_share > thresholds.top_platform_share:
        leaders = review.top_platforms
        limit = thresholds.top_platform_share

        def relies_on_leaders(s) -> bool:
            revenue = s.revenue_12m
            return revenue > 0 and any(
                float(s.revenue_by_platform.get(name, 0) / revenue) > limit for name in leaders
            )

        # The SKUs at risk: those that make more than the limit of their own revenue there.
        at_risk = [s for s in skus if s.revenue_12m > 0 and relies_on_leaders(s)]
        at_risk.sort(key=lambda s: -s.revenue_12m)
        ids = [s.sku_id for s in at_risk]
        per_key["over_reliance_platform"].extend(ids)
        text = (
            QT_TRANSLATE_NOOP(
                "Inventory",
                "{platform} brings {share} of revenue (limit {limit}); revenue is spread as if "
                "over {effective} equal platforms (concentration index HHI {hhi}). {count} SKUs "
                "make more than {limit} of their revenue there: one account suspension would hit "
                "them all.",
            )
            if len(leaders) == 1
            else QT_TRANSLATE_NOOP(
                "Inventory",
                "{platform} each bring {share} of revenue (limit {limit}); revenue is spread as "
                "if over {effective} equal platforms (concentration index HHI {hhi}). {count} "
                "SKUs make more than {limit} of their revenue on one of them.",
            )
        )
        flags.append(
            Flag(
                "over_reliance_platform",
                WARNING,
                Message(
                    "Inventory",
                    text,
                    {
                        "platform": ", ".join(leaders),
                        "share": _pct(review.top_platform_share),
                        "limit": _pct(limit),
                        "hhi": f"{review.hhi_platform:.2f}",
                        "effective": _effective(review.effective_platforms),
                        "count": len(ids),
                    },
                ),
                ids,
            )
        )

    texts: dict[str, tuple[str, dict[str, Any]]] = {
        "slow_mover": (
            QT_TRANSLATE_NOOP(
                "Inventory",
                "{count} SKUs have more than {days} days of cover, or stock and no "
                "sales in the last 3 months.",
            ),
            {"days": thresholds.slow_mover_days_of_cover},
        ),
        "aged_stock": (
            QT_TRANSLATE_NOOP(
                "Inventory", "{count} SKUs have stock received more than {days} days ago."
            ),
            {"days": thresholds.aged_stock_days},
        ),
        "missing_code": (
            QT_TRANSLATE_NOOP("Inventory", "{count} SKUs have a blank SKU or SPU code."),
            {},
        ),
        "duplicate_code": (
            QT_TRANSLATE_NOOP(
                "Inventory",
                "{count} SKUs share a code that differs only in upper/lower case or "
                "spaces: stock sync across platforms will mix them up.",
            ),
            {},
        ),
        "missing_cost": (
            QT_TRANSLATE_NOOP(
                "Inventory", "{count} SKUs have no cost: their margin cannot be computed."
            ),
            {},
        ),
        "missing_price": (
            QT_TRANSLATE_NOOP(
                "Inventory", "{count} SKUs have no price: their margin cannot be computed."
            ),
            {},
        ),
        "missing_rate": (
            QT_TRANSLATE_NOOP(
                "Inventory",
                "{count} SKUs use a currency without an exchange rate ({currencies}). "
                "Add the rate in the exchange-rate table.",
            ),
            {"currencies": ", ".join(sorted(missing_currencies))},
        ),
        "unknown_stock": (
            QT_TRANSLATE_NOOP(
                "Inventory",
                "{count} SKUs with unknown stock: left out of stock value, days of cover, "
                "slow movers and aged stock until their stock is known.",
            ),
            {},
        ),
        "needs_sales": (
            QT_TRANSLATE_NOOP(
                "Inventory",
                "No sales imported yet: slow movers, days of cover, lifecycle, ABC classes and "
                "concentration need sales data. Import a sales or orders report; until then "
                "{count} SKUs with stock are not judged.",
            ),
            {},
        ),
        "archived": (
            QT_TRANSLATE_NOOP(
                "Inventory",
                "{count} archived (停售) SKUs are left out of the review: no flags, ABC classes, "
                "concentration or charts for them.",
            ),
            {},
        ),
    }
    for key, (text, params) in texts.items():
        flagged = per_key.get(key)
        if flagged:
            flags.append(
                Flag(
                    key,
                    FLAG_SEVERITY[key],
                    Message("Inventory", text, {"count": len(flagged)} | params),
                    list(flagged),
                )
            )

    _write_flags(skus, per_key, at)
    order = {ERROR: 0, WARNING: 1, INFO: 2}
    flags.sort(key=lambda f: (order[f.severity], list(FLAG_LABELS).index(f.key)))
    return flags


def _write_flags(skus: list, per_key: dict[str, list[int]], at: dict[str, list[int]]) -> None:
    """Each SKU's own flags (not the catalog-only ones), in ``per_key``'s order. A new list,
    never an append: SKUs with the same flags share one list (100,000 SKUs with a flag each
    were 100,000 lists), SKUs without flags the one empty list they had."""
    keys = [k for k, ids in per_key.items() if ids and k not in CATALOG_ONLY]
    fresh = not any(s.flags for s in skus)
    if fresh and len(keys) < 63:  # each SKU's set of flags as bits
        positions = {s.sku_id: i for i, s in enumerate(skus)} if len(at) < len(keys) else {}
        bits = np.zeros(len(skus), dtype=np.int64)
        for bit, key in enumerate(keys):
            where = at[key] if key in at else [positions[i] for i in per_key[key]]
            bits[np.array(where, dtype=np.int64)] |= 1 << bit
        flagged = np.flatnonzero(bits)
        masks = bits[flagged].tolist()
        lists = {m: [k for bit, k in enumerate(keys) if m >> bit & 1] for m in set(masks)}
        for i, mask in zip(flagged.tolist(), masks, strict=True):
            skus[i].flags = lists[mask]
        return
    by_id = {s.sku_id: s for s in skus}  # flags there already: added to, as ever
    same: dict[tuple[str, ...], list[str]] = {}
    for key in keys:
        for sku_id in per_key[key]:
            sku = by_id[sku_id]
            if key not in sku.flags:
                flags = (*sku.flags, key)
                shared = same.get(flags)
                if shared is None:
                    shared = same[flags] = list(flags)
                sku.flags = shared


def flags_text(keys: Sequence[str], translate=None) -> str:
    from core.i18n import identity

    translate = translate or identity
    return ", ".join(translate("Inventory", FLAG_LABELS[key]) for key in keys if key in FLAG_LABELS)
