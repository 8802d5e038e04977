"""Step 2: Inventory review (梳理现有产品线).

Guided path: the checklist strip (import the catalog; SKUs still missing cost, price, category
or an exchange rate). Expert view: the catalog tree (SPU → SKU) edited in place with undo/redo,
the charts and the flags. The review is recomputed off the UI thread after every change.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import cast

from PySide6.QtCore import QModelIndex, QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QMenu,
    QMessageBox,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from core import catalog
from core.sales import months_before
from core.workspace import Workspace
from ui.delegates import ChoiceDelegate
from ui.dialogs.column_chooser import ColumnChooser
from ui.i18n import translate
from ui.job_runner import run_job
from ui.models.catalog_filter import CatalogFilter
from ui.models.catalog_model import COLUMN_KEYS, CatalogModel
from ui.pages.base import StepPage
from ui.pages.inventory.chart_filter import ChartsFollowFilter
from ui.pages.inventory.checklist import InventoryChecklist
from ui.pages.inventory.detail import SkuDetailPanel
from ui.pages.inventory.editing import CatalogEditing
from ui.pages.inventory.files import CatalogFiles
from ui.pages.inventory.flags import FlagsPanel
from ui.pages.inventory.grid_state import FILTER_DELAY_MS, GridState
from ui.pages.inventory.loading import load_catalog
from ui.pages.inventory.platforms import PlatformsPanel
from ui.pages.inventory.reloading import CatalogLoading, Load
from ui.pages.inventory.toolbar import FilterCorner, build_toolbar
from ui.widgets.exported import ExportedNote
from ui.widgets.grid import GridTree
from ui.widgets.lazy_tabs import LazyTabs
from ui.widgets.menus import add_stand_ins

# Columns most sellers do not need every day: hidden until chosen in "Columns…".
DEFAULT_HIDDEN = tuple(
    COLUMN_KEYS.index(k) for k in ("cost_currency", "price_currency", "weight", "barcode")
)
# Column widths from the first rows: each sampled cell is a data() call on the UI thread.
CHARTS_TAB, PLATFORMS_TAB, FLAGS_TAB = 1, 2, 3  # the catalog is 0
FIT_SAMPLE_ROWS = 50  # 100 took 0.1-0.2 s of the UI thread at 100k SKUs (twice: rows, review)


class InventoryPage(CatalogLoading, StepPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.as_of: date | None = None  # None: today (tests pin the demo's month)
        self.data: dict | None = None
        self._job = None
        self._load: Load | None = None  # what the running job was started for
        self._rows_of: Workspace | None = None  # whose rows the model shows
        self._reload_again = False
        self._settled: list[Callable[[], None]] = []  # waiting for the catalog (when_settled)
        # What the line beside the filter says: "", "updating", "reviewing" (with a percent),
        # "cancelled" or "failed" (texts in _busy_text, so a language switch renames them)
        self._busy: tuple[str, int | None] = ("", None)
        self._shown: tuple[tuple, int | None] = ((), None)
        self._refit = True  # fit the column widths after the next load
        self.grid_state = GridState(self)  # tree or list, open products, fetching, filter
        self.undo_stack = QUndoStack(self)
        self.model = CatalogModel(None, self)
        self.model.undo_stack = self.undo_stack
        self.model.sig_error.connect(self._show_edit_error)
        self.model.sig_conflict.connect(self._resolve_conflict)
        self.model.sig_edited.connect(self._edited)
        self.proxy = CatalogFilter(self)
        self.proxy.setSourceModel(self.model)
        self.model.rowsInserted.connect(self.grid_state.rows_fetched)
        self.model.views_fetch = False  # the page fetches as the grid scrolls (fetch_more)
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
        build_toolbar(self)
        self.busy.linkActivated.connect(self._busy_link)
        self.filter_chip = QLabel(objectName="warning")
        self.filter_chip.linkActivated.connect(lambda _link: self.show_skus("", None))
        self.filter_chip.hide()
        # After an import: how many SKUs it brought, with a link to exactly those rows.
        self.import_note = QLabel(objectName="ok")
        self.import_note.hide()
        self.export_note = ExportedNote()
        self.files = CatalogFiles(self)  # imports, rates, the Excel export

        self.tree = GridTree(delegate_class=ChoiceDelegate)
        self.tree.setModel(self.proxy)
        self.tree.fit_sample = FIT_SAMPLE_ROWS
        self.tree.expanded.connect(self.grid_state.product_expanded)
        self.tree.sig_wants_last_row.connect(self.grid_state.fetch_to_the_end)
        scroll_bar = self.tree.verticalScrollBar()
        scroll_bar.valueChanged.connect(self.grid_state.fetch_more)
        scroll_bar.rangeChanged.connect(self.grid_state.fetch_more)
        # After a reset, a collapse or a fetch that left the grid not yet full the range may
        # stay 0..0 (no signal): look once the view has laid the rows out (its own delayed
        # layout runs first).
        self._fetch_timer = QTimer(self, singleShot=True, interval=0)
        self._fetch_timer.timeout.connect(self.grid_state.fetch_more)
        for signal in (
            self.model.modelReset,
            self.model.layoutChanged,
            self.model.rowsInserted,
            self.tree.collapsed,
        ):
            signal.connect(self._fetch_later)
        self.tree.setSortingEnabled(True)
        self.tree.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.tree.setAlternatingRowColors(True)
        # Every row one line high: a change of the review's figures on the fetched rows
        # (dataChanged) then asks no cell for its size (measured 0.48 s at 100k SKUs).
        self.tree.setUniformRowHeights(True)
        self.model.is_open = lambda index: self.tree.isExpanded(self.proxy.mapFromSource(index))
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
        # Made when first shown: the charts (pyqtgraph is slow), the platforms and the flags
        # (a quarter of the page's build, in the start's longest turn).
        self.charts = None
        self._platforms_panel: PlatformsPanel | None = None
        self._flags_panel: FlagsPanel | None = None
        self.lazy_tabs = LazyTabs(self.tabs)
        for make in (self._make_charts, self._make_platforms, self._make_flags):
            self.lazy_tabs.add(make)  # tabs CHARTS_TAB, PLATFORMS_TAB and FLAGS_TAB
        # The filter sits beside the tabs, never in the toolbar's overflow on a narrow window.
        corner = FilterCorner(self.tabs, self.filter_edit)
        self.tabs.setCornerWidget(corner, Qt.Corner.TopRightCorner)
        # QTabWidget places the corner one pixel up and one shorter than asked, which cut the
        # filter's top border: a minimum height it cannot go under.
        corner.setMinimumHeight(corner.sizeHint().height() + 1)
        self._busy_timer = QTimer(self, singleShot=True, interval=400)
        self._busy_timer.timeout.connect(lambda: self.busy.setVisible(bool(self.busy.text())))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 12)
        layout.setSpacing(8)
        layout.addWidget(self.title)
        layout.addWidget(self.explanation)
        layout.addWidget(self.history_note)
        layout.addWidget(self.checklist)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.busy)
        layout.addWidget(self.filter_chip)
        layout.addWidget(self.import_note)
        # While the grid is filtered the charts show its SKUs, and say so.
        self.charts_note = QLabel(objectName="hint", wordWrap=True)
        self.charts_note.hide()
        layout.addWidget(self.charts_note)
        self.chart_filter = ChartsFollowFilter(self, self.charts_note)
        self.tabs.currentChanged.connect(self._update_charts_note)
        self.editing.act_show_archived.toggled.connect(self._update_charts_note)
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
    @property
    def platforms_panel(self) -> PlatformsPanel:
        """The Platforms tab, made when first shown or asked for."""
        return self._platforms_panel or cast(PlatformsPanel, self.lazy_tabs.page(PLATFORMS_TAB))

    @property
    def flags_panel(self) -> FlagsPanel:
        """The Flags tab, made when first shown or asked for."""
        return self._flags_panel or cast(FlagsPanel, self.lazy_tabs.page(FLAGS_TAB))

    def _make_platforms(self) -> QWidget:
        panel = self._platforms_panel = PlatformsPanel()
        panel.sig_exported.connect(self._exported)
        if self.data is not None and self.workspace is not None:
            panel.set_performance(self.data["platforms"], self.workspace.name)
        return panel

    def _make_flags(self) -> QWidget:
        panel = self._flags_panel = FlagsPanel()
        panel.sig_sku_selected.connect(self.select_sku)
        panel.sig_flag_selected.connect(lambda ids, label: self.show_skus(label, set(ids)))
        panel.sig_thresholds_changed.connect(self._thresholds_changed)
        panel.set_workspace(self.workspace)
        if self.data is not None:
            panel.set_review(self.data["review"], self.data["sku_codes"])
        return panel

    def _make_charts(self) -> QWidget:
        from ui.charts.inventory_charts import InventoryCharts

        self.charts = InventoryCharts()
        # The four charts scroll inside their tab: they never make the window taller.
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self.charts)
        self._show_charts()
        return scroll

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
        self.tabs.setTabText(CHARTS_TAB, self.tr("Charts"))
        self.tabs.setTabText(PLATFORMS_TAB, self.tr("Platforms"))
        self.tabs.setTabText(FLAGS_TAB, self.tr("Flags"))
        self.model.retranslate()
        self.editing.retranslate()
        self.detail.retranslate()
        self.checklist.retranslate()
        self._update_chip()
        if hasattr(self, "import_note"):
            self._update_import_note()
        self.export_note.retranslate()
        self.busy.setText(self._busy_text())
        if self.model.sku_count():
            self.tree.fit_columns()  # headers changed length

    # --- workspace and loading ----------------------------------------------------------
    def set_workspace(self, workspace: Workspace | None) -> None:
        if workspace is not self.workspace and self.model.sku_count():
            # Another workspace's rows must not stay editable under this one (their ids would
            # be written into it): emptied now, this one's rows follow in a moment.
            self._clear_shown()
        self._shown = ((), None)  # (as_of and day, workspace revision) of what is shown
        self.undo_stack.clear()  # edits belong to the workspace they were made in
        self._refit = True
        self.model.workspace = workspace
        if self._flags_panel is not None:
            self._flags_panel.set_workspace(workspace)
        self.proxy.set_sku_ids(None)
        self._update_chip()
        self.files.imported = None
        self.model.highlighted = set()
        self._update_import_note()
        super().set_workspace(workspace)

    def _clear_shown(self) -> None:
        self.data = None
        self.model.set_review_note("")
        self.model.set_catalog(None, {}, {}, {}, [])
        if self._flags_panel is not None:
            self._flags_panel.set_review(None)

    def refresh(self) -> None:
        self.reload()

    def reload(self) -> None:
        """Read the catalog and review it on a worker thread; the table keeps working
        meanwhile. Without a review shown yet (the first load, another workspace, a review
        cancelled), the catalog's rows are shown as soon as they are read, and the review's
        figures fill in when it is done."""
        if self._job is not None and self._load is not None:
            if self._load.workspace is self.workspace:
                self._reload_again = True  # once this one is done, with what it did not see
                return
            # Of a workspace since closed or replaced: of no use any more.
            self._job.cancel()
            self._job, self._load, self._reload_again = None, None, False
        if self.workspace is None:
            self._clear_shown()
            self._show_busy("")
            self._update_state()
            return
        workspace = self.workspace
        # What is shown stays when nothing was written since (the job checks the revision).
        key = (self.as_of, date.today())
        known = self._shown[1] if self._shown[0] == key and self.model.sku_count() else None
        ours = self._rows_of is workspace
        load = Load(workspace, key, len(self.model.edits), early=self.model.review is None)
        self._load = load
        self._show_busy("updating")
        self._job = run_job(
            self,
            self.tr("Reviewing the catalog…"),
            load_catalog,
            workspace,
            self.as_of,
            self.model.sort_spec(),
            self.model.shown_rows() if ours else None,
            known if ours else None,
            load.early,
            show_dialog=False,
            on_success=lambda data: self._loaded(load, data),
            on_failure=lambda exc: self._load_failed(load, exc),
            on_cancel=lambda: self._load_cancelled(load),
            on_part=lambda part: self._catalog_read(load, part),
            on_progress=lambda done, total, _text: self._progressed(load, done, total),
        )
        if not self.model.sku_count():
            self._update_state()  # "Reading the catalog…", not "no workspace" or "no catalog"

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
        reading = has_workspace and self._job is not None and self.model.sku_count() == 0
        self.checklist.set_state(has_workspace, self.model, gaps, currencies, reading)
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
    def _fetch_later(self, *_args) -> None:
        self._fetch_timer.start()

    def set_flat(self, flat: bool) -> None:
        """The SKU list (every SKU a row, sorted across the catalog) or the product tree."""
        self.grid_state.set_flat(flat)

    def top_by_margin(self) -> None:
        self.grid_state.top_by_margin()

    def tree_expand_all(self) -> None:
        self.grid_state.expand_all()

    def tree_collapse_all(self) -> None:
        self.grid_state.collapse_all()

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

    def _expand(self) -> None:
        self.grid_state.expand()

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
        self.grid_state.filter_changed(_text)

    def _apply_filter(self) -> None:
        self.grid_state.apply_filter()

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
        self.grid_state.select_sku(sku_id)

    def _current_changed(self, index: QModelIndex, _previous: QModelIndex | None = None) -> None:
        row = None
        if index.isValid():
            row = self.model.row_at(self.proxy.mapToSource(index))[1]
        self.detail.show_sku(
            row.review if row else None,
            row.raw["lifecycle_override"] if row else None,
            self.model.base,
            waiting=row is not None and bool(self.model.review_note),
        )

    # --- toolbar actions ----------------------------------------------------------------
    def import_catalog(self, path: str | None = None) -> None:
        self.files.import_catalog(path)

    # A product file dropped anywhere on the page opens the import with it.
    def dragEnterEvent(self, event) -> None:  # noqa: N802 - Qt override
        from ui.dialogs.import_file_page import dropped_file  # polars: not at the start

        if self.workspace is not None and dropped_file(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:  # noqa: N802 - Qt override
        from ui.dialogs.import_file_page import dropped_file

        path = dropped_file(event.mimeData())
        if path and self.workspace is not None:
            event.acceptProposedAction()
            self.import_catalog(path)

    def import_history(self) -> None:
        self.files.import_history()

    def _after_import(self, batch=None) -> None:
        self.files.after_import(batch)

    def _update_import_note(self) -> None:
        self.files.update_import_note()

    def _import_note_link(self, link: str) -> None:
        self.files.import_note_link(link)

    def edit_rates(self) -> None:
        self.files.edit_rates()

    def choose_columns(self) -> None:
        widget = self.toolbar.widgetForAction(self.act_columns)
        self.columns.menu(self).exec(widget.mapToGlobal(widget.rect().bottomLeft()))

    def export_excel(self) -> None:
        self.files.export_excel()

    def _exported(self, path) -> None:
        self.files.exported(path)
