"""Other windows' changes to a local workspace file are noticed (PRAGMA data_version polled on
a connection of the watch's own): two workspace objects on one file stand for two windows.
The window's side (it re-reads by itself, and waits while a dialog is open) is driven with
pytest-qt in tests/test_conflict_pages.py on both engines."""

from __future__ import annotations

import queue

import pytest
from sqlalchemy import text

from core.engines.file_watch import DataVersionWatch
from core.workspace import open_workspace


@pytest.fixture
def two_windows(tmp_path):
    path = tmp_path / "shop.matrixdesk"
    mine = open_workspace(path, create=True)
    theirs = open_workspace(path)
    heard: queue.Queue = queue.Queue()
    watch = mine.backend.change_listener(mine, heard.put)
    assert isinstance(watch, DataVersionWatch)
    watch.open()
    yield mine, theirs, watch, heard
    watch.close()
    theirs.close()
    mine.close()


def test_anothers_commit_is_noticed_once(two_windows):
    mine, theirs, watch, heard = two_windows
    assert not watch.poll()
    theirs.set_setting("shop_name", "Theirs")
    assert watch.poll() and heard.get_nowait() == set()
    assert not watch.poll()  # once, not at every poll after it


def test_own_commits_are_not_reported(two_windows):
    mine, theirs, watch, heard = two_windows
    mine.set_setting("shop_name", "Mine")
    with mine.engine.begin() as connection:
        connection.execute(text("UPDATE setting SET value = 'Mine again'"))
    assert not watch.poll() and heard.empty()
    theirs.set_setting("shop_name", "Theirs")  # theirs after ours still counts
    assert watch.poll()


def test_nothing_is_reported_before_the_other_commits(two_windows):
    mine, theirs, watch, heard = two_windows
    with theirs.engine.connect() as connection:
        connection.execute(text("INSERT INTO setting (key, value) VALUES ('k', 'v')"))
        assert not watch.poll()
        connection.commit()
    assert watch.poll()


def test_a_rolled_back_write_is_not_a_change(two_windows):
    mine, theirs, watch, heard = two_windows
    with pytest.raises(RuntimeError), theirs.transaction() as session:
        session.execute(text("INSERT INTO setting (key, value) VALUES ('k', 'v')"))
        raise RuntimeError("the person cancelled")
    assert not watch.poll()


def test_the_watch_thread_reports_and_stops(tmp_path):
    path = tmp_path / "shop.matrixdesk"
    mine = open_workspace(path, create=True)
    theirs = open_workspace(path)
    heard: queue.Queue = queue.Queue()
    watch = DataVersionWatch(mine.path, mine.engine, heard.put, every=0.05)
    watch.start()
    try:
        assert watch.listening.wait(5)
        theirs.set_setting("shop_name", "Theirs")
        assert heard.get(timeout=5) == set()
        mine.set_setting("shop_name", "Mine")
        with pytest.raises(queue.Empty):
            heard.get(timeout=0.5)
    finally:
        watch.stop()
        theirs.close()
        mine.close()
    assert not watch.listening.is_set() and watch._connection is None


def test_a_file_gone_before_the_watch_starts_is_not_made_again(tmp_path):
    path = tmp_path / "shop.matrixdesk"
    mine = open_workspace(path, create=True)
    watch = DataVersionWatch(mine.path, mine.engine, lambda tables: None, every=0.05)
    mine.close()
    for leftover in tmp_path.iterdir():
        leftover.unlink()
    watch.start()
    watch.stop()
    assert list(tmp_path.iterdir()) == []


def test_closing_the_workspace_lets_go_of_the_file(tmp_path):
    """Renaming or restoring closes the workspace first; the watch's own connection must not
    keep the file open then (Windows renames no open file)."""
    path = tmp_path / "shop.matrixdesk"
    mine = open_workspace(path, create=True)
    watch = DataVersionWatch(mine.path, mine.engine, lambda tables: None, every=0.05)
    watch.start()
    assert watch.listening.wait(5)
    mine.close()
    assert watch._connection is None and not watch.listening.is_set()
    watch._thread.join(5)
    assert not watch._thread.is_alive()
