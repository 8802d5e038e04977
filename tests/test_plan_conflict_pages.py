"""The conflict choice on the plans of steps 3–5, driven from two windows' real pages and
dialogs (two workspace objects on one workspace): Ben saves first, Anna's edit of the same
record opens the one conflict dialog naming Ben, and keep mine / take theirs do what they say
for the scoring thresholds and weights, the fit rules, a hand score, a decision, a pain point,
a platform role and the platform order."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from core.goals import plan
from core.matrix import rules
from core.selection import conflicts, pool, scorecard
from ui.dialogs.conflict_dialog import ConflictDialog

BOTH_ENGINES = True


class Answer:
    """Answers the next conflict dialog with ``button`` (keep / take), after opening the
    comparison; what the dialog said is kept for the test."""

    def __init__(self, button: str) -> None:
        self.button, self.seen = button, {}
        QTimer.singleShot(0, self._answer)

    def _answer(self) -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, ConflictDialog):
            QTimer.singleShot(20, self._answer)
            return
        self.seen["text"] = dialog.text.text()
        dialog.compare.click()
        self.seen["rows"] = [
            [dialog.table.item(r, c).text() for c in range(dialog.table.columnCount())]
            for r in range(dialog.table.rowCount())
        ]
        getattr(dialog, self.button).click()


def _read(workspace, read):
    with workspace.session() as session:
        return read(session)


# --- step 4: thresholds, weights, hand scores, decisions, pain points -----------------------


@pytest.mark.parametrize("button", ["keep", "take"])
def test_thresholds_saved_in_two_windows(qtbot, qt_settings, demo, ben, button):
    from ui.pages.selection.thresholds_dialog import ScoreThresholdsDialog

    anna, bens = ScoreThresholdsDialog(demo), ScoreThresholdsDialog(ben)  # both open
    qtbot.addWidget(anna)
    qtbot.addWidget(bens)
    bens.spins["demand"][0].setValue(150)
    bens.spins["supply"][0].setValue(90)
    bens.accept()
    anna.spins["demand"][0].setValue(200)
    answer = Answer(button)
    anna.accept()
    qtbot.waitUntil(lambda: "rows" in answer.seen)
    assert answer.seen["text"].startswith("ben changed Demand of the scoring thresholds at ")
    assert answer.seen["rows"][0] == ["Demand", "100 / 300 / 1000 / 3000",
                                      "150 / 300 / 1000 / 3000", "200 / 300 / 1000 / 3000"]  # fmt: skip
    saved = _read(ben, scorecard.thresholds)
    assert saved["demand"][0] == (200 if button == "keep" else 150)
    assert saved["supply"][0] == 90  # only Ben changed it: kept either way
    assert anna.result() == anna.DialogCode.Accepted


def test_weights_typed_in_two_windows(qtbot, qt_settings, demo, ben):
    from ui.models.scorecard_model import Column, ScorecardModel

    anna, bens = ScorecardModel(), ScorecardModel()
    anna.set_card(demo, None)
    bens.set_card(ben, None)
    assert bens.setData(bens.index(0, Column.WEIGHT), 33)
    answer = Answer("keep")
    assert anna.setData(anna.index(0, Column.WEIGHT), 44)
    assert "ben changed Demand of the scoring weights" in answer.seen["text"]
    assert _read(ben, scorecard.weights)["demand"] == 44 == anna.weights["demand"]


def _selection_page(qtbot, workspace):
    from ui.pages.selection.page import SelectionPage

    page = SelectionPage()
    qtbot.addWidget(page)
    page.resize(1180, 760)
    page.set_workspace(workspace)
    page.show()
    qtbot.waitExposed(page)
    # Its tabs are built on the next turns and show what was read then, as a seller sees them.
    qtbot.waitUntil(lambda: len(page.tabs.panels) == page.tabs.count())
    return page


@pytest.mark.parametrize("button", ["keep", "take"])
def test_a_hand_score_given_in_two_windows(qtbot, qt_settings, demo, ben, button):
    anna_page, ben_page = _selection_page(qtbot, demo), _selection_page(qtbot, ben)
    cid = anna_page.current_id
    assert ben_page.current_id == cid
    assert ben_page.scorecard.write_hand_score("demand", 2, "Ben: crowded")
    answer = Answer(button)
    assert anna_page.scorecard.write_hand_score("demand", 5, "Anna: trending")
    assert "ben changed" in answer.seen["text"] and "hand score of Demand" in answer.seen["text"]
    assert [row[0] for row in answer.seen["rows"]] == ["Score", "Reason"]
    row = _read(ben, lambda s: conflicts.hand_score_row(s, cid, "demand"))
    assert (row.score, row.reason) == (
        (5, "Anna: trending") if button == "keep" else (2, "Ben: crowded")
    )
    # Anna's card shows what is saved now
    assert anna_page.scorecard.card.scores["demand"].score == row.score


@pytest.mark.parametrize("button", ["keep", "take"])
def test_a_decision_made_in_two_windows(qtbot, qt_settings, demo, ben, button):
    from ui.pages.selection.decision_dialog import DecisionDialog

    anna_page, ben_page = _selection_page(qtbot, demo), _selection_page(qtbot, ben)
    row = next(r for r in anna_page.model.rows if r.decision is None)
    anna_page.select_candidate(row.candidate.id)
    ben_page.select_candidate(row.candidate.id)
    ben_page.open_decision("reject")
    ben_page.dialog.reason_edit.setPlainText("Ben: too many sellers")
    ben_page.dialog.accept()
    anna_page.open_decision("park")  # her page still shows no decision
    anna_page.dialog.reason_edit.setPlainText("Anna: after Q3")
    answer = Answer(button)
    anna_page.dialog.accept()
    assert isinstance(anna_page.dialog, DecisionDialog)
    assert answer.seen["text"].startswith("ben changed Decision of the candidate ")
    rows = answer.seen["rows"]
    assert len(rows) == 1 and rows[0][1] == "no decision"
    assert rows[0][2].startswith("Reject by ") and rows[0][2].endswith(": Ben: too many sellers")
    assert rows[0][3].startswith("Park by ") and rows[0][3].endswith(": Anna: after Q3")
    saved = _read(ben, lambda s: pool.current_decisions(s)[row.candidate.id])
    assert saved.decision == ("park" if button == "keep" else "reject")
    assert ("Park" if button == "keep" else "Reject") in anna_page.decision_label.text()


def test_a_pain_point_removed_after_another_changed_it(qtbot, qt_settings, demo, ben):
    anna_page = _selection_page(qtbot, demo)
    cid = anna_page.current_id
    with demo.transaction() as session:
        pain_id = pool.add_pain_point(session, cid, "Strap breaks", "", 2).id
    anna_page.details._load_pain_points()
    with ben.transaction() as session:  # Ben's review file counts it again
        pool.add_pain_point(session, cid, "x", "", 1)  # another change, not a clash
        row = session.get(pool.CandidatePainPoint, pain_id)
        row.mentions = 9
        session.add(row)
    details = anna_page.details
    item = next(
        details.pain_list.item(i)
        for i in range(details.pain_list.count())
        if details.pain_list.item(i).text().startswith("Strap breaks")
    )
    details.pain_list.setCurrentItem(item)
    answer = Answer("take")
    details.remove_pain_point()
    assert answer.seen["rows"][0] == ["Mentions", "2", "9", "(removed)"]
    assert _read(ben, lambda s: s.get(pool.CandidatePainPoint, pain_id)).mentions == 9
    texts = [details.pain_list.item(i).text() for i in range(details.pain_list.count())]
    assert "Strap breaks  ×9" in texts  # her list shows Ben's count now


def test_a_pain_point_added_in_two_windows(qtbot, qt_settings, demo, ben):
    anna_page, ben_page = _selection_page(qtbot, demo), _selection_page(qtbot, ben)
    cid = anna_page.current_id
    for page, mentions in ((ben_page, 7), (anna_page, 3)):
        page.details.pain_tag.setText("Lid leaks")
        page.details.pain_mentions.setValue(mentions)
        if page is anna_page:
            answer = Answer("keep")
        page.details.add_pain_point()
    assert "ben changed Mentions of the pain point" in answer.seen["text"]
    rows = _read(ben, lambda s: [p for p in pool.pain_points(s, cid) if p.tag == "Lid leaks"])
    assert [p.mentions for p in rows] == [3]  # one pain point, Anna's count


# --- step 5: fit rules -------------------------------------------------------------------------


@pytest.mark.parametrize("button", ["keep", "take"])
def test_a_fit_rule_changed_in_two_windows(qtbot, qt_settings, demo, ben, button):
    from ui.pages.matrix.rules_dialog import RulesDialog

    anna, bens = RulesDialog(demo), RulesDialog(ben)
    qtbot.addWidget(anna)
    qtbot.addWidget(bens)
    path = ("platforms", "amazon", "fee_percent")
    row = next(i for i, r in enumerate(anna.model.rows) if r.path == path)
    name = anna.model.rows[row].name
    assert bens.model.setData(bens.model.index(row, 1), "17")
    answer = Answer(button)
    assert anna.model.setData(anna.model.index(row, 1), "12")
    assert answer.seen["text"].startswith(f"ben changed {name} of the fit rules at ")
    assert answer.seen["rows"][0][0] == name
    wanted = 12 if button == "keep" else 17
    assert _read(ben, rules.fit_rules)["platforms"]["amazon"]["fee_percent"] == wanted
    assert anna.model.index(row, 1).data() == str(wanted)  # her editor shows what is saved


# --- step 3: platform roles and order ------------------------------------------------------------


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


@pytest.mark.parametrize("button", ["keep", "take"])
def test_a_platform_role_set_in_two_windows_then_undo(qtbot, qt_settings, demo, ben, button):
    anna_page, ben_page = _goals_page(qtbot, demo), _goals_page(qtbot, ben)
    anna, bens = anna_page.roles_model, ben_page.roles_model
    index = anna.index(0, 0)
    key, shown = anna._key(index), anna.roles.get(anna._key(index))
    theirs, mine = [r for r in ("main", "test", "clearance") if r != shown][:2]
    assert bens.setData(bens.index(0, 0), theirs)
    answer = Answer(button)
    anna.setData(index, mine)
    qtbot.waitUntil(lambda: "rows" in answer.seen)
    assert answer.seen["text"].startswith("ben changed Platform role of ")
    saved = _read(ben, plan.platform_roles)[key]
    assert saved == (mine if button == "keep" else theirs)
    assert anna.roles[key] == saved  # her table shows what is saved
    if button == "keep":
        anna_page.undo_stack.undo()  # one step: Ben's role back, not her old one
        assert _read(ben, plan.platform_roles)[key] == theirs


@pytest.mark.parametrize("button", ["keep", "take"])
def test_the_platform_order_moved_in_two_windows(qtbot, qt_settings, demo, ben, button):
    anna_page, ben_page = _goals_page(qtbot, demo), _goals_page(qtbot, ben)
    seen = [pid for pid, _ in anna_page.roles_model.platforms]
    assert len(seen) >= 3
    assert ben_page.roles_model.move(0, 1)  # Ben swaps the first two
    answer = Answer(button)
    anna_page.roles_model.move(1, 1)  # Anna swaps the second and third
    qtbot.waitUntil(lambda: "rows" in answer.seen)
    assert "ben changed Platform order of the plan of step 3" in answer.seen["text"]
    saved = [p.id for p in _read(ben, plan.platform_priority)]
    bens_order = [seen[1], seen[0], *seen[2:]]
    annas_order = [seen[0], seen[2], seen[1], *seen[3:]]
    assert saved == (annas_order if button == "keep" else bens_order)
    assert [pid for pid, _ in anna_page.roles_model.platforms] == saved
