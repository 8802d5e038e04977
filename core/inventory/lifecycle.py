"""The lifecycle stage suggested from a SKU's sales trend, seasonally aware where it can be.

A SKU that sells along a seasonal curve is neither growing in January nor declining in April:
with 13 or more months of history the last 3 complete months are compared with the same 3
months a year before. With less history there is nothing to compare a season with, so the last
3 months are compared with the 3 before, and the reason says it is not seasonally adjusted.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlmodel import Session

from core.i18n import QT_TRANSLATE_NOOP, Message
from core.models import Sku

LIFECYCLE_STAGES: dict[str, str] = {
    "intro": QT_TRANSLATE_NOOP("Inventory", "Intro"),
    "growth": QT_TRANSLATE_NOOP("Inventory", "Growth"),
    "mature": QT_TRANSLATE_NOOP("Inventory", "Mature"),
    "decline": QT_TRANSLATE_NOOP("Inventory", "Decline"),
}
NO_SALES_LABEL = QT_TRANSLATE_NOOP("Inventory", "No sales yet")
LIFECYCLE_RULE = Message(
    "Inventory",
    QT_TRANSLATE_NOOP(
        "Inventory",
        "Suggested lifecycle stage. Fewer than 4 months with sales, or launched less than 120 "
        "days ago: Intro. With 13 months of history or more, the units of the last 3 complete "
        "months are compared with the same 3 months a year before, so a seasonal peak is not "
        "taken for growth; with less history, with the 3 months before (not seasonally "
        "adjusted). Up by 20 % or more: Growth. Down by 20 % or more: Decline. Otherwise: "
        "Mature. No sales in the last 12 months: no suggestion. You can set the stage by hand; "
        "your choice wins over the suggestion.",
    ),
)

GROWTH_CHANGE = 0.20
MIN_SALES_MONTHS = 4
MIN_AGE_DAYS = 120
SEASONAL_HISTORY_MONTHS = 13


def history_months(first_sale: date | None, last_month: date) -> int:
    """Months from the first month with sales up to ``last_month``, both included."""
    if first_sale is None or first_sale > last_month:
        return 0
    return (last_month.year - first_sale.year) * 12 + last_month.month - first_sale.month + 1


def year_before(month: date) -> date:
    return month.replace(year=month.year - 1)


# One object for every SKU without sales (most of a 100,000-SKU catalog): never changed.
NO_SALES_REASON = Message(
    "Inventory", QT_TRANSLATE_NOOP("Inventory", "No sales in the last 12 months: no suggestion.")
)


def suggest_lifecycle(
    monthly_units: dict[date, int],
    months: list[date],
    sales_months: int,
    launched_on: date | None,
    as_of: date,
    history: int = 0,
) -> tuple[str, Message]:
    """(stage or "", reason); ``months`` are the 12 reviewed months, ``monthly_units`` may
    also hold the months a year before them; ``history`` is ``history_months()``."""
    if not any(monthly_units.get(m, 0) > 0 for m in months):
        return "", NO_SALES_REASON
    age = (as_of - launched_on).days if launched_on else None
    if age is not None and age < MIN_AGE_DAYS:
        return "intro", Message(
            "Inventory",
            QT_TRANSLATE_NOOP("Inventory", "Launched {days} days ago (less than 120): Intro."),
            {"days": age},
        )
    if sales_months < MIN_SALES_MONTHS:
        return "intro", Message(
            "Inventory",
            QT_TRANSLATE_NOOP(
                "Inventory", "Only {months} months with sales so far (fewer than 4): Intro."
            ),
            {"months": sales_months},
        )
    seasonal = history >= SEASONAL_HISTORY_MONTHS
    compared = [year_before(m) for m in months[-3:]] if seasonal else months[-6:-3]
    last = sum(monthly_units.get(m, 0) for m in months[-3:])
    before = sum(monthly_units.get(m, 0) for m in compared)
    params: dict[str, Any] = {"last": last, "before": before}
    if before == 0:
        stage = "growth" if last > 0 else "decline"
        change = "+∞" if last > 0 else "0%"
    else:
        ratio = (last - before) / before
        change = f"{ratio * 100:+.0f}%"
        # Integer comparison so that exactly +20 % / -20 % fall on the documented side.
        if last * 100 >= before * (100 + GROWTH_CHANGE * 100):
            stage = "growth"
        elif last * 100 <= before * (100 - GROWTH_CHANGE * 100):
            stage = "decline"
        else:
            stage = "mature"
    params["change"] = change
    if seasonal:
        text = QT_TRANSLATE_NOOP(
            "Inventory",
            "Last 3 months {last} units, the same 3 months a year before {before} units "
            "({change}).",
        )
    else:
        params["history"] = history
        text = QT_TRANSLATE_NOOP(
            "Inventory",
            "Last 3 months {last} units, the 3 months before {before} units ({change}). Not "
            "seasonally adjusted: {history} months of history (13 needed to compare with the "
            "same months a year before).",
        )
    return stage, Message("Inventory", text, params)


def set_lifecycle_override(session: Session, sku_id: int, stage: str | None) -> None:
    """Set the stage by hand, or clear it (None or "") to follow the suggestion again."""
    if stage and stage not in LIFECYCLE_STAGES:
        raise ValueError(
            Message(
                "Inventory",
                QT_TRANSLATE_NOOP("Inventory", '"{stage}" is not a lifecycle stage.'),
                {"stage": stage},
            )
        )
    sku = session.get(Sku, sku_id)
    if sku is None:
        raise ValueError(
            Message("Inventory", QT_TRANSLATE_NOOP("Inventory", "The SKU no longer exists."), {})
        )
    sku.lifecycle_override = stage or None
    session.add(sku)
    session.flush()


def lifecycle_label(stage: str) -> str:
    """English label (translate with context "Inventory")."""
    return LIFECYCLE_STAGES.get(stage, NO_SALES_LABEL)
