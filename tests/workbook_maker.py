"""Small hand-made workbooks for tests: xlsx and ods written as zip + XML, byte for byte.

No library writes the hostile shapes (a cell at XFD1048576, one 10 MB shared string used a
thousand times, entity bombs), and openpyxl is too slow for 100,000 rows: these writers are a
few lines of XML each and produce what Excel and LibreOffice write, minus styles.
"""

from __future__ import annotations

import struct
import zipfile
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-'
    'officedocument.spreadsheetml.sheet.main+xml"/>'
    "{sheets}"
    '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-'
    'officedocument.spreadsheetml.sharedStrings+xml"/>'
    "</Types>"
)
SHEET_TYPE = (
    '<Override PartName="/xl/worksheets/sheet{n}.xml" ContentType="application/'
    'vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
)
ROOT_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>'
)
NS_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
NS_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def column_letters(index: int) -> str:
    """0 → A, 25 → Z, 26 → AA, 16383 → XFD."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def cell_xml(ref: str, value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return f'<c r="{ref}" t="b"><v>{int(value)}</v></c>'
    if isinstance(value, int | float):
        return f'<c r="{ref}"><v>{value}</v></c>'
    return f'<c r="{ref}" t="inlineStr"><is><t>{escape(str(value))}</t></is></c>'


def rows_xml(rows: Iterable[Sequence[Any]]) -> Iterable[str]:
    for number, row in enumerate(rows, start=1):
        cells = "".join(cell_xml(f"{column_letters(c)}{number}", v) for c, v in enumerate(row))
        yield f'<row r="{number}">{cells}</row>'


def sheet_xml(body: Iterable[str], dimension: str = "", prolog: str = "") -> Iterable[str]:
    yield f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n{prolog}'
    yield f'<worksheet xmlns="{NS_MAIN}" xmlns:r="{NS_REL}">'
    if dimension:
        yield f'<dimension ref="{dimension}"/>'
    yield "<sheetData>"
    yield from body
    yield "</sheetData></worksheet>"


def write_xlsx(
    path: Path,
    sheets: dict[str, Iterable[str]],
    shared_strings: Sequence[str] = (),
    extra_entries: dict[str, bytes] | None = None,
    shared_prolog: str = "",
    compression: int = zipfile.ZIP_DEFLATED,
) -> Path:
    """``sheets``: name → the sheet XML as chunks (see sheet_xml); streamed into the zip."""
    names = list(sheets)
    with zipfile.ZipFile(path, "w", compression) as archive:
        overrides = "".join(SHEET_TYPE.format(n=i + 1) for i in range(len(names)))
        archive.writestr("[Content_Types].xml", CONTENT_TYPES.format(sheets=overrides))
        archive.writestr("_rels/.rels", ROOT_RELS)
        entries = "".join(
            f'<sheet name="{escape(name)}" sheetId="{i + 1}" r:id="rId{i + 1}"/>'
            for i, name in enumerate(names)
        )
        archive.writestr(
            "xl/workbook.xml",
            f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            f'<workbook xmlns="{NS_MAIN}" xmlns:r="{NS_REL}"><sheets>{entries}</sheets></workbook>',
        )
        rels = "".join(
            f'<Relationship Id="rId{i + 1}" Type="{NS_REL}/worksheet" '
            f'Target="worksheets/sheet{i + 1}.xml"/>'
            for i in range(len(names))
        )
        rels += (
            f'<Relationship Id="rId{len(names) + 1}" Type="{NS_REL}/sharedStrings" '
            'Target="sharedStrings.xml"/>'
        )
        archive.writestr(
            "xl/_rels/workbook.xml.rels",
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns='
            f'"http://schemas.openxmlformats.org/package/2006/relationships">{rels}</Relationships>',
        )
        with archive.open("xl/sharedStrings.xml", "w", force_zip64=True) as member:
            member.write(
                f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n{shared_prolog}'
                f'<sst xmlns="{NS_MAIN}" count="{len(shared_strings)}" '
                f'uniqueCount="{len(shared_strings)}">'.encode()
            )
            for text in shared_strings:
                member.write(f"<si><t>{escape(text)}</t></si>".encode())
            member.write(b"</sst>")
        for i, name in enumerate(names):
            with archive.open(f"xl/worksheets/sheet{i + 1}.xml", "w", force_zip64=True) as member:
                buffer: list[str] = []
                size = 0
                for chunk in sheets[name]:
                    buffer.append(chunk)
                    size += len(chunk)
                    if size > 1 << 20:
                        member.write("".join(buffer).encode())
                        buffer, size = [], 0
                member.write("".join(buffer).encode())
        for entry, data in (extra_entries or {}).items():
            archive.writestr(entry, data, compress_type=zipfile.ZIP_STORED)
    return path


def simple_xlsx(
    path: Path, rows: Sequence[Sequence[Any]], sheet: str = "Sheet1", dimension: bool = True
) -> Path:
    """Like Excel writes it, with the <dimension> of the used range (unless told not to)."""
    width = max((len(r) for r in rows), default=1)
    ref = f"A1:{column_letters(width - 1)}{max(len(rows), 1)}" if dimension else ""
    return write_xlsx(path, {sheet: sheet_xml(rows_xml(rows), ref)})


def write_ods(
    path: Path, rows: Sequence[Sequence[Any]], sheet: str = "Sheet1", tail: str = ""
) -> Path:
    """An OpenDocument spreadsheet as LibreOffice writes it (mimetype first, stored); ``tail``
    is raw XML after the rows (LibreOffice adds repeated empty rows and cells there)."""
    body = []
    for row in rows:
        cells = []
        for value in row:
            if value is None:
                cells.append("<table:table-cell/>")
            elif isinstance(value, int | float) and not isinstance(value, bool):
                cells.append(
                    f'<table:table-cell office:value-type="float" office:value="{value}">'
                    f"<text:p>{value}</text:p></table:table-cell>"
                )
            else:
                cells.append(
                    f'<table:table-cell office:value-type="string"><text:p>{escape(str(value))}'
                    "</text:p></table:table-cell>"
                )
        body.append(f"<table:table-row>{''.join(cells)}</table:table-row>")
    content = (
        '<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content '
        'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">'
        f'<office:body><office:spreadsheet><table:table table:name="{escape(sheet)}">'
        f"{''.join(body)}{tail}</table:table></office:spreadsheet></office:body>"
        "</office:document-content>"
    )
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?>\n<manifest:manifest '
        'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
        '<manifest:file-entry manifest:full-path="/" manifest:media-type='
        '"application/vnd.oasis.opendocument.spreadsheet"/>'
        '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
        "</manifest:manifest>"
    )
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(
            "mimetype", "application/vnd.oasis.opendocument.spreadsheet", zipfile.ZIP_STORED
        )
        archive.writestr("META-INF/manifest.xml", manifest)
        archive.writestr("content.xml", content)
    return path


# ---------------------------------------------------------------- legacy .xls (BIFF8)

_FREE, _END, _FAT = 0xFFFFFFFF, 0xFFFFFFFE, 0xFFFFFFFD


def _record(kind: int, data: bytes) -> bytes:
    return struct.pack("<HH", kind, len(data)) + data


def _biff_string(text: str, length_bytes: int) -> bytes:
    """XLUnicodeString (2-byte count) or ShortXLUnicodeString (1-byte count), UTF-16."""
    count = struct.pack("<H" if length_bytes == 2 else "<B", len(text))
    return count + b"\x01" + text.encode("utf-16-le")


def _biff_bof(kind: int) -> bytes:
    return _record(0x0809, struct.pack("<HHHHII", 0x0600, kind, 0x0DBB, 0x07CC, 0, 0x06))


def _biff_stream(rows: Sequence[Sequence[Any]], sheet: str) -> bytes:
    xf = struct.pack("<HHHBBBBIIH", 0, 0, 0xFFF5, 0x20, 0, 0, 0, 0, 0, 0x20C0)  # style XF
    cell_xf = struct.pack("<HHHBBBBIIH", 0, 0, 0x0001, 0x20, 0, 0, 0, 0, 0, 0x20C0)
    font = struct.pack("<HHHHHBBBB", 200, 0, 0x7FFF, 400, 0, 0, 0, 0, 0) + _biff_string("Arial", 1)
    head = _biff_bof(0x0005) + _record(0x0042, struct.pack("<H", 1200))
    head += b"".join(_record(0x0031, font) for _ in range(5))
    head += b"".join(_record(0x00E0, xf) for _ in range(15)) + _record(0x00E0, cell_xf)
    name = _biff_string(sheet, 1)
    boundsheet_size = 4 + 4 + 2 + len(name)
    eof = _record(0x000A, b"")
    offset = len(head) + boundsheet_size + len(eof)
    globals_part = head + _record(0x0085, struct.pack("<IBB", offset, 0, 0) + name) + eof
    width = max((len(r) for r in rows), default=0)
    body = _biff_bof(0x0010) + _record(0x0200, struct.pack("<IIHHH", 0, len(rows), 0, width, 0))
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            if value is None:
                continue
            if isinstance(value, int | float) and not isinstance(value, bool):
                body += _record(0x0203, struct.pack("<HHHd", r, c, 15, float(value)))
            else:
                body += _record(0x0204, struct.pack("<HHH", r, c, 15) + _biff_string(str(value), 2))
    return globals_part + body + eof


def write_xls(path: Path, rows: Sequence[Sequence[Any]], sheet: str = "Sheet1") -> Path:
    """A legacy Excel 97-2003 workbook: a BIFF8 "Workbook" stream in an OLE compound file
    (one FAT sector, the stream in regular sectors, one directory sector)."""
    stream = _biff_stream(rows, sheet)
    stream += b"\x00" * (max(4096, -(-len(stream) // 512) * 512) - len(stream))
    sectors = len(stream) // 512
    directory_sector = 1 + sectors
    fat = [_FAT] + [i + 2 for i in range(sectors - 1)] + [_END, _END]
    fat += [_FREE] * (128 - len(fat))

    def entry(name: str, kind: int, child: int, start: int, size: int) -> bytes:
        raw = name.encode("utf-16-le") + b"\x00\x00" if name else b""
        return (
            raw.ljust(64, b"\x00")
            + struct.pack("<HBB", len(raw), kind, 1)
            + struct.pack("<III", _FREE, _FREE, child)
            + b"\x00" * 36
            + struct.pack("<IQ", start, size)
        )

    directory = (
        entry("Root Entry", 5, 1, _END, 0)
        + entry("Workbook", 2, _FREE, 1, len(stream))
        + entry("", 0, _FREE, _FREE, 0) * 2
    )
    header = (
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
        + b"\x00" * 16
        + struct.pack("<HHHHH", 0x3E, 3, 0xFFFE, 9, 6)
        + b"\x00" * 6
        + struct.pack("<IIIIIIIII", 0, 1, directory_sector, 0, 4096, _END, 0, _END, 0)
        + struct.pack("<I", 0)
        + struct.pack("<I", _FREE) * 108
    )
    path.write_bytes(header + struct.pack("<128I", *fat) + stream + directory)
    return path
