"""Workspaces are never damaged: foreign, empty, damaged, read-only files and full disks.

Tests run as root, and root ignores chmod: read-only and full-disk cases are simulated by
monkeypatching ``os.access`` / ``shutil.disk_usage`` / the copy, and also tried for real on a
small tmpfs when this machine lets the test mount one (skipped otherwise).
"""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
import subprocess

import pytest

from core import backups, cli, migrations, schema
from core.workspace import (
    DiskFull,
    WorkspaceDamaged,
    WorkspaceError,
    WorkspaceReadOnly,
    open_workspace,
)
from core.workspace_guard import APPLICATION_ID
from tests.test_import_undo import run_import

HEADERS = ["SKU", "SPU", "Product name", "Price"]


def checksum(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _foreign(path, user_version=1, app_id=0):
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")
    conn.execute("INSERT INTO notes (body) VALUES ('not yours')")
    conn.execute(f"PRAGMA user_version = {user_version}")
    conn.execute(f"PRAGMA application_id = {app_id}")
    conn.commit()
    conn.close()


@pytest.mark.parametrize("user_version, app_id", [(1, 0), (2, 0), (0, 0), (7, 0), (1, 1234)])
def test_foreign_sqlite_file_is_refused_unchanged(tmp_path, user_version, app_id, capsys):
    path = tmp_path / "other-app.db"
    _foreign(path, user_version, app_id)
    before = checksum(path)
    with pytest.raises(WorkspaceError) as info:
        open_workspace(path)
    assert "not a MatrixDesk workspace" in info.value.message.render()
    assert cli.main(["info", str(path)]) == 1
    assert "not a MatrixDesk workspace" in capsys.readouterr().err
    assert checksum(path) == before
    assert not (tmp_path / "backups").exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["other-app.db"]


def test_negative_user_version_is_refused_with_a_message(workspace, capsys):
    path = workspace.path
    workspace.close()
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA user_version = -3")
    conn.close()
    before = checksum(path)
    assert cli.main(["info", str(path)]) == 1
    err = capsys.readouterr().err
    assert "-3" in err and "Traceback" not in err
    assert checksum(path) == before


def test_empty_file_is_not_silently_made_a_workspace(tmp_path, capsys):
    path = tmp_path / "empty.matrixdesk"
    path.touch()
    assert cli.main(["info", str(path)]) == 1
    assert "is empty" in capsys.readouterr().err
    assert path.stat().st_size == 0
    with pytest.raises(WorkspaceError):
        open_workspace(path)
    assert path.stat().st_size == 0


def test_new_workspaces_carry_the_marker(workspace):
    with workspace.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA application_id").scalar() == APPLICATION_ID


def _legacy(path, version):
    """A workspace as the code before the marker wrote it: schema only, no application_id."""
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    migrations.upgrade(conn, version)
    conn.execute("INSERT INTO category (name) VALUES ('Pet')")
    conn.close()


@pytest.mark.parametrize("version", range(1, migrations.SCHEMA_VERSION + 1))
def test_unmarked_workspaces_of_older_code_open_upgrade_and_get_marked(tmp_path, version):
    path = tmp_path / "old.matrixdesk"
    _legacy(path, version)
    ws = open_workspace(path)
    try:
        assert ws.schema_version == migrations.SCHEMA_VERSION
        with ws.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA application_id").scalar() == APPLICATION_ID
            assert conn.exec_driver_sql("SELECT name FROM category").scalar() == "Pet"
    finally:
        ws.close()
    # backed up whenever the schema changes: a ladder step or an Alembic revision after the
    # baseline (stamping the baseline alone changes nothing)
    upgraded = version < migrations.SCHEMA_VERSION or schema.head() != schema.BASELINE
    assert bool(backups.list_backups(path)) == upgraded


def _damage(path):
    """Overwrite pages in the middle of the file (the header and schema page stay intact)."""
    size = path.stat().st_size
    with path.open("r+b") as handle:
        for offset in range(4096 * 3, size - 4096, 4096 * 2):
            handle.seek(offset + 100)
            handle.write(b"\xde\xad\xbe\xef" * 200)


def _workspace_with_rows(path, count=2000):
    ws = open_workspace(path, create=True)
    run_import(
        ws, HEADERS, [[f"SKU-{i:05d}", f"SPU-{i // 4}", f"Lamp {i}", "9.5"] for i in range(count)]
    )
    with ws.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    ws.close()
    return path


def test_damaged_pages_are_reported_and_nothing_is_written(tmp_path, capsys):
    path = _workspace_with_rows(tmp_path / "shop.matrixdesk")
    _damage(path)
    before = checksum(path)
    with pytest.raises(WorkspaceDamaged) as info:
        open_workspace(path)
    text = info.value.message.render()
    assert "is damaged" in text and "backup" in text
    assert cli.main(["info", str(path)]) == 1
    err = capsys.readouterr().err
    assert "is damaged" in err and "Traceback" not in err
    assert checksum(path) == before


def test_an_import_checkpoints_beside_its_integrity_check(tmp_path, monkeypatch):
    """The import's commit leaves the WAL as it is; the integrity check copies it into the
    file meanwhile, on a connection of its own; connections given back to the pool checkpoint
    on their own again."""
    import core.workspace_guard as guard
    from core.engines.sqlite import AUTOCHECKPOINT_PAGES, SqliteBackend

    path = _workspace_with_rows(tmp_path / "shop.matrixdesk")
    ws = open_workspace(path)
    with ws.transaction() as session:  # what the import's transaction does
        conn = session.connection()
        SqliteBackend().defer_checkpoint(conn)
        assert conn.exec_driver_sql("PRAGMA wal_autocheckpoint").scalar() == 0
    with ws.engine.connect() as conn:  # the same pooled connection, given back
        assert conn.exec_driver_sql("PRAGMA wal_autocheckpoint").scalar() == AUTOCHECKPOINT_PAGES

    def size_on_disk() -> tuple[int, int]:
        with sqlite3.connect(path) as conn:  # through the WAL: the size after the import
            pages = conn.execute("PRAGMA page_count").fetchone()[0]
            size = pages * conn.execute("PRAGMA page_size").fetchone()[0]
        return path.stat().st_size, size

    copied = []
    real = guard._checkpoint
    monkeypatch.setattr(
        guard, "_checkpoint", lambda p: copied.append((p, size_on_disk())) or real(p)
    )
    run_import(ws, HEADERS, [[f"NEW-{i:05d}", f"SPU-N{i // 4}", "Desk", "3"] for i in range(3000)])
    assert len(copied) == 1 and copied[0][0] == path
    file_then, wanted = copied[0][1]
    assert file_then < wanted  # the new pages were still in the WAL only
    assert size_on_disk()[0] == size_on_disk()[1]  # and then in the file
    with ws.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA wal_autocheckpoint").scalar() == AUTOCHECKPOINT_PAGES
    assert ws.integrity_problems() == []
    ws.close()


def test_restore_sets_the_damaged_file_aside_and_opens_the_backup(tmp_path):
    path = _workspace_with_rows(tmp_path / "shop.matrixdesk")
    ws = open_workspace(path)
    run_import(ws, HEADERS, [["EXTRA-1", "SPU-X", "Extra", "1"]])  # takes a backup first
    ws.close()
    _damage(path)
    damaged_sum = checksum(path)
    listed = backups.list_backups(path)
    good = next(b for b in listed if backups.is_good(b))
    aside = backups.restore_backup(path, good.path)
    assert checksum(aside) == damaged_sum  # the damaged file is kept, never deleted
    ws = open_workspace(path)
    assert ws.counts()["skus"] == 2000
    ws.close()
    # The set-aside copy is not removed by the keeping policy.
    backups.apply_policy(path)
    assert aside.exists()


def _pretend_read_only(monkeypatch, *paths):
    import os

    real = os.access
    blocked = {str(p) for p in paths}

    def access(path, mode, *args, **kwargs):
        if mode & os.W_OK and str(path) in blocked:
            return False
        return real(path, mode, *args, **kwargs)

    monkeypatch.setattr(os, "access", access)


def test_read_only_workspace_is_refused_with_an_offer_of_a_copy(workspace, monkeypatch, capsys):
    path = workspace.path
    workspace.close()
    before = checksum(path)
    _pretend_read_only(monkeypatch, path)
    with pytest.raises(WorkspaceReadOnly) as info:
        open_workspace(path)
    assert "read-only" in info.value.message.render()
    assert "copy" in info.value.message.render()
    assert cli.main(["info", str(path)]) == 1
    assert "read-only" in capsys.readouterr().err
    assert checksum(path) == before


def test_non_writable_backups_folder_stops_the_import_before_anything(workspace, monkeypatch):
    run_import(workspace, HEADERS, [["A-1", "A", "Lamp", "1"]])
    folder = workspace.path.parent / "backups"
    _pretend_read_only(monkeypatch, folder)
    counts = workspace.counts()
    with pytest.raises(WorkspaceError) as info:
        run_import(workspace, HEADERS, [["A-2", "A", "Lamp", "1"]])
    assert str(folder) in info.value.message.render()
    assert workspace.counts() == counts


def test_full_disk_is_said_with_the_space_needed_and_leaves_nothing(workspace, monkeypatch):
    run_import(workspace, HEADERS, [["A-1", "A", "Lamp", "1"]])
    listed = list((workspace.path.parent / "backups").iterdir())
    counts = workspace.counts()
    usage = shutil.disk_usage(workspace.path.parent)
    monkeypatch.setattr(
        "core.workspace_guard.shutil.disk_usage", lambda _p: usage._replace(free=1000)
    )
    with pytest.raises(DiskFull) as info:
        run_import(workspace, HEADERS, [["A-2", "A", "Lamp", "1"]])
    text = info.value.message.render()
    assert "disk is full" in text and "Free up at least" in text and "MB" in text
    assert workspace.counts() == counts
    assert list((workspace.path.parent / "backups").iterdir()) == listed


def test_disk_filling_up_during_the_backup_leaves_no_part_file(workspace, monkeypatch):
    def fail(_source, target):
        target.write_bytes(b"half a backup")
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(backups, "_copy_database", fail)
    with pytest.raises(DiskFull):
        run_import(workspace, HEADERS, [["A-1", "A", "Lamp", "1"]])
    assert list((workspace.path.parent / "backups").iterdir()) == []
    assert workspace.counts()["skus"] == 0


@pytest.fixture
def small_tmpfs(tmp_path):
    mount = tmp_path / "disk"
    mount.mkdir()
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=3m", "tmpfs", str(mount)], capture_output=True
    )
    if done.returncode != 0:
        pytest.skip("cannot mount a small tmpfs here")
    yield mount
    subprocess.run(["umount", "-l", str(mount)], capture_output=True)


