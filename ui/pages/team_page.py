"""Step 1: the cross-functional team (组建跨职能小组) and its responsibility matrix (RACI).

Guided path: the checklist strip and the guided start wizard. Expert view: the members table
and the RACI matrix, both edited in place and saved at once.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QFileDialog,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from core import team, team_undo
from core.edits import ConflictError
from core.steps import STEP_BY_KEY
from core.team_view import TeamView, read_team
from ui.errors import error_text
from ui.i18n import translate
from ui.job_runner import run_job
from ui.models.raci_model import RaciModel
from ui.models.team_members_model import MEMBER_ID_ROLE, SORT_ROLE, TeamMembersModel
from ui.pages.base import StepPage
from ui.pages.team_changes import TeamChange
from ui.pages.team_status import TeamChecklist, TeamEmptyState, status_label
from ui.pages.team_tables import TeamTables
from ui.widgets.exported import follow_link, saved_text
from ui.widgets.flow_layout import FlowLayout

if TYPE_CHECKING:
    from core.workspace import Workspace


class TeamPage(StepPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.undo_stack = QUndoStack(self)
        self.undo_stack.setUndoLimit(200)
        self._snapshot: team_undo.TeamSnapshot | None = None  # the team as last written
        self._view: TeamView | None = None  # the team as last read
        self._reading: Workspace | None = None  # the workspace being read on a thread
        self.wizard = None
        self.member_dialog = None
        self.members_model = TeamMembersModel(self)
        self.raci_model = RaciModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.members_model)
        self.proxy.setSortRole(SORT_ROLE)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 14, 24, 8)
        layout.setSpacing(8)
        self.title = status_label("pageTitle")
        self.explanation = status_label("hint")
        layout.addWidget(self.title)
        layout.addWidget(self.explanation)
        self.checklist = TeamChecklist()  # the guided path: what is still missing
        layout.addWidget(self.checklist)

        toolbar_row = QWidget()
        toolbar = FlowLayout(toolbar_row)  # wraps at 150 % instead of widening the page
        self.guided_button = QPushButton()
        self.add_button = QPushButton()
        self.remove_button = QPushButton()
        self.filter_edit = QLineEdit()
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setMaximumWidth(260)
        self.export_button = QPushButton()
        for widget in (self.guided_button, self.add_button, self.remove_button):
            toolbar.addWidget(widget)
        self.undo_button, self.redo_button = QToolButton(), QToolButton()
        for widget in (self.undo_button, self.redo_button, self.filter_edit, self.export_button):
            toolbar.addWidget(widget)
        layout.addWidget(toolbar_row)

        self.stack = QStackedWidget()
        self.empty_state = TeamEmptyState()
        self.empty_start = self.empty_state.start_button
        self.tables = TeamTables(self.proxy, self.raci_model)
        self.members_view, self.raci_view = self.tables.members_view, self.tables.raci_view
        self.warnings_panel = self.tables.warnings_panel
        self.stack.addWidget(self.empty_state)
        self.stack.addWidget(self.tables)
        layout.addWidget(self.stack, 1)
        self.message = status_label("hint")
        self.exported_path: Path | None = None  # "open the file / its folder" after an export
        self.message.linkActivated.connect(self._message_link)
        layout.addWidget(self.message)
        self.message.hide()

        self.guided_button.clicked.connect(self.start_guided)
        self.empty_start.clicked.connect(self.start_guided)
        self.empty_state.add_button.clicked.connect(self.add_member)
        self.add_button.clicked.connect(self.add_member)
        self.remove_button.clicked.connect(self.remove_selected_member)
        self.export_button.clicked.connect(self.export_to_excel)
        self.filter_edit.textChanged.connect(self.proxy.setFilterFixedString)
        self.members_model.sig_member_changed.connect(self._member_written)
        for model in (self.members_model, self.raci_model):
            model.sig_writing.connect(self.take_snapshot)
            model.sig_conflict.connect(self._resolve_conflict)
        self.raci_model.sig_cell_changed.connect(self._cells_written)
        for model in (self.members_model, self.raci_model):
            model.sig_edit_refused.connect(self.show_problem)
        self.members_view.selectionModel().selectionChanged.connect(self._update_buttons)
        self._build_actions()
        self.retranslate()
        self.refresh()

    # --- building ---------------------------------------------------------------------
    def _build_actions(self) -> None:
        """Every button as a command with a shortcut, listed in the Actions menu."""
        self.act_filter = QAction(self)
        self.act_filter.triggered.connect(lambda: self.filter_edit.setFocus())
        self.button_actions: list[tuple[QAction, QPushButton]] = []
        for button, keys in (
            (self.guided_button, "Ctrl+Shift+G"),
            (self.add_button, "Ctrl+Shift+M"),
            (self.remove_button, "Ctrl+Del"),
            (self.export_button, "Ctrl+E"),
        ):
            action = QAction(self)
            action.triggered.connect(button.click)
            action.setShortcut(QKeySequence(keys))
            self.button_actions.append((action, button))
        self.act_filter.setShortcut(QKeySequence(QKeySequence.StandardKey.Find))
        # Undo and redo as on step 2: Ctrl+Z, Ctrl+Shift+Z (and Ctrl+Y).
        self.act_undo = self.undo_stack.createUndoAction(self)
        self.act_redo = self.undo_stack.createRedoAction(self)
        self.act_undo.setShortcuts([QKeySequence.StandardKey.Undo])
        self.act_redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.undo_stack.undoTextChanged.connect(self._name_undo_actions)
        self.undo_stack.redoTextChanged.connect(self._name_undo_actions)
        self.undo_button.setDefaultAction(self.act_undo)
        self.redo_button.setDefaultAction(self.act_redo)
        for action in (
            self.act_filter,
            self.act_undo,
            self.act_redo,
            *(a for a, _ in self.button_actions),
        ):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)

    def page_actions(self) -> list:
        for action, button in self.button_actions:
            action.setText(button.text())
            action.setEnabled(button.isEnabled())
        return [
            *(a for a, _ in self.button_actions),
            None,
            self.act_undo,
            self.act_redo,
            None,
            self.act_filter,
        ]

    def _name_undo_actions(self, _text: str = "") -> None:
        undo, redo = self.undo_stack.undoText(), self.undo_stack.redoText()
        self.act_undo.setText(
            self.tr("Undo {action}").format(action=undo) if undo else self.tr("Undo")
        )
        self.act_redo.setText(
            self.tr("Redo {action}").format(action=redo) if redo else self.tr("Redo")
        )
        for action, keys in ((self.act_undo, "Ctrl+Z"), (self.act_redo, "Ctrl+Shift+Z")):
            action.setToolTip(f"{action.text()} ({keys})")

    # --- state ------------------------------------------------------------------------
    def set_workspace(self, workspace) -> None:
        self.undo_stack.clear()  # edits belong to the workspace they were made in
        super().set_workspace(workspace)

    def refresh(self) -> None:
        """Read the team again: from a file at once; from a team server on a thread (a
        far-away server takes tenths of a second per answer), the page saying so meanwhile."""
        workspace = self.workspace
        if workspace is None or not workspace.is_server:
            self.reload_now()
            return
        self._reading = workspace
        if self._view is None:  # nothing to show yet: not "no team", but "reading"
            self.stack.setCurrentIndex(1)
            self.checklist.hide()
        self._enable_team_buttons()
        self._set_message(self._reading_text(), "hint")
        run_job(
            self,
            self.tr("Reading the team…"),
            read_team,
            workspace,
            show_dialog=False,
            on_success=lambda view: self._read(workspace, view),
            on_failure=lambda exc: self._read_failed(workspace, exc),
        )

    @property
    def reading(self) -> bool:
        """The team is being read from the server."""
        return self._reading is not None

    def _reading_text(self) -> str:
        return self.tr("Reading the team from the server…")

    def reload_now(self) -> None:
        """Read the team on the UI thread: after this page's own writes (which waited on the
        workspace anyway) and for a file."""
        self._reading = None
        self._show(read_team(self.workspace) if self.workspace is not None else None)

    def _read(self, workspace, view: TeamView) -> None:
        if workspace is self.workspace and self._reading is workspace:  # not replaced since
            self._reading = None
            if self.message.text() == self._reading_text():
                self._set_message("", "hint")
            self._show(view)

    def _read_failed(self, workspace, exc: BaseException) -> None:
        if workspace is self.workspace and self._reading is workspace:
            self._reading = None
            self._enable_team_buttons()
            self.show_problem(
                self.tr("Could not read the team: {reason}").format(reason=error_text(exc))
            )

    def _show(self, view: TeamView | None) -> None:
        self._view = view
        self.members_model.set_workspace(self.workspace, view.members if view else [])
        self.raci_model.set_workspace(
            self.workspace, (view.members, view.cells) if view else ([], {})
        )
        self._snapshot = view.snapshot if view else None
        self.show_state()

    def take_snapshot(self) -> team_undo.TeamSnapshot | None:
        if self.workspace is None:
            self._snapshot = None
        else:
            with self.workspace.session() as session:
                self._snapshot = team_undo.team_snapshot(session)
        return self._snapshot

    def _record(self, text: str) -> None:
        """Push what was just written as one undoable step."""
        before = self._snapshot
        after = self.take_snapshot()
        if before is not None and after is not None and before != after:
            self.undo_stack.push(TeamChange(self, before, after, text))

    _reload = reload_now

    def show_state(self) -> None:
        has_members = self.members_model.rowCount() > 0
        self.stack.setCurrentIndex(1 if has_members else 0)
        self._enable_team_buttons()
        self.filter_edit.setVisible(has_members)
        self._update_buttons()
        self._show_checks()

    def _enable_team_buttons(self) -> None:
        ready = self.workspace is not None and self._reading is None
        for widget in (self.guided_button, self.add_button, self.export_button, self.filter_edit):
            widget.setEnabled(ready)

    def _show_checks(self) -> None:
        """The checklist and the RACI warnings, as last read."""
        view = self._view
        self.checklist.setVisible(view is not None)
        if view is not None:
            self.checklist.show_state(len(view.members), view.missing_roles, len(view.warnings))
            self.warnings_panel.show_warnings(view.warnings, bool(view.members))

    def warning_texts(self) -> list[str]:
        """What the warnings panel shows now."""
        return self.warnings_panel.warning_texts()

    def _update_buttons(self) -> None:
        self.remove_button.setEnabled(bool(self.members_view.selectionModel().selectedRows()))

    # --- writes -----------------------------------------------------------------------
    def _written(self) -> None:
        self.show_problem("")
        self._view = read_team(self.workspace) if self.workspace is not None else None
        self._show_checks()
        self.sig_data_changed.emit()

    def _cells_written(self) -> None:
        self._record(self.tr("RACI letters"))
        self._written()

    def _member_written(self) -> None:
        self.raci_model.reload()  # names and roles are the matrix's column headers
        self._record(self.tr("member edit"))
        self._written()

    def _resolve_conflict(self, conflict: ConflictError, finish) -> None:
        """Another person changed what this edit changes: keep mine, take theirs, compare."""
        from ui.dialogs.conflict_dialog import ask

        resolution = ask(self, conflict)
        if resolution is not None:
            finish(resolution)
        else:
            self.refresh()  # their version, and whatever else they changed
            self.sig_data_changed.emit()

    def show_problem(self, text: str) -> None:
        self._set_message(text, "warning" if text else "hint")

    def _set_message(self, text: str, object_name: str) -> None:
        self.message.setObjectName(object_name)
        self.message.style().unpolish(self.message)
        self.message.style().polish(self.message)
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def start_guided(self) -> None:
        if self.workspace is None:
            return
        from ui.dialogs.team_wizard import TeamWizard

        self.wizard = TeamWizard(self.workspace, self)
        self.wizard.accepted.connect(self._wizard_done)
        self.wizard.open()

    def _wizard_done(self) -> None:
        added = len(self.wizard.added) if self.wizard is not None else 0
        self._record(self.tr("guided start"))
        self._reload()
        self._set_message(
            self.tr("Added {count} team members and filled the RACI matrix.").format(count=added),
            "ok",
        )
        self.sig_data_changed.emit()

    def add_member(self) -> None:
        if self.workspace is None:
            return
        from ui.dialogs.member_dialog import MemberDialog

        self.take_snapshot()
        self.member_dialog = MemberDialog(self.workspace, self)
        self.member_dialog.accepted.connect(self._member_added)
        self.member_dialog.open()

    def _member_added(self) -> None:
        self._record(self.tr("add member"))
        self._reload()
        added = self.member_dialog.added if self.member_dialog is not None else None
        if added is not None:
            row = self.proxy.mapFromSource(
                self.members_model.index(self.members_model.row_of(added.id), 0)
            )
            self.members_view.selectRow(row.row())
            self._set_message(
                self.tr(
                    "{name} joined the team. Give them letters in the RACI matrix below."
                ).format(name=added.name),
                "ok",
            )
        self.sig_data_changed.emit()

    def selected_member_id(self) -> int | None:
        rows = self.members_view.selectionModel().selectedRows()
        return rows[0].data(MEMBER_ID_ROLE) if rows else None

    def remove_selected_member(self) -> None:
        member_id = self.selected_member_id()
        if member_id is None or self.workspace is None:
            return
        member = self.members_model.member(self.members_model.row_of(member_id))
        answer = QMessageBox.question(
            self,
            self.tr("Remove team member"),
            self.tr(
                "Remove {name} from the team? Their letters in the RACI matrix are removed too."
            ).format(name=member.name),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.take_snapshot()  # undo puts back this member as saved now
        with self.workspace.transaction() as session:
            team.remove_member(session, member_id)
        self._record(self.tr("remove member"))
        self._reload()
        self._set_message(
            self.tr("{name} was removed from the team.").format(name=member.name), "ok"
        )
        self.sig_data_changed.emit()

    def export_to_excel(self) -> None:
        if self.workspace is None:
            return
        suggested = self.workspace.path.with_name(
            self.tr("{workspace}-team.xlsx").format(workspace=self.workspace.name)
        )
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export the team to Excel"),
            str(suggested),
            self.tr("Excel workbook (*.xlsx)"),
        )
        if not name:
            return
        path = Path(name if name.lower().endswith(".xlsx") else name + ".xlsx")
        with self.workspace.session() as session:  # translated here, on the UI thread
            sheets = team.team_sheets(session, translate)
        run_job(
            self,
            self.tr("Exporting the team…"),
            team.export_team,
            path,
            sheets,
            on_success=self._exported,
            on_failure=self._export_failed,
        )

    def _message_link(self, link: str) -> None:
        if self.exported_path is not None:
            follow_link(link, self.exported_path)

    def _exported(self, path: Path) -> None:
        self.exported_path = Path(path)
        self._set_message(saved_text(self.exported_path), "ok")

    def _export_failed(self, exc: BaseException) -> None:
        self.show_problem(self.tr("Could not export: {reason}").format(reason=error_text(exc)))

    # --- texts ------------------------------------------------------------------------
    def retranslate(self) -> None:
        step = STEP_BY_KEY["team"]
        self.title.setText(
            self.tr("Step {number}: {title}").format(
                number=step.number, title=translate("Steps", step.title)
            )
        )
        self.explanation.setText(
            self.tr(
                "Who is on the team, and who is Responsible, Accountable, Consulted and Informed "
                "for each step and recurring duty. Every change is saved at once (Ctrl+Z undoes)."
            )
        )
        self.guided_button.setText(self.tr("Guided start…"))
        self.guided_button.setToolTip(self.tr("Propose the cross-functional team and its RACI"))
        self.add_button.setText(self.tr("Add member…"))
        self.remove_button.setText(self.tr("Remove member"))
        self._name_undo_actions()
        self.export_button.setText(self.tr("Export to Excel…"))
        self.filter_edit.setPlaceholderText(self.tr("Filter members…"))
        self.act_filter.setText(self.tr("Filter members"))
        self.empty_state.retranslate()
        self.tables.retranslate()
        self.members_model.retranslate()
        self.raci_model.retranslate()
        self._show_checks()
