"""What the matrix page reads and writes, in one place.

The grid, the editor and the undo commands only talk to this module: it turns the workspace's
listings into the rows, columns and cells the grid shows, and writes a cell's new state back.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlmodel import Session, select

from core.goals import plan
from core.models import Category, Listing, ListingStatus, Market, Platform, Product, Sku
from core.workspace import Workspace

CellKey = tuple[int, int, int]  # sku id, platform id, market id


@dataclass(frozen=True)
class CellState:
    """A listing's place in the matrix; None in a snapshot means "not listed there"."""

    product_role: str | None
    platform_role: str | None
    status: str = ListingStatus.PLANNED.value


@dataclass(frozen=True)
class MatrixColumn:
    platform_id: int
    market_id: int
    platform_name: str
    market_code: str
    platform_role: str | None  # step 3's role of the platform in that market


@dataclass(frozen=True)
class MatrixSku:
    sku_id: int
    sku_code: str
    product_id: int
    spu_code: str
    product_name: str
    variant: str
    category: str


@dataclass
class MatrixData:
    columns: list[MatrixColumn] = field(default_factory=list)
    skus: list[MatrixSku] = field(default_factory=list)
    cells: dict[CellKey, CellState] = field(default_factory=dict)
    fit: dict[CellKey, float] = field(default_factory=dict)  # 0–100, where known


def load_matrix(workspace: Workspace) -> MatrixData:
    """Rows: the catalog's SKUs still sold; columns: step 3's platforms × target markets, and
    any platform-market already holding a listing."""
    with workspace.session() as session:
        return _load(session)


def _load(session: Session) -> MatrixData:
    platforms = {p.id: p for p in session.exec(select(Platform))}
    markets = {m.id: m for m in session.exec(select(Market))}
    roles = plan.platform_roles(session)
    pairs: list[tuple[int, int]] = []
    for platform in plan.platform_priority(session):
        for market in plan.target_markets(session):
            pairs.append((platform.id, market.id))
    cells: dict[CellKey, CellState] = {}
    for listing in session.exec(select(Listing)):
        key = (listing.sku_id, listing.platform_id, listing.market_id)
        cells[key] = CellState(listing.product_role, listing.platform_role, listing.status)
        if (listing.platform_id, listing.market_id) not in pairs:
            pairs.append((listing.platform_id, listing.market_id))
    columns = [
        MatrixColumn(p, m, platforms[p].name, markets[m].code, roles.get((p, m)))
        for p, m in pairs
        if p in platforms and m in markets
    ]
    categories = {c.id: c.name for c in session.exec(select(Category))}
    rows = session.exec(
        select(Sku, Product)
        .join(Product, Sku.product_id == Product.id)
        .where(Sku.archived == False, Product.archived == False)  # noqa: E712
        .order_by(Product.spu_code, Sku.sku_code)
    )
    skus = [
        MatrixSku(
            sku.id,
            sku.sku_code,
            product.id,
            product.spu_code,
            product.name,
            sku.variant_label(),
            categories.get(product.category_id, ""),
        )
        for sku, product in rows
    ]
    return MatrixData(columns, skus, cells)


def save_cells(workspace: Workspace, changes: dict[CellKey, CellState | None]) -> None:
    """Write each cell's new state in one transaction: None removes the listing."""
    with workspace.transaction() as session:
        for (sku_id, platform_id, market_id), state in changes.items():
            listing = session.exec(
                select(Listing).where(
                    Listing.sku_id == sku_id,
                    Listing.platform_id == platform_id,
                    Listing.market_id == market_id,
                )
            ).first()
            if state is None:
                if listing is not None:
                    session.delete(listing)
                continue
            if listing is None:
                listing = Listing(sku_id=sku_id, platform_id=platform_id, market_id=market_id)
            listing.product_role = state.product_role
            listing.platform_role = state.platform_role
            listing.status = state.status
            session.add(listing)
