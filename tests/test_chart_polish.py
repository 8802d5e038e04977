"""Chart base polish: axes fit the data, the legend never covers it, 万 in Chinese."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale

from core.inventory.charts import BubblePoint

BOTH_ENGINES = True

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


def test_charts_follow_the_catalog_filter(qtbot, qt_settings, demo):
    """Issue 7: with the step 2 filter set, the charts are recomputed on the filtered SKUs (off
    the UI thread) and say so; numbers checked against the workspace read directly."""
    from datetime import date

    from sqlalchemy import text

    from ui.pages.inventory.page import InventoryPage

    with demo.engine.connect() as conn:
        home = {
            sku_id
            for (sku_id,) in conn.execute(
                text(
                    "SELECT sku.id FROM sku JOIN product ON product.id = sku.product_id "
                    "WHERE product.spu_code LIKE 'HM0%'"
                )
            )
        }
        lots = "SELECT COALESCE(SUM(qty), 0) FROM stocklot JOIN sku ON sku.id = stocklot.sku_id "
        lots += "WHERE qty > 0 AND sku.stock_qty IS NOT NULL AND NOT sku.archived"
        all_units = conn.execute(text(lots)).scalar()
        home_units = conn.execute(
            text(lots + f" AND sku.id IN ({','.join(map(str, home))})")
        ).scalar()
    assert 0 < len(home) and 0 < home_units < all_units

    page = InventoryPage()
    qtbot.addWidget(page)
    page.as_of = date(2026, 11, 1)
    page.show()
    page.set_workspace(demo)
    qtbot.waitUntil(lambda: page._job is None and page.data is not None)
    page.tabs.setCurrentIndex(1)
    assert not page.charts_note.isVisible()  # nothing filtered: nothing to say
    assert sum(row.units for row in page.charts.aging._series) == all_units

    page.tabs.setCurrentIndex(0)
    qtbot.keyClicks(page.filter_edit, "HM0")
    page.tabs.setCurrentIndex(1)
    qtbot.waitUntil(lambda: not page.chart_filter.busy and page.chart_filter.sku_ids is not None)
    assert page.chart_filter.sku_ids == home
    assert page.charts_note.isVisible()
    assert f"show the {len(home)} SKUs the filter" in page.charts_note.text()
    pareto = page.charts.pareto._series
    assert pareto.sku_codes and all(code.startswith("HM0") for code in pareto.sku_codes)
    assert pareto.cumulative[-1] == pytest.approx(1.0)  # ranked among the filtered SKUs
    assert all(p.sku_code.startswith("HM0") for p in page.charts.bubble._series)
    assert sum(row.units for row in page.charts.aging._series) == home_units
    # The catalog keeps its own classes: the grid's review was not touched.
    assert page.data["review"].total_revenue > sum(
        s.revenue_12m for s in page.data["review"].skus if s.sku_id in home
    )

    page.filter_edit.clear()
    qtbot.waitUntil(lambda: not page.chart_filter.busy and page.chart_filter.sku_ids is None)
    assert not page.charts_note.isVisible()
    assert sum(row.units for row in page.charts.aging._series) == all_units


def test_a_chart_places_its_legend_without_a_layout_warning(qtbot, qtlog):
    """The legend took the plot's title cell: Qt warned "Can't add … already taken" for every
    chart made (and the legend's row was not the layout's)."""
    from ui.charts.bubble_chart import BubbleChart

    chart = BubbleChart()
    qtbot.addWidget(chart)
    assert not [r for r in qtlog.records if "already taken" in r.message]
    assert chart.plot.layout.itemAt(0, 1) is chart.legend


def test_portfolio_bubbles_are_drawn_whole(qtbot):
    """The largest SKU's bubble was cut in half at the right edge and the newcomers'
    triangles at the top (the axes had a pad in data units, the bubbles are in pixels)."""
    from decimal import Decimal

    from core.matrix.portfolio import Portfolio, PortfolioPoint
    from ui.pages.matrix.portfolio_chart import PortfolioChart, bubble_sizes

    points = [
        PortfolioPoint(1, "A-1", "Lamp", Decimal(900), 0.04, 0.05, "hero", "star"),
        PortfolioPoint(2, "B-1", "Mat", Decimal(400), 0.0, -0.5, None, "dog"),
        PortfolioPoint(3, "C-1", "Bowl", Decimal(300), 0.001, 4.0, "profit", "star"),
        PortfolioPoint(4, "D-1", "Cup", Decimal(50), 0.002, None, "potential", "question"),
    ]
    chart = PortfolioChart()
    qtbot.addWidget(chart)
    for width, height in ((280, 420), (600, 300)):  # the side panel, and a wide window
        chart.resize(width, height)
        chart.show()
        qtbot.waitExposed(chart)
        chart.set_portfolio(Portfolio(points, "CNY", share_line=0.01))
        qtbot.wait(20)
        view = chart.plot.vb
        box = view.sceneBoundingRect()
        sizes = bubble_sizes([float(p.revenue) for p in points])
        for scatter in chart.scatters.values():
            shown = zip(scatter.data["x"], scatter.data["y"], scatter.data["data"], strict=True)
            for x, y, code in shown:
                centre = view.mapViewToScene(pg_point(x, y))
                radius = sizes[[p.sku_code for p in points].index(code[0])] / 2
                assert box.left() <= centre.x() - radius and centre.x() + radius <= box.right()
                assert box.top() <= centre.y() - radius and centre.y() + radius <= box.bottom()


def pg_point(x: float, y: float):
    from PySide6.QtCore import QPointF

    return QPointF(float(x), float(y))


@pytest.fixture(params=[9.0, 10.0, 14.0])
def app_font_size(request, qapp):
    """The application's font at a point size (the app's style sheet makes it 10 pt; at
    10 pt the letters lost their top pixels under a fixed 108 % top)."""
    from PySide6.QtGui import QFont

    before = qapp.font()
    font = QFont(before)
    font.setPointSizeF(request.param)
    qapp.setFont(font)
    yield request.param
    qapp.setFont(before)


def test_abc_letters_stay_clear_of_the_guide_lines(qtbot, app_font_size):
    """The A/B/C letters hung below the 100 % line, right on the 95 % guide (step 2 charts)."""
    from PySide6.QtCore import QPointF

    from core.inventory.charts import ParetoSeries
    from ui.charts.pareto_chart import ParetoChart

    chart = ParetoChart()
    qtbot.addWidget(chart)
    chart.resize(465, 420)  # a chart card at 1280×800
    chart.show()
    qtbot.waitExposed(chart)
    series = ParetoSeries(
        list(range(1, 21)),
        [0.3, 0.2, 0.1, 0.08, 0.07, 0.06, 0.05, 0.04] + [0.01] * 12,
        [0.3, 0.5, 0.6, 0.68, 0.75, 0.81, 0.86, 0.9] + [0.91 + 0.0075 * i for i in range(12)],
        ["A"] * 6 + ["B"] * 6 + ["C"] * 8,
        {"A": 6, "B": 12, "C": 20},
        [f"S-{n}" for n in range(1, 21)],
    )
    chart.set_data(series)
    qtbot.wait(20)
    view = chart.plot.vb
    top_guide = view.mapViewToScene(QPointF(1, 95)).y()
    full = view.mapViewToScene(QPointF(1, 100)).y()
    for letter in chart.class_labels.values():
        box = letter.sceneBoundingRect()
        assert box.bottom() <= full + 1 < top_guide  # above 100 %, clear of 95 %
        assert box.top() >= view.sceneBoundingRect().top() - 1  # and not cut off
