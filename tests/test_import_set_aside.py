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


def test_cells_stay_when_a_row_is_odd_or_the_table_is_small(tmp_path, monkeypatch):
    monkeypatch.setattr(isolation, "KEEP_COPY_ROWS", 50)
    odd = tmp_path / "odd.csv"
    _plain_csv(odd, 80, odd=True)
    table = read_table(odd)
    mapping = auto_map(table.headers, PRODUCT_FIELDS)
    cleaned = clean_frame_columns(table.rows, mapping, "")
    assert cleaned is not None and cleaned.height == 79  # the odd row goes to clean_row
    assert table.rows._frame is not None  # which reads the cells: they stay
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
