"""Text the look at every page found mixed: a half-width colon inside Chinese in step 5's
warnings, and counts without thousands separators beside counts with them."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard


def test_step5_warnings_join_title_and_text_in_the_readers_language(qapp, qt_settings):
    from ui.i18n import LanguageSwitcher
    from ui.pages.matrix.warnings_panel import ShownWarning, WarningsModel

    model = WarningsModel()
    model.set_warnings([ShownWarning("no_traffic", "没有引流款", "AliExpress DE：有 12 个刊登")])
    assert model.index(0).data() == "没有引流款: AliExpress DE：有 12 个刊登"  # English UI
    switcher = LanguageSwitcher()
    switcher.switch("zh_CN")
    try:
        assert model.index(0).data() == "没有引流款：AliExpress DE：有 12 个刊登"
    finally:
        switcher.switch("en")


def test_import_preview_counts_carry_thousands_separators(qtbot, qt_settings, workspace, tmp_path):
    from ui.dialogs.import_wizard import ImportWizard, Page

    path = tmp_path / "big list.csv"
    rows = "\n".join(f"CUP-{n},Cup {n}" for n in range(1, 1201))
    path.write_text("SKU,Name\n" + rows + "\n", encoding="utf-8")
    wizard = ImportWizard(workspace, path=str(path))
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitUntil(lambda: wizard.currentPage().isComplete(), timeout=20_000)
    for expected in (Page.SHEET, Page.MAPPING, Page.PREVIEW):
        qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
        assert wizard.currentId() == expected
        qtbot.waitUntil(lambda: wizard.currentPage().isComplete(), timeout=30_000)
    page = wizard.preview_page
    assert page.counts.text().startswith("1,200 new SKUs")
    # The file page said "共 10596 行" beside "新增 5,295 个 SKU".
    assert "1,200 rows" in wizard.file_page.status.text()
    assert page.tabs.tabText(0) == "New (1,200)"


def test_restore_without_backups_keeps_its_lines_together(qtbot, tmp_path):
    """With no backups the dialog's three lines were spread over the window."""
    from ui.dialogs.restore_dialog import RestoreDialog

    dialog = RestoreDialog(tmp_path / "shop.matrixdesk", "shop.matrixdesk is damaged")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert not dialog.backups and dialog.empty_label.isVisible()
    # Each line as tall as its text, not stretched over the window with its text centred.
    for label in (dialog.problem_label, dialog.empty_what, dialog.empty_where):
        assert label.height() <= label.heightForWidth(label.width()) + 8, label.text()
    assert dialog.empty_label.alignment() & Qt.AlignmentFlag.AlignTop


def test_restore_without_backups_says_what_they_are_when_made_and_where(
    qtbot, tmp_path, qt_settings
):
    """The dialog with no backups was one grey line over empty space, under a greyed-out
    Restore button and an explanation telling to choose a backup."""
    from PySide6.QtWidgets import QDialogButtonBox

    from core.backups import KEEP_NEWEST
    from ui.dialogs.restore_dialog import RestoreDialog
    from ui.i18n import LanguageSwitcher

    dialog = RestoreDialog(tmp_path / "shop.matrixdesk", "shop.matrixdesk is damaged")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    shown = " ".join(
        label.text()
        for label in (dialog.empty_label, dialog.empty_what, dialog.empty_where)
        + (dialog.empty_folder, dialog.empty_until)
        if label.isVisible()
    )
    assert "No backups" in shown
    assert "before every import" in shown and f"newest {KEEP_NEWEST}" in shown  # when, how many
    assert str(tmp_path / "backups") in shown  # where
    assert "Save a copy as" in shown  # the way back until then
    assert not dialog.table.isVisible() and not dialog.explanation.isVisible()
    assert not dialog.restore_button.isVisible()
    assert dialog.buttons.button(QDialogButtonBox.StandardButton.Close).isVisible()
    # No empty room: the text ends close above the buttons.
    card_bottom = dialog.empty_state.geometry().bottom()
    assert dialog.buttons.geometry().top() - card_bottom < 30
    switcher = LanguageSwitcher()
    switcher.switch("zh_CN")
    try:
        assert dialog.empty_label.text() == "这个工作区还没有备份"
        assert f"保留最新的 {KEEP_NEWEST} 份" in dialog.empty_what.text()
    finally:
        switcher.switch("en")


