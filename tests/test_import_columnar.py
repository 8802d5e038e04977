"""The columnar reader (core/importing/columnar.py) and the general reader must give the same
table: same header row, headers, row numbers and cells (values and types), on every real
fixture file it takes and on generated messy xlsx and csv files. Files it is not sure about
it must leave to the general reader (None), and it must take the plain big-file shapes."""

from __future__ import annotations

import csv
import random
import sys
from collections import Counter
from pathlib import Path

import pytest

from core.importing.column_rows import PY_WHITESPACE, ColumnRows, first_filled
from core.importing.columnar import read_columnar as _read_columnar
from core.importing.currencies import rows_without_currency
from core.importing.fields import PRODUCT_FIELDS
from core.importing.mapping import auto_map
from core.importing.readers import file_kind, read_grid_here, read_table, table_from_grid
from core.importing.validate import is_empty as cell_is_empty
from tests.conftest import REAL_FIXTURES

REAL_FILES = sorted(
    p.relative_to(REAL_FIXTURES).as_posix()
    for p in REAL_FIXTURES.rglob("*")
    if p.is_file() and p.suffix.lower() in {".csv", ".xlsx", ".xlsm", ".tsv", ".txt"}
) if REAL_FIXTURES.exists() else []  # fmt: skip


def read_columnar(path: Path, sheet, header_row, encoding, progress):
    return _read_columnar(path, file_kind(path), sheet, header_row, encoding, progress)


def _general(path: Path, header_row: int | None = None, encoding: str | None = None):
    return table_from_grid(read_grid_here(path, None, encoding, None), header_row)


