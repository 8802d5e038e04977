"""An import that lands after someone's edit: never an overwrite unseen.

An import is previewed, then applied: a value someone changed between the two is not
overwritten unseen. The apply checks each record it writes against what the preview read
(``seen``), with the same rule as an edit (core.edits), and refuses with every such record at
once (:class:`ImportConflicts`, nothing written); the person keeps the file's value or theirs,
per record or for all, and the import is applied again with that choice.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from core.edits import _SOMEONE, ConflictError, joined
from core.i18n import QT_TRANSLATE_NOOP, Message


class ImportConflict(ConflictError):
    """A record someone changed after an import's preview: ``mine`` is the file's value."""

    file_name: str = ""

    @classmethod
    def of(cls, conflict: ConflictError, file_name: str) -> ImportConflict:
        made = cls(
            conflict.what,
            conflict.field,
            conflict.mine,
            conflict.theirs,
            conflict.seen,
            conflict.changed_by,
            conflict.changed_at,
            conflict.fields,
        )
        made.key, made.file_name = conflict.key, file_name
        made.args = (made.message.render(),)
        return made

    @property
    def message(self) -> Message:
        clashes = self.clashes
        params: dict[str, Any] = {
            "who": self.changed_by or _SOMEONE,
            "what": self.what,
            "when": self.when,
            "file": getattr(self, "file_name", ""),
        }
        if len(clashes) > 1:
            params["fields"] = joined([f.label for f in clashes])
            text = (
                QT_TRANSLATE_NOOP(
                    "Conflict",
                    "{who} changed {what} at {when}, after the preview of {file}: {fields} "
                    "differ from the file.",
                )
                if self.changed_at
                else QT_TRANSLATE_NOOP(
                    "Conflict",
                    "{who} changed {what} after the preview of {file}: {fields} differ from "
                    "the file.",
                )
            )
            return Message("Conflict", text, params)
        first = clashes[0] if clashes else self.fields[0]
        params |= {
            "field": first.label,
            "theirs": first.shown(first.theirs),
            "mine": first.shown(first.mine),
        }
        text = (
            QT_TRANSLATE_NOOP(
                "Conflict",
                "{who} changed {field} of {what} at {when}, after the preview of {file}: it is "
                "now {theirs}; the file has {mine}.",
            )
            if self.changed_at
            else QT_TRANSLATE_NOOP(
                "Conflict",
                "{who} changed {field} of {what} after the preview of {file}: it is now "
                "{theirs}; the file has {mine}.",
            )
        )
        return Message("Conflict", text, params)


class ImportConflicts(Exception):
    """An import refused because records it writes were changed after its preview; nothing
    was written. ``conflicts``: one :class:`ImportConflict` per record (``key`` tells which)."""

    def __init__(self, conflicts: list[ImportConflict], file_name: str) -> None:
        self.conflicts, self.file_name = conflicts, file_name
        super().__init__(self.message.render())

    @property
    def message(self) -> Message:
        return Message(
            "Conflict",
            QT_TRANSLATE_NOOP(
                "Conflict",
                "Nothing was imported: someone else changed records after the preview of "
                "{file} ({count}).",
            ),
            {"count": len(self.conflicts), "file": self.file_name},
        )


def import_checked(
    conflicts: list[ImportConflict],
    key: Any,
    file_name: str,
    check: Callable[..., Any],
    *args: Any,
) -> Any:
    """``check(*args)`` (an edit's check) for the record ``key``; a conflict is kept in
    ``conflicts`` (the import goes on checking the others) and None returned."""
    try:
        return check(*args)
    except ConflictError as exc:
        exc.key = key
        conflicts.append(ImportConflict.of(exc, file_name))
        return None
