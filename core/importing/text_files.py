"""csv / tsv / txt: encoding and delimiter detection, and the cells of the file as a grid.

The file is decoded while it is parsed (no second copy of it as text), rows wider than a table
can be and cells longer than 32 MB are refused with the row named (a 50 MB file without a line
break is one such row), and a last line without a line end that has fewer fields than the row
before it (a file cut off mid-row) is left out with a note instead of imported with stock 0.
"""

from __future__ import annotations

import codecs
import csv
import io
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from core.i18n import QT_TRANSLATE_NOOP, Message
from core.importing.errors import CTX, file_error
from core.jobs import Progress

DELIMITERS = (",", ";", "\t", "|")
MAX_FIELD_CHARS = 32 * 1024 * 1024  # Shopify "Body (HTML)" cells can pass csv's 128 KB default
MAX_COLUMNS = 4096  # the same bound as a workbook's (core/importing/xlsx_guard.py)
SAMPLE_BYTES = 4 * 1024 * 1024

csv.field_size_limit(max(csv.field_size_limit(), MAX_FIELD_CHARS))

# Codec → how the wizard names it. The seller picks one when the guess is wrong.
ENCODINGS: dict[str, str] = {
    "utf-8": QT_TRANSLATE_NOOP("Import", "Unicode (UTF-8)"),
    "utf-8-sig": QT_TRANSLATE_NOOP("Import", "Unicode (UTF-8 with BOM)"),
    "utf-16": QT_TRANSLATE_NOOP("Import", "Unicode (UTF-16)"),
    "gb18030": QT_TRANSLATE_NOOP("Import", "Chinese Simplified (GBK / GB18030)"),
    "big5": QT_TRANSLATE_NOOP("Import", "Chinese Traditional (Big5)"),
    "cp932": QT_TRANSLATE_NOOP("Import", "Japanese (Shift-JIS)"),
    "cp949": QT_TRANSLATE_NOOP("Import", "Korean (EUC-KR)"),
    "cp1252": QT_TRANSLATE_NOOP("Import", "Western European (Windows-1252)"),
    "latin-1": QT_TRANSLATE_NOOP("Import", "Western European (ISO-8859-1)"),
    "cp1250": QT_TRANSLATE_NOOP("Import", "Central European (Windows-1250)"),
    "cp1251": QT_TRANSLATE_NOOP("Import", "Cyrillic (Windows-1251)"),
}
_CHARSET_NAMES = {"gbk": "gb18030", "gb2312": "gb18030", "hz": "gb18030", "cp936": "gb18030",
                  "shift_jis": "cp932", "euc_kr": "cp949", "windows-1252": "cp1252",
                  "iso-8859-1": "latin-1", "ascii": "utf-8"}  # fmt: skip
# What a Western-European file holds besides ASCII: accented letters and the usual symbols.
_WESTERN = set(map(chr, range(0xA0, 0x100))) | set("€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ")


@dataclass
class TextGrid:
    cells: list[list[Any]]
    encoding: str
    delimiter: str
    notes: list[Message] = field(default_factory=list)


def codec_name(encoding: str) -> str:
    """A charset as files and charset-normalizer name it → the codec the wizard offers."""
    name = encoding.strip().lower().replace("_", "-")
    name = _CHARSET_NAMES.get(name.replace("-", "_"), _CHARSET_NAMES.get(name, name))
    try:
        codecs.lookup(name)
    except LookupError:
        return ""
    return name


def _decoded(data: bytes, encoding: str, partial: bool) -> str | None:
    try:
        return codecs.getincrementaldecoder(encoding)().decode(data, final=not partial)
    except UnicodeDecodeError:
        return None


def _share(text: str, wanted) -> float:
    """The share of ``text``'s non-ASCII characters for which ``wanted(char)`` holds."""
    counts = Counter(c for c in text[:400_000] if c > "\x7f")
    total = sum(counts.values())
    return sum(n for c, n in counts.items() if wanted(c)) / total if total else 0.0


def _in_gb2312(char: str) -> bool:
    try:
        char.encode("gb2312")
    except UnicodeEncodeError:
        return False
    return True


def detect_encoding(data: bytes, complete: bool = True) -> str:
    """The codec of ``data`` (the file's first bytes when not ``complete``)."""
    if data.startswith(b"\xef\xbb\xbf"):
        return "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "utf-16"
    sample = data[:SAMPLE_BYTES]
    partial = not complete or len(data) > len(sample)
    if len(sample) >= 4 and sample.count(b"\x00") > len(sample) // 4:
        # UTF-16 without BOM: every other byte of ASCII text is zero.
        return "utf-16-le" if sample[1::2].count(0) > sample[0::2].count(0) else "utf-16-be"
    if _decoded(sample, "utf-8", partial) is not None:
        return "utf-8"
    # Chinese Excel saves GBK. Read as GBK, Chinese text is nearly all GB2312 characters; a
    # Latin-1 "é" followed by a letter lands in GBK's rarely used extension instead.
    text = _decoded(sample, "gb18030", partial)
    if text is not None and _share(text, _in_gb2312) >= 0.9:
        return "gb18030"
    # Japanese text always has kana (Shift-JIS leads 0x82/0x83, which GBK text rarely uses).
    text = _decoded(sample, "cp932", partial)
    if text is not None and _share(text, lambda c: "\u3040" <= c <= "\u30ff") >= 0.05:
        return "cp932"
    for western in ("cp1252", "latin-1"):
        text = _decoded(sample, western, partial)
        if text is not None and _share(text, _WESTERN.__contains__) >= 0.98:
            return western
    from charset_normalizer import from_bytes

    best = from_bytes(sample[:200_000]).best()
    return codec_name(best.encoding) if best is not None else ""


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


