"""Signing off compliance from step 5, driven like a user: from the warnings panel (the
"Sign off compliance…" dialog) and from a cell's editor; the warning clears, Ctrl+Z brings it
back. What is signed off is read from the Setting row directly, not through the app."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import QPoint, Qt

from core.models import Market, Product, Setting, Sku
from ui.pages.matrix.page import MatrixPage

BOTH_ENGINES = True

COMPLIANCE = "compliance_unresolved"


@pytest.fixture
def page(qtbot, qt_settings, demo):
    widget = MatrixPage()
    qtbot.addWidget(
        widget,
        before_close_func=lambda w: qtbot.waitUntil(
            lambda: not w.loading and not w.busy_with_insights, timeout=60000
        ),
    )
    widget.resize(1366, 768)
    widget.show()
    widget.set_workspace(demo)
    qtbot.waitUntil(lambda: not widget.loading and not widget.busy_with_insights, timeout=60000)
    return widget


def stored_sign_offs(workspace) -> dict:
    with workspace.session() as session:
        row = session.get(Setting, "matrix_compliance_done")
        return json.loads(row.value) if row else {}


def pairs_behind(workspace, cells) -> set[tuple[str, str]]:
    """(product id, market code) of the warning's cells, read from the catalog."""
    with workspace.session() as session:
        found = set()
        for sku_id, _platform_id, market_id in cells:
            sku = session.get(Sku, sku_id)
            found.add((str(sku.product_id), session.get(Market, market_id).code))
            assert session.get(Product, sku.product_id) is not None
        return found


def compliance_warnings(page: MatrixPage) -> list:
    return [w for w in page.side.warnings.model.warnings if w.kind == COMPLIANCE]


def score_read_again(workspace, key) -> int:
    """The cell's fit score from a matrix read afresh from the workspace."""
    from core.matrix.grid import load_matrix

    with workspace.session() as session:
        matrix = load_matrix(session)
    return matrix.fit(matrix.cell(*key)).score


def settle(qtbot, page: MatrixPage) -> None:
    qtbot.waitUntil(lambda: page.busy_with_insights, timeout=5000)
    qtbot.waitUntil(lambda: not page.busy_with_insights, timeout=60000)


def test_sign_off_from_the_warning_clears_it_and_undo_brings_it_back(qtbot, page):
    warnings = compliance_warnings(page)
    assert warnings, "the demo has products listed before their paperwork"
    warning = warnings[0]
    pairs = pairs_behind(page.workspace, warning.cells)
    stored = stored_sign_offs(page.workspace)
    assert not all(stored.get(p, {}).get(m) for p, m in pairs)
    panel = page.side.warnings
    row = panel.model.warnings.index(warning)
    panel.view.setCurrentIndex(panel.model.index(row))
    assert panel.sign_off_button.isVisible() and panel.sign_off_button.isEnabled()
    qtbot.mouseClick(panel.sign_off_button, Qt.MouseButton.LeftButton)
    dialog = page.sign_off_dialog
    assert dialog is not None and len(dialog.boxes) == len(pairs)
    for box in dialog.boxes:
        box.setChecked(True)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    stored = stored_sign_offs(page.workspace)
    assert all(stored.get(p, {}).get(m) for p, m in pairs)
    settle(qtbot, page)
    assert not any(set(w.cells) & set(warning.cells) for w in compliance_warnings(page))

    page.act_undo.trigger()
    stored = stored_sign_offs(page.workspace)
    assert not all(stored.get(p, {}).get(m) for p, m in pairs)
    settle(qtbot, page)
    assert any(set(w.cells) == set(warning.cells) for w in compliance_warnings(page))


def test_sign_off_in_the_cell_editor(qtbot, page):
    warning = compliance_warnings(page)[0]
    key = warning.cells[0]
    ((product, market),) = pairs_behind(page.workspace, [key])
    page.show_warning(warning)
    page.edit_cell(page.model.sku_index(key))
    editor = page.editor
    qtbot.waitExposed(editor)
    assert editor.signed_off is not None and not editor.signed_off.isChecked()
    # On the box itself: the checkbox is as wide as the editor, its text is not.
    box_at = QPoint(6, editor.signed_off.height() // 2)
    qtbot.mouseClick(editor.signed_off, Qt.MouseButton.LeftButton, pos=box_at)
    assert editor.signed_off.isChecked()
    before = page.model.data_.fit_score(key)
    assert before == score_read_again(page.workspace, key)
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert stored_sign_offs(page.workspace).get(product, {}).get(market)
    settle(qtbot, page)
    assert not any(key in w.cells for w in compliance_warnings(page))
    # the grid's score follows the sign-off (the compliance penalty is gone)
    after = page.model.data_.fit_score(key)
    assert after == score_read_again(page.workspace, key) and after != before
    assert page.fit_explanation(key).score == after

    page.act_undo.trigger()  # one Ctrl+Z takes the sign-off back
    assert not stored_sign_offs(page.workspace).get(product, {}).get(market)
    settle(qtbot, page)
    assert any(key in w.cells for w in compliance_warnings(page))


def _ts_translation(context: str, source: str) -> str:
    import xml.etree.ElementTree as ET
    from pathlib import Path

    ts = Path(__file__).resolve().parent.parent / "resources/translations/matrixdesk_zh_CN.ts"
    for found in ET.parse(ts).getroot().iter("context"):
        if found.find("name").text == context:
            for message in found.iter("message"):
                if message.find("source").text == source:
                    return message.find("translation").text
    raise KeyError((context, source))


def test_the_page_parts_speak_chinese(qtbot, page):
    """The sign-off, role and cell-editor parts of the page are classes of their own (their own
    translation contexts): what they say is still Chinese when the page runs in Chinese."""
    from ui.i18n import LanguageSwitcher

    switcher = LanguageSwitcher()
    switcher.switch("zh_CN")
    try:
        warning = compliance_warnings(page)[0]
        key = warning.cells[0]
        page.set_role_on([key], "hero")
        wanted = _ts_translation("RoleEditing", "Set role to {role}").split("{role}")[0]
        assert wanted.strip() and page.undo_stack.undoText().startswith(wanted)

        page.sign_off_warning(page._shown_warnings()[[w.cells for w in page._shown_warnings()]
                                                    .index(warning.cells)])  # fmt: skip
        dialog = page.sign_off_dialog
        for box in dialog.boxes:
            box.setChecked(True)
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        wanted = _ts_translation("SigningOff", "Sign off compliance")
        assert page.undo_stack.undoText() == wanted != "Sign off compliance"

        page.edit_cell(page.model.sku_index(key))
        qtbot.waitExposed(page.editor)
        status = page.editor.status
        status.setCurrentIndex((status.currentIndex() + 1) % status.count())
        qtbot.mouseClick(page.editor.save_button, Qt.MouseButton.LeftButton)
        wanted = _ts_translation("CellEditing", "Edit listing")
        assert page.undo_stack.undoText() == wanted != "Edit listing"
    finally:
        switcher.switch("en")
