"""Cell editors for the Team page: roles as a list to tick, RACI letter as a combo box,
capacity as hours."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QListWidget,
    QListWidgetItem,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from core import team
from ui.i18n import translate

_Index = QModelIndex | QPersistentModelIndex


class _ComboDelegate(QStyledItemDelegate):
    """A combo box whose item data is what gets written; a choice commits at once."""

    def fill(self, combo: QComboBox) -> None:
        raise NotImplementedError

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: _Index) -> QWidget:  # noqa: N802
        combo = QComboBox(parent)
        self.fill(combo)
        combo.activated.connect(lambda _=0, c=combo: self._commit(c))
        return combo

    def _commit(self, combo: QComboBox) -> None:
        self.commitData.emit(combo)
        self.closeEditor.emit(combo)

    def setEditorData(self, editor: QWidget, index: _Index) -> None:  # noqa: N802
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: _Index) -> None:  # noqa: N802
        assert isinstance(editor, QComboBox)
        if editor.currentData() != index.data(Qt.ItemDataRole.EditRole):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class RolesDelegate(QStyledItemDelegate):
    """Tick every role a member holds (a small shop combines roles); Enter or leaving the
    list writes them, the main role first."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: _Index) -> QWidget:  # noqa: N802
        editor = RolesList(parent)
        for role in team.CORE_ROLES + team.OPTIONAL_ROLES:
            item = QListWidgetItem(translate("Team", team.ROLES[role]), editor)
            item.setData(Qt.ItemDataRole.UserRole, role)
            # Not user-checkable: the list toggles on a click anywhere on the row (or Space),
            # so a click on the box itself is not counted twice.
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
        editor.itemClicked.connect(toggle_role)
        editor.setCurrentRow(0)
        return editor

    def updateEditorGeometry(
        self, editor: QWidget, option: QStyleOptionViewItem, index: _Index
    ) -> None:  # noqa: N802
        # Taller than the row: every role in sight, below the cell, inside the table.
        assert isinstance(editor, QListWidget)
        rows = editor.count()
        height = rows * editor.sizeHintForRow(0) + 2 * editor.frameWidth() + 4
        rect = option.rect.adjusted(0, 0, 0, 0)
        rect.setHeight(height)
        parent = editor.parentWidget()
        if parent is not None and rect.bottom() > parent.height():
            rect.moveBottom(max(height, parent.height()) - 1)
        rect.setWidth(max(rect.width(), editor.sizeHintForColumn(0) + 40))
        editor.setGeometry(rect)

    def setEditorData(self, editor: QWidget, index: _Index) -> None:  # noqa: N802
        assert isinstance(editor, QListWidget)
        held = list(index.data(Qt.ItemDataRole.EditRole) or [])
        for row in range(editor.count()):
            item = editor.item(row)
            on = item.data(Qt.ItemDataRole.UserRole) in held
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: _Index) -> None:  # noqa: N802
        assert isinstance(editor, QListWidget)
        held = list(index.data(Qt.ItemDataRole.EditRole) or [])
        ticked = [
            editor.item(row).data(Qt.ItemDataRole.UserRole)
            for row in range(editor.count())
            if editor.item(row).checkState() == Qt.CheckState.Checked
        ]
        # The main role stays first while it is still ticked.
        roles = [r for r in held if r in ticked] + [r for r in ticked if r not in held]
        if roles != held:
            model.setData(index, roles, Qt.ItemDataRole.EditRole)


def toggle_role(item: QListWidgetItem) -> None:
    checked = item.checkState() == Qt.CheckState.Checked
    item.setCheckState(Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked)


class RolesList(QListWidget):
    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.key() == Qt.Key.Key_Space and self.currentItem() is not None:
            toggle_role(self.currentItem())
            return
        super().keyPressEvent(event)


class RaciLetterDelegate(_ComboDelegate):
    def fill(self, combo: QComboBox) -> None:
        combo.addItem(self.tr("(empty)"), "")
        for letter in team.LETTERS:
            combo.addItem(
                self.tr("{letter} — {meaning}").format(
                    letter=letter, meaning=translate("Team", team.LETTER_LABELS[letter])
                ),
                letter,
            )


class HoursDelegate(QStyledItemDelegate):
    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: _Index) -> QWidget:  # noqa: N802
        spin = QDoubleSpinBox(parent)
        spin.setRange(0, 168)
        spin.setDecimals(1)
        spin.setSuffix(self.tr(" h"))
        return spin

    def setEditorData(self, editor: QWidget, index: _Index) -> None:  # noqa: N802
        assert isinstance(editor, QDoubleSpinBox)
        editor.setValue(float(index.data(Qt.ItemDataRole.EditRole) or 0))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: _Index) -> None:  # noqa: N802
        assert isinstance(editor, QDoubleSpinBox)
        editor.interpretText()
        model.setData(index, editor.value(), Qt.ItemDataRole.EditRole)
