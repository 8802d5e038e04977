"""A table cut at its header row (:class:`RawTable`) and how the header row is found.

Its own module so both readers, the general one (core/importing/readers.py) and the columnar
one (core/importing/columnar.py), share it without importing each other.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from core.i18n import Message
from core.importing.fields import PRODUCT_FIELDS, TargetField, normalise_header

HEADER_SEARCH_ROWS = 30


@dataclass
class RawTable:
    file_name: str
    sheet: str  # "" for csv
    sheet_names: list[str]
    header_row: int  # 1-based row in the file/sheet
    headers: list[str]
    rows: list[list[Any]]
    row_numbers: list[int]  # 1-based row of each data row, for messages
    encoding: str = ""  # text and HTML files: what was detected or chosen
    delimiter: str = ""  # csv only
    notes: list[Message] = field(default_factory=list)  # what the reader left out or doubts


def is_empty(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


# ---------------------------------------------------------------- header detection


def _header_score(row: list[Any], alias_keys: set[str]) -> float:
    texts = [v for v in row if isinstance(v, str) and v.strip()]
    if len(texts) < 2:
        return 0.0
    numbers = sum(1 for v in row if not is_empty(v)) - len(texts)
    short = sum(1 for v in texts if len(v.strip()) <= 60)
    known = sum(1 for v in texts if normalise_header(v) in alias_keys)
    return short + 3 * known - 2 * numbers - 0.5 * (len(texts) - short)


def detect_header_row(rows: list[list[Any]], fields: list[TargetField] = PRODUCT_FIELDS) -> int:
    """0-based index of the row, among the first rows, that looks most like a header: many short
    text cells, few numbers, and the more known aliases the better."""
    alias_keys = {normalise_header(a) for f in fields for a in f.aliases}
    best, best_score = 0, 0.0
    for index, row in enumerate(rows[:HEADER_SEARCH_ROWS]):
        score = _header_score(row, alias_keys)
        if score > best_score:
            best, best_score = index, score
    return best
