"""A big table's raw cells leave memory once every row is cleaned (ColumnRows.set_aside) and
come back, the same, from the reader child's Arrow file when something reads them again; the
preview and the apply are the same with the cells set aside as without (both engines)."""

from __future__ import annotations

import gc
import random
from pathlib import Path

import pytest

from core.importing import isolation
from core.importing.column_rows import ColumnRows
from core.importing.fast_frame import clean_frame_columns
from core.importing.fields import PRODUCT_FIELDS
from core.importing.mapping import auto_map
from core.importing.readers import read_table
from tests.test_import_plain import _agree, _apply_both_ways, _rows, _table

BOTH_ENGINES = True


def _plain_csv(path: Path, count: int, odd: bool = False) -> None:
    lines = ["SKU,Name,Price,Currency,Stock"]
    for i in range(count):
        price = '"12,5"' if odd and i == count // 2 else f"{10 + i % 7}.5"  # "12,5": not plain
        lines.append(f'A{i:04d},"Lamp {i}",{price},USD,{i % 9}')
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def test_a_big_table_keeps_the_readers_file_and_sets_its_cells_aside(tmp_path, monkeypatch):
    monkeypatch.setattr(isolation, "KEEP_COPY_ROWS", 50)
    path = tmp_path / "plain.csv"
    _plain_csv(path, 80)
    table = read_table(path)
    rows = table.rows
    assert isinstance(rows, ColumnRows) and rows._copy and Path(rows._copy).exists()
    before = [list(row) for row in rows]
    rows._columns = {}  # as read: no column built
    cleaned = clean_frame_columns(rows, auto_map(table.headers, PRODUCT_FIELDS), "")
    assert cleaned is not None and cleaned.height == 80
    assert rows._frame is None and len(rows) == 80 and rows.width == 5  # set aside
    # the preview asks for them after the cleaning (mixed.split_rows): kept, not read back
    assert rows.instruction_candidates() == [] and rows._frame is None
    assert [list(row) for row in rows] == before  # read back from the file, the same
    assert rows._frame is not None
    copy = rows._copy
    del table, rows
    gc.collect()
    assert not Path(copy).exists()  # the file goes with its table


def test_cells_come_back_when_a_row_is_odd_and_stay_when_the_table_is_small(tmp_path, monkeypatch):
    monkeypatch.setattr(isolation, "KEEP_COPY_ROWS", 50)
    odd = tmp_path / "odd.csv"
    _plain_csv(odd, 80, odd=True)
    table = read_table(odd)
    before = [list(row) for row in table.rows]
    table.rows._columns = {}  # as read: no column built
    mapping = auto_map(table.headers, PRODUCT_FIELDS)
    cleaned = clean_frame_columns(table.rows, mapping, "")  # streamed from the reader's file
    assert cleaned is not None and cleaned.height == 79  # the odd row goes to clean_row
    assert table.rows._frame is None  # set aside while the file streamed by
    # clean_row reads the odd row's cells: they come back from the file, the same
    assert table.rows.cells(40, range(5)) == before[40] and before[40][2] == "12,5"
    assert table.rows._frame is not None and [list(row) for row in table.rows] == before
    small = tmp_path / "small.csv"
    _plain_csv(small, 20)
    table = read_table(small)
    assert table.rows._copy is None  # under KEEP_COPY_ROWS: no file kept, nothing set aside
    clean_frame_columns(table.rows, auto_map(table.headers, PRODUCT_FIELDS), "")
    assert table.rows._frame is not None and not table.rows.set_aside()


def _with_copy(tmp_path: Path, rows: list[list]):
    table = _table(rows)
    path = tmp_path / f"copy-{len(rows)}.arrow"
    table.rows.frame.write_ipc(path, compression="lz4")
    table.rows.keep_copy(str(path))
    return table


@pytest.mark.parametrize("seed", [1, 2])
def test_preview_and_apply_are_the_same_with_the_cells_set_aside(workspace, tmp_path, seed):
    table = _with_copy(tmp_path, _rows(random.Random(seed), 240))
    plain, _general = _agree(workspace, table, currency="USD")  # plain first: sets aside
    assert len(plain.new) == 240
    by_general, by_plain = _apply_both_ways(workspace, table, currency="USD")
    assert by_plain == by_general
    assert table.rows._frame is None  # the plain preview set the cells aside again


def test_the_cleaned_columns_come_in_one_piece_each():
    """A table read in batches is a frame of pieces; the cleaned columns are each made one
    piece (polars otherwise copies the whole frame to line the pieces up before every later
    select or join of the preview: +250 MB at each step of a 1M-row file)."""
    import polars as pl

    parts = [_table(_rows(random.Random(seed), 90, start=90 * seed)).rows.frame
             for seed in range(3)]  # fmt: skip
    frame = pl.concat(parts, rechunk=False)
    assert frame.n_chunks("all") == [3] * frame.width  # as read: three pieces
    table = _table(_rows(random.Random(0), 1))
    table.rows.frame = frame
    cleaned = clean_frame_columns(table.rows, auto_map(table.headers, PRODUCT_FIELDS), "USD")
    assert cleaned is not None and cleaned.height > 200
    assert cleaned.n_chunks("all") == [1] * cleaned.width
    one_piece = clean_frame_columns(
        ColumnRows(frame.rechunk()), auto_map(table.headers, PRODUCT_FIELDS), "USD"
    )
    assert one_piece is not None and cleaned.equals(one_piece)  # the same values


def test_a_table_with_a_copy_is_cleaned_as_its_file_streams_by(tmp_path, monkeypatch):
    """The cells leave memory before the cleaning query runs (it reads the reader's file in
    batches: the raw cells never sit beside the cleaned columns), and the result is the one
    the cells in memory give, in row order across the file's batches."""
    import polars as pl

    parts = [_table(_rows(random.Random(seed), 70, start=70 * seed)).rows.frame
             for seed in range(4)]  # fmt: skip
    frame = pl.concat(parts, rechunk=False)  # written as four record batches
    table = _table(_rows(random.Random(0), 1))
    path = tmp_path / "four-batches.arrow"
    frame.write_ipc(path, compression="lz4")
    rows = ColumnRows(frame)
    rows.keep_copy(str(path))
    mapping = auto_map(table.headers, PRODUCT_FIELDS)
    at_collect: list[bool] = []
    collect = pl.LazyFrame.collect

    def spy(self, *args, **kwargs):
        at_collect.append(rows._frame is None)
        return collect(self, *args, **kwargs)

    monkeypatch.setattr(pl.LazyFrame, "collect", spy)
    streamed = clean_frame_columns(rows, mapping, "USD")
    monkeypatch.undo()
    # set aside before the cleaning query ran (the query before it: the instruction
    # candidates, kept with the table)
    assert at_collect == [False, True]
    in_memory = clean_frame_columns(ColumnRows(frame), mapping, "USD")
    assert streamed is not None and in_memory is not None and streamed.height > 250
    assert streamed.equals(in_memory)
