"""How step 2's page takes in what its load job hands over: the catalog's rows first (shown
and editable at once), then the review; the line that says what runs, with Cancel; the races
(edits written meanwhile, a workspace replaced, another reload asked for). The job itself is
``loading.load_catalog``, started by ``InventoryPage.reload``."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QTimer
from PySide6.QtWidgets import QMessageBox

from ui.errors import error_text
from ui.i18n import translate
from ui.release import release_between_events

if TYPE_CHECKING:
    from core.workspace import Workspace


def release_data(data: dict) -> None:
    """A load's old result (a 100,000-SKU review, its rows, the catalog's dicts) freed slice
    by slice between the UI thread's events, not at once (ui/release.py)."""
    prepared = data.pop("rows", None)
    if prepared is not None:
        prepared.rows = []  # the model's rows still: it frees them when it drops them
        release_between_events(prepared)
    for key in ("review", "platforms"):
        part = data.pop(key, None)
        if part is not None:
            release_between_events(part)
    data.clear()


@dataclass
class Load:
    """One load of the page: for which workspace and review key, how many edits the model had
    written when it started (those after it are read again over its rows), and whether the
    catalog is shown before the review (``early``)."""

    workspace: Workspace
    key: tuple
    edits: int
    early: bool


# In the page's translation context (these lines were the page's own).
TEXTS = {
    "updating": QT_TRANSLATE_NOOP("InventoryPage", "Updating…"),
    "reviewing": QT_TRANSLATE_NOOP("InventoryPage", "Reviewing the sales…"),
    "reviewing_percent": QT_TRANSLATE_NOOP("InventoryPage", "Reviewing the sales… {percent} %"),
    "cancel": QT_TRANSLATE_NOOP("InventoryPage", "Cancel"),
    "cancelled": QT_TRANSLATE_NOOP("InventoryPage", "The review of the sales was cancelled"),
    "again": QT_TRANSLATE_NOOP("InventoryPage", "Review again"),
    "failed": QT_TRANSLATE_NOOP("InventoryPage", "Cannot review the catalog"),
}


def _text(key: str) -> str:
    return translate("InventoryPage", TEXTS[key])


# when_settled never waits longer than this for the catalog and its review. The review of
# 100,000 SKUs takes 3.6-4.8 s on a 2-core machine: at 3 s, the step states' thread and
# polars' import started while it ran and took turns with the UI thread showing it (gaps of
# 0.15-0.22 s). A review slower than this still lets them start.
SETTLE_AT_MOST_MS = 10_000
# After the load, what waits for the page (when_settled) starts once the review's rows, panels
# and charts have painted (~0.05 s of the UI thread): sharing the interpreter with the step
# states' thread and polars' import, that paint was a 0.1-0.2 s freeze at the start.
SETTLE_AFTER_MS = 100


