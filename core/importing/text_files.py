"""csv / tsv / txt: encoding and delimiter detection, and the cells of the file as a grid."""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

from core.i18n import QT_TRANSLATE_NOOP
from core.importing.errors import file_error
from core.jobs import Progress

CTX = "Import"
DELIMITERS = (",", ";", "\t", "|")
MAX_FIELD_CHARS = 32 * 1024 * 1024  # Shopify "Body (HTML)" cells can pass csv's 128 KB default

csv.field_size_limit(max(csv.field_size_limit(), MAX_FIELD_CHARS))


def detect_encoding(data: bytes) -> str:
    """The Python codec of ``data``: BOMs first, then UTF-8, then charset-normalizer."""
    if data.startswith(b"\xef\xbb\xbf"):
        return "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "utf-16"
    sample = data[:4096]
    if len(sample) >= 4 and sample.count(b"\x00") > len(sample) // 4:
        # UTF-16 without BOM: every other byte of ASCII text is zero.
        return "utf-16-le" if sample[1::2].count(0) > sample[0::2].count(0) else "utf-16-be"
    try:
        data.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data[:200_000]).best()
    if best is None:
        return ""
    encoding = best.encoding.lower()
    if encoding in {"gbk", "gb2312", "hz", "gb18030", "cp936"}:
        return "gb18030"  # a superset: never fails on the rarer characters GBK files hold
    return encoding


def detect_delimiter(text: str) -> str:
    """The delimiter whose split gives the most rows with the same number (> 1) of columns."""
    sample = text[:65536]
    if len(text) > len(sample) and "\n" in sample:
        sample = sample[: sample.rfind("\n")]
    best, best_score = ",", (0.0, 0)
    for delimiter in DELIMITERS:
        try:
            rows = [r for r in csv.reader(io.StringIO(sample), delimiter=delimiter) if r][:200]
        except csv.Error:
            continue
        if not rows:
            continue
        counts: dict[int, int] = {}
        for row in rows:
            counts[len(row)] = counts.get(len(row), 0) + 1
        width, frequency = max(counts.items(), key=lambda item: (item[1], item[0]))
        score = (frequency / len(rows) if width > 1 else 0.0, width)
        if score > best_score:
            best, best_score = delimiter, score
    return best


def read_text_grid(path: Path, progress: Progress | None) -> tuple[list[list[Any]], str, str]:
    """(rows of cells, encoding, delimiter); raises ImportFileError for what is not a table."""
    data = path.read_bytes()
    if not data.strip():
        raise file_error(QT_TRANSLATE_NOOP("Import", "“{file}” is empty."), path)
    encoding = detect_encoding(data)
    try:
        if not encoding:
            raise UnicodeDecodeError("?", b"", 0, 1, "unknown")
        text = data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        raise file_error(
            QT_TRANSLATE_NOOP(
                "Import",
                "“{file}” is not a text table (its characters could not be read). "
                "Save it as CSV (UTF-8) or .xlsx and try again.",
            ),
            path,
        ) from None
    if "\x00" in text or sum(1 for c in text[:4096] if c < " " and c not in "\r\n\t") > 8:
        raise file_error(
            QT_TRANSLATE_NOOP(
                "Import",
                "“{file}” is not a text table (it holds binary data). "
                "Save it as CSV (UTF-8) or .xlsx and try again.",
            ),
            path,
        )
    delimiter = detect_delimiter(text)
    grid: list[list[Any]] = []
    estimate = max(text.count("\n", 0, 1_000_000) * max(len(text) // 1_000_000, 1), 1)
    try:
        for row in csv.reader(io.StringIO(text, newline=""), delimiter=delimiter):
            grid.append(row)
            if progress is not None and len(grid) % 5000 == 0:
                progress.report(min(len(grid), estimate), estimate, "")
    except csv.Error as exc:
        raise file_error(
            QT_TRANSLATE_NOOP("Import", "“{file}” row {row} could not be read: {reason}."),
            path,
            row=len(grid) + 1,
            reason=str(exc),
        ) from None
    return grid, encoding, delimiter
