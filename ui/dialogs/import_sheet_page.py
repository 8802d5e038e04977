"""Import wizard, page 2: which sheet, and which row holds the column names."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWizardPage,
)

from core.importing.readers import ImportFileError, SheetGrid, read_grid
from core.importing.text_files import ENCODINGS
from ui.dialogs.import_file_page import show_problem
from ui.errors import error_text, show_exception
from ui.fonts import fit_rows
from ui.job_runner import run_job
from ui.models.sheet_grid_model import SheetGridModel


def notes_text(grid: SheetGrid | None) -> str:
    from ui.i18n import translate

    return "\n".join(note.render(translate) for note in grid.notes) if grid else ""


def encoding_name(codec: str) -> str:
    """How the wizard names a codec ("gb18030" → "Chinese Simplified (GBK / GB18030)")."""
    if codec in ENCODINGS:
        return QCoreApplication.translate("Import", ENCODINGS[codec])
    return codec.upper()


class ImportSheetPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.loading = False
        self.sheet_combo = QComboBox()
        self.sheet_combo.currentTextChanged.connect(self._sheet_chosen)
        self.sheet_label = QLabel()
        # Text and HTML files: the encoding that was detected, and the seller's override.
        self.encoding_combo = QComboBox()  # the app-wide wheel guard keeps the wheel off it
        self.encoding_combo.setMinimumContentsLength(28)
        self.encoding_combo.activated.connect(self._encoding_chosen)
        self.encoding_label = QLabel()
        self.encoding_hint = QLabel()
        self.encoding_hint.setObjectName("hint")
        self.header_spin = QSpinBox()
        self.header_spin.setMinimum(1)
        self.header_spin.valueChanged.connect(self._header_row_chosen)
        self.header_label = QLabel()
        self.detected = QLabel()
        self.detected.setObjectName("hint")
        self.summary = QLabel()
        self.summary.setObjectName("hint")
        self.problem = QLabel()
        self.problem.setObjectName("warning")
        self.problem.hide()
        self.problem.setWordWrap(True)
        self.notes = QLabel()  # what the reader left out or doubts (a row cut off)
        self.notes.setObjectName("warning")
        self.notes.hide()
        self.notes.setWordWrap(True)
        self.model = SheetGridModel(self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.view.horizontalHeader().setDefaultSectionSize(130)
        fit_rows(self.view, 1.3)
        self.view.clicked.connect(lambda index: self.header_spin.setValue(index.row() + 1))
        form = QFormLayout()
        self.sheet_combo.setMinimumContentsLength(24)
        sheet_row = QHBoxLayout()
        sheet_row.addWidget(self.sheet_combo)
        sheet_row.addStretch(1)
        form.addRow(self.sheet_label, sheet_row)
        encoding_row = QHBoxLayout()
        encoding_row.addWidget(self.encoding_combo)
        encoding_row.addWidget(self.encoding_hint)
        encoding_row.addStretch(1)
        form.addRow(self.encoding_label, encoding_row)
        spin_row = QHBoxLayout()
        spin_row.addWidget(self.header_spin)
        spin_row.addWidget(self.detected)
        spin_row.addStretch(1)
        form.addRow(self.header_label, spin_row)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.notes)
        layout.addWidget(self.problem)
        self.retranslate()

    @property
    def plan(self):
        return self.wizard().plan

    def retranslate(self) -> None:
        self.setTitle(self.tr("Sheet and header row"))
        self.setSubTitle(self.tr("Check that the highlighted row holds the column names. Title "
                                 "rows and notes above it are skipped. Click a row to use it."))  # fmt: skip
        self.sheet_label.setText(self.tr("Sheet:"))
        self.encoding_label.setText(self.tr("Encoding:"))
        self.encoding_hint.setText(self.tr("If letters look wrong (Cafť, 鍟嗗搧), choose "
                                           "another encoding: the file is read again."))  # fmt: skip
        self._show_encodings()
        self.header_label.setText(self.tr("Column names in row:"))
        self._show_summary()

    def initializePage(self) -> None:  # noqa: N802 - Qt override
        show_problem(self.problem, "")
        self._show_grid()
        if self.plan.grid is not None and self.plan.table is None:
            self._header_row_chosen(self.header_spin.value())  # says why this sheet is refused

    def _show_grid(self) -> None:
        grid, table = self.plan.grid, self.plan.table
        if grid is None:
            return
        self.sheet_combo.blockSignals(True)
        self.sheet_combo.clear()
        self.sheet_combo.addItems(grid.sheet_names)
        self.sheet_combo.setCurrentText(grid.sheet)
        self.sheet_combo.blockSignals(False)
        several = len(grid.sheet_names) > 1
        self.sheet_combo.setVisible(bool(grid.sheet))
        self.sheet_label.setVisible(bool(grid.sheet))
        self.sheet_combo.setEnabled(several)
        self._show_encodings()
        show_problem(self.notes, notes_text(grid))
        self.header_spin.blockSignals(True)
        self.header_spin.setMaximum(max(len(grid.cells), 1))
        header_row = table.header_row if table else max(self.plan.detected_header_row, 1)
        self.header_spin.setValue(header_row)
        self.header_spin.blockSignals(False)
        self.model.set_grid(grid, header_row)
        self.view.resizeColumnsToContents()
        for column in range(self.model.columnCount()):
            self.view.setColumnWidth(column, min(self.view.columnWidth(column), 220))
        self._show_summary()

    def _show_encodings(self) -> None:
        grid = self.plan.grid if self.wizard() else None
        shown = grid is not None and grid.kind in ("text", "html", "xml") and bool(grid.encoding)
        for widget in (self.encoding_combo, self.encoding_label, self.encoding_hint):
            widget.setVisible(shown)
        if not shown:
            return
        assert grid is not None
        self.encoding_combo.clear()
        codecs = list(ENCODINGS)
        if grid.encoding not in codecs:
            codecs.insert(0, grid.encoding)
        for codec in codecs:
            self.encoding_combo.addItem(encoding_name(codec), codec)
        self.encoding_combo.setCurrentIndex(codecs.index(grid.encoding))

    def _encoding_chosen(self, index: int) -> None:
        grid = self.plan.grid
        codec = self.encoding_combo.itemData(index)
        if grid is None or not codec or codec == grid.encoding or self.loading:
            return
        self.loading = True
        show_problem(self.problem, "")
        self.completeChanged.emit()
        sheet = grid.sheet or None
        run_job(self, self.tr("Reading the file again"), partial(read_grid, encoding=codec),
                grid.path, sheet, on_success=self._loaded, on_failure=self._failed,
                on_cancel=self._cancelled)  # fmt: skip

    def _show_summary(self) -> None:
        plan = self.plan if self.wizard() else None
        table = plan.table if plan else None
        if table is None:
            self.summary.clear()
            self.detected.clear()
            return
        self.detected.setText(self.tr("Found automatically: row {row}.").format(
            row=plan.detected_header_row))  # fmt: skip
        self.summary.setText(self.tr("{rows} data rows and {columns} columns below row "
                                     "{header}.").format(rows=f"{len(table.rows):,}",
                                                         columns=len(table.headers),
                                                         header=table.header_row))  # fmt: skip

    def _sheet_chosen(self, sheet: str) -> None:
        grid = self.plan.grid
        if not sheet or grid is None or sheet == grid.sheet or self.loading:
            return
        self.loading = True
        show_problem(self.problem, "")
        self.completeChanged.emit()
        # An HTML file's tables share the encoding the seller may have chosen.
        reader = partial(
            read_grid, encoding=grid.encoding if grid.kind in ("html", "xml") else None
        )
        run_job(self, self.tr("Reading the sheet"), reader, grid.path, sheet,
                on_success=self._loaded, on_failure=self._failed, on_cancel=self._cancelled)  # fmt: skip

    def _loaded(self, grid: SheetGrid) -> None:
        self.loading = False
        try:
            self.plan.use_grid(grid)
        except ImportFileError as exc:
            self.plan.grid, self.plan.table = grid, None
            self._show_grid()
            self._failed(exc)
            return
        self._show_grid()
        self.completeChanged.emit()

    def _failed(self, exc: BaseException) -> None:
        self.loading = False
        self._show_encodings()  # back to the encoding of the grid still shown
        if isinstance(exc, ImportFileError):
            show_problem(self.problem, error_text(exc))
        else:
            show_exception(type(exc), exc, exc.__traceback__, self)
        self._show_summary()
        self.completeChanged.emit()

    def _cancelled(self) -> None:
        self.loading = False
        self._show_grid()  # back to the sheet that was read before
        self.completeChanged.emit()

    def _header_row_chosen(self, row: int) -> None:
        if self.plan.grid is None:
            return
        show_problem(self.problem, "")
        try:
            self.plan.use_header_row(row)
        except ImportFileError as exc:
            self.plan.table = None
            show_problem(self.problem, error_text(exc))
        self.model.set_header_row(row)
        self._show_summary()
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802 - Qt override
        return not self.loading and self.plan.table is not None
