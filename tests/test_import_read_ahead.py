"""The command line's head start (core/importing/read_ahead.py): a reader child forked before
the heavy imports must give read_table exactly the table (or the message) the usual reader
child gives, and a read started for something else must not be used.

A fork is only taken while the process has one thread, which a pytest process never is: each
case runs in a fresh ``python -c`` that starts the read as main.py does, then calls
read_table; this process reads the same file the usual way and compares."""

from __future__ import annotations

import json
import pickle
import random
import subprocess
import sys
from pathlib import Path

import pytest

from core.importing.errors import ImportFileError
from core.importing.readers import read_table
from tests.conftest import REAL_FIXTURES
from tests.test_import_columnar import _messy_rows, _write_csv, _write_xlsx

REPO = Path(__file__).resolve().parent.parent
SUFFIXES = {".csv", ".xlsx", ".xlsm", ".tsv", ".txt", ".xls"}
# one file of each real fixture folder: the reader's shapes (csv, tsv, txt, xlsx, templates)
REAL_FILES = sorted(
    next(iter(sorted(p for p in folder.rglob("*") if p.suffix.lower() in SUFFIXES)), folder)
    .relative_to(REAL_FIXTURES).as_posix()
    for folder in REAL_FIXTURES.iterdir()
    if folder.is_dir() and any(p.suffix.lower() in SUFFIXES for p in folder.rglob("*"))
) if REAL_FIXTURES.exists() else []  # fmt: skip

CHILD = r"""
import json, pickle, sys
from core.importing import isolation, read_ahead
out, argv, options = sys.argv[1], json.loads(sys.argv[2]), json.loads(sys.argv[3])
started = read_ahead.start(argv)  # as main.py does, before anything heavy is imported
taken = []
original = isolation.take_early
def take(*args):
    run = original(*args)
    taken.append(run is not None)
    return run
isolation.take_early = take
from tests.test_import_read_ahead import outcome
result = outcome(options.pop("file"), options)
with open(out, "wb") as handle:
    pickle.dump((started, taken, result), handle)
"""


def outcome(file: str, options: dict) -> tuple:
    """What read_table gives, in a form that compares strictly (types and NaN included)."""
    try:
        table = read_table(file, **options)
    except ImportFileError as exc:
        return ("refused", exc.message.render())
    return (
        "table",
        table.header_row,
        table.headers,
        table.row_numbers,
        table.sheet,
        table.sheet_names,
        table.encoding,
        table.delimiter,
        type(table.rows).__name__,
        repr([list(row) for row in table.rows]),
        [note.render() for note in table.notes],
    )


def _ahead(tmp_path: Path, argv: list[str], options: dict, env: dict | None = None):
    import os

    out = tmp_path / "result.pickle"
    subprocess.run(
        [sys.executable, "-c", CHILD, str(out), json.dumps(argv), json.dumps(options)],
        cwd=REPO,
        check=True,
        env={**os.environ, **(env or {})},
        timeout=120,
    )
    with open(out, "rb") as handle:
        return pickle.load(handle)


def _same_as_usual(tmp_path: Path, file: Path, *extra: str, **options):
    argv = ["import", "products", str(tmp_path / "w.matrixdesk"), str(file), *extra]
    started, taken, result = _ahead(tmp_path, argv, {"file": str(file), **options})
    assert started and taken == [True]  # the forked child's table was the one used
    assert result == outcome(str(file), options)
    return result


@pytest.mark.parametrize("name", REAL_FILES or ["(no fixtures)"])
def test_same_table_as_the_usual_read_on_real_files(tmp_path, name):
    if not REAL_FILES:
        pytest.skip("real fixtures not available")
    _same_as_usual(tmp_path, REAL_FIXTURES / name)


def test_same_table_on_messy_files_and_with_options(tmp_path):
    rng = random.Random(3)
    book = tmp_path / "messy.xlsx"
    _write_xlsx(book, title_rows=2, rows=_messy_rows(rng, 150), offset=1)
    assert _same_as_usual(tmp_path, book)[0] == "table"
    text = tmp_path / "messy.csv"
    _write_csv(text, _messy_rows(rng, 150), "gb18030", ";", True)
    _same_as_usual(tmp_path, text, "--encoding", "gb18030", "--apply", encoding="gb18030")
    # options before the positionals and a chosen header row / sheet
    result = _same_as_usual(tmp_path, book, "--header-row", "3", header_row=3)
    assert result[1] == 3
    _same_as_usual(tmp_path, book, "--sheet=Sheet", "--profile", "p", sheet="Sheet")


def test_a_refused_file_says_the_same(tmp_path):
    from tests.hostile_corpus import _far_cell

    path = tmp_path / "far.xlsx"
    _far_cell("XFD1048576")(path)
    result = _same_as_usual(tmp_path, path)
    assert result[0] == "refused" and "XFD1048576" in result[1]


def test_a_read_started_for_other_options_is_not_used(tmp_path):
    rng = random.Random(5)
    book = tmp_path / "messy.xlsx"
    _write_xlsx(book, title_rows=2, rows=_messy_rows(rng, 40))
    argv = ["import", "products", "w.matrixdesk", str(book)]
    for options in ({"header_row": 3}, {"sheet": "Sheet"}, {"file": str(tmp_path / "x.xlsx")}):
        if "file" in options:
            (tmp_path / "x.xlsx").write_bytes(book.read_bytes())
        started, taken, result = _ahead(tmp_path, argv, {"file": str(book), **options})
        assert started and taken == [False], options  # killed; read again as asked
        assert result == outcome(options.pop("file", str(book)), options)


def test_no_head_start_where_it_is_not_safe_or_not_asked(tmp_path, monkeypatch):
    from core.importing import read_ahead

    book = tmp_path / "b.xlsx"
    _write_xlsx(book, 0, _messy_rows(random.Random(1), 5))
    argv = ["import", "products", "w.matrixdesk", str(book)]
    # this (pytest) process has several threads: forking it is not safe
    assert not read_ahead.possible() and not read_ahead.start(argv)
    started, taken, _ = _ahead(tmp_path, argv, {"file": str(book)}, {read_ahead.ENABLE_ENV: "0"})
    assert not started and taken == [False]
    for other in (["import", "history", "w"], ["import", "products", "w"],
                  ["import", "products", "w", str(tmp_path / "missing.xlsx")],
                  ["import", "products", "w", str(book), "--header-row", "x"]):  # fmt: skip
        started, taken, _ = _ahead(tmp_path, other, {"file": str(book)})
        assert not started and taken == [False], other