def test_warnings_panel_claims_nothing_before_the_warnings_are_in(qtbot):
    """Step 5's panel said "✓ No warnings" while the warnings were still being computed, and
    without warnings its hint floated mid-panel over a stretched green box."""
    from ui.pages.matrix.warnings_panel import ShownWarning, WarningsPanel

    panel = WarningsPanel()
    qtbot.addWidget(panel)
    panel.resize(280, 500)
    panel.show()
    qtbot.waitExposed(panel)
    assert not panel.ok.isVisible()
    panel.set_warnings([])
    qtbot.wait(10)
    assert panel.ok.isVisible() and not panel.view.isVisible()
    assert panel.hint.geometry().top() <= 12
    assert panel.ok.height() <= panel.ok.heightForWidth(panel.ok.width()) + 8
    panel.set_warnings([ShownWarning("no_traffic", "No traffic driver", "Amazon US", ((1, 1, 1),))])
    assert panel.view.isVisible() and not panel.ok.isVisible()


def _selection_page(qtbot, workspace, name):
    from ui.models.candidate_pool_model import Column
    from ui.pages.selection.page import SelectionPage

    page = SelectionPage()
    qtbot.addWidget(page)
    page.resize(1180, 760)
    page.set_workspace(workspace)
    page.show()
    qtbot.waitExposed(page)
    row = next(
        r for r in range(page.proxy.rowCount()) if page.proxy.index(r, Column.NAME).data() == name
    )
    page.view.selectRow(row)
    return page


def test_step4_research_platform_is_a_choice_by_name(qtbot, qt_settings, demo):
    """The research tab showed the raw key "amazon" in a text field a seller could mistype."""
    from sqlmodel import select

    from core.selection.models import Candidate

    page = _selection_page(qtbot, demo, "Collapsible Silicone Dog Bowl")
    combo = page.details.platform_combo
    assert combo.currentText() == "Amazon" and combo.currentData() == "amazon"
    names = [combo.itemText(i) for i in range(combo.count())]
    assert "TikTok Shop" in names and "eBay" in names and "amazon" not in names
    combo.setCurrentIndex(names.index("TikTok Shop"))
    combo.activated.emit(combo.currentIndex())
    with demo.session() as session:
        stored = session.exec(
            select(Candidate.platform).where(Candidate.name == "Collapsible Silicone Dog Bowl")
        ).one()
    assert stored == "tiktok"


def test_step4_numbers_carry_their_units(qtbot, qt_settings, demo):
    """The scorecard's "Based on" said "1,500" and "9,000"; the calculator's fees and losses
    had no currency; its platforms read "Tiktok", "Aliexpress", "Ebay"."""
    from ui.models.scorecard_model import Column

    page = _selection_page(qtbot, demo, "Collapsible Silicone Dog Bowl")
    model = page.scorecard.model
    basis = {model.index(r, 0).data(): model.index(r, Column.BASIS).data() for r in range(8)}
    card = page._current_row().card
    demand = f"{card.scores['demand'].value:,.0f}"
    assert basis["Demand"] == f"{demand} units a month"
    assert basis["Competition"].endswith(" reviews")
    assert basis["Compliance and IP risk"].endswith(" CNY to certify")
    form = page.profit_form
    platforms = [form.platform_combo.itemText(i) for i in range(form.platform_combo.count())]
    assert {"TikTok Shop", "AliExpress", "eBay"} <= set(platforms)
    selling = form.currency_edit.text()
    for name in ("fulfilment", "other", "return_loss"):
        assert form.currency_labels[name].text() == selling
    form.currency_edit.setText("EUR")
    assert form.currency_labels["fulfilment"].text() == "EUR"


