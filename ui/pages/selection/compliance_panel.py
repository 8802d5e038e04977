"""The compliance pre-check of the selected candidate: what it needs in its target markets,
how long the slowest certification takes and what the whole list typically costs."""

from __future__ import annotations

from PySide6.QtWidgets import QHeaderView, QTableView, QVBoxLayout, QWidget

from core.selection.compliance import requirements, summarise
from core.selection.models import Candidate
from ui.i18n import translate
from ui.models.compliance_model import ComplianceModel
from ui.pages.team_status import status_label


class CompliancePanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = ComplianceModel(self)
        self.candidate: Candidate | None = None
        box = QVBoxLayout(self)
        self.summary = status_label("sectionTitle")
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.hint = status_label("hint")
        for widget in (self.summary, self.view, self.hint):
            box.addWidget(widget)
        self.retranslate()

    def retranslate(self) -> None:
        self.hint.setText(
            self.tr(
                "Estimates from the reference table (resources/reference/compliance.json): "
                "hover a row for the source and the date to verify it by. Certifications run "
                "in parallel, so the slowest sets the earliest launch."
            )
        )
        self.set_candidate(self.candidate)

    def set_candidate(self, candidate: Candidate | None) -> None:
        self.candidate = candidate
        # Names and descriptions come in both languages from the reference table.
        language = "zh_CN" if translate("Steps", "Selection") != "Selection" else "en"
        if candidate is None:
            self.model.set_requirements([], language)
            self.summary.setText("")
            return
        found = requirements(candidate.category, candidate.attribute_list, candidate.market_list)
        self.model.set_requirements(found, language)
        summary = summarise(found)
        if not candidate.market_list:
            self.summary.setText(self.tr("Add target markets to see what is needed."))
            return
        self.summary.setText(
            self.tr(
                "{count} certifications or registrations for {markets}: up to {weeks} weeks, "
                "about {low}–{high} CNY"
            ).format(
                count=summary.count,
                markets=", ".join(candidate.market_list),
                weeks=summary.longest_lead_weeks,
                low=f"{summary.cost_low:,.0f}",
                high=f"{summary.cost_high:,.0f}",
            )
        )
