"""Growth stays bounded (undone imports' logs pruned, VACUUM, backup budget) and two writers
get a clear message instead of "database is locked"."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import text

from core import backups, cli
from core.importing.history import import_history, undo_import
from core.workspace_locks import InUseClaim, WorkspaceBusy, import_lock
from tests.test_import_undo import run_import

HEADERS = ["SKU", "SPU", "Product name", "Price", "Barcode"]
ROOT = Path(__file__).resolve().parent.parent


def _rows(count, tag):
    return [[f"{tag}-{i:05d}", f"{tag}-P{i // 5}", f"Lamp {i} " + "x" * 80, "9.5", f"{i:013d}"]
            for i in range(count)]  # fmt: skip


def test_ten_import_undo_cycles_do_not_grow_the_file(workspace):
    run_import(workspace, HEADERS, _rows(500, "BASE"))
    baseline = workspace.path.stat().st_size + Path(f"{workspace.path}-wal").stat().st_size
    for cycle in range(10):
        batch = run_import(workspace, HEADERS, _rows(3000, f"C{cycle}"))
        undo_import(workspace, batch.id)
    with workspace.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        logs = conn.execute(text("SELECT count(*) FROM importchange")).scalar()
        base_logs = conn.execute(
            text("SELECT count(*) FROM importchange WHERE batch_id = 1")
        ).scalar()
    size = workspace.path.stat().st_size
    assert logs == base_logs == 500 + 100  # only the kept import's log: 500 SKUs, 100 products
    assert size < 2 * baseline, (size, baseline)
    with workspace.session() as session:
        history = import_history(session)
    assert len(history) == 11 and sum(1 for b in history if b.undone_at) == 10


def _fake_backup(workspace_path, minutes_ago, size):
    folder = workspace_path.parent / "backups"
    folder.mkdir(exist_ok=True)
    stamp = (datetime(2026, 11, 30, 12) - timedelta(minutes=minutes_ago)).strftime(
        "%Y%m%d-%H%M%S-%f"
    )
    path = folder / f"{workspace_path.stem}.before-import.{stamp}.matrixdesk"
    path.write_bytes(b"\0" * size)
    return path


def test_backups_keep_the_newest_ten_within_the_budget(workspace, monkeypatch):
    made = [_fake_backup(workspace.path, minutes, 1000) for minutes in range(15)]
    backups.apply_policy(workspace.path)
    kept = [b.path for b in backups.list_backups(workspace.path)]
    assert kept == made[:10]  # newest first
    # A budget smaller than the backups: the newest is kept whatever its size.
    monkeypatch.setattr(backups, "MIN_BUDGET", 2500)
    monkeypatch.setattr(backups, "file_size", lambda _p: 100)
    backups.apply_policy(workspace.path)
    assert [b.path for b in backups.list_backups(workspace.path)] == made[:2]
    monkeypatch.setattr(backups, "MIN_BUDGET", 10)
    backups.apply_policy(workspace.path)
    assert [b.path for b in backups.list_backups(workspace.path)] == made[:1]


def test_backups_of_another_workspace_with_a_similar_name_are_left_alone(workspace):
    other = workspace.path.with_name("shop.old.matrixdesk")
    theirs = [_fake_backup(other, minutes, 10) for minutes in range(12)]
    _fake_backup(workspace.path, 0, 10)
    backups.apply_policy(workspace.path)
    assert all(p.exists() for p in theirs)
    assert len(backups.list_backups(workspace.path)) == 1


def test_a_second_import_while_one_runs_is_refused_plainly(workspace):
    with import_lock(workspace.path):
        with pytest.raises(WorkspaceBusy) as info:
            run_import(workspace, HEADERS, _rows(3, "X"))
        assert "Another import or undo is running" in info.value.message.render()
    assert workspace.counts()["skus"] == 0
    run_import(workspace, HEADERS, _rows(3, "X"))  # the lock is free again
    assert workspace.counts()["skus"] == 3


def test_same_file_imported_twice_at_once_from_two_processes(workspace, tmp_path):
    """Two command lines at once: one imports, the other says so; never a traceback."""
    csv = tmp_path / "products.csv"
    lines = ["SKU,SPU,Product name,Price"] + [f"T-{i},TP{i // 5},Lamp {i},9.5" for i in range(4000)]
    csv.write_text("\n".join(lines) + "\n", encoding="utf-8")
    workspace.close()
    command = [sys.executable, str(ROOT / "main.py"), "import", "products",
               str(workspace.path), str(csv), "--apply", "--currency", "USD"]  # fmt: skip
    env = {**os.environ, "MATRIXDESK_LANG": "en"}
    runs = [subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, text=True) for _ in range(2)]  # fmt: skip
    results = [(p.wait(120), p.stdout.read(), p.stderr.read()) for p in runs]
    for _code, _out, err in results:
        assert "Traceback" not in err and "database is locked" not in err
    codes = sorted(code for code, _, _ in results)
    assert codes[0] == 0
    if codes[1] == 1:  # they overlapped: the second one was told why
        message = next(err for code, _, err in results if code == 1)
        assert (
            "Another import or undo is running" in message  # both applying at once
            or "changed since the preview" in message  # previewed before the first committed
            or "is busy" in message
        ), message
    from core.workspace import open_workspace

    ws = open_workspace(workspace.path)
    assert ws.counts()["skus"] == 4000
    ws.close()


def test_a_killed_lock_holder_does_not_leave_the_workspace_locked(workspace):
    holder = subprocess.Popen(
        [sys.executable, "-c",
         "import sys, time; from pathlib import Path; sys.path.insert(0, sys.argv[2]);"
         "from core.workspace_locks import import_lock\n"
         "with import_lock(Path(sys.argv[1])):\n print('held', flush=True); time.sleep(60)",
         str(workspace.path), str(ROOT)],
        stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    assert holder.stdout.readline().strip() == "held"
    with pytest.raises(WorkspaceBusy):
        run_import(workspace, HEADERS, _rows(2, "K"))
    holder.kill()
    holder.wait()
    time.sleep(0.1)
    run_import(workspace, HEADERS, _rows(2, "K"))
    assert workspace.counts()["skus"] == 2


def test_a_workspace_open_in_another_window_is_noticed(workspace):
    first = InUseClaim(workspace.path)
    assert not first.others
    second = InUseClaim(workspace.path)
    assert second.others and first.still_shared()
    second.release()
    assert not first.still_shared()
    first.release()


def test_cli_undo_while_an_import_runs(workspace, capsys):
    batch = run_import(workspace, HEADERS, _rows(2, "U"))
    with import_lock(workspace.path):
        assert cli.main(["import", "undo", str(workspace.path), str(batch.id)]) == 1
    assert "Another import or undo is running" in capsys.readouterr().err
