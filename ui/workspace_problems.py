"""What the window offers when a workspace cannot be opened as it is.

- damaged: the restore dialog with the backups (newest whole one selected);
- read-only: open a copy in the workspaces folder;
- anything else: a plain message.
Also the warning when the workspace is already open in another window or process.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from core.i18n import QT_TRANSLATE_NOOP
from core.workspace import SUFFIX, WorkspaceDamaged, WorkspaceError, WorkspaceReadOnly
from ui import paths
from ui.errors import error_text


def _tr(text: str) -> str:
    """``text`` marked with QT_TRANSLATE_NOOP("WorkspaceProblems", …), in the user's language."""
    return QCoreApplication.translate("WorkspaceProblems", text)


def ask_restore(parent: QWidget, path: Path, problem: str) -> bool:
    from ui.dialogs.restore_dialog import RestoreDialog

    return bool(RestoreDialog(path, problem, parent).exec())


def open_copy_box(parent: QWidget, problem: str) -> tuple[QMessageBox, object]:
    """The read-only message with its "Open a copy" button (built apart so it can be looked at)."""
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        _tr(QT_TRANSLATE_NOOP("WorkspaceProblems", "Workspace is read-only")),
        problem,
    )
    box.setParent(parent, box.windowFlags())
    copy = box.addButton(
        _tr(QT_TRANSLATE_NOOP("WorkspaceProblems", "Open a copy")),
        QMessageBox.ButtonRole.AcceptRole,
    )
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(copy)
    return box, copy


def ask_open_copy(parent: QWidget, problem: str) -> bool:
    box, copy = open_copy_box(parent, problem)
    box.exec()
    return box.clickedButton() is copy


def copy_target(path: Path) -> Path:
    """A free name for a copy of ``path`` in the app's workspaces folder."""
    folder = paths.workspaces_dir()
    target = folder / f"{path.stem}-copy{SUFFIX}"
    number = 2
    while target.exists():
        target = folder / f"{path.stem}-copy-{number}{SUFFIX}"
        number += 1
    return target


def copy_read_only(path: Path, target: Path) -> Path:
    """Copy the file with its write-ahead log (what SQLite has not yet merged into it)."""
    for suffix in ("", "-wal"):
        source = Path(f"{path}{suffix}")
        if source.exists():
            shutil.copyfile(source, f"{target}{suffix}")
    return target


def offer_fix(parent: QWidget, path: Path, exc: WorkspaceError) -> Path | None:
    """Explain why ``path`` did not open; returns a path to open instead when the seller
    chose a fix (the restored file, or a copy), else None."""
    problem = error_text(exc)
    if isinstance(exc, WorkspaceDamaged):
        return path if ask_restore(parent, path, problem) else None
    if isinstance(exc, WorkspaceReadOnly):
        if not ask_open_copy(parent, problem):
            return None
        try:
            return copy_read_only(path, copy_target(path))
        except OSError as copy_error:
            QMessageBox.warning(
                parent,
                _tr(QT_TRANSLATE_NOOP("WorkspaceProblems", "Cannot copy the workspace")),
                f"{path}: {copy_error.strerror}",
            )
            return None
    QMessageBox.warning(
        parent, _tr(QT_TRANSLATE_NOOP("WorkspaceProblems", "Cannot open workspace")), problem
    )
    return None


def warn_open_elsewhere(parent: QWidget, name: str) -> QMessageBox:
    """A non-blocking note: the same workspace is open in another window or process."""
    box = QMessageBox(
        QMessageBox.Icon.Information,
        _tr(QT_TRANSLATE_NOOP("WorkspaceProblems", "Open in another window")),
        _tr(
            QT_TRANSLATE_NOOP(
                "WorkspaceProblems",
                "{name} is already open in another MatrixDesk window. Both windows save every "
                "change at once and show each other's changes within a few seconds (not while "
                "you are in the middle of an edit); imports run one at a time.",
            )
        ).format(name=name),
        QMessageBox.StandardButton.Ok,
        parent,
    )
    box.open()
    return box
