"""The main window's menu bar: File, Actions (the shown page's commands), View, Help.

Kept apart from ui/main_window.py. Built before the first paint, so nothing heavy is imported
at the top (tests/test_first_paint.py); the shortcuts are set right after that paint."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenu

from core.steps import STEPS
from ui import paths
from ui.i18n import LANGUAGES, translate
from ui.widgets.menus import add_stand_ins

if TYPE_CHECKING:
    from ui.main_window import MainWindow
    from ui.pages.base import StepPage


def _page_actions(page) -> list[QAction]:
    from ui.pages.base import StepPage

    return page.page_actions() if isinstance(page, StepPage) else []


class MainMenus(QObject):
    """The window's menus and their actions; the commands themselves live on the window
    (pages, refresh) and in ui/workspace_files.py (new, open, copy, rename, backups)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.main = window
        files = window.files
        bar = window.menuBar()
        self.file_menu = bar.addMenu("")
        self.act_new = self.file_menu.addAction("", files.new_workspace)
        self.act_open = self.file_menu.addAction("", files.browse_workspace)
        self.act_connect = self.file_menu.addAction("", lambda: window.team.connect())
        self.recent_menu = QMenu(window)
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        self.file_menu.addMenu(self.recent_menu)
        self.act_save_as = self.file_menu.addAction("", files.save_as)
        self.act_rename = self.file_menu.addAction("", files.rename)
        self.act_copy_to = self.file_menu.addAction("", lambda: window.team.copy_to())
        self.act_restore = self.file_menu.addAction("", files.restore_backup)
        self.file_menu.addSeparator()
        self.act_start = self.file_menu.addAction("", files.show_start_screen)
        self.act_demo = self.file_menu.addAction("", files.open_demo)
        self.file_menu.addSeparator()
        self.act_quit = self.file_menu.addAction("", window.close)

        self.page_menu = bar.addMenu("")
        self.page_menu.menuAction().setVisible(False)
        self.page_menu.aboutToShow.connect(self.fill_page_menu)
        self.view_menu = bar.addMenu("")
        self.step_actions: list[QAction] = []
        for step in STEPS:
            action = self.view_menu.addAction("")
            action.triggered.connect(lambda _=False, k=step.key: window.show_step(k))
            self.step_actions.append(action)
        self.view_menu.addSeparator()
        self.act_refresh = self.view_menu.addAction("", window.refresh_all)
        self.language_menu = self.view_menu.addMenu("")
        group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        for code, label in LANGUAGES.items():
            action = self.language_menu.addAction(label)
            action.setCheckable(True)
            action.setChecked(code == window.languages.current)
            action.triggered.connect(lambda _=False, c=code: self.switch_language(c))
            group.addAction(action)
            self.language_actions[code] = action

        self.help_menu = bar.addMenu("")
        self.act_shortcuts = self.help_menu.addAction("", self.show_shortcuts)
        self.act_data_folder = self.help_menu.addAction("", files.open_data_folder)
        self.act_backups_folder = self.help_menu.addAction("", files.open_backups_folder)
        self.act_about = self.help_menu.addAction("", files.about)

    def set_shortcuts(self) -> None:
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

    def fill_page_menu(self, page: StepPage | None = None) -> None:
        """The shown page's commands (import, exchange rates, export…) with their shortcuts.

        The menu holds stand-ins that trigger the page's own actions: the shortcut lives once,
        on the page, and the page's actions never belong to the menu (PySide would invalidate
        them with it)."""
        page = page or self.main.stack.currentWidget()
        self.page_menu.clear()
        actions = _page_actions(page)
        add_stand_ins(self.page_menu, actions)
        self.page_menu.menuAction().setVisible(bool(actions))

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        recent = paths.recent_entries()
        for entry in recent:
            if paths.is_address(entry):
                name = entry.rsplit("/", 1)[-1]
                self.recent_menu.addAction(
                    f"{name}  —  {entry}", lambda a=entry: self.main.team.connect(a)
                )
                continue
            path = Path(entry)
            self.recent_menu.addAction(
                f"{path.stem}  —  {path}", lambda p=path: self.main.open_path(p)
            )
        if not recent:
            self.recent_menu.addAction(self.tr("(none yet)")).setEnabled(False)

    def switch_language(self, code: str) -> None:
        self.main.languages.switch(code)
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
        page_actions = _page_actions(self.main.stack.currentWidget())
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

        ShortcutsDialog(self.shortcut_rows(), self.main).exec()

    def retranslate(self) -> None:
        self.file_menu.setTitle(self.tr("&File"))
        self.act_new.setText(self.tr("&New workspace…"))
        self.act_open.setText(self.tr("&Open workspace…"))
        self.act_connect.setText(self.tr("&Connect to a team workspace…"))
        self.act_copy_to.setText(self.tr("Cop&y workspace to a file or team database…"))
        self.act_refresh.setText(self.tr("&Refresh (see others' changes)"))
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
        self.act_about.setText(self.tr("&About MatrixDesk"))
        # What needs a file (backups, rename) or a workspace at all.
        workspace = self.main.workspace
        has_file = workspace is not None and not workspace.is_server
        for action in (self.act_restore, self.act_backups_folder, self.act_rename):
            action.setEnabled(has_file)
        self.act_save_as.setEnabled(has_file)
        self.act_copy_to.setEnabled(workspace is not None)
        if workspace is not None and has_file:
            from core import backups

            self.act_backups_folder.setToolTip(str(backups.folder_of(workspace.path)))
