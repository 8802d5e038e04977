"""The export writer streams rows (xlsxwriter constant-memory) and the catalog export can reuse
the page's review: same cells either way, formats and widths as before."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from openpyxl import load_workbook

from core.inventory.export import export_catalog
from core.inventory.review import review_catalog
from core.xlsx_export import DATE, MONEY, Sheet, write_workbook

BOTH_ENGINES = True

AS_OF = date(2026, 11, 1)


def _cells(path):
    book = load_workbook(path)
    return {ws.title: [[c.value for c in row] for row in ws.iter_rows()] for ws in book}


def test_catalog_export_from_the_pages_review_equals_a_fresh_one(demo, tmp_path):
    workspace = demo
    with workspace.session() as session:
        review = review_catalog(session, as_of=AS_OF)
    fresh = export_catalog(workspace, tmp_path / "fresh.xlsx", as_of=AS_OF)
    reused = export_catalog(workspace, tmp_path / "reused.xlsx", as_of=AS_OF, review=review)
    assert _cells(fresh) == _cells(reused)
    assert len(_cells(fresh)[next(iter(_cells(fresh)))]) == len(review.skus) + 1


def test_rows_stream_from_a_generator_with_formats_and_widths(tmp_path):
    count = 5000

    def rows():
        for i in range(count):
            yield [f"SKU-{i}", "蓝牙耳机" * 3 if i == 10 else "mug", i * 1.5, date(2026, 1, 1 + i % 28),
                   None, True, datetime(2026, 2, 3, 4, 5)]  # fmt: skip

    path = write_workbook(
        tmp_path / "big.xlsx",
        [
            Sheet(
                "Big", ["SKU", "Name", "Price", "Day", "Empty", "Flag", "When"], rows(), {2: MONEY}
            )
        ],
    )
    book = load_workbook(path)
    sheet = book["Big"]
    assert sheet.max_row == count + 1
    assert sheet["A5001"].value == "SKU-4999" and sheet["A5001"].data_type == "s"
    assert sheet["C3"].value == 1.5 and sheet["C3"].number_format == MONEY
    assert sheet["D2"].number_format == DATE and sheet["D2"].value == datetime(2026, 1, 1)
    assert sheet["E2"].value is None and sheet["F2"].value is True
    assert sheet["A1"].font.bold and sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == f"A1:G{count + 1}"
    # widths from the sampled rows: 12 CJK characters count double (24 + 2), "mug" stays narrow
    assert sheet.column_dimensions["B"].width == pytest.approx(26, abs=1)
    assert sheet.column_dimensions["A"].width == pytest.approx(len("SKU-1999") + 2, abs=1)
