"""An "Excel" export that is really an HTML table saved as .xls (Chinese ERPs do this), or an
Excel 2003 XML spreadsheet (SpreadsheetML) saved as .xls, read by the same table parser.

Excel opens such a file without a word, so sellers believe it is a workbook. Each <table> is
offered as a sheet. Cells keep their text (entities decoded, <br> as a line break); colspan and
rowspan are laid out as Excel lays them out: a cell spanning columns sits in its first column
(the header cut fills the others), a cell spanning rows repeats in each row it covers, so every
variant row of a merged product name gets the name.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

from core.i18n import QT_TRANSLATE_NOOP
from core.importing.errors import file_error
from core.importing.text_files import _decoded, codec_name, detect_encoding
from core.importing.xlsx_guard import MAX_COLUMNS, MAX_GRID_CELLS

MAX_SPAN_COLUMNS = 1000  # HTML allows 1000 columns and 65534 rows per span
MAX_SPAN_ROWS = 65534
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)""", re.IGNORECASE)
_XML_ENCODING = re.compile(rb"""<\?xml[^>]+encoding\s*=\s*["']([\w.:-]+)""", re.IGNORECASE)
SPREADSHEET_ML = b"urn:schemas-microsoft-com:office:spreadsheet"
# SpreadsheetML's words for the HTML table's (the parser lowercases tags and drops prefixes).
_XML_TAGS = {"worksheet": "worksheet", "table": "table", "row": "tr", "cell": "td",
             "comment": "style"}  # fmt: skip
_SPACES = re.compile(r"[ \t\r\n\f\v\xa0]+")


def looks_like_spreadsheet_xml(head: bytes) -> bool:
    """An Excel 2003 XML workbook (what many ERPs save as .xls)."""
    plain = head.replace(b"\x00", b"") if head[:2].count(b"\x00") == 1 else head
    return plain.lstrip(b"\xef\xbb\xbf\xff\xfe \t\r\n").startswith(b"<?xml") and (
        SPREADSHEET_ML in plain or b"<Workbook" in plain
    )


