"""Step 1's expert view: the members table above, the responsibility matrix (RACI) below
with its legend, its quick letter keys and its warnings.

Kept apart from ui/pages/team_page.py, which owns the models, the writes and undo."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSortFilterProxyModel, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from core import team
from ui.fonts import fit_rows
from ui.i18n import translate
from ui.models.raci_model import LETTER_COLOURS, RaciModel
from ui.models.team_members_model import Column
from ui.pages.team_delegates import HoursDelegate, RaciLetterDelegate, RolesDelegate
from ui.pages.team_status import RaciWarningsPanel, status_label
from ui.widgets.flow_layout import FlowLayout

QUICK_KEYS = {
    Qt.Key.Key_R: "R",
    Qt.Key.Key_A: "A",
    Qt.Key.Key_C: "C",
    Qt.Key.Key_I: "I",
    Qt.Key.Key_Delete: "",
    Qt.Key.Key_Backspace: "",
    Qt.Key.Key_Space: "",
}


class TeamTables(QSplitter):
    """The members (through ``members``, a sort/filter proxy) and the RACI matrix."""

    def __init__(
        self, members: QSortFilterProxyModel, raci_model: RaciModel, parent: QWidget | None = None
    ) -> None:
        super().__init__(Qt.Orientation.Vertical, parent)
        self.raci_model = raci_model
        top = QWidget()
        top_box = QVBoxLayout(top)
        top_box.setContentsMargins(0, 0, 0, 0)
        self.members_title = status_label("sectionTitle")
        top_box.addWidget(self.members_title)
        self.members_view = QTableView()
        self.members_view.setModel(members)
        self.members_view.setSortingEnabled(True)
        self.members_view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # keep entry order
        self.members_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.members_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.members_view.setAlternatingRowColors(True)
        self.members_view.verticalHeader().hide()
        row = fit_rows(self.members_view)
        # A few rows in sight at 150 %: the page scrolls instead (it left one member row).
        header_height = self.members_view.horizontalHeader().sizeHint().height()
        bar = self.members_view.horizontalScrollBar().sizeHint().height()
        self.members_view.setMinimumHeight(header_height + 3 * row + bar + 4)
        self.members_view.setItemDelegateForColumn(Column.ROLE, RolesDelegate(self))
        self.members_view.setItemDelegateForColumn(Column.CAPACITY, HoursDelegate(self))
        header = self.members_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in (
            (Column.NAME, 180),
            (Column.ROLE, 170),
            (Column.CONTACT, 240),
            (Column.CAPACITY, 150),
        ):
            self.members_view.setColumnWidth(column, width)
        top_box.addWidget(self.members_view)
        self.addWidget(top)

        bottom = QWidget()
        bottom_box = QVBoxLayout(bottom)
        bottom_box.setContentsMargins(0, 0, 0, 0)
        title_row = QHBoxLayout()
        self.raci_title = status_label("sectionTitle", wrap=False)
        self.raci_hint = status_label("hint")
        title_row.addWidget(self.raci_title)
        title_row.addWidget(self.raci_hint, 1)
        bottom_box.addLayout(title_row)
        legend_widget = QWidget()
        legend_row = FlowLayout(legend_widget)  # what the letters mean, always in sight
        self.legend = {letter: status_label(wrap=False) for letter in team.LETTERS}
        for label in self.legend.values():
            label.setTextFormat(Qt.TextFormat.RichText)
            legend_row.addWidget(label)
        bottom_box.addWidget(legend_widget)
        self.raci_view = QTableView()
        self.raci_view.setModel(raci_model)
        self.raci_view.setItemDelegate(RaciLetterDelegate(self))
        self.raci_view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        columns = self.raci_view.horizontalHeader()
        columns.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        columns.setMinimumSectionSize(90)
        columns.setMinimumHeight(44)
        # Regular weight: two-line member headers ("name / role") must fit narrow columns.
        columns.setStyleSheet("QHeaderView::section { font-weight: normal; padding: 2px; }")
        self.raci_view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        row = fit_rows(self.raci_view, 1.3)
        # Four rows in sight at 150 % (it showed its header only), under the scroll bar.
        bar = self.raci_view.horizontalScrollBar().sizeHint().height()
        header_height = max(44, 2 * columns.fontMetrics().lineSpacing() + 12)  # two lines
        self.raci_view.setMinimumHeight(header_height + 4 * row + bar + 4)
        self.raci_view.installEventFilter(self)
        bottom_box.addWidget(self.raci_view, 1)
        # Warnings under the matrix, so the matrix keeps the full width for its members.
        self.warnings_panel = RaciWarningsPanel()
        bottom_box.addWidget(self.warnings_panel)
        self.addWidget(bottom)
        self.setChildrenCollapsible(False)
        self.setStretchFactor(0, 2)
        self.setStretchFactor(1, 3)
        self.setSizes([255, 505])

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        # Quick entry in the matrix: R/A/C/I set the selected cells, Delete clears them.
        if (
            watched is self.raci_view
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and self.raci_view.state() != QAbstractItemView.State.EditingState
            and event.key() in QUICK_KEYS
            and not event.modifiers() & ~Qt.KeyboardModifier.ShiftModifier
        ):
            indexes = self.raci_view.selectionModel().selectedIndexes()
            if indexes:
                self.raci_model.set_letters(indexes, QUICK_KEYS[Qt.Key(event.key())])
                return True
        return super().eventFilter(watched, event)

    def retranslate(self) -> None:
        self.members_title.setText(self.tr("Members"))
        self.raci_title.setText(self.tr("Responsibility matrix (RACI)"))
        self.raci_hint.setText(
            self.tr(
                "Select cells and type R, A, C or I (Delete clears), or double-click a cell to "
                "choose. Each step and duty needs exactly one A."
            )
        )
        for letter, label in self.legend.items():
            background, foreground = LETTER_COLOURS[letter]
            meaning = translate("Team", team.LETTER_LABELS[letter]).replace("&", "&amp;")
            label.setText(
                f'<span style="background:{background}; color:{foreground}; '
                f'font-weight:600">&nbsp;{letter}&nbsp;</span> {meaning}'
            )
