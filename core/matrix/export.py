"""``export matrix WS OUT.xlsx``: the matrix grid as the seller sees it, for a meeting.

Sheet "Matrix": one row per SKU, one column per platform-market; a listed cell reads
"★ Hero · Main · Planned · fit 78" and is filled with its product role's colour
(core.matrix.roles). Sheet "Legend": what the colours and marks mean. Sheet "Warnings": each
warning with the cells behind it. Sheet "Fit": every listed cell's score and each rule's
contribution. Written through core.xlsx_export (the one safe writer).
"""

from __future__ import annotations

from pathlib import Path

from core.goals.roles import PLATFORM_ROLES, PRODUCT_ROLES
from core.i18n import QT_TRANSLATE_NOOP, Message, Translate, identity
from core.matrix.fit import Contribution, FitScore
from core.matrix.grid import STATUS_LABELS, Cell, Column, Matrix, MatrixRow
from core.matrix.roles import (
    PLATFORM_ROLE_MARKS,
    PRODUCT_ROLE_COLOURS,
    PRODUCT_ROLE_MARKS,
)
from core.matrix.warnings import MatrixWarning
from core.xlsx_export import Sheet, write_workbook

CTX = "Matrix"
NO_ROLE_COLOUR = "EDEDED"  # listed, but no product role yet


def _t(translate: Translate, text: str, **params) -> str:
    return Message(CTX, text, params).render(translate)


def cell_text(matrix: Matrix, cell: Cell, translate: Translate = identity) -> str:
    """What a listed cell says: mark and role, platform role, status, fit score."""
    if not cell.listed:
        return ""
    return _CellTexts(matrix, translate).text(cell)


class _CellTexts:
    """``cell_text`` for every cell of a matrix: the roles-and-status part is rendered once
    per combination (a few dozen), not once per cell (120,000 in a large matrix)."""

    def __init__(self, matrix: Matrix, translate: Translate) -> None:
        self.matrix, self.translate = matrix, translate
        self.heads: dict[tuple[str | None, str | None, str | None], str] = {}
        self.fits: dict[int, str] = {}

    def text(self, cell: Cell) -> str:
        key = (cell.product_role, cell.platform_role, cell.status)
        head = self.heads.get(key)
        if head is None:
            head = self.heads[key] = self._head(*key)
        score = self.matrix.score(cell)
        if score is None:
            return head
        fit = self.fits.get(score)
        if fit is None:
            fit = self.fits[score] = _t(
                self.translate, QT_TRANSLATE_NOOP("Matrix", "fit {score}"), score=score
            )
        return f"{head} · {fit}"

    def _head(self, product_role: str | None, platform_role: str | None, status: str | None) -> str:
        translate = self.translate
        parts = []
        if product_role in PRODUCT_ROLES:
            role = Message("Goals", PRODUCT_ROLES[product_role]).render(translate)
            parts.append(f"{PRODUCT_ROLE_MARKS[product_role]} {role}")
        else:
            parts.append(_t(translate, QT_TRANSLATE_NOOP("Matrix", "No role")))
        if platform_role in PLATFORM_ROLES:
            parts.append(Message("Goals", PLATFORM_ROLES[platform_role]).render(translate))
        if status in STATUS_LABELS:
            parts.append(Message(CTX, STATUS_LABELS[status]).render(translate))
        return " · ".join(parts)


def cell_name(row: MatrixRow, column: Column) -> str:
    return f"{row.sku_code} @ {column.title}"


class _FitTexts:
    """``"\\n".join(line.render(translate) for line in fit.explain())`` for every listed cell.

    Most lines repeat from cell to cell (a platform's priority, a market off target, a
    category's norm, a price in the band of all a platform's markets): each distinct line is
    rendered once. Lines whose reason holds something other than text, numbers or plain
    messages are rendered every time."""

    def __init__(self, translate: Translate) -> None:
        self.translate = translate
        self.lines: dict[tuple, str] = {}
        self.whole: dict[int, tuple[FitScore, str]] = {}  # by id: fit scores shared by cells

    def text(self, fit: FitScore) -> str:
        known = self.whole.get(id(fit))
        if known is not None and known[0] is fit:
            return known[1]
        text = "\n".join(self._line(c) for c in fit.contributions)
        self.whole[id(fit)] = (fit, text)
        return text

    def _line(self, contribution: Contribution) -> str:
        reason = contribution.reason
        key: tuple = (contribution.rule, contribution.points, reason.context, reason.text)
        for name, value in reason.params.items():
            kind = value.__class__
            if kind is str or kind is int:
                key += (name, kind, value)
            elif kind is Message and not value.params:
                key += (name, kind, value.context, value.text)
            else:
                return self._render(contribution)  # not worth a key
        line = self.lines.get(key)
        if line is None:
            line = self.lines[key] = self._render(contribution)
        return line

    def _render(self, contribution: Contribution) -> str:
        return FitScore(0, 0, (contribution,)).explain()[0].render(self.translate)


