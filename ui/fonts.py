"""One interface font whose line height holds Chinese glyphs.

Qt sizes every line edit, spin box, combo box and table row from the *primary* font's metrics.
When that font has no CJK glyphs (DejaVu Sans on Linux, Segoe UI on Windows), Chinese comes
from a fallback font that is taller, and its glyphs are cut: the spin-box suffix 天 showed as
大, rows of 16–19 px clipped 组建跨职能小组. So the application font is a family that has the
CJK glyphs itself (its Latin letters are fine too: names like "Lin Wei 林伟" mix both), and row
heights are computed from the tallest line the text can need.
"""

from __future__ import annotations

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
CJK_SAMPLE = "天大组建跨职能小组"
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


def use_cjk_capable_font(app: QApplication) -> None:
    app.setFont(cjk_capable_font(app.font()))


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
