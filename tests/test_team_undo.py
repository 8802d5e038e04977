"""Team page: undo/redo like step 2 (Ctrl+Z / Ctrl+Shift+Z, every edit saved at once), and a
two-person shop reaching Done through the guided start by typing one name for several roles."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWizard

from core import team
from core.steps import StepState
from tests.test_team_page import _cells, _members, page_for  # noqa: F401 - the page fixture
from ui.models.team_members_model import Column

BOTH_ENGINES = True


def _activate(qtbot, page) -> None:
    """Shortcuts reach the page only in the active window."""
    page.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is page)


def _undo(qtbot, page) -> None:
    page.members_view.setFocus()
    qtbot.keyClick(page.members_view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)


def _redo(qtbot, page) -> None:
    page.members_view.setFocus()
    qtbot.keyClick(
        page.members_view,
        Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )


def test_member_edit_and_raci_letters_undo_and_redo(qtbot, demo, page_for):  # noqa: F811
    page = page_for(demo)
    _activate(qtbot, page)
    assert not page.act_undo.isEnabled()
    name = _members(demo)[0].name
    assert page.proxy.setData(page.proxy.index(0, Column.NAME), "Boss")
    assert page.act_undo.text() == "Undo member edit"
    before_cells = _cells(demo)
    pm = _members(demo)[0]
    # Quick entry: A on the team row for the first member's column... then undo both steps.
    page.raci_view.setFocus()
    page.raci_view.setCurrentIndex(page.raci_model.index(2, 1))
    qtbot.keyClick(page.raci_view, Qt.Key.Key_A)
    assert _cells(demo) != before_cells
    assert page.warning_texts()  # the goals row has two A now

    _undo(qtbot, page)
    assert _cells(demo) == before_cells
    assert page.warning_texts() == []
    assert page.raci_model.data(page.raci_model.index(2, 1)) == before_cells.get(
        (_members(demo)[1].id, team.subjects()[2]), ""
    )
    _undo(qtbot, page)
    assert _members(demo)[0].name == name
    assert page.proxy.index(0, Column.NAME).data() == name
    assert not page.act_undo.isEnabled()

    _redo(qtbot, page)
    assert _members(demo)[0].name == "Boss"
    assert _members(demo)[0].id == pm.id
    _redo(qtbot, page)
    assert _cells(demo) != before_cells
    assert page.act_redo.text() == "Redo"


def test_removing_a_member_is_undone_with_their_letters(qtbot, demo, page_for, monkeypatch):  # noqa: F811
    page = page_for(demo)
    before = (_members(demo), _cells(demo))
    lin = before[0][0]
    page.members_view.selectRow(0)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(page.remove_button, Qt.MouseButton.LeftButton)
    assert lin.id not in {m.id for m in _members(demo)}
    assert page.warning_texts()

    with qtbot.waitSignal(page.sig_data_changed):  # the step list recomputes too
        page.act_undo.trigger()
    assert [(m.id, m.name) for m in _members(demo)] == [(m.id, m.name) for m in before[0]]
    assert _cells(demo) == before[1]
    assert page.raci_model.columnCount() == 7
    assert page.warning_texts() == []
    page.act_redo.trigger()
    assert lin.id not in {m.id for m in _members(demo)}


def test_two_person_shop_reaches_done_through_the_wizard_and_undo_empties_it(
    qtbot,
    workspace,
    page_for,  # noqa: F811
):
    page = page_for(workspace)
    qtbot.mouseClick(page.empty_start, Qt.MouseButton.LeftButton)
    wizard = page.wizard
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    qtbot.mouseClick(next_button, Qt.MouseButton.LeftButton)
    roles = wizard.roles_page
    for role, name in (
        ("product_manager", "Lin Wei"),
        ("operations", "Lin Wei"),
        ("purchasing", "老王"),
        ("finance", "老王"),
        ("compliance", "Lin Wei"),
    ):
        roles.names[role].insert(name)
    qtbot.mouseClick(next_button, Qt.MouseButton.LeftButton)
    review = wizard.review_page.table
    assert review.columnCount() == 2  # one column per person, not per role
    assert review.horizontalHeaderItem(1).text() == "老王\nPurchasing, Finance"
    with qtbot.waitSignal(page.sig_data_changed):
        qtbot.mouseClick(
            wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton
        )
    people = _members(workspace)
    assert [(m.name, team.roles_of(m)) for m in people] == [
        ("Lin Wei", ["product_manager", "operations", "compliance"]),
        ("老王", ["purchasing", "finance"]),
    ]
    with workspace.session() as session:
        assert team.team_state(session) == StepState.DONE
    assert page.warning_texts() == []
    assert "✓ All five core roles are filled" in page.checklist.texts()
    assert page.raci_model.headerData(1, Qt.Orientation.Horizontal) == "老王\nPurchasing +1"
    assert page.proxy.index(1, Column.ROLE).data() == "Purchasing, Finance"

    page.act_undo.trigger()
    assert _members(workspace) == [] and _cells(workspace) == {}
    assert page.stack.currentIndex() == 0  # back to the empty state
    page.act_redo.trigger()
    assert len(_members(workspace)) == 2


def test_add_member_dialog_with_several_roles_is_undone(qtbot, workspace, page_for):  # noqa: F811
    page = page_for(workspace)
    page.add_member()
    dialog = page.member_dialog
    dialog.name_edit.insert("老王")
    dialog.role_combo.setCurrentIndex(dialog.role_combo.findData("purchasing"))
    assert not dialog.other_checks["purchasing"].isEnabled()  # the main role is not offered
    dialog.other_checks["finance"].click()
    with qtbot.waitSignal(page.sig_data_changed):
        dialog.accept()
    (wang,) = _members(workspace)
    assert team.roles_of(wang) == ["purchasing", "finance"]
    assert page.act_undo.text() == "Undo add member"
    page.act_undo.trigger()
    assert _members(workspace) == []


def test_switching_workspace_forgets_the_undo_history(qtbot, demo, tmp_path, page_for):  # noqa: F811
    from core.workspace import open_workspace

    page = page_for(demo)
    assert page.proxy.setData(page.proxy.index(0, Column.NAME), "Boss")
    assert page.act_undo.isEnabled()
    # another workspace (a file: on a server the fixtures share one database)
    workspace = open_workspace(tmp_path / "other.matrixdesk", create=True)
    page.set_workspace(workspace)
    assert not page.act_undo.isEnabled()
    workspace.close()
