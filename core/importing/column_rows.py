"""A table's data rows held as typed columns (a polars frame), not as Python rows.

:class:`ColumnRows` stands where ``RawTable.rows`` holds a list of rows: it has a length, an
index and iteration, so every consumer that reads rows still works, row by row, and gets the
same cells a row list would hold (an empty cell is ``""``, a number a float, text a str).
The hot consumers ask for one column at a time instead (:meth:`ColumnRows.column`): a Python
list is built for that column only, once, in one C call. A 100,000 × 20 sheet never becomes
two million Python objects unless something asks for every cell.
"""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

# What Python's str.strip() removes (str.isspace()): polars strips with this exact set, so
# "empty" means the same here as in core.importing.validate.is_empty.
# tests/test_import_columnar.py checks it against every code point.
PY_WHITESPACE = (
    "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005"
    "\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000"
)
# A character str.strip() keeps: a cell holding one is not empty (is_empty's sense).
NOT_BLANK = "[^" + "".join(f"\\x{{{ord(c):x}}}" for c in PY_WHITESPACE) + "]"
# is_instruction_row needs a text of at least this many characters (conventions.py)
INSTRUCTION_MIN = 20


SLICE_ROWS = 20_000
ROW_READS_LIMIT = 2_000  # single-row reads before ColumnRows builds whole columns instead


