"""No clipped CJK glyphs (issue 7): the spin-box suffix 天 rendered as 大 and 16–19 px rows cut
Chinese, because Qt sized everything from a primary font without CJK glyphs while the taller
fallback font drew them. The interface font now holds the glyphs itself, and tables size their
rows from the tallest line their text can need."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFont, QFontDatabase, QFontMetrics
from PySide6.QtWidgets import QSpinBox

from ui.fonts import (
    CJK_SAMPLE,
    CJK_UI_FAMILIES,
    cjk_capable_font,
    line_height,
    use_cjk_capable_font,
)

BOTH_ENGINES = True


@pytest.fixture
def app_font(qapp):
    """The application font as ``create_application`` sets it, restored afterwards."""
    before = QFont(qapp.font())
    use_cjk_capable_font(qapp)
    yield qapp.font()
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
