"""The eight steps of the product matrix process (产品矩阵流程) and their completion state."""

from __future__ import annotations

from enum import StrEnum
from typing import NamedTuple

# Not core.i18n: the main window's first paint imports this module (see core/text_marks.py).
from core.text_marks import QT_TRANSLATE_NOOP


class StepState(StrEnum):
    NOT_STARTED = "not_started"
    IN_PROGRESS = "in_progress"
    DONE = "done"


STATE_LABELS = {
    StepState.NOT_STARTED: QT_TRANSLATE_NOOP("Steps", "Not started"),
    StepState.IN_PROGRESS: QT_TRANSLATE_NOOP("Steps", "In progress"),
    StepState.DONE: QT_TRANSLATE_NOOP("Steps", "Done"),
}


class Step(NamedTuple):
    key: str
    number: int
    title: str
    summary: str
    needs: str


STEPS: list[Step] = [
    Step(
        "team",
        1,
        QT_TRANSLATE_NOOP("Steps", "Team"),
        QT_TRANSLATE_NOOP(
            "Steps",
            "Build a cross-functional team: product manager, operations, "
            "purchasing, finance and legal/compliance, with clear responsibilities "
            "(RACI) for every step and recurring duty.",
        ),
        QT_TRANSLATE_NOOP(
            "Steps", "Team members and their roles; one Accountable person per step and duty."
        ),
    ),
    Step(
        "inventory",
        2,
        QT_TRANSLATE_NOOP("Steps", "Inventory review"),
        QT_TRANSLATE_NOOP(
            "Steps",
            "Sort the existing product line by category, gross margin, "
            "lifecycle stage and platform performance; spot over-reliance on one "
            "hero SKU or platform, slow movers and aged stock.",
        ),
        QT_TRANSLATE_NOOP(
            "Steps",
            "Your catalog (SPU and SKU) imported from Excel, CSV or your "
            "ERP, with cost, price and sales.",
        ),
    ),
    Step(
        "goals",
        3,
        QT_TRANSLATE_NOOP("Steps", "Goals"),
        QT_TRANSLATE_NOOP(
            "Steps",
            "Set the matrix goals: target markets, platform priority and "
            "role (test / main / clearance), SKU count targets per product role, "
            "revenue and margin targets with deadlines.",
        ),
        QT_TRANSLATE_NOOP("Steps", "The reviewed catalog from step 2 and the team from step 1."),
    ),
    Step(
        "selection",
        4,
        QT_TRANSLATE_NOOP("Steps", "Selection"),
        QT_TRANSLATE_NOOP(
            "Steps",
            "Score candidate products with a weighted scorecard, compute "
            "landed cost and profit per platform and market, check seasonality, "
            "review pain points and compliance, then approve, park or reject.",
        ),
        QT_TRANSLATE_NOOP(
            "Steps",
            "Candidate products (typed in or from Jungle Scout, Helium 10 or "
            "Keepa exports) and the goals from step 3.",
        ),
    ),
    Step(
        "platform_fit",
        5,
        QT_TRANSLATE_NOOP("Steps", "Platform fit"),
        QT_TRANSLATE_NOOP(
            "Steps",
            "Match each approved product to platforms and markets, give it "
            "a product role (hero, traffic, profit, image, potential, defensive) "
            "and see the matrix grid against the goals.",
        ),
        QT_TRANSLATE_NOOP(
            "Steps", "Approved products from step 4 and the platform priorities from step 3."
        ),
    ),
    Step(
        "launch",
        6,
        QT_TRANSLATE_NOOP("Steps", "Launch cadence"),
        QT_TRANSLATE_NOOP(
            "Steps",
            "Plan launch batches on a timeline with small test quantities "
            "first, A/B tests, and a weekly cash-flow simulation that warns before "
            "cash runs low.",
        ),
        QT_TRANSLATE_NOOP(
            "Steps", "The matrix from step 5, lead times, compliance dates and your cash floor."
        ),
    ),
    Step(
        "erp",
        7,
        QT_TRANSLATE_NOOP("Steps", "ERP link"),
        QT_TRANSLATE_NOOP(
            "Steps",
            "Connect 店小秘, 马帮, 通途, 领星 or any CSV/XLSX through column "
            "mappings; keep one SKU code rule and a pairing table so stock is never "
            "counted twice; every sync is previewed and can be undone.",
        ),
        QT_TRANSLATE_NOOP(
            "Steps",
            "Exports from your ERP and platform reports (Amazon Business "
            "Report, advertising reports, Shopify orders).",
        ),
    ),
    Step(
        "dashboard",
        8,
        QT_TRANSLATE_NOOP("Steps", "Dashboard"),
        QT_TRANSLATE_NOOP(
            "Steps",
            "Watch KPIs by SKU, role, platform and market; get alerts for "
            "stop-loss candidates, recurring complaints, overstock and stock-outs; "
            "hold review meetings whose decisions flow back into the matrix.",
        ),
        QT_TRANSLATE_NOOP("Steps", "Sales, advertising, returns and reviews from step 7."),
    ),
]

STEP_BY_KEY = {step.key: step for step in STEPS}
