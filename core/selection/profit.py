"""Landed cost and unit profit of a candidate on one platform in one market (the contract).

All per unit, in the selling currency, with exact decimals:

    N  = P ÷ (1 + vat)                          (vat = 0 where prices exclude tax, e.g. the US)
    U0 = N − C − F − duty×(C+F) − referral×P − fulfilment − payment×P − other
         − return_rate × return_loss            (profit before ads)
    U  = U0 − tacos × N;  net margin = U ÷ N;  break-even ACoS = U0 ÷ N
    break-even price = ((C+F)(1+duty) + fulfilment + other + return_rate×return_loss)
                       ÷ ((1 − tacos) ÷ (1 + vat) − referral − payment)

Referral and payment are charged on the price the buyer pays (P, tax included); ads on N.
Rates are fractions here (0.19); the CLI and the form take percents (19).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from typing import Any

from core.i18n import QT_TRANSLATE_NOOP, Message

CONTEXT = "Profit"
ZERO = Decimal(0)
ONE = Decimal(1)
HUNDRED = Decimal(100)
CENT = Decimal("0.01")
FRACTION = Decimal("0.0001")


class ProfitError(ValueError):
    """Input the calculator cannot use; ``message`` says why, translatable."""

    def __init__(self, message: Message) -> None:
        super().__init__(message.render())
        self.message = message


def _error(text: str, **params: Any) -> ProfitError:
    return ProfitError(Message(CONTEXT, text, params))


@dataclass(frozen=True)
class ProfitInputs:
    """One unit's numbers. Money in ``currency`` unless a field says otherwise; rates are
    fractions of one (0.19 for 19 %)."""

    price: Decimal
    currency: str
    cost: Decimal = ZERO
    cost_currency: str = ""  # "" = the selling currency
    freight: Decimal = ZERO
    freight_currency: str = ""  # "" = the selling currency
    duty: Decimal = ZERO
    vat: Decimal = ZERO
    referral: Decimal = ZERO
    fulfilment: Decimal = ZERO
    payment: Decimal = ZERO
    other: Decimal = ZERO
    return_rate: Decimal = ZERO
    return_loss: Decimal = ZERO
    tacos: Decimal = ZERO


@dataclass(frozen=True)
class ProfitResult:
    currency: str
    net_price: Decimal
    landed_cost: Decimal  # (C + F)(1 + duty), in the selling currency
    profit_before_ads: Decimal
    unit_profit: Decimal
    net_margin: Decimal
    break_even_acos: Decimal
    break_even_price: Decimal | None
    notes: list[Message] = field(default_factory=list)

    def as_json(self) -> dict[str, Any]:
        """The CLI's JSON: money to 2 places, fractions to 4, half-up."""
        return {
            "net_price": float(money(self.net_price)),
            "unit_profit": float(money(self.unit_profit)),
            "net_margin": float(fraction(self.net_margin)),
            "break_even_acos": float(fraction(self.break_even_acos)),
            "break_even_price": None
            if self.break_even_price is None
            else float(money(self.break_even_price)),
            "currency": self.currency,
        }


def money(value: Decimal) -> Decimal:
    return value.quantize(CENT, rounding=ROUND_HALF_UP)


def fraction(value: Decimal) -> Decimal:
    return value.quantize(FRACTION, rounding=ROUND_HALF_UP)


def decimal_of(value: Any, label: str) -> Decimal:
    """A finite Decimal from text or a number (floats through their shortest text)."""
    if isinstance(value, Decimal):
        number = value
    else:
        text = str(value).strip().replace(",", "") if value is not None else ""
        try:
            number = Decimal(text)
        except InvalidOperation:
            raise _error(
                QT_TRANSLATE_NOOP("Profit", '{label} must be a number, not "{value}".'),
                label=label,
                value=value,
            ) from None
    if not number.is_finite():
        raise _error(QT_TRANSLATE_NOOP("Profit", "{label} must be a number."), label=label)
    return number


def percent(value: Any, label: str) -> Decimal:
    """A plain percent (19) as a fraction (0.19)."""
    return decimal_of(value, label) / HUNDRED


def rate_table(rates: Mapping[str, float]) -> dict[str, Decimal]:
    """The workspace's rates (core.currency.rates) as exact decimals of their shortest text."""
    return {code: Decimal(repr(float(rate))) for code, rate in rates.items()}


def to_selling(
    amount: Decimal,
    from_currency: str,
    selling: str,
    rates: Mapping[str, Decimal] | None,
    label: str,
) -> Decimal:
    """``amount`` restated in the selling currency through the base currency's rates."""
    source = (from_currency or selling).strip().upper()
    if source == selling or amount == 0:
        return amount
    if rates is None:
        raise _error(
            QT_TRANSLATE_NOOP(
                "Profit",
                "{label} is in {source} but the price is in {target}: give a workspace "
                "with exchange rates (--rates).",
            ),
            label=label,
            source=source,
            target=selling,
        )
    for code in (source, selling):
        if code not in rates:
            raise _error(
                QT_TRANSLATE_NOOP(
                    "Profit", "The workspace has no exchange rate for {code}: add one first."
                ),
                code=code,
            )
    return amount * rates[source] / rates[selling]


