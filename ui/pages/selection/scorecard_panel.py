"""The scorecard of the selected candidate: weights (editable for the workspace), scores and
what each rests on, hand scores with a reason, and a bar chart."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QBoxLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from core.selection import pool
from core.selection.charts import score_series
from core.selection.scorecard import CRITERIA, CRITERION_BY_KEY, ScoreCard
from core.workspace import Workspace
from ui.charts.chart_slot import ChartSlot
from ui.dialogs.conflict_dialog import write_with_choice
from ui.errors import error_text
from ui.i18n import translate
from ui.models.scorecard_model import CRITERION_ROLE, Column, ScorecardModel
from ui.pages.selection.thresholds_dialog import ScoreThresholdsDialog
from ui.widgets.flow_layout import FlowLayout

CHART_BESIDE = 760  # narrower than this (and side by side with the pool), no chart


def _score_chart() -> QWidget:
    from ui.charts.score_chart import ScoreChart  # pyqtgraph: see ui/charts/chart_slot.py

    return ScoreChart()


class ScorecardPanel(QWidget):
    sig_changed = Signal()  # a weight or hand score was written
    sig_error = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace: Workspace | None = None
        self.candidate_id: int | None = None
        self.candidate_name = ""
        self.model = ScorecardModel(self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        left = QVBoxLayout()
        self.total_label = QLabel()
        self.total_label.setObjectName("sectionTitle")
        self.total_label.setWordWrap(True)
        left.addWidget(self.total_label)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.verticalHeader().hide()
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(Column.BASIS, QHeaderView.ResizeMode.Stretch)
        left.addWidget(self.view, 1)
        buttons_row = QWidget()
        buttons = FlowLayout(buttons_row)  # wraps on a narrow page instead of widening it
        self.hand_button = QPushButton()
        self.numbers_button = QPushButton()
        buttons.addWidget(self.hand_button)
        buttons.addWidget(self.numbers_button)
        self.thresholds_button = QPushButton()
        buttons.addWidget(self.thresholds_button)
        left.addWidget(buttons_row)
        self.hint = QLabel()
        self.hint.setObjectName("hint")
        self.hint.setWordWrap(True)
        left.addWidget(self.hint)
        layout.addLayout(left, 5)
        self.chart = ChartSlot(_score_chart, 200, 220)
        layout.addWidget(self.chart, 3)
        self.layout_box = layout
        self.narrow_page = False
        self.hand_button.clicked.connect(self.score_by_hand)
        self.numbers_button.clicked.connect(self.use_the_numbers)
        self.thresholds_button.clicked.connect(self.edit_thresholds)
        self.thresholds_dialog: ScoreThresholdsDialog | None = None
        self.model.sig_weights_changed.connect(self.sig_changed)
        self.model.sig_error.connect(self.sig_error)
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.retranslate()

    def set_narrow(self, narrow: bool) -> None:
        """On a narrow page the chart goes under the table instead of beside it."""
        self.narrow_page = narrow
        self.layout_box.setDirection(
            QBoxLayout.Direction.TopToBottom if narrow else QBoxLayout.Direction.LeftToRight
        )
        self._place_chart()

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._place_chart()

    def _place_chart(self) -> None:
        """Beside the table only where both have room: at 1280×800 the chart took 3/8 of a
        ~550-point tab and squeezed "Based on" to "1,5…". There it steps aside (the table
        has the same scores); on a narrow page, where the page scrolls, it goes under."""
        room = self.narrow_page or self.width() >= CHART_BESIDE
        if self.chart.isHidden() == room:
            self.chart.setVisible(room)

    def retranslate(self) -> None:
        self.hand_button.setText(self.tr("Score by hand…"))
        self.numbers_button.setText(self.tr("Score from the numbers"))
        self.thresholds_button.setText(self.tr("Thresholds…"))
        self.hint.setText(
            self.tr(
                "Weights count for every candidate in this workspace (double-click to change). "
                "Hover a criterion for its thresholds. ⚠ marks a score that rests on missing data."
            )
        )
        self._show_total()
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(Column) - 1)

    def set_card(
        self,
        workspace: Workspace | None,
        candidate_id: int | None,
        name: str,
        card: ScoreCard | None,
    ) -> None:
        self.workspace, self.candidate_id, self.candidate_name = workspace, candidate_id, name
        self.card = card
        self.model.set_card(workspace, card)
        self.chart.set_data(score_series([(name, card)]) if card else None)
        self._show_total()
        self._update_buttons()

    def _show_total(self) -> None:
        card = getattr(self, "card", None)
        self.total_label.setText(
            self.tr("{name}: weighted score {score} of 5").format(
                name=self.candidate_name, score=f"{card.total:.2f}"
            )
            if card
            else self.tr("Select a candidate in the pool")
        )

    def edit_thresholds(self) -> None:
        if self.workspace is None:
            return
        self.thresholds_dialog = ScoreThresholdsDialog(self.workspace, self)
        self.thresholds_dialog.accepted.connect(self.sig_changed)
        self.thresholds_dialog.open()

    def selected_criterion(self) -> str | None:
        rows = self.view.selectionModel().selectedRows()
        return rows[0].data(CRITERION_ROLE) if rows else None

    def _update_buttons(self) -> None:
        key = self.selected_criterion()
        card = getattr(self, "card", None)
        self.hand_button.setEnabled(key is not None and self.candidate_id is not None)
        self.numbers_button.setEnabled(
            key is not None and card is not None and card.scores[key].by_hand
        )

    def score_by_hand(self) -> None:
        key = self.selected_criterion()
        if key is None or self.candidate_id is None or self.workspace is None:
            return
        label = translate("Scorecard", CRITERION_BY_KEY[key].label)
        current = self.card.scores[key].score if self.card else 3
        score, ok = QInputDialog.getInt(
            self,
            self.tr("Score by hand"),
            self.tr("{criterion}: score 1–5").format(criterion=label),
            current,
            1,
            5,
        )
        if not ok:
            return
        reason, ok = QInputDialog.getText(self, self.tr("Score by hand"), self.tr("Why?"))
        if ok:
            self.write_hand_score(key, score, reason)

    def seen_hand_score(self, key: str) -> dict | None:
        """The hand score this person sees on the card (None: no card to compare with)."""
        card = getattr(self, "card", None)
        if card is None or key not in card.scores:
            return None
        shown = card.scores[key]
        return {
            "score": shown.score if shown.by_hand else None,
            "reason": shown.reason if shown.by_hand else "",
        }

    def write_hand_score(self, key: str, score: int | None, reason: str = "") -> bool:
        """Write a hand score over the one on the card; someone else's change of it
        meanwhile asks first (keep mine, take theirs, compare)."""
        if self.workspace is None or self.candidate_id is None:
            return False
        workspace, candidate_id, seen = self.workspace, self.candidate_id, self.seen_hand_score(key)

        def write(decided):
            with workspace.transaction() as session:
                pool.set_hand_score(session, candidate_id, key, score, reason, seen, decided)

        try:
            write_with_choice(self, write)
        except ValueError as exc:
            self.sig_error.emit(error_text(exc))
            return False
        self.sig_changed.emit()
        return True

    def use_the_numbers(self) -> None:
        key = self.selected_criterion()
        if key is not None:
            self.write_hand_score(key, None)

    def select_criterion(self, key: str) -> None:
        row = [c.key for c in CRITERIA].index(key)
        self.view.selectRow(row)
