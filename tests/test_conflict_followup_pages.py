"""Issue 13's follow-ups driven from the real pages and dialogs (pytest-qt, both engines): a
third person's change while the conflict dialog is open is asked about, not overwritten."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

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
    from core.matrix import grid

    with workspace.session() as session:
        return grid.cell_state(session, *key)


def test_a_matrix_cell_kept_over_ben_asks_again_about_carls_change(
    qtbot, qt_settings, demo, ben, carl
):
    from core.matrix import grid

    anna_page, ben_page = _matrix_page(qtbot, demo), _matrix_page(qtbot, ben)
    key, shown = next(iter(anna_page.model.data_.cells.items()))
    bens, carls, annas = [
        r for r in ("hero", "traffic", "profit", "image") if r != shown.product_role
    ][:3]
    ben_page.change("Ben's role", {key: replace(shown, product_role=bens)})

    def carl_writes() -> None:
        with carl.transaction() as session:
            grid.set_cell(
                session, *key, replace(shown, product_role=carls),
                seen=replace(shown, product_role=bens),
            )  # fmt: skip

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
    from core.matrix import grid

    anna_page, ben_page = _matrix_page(qtbot, demo), _matrix_page(qtbot, ben)
    key, shown = next(iter(anna_page.model.data_.cells.items()))
    bens, carls, annas = [
        r for r in ("hero", "traffic", "profit", "image") if r != shown.product_role
    ][:3]
    ben_page.change("Ben's role", {key: replace(shown, product_role=bens)})

    def carl_writes() -> None:
        with carl.transaction() as session:
            grid.set_cell(
                session, *key, replace(shown, product_role=carls),
                seen=replace(shown, product_role=bens),
            )  # fmt: skip

    answers = Answers(("keep", carl_writes), ("take", None))
    anna_page.change("Anna's role", {key: replace(shown, product_role=annas)})
    assert len(answers.texts) == 2
    assert _saved_cell(ben, key).product_role == carls
    assert anna_page.model.data_.cells[key].product_role == carls
