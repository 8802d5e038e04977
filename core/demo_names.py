"""Names the demo gives what it makes, kept in the workspace in English (as keys) and shown in
the reader's language: a Chinese seller saw "demo sales history" in the import history."""

from __future__ import annotations

from core.i18n import QT_TRANSLATE_NOOP, Translate, identity

DEMO_SALES_SOURCE = QT_TRANSLATE_NOOP("Demo", "demo sales history")
DEMO_SOURCES = frozenset({DEMO_SALES_SOURCE})


def source_name(file_name: str, translate: Translate = identity) -> str:
    """An import's source as shown: a file's own name as it is, the demo's in the reader's
    language."""
    if file_name in DEMO_SOURCES:
        return translate("Demo", file_name)
    return file_name
