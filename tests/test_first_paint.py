"""The app's start: the window paints first ("Opening…", nothing heavy imported), the workspace
opens right after that paint, and the start behaves as before (the workspace asked for, the
recent one, the demo, the problem dialogs of a damaged file)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from core.steps import StepState
from ui import paths
from ui.i18n import LanguageSwitcher

ROOT = Path(__file__).resolve().parent.parent

# Modules that must wait for the first paint: the database side and the libraries a page or a
# job needs (each one costs from tens of ms to a second on a busy 2-core machine).
HEAVY = (
    "sqlalchemy",
    "sqlmodel",
    "alembic",
    "pydantic",
    "pyqtgraph",
    "numpy",
    "polars",
    "pyarrow",
    "fastexcel",
    "python_calamine",
    "openpyxl",
    "xlsxwriter",
    "core.workspace",
    "core.models",
    "core.step_status",
    "ui.pages.team_page",
    "ui.job_runner",
)

# Run as `python -c` in a child: the app's own start (ui.app.start, as main.py runs it) with a
# watch on the main window's paint events, fitted before it is shown.
CHILD = """
import json, os, sys
import ui.main_window
from ui.app import start
from PySide6.QtCore import QEvent, QObject

seen = {}

class Watch(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and "modules" not in seen:
            window = obj
            seen["modules"] = sorted(sys.modules)
            seen["opening"] = window.opening is not None and window.stack.currentWidget() is window.opening
            seen["title"] = window.opening.title.text() if window.opening else ""
            seen["pending"] = window.step_list.pending
            seen["workspace"] = window.workspace is not None
        return False

watch = Watch()
show = ui.main_window.MainWindow.show

def watched_show(window):
    window.installEventFilter(watch)
    show(window)

ui.main_window.MainWindow.show = watched_show
app, window = start(sys.argv[1:])
while not (window.workspace is not None and window.opening is None and not window.step_list.pending):
    app.processEvents()
seen["opened"] = str(window.workspace.path)
seen["page"] = type(window.stack.currentWidget()).__name__
print(json.dumps(seen), flush=True)
os._exit(0)
"""


def _start_in_a_child(tmp_path: Path, *argv: str) -> dict:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "HOME": str(tmp_path),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
    }
    out = subprocess.run(
        [sys.executable, "-c", CHILD, *argv],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    ).stdout
    return json.loads(out.strip().splitlines()[-1])


def test_the_window_paints_before_anything_heavy_is_imported(tmp_path, demo_file):
    import shutil

    shop = tmp_path / "demo.matrixdesk"
    shutil.copy(demo_file, shop)
    seen = _start_in_a_child(tmp_path, str(shop))
    heavy = [m for m in seen["modules"] if m in HEAVY or m.split(".")[0] in HEAVY]
    assert heavy == []
    assert seen["opening"] and not seen["workspace"]  # the first paint says "Opening…"
    assert seen["title"] == "Opening demo…"
    assert seen["pending"]  # "Checking…" under the steps, not a state nobody computed
    # then the workspace opens, on the step the seller was on (team the first time)
    assert seen["opened"] == str(shop)
    assert seen["page"] == "TeamPage"


def test_the_main_module_imports_no_cli_for_the_app():
    """main.py tells a subcommand from a workspace path with core.cli_commands, which is
    small; the CLI's parser (and with it SQLAlchemy) loads only for a subcommand."""
    code = (
        "import sys; import main\n"
        "from core.cli_commands import SUBCOMMANDS\n"
        "import core.cli\n"
        "assert core.cli.SUBCOMMANDS is SUBCOMMANDS\n"
    )
    subprocess.run([sys.executable, "-c", code], cwd=ROOT, check=True, timeout=60)
    light = "import sys, main; assert 'sqlalchemy' not in sys.modules, 'sqlalchemy'"
    subprocess.run([sys.executable, "-c", light], cwd=ROOT, check=True, timeout=60)


def test_plain_values_used_before_the_first_paint_are_qt_s_own():
    from core.workspace import SUFFIX
    from ui import step_list
    from ui.main_window import WORKSPACE_SUFFIX

    assert WORKSPACE_SUFFIX == SUFFIX
    assert step_list.DISPLAY_ROLE == Qt.ItemDataRole.DisplayRole.value
    assert step_list.ACCESSIBLE_TEXT_ROLE == Qt.ItemDataRole.AccessibleTextRole.value
    assert step_list.USER_ROLE == Qt.ItemDataRole.UserRole.value
    assert step_list.ALIGN_V_CENTER == Qt.AlignmentFlag.AlignVCenter.value


# The start with step 2, 3 or 4 as the last step: the page is usable (the workspace open, the
# page painted) before pyqtgraph or polars is imported; its charts follow once a thread has
# imported pyqtgraph, and polars comes after (for the page's import dialogs).
CHILD_LAST_STEP = """
import json, os, sys, time
from PySide6.QtCore import QEvent, QObject, QSettings
import ui.main_window
from ui.app import create_application, start

create_application([])
QSettings().setValue(ui.main_window.LAST_STEP_KEY, sys.argv[2])
seen = {}

class Watch(QObject):
    def eventFilter(self, obj, event):
        window = obj
        if (event.type() == QEvent.Type.Paint and "usable" not in seen
                and window.workspace is not None and window.opening is None):
            page = window.stack.currentWidget()
            seen["usable"] = {
                "page": type(page).__name__,
                "pyqtgraph": "pyqtgraph" in sys.modules,
                "polars": "polars" in sys.modules,
                "charts": charts(page),
            }
        return False

def charts(page):
    if type(page).__name__ == "InventoryPage":  # its charts' tab is built when first shown
        return []
    if type(page).__name__ == "GoalsPage":
        return [page.chart is not None]
    slots = (page.season_chart, page.scorecard.chart, page.compare.chart)
    return [slot.chart is not None for slot in slots]

watch = Watch()
show = ui.main_window.MainWindow.show

def watched_show(window):
    window.installEventFilter(watch)
    show(window)

ui.main_window.MainWindow.show = watched_show
app, window = start([sys.argv[1]])
deadline = time.monotonic() + 60
while time.monotonic() < deadline and not ("usable" in seen and all(charts(window.stack.currentWidget()))
        and ("polars" in sys.modules or sys.argv[2] == "goals") and not window.step_list.pending
        and getattr(window.stack.currentWidget(), "_job", None) is None):
    app.processEvents()
    time.sleep(0.002)
page = window.stack.currentWidget()
seen["later"] = {"charts": charts(page), "polars": "polars" in sys.modules}
if type(page).__name__ == "SelectionPage":
    seen["later"]["scored"] = len(page.scorecard.chart.bars)
elif type(page).__name__ == "GoalsPage":
    seen["later"]["scored"] = len(page.chart.bars.opts["width"]) if page.chart.bars else 0
print(json.dumps(seen), flush=True)
os._exit(0)
"""


@pytest.mark.parametrize(
    ("step", "page"),
    [("inventory", "InventoryPage"), ("goals", "GoalsPage"), ("selection", "SelectionPage")],
)
def test_a_page_with_charts_is_usable_before_pyqtgraph_and_polars_load(
    tmp_path, demo_file, step, page
):
    import shutil

    shop = tmp_path / "demo.matrixdesk"
    shutil.copy(demo_file, shop)
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "HOME": str(tmp_path),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
    }
    out = subprocess.run(
        [sys.executable, "-c", CHILD_LAST_STEP, str(shop), step],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    ).stdout
    seen = json.loads(out.strip().splitlines()[-1])
    usable = seen["usable"]
    assert usable["page"] == page
    assert not usable["pyqtgraph"] and not usable["polars"]
    later = seen["later"]
    assert later["polars"] == (step != "goals")  # then polars, for the import dialogs
    if step == "inventory":
        return
    assert usable["charts"] and not any(usable["charts"])  # slots waiting for pyqtgraph
    assert all(later["charts"])  # then the charts
    assert later["scored"] > 0  # the charts got the data the page gave them meanwhile


