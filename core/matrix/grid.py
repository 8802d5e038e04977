"""The product matrix of step 5: SKUs (rows) × platform-market columns, one cell each.

Reading::

    matrix = load_matrix(session)            # every SKU not archived × every column
    matrix.columns                           # [Column] platforms in step 3's priority order,
                                             #  then the rest; markets target-first
    row = matrix.rows[i]                     # MatrixRow: SKU, SPU, category, approved …
    cell = row.cells[j]                      # Cell of matrix.columns[j]: listing or None
    cell.listed, cell.status, cell.product_role, cell.platform_role
    matrix.fit(cell)                         # FitScore (computed when first asked, cached)
    matrix.score(cell)                       # its number alone, fast for every cell
    matrix.set_signed_off(product_id, market, ids)   # after a sign-off: scores follow

Changing cells (set_cell, place, set_roles …): core.matrix.cells.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from decimal import Decimal
from typing import Any

from sqlalchemy import select as sa_select
from sqlmodel import Session, col, select

from core import currency, money
from core.goals.plan import platform_priority, platform_roles, target_markets
from core.i18n import QT_TRANSLATE_NOOP
from core.matrix import compliance
from core.matrix.fit import FitContext, FitScore, FitSubject, fit_score
from core.matrix.rules import fit_rules
from core.matrix.scoring import ColumnScorer, band_price
from core.models import (
    HAZARD_FLAGS,
    Category,
    Listing,
    ListingStatus,
    Market,
    Platform,
    Product,
    Sku,
    saved_id,
    table_of,
)
from core.selection.compliance import Requirement
from core.selection.models import CandidateDecision

KEEP: Any = object()  # "leave this role as it is" in set_roles

STATUS_LABELS: dict[str, str] = {
    ListingStatus.PLANNED: QT_TRANSLATE_NOOP("Matrix", "Planned"),
    ListingStatus.ACTIVE: QT_TRANSLATE_NOOP("Matrix", "Active"),
    ListingStatus.PAUSED: QT_TRANSLATE_NOOP("Matrix", "Paused"),
    ListingStatus.ENDED: QT_TRANSLATE_NOOP("Matrix", "Ended"),
}


@dataclass(frozen=True)
class Column:
    platform_id: int
    market_id: int
    platform_code: str
    platform_name: str
    market_code: str
    planned_role: str | None = None  # step 3's role of the platform in this market

    @property
    def key(self) -> tuple[int, int]:
        return (self.platform_id, self.market_id)

    @property
    def title(self) -> str:
        return f"{self.platform_name} {self.market_code}"


@dataclass(frozen=True)
class CellState:
    """Everything a listing holds, for undo/redo and for creating it again."""

    status: str = ListingStatus.PLANNED.value
    product_role: str | None = None
    platform_role: str | None = None
    price: float | None = None
    currency: str | None = None
    platform_sku: str = ""
    external_id: str = ""  # the platform's id for the offer (ASIN …), schema 8


@dataclass
class Cell:
    sku_id: int
    platform_id: int
    market_id: int
    listing_id: int | None = None
    state: CellState | None = None  # None: not listed

    @property
    def listed(self) -> bool:
        return self.listing_id is not None

    @property
    def status(self) -> str | None:
        return self.state.status if self.state else None

    @property
    def product_role(self) -> str | None:
        return self.state.product_role if self.state else None

    @property
    def platform_role(self) -> str | None:
        return self.state.platform_role if self.state else None

    @property
    def key(self) -> tuple[int, int, int]:
        return (self.sku_id, self.platform_id, self.market_id)


@dataclass
class MatrixRow:
    sku_id: int
    sku_code: str
    product_id: int
    spu_code: str
    product_name: str
    category: str
    variant_label: str
    approved: bool  # approved in step 4 (立项)
    cells: list[Cell] = field(default_factory=list)  # in the order of Matrix.columns


@dataclass
class Matrix:
    columns: list[Column]
    rows: list[MatrixRow]
    subjects: dict[int, FitSubject] = field(default_factory=dict)  # by SKU id
    context: FitContext | None = None
    products: dict[int, compliance.ProductCompliance] = field(default_factory=dict)
    signed_off: dict[int, dict[str, set[str]]] = field(default_factory=dict)
    _by_sku: dict[int, MatrixRow] = field(default_factory=dict, repr=False)
    _column_index: dict[tuple[int, int], int] = field(default_factory=dict, repr=False)
    _compliance: dict[tuple[int, str], list[Requirement]] = field(default_factory=dict, repr=False)
    # what the pre-check asks of a category with these attributes in a market: products share it
    _needed: dict[tuple[str, frozenset[str], str], list[Requirement]] = field(
        default_factory=dict, repr=False
    )
    _scorers: dict[tuple[int, int], ColumnScorer] = field(default_factory=dict, repr=False)
    _band_prices: dict[tuple[Decimal | None, str], Decimal | None] = field(
        default_factory=dict, repr=False
    )

    def __post_init__(self) -> None:
        self._by_sku = {row.sku_id: row for row in self.rows}
        self._column_index = {c.key: i for i, c in enumerate(self.columns)}

    def row(self, sku_id: int) -> MatrixRow | None:
        return self._by_sku.get(sku_id)

    def column(self, platform_id: int, market_id: int) -> Column | None:
        index = self._column_index.get((platform_id, market_id))
        return None if index is None else self.columns[index]

    def column_index(self, platform_id: int, market_id: int) -> int | None:
        return self._column_index.get((platform_id, market_id))

    def cell(self, sku_id: int, platform_id: int, market_id: int) -> Cell | None:
        row, index = self._by_sku.get(sku_id), self._column_index.get((platform_id, market_id))
        return None if row is None or index is None else row.cells[index]

    def listed_cells(self) -> Iterator[tuple[MatrixRow, Column, Cell]]:
        for row in self.rows:
            for column, cell in zip(self.columns, row.cells, strict=True):
                if cell.listed:
                    yield row, column, cell

    def open_compliance(self, product_id: int, market_code: str) -> list[Requirement]:
        """What the product still needs in the market (cached: the pre-check reads rules)."""
        key = (product_id, market_code)
        found = self._compliance.get(key)
        if found is None:
            product = self.products.get(product_id)
            if product is None:
                found = []
            else:
                asked = (product.category, product.attributes, market_code)
                needed = self._needed.get(asked)
                if needed is None:
                    needed = self._needed[asked] = compliance.needed(product, market_code)
                have = self.signed_off.get(product_id, {}).get(
                    compliance.normalise_market(market_code), set()
                )
                found = [r for r in needed if r.id not in have]
            self._compliance[key] = found
        return found

    def set_signed_off(self, product_id: int, market_code: str, requirement_ids: set[str]) -> None:
        """What is signed off for the product in the market changed (saved by the caller):
        its open certifications and the fit scores that count them are worked out again."""
        market = compliance.normalise_market(market_code)
        self.signed_off.setdefault(product_id, {})[market] = set(requirement_ids)
        for key in [k for k in self._compliance if k[0] == product_id]:
            del self._compliance[key]
        if self.context is not None:
            # fit scores are cached by subject; the product's subjects carry its id
            stale = [k for k in self.context.cache if k[0].product_id == product_id]
            for key in stale:
                del self.context.cache[key]

    def fit(self, cell: Cell) -> FitScore | None:
        """The cell's fit score (None without rules or for an unknown SKU); cached per
        product, price, platform and market, so 10,000 SKUs of a few hundred products cost
        a few thousand evaluations."""
        subject = self.subjects.get(cell.sku_id)
        column = self.column(cell.platform_id, cell.market_id)
        if subject is None or column is None or self.context is None:
            return None
        if cell.state is not None and cell.state.price is not None:
            # The listing's own price is what buyers on that platform see.
            subject = replace(
                subject,
                price=money.amount(cell.state.price),
                currency=cell.state.currency or subject.currency,
            )
        key = (subject, column.platform_code, column.market_code)
        cached = self.context.cache.get(key)
        if cached is None:
            cached = fit_score(
                subject,
                column.platform_code,
                column.platform_name,
                column.market_code,
                self.context,
                self.open_compliance(subject.product_id, column.market_code),
            )
            self.context.cache[key] = cached
        return cached

    def score(self, cell: Cell) -> int | None:
        """``fit(cell).score`` without the explanation: the same number, a hundred times
        faster (core.matrix.scoring); for every cell of a large matrix."""
        subject = self.subjects.get(cell.sku_id)
        index = self._column_index.get((cell.platform_id, cell.market_id))
        context = self.context
        if subject is None or index is None or context is None:
            return None
        column = self.columns[index]
        state = cell.state
        price, currency_code = subject.price, subject.currency
        if state is not None and state.price is not None:
            price, currency_code = money.amount(state.price), state.currency or subject.currency
        in_band = self._band_prices.get((price, currency_code), KEEP)
        if in_band is KEEP:
            in_band = band_price(replace(subject, price=price, currency=currency_code), context)
            self._band_prices[(price, currency_code)] = in_band
        scorer = self._scorers.get(column.key)
        if scorer is None:
            scorer = self._scorers[column.key] = ColumnScorer(
                column.platform_code, column.market_code, context
            )
        open_count = len(self.open_compliance(subject.product_id, column.market_code))
        return scorer.score(subject, in_band, open_count)


def _columns(session: Session, used: set[tuple[int, int]]) -> list[Column]:
    platforms = list(session.exec(select(Platform).order_by(col(Platform.name))).all())
    ranked = [p.id for p in platform_priority(session)]
    platforms.sort(key=lambda p: (ranked.index(p.id) if p.id in ranked else len(ranked), p.name))
    markets = list(session.exec(select(Market).order_by(col(Market.code))).all())
    targets = [m.id for m in target_markets(session)]
    markets.sort(key=lambda m: (targets.index(m.id) if m.id in targets else len(targets), m.code))
    roles = platform_roles(session)
    columns = []
    for platform in platforms:
        for market in markets:
            key = (saved_id(platform), saved_id(market))
            # Outside step 3's target markets a column shows only where something is listed.
            if targets and market.id not in targets and key not in used:
                continue
            columns.append(
                Column(key[0], key[1], platform.code, platform.name, market.code, roles.get(key))
            )
    return columns


def _subject(sku: Any, category: str, base: str, rates: dict[str, float]) -> FitSubject:
    price = money.amount(sku.price)
    margin = None
    price_base = money.convert_exact(sku.price, sku.price_currency, base, rates)
    cost_base = money.convert_exact(sku.cost, sku.cost_currency, base, rates)
    if price_base is not None and cost_base is not None and price_base > 0:
        margin = (price_base - cost_base) / price_base
    return FitSubject(
        product_id=sku.product_id,
        category=category,
        price=price,
        currency=sku.price_currency,
        margin=margin,
        weight_g=sku.weight_g,
        hazards=frozenset(flag for flag in HAZARD_FLAGS if getattr(sku, flag)),
    )


def _variant_label(text: str | None) -> str:
    """As Sku.variant_label, from the column's JSON text ("black / L")."""
    if not text or text == "{}":
        return ""
    try:
        value = json.loads(text)
    except ValueError:
        return ""
    return " / ".join(str(v) for v in value.values()) if isinstance(value, dict) else ""