def test_a_really_full_disk(small_tmpfs, demo_file):
    path = small_tmpfs / "shop.matrixdesk"
    shutil.copy(demo_file, path)
    ws = open_workspace(path)
    filler = small_tmpfs / "filler"
    with filler.open("wb") as handle:
        try:
            while True:
                handle.write(b"\0" * 65536)
                handle.flush()
        except OSError:
            pass
    counts = ws.counts()
    with pytest.raises(DiskFull):
        run_import(ws, HEADERS, [[f"N-{i}", "N", "Lamp", "1"] for i in range(500)])
    assert ws.counts() == counts
    assert not list(small_tmpfs.rglob("*.part"))
    assert list((small_tmpfs / "backups").glob("*")) == []  # no 0-byte or half backup
    ws.close()


def test_a_really_read_only_mount(small_tmpfs, demo_file):
    path = small_tmpfs / "shop.matrixdesk"
    shutil.copy(demo_file, path)
    subprocess.run(["mount", "-o", "remount,ro", str(small_tmpfs)], check=True)
    with pytest.raises(WorkspaceReadOnly):
        open_workspace(path)


def test_cli_says_a_workspace_is_busy_instead_of_a_traceback(workspace, monkeypatch, capsys):
    """A write that waited its 5 s for another program's lock: one plain line."""
    from sqlalchemy.exc import OperationalError

    def busy(_args):
        raise OperationalError("UPDATE", (), sqlite3.OperationalError("database is locked"))

    monkeypatch.setattr(cli, "cmd_info", busy)
    assert cli.main(["info", str(workspace.path)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("error: The workspace is busy") and "Traceback" not in err


def test_undo_waiting_for_another_writer_says_busy(workspace, capsys):
    """Another program holds the write lock longer than the busy timeout."""
    from core.importing.history import undo_import

    batch = run_import(workspace, HEADERS, [["A-1", "A", "Lamp", "1"]])
    holder = sqlite3.connect(workspace.path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        # New connections wait 0.2 s instead of the app's 5 s, to keep the test short.
        from sqlalchemy import event

        import core.engines.sqlite as sqlite_engine

        original = sqlite_engine._pragma_on_connect

        def short_wait(dbapi_connection, record):
            original(dbapi_connection, record)
            dbapi_connection.execute("PRAGMA busy_timeout = 200")

        workspace.engine.dispose()
        event.remove(workspace.engine, "connect", original)
        event.listen(workspace.engine, "connect", short_wait)
        with pytest.raises(WorkspaceError) as info:
            undo_import(workspace, batch.id)
        assert "is busy" in info.value.message.render()
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert workspace.counts()["skus"] == 1
