"""Step 1 page driven like a user: guided start, members table, RACI matrix, export, language."""

from __future__ import annotations

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtWidgets import QComboBox, QLineEdit, QMessageBox, QWizard

from core import team
from core.models import TeamMember
from ui.dialogs.team_wizard import Page
from ui.models.raci_model import RaciModel
from ui.models.team_members_model import Column, TeamMembersModel
from ui.pages.team_delegates import RolesList
from ui.pages.team_page import TeamPage

BOTH_ENGINES = True


@pytest.fixture
def page_for(qtbot, qt_settings):
    def make(workspace) -> TeamPage:
        page = TeamPage()
        qtbot.addWidget(page)
        page.resize(1160, 860)
        page.set_workspace(workspace)
        page.show()
        qtbot.waitExposed(page)
        qtbot.waitUntil(lambda: not page.reading)  # from a team server: on a thread
        return page

    return make


def _members(workspace) -> list[TeamMember]:
    with workspace.session() as session:
        return team.members(session)


def _cells(workspace) -> dict[tuple[int, str], str]:
    with workspace.session() as session:
        return team.raci_cells(session)


def _editor(view, index, kind):
    view.setCurrentIndex(index)
    view.edit(index)
    editors = [e for e in view.viewport().findChildren(kind) if e.isVisible()]
    assert editors, "no editor opened"
    return editors[-1]


def test_models_pass_the_model_tester(qtmodeltester, demo):
    members = TeamMembersModel()
    members.set_workspace(demo)
    qtmodeltester.check(members)
    qtmodeltester.check(members, force_py=True)
    raci = RaciModel()
    raci.set_workspace(demo)
    qtmodeltester.check(raci)
    qtmodeltester.check(raci, force_py=True)
    assert (raci.rowCount(), raci.columnCount()) == (14, 7)


def test_guided_start_on_an_empty_workspace(qtbot, workspace, page_for):
    page = page_for(workspace)
    assert page.stack.currentIndex() == 0  # the empty state with its call to action
    qtbot.mouseClick(page.empty_start, Qt.MouseButton.LeftButton)
    wizard = page.wizard
    assert wizard is not None and wizard.currentId() == Page.INTRO
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    assert wizard.currentId() == Page.ROLES
    roles = wizard.roles_page
    assert [r for r, box in roles.checks.items() if box.isChecked()] == team.CORE_ROLES
    qtbot.keyClicks(roles.names["product_manager"], "Lin Wei")
    roles.names["product_manager"].insert(" 林伟")  # what an input method commits
    qtbot.keyClicks(roles.contacts["product_manager"], "wx:linwei")
    qtbot.keyClicks(roles.names["finance"], "Wang Fang")
    roles.checks["design"].click()
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    assert wizard.currentId() == Page.REVIEW
    assert wizard.review_page.table.columnCount() == 6
    with qtbot.waitSignal(page.sig_data_changed):
        qtbot.mouseClick(
            wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton
        )

    people = _members(workspace)
    assert [(m.name, m.role) for m in people][:2] == [
        ("Lin Wei 林伟", "product_manager"),
        ("Operations", "operations"),
    ]
    assert people[0].contact == "wx:linwei"
    assert people[3].name == "Wang Fang"
    assert len(people) == 6
    with workspace.session() as session:
        assert team.raci_warnings(session) == []
    assert page.stack.currentIndex() == 1
    assert page.warning_texts() == []
    assert page.raci_model.columnCount() == 6


def test_wizard_needs_at_least_one_role(qtbot, workspace, page_for):
    page = page_for(workspace)
    page.start_guided()
    wizard = page.wizard
    wizard.next()
    for box in wizard.roles_page.checks.values():
        box.setChecked(False)
    wizard.next()
    assert wizard.currentId() == Page.ROLES
    assert wizard.roles_page.problem.text() == "Choose at least one role."
    wizard.reject()
    assert _members(workspace) == []


