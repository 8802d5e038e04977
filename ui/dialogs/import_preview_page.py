"""Import wizard, page 4: what the import will do, row by row; Import writes it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from core.import_conflicts import ImportConflicts
from core.importing.currencies import describe, source_message
from core.importing.fields import field_by_key
from core.importing.plan import finish_import, preview_plan
from core.importing.rejects import rejected_sheet
from core.xlsx_export import ExportError, write_workbook
from ui.dialogs.conflict_dialog import ask_import
from ui.dialogs.import_choices_box import ImportChoicesBox
from ui.errors import error_text, show_exception
from ui.i18n import translate
from ui.job_runner import run_job
from ui.models.candidate_preview_model import CandidatePreviewModel
from ui.models.import_preview_model import KINDS, ImportPreviewModel
from ui.widgets.exported import follow_link, saved_text
from ui.widgets.summary_scroll import SummaryScroll

MAX_COLUMNS_SHOWN = 12  # the rest is counted: the list stays a line or two


def grouped(counts: dict[str, int]) -> dict[str, str]:
    """Counts with thousands separators, as the other lines of the page show numbers
    ("5295 new SKUs" stood above "5,082 rows")."""
    return {kind: f"{count:,}" for kind, count in counts.items()}


class ImportPreviewPage(QWizardPage):
    def __init__(self, entity: str = "products") -> None:
        super().__init__()
        self.products = entity == "products"  # candidates: no currencies, choices, rejects file
        self.busy = False
        self.imported = False
        self.counts = QLabel()
        self.counts.setObjectName("sectionTitle")
        self.counts.setWordWrap(True)
        self.currencies = QLabel()
        self.currencies.setWordWrap(True)
        self.unmapped_warning = QLabel()  # name, price, cost or stock not mapped
        self.unmapped_warning.setObjectName("warning")
        self.unmapped_warning.setWordWrap(True)
        self.unmapped_columns = QLabel()  # every column of the file that nothing reads
        self.unmapped_columns.setObjectName("hint")
        self.unmapped_columns.setWordWrap(True)
        self.status = QLabel()
        self.status.setObjectName("hint")
        self.status.setWordWrap(True)
        self.status.linkActivated.connect(self._status_link)
        self.retry_button = QPushButton()
        self.retry_button.clicked.connect(self.start_preview)
        self.retry_button.hide()
        self.save_rejected_button = QPushButton()  # 下载失败数据: fix them, import again
        self.save_rejected_button.clicked.connect(self.save_rejected)
        self.save_rejected_button.hide()
        self.saved_rejected: Path | None = None
        self.choices = ImportChoicesBox()
        self.choices.sig_choices_changed.connect(self._choices_changed)
        self.tabs = QTabWidget()
        self.choices.setVisible(self.products)
        self.models: dict[str, ImportPreviewModel | CandidatePreviewModel] = {}
        for kind in KINDS:
            model = (
                ImportPreviewModel(kind, self)
                if self.products
                else CandidatePreviewModel(kind, self)
            )
            view = QTableView()
            view.setModel(model)
            view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            view.setWordWrap(True)
            view.verticalHeader().hide()
            view.horizontalHeader().setStretchLastSection(True)
            if (
                kind == "rejected" or not self.products
            ):  # long reasons wrap onto more lines, no tooltip needed
                view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            self.models[kind] = model
            self.tabs.addTab(view, "")
        row = QHBoxLayout()
        row.addWidget(self.status, 1)
        row.addWidget(self.retry_button)
        row.addWidget(self.save_rejected_button)
        summary = QWidget()
        summary_layout = QVBoxLayout(summary)
        summary_layout.setContentsMargins(0, 0, 0, 0)
        summary_layout.addWidget(self.counts)
        summary_layout.addWidget(self.currencies)
        summary_layout.addWidget(self.unmapped_warning)
        summary_layout.addWidget(self.unmapped_columns)
        summary_layout.addLayout(row)
        summary_layout.addWidget(self.choices)
        self.summary = SummaryScroll(summary)
        # A few rows of the table stay in view on a small screen; the summary scrolls.
        self.tabs.setMinimumHeight(10 * self.fontMetrics().lineSpacing())
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.tabs, 1)
        self.retranslate()

    @property
    def plan(self):
        return self.wizard().plan

    def retranslate(self) -> None:
        self.setTitle(self.tr("Check before importing"))
        self.setSubTitle(self.tr("Press Import to write the new and changed rows in one step. "
                                 "Rejected rows are left out; the import can be undone later."))  # fmt: skip
        self.retry_button.setText(self.tr("Check again"))
        if self.wizard() is not None:
            self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Import"))
        for model in self.models.values():
            model.retranslate()
        self.choices.retranslate()
        self._show_counts()

    def initializePage(self) -> None:  # noqa: N802 - Qt override
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Import"))
        self.start_preview()

    def cleanupPage(self) -> None:  # noqa: N802 - Qt override
        self.plan.preview = None
        self._show_preview()

    def start_preview(self) -> None:
        if self.busy:
            return
        self.busy = True
        self.plan.preview = None
        self._show_preview()
        self.retry_button.hide()
        self.status.setText(self.tr("Checking every row against your catalog…"))
        self.completeChanged.emit()
        run_job(self, self.tr("Checking the rows"), preview_plan, self.wizard().workspace,
                self.plan, translate, on_success=self._previewed, on_failure=self._failed,
                on_cancel=self._cancelled)  # fmt: skip

    def _choices_changed(self) -> None:
        self.plan.duplicate_codes = self.choices.duplicate_codes
        self.plan.zero_cost_is_real = self.choices.zero_cost_is_real
        self.start_preview()

    def _previewed(self, preview) -> None:
        self.busy = False
        self.plan.preview = preview
        self.status.setText(self.tr("Nothing has been written yet."))
        self._show_preview()
        self.completeChanged.emit()

    def _failed(self, exc: BaseException) -> None:
        self.busy = False
        decided = getattr(self.plan.preview, "decided", None)
        if isinstance(exc, ImportConflicts) and decided is not None:
            # records changed after this preview: the person chooses, then the same import
            # runs again with the choice (a change made meanwhile asks again)
            asked = ask_import(self, exc, decided)
            if asked is None:
                self._cancelled()
                return
            if asked:
                self.validatePage()
                return
        message = getattr(exc, "message", None)
        if message is not None:
            self.status.setText(error_text(exc))
        else:
            self.status.setText(self.tr("The check failed."))
            show_exception(type(exc), exc, exc.__traceback__, self)
        self.retry_button.show()
        self.completeChanged.emit()

    def _cancelled(self) -> None:
        self.busy = False
        self.status.setText(self.tr("Cancelled. Nothing has been written."))
        self.retry_button.show()
        self.completeChanged.emit()

    def _show_preview(self) -> None:
        for model in self.models.values():
            model.set_preview(self.plan.preview)
        if self.products:
            self.choices.show_preview(self.plan.preview, checking=self.busy)
        for view in (self.tabs.widget(i) for i in range(self.tabs.count())):
            view.resizeColumnsToContents()
            for column in range(view.model().columnCount()):
                view.setColumnWidth(column, min(view.columnWidth(column), 260))
        self._show_counts()

    def save_rejected(self) -> None:
        """The refused rows as they were in the file, with the reason, to fix and re-import."""
        preview, table = self.plan.preview, self.plan.table
        if preview is None or table is None or not preview.rejected:
            return
        stem = Path(preview.file_name).stem
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the rows that were not imported"),
            str(Path.home() / self.tr("{file}-not-imported.xlsx").format(file=stem)),
            self.tr("Excel workbook (*.xlsx)"),
        )
        if not name:
            return
        path = Path(name if name.lower().endswith(".xlsx") else name + ".xlsx")
        try:
            write_workbook(path, [rejected_sheet(table, preview, translate)])
        except ExportError as exc:
            self.status.setText(error_text(exc))
            return
        self.saved_rejected = path
        self.status.setText(saved_text(path))

    def _status_link(self, link: str) -> None:
        if self.saved_rejected is not None:
            follow_link(link, self.saved_rejected)

    def _show_counts(self) -> None:
        preview = self.plan.preview if self.wizard() else None
        if not self.products:
            self._show_candidate_counts(preview)
            return
        counts = preview.counts() if preview is not None else dict.fromkeys(KINDS, 0)
        self.save_rejected_button.setVisible(bool(counts["rejected"]))
        self.save_rejected_button.setText(
            self.tr("Save the {count} rejected rows to Excel…").format(
                count=f"{counts['rejected']:,}"
            )
        )
        self._name_tabs(counts)
        self._show_currencies_and_unmapped(preview)
        if preview is None:
            self.counts.clear()
            return
        text = self.tr(
            "{new} new SKUs, {changed} changed, {unchanged} unchanged, {rejected} rejected "
            "(from {file}, header in row {header}).").format(
                file=preview.sheet_label, header=preview.header_row, **grouped(counts))  # fmt: skip
        warned = preview.warned_rows()
        if warned:
            text += "\n" + self.tr("Rows with a warning: {count} (marked ⚠; point at a "
                                    "row to read it). They are imported all the same.").format(count=f"{warned:,}")  # fmt: skip
        if preview.parent_rows:
            text += "\n" + self.tr("WooCommerce: {count} variable or grouped products become "
                                    "products, their variations the SKUs; a sale price in effect "
                                    "is the selling price.").format(count=preview.parent_rows)  # fmt: skip
        if preview.instruction_rows:
            text += "\n" + self.tr("Rows of template instructions skipped: {count}.").format(
                count=preview.instruction_rows)  # fmt: skip
        if preview.codes_from_products:
            text += "\n" + self.tr("Products without variants and without a SKU: {count}; each "
                                    "got its product's code as SKU code.").format(
                count=preview.codes_from_products)  # fmt: skip
        self.counts.setText(text)

    def _name_tabs(self, counts: dict[str, int]) -> None:
        names = {"new": self.tr("New ({count})"), "changed": self.tr("Changed ({count})"),
                 "unchanged": self.tr("Unchanged ({count})"),
                 "rejected": self.tr("Rejected ({count})")}  # fmt: skip
        for index, kind in enumerate(KINDS):
            self.tabs.setTabText(index, names[kind].format(count=f"{counts[kind]:,}"))

    def _show_candidate_counts(self, preview) -> None:
        """Candidates: the counts, the columns used and how many rows carry a warning."""
        for label in (self.currencies, self.unmapped_warning, self.unmapped_columns):
            label.hide()
        self.save_rejected_button.hide()
        counts = {kind: preview.count(kind) if preview else 0 for kind in KINDS}
        self._name_tabs(counts)
        if preview is None:
            self.counts.clear()
            return
        text = self.tr("{new} new candidates, {changed} changed, {unchanged} unchanged, "
                       "{rejected} rejected (from {file}).").format(
            file=preview.file_name, **grouped(counts))  # fmt: skip
        warned = sum(1 for row in preview.rows if row.warnings and row.action != "rejected")
        if warned:
            text += "\n" + self.tr("Rows with a warning: {count}; the values named in the "
                                    "warning stay empty.").format(count=f"{warned:,}")  # fmt: skip
        self.counts.setText(text)

    def _show_currencies_and_unmapped(self, preview) -> None:
        for label in (self.currencies, self.unmapped_warning, self.unmapped_columns):
            label.setVisible(preview is not None)
        if preview is None:
            return
        summary = preview.currencies
        none = self.tr("none")
        text = self.tr("Currencies written: prices {prices}; costs {costs}.").format(
            prices=describe(summary.price) or none, costs=describe(summary.cost) or none)  # fmt: skip
        source = source_message(summary)
        if source is not None:
            text += " " + self.tr("Rows without their own currency: {source}.").format(
                source=source.render(translate))  # fmt: skip
        self.currencies.setText(text)
        columns = preview.unmapped_columns
        shown = ", ".join(columns[:MAX_COLUMNS_SHOWN])
        if len(columns) > MAX_COLUMNS_SHOWN:
            shown += " " + self.tr("and {count} more").format(
                count=len(columns) - MAX_COLUMNS_SHOWN
            )
        if preview.unmapped_fields and columns:
            fields = ", ".join(translate("Import", field_by_key(key).label)
                               for key in preview.unmapped_fields)  # fmt: skip
            self.unmapped_warning.setText(self.tr(
                "Not mapped: {fields}, while the file has columns that are not imported. Go "
                "Back to map one if it holds them.").format(fields=fields))  # fmt: skip
        else:
            self.unmapped_warning.setVisible(False)
        if columns:
            self.unmapped_columns.setText(
                self.tr("Columns with values that are not imported: {columns}.").format(
                    columns=shown
                )
            )
        else:
            self.unmapped_columns.setVisible(False)

    def isComplete(self) -> bool:  # noqa: N802 - Qt override
        return not self.busy and self.wizard() is not None and self.plan.preview is not None

    def validatePage(self) -> bool:  # noqa: N802 - Qt override
        """Finish: run the import as a job; the wizard closes when it succeeded."""
        if self.imported:
            return True
        if self.busy or self.plan.preview is None:
            return False
        self.busy = True
        self.completeChanged.emit()
        self.status.setText(self.tr("Importing…"))
        title = self.tr("Importing products") if self.products else self.tr("Importing candidates")
        run_job(self, title, finish_import, self.wizard().workspace,
                self.plan, translate, on_success=self._imported, on_failure=self._failed,
                on_cancel=self._cancelled)  # fmt: skip
        return False

    def _imported(self, batch) -> None:
        self.busy = False
        self.imported = True
        self.wizard().batch = batch
        self.wizard().accept()
