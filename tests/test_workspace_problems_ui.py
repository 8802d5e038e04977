"""What the window offers for a damaged, read-only or shared workspace (offscreen, real widgets)."""

from __future__ import annotations

import hashlib
import os

import pytest

from core import backups
from core.workspace import WorkspaceReadOnly, open_workspace
from tests.test_import_undo import run_import
from tests.test_workspace_safety import HEADERS, _damage, _workspace_with_rows
from ui.i18n import LanguageSwitcher
from ui.main_window import MainWindow

SHOTS = os.environ.get("MATRIXDESK_SHOTS")  # a folder: save screenshots there to look at them


@pytest.fixture
def switcher(qt_settings):
    languages = LanguageSwitcher()
    languages.switch("en")
    yield languages
    languages.switch("en")


@pytest.fixture
def window(qtbot, switcher):
    win = MainWindow(switcher)
    qtbot.addWidget(win)
    win.show()
    return win


@pytest.fixture
def damaged_shop(tmp_path):
    """A damaged workspace with three backups: the newest damaged itself, two whole."""
    path = _workspace_with_rows(tmp_path / "shop.matrixdesk", count=1500)
    ws = open_workspace(path)
    run_import(ws, HEADERS, [["EXTRA-1", "SPU-X", "Extra", "1"]])
    run_import(ws, HEADERS, [["EXTRA-2", "SPU-X", "Extra", "1"]])
    ws.close()
    newest = backups.list_backups(path)[0]
    _damage(newest.path)
    _damage(path)
    return path


def _shot(widget, name, size=None):
    if SHOTS:
        if size:
            widget.resize(*size)
        else:
            widget.show()  # a message box lays itself out when shown
        widget.grab().save(os.path.join(SHOTS, f"{name}.png"))


def test_restore_dialog_lists_backups_and_selects_the_newest_whole_one(
    qtbot, damaged_shop, switcher
):
    from ui.dialogs.restore_dialog import RestoreDialog

    dialog = RestoreDialog(damaged_shop, "shop.matrixdesk is damaged")
    qtbot.addWidget(dialog)
    listed = backups.list_backups(damaged_shop)
    assert dialog.table.topLevelItemCount() == len(listed) == 3
    newest, older, oldest = (dialog.table.topLevelItem(i) for i in range(3))
    assert oldest.text(3) == "whole"
    assert newest.text(3) == "damaged" and older.text(3) == "whole"
    assert dialog.table.currentItem() is older and dialog.restore_button.isEnabled()
    assert older.text(2).endswith(("KB", "MB")) and older.text(1) == "Before an import"
    assert older.text(0) == listed[1].taken_at.strftime("%Y-%m-%d %H:%M:%S")
    dialog.table.setCurrentItem(newest)
    assert not dialog.restore_button.isEnabled()  # a damaged backup cannot be restored
    _shot(dialog, "restore-dialog-en", (900, 480))
    switcher.switch("zh_CN")
    assert dialog.restore_button.text() == "恢复这个备份"
    assert newest.text(3) == "已损坏"
    _shot(dialog, "restore-dialog-zh", (900, 480))


def test_opening_a_damaged_workspace_offers_the_backup_and_restores_it(
    qtbot, window, damaged_shop, monkeypatch
):
    from ui.dialogs.restore_dialog import RestoreDialog

    damaged_sum = hashlib.sha256(damaged_shop.read_bytes()).hexdigest()
    seen = {}

    def accept(dialog):
        seen["problem"] = dialog.problem_label.text()
        dialog.restore_selected()
        return dialog.result()

    monkeypatch.setattr(RestoreDialog, "exec", accept)
    with qtbot.waitSignal(window.opened, timeout=10_000) as opening:
        window.open_path(damaged_shop)
    assert opening.args == [True]
    assert "is damaged" in seen["problem"]
    assert window.workspace.counts()["skus"] == 1500  # the newest whole backup: before EXTRA-1
    aside = [b for b in backups.list_backups(damaged_shop) if b.reason == backups.DAMAGED]
    assert len(aside) == 1
    assert hashlib.sha256(aside[0].path.read_bytes()).hexdigest() == damaged_sum


def test_declining_the_restore_leaves_the_file_as_it_was(qtbot, window, damaged_shop, monkeypatch):
    from ui.dialogs.restore_dialog import RestoreDialog

    before = hashlib.sha256(damaged_shop.read_bytes()).hexdigest()
    monkeypatch.setattr(RestoreDialog, "exec", lambda _d: 0)
    with qtbot.waitSignal(window.opened, timeout=10_000) as opening:
        window.open_path(damaged_shop)
    assert opening.args == [False]
    assert window.workspace is None
    assert hashlib.sha256(damaged_shop.read_bytes()).hexdigest() == before


