"""Texts and series the page, the chart and the command line share (core: no Qt)."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from core.goals.progress import (
    AT_RISK_PACE,
    MARGIN_AT_RISK_POINTS,
    ON_TRACK_PACE,
    GoalProgress,
)
from core.goals.roles import GoalStatus, Measure
from core.i18n import QT_TRANSLATE_NOOP, Message

CTX = "Goals"


def amount_text(measure: str, value: Decimal | None, money_currency: str | None = None) -> str:
    """A goal's number as the seller reads it: "5", "120,000 CNY", "35.0 %"."""
    if value is None:
        return "—"
    if measure == Measure.SKU_COUNT:
        return f"{int(value)}"
    if measure == Measure.MARGIN:
        return f"{value * 100:.1f} %"
    return f"{value:,.0f} {money_currency or ''}".strip()


def progress_text(item: GoalProgress) -> Message:
    """ "3 of 5", "(+1 planned)", "31.2 % (target 35.0 %)"."""
    # Money names its currency once: "1,224,176 of 2,740,000 CNY".
    actual = amount_text(
        item.measure, item.actual, None if item.measure == Measure.REVENUE else item.currency
    )
    target = amount_text(item.measure, item.target, item.currency)
    if item.measure == Measure.MARGIN:
        return Message(
            CTX,
            QT_TRANSLATE_NOOP("Goals", "{actual} (target {target})"),
            {"actual": actual, "target": target},
        )
    if item.planned:
        return Message(
            CTX,
            QT_TRANSLATE_NOOP("Goals", "{actual} of {target} (+{planned} planned)"),
            {"actual": actual, "target": target, "planned": item.planned},
        )
    return Message(
        CTX,
        QT_TRANSLATE_NOOP("Goals", "{actual} of {target}"),
        {"actual": actual, "target": target},
    )


def number(measure: str, value: Decimal | None) -> float | int | None:
    """A goal's number for JSON: whole SKUs, money to 2 places, fractions to 4."""
    if value is None:
        return None
    if measure == Measure.SKU_COUNT:
        return int(value)
    return float(round(value, 4 if measure == Measure.MARGIN else 2))


def status_rule(measure: str) -> Message:
    """The rule behind a goal's colour, for the tooltip (the numbers are the module's)."""
    if measure == Measure.MARGIN:
        return Message(
            CTX,
            QT_TRANSLATE_NOOP(
                "Goals",
                "Gross margin = (revenue − product cost) ÷ revenue of the period so far.\n"
                "On track: at or above the target. At risk: less than {points} points below. "
                "Off track: further below. Done: at or above the target at the deadline.",
            ),
            {"points": int(MARGIN_AT_RISK_POINTS * 100)},
        )
    if measure == Measure.REVENUE:
        text = QT_TRANSLATE_NOOP(
            "Goals",
            "Run-rate = revenue so far ÷ days elapsed × days in the period.\n"
            "On track: run-rate at least {on} % of the target. At risk: at least {risk} %. "
            "Off track: below that, or the deadline passed. Done: the target is reached.",
        )
    else:
        text = QT_TRANSLATE_NOOP(
            "Goals",
            "Counts SKUs with a live listing in this role on this platform and market.\n"
            "On track: the share reached is at least {on} % of the share of time gone by. "
            "At risk: at least {risk} %. Off track: below that, or the deadline passed. "
            "Done: the target is reached.",
        )
    return Message(CTX, text, {"on": int(ON_TRACK_PACE * 100), "risk": int(AT_RISK_PACE * 100)})


@dataclass(frozen=True)
class ChartBar:
    """One goal in the progress chart: how far it is, and how far it should be by now."""

    title: Message
    progress: float
    expected: float
    status: GoalStatus


def chart_bars(items: list[GoalProgress]) -> list[ChartBar]:
    """The chart's series; a margin is not expected to grow with time (expected 1.0)."""
    return [
        ChartBar(
            title=item.title,
            progress=item.progress,
            expected=1.0 if item.measure == Measure.MARGIN else item.elapsed,
            status=item.status,
        )
        for item in items
    ]
