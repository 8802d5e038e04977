"""Two people changed the same record: keep mine, take theirs, or compare first.

One dialog for every record a person edits (a catalog value, a team member, a responsibility,
a goal, a candidate, a matrix cell, a sign-off). It shows :class:`core.edits.ConflictError`
field by field; :func:`ask` returns the write the choice asks for (core's ``resolve``).

An import that lands after someone's edit (:class:`core.edits.ImportConflicts`) is asked
about with the same dialog, one record at a time, worded for a file (keep the file's value /
keep theirs) and with "the same for the other records" (:func:`ask_import`).
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from core.edits import (
    KEEP_MINE,
    TAKE_THEIRS,
    ConflictError,
    FieldVersions,
    Resolution,
    asked_again,
    decisions,
    kept_over,
    resolve,
)
from core.i18n import Message
from core.import_conflicts import ImportConflict, ImportConflicts
from ui.i18n import translate

__all__ = [
    "KEEP_MINE",
    "TAKE_THEIRS",
    "ConflictDialog",
    "ask",
    "ask_decisions",
    "ask_import",
    "offer",
    "write_with_choice",
]

FIELD, SEEN, THEIRS, MINE = range(4)


def _text(value) -> str:
    return value.render(translate) if isinstance(value, Message) else str(value)


class ConflictDialog(QDialog):
    """``choice`` is :data:`KEEP_MINE`, :data:`TAKE_THEIRS`, or field → choice when the person
    unticked some fields in the comparison; :meth:`resolution` is the write it asks for."""

    def __init__(
        self,
        conflict: ConflictError,
        field_label: str | None = None,
        parent: QWidget | None = None,
        remaining: int = 0,
    ):
        super().__init__(parent)
        self.conflict = conflict
        self.from_file = isinstance(conflict, ImportConflict)  # mine = the file's value
        self.choice: str | dict[str, str] = TAKE_THEIRS
        self.setWindowTitle(self.tr("Someone else changed this"))
        self.setMinimumWidth(560)
        fields = list(conflict.fields)
        if field_label is not None and len(fields) == 1:  # the caller's own name for the field
            only = fields[0]
            fields = [
                FieldVersions(
                    only.field, field_label, only.seen, only.mine, only.theirs, True, only.show
                )
            ]
        self.fields = fields
        layout = QVBoxLayout(self)
        message = conflict.message
        if field_label is not None:
            message = Message(
                message.context, message.text, {**message.params, "field": field_label}
            )
        self.text = QLabel(message.render(translate))
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.text)
        self.hint = QLabel(
            self.tr(
                "Keep the file's value writes it over their change; keep theirs leaves their "
                "value. Either way, a field the file does not have keeps their value."
            )
            if self.from_file
            else self.tr(
                "Keep mine writes what you entered over their change; take theirs drops your "
                "edit. Either way, a field only they changed keeps their value."
            )
        )
        self.hint.setWordWrap(True)
        self.hint.setObjectName("hint")
        layout.addWidget(self.hint)
        self.table = self._build_table()
        self.table.hide()
        layout.addWidget(self.table)
        # an import asks record by record: one answer may do for the rest
        self.for_all = QCheckBox(
            self.tr("Do the same for the rest ({count})").format(count=remaining)
        )
        self.for_all.setVisible(remaining > 0)
        layout.addWidget(self.for_all)
        buttons = QDialogButtonBox()
        self.keep = QPushButton(
            self.tr("Keep the file's value") if self.from_file else self.tr("Keep mine")
        )
        self.take = QPushButton(
            self.tr("Keep theirs") if self.from_file else self.tr("Take theirs")
        )
        self.compare = QPushButton(self.tr("Compare"))
        self.compare.setCheckable(True)
        buttons.addButton(self.keep, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.take, QDialogButtonBox.ButtonRole.RejectRole)
        buttons.addButton(self.compare, QDialogButtonBox.ButtonRole.ActionRole)
        self.keep.clicked.connect(self._keep)
        self.take.clicked.connect(lambda: self._choose(TAKE_THEIRS))
        self.compare.toggled.connect(self._show_comparison)
        self.take.setDefault(True)
        layout.addWidget(buttons)

    # --- the comparison ------------------------------------------------------------------
    def _build_table(self) -> QTableWidget:
        conflict = self.conflict
        who = conflict.changed_by or self.tr("someone")
        table = QTableWidget(len(self.fields), 4)
        headers = [
            self.tr("Field"),
            self.tr("At the preview") if self.from_file else self.tr("When you started"),
            self.tr("Saved now ({who})").format(who=who),
            self.tr("In the file") if self.from_file else self.tr("What you entered"),
        ]
        table.setHorizontalHeaderLabels(headers)
        table.verticalHeader().hide()
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        table.setWordWrap(True)
        several = len(conflict.clashes) > 1
        self.choosable: set[int] = set()  # rows with a tick box: keep mine for this field
        grey = self.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        for row, field in enumerate(self.fields):
            label = QTableWidgetItem(_text(field.label))
            if field.clash and several:
                # more than one field collides: the person may keep theirs for some of them
                label.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
                label.setCheckState(Qt.CheckState.Checked)
                self.choosable.add(row)
                label.setToolTip(self.tr("Ticked: keep mine for this field."))
            else:
                label.setFlags(Qt.ItemFlag.ItemIsEnabled)
            table.setItem(row, FIELD, label)
            table.setItem(row, SEEN, QTableWidgetItem(_text(field.shown(field.seen))))
            theirs = QTableWidgetItem(_text(field.shown(field.theirs)))
            bold = QFont(theirs.font())
            bold.setBold(True)
            theirs.setFont(bold)
            table.setItem(row, THEIRS, theirs)
            if field.clash:
                mine = QTableWidgetItem(_text(field.shown(field.mine)))
                mine.setFont(bold)
            else:
                mine = QTableWidgetItem(
                    self.tr("(not in the file: theirs stays)")
                    if self.from_file
                    else self.tr("(not changed by you: theirs stays)")
                )
                mine.setForeground(grey)
            table.setItem(row, MINE, mine)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        table.resizeRowsToContents()
        height = header.sizeHint().height() + table.verticalHeader().length()
        table.setFixedHeight(height + 2 * table.frameWidth() + 4)
        return table

    def _show_comparison(self, shown: bool) -> None:
        self.table.setVisible(shown)
        if shown:  # wide enough for every column, within the screen
            margins = self.layout().contentsMargins()
            header = self.table.horizontalHeader()
            columns = sum(
                max(self.table.sizeHintForColumn(c), header.sectionSizeHint(c))
                for c in range(self.table.columnCount())
            )  # what every column needs (the last one stretches, so its size says nothing)
            needed = columns + 2 * self.table.frameWidth() + 8
            screen = self.screen().availableGeometry().width() if self.screen() else 1280
            room = int(screen * 0.9) - margins.left() - margins.right()
            self.table.setMinimumWidth(min(needed, room))
        self.adjustSize()

    def kept_fields(self) -> list[str]:
        """The clashing fields the comparison keeps mine for (all of them unless unticked)."""
        kept = []
        for row, field in enumerate(self.fields):
            item = self.table.item(row, FIELD)
            ticked = row not in self.choosable or item.checkState() == Qt.CheckState.Checked
            if field.clash and ticked:
                kept.append(field.field)
        return kept

    # --- the choice ----------------------------------------------------------------------
    def _keep(self) -> None:
        kept = self.kept_fields()
        clashes = [f.field for f in self.fields if f.clash]
        if len(kept) == len(clashes):
            self._choose(KEEP_MINE)
        else:
            self._choose({f: KEEP_MINE if f in kept else TAKE_THEIRS for f in clashes})

    def _choose(self, choice: str | Mapping[str, str]) -> None:
        self.choice = choice if isinstance(choice, str) else dict(choice)
        self.accept()

    def resolution(self) -> Resolution | None:
        """What to write for the choice made (None: take theirs, nothing to write)."""
        return resolve(self.conflict, self.choice)


def ask(parent: QWidget | None, conflict: ConflictError) -> Resolution | None:
    """Show the choice; the write it asks for (None: take theirs, or the dialog was closed)."""
    dialog = ConflictDialog(conflict, parent=parent)
    dialog.setObjectName("conflictDialog")
    dialog.exec()
    result = dialog.resolution() if dialog.result() == QDialog.DialogCode.Accepted else None
    dialog.deleteLater()
    return result


def ask_decisions(parent: QWidget | None, conflict: ConflictError) -> dict[str, str]:
    """Show the choice; field → keep mine / take theirs (closing the dialog takes theirs)."""
    dialog = ConflictDialog(conflict, parent=parent)
    dialog.setObjectName("conflictDialog")
    dialog.exec()
    accepted = dialog.result() == QDialog.DialogCode.Accepted
    dialog.deleteLater()
    return decisions(conflict, dialog.choice if accepted else TAKE_THEIRS)


def offer(parent: QWidget | None, conflict: ConflictError, finish, refresh) -> None:
    """The usual handling of a page's conflict: ask; keep mine → ``finish(resolution)`` (the
    same edit again over theirs); take theirs → ``refresh()`` (show what they saved)."""
    resolution = ask(parent, conflict)
    if resolution is not None:
        finish(resolution)
    else:
        refresh()


def write_with_choice(parent: QWidget | None, write):
    """``write(decided)`` (decided: field → keep mine / take theirs, None at first) in its own
    transaction; when it is refused as a ConflictError the person chooses, and the same edit
    is made again with the choice (a third person's change of another field asks again).
    Returns what ``write`` returns."""
    decided: dict[str, str] = {}
    while True:
        try:
            return write(decided or None)
        except ConflictError as exc:
            decided.update(kept_over(exc, ask_decisions(parent, exc)))


def ask_import(parent: QWidget | None, refused: ImportConflicts, decided: dict) -> bool | None:
    """An import refused because records changed after its preview: ask record by record
    (or once for all of them) and put the choices into ``decided`` (record key → field →
    choice, kept over the values shown, so a third person's change meanwhile asks again).
    True: apply again with them; False: nothing new to ask (the refusal stands); None: the
    person closed a dialog, so the import is cancelled."""
    new = [c for c in refused.conflicts if not asked_again(decided.get(c.key), c)]
    if not new:
        return False
    for_all: str | dict[str, str] | None = None
    for index, conflict in enumerate(new):
        choice = for_all
        if choice is None:
            dialog = ConflictDialog(conflict, parent=parent, remaining=len(new) - index - 1)
            dialog.setObjectName("conflictDialog")
            dialog.exec()
            accepted = dialog.result() == QDialog.DialogCode.Accepted
            same_for_rest = dialog.for_all.isChecked()
            choice = dialog.choice
            dialog.deleteLater()
            if not accepted:
                return None
            if same_for_rest:
                for_all = choice
        chosen = kept_over(conflict, decisions(conflict, choice))
        decided[conflict.key] = {**decided.get(conflict.key, {}), **chosen}
    return True