def test_add_member_through_the_dialog(qtbot, workspace, page_for):
    page = page_for(workspace)
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    dialog = page.member_dialog
    assert dialog.role_combo.currentData() == "product_manager"  # first missing core role
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()  # no name yet
    assert dialog.isVisible() and dialog.problem.text() == "A member needs a name."
    assert _members(workspace) == []

    qtbot.keyClicks(dialog.name_edit, "Zhao Min")
    dialog.role_combo.setCurrentIndex(dialog.role_combo.findData("operations"))
    qtbot.keyClicks(dialog.contact_edit, "138 0000 0000")
    with qtbot.waitSignal(page.sig_data_changed):
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    (member,) = _members(workspace)
    assert (member.name, member.role, member.contact, member.capacity_hours) == (
        "Zhao Min",
        "operations",
        "138 0000 0000",
        40,
    )
    assert page.stack.currentIndex() == 1
    assert page.raci_model.columnCount() == 1
    # one member, no A anywhere: every row warns
    assert len(page.warning_texts()) == 14
    assert "Team: nobody is Accountable (A)." in page.warning_texts()


def test_edit_members_in_the_table(qtbot, demo, page_for):
    page = page_for(demo)
    view = page.members_view
    first = page.proxy.index(0, Column.NAME)
    editor = _editor(view, first, QLineEdit)
    editor.selectAll()
    qtbot.keyClicks(editor, "Lin Wei (boss)")
    with qtbot.waitSignal(page.sig_data_changed):
        qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert _members(demo)[0].name == "Lin Wei (boss)"
    assert page.raci_model.headerData(0, Qt.Orientation.Horizontal).startswith("Lin Wei (boss)")

    role_index = page.proxy.index(3, Column.ROLE)
    held = team.roles_of(_members(demo)[3])
    roles = _editor(view, role_index, RolesList)
    ticked = {roles.item(r).data(Qt.ItemDataRole.UserRole): roles.item(r) for r in range(7)}
    assert [k for k, item in ticked.items() if item.checkState() == Qt.CheckState.Checked] == held
    for item in ticked.values():  # a click anywhere on the row toggles it
        if item.checkState() == Qt.CheckState.Checked:
            roles.itemClicked.emit(item)
    roles.itemClicked.emit(ticked["compliance"])
    with qtbot.waitSignal(page.sig_data_changed):
        qtbot.keyClick(roles, Qt.Key.Key_Return)
    assert team.roles_of(_members(demo)[3]) == ["compliance"]
    assert role_index.data() == "Legal / compliance"
    # The same person takes on finance too: the main role stays first.
    roles = _editor(view, role_index, RolesList)
    roles.setCurrentRow(3)  # finance, ticked with Space
    qtbot.keyClick(roles, Qt.Key.Key_Space)
    with qtbot.waitSignal(page.sig_data_changed):
        qtbot.keyClick(roles, Qt.Key.Key_Return)
    assert team.roles_of(_members(demo)[3]) == ["compliance", "finance"]
    assert role_index.data() == "Legal / compliance, Finance"

    # Invalid input is refused with a message and nothing is written.
    editor = _editor(view, page.proxy.index(1, Column.NAME), QLineEdit)
    editor.clear()
    with qtbot.waitSignal(page.members_model.sig_edit_refused):
        qtbot.keyClick(editor, Qt.Key.Key_Return)  # the delegate commits on the next loop
    assert _members(demo)[1].name == "Zhao Min 赵敏"
    assert page.message.text() == "A member needs a name."
    assert page.message.isVisible()
    assert not page.proxy.setData(page.proxy.index(1, Column.CAPACITY), 500)
    assert _members(demo)[1].capacity_hours == 40
    assert "168" in page.message.text()


def test_filter_and_sort_members(qtbot, demo, page_for):
    page = page_for(demo)
    qtbot.keyClicks(page.filter_edit, "finance")
    assert page.proxy.rowCount() == 1
    assert page.proxy.index(0, Column.NAME).data() == "Wang Fang 王芳"
    page.filter_edit.clear()
    page.members_view.sortByColumn(Column.CAPACITY, Qt.SortOrder.AscendingOrder)
    assert page.proxy.index(0, Column.CAPACITY).data() == "20"


