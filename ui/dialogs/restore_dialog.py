"""Restore a workspace from one of its backups (offered when the file is damaged).

Lists the backups beside the workspace with their date, why they were taken, their size and
whether SQLite finds them whole; the newest whole one is selected. Restoring first sets the
current file aside in the backups folder (never deletes it), then copies the backup in place.
With no backups it says what a backup is, when one is made and where it would appear, instead
of an empty table.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from core import backups
from core.workspace_guard import WorkspaceError, human_size
from ui.errors import error_text
from ui.widgets.screen_fit import fit_dialog


class RestoreDialog(QDialog):
    """``exec()`` returns Accepted after a backup was put in place of ``workspace_path``."""

    def __init__(self, workspace_path: Path, problem: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.workspace_path = workspace_path
        self.problem = problem
        self.set_aside: Path | None = None
        self.backups = backups.list_backups(workspace_path)
        self.good = {b.path: backups.is_good(b) for b in self.backups}
        if self.backups:
            fit_dialog(self, QSize(720, 420), QSize(560, 360))
        else:  # a few lines of text: no room left over for a table that is not there
            fit_dialog(self, QSize(640, 0), QSize(480, 0))

        self.problem_label = QLabel(problem)
        self.problem_label.setObjectName("warning")
        self.problem_label.setWordWrap(True)
        self.problem_label.setVisible(bool(problem))
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        self.table = QTreeWidget()
        self.table.setRootIsDecorated(False)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setColumnCount(4)
        self.table.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.header().setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._update_button)
        self.empty_state = self._empty_state()
        # Nothing to restore and nothing to cancel: Close, and no greyed-out Restore button.
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Cancel
            if self.backups
            else QDialogButtonBox.StandardButton.Close
        )
        self.restore_button = QPushButton()
        if self.backups:
            self.buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.restore_button.clicked.connect(self.restore_selected)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.problem_label)
        layout.addWidget(self.explanation)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_state)
        layout.addWidget(self.buttons)
        self._fill()
        self.retranslate()
        if not self.backups:
            self.resize(self.width(), layout.totalHeightForWidth(self.width()))

    def _empty_state(self) -> QFrame:
        """What a backup is, when one is made and where it would be listed (issue: the dialog
        with no backups was one grey line over empty space)."""
        card = QFrame()
        card.setObjectName("card")
        self.empty_label = QLabel()  # the title
        self.empty_label.setObjectName("sectionTitle")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.empty_what = QLabel()
        self.empty_where = QLabel()
        self.empty_folder = QLabel(str(backups.folder_of(self.workspace_path)))
        self.empty_folder.setObjectName("hint")
        self.empty_folder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.empty_until = QLabel()
        column = QVBoxLayout(card)
        for label in (
            self.empty_label,
            self.empty_what,
            self.empty_where,
            self.empty_folder,
            self.empty_until,
        ):
            label.setWordWrap(True)
            column.addWidget(label)
        return card

    def _fill(self) -> None:
        self.table.clear()
        first_good = None
        for backup in self.backups:
            item = QTreeWidgetItem(
                [backup.taken_at.strftime("%Y-%m-%d %H:%M:%S"), "", human_size(backup.size), ""]
            )
            item.setData(0, Qt.ItemDataRole.UserRole, str(backup.path))
            item.setTextAlignment(2, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            item.setToolTip(0, str(backup.path))
            self.table.addTopLevelItem(item)
            if first_good is None and self.good[backup.path] and backup.reason != backups.DAMAGED:
                first_good = item
        if first_good is not None:
            self.table.setCurrentItem(first_good)
        self.table.setVisible(bool(self.backups))
        self.explanation.setVisible(bool(self.backups))  # "Choose the backup…": none to choose
        self.empty_state.setVisible(not self.backups)

    def _reason(self, reason: str) -> str:
        if reason == "before-import":
            return self.tr("Before an import")
        if reason.startswith("before-v"):
            return self.tr("Before an upgrade of the file")
        if reason == backups.DAMAGED:
            return self.tr("Damaged file set aside")
        return reason

    def selected(self) -> Path | None:
        item = self.table.currentItem()
        return Path(item.data(0, Qt.ItemDataRole.UserRole)) if item is not None else None

    def _update_button(self) -> None:
        path = self.selected()
        self.restore_button.setEnabled(path is not None and self.good.get(path, False))

    def restore_selected(self) -> None:
        path = self.selected()
        if path is None:
            return
        try:
            self.set_aside = backups.restore_backup(self.workspace_path, path)
        except (OSError, WorkspaceError) as exc:
            QMessageBox.warning(self, self.tr("Cannot restore the backup"), error_text(exc))
            return
        self.accept()

    def retranslate(self) -> None:
        self.setWindowTitle(
            self.tr("Restore a backup — {name}").format(name=self.workspace_path.name)
        )
        self.explanation.setText(
            self.tr(
                "MatrixDesk backs up the workspace before every import and upgrade, in {folder}. "
                "Choose the backup to go back to. The current file is first set aside in the "
                "same folder, so nothing is deleted; changes made after the backup are not in it."
            ).format(folder=backups.folder_of(self.workspace_path))
        )
        self.table.setHeaderLabels(
            [self.tr("Taken"), self.tr("Why"), self.tr("Size"), self.tr("Check")]
        )
        for index, backup in enumerate(self.backups):
            item = self.table.topLevelItem(index)
            item.setText(1, self._reason(backup.reason))
            good = self.good[backup.path]
            item.setText(3, self.tr("whole") if good else self.tr("damaged"))
            if not good:
                item.setForeground(3, QBrush(QColor("#b3261e")))
        self.empty_label.setText(self.tr("No backups of this workspace yet"))
        self.empty_what.setText(
            self.tr(
                "A backup is a complete copy of the workspace file that you can go back to. "
                "MatrixDesk makes one by itself before every import and before it upgrades the "
                "file for a new version, and keeps the newest {count}."
            ).format(count=backups.KEEP_NEWEST)
        )
        self.empty_where.setText(
            self.tr(
                "They are saved in the backups folder beside the workspace and will be listed "
                "here, with when and why each was made:"
            )
        )
        self.empty_until.setText(
            self.tr(
                "Until the first one, a copy you make yourself (File ▸ Save a copy as…) is the "
                "way back."
            )
        )
        self.restore_button.setText(self.tr("Restore this backup"))
        self._update_button()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
