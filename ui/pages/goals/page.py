"""Step 3: Goals (设定矩阵目标).

Guided path: the checklist strip (what is still missing) and the goal wizard (markets →
platforms and roles → targets). Expert view: the goals table, edited in place with undo, the
platform priority × market roles, and one compact progress chart. Progress is recomputed from
the workspace whenever the page is shown or something here changes, so it moves as soon as
the catalog or the matrix does.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QSortFilterProxyModel, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShowEvent, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)
from sqlmodel import col, select

from core import currency
from core.goals import plan
from core.goals.export import export_goals, goals_sheets
from core.goals.texts import chart_bars
from core.models import Market, Platform, TeamMember
from core.workspace import Workspace
from ui.charts.chart_slot import when_ready
from ui.dialogs.column_chooser import ColumnChooser
from ui.dialogs.conflict_dialog import write_with_choice
from ui.errors import error_text
from ui.i18n import translate
from ui.job_runner import run_job
from ui.pages.base import StepPage
from ui.pages.goals.commands import GoalAddedCommand, GoalDeletedCommand
from ui.pages.goals.goal_delegate import GoalDelegate
from ui.pages.goals.goals_model import DEFAULT_HIDDEN, SORT_ROLE, Column, GoalsModel
from ui.pages.goals.platform_roles_model import PlatformRolesModel


class GoalsPage(StepPage):
    sig_exported = Signal(str)  # the Excel file written

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.today: date | None = None  # None: today (tests pin a day)
        self._just_refreshed = False
        self.chart = None
        self._chart_asked = False
        self.undo_stack = QUndoStack(self)
        self.undo_stack.setUndoLimit(200)
        self.model = GoalsModel(self)
        self.model.undo_stack = self.undo_stack
        self.model.sig_error.connect(self._show_error)
        self.model.sig_edited.connect(self._written)
        self.model.sig_conflict.connect(self._resolve_conflict)
        self.roles_model = PlatformRolesModel(self)
        self.roles_model.undo_stack = self.undo_stack
        self.roles_model.sig_error.connect(self._show_error)
        self.roles_model.sig_edited.connect(self._written)
        self.roles_model.sig_conflict.connect(self._resolve_conflict)

        self.title = QLabel(objectName="pageTitle")
        self.explanation = QLabel(objectName="hint", wordWrap=True)
        self.checklist = QLabel(objectName="warning", wordWrap=True)
        self.wizard_button = QPushButton()
        self.wizard_button.clicked.connect(self.start_wizard)
        strip = QHBoxLayout()
        strip.addWidget(self.checklist, 1)
        strip.addWidget(self.wizard_button, 0, Qt.AlignmentFlag.AlignTop)

        self.toolbar = QToolBar()
        self.act_wizard = self.toolbar.addAction("", self.start_wizard)
        self.act_add = self.toolbar.addAction("", self.add_goal)
        self.act_delete = self.toolbar.addAction("", self.delete_goal)
        self.act_delete.setShortcut(QKeySequence.StandardKey.Delete)
        self.act_columns = self.toolbar.addAction("", self.choose_columns)
        self.act_export = self.toolbar.addAction("", lambda: self.export_to_excel())
        self.toolbar.addSeparator()
        self.act_undo = self.undo_stack.createUndoAction(self)
        self.act_undo.setShortcut(QKeySequence.StandardKey.Undo)
        self.act_redo = self.undo_stack.createRedoAction(self)
        self.act_redo.setShortcuts([QKeySequence("Ctrl+Y"), QKeySequence("Ctrl+Shift+Z")])
        self.toolbar.addAction(self.act_undo)
        self.toolbar.addAction(self.act_redo)
        shortcuts = {
            self.act_wizard: "Ctrl+G",
            self.act_add: "Ctrl+Shift+N",
            self.act_columns: "Ctrl+Shift+C",
            self.act_export: "Ctrl+E",
        }
        for action, keys in shortcuts.items():
            action.setShortcut(QKeySequence(keys))
        for action in (*shortcuts, self.act_delete, self.act_undo, self.act_redo):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)

        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.proxy.setFilterKeyColumn(-1)  # any column: goal, owner, status…
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.filter_edit = QLineEdit(clearButtonEnabled=True)
        self.filter_edit.setMaximumWidth(260)
        self.filter_edit.textChanged.connect(self.proxy.setFilterFixedString)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # the seller's own order
        self.table.setItemDelegate(GoalDelegate(self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(30)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        self.columns = ColumnChooser(header, "goals/hidden_columns", DEFAULT_HIDDEN)
        self.columns.restore()
        self.empty = QLabel(
            objectName="hint", wordWrap=True, alignment=Qt.AlignmentFlag.AlignCenter
        )

        self.roles_title = QLabel(objectName="sectionTitle", wordWrap=True)
        self.roles_hint = QLabel(objectName="hint", wordWrap=True)
        self.roles_table = QTableView()
        self.roles_table.setModel(self.roles_model)
        self.roles_table.setItemDelegate(GoalDelegate(self.roles_table))
        self.roles_table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.SelectedClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.roles_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.move_up, self.move_down = QPushButton(), QPushButton()
        self.move_up.clicked.connect(lambda: self._move_platform(-1))
        self.move_down.clicked.connect(lambda: self._move_platform(1))
        moves = QHBoxLayout()
        moves.addWidget(self.move_up)
        moves.addWidget(self.move_down)
        moves.addStretch(1)
        roles_box = QWidget()
        roles_layout = QVBoxLayout(roles_box)
        roles_layout.setContentsMargins(0, 0, 0, 0)
        roles_layout.addWidget(self.roles_title)
        roles_layout.addWidget(self.roles_hint)
        roles_layout.addWidget(self.roles_table, 1)
        roles_layout.addLayout(moves)

        self.chart_title = QLabel(objectName="sectionTitle", wordWrap=True)
        self.chart_box = QWidget()
        self.chart_layout = QVBoxLayout(self.chart_box)
        self.chart_layout.setContentsMargins(0, 0, 0, 0)
        self.chart_layout.addWidget(self.chart_title)

        self.lower = lower = QSplitter()
        lower.addWidget(roles_box)
        lower.addWidget(self.chart_box)
        lower.setStretchFactor(1, 1)
        lower.setSizes([420, 700])
        upper = QWidget()
        upper_layout = QVBoxLayout(upper)
        upper_layout.setContentsMargins(0, 0, 0, 0)
        upper_layout.addWidget(self.table, 1)
        upper_layout.addWidget(self.empty, 1)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(upper)
        self.splitter.addWidget(lower)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([560, 400])

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 12)
        layout.setSpacing(8)
        layout.addWidget(self.title)
        layout.addWidget(self.explanation)
        layout.addLayout(strip)
        # The filter beside the toolbar, not in it: squeezed there it read "Filte…" at 150 %,
        # or went into the toolbar's » menu; the toolbar's commands go there instead.
        tools = QHBoxLayout()
        tools.addWidget(self.toolbar, 1)
        tools.addWidget(self.filter_edit)
        layout.addLayout(tools)
        layout.addWidget(self.splitter, 1)
        self.retranslate()
        self._fit_table()

    # --- texts ------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.title.setText(self.tr("Step 3: Goals"))
        self.explanation.setText(
            self.tr(
                "Decide where you aim: target markets, platform priority and each platform's role, "
                "then SKU counts per product role, revenue and margin with a deadline and an owner. "
                "Progress is computed from your listings and sales; double-click a cell to edit "
                "(saved at once, Ctrl+Z undoes)."
            )
        )
        self.wizard_button.setText(self.tr("Start the goal wizard…"))
        self.act_wizard.setText(self.tr("Goal wizard…"))
        self.act_add.setText(self.tr("Add goal…"))
        self.act_delete.setText(self.tr("Delete goal"))
        self.act_columns.setText(self.tr("Columns…"))
        self.act_export.setText(self.tr("Export to Excel…"))
        self.filter_edit.setPlaceholderText(self.tr("Filter: goal, owner, status…"))
        self._fit_filter()
        self.act_undo.setText(self.tr("Undo"))
        self.act_redo.setText(self.tr("Redo"))
        self.roles_title.setText(self.tr("Platform priority and roles"))
        self.roles_hint.setText(
            self.tr(
                "Main: most sales and ad budget. Test: new products in small batches. Clearance: sell off slow stock."
            )
        )
        self.move_up.setText(self.tr("Move up"))
        self.move_down.setText(self.tr("Move down"))
        self.chart_title.setText(self.tr("Progress (the tick: where you should be by now)"))
        self.model.retranslate()
        self.roles_model.retranslate()
        self._update_state()

    def _fit_filter(self) -> None:
        """Wide enough for its placeholder."""
        edit = self.filter_edit
        text = edit.fontMetrics().horizontalAdvance(edit.placeholderText())
        needed = text + 4 * edit.fontMetrics().averageCharWidth() + 24
        edit.setMinimumWidth(needed)
        edit.setMaximumWidth(max(needed, 260))

    def _fit_table(self) -> None:
        """The goals table keeps a few rows in sight: at 150 % the charts under it took the
        height and left one row, the page scrolling instead."""
        rows = self.table.verticalHeader().defaultSectionSize() * 4
        header = self.table.horizontalHeader().sizeHint().height()
        self.table.setMinimumHeight(rows + header + 2 * self.table.frameWidth() + 16)

    def page_actions(self) -> list:
        """The page's commands for the main window's Actions menu (None: a separator)."""
        return [
            self.act_wizard,
            self.act_add,
            self.act_delete,
            None,
            self.act_undo,
            self.act_redo,
            None,
            self.act_columns,
            self.act_export,
        ]

    # --- workspace and loading ----------------------------------------------------------------
    def set_workspace(self, workspace: Workspace | None) -> None:
        self.undo_stack.clear()  # edits belong to the workspace they were made in
        super().set_workspace(workspace)

    def refresh(self) -> None:
        # The main window refreshes a stale page just before showing it: not twice.
        self._just_refreshed = True
        QTimer.singleShot(0, self._forget_refresh)
        self.model.today = self.today
        self.model.set_workspace(self.workspace)
        self.roles_model.set_workspace(self.workspace)
        self._fit_columns()
        self._show_chart()
        self._update_state()

    def _forget_refresh(self) -> None:
        self._just_refreshed = False

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        # The catalog, the listings' roles or the sales may have changed elsewhere (another
        # page, another program): read them again, unless that was just done.
        first = not self._chart_asked
        if first or not self._just_refreshed:
            self.refresh()
        if first:  # at the start, once pyqtgraph is in (ui/charts/chart_slot.py)
            self._chart_asked = True
            when_ready(self, self._make_chart)
        super().showEvent(event)

    def _make_chart(self) -> None:
        from ui.charts.goals_chart import GoalsChart

        self.chart = GoalsChart()
        self.chart_layout.addWidget(self.chart, 1)
        self._show_chart()

    def _show_chart(self) -> None:
        if self.chart is not None:
            self.chart.set_data(chart_bars(self.model.progress()))

    def _fit_columns(self) -> None:
        self.table.resizeColumnsToContents()
        self.table.setColumnWidth(
            Column.GOAL, min(max(self.table.columnWidth(Column.GOAL), 160), 320)
        )
        # The bar takes what is left (at least enough for "1,224,176 of 2,740,000 CNY").
        shown = sum(
            self.table.columnWidth(c)
            for c in Column
            if c != Column.PROGRESS and not self.table.isColumnHidden(c)
        )
        room = self.table.viewport().width() - shown - 4
        self.table.setColumnWidth(Column.PROGRESS, max(room, 240))

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        if self.model.rowCount():
            self._fit_columns()

    def choose_columns(self) -> None:
        widget = self.toolbar.widgetForAction(self.act_columns)
        self.columns.menu(self).exec(widget.mapToGlobal(widget.rect().bottomLeft()))
        self._fit_columns()

    def _update_state(self) -> None:
        has_goals = self.model.rowCount() > 0
        self.table.setVisible(has_goals)
        self.empty.setVisible(not has_goals)
        no_markets = False
        missing: list[str] = []
        if self.workspace is not None:
            with self.workspace.session() as session:
                no_markets = (
                    session.exec(select(Market)).first() is None
                    or session.exec(select(Platform)).first() is None
                )
                missing = [m.render(translate) for m in plan.missing_setup(session)]
        if self.workspace is None or no_markets:
            self.empty.setText(
                self.tr(
                    "Your workspace has no markets or platforms yet. Import your catalog in step 2 "
                    "(Inventory review) first: goals are set on the markets and platforms you sell on."
                )
            )
        else:
            self.empty.setText(
                self.tr(
                    "No goals yet. Start the goal wizard: it asks for your target markets, your "
                    "platforms and their roles, then your targets, in three short pages."
                )
            )
        self.wizard_button.setEnabled(self.workspace is not None and not no_markets)
        self.act_wizard.setEnabled(self.wizard_button.isEnabled())
        self.act_add.setEnabled(self.wizard_button.isEnabled())
        self.act_delete.setEnabled(has_goals)
        self.act_export.setEnabled(has_goals)
        if missing:
            self.checklist.setText(self.tr("Still to do: {items}").format(items=" ".join(missing)))
            self.checklist.setObjectName("warning")
        else:
            self.checklist.setText(
                self.tr("Step 3 is set: every goal has a number, a date and an owner.")
            )
            self.checklist.setObjectName("ok")
        self.checklist.style().unpolish(self.checklist)
        self.checklist.style().polish(self.checklist)
        # An empty plan shows only what to do first, not empty tables and charts.
        self.lower.setVisible(has_goals or self.roles_model.rowCount() > 0)
        self.checklist.setVisible(self.workspace is not None and not no_markets)
        self.wizard_button.setVisible(self.checklist.isVisibleTo(self) and bool(missing))

    # --- writing ------------------------------------------------------------------------------
    def write(self, change) -> None:
        """Run ``change(session)`` in one transaction, then show the new state."""
        if self.workspace is None:
            return
        with self.workspace.transaction() as session:
            change(session)
        self.refresh()
        self.sig_data_changed.emit()

    def _written(self) -> None:
        if self.sender() is self.roles_model:
            self.model.reload()
        self._show_chart()
        self._update_state()
        self.sig_data_changed.emit()

    def _resolve_conflict(self, conflict, finish) -> None:
        """Another person changed the goal meanwhile: keep mine, take theirs, or compare."""
        from ui.dialogs.conflict_dialog import offer

        offer(self, conflict, finish, self.refresh)

    def _show_error(self, text: str) -> None:
        QMessageBox.warning(self, self.tr("Cannot change the goal"), text)

    def _choices(self) -> dict:
        assert self.workspace is not None
        with self.workspace.session() as session:
            ranked = plan.platform_priority(session)
            others = session.exec(select(Platform).order_by(col(Platform.name))).all()
            targets = plan.target_markets(session)
            markets = session.exec(select(Market).order_by(col(Market.code))).all()
            return {
                "platforms": [
                    (p.id, p.name) for p in [*ranked, *[o for o in others if o not in ranked]]
                ],
                "markets": [
                    (m.id, m.code) for m in [*targets, *[o for o in markets if o not in targets]]
                ],
                "owners": [
                    (m.id, m.name)
                    for m in session.exec(select(TeamMember).order_by(col(TeamMember.id)))
                ],
                "currency": currency.base_currency(session),
            }

    def make_goal_dialog(self):
        from ui.pages.goals.goal_dialog import GoalDialog

        return GoalDialog(self._choices(), self.today or date.today(), self)

    def add_goal(self) -> None:
        if self.workspace is None:
            return
        dialog = self.make_goal_dialog()
        if dialog.exec():
            self.add_from_draft(dialog.form.draft())

    def add_from_draft(self, draft: plan.GoalDraft) -> None:
        assert self.workspace is not None
        with self.workspace.transaction() as session:
            snapshot = plan.add_goal(session, draft).model_dump()
        self.undo_stack.push(GoalAddedCommand(self, snapshot, self.tr("add goal")))
        self.refresh()
        self.sig_data_changed.emit()
        source = self.model.index(self.model.row_of(snapshot["id"]), 0)
        self.table.selectRow(self.proxy.mapFromSource(source).row())

    def delete_goal(self) -> None:
        index = self.table.currentIndex()
        if self.workspace is None or not index.isValid():
            return
        row = self.proxy.mapToSource(index).row()
        workspace, goal_id, seen = (
            self.workspace,
            self.model.goal_id(row),
            self.model.goal_seen(row),
        )

        def write(decided):
            with workspace.transaction() as session:
                return plan.delete_goal(session, goal_id, seen, decided)

        snapshot = write_with_choice(self, write)  # None: they took theirs, the goal stays
        if snapshot is not None:
            self.undo_stack.push(GoalDeletedCommand(self, snapshot, self.tr("delete goal")))
        self.refresh()
        self.sig_data_changed.emit()

    def make_wizard(self):
        from ui.pages.goals.goal_wizard import GoalWizard

        assert self.workspace is not None
        return GoalWizard(self.workspace, self.today, self)

    def start_wizard(self) -> None:
        if self.workspace is None:
            return
        wizard = self.make_wizard()
        if wizard.exec():
            self.undo_stack.clear()  # the wizard rewrote markets and priorities
            self.refresh()
            self.sig_data_changed.emit()

    def _move_platform(self, step: int) -> None:
        row = self.roles_table.currentIndex().row()
        if self.roles_model.move(row, step):
            self.roles_table.setCurrentIndex(
                self.roles_model.index(row + step, max(self.roles_table.currentIndex().column(), 0))
            )

    def export_to_excel(self, path: Path | None = None) -> None:
        """Write the goals and platform roles to an .xlsx (asks where unless ``path``)."""
        if self.workspace is None:
            return
        if path is None:
            suggested = self.workspace.path.with_name(
                self.tr("{workspace}-goals.xlsx").format(workspace=self.workspace.name)
            )
            name, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Export the goals to Excel"),
                str(suggested),
                self.tr("Excel workbook (*.xlsx)"),
            )
            if not name:
                return
            path = Path(name if name.lower().endswith(".xlsx") else name + ".xlsx")
        with self.workspace.session() as session:  # translated here, on the UI thread
            sheets = goals_sheets(session, translate, self.today)
        run_job(
            self,
            self.tr("Exporting the goals…"),
            export_goals,
            path,
            sheets,
            on_success=lambda written: self.sig_exported.emit(str(written)),
            on_failure=lambda exc: QMessageBox.warning(
                self, self.tr("Could not export"), error_text(exc)
            ),
        )
