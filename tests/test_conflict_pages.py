"""The conflict choice driven from two windows' pages (two workspace objects, each with its own
connections, on one workspace): Ben's page saves first, Anna's edit of the same record opens the
one conflict dialog; keep mine, take theirs and compare each do what they say, and undo after
keep mine gives Ben's value back instead of silently overwriting anything."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from core import team
from ui.dialogs.conflict_dialog import ConflictDialog
from ui.models.team_members_model import Column

BOTH_ENGINES = True
SHOTS = Path("/tmp/conflict-shots")


class Answer:
    """Answers the next conflict dialog: ``button`` is keep, take or None (close); with
    ``compare`` the comparison is opened first. What it saw is kept for the test."""

    def __init__(self, qtbot, button: str | None, compare: bool = False, untick: int = -1):
        self.button, self.compare, self.untick = button, compare, untick
        self.seen: dict = {}
        QTimer.singleShot(0, self._answer)

    def _answer(self) -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, ConflictDialog):
            QTimer.singleShot(20, self._answer)
            return
        self.seen["text"] = dialog.text.text()
        if self.compare:
            dialog.compare.click()
            self.seen["rows"] = [
                [dialog.table.item(r, c).text() for c in range(dialog.table.columnCount())]
                for r in range(dialog.table.rowCount())
            ]
            if self.untick >= 0:
                from PySide6.QtCore import Qt

                dialog.table.item(self.untick, 0).setCheckState(Qt.CheckState.Unchecked)
        if self.button is None:
            dialog.reject()
        else:
            getattr(dialog, self.button).click()


def _team_page(qtbot, workspace):
    from ui.pages.team_page import TeamPage

    page = TeamPage()
    qtbot.addWidget(page)
    page.resize(1160, 860)
    page.set_workspace(workspace)
    page.show()
    qtbot.waitExposed(page)
    qtbot.waitUntil(lambda: not page.reading)  # a team server's team: read on a thread
    return page


def _members(workspace):
    with workspace.session() as session:
        return team.members(session)


def _set_cell(page, row: int, column: Column, value) -> bool:
    model = page.members_model
    return model.setData(model.index(row, column), value)


def test_a_member_edited_in_two_windows_keep_mine_then_undo(qtbot, qt_settings, demo, ben):
    anna_page, ben_page = _team_page(qtbot, demo), _team_page(qtbot, ben)
    before = _members(demo)[0]
    assert _set_cell(ben_page, 0, Column.CAPACITY, 12.0)
    answer = Answer(qtbot, "keep", compare=True)
    assert not _set_cell(anna_page, 0, Column.CAPACITY, 30.0)  # refused, then the choice
    qtbot.waitUntil(lambda: _members(ben)[0].capacity_hours == 30.0)
    assert "ben changed Capacity (h/week) of team member" in answer.seen["text"]
    assert answer.seen["rows"] == [["Capacity (h/week)", f"{before.capacity_hours:g}", "12", "30"]]
    assert _members(ben)[0].changed_by == "anna"
    assert anna_page.members_model.member(0).capacity_hours == 30.0
    # keep mine was one undo step: undo gives Ben's value back, not Anna's old one
    anna_page.undo_stack.undo()
    assert _members(ben)[0].capacity_hours == 12.0
    anna_page.undo_stack.redo()
    assert _members(ben)[0].capacity_hours == 30.0


def test_a_member_edited_in_two_windows_take_theirs(qtbot, qt_settings, demo, ben):
    anna_page, ben_page = _team_page(qtbot, demo), _team_page(qtbot, ben)
    assert _set_cell(ben_page, 0, Column.NOTES, "Ben was here")
    Answer(qtbot, "take")
    assert not _set_cell(anna_page, 0, Column.NOTES, "Anna was here")
    qtbot.waitUntil(lambda: anna_page.members_model.member(0).notes == "Ben was here")
    assert _members(demo)[0].notes == "Ben was here"
    assert anna_page.undo_stack.count() == 0  # nothing of Anna's was written


def test_closing_the_dialog_writes_nothing(qtbot, qt_settings, demo, ben):
    anna_page, ben_page = _team_page(qtbot, demo), _team_page(qtbot, ben)
    assert _set_cell(ben_page, 0, Column.NAME, "Ben's name")
    Answer(qtbot, None)
    assert not _set_cell(anna_page, 0, Column.NAME, "Anna's name")
    assert _members(demo)[0].name == "Ben's name"


def test_undo_does_not_silently_take_back_anothers_later_change(qtbot, qt_settings, demo, ben):
    anna_page, ben_page = _team_page(qtbot, demo), _team_page(qtbot, ben)
    assert _set_cell(anna_page, 0, Column.CONTACT, "anna@shop")
    ben_page.refresh()  # F5 in Ben's window: he sees Anna's contact, then changes it
    qtbot.waitUntil(lambda: not ben_page.reading)
    assert _set_cell(ben_page, 0, Column.CONTACT, "ben@shop")
    answer = Answer(qtbot, "take")
    anna_page.undo_stack.undo()  # would put back the old contact over Ben's: asks instead
    qtbot.waitUntil(lambda: "text" in answer.seen)
    assert _members(demo)[0].contact == "ben@shop"


def test_a_responsibility_cell_set_in_two_windows(qtbot, qt_settings, demo, ben):
    anna_page, ben_page = _team_page(qtbot, demo), _team_page(qtbot, ben)
    model_a, model_b = anna_page.raci_model, ben_page.raci_model
    row = model_a._subjects.index("duty:ad_budget")
    shown = model_a.index(row, 0).data()
    theirs = "I" if shown != "I" else "C"
    assert model_b.setData(model_b.index(row, 0), theirs)
    answer = Answer(qtbot, "keep", compare=True)
    assert not model_a.setData(model_a.index(row, 0), "R")
    member_id = model_a.member(0).id
    with ben.session() as session:
        assert team.raci_cells(session)[(member_id, "duty:ad_budget")] == "R"
    assert answer.seen["rows"][0][2:] == [theirs, "R"]
    assert "Ad budget" in answer.seen["text"]


# --- goals ---------------------------------------------------------------------------------


def _goals_page(qtbot, workspace):
    from datetime import date

    from ui.pages.goals.page import GoalsPage

    page = GoalsPage()
    page.today = date(2026, 11, 15)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.set_workspace(workspace)
    page.show()
    qtbot.waitExposed(page)
    return page


def _goal_rows(workspace):
    from core.goals import plan

    with workspace.session() as session:
        return plan.goals(session)


def test_a_goal_target_edited_in_two_windows_keep_mine_then_undo(qtbot, qt_settings, demo, ben):
    from core.goals.roles import Measure
    from ui.pages.goals.goals_model import Column as GoalColumn

    anna_page, ben_page = _goals_page(qtbot, demo), _goals_page(qtbot, ben)
    row = next(i for i, g in enumerate(_goal_rows(demo)) if g.measure != Measure.MARGIN)
    shown = _goal_rows(demo)[row]
    anna, bens = anna_page.model, ben_page.model
    assert bens.setData(bens.index(row, GoalColumn.TARGET), "777")
    answer = Answer(qtbot, "keep", compare=True)
    assert not anna.setData(anna.index(row, GoalColumn.TARGET), "888")
    qtbot.waitUntil(lambda: _goal_rows(ben)[row].target == "888")
    assert answer.seen["rows"] == [["Target", shown.target, "777", "888"]]
    assert _goal_rows(ben)[row].changed_by == "anna"
    anna_page.undo_stack.undo()  # one step: Ben's 777 back
    assert _goal_rows(ben)[row].target == "777"


def test_goal_undo_after_anothers_change_asks_and_take_theirs_keeps_it(
    qtbot, qt_settings, demo, ben
):
    from ui.pages.goals.goals_model import Column as GoalColumn

    anna_page, ben_page = _goals_page(qtbot, demo), _goals_page(qtbot, ben)
    anna, bens = anna_page.model, ben_page.model
    original = _goal_rows(demo)[0].name
    assert anna.setData(anna.index(0, GoalColumn.GOAL), "Anna's goal")
    ben_page.refresh()
    assert bens.setData(bens.index(0, GoalColumn.GOAL), "Ben's goal")
    answer = Answer(qtbot, "take", compare=True)
    anna_page.undo_stack.undo()  # would overwrite Ben's name with the old one: asks
    assert answer.seen["rows"][0][1:] == ["Anna's goal", "Ben's goal", original or "—"]
    assert _goal_rows(demo)[0].name == "Ben's goal"


# --- selection candidates --------------------------------------------------------------------


def _selection_page(qtbot, workspace):
    from ui.pages.selection.page import SelectionPage

    page = SelectionPage()
    qtbot.addWidget(page)
    page.resize(1180, 760)
    page.set_workspace(workspace)
    page.show()
    qtbot.waitExposed(page)
    return page


def _type(page, field: str, text: str) -> None:
    edit = page.details.edits[field]
    edit.setText(text)
    edit.editingFinished.emit()


def _candidate(workspace, candidate_id):
    from core.selection.models import Candidate

    with workspace.session() as session:
        return session.get(Candidate, candidate_id)


@pytest.mark.parametrize("button", ["keep", "take"])
def test_a_candidate_price_typed_in_two_windows(qtbot, qt_settings, demo, ben, button):
    anna_page, ben_page = _selection_page(qtbot, demo), _selection_page(qtbot, ben)
    candidate_id = anna_page.details.candidate.id
    assert ben_page.details.candidate.id == candidate_id  # both show the first candidate
    _type(ben_page, "price", "19.99")
    answer = Answer(qtbot, button, compare=True)
    _type(anna_page, "price", "24.5")
    qtbot.waitUntil(lambda: "rows" in answer.seen)
    expected = "24.5" if button == "keep" else "19.99"
    qtbot.waitUntil(lambda: _candidate(ben, candidate_id).price == expected)
    assert answer.seen["rows"][0][2:] == ["19.99", "24.5"]
    assert anna_page.details.edits["price"].text() == expected


# --- others' changes appear without a restart (LISTEN/NOTIFY on PostgreSQL, PRAGMA data_version
# polled on a file: two windows on one file) -------------------------------------------------


def _window(qtbot, workspace):
    from ui.i18n import LanguageSwitcher
    from ui.main_window import MainWindow

    switcher = LanguageSwitcher()
    switcher.switch("en")
    win = MainWindow(switcher)
    qtbot.addWidget(win)
    win.set_workspace(workspace)
    if getattr(win, "open_elsewhere_box", None) is not None:
        win.open_elsewhere_box.close()  # the second window on one file is told so: noted
    win.show_step("team")
    win.show()
    qtbot.waitExposed(win)
    qtbot.waitUntil(lambda: not win.pages["team"].reading)
    return win


def test_anothers_change_shows_in_the_other_window_by_itself(qtbot, qt_settings, demo, ben):
    anna_window, ben_window = _window(qtbot, demo), _window(qtbot, ben)
    assert anna_window.team.listener.listening.wait(10)
    anna_page, ben_page = anna_window.page("team"), ben_window.page("team")
    with qtbot.waitSignal(anna_window.team.sig_shown_others, timeout=10_000):
        assert _set_cell(ben_page, 0, Column.NOTES, "Ben, live")
    # on a team server the page reads the team again on a thread
    qtbot.waitUntil(lambda: anna_page.members_model.member(0).notes == "Ben, live")
    assert anna_window.team_note.isHidden()


def test_anothers_change_waits_while_a_dialog_is_open(qtbot, qt_settings, demo, ben):
    anna_window, ben_window = _window(qtbot, demo), _window(qtbot, ben)
    assert anna_window.team.listener.listening.wait(10)
    anna_page, ben_page = anna_window.page("team"), ben_window.page("team")
    anna_page.add_member()  # she is typing a new member into the dialog
    dialog = anna_page.member_dialog
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is dialog)
    assert _set_cell(ben_page, 0, Column.CONTACT, "ben@live")
    qtbot.waitUntil(lambda: anna_window.team.others_changed, timeout=10_000)
    qtbot.wait(300)
    assert anna_page.members_model.member(0).contact != "ben@live"  # not under her hands
    note = "Others have changed" if demo.is_server else "changed in another window"
    assert note in anna_window.team_note.text()
    dialog.reject()
    qtbot.waitUntil(lambda: anna_page.members_model.member(0).contact == "ben@live", timeout=10_000)
    assert anna_window.team_note.isHidden()


# --- matrix cells and sign-offs -------------------------------------------------------------


def _matrix_page(qtbot, workspace):
    from ui.pages.matrix.page import MatrixPage

    page = MatrixPage()
    qtbot.addWidget(
        page,
        before_close_func=lambda w: qtbot.waitUntil(
            lambda: not w.loading and not w.busy_with_insights, timeout=60000
        ),
    )
    page.resize(1366, 768)
    page.show()
    page.set_workspace(workspace)
    qtbot.waitUntil(lambda: not page.loading, timeout=20000)
    return page


def _saved_cell(workspace, key):
    from core.matrix import cells

    with workspace.session() as session:
        return cells.cell_state(session, *key)


@pytest.mark.parametrize("button", ["keep", "take"])
def test_a_matrix_cell_set_in_two_windows(qtbot, qt_settings, demo, ben, button):
    from dataclasses import replace

    anna_page, ben_page = _matrix_page(qtbot, demo), _matrix_page(qtbot, ben)
    key, shown = next(iter(anna_page.model.data_.cells.items()))
    roles = [r for r in ("hero", "traffic", "profit", "image") if r != shown.product_role]
    ben_page.change("Ben's role", {key: replace(shown, product_role=roles[0], price=77.0)})
    answer = Answer(qtbot, button, compare=True)
    anna_page.change("Anna's role", {key: replace(shown, product_role=roles[1])})
    saved = _saved_cell(ben, key)
    assert saved.price == 77.0  # Ben's price stays whatever Anna chooses
    assert saved.product_role == (roles[1] if button == "keep" else roles[0])
    assert [row[0] for row in answer.seen["rows"]] == ["Product role", "Price"]
    assert anna_page.model.data_.cells[key] == saved  # her grid shows what is saved
    if button == "keep":
        anna_page.undo_stack.undo()  # her step undone: Ben's role back, his price kept
        assert _saved_cell(ben, key).product_role == roles[0]


def test_a_sign_off_in_two_windows(qtbot, qt_settings, demo, ben):
    anna_page, ben_page = _matrix_page(qtbot, demo), _matrix_page(qtbot, ben)
    matrix = anna_page.model.data_.matrix
    product_id = next(iter(matrix.products))
    have = frozenset(matrix.signed_off.get(product_id, {}).get("US", set()))
    ben_page.sign_off("Ben", {(product_id, "US"): have | {"fcc"}})
    answer = Answer(qtbot, "keep")
    anna_page.sign_off("Anna", {(product_id, "US"): have | {"cpsia"}})
    assert "in US" in answer.seen["text"]
    from core.matrix import compliance

    with ben.session() as session:
        assert compliance.signed_off(session)[product_id]["US"] == set(have | {"cpsia"})
    assert matrix.signed_off[product_id]["US"] == set(have | {"cpsia"})
