"""Step 2 "Platforms" tab on the demo, driven like a user: switch to it, sort by clicking a
header, change the view, export to Excel; the chart plots the core's monthly series."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QApplication, QFileDialog

from core.inventory.platforms import DETAIL, PLATFORM, TOTAL
from ui.models.platform_performance_model import KEYS, PlatformPerformanceModel
from ui.pages.inventory.page import InventoryPage

BOTH_ENGINES = True

AS_OF = date(2026, 11, 1)
PLATFORMS = {"Amazon", "TikTok Shop", "Shopify", "AliExpress"}


@pytest.fixture
def page(qtbot, qt_settings, demo):
    widget = InventoryPage()
    widget.as_of = AS_OF
    widget.resize(1400, 880)
    widget.show()
    qtbot.waitExposed(widget)
    widget.set_workspace(demo)
    qtbot.waitUntil(lambda: widget._job is None and widget.data is not None)
    yield widget
    qtbot.waitUntil(lambda: widget._job is None and not widget._reload_timer.isActive())
    widget.close()
    widget.deleteLater()


def _shown(panel, column: str) -> list:
    proxy = panel.proxy
    return [proxy.index(r, KEYS.index(column)).data() for r in range(proxy.rowCount())]


def test_platforms_tab_shows_every_platform_and_market(qtbot, page):
    panel = page.platforms_panel
    assert panel.chart is None  # pyqtgraph is loaded when the tab is first shown
    page.tabs.setCurrentIndex(page.tabs.indexOf(panel))
    assert page.tabs.tabText(2) == "Platforms" and page.tabs.tabText(3) == "Flags"
    assert panel.isVisible() and panel.chart is not None
    detail = page.data["platforms"].level(DETAIL)
    assert panel.proxy.rowCount() == len(detail) + 1  # and the total
    assert set(_shown(panel, "platform")[:-1]) == PLATFORMS
    assert _shown(panel, "platform")[-1] == "All platforms"
    assert _shown(panel, "market")[-1] == "All markets"
    # "By platform": the four platforms and the total; Amazon leads with about 80 %
    panel.level_combo.setCurrentIndex(1)
    assert _shown(panel, "platform") == [
        "Amazon",
        "TikTok Shop",
        "Shopify",
        "AliExpress",
        "All platforms",
    ]
    share = page.data["review"].platform_shares["Amazon"]
    assert _shown(panel, "revenue_share")[0] == f"{share * 100:.1f}%"
    assert _shown(panel, "revenue_share")[-1] == "100.0%"
    panel.level_combo.setCurrentIndex(2)
    assert _shown(panel, "market") == ["US", "DE", "JP", "All markets"]


def test_sort_by_clicking_a_header_keeps_the_total_last(qtbot, page):
    panel = page.platforms_panel
    page.tabs.setCurrentIndex(page.tabs.indexOf(panel))
    panel.level_combo.setCurrentIndex(1)
    header = panel.table.horizontalHeader()
    section = KEYS.index("revenue_12m")
    assert header.sortIndicatorSection() == section  # revenue, the largest first
    order = header.sortIndicatorOrder()
    point = header.rect().center()
    point.setX(header.sectionViewportPosition(section) + header.sectionSize(section) // 2)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert header.sortIndicatorOrder() != order
    ascending = header.sortIndicatorOrder() == Qt.SortOrder.AscendingOrder
    names = _shown(panel, "platform")
    expected = ["AliExpress", "Shopify", "TikTok Shop", "Amazon"]
    assert names == (expected if ascending else expected[::-1]) + ["All platforms"]
    # numbers sort as numbers, not as text ("9,877" < "83,287")
    units = KEYS.index("units_12m")
    point.setX(header.sectionViewportPosition(units) + header.sectionSize(units) // 2)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=point)
    values = [int(v.replace(",", "")) for v in _shown(panel, "units_12m")[:-1]]
    assert values in (sorted(values), sorted(values, reverse=True))
    assert _shown(panel, "platform")[-1] == "All platforms"


def test_trend_colours_and_model_checks(qtbot, qtmodeltester, page):
    panel = page.platforms_panel
    qtmodeltester.check(panel.model)
    qtmodeltester.check(panel.proxy)
    model = panel.model
    column = KEYS.index("trend")
    for row_number, row in enumerate(model.rows):
        colour = model.index(row_number, column).data(Qt.ItemDataRole.ForegroundRole)
        if row.trend is None or row.trend == 0:
            assert colour is None
        else:
            assert colour.name() == ("#15803d" if row.trend > 0 else "#b91c1c")
    total = next(i for i, r in enumerate(model.rows) if r.level == TOTAL)
    assert model.index(total, 0).data(Qt.ItemDataRole.FontRole).bold()
    empty = PlatformPerformanceModel()
    qtmodeltester.check(empty)


def test_export_writes_every_view(qtbot, page, tmp_path, monkeypatch):
    from openpyxl import load_workbook

    panel = page.platforms_panel
    page.tabs.setCurrentIndex(page.tabs.indexOf(panel))
    target = tmp_path / "platforms"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(target), ""))
    with qtbot.waitSignal(panel.sig_exported, timeout=20000) as blocker:
        qtbot.mouseClick(panel.export_button, Qt.MouseButton.LeftButton)
    written = tmp_path / "platforms.xlsx"
    assert blocker.args == [str(written)] and written.exists()
    assert "platforms.xlsx" in page.export_note.text() and page.export_note.isVisible()
    book = load_workbook(written)
    assert book.sheetnames == ["Platform × market", "By platform", "By market"]
    rows = list(book["By platform"].values)
    performance = page.data["platforms"]
    assert [r[0] for r in rows[1:]] == [r.platform for r in performance.level(PLATFORM)] + [
        "All platforms"
    ]
    # The figure on screen, to the cent (Excel holds it as a number with two decimals).
    written_revenue = Decimal(str(rows[1][KEYS.index("revenue_12m")]))
    assert written_revenue == performance.level(PLATFORM)[0].revenue_12m
    assert len(list(book["Platform × market"].values)) == len(performance.level(DETAIL)) + 2


def test_chart_plots_the_monthly_revenue_stacked(qtbot, page):
    panel = page.platforms_panel
    page.tabs.setCurrentIndex(page.tabs.indexOf(panel))
    performance = page.data["platforms"]
    chart = panel.chart
    assert list(chart.bars) == list(performance.monthly_revenue)
    bottom = [0.0] * 12
    for name, values in performance.monthly_revenue.items():
        opts = chart.bars[name].opts
        assert list(opts["height"]) == pytest.approx([v / 1000 for v in values])
        assert list(opts["y0"]) == pytest.approx(bottom)
        bottom = [b + v / 1000 for b, v in zip(bottom, values, strict=True)]
    assert [label.text for _, label in chart.legend.items] == [
        r.platform for r in performance.level(PLATFORM)
    ]
    assert "thousand CNY" in chart.plot.getAxis("left").labelText
    ticks = chart.plot.getAxis("bottom")._tickLevels[0]
    assert ticks[0][1] == "2025-11" and ticks[-1][1] == "2026-10"


def test_language_change_renames_headers_and_totals(qtbot, page):
    panel = page.platforms_panel
    panel.model._headers = ["x"] * len(KEYS)  # stale texts, as after a language switch
    QApplication.sendEvent(panel, QEvent(QEvent.Type.LanguageChange))
    assert panel.model.headerData(KEYS.index("revenue_12m"), Qt.Orientation.Horizontal) == (
        "Revenue (CNY)"
    )
    assert panel.level_combo.itemText(1) == "By platform"


def test_the_total_shown_is_the_sum_of_the_rows_shown(qtbot, page):
    """Money adds up as shown: every row's revenue to the cent, the total their sum."""
    panel = page.platforms_panel
    for level in range(panel.level_combo.count()):
        panel.level_combo.setCurrentIndex(level)
        shown = [Decimal(text.replace(",", "")) for text in _shown(panel, "revenue_12m")]
        *rows, total = shown  # the total is the last row
        assert sum(rows) == total
        assert all(value == value.quantize(Decimal("0.01")) for value in shown)
