"""Side-by-side comparison of 2–4 candidates picked in the pool: a table and grouped bars."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from core.selection.charts import score_series
from core.selection.pool import PoolRow
from ui.charts.chart_slot import ChartSlot
from ui.models.comparison_model import SERIES_COLOURS, ComparisonModel


def _comparison_chart() -> QWidget:
    from ui.charts.score_chart import ScoreChart  # pyqtgraph: see ui/charts/chart_slot.py

    chart = ScoreChart()
    chart.show_legend = False  # the table's column headers carry the colours
    return chart


class ComparePanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = ComparisonModel(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.hint = QLabel()
        self.hint.setObjectName("hint")
        self.hint.setWordWrap(True)
        layout.addWidget(self.hint)
        body = QHBoxLayout()
        self.view = QTableView()
        self.view.setModel(self.model)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setTextElideMode(Qt.TextElideMode.ElideRight)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        body.addWidget(self.view, 1)
        self.chart = ChartSlot(_comparison_chart, 200, 220)
        body.addWidget(self.chart, 1)
        layout.addLayout(body, 1)
        self.legend = QLabel()  # which colour is which candidate, names in full
        self.legend.setWordWrap(True)
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.legend)
        self.rows: list[PoolRow] = []
        self.retranslate()

    def retranslate(self) -> None:
        self.hint.setText(
            self.tr(
                "Select 2 to 4 candidates in the pool (Ctrl+click) to compare them. "
                "Green marks the best score in a row."
            )
        )

    def set_rows(self, rows: list[PoolRow]) -> None:
        self.rows = rows[:4]
        self.model.set_rows(self.rows)
        self.legend.setText(
            "&nbsp;&nbsp;".join(
                f"<span style='color:{SERIES_COLOURS[n]}'>■</span>&nbsp;{escape(r.candidate.name)}"
                f" ({r.card.total:.2f})"
                for n, r in enumerate(self.rows)
            )
            if len(self.rows) >= 2
            else ""
        )
        if len(self.rows) >= 2:
            self.chart.set_data(score_series([(r.candidate.name, r.card) for r in self.rows]))
        else:
            self.chart.set_data(None)
        # Nothing to compare yet: no empty axes running 0–1 beside one column (the hint says
        # what to do; the scorecard tab has the one candidate's chart).
        self.chart.setVisible(len(self.rows) >= 2)
