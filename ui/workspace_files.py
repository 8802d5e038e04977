"""The File menu's workspace commands: new, open, the demo, save a copy, rename, restore a
backup, and the Help menu's folders and About box.

Kept apart from ui/main_window.py, which only calls in here. Everything heavy (the workspace
side, the dialogs) is imported where it is used: the window imports this module before its
first paint (tests/test_first_paint.py)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from core import __version__
from ui import paths

if TYPE_CHECKING:
    from core.workspace import WorkspaceError
    from ui.main_window import MainWindow

WORKSPACE_SUFFIX = ".matrixdesk"  # core.workspace.SUFFIX (a test keeps them equal)


def error_text(exc: BaseException) -> str:
    from ui.errors import error_text

    return error_text(exc)


class WorkspaceFiles(QObject):
    """Opens, creates, copies and renames the window's workspace (``set_workspace`` shows it)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.main = window

    def open_path(self, path: Path) -> None:
        """Opened on a thread, the window answering meanwhile (ui/workspace_opening.py); the
        window's ``opened(ok)`` says how it ended, once any problem dialog has been answered."""
        from ui.workspace_opening import open_file_in_window

        open_file_in_window(self.main, path)

    def open_now(self, path: Path, attempt: int = 0) -> bool:
        """Opened here, on the UI thread: the start (whose file was opened on its own thread
        already) and restoring a backup of the open workspace."""
        from core.workspace import WorkspaceError, open_workspace

        try:
            workspace = open_workspace(path)
        except WorkspaceError as exc:
            return self.open_failed(path, exc, attempt)
        self.main.set_workspace(workspace)
        return True

    def open_failed(
        self,
        path: Path,
        exc: WorkspaceError,
        attempt: int = 0,
        again: Callable[[Path, int], bool] | None = None,
    ) -> bool:
        """``path`` did not open (on a thread, or here): damaged, a backup is offered;
        read-only, a copy; else the reason. True when a fix was opened instead (by ``again``,
        ``open_now`` unless given)."""
        from PySide6.QtWidgets import QMessageBox

        from core.workspace import WorkspaceDamaged, WorkspaceReadOnly
        from ui.workspace_problems import offer_fix

        instead = offer_fix(self.main, path, exc) if attempt == 0 else None
        if instead is not None:
            return (again or self.open_now)(instead, attempt + 1)
        if not isinstance(exc, WorkspaceDamaged | WorkspaceReadOnly):
            paths.forget_workspace(path)
        elif attempt:
            QMessageBox.warning(self.main, self.tr("Cannot open workspace"), error_text(exc))
        return False

    def open_demo(self) -> None:
        """The demo workspace: opened when it exists, else written first (on a thread, the
        page area saying so: ui/workspace_opening.py)."""
        path = paths.demo_path()
        if path.exists():
            self.open_path(path)
            return
        from ui.workspace_opening import write_demo_in_window

        write_demo_in_window(self.main)

    def new_workspace(self) -> None:
        from PySide6.QtWidgets import QFileDialog, QMessageBox

        name, _ = QFileDialog.getSaveFileName(
            self.main,
            self.tr("New workspace"),
            str(paths.workspaces_dir() / f"my-shop{WORKSPACE_SUFFIX}"),
            self.tr("MatrixDesk workspaces (*{suffix})").format(suffix=WORKSPACE_SUFFIX),
        )
        if not name:
            return
        path = Path(name if name.endswith(WORKSPACE_SUFFIX) else name + WORKSPACE_SUFFIX)
        from core.workspace import WorkspaceError, create_workspace

        try:
            if path.exists():
                path.unlink()  # the file dialog already asked whether to replace it
            self.main.set_workspace(create_workspace(path))
        except (WorkspaceError, OSError) as exc:
            QMessageBox.warning(self.main, self.tr("Cannot create workspace"), error_text(exc))

    def browse_workspace(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        name, _ = QFileDialog.getOpenFileName(
            self.main,
            self.tr("Open workspace"),
            str(paths.workspaces_dir()),
            self.tr("MatrixDesk workspaces (*{suffix});;All files (*)").format(
                suffix=WORKSPACE_SUFFIX
            ),
        )
        if name:
            self.open_path(Path(name))

    def save_as(self) -> None:
        from PySide6.QtWidgets import QFileDialog, QMessageBox

        workspace = self.main.workspace
        if workspace is None:
            return
        name, _ = QFileDialog.getSaveFileName(
            self.main,
            self.tr("Save a copy as"),
            str(workspace.path.with_name(f"{workspace.name}-copy{WORKSPACE_SUFFIX}")),
            self.tr("MatrixDesk workspaces (*{suffix})").format(suffix=WORKSPACE_SUFFIX),
        )
        if not name:
            return
        target = Path(name if name.endswith(WORKSPACE_SUFFIX) else name + WORKSPACE_SUFFIX)
        from core.workspace import WorkspaceError, copy_workspace

        try:
            copy_workspace(workspace, target)
        except (OSError, WorkspaceError) as exc:
            QMessageBox.warning(self.main, self.tr("Cannot save a copy"), error_text(exc))
            return
        self.open_path(target)

    def rename(self) -> None:
        from PySide6.QtWidgets import QInputDialog, QMessageBox

        window = self.main
        if window.workspace is None:
            return
        name, ok = QInputDialog.getText(
            window, self.tr("Rename workspace"), self.tr("New name:"), text=window.workspace.name
        )
        if not ok or name.strip() == window.workspace.name:
            return
        from core.workspace import WorkspaceError, open_workspace, rename_workspace

        old_path = window.workspace.path
        try:
            renamed = rename_workspace(window.workspace, name)
        except (OSError, WorkspaceError) as exc:
            QMessageBox.warning(window, self.tr("Cannot rename workspace"), error_text(exc))
            window.workspace = open_workspace(old_path)
            window.set_workspace(window.workspace)
            return
        paths.forget_workspace(old_path)
        window.workspace = None  # the old engine is already closed
        window.set_workspace(renamed)

    def show_start_screen(self, problem: str = "") -> None:
        from ui.dialogs.start_dialog import StartDialog

        dialog = StartDialog(self.main, problem)
        if not dialog.exec():
            return
        action, path = dialog.choice
        if action == "open" and path is not None:
            self.open_path(path)
        elif action == "new":
            self.new_workspace()
        elif action == "browse":
            self.browse_workspace()
        elif action == "demo":
            self.open_demo()

    def restore_backup(self) -> None:
        """File ▸ Restore a backup: the same dialog a damaged file gets, for the open one."""
        window = self.main
        if window.workspace is None:
            return
        from ui.dialogs.restore_dialog import RestoreDialog

        path = window.workspace.path
        with window.workspace.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        dialog = RestoreDialog(path, "", window)
        window.workspace.close()
        if dialog.exec():
            window.workspace = None
        self.open_now(path)  # at once: the pages still hold the closed workspace

    # --- Help menu --------------------------------------------------------------------
    def open_data_folder(self) -> None:
        from PySide6.QtCore import QUrl
        from PySide6.QtGui import QDesktopServices

        QDesktopServices.openUrl(QUrl.fromLocalFile(str(paths.data_dir())))

    def open_backups_folder(self) -> None:
        from PySide6.QtCore import QUrl
        from PySide6.QtGui import QDesktopServices

        if self.main.workspace is not None:
            from core import backups

            folder = backups.folder_of(self.main.workspace.path)
            folder.mkdir(exist_ok=True)
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    def about(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.about(
            self.main,
            self.tr("About MatrixDesk"),
            self.tr(
                "MatrixDesk {version}\nProduct-matrix planning for cross-border sellers.\n\n"
                "Your data folder: {folder}"
            ).format(version=__version__, folder=paths.data_dir())
            + self.backups_line(),
        )

    def backups_line(self) -> str:
        if self.main.workspace is None:
            return ""
        from core import backups

        return "\n" + self.tr("Backups of this workspace: {folder}").format(
            folder=backups.folder_of(self.main.workspace.path)
        )
