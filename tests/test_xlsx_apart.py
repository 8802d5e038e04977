"""The export written by a child process (core.xlsx_apart): the same workbook as the in-process
writer, cell for cell and format for format; its refusals come back named; a cancel or a
failure leaves no file behind."""

from __future__ import annotations

import os
import sys
from datetime import date
from decimal import Decimal

import pytest
from openpyxl import load_workbook

from core.jobs import Cancelled, Progress
from core.xlsx_apart import PIECE_ROWS, write_workbook_apart
from core.xlsx_export import MONEY, PERCENT, ExportError, Sheet, write_workbook


def _sheets(count: int) -> list[Sheet]:
    def rows():
        for i in range(count):
            yield [f"SKU-{i}", "=HYPERLINK(\"x\")" if i == 3 else "蓝牙耳机" if i == 7 else "mug",
                   Decimal("12.35") + i, 0.125, date(2026, 1, 1 + i % 28), None, i % 2 == 0,
                   "bell\x07" if i == 5 else "#N/A" if i == 6 else "", float("nan")]  # fmt: skip

    return [
        Sheet(
            "Catalog",
            ["SKU", "Name", "Price", "Share", "Day", "Empty", "Flag", "Note", "X"],
            rows(),
            {2: MONEY, 3: PERCENT},
            {(1, 1): "F4B183"},
        ),  # fmt: skip
        Sheet("Flags", ["Flag", "+count"], [["Slow mover", 3], ["-x", 1.5]]),
        Sheet("Empty", ["Nothing"], []),
    ]


def _cells(path):
    book = load_workbook(path)
    out = {}
    for ws in book:
        out[ws.title] = [
            [
                (c.value, c.data_type, c.number_format, c.quotePrefix, c.fill.fgColor.rgb)
                for c in row
            ]
            for row in ws.iter_rows()
        ]
        out[ws.title + ":widths"] = {k: d.width for k, d in ws.column_dimensions.items()}
        out[ws.title + ":filter"] = ws.auto_filter.ref
    return out


def test_the_child_writes_the_same_workbook_as_the_writer_itself(tmp_path):
    count = 3 * PIECE_ROWS + 17  # several pieces and a short last one
    here = write_workbook(tmp_path / "here.xlsx", _sheets(count))
    apart = write_workbook_apart(tmp_path / "apart.xlsx", _sheets(count))
    assert apart == tmp_path / "apart.xlsx"
    assert _cells(here) == _cells(apart)
    cells = _cells(apart)["Catalog"]
    assert len(cells) == count + 1
    assert cells[4][1][:2] == ('=HYPERLINK("x")', "s") and cells[4][1][3]  # text, quoted
    assert cells[6][7][0] == "bell␇" and cells[7][7][:2] == ("#N/A", "s")
    assert cells[2][1][4].endswith("F4B183")  # the fill of (row 1, column 1)
    assert not list(tmp_path.glob("*.part"))


def test_progress_counts_the_rows_sent(tmp_path):
    seen = []
    progress = Progress(lambda done, total, text: seen.append((done, total)))
    write_workbook_apart(tmp_path / "p.xlsx", _sheets(6000), progress, total_rows=6002)
    assert seen[-1] == (6002, 6002)
    assert all(done <= total for done, total in seen)


def test_small_exports_are_written_in_process(tmp_path, monkeypatch):
    import core.xlsx_apart as apart

    monkeypatch.setattr(apart, "_start_child", lambda _path: pytest.fail("no child for 10 rows"))
    path = write_workbook_apart(tmp_path / "s.xlsx", _sheets(10), total_rows=12)
    assert len(_cells(path)["Catalog"]) == 11


@pytest.mark.skipif(sys.platform == "win32" or os.geteuid() == 0, reason="root writes anywhere")
def test_a_read_only_folder_is_refused_by_name(tmp_path):
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(ExportError) as caught:
            write_workbook_apart(folder / "c.xlsx", _sheets(10))
    finally:
        folder.chmod(0o700)
    assert "c.xlsx" in str(caught.value)


def test_a_folder_that_is_a_file_is_refused_by_name(tmp_path):
    (tmp_path / "plain").write_text("not a folder")
    with pytest.raises(ExportError) as caught:
        write_workbook_apart(tmp_path / "plain" / "c.xlsx", _sheets(2 * PIECE_ROWS))
    assert "c.xlsx" in str(caught.value)
    assert caught.value.message.context == "Export"


def test_cancel_stops_the_child_and_leaves_no_file(tmp_path):
    progress = Progress()

    def rows():
        for i in range(50 * PIECE_ROWS):
            if i == 5 * PIECE_ROWS:
                progress.cancel()
            yield [f"SKU-{i}", i]

    with pytest.raises(Cancelled):
        write_workbook_apart(tmp_path / "c.xlsx", [Sheet("S", ["SKU", "N"], rows())], progress)
    assert list(tmp_path.iterdir()) == []


def test_a_failure_in_the_child_comes_back_named_and_leaves_no_file(tmp_path):
    # 10**400 is a number no xlsx cell holds: converting it overflows in the child
    sheets = [Sheet("S", ["A"], ([10**400] if i == 700 else [i] for i in range(1500)))]
    with pytest.raises(ExportError) as caught:
        write_workbook_apart(tmp_path / "odd.xlsx", sheets)
    assert "odd.xlsx" in str(caught.value) and "Error" in str(caught.value)
    assert list(tmp_path.iterdir()) == []
