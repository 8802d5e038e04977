"""Issue 13's follow-ups driven from the real pages and dialogs (pytest-qt, both engines): a
third person's change while the conflict dialog is open is asked about, not overwritten."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from tests.step4_review_file import someone_writes_while_it_is_read, step4_page_and_review_file
from ui.dialogs.conflict_dialog import ConflictDialog

BOTH_ENGINES = True


@pytest.fixture
def carl(demo, ben):
    from core.workspace import open_workspace

    other = open_workspace(demo.location if demo.is_server else demo.path)
    other.user = "carl"
    yield other
    other.close()


class Answers:
    """Answers the next conflict dialogs in turn: each answer is (button, action) — the
    action (e.g. a third person's write) runs while that dialog is open, before the click.
    What each dialog said is kept in ``texts``."""

    def __init__(self, *answers) -> None:
        self.answers, self.texts = list(answers), []
        QTimer.singleShot(0, self._answer)

    def _answer(self) -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, ConflictDialog) or dialog in getattr(self, "_done", ()):
            QTimer.singleShot(20, self._answer)
            return
        self._done = (*getattr(self, "_done", ()), dialog)
        button, action = self.answers.pop(0)
        self.texts.append(dialog.text.text())
        if action is not None:
            action()
        if button is not None:  # None: the action closed the dialog
            getattr(dialog, button).click()
        if self.answers:
            QTimer.singleShot(20, self._answer)


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


def _ben_changed_a_cell(qtbot, demo, ben, carl):
    """Anna's and Ben's matrix pages on one cell Ben has just given a role; the three roles
    (Ben's, Carl's, Anna's) and Carl's write of his, for Anna's dialog to run meanwhile."""
    from core.matrix import cells

    anna_page, ben_page = _matrix_page(qtbot, demo), _matrix_page(qtbot, ben)
    key, shown = next(iter(anna_page.model.data_.cells.items()))
    bens, carls, annas = [
        r for r in ("hero", "traffic", "profit", "image") if r != shown.product_role
    ][:3]
    ben_page.change("Ben's role", {key: replace(shown, product_role=bens)})

    def carl_writes() -> None:
        with carl.transaction() as session:
            cells.set_cell(
                session, *key, replace(shown, product_role=carls),
                seen=replace(shown, product_role=bens),
            )  # fmt: skip

    return anna_page, key, shown, carls, annas, carl_writes


def test_a_matrix_cell_kept_over_ben_asks_again_about_carls_change(
    qtbot, qt_settings, demo, ben, carl
):
    anna_page, key, shown, carls, annas, carl_writes = _ben_changed_a_cell(qtbot, demo, ben, carl)
    answers = Answers(("keep", carl_writes), ("keep", None))
    anna_page.change("Anna's role", {key: replace(shown, product_role=annas)})
    assert len(answers.texts) == 2
    assert answers.texts[0].startswith("ben changed Product role")
    assert answers.texts[1].startswith("carl changed Product role")  # asked, not overwritten
    assert _saved_cell(ben, key).product_role == annas
    assert anna_page.model.data_.cells[key] == _saved_cell(ben, key)


def test_a_matrix_cell_take_theirs_after_carls_change_keeps_carls(
    qtbot, qt_settings, demo, ben, carl
):
    anna_page, key, shown, carls, annas, carl_writes = _ben_changed_a_cell(qtbot, demo, ben, carl)
    answers = Answers(("keep", carl_writes), ("take", None))
    anna_page.change("Anna's role", {key: replace(shown, product_role=annas)})
    assert len(answers.texts) == 2
    assert _saved_cell(ben, key).product_role == carls
    assert anna_page.model.data_.cells[key].product_role == carls


# --- (1) imports after someone's edit: the wizard and the review file ------------------------


def _candidates(workspace) -> dict:
    from sqlmodel import select

    from core.selection.models import Candidate

    with workspace.session() as session:
        return {c.name: c for c in session.exec(select(Candidate).order_by(Candidate.id))}


def _set_price(workspace, name, price) -> None:
    from core.selection import pool

    found = _candidates(workspace)[name]
    with workspace.transaction() as session:
        pool.update_candidate(session, found.id, "price", price, seen=found.price)


def _wizard_at_preview(qtbot, workspace, path):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QWizard

    from ui.dialogs.import_wizard import ImportWizard, Page

    wizard = ImportWizard(workspace, path=str(path), entity="candidates")
    qtbot.addWidget(wizard)
    wizard.resize(1200, 800)
    wizard.show()
    qtbot.waitUntil(lambda: wizard.currentPage().isComplete(), timeout=10_000)
    for page in (Page.SHEET, Page.MAPPING, Page.PREVIEW):
        next_button = wizard.button(QWizard.WizardButton.NextButton)
        qtbot.mouseClick(next_button, Qt.MouseButton.LeftButton)
        assert wizard.currentId() == page
        qtbot.waitUntil(lambda: wizard.currentPage().isComplete(), timeout=10_000)
    return wizard


def _finish(qtbot, wizard) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QWizard

    finish = wizard.button(QWizard.WizardButton.FinishButton)
    qtbot.mouseClick(finish, Qt.MouseButton.LeftButton)


@pytest.mark.parametrize("button", ["keep", "take"])
def test_the_wizard_asks_about_a_price_ben_typed_after_the_preview(
    qtbot, qt_settings, demo, ben, tmp_path, button
):
    names = list(_candidates(demo))[:2]
    path = tmp_path / "js_export.csv"
    path.write_text(
        f'Product Name,Price,Reviews\n"{names[0]}",$77.77,1234\n"Brand New Lid",$5.00,10\n',
        encoding="utf-8",
    )
    wizard = _wizard_at_preview(qtbot, demo, path)
    _set_price(ben, names[0], "55.55")  # after Anna's preview, before her Finish
    seen = {}

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        dialog.compare.click()
        seen["buttons"] = (dialog.keep.text(), dialog.take.text())
        seen["header"] = [
            dialog.table.horizontalHeaderItem(c).text() for c in range(dialog.table.columnCount())
        ]
        seen["row"] = [dialog.table.item(0, c).text() for c in range(dialog.table.columnCount())]
        seen["for_all"] = dialog.for_all.isVisible()

    answers = Answers((button, look))
    _finish(qtbot, wizard)
    qtbot.waitUntil(lambda: wizard.batch is not None or not answers.answers, timeout=20_000)
    qtbot.waitUntil(lambda: wizard.batch is not None, timeout=20_000)
    assert answers.texts[0].startswith(f"ben changed Price of the candidate {names[0]} at ")
    assert "after the preview of js_export.csv" in answers.texts[0]
    assert seen["buttons"] == ("Keep the file's value", "Keep theirs")
    assert seen["header"][1:] == ["At the preview", "Saved now (ben)", "In the file"]
    assert seen["row"][2:] == ["55.55", "77.77"]
    assert not seen["for_all"]  # one record: nothing to do the same for
    saved = _candidates(ben)
    assert saved[names[0]].price == ("77.77" if button == "keep" else "55.55")
    assert saved[names[0]].reviews == 1234  # Ben did not change it: the file's value
    assert saved["Brand New Lid"].price == "5.00"


def test_the_wizard_asks_once_for_all_records_when_told(qtbot, qt_settings, demo, ben, tmp_path):
    names = list(_candidates(demo))[:3]
    path = tmp_path / "js_export.csv"
    lines = ["Product Name,Price"] + [f'"{n}",$7{i}.00' for i, n in enumerate(names)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    wizard = _wizard_at_preview(qtbot, demo, path)
    for i, name in enumerate(names):
        _set_price(ben, name, f"3{i}.00")

    def tick() -> None:
        dialog = QApplication.activeModalWidget()
        assert dialog.for_all.isVisible()
        assert dialog.for_all.text() == "Do the same for the rest (2)"
        dialog.for_all.setChecked(True)

    answers = Answers(("take", tick))
    _finish(qtbot, wizard)
    qtbot.waitUntil(lambda: wizard.batch is not None, timeout=20_000)
    assert len(answers.texts) == 1  # asked once
    saved = _candidates(ben)
    assert [saved[n].price for n in names] == [f"3{i}.00" for i in range(len(names))]


def test_closing_the_dialog_cancels_the_import(qtbot, qt_settings, demo, ben, tmp_path):
    name = next(iter(_candidates(demo)))
    path = tmp_path / "js_export.csv"
    path.write_text(f'Product Name,Price\n"{name}",$77.77\n"Brand New Lid",$5.00\n', "utf-8")
    wizard = _wizard_at_preview(qtbot, demo, path)
    _set_price(ben, name, "55.55")

    def close() -> None:
        QApplication.activeModalWidget().reject()

    answers = Answers((None, close))
    _finish(qtbot, wizard)
    qtbot.waitUntil(lambda: "Cancelled" in wizard.preview_page.status.text(), timeout=20_000)
    assert wizard.batch is None and len(answers.texts) == 1
    assert _candidates(ben)[name].price == "55.55"
    assert "Brand New Lid" not in _candidates(ben)


def test_a_review_file_over_a_count_ben_changed_asks_on_the_step_4_page(
    qtbot, qt_settings, demo, ben, tmp_path, monkeypatch
):
    from core.selection import pool

    page, candidate, path = step4_page_and_review_file(qtbot, demo, tmp_path)

    def ben_adds() -> None:  # the same complaint, meanwhile
        with ben.transaction() as session:
            pool.add_pain_point(session, candidate.id, "Broke / stopped working", "Ben", 7)

    someone_writes_while_it_is_read(monkeypatch, ben_adds)
    answers = Answers(("keep", None))
    page.details.pain_points_from_reviews(str(path))
    qtbot.waitUntil(lambda: len(answers.texts) == 1, timeout=20_000)
    assert answers.texts[0].startswith("ben changed Mentions of the pain point")
    assert "after the preview of competitor.csv" in answers.texts[0]
    with ben.session() as session:
        pains = [p for p in pool.pain_points(session, candidate.id) if p.tag.startswith("Broke")]
    assert [(p.mentions, p.note) for p in pains] == [(2, "Ben")]  # one row, the file's count


def test_a_review_file_over_a_pain_point_ben_removed_names_him_on_the_step_4_page(
    qtbot, qt_settings, demo, ben, tmp_path, monkeypatch
):
    """The review file added back a pain point Ben had removed, without asking or naming him."""
    from core.selection import pool

    page, candidate, path = step4_page_and_review_file(qtbot, demo, tmp_path)
    with demo.transaction() as session:
        pain_id = pool.add_pain_point(session, candidate.id, "Broke / stopped working", "", 3).id
    page.details._load_pain_points()  # Anna's list shows it

    def ben_removes() -> None:
        with ben.transaction() as session:
            pool.remove_pain_point(session, pain_id)

    someone_writes_while_it_is_read(monkeypatch, ben_removes)
    seen = {}

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        dialog.compare.click()
        seen["row"] = [dialog.table.item(0, c).text() for c in range(dialog.table.columnCount())]
        seen["header"] = dialog.table.horizontalHeaderItem(2).text()

    answers = Answers(("take", look))
    page.details.pain_points_from_reviews(str(path))
    qtbot.waitUntil(lambda: len(answers.texts) == 1, timeout=20_000)
    assert answers.texts[0].startswith("ben changed Mentions of the pain point") and (
        " at 20" in answers.texts[0]
    )
    assert seen["header"] == "Saved now (ben)" and seen["row"][2] == "(removed)"
    with ben.session() as session:
        tags = [p.tag for p in pool.pain_points(session, candidate.id)]
    assert not any(t.startswith("Broke") for t in tags)  # kept Ben's removal


# --- (2) a record the other person cleared: the dialog names them ----------------------------


def test_a_listing_ben_took_off_is_named_in_annas_dialog(qtbot, qt_settings, demo, ben):
    anna_page, ben_page = _matrix_page(qtbot, demo), _matrix_page(qtbot, ben)
    key, shown = next((k, s) for k, s in anna_page.model.data_.cells.items() if s.product_role)
    ben_page.change("Ben takes it off", {key: None})
    answers = Answers(("take", None))
    other = next(r for r in ("hero", "traffic", "profit") if r != shown.product_role)
    anna_page.change("Anna's role", {key: replace(shown, product_role=other)})
    assert answers.texts[0].startswith("ben changed ") and " at 20" in answers.texts[0]
    assert _saved_cell(ben, key) is None  # took theirs: still off
