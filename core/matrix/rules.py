"""The fit rules of step 5: defaults in resources/reference/platform_fit.json, the workspace's
own copy (once the seller edits them) in the Setting row ``matrix_fit_rules``.

The rules are plain JSON so the rules editor can show and change any number without code:
``fit_rules(session)`` reads the workspace's copy (or the defaults), ``save_fit_rules`` checks
and stores a changed copy, ``reset_fit_rules`` goes back to the defaults.
"""

from __future__ import annotations

import copy
import json
from typing import Any

from sqlmodel import Session

from core.i18n import QT_TRANSLATE_NOOP, Message
from core.models import Setting
from core.selection.reference import load_reference

RULES_KEY = "matrix_fit_rules"
DEFAULTS_FILE = "platform_fit.json"
CTX = "Matrix"
# Sections that must be objects of numbers (the editor shows them as number fields).
NUMBER_SECTIONS = ("price_band", "fees", "logistics", "compliance", "roles", "warnings")


def _error(text: str, **params: Any) -> ValueError:
    return ValueError(Message(CTX, text, params))


def default_rules() -> dict[str, Any]:
    """A fresh copy of the shipped defaults (safe to change)."""
    return copy.deepcopy(load_reference(DEFAULTS_FILE))


def fit_rules(session: Session) -> dict[str, Any]:
    """The workspace's rules: its saved copy, with any section it lacks taken from the
    defaults (a newer app may ship a new rule); the defaults when nothing is saved or the
    saved copy cannot be read."""
    defaults = default_rules()
    row = session.get(Setting, RULES_KEY)
    if row is None:
        return defaults
    try:
        saved = json.loads(row.value)
        check_rules(saved)
    except ValueError:
        return defaults
    return {**defaults, **saved}


def rules_are_edited(session: Session) -> bool:
    return session.get(Setting, RULES_KEY) is not None


def save_fit_rules(session: Session, rules: dict[str, Any]) -> None:
    """Check and store the workspace's rules (the caller commits)."""
    check_rules(rules)
    session.merge(Setting(key=RULES_KEY, value=json.dumps(rules, ensure_ascii=False)))
    session.flush()


def reset_fit_rules(session: Session) -> None:
    row = session.get(Setting, RULES_KEY)
    if row is not None:
        session.delete(row)
        session.flush()


def _number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def check_rules(rules: Any) -> None:
    """Raise ValueError (with a translatable Message) when ``rules`` cannot be used."""
    if not isinstance(rules, dict):
        raise _error(QT_TRANSLATE_NOOP("Matrix", "The fit rules must be a JSON object."))
    if "base" in rules and not (_number(rules["base"]) and 0 <= rules["base"] <= 100):
        raise _error(QT_TRANSLATE_NOOP("Matrix", "The base score must be between 0 and 100."))
    for section in NUMBER_SECTIONS:
        values = rules.get(section, {})
        if not isinstance(values, dict) or not all(_number(v) for v in values.values()):
            raise _error(
                QT_TRANSLATE_NOOP(
                    "Matrix", "Every value of the rule \u201c{rule}\u201d must be a number."
                ),
                rule=section,
            )
    platforms = rules.get("platforms", {})
    if not isinstance(platforms, dict):
        raise _error(
            QT_TRANSLATE_NOOP("Matrix", "The platforms of the fit rules must be an object.")
        )
    for code, platform in platforms.items():
        if not isinstance(platform, dict):
            raise _error(
                QT_TRANSLATE_NOOP("Matrix", "The rules of platform {platform} must be an object."),
                platform=code,
            )
        band = platform.get("price_band")
        if band is not None and not (
            isinstance(band, list)
            and len(band) == 2
            and all(_number(v) for v in band)
            and 0 <= band[0] <= band[1]
        ):
            raise _error(
                QT_TRANSLATE_NOOP(
                    "Matrix", "The price band of {platform} must be two numbers, low to high."
                ),
                platform=code,
            )
        for section in ("hazards", "categories"):
            values = platform.get(section, {})
            if not isinstance(values, dict) or not all(_number(v) for v in values.values()):
                raise _error(
                    QT_TRANSLATE_NOOP(
                        "Matrix", "Every value of {section} of {platform} must be a number."
                    ),
                    section=section,
                    platform=code,
                )
        for key in ("fee_percent", "max_weight_g"):
            if key in platform and not _number(platform[key]):
                raise _error(
                    QT_TRANSLATE_NOOP("Matrix", "{field} of {platform} must be a number."),
                    field=key,
                    platform=code,
                )
