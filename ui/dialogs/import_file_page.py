"""Import wizard, page 1: choose the file; it is read on a worker thread."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWizardPage,
)

from core.facts.fields import KIND_LABELS
from core.facts.profiles import PROFILE_CONTEXT
from core.facts.reading import CLEAR_FIT
from core.importing.kinds import NoDataRows, NotAProductList
from core.importing.readers import ImportFileError, SheetGrid, read_grid, table_from_grid
from core.importing.rejects import template_sheet
from core.importing.sources import recognise_source
from core.xlsx_export import ExportError, write_workbook
from ui.errors import error_text, show_exception
from ui.i18n import translate
from ui.job_runner import run_job
from ui.widgets.exported import follow_link, saved_text


def dropped_file(mime) -> str:
    """The local file a drag carries (the first one), or ""."""
    for url in mime.urls() if mime.hasUrls() else []:
        if url.isLocalFile():
            return url.toLocalFile()
    return ""


def show_problem(label: QLabel, text: str) -> None:
    """Warning labels take room only when they say something."""
    label.setText(text)
    label.setVisible(bool(text))


class ImportFilePage(QWizardPage):
    def __init__(self, path: str | None = None) -> None:
        super().__init__()
        self.loading = False
        self.template_path: Path | None = None
        self.path_edit = QLineEdit(path or "")
        self.path_edit.editingFinished.connect(lambda: self.load(self.path_edit.text()))
        self.browse_button = QPushButton()
        self.browse_button.clicked.connect(self.browse)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.status = QLabel()
        self.status.linkActivated.connect(self._status_link)
        self.status.setObjectName("hint")
        self.status.setWordWrap(True)
        self.problem = QLabel()
        self.problem.setObjectName("warning")
        self.problem.hide()
        self.problem.setWordWrap(True)
        self.notes = QLabel()
        self.notes.setObjectName("warning")
        self.notes.hide()
        self.notes.setWordWrap(True)
        self.template_button = QPushButton()
        self.template_button.clicked.connect(self.save_template)
        # "What is this file?": detected for the seller, changeable; facts take their own route
        self.what_label = QLabel(objectName="sectionTitle", wordWrap=True)
        self.import_as_label = QLabel()
        self.import_as = QComboBox()
        self.import_as.currentIndexChanged.connect(self._kind_changed)
        self.detected: str = ""  # the fact kind the headers say, "" for a product list
        self.setAcceptDrops(True)  # a file dropped on the page is read like a chosen one
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(self.browse_button)
        row.addWidget(self.template_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(row)
        what = QHBoxLayout()
        what.addWidget(self.import_as_label)
        what.addWidget(self.import_as)
        what.addStretch(1)
        layout.addWidget(self.what_label)
        layout.addLayout(what)
        layout.addWidget(self.status)
        layout.addWidget(self.problem)
        layout.addWidget(self.notes)
        layout.addStretch(1)
        self.retranslate()

    @property
    def plan(self):
        return self.wizard().plan

    def retranslate(self) -> None:
        self.setTitle(self.tr("Choose the file"))
        self.setSubTitle(self.tr("An Excel workbook or a CSV/TSV/TXT export from Shopify, "
                                 "WooCommerce, Etsy, Amazon, TikTok Shop, 店小秘 or your ERP."))  # fmt: skip
        self.intro.setText(self.tr("Nothing is written to your workspace until you press "
                                   "Import on the last page."))  # fmt: skip
        self.browse_button.setText(self.tr("Choose file…"))
        self.template_button.setText(self.tr("Blank template…"))
        self.template_button.setToolTip(
            self.tr("An empty Excel sheet with the columns this import understands")
        )
        self.path_edit.setPlaceholderText(self.tr("Path of the file to import"))
        self.import_as_label.setText(self.tr("Import as:"))
        current = self.import_as.currentData() or ""
        self.import_as.blockSignals(True)
        self.import_as.clear()
        self.import_as.addItem(self.tr("products (the catalog)"), "")
        for kind in KIND_LABELS:
            self.import_as.addItem(translate("FactFiles", KIND_LABELS[kind]), kind)
        self.import_as.setCurrentIndex(max(0, self.import_as.findData(current)))
        self.import_as.blockSignals(False)
        self._show_what()
        self._show_status()

    @property
    def fact_kind(self) -> str:
        """The kind of facts chosen under "Import as" ("" = products)."""
        if not self.plan.is_products:
            return ""
        return str(self.import_as.currentData() or "")

    def nextId(self) -> int:  # noqa: N802 - Qt override
        from ui.dialogs.import_wizard import Page

        return Page.FACTS if self.fact_kind else Page.SHEET

    def _kind_changed(self) -> None:
        self._show_what()
        if not self.fact_kind and self.plan.grid is not None and self.plan.table is None:
            self._loaded(self.plan.grid)  # back to products: say why the file is no product list
        elif self.fact_kind:
            show_problem(self.problem, "")
        self.completeChanged.emit()

    def _detect(self, grid: SheetGrid) -> None:
        """Tell what the file is from its headers and propose the matching import."""
        from core.facts.detect import detect_profile

        self.detected, self.detected_profile = "", ""
        try:
            headers = table_from_grid(grid).headers
        except ImportFileError:
            return
        match = detect_profile(headers)
        # This wizard opens on the catalog: only a clear report fit proposes facts (a loose fit
        # such as SKU + price + quantity is a product list more often than a report).
        if match is not None and match.score >= CLEAR_FIT:
            self.detected, self.detected_profile = match.kind, match.profile.label
        self.import_as.blockSignals(True)
        self.import_as.setCurrentIndex(max(0, self.import_as.findData(self.detected)))
        self.import_as.blockSignals(False)
        self._show_what()

    def _show_what(self) -> None:
        if self.wizard() is not None:
            # a blank sheet of the catalog's columns: it means nothing for orders, ads, stock…
            self.template_button.setVisible(self.plan.is_products and not self.fact_kind)
        shown = self.wizard() is not None and self.plan.is_products and self.plan.grid is not None
        for widget in (self.what_label, self.import_as_label, self.import_as):
            widget.setVisible(shown)
        if not shown:
            return
        if self.detected:
            text = self.tr("What is this file? {profile}: {kind}.").format(
                profile=translate(PROFILE_CONTEXT, self.detected_profile),
                kind=translate("FactFiles", KIND_LABELS[self.detected]),
            )
        else:
            text = self.tr("What is this file? A product list (or a table MatrixDesk does not "
                           "know: map its columns on the next pages).")  # fmt: skip
        self.what_label.setText(text)

    def initializePage(self) -> None:  # noqa: N802 - Qt override
        self._show_what()
        grid = self.plan.grid
        text = self.path_edit.text().strip()
        if text and (grid is None or grid.path != Path(text)) and not self.loading:
            self.load(text)

    def dragEnterEvent(self, event) -> None:  # noqa: N802 - Qt override
        if dropped_file(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:  # noqa: N802 - Qt override
        path = dropped_file(event.mimeData())
        if path:
            event.acceptProposedAction()
            self.path_edit.setText(path)
            self.load(path)

    def _status_link(self, link: str) -> None:
        if self.template_path is not None:
            follow_link(link, self.template_path)

    def save_template(self) -> None:
        """A blank product sheet whose column names the import recognises."""
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save a blank import template"),
            str(Path.home() / self.tr("product-import-template.xlsx")),
            self.tr("Excel workbook (*.xlsx)"),
        )
        if not name:
            return
        path = Path(name if name.lower().endswith(".xlsx") else name + ".xlsx")
        try:
            write_workbook(path, [template_sheet(translate)])
        except ExportError as exc:
            show_problem(self.problem, error_text(exc))
            return
        self.template_path = path
        self.status.setText(saved_text(path))

    def browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.wizard().windowTitle(), str(Path(self.path_edit.text()).parent),
            self.tr("Tables (*.xlsx *.xlsm *.xls *.xlsb *.ods *.htm *.html *.csv *.tsv *.txt);;"
                    "All files (*)"),
        )  # fmt: skip
        if path:
            self.path_edit.setText(path)
            self.load(path)

    def load(self, path: str) -> None:
        path = path.strip()
        # editingFinished also fires while the wizard is being destroyed: nothing to load then
        if not path or self.loading or not hasattr(self.wizard(), "plan"):
            return
        grid = self.plan.grid
        if grid is not None and grid.path == Path(path):
            return
        self.loading = True
        show_problem(self.problem, "")
        show_problem(self.notes, "")
        self.status.setText(self.tr("Reading “{file}”…").format(file=Path(path).name))
        self.completeChanged.emit()
        run_job(self, self.tr("Reading the file"), read_grid, path, None,
                on_success=self._loaded, on_failure=self._failed, on_cancel=self._cancelled)  # fmt: skip

    def _loaded(self, grid: SheetGrid) -> None:
        self.loading = False
        if self.plan.is_products and self.plan.grid is not grid:
            self.plan.grid = grid
            self._detect(grid)
        try:
            self.plan.use_grid(grid)
        except ImportFileError as exc:
            if self.fact_kind:  # read as facts on the next page
                self.plan.table = None
                self.plan.grid = grid
                self._show_what()
                self._show_status_of(grid)
                self.completeChanged.emit()
                return
            self._failed(exc)
            if isinstance(exc, (NotAProductList, NoDataRows)) and len(grid.sheet_names) > 1:
                self.plan.grid = grid  # another sheet may hold the products: let them choose
                self.completeChanged.emit()
            return
        self._show_status()
        self.completeChanged.emit()

    def _failed(self, exc: BaseException) -> None:
        self.loading = False
        self.plan.grid = self.plan.table = None
        self.status.clear()
        if isinstance(exc, ImportFileError):
            show_problem(self.problem, error_text(exc))
        else:
            show_exception(type(exc), exc, exc.__traceback__, self)
        self.completeChanged.emit()

    def _cancelled(self) -> None:
        self.loading = False
        self.status.setText(self.tr("Reading was cancelled."))
        self.completeChanged.emit()

    def _show_status(self) -> None:
        from ui.dialogs.import_sheet_page import encoding_name, notes_text

        plan = self.plan if self.wizard() else None
        if plan is None or plan.grid is None or plan.table is None:
            return
        grid, table = plan.grid, plan.table
        if grid.kind == "html":
            text = self.tr("Web page table saved as a spreadsheet (HTML) · encoding {encoding} · "
                           "{rows} rows in “{sheet}”").format(
                encoding=encoding_name(grid.encoding), rows=f"{len(table.rows):,}", sheet=grid.sheet
            )  # fmt: skip
        elif grid.kind == "xml":
            text = self.tr("Excel 2003 XML workbook · encoding {encoding} · {sheets} sheet(s) · "
                           "{rows} rows in “{sheet}”").format(
                encoding=encoding_name(grid.encoding), sheets=len(grid.sheet_names),
                rows=f"{len(table.rows):,}", sheet=grid.sheet,
            )  # fmt: skip
        elif grid.sheet:
            text = self.tr("Excel workbook · {sheets} sheet(s) · {rows} rows in “{sheet}”").format(
                sheets=len(grid.sheet_names), rows=f"{len(table.rows):,}", sheet=grid.sheet
            )
        else:
            delimiters = {",": self.tr("comma"), ";": self.tr("semicolon"),
                          "\t": self.tr("tab"), "|": self.tr("vertical bar")}  # fmt: skip
            text = self.tr("Text table · encoding {encoding} · separated by {delimiter} · "
                           "{rows} rows").format(
                encoding=encoding_name(grid.encoding),
                delimiter=delimiters.get(grid.delimiter, grid.delimiter),
                rows=f"{len(table.rows):,}",
            )  # fmt: skip
        source = recognise_source(table.headers)
        if source is not None:  # "Recognised: Shopify products export"
            text = (
                self.tr("Recognised: {source}").format(source=translate("ImportSources", source))
                + "\n"
                + text
            )
        self.status.setText(text)
        show_problem(self.notes, notes_text(grid))

    def _show_status_of(self, grid: SheetGrid) -> None:
        self.status.setText(
            self.tr("{sheets} sheet(s) · “{sheet}”").format(
                sheets=len(grid.sheet_names) or 1, sheet=grid.sheet or grid.path.name
            )
        )

    def isComplete(self) -> bool:  # noqa: N802 - Qt override
        grid = self.plan.grid
        if self.fact_kind:
            return not self.loading and grid is not None
        other_sheet = grid is not None and len(grid.sheet_names) > 1
        return not self.loading and (self.plan.table is not None or other_sheet)
