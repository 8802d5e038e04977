"""The words of step 3: product roles, platform roles, what a goal measures, goal status."""

from __future__ import annotations

from enum import StrEnum

from core.i18n import QT_TRANSLATE_NOOP

# The matrix roles of a product on one platform in one market (seed 002: 主推款+引流款+利润款+防御款).
PRODUCT_ROLES: dict[str, str] = {
    "hero": QT_TRANSLATE_NOOP("Goals", "Hero"),
    "traffic": QT_TRANSLATE_NOOP("Goals", "Traffic"),
    "profit": QT_TRANSLATE_NOOP("Goals", "Profit"),
    "image": QT_TRANSLATE_NOOP("Goals", "Image"),
    "potential": QT_TRANSLATE_NOOP("Goals", "Potential"),
    "defensive": QT_TRANSLATE_NOOP("Goals", "Defensive"),
}

# What a platform does in a market (seed 002: 明确各平台角色 测款/主力/清仓).
PLATFORM_ROLES: dict[str, str] = {
    "main": QT_TRANSLATE_NOOP("Goals", "Main"),
    "test": QT_TRANSLATE_NOOP("Goals", "Test"),
    "clearance": QT_TRANSLATE_NOOP("Goals", "Clearance"),
}


class Measure(StrEnum):
    SKU_COUNT = "sku_count"
    REVENUE = "revenue"
    MARGIN = "margin"


MEASURES: dict[str, str] = {
    Measure.SKU_COUNT: QT_TRANSLATE_NOOP("Goals", "SKU count"),
    Measure.REVENUE: QT_TRANSLATE_NOOP("Goals", "Revenue"),
    Measure.MARGIN: QT_TRANSLATE_NOOP("Goals", "Gross margin"),
}


class GoalStatus(StrEnum):
    ON_TRACK = "on_track"
    AT_RISK = "at_risk"
    OFF_TRACK = "off_track"
    DONE = "done"


STATUS_LABELS: dict[str, str] = {
    GoalStatus.ON_TRACK: QT_TRANSLATE_NOOP("Goals", "On track"),
    GoalStatus.AT_RISK: QT_TRANSLATE_NOOP("Goals", "At risk"),
    GoalStatus.OFF_TRACK: QT_TRANSLATE_NOOP("Goals", "Off track"),
    GoalStatus.DONE: QT_TRANSLATE_NOOP("Goals", "Done"),
}
