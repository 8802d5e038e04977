"""The lifecycle stage suggested from a SKU's sales trend, seasonally aware where it can be.

A SKU that sells along a seasonal curve is neither growing in January nor declining in April:
with 13 or more months of history the last 3 complete months are compared with the same 3
months a year before. With less history there is nothing to compare a season with, so the last
3 months are compared with the 3 before, and the reason says it is not seasonally adjusted.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

import numpy as np
from sqlmodel import Session, col, func, select

from core.i18n import QT_TRANSLATE_NOOP, Message
from core.inventory.per_sku import SalesSums, distinct, per_position
from core.inventory.sales_columns import SalesColumns
from core.inventory.sku_rows import to_date
from core.models import SalesRecord, Sku

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
    seasonal = history >= SEASONAL_HISTORY_MONTHS
    compared = [year_before(m) for m in months[-3:]] if seasonal else months[-6:-3]
    last = sum(monthly_units.get(m, 0) for m in months[-3:])
    before = sum(monthly_units.get(m, 0) for m in compared)
    return stage_from(last, before, sales_months, age, history)


def stage_from(
    last: int, before: int, sales_months: int, age: int | None, history: int
) -> tuple[str, Message]:
    """The rule of ``suggest_lifecycle`` once a SKU's figures are summed (the review sums them
    column-wise for the whole catalog): ``last`` units of the last 3 months, ``before`` those
    it is compared with (the same months a year before when ``history`` ≥ 13), ``age`` in days
    since launch (None: unknown)."""
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


@dataclass
class CatalogStages:
    """The suggestion for every SKU of a review, in its order."""

    suggested: list[str]
    reasons: list[Message]
    seasonal: list[bool]  # seasonally adjusted


def suggest_for_catalog(
    session: Session,
    launched: list[Any],
    sums: SalesSums,
    sales: SalesColumns,
    ids: list[int],
    as_of: date,
) -> CatalogStages:
    """``suggest_lifecycle`` for every SKU (``launched``, ``sums``, ``ids``: per position in
    the review) with its units per month summed column-wise. A SKU without a unit sold in the
    12 months (most of a large catalog) gets the one no-sales reason without a look; SKUs with
    the same figures share one reason."""
    count, months = len(ids), sales.months
    width = len(months)
    suggested, reasons = [""] * count, [NO_SALES_REASON] * count
    seasonal = [False] * count
    position, month = sums.month_key // width, sums.month_key % width
    selling = distinct(position[sums.month_units > 0]).tolist()
    if not selling:
        return CatalogStages(suggested, reasons, seasonal)
    units = sums.month_units
    last = per_position(position, np.where(month >= width - 3, units, 0), count).tolist()
    before = per_position(
        position, np.where((month >= width - 6) & (month < width - 3), units, 0), count
    ).tolist()
    at = Positions(ids)
    # the units of the same 3 months a year before (the 3 months before the 12)
    year_ago = [year_before(m) for m in months[-3:]]
    a_year_before = [0] * count
    rows = session.exec(
        select(col(SalesRecord.sku_id), col(SalesRecord.month), func.sum(SalesRecord.units))
        .where(SalesRecord.month >= year_ago[0], SalesRecord.month < months[0])
        .group_by(col(SalesRecord.sku_id), col(SalesRecord.month))
    ).all()
    for i, (_sku_id, _month, month_units) in zip(at.of(rows), rows, strict=True):
        if i >= 0 and _month is not None:
            a_year_before[i] += int(month_units or 0)
    sales_months, first_sale = _history(session, sums, sales, at, as_of.replace(day=1))
    cache: dict[tuple, tuple[str, Message]] = {}
    days: dict[Any, date | None] = {}  # launch dates repeat (a product's creation)
    for i in selling:
        span = history_months(first_sale[i], months[-1])
        is_seasonal = span >= SEASONAL_HISTORY_MONTHS
        raw = launched[i]
        day = days[raw] if raw in days else days.setdefault(raw, to_date(raw))
        age = (as_of - day).days if day else None
        key = (last[i], a_year_before[i] if is_seasonal else before[i], sales_months[i], age, span)
        found = cache.get(key)
        if found is None:
            found = cache[key] = stage_from(*key)
        suggested[i], reasons[i] = found
        seasonal[i] = is_seasonal and found[0] not in ("", "intro")
    return CatalogStages(suggested, reasons, seasonal)


class Positions:
    """Where SKU ids are in the review: found for a whole query's rows in one numpy call."""

    def __init__(self, ids: list[int]) -> None:
        self.ids = np.array(ids, dtype=np.int64)
        self.order = np.argsort(self.ids, kind="stable")
        self.sorted = self.ids[self.order]

    def __len__(self) -> int:
        return len(self.ids)

    def of(self, rows: Sequence[Any]) -> list[int]:
        """The position of each row's first value (a SKU id); -1 when not reviewed."""
        if not rows or not len(self.ids):
            return [-1] * len(rows)
        wanted = np.array([row[0] for row in rows], dtype=np.int64)
        where = np.minimum(np.searchsorted(self.sorted, wanted), len(self.ids) - 1)
        return np.where(self.sorted[where] == wanted, self.order[where], -1).tolist()


def _history(
    session: Session, sums: SalesSums, sales: SalesColumns, at: Positions, end: date
) -> tuple[list[int], list[date | None]]:
    """Per position: months with sales since the first sale (a line with units) and the first
    month with sales, over the whole history before the reviewed month."""
    months = sales.months
    if sales.whole_months:  # the 12 months from the columns, only the older ones asked
        before = months[0]
        sales_months = sums.sold_months.tolist()
        first_sale = [months[m] if m >= 0 else None for m in sums.first_sold.tolist()]
    else:  # a stored month not on the 1st: distinct stored values, as always counted
        before = end  # the reviewed month's 1st
        sales_months, first_sale = [0] * len(at), [None] * len(at)
    rows = session.exec(
        select(
            SalesRecord.sku_id,
            func.count(func.distinct(SalesRecord.month)),
            func.min(SalesRecord.month),
        )
        .where(SalesRecord.units > 0, SalesRecord.month < before)
        .group_by(col(SalesRecord.sku_id))
    ).all()
    for i, (_sku_id, older, first) in zip(at.of(rows), rows, strict=True):
        if i >= 0:
            sales_months[i] += int(older)
            first_sale[i] = to_date(first)
    return sales_months, first_sale