def test_the_demos_import_reads_in_the_readers_language(qtbot, qt_settings, demo):
    """The import history showed "demo sales history" in English in the Chinese UI."""
    from ui.dialogs.import_history_dialog import ImportHistoryDialog
    from ui.i18n import LanguageSwitcher

    dialog = ImportHistoryDialog(demo)
    qtbot.addWidget(dialog)
    model = dialog.model

    def files() -> list[str]:
        return [model.index(r, model.FILE).data() for r in range(model.rowCount())]

    assert "demo sales history" in files()
    switcher = LanguageSwitcher()
    switcher.switch("zh_CN")
    try:
        shown = files()
        assert "演示销售历史" in shown and "demo sales history" not in shown
    finally:
        switcher.switch("en")
    assert "demo sales history" in files()


def test_dialog_buttons_show_no_icons_on_a_linux_desktop(qapp):
    """Linux desktops drew a green tick and a red cross on OK / Cancel (and only there): the
    app's style sheet turns them off, as on Windows and macOS."""
    from PySide6.QtWidgets import QDialogButtonBox, QMessageBox, QProxyStyle, QStyle, QStyleFactory

    from core.resources import resource_path

    class LinuxDesktop(QProxyStyle):  # what the xcb platform theme answers
        def styleHint(self, hint, option=None, widget=None, data=None):  # noqa: N802
            if hint == QStyle.StyleHint.SH_DialogButtonBox_ButtonsHaveIcons:
                return 1
            return super().styleHint(hint, option, widget, data)

    sheet = qapp.styleSheet()
    qapp.setStyle(LinuxDesktop(QStyleFactory.create("Fusion")))
    qapp.setStyleSheet(resource_path("style.qss").read_text(encoding="utf-8"))
    try:
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        for button in buttons.buttons():
            assert button.icon().isNull(), button.text()
        box = QMessageBox(QMessageBox.Icon.Question, "t", "q?", QMessageBox.StandardButton.Yes)
        assert all(b.icon().isNull() for b in box.buttons())
        buttons.deleteLater()
        box.deleteLater()
    finally:
        qapp.setStyleSheet(sheet)
        qapp.setStyle(QStyleFactory.create("Fusion"))


def test_steps_6_to_8_start_where_the_other_steps_do(qtbot, qt_settings):
    """Their intro pages had wider margins: the title and the card sat lower and further
    right than on every built step, with extra empty space around them."""
    from core.steps import STEP_BY_KEY
    from ui.pages.goals.page import GoalsPage
    from ui.pages.step_intro_page import StepIntroPage

    built = GoalsPage()
    intro = StepIntroPage(STEP_BY_KEY["launch"])
    for page in (built, intro):
        qtbot.addWidget(page)
        page.resize(1000, 700)
        page.show()
        qtbot.waitExposed(page)
    assert intro.title.geometry().topLeft() == built.title.geometry().topLeft()
    assert intro.layout().spacing() == built.layout().spacing()


def test_chinese_punctuation_is_full_width():
    """Step 4's decision line read "立项:Cheap to test…", the reason dialog "理由?": a
    Chinese translation puts a full-width ： ？ after a Chinese word or a placeholder.
    Addresses (host:port) and the CLI's FROM:TO syntax keep their colon."""
    import re

    from tests.test_translations import TS, _messages

    syntax = re.compile(r"\{host\}:\{port\}|起:止|开始:结束|\d:\d")
    wrong = []
    for (context, source), text in _messages(TS).items():
        plain = syntax.sub("", re.sub(r"&\w+;|<[^>]*>", "", text))
        chinese = re.search(r"[\u4e00-\u9fff]", text) or re.search(r"[:?] ?\{", source)
        if chinese and re.search(r"([\u4e00-\u9fff}])[:?!]|[:?!]\{", plain):
            wrong.append((context, text))
    assert wrong == []


def test_compare_shows_no_empty_chart_for_one_candidate(qtbot, qt_settings, demo):
    """With one candidate selected the Compare tab drew empty axes running 0–1."""
    page = _selection_page(qtbot, demo, "Collapsible Silicone Dog Bowl")
    tabs = page.tabs
    tabs.setCurrentIndex([tabs.tabText(i) for i in range(tabs.count())].index("Compare"))
    qtbot.wait(20)
    assert not page.compare.chart.isVisible()
    page.view.selectAll()
    qtbot.waitUntil(lambda: len(page.compare.rows) >= 2)
    assert page.compare.chart.isVisible() and page.compare.chart.bars


