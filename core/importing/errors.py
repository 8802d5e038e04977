"""The error every reader raises for a file that is not a readable table (its own module so the
csv and spreadsheet readers share it without importing each other)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from core.i18n import Message

CTX = "Import"


class ImportFileError(Exception):
    """A file could not be read as a table; ``message`` names the file (and sheet)."""

    def __init__(self, message: Message) -> None:
        super().__init__(message.render())
        self.message = message


def file_error(text: str, path: Path, sheet: str = "", **params: Any) -> ImportFileError:
    return ImportFileError(Message(CTX, text, {"file": path.name, "sheet": sheet, **params}))
