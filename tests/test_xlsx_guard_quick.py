"""The guard's quick pass (core/importing/xlsx_guard.py _unsure_chunks) leaves out only pieces
of sheet XML in which the exact scan finds nothing: with and without it, every sheet gets the
same extent, the same merged / error flags and the same refusal.

The pieces are made tiny here (CHUNK = 64 bytes) so that small sheets are cut into hundreds of
pieces and the quick pass runs on all but the first."""

from __future__ import annotations

import zipfile
import zlib
from pathlib import Path

import pytest

from core.importing import xlsx_guard
from core.importing.xlsx_guard import WorkbookRefused, check_sheet, check_workbook
from tests.hostile_corpus import cases
from tests.workbook_maker import rows_xml, sheet_xml, write_xlsx

ROWS = [["SKU", "Name", "Price"]] + [[f"S-{i}", f"Item {i}", 1.5 + i] for i in range(400)]


def _outcome(path: Path, quick: bool, monkeypatch) -> object:
    """What the guard says of every sheet: its extent, or the refusal's parameters."""
    with monkeypatch.context() as patch:
        patch.setattr(xlsx_guard, "CHUNK", 64)
        patch.setattr(xlsx_guard, "QUICK_FROM", 0 if quick else 10**12)
        patch.setattr(xlsx_guard, "QUICK_BATCH", 3)
        try:
            parts = check_workbook(path)
            return [check_sheet(path, name, part) for name, part in parts.items()]
        except (
            WorkbookRefused,
            zipfile.BadZipFile,
            OSError,
            ValueError,
            EOFError,
            zlib.error,
        ) as exc:
            return (type(exc).__name__, getattr(exc, "params", str(exc)))


def _sheet(path: Path, extra_rows: list[str], dimension: str, tail: str = "") -> Path:
    """ROWS with ``extra_rows`` (raw XML) in the middle, ``tail`` after sheetData."""
    body = list(rows_xml(ROWS))
    middle = len(body) // 2
    body[middle:middle] = extra_rows
    chunks = list(sheet_xml(body, dimension))
    if tail:
        chunks[-1] = chunks[-1].replace("</worksheet>", tail + "</worksheet>")
    return write_xlsx(path, {"Sheet1": chunks})


SHEETS = {
    "plain": ([], "A1:C401", ""),
    "far-row": (['<row r="900000"><c r="A900000"><v>1</v></c></row>'], "A1:C401", ""),
    "far-column": (['<row r="200"><c r="XFD200"><v>1</v></c></row>'], "A1:C401", ""),
    "just-beyond": (['<row r="402"><c r="D402"><v>1</v></c></row>'], "A1:C401", ""),
    "single-quoted": (["<row r='300'><c r='AB300'><v>1</v></c></row>"], "A1:C401", ""),
    "spaced": (['<row r="300"><c r = "ZZ300"><v>1</v></c></row>'], "A1:C401", ""),
    "error-cell": (['<row r="250"><c r="B250" t="e"><v>#N/A</v></c></row>'], "A1:C401", ""),
    "merged": ([], "A1:C401", '<mergeCells count="1"><mergeCell ref="A1:B1"/></mergeCells>'),
    "huge-far": (['<row r="1048576"><c r="XFD1048576"><v>1</v></c></row>'], "A1:C401", ""),
    "no-dimension": (['<row r="300"><c r="K300"><v>1</v></c></row>'], "", ""),
    "latin-1 byte": (
        ['<row r="300"><c r="Z300" t="inlineStr"><is><t>\xe9</t></is></c></row>'],
        "A1:C401",
        "",
    ),  # fmt: skip
}


@pytest.mark.parametrize("name", SHEETS)
def test_quick_pass_changes_nothing_on_generated_sheets(name, tmp_path, monkeypatch):
    extra, dimension, tail = SHEETS[name]
    path = _sheet(tmp_path / f"{name}.xlsx", extra, dimension, tail)
    exact = _outcome(path, False, monkeypatch)
    assert _outcome(path, True, monkeypatch) == exact
    if name != "plain":  # each oddity is in a piece after the first: the exact scan saw it
        assert exact != _outcome(_sheet(tmp_path / "p.xlsx", [], "A1:C401"), False, monkeypatch)


def test_a_piece_that_is_not_utf8_goes_to_the_exact_scan(tmp_path, monkeypatch):
    body = list(rows_xml(ROWS))
    path = write_xlsx(tmp_path / "bytes.xlsx", {"Sheet1": sheet_xml(body, "A1:C401")})
    with zipfile.ZipFile(path) as archive:
        parts = {i.filename: archive.read(i) for i in archive.infolist()}
    sheet = parts["xl/worksheets/sheet1.xml"]
    cut = sheet.index(b"<row", len(sheet) // 2)
    parts["xl/worksheets/sheet1.xml"] = (
        sheet[:cut] + b'<row r="300"><c r="AA70000"><v>1</v></c></row>\xff' + sheet[cut:]
    )
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in parts.items():
            archive.writestr(name, content)
    exact = _outcome(path, False, monkeypatch)
    assert _outcome(path, True, monkeypatch) == exact
    assert exact[0].columns == 27 and exact[0].rows == 70000  # type: ignore[index]


@pytest.mark.parametrize(
    "case", [c for c in cases() if c.name.endswith(".xlsx")], ids=lambda c: c.name
)
def test_quick_pass_changes_nothing_on_the_hostile_corpus(case, tmp_path, monkeypatch):
    path = tmp_path / case.name
    case.build(path)
    assert _outcome(path, True, monkeypatch) == _outcome(path, False, monkeypatch)


def test_the_quick_pass_runs_on_a_big_sheet(tmp_path, monkeypatch):
    """At the real piece size: a sheet part over QUICK_FROM has its later pieces tested by the
    quick pass (a far cell deep inside is still found)."""
    rows = [["SKU", "Name", "Price"]] + [[f"S-{i}", f"Item {i}", 1.5] for i in range(90_000)]
    body = list(rows_xml(rows))
    body.insert(80_000, '<row r="95000"><c r="AZ95000"><v>1</v></c></row>')
    path = write_xlsx(tmp_path / "big.xlsx", {"Sheet1": sheet_xml(body, "A1:C90001")})
    with zipfile.ZipFile(path) as archive:
        assert archive.getinfo("xl/worksheets/sheet1.xml").file_size > xlsx_guard.QUICK_FROM
    tested: list[int] = []
    real = xlsx_guard._unsure_chunks

    def counting(chunks, letters, digits):
        for piece in real(chunks, letters, digits):
            tested.append(len(piece))
            yield piece

    monkeypatch.setattr(xlsx_guard, "_unsure_chunks", counting)
    extent = check_sheet(path, "Sheet1", "xl/worksheets/sheet1.xml")
    assert extent is not None and (extent.rows, extent.columns) == (95000, 52)
    assert len(tested) == 1  # only the piece holding the far cell was scanned exactly
