"""Chart base polish: axes fit the data, the legend never covers it, 万 in Chinese."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale

from core.inventory.charts import BubblePoint

POINTS = [
    BubblePoint("AB-1", 780_000.0, 0.5, 2100.0, "A"),
    BubblePoint("CD-2", 120_000.0, 0.25, 50_000.0, "B"),
    BubblePoint("EF-3", 28_000.0, 0.1, 525_000.0, "C"),
]


@pytest.fixture
def chinese_locale():
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.Chinese))
    yield
    QLocale.setDefault(before)


def test_bubble_axes_fit_the_bubbles(qtbot):
    from ui.charts.bubble_chart import BubbleChart

    chart = BubbleChart()
    qtbot.addWidget(chart)
    chart.resize(600, 400)
    chart.show()
    chart.set_data(POINTS, "CNY")
    (x_low, x_high), (y_low, y_high) = chart.plot.viewRange()
    largest = max(p.revenue for p in POINTS) / 1000  # 780 thousand
    assert x_low == 0 and largest < x_high <= largest * 1.1  # not 3,000
    assert y_low == 0 and 50 < y_high <= 55


def test_legend_sits_outside_the_data(qtbot):
    from ui.charts.bubble_chart import BubbleChart
    from ui.charts.lifecycle_chart import LifecycleChart

    for chart in (BubbleChart(), LifecycleChart()):
        qtbot.addWidget(chart)
        chart.resize(600, 400)
        chart.show()
        qtbot.waitExposed(chart)
        if isinstance(chart, BubbleChart):
            chart.set_data(POINTS, "CNY")
        else:
            chart.set_data({"intro": (3, 9000.0), "growth": (5, 12000.0)}, "CNY")
        qtbot.wait(50)  # the plot's layout places the legend row
        legend = chart.legend.sceneBoundingRect()
        data = chart.plot.vb.sceneBoundingRect()
        assert chart.legend.items and legend.bottom() <= data.top() + 1


def test_chinese_axes_count_in_wan(qtbot, chinese_locale):
    from ui.charts.bubble_chart import BubbleChart
    from ui.charts.plot_base import amount_scale

    assert amount_scale() == (10_000, "万")
    chart = BubbleChart()
    qtbot.addWidget(chart)
    chart.set_data(POINTS, "CNY")
    x, _y = chart.scatters["A"].getData()
    assert list(x) == pytest.approx([78.0])  # 780,000 CNY = 78 万
    assert "万 CNY" in chart.plot.getAxis("bottom").labelText


def test_charts_say_they_ignore_the_catalog_filter(qtbot, qt_settings, demo):
    from datetime import date

    from ui.pages.inventory.page import InventoryPage

    page = InventoryPage()
    qtbot.addWidget(page)
    page.as_of = date(2026, 11, 1)
    page.show()
    page.set_workspace(demo)
    qtbot.waitUntil(lambda: page._job is None and page.data is not None)
    page.tabs.setCurrentIndex(1)
    assert not page.charts_note.isVisible()  # nothing filtered: nothing to say
    page.tabs.setCurrentIndex(0)
    qtbot.keyClicks(page.filter_edit, "HM0")
    page.tabs.setCurrentIndex(1)
    assert page.charts_note.isVisible() and "whole catalog" in page.charts_note.text()
