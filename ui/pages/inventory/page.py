"""Step 2: Inventory review (梳理现有产品线).

Guided path: the checklist strip (import the catalog; SKUs still missing cost, price, category
or an exchange rate). Expert view: the catalog tree (SPU → SKU) edited in place with undo/redo,
the charts and the flags. The review is recomputed off the UI thread after every change.
"""

from __future__ import annotations

from datetime import date
from functools import partial
from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from core import catalog, currency
from core.catalog_changes import skus_of_import
from core.inventory.charts import stock_aging
from core.inventory.export import export_catalog
from core.inventory.gc_pause import paused_gc
from core.inventory.platforms import platform_performance
from core.inventory.review import review_catalog
from core.jobs import Progress
from core.sales import months_before, read_sales, review_date
from core.workspace import Workspace
from ui.delegates import ChoiceDelegate
from ui.dialogs.column_chooser import ColumnChooser
from ui.dialogs.import_file_page import dropped_file
from ui.errors import error_text
from ui.i18n import translate
from ui.job_runner import run_job
from ui.models.catalog_filter import CatalogFilter
from ui.models.catalog_model import COLUMN_KEYS, PRODUCT_ID_ROLE, CatalogModel
from ui.models.catalog_rows import prepare_rows
from ui.pages.base import StepPage
from ui.pages.inventory.chart_filter import ChartsFollowFilter
from ui.pages.inventory.checklist import InventoryChecklist, missing_currencies, missing_skus
from ui.pages.inventory.detail import SkuDetailPanel
from ui.pages.inventory.editing import CatalogEditing
from ui.pages.inventory.flags import FlagsPanel
from ui.pages.inventory.platforms import PlatformsPanel
from ui.widgets.exported import ExportedNote
from ui.widgets.grid import GridTree
from ui.widgets.menus import add_stand_ins

# Columns most sellers do not need every day: hidden until chosen in "Columns…".
DEFAULT_HIDDEN = tuple(
    COLUMN_KEYS.index(k) for k in ("cost_currency", "price_currency", "weight", "barcode")
)
EXPAND_LIMIT = 600  # expand every product when at most this many SKUs are shown
FILTER_EXPAND_LIMIT = 5000  # … or this many match a filter
# The filter runs on prepared texts and the view gets the first few hundred matches, so it
# keeps up with typing; only above this many SKUs does it wait FILTER_DELAY_MS for more keys.
DEBOUNCE_SKUS = 300_000
FILTER_DELAY_MS = 150
# Column widths from the first rows: each sampled cell is a data() call on the UI thread.
FIT_SAMPLE_ROWS = 300


def load_catalog(
    workspace: Workspace,
    as_of: date | None,
    sort: tuple[int, bool, bool],
    shown: list | None,
    progress: Progress,
) -> dict:
    """Everything the page shows, computed on a worker thread (a plain job), down to the
    model's rows sorted by ``sort`` (``CatalogModel.sort_spec()``) and what changed since
    the rows ``shown`` (read only)."""
    with paused_gc(), workspace.session() as session:
        as_of = as_of or review_date(session)  # today, or the month after an old history
        sales = read_sales(session, as_of)  # read once, used twice
        review = review_catalog(session, as_of=as_of, progress=progress, sales=sales)
        data = {
            "review": review,
            "products": catalog.product_rows(session),
            "skus": catalog.catalog_rows(session),
            "rates": currency.rates(session),
            "categories": catalog.category_names(session),
            "aging": stock_aging(session, as_of),
            "platforms": platform_performance(session, review, as_of, sales=sales),
            "as_of": as_of,
        }
        del sales
        data["rows"] = prepare_rows(
            review, data["products"], data["skus"], review.base_currency, data["rates"], sort, shown
        )
        # What the panels would otherwise compute on the UI thread from 100,000 rows.
        data["gaps"] = missing_skus(data["rows"].rows, data["rates"])
        data["currencies"] = missing_currencies(data["rows"].rows, data["rates"])
        data["sku_codes"] = {s.sku_id: s.sku_code for s in review.skus}
    return data


