"""The first rows of an xlsx worksheet, read from its XML without parsing the whole sheet.

The columnar reader needs the rows above the data (title rows, the header) as cells to find the
header row, then has fastexcel read the data below it as typed columns. Parsing the sheet twice
would double the read, so the head comes from the first pieces of the XML (and the first shared
strings) instead. Only what is certain is returned: text, numbers and empty cells; anything
else (booleans, errors, dates written as text, escaped characters) returns None and the caller
takes the general path.
"""

from __future__ import annotations

import re
import zipfile
from html import unescape
from typing import Any

from core.importing.xlsx_guard import column_number

MAX_HEAD_BYTES = 8 * 1024 * 1024
PIECE = 256 * 1024

_ROW = re.compile(rb"<(?:\w+:)?row\b([^>]*?)(?:/>|>(.*?)</(?:\w+:)?row>)", re.DOTALL)
_CELL = re.compile(rb"<(?:\w+:)?c\b([^>]*?)(?:/>|>(.*?)</(?:\w+:)?c>)", re.DOTALL)
_VALUE = re.compile(rb"<(?:\w+:)?v(?:\s[^>]*)?>(.*?)</(?:\w+:)?v>", re.DOTALL)
_TEXT = re.compile(
    rb"<(?:\w+:)?t(?:\s[^>]*)?>(.*?)</(?:\w+:)?t>|<(?:\w+:)?t(?:\s[^>]*)?/>", re.DOTALL
)
_PHONETIC = re.compile(rb"<(?:\w+:)?rPh\b.*?</(?:\w+:)?rPh>", re.DOTALL)
_ATTR_R = re.compile(rb"""\br\s*=\s*["']([A-Z]+)(\d+)["']""")
_ATTR_T = re.compile(rb"""\bt\s*=\s*["'](\w+)["']""")
_SHARED_ITEM = re.compile(rb"<(?:\w+:)?si\b[^>]*?(?:/>|>(.*?)</(?:\w+:)?si>)", re.DOTALL)
_ESCAPED = re.compile(r"_x[0-9A-Fa-f]{4}_")


class Unsure(Exception):
    """The head holds something this reader does not decode exactly like calamine."""


def _text(fragment: bytes) -> str:
    fragment = _PHONETIC.sub(b"", fragment)
    parts = [m.group(1) or b"" for m in _TEXT.finditer(fragment)]
    text = unescape(b"".join(parts).decode("utf-8"))
    if _ESCAPED.search(text) or "\r" in text:
        raise Unsure
    return text


def _prefix(
    archive: zipfile.ZipFile, name: str, until: re.Pattern[bytes], count: int
) -> tuple[bytes, bool]:
    """The part's first bytes, enough to hold ``count`` matches of ``until`` (or all of it),
    and whether that is all of it."""
    data = b""
    with archive.open(name) as member:
        while len(data) < MAX_HEAD_BYTES:
            piece = member.read(PIECE)
            if not piece:
                return data, True
            data += piece
            if len(until.findall(data)) > count:
                return data, False
    raise Unsure


def _shared_strings(archive: zipfile.ZipFile, needed: int) -> list[str]:
    names = {info.filename.lower(): info.filename for info in archive.infolist()}
    name = names.get("xl/sharedstrings.xml")
    if name is None:
        if needed >= 0:
            raise Unsure
        return []
    data, _ended = _prefix(archive, name, _SHARED_ITEM, needed + 1)
    items = [_text(m.group(1) or b"") for m in _SHARED_ITEM.finditer(data)]
    if len(items) <= needed:
        raise Unsure
    return items


def head_rows(
    archive: zipfile.ZipFile, part: str, wanted: int
) -> tuple[list[list[Any]], bool] | None:
    """The sheet's rows from row 1 up to the ``wanted``-th row element or the sheet's end,
    cells from column A as calamine gives them ("" empty, str, float), and whether the sheet
    ends there; None when unsure."""
    try:
        return _head_rows(archive, part, wanted)
    except (Unsure, UnicodeDecodeError, ValueError, KeyError, IndexError):
        return None


def _head_rows(archive: zipfile.ZipFile, part: str, wanted: int) -> tuple[list[list[Any]], bool]:
    data, ended = _prefix(archive, part, _ROW, wanted)
    cells: dict[tuple[int, int], tuple[bytes, bytes]] = {}
    shared_max = -1
    seen = 0
    for row_match in _ROW.finditer(data):
        attrs, body = row_match.groups()
        if not body:
            continue
        for cell in _CELL.finditer(body):
            cell_attrs, inner = cell.groups()
            ref = _ATTR_R.search(cell_attrs)
            if ref is None:
                raise Unsure  # cells without references: positions implied, left to calamine
            kind = _ATTR_T.search(cell_attrs)
            key = (int(ref.group(2)) - 1, column_number(ref.group(1).decode()) - 1)
            cells[key] = (kind.group(1) if kind else b"n", inner or b"")
            if kind and kind.group(1) == b"s":
                value = _VALUE.search(inner or b"")
                if value:
                    shared_max = max(shared_max, int(value.group(1)))
        seen += 1
        if seen >= wanted:
            ended = False
            break
    shared = _shared_strings(archive, shared_max) if shared_max >= 0 else []
    if not cells:
        return [], ended
    height = max(r for r, _ in cells) + 1
    width = max(c for _, c in cells) + 1
    grid: list[list[Any]] = [[""] * width for _ in range(height)]
    for (r, c), (cell_kind, content) in cells.items():
        grid[r][c] = _value(cell_kind, content, shared)
    return grid, ended


def _value(kind: bytes, inner: bytes, shared: list[str]) -> Any:
    if kind == b"inlineStr":
        return _text(inner)
    value = _VALUE.search(inner)
    if value is None:
        if kind in (b"n", b"s", b"str"):
            return ""
        raise Unsure
    raw: bytes = value.group(1)
    if kind == b"s":
        return shared[int(raw)]
    if kind == b"str":
        return _text(b"<t>" + raw + b"</t>")
    if kind == b"n":
        return float(raw)
    raise Unsure  # booleans, errors, ISO dates
