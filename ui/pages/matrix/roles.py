"""How the matrix shows roles and statuses: colours, short letters, names — one place."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QColor

from core.goals.roles import PLATFORM_ROLES, PRODUCT_ROLES
from core.models import ListingStatus

# Keys 1–6 set these roles, in this order (the order of step 3's role list).
ROLE_ORDER: list[str] = list(PRODUCT_ROLES)

# Distinct in hue and in lightness, so they stay apart on a projector and in grey.
ROLE_COLOURS: dict[str, str] = {
    "hero": "#d9485f",
    "traffic": "#2f80ed",
    "profit": "#1e9e5a",
    "image": "#9b51e0",
    "potential": "#e8890c",
    "defensive": "#56606b",
}
NO_ROLE_COLOUR = "#a0aab4"

# One or two letters drawn in the cell's badge (Chinese: the role's first character).
ROLE_LETTERS: dict[str, str] = {
    "hero": QT_TRANSLATE_NOOP("MatrixRoles", "H"),
    "traffic": QT_TRANSLATE_NOOP("MatrixRoles", "T"),
    "profit": QT_TRANSLATE_NOOP("MatrixRoles", "P"),
    "image": QT_TRANSLATE_NOOP("MatrixRoles", "I"),
    "potential": QT_TRANSLATE_NOOP("MatrixRoles", "Pt"),
    "defensive": QT_TRANSLATE_NOOP("MatrixRoles", "D"),
}

STATUS_NAMES: dict[str, str] = {
    ListingStatus.PLANNED.value: QT_TRANSLATE_NOOP("MatrixRoles", "Planned"),
    ListingStatus.ACTIVE.value: QT_TRANSLATE_NOOP("MatrixRoles", "Active"),
    ListingStatus.PAUSED.value: QT_TRANSLATE_NOOP("MatrixRoles", "Paused"),
    ListingStatus.ENDED.value: QT_TRANSLATE_NOOP("MatrixRoles", "Ended"),
}


def role_colour(role: str | None) -> QColor:
    return QColor(ROLE_COLOURS.get(role or "", NO_ROLE_COLOUR))


def role_name(role: str | None) -> str:
    if not role:
        return QCoreApplication.translate("MatrixRoles", "No role yet")
    return QCoreApplication.translate("Goals", PRODUCT_ROLES.get(role, role))


def role_letter(role: str | None) -> str:
    if not role:
        return "?"
    return QCoreApplication.translate("MatrixRoles", ROLE_LETTERS.get(role, role[:1].upper()))


def platform_role_name(role: str | None) -> str:
    if not role:
        return QCoreApplication.translate("MatrixRoles", "Not set")
    return QCoreApplication.translate("Goals", PLATFORM_ROLES.get(role, role))


def status_name(status: str) -> str:
    return QCoreApplication.translate("MatrixRoles", STATUS_NAMES.get(status, status))