# --- the start in this process (pytest-qt): the same sequence without the app's style/log ----


@pytest.fixture
def shop(demo_file, tmp_path) -> Path:
    """A private copy of the demo file (the start opens it, and may write to it)."""
    import shutil

    path = tmp_path / "shops" / "demo.matrixdesk"
    path.parent.mkdir()
    shutil.copy(demo_file, path)
    return path


@pytest.fixture
def languages(qt_settings):
    switcher = LanguageSwitcher()
    switcher.switch("en")
    yield switcher
    switcher.switch("en")


def _started(qtbot, languages, argv):
    from ui.app import show_main_window

    window = show_main_window(languages, argv)
    qtbot.addWidget(window)
    return window


def _opened(qtbot, window):
    qtbot.waitUntil(lambda: window.workspace is not None and window.opening is None, timeout=30_000)
    qtbot.waitUntil(lambda: not window.step_list.pending, timeout=30_000)


def test_start_shows_opening_then_the_workspace_on_the_last_step(qtbot, languages, shop):
    from PySide6.QtCore import QSettings

    from ui.main_window import LAST_STEP_KEY

    QSettings().setValue(LAST_STEP_KEY, "goals")
    window = _started(qtbot, languages, [str(shop)])
    assert window.workspace is None and window.pages == {}  # nothing built before the paint
    assert window.stack.currentWidget() is window.opening
    assert "Opening demo…" == window.opening.title.text()
    assert str(shop) in window.opening.detail.text()
    assert all("Checking…" in window.step_list.item_text(r) for r in range(8))
    assert window.step_list.currentRow() == 2  # the step that will open is marked already
    _opened(qtbot, window)
    assert window.workspace.path == shop
    assert window.stack.currentWidget() is window.pages["goals"]
    assert window.step_list.states["goals"] == StepState.DONE  # the demo's goals are set
    assert "Done" in window.step_list.item_text(2)
    assert window.menus.act_new.shortcut().toString()  # the shortcuts came right after the paint
    assert paths.recent_workspaces()[0] == shop  # remembered, as before


