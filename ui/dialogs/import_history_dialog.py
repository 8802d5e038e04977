"""Every import of the workspace, with a button to undo one as a whole."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from core.demo_names import source_name
from core.i18n import Message
from core.importing.history import undo_import
from core.workspace import Workspace
from ui.errors import error_text, show_exception
from ui.i18n import translate
from ui.job_runner import run_job
from ui.models.import_history_model import ImportHistoryModel
from ui.widgets.screen_fit import fit_dialog


class ImportHistoryDialog(QDialog):
    # Emitted with the batch id after an import was undone (the catalog changed).
    sig_import_undone = Signal(int)

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.model = ImportHistoryModel(workspace, self)
        self.job = None

        self.explanation = QLabel()
        self.explanation.setObjectName("hint")
        self.explanation.setWordWrap(True)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ImportHistoryModel.FILE, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.empty_label = QLabel()
        self.empty_label.setObjectName("hint")

        self.undo_button = QPushButton()
        self.undo_button.clicked.connect(self.undo_selected)
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.status_label.hide()
        actions = QHBoxLayout()
        actions.addWidget(self.undo_button)
        actions.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.accept)

        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label)
        layout.addLayout(actions)
        layout.addWidget(self.status_label)
        layout.addWidget(buttons)
        fit_dialog(self, QSize(900, 480))
        self.retranslate()
        if self.model.rowCount():
            self.table.selectRow(0)
        self._update_buttons()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Import history"))
        self.explanation.setText(
            self.tr(
                "Every import is recorded here. Undoing one puts back the values it changed and "
                "removes the SKUs, products and categories it added. A backup of the workspace was "
                "made before each import."
            )
        )
        self.empty_label.setText(self.tr("No imports yet."))
        self.undo_button.setText(self.tr("Undo this import"))
        self.model.retranslate()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def selected_batch(self):
        rows = self.table.selectionModel().selectedRows()
        return self.model.batch(rows[0].row()) if rows else None

    def _update_buttons(self, *_args) -> None:
        batch = self.selected_batch()
        self.undo_button.setEnabled(batch is not None and not batch.undone_at and self.job is None)
        self.empty_label.setVisible(self.model.rowCount() == 0)

    def confirm_undo(self, batch) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Undo import"),
            self.tr(
                "Undo import #{number} of {file}? {new} added SKUs are removed and {changed} "
                "changed SKUs get their earlier values back."
            ).format(
                number=batch.id,
                file=source_name(batch.file_name, translate),
                new=batch.new_count,
                changed=batch.changed_count,
            ),
        )
        return answer == QMessageBox.StandardButton.Yes

    def undo_selected(self) -> None:
        batch = self.selected_batch()
        if batch is None or batch.undone_at or not self.confirm_undo(batch):
            return
        self.job = run_job(
            self,
            self.tr("Undoing the import…"),
            undo_import,
            self.workspace,
            batch.id,
            on_success=lambda _result: self._undone(batch.id),
            on_failure=self._failed,
            on_cancel=self._finished,
        )
        self._update_buttons()

    def _finished(self) -> None:
        self.job = None
        self._update_buttons()

    def _undone(self, batch_id: int) -> None:
        self.job = None
        self.model.reload()
        self._select(batch_id)
        self._show(self.tr("Import #{number} was undone.").format(number=batch_id), "ok")
        self.sig_import_undone.emit(batch_id)

    def _failed(self, exc: BaseException) -> None:
        self._finished()
        if not isinstance(getattr(exc, "message", None), Message):
            show_exception(type(exc), exc, exc.__traceback__, self)  # a bug, not a refusal
            return
        self._show(error_text(exc), "warning")

    def _show(self, text: str, kind: str) -> None:
        self.status_label.setObjectName(kind)
        self.status_label.style().unpolish(self.status_label)  # restyle for the new name
        self.status_label.style().polish(self.status_label)
        self.status_label.setText(text)
        self.status_label.show()

    def _select(self, batch_id: int) -> None:
        for row, batch in enumerate(self.model.batches):
            if batch.id == batch_id:
                self.table.selectRow(row)
        self._update_buttons()