def test_rates_dialog_lists_codes_the_chinese_way(qtbot, qt_settings, demo):
    """The common-currencies button read "添加 CAD, AUD，使用近似汇率"."""
    from ui.dialogs.exchange_rates_dialog import ExchangeRatesDialog
    from ui.i18n import LanguageSwitcher

    switcher = LanguageSwitcher()
    switcher.switch("zh_CN")
    try:
        dialog = ExchangeRatesDialog(demo)
        qtbot.addWidget(dialog)
        text = dialog.common_button.text()
        assert "CAD、AUD" in text and ", " not in text, text
    finally:
        switcher.switch("en")
    dialog.retranslate()
    assert "CAD, AUD" in dialog.common_button.text()


def test_facts_question_shows_no_empty_table(qtbot, qt_settings, workspace):
    """A report without dates in its rows asks for its period first: under the question an
    empty white table filled the page."""
    from tests.conftest import real_file
    from ui.dialogs.import_wizard import ImportWizard, Page

    path = real_file("amazon-business-report", "BusinessReport-23-07-2025.csv")
    wizard = ImportWizard(workspace, path=str(path))
    qtbot.addWidget(wizard)
    wizard.resize(1000, 700)
    wizard.show()
    qtbot.waitUntil(lambda: wizard.currentPage().isComplete(), timeout=20_000)
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    assert wizard.currentId() == Page.FACTS
    facts = wizard.facts_page
    qtbot.waitUntil(lambda: not facts.busy, timeout=20_000)
    assert facts.period_from.isVisible() and facts.problem.isVisible()
    assert not facts.table.isVisible()
    # The lines stay together under the title, not spread over the page.
    assert facts.problem.height() <= facts.problem.heightForWidth(facts.problem.width()) + 8
    qtbot.mouseClick(facts.read_again, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not facts.busy and facts.table.rowCount() > 0, timeout=20_000)
    assert facts.table.isVisible()


def test_candidate_prices_carry_thousands_separators(qtbot, qt_settings, demo):
    """Step 4's pool showed "3980 JPY" beside "1,500" units."""
    from ui.models.candidate_pool_model import Column

    page = _selection_page(qtbot, demo, "LED Desk Lamp with USB Charging")
    prices = {
        page.proxy.index(r, Column.NAME).data(): page.proxy.index(r, Column.PRICE).data()
        for r in range(page.proxy.rowCount())
    }
    assert prices["LED Desk Lamp with USB Charging"] == "3,980 JPY"
    assert prices["Collapsible Silicone Dog Bowl"] == "9.99 USD"


def test_vertical_axis_labels_fit_the_smallest_plot(qtbot, qt_settings):
    """Step 5's portfolio chart labelled its y axis "Growth, last 6 months vs the 6 before
    (%)": at 150 % the label ran past the plot's height and was cut at both ends."""
    from ui.charts.bubble_chart import BubbleChart
    from ui.charts.goals_chart import GoalsChart
    from ui.charts.lifecycle_chart import LifecycleChart
    from ui.charts.pareto_chart import ParetoChart
    from ui.charts.platform_revenue_chart import PlatformRevenueChart
    from ui.charts.score_chart import ScoreChart
    from ui.charts.seasonality_chart import SeasonalityChart
    from ui.charts.stock_aging_chart import StockAgingChart
    from ui.i18n import LanguageSwitcher
    from ui.pages.matrix.portfolio_chart import PortfolioChart
    from ui.pages.matrix.role_mix_chart import RoleMixChart

    kinds = (BubbleChart, GoalsChart, LifecycleChart, ParetoChart, PlatformRevenueChart,
             ScoreChart, SeasonalityChart, StockAgingChart, PortfolioChart, RoleMixChart)  # fmt: skip
    switcher = LanguageSwitcher()
    too_long = []
    try:
        for language in ("en", "zh_CN"):
            switcher.switch(language)
            for kind in kinds:
                chart = kind()
                qtbot.addWidget(chart)
                chart.retranslate()
                chart.resize(chart.plot_widget.minimumSize())
                chart.show()
                qtbot.waitExposed(chart)
                for name in ("left", "right"):
                    axis = chart.plot.getAxis(name)
                    if not axis.isVisible() or not axis.labelText:
                        continue
                    text = axis.label.boundingRect().width()
                    if text > axis.geometry().height() + 2:
                        too_long.append(
                            (
                                language,
                                kind.__name__,
                                axis.labelText,
                                text,
                                axis.geometry().height(),
                            )
                        )
                chart.close()
    finally:
        switcher.switch("en")
    assert too_long == []


