"""One interface font whose line height holds Chinese glyphs.

Qt sizes every line edit, spin box, combo box and table row from the *primary* font's metrics.
When that font has no CJK glyphs (DejaVu Sans on Linux, Segoe UI on Windows), Chinese comes
from a fallback font that is taller, and its glyphs are cut: the spin-box suffix 天 showed as
大, rows of 16–19 px clipped 组建跨职能小组. So the application font is a family that has the
CJK glyphs itself (its Latin letters are fine too: names like "Lin Wei 林伟" mix both), and row
heights are computed from the tallest line the text can need.

English text drew its curly quotes “ ” ‘ ’ full width in that family ("it’s" read "it’ s"):
the Simplified Chinese CJK fonts map them to full-width glyphs. In English the font asks for
proportional widths (OpenType ``pwid``: Noto/Source Han Sans hold both forms) instead of putting
a Latin family first, which would size fields from the shorter Latin line again (a spin box's
天 showed as 大 in English). Chinese keeps the full-width forms its text wants.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtGui import QFont, QFontDatabase, QFontMetrics
from PySide6.QtWidgets import QAbstractItemView, QApplication, QTableView

# The system's own CJK interface fonts first (Windows, macOS), then the open ones (Linux).
CJK_UI_FAMILIES = (
    "Microsoft YaHei UI",
    "Microsoft YaHei",
    "PingFang SC",
    "Hiragino Sans GB",
    "Noto Sans CJK SC",
    "Source Han Sans SC",
    "Noto Sans SC",
    "WenQuanYi Micro Hei",
)
PROPORTIONAL_WIDTHS = QFont.Tag("pwid")  # English quotes and dashes at Latin widths
CJK_SAMPLE = "天大组建跨职能小组"
BASE_FONT_PROPERTY = "matrixdeskBaseFont"  # the font Qt chose before ours: re-derived per language
ROW_LINES = 1.5  # a table row in lines of text: room above and below the glyphs


def cjk_capable_font(base: QFont) -> QFont:
    """``base`` with the first installed CJK interface family (``base`` when none is)."""
    installed = set(QFontDatabase.families())
    family = next((f for f in CJK_UI_FAMILIES if f in installed), None)
    if family is None:
        return QFont(base)
    font = QFont(base)
    font.setFamilies([family, *(f for f in base.families() if f != family)])
    return font


def language_font(base: QFont, language: str) -> QFont:
    """The CJK-capable interface font for ``language``: Chinese (``zh_CN``) with its full-width
    punctuation, English with proportional quotes (fonts without the feature ignore it)."""
    font = cjk_capable_font(base)
    if language != "zh_CN":
        font.setFeature(PROPORTIONAL_WIDTHS, 1)
    return font


def use_language_fonts(app: QApplication, language: str) -> None:
    """Give the app the interface font for ``language``; later ``follow_language`` calls (the
    language switcher's) change it with the language."""
    if app.property(BASE_FONT_PROPERTY) is None:
        app.setProperty(BASE_FONT_PROPERTY, QFont(app.font()))
    follow_language(app, language)


def follow_language(app: QApplication, language: str) -> None:
    """The interface font for ``language``, when the app uses language fonts (tests that
    switch languages on a bare QApplication keep its font)."""
    base = app.property(BASE_FONT_PROPERTY)
    if isinstance(base, QFont):
        app.setFont(language_font(base, language))
        # Qt posts the change to every widget; deliver it now, as the language switch does.
        QCoreApplication.sendPostedEvents(None, QEvent.Type.ApplicationFontChange)


def line_height(metrics: QFontMetrics) -> int:
    """The height one line of mixed Latin and Chinese text needs, fallback glyphs included."""
    return max(metrics.height(), metrics.boundingRect(CJK_SAMPLE).height())


def fit_rows(view: QAbstractItemView, lines: float = ROW_LINES) -> int:
    """Rows of a table tall enough for Chinese in the view's own font; returns the height."""
    height = int(line_height(view.fontMetrics()) * lines)
    if isinstance(view, QTableView):
        header = view.verticalHeader()
        header.setMinimumSectionSize(height)
        header.setDefaultSectionSize(height)
    return height