def looks_like_html(head: bytes) -> bool:
    """The first bytes of a file are an HTML document or a bare table."""
    for bom in (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff"):
        if head.startswith(bom):
            head = head[len(bom) :]
            break
    if head[:2].count(b"\x00") == 1:  # UTF-16 without BOM: compare the ASCII bytes only
        head = head.replace(b"\x00", b"")
    start = head.lstrip()[:512].lower()
    return start.startswith(b"<") and any(
        tag in head.lower() for tag in (b"<table", b"<html", b"<!doctype html")
    )


def html_encoding(data: bytes) -> str:
    """BOM, then the charset the page declares (when it decodes), then detection."""
    if data.startswith(b"\xef\xbb\xbf"):
        return "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "utf-16"
    declared = _META_CHARSET.search(data[:8192]) or _XML_ENCODING.search(data[:1024])
    if declared:
        name = codec_name(declared.group(1).decode("ascii", "replace"))
        if name and _decoded(data, name, False) is not None:
            return name
    return detect_encoding(data)


@dataclass
class _Table:
    rows: list[list[Any]] = field(default_factory=list)
    merged: list[tuple[tuple[int, int], tuple[int, int]]] = field(default_factory=list)
    caption: str = ""
    pending: list[tuple[str, int, int]] = field(default_factory=list)  # the open row's cells
    carried: dict[int, tuple[int, Any]] = field(default_factory=dict)  # col → rows left, value
    cells: int = 0
    in_row: bool = False


class TooLarge(Exception):
    pass


class _TableParser(HTMLParser):
    def __init__(self, max_cells: int = MAX_GRID_CELLS, xml: bool = False) -> None:
        super().__init__(convert_charrefs=True)
        self.max_cells = max_cells
        self.xml = xml
        self.sheet_name = ""
        self.done: list[tuple[int, _Table]] = []  # (order of the opening tag, table)
        self.stack: list[tuple[int, _Table]] = []
        self.opened = 0
        self.text: list[str] | None = None  # the open cell's text
        self.span = (1, 1)
        self.skip = 0  # inside <script>/<style>
        self.caption: list[str] | None = None

    # -------------------------------------------------------------- tags
    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self.xml:
            self._xml_start(tag.rpartition(":")[2], attrs)
        elif tag in ("script", "style"):
            self.skip += 1
        elif tag == "table":
            self._close_cell()
            self.stack.append((self.opened, _Table()))
            self.opened += 1
        elif not self.stack:
            return
        elif tag == "tr":
            self._close_row()
            self.stack[-1][1].in_row = True
        elif tag in ("td", "th"):
            self._close_cell()
            self.stack[-1][1].in_row = True
            values = dict(attrs)
            self.span = (
                _span(values.get("colspan"), MAX_SPAN_COLUMNS),
                _span(values.get("rowspan"), MAX_SPAN_ROWS),
            )
            self.text = []
        elif tag == "br" and self.text is not None:
            self.text.append("\n")
        elif tag in ("p", "div", "li") and self.text:
            self.text.append("\n")
        elif tag == "caption":
            self.caption = []

    def handle_endtag(self, tag: str) -> None:
        if self.xml:
            tag = _XML_TAGS.get(tag.rpartition(":")[2], "")
        if tag in ("script", "style"):
            self.skip = max(self.skip - 1, 0)
        elif not self.stack:
            return
        elif tag == "table":
            self._close_row()
            order, table = self.stack.pop()
            self.done.append((order, table))
        elif tag == "tr":
            self._close_row()
        elif tag in ("td", "th"):
            self._close_cell()
        elif tag == "caption" and self.caption is not None:
            self.stack[-1][1].caption = _clean("".join(self.caption))
            self.caption = None

    def handle_data(self, data: str) -> None:
        if self.skip:
            return
        if self.text is not None:
            self.text.append(data)
        elif self.caption is not None:
            self.caption.append(data)

    def close(self) -> None:
        super().close()
        while self.stack:
            self.handle_endtag("table")

    def _xml_start(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {name.rpartition(":")[2]: value for name, value in attrs}
        if tag == "worksheet":
            self.sheet_name = _clean(values.get("name") or "")
        elif tag == "table":
            self._close_cell()
            self.stack.append((self.opened, _Table(caption=self.sheet_name)))
            self.opened += 1
        elif tag == "row":
            self._close_row_html()
        elif tag == "cell" and self.stack:
            self._close_cell()
            table = self.stack[-1][1]
            table.in_row = True
            index = _span(values.get("index"), MAX_SPAN_COLUMNS)  # 1-based column, may skip
            while len(table.pending) + len(table.carried) < index - 1:
                table.pending.append(("", 1, 1))
            self.span = (
                _span(_plus_one(values.get("mergeacross")), MAX_SPAN_COLUMNS),
                _span(_plus_one(values.get("mergedown")), MAX_SPAN_ROWS),
            )
            self.text = []
        elif tag == "comment":
            self.skip += 1

    def _close_row_html(self) -> None:
        if self.stack:
            self._close_row()
            self.stack[-1][1].in_row = True

    # -------------------------------------------------------------- layout
    def _close_cell(self) -> None:
        if self.text is None or not self.stack:
            self.text = None
            return
        value = "\n".join(_clean(line) for line in "".join(self.text).split("\n")).strip()
        self.stack[-1][1].pending.append((value, *self.span))
        self.text = None

    def _close_row(self) -> None:
        self._close_cell()
        if not self.stack or not self.stack[-1][1].in_row:
            return
        table = self.stack[-1][1]
        table.in_row = False
        r = len(table.rows)
        out: list[Any] = []

        def place_carried() -> None:
            while len(out) in table.carried:
                col = len(out)
                left, value = table.carried[col]
                out.append(value)
                if left <= 1:
                    del table.carried[col]
                else:
                    table.carried[col] = (left - 1, value)

        for value, colspan, rowspan in table.pending:
            place_carried()
            start = len(out)
            for k in range(colspan):
                slot = value if k == 0 else None
                out.append(slot)
                if rowspan > 1:
                    table.carried[start + k] = (rowspan - 1, slot)
            if colspan > 1 or rowspan > 1:
                table.merged.append(((r, start), (r + rowspan - 1, start + colspan - 1)))
            if len(out) > MAX_COLUMNS:
                raise TooLarge()
        if table.cells + len(out) + len(table.carried) > self.max_cells:
            raise TooLarge()  # before laying out what spans would multiply
        place_carried()
        for col in sorted(c for c in table.carried if c >= len(out)):
            out.extend([None] * (col - len(out)))
            place_carried()
        table.pending = []
        table.cells += len(out)
        if table.cells > self.max_cells:
            raise TooLarge()
        table.rows.append(out)


def _span(value: str | None, limit: int) -> int:
    try:
        return max(1, min(int(str(value).strip() or 1), limit))
    except ValueError:
        return 1


def _plus_one(merge: str | None) -> str:
    """SpreadsheetML counts the cells a merge adds (MergeAcross="2" spans 3 columns)."""
    text = (merge or "").strip()
    return str(int(text) + 1) if text.isdigit() and len(text) < 7 else "1"


def _clean(text: str) -> str:
    return _SPACES.sub(" ", text).strip()


@dataclass
class HtmlBook:
    """The tables of an HTML file, offered as sheets ("Table 1", or the caption)."""

    encoding: str
    sheet_names: list[str]
    tables: list[_Table]

    def cells(self, name: str) -> tuple[list[list[Any]], list]:
        table = self.tables[self.sheet_names.index(name)]
        return table.rows, table.merged


def read_html_book(path: Path, encoding: str | None = None) -> HtmlBook:
    data = path.read_bytes()
    head = data[:8192]
    chosen = encoding or html_encoding(data)
    try:
        if not chosen:
            raise UnicodeDecodeError("?", b"", 0, 1, "unknown")
        text = codecs.decode(data, chosen)
    except (UnicodeDecodeError, LookupError):
        raise file_error(
            QT_TRANSLATE_NOOP(
                "Import",
                "“{file}” is a web page (HTML) whose characters could not be read as {encoding}. "
                "Choose the file's encoding.",
            ),
            path,
            encoding=chosen or "?",
        ) from None
    del data
    # Spans multiply cells: a small file may not unfold into more cells than it has bytes.
    parser = _TableParser(
        min(MAX_GRID_CELLS, max(1_000_000, len(text))), xml=looks_like_spreadsheet_xml(head)
    )
    try:
        parser.feed(text)
        parser.close()
    except TooLarge:
        raise file_error(
            QT_TRANSLATE_NOOP(
                "Import",
                "“{file}” was refused: its table is larger than can be read safely (at most "
                "{columns} columns and {cells} cells).",
            ),
            path,
            columns=MAX_COLUMNS,
            cells=f"{MAX_GRID_CELLS:,}",
        ) from None
    tables = [t for _order, t in sorted(parser.done, key=lambda item: item[0]) if t.rows]
    if not tables:
        raise file_error(
            QT_TRANSLATE_NOOP(
                "Import",
                "“{file}” is a web page (HTML) without a table. Open it in Excel or WPS and "
                "save it as .xlsx.",
            ),
            path,
        )
    names: list[str] = []
    for number, table in enumerate(tables, start=1):
        name = table.caption[:60] or f"Table {number}"
        while name in names:
            name = f"{name} ({number})"
        names.append(name)
    return HtmlBook(chosen, names, tables)
