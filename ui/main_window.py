"""The main window: step list on the left, the selected step's page on the right."""

from __future__ import annotations

import importlib
import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QSettings, QSize
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMenu,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from core import __version__
from core.steps import STEP_BY_KEY, STEPS
from ui import paths
from ui.i18n import LANGUAGES, LanguageSwitcher, translate
from ui.startup import OpeningPage
from ui.step_list import StepList
from ui.widgets.menus import add_stand_ins
from ui.widgets.page_scroll import PageScroll
from ui.widgets.screen_fit import clamp_to_screen, fits_on_screen

# The workspace side (SQLAlchemy, Alembic, the core's models), the pages, the dialogs and
# whatever touches Qt's namespace are imported where they are used, so that the window paints
# before any of it loads (tests/test_first_paint.py checks the heavy ones). PySide builds a
# class's enums on first touch: Qt's namespace alone has 93 (~17 ms), QMessageBox and
# QFileDialog a few each.
if TYPE_CHECKING:
    from core.workspace import Workspace
    from core.workspace_locks import InUseClaim
    from ui.pages.base import StepPage
    from ui.team_window import TeamMode

WORKSPACE_SUFFIX = ".matrixdesk"  # core.workspace.SUFFIX (a test keeps them equal)

GEOMETRY_KEY = "ui/main_window_geometry"
PREFERRED_SIZE = QSize(1400, 880)  # shrunk to the screen on a laptop
LAST_STEP_KEY = "ui/last_step"

# Pages built so far: step key -> "module:Class". Other steps show their introduction.
PAGES: dict[str, str] = {
    "team": "ui.pages.team_page:TeamPage",
    "inventory": "ui.pages.inventory.page:InventoryPage",
    "goals": "ui.pages.goals.page:GoalsPage",
    "selection": "ui.pages.selection.page:SelectionPage",
    "platform_fit": "ui.pages.matrix.page:MatrixPage",
}


def build_page(key: str) -> StepPage:
    target = PAGES.get(key)
    if target is None:
        from ui.pages.step_intro_page import StepIntroPage

        return StepIntroPage(STEP_BY_KEY[key])
    module_name, class_name = target.split(":")
    return getattr(importlib.import_module(module_name), class_name)()


def _step_page() -> type[StepPage]:
    from ui.pages.base import StepPage

    return StepPage


def error_text(exc: BaseException) -> str:
    from ui.errors import error_text

    return error_text(exc)


def run_job(*args, **kwargs):
    from ui.job_runner import run_job

    return run_job(*args, **kwargs)


