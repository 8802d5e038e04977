"""The page of a step that is not built yet: what the step is for and what it will need."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from core.steps import Step
from ui.pages.base import StepPage


class StepIntroPage(StepPage):
    def __init__(self, step: Step, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.step = step
        layout = QVBoxLayout(self)
        # The margins of the built steps' pages (2 and 3): wider ones moved the title and the
        # card down and right of where every other step has them.
        layout.setContentsMargins(24, 18, 24, 12)
        layout.setSpacing(8)
        self.title = QLabel()
        self.title.setObjectName("pageTitle")
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.needs_heading = QLabel()
        self.needs_heading.setObjectName("sectionTitle")
        self.needs = QLabel()
        self.needs.setWordWrap(True)
        self.coming = QLabel()
        self.coming.setWordWrap(True)
        self.coming.setObjectName("hint")
        card = QFrame()
        card.setObjectName("card")
        card_layout = QVBoxLayout(card)
        for widget in (self.summary, self.needs_heading, self.needs, self.coming):
            card_layout.addWidget(widget)
        layout.addWidget(self.title)
        layout.addWidget(card)
        layout.addStretch(1)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.retranslate()

    def retranslate(self) -> None:
        t = QCoreApplication.translate
        self.title.setText(
            self.tr("Step {number}: {title}").format(
                number=self.step.number, title=t("Steps", self.step.title)
            )
        )
        self.summary.setText(t("Steps", self.step.summary))
        self.needs_heading.setText(self.tr("What this step needs"))
        self.needs.setText(t("Steps", self.step.needs))
        self.coming.setText(
            self.tr(
                "This step's workspace is being built. Everything you enter "
                "in the earlier steps will flow into it."
            )
        )