def _same_table(columnar, general) -> None:
    assert isinstance(columnar.rows, ColumnRows)
    assert columnar.header_row == general.header_row
    assert columnar.headers == general.headers
    assert columnar.row_numbers == general.row_numbers
    assert (columnar.sheet, columnar.sheet_names) == (general.sheet, general.sheet_names)
    assert (columnar.encoding, columnar.delimiter) == (general.encoding, general.delimiter)
    # Single rows, read from the frame (no column built yet), as the general path reads them
    fresh = ColumnRows(columnar.rows.frame)
    for index in sorted({0, len(general.rows) // 2, len(general.rows) - 1}):
        if 0 <= index < len(general.rows):
            cells = fresh[index]
            assert cells == general.rows[index] and not fresh._columns, index
            assert [type(v) for v in cells] == [type(v) for v in general.rows[index]]
            assert fresh.cells(index, [1, 0]) == [general.rows[index][c] for c in (1, 0)]
    for col in range(len(columnar.headers)):  # what the unmapped and currency checks ask
        cells = [row[col] for row in general.rows]
        assert fresh.filled(col) == any(not cell_is_empty(v) for v in cells), col
        assert fresh.counts(col) == Counter(cells), col
        filled_cells = [v for v in cells if not cell_is_empty(v)]
        assert first_filled(fresh, col, 3) == filled_cells[:3], col
        assert first_filled(general.rows, col, 3) == filled_cells[:3], col
    assert not fresh._columns
    mapping = auto_map(columnar.headers, PRODUCT_FIELDS)
    if "price" in mapping or "cost" in mapping:  # counted by column vs by the row loop
        assert rows_without_currency(columnar, mapping) == rows_without_currency(general, mapping)
    rows = list(columnar.rows)
    assert len(rows) == len(general.rows)
    for mine, theirs, number in zip(rows, general.rows, general.row_numbers, strict=True):
        assert mine == theirs, number
        assert [type(v) for v in mine] == [type(v) for v in theirs], number
    for col in range(len(columnar.headers)):  # the column view the preview reads
        assert columnar.rows.column(col) == [row[col] for row in general.rows]


def test_whitespace_is_what_python_strips():
    everything = "".join(chr(c) for c in range(sys.maxunicode + 1) if chr(c).isspace())
    assert PY_WHITESPACE == everything


@pytest.mark.parametrize("name", REAL_FILES or ["(no fixtures)"])
def test_same_table_on_real_files(name):
    if not REAL_FILES:
        pytest.skip("real fixtures not available")
    path = REAL_FIXTURES / name
    try:
        general = _general(path)
    except Exception as exc:  # not a table: the columnar reader must not take it either
        assert read_columnar(path, None, None, None, None) is None, exc
        return
    columnar = read_columnar(path, None, None, None, None)
    if columnar is not None:
        _same_table(columnar, general)


def test_real_plain_files_take_the_columnar_path():
    if not REAL_FILES:
        pytest.skip("real fixtures not available")
    taken = [n for n in REAL_FILES if read_columnar(REAL_FIXTURES / n, None, None, None, None)]
    assert len(taken) >= 5, taken


# ---------------------------------------------------------------- generated messy files


def _messy_rows(rng: random.Random, count: int) -> list[list]:
    rows = []
    for i in range(count):
        shape = rng.random()
        if shape < 0.05:
            rows.append([None] * 6)  # a blank row inside the data
            continue
        rows.append(
            [
                f"SK{i:04d}" if rng.random() > 0.05 else f" 00{i} ",
                rng.choice(["Lamp", "  Desk\u3000lamp ", "灯 具", "", " ", "\u00a0x"]),
                rng.choice([12.5, 3.0, 0.1 + 0.2, None, 1e16, -4.0]),
                rng.choice(["USD", " eur ", "", None]),
                rng.choice([None, "note", "a\nb", "  "]),
                None,
            ]
        )
    return rows


def _write_xlsx(path: Path, title_rows: int, rows: list[list], offset: int = 0) -> None:
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    for r in range(title_rows):
        sheet.cell(row=r + 1, column=offset + 1, value=f"Export of products, part {r}")
    header = ["SKU", "Name", "Price", "Currency", "Note", ""]
    base = title_rows + 1
    for c, value in enumerate(header):
        if value:
            sheet.cell(row=base, column=offset + c + 1, value=value)
    for r, row in enumerate(rows, start=base + 1):
        for c, value in enumerate(row):
            if value is not None:
                sheet.cell(row=r, column=offset + c + 1, value=value)
    book.save(path)


@pytest.mark.parametrize("seed", range(4))
def test_same_table_on_messy_xlsx(tmp_path, seed):
    rng = random.Random(seed)
    path = tmp_path / f"messy{seed}.xlsx"
    _write_xlsx(path, title_rows=seed % 3, rows=_messy_rows(rng, 120), offset=seed % 2 * 2)
    columnar = read_columnar(path, None, None, None, None)
    assert columnar is not None  # text and number columns, no mixing: the columnar path
    _same_table(columnar, _general(path))


def test_a_column_mixing_numbers_and_text_goes_to_the_general_reader(tmp_path):
    path = tmp_path / "mixed.xlsx"
    _write_xlsx(path, 0, [["A1", "x", 1.0, "USD", None, None], [123.0, "y", "n/a", "", None, None]])
    assert read_columnar(path, None, None, None, None) is None
    table = read_table(path)  # still read, by the general reader: SKU 123 stays a number
    assert not isinstance(table.rows, ColumnRows)
    assert table.rows[1][0] == 123.0 and table.rows[1][2] == "n/a"


def test_leading_zero_codes_and_numbers_keep_their_form(tmp_path):
    path = tmp_path / "codes.xlsx"
    _write_xlsx(
        path, 0, [["00123", "x", 12.5, "USD", None, None], ["0042", "y", 7.0, "", None, None]]
    )
    table = read_table(path)
    assert isinstance(table.rows, ColumnRows)
    assert table.rows.column(0) == ["00123", "0042"]
    assert table.rows.column(2) == [12.5, 7.0]


def _write_csv(path: Path, rows: list[list], encoding: str, delimiter: str, blank: bool) -> None:
    with path.open("w", newline="", encoding=encoding) as handle:
        writer = csv.writer(handle, delimiter=delimiter)
        writer.writerow(["SKU", "Name", "Price", "Currency", "Note", ""])
        for i, row in enumerate(rows):
            if blank and i % 17 == 5:
                handle.write("\r\n")
            writer.writerow(["" if v is None else v for v in row])


@pytest.mark.parametrize(
    ("encoding", "delimiter", "blank"),
    [("utf-8", ",", False), ("utf-8-sig", ";", True), ("gb18030", "\t", True),
     ("cp1252", ",", False)],
)  # fmt: skip
def test_same_table_on_messy_csv(tmp_path, encoding, delimiter, blank):
    rng = random.Random(7)
    rows = _messy_rows(rng, 200)
    if encoding == "cp1252":
        rows = [[("Café" if v == "灯 具" else v) for v in row] for row in rows]
        rows = [
            [v.replace("\u3000", " ") if isinstance(v, str) else v for v in row] for row in rows
        ]
    path = tmp_path / "messy.csv"
    _write_csv(path, rows, encoding, delimiter, blank)
    columnar = read_columnar(path, None, None, None, None)
    general = _general(path)
    if columnar is None:  # quoted line breaks with CRs: left to csv, which is the reference
        assert any("\r" in str(v) or "\n" in str(v) for row in general.rows for v in row)
        return
    _same_table(columnar, general)


def test_plain_csv_is_read_as_columns_with_a_chosen_header_row(tmp_path):
    path = tmp_path / "plain.csv"
    path.write_text("Products of shop A\nSKU,Price\nA1,12.5\n\nA2, 7\n", encoding="utf-8")
    for header_row in (None, 2):
        columnar = read_columnar(path, None, header_row, None, None)
        # the title row has one field, the rest two: polars pads it, csv gives it short
        general = _general(path, header_row)
        if columnar is not None:
            _same_table(columnar, general)
    table = read_table(path)
    assert table.headers == ["SKU", "Price"] and table.row_numbers == [3, 5]


@pytest.mark.parametrize(
    "content",
    [b"SKU,Price\r\nA1,1\rA2,2\r\n", b"SKU,Price\nA1,1\nA2,2,3\n", b"SKU,Price\nA1,1\nA2"],
)
def test_odd_csv_goes_to_the_general_reader(tmp_path, content):
    """A lone CR (csv ends the row there), a ragged row, a last row without its line end."""
    path = tmp_path / "odd.csv"
    path.write_bytes(content)
    assert read_columnar(path, None, None, None, None) is None
    read_table(path)  # and the general reader still reads it


def test_many_single_row_reads_build_the_columns(monkeypatch):
    import polars as pl

    import core.importing.column_rows as column_rows

    monkeypatch.setattr(column_rows, "ROW_READS_LIMIT", 3)
    frame = pl.DataFrame({"a": ["x", None, " y"] * 2, "b": [1, None, 3] * 2})
    rows = ColumnRows(frame)
    expected = [["x", 1.0], ["", ""], [" y", 3.0]] * 2
    seen = [rows[i] for i in range(6)]
    assert seen == expected and [type(v) for v in seen[0]] == [str, float]
    assert set(rows._columns) == {0, 1}  # built after the third single read
    assert rows.counts(1) == Counter([1.0, "", 3.0] * 2) and rows.filled(0)
    assert not ColumnRows(pl.DataFrame({"a": [None, float("nan")]})).filled(0)
    numbers = ColumnRows(pl.DataFrame({"a": [None, float("nan"), 2.0, 3.0, 4.0]}))
    assert first_filled(numbers, 0, 2) == [2.0, 3.0] and first_filled(numbers, 5, 2) == []
    assert first_filled(ColumnRows(frame), 0, 5) == ["x", " y", "x", " y"]
    assert not ColumnRows(pl.DataFrame({"a": [" ", None, "\u3000"]})).filled(0)


def test_instruction_candidates_hold_every_instruction_row():
    """ColumnRows.instruction_candidates keeps every row is_instruction_row accepts (the
    preview checks only those) and leaves out rows with a number or a short text."""
    import polars as pl

    from core.importing.conventions import is_instruction_row

    rng = random.Random(7)
    long = "说明：请按示例填写，必填项不能为空\n第二行"
    texts = [None, "", " ", "\u3000", "\t\n", "SK-1", "USD", long, f"  {long} ", long + "x",
             "Required: fill every column before upload", "a" * 19, " " * 25 + "b",
             "Do not delete this row", "x" * 40, "\u3000" * 30]  # fmt: skip
    rows = []
    for _ in range(3000):
        width = 4
        if rng.random() < 0.3:  # a merged instruction row: one text repeated or alone
            text = rng.choice([long, f" {long}", "Example: red cup, 12 pcs, 9.99"])
            rows.append([rng.choice([text, None, "", " "]) for _ in range(width)] + [None])
        else:
            cells = [rng.choice(texts) for _ in range(width)]
            rows.append([*cells, rng.choice([None, None, 12.5, float("nan")])])
    frame = pl.DataFrame(
        {f"c{i}": [row[i] for row in rows] for i in range(5)},
        schema={**{f"c{i}": pl.String for i in range(4)}, "c4": pl.Float64},
    )
    table = ColumnRows(frame)
    candidates = set(table.instruction_candidates())
    accepted = {i for i, row in enumerate(table) if is_instruction_row(row)}
    assert accepted and accepted <= candidates
    # exactly the rows without a number or a certainly short text
    plain = {
        i
        for i, row in enumerate(table)
        if all(cell_is_empty(v) or (isinstance(v, str) and len(v.encode()) >= 20) for v in row)
    }
    assert candidates == plain and len(plain) < len(rows)


@pytest.mark.skipif(sys.platform != "linux", reason="a thread's own priority: Linux only")
def test_the_guards_scan_gives_way_to_the_parse():
    """The scan beside a big sheet's parse runs on a thread of lower priority (the parse is
    what the import waits for); the calling thread's own priority is left as it was."""
    import os
    import threading
    from concurrent.futures import ThreadPoolExecutor

    from core.importing.columnar import BACKGROUND_NICENESS, in_the_background

    def niceness() -> int:
        return os.getpriority(os.PRIO_PROCESS, threading.get_native_id())

    mine = niceness()
    with ThreadPoolExecutor(1) as pool:
        theirs = pool.submit(in_the_background, niceness).result()
    assert theirs == max(mine, BACKGROUND_NICENESS)
    assert niceness() == mine