def check(inputs: ProfitInputs, known_currencies: frozenset[str] | set[str]) -> None:
    """Refuse what cannot be sold: unknown currencies, a price ≤ 0, negative costs or rates."""
    for code in {inputs.currency, inputs.cost_currency, inputs.freight_currency} - {""}:
        if code.strip().upper() not in known_currencies:
            raise _error(
                QT_TRANSLATE_NOOP("Profit", '"{code}" is not a currency MatrixDesk knows.'),
                code=code,
            )
    if inputs.price <= 0:
        raise _error(QT_TRANSLATE_NOOP("Profit", "The price must be greater than zero."))
    labels = {
        "cost": QT_TRANSLATE_NOOP("Profit", "Product cost"),
        "freight": QT_TRANSLATE_NOOP("Profit", "Freight"),
        "duty": QT_TRANSLATE_NOOP("Profit", "Duty"),
        "vat": QT_TRANSLATE_NOOP("Profit", "VAT"),
        "referral": QT_TRANSLATE_NOOP("Profit", "Referral fee"),
        "fulfilment": QT_TRANSLATE_NOOP("Profit", "Fulfilment fee"),
        "payment": QT_TRANSLATE_NOOP("Profit", "Payment fee"),
        "other": QT_TRANSLATE_NOOP("Profit", "Other costs"),
        "return_rate": QT_TRANSLATE_NOOP("Profit", "Return rate"),
        "return_loss": QT_TRANSLATE_NOOP("Profit", "Loss per return"),
        "tacos": QT_TRANSLATE_NOOP("Profit", "TACoS"),
    }
    for name, label in labels.items():
        if getattr(inputs, name) < 0:
            raise _error(
                QT_TRANSLATE_NOOP("Profit", "{label} cannot be negative."),
                label=Message(CONTEXT, label),
            )
    for name in ("return_rate", "tacos", "referral", "payment"):
        if getattr(inputs, name) > 1:
            raise _error(
                QT_TRANSLATE_NOOP("Profit", "{label} cannot be more than 100 %."),
                label=Message(CONTEXT, labels[name]),
            )


def calculate(
    inputs: ProfitInputs,
    rates: Mapping[str, Decimal] | None = None,
    known_currencies: frozenset[str] | set[str] | None = None,
) -> ProfitResult:
    """The contract above; ``rates`` (units of base per unit) restate cost and freight."""
    selling = inputs.currency.strip().upper()
    known = set(known_currencies or _known_currencies()) | set(rates or {})
    check(inputs, known)
    cost = to_selling(
        inputs.cost,
        inputs.cost_currency,
        selling,
        rates,
        Message(CONTEXT, QT_TRANSLATE_NOOP("Profit", "Product cost")).render(),
    )
    freight = to_selling(
        inputs.freight,
        inputs.freight_currency,
        selling,
        rates,
        Message(CONTEXT, QT_TRANSLATE_NOOP("Profit", "Freight")).render(),
    )
    price, vat, duty = inputs.price, inputs.vat, inputs.duty
    net = price / (ONE + vat)
    landed = (cost + freight) * (ONE + duty)
    returns = inputs.return_rate * inputs.return_loss
    before_ads = (
        net
        - landed
        - inputs.referral * price
        - inputs.fulfilment
        - inputs.payment * price
        - inputs.other
        - returns
    )
    unit_profit = before_ads - inputs.tacos * net
    notes: list[Message] = []
    denominator = (ONE - inputs.tacos) / (ONE + vat) - inputs.referral - inputs.payment
    break_even: Decimal | None
    if denominator <= 0:
        break_even = None
        notes.append(
            Message(
                CONTEXT,
                QT_TRANSLATE_NOOP(
                    "Profit",
                    "No price breaks even: referral, payment, ads and VAT together take all of "
                    "every sale, so a higher price only loses more.",
                ),
            )
        )
    else:
        break_even = (landed + inputs.fulfilment + inputs.other + returns) / denominator
    return ProfitResult(
        currency=selling,
        net_price=net,
        landed_cost=landed,
        profit_before_ads=before_ads,
        unit_profit=unit_profit,
        net_margin=unit_profit / net,
        break_even_acos=before_ads / net,
        break_even_price=break_even,
        notes=notes,
    )


def _known_currencies() -> frozenset[str]:
    from core.importing.validate import CURRENCIES

    return CURRENCIES
