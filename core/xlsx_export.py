"""Write tables to a formatted Excel workbook that is safe to open: the ONE export writer.

Every cell of every export goes through :func:`_set_value` here, headers and sheet titles
included: text is always stored as text, never as a formula (``=HYPERLINK(…)``, ``=cmd|…``)
or an error cell (``#N/A``); text that begins like a formula also gets Excel's quote prefix, so
that editing the cell in Excel keeps it text. Characters an xlsx file cannot hold (ESC, BEL,
other C0 controls, lone surrogates) are shown as their visible symbol (ESC → ␛) instead of
failing the export. The file is written to ``NAME.part`` and moved over the real name at the
end; any failure removes the ``.part`` file and says, by name, which file could not be written.
"""

from __future__ import annotations

import errno
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from core.i18n import QT_TRANSLATE_NOOP, Message

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\n")
EXCEL_MAX_CELL_TEXT = 32_767

MONEY = "#,##0.00"
PERCENT = "0.0%"
INTEGER = "#,##0"
DATE = "yyyy-mm-dd"


class ExportError(Exception):
    """An export file could not be written; ``message`` names the file and says why."""

    def __init__(self, message: Message) -> None:
        super().__init__(message.render())
        self.message = message


def money_format(decimals: int) -> str:
    """The number format of a currency with ``decimals`` minor digits (JPY 0: "#,##0")."""
    return INTEGER if decimals <= 0 else "#,##0." + "0" * decimals


@dataclass
class Sheet:
    title: str
    headers: Sequence[str]
    rows: Iterable[Sequence[Any]]
    # number format per column index, e.g. {3: MONEY}
    formats: dict[int, str] = field(default_factory=dict)


def _visible(ch: str) -> str:
    code = ord(ch)
    if code < 0x20 and ch not in "\t\n\r":
        return chr(0x2400 + code)  # Unicode "control pictures": ESC → ␛, BEL → ␇
    if 0xD800 <= code <= 0xDFFF or code in (0xFFFE, 0xFFFF):
        return "\ufffd"
    return ch


def safe_text(text: str) -> str:
    """``text`` with every character an xlsx cell cannot hold made visible, within Excel's
    32,767-character limit."""
    if any(ord(ch) < 0x20 or 0xD800 <= ord(ch) <= 0xDFFF or ord(ch) >= 0xFFFE for ch in text):
        text = "".join(_visible(ch) for ch in text)
    if len(text) > EXCEL_MAX_CELL_TEXT:
        text = text[: EXCEL_MAX_CELL_TEXT - 1] + "…"
    return text


def safe_sheet_title(title: str) -> str:
    cleaned = "".join("_" if ch in "[]:*?/\\" else ch for ch in safe_text(str(title)))
    cleaned = "".join(ch for ch in cleaned if ord(ch) >= 0x20 and not 0x2400 <= ord(ch) < 0x2420)
    return (cleaned.strip("'").strip() or "Sheet")[:31]


def write_workbook(path: str | Path, sheets: Sequence[Sheet]) -> Path:
    """Write ``sheets`` to ``path`` (xlsx); raises :class:`ExportError` with a plain message."""
    from openpyxl import Workbook  # imported when first needed: it costs 0.25 s at start-up
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    path = Path(path)
    workbook = Workbook()
    workbook.remove(workbook.active)
    header_font = Font(bold=True, color="FFFFFF")
    header_fill = PatternFill("solid", fgColor="305496")
    used_titles: set[str] = set()
    for sheet in sheets:
        ws = workbook.create_sheet(_unique_title(safe_sheet_title(sheet.title), used_titles))
        widths = [max(8, min(40, len(str(h)) * 1.3 + 2)) for h in sheet.headers]
        for col_number, header in enumerate(sheet.headers, start=1):
            cell = ws.cell(row=1, column=col_number)
            _set_value(cell, header)
            cell.font = header_font
            cell.fill = header_fill
            cell.alignment = Alignment(vertical="center", wrap_text=True)
        for row_number, row in enumerate(sheet.rows, start=2):
            for col_number, value in enumerate(row, start=1):
                cell = ws.cell(row=row_number, column=col_number)
                _set_value(cell, value)
                fmt = sheet.formats.get(col_number - 1)
                if fmt and isinstance(value, int | float | Decimal):
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
    _save(workbook, path)
    return path


def _unique_title(title: str, used: set[str]) -> str:
    candidate, number = title, 2
    while candidate.casefold() in used:
        suffix = f" ({number})"
        candidate, number = title[: 31 - len(suffix)] + suffix, number + 1
    used.add(candidate.casefold())
    return candidate


def _save(workbook, path: Path) -> None:
    """Save through ``NAME.part`` so a failed save never leaves half a file under either name."""
    temporary = path.with_name(path.name + ".part")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        workbook.save(temporary)
        temporary.replace(path)
    except OSError as exc:
        raise ExportError(_write_failed(path, exc)) from exc
    finally:
        try:
            temporary.unlink(missing_ok=True)
        except OSError:
            pass  # the folder itself is not writable: nothing could have been left there


def _write_failed(path: Path, exc: OSError) -> Message:
    if exc.errno == errno.ENOSPC:
        text = QT_TRANSLATE_NOOP(
            "Export", "Could not write {path}: the disk is full. Free some space and try again."
        )
    elif exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS, errno.EBUSY, errno.ETXTBSY):
        text = QT_TRANSLATE_NOOP(
            "Export",
            "Could not write {path}: the file is open in another program (close it there) or "
            "the folder is read-only. Nothing was written; choose another file or folder.",
        )
    else:
        text = QT_TRANSLATE_NOOP("Export", "Could not write {path}: {reason}")
    return Message("Export", text, {"path": str(path), "reason": exc.strerror or str(exc)})


def _display_width(value: Any) -> float:
    text = str(value)
    # CJK characters are about twice as wide as Latin ones in Excel's default font.
    return sum(2 if ord(ch) > 0x2E80 else 1 for ch in text) + 2


def _set_value(cell, value: Any) -> None:
    """Put one value in a cell: text stays text (never a formula or an error cell)."""
    if value is None or isinstance(value, bool | int | date | datetime):
        cell.value = value
    elif isinstance(value, float):
        cell.value = value if math.isfinite(value) else None  # Excel has no NaN or infinity
    elif isinstance(value, str):
        text = safe_text(value)
        cell.value = text
        cell.data_type = "s"  # openpyxl would make "=…" a formula and "#N/A" an error cell
        if text.startswith(FORMULA_STARTS) or text.startswith("#"):
            cell.quotePrefix = True  # Excel keeps it text even when the cell is edited
    else:
        try:
            cell.value = value  # Decimal, time, …: openpyxl knows how to store these
        except (ValueError, TypeError):
            _set_value(cell, str(value))
        else:
            if cell.data_type in ("f", "e"):
                _set_value(cell, str(value))
