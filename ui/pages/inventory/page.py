"""Step 2: Inventory review (梳理现有产品线).

Guided path: the checklist strip (import the catalog; SKUs still missing cost, price, category
or an exchange rate). Expert view: the catalog tree (SPU → SKU) edited in place with undo/redo,
the charts and the flags. The review is recomputed off the UI thread after every change.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QTimer
from PySide6.QtGui import QFont, QFontMetrics, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QSizePolicy,
    QSplitter,
    QTabWidget,
    QToolBar,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from core import catalog, currency
from core.inventory.charts import stock_aging
from core.inventory.export import export_catalog
from core.inventory.platforms import platform_performance
from core.inventory.review import review_catalog
from core.jobs import Progress
from core.sales import read_sales
from core.workspace import Workspace
from ui.delegates import ChoiceDelegate
from ui.dialogs.column_chooser import ColumnChooser
from ui.errors import error_text
from ui.i18n import translate
from ui.job_runner import run_job
from ui.models.catalog_filter import CatalogFilter
from ui.models.catalog_model import COLUMN_KEYS, CatalogModel
from ui.pages.base import StepPage
from ui.pages.inventory.checklist import InventoryChecklist
from ui.pages.inventory.detail import SkuDetailPanel
from ui.pages.inventory.flags import FlagsPanel
from ui.pages.inventory.platforms import PlatformsPanel

# Columns most sellers do not need every day: hidden until chosen in "Columns…".
DEFAULT_HIDDEN = tuple(
    COLUMN_KEYS.index(k) for k in ("cost_currency", "price_currency", "weight", "barcode")
)
EXPAND_LIMIT = 600  # expand every product when at most this many SKUs are shown


def load_catalog(workspace: Workspace, as_of: date | None, progress: Progress) -> dict:
    """Everything the page shows, computed on a worker thread (a plain job)."""
    with workspace.session() as session:
        sales = read_sales(session, as_of or date.today())  # read once, used twice
        review = review_catalog(session, as_of=as_of, progress=progress, sales=sales)
        return {
            "review": review,
            "products": catalog.product_rows(session),
            "skus": catalog.catalog_rows(session),
            "rates": currency.rates(session),
            "categories": catalog.category_names(session),
            "aging": stock_aging(session, as_of),
            "platforms": platform_performance(session, review, as_of, sales=sales),
        }


class InventoryPage(StepPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.as_of: date | None = None  # None: today (tests pin the demo's month)
        self.data: dict | None = None
        self._job = None
        self._reload_again = False
        self.undo_stack = QUndoStack(self)
        self.model = CatalogModel(None, self)
        self.model.undo_stack = self.undo_stack
        self.model.sig_error.connect(self._show_edit_error)
        self.model.sig_edited.connect(self._edited)
        self.proxy = CatalogFilter(self)
        self.proxy.setSourceModel(self.model)
        self._reload_timer = QTimer(self, singleShot=True, interval=400)
        self._reload_timer.timeout.connect(self.reload)

        self.title = QLabel(objectName="pageTitle")
        self.explanation = QLabel(objectName="hint", wordWrap=True)
        self.checklist = InventoryChecklist()
        self.checklist.sig_import.connect(self.import_catalog)
        self.checklist.sig_show_skus.connect(self.show_skus)
        self._build_toolbar()
        self.filter_chip = QLabel(objectName="warning")
        self.filter_chip.linkActivated.connect(lambda _link: self.show_skus("", None))
        self.filter_chip.hide()

        self.tree = QTreeView()
        self.tree.setModel(self.proxy)
        self.tree.setSortingEnabled(True)
        self.tree.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)  # fast with 10,000 rows
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.tree.setItemDelegate(ChoiceDelegate(self.tree))
        self.tree.header().setStretchLastSection(False)
        self.tree.header().setDefaultSectionSize(90)
        self.columns = ColumnChooser(self.tree.header(), "inventory/hidden_columns", DEFAULT_HIDDEN)
        self.columns.restore()
        self.tree.selectionModel().currentRowChanged.connect(self._current_changed)
        self.detail = SkuDetailPanel()
        splitter = QSplitter()
        splitter.addWidget(self.tree)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 1)
        splitter.setSizes([1040, 310])
        self.tabs = QTabWidget()
        self.tabs.addTab(splitter, "")
        self.charts = None
        self.tabs.addTab(QWidget(), "")  # charts: built when first shown (pyqtgraph is slow)
        self.platforms_panel = PlatformsPanel()
        self.platforms_panel.sig_exported.connect(self._exported)
        self.tabs.addTab(self.platforms_panel, "")
        self.tabs.addTab(self._build_flags(), "")
        self.tabs.currentChanged.connect(self._tab_changed)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 12)
        layout.setSpacing(8)
        layout.addWidget(self.title)
        layout.addWidget(self.explanation)
        layout.addWidget(self.checklist)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.filter_chip)
        layout.addWidget(self.tabs, 1)
        layout.addStretch(0)  # keeps the guided strip at the top while the tabs are hidden
        self.retranslate()
        self._update_state()

    # --- building -----------------------------------------------------------------------
    def _build_toolbar(self) -> None:
        self.toolbar = QToolBar()
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.act_import = self.toolbar.addAction("", self.import_catalog)
        self.act_history = self.toolbar.addAction("", self.import_history)
        self.act_rates = self.toolbar.addAction("", self.edit_rates)
        self.act_columns = self.toolbar.addAction("", self.choose_columns)
        self.toolbar.addSeparator()
        self.act_undo = self.undo_stack.createUndoAction(self)
        self.act_redo = self.undo_stack.createRedoAction(self)
        self.act_undo.setShortcuts([QKeySequence.StandardKey.Undo])
        self.act_redo.setShortcuts([QKeySequence("Ctrl+Y"), QKeySequence("Ctrl+Shift+Z")])
        # Our own texts (connected after Qt's), so a language switch renames them too.
        self.undo_stack.undoTextChanged.connect(self._name_undo_actions)
        self.undo_stack.redoTextChanged.connect(self._name_undo_actions)
        for action in (self.act_undo, self.act_redo):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)  # the shortcuts work anywhere on the page
            self.toolbar.addAction(action)
        self.toolbar.addSeparator()
        self.act_export = self.toolbar.addAction("", self.export_excel)
        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.toolbar.addWidget(spacer)
        self.filter_edit = QLineEdit()
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setMinimumWidth(280)
        self.filter_edit.textChanged.connect(self._filter_changed)
        self.toolbar.addWidget(self.filter_edit)
        self.busy = QLabel(objectName="hint")
        self.toolbar.addWidget(self.busy)

    def _build_flags(self) -> QWidget:
        self.flags_panel = FlagsPanel()
        self.flags_panel.sig_sku_selected.connect(self.select_sku)
        self.flags_panel.sig_flag_selected.connect(
            lambda ids, label: self.show_skus(label, set(ids))
        )
        self.flags_panel.sig_thresholds_changed.connect(self._thresholds_changed)
        return self.flags_panel

    def _tab_changed(self, index: int) -> None:
        if index == 1 and self.charts is None:
            from ui.charts.inventory_charts import InventoryCharts

            self.charts = InventoryCharts()
            self.tabs.removeTab(1)
            self.tabs.insertTab(1, self.charts, self.tr("Charts"))
            self.tabs.setCurrentIndex(1)
            self._show_charts()

    def _show_charts(self) -> None:
        if self.charts is not None and self.data is not None:
            self.charts.set_review(self.data["review"], self.data["aging"])

    # --- texts --------------------------------------------------------------------------
    def _name_undo_actions(self, _text: str = "") -> None:
        undo, redo = self.undo_stack.undoText(), self.undo_stack.redoText()
        self.act_undo.setText(
            self.tr("Undo {action}").format(action=undo) if undo else self.tr("Undo")
        )
        self.act_redo.setText(
            self.tr("Redo {action}").format(action=redo) if redo else self.tr("Redo")
        )

    def retranslate(self) -> None:
        self.title.setText(self.tr("Step 2: Inventory review"))
        self.explanation.setText(
            self.tr(
                "Sort out the product line you already sell: category, gross margin, lifecycle stage "
                "and platform performance of every SKU, and the risks the flags point at. "
                "Double-click a cell to edit it; every change is saved at once (Ctrl+Z undoes)."
            )
        )
        self.act_import.setText(self.tr("Import catalog…"))
        self.act_history.setText(self.tr("Import history…"))
        self.act_rates.setText(self.tr("Exchange rates…"))
        self.act_columns.setText(self.tr("Columns…"))
        self._name_undo_actions()
        self.act_export.setText(self.tr("Export to Excel…"))
        self.undo_stack.setUndoLimit(200)
        self.filter_edit.setPlaceholderText(self.tr("Filter: SKU, SPU, name or category…"))
        self.tabs.setTabText(0, self.tr("Catalog"))
        self.tabs.setTabText(1, self.tr("Charts"))
        self.tabs.setTabText(2, self.tr("Platforms"))
        self.tabs.setTabText(3, self.tr("Flags"))
        self.model.retranslate()
        self.detail.retranslate()
        self.checklist.retranslate()
        self._update_chip()

    # --- workspace and loading ----------------------------------------------------------
    def set_workspace(self, workspace: Workspace | None) -> None:
        self.undo_stack.clear()  # edits belong to the workspace they were made in
        self.model.workspace = workspace
        self.flags_panel.set_workspace(workspace)
        self.proxy.set_sku_ids(None)
        self._update_chip()
        super().set_workspace(workspace)

    def refresh(self) -> None:
        self.reload()

    def reload(self) -> None:
        """Recompute the review on a worker thread; the table keeps working meanwhile."""
        if self.workspace is None:
            self.model.set_catalog(None, {}, {}, {}, [])
            self._update_state()
            return
        if self._job is not None:
            self._reload_again = True
            return
        self.busy.setText(self.tr("Updating…"))
        workspace = self.workspace
        self._job = run_job(
            self,
            self.tr("Reviewing the catalog…"),
            load_catalog,
            workspace,
            self.as_of,
            show_dialog=False,
            on_success=lambda data: self._loaded(workspace, data),
            on_failure=self._load_failed,
            on_cancel=self._load_done,
        )

    def _load_done(self) -> None:
        self._job = None
        self.busy.setText("")
        if self._reload_again:
            self._reload_again = False
            self.reload()

    def _load_failed(self, exc: BaseException) -> None:
        self._load_done()
        QMessageBox.warning(self, self.tr("Cannot review the catalog"), error_text(exc))

    def _loaded(self, workspace: Workspace, data: dict) -> None:
        if workspace is self.workspace and not self._reload_again:
            self.data = data
            first = self.model.sku_count() == 0
            self.model.set_catalog(
                data["review"], data["products"], data["skus"], data["rates"], data["categories"]
            )
            self.flags_panel.set_review(data["review"])
            self.platforms_panel.set_performance(data["platforms"], workspace.name)
            self._show_charts()
            self._update_state()
            if first:
                self._expand()
                self._fit_columns()
            self._current_changed(self.tree.currentIndex())
        self._load_done()

    def _fit_columns(self) -> None:
        """Widths from the header and the first rows: resizeColumnToContents would measure
        every row, too slow for 10,000 SKUs."""
        metrics = self.tree.fontMetrics()
        bold = QFont(self.tree.font())
        bold.setBold(True)
        header_metrics = QFontMetrics(bold)
        sample = []
        for p_row in range(min(self.model.rowCount(), 40)):
            parent = self.model.index(p_row, 0)
            sample.append((parent, True))
            sample += [
                (self.model.index(s, 0, parent), False) for s in range(self.model.rowCount(parent))
            ]
        for column in range(self.model.columnCount()):
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal))
            width = header_metrics.horizontalAdvance(title) + 18
            for index, is_product in sample:
                text = str(index.siblingAtColumn(column).data() or "")
                extra = 60 if column == 0 and not is_product else 24
                width = max(
                    width,
                    (header_metrics if is_product else metrics).horizontalAdvance(text) + extra,
                )
            self.tree.setColumnWidth(column, min(width, 230))

    def _update_state(self) -> None:
        has_workspace = self.workspace is not None
        self.checklist.set_state(has_workspace, self.model)
        empty = self.model.sku_count() == 0
        for action in (self.act_import, self.act_history, self.act_rates):
            action.setEnabled(has_workspace)
        self.act_export.setEnabled(not empty)
        self.tabs.setVisible(not empty)
        self.filter_edit.setEnabled(not empty)

    def _expand(self) -> None:
        shown = sum(
            self.proxy.rowCount(self.proxy.index(r, 0)) for r in range(self.proxy.rowCount())
        )
        if shown <= EXPAND_LIMIT or self.filter_edit.text() or self.proxy.sku_ids is not None:
            self.tree.expandAll()
        else:
            self.tree.collapseAll()

    # --- editing ------------------------------------------------------------------------
    def _edited(self) -> None:
        self.sig_data_changed.emit()
        self._reload_timer.start()

    def _show_edit_error(self, text: str) -> None:
        QMessageBox.warning(self, self.tr("Cannot change this value"), text)

    def _thresholds_changed(self) -> None:
        self.sig_data_changed.emit()
        self.reload()

    # --- filtering and selection --------------------------------------------------------
    def _filter_changed(self, text: str) -> None:
        self.proxy.set_text(text)
        self._expand()

    def show_skus(self, description: str, sku_ids: set[int] | None) -> None:
        """Filter the catalog to these SKUs (None: all again), e.g. from "show them"."""
        self._chip_text = description
        self.proxy.set_sku_ids(sku_ids)
        self.tabs.setCurrentIndex(0)
        self._update_chip()
        self._expand()

    def _update_chip(self) -> None:
        if self.proxy.sku_ids is None:
            self.filter_chip.hide()
            return
        self.filter_chip.setText(
            self.tr('Showing {count} SKUs: {what} — <a href="clear">show all</a>').format(
                count=len(self.proxy.sku_ids), what=getattr(self, "_chip_text", "")
            )
        )
        self.filter_chip.show()

    def select_sku(self, sku_id: int) -> None:
        source = self.model.sku_index(sku_id)
        if not source.isValid():
            return
        self.tabs.setCurrentIndex(0)
        index = self.proxy.mapFromSource(source)
        if not index.isValid():  # filtered away: show everything again
            self.filter_edit.clear()
            self.show_skus("", None)
            index = self.proxy.mapFromSource(source)
        self.tree.expand(index.parent())
        self.tree.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.tree.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)

    def _current_changed(self, index: QModelIndex, _previous: QModelIndex | None = None) -> None:
        row = None
        if index.isValid():
            row = self.model.row_at(self.proxy.mapToSource(index))[1]
        self.detail.show_sku(
            row.review if row else None,
            row.raw["lifecycle_override"] if row else None,
            self.model.base,
        )

    # --- toolbar actions ----------------------------------------------------------------
    def import_catalog(self) -> None:
        if self.workspace is None:
            return
        from ui.dialogs.import_wizard import ImportWizard

        wizard = ImportWizard(self.workspace, self)
        if wizard.exec():
            self._after_import()

    def import_history(self) -> None:
        if self.workspace is None:
            return
        from ui.dialogs.import_history_dialog import ImportHistoryDialog

        ImportHistoryDialog(self.workspace, self).exec()
        self._after_import()

    def _after_import(self) -> None:
        self.undo_stack.clear()  # the rows under the old commands may have changed
        self.sig_data_changed.emit()
        self.reload()

    def edit_rates(self) -> None:
        if self.workspace is None:
            return
        from ui.dialogs.exchange_rates_dialog import ExchangeRatesDialog

        dialog = ExchangeRatesDialog(self.workspace, self)
        dialog.exec()
        if dialog.changed:
            self.sig_data_changed.emit()
            self.reload()

    def choose_columns(self) -> None:
        widget = self.toolbar.widgetForAction(self.act_columns)
        self.columns.menu(self).exec(widget.mapToGlobal(widget.rect().bottomLeft()))

    def export_excel(self) -> None:
        if self.workspace is None:
            return
        default = Path.home() / f"{self.workspace.name}-inventory-review.xlsx"
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export the reviewed catalog"),
            str(default),
            self.tr("Excel workbook (*.xlsx)"),
        )
        if not name:
            return
        path = Path(name if name.lower().endswith(".xlsx") else name + ".xlsx")
        run_job(
            self,
            self.tr("Exporting the catalog…"),
            export_catalog,
            self.workspace,
            path,
            translate,
            self.as_of,
            on_success=self._exported,
            on_failure=lambda exc: QMessageBox.warning(
                self, self.tr("Cannot export"), error_text(exc)
            ),
        )

    def _exported(self, path) -> None:
        self.busy.setText(self.tr("Saved {name}").format(name=Path(path).name))
