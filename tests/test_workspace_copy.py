"""``copy SRC DEST``: a workspace file to a team database and back, rows and checksums equal.

The checksums are compared against a separate, simple reading of the original file (sqlite3,
every column as stored), not only against the app's own fingerprints.
"""

from __future__ import annotations

import shutil
import sqlite3

import pytest

from core.cli import main
from core.fingerprints import fingerprints
from core.workspace import open_workspace
from core.workspace_copy import CopyError, copy_workspace_to


def _rows_by_table(path) -> dict[str, int]:
    conn = sqlite3.connect(path)
    names = [
        r[0]
        for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' "
            "AND name != 'alembic_version'"
        )
    ]
    counts = {n: conn.execute(f'SELECT count(*) FROM "{n}"').fetchone()[0] for n in names}
    conn.close()
    return counts


def test_file_to_file_copy_keeps_every_row(demo_file, tmp_path):
    source = open_workspace(demo_file)
    try:
        checks = copy_workspace_to(source, str(tmp_path / "copy.matrixdesk"))
    finally:
        source.close()
    assert all(c.equal for c in checks)
    assert _rows_by_table(tmp_path / "copy.matrixdesk") == _rows_by_table(demo_file)


def test_copy_refuses_a_destination_that_holds_data(demo_file, tmp_path):
    target = tmp_path / "full.matrixdesk"
    shutil.copy(demo_file, target)
    before = target.read_bytes()
    source = open_workspace(demo_file)
    try:
        with pytest.raises(CopyError, match="already holds data"):
            copy_workspace_to(source, str(target))
    finally:
        source.close()
    # the destination was opened (it is current) but no row was touched
    check = open_workspace(target)
    assert fingerprints(check.engine) == fingerprints(open_workspace(demo_file).engine)
    check.close()
    assert len(target.read_bytes()) == len(before)


def test_demo_round_trips_through_a_team_database_with_equal_checksums(
    demo_file, tmp_path, pg_server, capsys
):
    team = pg_server.new_database(empty=True)  # a brand-new database: the copy creates the schema
    back = tmp_path / "back.matrixdesk"
    try:
        assert main(["copy", str(demo_file), team]) == 0
        out = capsys.readouterr().out
        assert "rows and checksums match in every table" in out
        assert main(["copy", team, str(back)]) == 0
        capsys.readouterr()
        original, returned = open_workspace(demo_file), open_workspace(back)
        try:
            assert fingerprints(returned.engine) == fingerprints(original.engine)
        finally:
            original.close()
            returned.close()
        assert _rows_by_table(back) == _rows_by_table(demo_file)
        assert sum(_rows_by_table(back).values()) > 4000
        # a second copy into the same team database is refused: it holds data now
        assert main(["copy", str(demo_file), team]) == 1
        assert "already holds data" in capsys.readouterr().err
    finally:
        pg_server.drop(team)


def test_copy_into_an_existing_file_is_refused(demo_file, tmp_path, capsys):
    target = tmp_path / "there.matrixdesk"
    target.write_bytes(b"")
    assert main(["copy", str(demo_file), str(target)]) == 1
    assert "already exists" in capsys.readouterr().err
