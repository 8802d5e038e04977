"""What the matrix page reads and writes, in one place, over core.matrix.

The grid, the editor and the undo commands only talk to this module: it turns core's matrix
into the rows, columns and cells the grid shows (cells by key, for quick lookups while
painting), and writes cells back through core's ``set_cell`` in one transaction.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from core.matrix import cells as core_cells
from core.matrix import compliance
from core.matrix import grid as core_grid
from core.matrix.fit import RULE_LABELS, FitScore
from core.matrix.grid import CellState, Matrix
from core.workspace import Workspace

__all__ = ["CellState", "CellKey", "MatrixColumn", "MatrixSku", "MatrixData"]

CellKey = tuple[int, int, int]  # sku id, platform id, market id


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
    fit: dict[CellKey, float] = field(default_factory=dict)  # 0–100, computed when first shown
    matrix: Matrix | None = None  # core's matrix: fit scores and their explanation

    def fit_score(self, key: CellKey) -> float | None:
        known = self.fit.get(key)
        if known is not None or self.matrix is None:
            return known
        cell = self.matrix.cell(*key)
        score = None if cell is None else self.matrix.score(cell)
        if score is None:
            return None
        self.fit[key] = float(score)
        return self.fit[key]

    def explain(self, key: CellKey) -> FitScore | None:
        if self.matrix is None:
            return None
        cell = self.matrix.cell(*key)
        return None if cell is None else self.matrix.fit(cell)

    def changed(self, key: CellKey, state: CellState | None) -> None:
        """A cell was written: keep core's matrix in step (a listing's price moves its fit)."""
        if state is None:
            self.cells.pop(key, None)
        else:
            self.cells[key] = state
        self.fit.pop(key, None)
        if self.matrix is not None:
            cell = self.matrix.cell(*key)
            if cell is not None:
                cell.state = state


def load_matrix(workspace: Workspace) -> MatrixData:
    """Rows: the catalog's SKUs still sold; columns: platform × market, step 3's first."""
    with workspace.session() as session:
        matrix = core_grid.load_matrix(session)
    columns = [
        MatrixColumn(c.platform_id, c.market_id, c.platform_name, c.market_code, c.planned_role)
        for c in matrix.columns
    ]
    skus = []
    cells: dict[CellKey, CellState] = {}
    for row in matrix.rows:
        skus.append(
            MatrixSku(
                row.sku_id,
                row.sku_code,
                row.product_id,
                row.spu_code,
                row.product_name,
                row.variant_label,
                row.category,
            )
        )
        for cell in row.cells:
            if cell.state is not None:
                cells[cell.key] = cell.state
    return MatrixData(columns, skus, cells, {}, matrix)


def save_cells(
    workspace: Workspace,
    changes: dict[CellKey, CellState | None],
    seen: dict[CellKey, CellState | None] | None = None,
    decided: dict[CellKey, dict[str, str]] | None = None,
) -> None:
    """Write each cell's new state in one transaction: None removes the listing. With
    ``seen`` (the states the person started from) each cell is checked: another person's
    change of the same field meanwhile is a ConflictError (its ``key`` is the cell), and
    ``decided`` holds the choices made so far, per cell."""
    with workspace.transaction() as session:
        for key, state in changes.items():
            if seen is None:
                core_cells.set_cell(session, *key, state)
            else:
                core_cells.set_cell(
                    session, *key, state, seen=seen.get(key), decided=(decided or {}).get(key)
                )


SignOffKey = tuple[int, str]  # product id, market code
SignOffs = dict[SignOffKey, frozenset[str]]  # → requirement ids signed off


def save_sign_offs(
    workspace: Workspace,
    changes: SignOffs,
    seen: SignOffs | None = None,
    decided: dict[SignOffKey, dict[str, str]] | None = None,
) -> None:
    """Write what is signed off per product × market, in one transaction; with ``seen``
    another person's different sign-off meanwhile is a ConflictError (``key``: the pair)."""
    from core.edits import KEEP_MINE, TAKE_THEIRS, KeptOver

    with workspace.transaction() as session:
        for (product_id, market), ids in changes.items():
            choice = (decided or {}).get((product_id, market), {}).get("signed_off")
            if choice == TAKE_THEIRS:
                continue
            before = None if seen is None else set(seen.get((product_id, market), frozenset()))
            if isinstance(choice, KeptOver):  # over what the dialog showed: a third asks again
                before, choice = set(choice.theirs), None
            compliance.replace_signed_off(
                session,
                product_id,
                market,
                set(ids),
                seen=before,
                keep_mine=choice == KEEP_MINE,
            )


def rule_label(rule: str) -> str:
    return RULE_LABELS.get(rule, rule)
