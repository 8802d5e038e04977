"""Guided start for step 3: markets → platforms and roles → targets.

Nothing is written until Finish, which writes everything in one transaction through
``core.goals.plan.apply_setup``. The markets and platforms are the workspace's own (from the
catalog), never typed again.
"""

from __future__ import annotations

from datetime import date
from enum import IntEnum

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)
from sqlalchemy import func
from sqlmodel import col, select

from core import currency
from core.edits import ConflictError, kept_over
from core.goals import plan
from core.goals.plan import PERIODS, GoalDraft, parse_target
from core.goals.roles import PLATFORM_ROLES, PRODUCT_ROLES, Measure
from core.models import Listing, Market, Platform, TeamMember
from core.workspace import Workspace
from ui.i18n import translate

ID_ROLE = Qt.ItemDataRole.UserRole
# SKU-count targets the wizard asks for (the rest can be added in the table).
WIZARD_ROLES = ("hero", "traffic", "profit")


class Page(IntEnum):
    MARKETS = 0
    PLATFORMS = 1
    TARGETS = 2


class OrderedChecklist(QWidget):
    """Checkable items in an order the seller sets with Up / Down."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.list = QListWidget()
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.up, self.down = QPushButton(), QPushButton()
        self.up.clicked.connect(lambda: self.move(-1))
        self.down.clicked.connect(lambda: self.move(1))
        buttons = QVBoxLayout()
        buttons.addWidget(self.up)
        buttons.addWidget(self.down)
        buttons.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.up.setText(self.tr("Move &up"))
        self.down.setText(self.tr("Move &down"))

    def fill(self, items: list[tuple[int, str]], checked: list[int]) -> None:
        """``checked`` first in their order, then the others unchecked."""
        self.list.clear()
        by_id = dict(items)
        order = [i for i in checked if i in by_id] + [i for i, _ in items if i not in checked]
        for item_id in order:
            item = QListWidgetItem(by_id[item_id])
            item.setData(ID_ROLE, item_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if item_id in checked else Qt.CheckState.Unchecked
            )
            self.list.addItem(item)

    def move(self, step: int) -> None:
        row = self.list.currentRow()
        other = row + step
        if row < 0 or not 0 <= other < self.list.count():
            return
        item = self.list.takeItem(row)
        self.list.insertItem(other, item)
        self.list.setCurrentRow(other)

    def checked_ids(self) -> list[int]:
        return [
            self.list.item(i).data(ID_ROLE)
            for i in range(self.list.count())
            if self.list.item(i).checkState() == Qt.CheckState.Checked
        ]

    def label(self, item_id: int) -> str:
        for i in range(self.list.count()):
            if self.list.item(i).data(ID_ROLE) == item_id:
                return self.list.item(i).text()
        return ""


class MarketsPage(QWizardPage):
    def __init__(self, markets: list[tuple[int, str]], chosen: list[int]) -> None:
        super().__init__()
        self.hint = QLabel(wordWrap=True)
        self.choice = OrderedChecklist()
        self.choice.fill(markets, chosen)
        self.choice.list.itemChanged.connect(lambda _item: self.completeChanged.emit())
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(self.choice)
        self.setTitle(self.tr("Target markets"))
        self.setSubTitle(self.tr("Which markets do you aim at? Put the most important first."))
        self.hint.setText(
            self.tr("These are the markets your catalog already sells in (from step 2).")
        )

    def isComplete(self) -> bool:  # noqa: N802 - Qt override
        return bool(self.choice.checked_ids())


class PlatformsPage(QWizardPage):
    """Platforms in priority order, and what each does in each chosen market."""

    def __init__(self, platforms: list[tuple[int, str]], chosen: list[int], roles: dict) -> None:
        super().__init__()
        self.roles = dict(roles)
        self.stored = set(roles)
        self.hint = QLabel(wordWrap=True)
        self.choice = OrderedChecklist()
        self.choice.fill(platforms, chosen)
        self.table = QTableWidget()
        self.table.verticalHeader().setDefaultSectionSize(30)
        self.choice.list.itemChanged.connect(lambda _item: self._rebuild())
        self.choice.list.model().rowsMoved.connect(lambda *_: self._rebuild())
        self.choice.up.clicked.connect(self._rebuild)
        self.choice.down.clicked.connect(self._rebuild)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(self.choice, 1)
        self.roles_label = QLabel()
        layout.addWidget(self.roles_label)
        layout.addWidget(self.table, 2)
        self.markets: list[tuple[int, str]] = []
        self.setTitle(self.tr("Platforms and their roles"))
        self.setSubTitle(
            self.tr(
                "Rank your platforms (e.g. Amazon first, TikTok Shop second) and say what each does in each market."
            )
        )
        self.hint.setText(
            self.tr("Tick the platforms you plan with; the first is your main channel.")
        )
        self.roles_label.setText(
            self.tr(
                "Roles: main = most sales and ad budget; test = try new products in small batches; clearance = sell off slow stock."
            )
        )

    def set_markets(self, markets: list[tuple[int, str]]) -> None:
        self.markets = markets
        self._rebuild()

    def _rebuild(self) -> None:
        self._keep_roles()
        platforms = self.choice.checked_ids()
        self.table.clear()
        self.table.setRowCount(len(platforms))
        self.table.setColumnCount(len(self.markets))
        self.table.setHorizontalHeaderLabels([code for _, code in self.markets])
        self.table.setVerticalHeaderLabels(
            [f"{n + 1}. {self.choice.label(p)}" for n, p in enumerate(platforms)]
        )
        for row, platform_id in enumerate(platforms):
            for column, (market_id, _code) in enumerate(self.markets):
                combo = QComboBox()
                combo.addItem("—", None)
                for key, label in PLATFORM_ROLES.items():
                    combo.addItem(translate("Goals", label), key)
                # A platform the seller gave roles before keeps its blanks blank; a new one
                # starts as main (the first) or test.
                known = any(key[0] == platform_id for key in self.stored)
                default = None if known else ("main" if row == 0 else "test")
                current = self.roles.get((platform_id, market_id), default)
                combo.setCurrentIndex(max(combo.findData(current), 0))
                combo.setProperty("key", (platform_id, market_id))
                self.table.setCellWidget(row, column, combo)
        self.completeChanged.emit()

    def _keep_roles(self) -> None:
        for row in range(self.table.rowCount()):
            for column in range(self.table.columnCount()):
                combo = self.table.cellWidget(row, column)
                if isinstance(combo, QComboBox):
                    self.roles[tuple(combo.property("key"))] = combo.currentData()

    def chosen_roles(self) -> dict[tuple[int, int], str | None]:
        self._keep_roles()
        platforms = set(self.choice.checked_ids())
        markets = {m for m, _ in self.markets}
        return {k: v for k, v in self.roles.items() if k[0] in platforms and k[1] in markets}

    def isComplete(self) -> bool:  # noqa: N802 - Qt override
        return bool(self.choice.checked_ids())


class TargetsPage(QWizardPage):
    """Targets for one platform × market and period; more can be added in the table."""

    def __init__(self, owners: list[tuple[int, str]], base: str, today: date) -> None:
        super().__init__()
        self.today = today
        self.platform, self.market, self.owner, self.period = (QComboBox() for _ in range(4))
        for key, label in PERIODS.items():
            self.period.addItem(translate("Goals", label), key)
        self.period.setCurrentIndex(self.period.findData("quarter"))
        self.owner.addItem(self.tr("Nobody yet"), None)
        for member_id, name in owners:
            self.owner.addItem(name, member_id)
        self.counts: dict[str, QSpinBox] = {}
        form = QFormLayout(self)
        self.hint = QLabel(wordWrap=True)
        form.addRow(self.hint)
        form.addRow(self.tr("&Platform:"), self.platform)
        form.addRow(self.tr("Mar&ket:"), self.market)
        form.addRow(self.tr("P&eriod:"), self.period)
        for role in WIZARD_ROLES:
            spin = QSpinBox(maximum=9999)
            self.counts[role] = spin
            form.addRow(
                self.tr("{role} SKUs:").format(role=translate("Goals", PRODUCT_ROLES[role])), spin
            )
        self.revenue = QLineEdit(placeholderText=self.tr("e.g. 500000"))
        form.addRow(self.tr("Revenue ({currency}):").format(currency=base), self.revenue)
        self.margin = QDoubleSpinBox(maximum=99.0, decimals=1, suffix=" %")
        form.addRow(self.tr("Gross margin at least:"), self.margin)
        form.addRow(self.tr("&Owner:"), self.owner)
        self.problem = QLabel(objectName="warning", wordWrap=True)
        form.addRow(self.problem)
        for spin in (*self.counts.values(), self.margin):
            spin.valueChanged.connect(lambda _v: self.completeChanged.emit())
        self.revenue.textChanged.connect(lambda _t: self.completeChanged.emit())
        self.setTitle(self.tr("Targets"))
        self.setSubTitle(
            self.tr(
                "A number, a date and an owner for each goal. Leave 0 for what you don't aim at."
            )
        )
        self.hint.setText(
            self.tr("Progress is counted from your listings' roles and your sales, never typed.")
        )

    def set_scope(self, platforms: list[tuple[int, str]], markets: list[tuple[int, str]]) -> None:
        for combo, items in ((self.platform, platforms), (self.market, markets)):
            current = combo.currentData()
            combo.clear()
            for item_id, label in items:
                combo.addItem(label, item_id)
            if current is not None and combo.findData(current) >= 0:
                combo.setCurrentIndex(combo.findData(current))

    def drafts(self) -> list[GoalDraft]:
        start, end = plan.period_dates(self.period.currentData(), self.today)
        common = {
            "starts_on": start,
            "deadline": end,
            "platform_id": self.platform.currentData(),
            "market_id": self.market.currentData(),
            "owner_id": self.owner.currentData(),
        }
        result = [
            GoalDraft(
                measure=Measure.SKU_COUNT, target=str(spin.value()), product_role=role, **common
            )
            for role, spin in self.counts.items()
            if spin.value() > 0
        ]
        revenue = parse_target(self.revenue.text(), Measure.REVENUE)
        if revenue is not None and revenue > 0:
            result.append(GoalDraft(measure=Measure.REVENUE, target=str(revenue), **common))
        if self.margin.value() > 0:
            result.append(
                GoalDraft(measure=Measure.MARGIN, target=f"{self.margin.value()} %", **common)
            )
        return result

    def isComplete(self) -> bool:  # noqa: N802 - Qt override
        typed = self.revenue.text().strip()
        bad_revenue = bool(typed) and not (parse_target(typed, Measure.REVENUE) or 0) > 0
        drafts = self.drafts()
        if bad_revenue:
            text = self.tr("The revenue target must be a number greater than zero.")
        elif not drafts:
            text = self.tr("Give at least one target: a SKU count, a revenue or a margin.")
        else:
            text = ""
        self.problem.setText(text)
        self.problem.setVisible(bool(text))
        return bool(drafts) and not bad_revenue


class GoalWizard(QWizard):
    def __init__(
        self, workspace: Workspace, today: date | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        today = today or date.today()
        with workspace.session() as session:
            self.seen = plan.plan_seen(session)  # another's change meanwhile asks on Finish
            # Where the catalog sells most comes first: the likely main market and platform.
            listed = func.count(col(Listing.id)).desc()
            markets = [
                (m.id or 0, f"{m.code} · {m.name}")
                for m in session.exec(
                    select(Market)
                    .outerjoin(Listing, col(Listing.market_id) == col(Market.id))
                    .group_by(col(Market.id))
                    .order_by(listed, col(Market.code))
                )
            ]
            platforms = [
                (p.id or 0, p.name)
                for p in session.exec(
                    select(Platform)
                    .outerjoin(Listing, col(Listing.platform_id) == col(Platform.id))
                    .group_by(col(Platform.id))
                    .order_by(listed, col(Platform.id))
                )
            ]
            owners = [
                (m.id or 0, m.name)
                for m in session.exec(select(TeamMember).order_by(col(TeamMember.id)))
            ]
            chosen_markets = [m.id or 0 for m in plan.target_markets(session)]
            chosen_platforms = [p.id or 0 for p in plan.platform_priority(session)]
            roles = plan.platform_roles(session)
            base = currency.base_currency(session)
        self.market_codes = {mid: label.split(" · ")[0] for mid, label in markets}
        self.platform_names = dict(platforms)
        self.markets_page = MarketsPage(markets, chosen_markets or [mid for mid, _ in markets[:1]])
        self.platforms_page = PlatformsPage(
            platforms, chosen_platforms or [pid for pid, _ in platforms[:1]], roles
        )
        self.targets_page = TargetsPage(owners, base, today)
        self.setPage(Page.MARKETS, self.markets_page)
        self.setPage(Page.PLATFORMS, self.platforms_page)
        self.setPage(Page.TARGETS, self.targets_page)
        self.currentIdChanged.connect(self._entered)
        self.setWindowTitle(self.tr("Set your matrix goals"))
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.resize(720, 560)

    def _entered(self, page_id: int) -> None:
        markets = [(m, self.market_codes[m]) for m in self.markets_page.choice.checked_ids()]
        if page_id == Page.PLATFORMS:
            self.platforms_page.set_markets(markets)
        elif page_id == Page.TARGETS:
            platforms = [
                (p, self.platform_names[p]) for p in self.platforms_page.choice.checked_ids()
            ]
            self.targets_page.set_scope(platforms, markets)

    def accept(self) -> None:
        """Write the plan; what someone else changed meanwhile that this person changed too
        asks first, one record at a time (keep mine, take theirs, compare)."""
        from ui.dialogs.conflict_dialog import ask_decisions

        decided: dict = {}
        while True:
            try:
                with self.workspace.transaction() as session:
                    plan.apply_setup(
                        session,
                        self.markets_page.choice.checked_ids(),
                        self.platforms_page.choice.checked_ids(),
                        self.platforms_page.chosen_roles(),
                        self.targets_page.drafts(),
                        seen=self.seen,
                        decided=decided,
                    )
                break
            except ConflictError as exc:
                decided[exc.key] = kept_over(exc, ask_decisions(self, exc))
        super().accept()
