"""Translatable text without Qt.

Core code marks user-facing text with ``QT_TRANSLATE_NOOP(context, text)`` so that
``pyside6-lupdate`` collects it; the text itself stays English. Whoever shows it passes a
``Translate`` callable (the GUI passes ``QCoreApplication.translate``; the CLI the identity).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from core.text_marks import QT_TRANSLATE_NOOP, identity

__all__ = ["QT_TRANSLATE_NOOP", "Message", "Translate", "identity"]

Translate = Callable[[str, str], str]


@dataclass(frozen=True)
class Message:
    """A translatable message with named placeholders, e.g. ``{row}``."""

    context: str
    text: str
    params: dict[str, Any] = field(default_factory=dict)

    def render(self, translate: Translate = identity) -> str:
        # A parameter may itself be a Message (e.g. where a cell is): same language.
        params = {
            key: value.render(translate) if isinstance(value, Message) else value
            for key, value in self.params.items()
        }
        template = translate(self.context, self.text)
        try:
            return template.format(**params)
        except (KeyError, IndexError, ValueError):
            return self.text.format(**params)

    def __str__(self) -> str:
        return self.render()