def test_an_older_workspace_at_start_is_upgraded_after_a_backup(qtbot, languages, tmp_path):
    import shutil

    from core import backups, schema

    older = tmp_path / "v7-demo.matrixdesk"
    shutil.copy(ROOT / "tests" / "fixtures" / "workspaces" / "v7-demo.matrixdesk", older)
    window = _started(qtbot, languages, [str(older)])
    _opened(qtbot, window)
    assert window.workspace.path == older
    assert window.workspace.schema_revision == schema.head()
    assert backups.list_backups(older)  # the copy taken before the upgrade
    assert window.stack.currentWidget() is window.pages["team"]


def test_a_step_chosen_while_opening_is_the_one_shown_once_open(qtbot, languages, shop):
    window = _started(qtbot, languages, [str(shop)])
    window.step_list.select("selection")  # a click on step 4 before the workspace is open
    assert window.pages == {} and window.stack.currentWidget() is window.opening
    _opened(qtbot, window)
    assert window.stack.currentWidget() is window.pages["selection"]
    assert window.step_list.currentRow() == 3


def test_start_in_chinese_says_opening_in_chinese(qtbot, languages, shop):
    languages.switch("zh_CN")
    window = _started(qtbot, languages, [str(shop)])
    assert window.opening.title.text() == "正在打开 demo…"
    assert "检查中…" in window.step_list.item_text(0)
    _opened(qtbot, window)


def test_start_without_arguments_opens_the_recent_workspace(qtbot, languages, shop):
    paths.remember_workspace(shop)
    window = _started(qtbot, languages, [])
    assert "demo" in window.opening.title.text()
    _opened(qtbot, window)
    assert window.workspace.path == shop


