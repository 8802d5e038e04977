"""Write tables to a formatted Excel workbook that is safe to open: the ONE export writer.

Every cell of every export goes through :func:`_write` here, headers and sheet titles
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
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time
from decimal import Decimal
from pathlib import Path
from typing import Any

from core.i18n import QT_TRANSLATE_NOOP, Message
from core.jobs import paused_gc

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
    # background colour (hex RGB, e.g. "F4B183") per (row index in ``rows``, column index)
    fills: dict[tuple[int, int], str] = field(default_factory=dict)


def _visible(ch: str) -> str:
    code = ord(ch)
    if code < 0x20 and ch not in "\t\n\r":
        return chr(0x2400 + code)  # Unicode "control pictures": ESC → ␛, BEL → ␇
    if 0xD800 <= code <= 0xDFFF or code in (0xFFFE, 0xFFFF):
        return "\ufffd"
    return ch


# The characters _visible changes: C0 controls but tab and line breaks, surrogates, U+FFFE/F.
# Tab and line breaks stay out: every multi-line text (the matrix's fit explanations) would
# take the slow path for nothing.
_SUSPECT = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def _made_visible(match: re.Match[str]) -> str:
    return _visible(match.group())


def safe_text(text: str) -> str:
    """``text`` with every character an xlsx cell cannot hold made visible, within Excel's
    32,767-character limit."""
    if _SUSPECT.search(text):
        text = _SUSPECT.sub(_made_visible, text)
    if len(text) > EXCEL_MAX_CELL_TEXT:
        text = text[: EXCEL_MAX_CELL_TEXT - 1] + "…"
    return text


def safe_sheet_title(title: str) -> str:
    cleaned = "".join("_" if ch in "[]:*?/\\" else ch for ch in safe_text(str(title)))
    cleaned = "".join(ch for ch in cleaned if ord(ch) >= 0x20 and not 0x2400 <= ord(ch) < 0x2420)
    return (cleaned.strip("'").strip() or "Sheet")[:31]


WIDTH_SAMPLE = 2000  # rows whose text sets the column widths (the rest follow the sample)


def write_workbook(path: str | Path, sheets: Iterable[Sheet]) -> Path:
    """Write ``sheets`` to ``path`` (xlsx); raises :class:`ExportError` with a plain message.

    Rows are streamed (xlsxwriter's constant-memory mode): 100,000 rows take a few seconds
    and little memory; ``sheets`` and each ``Sheet.rows`` may be generators (walked once, in
    order). ``core.xlsx_apart`` runs this in a child process for large exports."""

    with paused_gc():  # 100,000s of rows: collections would pause the UI thread for seconds
        return _write_workbook(Path(path), sheets)


def _write_workbook(path: Path, sheets: Iterable[Sheet]) -> Path:
    import xlsxwriter

    temporary = path.with_name(path.name + ".part")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        workbook = xlsxwriter.Workbook(
            str(temporary),
            {"constant_memory": True, "strings_to_numbers": False, "strings_to_formulas": False,
             "strings_to_urls": False, "remove_timezone": True},
        )  # fmt: skip
        styles = _Styles(workbook)
        used_titles: set[str] = set()
        for sheet in sheets:
            ws = workbook.add_worksheet(_unique_title(safe_sheet_title(sheet.title), used_titles))
            _write_sheet(ws, sheet, styles)
        _close(workbook)
        temporary.replace(path)
    except OSError as exc:
        raise ExportError(_write_failed(path, exc)) from exc
    finally:
        try:
            temporary.unlink(missing_ok=True)
        except OSError:
            pass  # the folder itself is not writable: nothing could have been left there
    return path


def _close(workbook) -> None:
    from xlsxwriter.exceptions import FileCreateError

    try:
        workbook.close()
    except FileCreateError as exc:  # xlsxwriter wraps the OSError of the save
        cause = exc.args[0] if exc.args and isinstance(exc.args[0], OSError) else None
        raise cause or OSError(errno.EIO, str(exc)) from exc


class _Styles:
    """The few formats an export uses, made once per workbook (xlsxwriter wants that)."""

    def __init__(self, workbook) -> None:
        self.workbook = workbook
        self.header = workbook.add_format(
            {"bold": True, "font_color": "#FFFFFF", "bg_color": "#305496", "pattern": 1,
             "valign": "vcenter", "text_wrap": True}
        )  # fmt: skip
        header_quoted = {"bold": True, "font_color": "#FFFFFF", "bg_color": "#305496"}
        self.header_quoted = workbook.add_format(
            {**header_quoted, "pattern": 1, "valign": "vcenter", "text_wrap": True,
             "quote_prefix": True}
        )  # fmt: skip
        self.quoted = workbook.add_format({"quote_prefix": True})
        self.date = workbook.add_format({"num_format": DATE})
        self.time = workbook.add_format({"num_format": "hh:mm:ss"})
        self._numbers: dict[str, Any] = {}

    def number(self, fmt: str):
        if fmt not in self._numbers:
            self._numbers[fmt] = self.workbook.add_format({"num_format": fmt})
        return self._numbers[fmt]

    def fill(self, colour: str, quoted: bool = False):
        key = f"fill:{colour}:{quoted}"
        if key not in self._numbers:
            spec: dict[str, Any] = {"bg_color": f"#{colour}", "pattern": 1}
            if quoted:
                spec["quote_prefix"] = True
            self._numbers[key] = self.workbook.add_format(spec)
        return self._numbers[key]


def _write_sheet(ws, sheet: Sheet, styles: _Styles) -> None:
    widths = [max(8, min(40, len(str(h)) * 1.3 + 2)) for h in sheet.headers]
    for col, header in enumerate(sheet.headers):
        _write(ws, 0, col, header, None, styles, header=True)
    number_formats = {col: styles.number(fmt) for col, fmt in sheet.formats.items()}
    last_row, last_col = 0, len(sheet.headers) - 1
    write_string, write_number = ws.write_string, ws.write_number
    quoted, isfinite, suspect = styles.quoted, math.isfinite, _SUSPECT.search
    fills = sheet.fills
    for row_number, row in enumerate(sheet.rows, start=1):
        # The common types inline (100,000s of cells); everything else through _write.
        for col, value in enumerate(row):
            kind = value.__class__
            if kind is str:
                if suspect(value) or len(value) > EXCEL_MAX_CELL_TEXT:
                    value = safe_text(value)
                risky = value.startswith(FORMULA_STARTS) or value.startswith("#")
                style = quoted if risky else None
                if fills and (row_number - 1, col) in fills:
                    style = styles.fill(fills[(row_number - 1, col)], risky)
                write_string(row_number, col, value, style)
            elif kind is float or kind is int:
                if isfinite(value):
                    style = number_formats.get(col)
                    if fills and (row_number - 1, col) in fills:
                        style = styles.fill(fills[(row_number - 1, col)])
                    write_number(row_number, col, value, style)
            elif value is not None:
                _write(ws, row_number, col, value, number_formats.get(col), styles)
        if row_number <= WIDTH_SAMPLE:
            for col, value in enumerate(row[: len(widths)]):
                if value is not None:
                    widths[col] = min(60, max(widths[col], _display_width(value)))
        last_row = row_number
        if len(row) - 1 > last_col:
            last_col = len(row) - 1
    for col, width in enumerate(widths):
        ws.set_column(col, col, width)
    ws.freeze_panes(1, 0)
    if sheet.headers:
        ws.autofilter(0, 0, last_row, max(last_col, 0))


def _write(ws, row: int, col: int, value: Any, number_format, styles: _Styles, header=False):
    """Put one value in a cell: text stays text (never a formula or an error cell)."""
    if isinstance(value, bool):
        ws.write_boolean(row, col, value, styles.header if header else None)
    elif isinstance(value, int | float | Decimal):
        number = float(value)
        if math.isfinite(number):  # Excel has no NaN or infinity: left empty
            ws.write_number(row, col, number, styles.header if header else number_format)
    elif isinstance(value, str):
        text = safe_text(value)
        risky = text.startswith(FORMULA_STARTS) or text.startswith("#")
        if header:
            style = styles.header_quoted if risky else styles.header
        else:
            style = styles.quoted if risky else None  # Excel keeps it text even when edited
        ws.write_string(row, col, text, style)
    elif isinstance(value, datetime | date | time):
        style = styles.time if isinstance(value, time) else styles.date
        ws.write_datetime(row, col, value, styles.header if header else style)
    else:
        _write(ws, row, col, str(value), number_format, styles, header)


def _unique_title(title: str, used: set[str]) -> str:
    candidate, number = title, 2
    while candidate.casefold() in used:
        suffix = f" ({number})"
        candidate, number = title[: 31 - len(suffix)] + suffix, number + 1
    used.add(candidate.casefold())
    return candidate


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


# Characters about twice as wide as Latin ones in Excel's default font (CJK and beyond).
_WIDE = re.compile("[\u2e81-\U0010ffff]")


def _display_width(value: Any) -> float:
    text = str(value)
    if text.isascii():
        return len(text) + 2
    return len(text) + len(_WIDE.findall(text)) + 2
