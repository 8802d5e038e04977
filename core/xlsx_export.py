"""Write tables to a formatted Excel workbook that is safe to open.

Header row bold on a fill, frozen below the header, auto-filter, sensible widths and number
formats. Text that begins with = + - @ is stored as text so that Excel never runs it as a
formula (CSV/formula injection).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")

MONEY = "#,##0.00"
PERCENT = "0.0%"
INTEGER = "#,##0"
DATE = "yyyy-mm-dd"


@dataclass
class Sheet:
    title: str
    headers: Sequence[str]
    rows: Iterable[Sequence[Any]]
    # number format per column index, e.g. {3: MONEY}
    formats: dict[int, str] = field(default_factory=dict)


def safe_sheet_title(title: str) -> str:
    cleaned = "".join("_" if ch in "[]:*?/\\" else ch for ch in title).strip("'")
    return (cleaned or "Sheet")[:31]


def write_workbook(path: str | Path, sheets: Sequence[Sheet]) -> Path:
    from openpyxl import Workbook  # imported when first needed: it costs 0.25 s at start-up
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    path = Path(path)
    workbook = Workbook()
    workbook.remove(workbook.active)
    header_font = Font(bold=True, color="FFFFFF")
    header_fill = PatternFill("solid", fgColor="305496")
    for sheet in sheets:
        ws = workbook.create_sheet(safe_sheet_title(sheet.title))
        widths = [max(8, min(40, len(str(h)) * 1.3 + 2)) for h in sheet.headers]
        ws.append(list(sheet.headers))
        for cell in ws[1]:
            cell.font = header_font
            cell.fill = header_fill
            cell.alignment = Alignment(vertical="center", wrap_text=True)
        for row_number, row in enumerate(sheet.rows, start=2):
            for col_number, value in enumerate(row, start=1):
                cell = ws.cell(row=row_number, column=col_number)
                _set_value(cell, value)
                fmt = sheet.formats.get(col_number - 1)
                if fmt and isinstance(value, int | float):
                    cell.number_format = fmt
                elif isinstance(value, date | datetime):
                    cell.number_format = DATE
                if col_number <= len(widths) and value is not None:
                    widths[col_number - 1] = min(
                        60, max(widths[col_number - 1], _display_width(value))
                    )
        for index, width in enumerate(widths, start=1):
            ws.column_dimensions[get_column_letter(index)].width = width
        ws.freeze_panes = "A2"
        if sheet.headers:
            ws.auto_filter.ref = ws.dimensions
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(path.name + ".part")
    workbook.save(temporary)
    temporary.replace(path)  # a failed save never leaves half a file under the real name
    return path


def _display_width(value: Any) -> float:
    text = str(value)
    # CJK characters are about twice as wide as Latin ones in Excel's default font.
    return sum(2 if ord(ch) > 0x2E80 else 1 for ch in text) + 2


def _set_value(cell, value: Any) -> None:
    if isinstance(value, bool):
        cell.value = value
    elif isinstance(value, str):
        cell.value = value
        if value.startswith(FORMULA_STARTS):
            cell.data_type = "s"  # keep it text: never a formula
    else:
        cell.value = value