def test_first_start_writes_and_opens_the_demo(qtbot, languages):
    window = _started(qtbot, languages, [])
    assert window.opening.title.text() == "Opening MatrixDesk…"
    qtbot.waitUntil(lambda: window.workspace is not None, timeout=60_000)
    assert window.workspace.path == paths.demo_path()
    qtbot.waitUntil(lambda: not window.step_list.pending, timeout=30_000)
    assert window.opening is None


def test_a_missing_recent_workspace_falls_back_to_the_demo(qtbot, languages, shop, tmp_path):
    import shutil

    shutil.copy(shop, paths.demo_path())
    gone = tmp_path / "gone.matrixdesk"
    paths.remember_workspace(shop)
    paths.remember_workspace(gone)  # the newest, but moved away since
    shop.rename(gone.with_name("moved.matrixdesk"))  # and the other one too
    window = _started(qtbot, languages, [])
    _opened(qtbot, window)
    assert window.workspace.path == paths.demo_path()


def test_a_damaged_workspace_at_start_still_offers_the_backup(
    qtbot, languages, tmp_path, monkeypatch
):
    """The restore dialog comes up as before when the file given at start is damaged; declined,
    the start screen follows (as before), and the window is usable with no workspace."""
    from tests.test_workspace_safety import _damage, _workspace_with_rows
    from ui.dialogs.restore_dialog import RestoreDialog
    from ui.main_window import MainWindow

    path = _workspace_with_rows(tmp_path / "shop.matrixdesk", count=10)
    _damage(path)
    shown = []

    def declined(dialog):
        shown.append(("restore", dialog.problem_label.text()))
        return 0

    monkeypatch.setattr(RestoreDialog, "exec", declined)
    monkeypatch.setattr(MainWindow, "show_start_screen", lambda w, *a: shown.append("start"))
    window = _started(qtbot, languages, [str(path)])
    qtbot.waitUntil(lambda: "start" in shown, timeout=30_000)
    assert shown[0][0] == "restore" and "is damaged" in shown[0][1]
    assert shown[1] == "start"
    assert window.workspace is None and window.opening is None
    assert not window.step_list.pending  # no states are coming: back to "Not started"
    assert "Not started" in window.step_list.item_text(0)
    assert window.stack.currentWidget() is window.pages["team"]