class ColumnRows(Sequence):
    """Rows of ``frame`` (one column per table column, in order; null = empty cell)."""

    def __init__(self, frame: Any) -> None:
        self._frame = frame
        self._shape = (0, 0) if frame is None else frame.shape
        self._copy: str | None = None  # an Arrow IPC file of the frame (keep_copy)
        self._columns: dict[int, list[Any]] = {}
        self._row_reads = 0
        self._instructions: list[int] | None = None

    @property
    def frame(self) -> Any:
        if self._frame is None and self._copy is not None:
            import polars as pl

            self._frame = pl.read_ipc(self._copy)
        return self._frame

    @frame.setter
    def frame(self, frame: Any) -> None:
        self._frame = frame
        self._instructions = None
        if frame is not None:
            self._shape = frame.shape

    def keep_copy(self, path: str) -> None:
        """``path``, an Arrow IPC file of the frame (the reader child's), becomes this table's:
        removed with it. set_aside can then drop the frame and read it back when asked."""
        import weakref

        self._copy = path
        weakref.finalize(self, _remove, path)

    def set_aside(self) -> bool:
        """Free the frame (and the columns built from it) while it has a copy on disk: once
        a big plain table is cleaned, the preview and apply work from the cleaned columns and
        the raw cells (~390 MB for a 1M-row csv) only wait in case someone reads them again
        (the wizard going back), which reads the copy (about 0.3 s per million rows)."""
        if self._copy is None or self._frame is None:
            return False
        self.instruction_candidates()  # what the preview asks next (kept: no read back)
        self._frame = None
        self._columns = {}
        return True

    def scan_aside(self) -> Any:
        """The cells as a LazyFrame read from the copy on disk, ``__index`` the row's
        position, with the frame set aside first; None without a copy (or a frame). A query
        then streams the cells from the file instead of holding them beside its result."""
        if self._copy is None or self._frame is None:
            return None
        import polars as pl

        self.set_aside()
        return pl.scan_ipc(self._copy, row_index_name="__index")

    def __len__(self) -> int:
        return self._shape[0] if self._frame is None else self._frame.height

    @property
    def width(self) -> int:
        return self._shape[1] if self._frame is None else self._frame.width

    def column(self, col: int) -> list[Any]:
        """Column ``col`` as the cells a row list holds (null → "")."""
        cells = self._columns.get(col)
        if cells is None:
            import polars as pl

            series = self.frame.to_series(col)
            if series.dtype.is_numeric():
                series = series.cast(pl.Float64)
            else:
                series = series.fill_null("")
            cells = []
            # in slices: one long C call would hold the interpreter (the UI thread waits)
            for start in range(0, len(series), SLICE_ROWS):
                cells.extend(series.slice(start, SLICE_ROWS).to_list())
            if series.dtype.is_numeric():
                cells = ["" if v is None else v for v in cells]
            self._columns[col] = cells
        return cells

    def row(self, index: int) -> list[Any]:
        return self.cells(index, range(self.width))

    def cells(self, index: int, cols: Iterable[int]) -> list[Any]:
        """Row ``index``'s cells of columns ``cols``, as column() gives them. A few rows (the
        odd ones the general path checks) are fetched from the frame, so a million-row column
        does not become a million Python objects for them; past ROW_READS_LIMIT reads the
        columns are built after all (one C call each beats many row fetches)."""
        cols = list(cols)
        if all(col in self._columns for col in cols) or self._row_reads > self._row_limit():
            return [self.column(col)[index] for col in cols]
        self._row_reads += 1
        schema = self.frame.schema
        names = self.frame.columns
        values = self.frame.select([names[col] for col in cols]).row(index)
        return [
            "" if v is None else (float(v) if schema[names[col]].is_numeric() else v)
            for col, v in zip(cols, values, strict=True)
        ]

    def _row_limit(self) -> int:
        return max(ROW_READS_LIMIT, len(self) // 100)

    def filled(self, col: int) -> bool:
        """Whether column ``col`` holds a non-empty cell (validate.is_empty's sense: NaN is
        empty too), without building its cells."""
        import polars as pl

        series = self.frame.to_series(col)
        if series.dtype == pl.String:
            return bool(series.str.contains(NOT_BLANK).any())
        if series.dtype.is_float():
            return bool((series.is_not_null() & series.is_not_nan()).any())
        return series.null_count() < len(series)

    def counts(self, col: int) -> Counter[Any]:
        """Counter(self.column(col)) without building the column: each distinct cell once."""
        import polars as pl

        series = self.frame.to_series(col)
        if series.dtype.is_numeric():
            series = series.cast(pl.Float64)
        counted = series.value_counts(sort=False, name="__count")
        found: Counter[Any] = Counter()
        for value, count in counted.iter_rows():
            found["" if value is None else value] += count
        return found

    def __getitem__(self, index):  # type: ignore[override]
        if isinstance(index, slice):
            return [self.row(i) for i in range(*index.indices(len(self)))]
        if index < 0:
            index += len(self)
        if not 0 <= index < len(self):
            raise IndexError(index)
        return self.row(index)

    def __iter__(self) -> Iterator[list[Any]]:
        columns = [self.column(col) for col in range(self.width)]
        for index in range(len(self)):
            yield [cells[index] for cells in columns]

    def __eq__(self, other: object) -> bool:
        if isinstance(other, ColumnRows | list):
            return list(self) == list(other)
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"ColumnRows({len(self)} rows × {self.width} columns)"

    def instruction_candidates(self) -> list[int]:
        """Rows that may be a template's instructions (is_instruction_row decides): every row
        is_instruction_row accepts is among them. It accepts one text of INSTRUCTION_MIN+
        characters, alone or repeated, so a row with a number, or with a short text (a cell
        under INSTRUCTION_MIN bytes that starts with a non-space), is not one. Only cheap
        tests on every cell: a regex per cell took 6-7 s at 1M rows. Kept: the cells do not
        change, and asked again after set_aside it would read them back."""
        if self._instructions is None:
            self._instructions = self._instruction_candidates()
        return list(self._instructions)

    def _instruction_candidates(self) -> list[int]:
        import polars as pl

        short_text = "^" + NOT_BLANK
        rules = []
        for name, dtype in self.frame.schema.items():
            column = pl.col(name)
            if dtype == pl.String:
                short = (column.str.len_bytes() < INSTRUCTION_MIN) & column.str.contains(short_text)
                rules.append(~short.fill_null(False))
            elif dtype.is_float():
                rules.append(column.is_null() | column.is_nan())  # NaN: empty (is_empty)
            else:
                rules.append(column.is_null())
        if not rules:
            return []
        found = self.frame.lazy().select(pl.all_horizontal(rules).alias("hit"))
        return found.with_row_index().filter(pl.col("hit")).collect()["index"].to_list()


def _remove(path: str) -> None:
    try:
        os.unlink(path)
    except OSError:
        pass


def column_filled(rows: Sequence[Sequence[Any]], col: int) -> bool:
    """Whether column ``col`` holds a non-empty cell (NaN is empty, as for clean_row)."""
    from core.importing.validate import is_empty

    if isinstance(rows, ColumnRows):
        return col < rows.width and rows.filled(col)
    return any(not is_empty(value) for value in column_of(rows, col))


def column_counts(rows: Sequence[Sequence[Any]], col: int) -> Counter[Any]:
    """How often each cell of column ``col`` occurs (None past a short row's end)."""
    if isinstance(rows, ColumnRows) and col < rows.width:
        return rows.counts(col)
    return Counter(column_of(rows, col))


def first_filled(rows: Sequence[Sequence[Any]], col: int, count: int) -> list[Any]:
    """The first ``count`` non-empty cells of column ``col`` (NaN is empty), in row order,
    without building the whole column of a ColumnRows (the wizard's samples)."""
    from core.importing.validate import is_empty

    if not isinstance(rows, ColumnRows):
        found = (value for value in column_of(rows, col) if not is_empty(value))
        return [value for _, value in zip(range(count), found, strict=False)]
    if col >= rows.width:
        return []
    import polars as pl

    series = rows.frame.to_series(col)
    if series.dtype == pl.String:
        series = series.filter(series.str.contains(NOT_BLANK).fill_null(False))
        return series.head(count).to_list()
    if series.dtype.is_numeric():
        series = series.cast(pl.Float64)
        series = series.filter(series.is_not_null() & series.is_not_nan())
    else:
        series = series.drop_nulls()
    return series.head(count).to_list()


def column_of(rows: Sequence[Sequence[Any]], col: int) -> Sequence[Any]:
    """The cells of column ``col`` (None past a short row's end)."""
    if isinstance(rows, ColumnRows):
        return rows.column(col) if col < rows.width else [None] * len(rows)
    return [row[col] if col < len(row) else None for row in rows]