def test_raci_cell_edit_makes_the_warning_disappear(qtbot, demo, page_for):
    page = page_for(demo)
    assert page.warning_texts() == []
    view = page.raci_view
    erp = team.subjects().index("step:erp")
    ops, finance = _members(demo)[1], _members(demo)[3]
    assert _cells(demo)[(ops.id, "step:erp")] == "A"

    # Quick keyboard entry: select the A cell and press Delete.
    view.setFocus()
    view.setCurrentIndex(page.raci_model.index(erp, 1))
    with qtbot.waitSignal(page.sig_data_changed):
        qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert (ops.id, "step:erp") not in _cells(demo)
    assert page.warning_texts() == ["ERP link: nobody is Accountable (A)."]

    # Choose A for finance through the cell's combo box, as a double-click would.
    combo = _editor(view, page.raci_model.index(erp, 3), QComboBox)
    combo.setCurrentIndex(combo.findData("A"))
    with qtbot.waitSignal(page.sig_data_changed):
        combo.activated.emit(combo.currentIndex())
    assert _cells(demo)[(finance.id, "step:erp")] == "A"
    assert page.warning_texts() == []
    assert [w.objectName() for w in page.warnings_panel.labels()] == ["ok"]
    assert page.checklist.texts()[-1] == "✓ One Accountable for every step and duty"

    # Typing "a" on a second member's cell gives two A's: warned again.
    view.setCurrentIndex(page.raci_model.index(erp, 0))
    qtbot.keyClick(view, Qt.Key.Key_A)
    assert page.warning_texts() == ["ERP link: 2 people are Accountable (A); keep exactly one."]
    qtbot.keyClick(view, Qt.Key.Key_C)
    assert _cells(demo)[(_members(demo)[0].id, "step:erp")] == "C"
    assert page.warning_texts() == []
    # Letters that mean nothing are ignored (no write, no warning change).
    assert not page.raci_model.setData(page.raci_model.index(erp, 0), "X")
    assert _cells(demo)[(_members(demo)[0].id, "step:erp")] == "C"


def test_remove_member_asks_and_removes_their_letters(qtbot, demo, page_for, monkeypatch):
    page = page_for(demo)
    lin = _members(demo)[0]
    page.members_view.selectRow(0)
    assert page.remove_button.isEnabled()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    qtbot.mouseClick(page.remove_button, Qt.MouseButton.LeftButton)
    assert len(_members(demo)) == 7

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(page.sig_data_changed):
        qtbot.mouseClick(page.remove_button, Qt.MouseButton.LeftButton)
    assert lin.id not in {m.id for m in _members(demo)}
    assert all(member_id != lin.id for member_id, _ in _cells(demo))
    assert page.raci_model.columnCount() == 6
    assert "Team: nobody is Accountable (A)." in page.warning_texts()
    assert any(
        "Missing core roles: Product manager" in w.text()
        for w in page.findChildren(type(page.title))
        if w.objectName() == "warning"
    )


def test_export_to_excel(qtbot, demo, page_for, monkeypatch, tmp_path):
    from PySide6.QtWidgets import QFileDialog

    page = page_for(demo)
    target = tmp_path / "out" / "team"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    written = tmp_path / "out" / "team.xlsx"
    qtbot.waitUntil(
        lambda: "team.xlsx" in page.message.text() and "open the file" in page.message.text(),
        timeout=10000,
    )
    book = load_workbook(written)
    assert book.sheetnames == ["Team", "RACI"]
    assert book["Team"].cell(2, 1).value == "Lin Wei 林伟"
    assert book["RACI"].max_row == 15


class _Shouting(QTranslator):
    """Stands in for the compiled Chinese translation: every text comes back marked."""

    def translate(self, context, source, disambiguation=None, n=-1):  # noqa: ARG002
        return f"《{source}》"

    def isEmpty(self):  # noqa: N802 - Qt override
        return False


def test_language_switch_changes_visible_texts(qtbot, demo, page_for):
    page = page_for(demo)
    with demo.transaction() as session:
        team.set_raci(session, _members(demo)[1].id, "step:erp", "")
    page.refresh()
    qtbot.waitUntil(lambda: not page.reading)
    translator = _Shouting()
    QCoreApplication.installTranslator(translator)
    try:
        qtbot.waitUntil(lambda: page.title.text().startswith("《"))
        assert page.add_button.text() == "《Add member…》"
        assert page.members_model.headerData(0, Qt.Orientation.Horizontal) == "《Name》"
        assert page.proxy.index(0, Column.ROLE).data() == "《Product manager》"
        assert page.raci_model.headerData(0, Qt.Orientation.Vertical) == "《Team》"
        (warning,) = page.warning_texts()
        assert warning.startswith("《") and "《ERP link》" in warning
    finally:
        QCoreApplication.removeTranslator(translator)
    qtbot.waitUntil(lambda: page.title.text() == "Step 1: Team")
