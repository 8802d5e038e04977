"""The flags panel and the thresholds dialog, driven like a user on real workspaces."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from core.inventory.flags import Thresholds, load_thresholds
from core.inventory.review import review_catalog
from tests.test_inventory_charts import FakeChinese
from tests.test_inventory_core import shop  # noqa: F401 - the tiny hand-computed workspace

AS_OF = date(2026, 11, 1)


def _review(ws, thresholds=None):
    with ws.session() as session:
        return review_catalog(session, as_of=AS_OF, thresholds=thresholds)


@pytest.fixture
def panel(qtbot, shop):  # noqa: F811
    from ui.pages.inventory.flags import FlagsPanel

    widget = FlagsPanel()
    qtbot.addWidget(widget)
    widget.set_workspace(shop)
    widget.set_review(_review(shop))
    widget.resize(1000, 700)
    return widget


def test_cards_list_every_flag_errors_first(panel, shop):  # noqa: F811
    keys = [card.flag.key for card in panel.cards]
    assert keys[0] == "missing_rate"
    assert set(keys) == {
        "missing_rate",
        "over_reliance_sku",
        "over_reliance_platform",
        "slow_mover",
        "aged_stock",
    }
    missing = panel.cards[0]
    assert "Missing exchange rate" in missing.title.text()
    assert "GBP" in missing.message.text()
    assert "EF-3" in missing.skus.text()
    assert missing.show_button.text() == "Show 1 SKUs in the catalog"


def test_clicks_emit_the_skus(panel, qtbot, shop):  # noqa: F811
    card = next(c for c in panel.cards if c.flag.key == "over_reliance_platform")
    with qtbot.waitSignal(panel.sig_flag_selected) as blocker:
        qtbot.mouseClick(card.show_button, Qt.MouseButton.LeftButton)
    ids, label = blocker.args
    assert sorted(ids) == sorted([shop.ids["AB-1"], shop.ids["EF-3"]])
    assert label == "Over-reliance on one platform"
    with qtbot.waitSignal(panel.sig_sku_selected) as blocker:
        card.skus.linkActivated.emit(f"sku:{shop.ids['EF-3']}")
    assert blocker.args == [shop.ids["EF-3"]]


def test_summary_against_thresholds(panel, shop):  # noqa: F811
    texts = _summary_texts(panel)
    assert "85.0%" in texts and "above the limit of 30%" in texts
    assert "87.9%" in texts and "above the limit of 60%" in texts
    assert "Amazon 88% · Shopify 12%" in panel.shares_label.text()
    relaxed = Thresholds(
        top_sku_share=0.9,
        top_platform_share=0.9,
        slow_mover_days_of_cover=200,
        aged_stock_days=300,
    )
    panel.set_review(_review(shop, relaxed))
    assert "above the limit" not in _summary_texts(panel)
    assert [c.flag.key for c in panel.cards] == ["missing_rate"]


def _summary_texts(panel) -> str:
    grid = panel.summary_grid
    return " | ".join(grid.itemAt(i).widget().text() for i in range(grid.count()))


def test_empty_catalog_and_no_sales(qtbot, workspace):
    from ui.pages.inventory.flags import FlagsPanel

    widget = FlagsPanel()
    qtbot.addWidget(widget)
    widget.set_review(_review(workspace))
    assert widget.cards == []
    assert "needs sales" in _summary_texts(widget)
    widget.set_review(None)
    assert widget.cards == []


def test_thresholds_dialog_saves_each_change(qtbot, shop):  # noqa: F811
    from ui.dialogs.thresholds_dialog import ThresholdsDialog

    dialog = ThresholdsDialog(shop)
    qtbot.addWidget(dialog)
    spin = dialog.spins["top_sku_share"]
    assert spin.value() == 30
    spin.selectAll()
    with qtbot.waitSignal(dialog.sig_changed) as blocker:
        qtbot.keyClicks(spin, "45")
        qtbot.keyClick(spin, Qt.Key.Key_Return)
    assert blocker.args[0].top_sku_share == pytest.approx(0.45)
    days = dialog.spins["aged_stock_days"]
    days.selectAll()
    qtbot.keyClicks(days, "90")
    qtbot.keyClick(days, Qt.Key.Key_Return)
    with shop.session() as session:
        saved = load_thresholds(session)
    assert saved.top_sku_share == pytest.approx(0.45) and saved.aged_stock_days == 90
    assert dialog.spins["top_platform_share"].minimum() > 0  # a zero limit cannot even be typed
    qtbot.mouseClick(dialog.defaults_button, Qt.MouseButton.LeftButton)
    with shop.session() as session:
        assert load_thresholds(session) == Thresholds()
    assert spin.value() == 30 and days.value() == 180


def test_thresholds_button_reports_a_change(panel, qtbot, shop, monkeypatch):  # noqa: F811
    from ui.dialogs.thresholds_dialog import ThresholdsDialog

    def change_and_close(dialog):
        dialog.spins["top_platform_share"].setValue(50)
        return 0

    monkeypatch.setattr(ThresholdsDialog, "exec", change_and_close)
    with qtbot.waitSignal(panel.sig_thresholds_changed):
        qtbot.mouseClick(panel.thresholds_button, Qt.MouseButton.LeftButton)
    with shop.session() as session:
        assert load_thresholds(session).top_platform_share == pytest.approx(0.5)

    monkeypatch.setattr(ThresholdsDialog, "exec", lambda dialog: 0)  # closed unchanged
    with qtbot.assertNotEmitted(panel.sig_thresholds_changed):
        qtbot.mouseClick(panel.thresholds_button, Qt.MouseButton.LeftButton)


def test_panel_follows_the_language(panel, qtbot):
    with FakeChinese():
        qtbot.waitUntil(lambda: panel.thresholds_button.text() == "中Thresholds…")
        assert panel.cards[0].show_button.text().startswith("中Show")
        assert "中Missing exchange rate" in panel.cards[0].title.text()
    qtbot.waitUntil(lambda: panel.thresholds_button.text() == "Thresholds…")


def test_panel_with_the_demo(qtbot, demo):
    from ui.pages.inventory.flags import FlagsPanel

    widget = FlagsPanel()
    qtbot.addWidget(widget)
    review = _review(demo, Thresholds(top_sku_share=0.03))
    widget.set_review(review)
    keys = [c.flag.key for c in widget.cards]
    assert "over_reliance_sku" in keys and "slow_mover" in keys
    hero = next(c for c in widget.cards if c.flag.key == "over_reliance_sku")
    assert "TC001-" in hero.skus.text()  # the demo's hero SKU


# conftest runs this module's workspace tests on SQLite and on PostgreSQL.
BOTH_ENGINES = True
