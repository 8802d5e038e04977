"""The marks for translatable text, apart from core/i18n.py's Message (a dataclass: importing
``dataclasses`` and building the class takes ~5 ms, which the main window's first paint, via
core/steps.py, does not wait for). core.i18n re-exports both."""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - name lupdate knows
    return text


def identity(context: str, text: str) -> str:
    return text
