"""A big sheet is parsed while the guard scans it (core/importing/columnar.py, alongside):
the table must equal the careful read (scan first, then parse) and the general reader's, and a
hostile big sheet must still end in the guard's words: should the parse die first, the parent
reads again carefully (isolation.ReadAgain)."""

from __future__ import annotations

import os
import zipfile
from pathlib import Path

import pytest

from core.importing import columnar
from core.importing.columnar import read_columnar
from core.importing.errors import ImportFileError
from core.importing.isolation import HURRIED, IsolatedRun, ReadAgain, tell_parent
from core.importing.readers import read_table
from tests.test_import_columnar import _general, _same_table
from tests.workbook_maker import cell_xml, sheet_xml, write_xlsx


def _big_sheet(path: Path, rows: int, far: str | None = None, far_at: str = "end") -> None:
    """``rows`` rows of SKU, name, price, note (about 150 bytes of XML each); ``far``: one
    more cell there, beyond the dimension (at the end of the sheet, or in row 2)."""

    def body():
        yield (f'<row r="1">{cell_xml("A1", "SKU")}{cell_xml("B1", "Name")}'
               f'{cell_xml("C1", "Price")}{cell_xml("D1", "Note")}</row>')  # fmt: skip
        for r in range(2, rows + 2):
            cells = [cell_xml(f"A{r}", f"SK{r:06d}"), cell_xml(f"B{r}", f"Lamp {r % 97}"),
                     f'<c r="C{r}"><v>{r % 50}.5</v></c>']  # fmt: skip
            if r % 3:
                cells.append(cell_xml(f"D{r}", "note " * (r % 4)))
            if far and far_at == "head" and r == 2:
                cells.append(f'<c r="{far}"><v>1</v></c>')
            yield f'<row r="{r}">{"".join(cells)}</row>'
        if far and far_at == "end":
            digits = "".join(c for c in far if c.isdigit())
            yield f'<row r="{digits}"><c r="{far}"><v>1</v></c></row>'

    write_xlsx(path, {"Sheet1": sheet_xml(body(), f"A1:D{rows + 1}")})


@pytest.fixture
def small_threshold(monkeypatch):
    monkeypatch.setattr(columnar, "ALONGSIDE_FROM", 64 * 1024)


def test_alongside_gives_the_careful_and_the_general_table(tmp_path, small_threshold):
    path = tmp_path / "big.xlsx"
    _big_sheet(path, 3000)
    hurried = read_columnar(path, "workbook", None, None, None, None)
    careful = read_columnar(path, "workbook", None, None, None, None, careful=True)
    assert hurried is not None and careful is not None
    _same_table(hurried, careful)
    _same_table(hurried, _general(path))


def test_the_threshold_is_what_a_100k_sheet_crosses():
    # 100,000 rows x 20 columns of sheet XML are ~100 MB; small files stay careful
    assert columnar.ALONGSIDE_FROM <= 8 * 1024 * 1024


@pytest.mark.parametrize("far_at", ["end", "head"])
@pytest.mark.parametrize("far", ["XFD1048576", "XFD5000"])
def test_a_hostile_big_sheet_is_refused_in_the_guards_words(tmp_path, far, far_at):
    path = tmp_path / f"far-{far}-{far_at}.xlsx"
    _big_sheet(path, 40_000, far, far_at)  # ~6 MB of sheet XML: over ALONGSIDE_FROM
    with pytest.raises(ImportFileError) as err:
        read_table(path)
    text = err.value.message.render()
    assert not isinstance(err.value, ReadAgain)
    assert path.name in text and far in text, text  # the guard names the far cell


def test_a_far_cell_the_guard_would_refuse_is_found_alongside(tmp_path, small_threshold):
    path = tmp_path / "far.xlsx"
    # column 4,097 (one past the guard's MAX_COLUMNS) on a few hundred rows: calamine's grid
    # stays ~100 MB in this process (XFD5000 made it build 82M cells, 4.5 GB, in pytest)
    _big_sheet(path, 800, "FAO900")
    # in the child the parse may die first; here (no memory limit) it returns: the scan's
    # verdict sends the file to the general reader, which refuses it
    with zipfile.ZipFile(path) as archive:  # parsed alongside the scan, not after it
        assert archive.getinfo("xl/worksheets/sheet1.xml").file_size >= columnar.ALONGSIDE_FROM
    assert read_columnar(path, "workbook", None, None, None, None) is None
    with pytest.raises(ImportFileError) as err:
        read_table(path)
    assert "FAO900" in err.value.message.render()


def _hurry_then_die(progress) -> None:
    tell_parent(HURRIED)
    os.abort()


def _just_die(progress) -> None:
    os.abort()


def test_a_child_dying_after_it_hurried_asks_for_a_careful_read(tmp_path):
    path = tmp_path / "x.xlsx"
    path.write_bytes(b"PK")
    with pytest.raises(ReadAgain):
        IsolatedRun(_hurry_then_die, (), path).result()
    with pytest.raises(ImportFileError) as err:
        IsolatedRun(_just_die, (), path).result()
    assert not isinstance(err.value, ReadAgain) and "SIGABRT" in err.value.message.render()