class InventoryPage(StepPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.as_of: date | None = None  # None: today (tests pin the demo's month)
        self.data: dict | None = None
        self._job = None
        self._reload_again = False
        self._refit = True  # fit the column widths after the next load
        self._maybe_expanded = False  # False: every product is closed (nothing to collapse)
        self._open_all = False  # every product open, also those fetched later
        self.undo_stack = QUndoStack(self)
        self.model = CatalogModel(None, self)
        self.model.undo_stack = self.undo_stack
        self.model.sig_error.connect(self._show_edit_error)
        self.model.sig_conflict.connect(self._resolve_conflict)
        self.model.sig_edited.connect(self._edited)
        self.proxy = CatalogFilter(self)
        self.proxy.setSourceModel(self.model)
        self.model.rowsInserted.connect(self._rows_fetched)
        self.model.views_fetch = False  # the page fetches as the grid scrolls (_fetch_more)
        self._reload_timer = QTimer(self, singleShot=True, interval=400)
        self._reload_timer.timeout.connect(self.reload)
        # A large catalog filters once the typing pauses, not on every key.
        self._filter_timer = QTimer(self, singleShot=True, interval=FILTER_DELAY_MS)
        self._filter_timer.timeout.connect(self._apply_filter)

        self.title = QLabel(objectName="pageTitle")
        self.explanation = QLabel(objectName="hint", wordWrap=True)
        self.history_note = QLabel(objectName="hint", wordWrap=True, visible=False)
        self.checklist = InventoryChecklist()
        self.checklist.sig_import.connect(self.import_catalog)
        self.checklist.sig_show_skus.connect(self.show_skus)
        self.checklist.sig_rates.connect(self.edit_rates)
        self._build_toolbar()
        self.filter_chip = QLabel(objectName="warning")
        self.filter_chip.linkActivated.connect(lambda _link: self.show_skus("", None))
        self.filter_chip.hide()
        # After an import: how many SKUs it brought, with a link to exactly those rows.
        self.import_note = QLabel(objectName="ok")
        self.import_note.linkActivated.connect(self._import_note_link)
        self.import_note.hide()
        self._imported: tuple[int, int, set[int]] | None = None  # new, changed, SKU ids

        self.tree = GridTree(delegate_class=ChoiceDelegate)
        self.tree.setModel(self.proxy)
        self.tree.fit_sample = FIT_SAMPLE_ROWS
        self.tree.expanded.connect(self._product_expanded)
        scroll_bar = self.tree.verticalScrollBar()
        scroll_bar.valueChanged.connect(self._fetch_more)
        scroll_bar.rangeChanged.connect(self._fetch_more)
        # After a reset or a collapse the range may stay 0..0 (no signal): look once the view
        # has laid the rows out (its own delayed layout runs first).
        self._fetch_timer = QTimer(self, singleShot=True, interval=0)
        self._fetch_timer.timeout.connect(self._fetch_more)
        for signal in (self.model.modelReset, self.model.layoutChanged, self.tree.collapsed):
            signal.connect(self._fetch_timer.start)
        self.tree.setSortingEnabled(True)
        self.tree.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.tree.setAlternatingRowColors(True)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.tree.header().setStretchLastSection(False)
        self.tree.header().setDefaultSectionSize(90)
        self.columns = ColumnChooser(self.tree.header(), "inventory/hidden_columns", DEFAULT_HIDDEN)
        self.columns.restore()
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.tree.selectionModel().currentRowChanged.connect(self._current_changed)
        self.pending_select: int | None = None  # a SKU to select once the catalog reloaded
        self.editing = CatalogEditing(self)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.customContextMenuRequested.connect(self._context_menu)
        self.detail = SkuDetailPanel()
        splitter = QSplitter()
        splitter.addWidget(self.tree)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 1)
        splitter.setCollapsible(0, False)
        splitter.setSizes([1040, 310])
        self.splitter = splitter
        self.tabs = QTabWidget()
        self.tabs.addTab(splitter, "")
        self.charts = None
        self.tabs.addTab(QWidget(), "")  # charts: built when first shown (pyqtgraph is slow)
        self.platforms_panel = PlatformsPanel()
        self.platforms_panel.sig_exported.connect(self._exported)
        self.tabs.addTab(self.platforms_panel, "")
        self.tabs.addTab(self._build_flags(), "")
        self.tabs.currentChanged.connect(self._tab_changed)
        # The filter sits beside the tabs, never in the toolbar's overflow on a narrow window.
        corner = QWidget()
        corner_row = QHBoxLayout(corner)
        corner_row.setContentsMargins(0, 2, 0, 2)
        corner_row.addWidget(self.busy)
        corner_row.addWidget(self.filter_edit)
        self.tabs.setCornerWidget(corner, Qt.Corner.TopRightCorner)
        # QTabWidget places the corner one pixel up and one shorter than asked, which cut the
        # filter's top border: a minimum height it cannot go under.
        corner.setMinimumHeight(corner.sizeHint().height() + 1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 12)
        layout.setSpacing(8)
        layout.addWidget(self.title)
        layout.addWidget(self.explanation)
        layout.addWidget(self.history_note)
        layout.addWidget(self.checklist)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.filter_chip)
        layout.addWidget(self.import_note)
        # While the grid is filtered the charts show its SKUs, and say so.
        self.charts_note = QLabel(objectName="hint", wordWrap=True)
        self.charts_note.hide()
        layout.addWidget(self.charts_note)
        self.chart_filter = ChartsFollowFilter(self, self.charts_note)
        self.tabs.currentChanged.connect(self._update_charts_note)
        self.editing.act_show_archived.toggled.connect(self._update_charts_note)
        self.export_note = ExportedNote()
        layout.addWidget(self.export_note)
        layout.addWidget(self.tabs, 1)
        self.setAcceptDrops(True)
        layout.addStretch(0)  # keeps the guided strip at the top while the tabs are hidden
        self.retranslate()
        self._update_state()
        settings = QSettings()
        self.show_details(settings.value("inventory/details_shown", True, type=bool))
        self.show_guide(settings.value("inventory/guide_shown", True, type=bool))

    # --- building -----------------------------------------------------------------------
    def _build_toolbar(self) -> None:
        self.toolbar = QToolBar()
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.act_import = self.toolbar.addAction("", lambda: self.import_catalog())
        self.act_history = self.toolbar.addAction("", self.import_history)
        self.act_rates = self.toolbar.addAction("", self.edit_rates)
        self.act_columns = self.toolbar.addAction("", self.choose_columns)
        self.toolbar.addSeparator()
        self.act_flat = self.toolbar.addAction("")
        self.act_flat.setCheckable(True)
        self.act_flat.toggled.connect(self.set_flat)
        self.act_top_margin = QAction(self)
        self.act_top_margin.triggered.connect(self.top_by_margin)
        self.act_expand = QAction(self)
        self.act_expand.triggered.connect(self.tree_expand_all)
        self.act_collapse = QAction(self)
        self.act_collapse.triggered.connect(self.tree_collapse_all)
        self.act_details = QAction(self, checkable=True, checked=True)
        self.act_details.toggled.connect(self.show_details)
        self.act_guide = QAction(self, checkable=True, checked=True)
        self.act_guide.toggled.connect(self.show_guide)
        self.act_filter = QAction(self)
        self.act_filter.triggered.connect(self.focus_filter)
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
        shortcuts = {
            self.act_import: "Ctrl+I",
            self.act_history: "Ctrl+H",
            self.act_rates: "Ctrl+R",
            self.act_columns: "Ctrl+Shift+C",
            self.act_flat: "Ctrl+L",
            self.act_top_margin: "Ctrl+M",
            self.act_expand: "Ctrl+Shift+E",
            self.act_collapse: "Ctrl+Shift+W",
            self.act_details: "Ctrl+D",
            self.act_guide: "Ctrl+G",
            self.act_filter: QKeySequence.StandardKey.Find,
            self.act_export: "Ctrl+E",
        }
        for action, keys in shortcuts.items():
            action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)
        for action in self.toolbar.actions():
            button = self.toolbar.widgetForAction(action)
            if button is not None and not action.isSeparator():
                button.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # reachable with Tab too
        self.filter_edit = QLineEdit()
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setMinimumWidth(280)
        self.filter_edit.textChanged.connect(self._filter_changed)

        self.busy = QLabel(objectName="hint")

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
            # The four charts scroll inside their tab: they never make the window taller.
            scroll = QScrollArea()
            scroll.setWidgetResizable(True)
            scroll.setFrameShape(QScrollArea.Shape.NoFrame)
            scroll.setWidget(self.charts)
            self.tabs.removeTab(1)
            self.tabs.insertTab(1, scroll, self.tr("Charts"))
            self.tabs.setCurrentIndex(1)
            self._show_charts()

    def _show_charts(self) -> None:
        if self.charts is not None and self.data is not None:
            if self.chart_filter.filtered():
                self.chart_filter.update()  # recomputed for the filter, off the UI thread
            else:
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
        self.act_flat.setText(self.tr("SKU list"))
        self.act_flat.setToolTip(
            self.tr("Every SKU as its own row, to sort the whole catalog (Ctrl+L)")
        )
        self.act_top_margin.setText(self.tr("Top SKUs by gross margin"))
        self.act_expand.setText(self.tr("Expand all products"))
        self.act_collapse.setText(self.tr("Collapse all products"))
        self.act_details.setText(self.tr("Show the SKU details"))
        self.act_guide.setText(self.tr("Show the guide"))
        self.act_filter.setText(self.tr("Find in the catalog"))
        self._name_undo_actions()
        self.act_export.setText(self.tr("Export to Excel…"))
        self.undo_stack.setUndoLimit(200)
        self.filter_edit.setPlaceholderText(self.tr("Filter: SKU, SPU, name or category…"))
        self.tabs.setTabText(0, self.tr("Catalog"))
        self.tabs.setTabText(1, self.tr("Charts"))
        self.tabs.setTabText(2, self.tr("Platforms"))
        self.tabs.setTabText(3, self.tr("Flags"))
        self.model.retranslate()
        self.editing.retranslate()
        self.detail.retranslate()
        self.checklist.retranslate()
        self._update_chip()
        if hasattr(self, "import_note"):
            self._update_import_note()
        self.export_note.retranslate()
        if self.model.sku_count():
            self.tree.fit_columns()  # headers changed length

    # --- workspace and loading ----------------------------------------------------------
    def set_workspace(self, workspace: Workspace | None) -> None:
        self.undo_stack.clear()  # edits belong to the workspace they were made in
        self._refit = True
        self.model.workspace = workspace
        self.flags_panel.set_workspace(workspace)
        self.proxy.set_sku_ids(None)
        self._update_chip()
        self._imported = None
        self.model.highlighted = set()
        self._update_import_note()
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
            self.model.sort_spec(),
            self.model.products or None,
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
            shape = self.model.shape_version
            expanded = self._expanded_products()  # kept across the reload (an import, a new SKU)
            self.model.set_catalog(
                data["review"],
                data["products"],
                data["skus"],
                data["rates"],
                data["categories"],
                data["rows"],
            )
            self.flags_panel.set_review(data["review"], data["sku_codes"])
            self.platforms_panel.set_performance(data["platforms"], workspace.name)
            self._show_review_date(data.get("as_of"))
            self._show_charts()
            self._update_state(data["gaps"], data["currencies"])
            reset = shape != self.model.shape_version
            if first or (reset and not expanded):
                self._expand()
            elif reset:
                self._expand_products(expanded | self._products_of(self.model.highlighted))
            if first or reset or self._refit:
                self._refit = False
                self.tree.fit_columns()
            if self.pending_select is not None:
                self.select_sku(self.pending_select)
                self.pending_select = None
            self._current_changed(self.tree.currentIndex())
        self._load_done()

    def _show_review_date(self, as_of: date | None) -> None:
        """Say so when the review is of an older year (imported sales that end before now)."""
        old = as_of is not None and as_of.replace(day=1) != date.today().replace(day=1)
        if old:
            last = months_before(as_of, 1)[0]
            self.history_note.setText(
                self.tr(
                    "Your sales history ends in {month}: lifecycle, ABC classes and the "
                    "platform table review the 12 months up to then."
                ).format(month=f"{last:%Y-%m}")
            )
        self.history_note.setVisible(old)

    def _update_state(
        self, gaps: dict[str, set[int]] | None = None, currencies: list[str] | None = None
    ) -> None:
        """``gaps``/``currencies``: the checklist's, found by the load (else from the rows)."""
        has_workspace = self.workspace is not None
        self.checklist.set_state(has_workspace, self.model, gaps, currencies)
        empty = self.model.sku_count() == 0
        for action in (self.act_import, self.act_history, self.act_rates):
            action.setEnabled(has_workspace)
        self.act_export.setEnabled(not empty)
        self.tabs.setVisible(bool(self.model.products))  # a new product has no SKU yet
        self.filter_edit.setEnabled(not empty)
        for action in (self.act_flat, self.act_top_margin, self.act_filter):
            action.setEnabled(not empty)
        self.editing.update_state(has_workspace)
        self.checklist.setVisible(self.act_guide.isChecked() or empty)

    # --- views ------------------------------------------------------------------------
    def set_flat(self, flat: bool) -> None:
        """The SKU list (every SKU a row, sorted across the catalog) or the product tree."""
        self.act_flat.setChecked(flat)
        self.model.set_flat(flat)
        self.tree.setRootIsDecorated(not flat)
        self.act_expand.setEnabled(not flat)
        self.act_collapse.setEnabled(not flat)
        self.proxy.sort(
            self.tree.header().sortIndicatorSection(), self.tree.header().sortIndicatorOrder()
        )
        self._expand()
        self.tree.fit_columns()

    def top_by_margin(self) -> None:
        """One click to "which SKUs earn the most per sale": the SKU list by margin."""
        self.tabs.setCurrentIndex(0)
        self.set_flat(True)
        self.tree.sortByColumn(COLUMN_KEYS.index("margin"), Qt.SortOrder.DescendingOrder)
        self.tree.scrollToTop()
        if self.proxy.rowCount():
            self.tree.setCurrentIndex(self.proxy.index(0, 0))
        self.tree.setFocus()

    def tree_expand_all(self) -> None:
        self._open_all = True
        self.tree.expandAll()
        self._maybe_expanded = True

    def _fetch_more(self, *_args) -> None:
        """More products once the grid is scrolled to its last page (or is not full)."""
        bar = self.tree.verticalScrollBar()
        if bar.value() >= bar.maximum() - bar.pageStep() and self.model.more_to_fetch():
            self.model.fetch_more()

    def _rows_fetched(self, parent: QModelIndex, first: int, last: int) -> None:
        """Products handed to the view as it scrolls open like the others when all are."""
        if self._open_all and not parent.isValid() and not self.model.flat:
            for row in range(first, last + 1):
                self.tree.expand(self.proxy.index(row, 0))

    def _product_expanded(self, _index: QModelIndex) -> None:
        self._maybe_expanded = True

    def tree_collapse_all(self) -> None:
        self._open_all = False
        self.tree.collapseAll()

    def show_details(self, shown: bool) -> None:
        self.detail.setVisible(shown)
        self.act_details.setChecked(shown)
        QSettings().setValue("inventory/details_shown", shown)

    def show_guide(self, shown: bool) -> None:
        """Hide the explanation and the checklist (never the import button of an empty
        catalog) to give the grid the room."""
        self.explanation.setVisible(shown)
        self.checklist.setVisible(shown or self.model.sku_count() == 0)
        self.act_guide.setChecked(shown)
        QSettings().setValue("inventory/guide_shown", shown)

    def focus_filter(self) -> None:
        self.tabs.setCurrentIndex(0)
        self.filter_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter_edit.selectAll()

    def page_actions(self) -> list[QAction | None]:
        """The page's commands for the main window's menu (None: a separator)."""
        return [
            self.act_import,
            self.act_history,
            self.act_rates,
            self.act_export,
            None,
            self.act_undo,
            self.act_redo,
            None,
            self.act_filter,
            self.act_flat,
            self.act_top_margin,
            self.act_expand,
            self.act_collapse,
            self.act_columns,
            None,
            *self.editing.actions(),
            None,
            self.act_details,
            self.act_guide,
        ]

    def _context_menu(self, pos) -> None:
        menu = QMenu(self)
        add_stand_ins(menu, [self.act_undo, self.act_redo, None, *self.editing.actions()])
        menu.exec(self.tree.viewport().mapToGlobal(pos))
        menu.deleteLater()

    def _expanded_products(self) -> set[int]:
        if self.model.flat or not self._maybe_expanded:
            return set()
        return {
            self.proxy.index(r, 0).data(PRODUCT_ID_ROLE)
            for r in range(self.proxy.rowCount())
            if self.tree.isExpanded(self.proxy.index(r, 0))
        }

    def _products_of(self, sku_ids: set[int]) -> set[int]:
        return {p.product_id for p in self.model.products for s in p.skus if s.sku_id in sku_ids}

    def _expand_products(self, product_ids: set[int]) -> None:
        for r in range(self.proxy.rowCount()):
            index = self.proxy.index(r, 0)
            if index.data(PRODUCT_ID_ROLE) in product_ids:
                self.tree.expand(index)

    def _expand(self) -> None:
        """Every product open when few SKUs are shown (a filter's matches up to
        FILTER_EXPAND_LIMIT), else all closed: opening 100,000 rows takes seconds."""
        if self.model.flat:
            return
        shown = self.proxy.shown_sku_count()
        filtered = bool(self.filter_edit.text()) or self.proxy.sku_ids is not None
        if shown <= EXPAND_LIMIT or (filtered and shown <= FILTER_EXPAND_LIMIT):
            self._open_all = True
            self.tree.expandAll()  # the fetched products; _rows_fetched opens the others
            self._maybe_expanded = True
        else:
            self._open_all = False
            if self._maybe_expanded:  # a collapse lays out every row again: only when needed
                self.tree.collapseAll()
                self._maybe_expanded = False

    # --- editing ------------------------------------------------------------------------
    def _edited(self) -> None:
        self.sig_data_changed.emit()
        self._reload_timer.start()

    def _show_edit_error(self, text: str) -> None:
        QMessageBox.warning(self, self.tr("Cannot change this value"), text)

    def _resolve_conflict(self, conflict, target, field: str) -> None:
        """Another person saved this value meanwhile: keep mine, take theirs, or compare."""
        from ui.dialogs.conflict_dialog import KEEP_MINE, ConflictDialog

        label = translate("Catalog", catalog.FIELD_LABELS.get(field, field))
        dialog = ConflictDialog(conflict, label, self)
        dialog.exec()
        if dialog.choice == KEEP_MINE:
            self.model.write_edit(target, field, conflict.mine, conflict.theirs)

    def _thresholds_changed(self) -> None:
        self.sig_data_changed.emit()
        self.reload()

    # --- filtering and selection --------------------------------------------------------
    def _update_charts_note(self, _index: int = 0) -> None:
        self.chart_filter.update()

    def _filter_changed(self, _text: str = "") -> None:
        if self.model.sku_count() > DEBOUNCE_SKUS:
            self._filter_timer.start()  # (re)started: one filter when the typing pauses
        else:
            self._apply_filter()

    def _apply_filter(self) -> None:
        self.proxy.set_text(self.filter_edit.text())
        self._update_charts_note()
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
        if self.model.sku_row(sku_id) is None:
            return
        self.tabs.setCurrentIndex(0)
        source = self.model.sku_index(sku_id)  # fetched for the view if it was not yet
        if not source.isValid():  # filtered away: show everything again
            self.filter_edit.clear()
            self._filter_timer.stop()
            self.proxy.set_text("")
            self.show_skus("", None)
            source = self.model.sku_index(sku_id)
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
    def import_catalog(self, path: str | None = None) -> None:
        if self.workspace is None:
            return
        from ui.dialogs.import_wizard import ImportWizard

        wizard = ImportWizard(self.workspace, self, path=path or None)
        if wizard.exec():
            self._after_import(wizard.batch)
            result = getattr(wizard, "fact_result", None)
            if result is not None:  # orders, sales, ads…: say what came in
                self._show_facts_imported(result)

    def _show_facts_imported(self, result) -> None:
        from ui.dialogs.import_facts_page import kind_label

        self.import_note.setText(
            self.tr(
                "Import #{id}: {rows} rows of {kind} imported, {replaced} earlier rows of the "
                'same period replaced, {skipped} skipped — <a href="close">close</a>'
            ).format(
                id=result.batch_id,
                rows=f"{result.inserted:,}",
                kind=kind_label(result.kind),
                replaced=f"{result.replaced:,}",
                skipped=f"{result.skipped:,}",
            )
        )
        self.import_note.show()

    # A product file dropped anywhere on the page opens the import with it.
    def dragEnterEvent(self, event) -> None:  # noqa: N802 - Qt override
        if self.workspace is not None and dropped_file(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:  # noqa: N802 - Qt override
        path = dropped_file(event.mimeData())
        if path and self.workspace is not None:
            event.acceptProposedAction()
            self.import_catalog(path)

    def import_history(self) -> None:
        if self.workspace is None:
            return
        from ui.dialogs.import_history_dialog import ImportHistoryDialog

        ImportHistoryDialog(self.workspace, self).exec()
        self._after_import()

    def _after_import(self, batch=None) -> None:
        self.undo_stack.clear()  # the rows under the old commands may have changed
        self.model.highlighted = set()
        self._imported = None
        if batch is not None and batch.id is not None:
            with self.workspace.session() as session:
                ids = skus_of_import(session, batch.id)
            self.model.highlighted = ids
            self._imported = (batch.new_count, batch.changed_count, ids)
        self._update_import_note()
        self.sig_data_changed.emit()
        self.reload()

    def _update_import_note(self) -> None:
        if self._imported is None:
            self.import_note.hide()
            return
        new, changed, ids = self._imported
        self.import_note.setText(
            self.tr(
                "{count} SKUs imported ({new} new, {changed} changed), highlighted below — "
                '<a href="show">show only them</a> · <a href="close">close</a>'
            ).format(count=len(ids), new=new, changed=changed)
        )
        self.import_note.show()

    def _import_note_link(self, link: str) -> None:
        if link == "show" and self._imported is not None:
            self.show_skus(self.tr("imported just now"), set(self._imported[2]))
            return
        self._imported = None
        self.model.highlighted = set()
        self.model.retranslate()  # repaint without the highlight
        self.import_note.hide()

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
        default = Path.home() / self.tr("{workspace}-inventory-review.xlsx").format(
            workspace=self.workspace.name
        )
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export the reviewed catalog"),
            str(default),
            self.tr("Excel workbook (*.xlsx)"),
        )
        if not name:
            return
        path = Path(name if name.lower().endswith(".xlsx") else name + ".xlsx")
        # The review on screen is reused unless a reload is under way (it may be stale then).
        review = self.data["review"] if self.data is not None and self._job is None else None
        run_job(
            self,
            self.tr("Exporting the catalog…"),
            partial(export_catalog, review=review),
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
        self.export_note.show_path(path)
