"""No clipped CJK glyphs (issue 7): the spin-box suffix 天 rendered as 大 and 16–19 px rows cut
Chinese, because Qt sized everything from a primary font without CJK glyphs while the taller
fallback font drew them. The interface font now holds the glyphs itself, and tables size their
rows from the tallest line their text can need."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFont, QFontDatabase, QFontMetrics
from PySide6.QtWidgets import QLabel, QSpinBox

from ui.fonts import (
    BASE_FONT_PROPERTY,
    CJK_SAMPLE,
    CJK_UI_FAMILIES,
    cjk_capable_font,
    line_height,
    use_language_fonts,
)

BOTH_ENGINES = True


@pytest.fixture(params=["zh_CN", "en"])
def app_font(request, qapp):
    """The application font as ``create_application`` sets it, in either language (English's
    must hold Chinese names as well); restored afterwards."""
    before = QFont(qapp.font())
    use_language_fonts(qapp, request.param)
    yield qapp.font()
    qapp.setProperty(BASE_FONT_PROPERTY, None)
    qapp.setFont(before)


def _cjk_installed() -> bool:
    return any(f in QFontDatabase.families() for f in CJK_UI_FAMILIES)


def test_the_interface_font_holds_chinese_in_its_own_line_height(app_font):
    if not _cjk_installed():
        pytest.skip("no CJK interface font installed (fonts-noto-cjk)")
    metrics = QFontMetrics(app_font)
    assert app_font.families()[0] in CJK_UI_FAMILIES
    # Chinese drawn by a fallback font needs a taller line than the font's own: not any more.
    assert metrics.height() >= metrics.boundingRect(CJK_SAMPLE).height()
    assert metrics.ascent() >= metrics.tightBoundingRect("天").height() - metrics.descent()


def test_a_font_without_cjk_glyphs_would_clip_them(qapp):
    """Why the fix is needed: with the default family the fallback line is taller."""
    plain = QFont("DejaVu Sans")
    if "DejaVu Sans" not in QFontDatabase.families() or not _cjk_installed():
        pytest.skip("needs DejaVu Sans and a CJK font")
    metrics = QFontMetrics(plain)
    assert metrics.height() < metrics.boundingRect(CJK_SAMPLE).height()
    assert cjk_capable_font(plain).families()[0] in CJK_UI_FAMILIES
    assert cjk_capable_font(plain).pointSizeF() == plain.pointSizeF()


def test_day_spin_box_is_tall_enough_for_its_suffix(qtbot, app_font):
    spin = QSpinBox()
    spin.setSuffix(" 天")
    spin.setValue(120)
    qtbot.addWidget(spin)
    spin.show()
    qtbot.waitExposed(spin)
    metrics = spin.lineEdit().fontMetrics()
    assert spin.lineEdit().height() >= metrics.height() - 1
    assert metrics.height() >= metrics.boundingRect("120 天").height()


def test_table_rows_fit_chinese(qtbot, app_font, demo, qt_settings):
    from ui.pages.team_page import TeamPage

    page = TeamPage()
    qtbot.addWidget(page)
    page.set_workspace(demo)
    qtbot.waitUntil(lambda: not page.reading)  # a team server's team: read on a thread
    for view in (page.members_view, page.raci_view):
        needed = line_height(view.fontMetrics())
        rows = [view.rowHeight(r) for r in range(view.model().rowCount())]
        assert rows and min(rows) >= needed, (view, rows, needed)
        # Every text shown fits its row, Chinese names and step titles included.
        header = view.verticalHeader()
        for row in range(view.model().rowCount()):
            for column in range(view.model().columnCount()):
                text = str(view.model().index(row, column).data() or "")
                assert view.fontMetrics().boundingRect(text).height() <= view.rowHeight(row)
            title = str(view.model().headerData(row, header.orientation()) or "")
            assert header.fontMetrics().boundingRect(title).height() <= view.rowHeight(row)


# English curly quotes: the CJK family drew “ ” ‘ ’ full width ("it’s" read "it’ s").


@pytest.fixture
def language_fonts(qapp, qt_settings):
    """The app's fonts as ``create_application`` sets them, with its style sheet; restored."""
    from core.resources import resource_path

    before, sheet = QFont(qapp.font()), qapp.styleSheet()
    qapp.setStyleSheet(resource_path("style.qss").read_text(encoding="utf-8"))
    use_language_fonts(qapp, "zh_CN")
    yield qapp
    qapp.setProperty(BASE_FONT_PROPERTY, None)
    qapp.setStyleSheet(sheet)
    qapp.setFont(before)


def _quote_width_in_ideographs(metrics: QFontMetrics) -> float:
    """A proportional “ is a fraction of an ideograph's width; a full-width one is as wide."""
    return metrics.horizontalAdvance("“") / metrics.horizontalAdvance("天")


def test_english_quotes_are_proportional_chinese_ones_full_width(qtbot, language_fonts):
    if not _cjk_installed():
        pytest.skip("no CJK interface font installed (fonts-noto-cjk)")
    from ui.i18n import LanguageSwitcher

    label = QLabel("Kept “your file’s” price")
    qtbot.addWidget(label)
    label.show()
    switcher = LanguageSwitcher()
    try:
        switcher.switch("zh_CN")
        assert _quote_width_in_ideographs(label.fontMetrics()) > 0.9  # as Chinese text wants
        chinese_height = label.fontMetrics().height()
        switcher.switch("en")  # at run time, on the shown label
        metrics = label.fontMetrics()
        assert _quote_width_in_ideographs(metrics) < 0.6
        assert metrics.horizontalAdvance("it’s") < metrics.horizontalAdvance("it天s")
        assert label.font().families()[0] in CJK_UI_FAMILIES  # same family, same line height
        assert metrics.height() == chinese_height
        assert label.font().pointSizeF() == 10  # the style sheet's size still applies
        switcher.switch("zh_CN")
        assert _quote_width_in_ideographs(label.fontMetrics()) > 0.9
    finally:
        switcher.switch("en")  # the next tests read English
