"""Lifecycle mix: SKUs and revenue per stage (intro / growth / mature / decline / no sales)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from core.inventory.lifecycle import LIFECYCLE_STAGES, NO_SALES_LABEL
from ui.charts.dual_bar_chart import DualBarChart
from ui.charts.plot_base import amount_scale


class LifecycleChart(DualBarChart):
    """``set_data(lifecycle_mix(review), currency)``."""

    def is_empty(self, series) -> bool:
        # Only SKUs without sales (or none at all): no stage to show.
        return not any(series.get(stage, (0, 0.0))[0] for stage in LIFECYCLE_STAGES)

    def empty_text(self) -> str:
        return self.tr(
            "No SKU has a lifecycle stage yet: stages are suggested from the sales trend. "
            "Import a sales or orders report with at least 4 months of sales, or set a stage by "
            "hand in the catalog."
        )

    def retranslate(self) -> None:
        self.set_axis_label("left", self.tr("SKUs"))
        self.set_axis_label(
            "right",
            self.tr("Revenue ({unit} {currency})").format(
                unit=amount_scale()[1], currency=self.currency
            ),
        )

    def draw(self, series) -> None:
        stages = list(LIFECYCLE_STAGES)
        if series.get("", (0, 0.0))[0]:
            stages.append("")  # show "no sales yet" only when there are such SKUs
        labels = [
            QCoreApplication.translate("Inventory", LIFECYCLE_STAGES.get(s, NO_SALES_LABEL))
            for s in stages
        ]
        counts = [series.get(s, (0, 0.0))[0] for s in stages]
        revenue = [series.get(s, (0, 0.0))[1] / amount_scale()[0] for s in stages]
        self.draw_bars(labels, counts, revenue, self.tr("SKUs"), self.tr("Revenue"))
