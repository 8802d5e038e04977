"""Step 2 flags: the concentration summary against its limits and the list of flags.

"Show in catalog" filters the catalog to a flag's SKUs (``sig_flag_selected``); clicking one
SKU code selects it (``sig_sku_selected``). "Thresholds…" changes the limits.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from core.inventory.flags import ERROR, FLAG_LABELS, SEVERITY_LABELS, WARNING
from core.inventory.review import CatalogReview
from core.workspace import Workspace
from ui.i18n import translate

SEVERITY_COLOURS = {ERROR: "#b91c1c", WARNING: "#b45309", "info": "#1d4ed8"}
SHOWN_SKUS = 12  # SKU codes linked under a flag; "Show in catalog" filters for all of them


class FlagCard(QFrame):
    """One flag: coloured title, what it means, its SKUs as links, "Show in catalog"."""

    def __init__(self, panel: FlagsPanel, flag, codes: dict[int, str]) -> None:
        super().__init__()
        self.setObjectName("card")
        self.flag = flag
        colour = SEVERITY_COLOURS.get(flag.severity, "#1f2933")
        label = translate("Inventory", FLAG_LABELS[flag.key])
        self.title = QLabel(
            f"<b style='color:{colour}'>● {escape(label)}</b> &nbsp; "
            + escape(translate("Inventory", SEVERITY_LABELS[flag.severity]))
        )
        self.message = QLabel(flag.message.render(translate))
        self.message.setWordWrap(True)
        links = [
            f"<a href='sku:{i}'>{escape(codes.get(i, str(i)))}</a>"
            for i in flag.sku_ids[:SHOWN_SKUS]
        ]
        more = len(flag.sku_ids) - SHOWN_SKUS
        text = " · ".join(links)
        if more > 0:
            text += " · " + escape(self.tr("{count} more").format(count=more))
        self.skus = QLabel(text)
        self.skus.setWordWrap(True)
        self.skus.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse)
        self.skus.linkActivated.connect(
            lambda link: panel.sig_sku_selected.emit(int(link.split(":", 1)[1]))
        )
        self.show_button = QPushButton(
            self.tr("Show {count} SKUs in the catalog").format(count=len(flag.sku_ids))
        )
        self.show_button.clicked.connect(
            lambda: panel.sig_flag_selected.emit(list(flag.sku_ids), label)
        )
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.show_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.addLayout(top)
        layout.addWidget(self.message)
        layout.addWidget(self.skus)
        # After the layout has parented it: shown on a parentless widget makes a window.
        self.show_button.setVisible(bool(flag.sku_ids))


class FlagsPanel(QWidget):
    sig_sku_selected = Signal(int)
    sig_flag_selected = Signal(list, str)  # SKU ids, flag label
    sig_thresholds_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace: Workspace | None = None
        self.review: CatalogReview | None = None
        self._codes: dict[int, str] | None = None
        self.summary_title = QLabel(objectName="sectionTitle")
        self.thresholds_button = QPushButton()
        self.thresholds_button.clicked.connect(self.edit_thresholds)
        self.summary = QFrame(objectName="card")
        self.summary_grid = QGridLayout(self.summary)
        self.summary_grid.setHorizontalSpacing(18)
        self.shares_label = QLabel(objectName="hint")
        self.shares_label.setWordWrap(True)
        self.flags_title = QLabel(objectName="sectionTitle")
        self.hint = QLabel(objectName="hint")
        self.hint.setWordWrap(True)
        self.cards: list[FlagCard] = []
        self.cards_box = QWidget()
        self.cards_layout = QVBoxLayout(self.cards_box)
        self.cards_layout.setContentsMargins(0, 0, 0, 0)
        self.cards_layout.addStretch(1)
        self.none_label = QLabel(objectName="ok")
        self.none_label.hide()

        top = QHBoxLayout()
        top.addWidget(self.summary_title)
        top.addStretch(1)
        top.addWidget(self.thresholds_button)
        # One scroll for the summary and the cards: on a 768 px screen a scroll of its own
        # left the cards a strip of 100 px under the summary.
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.shares_label)
        layout.addWidget(self.flags_title)
        layout.addWidget(self.hint)
        layout.addWidget(self.none_label)
        layout.addWidget(self.cards_box, 1)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.scroll)
        self.retranslate()

    def set_workspace(self, workspace: Workspace | None) -> None:
        self.workspace = workspace

    def set_review(
        self, review: CatalogReview | None, sku_codes: dict[int, str] | None = None
    ) -> None:
        """``sku_codes``: SKU id -> code of the review, when the caller has them already."""
        self.review = review
        self._codes = sku_codes
        self._fill()

    def _sku_codes(self) -> dict[int, str]:
        if self._codes is None:
            self._codes = {s.sku_id: s.sku_code for s in self.review.skus} if self.review else {}
        return self._codes

    # --- building ------------------------------------------------------------------------
    def _fill(self) -> None:
        self._fill_summary()
        for card in self.cards:
            self.cards_layout.removeWidget(card)
            card.hide()
            card.deleteLater()
        self.cards = []
        review = self.review
        self.none_label.setVisible(review is not None and not review.flags and bool(review.skus))
        if review is None:
            return
        codes = self._sku_codes()
        for flag in review.flags:
            card = FlagCard(self, flag, codes)
            self.cards_layout.insertWidget(len(self.cards), card)
            self.cards.append(card)

    def _fill_summary(self) -> None:
        while self.summary_grid.count():
            widget = self.summary_grid.takeAt(0).widget()
            if widget is not None:
                widget.hide()  # out of sight now: deleted only when the event loop next runs
                widget.deleteLater()
        review = self.review
        if review is None or review.total_revenue <= 0:
            text = (
                self.tr("No sales in the last 12 months yet: concentration needs sales.")
                if review is not None and review.has_sales
                else self.tr(
                    "No sales imported yet: concentration needs sales data. Import a sales or "
                    "orders report."
                )
            )
            self.summary_grid.addWidget(QLabel(text, wordWrap=True), 0, 0)
            self.shares_label.setText("")
            return
        t = review.thresholds
        codes = self._sku_codes()
        top_skus = ", ".join(codes.get(i, "") for i in review.top_sku_ids)
        # (measure, value shown, limit or None when the measure is shown but not judged, hint)
        rows: list[tuple[str, float, float | None, str]] = [
            (self.tr("Top SKU share of revenue"), review.top_sku_share, t.top_sku_share, top_skus),
            (
                self.tr("Top platform share of revenue"),
                review.top_platform_share,
                t.top_platform_share,
                ", ".join(review.top_platforms),
            ),
            (
                self.tr("SKU concentration index (HHI)"),
                review.hhi_sku,
                None,
                self.tr("as if revenue came from {count} equal SKUs").format(
                    count=f"{review.effective_skus or 0:.1f}"
                ),
            ),
            (
                self.tr("Platform concentration index (HHI)"),
                review.hhi_platform,
                None,
                self.tr("as if revenue came from {count} equal platforms").format(
                    count=f"{review.effective_platforms or 0:.1f}"
                ),
            ),
        ]
        for row, (name, value, limit, who) in enumerate(rows):
            value_label = QLabel(objectName="summaryValue")
            if limit is None:
                value_label.setText(f"{value:.2f}")
                value_label.setStyleSheet("font-weight: 600;")
                status = who
            else:
                over = value > limit
                value_label.setText(f"{value * 100:.1f}%")
                value_label.setStyleSheet(
                    f"font-weight: 600; color: {'#b45309' if over else '#14532d'};"
                )
                status = (
                    self.tr("{who}: above the limit of {limit}")
                    if over
                    else self.tr("{who}: within the limit of {limit}")
                ).format(who=who, limit=f"{limit * 100:.0f}%")
            self.summary_grid.addWidget(QLabel(name), row, 0)
            self.summary_grid.addWidget(value_label, row, 1)
            self.summary_grid.addWidget(QLabel(status, objectName="hint", wordWrap=True), row, 2)
        self.summary_grid.setColumnStretch(2, 1)
        shares = " · ".join(
            f"{name} {share * 100:.0f}%" for name, share in review.platform_shares.items()
        )
        markets = " · ".join(
            f"{name} {share * 100:.0f}%" for name, share in review.market_shares.items()
        )
        self.shares_label.setText(
            self.tr("Revenue by platform: {platforms}\nRevenue by market: {markets}").format(
                platforms=shares, markets=markets
            )
        )

    # --- actions -------------------------------------------------------------------------
    def _find_workspace(self) -> Workspace | None:
        """Our own, else the page's (the page that holds this panel has ``workspace``)."""
        widget: QWidget | None = self
        while widget is not None:
            workspace = getattr(widget, "workspace", None)
            if workspace is not None:
                return workspace
            widget = widget.parentWidget()
        return None

    def edit_thresholds(self) -> None:
        from ui.dialogs.thresholds_dialog import ThresholdsDialog

        workspace = self._find_workspace()
        if workspace is None:
            return
        dialog = ThresholdsDialog(workspace, self)
        changed = []
        dialog.sig_changed.connect(changed.append)
        dialog.exec()
        if changed:
            self.sig_thresholds_changed.emit()

    # --- language ------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.summary_title.setText(self.tr("Concentration"))
        self.thresholds_button.setText(self.tr("Thresholds…"))
        self.flags_title.setText(self.tr("Flags"))
        self.hint.setText(
            self.tr("Click a SKU code to select it in the catalog, or show all SKUs of a flag.")
        )
        self.none_label.setText(self.tr("No flags: nothing above the thresholds."))
        self._fill()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
