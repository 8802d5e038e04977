"""Import wizard, page 2: which sheet, and which row holds the column names."""

from __future__ import annotations

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
from ui.dialogs.import_file_page import show_problem
from ui.errors import error_text, show_exception
from ui.job_runner import run_job
from ui.models.sheet_grid_model import SheetGridModel


class ImportSheetPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.loading = False
        self.sheet_combo = QComboBox()
        self.sheet_combo.currentTextChanged.connect(self._sheet_chosen)
        self.sheet_label = QLabel()
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
        self.model = SheetGridModel(self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.view.horizontalHeader().setDefaultSectionSize(130)
        self.view.verticalHeader().setDefaultSectionSize(24)
        self.view.clicked.connect(lambda index: self.header_spin.setValue(index.row() + 1))
        form = QFormLayout()
        self.sheet_combo.setMinimumContentsLength(24)
        sheet_row = QHBoxLayout()
        sheet_row.addWidget(self.sheet_combo)
        sheet_row.addStretch(1)
        form.addRow(self.sheet_label, sheet_row)
        spin_row = QHBoxLayout()
        spin_row.addWidget(self.header_spin)
        spin_row.addWidget(self.detected)
        spin_row.addStretch(1)
        form.addRow(self.header_label, spin_row)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.summary)
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
                                     "{header}.").format(rows=len(table.rows),
                                                         columns=len(table.headers),
                                                         header=table.header_row))  # fmt: skip

    def _sheet_chosen(self, sheet: str) -> None:
        grid = self.plan.grid
        if not sheet or grid is None or sheet == grid.sheet or self.loading:
            return
        self.loading = True
        show_problem(self.problem, "")
        self.completeChanged.emit()
        run_job(self, self.tr("Reading the sheet"), read_grid, grid.path, sheet,
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
