"""The step 2 charts follow the catalog filter: while the Catalog tab is filtered (typed words,
a flag's "show them", archived hidden), the charts are recomputed on the SKUs it shows, off the
UI thread, and a note says so."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QLabel

from core.inventory.charts import filtered_charts
from ui.job_runner import run_job

CHARTS_TAB = 1


class ChartsFollowFilter(QObject):
    """Owned by the inventory page; ``update()`` after a load, a filter change or a tab
    change. ``sku_ids`` is what the charts show now (None: the whole catalog)."""

    def __init__(self, page, note: QLabel) -> None:
        super().__init__(page)
        self.page, self.note = page, note
        self.sku_ids: set[int] | None = None
        self._job = None
        self._again = False
        self._timer = QTimer(self, singleShot=True, interval=250)  # typing: wait for a pause
        self._timer.timeout.connect(self._recompute)

    @property
    def busy(self) -> bool:
        return self._job is not None or self._timer.isActive()

    def filtered(self) -> bool:
        page = self.page
        return (
            bool(page.filter_edit.text().strip())
            or page.proxy.sku_ids is not None
            or page.proxy.hide_archived
        )

    def update(self) -> None:
        if self.page.charts is None or self.page.data is None:
            self._show_note()
            return
        if self.page.tabs.currentIndex() != CHARTS_TAB:
            self._show_note()
            return  # recomputed when the charts are shown
        self._timer.start()
        self._show_note()

    def shown_sku_ids(self) -> set[int] | None:
        """The SKUs the catalog filter lets through (None when nothing is filtered)."""
        if not self.filtered():
            return None
        return self.page.proxy.shown_sku_ids()

    def _recompute(self) -> None:
        page = self.page
        if page.charts is None or page.data is None or page.workspace is None:
            return
        if self._job is not None:
            self._again = True
            return
        sku_ids = self.shown_sku_ids()
        data = page.data
        if sku_ids is None:  # the whole catalog: the review already loaded
            self.sku_ids = None
            page.charts.set_review(data["review"], data["aging"])
            self._show_note()
            return
        self._show_note(updating=True)
        self._job = run_job(
            page,
            self.tr("Updating the charts…"),
            filtered_charts,
            page.workspace,
            data["review"],
            sku_ids,
            page.as_of,
            show_dialog=False,
            on_success=lambda result: self._computed(sku_ids, result),
            on_failure=lambda _exc: self._done(),
            on_cancel=self._done,
        )

    def _computed(self, sku_ids: set[int], result) -> None:
        review, aging = result
        self.sku_ids = sku_ids
        if self.page.charts is not None:
            self.page.charts.set_review(review, aging)
        self._done()

    def _done(self) -> None:
        self._job = None
        if self._again:
            self._again = False
            self._recompute()
        else:
            self._show_note()

    def _show_note(self, updating: bool = False) -> None:
        on_charts = self.page.tabs.currentIndex() == CHARTS_TAB
        if not on_charts or not self.filtered():
            self.note.hide()
            return
        if updating or self.sku_ids is None:
            text = self.tr("Updating the charts for the filter of the Catalog tab…")
        else:
            text = self.tr(
                "The charts show the {count} SKUs the filter of the Catalog tab shows; revenue "
                "shares and ABC classes are ranked among them. Clear the filter to see the whole "
                "catalog."
            ).format(count=f"{len(self.sku_ids):,}")
        self.note.setText(text)
        self.note.show()