def test_the_goals_chart_keeps_its_x_axis_under_many_goals(qtbot, qt_settings, qapp):
    """With nine goals at 150 % step 3's chart showed every goal's bar but its x axis had
    fallen off the bottom: it is tall enough for a line per goal."""
    from core.goals.roles import GoalStatus
    from core.goals.texts import ChartBar
    from core.i18n import Message
    from ui.charts.goals_chart import GoalsChart

    before = qapp.font()
    font = qapp.font()
    font.setPixelSize(20)  # the app's text at 150 % (tests otherwise run with a small font)
    qapp.setFont(font)
    chart = GoalsChart()
    qtbot.addWidget(chart)
    qapp.setFont(before)
    chart.setFont(font)
    bars = [
        ChartBar(Message("Goals", f"Amazon US: goal {n}"), 0.5, 0.5, GoalStatus.ON_TRACK)
        for n in range(9)
    ]
    chart.set_data(bars)
    chart.resize(chart.minimumSizeHint())
    chart.show()
    qtbot.waitExposed(chart)
    axis = chart.plot.getAxis("bottom")
    bottom = axis.mapRectToScene(axis.boundingRect()).bottom()
    assert bottom <= chart.plot_widget.height() + 1
    line = chart.fontMetrics().lineSpacing()
    assert chart.plot.getAxis("left").geometry().height() >= 9 * line


def test_the_role_mix_chart_keeps_its_x_axis_label(qtbot, qt_settings, qapp):
    """At 150 % step 5's role mix chart lost its x axis label under its six roles."""
    from types import SimpleNamespace

    from ui.pages.matrix.role_mix_chart import ROLE_ORDER, RoleMixChart

    before = qapp.font()
    font = qapp.font()
    font.setPixelSize(20)  # the app's text at 150 %
    qapp.setFont(font)
    chart = RoleMixChart()
    qtbot.addWidget(chart)
    qapp.setFont(before)
    chart.setFont(font)
    rows = [SimpleNamespace(role=r, active=3, planned=1, target=None) for r in ROLE_ORDER]
    chart.set_data(rows)
    chart.resize(chart.minimumSizeHint())
    chart.show()
    qtbot.waitExposed(chart)
    line = chart.fontMetrics().lineSpacing()
    assert chart.plot.getAxis("left").geometry().height() >= len(ROLE_ORDER) * line


def test_chinese_puts_a_space_between_words_and_numbers():
    """ "近12个月" beside "近 12 个月": the app's Chinese sets numbers apart from the words
    around them, as in every other line (field names like "规格1" excepted)."""
    import re

    from tests.test_translations import TS, _messages

    crowded = [
        text
        for text in _messages(TS).values()
        if not text.startswith("规格")
        and re.search(r"[\u4e00-\u9fff]\d|\d%?[\u4e00-\u9fff]", re.sub(r"\{[^}]*\}", "", text))
    ]
    assert crowded == []


def test_the_conflict_line_sets_a_latin_name_apart_in_chinese(qtbot, qt_settings):
    """It read '修改了TC001 65W GaN Charger的售价': the record's name and the field ran into
    the words around them."""
    from core.edits import ConflictError
    from ui.dialogs.conflict_dialog import ConflictDialog
    from ui.i18n import LanguageSwitcher

    switcher = LanguageSwitcher()
    switcher.switch("zh_CN")
    try:
        error = ConflictError(
            "TC001 65W GaN Charger", "price", "129.00 USD", "119.00 USD", "139.00 USD",
            "Li Na", "2026-11-30T09:12:00",
        )  # fmt: skip
        dialog = ConflictDialog(error, "售价")
        qtbot.addWidget(dialog)
        assert "修改了 TC001 65W GaN Charger 的 售价：" in dialog.text.text()
    finally:
        switcher.switch("en")
