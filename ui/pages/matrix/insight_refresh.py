"""The matrix page's side panel kept current off the UI thread: warnings and the role mix
after each edit (reusing the catalog review read when the page loaded), everything, portfolio
included, when it loads; a warning clicked selects the cells behind it. A part of
:class:`ui.pages.matrix.page.MatrixPage`, which it is mixed into."""

from __future__ import annotations

from core.workspace import Workspace
from ui.errors import error_text
from ui.i18n import translate
from ui.job_runner import run_job
from ui.pages.matrix.insight_jobs import Insights, read_insights, read_warnings
from ui.pages.matrix.warnings_panel import ShownWarning


class InsightRefresh:
    """Needs the page's workspace, model, grid, filters, side panel and warnings timer."""

    @property
    def busy_with_insights(self) -> bool:
        return self._insights_job is not None or self._warnings_timer.isActive()

    def refresh_insights(self, full: bool = False) -> None:
        """Warnings and role mix after an edit (reusing the catalog review); everything,
        portfolio included, when the page loads."""
        if self.workspace is None:
            return
        if self._insights_job is not None:
            self._insights_again = True
            return
        workspace = self.workspace
        if full or self.insights.review is None:
            job, args = read_insights, (workspace, self.as_of)
        else:
            job, args = read_warnings, (workspace, self.insights.review)
        self._insights_job = run_job(
            self,
            self.tr("Checking the matrix…"),
            job,
            *args,
            show_dialog=False,
            on_success=lambda result: self._insights_read(workspace, result),
            on_failure=self._insights_failed,
            on_cancel=self._insights_done,
        )

    def _insights_read(self, workspace: Workspace, result: Insights) -> None:
        if workspace is self.workspace:
            if result.portfolio is None:
                result.portfolio = self.insights.portfolio
            self.insights = result
            self.side.set_warnings(self._shown_warnings())
            if result.mix is not None:
                self.side.set_role_mix(result.mix.rows, result.mix.base_currency)
            self.side.set_portfolio(result.portfolio)
            self._update_state()
        self._insights_done()

    def _insights_failed(self, exc: BaseException) -> None:
        self._insights_done()
        self.show_problem(error_text(exc))

    def _insights_done(self) -> None:
        self._insights_job = None
        if self._insights_again:
            self._insights_again = False
            self.refresh_insights()

    def _shown_warnings(self) -> list[ShownWarning]:
        return [
            ShownWarning(
                w.kind, w.title.render(translate), w.message.render(translate), tuple(w.cells)
            )
            for w in self.insights.warnings
        ]

    def show_warning(self, warning: ShownWarning) -> None:
        """Select the cells behind a warning (clearing filters that hide them), scroll to
        the first."""
        keys = [k for k in warning.cells if k[0] in {s.sku_id for s in self.model.data_.skus}]
        if any(not self.model.sku_index(k).isValid() for k in keys) and self.model.filter.active():
            self.filters.clear()
        self.grid.select_cells([self.model.sku_index(k) for k in keys])
