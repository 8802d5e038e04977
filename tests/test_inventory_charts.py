"""The step 2 charts draw what the core series say (asserted on the plotted items' data)."""

from __future__ import annotations

from datetime import date

import pytest

from core.inventory.charts import (
    AgingBucket,
    BubblePoint,
    ParetoSeries,
    bubble_series,
    lifecycle_mix,
    stock_aging,
)
from core.inventory.review import review_catalog

BOTH_ENGINES = True

AS_OF = date(2026, 11, 1)


def test_bubble_chart_places_sizes_and_colours_by_class(qtbot):
    from ui.charts.bubble_chart import MAX_SIZE, MIN_SIZE, BubbleChart

    chart = BubbleChart()
    qtbot.addWidget(chart)
    chart.set_data(
        [
            BubblePoint("AB-1", 8400.0, 0.5, 2100.0, "A"),
            BubblePoint("CD-2", 1200.0, 0.5625, 0.0, "B"),
            BubblePoint("EF-3", 280.0, -0.1, 525.0, "B"),
        ],
        "CNY",
    )
    assert set(chart.scatters) == {"A", "B"}
    x, y = chart.scatters["B"].getData()
    assert list(x) == pytest.approx([1.2, 0.28])  # thousands
    assert list(y) == pytest.approx([56.25, -10.0])  # percent
    a = chart.scatters["A"].points()[0]
    assert a.size() == pytest.approx(MAX_SIZE)
    b_sizes = [p.size() for p in chart.scatters["B"].points()]
    # Area by stock value: sqrt(525 / 2100) = 0.5 of the way from the smallest size.
    assert b_sizes == pytest.approx([MIN_SIZE, MIN_SIZE + (MAX_SIZE - MIN_SIZE) * 0.5])
    assert "EF-3" in chart._tip(0.28, -10.0, chart.scatters["B"].points()[1].data())
    assert "thousand CNY" in chart.plot.getAxis("bottom").labelText  # 万 CNY in Chinese
    legend = [label.text for _, label in chart.legend.items]
    assert legend == ["Class A", "Class B"]


def test_pareto_chart_bars_curve_guides_and_regions(qtbot):
    from ui.charts.pareto_chart import ParetoChart

    chart = ParetoChart()
    qtbot.addWidget(chart)
    series = ParetoSeries(
        [1, 2, 3, 4],
        [0.6, 0.25, 0.1, 0.05],
        [0.6, 0.85, 0.95, 1.0],
        ["A", "A", "B", "C"],
        {"A": 2, "B": 3, "C": 4},
        ["a", "b", "c", "d"],
    )
    chart.set_data(series)
    x, y = chart.curve.getData()
    assert list(x) == [1, 2, 3, 4] and list(y) == pytest.approx([60, 85, 95, 100])
    assert list(chart.bars.opts["height"]) == pytest.approx([60, 25, 10, 5])
    assert [g.value() for g in chart.guides] == pytest.approx([80, 95])
    assert {k: r.getRegion() for k, r in chart.regions.items()} == {
        "A": (0.5, 2.5),
        "B": (2.5, 3.5),
        "C": (3.5, 4.5),
    }
    assert not chart.showing_empty_state
    chart.set_data(ParetoSeries([], [], [], [], {}, []))  # no sales: no axes, a sentence
    assert chart.plot.listDataItems() == [] and chart.showing_empty_state
    assert "Import a sales or orders report" in chart.empty_label.text()


def test_every_step_2_chart_says_what_to_import_when_empty(qtbot):
    """The empty catalog: no axes running 0–1, but what is missing and what to import."""
    from datetime import date

    from core.inventory.charts import AGING_BUCKETS, AgingBucket
    from ui.charts.bubble_chart import BubbleChart
    from ui.charts.lifecycle_chart import LifecycleChart
    from ui.charts.platform_revenue_chart import PlatformRevenueChart
    from ui.charts.stock_aging_chart import StockAgingChart

    empty = {
        BubbleChart: [],
        LifecycleChart: {"intro": (0, 0.0), "growth": (0, 0.0), "": (12, 0.0)},
        StockAgingChart: [AgingBucket(label, 0, 0.0) for _, label in AGING_BUCKETS],
        PlatformRevenueChart: ([date(2026, m, 1) for m in range(1, 13)], {}),
    }
    for cls, series in empty.items():
        chart = cls()
        qtbot.addWidget(chart)
        chart.set_data(series, "CNY")
        assert chart.showing_empty_state, cls.__name__
        assert not chart.plot_widget.isVisibleTo(chart)
        assert "Import" in chart.empty_label.text(), cls.__name__
    chart = LifecycleChart()
    qtbot.addWidget(chart)
    chart.set_data({"intro": (1, 10.0), "": (3, 0.0)}, "CNY")  # one SKU with a stage: drawn
    assert not chart.showing_empty_state and chart.plot_widget.isVisibleTo(chart)


