"""Suggested roles for each listing, each with its reason; the seller accepts or overrides.

Product role, the first rule that matches (thresholds in the fit rules' "roles" section):

1. clearance candidate (lifecycle Decline, or flagged slow mover / aged stock in step 2)
   → traffic: at a cleared-out price it draws shoppers while the stock lasts;
2. lifecycle Intro, or no sales in the last 12 months → potential;
3. no margin known (no cost or price) → potential, said so;
4. ABC class A and margin ≥ high_margin → hero;
5. ABC class A or B and margin < low_margin → traffic (low margin + volume);
6. margin ≥ high_margin → profit;
7. price in the top quarter of its category (rank ≥ image_price_quantile, 4+ SKUs) and
   margin ≥ low_margin → image;
8. price in the bottom quarter of its category (rank ≤ defensive_price_quantile, 4+ SKUs)
   → defensive (holds the low price point against competitors);
9. otherwise margin ≥ low_margin → profit, else traffic.

A SKU's price rank in its category is (number of SKUs of the category priced lower) ÷
(SKUs in the category − 1), prices compared in the base currency.

Platform role: a clearance candidate → clearance; else step 3's role of the platform in that
market; else potential → test; else main.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import date
from decimal import Decimal
from typing import Any

from sqlmodel import Session

from core.goals.roles import PLATFORM_ROLES, PRODUCT_ROLES
from core.i18n import QT_TRANSLATE_NOOP, Message
from core.matrix.cells import cell_state, set_cell
from core.matrix.grid import CellState, Matrix

CTX = "Matrix"
CLEARANCE_FLAGS = ("slow_mover", "aged_stock")


@dataclass(frozen=True)
class SkuFacts:
    """What the suggestions read about a SKU (from step 2's review)."""

    sku_id: int
    category: str = ""
    margin: float | None = None  # gross margin, realised or list-price
    abc: str = ""  # "A", "B", "C" or "" (no revenue)
    lifecycle: str = ""  # intro / growth / mature / decline, "" = no suggestion
    price: Decimal | None = None  # in the base currency
    has_sales: bool = False
    flags: frozenset[str] = frozenset()

    @property
    def clearance_candidate(self) -> bool:
        return self.lifecycle == "decline" or bool(self.flags & set(CLEARANCE_FLAGS))


@dataclass(frozen=True)
class RoleSuggestion:
    sku_id: int
    platform_id: int
    market_id: int
    product_role: str
    platform_role: str
    product_reason: Message
    platform_reason: Message
    current_product_role: str | None = None
    current_platform_role: str | None = None

    @property
    def key(self) -> tuple[int, int, int]:
        return (self.sku_id, self.platform_id, self.market_id)

    @property
    def differs(self) -> bool:
        return (self.product_role, self.platform_role) != (
            self.current_product_role,
            self.current_platform_role,
        )


@dataclass
class PriceRanks:
    """Price rank of each SKU within its category (None: fewer than 4 priced SKUs)."""

    ranks: dict[int, float] = field(default_factory=dict)

    @classmethod
    def of(cls, facts: Iterable[SkuFacts]) -> PriceRanks:
        by_category: dict[str, list[SkuFacts]] = defaultdict(list)
        for fact in facts:
            if fact.price is not None:
                by_category[fact.category].append(fact)
        ranks: dict[int, float] = {}
        for group in by_category.values():
            if len(group) < 4:
                continue
            prices = sorted(f.price for f in group if f.price is not None)
            for fact in group:
                lower = sum(1 for p in prices if fact.price is not None and p < fact.price)
                ranks[fact.sku_id] = lower / (len(group) - 1)
        return cls(ranks)


def _pct(value: float) -> str:
    return f"{value * 100:.1f}"


def product_role(fact: SkuFacts, ranks: PriceRanks, rules: dict[str, Any]) -> tuple[str, Message]:
    """The suggested product role of a SKU and why (the rules of the module docstring)."""
    limits = rules.get("roles", {})
    high = float(limits.get("high_margin", 0.35))
    low = float(limits.get("low_margin", 0.2))

    def say(text: str, **params: Any) -> Message:
        return Message(CTX, text, params)

    if fact.clearance_candidate:
        return "traffic", say(
            QT_TRANSLATE_NOOP(
                "Matrix",
                "Declining, slow-moving or aged stock: clear it; at a lower price it draws "
                "shoppers while the stock lasts.",
            )
        )
    if fact.lifecycle == "intro" or not fact.has_sales:
        return "potential", say(
            QT_TRANSLATE_NOOP(
                "Matrix", "New or without sales yet: let it prove itself before a bigger role."
            )
        )
    if fact.margin is None:
        return "potential", say(
            QT_TRANSLATE_NOOP("Matrix", "No cost or price, so no margin: role left open to test.")
        )
    margin = fact.margin
    if fact.abc == "A" and margin >= high:
        return "hero", say(
            QT_TRANSLATE_NOOP(
                "Matrix", "Class A (top 80 % of revenue) with a {margin} % margin: a hero."
            ),
            margin=_pct(margin),
        )
    if fact.abc in ("A", "B") and margin < low:
        return "traffic", say(
            QT_TRANSLATE_NOOP(
                "Matrix",
                "Sells in volume (class {abc}) at a thin {margin} % margin: it brings shoppers in.",
            ),
            abc=fact.abc,
            margin=_pct(margin),
        )
    if margin >= high:
        return "profit", say(
            QT_TRANSLATE_NOOP("Matrix", "A {margin} % margin: it earns the profit."),
            margin=_pct(margin),
        )
    rank = ranks.ranks.get(fact.sku_id)
    if rank is not None and rank >= float(limits.get("image_price_quantile", 0.75)):
        if margin >= low:
            return "image", say(
                QT_TRANSLATE_NOOP(
                    "Matrix", "Among the dearest of its category: it shows the brand at its best."
                )
            )
    if rank is not None and rank <= float(limits.get("defensive_price_quantile", 0.25)):
        return "defensive", say(
            QT_TRANSLATE_NOOP(
                "Matrix",
                "Among the cheapest of its category: it holds the low price point against "
                "competitors.",
            )
        )
    if margin >= low:
        return "profit", say(
            QT_TRANSLATE_NOOP("Matrix", "A {margin} % margin: it earns the profit."),
            margin=_pct(margin),
        )
    return "traffic", say(
        QT_TRANSLATE_NOOP("Matrix", "A thin {margin} % margin: use it to bring shoppers in."),
        margin=_pct(margin),
    )


def platform_role(
    fact: SkuFacts, suggested_product_role: str, planned: str | None
) -> tuple[str, Message]:
    if fact.clearance_candidate:
        return "clearance", Message(
            CTX, QT_TRANSLATE_NOOP("Matrix", "A clearance candidate: clear it here.")
        )
    if planned in PLATFORM_ROLES:
        return planned, Message(
            CTX,
            QT_TRANSLATE_NOOP("Matrix", "Step 3 gives this platform the role {role} here."),
            {"role": Message("Goals", PLATFORM_ROLES[planned])},
        )
    if suggested_product_role == "potential":
        return "test", Message(CTX, QT_TRANSLATE_NOOP("Matrix", "New: test it in small batches."))
    return "main", Message(CTX, QT_TRANSLATE_NOOP("Matrix", "An established SKU: sell it fully."))


def _suggestion(
    row: Any, column: Any, cell: Any, fact: SkuFacts, ranks: PriceRanks, rules: dict[str, Any]
) -> RoleSuggestion:
    role, why = product_role(fact, ranks, rules)
    where, where_why = platform_role(fact, role, column.planned_role)
    return RoleSuggestion(
        row.sku_id,
        column.platform_id,
        column.market_id,
        role,
        where,
        why,
        where_why,
        cell.product_role,
        cell.platform_role,
    )


def suggest_roles(
    matrix: Matrix, facts: dict[int, SkuFacts], rules: dict[str, Any] | None = None
) -> list[RoleSuggestion]:
    """A suggestion for every listed cell of the matrix, in grid order."""
    rules = rules if rules is not None else (matrix.context.rules if matrix.context else {})
    ranks = PriceRanks.of(facts.values())
    return [
        _suggestion(row, column, cell, facts.get(row.sku_id, SkuFacts(row.sku_id, row.category)),
                    ranks, rules)
        for row, column, cell in matrix.listed_cells()
    ]  # fmt: skip


def suggest_for_cell(
    matrix: Matrix,
    facts: dict[int, SkuFacts],
    sku_id: int,
    platform_id: int,
    market_id: int,
    ranks: PriceRanks | None = None,
) -> RoleSuggestion | None:
    """The roles to suggest for one cell, listed or not (e.g. when the seller is about to
    place the SKU there); None for a SKU or column the matrix does not show. Pass ``ranks``
    (PriceRanks.of(facts.values())) when asking for many cells."""
    row, column = matrix.row(sku_id), matrix.column(platform_id, market_id)
    cell = matrix.cell(sku_id, platform_id, market_id)
    if row is None or column is None or cell is None:
        return None
    rules = matrix.context.rules if matrix.context else {}
    fact = facts.get(sku_id, SkuFacts(sku_id, row.category))
    return _suggestion(row, column, cell, fact, ranks or PriceRanks.of(facts.values()), rules)


def accept_suggestions(
    session: Session, suggestions: Iterable[RoleSuggestion], only_unassigned: bool = False
) -> list[tuple[tuple[int, int, int], CellState | None]]:
    """Give the listings their suggested roles (with ``only_unassigned``, only roles that are
    still empty). Returns (cell, state before) for every changed cell, for undo."""
    changed: list[tuple[tuple[int, int, int], CellState | None]] = []
    for suggestion in suggestions:
        key = suggestion.key
        before = cell_state(session, *key)
        if before is None:
            continue
        product = suggestion.product_role
        platform = suggestion.platform_role
        if only_unassigned:
            product = before.product_role or product
            platform = before.platform_role or platform
        if (product, platform) == (before.product_role, before.platform_role):
            continue
        assert product in PRODUCT_ROLES and platform in PLATFORM_ROLES
        set_cell(session, *key, replace(before, product_role=product, platform_role=platform))
        changed.append((key, before))
    return changed


def facts_from_review(review: Any) -> dict[int, SkuFacts]:
    """SkuFacts of every SKU of a step 2 review (core.inventory.review.CatalogReview)."""
    result = {}
    for sku in review.skus:
        margin = sku.gross_margin
        result[sku.sku_id] = SkuFacts(
            sku_id=sku.sku_id,
            category=sku.category,
            margin=float(margin) if margin is not None else None,
            abc=sku.abc_class,
            lifecycle=sku.lifecycle,
            price=sku.price_base,
            has_sales=sku.revenue_12m > 0 or sku.units_12m > 0,
            flags=frozenset(sku.flags),
        )
    return result


def sku_facts(session: Session, as_of: date | None = None) -> dict[int, SkuFacts]:
    """Review the catalog (step 2) and read every SKU's facts from it; seconds on a large
    catalog, so the UI runs it as a job."""
    from core.inventory.review import review_catalog

    return facts_from_review(review_catalog(session, as_of))
