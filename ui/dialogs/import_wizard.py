"""Import products (or step 4 candidates): file → sheet and header row → column mapping →
preview → import; or, when the file is orders, sales, ads… (the file page says what it is),
file → the facts page (check, answer, import).

The decisions live in a core ``ImportPlan``; reading, checking and writing run as jobs. The
workspace is written only by Finish (one transaction); Cancel anywhere changes nothing.
"""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import QEvent, QSize
from PySide6.QtWidgets import QWidget, QWizard

from core.importing.plan import ImportPlan
from core.selection import importing as candidate_import
from core.workspace import Workspace
from ui.dialogs.import_facts_page import ImportFactsPage
from ui.dialogs.import_file_page import ImportFilePage
from ui.dialogs.import_mapping_page import ImportMappingPage
from ui.dialogs.import_preview_page import ImportPreviewPage
from ui.dialogs.import_sheet_page import ImportSheetPage
from ui.widgets.screen_fit import fit_dialog
from ui.widgets.wheel_guard import install_wheel_guard


class Page(IntEnum):
    FILE = 0
    SHEET = 1
    MAPPING = 2
    PREVIEW = 3
    FACTS = 4  # orders, sales, ads… chosen under "Import as" on the file page


class ImportWizard(QWizard):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None,
                 path: str | None = None, entity: str = "products") -> None:  # fmt: skip
        super().__init__(parent)
        install_wheel_guard()  # combos ignore the wheel unless focused (also when opened alone)
        self.workspace = workspace
        self.plan = ImportPlan(entity=entity)
        if entity == candidate_import.ENTITY:  # research exports into the step 4 pool
            self.plan.preview_job = candidate_import.preview_plan_job
            self.plan.finish_job = candidate_import.finish_plan_job
        self.batch = None  # the ImportBatch once Finish succeeded
        self.fact_result = None  # core.facts.store.ApplyResult once facts were imported
        self.file_page = ImportFilePage(path)
        self.sheet_page = ImportSheetPage()
        self.mapping_page = ImportMappingPage()
        self.preview_page = ImportPreviewPage(entity)
        self.facts_page = ImportFactsPage()
        self.setPage(Page.FILE, self.file_page)
        self.setPage(Page.SHEET, self.sheet_page)
        self.setPage(Page.MAPPING, self.mapping_page)
        self.setPage(Page.PREVIEW, self.preview_page)
        self.setPage(Page.FACTS, self.facts_page)
        self.setStartId(Page.FILE)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, False)
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        fit_dialog(self, QSize(960, 640), QSize(720, 480))
        self.retranslate()

    def retranslate(self) -> None:
        if self.plan.entity == candidate_import.ENTITY:
            self.setWindowTitle(self.tr("Import candidates"))
        else:
            self.setWindowTitle(self.tr("Import a file"))
        pages = (self.file_page, self.sheet_page, self.mapping_page, self.preview_page,
                 self.facts_page)  # fmt: skip
        for page in pages:
            page.retranslate()

    def nextId(self) -> int:  # noqa: N802 - Qt override
        """The preview is the products route's last page (the facts page comes after it in
        number only)."""
        if self.currentId() in (Page.PREVIEW, Page.FACTS):
            return -1
        return super().nextId()

    @property
    def fact_kind(self) -> str:
        """The kind of facts the file is imported as; "" while it is a product list."""
        return self.file_page.fact_kind

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