def test_dual_bar_charts(qtbot):
    from ui.charts.lifecycle_chart import LifecycleChart
    from ui.charts.stock_aging_chart import StockAgingChart

    life = LifecycleChart()
    qtbot.addWidget(life)
    life.set_data(
        {
            "intro": (1, 280.0),
            "growth": (2, 8400.0),
            "mature": (0, 0.0),
            "decline": (1, 1200.0),
            "": (3, 0.0),
        },
        "CNY",
    )
    assert list(life.left_bars.opts["height"]) == [1, 2, 0, 1, 3]
    assert list(life.right_bars.opts["height"]) == pytest.approx([0.28, 8.4, 0, 1.2, 0])
    ticks = [label for _, label in life.plot.getAxis("bottom")._tickLevels[0]]
    assert ticks == ["Intro", "Growth", "Mature", "Decline", "No sales yet"]
    life.set_data(
        {
            "intro": (1, 1.0),
            "growth": (0, 0.0),
            "mature": (0, 0.0),
            "decline": (0, 0.0),
            "": (0, 0.0),
        },
        "CNY",
    )
    assert len(life.left_bars.opts["height"]) == 4  # no "no sales" bar when there are none

    aging = StockAgingChart()
    qtbot.addWidget(aging)
    aging.set_data(
        [AgingBucket("0–30 days", 10, 350.0), AgingBucket(">365 days", 4, 2000.0)], "USD"
    )
    assert list(aging.left_bars.opts["height"]) == [10, 4]
    assert list(aging.right_bars.opts["height"]) == pytest.approx([0.35, 2.0])
    assert "thousand USD" in aging.plot.getAxis("right").labelText


class FakeChinese:
    """A translator that marks every text, so a test sees retranslation happen."""

    def __enter__(self):
        from PySide6.QtCore import QCoreApplication, QTranslator

        class Marker(QTranslator):
            def translate(self, context, source, disambiguation=None, n=-1):
                return "中" + source if source and not source.startswith("中") else source

            def isEmpty(self):  # noqa: N802 - Qt override
                return False

        self.translator = Marker()
        QCoreApplication.installTranslator(self.translator)
        return self

    def __exit__(self, *exc):
        from PySide6.QtCore import QCoreApplication

        QCoreApplication.removeTranslator(self.translator)


def test_charts_follow_the_language(qtbot):
    from ui.charts.lifecycle_chart import LifecycleChart

    chart = LifecycleChart()
    qtbot.addWidget(chart)
    chart.set_data({"intro": (1, 1.0)}, "CNY")

    def first_tick():
        return chart.plot.getAxis("bottom")._tickLevels[0][0][1]

    with FakeChinese():
        qtbot.waitUntil(lambda: first_tick() == "中Intro")
        assert chart.plot.getAxis("left").labelText == "中SKUs"
    qtbot.waitUntil(lambda: first_tick() == "Intro")


def test_inventory_charts_with_the_demo(qtbot, demo):
    from ui.charts.inventory_charts import InventoryCharts

    with demo.session() as session:
        review = review_catalog(session, as_of=AS_OF)
        aging = stock_aging(session, AS_OF)
    charts = InventoryCharts()
    qtbot.addWidget(charts)
    charts.resize(1400, 880)
    charts.set_review(review, aging)
    plotted = sum(len(s.getData()[0]) for s in charts.bubble.scatters.values())
    assert plotted == len(bubble_series(review)) == 99
    assert len(charts.pareto.curve.getData()[0]) == 99
    assert charts.pareto.curve.getData()[1][-1] == pytest.approx(100)
    mix = lifecycle_mix(review)
    assert sum(charts.lifecycle.left_bars.opts["height"]) == sum(c for c, _ in mix.values())
    assert sum(charts.aging.left_bars.opts["height"]) == sum(b.units for b in aging)
    assert charts.cards[0].title.text() == "Margin vs revenue"
    assert "20 %" in charts.cards[2].toolTip()


def test_lifecycle_card_says_how_many_stages_are_not_seasonally_adjusted(qtbot, demo):
    """The demo has a year of sales: no SKU has the 13 months a year-on-year comparison needs,
    so every suggested growth / mature / decline stage is "not seasonally adjusted"."""
    from sqlmodel import func, select

    from core.models import SalesRecord
    from ui.charts.inventory_charts import InventoryCharts

    with demo.session() as session:
        first = session.exec(select(func.min(SalesRecord.month))).one()
        review = review_catalog(session, as_of=AS_OF)
        aging = stock_aging(session, AS_OF)
    assert str(first) >= "2025-11-01"  # at most 12 months before the review
    staged = [s for s in review.skus if s.lifecycle_suggested in ("growth", "mature", "decline")]
    charts = InventoryCharts()
    qtbot.addWidget(charts)
    charts.set_review(review, aging)
    assert staged and charts.not_adjusted == len(staged)
    assert f"{len(staged)} SKUs have less than 13 months of history" in charts.cards[2].hint.text()