def matrix_sheets(
    matrix: Matrix, warnings: list[MatrixWarning], translate: Translate = identity
) -> list[Sheet]:
    t = lambda text, **params: _t(translate, text, **params)  # noqa: E731
    fixed = [
        t(QT_TRANSLATE_NOOP("Matrix", "SKU")),
        t(QT_TRANSLATE_NOOP("Matrix", "SPU")),
        t(QT_TRANSLATE_NOOP("Matrix", "Product")),
        t(QT_TRANSLATE_NOOP("Matrix", "Category")),
        t(QT_TRANSLATE_NOOP("Matrix", "Variant")),
    ]
    rows: list[list[str | None]] = []
    fills: dict[tuple[int, int], str] = {}
    texts = _CellTexts(matrix, translate)
    for r, row in enumerate(matrix.rows):
        values: list[str | None] = [
            row.sku_code,
            row.spu_code,
            row.product_name,
            row.category,
            row.variant_label,
        ]
        for c, cell in enumerate(row.cells):
            values.append(texts.text(cell) if cell.listed else None)  # empty, not ""
            if cell.listed:
                colour = PRODUCT_ROLE_COLOURS.get(cell.product_role or "", NO_ROLE_COLOUR)
                fills[(r, len(fixed) + c)] = colour
        rows.append(values)
    grid = Sheet(
        t(QT_TRANSLATE_NOOP("Matrix", "Matrix")),
        fixed + [c.title for c in matrix.columns],
        rows,
        fills=fills,
    )
    legend_rows: list[list[str]] = []
    legend_fills: dict[tuple[int, int], str] = {}
    for key, label in PRODUCT_ROLES.items():
        legend_fills[(len(legend_rows), 0)] = PRODUCT_ROLE_COLOURS[key]
        legend_rows.append(
            [
                f"{PRODUCT_ROLE_MARKS[key]} {Message('Goals', label).render(translate)}",
                t(QT_TRANSLATE_NOOP("Matrix", "Product role")),
            ]
        )
    legend_fills[(len(legend_rows), 0)] = NO_ROLE_COLOUR
    legend_rows.append(
        [
            t(QT_TRANSLATE_NOOP("Matrix", "No role")),
            t(QT_TRANSLATE_NOOP("Matrix", "Listed, no product role yet")),
        ]
    )
    for key, label in PLATFORM_ROLES.items():
        legend_rows.append(
            [
                f"{PLATFORM_ROLE_MARKS[key]} {Message('Goals', label).render(translate)}",
                t(QT_TRANSLATE_NOOP("Matrix", "Platform role")),
            ]
        )
    legend_rows.append(
        [
            t(QT_TRANSLATE_NOOP("Matrix", "fit {score}"), score="0–100"),
            t(
                QT_TRANSLATE_NOOP(
                    "Matrix", "Fit score: how well the product suits the platform in the market"
                )
            ),
        ]
    )
    legend = Sheet(
        t(QT_TRANSLATE_NOOP("Matrix", "Legend")),
        [t(QT_TRANSLATE_NOOP("Matrix", "Mark")), t(QT_TRANSLATE_NOOP("Matrix", "Meaning"))],
        legend_rows,
        fills=legend_fills,
    )
    names = {cell.key: cell_name(row, column) for row, column, cell in matrix.listed_cells()}
    warning_sheet = Sheet(
        t(QT_TRANSLATE_NOOP("Matrix", "Warnings")),
        [
            t(QT_TRANSLATE_NOOP("Matrix", "Warning")),
            t(QT_TRANSLATE_NOOP("Matrix", "What")),
            t(QT_TRANSLATE_NOOP("Matrix", "Cells")),
        ],
        [
            [
                w.title.render(translate),
                w.message.render(translate),
                ", ".join(names.get(key, "") for key in w.cells),
            ]
            for w in warnings
        ],
    )
    fit_rows = []
    why = _FitTexts(translate)
    for row, column, cell in matrix.listed_cells():
        fit = matrix.fit(cell)
        if fit is None:
            continue
        fit_rows.append([row.sku_code, column.title, fit.score, why.text(fit)])
    fit_sheet = Sheet(
        t(QT_TRANSLATE_NOOP("Matrix", "Fit")),
        [
            t(QT_TRANSLATE_NOOP("Matrix", "SKU")),
            t(QT_TRANSLATE_NOOP("Matrix", "Platform · market")),
            t(QT_TRANSLATE_NOOP("Matrix", "Fit score")),
            t(QT_TRANSLATE_NOOP("Matrix", "Why")),
        ],
        fit_rows,
    )
    return [grid, legend, warning_sheet, fit_sheet]


def export_matrix(
    path: str | Path,
    matrix: Matrix,
    warnings: list[MatrixWarning],
    translate: Translate = identity,
) -> Path:
    return write_workbook(path, matrix_sheets(matrix, warnings, translate))
