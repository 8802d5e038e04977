"""Read a seller's table (xlsx/xlsm/xls/ods via python-calamine, csv/tsv/txt) into a RawTable.

Reading happens in two steps so the wizard can move the header row without reading the file
again: :func:`read_grid` loads the cells of one sheet, :func:`table_from_grid` finds the header
row (title rows and notes above it are skipped) and cleans the headers
("*产品标题\\n（必填）" → "产品标题"). Every problem becomes an ImportFileError whose translatable
message names the file and sheet: a seller never sees a traceback.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from core.i18n import QT_TRANSLATE_NOOP, Message
from core.importing import isolation
from core.importing.errors import ImportFileError, file_error
from core.importing.fields import clean_header
from core.importing.header_row import (  # noqa: F401  (RawTable & co. are imported from here)
    HEADER_SEARCH_ROWS,
    RawTable,
    detect_header_row,
    is_empty,
)
from core.importing.html_tables import (
    looks_like_html,
    looks_like_spreadsheet_xml,
    read_html_book,
)
from core.importing.isolation import ReadAgain, run_isolated
from core.importing.text_files import read_text_grid
from core.importing.workbooks import OLE_MAGIC, ZIP_MAGIC, Workbook
from core.jobs import Progress, paused_gc

CTX = "Import"
SPREADSHEET_SUFFIXES = {".xlsx", ".xlsm", ".xls", ".xlsb", ".ods"}
FILE_FILTER_SUFFIXES = (
    ".xlsx",
    ".xlsm",
    ".xls",
    ".xlsb",
    ".ods",
    ".htm",
    ".html",
    ".csv",
    ".tsv",
    ".txt",
)
MAX_FILE_BYTES = 512 * 1024 * 1024


@dataclass
class SheetGrid:
    """All cells of one sheet (or csv) from row 1, as read; the wizard re-cuts it at will."""

    path: Path
    sheet: str  # "" for csv
    sheet_names: list[str]
    cells: list[list[Any]]
    merged: list[tuple[tuple[int, int], tuple[int, int]]] = field(default_factory=list)
    encoding: str = ""
    delimiter: str = ""
    kind: str = "text"  # "workbook", "html", "xml" or "text"
    notes: list[Message] = field(default_factory=list)

    @property
    def file_name(self) -> str:
        return self.path.name


def _pick(sheet: str, without_sheet: str, with_sheet: str) -> str:
    return with_sheet if sheet else without_sheet


def _has_data(cells: list[list[Any]]) -> bool:
    return any(any(not is_empty(v) for v in row) for row in cells)


def table_from_grid(
    grid: SheetGrid, header_row: int | None = None, progress: Progress | None = None
) -> RawTable:
    """Cut the grid at ``header_row`` (1-based; None = detect it) into headers and data rows."""
    with paused_gc():
        return _table_from_grid(grid, header_row, progress)


def _table_from_grid(
    grid: SheetGrid, header_row: int | None, progress: Progress | None
) -> RawTable:
    cells, path, sheet = grid.cells, grid.path, grid.sheet
    if not _has_data(cells):
        raise file_error(
            _pick(
                sheet,
                QT_TRANSLATE_NOOP("Import", "“{file}” holds no data."),
                QT_TRANSLATE_NOOP("Import", "Sheet “{sheet}” of “{file}” holds no data."),
            ),
            path,
            sheet,
        )
    if header_row is None:
        first = next(i for i, row in enumerate(cells) if any(not is_empty(v) for v in row))
        index = first + detect_header_row(cells[first:])
    else:
        index = header_row - 1
        if not 0 <= index < len(cells):
            raise file_error(
                _pick(
                    sheet,
                    QT_TRANSLATE_NOOP("Import", "“{file}” has no row {row}."),
                    QT_TRANSLATE_NOOP("Import", "Sheet “{sheet}” of “{file}” has no row {row}."),
                ),
                path,
                sheet,
                row=header_row,
            )
    body = cells[index + 1 :]
    header_cells = list(cells[index])
    width = max(len(header_cells), max((len(r) for r in body), default=0))
    header_cells += [None] * (width - len(header_cells))
    # A merged header cell keeps its text in the top-left cell only: fill the others with it.
    for (r0, c0), (r1, c1) in grid.merged:
        if r0 <= index <= r1 and r0 < len(cells):
            top_left = cells[r0][c0] if c0 < len(cells[r0]) else None
            for col in range(c0, min(c1, width - 1) + 1):
                if is_empty(header_cells[col]):
                    header_cells[col] = top_left
    headers = [clean_header(v) for v in header_cells]
    # Trailing columns without a header and without data are dropped.
    used = 0
    for r in body:  # scanned from the end: a row's last cell usually holds something
        for i in range(len(r) - 1, used - 1, -1):
            if not is_empty(r[i]):
                used = i + 1
                break
    while len(headers) > used and not headers[-1]:
        headers.pop()
    if not any(headers):
        raise file_error(
            _pick(
                sheet,
                QT_TRANSLATE_NOOP("Import", "“{file}” has no header row."),
                QT_TRANSLATE_NOOP("Import", "Sheet “{sheet}” of “{file}” has no header row."),
            ),
            path,
            sheet,
        )
    width = len(headers)
    rows: list[list[Any]] = []
    numbers: list[int] = []
    for offset, row in enumerate(body):
        if progress is not None and offset % 5000 == 0:
            progress.report(offset, len(body), "")
        if all(is_empty(v) for v in row):
            continue
        if len(row) != width:
            row = row[:width] if len(row) > width else list(row) + [""] * (width - len(row))
        # A full row without None is shared with the grid, not copied (nothing changes cells
        # in place): a million-row file would hold every row twice.
        if None in row or row.__class__ is not list:
            row = ["" if v is None else v for v in row]
        rows.append(row)
        numbers.append(index + 2 + offset)
    return RawTable(
        path.name,
        sheet,
        list(grid.sheet_names),
        index + 1,
        headers,
        rows,
        numbers,
        grid.encoding,
        grid.delimiter,
        list(grid.notes),
    )


# ---------------------------------------------------------------- reading (in the child)


def file_kind(path: Path) -> str:
    """ "workbook" (zip or OLE), "html" (a web page saved as .xls) or "text", by content."""
    with open(path, "rb") as handle:
        head = handle.read(8192)
    if head.startswith((ZIP_MAGIC, OLE_MAGIC)):
        return "workbook"
    if looks_like_spreadsheet_xml(head):
        return "xml"
    if looks_like_html(head):
        return "html"
    return "workbook" if path.suffix.lower() in SPREADSHEET_SUFFIXES else "text"


def _read_book(
    path: Path, book: Any, sheet: str | None, progress: Progress | None, kind: str
) -> SheetGrid:
    """One sheet of a workbook or HTML file; None = the first sheet that holds a table."""
    names = list(book.sheet_names)
    encoding = getattr(book, "encoding", "")
    if not names:
        raise file_error(QT_TRANSLATE_NOOP("Import", "“{file}” has no sheets."), path)
    if sheet is not None and sheet not in names:
        raise file_error(
            QT_TRANSLATE_NOOP("Import", "“{file}” has no sheet named “{sheet}”."), path, sheet
        )
    if sheet is None and kind == "html":  # (an XML workbook's sheets are chosen like xlsx's)
        # A web page may put a title or summary table before the data: take the largest.
        sheet = max(names, key=lambda name: len(book.cells(name)[0]))
    first_with_data: SheetGrid | None = None
    grid = SheetGrid(path, names[0], names, [], kind=kind, encoding=encoding)
    for number, name in enumerate([sheet] if sheet is not None else names):
        if progress is not None:
            progress.report(number, len(names), "")
        cells, merged = book.cells(name)
        grid = SheetGrid(path, name, names, cells, merged, encoding, kind=kind)
        if first_with_data is None and _has_data(cells):
            first_with_data = grid
        # Without a choice: the first sheet with a table (a "说明" sheet often comes first).
        if any(sum(not is_empty(v) for v in row) >= 2 for row in cells[:HEADER_SEARCH_ROWS]):
            break
    else:
        grid = first_with_data or grid
    return grid


def read_grid_here(
    path: Path, sheet: str | None, encoding: str | None, progress: Progress | None
) -> SheetGrid:
    """:func:`read_grid` in this process: only for files known to be harmless (and the child)."""
    try:
        kind = file_kind(path)
        if kind == "workbook":
            workbook = Workbook(path, _magic(path))
            try:
                return _read_book(path, workbook, sheet, progress, kind)
            finally:
                workbook.close()
        if kind in ("html", "xml"):
            return _read_book(path, read_html_book(path, encoding), sheet, progress, kind)
        text = read_text_grid(path, progress, encoding)
        return SheetGrid(path, "", [], text.cells, [], text.encoding, text.delimiter,
                         "text", text.notes)  # fmt: skip
    except OSError as exc:
        raise _os_error(path, exc) from None
    except MemoryError:
        raise file_error(
            QT_TRANSLATE_NOOP(
                "Import", "“{file}” is too large to import. Split it into smaller files."
            ),
            path,
        ) from None


def _sheet_names_here(path: Path, progress: Progress | None) -> list[str]:
    kind = file_kind(path)
    if kind in ("html", "xml"):
        return read_html_book(path).sheet_names
    if kind == "text":
        return []
    workbook = Workbook(path, _magic(path))
    try:
        return workbook.sheet_names
    finally:
        workbook.close()


def _magic(path: Path) -> bytes:
    with open(path, "rb") as handle:
        return handle.read(8)


# ---------------------------------------------------------------- public API


def _check_file(path: Path) -> None:
    if not path.is_file():
        raise file_error(
            QT_TRANSLATE_NOOP("Import", "“{file}” does not exist or is not a file."), path
        )
    size = path.stat().st_size
    if size == 0:
        raise file_error(QT_TRANSLATE_NOOP("Import", "“{file}” is empty."), path)
    if size > MAX_FILE_BYTES:
        raise file_error(
            QT_TRANSLATE_NOOP(
                "Import", "“{file}” is {size} MB, too large to import. Split it into smaller files."
            ),
            path,
            size=size // 1_000_000,
        )


def _os_error(path: Path, exc: OSError) -> ImportFileError:
    return file_error(
        QT_TRANSLATE_NOOP("Import", "“{file}” could not be opened: {reason}."),
        path,
        reason=exc.strerror or str(exc),
    )


def list_sheets(path: str | Path) -> list[str]:
    """Sheet names of a workbook (or the tables of an HTML file); [] for csv/tsv/txt."""
    path = Path(path)
    _check_file(path)
    return _isolated(_sheet_names_here, (path,), path, None)


def read_grid(
    path: str | Path,
    sheet: str | None = None,
    progress: Progress | None = None,
    encoding: str | None = None,
) -> SheetGrid:
    """The cells of one sheet (None = the first sheet with data), or of a csv/tsv/txt file;
    ``encoding`` (text and HTML files) None = detect it. The file is parsed in a child process
    with a memory limit and a timeout, so no file can take the app down."""
    path = Path(path)
    _check_file(path)
    return _isolated(read_grid_here, (path, sheet, encoding), path, progress)


def _isolated(fn: Any, args: tuple, path: Path, progress: Progress | None, run=None) -> Any:
    """``fn(*args)`` in the reader child (or ``run``'s result: a read started early)."""
    try:
        if run is not None:
            return run.result(progress)
        return run_isolated(fn, args, path, progress)
    except (OSError, RuntimeError, EOFError) as exc:
        # The child could not be started or its result not stored (temp folder full, too many
        # processes): the file is not to blame, and the message says what went wrong.
        raise file_error(
            QT_TRANSLATE_NOOP("Import", "“{file}” could not be read: {reason}."),
            path,
            reason=str(exc)[:200] or type(exc).__name__,
        ) from None


def read_table_here(
    path: Path,
    sheet: str | None,
    header_row: int | None,
    encoding: str | None,
    progress: Progress | None,
    careful: bool = False,
) -> RawTable:
    """:func:`read_table` in this process (the reader child): as columns when
    core.importing.columnar can, else through the grid. ``careful``: a big sheet's guard
    scan runs before the parse, not alongside it."""
    from core.importing.columnar import read_columnar

    try:
        kind = file_kind(path)
        table = read_columnar(path, kind, sheet, header_row, encoding, progress, careful)
    except OSError as exc:
        raise _os_error(path, exc) from None
    if table is not None:
        return table
    return table_from_grid(read_grid_here(path, sheet, encoding, progress), header_row, progress)


def read_table_carefully(
    path: Path,
    sheet: str | None,
    header_row: int | None,
    encoding: str | None,
    progress: Progress | None,
) -> RawTable:
    return read_table_here(path, sheet, header_row, encoding, progress, careful=True)


def read_table(
    path: str | Path,
    sheet: str | None = None,
    header_row: int | None = None,
    progress: Progress | None = None,
    encoding: str | None = None,
) -> RawTable:
    """Read one sheet (or the csv) of ``path``; header_row (and encoding) None = detect it.
    Parsed and cut in a child process (memory limit, timeout, cancel); a big plain table comes
    back as typed columns (core.importing.columnar)."""
    path = Path(path)
    _check_file(path)
    # the command line's head start (core/importing/read_ahead.py)
    early = isolation.take_early(isolation.file_key(path, sheet, header_row, encoding))
    if early is not None:
        # This thread only waits for the child: meanwhile it imports what loading the
        # child's columns and cleaning them need (0.2-0.3 s that came after the read).
        import polars  # noqa: F401

        import core.importing.fast_frame  # noqa: F401
    args = (path, sheet, header_row, encoding)
    try:
        table = _isolated(read_table_here, args, path, progress, early)
    except ReadAgain:
        # The child died while the sheet was parsed alongside the guard's scan: read again
        # with the scan first, which refuses a hostile sheet in words (or dies the same way).
        table = _isolated(read_table_carefully, args, path, progress)
    if progress is not None:
        progress.report(1, 1, "")
    return table