def _not_text(path: Path):
    return file_error(
        QT_TRANSLATE_NOOP(
            "Import",
            "“{file}” is not a text table (its characters could not be read). "
            "Save it as CSV (UTF-8) or .xlsx and try again.",
        ),
        path,
    )


@dataclass
class Sniffed:
    """What the first bytes of a text table say: its codec and delimiter."""

    encoding: str
    delimiter: str
    size: int
    head: bytes
    ends_with_newline: bool


def sniff_text(path: Path, encoding: str | None = None) -> Sniffed:
    """The codec (``encoding`` None = detect it) and delimiter of a text table; raises
    ImportFileError when it is no text."""
    with open(path, "rb") as handle:
        head = handle.read(SAMPLE_BYTES)
        complete = len(head) < SAMPLE_BYTES
        size = handle.seek(0, io.SEEK_END)
        handle.seek(max(size - 4, 0))
        tail = handle.read()
    if not head.strip():
        raise file_error(QT_TRANSLATE_NOOP("Import", "“{file}” is empty."), path)
    chosen = encoding or detect_encoding(head, complete)
    if not chosen:
        raise _not_text(path)
    sample = _decoded(head, chosen, not complete)
    if sample is None:
        if encoding:
            raise _wrong_encoding(path, chosen, 1)
        raise _not_text(path)
    if "\x00" in sample or sum(1 for c in sample[:4096] if c < " " and c not in "\r\n\t") > 8:
        raise file_error(
            QT_TRANSLATE_NOOP(
                "Import",
                "“{file}” is not a text table (it holds binary data). "
                "Save it as CSV (UTF-8) or .xlsx and try again.",
            ),
            path,
        )
    delimiter = detect_delimiter(sample)
    return Sniffed(chosen, delimiter, size, head, _ends_with_newline(tail, chosen))


def read_text_grid(path: Path, progress: Progress | None, encoding: str | None = None) -> TextGrid:
    """The rows of a text table; ``encoding`` None = detect it. Raises ImportFileError."""
    sniffed = sniff_text(path, encoding)
    chosen, delimiter, size, head = sniffed.encoding, sniffed.delimiter, sniffed.size, sniffed.head
    estimate = max(head.count(b"\n") * max(size // max(len(head), 1), 1), 1)
    grid: list[list[Any]] = []
    with open(path, encoding=chosen, newline="") as text:
        try:
            for row in csv.reader(text, delimiter=delimiter):
                if len(row) > MAX_COLUMNS:
                    raise _too_wide(path, len(grid) + 1, len(row))
                grid.append(row)
                if progress is not None and len(grid) % 5000 == 0:
                    progress.report(min(len(grid), estimate), estimate, "")
        except UnicodeDecodeError:
            raise _wrong_encoding(path, chosen, len(grid) + 1) from None
        except csv.Error as exc:
            if "field larger than field limit" in str(exc):
                raise file_error(
                    QT_TRANSLATE_NOOP(
                        "Import",
                        "“{file}” row {row} holds a cell longer than {limit} million "
                        "characters (a file without line breaks?). It is not a table that can "
                        "be imported.",
                    ),
                    path,
                    row=len(grid) + 1,
                    limit=MAX_FIELD_CHARS // 1_000_000,
                ) from None
            raise file_error(
                QT_TRANSLATE_NOOP("Import", "“{file}” row {row} could not be read: {reason}."),
                path,
                row=len(grid) + 1,
                reason=str(exc),
            ) from None
    notes = _check_last_row(path, grid, sniffed.ends_with_newline)
    return TextGrid(grid, chosen, delimiter, notes)


def _ends_with_newline(tail: bytes, encoding: str) -> bool:
    if encoding.startswith("utf-16"):
        return tail.endswith((b"\n\x00", b"\x00\n"))
    return tail.endswith(b"\n")


def _check_last_row(path: Path, grid: list[list[Any]], ends_with_newline: bool) -> list[Message]:
    """A file cut off mid-row: its last line has no line end and fewer fields than the one before."""
    while grid and not any(cell.strip() for cell in grid[-1]):
        grid.pop()
    if len(grid) < 2:
        return []
    last, before = grid[-1], grid[-2]
    # Many exporters (Amazon's listings report among them) end without a line end: only a
    # short last row says the file was cut off.
    if ends_with_newline or len(last) >= len(before):
        return []
    grid.pop()
    return [
        Message(
            CTX,
            QT_TRANSLATE_NOOP(
                "Import",
                "“{file}” looks cut off: its last row {row} ends without a line end and has "
                "{fields} of {expected} fields. That row was left out; check the file is "
                "complete.",
            ),
            {"file": path.name, "row": len(grid) + 1, "fields": len(last), "expected": len(before)},
        )
    ]


def _too_wide(path: Path, row: int, columns: int):
    return file_error(
        QT_TRANSLATE_NOOP(
            "Import",
            "“{file}” row {row} has {columns} columns, more than {limit}: it is not a table "
            "that can be imported (check the separator and the line breaks).",
        ),
        path,
        row=row,
        columns=columns,
        limit=MAX_COLUMNS,
    )


def _wrong_encoding(path: Path, encoding: str, row: int):
    return file_error(
        QT_TRANSLATE_NOOP(
            "Import",
            "“{file}” is not valid {encoding} text (row {row}). Choose the file's encoding.",
        ),
        path,
        encoding=Message(CTX, ENCODINGS.get(encoding, encoding)),
        row=row,
    )
