"""Category labels never run together (issue 7: the stock-aging buckets overlapped at 1280 px):
they are wrapped at a space, or cut, to fit the width each category gets."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontMetrics

from core.inventory.charts import AGING_BUCKETS, AgingBucket
from ui.charts.dual_bar_chart import LABEL_GAP, fitted_labels

LABELS = [label for _, label in AGING_BUCKETS]  # "0–30 days" … ">365 days"


def _widest_line(label: str, metrics: QFontMetrics) -> int:
    return max(metrics.horizontalAdvance(line) for line in label.split("\n"))


def test_labels_that_fit_stay_as_they_are(qapp):
    metrics = QFontMetrics(QFont())
    slot = max(metrics.horizontalAdvance(x) for x in LABELS) + LABEL_GAP
    assert fitted_labels(LABELS, slot, metrics) == LABELS


def test_labels_too_wide_go_on_two_lines_then_are_cut(qapp):
    metrics = QFontMetrics(QFont())
    slot = metrics.horizontalAdvance("181–365") + LABEL_GAP + 2
    assert fitted_labels(LABELS, slot, metrics) == [
        "0–30\ndays",
        "31–90\ndays",
        "91–180\ndays",
        "181–365\ndays",
        ">365\ndays",
    ]
    narrow = fitted_labels(LABELS, 30 + LABEL_GAP, metrics)
    assert all(_widest_line(label, metrics) <= 30 for label in narrow)
    assert any("…" in label for label in narrow)


def test_stock_aging_labels_do_not_overlap_in_a_1280_px_window(qtbot):
    from ui.charts.stock_aging_chart import StockAgingChart

    chart = StockAgingChart()
    qtbot.addWidget(chart)
    chart.resize(465, 520)  # a chart card of the 2×2 grid in a 1280×800 window
    chart.show()
    qtbot.waitExposed(chart)
    rows = [AgingBucket(label, 1000 * (i + 1), 5000.0 * (i + 1)) for i, label in enumerate(LABELS)]
    chart.set_data(rows, "CNY")
    qtbot.waitUntil(lambda: chart.shown_labels != [])
    axis = chart.plot.getAxis("bottom")
    metrics = QFontMetrics(axis.style["tickFont"])
    slot = chart.plot.vb.width() / len(LABELS)
    assert metrics.horizontalAdvance("181–365 days") > slot - LABEL_GAP  # would run together
    assert all(_widest_line(x, metrics) <= slot - LABEL_GAP for x in chart.shown_labels)
    assert [x.replace("\n", " ") for x in chart.shown_labels] == LABELS  # wrapped, not cut
    # Wider again: back on one line.
    chart.resize(1400, 520)
    qtbot.waitUntil(lambda: chart.shown_labels == LABELS)
