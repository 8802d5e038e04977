"""The fit rules of step 5: defaults in resources/reference/platform_fit.json, the workspace's
own copy (once the seller edits them) in the Setting row ``matrix_fit_rules``.

The rules are plain JSON so the rules editor can show and change any number without code:
``fit_rules(session)`` reads the workspace's copy (or the defaults), ``save_fit_rules`` checks
and stores a changed copy, ``reset_fit_rules`` goes back to the defaults.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Mapping
from typing import Any

from sqlmodel import Session

from core.edits import locked
from core.i18n import QT_TRANSLATE_NOOP, Message
from core.models import Setting
from core.selection.reference import load_reference
from core.setting_edits import checked_parts

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


def save_fit_rules(
    session: Session,
    rules: dict[str, Any],
    seen: dict[str, Any] | None = None,
    decided: Mapping[str, str] | None = None,
    labels: Mapping[str, Any] | None = None,
    *,
    back_to_defaults: bool = False,
) -> dict[str, Any]:
    """Check and store the workspace's rules (the caller commits); the rules saved.

    ``seen``: the rules the person started from. Only the values they changed are written,
    over the rules saved now, so another person's change of another value stays; someone
    else's change of the same value meanwhile is a ConflictError (``decided``: the person's
    choice, value by value; ``labels``: the values' names as the editor shows them)."""
    check_rules(rules)
    if seen is None:
        locked(session, Setting, RULES_KEY)
        merged = rules
    else:
        what = Message("Conflict", QT_TRANSLATE_NOOP("Conflict", "the fit rules"))
        current, mine = checked_parts(
            session, RULES_KEY, _flat_rules, what, flat(rules), flat(seen), decided,
            whole=back_to_defaults, labels=labels, show=_shown_rule,
        )  # fmt: skip
        merged = copy.deepcopy(fit_rules(session))
        for name, value in mine.items():
            _put(merged, name, value)
        check_rules(merged)
    if back_to_defaults and merged == default_rules():
        _delete_saved(session)
    else:
        session.merge(Setting(key=RULES_KEY, value=json.dumps(merged, ensure_ascii=False)))
        session.flush()
    return merged


def reset_fit_rules(
    session: Session,
    seen: dict[str, Any] | None = None,
    decided: Mapping[str, str] | None = None,
    labels: Mapping[str, Any] | None = None,
) -> dict[str, Any]:
    """Back to the shipped rules; with ``seen``, a value someone else changed meanwhile is a
    ConflictError first (the person may keep their value)."""
    if seen is None:
        _delete_saved(session)
        return default_rules()
    return save_fit_rules(session, default_rules(), seen, decided, labels, back_to_defaults=True)


def _delete_saved(session: Session) -> None:
    row = session.get(Setting, RULES_KEY)
    if row is not None:
        session.delete(row)
        session.flush()


# A rule's value is named by its path in the JSON, joined with this (the conflict's fields).
SEP = "."


def flat(rules: Any, prefix: str = "") -> dict[str, Any]:
    """Every value of the rules by its path ("platforms.amazon.fee_percent" → 15)."""
    if not isinstance(rules, dict):
        return {prefix: tuple(rules) if isinstance(rules, list) else rules}
    out: dict[str, Any] = {}
    for key, value in rules.items():
        out.update(flat(value, f"{prefix}{SEP}{key}" if prefix else str(key)))
    return out


def _flat_rules(session: Session) -> dict[str, Any]:
    return flat(fit_rules(session))


def _put(rules: dict[str, Any], name: str, value: Any) -> None:
    *parents, last = name.split(SEP)
    for part in parents:
        rules = rules.setdefault(part, {})
    rules[last] = list(value) if isinstance(value, tuple) else value


def _shown_rule(_name: str, value: Any) -> str:
    if value is None:
        return "—"
    if isinstance(value, tuple):
        return " – ".join(f"{v:g}" if _number(v) else str(v) for v in value)
    return f"{value:g}" if _number(value) else str(value)


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