def load_matrix(
    session: Session, include_archived: bool = False, only_approved: bool = False
) -> Matrix:
    """The whole matrix: every SKU (archived ones only when asked) × every column. Plain rows,
    not ORM objects: 10,000 SKUs load in about a second."""
    connection = session.connection()
    categories = {c.id: c.name for c in session.exec(select(Category)).all()}
    approved = {
        d.product_id
        for d in session.exec(
            select(CandidateDecision).where(
                col(CandidateDecision.undone_at).is_(None),
                CandidateDecision.decision == "approve",
            )
        ).all()
        if d.product_id is not None
    }
    listing_table = table_of(Listing)
    listing = listing_table.c
    listings = connection.execute(
        sa_select(
            listing.id,
            listing.sku_id,
            listing.platform_id,
            listing.market_id,
            listing.status,
            listing.product_role,
            listing.platform_role,
            listing.price,
            listing.currency,
            listing.platform_sku,
            listing.external_id,
        )
    ).all()
    columns = _columns(session, {(x[2], x[3]) for x in listings})
    # (listing id, state) per cell; listings alike share one (frozen) state: 120,000 cells
    # of a large matrix hold a few hundred distinct states
    states: dict[tuple, CellState] = {}
    by_cell: dict[tuple[int, int, int], tuple[int, CellState]] = {}
    for x in listings:
        values = (x[4], x[5], x[6], x[7], x[8], x[9], x[10] or "")
        state = states.get(values)
        if state is None:
            state = states[values] = CellState(*values)
        by_cell[(x[1], x[2], x[3])] = (x[0], state)
    rates = currency.rates(session)
    base = currency.base_currency(session)
    sku_table, product = table_of(Sku), table_of(Product).c
    sku = sku_table.c
    query = sa_select(
        sku_table,
        product.spu_code,
        product.name.label("product_name"),
        product.category_id,
        product.archived.label("product_archived"),
    ).join_from(sku_table, table_of(Product), sku.product_id == product.id)
    rows: list[MatrixRow] = []
    subjects: dict[int, FitSubject] = {}
    column_keys = [(column.platform_id, column.market_id) for column in columns]
    for record in connection.execute(query):
        if not include_archived and (record.archived or record.product_archived):
            continue
        if only_approved and record.product_id not in approved:
            continue
        category = categories.get(record.category_id, "")
        cells = []
        sku_id = record.id
        for platform_id, market_id in column_keys:
            listed = by_cell.get((sku_id, platform_id, market_id))
            if listed is None:
                cells.append(Cell(sku_id, platform_id, market_id))
            else:
                cells.append(Cell(sku_id, platform_id, market_id, listed[0], listed[1]))
        rows.append(
            MatrixRow(
                sku_id=record.id,
                sku_code=record.sku_code,
                product_id=record.product_id,
                spu_code=record.spu_code,
                product_name=record.product_name,
                category=category,
                variant_label=_variant_label(record.variant),
                approved=record.product_id in approved,
                cells=cells,
            )
        )
        subjects[record.id] = _subject(record, category, base, rates)
    rows.sort(key=lambda r: (r.category, r.spu_code, r.sku_code))
    context = FitContext(
        rules=fit_rules(session),
        rates=rates,
        priority=[p.code for p in platform_priority(session)],
        target_markets=[m.code for m in target_markets(session)],
    )
    return Matrix(
        columns=columns,
        rows=rows,
        subjects=subjects,
        context=context,
        products=compliance.product_compliance(session),
        signed_off=compliance.signed_off(session),
    )
