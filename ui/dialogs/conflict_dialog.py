"""Two people changed the same value: keep mine, take theirs, or compare first."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from core.edits import ConflictError
from core.i18n import Message
from ui.i18n import translate

KEEP_MINE, TAKE_THEIRS = "mine", "theirs"


def _shown(value) -> str:
    return "—" if value is None or value == "" else str(value)


class ConflictDialog(QDialog):
    """``choice`` is :data:`KEEP_MINE` or :data:`TAKE_THEIRS` once a button was pressed."""

    def __init__(self, conflict: ConflictError, field_label: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.choice = TAKE_THEIRS
        self.setWindowTitle(self.tr("Someone else changed this"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        message = conflict.message
        message = Message(message.context, message.text, {**message.params, "field": field_label})
        self.text = QLabel(message.render(translate))
        self.text.setWordWrap(True)
        layout.addWidget(self.text)
        self.table = QTableWidget(3, 2)
        self.table.setHorizontalHeaderLabels([self.tr("Value"), self.tr("Whose")])
        who = conflict.changed_by or "?"
        when = (conflict.changed_at or "").replace("T", " ").replace("+00:00", " UTC")
        rows = (
            (
                self.tr("When you started editing {field}").format(field=field_label),
                conflict.seen,
                "",
            ),
            (
                self.tr("Saved now"),
                conflict.theirs,
                self.tr("{who}, {when}").format(who=who, when=when),
            ),
            (self.tr("What you entered"), conflict.mine, self.tr("you")),
        )
        self.table.setVerticalHeaderLabels([r[0] for r in rows])
        for row, (_label, value, whose) in enumerate(rows):
            self.table.setItem(row, 0, QTableWidgetItem(_shown(value)))
            self.table.setItem(row, 1, QTableWidgetItem(whose))
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setStretchLastSection(True)
        height = self.table.horizontalHeader().height() + self.table.verticalHeader().length()
        self.table.setFixedHeight(height + 2 * self.table.frameWidth() + 4)
        self.table.hide()
        layout.addWidget(self.table)
        buttons = QDialogButtonBox()
        self.keep = QPushButton(self.tr("Keep mine"))
        self.take = QPushButton(self.tr("Take theirs"))
        self.compare = QPushButton(self.tr("Compare"))
        self.compare.setCheckable(True)
        buttons.addButton(self.keep, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.take, QDialogButtonBox.ButtonRole.RejectRole)
        buttons.addButton(self.compare, QDialogButtonBox.ButtonRole.ActionRole)
        self.keep.clicked.connect(lambda: self._choose(KEEP_MINE))
        self.take.clicked.connect(lambda: self._choose(TAKE_THEIRS))
        self.compare.toggled.connect(self.table.setVisible)
        self.take.setDefault(True)
        layout.addWidget(buttons)

    def _choose(self, choice: str) -> None:
        self.choice = choice
        self.accept()
