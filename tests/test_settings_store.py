"""paths.store writes a setting only when it changes: each QSettings that changed rewrites its
file when it goes (~20 ms on the UI thread), and the start stores the language, the step and
the recent workspace, which are mostly what they were."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

from ui import paths


def _settings_file() -> Path:
    return Path(QSettings().fileName())


def test_an_unchanged_value_is_not_written_again(qt_settings):
    paths.store("ui/last_step", "goals")
    written = _settings_file()
    assert QSettings().value("ui/last_step") == "goals"
    written.write_text("[ui]\nlast_step=goals\n# a mark the next write would drop\n")
    paths.store("ui/last_step", "goals")
    assert "a mark" in written.read_text()  # not rewritten
    paths.store("ui/last_step", "team")
    assert QSettings().value("ui/last_step") == "team"
    assert "a mark" not in written.read_text()


def test_recent_workspaces_keep_their_order_and_one_item_lists_compare(qt_settings, tmp_path):
    first, second = tmp_path / "a.matrixdesk", tmp_path / "b.matrixdesk"
    first.touch()
    second.touch()
    paths.remember_workspace(first)
    written = _settings_file()
    text = written.read_text()
    written.write_text(text + "\n; a mark\n")
    paths.remember_workspace(first)  # one item: read back from the file as a plain string
    assert "a mark" in written.read_text()
    assert paths.recent_workspaces() == [first]
    paths.remember_workspace(second)
    assert paths.recent_workspaces() == [second, first]
    paths.remember_workspace(first)
    assert paths.recent_workspaces() == [first, second]