class CatalogLoading:
    """The inventory page's side of its load job (a mixin of ``InventoryPage``: its model,
    tree, panels and ``busy`` line are the page's; its texts are the page's, in its
    translation context)."""

    def when_settled(self, then: Callable[[], None]) -> None:
        """``then()`` once the page shows its catalog and review (at once when no load runs):
        the start's other threads (the step states, imports ahead) wait for it rather than
        take turns with the UI thread showing them (which tripled its 0.05 s)."""
        if self._job is None:
            then()
            return
        self._settled.append(then)
        QTimer.singleShot(SETTLE_AT_MOST_MS, self, self._settle)

    def _settle(self) -> None:
        waiting, self._settled = self._settled, []
        for then in waiting:
            then()

    def cancel_review(self) -> None:
        """Stop the review (the "Cancel" link above the table); the catalog stays shown and
        editable, the review's cells say they were not reviewed."""
        if self._job is not None:
            self._job.cancel()

    def _busy_link(self, link: str) -> None:
        if link == "cancel":
            self.cancel_review()
        elif link == "again":
            self._shown = ((), None)
            self.reload()

    def _show_busy(self, state: str, percent: int | None = None) -> None:
        """The line above the tabs: what runs (with a link to cancel the review) or how it
        ended (with a link to review again)."""
        self._busy = (state, percent)
        self.busy.setText(self._busy_text())
        if state in ("updating", "reviewing"):
            if not self.busy.isVisible() and not self._busy_timer.isActive():
                self._busy_timer.start()  # shown if it takes a while
        else:
            self._busy_timer.stop()
            self.busy.setVisible(bool(state))

    def _busy_text(self) -> str:
        state, percent = self._busy
        if state == "updating":
            return _text("updating")
        if state == "reviewing":
            text = (
                _text("reviewing")
                if percent is None
                else _text("reviewing_percent").format(percent=percent)
            )
            link = _text("cancel")
            return f'{text} · <a href="cancel">{link}</a>'
        if state == "cancelled":
            text = _text("cancelled")
            link = _text("again")
            return f'{text} · <a href="again">{link}</a>'
        if state == "failed":
            return _text("failed")
        return ""

    def _progressed(self, load: Load, done: int, total: int) -> None:
        if load is self._load and total:
            percent = min(99, 100 * done // total)
            self._show_busy("reviewing", percent)

    def _load_done(self, load: Load) -> None:
        if load is not self._load:
            return  # a load given up for another workspace
        self._job, self._load = None, None
        QTimer.singleShot(SETTLE_AFTER_MS, self, self._settle)
        if not self.model.sku_count():
            self._update_state()  # no longer reading: an empty catalog says so
        if self._busy[0] in ("updating", "reviewing"):
            self._show_busy("")
        if self._reload_again:
            self._reload_again = False
            self.reload()

    def _load_cancelled(self, load: Load) -> None:
        current = load is self._load
        self._load_done(load)
        if current and self.model.review is None and self.model.sku_count():
            self.model.set_review_note("cancelled")
            self._show_busy("cancelled")

    def _load_failed(self, load: Load, exc: BaseException) -> None:
        current = load is self._load
        self._load_done(load)
        # A review of a workspace since closed or replaced failed because it closed: the
        # seller has moved on, and a message about it would name the wrong catalog.
        if not current or load.workspace is not self.workspace:
            return
        if self.model.review is None and self.model.sku_count():
            self.model.set_review_note("failed")
        if self.isVisible():
            QMessageBox.warning(self, _text("failed"), error_text(exc))
            return
        # the line above the table says it (on a hidden page, no dialog over another step)
        self._show_busy("failed")

    def _catalog_read(self, load: Load, part: dict) -> None:
        """The catalog's rows, before the review: shown, editable, the review's cells
        waiting. The job waits meanwhile (``part["shown"]``): sharing the interpreter with
        it, this took twice as long."""
        try:
            if load is self._load and load.workspace is self.workspace:
                self._show_catalog(load, part)
        finally:
            # once the rows are painted (the timer runs after the events already posted)
            QTimer.singleShot(0, part["shown"].set)

    def _show_catalog(self, load: Load, part: dict) -> None:
        self.model.review_note = "running"  # set before the rows: their first paint says it
        self._show_rows(load, part, None)
        self._update_state(part["gaps"], part["currencies"])
        self._show_busy("reviewing")

    def _loaded(self, load: Load, data: dict) -> None:
        if data.get("unchanged") or load is not self._load or load.workspace is not self.workspace:
            self._load_done(load)
            return
        self._shown = (load.key, data.get("revision"))
        old, self.data = self.data, data
        if old is not None:
            release_data(old)
        self.model.review_note = ""
        if load.early:
            self._refit = True  # the review's columns were fitted to their placeholders
        self._show_rows(load, data, data["review"])
        if self._flags_panel is not None:  # else it takes self.data when built
            self._flags_panel.set_review(data["review"], data["sku_codes"])
        if self._platforms_panel is not None:
            self._platforms_panel.set_performance(data["platforms"], load.workspace.name)
        self._show_review_date(data.get("as_of"))
        self._show_charts()
        self._update_state(data["gaps"], data["currencies"])
        self._current_changed(self.tree.currentIndex())
        self._load_done(load)

    def _show_rows(self, load: Load, data: dict, review) -> None:
        """Rows from the worker into the model, keeping what the seller sees: open products,
        the selection, the column widths (refitted on a new shape), and every edit made
        since the job read the catalog."""
        first = self.model.sku_count() == 0
        shape = self.model.shape_version
        expanded = self.grid_state.expanded_products()  # kept across the reload
        self.model.set_catalog(
            review,
            {},  # the rows come prepared (data["rows"])
            {},
            data["rates"],
            data["categories"],
            data["rows"],
            base=data.get("base"),
        )
        self._rows_of = load.workspace
        # Edits written after the job read the catalog: their rows read again (the reload
        # they started brings the review of them).
        edited = dict.fromkeys(self.model.edits[load.edits :])
        for target in edited:
            self.model.reload_row(target)
        load.edits = len(self.model.edits)
        reset = shape != self.model.shape_version
        if first or (reset and not expanded):
            self._expand()
        elif reset:
            self.grid_state.expand_products(
                expanded | self.grid_state.products_of(self.model.highlighted)
            )
        if first or reset or self._refit:
            self._refit = False
            self.tree.fit_columns()
        if self.pending_select is not None and self.model.sku_row(self.pending_select):
            self.select_sku(self.pending_select)
            self.pending_select = None
        self._current_changed(self.tree.currentIndex())
