"""Step 4: selection (选品分析). The ranked candidate pool on the left; the selected candidate's
scorecard, research data, profit calculator and compliance pre-check on the right; decisions
(approve 立项 / park / reject, undo) under the pool; 2–4 candidates compared side by side."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel, QSortFilterProxyModel, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlmodel import select

from core.currency import rates as workspace_rates
from core.models import Market
from core.selection import conflicts, decision, pool
from core.selection.importing import last_candidate_import
from core.selection.profit import rate_table
from core.steps import STEP_BY_KEY
from ui.charts.chart_slot import ChartSlot
from ui.dialogs.conflict_dialog import write_with_choice
from ui.errors import error_text
from ui.i18n import translate
from ui.models.candidate_pool_model import CANDIDATE_ID_ROLE, SORT_ROLE, CandidatePoolModel
from ui.pages.base import StepPage
from ui.pages.selection.candidate_tabs import CandidateTabs
from ui.pages.selection.compare_panel import ComparePanel
from ui.pages.selection.compliance_panel import CompliancePanel
from ui.pages.selection.decision_dialog import DecisionDialog
from ui.pages.selection.details import CandidateDetails
from ui.pages.selection.import_flow import CandidateImport
from ui.pages.selection.profit_form import ProfitForm
from ui.pages.selection.scorecard_panel import ScorecardPanel
from ui.pages.team_status import status_label
from ui.widgets.flow_layout import FlowLayout

if TYPE_CHECKING:
    from core.workspace import Workspace

SIDE_BY_SIDE = 1000  # narrower than this, the tabs sit under the candidate pool


def warm_up(workspace: Workspace) -> None:
    """On the start's thread, before the page is built (ui/startup.py): the pool's queries
    compiled and the models configured, so that the page's first refresh on the UI thread is
    short (it was 0.03 s of a 0.06 s turn)."""
    with workspace.session() as session:
        pool.ranked_pool(session)
        workspace_rates(session)
        last_candidate_import(session)


class SelectionPage(StepPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = CandidatePoolModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.current_id: int | None = None
        self.dialog: DecisionDialog | None = None

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 14, 24, 8)
        layout.setSpacing(8)
        self.title = status_label("pageTitle")
        self.explanation = status_label("hint")
        self.next_step = status_label("ok")
        for widget in (self.title, self.explanation, self.next_step):
            layout.addWidget(widget)
        toolbar_row = QWidget()
        toolbar = FlowLayout(toolbar_row)  # wraps at 150 % instead of widening the page
        self.add_button = QPushButton()
        self.remove_button = QPushButton()
        self.import_button = QPushButton()
        self.undo_import_button = QPushButton()
        self.importer = CandidateImport(self)
        self.filter_edit = QLineEdit()
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setMinimumWidth(200)
        toolbar.addWidget(self.add_button)
        toolbar.addWidget(self.remove_button)
        toolbar.addWidget(self.import_button)
        toolbar.addWidget(self.undo_import_button)
        toolbar.addWidget(self.filter_edit)
        layout.addWidget(toolbar_row)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        self.splitter = splitter
        splitter.addWidget(self._build_pool())
        self.tabs = CandidateTabs()
        splitter.addWidget(self.tabs)
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 5)
        splitter.setSizes([520, 650])
        layout.addWidget(splitter, 1)
        self.message = status_label("warning")
        self.message.hide()
        layout.addWidget(self.message)

        self.add_button.clicked.connect(self.add_candidate)
        self.remove_button.clicked.connect(self.remove_candidate)
        self.import_button.clicked.connect(self.import_research)
        self.undo_import_button.clicked.connect(self.undo_import)
        self.importer.sig_imported.connect(self._written)
        self.importer.sig_error.connect(self.show_problem)
        self.filter_edit.textChanged.connect(self.proxy.setFilterFixedString)
        self.view.selectionModel().selectionChanged.connect(self._selection_changed)
        self.tabs.sig_changed.connect(self._written)
        self.tabs.sig_error.connect(self.show_problem)
        self.tabs.sig_conflict.connect(self._resolve_conflict)
        for choice, button in self.decision_buttons.items():
            button.clicked.connect(lambda _=False, c=choice: self.open_decision(c))
        self.undo_button.clicked.connect(self.undo_decision)
        # The toolbar's commands in the main window's Actions menu, for the keyboard.
        self.actions_by_button = {}
        for button in (
            self.add_button,
            self.import_button,
            self.undo_import_button,
            *self.decision_buttons.values(),
            self.undo_button,
        ):
            action = QAction(self)
            action.triggered.connect(button.click)
            self.actions_by_button[button] = action
        self.retranslate()

    # The tabs' panels (built on the turns after the page's; asked for here, built now).
    @property
    def scorecard(self) -> ScorecardPanel:
        return self.tabs.panel("scorecard")  # type: ignore[return-value]

    @property
    def details(self) -> CandidateDetails:
        return self.tabs.panel("details")  # type: ignore[return-value]

    @property
    def season_chart(self) -> ChartSlot:
        self.tabs.panel("details")
        assert self.tabs.season_chart is not None
        return self.tabs.season_chart

    @property
    def profit_form(self) -> ProfitForm:
        return self.tabs.panel("profit")  # type: ignore[return-value]

    @property
    def compliance(self) -> CompliancePanel:
        return self.tabs.panel("compliance")  # type: ignore[return-value]

    @property
    def compare(self) -> ComparePanel:
        return self.tabs.panel("compare")  # type: ignore[return-value]

    def when_settled(self, then) -> None:
        """``then()`` once the tabs are built: the start waits for it before it computes the
        step states and loads the charts on threads, which would slow these turns down."""
        self.tabs.when_built(then)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        # Shown at its size, not yet laid out nor painted: placed now, the page is laid out
        # once, not side by side first and then again stacked (a 0.08 s turn at the start).
        self._place_panels()
        super().showEvent(event)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        # After this resize, not inside it (turning a splitter during a resize crashes Qt).
        QTimer.singleShot(0, self, self._place_panels)

    def _place_panels(self) -> None:
        """Too narrow for the pool and the tabs side by side (1280×800 at 150 % leaves
        ~600 points): the tabs go under the pool and their panels stack, so the page scrolls
        down instead of sideways with the scorecard and the profit results cut off."""
        # The room the page is given: in the main window that is the scroll area's, which
        # can be less than the page's own width while the page is at its minimum.
        holder = self.parentWidget()
        room = holder.width() if holder is not None else self.width()
        narrow = min(room, self.width()) < SIDE_BY_SIDE
        wanted = Qt.Orientation.Vertical if narrow else Qt.Orientation.Horizontal
        if self.splitter.orientation() == wanted:
            return
        self.splitter.setOrientation(wanted)
        self.tabs.set_narrow(narrow)
        # Stacked, the pool keeps a few rows and the tabs the rest.
        self.view.setMinimumHeight(8 * self.view.fontMetrics().lineSpacing() if narrow else 0)
        self.tabs.setMinimumHeight(26 * self.fontMetrics().lineSpacing() if narrow else 0)

    def _build_pool(self) -> QWidget:
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        self.pool_title = status_label("sectionTitle")
        column.addWidget(self.pool_title)
        self.view = QTableView()
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # the model's rank order
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.view.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        self.view.setColumnWidth(1, 170)  # names are long; the tooltip shows them whole
        self.view.setMinimumWidth(300)
        column.addWidget(self.view, 1)
        buttons = QHBoxLayout()
        self.decision_buttons = {choice: QPushButton() for choice in decision.DECISIONS}
        for button in self.decision_buttons.values():
            buttons.addWidget(button)
        buttons.addStretch(1)
        column.addLayout(buttons)
        undo_row = QHBoxLayout()
        self.decision_label = status_label("hint")
        self.undo_button = QPushButton()
        undo_row.addWidget(self.decision_label, 1)
        undo_row.addWidget(self.undo_button, 0, Qt.AlignmentFlag.AlignTop)
        column.addLayout(undo_row)
        return box

    # --- language -----------------------------------------------------------------------
    def retranslate(self) -> None:
        step = STEP_BY_KEY["selection"]
        self.title.setText(
            self.tr("Step {number}: {title}").format(
                number=step.number, title=translate("Steps", step.title)
            )
        )
        self.explanation.setText(translate("Steps", step.summary))
        self.add_button.setText(self.tr("Add candidate…"))
        self.remove_button.setText(self.tr("Remove"))
        self.import_button.setText(self.tr("Import research file…"))
        self.import_button.setToolTip(
            self.tr("Exports of Jungle Scout, Helium 10, Keepa or any table with product names")
        )
        self.undo_import_button.setText(self.tr("Undo last import"))
        self.filter_edit.setPlaceholderText(self.tr("Filter candidates"))
        self.pool_title.setText(self.tr("Candidate pool, best score first"))
        for choice, button in self.decision_buttons.items():
            button.setText(translate("Decision", decision.DECISIONS[choice]))
        self.undo_button.setText(self.tr("Undo decision"))
        self.tabs.retranslate(
            [
                self.tr("Scorecard"),
                self.tr("Research data"),
                self.tr("Profit calculator"),
                self.tr("Compliance"),
                self.tr("Compare"),
            ]
        )
        for button, action in self.actions_by_button.items():
            action.setText(button.text())
        self.model.headerDataChanged.emit(
            Qt.Orientation.Horizontal, 0, self.model.columnCount() - 1
        )
        self._show_current()
        self._show_next_step()

    # --- data ---------------------------------------------------------------------------
    def page_actions(self) -> list:
        actions = list(self.actions_by_button.values())
        return [*actions[:3], None, *actions[3:]]

    def refresh(self) -> None:
        keep = self.current_id
        self.model.set_workspace(self.workspace)
        if self.workspace is not None:
            with self.workspace.session() as session:
                self.tabs.set_rates(rate_table(workspace_rates(session)))
        self.select_candidate(keep if keep is not None else self._first_id())
        last = None
        if self.workspace is not None:
            with self.workspace.session() as session:
                last = last_candidate_import(session)
        self.undo_import_button.setEnabled(last is not None)
        self.undo_import_button.setToolTip(
            self.tr("Import #{batch}: {file}").format(batch=last.id, file=last.file_name)
            if last
            else ""
        )
        self._show_next_step()

    def _first_id(self) -> int | None:
        return self.model.rows[0].candidate.id if self.model.rows else None

    def select_candidate(self, candidate_id: int | None) -> None:
        row = self.model.row_of(candidate_id) if candidate_id is not None else -1
        if row < 0:
            self.current_id = None
            self.view.clearSelection()
            self._show_current()
            return
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        self.view.selectionModel().select(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.view.scrollTo(index)
        self.current_id = candidate_id
        self._show_current()

    def selected_ids(self) -> list[int]:
        rows = self.view.selectionModel().selectedRows()
        return [index.data(CANDIDATE_ID_ROLE) for index in sorted(rows, key=lambda i: i.row())]

    def _selection_changed(self) -> None:
        ids = self.selected_ids()
        self.current_id = ids[0] if ids else None
        self._show_current()

    def _current_row(self):
        row = self.model.row_of(self.current_id) if self.current_id is not None else -1
        return self.model.rows[row] if row >= 0 else None

    def _show_current(self) -> None:
        current = self._current_row()
        candidate = current.candidate if current else None
        ids = set(self.selected_ids())
        compared = [r for r in self.model.rows if r.candidate.id in ids]
        self.tabs.show_rows(self.workspace, current, compared)
        has = candidate is not None
        approved = bool(current and current.decision and current.decision.product_id)
        for button in self.decision_buttons.values():
            button.setEnabled(has and not approved)
        self.undo_button.setEnabled(bool(current and current.decision))
        self.remove_button.setEnabled(has and not approved)
        if current and current.decision:
            d = current.decision
            self.decision_label.setText(
                self.tr("{decision} on {date} by {name}: {reason}").format(
                    decision=translate("Decision", decision.DECISIONS[d.decision]),
                    date=d.decided_on.isoformat(),
                    name=d.approver_name,
                    reason=d.reason,
                )
            )
        else:
            self.decision_label.setText(self.tr("No decision yet.") if has else "")

    def _show_next_step(self) -> None:
        rows = self.model.rows
        if not rows:
            text = self.tr(
                "Next: add the products you are considering, or import a research export."
            )
        elif any(r.card.missing for r in rows):
            names = ", ".join(r.candidate.name for r in rows if r.card.missing)
            text = self.tr(
                "Next: some scores rest on missing data (⚠): fill it in or score by hand: {names}"
            ).format(names=names)
        elif any(r.decision is None for r in rows):
            text = self.tr("Next: decide on every candidate: approve, park or reject.")
        else:
            text = self.tr(
                "Every candidate has a decision. Approved products are in step 2's catalog."
            )
        self.next_step.setText(text)

    def _written(self) -> None:
        self.refresh()
        self.sig_data_changed.emit()

    def _resolve_conflict(self, conflict, finish) -> None:
        """Another person changed the candidate meanwhile: keep mine, take theirs, compare."""
        from ui.dialogs.conflict_dialog import offer

        offer(self, conflict, finish, self._written)

    def show_problem(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    # --- commands -----------------------------------------------------------------------
    def add_candidate(self) -> None:
        if self.workspace is None:
            return
        name, ok = QInputDialog.getText(self, self.tr("Add candidate"), self.tr("Product name:"))
        if ok and name.strip():
            self.create_candidate(name)

    def create_candidate(self, name: str) -> int | None:
        assert self.workspace is not None
        try:
            with self.workspace.transaction() as session:
                markets = [m.code for m in session.exec(select(Market)).all()]
                first = session.exec(select(Market)).first()
                candidate = pool.add_candidate(
                    session,
                    name,
                    markets=markets,
                    platform="amazon",
                    currency=first.currency if first else "USD",
                )
                new_id = candidate.id
        except ValueError as exc:
            self.show_problem(error_text(exc))
            return None
        self.current_id = new_id
        self._written()
        self.tabs.setCurrentIndex(1)
        self.details.edits["price"].setFocus()
        return new_id

    def remove_candidate(self) -> None:
        current = self._current_row()
        if current is None or self.workspace is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Remove candidate"),
            self.tr("Remove {name} and its pain points and scores from the pool?").format(
                name=current.candidate.name
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        workspace, candidate_id = self.workspace, current.candidate.id
        seen = pool.candidate_seen(current.candidate)

        def write(decided):
            with workspace.transaction() as session:
                return pool.remove_candidate(session, candidate_id, seen, decided)

        if not write_with_choice(self, write):
            self._written()  # they took theirs: show the candidate as saved now
            return
        self.current_id = None
        self._written()

    def open_decision(self, choice: str) -> None:
        current = self._current_row()
        if current is None or self.workspace is None:
            return
        self.dialog = DecisionDialog(
            self.workspace,
            current.candidate.id,
            current.candidate.name,
            choice,
            self,
            seen=conflicts.decision_seen(current.decision),
        )
        self.dialog.accepted.connect(self._decided)
        self.dialog.open()

    def _decided(self) -> None:
        outcome = self.dialog.outcome if self.dialog else None
        if outcome is not None and outcome.product is not None:
            warnings = " ".join(w.render(translate) for w in outcome.warnings)
            text = self.tr("{code} is now in the catalog (step 2).").format(
                code=outcome.product.spu_code
            )
            self.show_problem((warnings + " " + text).strip() if warnings else "")
            self.decision_label.setText(text)
        self._written()

    def import_research(self, path: str | None = None) -> None:
        if self.workspace is not None:
            self.importer.start(self.workspace, path if isinstance(path, str) else None)

    def undo_import(self) -> None:
        if self.workspace is not None:
            self.importer.undo_last(self.workspace)

    def undo_decision(self) -> None:
        if self.current_id is None or self.workspace is None:
            return
        current = self._current_row()
        workspace, candidate_id = self.workspace, self.current_id
        seen = conflicts.decision_seen(current.decision if current else None)

        def write(decided):
            with workspace.transaction() as session:
                decision.undo_decision(session, candidate_id, seen, decided)

        try:
            write_with_choice(self, write)
        except ValueError as exc:
            self.show_problem(error_text(exc))
            return
        self.show_problem("")
        self._written()
