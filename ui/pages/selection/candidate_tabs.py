"""The selected candidate's tabs on step 4: scorecard, research data, profit calculator,
compliance pre-check, comparison.

Built one panel per turn of the event loop after the page: the five in one turn kept the window
from answering for 0.17 s when the app started on step 4. A panel asked for earlier (its tab
chosen, a command that needs it) is built at once. Each panel, once built, shows what the page
last gave to ``show_rows``.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QScrollArea, QTabWidget, QVBoxLayout, QWidget

from core.selection.charts import seasonality_index
from ui.charts.chart_slot import ChartSlot
from ui.pages.selection.compare_panel import ComparePanel
from ui.pages.selection.compliance_panel import CompliancePanel
from ui.pages.selection.details import CandidateDetails
from ui.pages.selection.profit_form import ProfitForm
from ui.pages.selection.scorecard_panel import ScorecardPanel

if TYPE_CHECKING:
    from core.selection.pool import PoolRow
    from core.workspace import Workspace

PANELS = ("scorecard", "details", "profit", "compliance", "compare")
NEXT_TURN_MS = 1  # a timer, not a posted event: input and paints come between the turns


def _seasonality_chart() -> QWidget:
    from ui.charts.seasonality_chart import SeasonalityChart  # pyqtgraph: see chart_slot.py

    return SeasonalityChart()


def _scrolling(widget: QWidget) -> QScrollArea:
    """A long form scrolls inside its tab instead of growing the page."""
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QScrollArea.Shape.NoFrame)
    scroll.setWidget(widget)
    return scroll


class CandidateTabs(QTabWidget):
    sig_changed = Signal()  # a panel wrote to the workspace
    sig_error = Signal(str)
    sig_conflict = Signal(object, object)  # the research data's (conflict, finish)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.panels: dict[str, QWidget] = {}
        self.season_chart: ChartSlot | None = None
        self.narrow = False
        self.rates: dict[str, Decimal] | None = None
        # What the panels show: the workspace, the selected row, the rows compared.
        self.shown: tuple[Workspace | None, PoolRow | None, list[PoolRow]] = (None, None, [])
        self._when_built: list[Callable[[], None]] = []
        for _ in PANELS:
            holder = QWidget()
            QVBoxLayout(holder).setContentsMargins(0, 0, 0, 0)
            self.addTab(holder, "")
        self.currentChanged.connect(lambda index: self.panel(PANELS[index]))
        QTimer.singleShot(NEXT_TURN_MS, self, self._build_next)

    def _build_next(self) -> None:
        waiting = [key for key in PANELS if key not in self.panels]
        if waiting:
            self.panel(waiting[0])
            if len(waiting) > 1:
                QTimer.singleShot(NEXT_TURN_MS, self, self._build_next)

    def panel(self, key: str) -> QWidget:
        """The panel, built now if it was not yet."""
        if key not in self.panels:
            panel, content = self._make(key)
            self.panels[key] = panel
            self.widget(PANELS.index(key)).layout().addWidget(content)
            if hasattr(panel, "set_narrow"):
                panel.set_narrow(self.narrow)
            if key == "profit" and self.rates is not None:
                panel.set_rates(self.rates)  # type: ignore[attr-defined]
            self._fill(key)
            if len(self.panels) == len(PANELS):
                waiting, self._when_built = self._when_built, []
                for then in waiting:
                    then()
        return self.panels[key]

    def when_built(self, then: Callable[[], None]) -> None:
        """``then()`` once every panel is built (at once if they are)."""
        if len(self.panels) == len(PANELS):
            then()
        else:
            self._when_built.append(then)

    def _make(self, key: str) -> tuple[QWidget, QWidget]:
        """The panel and what goes into its tab."""
        if key == "scorecard":
            scorecard = ScorecardPanel()
            self._relay(scorecard)
            return scorecard, scorecard
        if key == "details":
            details = CandidateDetails()
            self._relay(details)
            details.sig_conflict.connect(self.sig_conflict)
            page = QWidget()
            box = QVBoxLayout(page)
            box.addWidget(details, 3)
            self.season_chart = ChartSlot(_seasonality_chart, 260, 160)
            box.addWidget(self.season_chart, 1)
            return details, _scrolling(page)
        if key == "profit":  # its results go under its fields on a narrow page: it scrolls
            profit = ProfitForm()
            return profit, _scrolling(profit)
        panel: QWidget = CompliancePanel() if key == "compliance" else ComparePanel()
        return panel, panel

    def _relay(self, panel: ScorecardPanel | CandidateDetails) -> None:
        panel.sig_changed.connect(self.sig_changed)
        panel.sig_error.connect(self.sig_error)

    # --- what the page gives ------------------------------------------------------------
    def show_rows(
        self, workspace: Workspace | None, current: PoolRow | None, compared: list[PoolRow]
    ) -> None:
        self.shown = (workspace, current, compared)
        for key in self.panels:
            self._fill(key)

    def set_rates(self, rates: dict[str, Decimal]) -> None:
        self.rates = rates
        if "profit" in self.panels:
            self.panels["profit"].set_rates(rates)  # type: ignore[attr-defined]

    def set_narrow(self, narrow: bool) -> None:
        self.narrow = narrow
        for panel in self.panels.values():
            if hasattr(panel, "set_narrow"):
                panel.set_narrow(narrow)

    def retranslate(self, titles: list[str]) -> None:
        for index, text in enumerate(titles):
            self.setTabText(index, text)
        for panel in self.panels.values():  # a panel built later translates itself
            panel.retranslate()  # type: ignore[attr-defined]

    def _fill(self, key: str) -> None:
        workspace, current, compared = self.shown
        candidate = current.candidate if current else None
        panel: Any = self.panels[key]
        if key == "scorecard":
            panel.set_card(
                workspace,
                candidate.id if candidate else None,
                candidate.name if candidate else "",
                current.card if current else None,
            )
        elif key == "details":
            panel.set_candidate(workspace, candidate)
            assert self.season_chart is not None
            self.season_chart.set_data(seasonality_index(candidate) if candidate else [])
        elif key == "compare":
            panel.set_rows(compared)
        else:  # the profit calculator, the compliance pre-check
            panel.set_candidate(candidate)
