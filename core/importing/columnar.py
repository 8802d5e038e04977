"""Read a big xlsx or csv/tsv as typed columns, in the reader child, without Python rows.

The general reader (core/importing/readers.py) builds every cell as a Python object, pickles
the grid to the parent and cuts it there. Here the child finds the header row on the first rows
only, has fastexcel (xlsx) or polars (csv/tsv/txt) read the data below it as Arrow columns,
drops empty rows and columns by column, and sends the frame back (pickled polars frames travel
as Arrow IPC): the parent's :class:`core.importing.column_rows.ColumnRows` builds Python
values only for the columns something reads.

Whatever this reader is not sure to read exactly as the general reader does returns None and
the general reader takes the file: a column mixing numbers and text (fastexcel would convert
one into the other), booleans, dates, error cells or merged cells, workbooks with several
sheets and no sheet named, ragged or cut-off csv rows, lone carriage returns.
tests/test_import_columnar.py checks both readers give the same table on every real fixture.
"""

from __future__ import annotations

import codecs
import os
import sys
import tempfile
import threading
import zipfile
from concurrent.futures import ThreadPoolExecutor
from contextlib import suppress
from pathlib import Path
from typing import Any

from core.importing.column_rows import NOT_BLANK, ColumnRows
from core.importing.fields import clean_header
from core.jobs import Progress

XLSX_SUFFIXES = {".xlsx", ".xlsm"}
# A sheet part this large (unpacked) is parsed alongside the guard's scan (_xlsx_table)
ALONGSIDE_FROM = 4 * 1024 * 1024
BACKGROUND_NICENESS = 19  # the scan's thread, beside the parse (in_the_background)
HEAD_ROWS = 200  # row elements read for the header search (HEADER_SEARCH_ROWS after the first)
TRANSCODE_CHUNK = 8 * 1024 * 1024
UTF8 = ("utf-8", "utf-8-sig")


def read_columnar(
    path: Path,
    kind: str,
    sheet: str | None,
    header_row: int | None,
    encoding: str | None,
    progress: Progress | None,
    careful: bool = False,
) -> Any:
    """A RawTable whose rows are a ColumnRows, or None when the general reader must read it;
    ``kind`` is readers.file_kind's. Runs in the reader child. ``careful``: the guard's scan
    of a big sheet before the parse, not alongside it."""
    if kind == "workbook" and path.suffix.lower() in XLSX_SUFFIXES:
        return _xlsx_table(path, sheet, header_row, progress, careful)
    if kind == "text":
        return _text_table(path, header_row, encoding, progress)
    return None


# ---------------------------------------------------------------- the cut, by column


def _cell_flags(frame: Any, carriage_returns: bool = False) -> Any:
    """One lazy pass over ``frame``: per column a boolean column, true where the cell holds
    something (is_empty's sense); with ``carriage_returns`` also "__cr", true where a cell
    of the row holds a CR (csv ends a row at a lone CR outside quotes, polars keeps it in the
    cell: such files, and CRs inside quotes, which both keep, go to the general reader)."""
    import polars as pl

    tests = []
    for name, dtype in frame.schema.items():
        column = pl.col(name)
        if dtype == pl.String:
            tests.append(column.str.contains(NOT_BLANK).fill_null(False).alias(name))
        else:
            tests.append(column.is_not_null().alias(name))
    if carriage_returns:
        strings = [pl.col(n) for n, dtype in frame.schema.items() if dtype == pl.String]
        crs = [c.str.contains("\r", literal=True).fill_null(False) for c in strings]
        tests.append((pl.any_horizontal(crs) if crs else pl.lit(False)).alias("__cr"))
    return frame.lazy().select(tests).collect()


