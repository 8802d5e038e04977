"""How the matrix shows roles and statuses: colours, short letters, names — one place."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QColor

from core.goals.roles import PLATFORM_ROLES, PRODUCT_ROLES
from core.matrix.roles import PRODUCT_ROLE_COLOURS, PRODUCT_ROLE_MARKS
from core.models import ListingStatus

# Keys 1–6 set these roles, in this order (the order of step 3's role list).
ROLE_ORDER: list[str] = list(PRODUCT_ROLES)

# The colours and marks of core.matrix.roles, so the grid and its Excel export look alike;
# light enough for dark text, and the mark tells roles apart in grey or for colour-blind eyes.
ROLE_COLOURS: dict[str, str] = {role: f"#{code}" for role, code in PRODUCT_ROLE_COLOURS.items()}
NO_ROLE_COLOUR = "#d5dbe2"
BADGE_TEXT = "#1f2933"

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
    """The role's mark in the cell's badge (★ hero, ➜ traffic…); "?" without a role."""
    if not role:
        return "?"
    return PRODUCT_ROLE_MARKS.get(role, role[:1].upper())


def platform_role_name(role: str | None) -> str:
    if not role:
        return QCoreApplication.translate("MatrixRoles", "Not set")
    return QCoreApplication.translate("Goals", PLATFORM_ROLES.get(role, role))


def status_name(status: str) -> str:
    return QCoreApplication.translate("MatrixRoles", STATUS_NAMES.get(status, status))