class MainWindow(QMainWindow):
    def __init__(self, languages: LanguageSwitcher, *, deferred: bool = False) -> None:
        """``deferred=True`` (the app's start) builds only what the first paint shows: the
        start calls ``complete`` right after that paint, and ``show_last_step`` once the
        workspace is open."""
        super().__init__()
        self.languages = languages
        self.workspace: Workspace | None = None
        self.in_use: InUseClaim | None = None  # tells whether another window has it open too
        self.pages: dict[str, StepPage] = {}
        self.stale_pages: set[str] = set()
        self._states_job = None  # the step states being computed on a worker thread
        self._states_again = False
        self.resize(PREFERRED_SIZE)

        self.step_list = StepList()
        self.stack = QStackedWidget()
        self.stack.currentChanged.connect(self._page_shown)
        # A page taller or wider than the window scrolls; it never grows the window.
        self.page_scroll = PageScroll()
        self.page_scroll.setWidget(self.stack)
        splitter = QSplitter()
        splitter.addWidget(self.step_list)
        splitter.addWidget(self.page_scroll)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([240, 1160])
        central = QWidget()
        central_layout = QVBoxLayout(central)
        central_layout.setContentsMargins(0, 0, 0, 0)
        central_layout.setSpacing(0)
        self.team_note = QLabel(objectName="teamNote", wordWrap=True)
        self.team_note.setMargin(6)
        self.team_note.hide()
        central_layout.addWidget(self.team_note)
        central_layout.addWidget(splitter, 1)
        self.setCentralWidget(central)
        self.step_list.sig_step_selected.connect(self.show_step)
        self.workspace_label = QLabel()
        self.statusBar().addPermanentWidget(self.workspace_label)
        self._team: TeamMode | None = None  # made on first use (it imports SQLAlchemy)
        self._build_menus()
        self.retranslate()
        # Come back where the seller left off: window size and the step they were on.
        settings = QSettings()
        geometry = settings.value(GEOMETRY_KEY)
        if geometry is not None:
            self.restoreGeometry(geometry)
        if geometry is None or not fits_on_screen(self):
            clamp_to_screen(self, PREFERRED_SIZE if geometry is None else self.size())
        self.opening: OpeningPage | None = None
        if not deferred:
            self.complete()
            self.show_last_step()
        else:
            # Marked, not built: a list without a current row would pick the first step when
            # it gets the focus, and build its page before the window paints.
            self.step_list.blockSignals(True)
            self.step_list.select(self._last_step())
            self.step_list.blockSignals(False)

    def _last_step(self) -> str:
        last_step = QSettings().value(LAST_STEP_KEY, "team")
        return last_step if last_step in STEP_BY_KEY else "team"

    def complete(self) -> None:
        """What the first paint does not need: the shortcuts and the wheel guard (before any
        page or dialog with a combo or spin box)."""
        from ui.widgets.wheel_guard import install_wheel_guard

        install_wheel_guard()
        self._set_shortcuts()

    def show_last_step(self) -> None:
        """The step the seller was on when they last closed the window (team the first time)."""
        self._end_opening()
        self.show_step(self._last_step())

    # --- opening at start -------------------------------------------------------------
    def show_opening(self, location: Path | str | None) -> None:
        """What the first paint shows while the workspace is opened right after it: the
        workspace's name in the page area, the steps' states "checking…"."""
        if self.opening is None:
            self.opening = OpeningPage()
            self.stack.addWidget(self.opening)
        self.opening.set_location(location)
        self.stack.setCurrentWidget(self.opening)
        self.step_list.set_pending(True)

    def _end_opening(self) -> None:
        if self.opening is not None:
            self.stack.removeWidget(self.opening)
            self.opening.deleteLater()
            self.opening = None
        if self.workspace is None:  # nothing opened: no states are coming
            self.step_list.set_pending(False)

    @property
    def team(self) -> TeamMode:
        """Team mode: connect, copy, viewer note, others' changes."""
        if self._team is None:
            from ui.team_window import TeamMode

            self._team = TeamMode(self)
        return self._team

    # --- pages ------------------------------------------------------------------------
    def page(self, key: str) -> StepPage:
        if key not in self.pages:
            page = build_page(key)
            page.sig_data_changed.connect(self.refresh_states)
            page.sig_data_changed.connect(lambda k=key: self._others_stale(k))
            self.pages[key] = page
            self.stack.addWidget(page)
            page.set_workspace(self.workspace)
        return self.pages[key]

    def _others_stale(self, key: str) -> None:
        """What one step writes shows on the others (an approved candidate in the catalog):
        the other pages read the workspace again when next shown."""
        self.stale_pages.update(k for k in self.pages if k != key)

    def show_step(self, key: str) -> None:
        if self.opening is not None:  # the start: pages are built once the workspace is open
            QSettings().setValue(LAST_STEP_KEY, key)
            self.step_list.select(key)
            return
        page = self.page(key)
        if key in self.stale_pages:
            self.stale_pages.discard(key)
            page.refresh()
        self.stack.setCurrentWidget(page)
        self.step_list.select(key)
        QSettings().setValue(LAST_STEP_KEY, key)
        self._fill_page_menu(page)

    def _page_shown(self, index: int) -> None:
        """Only the page shown sets the minimum size: hidden pages never make it scroll."""
        ignored, preferred = QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred
        for row in range(self.stack.count()):
            policy = preferred if row == index else ignored
            self.stack.widget(row).setSizePolicy(policy, policy)

    def _fill_page_menu(self, page: StepPage | None = None) -> None:
        """The shown page's commands (import, exchange rates, export…) with their shortcuts.

        The menu holds stand-ins that trigger the page's own actions: the shortcut lives once,
        on the page, and the page's actions never belong to the menu (PySide would invalidate
        them with it)."""
        page = page or self.stack.currentWidget()
        self.page_menu.clear()
        actions = page.page_actions() if isinstance(page, _step_page()) else []
        add_stand_ins(self.page_menu, actions)
        self.page_menu.menuAction().setVisible(bool(actions))

    def refresh_all(self) -> None:
        """Read the workspace again: the page shown now, the others when next shown."""
        if self.workspace is None:
            return
        self.stale_pages.update(self.pages)
        current = self.stack.currentWidget()
        for key, page in self.pages.items():
            if page is current:
                self.stale_pages.discard(key)
                page.refresh()
        self.refresh_states()
        self.team.refreshed()

    def refresh_states(self) -> None:
        """The step list's states: at once for a usual catalog, on a worker thread for a
        large one (100,000 SKUs) and while the workspace opens at start (the list says
        "Checking…" meanwhile), so that neither the start nor an edit waits for them."""
        workspace = self.workspace
        if workspace is None:
            return
        if self._states_job is not None:
            self._states_again = True
            return
        from core import step_status

        if not self.step_list.pending and step_status.quick_to_compute(workspace):
            self.step_list.set_states(step_status.step_states(workspace))
            return

        def computed(states) -> None:
            if workspace is self.workspace:
                self.step_list.set_states(states)

        def finished() -> None:
            self._states_job = None
            if self._states_again:
                self._states_again = False
                self.refresh_states()

        self._states_job = run_job(
            self,
            "",
            step_status.step_states_job,
            workspace,
            show_dialog=False,
            on_success=computed,
            # e.g. the workspace was closed meanwhile: the next refresh asks again
            on_failure=self._states_failed,
        )
        self._states_job.sig_finished.connect(finished)

    def _states_failed(self, exc: BaseException) -> None:
        logging.getLogger("matrixdesk").warning("step states: %s", exc)
        self.step_list.set_pending(False)  # the states shown before ("Not started" at start)

    # --- workspaces -------------------------------------------------------------------
    def set_workspace(self, workspace: Workspace) -> None:
        old = self.workspace
        self.workspace = workspace
        for page in self.pages.values():
            page.set_workspace(workspace)
        if old is not None and old is not workspace:
            old.close()
        if self.in_use is not None:
            self.in_use.release()
            self.in_use = None
        if workspace.is_server:  # several people at once is the point: no in-use warning
            self.team.watch(workspace)
            paths.remember_workspace(workspace.location)
        else:
            from core.workspace_locks import InUseClaim
            from ui.workspace_problems import warn_open_elsewhere

            if self._team is not None:
                self.team.watch(None)
            self.in_use = InUseClaim(workspace.path)
            if self.in_use.others:
                self.open_elsewhere_box = warn_open_elsewhere(self, workspace.path.name)
            paths.remember_workspace(workspace.path)
        self.refresh_states()
        self.retranslate()

    def open_path(self, path: Path, attempt: int = 0) -> bool:
        from PySide6.QtWidgets import QMessageBox

        from core.workspace import (
            WorkspaceDamaged,
            WorkspaceError,
            WorkspaceReadOnly,
            open_workspace,
        )
        from ui.workspace_problems import offer_fix

        try:
            workspace = open_workspace(path)
        except WorkspaceError as exc:
            # Damaged: offer a backup; read-only: offer a copy; else say why (ui/workspace_problems).
            instead = offer_fix(self, path, exc) if attempt == 0 else None
            if instead is not None:
                return self.open_path(instead, attempt + 1)
            if not isinstance(exc, WorkspaceDamaged | WorkspaceReadOnly):
                paths.forget_workspace(path)
            elif attempt:
                QMessageBox.warning(self, self.tr("Cannot open workspace"), error_text(exc))
            return False
        self.set_workspace(workspace)
        return True

    def open_demo(self) -> None:
        path = paths.demo_path()
        if path.exists():
            self.open_path(path)
            return
        from core.demo import build_demo

        def built(workspace: Workspace) -> None:
            self.set_workspace(workspace)

        run_job(
            self,
            self.tr("Creating the demo workspace…"),
            build_demo,
            path,
            None,
            on_success=built,
            on_failure=self._demo_failed,
        )

    def _demo_failed(self, exc: BaseException) -> None:
        from PySide6.QtWidgets import QMessageBox

        for suffix in ("", "-wal", "-shm"):
            Path(f"{paths.demo_path()}{suffix}").unlink(missing_ok=True)
        QMessageBox.warning(self, self.tr("Cannot create the demo"), error_text(exc))

    def new_workspace(self) -> None:
        from PySide6.QtWidgets import QFileDialog, QMessageBox

        name, _ = QFileDialog.getSaveFileName(
            self,
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
            self.set_workspace(create_workspace(path))
        except (WorkspaceError, OSError) as exc:
            QMessageBox.warning(self, self.tr("Cannot create workspace"), error_text(exc))

    def browse_workspace(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        name, _ = QFileDialog.getOpenFileName(
            self,
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

        if self.workspace is None:
            return
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save a copy as"),
            str(self.workspace.path.with_name(f"{self.workspace.name}-copy{WORKSPACE_SUFFIX}")),
            self.tr("MatrixDesk workspaces (*{suffix})").format(suffix=WORKSPACE_SUFFIX),
        )
        if not name:
            return
        target = Path(name if name.endswith(WORKSPACE_SUFFIX) else name + WORKSPACE_SUFFIX)
        from core.workspace import WorkspaceError, copy_workspace

        try:
            copy_workspace(self.workspace, target)
        except (OSError, WorkspaceError) as exc:
            QMessageBox.warning(self, self.tr("Cannot save a copy"), error_text(exc))
            return
        self.open_path(target)

    def rename(self) -> None:
        from PySide6.QtWidgets import QInputDialog, QMessageBox

        if self.workspace is None:
            return
        name, ok = QInputDialog.getText(
            self, self.tr("Rename workspace"), self.tr("New name:"), text=self.workspace.name
        )
        if not ok or name.strip() == self.workspace.name:
            return
        from core.workspace import WorkspaceError, open_workspace, rename_workspace

        old_path = self.workspace.path
        try:
            renamed = rename_workspace(self.workspace, name)
        except (OSError, WorkspaceError) as exc:
            QMessageBox.warning(self, self.tr("Cannot rename workspace"), error_text(exc))
            self.workspace = open_workspace(old_path)
            self.set_workspace(self.workspace)
            return
        paths.forget_workspace(old_path)
        self.workspace = None  # the old engine is already closed
        self.set_workspace(renamed)

    def show_start_screen(self, problem: str = "") -> None:
        from ui.dialogs.start_dialog import StartDialog

        dialog = StartDialog(self, problem)
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

    # --- menus ------------------------------------------------------------------------
    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.act_new = self.file_menu.addAction("", self.new_workspace)
        self.act_open = self.file_menu.addAction("", self.browse_workspace)
        self.act_connect = self.file_menu.addAction("", lambda: self.team.connect())
        self.recent_menu = QMenu(self)
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        self.file_menu.addMenu(self.recent_menu)
        self.act_save_as = self.file_menu.addAction("", self.save_as)
        self.act_rename = self.file_menu.addAction("", self.rename)
        self.act_copy_to = self.file_menu.addAction("", lambda: self.team.copy_to())
        self.act_restore = self.file_menu.addAction("", self.restore_backup)
        self.file_menu.addSeparator()
        self.act_start = self.file_menu.addAction("", self.show_start_screen)
        self.act_demo = self.file_menu.addAction("", self.open_demo)
        self.file_menu.addSeparator()
        self.act_quit = self.file_menu.addAction("", self.close)

        self.page_menu = bar.addMenu("")
        self.page_menu.menuAction().setVisible(False)
        self.page_menu.aboutToShow.connect(self._fill_page_menu)
        self.view_menu = bar.addMenu("")
        self.step_actions: list[QAction] = []
        for step in STEPS:
            action = self.view_menu.addAction("")
            action.triggered.connect(lambda _=False, k=step.key: self.show_step(k))
            self.step_actions.append(action)
        self.view_menu.addSeparator()
        self.act_refresh = self.view_menu.addAction("", self.refresh_all)
        self.language_menu = self.view_menu.addMenu("")
        group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        for code, label in LANGUAGES.items():
            action = self.language_menu.addAction(label)
            action.setCheckable(True)
            action.setChecked(code == self.languages.current)
            action.triggered.connect(lambda _=False, c=code: self.switch_language(c))
            group.addAction(action)
            self.language_actions[code] = action

        self.help_menu = bar.addMenu("")
        self.act_shortcuts = self.help_menu.addAction("", self.show_shortcuts)
        self.act_data_folder = self.help_menu.addAction("", self._open_data_folder)
        self.act_backups_folder = self.help_menu.addAction("", self._open_backups_folder)
        self.act_about = self.help_menu.addAction("", self._about)

    def _set_shortcuts(self) -> None:
        """At start this waits for the first paint: PySide builds the 93 enum classes of its
        ``Qt`` namespace when the first shortcut is set (~20 ms of a ~150 ms start)."""
        standard = QKeySequence.StandardKey
        for action, key in (
            (self.act_new, standard.New),
            (self.act_open, standard.Open),
            (self.act_save_as, standard.SaveAs),
            (self.act_quit, standard.Quit),
            (self.act_refresh, standard.Refresh),
            (self.act_shortcuts, standard.HelpContents),
        ):
            action.setShortcut(key)
        for number, action in enumerate(self.step_actions, start=1):
            action.setShortcut(QKeySequence(f"Ctrl+{number}"))

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        recent = paths.recent_entries()
        for entry in recent:
            if paths.is_address(entry):
                name = entry.rsplit("/", 1)[-1]
                self.recent_menu.addAction(
                    f"{name}  —  {entry}", lambda a=entry: self.team.connect(a)
                )
                continue
            path = Path(entry)
            self.recent_menu.addAction(f"{path.stem}  —  {path}", lambda p=path: self.open_path(p))
        if not recent:
            self.recent_menu.addAction(self.tr("(none yet)")).setEnabled(False)

    def switch_language(self, code: str) -> None:
        self.languages.switch(code)
        self.language_actions[code].setChecked(True)

    def shortcut_rows(self) -> list[tuple[str, str]]:
        """(command, keys) of every menu command with a shortcut, the shown page's included."""
        rows = [
            (
                self.tr("Filter the table"),
                QKeySequence(QKeySequence.StandardKey.Find).toString(
                    QKeySequence.SequenceFormat.NativeText
                ),
            ),
            (self.tr("Leave a table"), self.tr("Tab")),
        ]
        page = self.stack.currentWidget()
        page_actions = page.page_actions() if isinstance(page, _step_page()) else []
        for menu in (self.file_menu, page_actions, self.view_menu, self.help_menu):
            for action in menu.actions() if isinstance(menu, QMenu) else menu:
                if action is None:
                    continue
                keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
                if keys and action.text():
                    rows.append((action.text().replace("&", ""), keys))
        return rows

    def show_shortcuts(self) -> None:
        from ui.dialogs.shortcuts_dialog import ShortcutsDialog

        ShortcutsDialog(self.shortcut_rows(), self).exec()

    def _open_data_folder(self) -> None:
        from PySide6.QtCore import QUrl
        from PySide6.QtGui import QDesktopServices

        QDesktopServices.openUrl(QUrl.fromLocalFile(str(paths.data_dir())))

    def _open_backups_folder(self) -> None:
        from PySide6.QtCore import QUrl
        from PySide6.QtGui import QDesktopServices

        if self.workspace is not None:
            from core import backups

            folder = backups.folder_of(self.workspace.path)
            folder.mkdir(exist_ok=True)
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    def restore_backup(self) -> None:
        """File ▸ Restore a backup: the same dialog a damaged file gets, for the open one."""
        if self.workspace is None:
            return
        from ui.dialogs.restore_dialog import RestoreDialog

        path = self.workspace.path
        with self.workspace.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        dialog = RestoreDialog(path, "", self)
        self.workspace.close()
        if dialog.exec():
            self.workspace = None
        self.open_path(path)

    def _about(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.about(
            self,
            self.tr("About MatrixDesk"),
            self.tr(
                "MatrixDesk {version}\nProduct-matrix planning for cross-border sellers.\n\n"
                "Your data folder: {folder}"
            ).format(version=__version__, folder=paths.data_dir())
            + self._backups_line(),
        )

    def _backups_line(self) -> str:
        if self.workspace is None:
            return ""
        from core import backups

        return "\n" + self.tr("Backups of this workspace: {folder}").format(
            folder=backups.folder_of(self.workspace.path)
        )

    def retranslate(self) -> None:
        title = self.tr("MatrixDesk 出海产品矩阵")
        if self.workspace is not None:
            title = f"{self.workspace.name} — {title}"
            self.workspace_label.setText(
                self.tr("Workspace: {path}  ·  saved automatically").format(
                    path=self.workspace.location
                )
            )
        self.setWindowTitle(title)
        self.file_menu.setTitle(self.tr("&File"))
        self.act_new.setText(self.tr("&New workspace…"))
        self.act_open.setText(self.tr("&Open workspace…"))
        self.act_connect.setText(self.tr("&Connect to a team workspace…"))
        self.act_copy_to.setText(self.tr("Cop&y workspace to a file or team database…"))
        self.act_refresh.setText(self.tr("&Refresh (see others' changes)"))
        if self._team is not None:
            self._team.retranslate()
        self.recent_menu.setTitle(self.tr("Open &recent"))
        self.act_save_as.setText(self.tr("Save a &copy as…"))
        self.act_rename.setText(self.tr("Re&name workspace…"))
        self.act_start.setText(self.tr("&Start screen…"))
        self.act_demo.setText(self.tr("Open the &demo workspace"))
        self.act_quit.setText(self.tr("&Quit"))
        self.view_menu.setTitle(self.tr("&View"))
        self.page_menu.setTitle(self.tr("&Actions"))
        for number, (action, step) in enumerate(zip(self.step_actions, STEPS, strict=True), 1):
            action.setText(
                self.tr("Step {number}: {name}").format(
                    number=number, name=translate("Steps", step.title)
                )
            )
        self.act_shortcuts.setText(self.tr("&Keyboard shortcuts"))
        self.language_menu.setTitle(self.tr("&Language / 语言"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.act_data_folder.setText(self.tr("Open the data folder"))
        self.act_restore.setText(self.tr("Restore a &backup…"))
        self.act_backups_folder.setText(self.tr("Open the backups folder"))
        has_workspace = self.workspace is not None
        has_file = has_workspace and not self.workspace.is_server
        self.act_restore.setEnabled(has_file)
        self.act_backups_folder.setEnabled(has_file)
        self.act_rename.setEnabled(has_file)
        self.act_save_as.setEnabled(has_file)
        self.act_copy_to.setEnabled(has_workspace)
        if has_file:
            from core import backups

            self.act_backups_folder.setToolTip(str(backups.folder_of(self.workspace.path)))
        self.act_about.setText(self.tr("&About MatrixDesk"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def closeEvent(self, event) -> None:  # noqa: N802
        QSettings().setValue(GEOMETRY_KEY, self.saveGeometry())
        if self.workspace is not None:
            self.workspace.close()
        if self.in_use is not None:
            self.in_use.release()
        super().closeEvent(event)
