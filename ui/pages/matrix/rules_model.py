"""The fit rules as a table: one row per number (a weight in points, a threshold, a band),
named in the seller's words, with the shipped default beside it.

The rules are the JSON of core.matrix.rules; a row's ``path`` says where its number lives,
e.g. ("platforms", "amazon", "price_band", 0). The table edits a copy; ``sig_edited`` carries
the whole changed copy for the dialog to save (core checks it before storing).
"""

from __future__ import annotations

import copy
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    Qt,
    Signal,
)

NO_PARENT = QModelIndex()
Path = tuple[Any, ...]

# Names of the workspace-wide rules; per-platform rules are named from PLATFORM_FIELDS.
RULE_NAMES: dict[Path, str] = {
    ("base",): QT_TRANSLATE_NOOP("FitRules", "Starting score"),
    ("price_band", "inside"): QT_TRANSLATE_NOOP(
        "FitRules", "Price inside the platform's band (points)"
    ),
    ("price_band", "below"): QT_TRANSLATE_NOOP("FitRules", "Price below the band (points)"),
    ("price_band", "above"): QT_TRANSLATE_NOOP("FitRules", "Price above the band (points)"),
    ("fees", "thin_margin"): QT_TRANSLATE_NOOP(
        "FitRules", "Thin margin after fees, below (fraction)"
    ),
    ("fees", "thin_points"): QT_TRANSLATE_NOOP("FitRules", "Thin margin after fees (points)"),
    ("fees", "healthy_margin"): QT_TRANSLATE_NOOP(
        "FitRules", "Healthy margin after fees, from (fraction)"
    ),
    ("fees", "healthy_points"): QT_TRANSLATE_NOOP("FitRules", "Healthy margin after fees (points)"),
    ("logistics", "too_heavy"): QT_TRANSLATE_NOOP(
        "FitRules", "Heavier than the platform ships (points)"
    ),
    ("priority", "points", 0): QT_TRANSLATE_NOOP(
        "FitRules", "First platform in step 3's priority (points)"
    ),
    ("priority", "points", 1): QT_TRANSLATE_NOOP(
        "FitRules", "Second platform in the priority (points)"
    ),
    ("priority", "points", 2): QT_TRANSLATE_NOOP(
        "FitRules", "Third platform in the priority (points)"
    ),
    ("priority", "unranked"): QT_TRANSLATE_NOOP(
        "FitRules", "Platform not in the priority (points)"
    ),
    ("priority", "off_target_market"): QT_TRANSLATE_NOOP(
        "FitRules", "Market not a target market (points)"
    ),
    ("compliance", "per_open"): QT_TRANSLATE_NOOP(
        "FitRules", "Each open compliance requirement (points)"
    ),
    ("compliance", "floor"): QT_TRANSLATE_NOOP(
        "FitRules", "Compliance lowers the score at most by (points)"
    ),
    ("not_served",): QT_TRANSLATE_NOOP("FitRules", "Platform does not serve the market (points)"),
    ("roles", "high_margin"): QT_TRANSLATE_NOOP(
        "FitRules", "Role suggestion: high margin from (fraction)"
    ),
    ("roles", "low_margin"): QT_TRANSLATE_NOOP(
        "FitRules", "Role suggestion: low margin below (fraction)"
    ),
    ("roles", "image_price_quantile"): QT_TRANSLATE_NOOP(
        "FitRules", "Role suggestion: image price from quantile"
    ),
    ("roles", "defensive_price_quantile"): QT_TRANSLATE_NOOP(
        "FitRules", "Role suggestion: defensive price up to quantile"
    ),
    ("warnings", "concentration_share"): QT_TRANSLATE_NOOP(
        "FitRules", "Warning: one platform holds more than (fraction)"
    ),
    ("warnings", "concentration_min_listings"): QT_TRANSLATE_NOOP(
        "FitRules", "Warning: concentration from this many listings"
    ),
    ("warnings", "blind_listing_min_cells"): QT_TRANSLATE_NOOP(
        "FitRules", "Warning: listed without a role in at least (cells)"
    ),
}
PLATFORM_FIELDS: dict[Path, str] = {
    ("price_band", 0): QT_TRANSLATE_NOOP("FitRules", "{platform}: price band from ({currency})"),
    ("price_band", 1): QT_TRANSLATE_NOOP("FitRules", "{platform}: price band up to ({currency})"),
    ("fee_percent",): QT_TRANSLATE_NOOP("FitRules", "{platform}: fees (% of price)"),
    ("max_weight_g",): QT_TRANSLATE_NOOP("FitRules", "{platform}: heaviest parcel (g)"),
    ("hazards",): QT_TRANSLATE_NOOP("FitRules", "{platform}: {what} (points)"),
    ("categories",): QT_TRANSLATE_NOOP("FitRules", "{platform}: category “{what}” (points)"),
}
HAZARD_NAMES: dict[str, str] = {
    "has_battery": QT_TRANSLATE_NOOP("FitRules", "battery"),
    "is_liquid": QT_TRANSLATE_NOOP("FitRules", "liquid"),
    "is_powder": QT_TRANSLATE_NOOP("FitRules", "powder"),
    "is_magnetic": QT_TRANSLATE_NOOP("FitRules", "magnetic"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("FitRules", text)


def _get(rules: Any, path: Path) -> Any:
    for part in path:
        try:
            rules = rules[part]
        except (KeyError, IndexError, TypeError):
            return None
    return rules


def _number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


@dataclass(frozen=True)
class RuleRow:
    path: Path
    name: str


def rule_rows(rules: dict[str, Any]) -> list[RuleRow]:
    """Every number of the rules that the editor shows, in a stable, readable order."""
    rows = [
        RuleRow(path, _tr(name)) for path, name in RULE_NAMES.items() if _number(_get(rules, path))
    ]
    currency = rules.get("band_currency", "USD")
    for code, spec in sorted((rules.get("platforms") or {}).items()):
        if not isinstance(spec, dict):
            continue
        platform = code.capitalize() if code != "tiktok" else "TikTok Shop"
        for field, name in PLATFORM_FIELDS.items():
            if field[0] in ("hazards", "categories"):
                for what in sorted(spec.get(field[0]) or {}):
                    label = _tr(HAZARD_NAMES[what]) if what in HAZARD_NAMES else what
                    rows.append(
                        RuleRow(
                            ("platforms", code, field[0], what),
                            _tr(name).format(platform=platform, what=label),
                        )
                    )
            elif _number(_get(spec, field)):
                rows.append(
                    RuleRow(
                        ("platforms", code, *field),
                        _tr(name).format(platform=platform, currency=currency),
                    )
                )
    return rows


class RulesModel(QAbstractTableModel):
    sig_edited = Signal(object)  # the changed rules (a dict)

    NAME, VALUE, DEFAULT = range(3)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rules: dict[str, Any] = {}
        self.defaults: dict[str, Any] = {}
        self.rows: list[RuleRow] = []

    def set_rules(self, rules: dict[str, Any], defaults: dict[str, Any]) -> None:
        self.beginResetModel()
        self.rules, self.defaults = copy.deepcopy(rules), defaults
        self.rows = rule_rows(self.rules)
        self.endResetModel()

    def rowCount(self, parent=NO_PARENT) -> int:  # noqa: N802 - Qt override
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=NO_PARENT) -> int:  # noqa: N802 - Qt override
        return 0 if parent.isValid() else 3

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Rule"), self.tr("Value"), self.tr("Default"))[section]
        return None

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == self.VALUE:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if index.column() == self.NAME:
                return row.name
            source = self.rules if index.column() == self.VALUE else self.defaults
            value = _get(source, row.path)
            if role == Qt.ItemDataRole.EditRole:
                return value
            return "" if value is None else f"{value:g}"
        if role == Qt.ItemDataRole.FontRole and index.column() == self.VALUE:
            if _get(self.rules, row.path) != _get(self.defaults, row.path):
                from PySide6.QtGui import QFont

                font = QFont()
                font.setBold(True)  # changed from the default
                return font
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() != self.NAME:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == self.NAME:
            return ".".join(str(p) for p in row.path)
        return None

    def setData(self, index: QModelIndex, value, role=Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.EditRole or index.column() != self.VALUE:
            return False
        try:
            number = float(str(value).replace(",", ".").strip())
        except ValueError:
            return False
        row = self.rows[index.row()]
        old = _get(self.rules, row.path)
        if isinstance(old, int) and number.is_integer():
            number = int(number)
        if number == old:
            return False
        changed = copy.deepcopy(self.rules)
        target = changed
        for part in row.path[:-1]:
            target = target[part]
        target[row.path[-1]] = number
        self.sig_edited.emit(changed)  # the dialog saves it and calls set_value on success
        return True

    def accept(self, rules: dict[str, Any]) -> None:
        """The saved rules: show them (the edited value, bold when not the default)."""
        self.rules = copy.deepcopy(rules)
        if self.rowCount():
            self.dataChanged.emit(self.index(0, 1), self.index(self.rowCount() - 1, 1))
