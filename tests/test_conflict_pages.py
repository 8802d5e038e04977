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
from core.workspace import open_workspace
from ui.dialogs.conflict_dialog import ConflictDialog
from ui.models.team_members_model import Column

BOTH_ENGINES = True
SHOTS = Path("/tmp/conflict-shots")


@pytest.fixture
def ben(demo):
    demo.user = "anna"
    other = open_workspace(demo.location if demo.is_server else demo.path)
    other.user = "ben"
    yield other
    other.close()


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
    assert "ben changed team member" in answer.seen["text"]
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