def test_read_only_workspace_offers_a_copy_and_opens_it(
    qtbot, window, demo_file, tmp_path, monkeypatch, switcher
):
    import shutil

    from ui import workspace_problems

    path = tmp_path / "shared" / "team-shop.matrixdesk"
    path.parent.mkdir()
    shutil.copy(demo_file, path)
    real_access = os.access
    monkeypatch.setattr(
        os, "access", lambda p, mode, *a, **k: False if str(p) == str(path) and mode & os.W_OK
        else real_access(p, mode, *a, **k)
    )  # fmt: skip
    asked = {}

    def answer(parent, problem):
        asked["problem"] = problem
        box, _copy = workspace_problems.open_copy_box(parent, problem)
        _shot(box, "read-only-en")
        switcher.switch("zh_CN")
        from ui.errors import error_text

        try:
            open_workspace(path)
        except WorkspaceReadOnly as exc:
            zh_box, zh_copy = workspace_problems.open_copy_box(parent, error_text(exc))
            assert zh_copy.text() == "打开副本" and "只读" in zh_box.text()
            _shot(zh_box, "read-only-zh")
        switcher.switch("en")
        return True

    monkeypatch.setattr(workspace_problems, "ask_open_copy", answer)
    with qtbot.waitSignal(window.opened, timeout=10_000) as opening:
        window.open_path(path)
    assert opening.args == [True]
    assert "read-only" in asked["problem"] and "copy" in asked["problem"]
    assert window.workspace.path.name == "team-shop-copy.matrixdesk"
    assert window.workspace.path.parent != path.parent
    assert window.workspace.counts()["skus"] > 0


def test_second_window_on_the_same_workspace_is_warned(qtbot, switcher, demo):
    first, second = MainWindow(switcher), MainWindow(switcher)
    qtbot.addWidget(first)
    qtbot.addWidget(second)
    first.set_workspace(demo)
    assert not first.in_use.others
    other = open_workspace(demo.path)
    second.set_workspace(other)
    assert second.in_use.others
    assert second.open_elsewhere_box.isVisible()
    assert demo.path.name in second.open_elsewhere_box.text()
    second.open_elsewhere_box.close()
    second.close()
    assert not first.in_use.still_shared()


def test_help_says_where_the_backups_are(window, demo):
    assert not window.menus.act_backups_folder.isEnabled()
    window.set_workspace(demo)
    folder = str(demo.path.parent / "backups")
    assert window.menus.act_backups_folder.isEnabled() and window.menus.act_restore.isEnabled()
    assert window.menus.act_backups_folder.toolTip() == folder
    assert folder in window.files.backups_line()


@pytest.mark.parametrize(
    "error, words",
    [
        ("database is locked", "is busy"),
        ("database or disk is full", "disk is full"),
        ("attempt to write a readonly database", "read-only"),
    ],
)
def test_a_busy_full_or_read_only_file_during_an_edit_is_a_plain_message(
    qtbot, qt_settings, error, words
):
    """An edit that SQLite cannot save is not a bug: no crash dialog, a plain message."""
    import sqlite3

    from PySide6.QtWidgets import QApplication, QMessageBox
    from sqlalchemy.exc import OperationalError

    from ui.errors import ErrorDialog, show_exception

    exc = OperationalError("UPDATE sku SET price=?", (1,), sqlite3.OperationalError(error))
    show_exception(type(exc), exc, None)
    shown = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
    assert not any(isinstance(w, ErrorDialog) for w in shown)
    boxes = [w for w in shown if isinstance(w, QMessageBox) and words in w.text()]
    assert len(boxes) == 1
    boxes[0].close()


def test_undo_in_the_history_while_another_window_imports_says_so(
    qtbot, qt_settings, monkeypatch, switcher
):
    """The history dialog's undo meets the import lock: a plain message, no crash dialog."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from core.workspace_locks import import_lock
    from tests.test_import_history_dialog import _confirm, _select
    from tests.test_import_history_dialog import run_import as history_import
    from ui.dialogs.import_history_dialog import ImportHistoryDialog

    path = _workspace_with_rows(qt_settings / "busy.matrixdesk", count=10)
    ws = open_workspace(path)
    batch = history_import(ws, ["SKU", "Price"], [["Z-1", "5"]], "late.xlsx")
    dialog = ImportHistoryDialog(ws)
    qtbot.addWidget(dialog)
    dialog.show()
    _confirm(monkeypatch)
    _select(dialog, batch.id)
    with import_lock(path):
        qtbot.mouseClick(dialog.undo_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.status_label.isVisible() and dialog.job is None)
    assert "Another import or undo is running on busy.matrixdesk" in dialog.status_label.text()
    assert ws.counts()["skus"] == 11
    shown = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
    assert not [w for w in shown if type(w).__name__ == "ErrorDialog"]
    ws.close()
