"""Import wizard, facts route: a file of orders, sales & traffic, ads, settlements, stock,
reviews or listings, read through its profile; the seller answers what the file does not say
(currency, period, market), chooses what happens to SKUs the catalog does not know, and Import
writes it as one import (in the history, undoable)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWizard,
    QWizardPage,
)
from sqlmodel import select

from core.currency import rates
from core.facts.fields import KIND_LABELS
from core.facts.importing import FactsPreview, apply_preview, preview_facts
from core.facts.profiles import PROFILE_CONTEXT
from core.facts.store import NEEDS_SKU, ApplyOptions
from core.models import Product, Sku
from ui.dialogs.facts_preview_table import FactsPreviewTable
from ui.dialogs.sku_pairing import SkuPairing
from ui.errors import error_text, show_exception
from ui.i18n import translate
from ui.job_runner import run_job

PROBLEMS_SHOWN = 8
SKUS_SHOWN = 12
SKIP, CREATE = "skip", "create"


def kind_label(kind: str) -> str:
    return translate("FactFiles", KIND_LABELS[kind])


class ImportFactsPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.preview: FactsPreview | None = None
        self.busy = False
        self.imported = False
        self.result = None
        self.summary = QLabel(objectName="sectionTitle", wordWrap=True)
        self.details = QLabel(objectName="hint", wordWrap=True)
        self.problem = QLabel(objectName="warning", wordWrap=True, visible=False)
        self.notes = QLabel(objectName="warning", wordWrap=True, visible=False)
        self.currency_edit = QLineEdit(maxLength=3)
        self.period_from = QDateEdit(calendarPopup=True, displayFormat="yyyy-MM-dd")
        self.period_to = QDateEdit(calendarPopup=True, displayFormat="yyyy-MM-dd")
        self.market_edit = QLineEdit(maxLength=3)
        self.read_again = QPushButton()
        self.read_again.clicked.connect(self.start_preview)
        self.questions = QFormLayout()
        period = QHBoxLayout()
        period.addWidget(self.period_from)
        self.period_dash = QLabel("–")
        period.addWidget(self.period_dash)
        period.addWidget(self.period_to)
        period.addStretch(1)
        self.currency_label, self.period_label, self.market_label = QLabel(), QLabel(), QLabel()
        self.questions.addRow(self.currency_label, self.currency_edit)
        self.questions.addRow(self.period_label, period)
        self.questions.addRow(self.market_label, self.market_edit)
        self.no_rate = QLabel(objectName="warning", wordWrap=True, visible=False)
        self.rates_button = QPushButton(visible=False)
        self.rates_button.clicked.connect(self.edit_rates)
        self.unknown = QLabel(wordWrap=True, visible=False)
        self.unknown_choice = QComboBox(visible=False)
        self.unknown_choice_label = QLabel(visible=False)
        # one row per unknown SKU: pair it with a catalog SKU, or leave it to the choice below
        self.pairing = SkuPairing()
        self.table = FactsPreviewTable()
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.read_again)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.details)
        layout.addLayout(self.questions)
        layout.addLayout(buttons)
        layout.addWidget(self.problem)
        layout.addWidget(self.notes)
        rates = QHBoxLayout()
        rates.addWidget(self.no_rate, 1)
        rates.addWidget(self.rates_button)
        layout.addLayout(rates)
        layout.addWidget(self.unknown)
        layout.addWidget(self.pairing)
        choice = QHBoxLayout()
        choice.addWidget(self.unknown_choice_label)
        choice.addWidget(self.unknown_choice)
        choice.addStretch(1)
        layout.addLayout(choice)
        layout.addWidget(self.table, 1)
        layout.addStretch(0)  # the lines stay together at the top while the table is hidden
        self.retranslate()

    @property
    def kind(self) -> str:
        return self.wizard().fact_kind

    def retranslate(self) -> None:
        self.setTitle(self.tr("Check and import"))
        self.currency_label.setText(self.tr("Currency of the amounts:"))
        self.currency_edit.setPlaceholderText(self.tr("e.g. USD"))
        self.period_label.setText(self.tr("Period of the report:"))
        self.market_label.setText(self.tr("Market (country):"))
        self.market_edit.setPlaceholderText(self.tr("e.g. US"))
        self.read_again.setText(self.tr("Read again with these answers"))
        self.rates_button.setText(self.tr("Exchange rates…"))
        current = self.unknown_choice.currentData() or SKIP
        self.unknown_choice.clear()
        self.unknown_choice.addItem(self.tr("Skip their rows"), SKIP)
        self.unknown_choice.addItem(self.tr("Create them as new catalog SKUs"), CREATE)
        self.unknown_choice.setCurrentIndex(self.unknown_choice.findData(current))
        self.unknown_choice_label.setText(self.tr("SKUs you do not pair:"))
        self.pairing.retranslate()
        if self.wizard() is not None and self.preview is not None:
            self._show(self.preview)

    def initializePage(self) -> None:  # noqa: N802 - Qt override
        self.setSubTitle(
            self.tr("Read as {kind}. Nothing is written until you press Import.").format(
                kind=kind_label(self.kind)
            )
        )
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Import"))
        self.preview, self.imported = None, False
        self._set_questions(currency=False, period=False, market=False)
        self.start_preview()

    def _set_questions(self, currency: bool, period: bool, market: bool) -> None:
        for label, edit, shown in (
            (self.currency_label, self.currency_edit, currency),
            (self.period_label, self.period_from, period),
            (self.market_label, self.market_edit, market),
        ):
            label.setVisible(shown)
            edit.setVisible(shown)
        for part in (self.period_dash, self.period_to):
            part.setVisible(period)
        self.read_again.setVisible(currency or period or market)

    def _answers(self) -> tuple[str | None, tuple[date, date] | None, str | None]:
        currency = self.currency_edit.text().strip().upper() or None
        period = None
        if self.period_from.isVisible():
            period = (self.period_from.date().toPython(), self.period_to.date().toPython())
        market = self.market_edit.text().strip().upper() or None
        return currency, period, market

    def start_preview(self) -> None:
        if self.busy or self.wizard().plan.grid is None:
            return
        self.busy = True
        self.problem.hide()
        self.summary.setText(self.tr("Reading “{file}”…").format(file=self._path().name))
        self.completeChanged.emit()
        currency, period, market = self._answers()
        run_job(self, self.tr("Reading the file"), preview_facts, self.wizard().workspace,
                self._path(), self.kind, self.wizard().plan.grid.sheet or None, currency,
                period, market, on_success=self._previewed, on_failure=self._failed,
                show_dialog=False)  # fmt: skip

    def _path(self):
        return self.wizard().plan.grid.path

    def _previewed(self, preview: FactsPreview) -> None:
        self.busy = False
        self.preview = preview
        self._show(preview)
        self.completeChanged.emit()

    def _failed(self, exc: BaseException) -> None:
        self.busy = False
        self.preview = None
        self.summary.setText(self.tr("This file cannot be imported as it is."))
        if getattr(exc, "message", None) is None and not (
            exc.args and hasattr(exc.args[0], "render")
        ):
            show_exception(type(exc), exc, exc.__traceback__, self)
            return
        text = error_text(exc)
        self.problem.setText(text)
        self.problem.show()
        if type(exc).__name__ == "MarketUnknown":
            self._set_questions(False, self.period_from.isVisible(), True)
        self.completeChanged.emit()

    def _show(self, preview: FactsPreview) -> None:
        parsed = preview.parsed
        profile = translate(PROFILE_CONTEXT, parsed.profile.label)
        refusal = parsed.refusal()
        if refusal is not None:
            self.summary.setText(self.tr("{profile}: one question first").format(profile=profile))
            self.problem.setText(refusal.render(translate))
            self.problem.show()
            proposed = parsed.proposed_period
            if parsed.needs_period and proposed is not None:
                self.period_from.setDate(QDate(proposed[0]))
                self.period_to.setDate(QDate(proposed[1]))
            self._set_questions(
                parsed.needs_currency or self.currency_edit.isVisible(),
                parsed.needs_period or self.period_from.isVisible(),
                self.market_edit.isVisible(),
            )
            self.table.setRowCount(0)
            self.table.hide()  # no empty white box under the question
            return
        self.problem.hide()
        self.table.show()
        rows = preview.rows
        self.summary.setText(
            self.tr("{profile}: {rows} rows of {kind} to import").format(
                profile=profile, rows=f"{len(rows):,}", kind=kind_label(preview.kind)
            )
        )
        details = [
            self.tr("{read} rows read, {left} left out").format(
                read=f"{len(parsed.rows):,}", left=f"{len(parsed.problems):,}"
            )
        ]
        days = [d for r in rows for d in (getattr(r, "day", None), getattr(r, "period_from", None),
                                          getattr(r, "period_to", None)) if d is not None]  # fmt: skip
        if days:
            details.append(
                self.tr("dates {first} – {last}").format(first=min(days), last=max(days))
            )
        currencies = self._currencies(rows)
        if currencies or parsed.currency:
            details.append(
                self.tr("currency {codes}").format(codes=", ".join(currencies) or parsed.currency)
            )
        markets = sorted({f"{r.platform} · {r.market}" for r in rows})
        if markets:
            details.append(", ".join(markets[:4]) + ("…" if len(markets) > 4 else ""))
        self.details.setText(" · ".join(details))
        messages = [n.render(translate) for n in (*parsed.notes, *preview.converted.notes)]
        problems = [*parsed.problems, *preview.converted.problems]
        messages += [p.render(translate) for p in problems[:PROBLEMS_SHOWN]]
        if len(problems) > PROBLEMS_SHOWN:
            messages.append(
                self.tr("… and {count} more rows left out").format(
                    count=f"{len(problems) - PROBLEMS_SHOWN:,}"
                )
            )
        self.notes.setText("\n".join(messages))
        self.notes.setVisible(bool(messages))
        self._show_unknown(preview)
        self._show_missing_rates(currencies)
        self.table.fill(rows)

    def _missing_rates(self, currencies: list[str]) -> list[str]:
        with self.wizard().workspace.session() as session:
            known = rates(session)
        return [code for code in currencies if code not in known]

    def _show_missing_rates(self, currencies: list[str]) -> None:
        """A currency without a rate is asked for here (never guessed): Import waits for it."""
        missing = self._missing_rates(currencies)
        if missing:
            self.no_rate.setText(
                self.tr(
                    "The amounts are in {codes}, which has no exchange rate yet: add it to "
                    "import the file."
                ).format(codes=", ".join(missing))
            )
        self.no_rate.setVisible(bool(missing))
        self.rates_button.setVisible(bool(missing))
        self.completeChanged.emit()

    def edit_rates(self) -> None:
        from ui.dialogs.exchange_rates_dialog import ExchangeRatesDialog

        ExchangeRatesDialog(self.wizard().workspace, self).exec()
        if self.preview is not None:
            self._show_missing_rates(self._currencies(self.preview.rows))

    @staticmethod
    def _currencies(rows) -> list[str]:
        return sorted({c for r in rows if (c := getattr(r, "currency", None))})

    def _show_unknown(self, preview: FactsPreview) -> None:
        unknown = preview.unknown_skus
        asks = bool(unknown) and preview.kind in NEEDS_SKU
        if unknown:
            codes = sorted(unknown)
            shown = ", ".join(codes[:SKUS_SHOWN]) + ("…" if len(codes) > SKUS_SHOWN else "")
            text = (
                self.tr("{count} SKUs are not in your catalog ({rows} rows): {codes}")
                if asks
                else self.tr(
                    "{count} SKUs are not in your catalog ({rows} rows): {codes}. "
                    "Their rows are kept, not matched to a catalog SKU."
                )  # fmt: skip
            )
            self.unknown.setText(
                text.format(count=f"{len(codes):,}", rows=f"{sum(unknown.values()):,}", codes=shown)
            )
        self.unknown.setVisible(bool(unknown))
        self.unknown_choice.setVisible(asks)
        self.unknown_choice_label.setVisible(asks)
        self._fill_pairs(unknown if asks else {})

    def _load_catalog(self) -> list[tuple[str, str]]:
        with self.wizard().workspace.session() as session:
            rows = session.exec(
                select(Sku.sku_code, Product.name)
                .join(Product, Product.id == Sku.product_id, isouter=True)
                .order_by(Sku.sku_code)
            ).all()
        return [(code, name or "") for code, name in rows]

    def _fill_pairs(self, unknown: dict[str, int]) -> None:
        self.pairing.fill(unknown, self._load_catalog() if unknown else [])

    def pairs(self) -> dict[str, str]:
        """File SKU → catalog SKU code, as paired in the table."""
        return self.pairing.pairs()

    def isComplete(self) -> bool:  # noqa: N802 - Qt override
        return (
            not self.busy
            and self.preview is not None
            and bool(self.preview.rows)
            and not self.no_rate.isVisibleTo(self)
        )

    def validatePage(self) -> bool:  # noqa: N802 - Qt override
        """Import: one job; the wizard closes when it succeeded."""
        if self.imported:
            return True
        if self.busy or self.preview is None:
            return False
        currency, period, _market = self._answers()
        parsed = self.preview.parsed
        options = ApplyOptions(
            file_name=parsed.file_name,
            sheet=parsed.sheet,
            profile_name=parsed.profile.label,
            currency=currency or parsed.currency or None,
            period=period or parsed.period,
            create_missing=self.unknown_choice.isVisible()
            and self.unknown_choice.currentData() == CREATE,
            pairs=self.pairs() if self.unknown_choice.isVisible() else {},
        )
        self.busy = True
        self.completeChanged.emit()
        run_job(self, self.tr("Importing {kind}").format(kind=kind_label(self.kind)),
                apply_preview, self.wizard().workspace, self.preview, options,
                on_success=self._imported, on_failure=self._apply_failed)  # fmt: skip
        return False

    def _imported(self, result) -> None:
        self.busy = False
        self.imported = True
        self.result = result
        self.wizard().fact_result = result
        self.wizard().accept()

    def _apply_failed(self, exc: BaseException) -> None:
        self.busy = False
        if getattr(exc, "message", None) is None:
            show_exception(type(exc), exc, exc.__traceback__, self)
        else:
            self.problem.setText(error_text(exc))
            self.problem.show()
        self.completeChanged.emit()
