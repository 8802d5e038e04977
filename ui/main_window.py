"""The main window: step list on the left, the selected step's page on the right."""

from __future__ import annotations

import importlib
import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QSettings, QSize, Signal
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from core.steps import STEP_BY_KEY
from ui import paths
from ui.i18n import LanguageSwitcher
from ui.main_menus import MainMenus
from ui.startup import (
    OpeningPage,
    after_first_paint,
    end_opening,
    first_page_painted,
    show_first_step,
)
from ui.step_list import StepList
from ui.widgets.page_scroll import PageScroll
from ui.widgets.screen_fit import clamp_to_screen, fits_on_screen
from ui.workspace_files import WORKSPACE_SUFFIX, WorkspaceFiles

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
    from ui.workspace_opening import OffThread

__all__ = ["WORKSPACE_SUFFIX", "MainWindow"]

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


def run_job(*args, **kwargs):
    from ui.job_runner import run_job

    return run_job(*args, **kwargs)


class MainWindow(QMainWindow):
    # A workspace file asked for by ``open_path`` opened (True), or did not (False; its
    # problem dialogs answered): it opens on a thread (ui/workspace_opening.py).
    opened = Signal(bool)

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
        self.unopened_pages: set[str] = set()  # built, not yet given the workspace (the start)
        self._states_job = None  # the step states being computed on a worker thread
        self._states_again = False
        # A team workspace connecting or the demo being written (ui/workspace_opening.py)
        self.background: OffThread | None = None
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
        self.files = WorkspaceFiles(self)
        self.menus = MainMenus(self)
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
        self.menus.set_shortcuts()

    def show_last_step(self) -> None:
        """The step the seller was on when they last closed the window (team the first time).

        At the start (the "Opening…" page leaves) the step states are asked for once that page
        has painted: their worker thread would otherwise take turns with the page's build."""
        opening = self.opening is not None
        end_opening(self)
        key = self._last_step()
        self.show_step(key)
        if opening and self.workspace is not None:
            after_first_paint(self.pages[key], lambda: first_page_painted(self, key))

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
            self.build_page(key)
        if key in self.unopened_pages:
            self.unopened_pages.discard(key)
            self.pages[key].set_workspace(self.workspace)
        return self.pages[key]

    def build_page(self, key: str) -> StepPage:
        """The page built and added, not yet given the workspace (``page`` does both; the start
        does them on two turns of the event loop, so that neither is long)."""
        page = build_page(key)
        page.sig_data_changed.connect(self.refresh_states)
        page.sig_data_changed.connect(lambda k=key: self._others_stale(k))
        self.pages[key] = page
        self.stack.addWidget(page)
        self.unopened_pages.add(key)
        return page

    def _others_stale(self, key: str) -> None:
        """What one step writes shows on the others (an approved candidate in the catalog):
        the other pages read the workspace again when next shown."""
        self.stale_pages.update(k for k in self.pages if k != key)

    def show_step(self, key: str) -> None:
        if self.opening is not None:  # the start: pages are built once the workspace is open
            paths.store(LAST_STEP_KEY, key)
            self.step_list.select(key)
            return
        page = self.page(key)
        if key in self.stale_pages:
            self.stale_pages.discard(key)
            page.refresh()
        self.stack.setCurrentWidget(page)
        self.step_list.select(key)
        paths.store(LAST_STEP_KEY, key)
        self.menus.fill_page_menu(page)

    def _page_shown(self, index: int) -> None:
        """Only the page shown sets the minimum size: hidden pages never make it scroll."""
        ignored, preferred = QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred
        for row in range(self.stack.count()):
            policy = preferred if row == index else ignored
            self.stack.widget(row).setSizePolicy(policy, policy)

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
        """The step list's states: at once for a usual local catalog, on a worker thread for
        a large one (100,000 SKUs), a team server's and while the workspace opens at start (the list says
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
        if self.background is not None:  # this one instead of the one still connecting
            from ui.workspace_opening import abandon_background

            abandon_background(self)
        old = self.workspace
        self.workspace = workspace
        for key, page in self.pages.items():
            if key not in self.unopened_pages:
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

            self.team.watch(workspace)  # other windows' commits to the file
            self.in_use = InUseClaim(workspace.path)
            if self.in_use.others:
                self.open_elsewhere_box = warn_open_elsewhere(self, workspace.path.name)
            paths.remember_workspace(workspace.path)
        if self.opening is None:  # at the start: once the first page shows (show_last_step)
            self.refresh_states()
        else:  # "Opening…" (or connecting, or why not) leaves for the last step's page
            show_first_step(self)
        self.retranslate()

    # --- the File menu's commands live in ui/workspace_files.py -----------------------
    def open_path(self, path: Path) -> None:
        """Open the workspace file on a thread; ``opened`` says how it ended."""
        self.files.open_path(path)

    def open_demo(self) -> None:
        self.files.open_demo()

    def new_workspace(self) -> None:
        self.files.new_workspace()

    def save_as(self) -> None:
        self.files.save_as()

    def rename(self) -> None:
        self.files.rename()

    def show_start_screen(self, problem: str = "") -> None:
        self.files.show_start_screen(problem)

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
        self.menus.retranslate()
        if self._team is not None:
            self._team.retranslate()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def closeEvent(self, event) -> None:  # noqa: N802
        if self.background is not None:  # closed while connecting: nobody will show it
            from ui.workspace_opening import abandon_background

            abandon_background(self)
        QSettings().setValue(GEOMETRY_KEY, self.saveGeometry())
        if self.workspace is not None:
            self.workspace.close()
        if self.in_use is not None:
            self.in_use.release()
        super().closeEvent(event)
