"""The quick check started ahead (core/file_check.py) stands in for the open's own check only
for the same, unchanged file: a damaged file is still refused, a file written since is checked
again, and nothing is written by the check."""

from __future__ import annotations

import shutil
import sqlite3

import pytest

import core.workspace
from core import file_check
from core.workspace import WorkspaceDamaged, open_workspace
from tests.test_workspace_safety import _damage, _workspace_with_rows, checksum


@pytest.fixture
def counted(monkeypatch):
    """How often the open ran quick_check itself."""
    calls = []
    original = core.workspace.quick_check
    monkeypatch.setattr(
        core.workspace, "quick_check", lambda conn: calls.append(conn) or original(conn)
    )
    return calls


@pytest.fixture
def shop(tmp_path, demo_file):
    path = tmp_path / "shop.matrixdesk"
    shutil.copy(demo_file, path)
    return path


def _finished(path):
    ahead = file_check._started[path.resolve()]
    assert ahead.done.wait(30)
    return ahead


def test_the_open_takes_the_check_made_ahead(shop, counted):
    file_check.check_ahead(shop)
    assert _finished(shop).problems == []
    open_workspace(shop).close()
    assert counted == []
    assert file_check.checked_ahead(shop.resolve()) is None  # taken once
    open_workspace(shop).close()
    assert len(counted) == 1  # the next open checks itself


def test_a_damaged_file_checked_ahead_is_still_refused(tmp_path, counted):
    path = _workspace_with_rows(tmp_path / "shop.matrixdesk", count=3000)
    _damage(path)
    before = checksum(path)
    file_check.check_ahead(path)
    assert _finished(path).problems
    with pytest.raises(WorkspaceDamaged):
        open_workspace(path)
    assert counted == []  # refused on what the check ahead found
    assert checksum(path) == before  # and nothing was written, by either


def test_a_file_written_after_the_check_began_is_checked_again(shop, counted):
    file_check.check_ahead(shop)
    _finished(shop)
    conn = sqlite3.connect(shop)
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.execute("UPDATE setting SET value = value || '.' WHERE key = 'created_at'")
    conn.commit()
    conn.close()
    open_workspace(shop).close()
    assert len(counted) == 1


def test_no_check_ahead_no_answer(shop, counted):
    assert file_check.checked_ahead(shop.resolve()) is None
    open_workspace(shop).close()
    assert len(counted) == 1


def test_a_missing_file_or_no_sqlite_file_gives_no_stand_in(tmp_path):
    file_check.check_ahead(tmp_path / "gone.matrixdesk")
    assert file_check.checked_ahead((tmp_path / "gone.matrixdesk").resolve()) is None
    text = tmp_path / "notes.matrixdesk"
    text.write_text("not a database " * 100)
    file_check.check_ahead(text)
    _finished(text)
    problems = file_check.checked_ahead(text.resolve())
    assert problems  # "file is not a database": the open refuses it before asking anyway
