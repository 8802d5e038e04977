"""Step 5: Platform fit (匹配平台特性) — the product matrix grid.

Guided path: the card at the top says what is still missing (products, platforms and markets
from step 3, SKUs not placed yet, warnings to act on). Expert view: the grid of products ×
platform-market cells, edited by click, keys and drag, every edit saved at once and undoable;
beside it the warnings, the role mix against the goals and the portfolio chart.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QMessageBox,
    QSplitter,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from core.edits import ConflictError, asked_again, kept_over
from core.jobs import Progress
from core.matrix import cells as core_cells
from core.steps import STEP_BY_KEY
from core.workspace import Workspace
from ui.dialogs.conflict_dialog import ask_decisions
from ui.errors import error_text
from ui.i18n import translate
from ui.job_runner import run_job
from ui.pages.base import StepPage
from ui.pages.matrix.cell_editing import CellEditing
from ui.pages.matrix.cell_editor import CellEditor
from ui.pages.matrix.commands import CellsChange, Changes
from ui.pages.matrix.filter_bar import FilterBar
from ui.pages.matrix.grid_model import MatrixModel
from ui.pages.matrix.grid_view import MatrixGrid
from ui.pages.matrix.insight_jobs import Insights, export_job
from ui.pages.matrix.insight_refresh import InsightRefresh
from ui.pages.matrix.insights import MatrixInsights
from ui.pages.matrix.role_editing import RoleEditing
from ui.pages.matrix.role_palette import RolePalette
from ui.pages.matrix.roles import role_name
from ui.pages.matrix.sign_off import SigningOff, SignOffDialog
from ui.pages.matrix.source import (
    CellState,
    MatrixData,
    load_matrix,
    save_cells,
)
from ui.widgets.exported import ExportedNote
from ui.widgets.flow_layout import ask_again_later
from ui.widgets.wrapped_label import WrappedLabel


def load_job(workspace: Workspace, progress: Progress) -> MatrixData:
    """Everything the grid shows, read on a worker thread."""
    return load_matrix(workspace)


EXPAND_ALL_UP_TO = 2000  # a filter opens every product up to this many SKUs (~0.5 s)


SIDE_BY_SIDE = 900  # narrower than this, the warnings panel sits under the grid


class GridPane(QWidget):
    """The grid's side of the splitter. Its minimum height grows when the filters or the
    role chips wrap onto more lines; a splitter is not told of that and kept the old size,
    drawing the legend over the grid. It is told now."""

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest:
            ask_again_later(self)
        return super().event(event)


class MatrixPage(CellEditing, RoleEditing, SigningOff, InsightRefresh, StepPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._job = None
        self._reload_again = False
        self.as_of: date | None = None  # None: today (tests pin a day)
        self.insights = Insights()
        self._insights_job = None
        self._export_job = None
        self._insights_again = False
        self._warnings_timer = QTimer(self)
        self._warnings_timer.setSingleShot(True)
        self._warnings_timer.setInterval(250)  # one recomputation for a burst of key presses
        self._warnings_timer.timeout.connect(self.refresh_insights)
        self.editor: CellEditor | None = None
        self.sign_off_dialog: SignOffDialog | None = None
        self.undo_stack = QUndoStack(self)
        self.undo_stack.setUndoLimit(500)
        self.model = MatrixModel(self)

        self.title = WrappedLabel(objectName="pageTitle")
        self.explanation = WrappedLabel(objectName="hint")
        self.guide = WrappedLabel(objectName="warning")
        self.guide.linkActivated.connect(self._guide_link)
        self.toolbar = QToolBar()
        self.act_edit = self.toolbar.addAction("", self.edit_current)
        self.act_remove = self.toolbar.addAction("", self.remove_selected)
        self.act_suggest = self.toolbar.addAction("", self.use_suggestions)
        self.act_suggest.setShortcut(QKeySequence("Ctrl+Shift+S"))
        self.act_rules = self.toolbar.addAction("", self.edit_rules)
        self.act_export = self.toolbar.addAction("", self.export_to_excel)
        self.act_export.setShortcut(QKeySequence("Ctrl+E"))
        self.act_rules.setShortcut(QKeySequence("Ctrl+Shift+R"))
        self.toolbar.addSeparator()
        self.act_undo = self.undo_stack.createUndoAction(self)
        self.act_undo.setShortcut(QKeySequence.StandardKey.Undo)
        self.act_redo = self.undo_stack.createRedoAction(self)
        self.act_redo.setShortcuts([QKeySequence("Ctrl+Y"), QKeySequence("Ctrl+Shift+Z")])
        self.toolbar.addAction(self.act_undo)
        self.toolbar.addAction(self.act_redo)
        self.toolbar.addSeparator()
        self.act_expand = self.toolbar.addAction("", lambda: self.grid.expandAll())
        self.act_collapse = self.toolbar.addAction("", lambda: self.grid.collapseAll())
        for action in (
            self.act_undo,
            self.act_redo,
            self.act_suggest,
            self.act_rules,
            self.act_export,
        ):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)
        # Role keys 1–6 as menu commands too (the grid handles the keys themselves).
        self.role_actions: list[QAction] = []
        from ui.pages.matrix.roles import ROLE_ORDER

        for number, role in enumerate(ROLE_ORDER, start=1):
            action = QAction(self)
            action.setShortcut(QKeySequence(str(number)))
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)  # the grid's keys
            action.triggered.connect(lambda _=False, r=role: self.set_role(r))
            self.role_actions.append(action)

        self.filters = FilterBar()
        self.filters.sig_changed.connect(self._filters_changed)
        self.palette_row = RolePalette()
        self.palette_row.sig_role_chosen.connect(self.set_role)

        self.grid = MatrixGrid()
        self.grid.setModel(self.model)
        # Some rows stay in view when the page is short (it scrolls instead): at 150 % on
        # 1280×800 the grid was squeezed to its header.
        self.grid.setMinimumHeight(12 * self.fontMetrics().lineSpacing())
        self.grid.sig_role_key.connect(self.set_role)
        self.grid.sig_remove.connect(self.remove_selected)
        self.grid.sig_edit.connect(self.edit_cell)
        self.grid.sig_role_dropped.connect(self._role_dropped)
        self.grid.sig_cell_dropped.connect(self._cell_dropped)
        self.grid.clicked.connect(self._clicked)
        self.empty = WrappedLabel(objectName="hint")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)

        grid_box = GridPane()
        grid_layout = QVBoxLayout(grid_box)
        grid_layout.setContentsMargins(0, 0, 0, 0)
        grid_layout.addWidget(self.filters)
        grid_layout.addWidget(self.palette_row)
        grid_layout.addWidget(self.grid, 1)
        grid_layout.addWidget(self.empty, 1)
        grid_layout.addWidget(self.palette_row.status_legend)
        self.side = MatrixInsights()
        self.side.setMinimumWidth(280)
        self.side.sig_show_warning.connect(self.show_warning)
        self.side.sig_sign_off.connect(self.sign_off_warning)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(grid_box)
        self.splitter.addWidget(self.side)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([900, 360])

        self.message = WrappedLabel(objectName="warning")
        self.message.hide()
        self.busy = QLabel(objectName="hint")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 14, 24, 8)
        layout.setSpacing(6)
        for widget in (self.title, self.explanation, self.guide):
            layout.addWidget(widget)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.message)
        self.export_note = ExportedNote()
        layout.addWidget(self.export_note)
        layout.addWidget(self.busy)
        self.retranslate()

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        # Too narrow for the grid and the panel side by side (1280×800 at 150 % leaves ~600
        # points): the panel goes under the grid, which keeps the page's whole width. After
        # this resize, not inside it (turning the splitter during a resize crashes Qt).
        QTimer.singleShot(0, self, self._place_side)

    def _place_side(self) -> None:
        wanted = (
            Qt.Orientation.Vertical if self.width() < SIDE_BY_SIDE else Qt.Orientation.Horizontal
        )
        if self.splitter.orientation() != wanted:
            self.splitter.setOrientation(wanted)
            if wanted == Qt.Orientation.Horizontal:
                self.side.setMinimumSize(280, 0)
            else:
                self.side.setMinimumSize(0, 320)

    # --- texts ------------------------------------------------------------------------------
    def retranslate(self) -> None:
        step = STEP_BY_KEY["platform_fit"]
        self.title.setText(
            self.tr("Step {number}: {title}").format(
                number=step.number, title=translate("Steps", step.title)
            )
        )
        self.explanation.setText(
            self.tr(
                "Place each product on the platforms and markets where it fits, with a role. "
                "Click a cell to list, edit or remove; keys 1–6 set a role, Delete removes, "
                "drag a role onto a cell. Saved at once; Ctrl+Z undoes."
            )
        )
        self.act_edit.setText(self.tr("Edit cell…"))
        self.act_remove.setText(self.tr("Remove listings"))
        self.act_suggest.setText(self.tr("Use suggested roles"))
        self.act_suggest.setToolTip(
            self.tr(
                "Give the selected cells (none selected: every listing without a role) the "
                "roles their numbers suggest: margin, price position, ABC class, lifecycle."
            )
        )
        self.act_rules.setText(self.tr("Fit rules…"))
        self.act_export.setText(self.tr("Export to Excel…"))
        self.export_note.retranslate()
        self.act_undo.setText(self.tr("Undo"))
        self.act_redo.setText(self.tr("Redo"))
        self.act_expand.setText(self.tr("Expand all"))
        self.act_collapse.setText(self.tr("Collapse all"))
        for action, role in zip(self.role_actions, self._role_order(), strict=True):
            action.setText(self.tr("Role: {role}").format(role=role_name(role)))
        self.filters.retranslate()
        self.palette_row.retranslate()
        self.side.set_warnings(self._shown_warnings())
        self._update_state()
        if self.model.rowCount():
            self.grid.fit_columns()

    @staticmethod
    def _role_order() -> list[str]:
        from ui.pages.matrix.roles import ROLE_ORDER

        return ROLE_ORDER

    def page_actions(self) -> list:
        return [
            self.act_edit,
            self.act_remove,
            self.act_suggest,
            self.act_rules,
            self.act_export,
            None,
            *self.role_actions,
            None,
            self.act_undo,
            self.act_redo,
        ]

    # --- workspace and loading ------------------------------------------------------------
    def set_workspace(self, workspace: Workspace | None) -> None:
        self.undo_stack.clear()  # edits belong to the workspace they were made in
        self.insights = Insights()
        super().set_workspace(workspace)

    def refresh(self) -> None:
        self.reload()

    def reload(self) -> None:
        """Read the matrix again on a worker thread; the grid keeps working meanwhile."""
        if self.workspace is None:
            self.model.set_matrix(MatrixData())
            self._update_state()
            return
        if self._job is not None:
            self._reload_again = True
            return
        self.busy.setText(self.tr("Updating…"))
        workspace = self.workspace
        self._job = run_job(
            self,
            self.tr("Reading the matrix…"),
            load_job,
            workspace,
            show_dialog=False,
            on_success=lambda data: self._loaded(workspace, data),
            on_failure=self._load_failed,
            on_cancel=self._load_done,
        )

    @property
    def loading(self) -> bool:
        return self._job is not None

    def _load_done(self) -> None:
        self._job = None
        self.busy.setText("")
        if self._reload_again:
            self._reload_again = False
            self.reload()

    def _load_failed(self, exc: BaseException) -> None:
        self._load_done()
        QMessageBox.warning(self, self.tr("Cannot read the matrix"), error_text(exc))

    def _loaded(self, workspace: Workspace, data: MatrixData) -> None:
        if workspace is self.workspace and not self._reload_again:
            first = self.model.rowCount() == 0
            self.filters.set_choices(data)
            self.model.grouping = self.filters.grouping_key()
            self.model.filter = self.filters.current()
            self.model.set_matrix(data)
            self._after_rebuild(expand=first)
            self.refresh_insights(full=True)
        self._load_done()

    def _guide_link(self, link: str) -> None:
        if link == "unplaced":
            self.filters.show_not_placed()

    def _filters_changed(self) -> None:
        self.model.grouping = self.filters.grouping_key()
        self.model.set_filter(self.filters.current())
        self._after_rebuild(expand=True)

    def _after_rebuild(self, expand: bool) -> None:
        # Groups open, products closed: the seller sees every product without scrolling past
        # every variant; with a filter, everything that matched is shown.
        if self.model.filter.active() and len(self.model.sku_nodes) <= EXPAND_ALL_UP_TO:
            self.grid.expandAll()
        elif expand:
            for row in range(self.model.rowCount()):
                self.grid.expand(self.model.index(row, 0))
        self.grid.fit_columns()
        self._update_state()

    def _update_state(self) -> None:
        data = self.model.data_
        has_rows = bool(data.skus)
        has_columns = bool(data.columns)
        self.grid.setVisible(has_rows and has_columns)
        self.empty.setVisible(not (has_rows and has_columns))
        if self.workspace is None:
            self.empty.setText(self.tr("Open or create a workspace first."))
        elif not has_rows:
            self.empty.setText(
                self.tr(
                    "No products yet. Import your catalog in step 2 or approve candidates in "
                    "step 4; they appear here as rows."
                )
            )
        elif not has_columns:
            self.empty.setText(
                self.tr(
                    "No platforms or markets yet. Choose your target markets and platform "
                    "priority in step 3; each platform in each market becomes a column."
                )
            )
        placed = {key[0] for key in data.cells}
        unplaced = len([s for s in data.skus if s.sku_id not in placed])
        no_role = sum(1 for s in data.cells.values() if not s.product_role)
        missing = []
        if unplaced:
            missing.append(
                self.tr(
                    '{count} SKUs are on no platform yet (<a href="unplaced">show them</a>).'
                ).format(count=unplaced)
            )
        if no_role:
            missing.append(self.tr("{count} listings have no role yet.").format(count=no_role))
        self.guide.setVisible(self.workspace is not None and has_rows and has_columns)
        if missing:
            self.guide.setText(self.tr("Still to do: ") + " ".join(missing))
            self.guide.setObjectName("warning")
        else:
            self.guide.setText(self.tr("✓ Every SKU is placed and every listing has a role."))
            self.guide.setObjectName("ok")
        self.guide.style().unpolish(self.guide)
        self.guide.style().polish(self.guide)

    # --- writing -------------------------------------------------------------------------------
    def write_cells(self, changes: Changes, seen: Changes | None = None) -> bool:
        """Save cells at once and show them; False (with the reason shown) when refused.
        A cell another person changed since ``seen`` offers the choice (keep mine, take
        theirs, compare) per cell; everything is then written as one step."""
        if self.workspace is None:
            return False
        decided: dict = {}
        theirs: Changes = {}
        try:
            while True:
                try:
                    save_cells(self.workspace, changes, seen, decided)
                    break
                except ConflictError as exc:
                    if asked_again(decided.get(exc.key), exc):
                        raise
                    # keep mine remembers what it was kept over: a third person's change
                    # while the dialog was open is asked about too (core.edits.KeptOver)
                    decided[exc.key] = {
                        **decided.get(exc.key, {}),
                        **kept_over(exc, ask_decisions(self, exc)),
                    }
                    theirs[exc.key] = self._saved_state(exc.key)
        except (ValueError, OSError) as exc:
            self.show_problem(error_text(exc))
            return False
        if seen is not None:
            # the step now stands on theirs: its undo gives their version back (the command
            # holds this very dict)
            seen.update(theirs)
        if decided:  # what is saved now is a mix of theirs and mine: show it as saved
            self.reload_cells(list(changes))
        else:
            self.model.apply_states(dict(changes))
        self._warnings_timer.start()
        self.message.hide()
        self._update_state()
        self.sig_data_changed.emit()
        return True

    def _saved_state(self, key) -> CellState | None:
        assert self.workspace is not None
        with self.workspace.session() as session:
            return core_cells.cell_state(session, *key)

    def reload_cells(self, keys: list) -> None:
        """Show these cells as saved now (after a choice between theirs and mine)."""
        if self.workspace is None:
            return
        with self.workspace.session() as session:
            states = {key: core_cells.cell_state(session, *key) for key in keys}
        self.model.apply_states(states)

    def change(self, text: str, after: Changes) -> None:
        """One undoable user action over any number of cells (unchanged ones left out)."""
        before = {key: self.model.data_.cells.get(key) for key in after}
        after = {k: v for k, v in after.items() if before[k] != v}
        if after:
            before = {k: before[k] for k in after}
            self.undo_stack.push(CellsChange(text, before, after, self.write_cells))

    def show_problem(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()

    def export_to_excel(self, path: Path | None = None) -> None:
        """The grid as Excel with the same colours, a legend, the warnings and the fit."""
        if self.workspace is None:
            return
        if path is None:
            name, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Export the matrix"),
                str(Path.home() / f"{self.workspace.name}-matrix.xlsx"),
                self.tr("Excel workbooks (*.xlsx)"),
            )
            if not name:
                return
            path = Path(name if name.lower().endswith(".xlsx") else name + ".xlsx")
        self._export_job = run_job(
            self,
            self.tr("Exporting the matrix…"),
            export_job,
            self.workspace,
            path,
            self.insights.facts,
            translate,
            on_success=self._exported,
            on_failure=lambda exc: self.show_problem(error_text(exc)),
        )

    def _exported(self, path: Path) -> None:
        self._export_job = None
        self.export_note.show_path(path)

    def edit_rules(self) -> None:
        if self.workspace is None:
            return
        from ui.pages.matrix.rules_dialog import RulesDialog

        dialog = RulesDialog(self.workspace, self)
        dialog.sig_changed.connect(self.reload)
        self.rules_dialog = dialog
        dialog.open()

    # --- the cell editor -----------------------------------------------------------------