def _table(
    path: Path,
    sheet: str,
    sheet_names: list[str],
    header_index: int,
    header_cells: list[Any],
    frame: Any,
    first_number: int,
    encoding: str = "",
    delimiter: str = "",
    flags: Any = None,
) -> Any:
    """Cut like readers.table_from_grid: ``frame`` holds the rows under the header, the first
    one being row ``first_number`` of the file; ``flags`` its _cell_flags when known."""
    import polars as pl

    from core.importing.header_row import RawTable

    frame = frame.rename({name: f"c{i}" for i, name in enumerate(frame.columns)})
    if flags is None:
        flags = _cell_flags(frame)
    flags = flags.select(pl.exclude("__cr"))
    if flags.width:
        keep = flags.select(pl.any_horizontal(pl.all())).to_series()
        filled = flags.select(pl.all().any()).row(0)
        used_columns = [i for i, any_filled in enumerate(filled) if any_filled]
    else:
        keep, used_columns = None, []
    width = max(len(header_cells), frame.width)
    cells = list(header_cells) + [""] * (width - len(header_cells))
    headers = [clean_header(v) for v in cells]
    used = used_columns[-1] + 1 if used_columns else 0
    while len(headers) > used and not headers[-1]:
        headers.pop()
    if not any(headers):
        return None  # the general reader says so
    width = len(headers)
    if frame.width > width:
        frame = frame.select(frame.columns[:width])
    for i in range(frame.width, width):
        frame = frame.with_columns(pl.lit(None, dtype=pl.String).alias(f"c{i}"))
    numbers = pl.int_range(first_number, first_number + frame.height, eager=True)
    if keep is not None:
        frame = frame.filter(keep)
        numbers = numbers.filter(keep)
    return RawTable(
        path.name,
        sheet,
        sheet_names,
        header_index + 1,
        headers,
        ColumnRows(frame),  # type: ignore[arg-type]
        numbers.to_list(),
        encoding,
        delimiter,
    )


def _header_index(head: list[list[Any]], header_row: int | None, complete: bool) -> int | None:
    """0-based header row as table_from_grid finds it in ``head``, the first rows (all of
    them when ``complete``); None when the head is too short to tell."""
    from core.importing.header_row import HEADER_SEARCH_ROWS, detect_header_row, is_empty

    if header_row is not None:
        return header_row - 1 if 0 <= header_row - 1 < len(head) else None
    first = next((i for i, row in enumerate(head) if any(not is_empty(v) for v in row)), None)
    if first is None or (not complete and len(head) < first + HEADER_SEARCH_ROWS):
        return None
    return first + detect_header_row(head[first:])


# ---------------------------------------------------------------- xlsx


def in_the_background(fn, *args):
    """``fn(*args)`` on a thread that gives way to the parse: on two cores the scan, the
    parse and the command's own imports (in the parent) took turns, and the parse, which the
    whole import waits for, ended 0.2-0.3 s later. Linux only: a thread's own priority."""
    if sys.platform == "linux":
        with suppress(OSError):
            os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), BACKGROUND_NICENESS)
    return fn(*args)


def _xlsx_table(
    path: Path,
    sheet: str | None,
    header_row: int | None,
    progress: Progress | None,
    careful: bool = False,
) -> Any:
    import fastexcel

    from core.importing.header_row import is_empty
    from core.importing.isolation import HURRIED, tell_parent
    from core.importing.xlsx_guard import WorkbookRefused, check_sheet, check_workbook
    from core.importing.xlsx_head import head_rows

    try:
        parts = check_workbook(path)
    except (WorkbookRefused, zipfile.BadZipFile, OSError, ValueError, EOFError):
        return None  # the general reader words the refusal
    names = list(parts)
    if (
        not names
        or (sheet is None and len(names) != 1)
        or (sheet is not None and sheet not in parts)
    ):
        return None  # fmt: skip
    name = sheet if sheet is not None else names[0]
    refusals = (WorkbookRefused, zipfile.BadZipFile, OSError, ValueError, EOFError, KeyError)
    try:
        with zipfile.ZipFile(path) as archive:
            # A big sheet is parsed while the guard scans it (both mostly outside the GIL, on
            # two cores): the scan took a third of a 100k-row read.
            alongside = not careful and archive.getinfo(parts[name]).file_size >= ALONGSIDE_FROM
            wanted = max(HEAD_ROWS, (header_row or 0) + 1)
            if alongside:
                # Should anything from here die on a sheet the scan would refuse (a far cell
                # in the head, the parse's grid), the parent reads again carefully
                # (isolation.ReadAgain): the seller gets the guard's words all the same.
                tell_parent(HURRIED)
            else:
                extent = check_sheet(path, name, parts[name])
                if extent is None or extent.merged or extent.errors:
                    return None
            found = head_rows(archive, parts[name], wanted)
    except refusals:
        return None
    if found is None:
        return None
    head, ended = found
    index = _header_index(head, header_row, ended)
    if index is None:
        return None
    header_cells = list(head[index])
    if any(not isinstance(v, str) for v in header_cells if not is_empty(v)):
        return None  # a number or date as a header: calamine's text of it is the reference
    if progress is not None:
        progress.report(1, 3, "")
    guard = None
    if alongside:
        guard = ThreadPoolExecutor(1)
        scan = guard.submit(in_the_background, check_sheet, path, name, parts[name])
    try:
        reader = fastexcel.read_excel(str(path))
        if list(reader.sheet_names) != names:
            return None
        loaded = reader.load_sheet(
            name,
            header_row=None,
            skip_rows=index + 1,
            dtype_coercion="strict",
            schema_sample_rows=None,
        )
        frame = loaded.to_polars()
        positions = [info.absolute_index for info in loaded.available_columns()]
    except MemoryError:
        raise
    except BaseException as exc:  # fastexcel's errors (mixed columns) and calamine panics
        if isinstance(exc, KeyboardInterrupt | SystemExit):
            raise
        return None
    finally:
        if guard is not None:
            guard.shutdown(wait=True)
    if guard is not None:
        try:
            extent = scan.result()
        except refusals:
            return None  # the general reader refuses it in words
        if extent is None or extent.merged or extent.errors:
            return None
    # Imported only now: meanwhile the guard's thread imports it while the parse runs (in the
    # reader child forked by the command line nothing has imported polars: ~0.1 s sooner)
    import polars as pl

    allowed = (pl.String, pl.Float64, pl.Int64, pl.Null)
    if any(dtype not in allowed for dtype in frame.schema.values()):
        return None  # booleans, dates, durations: the general reader's values are the reference
    width = (max(positions) + 1) if positions else 0
    by_position = dict(zip(positions, frame.columns, strict=True))
    columns = []
    for position in range(width):
        if position in by_position:
            column = pl.col(by_position[position])
            dtype = frame.schema[by_position[position]]
            if dtype in (pl.Int64, pl.Null):
                # calamine gives every xlsx number as a float; an all-empty column as text
                column = column.cast(pl.Float64 if dtype == pl.Int64 else pl.String)
            columns.append(column.alias(f"p{position}"))
        else:
            columns.append(pl.lit(None, dtype=pl.String).alias(f"p{position}"))
    frame = frame.select(columns) if columns else pl.DataFrame()
    if progress is not None:
        progress.report(2, 3, "")
    return _table(path, name, names, index, header_cells, frame, index + 2)