def test_step_list_hover_follows_the_mouse(qtbot, qt_settings):
    """The step list tracks the hovered row itself (its delegate reads no QStyle state)."""
    from PySide6.QtCore import QEvent, QPointF
    from PySide6.QtGui import QMouseEvent
    from PySide6.QtWidgets import QApplication

    from ui.step_list import StepList

    steps = StepList()
    qtbot.addWidget(steps)
    steps.resize(240, 600)
    steps.show()
    qtbot.waitExposed(steps)
    centre = QPointF(steps.visualItemRect(steps.item(3)).center())
    move = QMouseEvent(
        QEvent.Type.MouseMove,
        centre,
        centre,
        Qt.MouseButton.NoButton,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(steps.viewport(), move)
    assert steps.hovered_row == 3
    below = QPointF(10, steps.visualItemRect(steps.item(7)).bottom() + 40)
    away = QMouseEvent(
        QEvent.Type.MouseMove,
        below,
        below,
        Qt.MouseButton.NoButton,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(steps.viewport(), away)
    assert steps.hovered_row == -1  # below the last step: none
    QApplication.sendEvent(steps.viewport(), move)
    QApplication.sendEvent(steps, QEvent(QEvent.Type.Leave))
    assert steps.hovered_row == -1


def test_a_chart_slot_waits_for_pyqtgraph_then_gets_what_it_was_given(qtbot, monkeypatch):
    """While the start's thread imports pyqtgraph a slot stays empty and keeps the data the
    page gives it; once the import is done the chart is made and draws it."""
    import threading

    from PySide6.QtWidgets import QWidget

    from ui.charts import chart_slot

    class Chart(QWidget):
        def __init__(self) -> None:
            super().__init__()
            self.given: list = []

        def set_data(self, series, currency=None) -> None:
            self.given.append((series, currency))

    loaded = threading.Event()
    monkeypatch.setattr(chart_slot, "_loaded", loaded)
    slot = chart_slot.ChartSlot(Chart, 200, 150)
    qtbot.addWidget(slot)
    slot.set_data([1, 2], currency="USD")
    slot.set_data([3, 4], currency="EUR")  # only the last one counts
    assert slot.chart is None and slot.minimumHeight() == 150
    with pytest.raises(AttributeError):
        _ = slot.given  # the chart's own attributes only once it is made
    loaded.set()
    qtbot.waitUntil(lambda: slot.chart is not None, timeout=2000)
    assert slot.given == [([3, 4], "EUR")]  # read through the slot
    slot.set_data([5], None)
    assert slot.chart.given[-1] == ([5], None)
    monkeypatch.setattr(chart_slot, "_loaded", None)  # not deferred: made at once
    at_once = chart_slot.ChartSlot(Chart, 10, 10)
    qtbot.addWidget(at_once)
    assert at_once.chart is not None


def test_the_goals_chart_follows_once_pyqtgraph_is_loaded(qtbot, qt_settings, monkeypatch, demo):
    import threading
    from datetime import date

    from ui.charts import chart_slot
    from ui.pages.goals.page import GoalsPage

    loaded = threading.Event()
    monkeypatch.setattr(chart_slot, "_loaded", loaded)
    page = GoalsPage()
    page.today = date(2026, 11, 15)
    qtbot.addWidget(page)
    page.set_workspace(demo)
    page.show()
    qtbot.waitExposed(page)
    assert page.chart is None and page.model.rowCount() > 0  # the page, its table first
    loaded.set()
    qtbot.waitUntil(lambda: page.chart is not None, timeout=2000)
    assert list(page.chart.bars.opts["width"])  # drawn with the goals' progress


def test_a_workspace_opened_while_the_start_opens_its_file_stays(
    qtbot, languages, shop, tmp_path, monkeypatch
):
    """File > Open (or a team workspace connected) before the start's thread has opened the
    file it was given: the seller's choice stays, the start's file is closed unseen."""
    import shutil
    import threading

    import ui.startup

    other = tmp_path / "other.matrixdesk"
    shutil.copy(shop, other)
    go_on = threading.Event()
    closed = []
    work = ui.startup.OpenedAhead.work

    def slow_work(ahead):
        go_on.wait(10)
        work(ahead)
        if ahead.workspace is not None:
            real_close = ahead.workspace.close
            ahead.workspace.close = lambda: closed.append(True) or real_close()

    monkeypatch.setattr(ui.startup.OpenedAhead, "work", slow_work)
    window = _started(qtbot, languages, [str(shop)])
    qtbot.waitExposed(window)
    with qtbot.waitSignal(window.opened, timeout=10_000) as opening:
        window.open_path(other)
        go_on.set()
    assert opening.args == [True]
    _opened(qtbot, window)
    qtbot.waitUntil(lambda: bool(closed), timeout=10_000)
    qtbot.wait(50)
    assert window.workspace.path == other


def test_the_app_lets_the_ui_thread_take_the_interpreter_lock_quickly(qapp):
    """A job's Python thread hands the lock over within 0.2 ms, not Python's 5 ms default: a
    table repaint needs it once per cell (step 2's reload stalled 0.2-0.3 s at 100k SKUs)."""
    import sys

    from ui.app import create_application

    before = sys.getswitchinterval()
    try:
        sys.setswitchinterval(0.005)
        create_application([])
        assert sys.getswitchinterval() <= 0.0002
    finally:
        sys.setswitchinterval(before)