# ---------------------------------------------------------------- csv / tsv / txt


def _text_table(
    path: Path, header_row: int | None, encoding: str | None, progress: Progress | None
) -> Any:
    import polars as pl

    from core.importing.errors import ImportFileError
    from core.importing.text_files import MAX_COLUMNS, sniff_text

    try:
        sniffed = sniff_text(path, encoding)
    except ImportFileError:
        return None  # the general reader raises it again, worded
    if not sniffed.ends_with_newline or sniffed.encoding.startswith("utf-16"):
        return None  # a last row cut off is the general reader's to judge
    source = path
    made: str | None = None
    try:
        if sniffed.encoding not in UTF8:
            made = _transcoded(path, sniffed.encoding)
            if made is None:
                return None
            source = Path(made)
        try:
            frame = pl.read_csv(
                source,
                has_header=False,
                separator=sniffed.delimiter,
                infer_schema=False,
                quote_char='"',
                empty_string_is_null=False,
                raise_if_empty=False,
                encoding="utf8",
            )
        except Exception:  # ragged rows, odd quoting: polars' many error types
            return None
    finally:
        if made is not None:
            os.unlink(made)
    if frame.width > MAX_COLUMNS or frame.height == 0:
        return None
    flags = _cell_flags(frame, carriage_returns=True)
    if flags.get_column("__cr").any():
        return None
    if progress is not None:
        progress.report(1, 2, "")
    wanted = max(HEAD_ROWS, (header_row or 0) + 1)
    head = [["" if v is None else v for v in row] for row in frame.head(wanted).rows()]
    index = _header_index(head, header_row, frame.height <= wanted)
    if index is None:
        return None
    header_cells = head[index]
    body = frame.slice(index + 1)
    return _table(path, "", [], index, list(header_cells), body, index + 2, sniffed.encoding,
                  sniffed.delimiter, flags.slice(index + 1))  # fmt: skip


def _transcoded(path: Path, encoding: str) -> str | None:
    """``path`` as UTF-8 in a temporary file (polars reads UTF-8 only); None when it does not
    decode (the general reader names the row)."""
    handle, name = tempfile.mkstemp(prefix="matrixdesk-utf8-", suffix=".csv")
    decoder = codecs.getincrementaldecoder(encoding)()
    try:
        with open(path, "rb") as source, os.fdopen(handle, "wb") as target:
            while chunk := source.read(TRANSCODE_CHUNK):
                target.write(decoder.decode(chunk).encode("utf-8"))
            target.write(decoder.decode(b"", final=True).encode("utf-8"))
    except (UnicodeDecodeError, LookupError):
        os.unlink(name)
        return None
    return name
