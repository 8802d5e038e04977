"""The hostile-file corpus: broken and malicious files every reader must survive.

    python -m tests.hostile_corpus OUTDIR [--heavy]     writes the files, one per case

Each case builds its file from a fixed seed (the corpus is the same on every run) and says what
a correct reader does with it: "refuse" (an ImportFileError naming the file), "read" (a grid,
checked by the case's ``check``), or "either" (damage that may or may not hit the data).
tests/test_hostile_files.py runs every case through read_grid within time and memory limits;
heavy cases (tens of MB) run with ``make reliability``.
"""

from __future__ import annotations

import random
import sys
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tests.workbook_maker import sheet_xml, simple_xlsx, write_ods, write_xls, write_xlsx

HEADER = ["SKU", "Name", "Cost", "Price", "Stock"]
ROWS = [HEADER] + [[f"S-{i}", f"Item {i}", 1.5 + i, 9.99, i] for i in range(1, 41)]


@dataclass
class Case:
    name: str  # file name, with the suffix a seller would see
    build: Callable[[Path], None]
    expect: str  # "refuse" | "read" | "either"
    heavy: bool = False
    check: Callable[[Any], bool] | None = None  # for "read": the grid is right
    mentions: str = ""  # for "refuse": a word the message must hold (besides the file name)


def _good_xlsx(path: Path) -> None:
    simple_xlsx(path, ROWS)


def _far_cell(
    ref: str, dimension: str | None = "same", attribute: str = 'r="{}"'
) -> Callable[[Path], None]:
    """One cell at ``ref``; ``attribute`` spells the far cell's reference (XML allows r='..')."""

    def build(path: Path) -> None:
        row = "".join(c for c in ref if c.isdigit())
        body = [
            '<row r="1"><c r="A1" t="inlineStr"><is><t>SKU</t></is></c>'
            '<c r="B1" t="inlineStr"><is><t>Name</t></is></c></row>',
            f'<row r="{row}"><c {attribute.format(ref)}><v>1</v></c></row>',
        ]
        dim = f"A1:{ref}" if dimension == "same" else (dimension or "")
        write_xlsx(path, {"Sheet1": sheet_xml(body, dim)})

    return build


def _single_quoted_workbook(path: Path) -> None:
    """The far cell, and workbook.xml with single-quoted attributes (valid XML, not Excel's)."""
    _far_cell("XFD5000", None, "r='{}'")(path)
    with zipfile.ZipFile(path) as archive:
        parts = {i.filename: archive.read(i) for i in archive.infolist()}
    parts["xl/workbook.xml"] = parts["xl/workbook.xml"].replace(b'"', b"'")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in parts.items():
            archive.writestr(name, content)


def _cut(fraction: float) -> Callable[[Path], None]:
    def build(path: Path) -> None:
        _good_xlsx(path)
        data = path.read_bytes()
        path.write_bytes(data[: int(len(data) * fraction)])

    return build


def _flipped(seed: int, flips: int) -> Callable[[Path], None]:
    def build(path: Path) -> None:
        _good_xlsx(path)
        data = bytearray(path.read_bytes())
        rng = random.Random(seed)
        for _ in range(flips):
            i = rng.randrange(len(data))
            data[i] ^= 1 << rng.randrange(8)
        path.write_bytes(bytes(data))

    return build


def _shared_string_bomb(size: int, uses: int, random_text: bool = False) -> Callable[[Path], None]:
    def build(path: Path) -> None:
        text = (
            "".join(random.Random(7).choices("abcdefghijklmnopqrstuvwxyz", k=size))
            if random_text
            else "A" * size
        )
        cells = "".join(f'<c r="A{r}" t="s"><v>0</v></c>' for r in range(1, 2))
        body = [f'<row r="{r}">{cells.replace("A1", f"A{r}")}</row>' for r in range(1, uses + 1)]
        write_xlsx(path, {"Sheet1": sheet_xml(body)}, shared_strings=[text])

    return build


def _padded_bomb(padding: int, bomb: int) -> Callable[[Path], None]:
    """A deflated entry of zeros hidden next to random stored padding: the whole file's ratio
    looks ordinary, the bomb entry's does not."""

    def build(path: Path) -> None:
        def body():
            yield '<row r="1"><c r="A1" t="inlineStr"><is><t>SKU</t></is></c></row><!--'
            for _ in range(bomb // 1_000_000):
                yield " " * 1_000_000
            yield "-->"

        padding_bytes = random.Random(3).randbytes(padding)
        write_xlsx(
            path, {"Sheet1": sheet_xml(body())}, extra_entries={"xl/media/pad.bin": padding_bytes}
        )

    return build


LAUGHS = (
    '<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">'
    '<!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">'
    '<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">'
    '<!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">'
    '<!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">]>'
)
XXE = '<!DOCTYPE r [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'


def _entity_xlsx(prolog: str, where: str) -> Callable[[Path], None]:
    def build(path: Path) -> None:
        use = "&lol5;" if "lol" in prolog else "&xxe;"
        if where == "shared":
            body = ['<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>0</v></c></row>']
            write_xlsx(
                path, {"Sheet1": sheet_xml(body)}, shared_strings=["x"], shared_prolog=prolog
            )
            data = path.read_bytes()  # put the entity into the shared string
            with zipfile.ZipFile(path) as archive:
                parts = {i.filename: archive.read(i) for i in archive.infolist()}
            parts["xl/sharedStrings.xml"] = parts["xl/sharedStrings.xml"].replace(
                b"<t>x</t>", f"<t>{use}</t>".encode()
            )
            with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
                for name, content in parts.items():
                    archive.writestr(name, content)
            del data
        else:
            body = [f'<row r="1"><c r="A1" t="inlineStr"><is><t>{use}</t></is></c></row>']
            write_xlsx(path, {"Sheet1": sheet_xml(body, prolog=prolog)})

    return build


def _bytes(data: bytes) -> Callable[[Path], None]:
    return lambda path: path.write_bytes(data)


def _text(text: str, encoding: str) -> Callable[[Path], None]:
    return lambda path: path.write_bytes(text.encode(encoding))


def _cells(grid) -> list[list[str]]:
    return [[str(v) for v in row] for row in grid.cells]


CSV = "SKU,Name,Cost,Stock\r\nS-1,Café crème,3.5,146\r\nS-2,Mug €,2,8\r\n"
CN_CSV = "商品SKU,品名,采购价,库存\r\nA-001,蓝牙耳机,35.5,8\r\n"
JP_CSV = "SKU,商品名,価格,在庫\r\nJ-1,ティーカップ,1200,5\r\n"


def cases(heavy: bool = False) -> list[Case]:
    result = [
        Case("good.xlsx", _good_xlsx, "read", check=lambda g: g.cells[1][0] == "S-1"),
        Case("cut-half.xlsx", _cut(0.5), "refuse"),
        Case("cut-end.xlsx", _cut(0.97), "refuse"),
        *[Case(f"flipped-{s}.xlsx", _flipped(s, 4), "either") for s in range(8)],
        Case("far-XFD1048576.xlsx", _far_cell("XFD1048576"), "refuse", mentions="XFD1048576"),
        Case("far-XFD5000.xlsx", _far_cell("XFD5000"), "refuse", mentions="XFD5000"),
        Case("far-XFD20000.xlsx", _far_cell("XFD20000"), "refuse", mentions="XFD20000"),
        Case("far-AAA100000.xlsx", _far_cell("AAA100000"), "refuse", mentions="AAA100000"),
        Case("far-ZZZZZZ1.xlsx", _far_cell("ZZZZZZ1"), "refuse"),
        Case(
            "far-no-dimension.xlsx", _far_cell("XFD1048576", None), "refuse", mentions="XFD1048576"
        ),
        Case(
            "far-lying-dimension.xlsx", _far_cell("XFD5000", "A1:B2"), "refuse", mentions="XFD5000"
        ),
        Case(
            "far-single-quotes.xlsx",
            _far_cell("XFD5000", "A1:B2", "r='{}'"),
            "refuse",
            mentions="XFD5000",
        ),  # fmt: skip
        Case(
            "far-spaced.xlsx", _far_cell("XFD5000", None, 'r = "{}"'), "refuse", mentions="XFD5000"
        ),  # fmt: skip
        Case(
            "far-single-quoted-workbook.xlsx", _single_quoted_workbook, "refuse", mentions="XFD5000"
        ),  # fmt: skip
        Case("near-Z1000.xlsx", _far_cell("Z1000"), "read", check=lambda g: len(g.cells) == 1000),
        Case("shared-string-bomb.xlsx", _shared_string_bomb(10_000_000, 1000), "refuse"),
        Case("shared-string-random.xlsx", _shared_string_bomb(3_000_000, 50, True), "refuse"),
        Case("padded-bomb.xlsx", _padded_bomb(2_000_000, 60_000_000), "refuse"),
        Case(
            "billion-laughs-sheet.xlsx", _entity_xlsx(LAUGHS, "sheet"), "refuse", mentions="entit"
        ),
        Case(
            "billion-laughs-shared.xlsx", _entity_xlsx(LAUGHS, "shared"), "refuse", mentions="entit"
        ),
        Case("xxe-sheet.xlsx", _entity_xlsx(XXE, "sheet"), "refuse", mentions="entit"),
        Case("xxe-shared.xlsx", _entity_xlsx(XXE, "shared"), "refuse", mentions="entit"),
        Case("png-named.xlsx", _bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8), "refuse"),
        Case("text-named.xlsx", _text(CSV, "utf-8"), "refuse"),
        Case("zip-not-workbook.xlsx", _zip_of_text, "refuse"),
        Case(
            "good.xls",
            lambda p: write_xls(p, ROWS),
            "read",
            check=lambda g: g.cells[1][:2] == ["S-1", "Item 1"],
        ),  # fmt: skip
        Case("cut.xls", _cut_xls, "refuse"),
        *[Case(f"flipped-{s}.xls", _flipped_xls(s), "either") for s in range(4)],
        Case(
            "ole-empty.xls", _bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600), "refuse"
        ),
        Case("xlsx-named.csv", _good_xlsx, "read", check=lambda g: g.cells[1][0] == "S-1"),
        Case(
            "good.ods", lambda p: write_ods(p, ROWS), "read", check=lambda g: g.cells[2][0] == "S-2"
        ),
        Case("cut.ods", _cut_ods, "refuse"),
        Case(
            "libreoffice-empty-tail.ods",
            lambda p: write_ods(p, ROWS, tail=EMPTY_TAIL),
            "read",
            check=lambda g: len(g.cells) == 41 and g.cells[40][0] == "S-40",
        ),  # fmt: skip
        Case(
            "repeat-bomb.ods",
            lambda p: write_ods(p, ROWS, tail=REPEAT_BOMB),
            "refuse",
            mentions="ALL1048576",
        ),  # fmt: skip
        Case("nul-bytes.csv", _text("SKU,Name\n\x00\x00A,\x00b\n" * 50, "utf-8"), "refuse"),
        Case(
            "cp1252.csv",
            _text(CSV, "cp1252"),
            "read",
            check=lambda g: g.cells[1][1] == "Café crème" and g.cells[2][1] == "Mug €",
        ),  # fmt: skip
        Case(
            "latin-1.csv",
            _text(CSV.replace("€", "£"), "latin-1"),
            "read",
            check=lambda g: g.cells[1][1] == "Café crème",
        ),  # fmt: skip
        Case(
            "gbk-short.csv",
            _text(CN_CSV, "gbk"),
            "read",
            check=lambda g: g.cells[1][1] == "蓝牙耳机",
        ),  # fmt: skip
        Case(
            "shift-jis.csv",
            _text(JP_CSV, "cp932"),
            "read",
            check=lambda g: g.cells[1][1] == "ティーカップ",
        ),  # fmt: skip
        Case(
            "utf16-no-bom.txt",
            _text("SKU\tName\r\nS-1\tLamp\r\n", "utf-16-le"),
            "read",
            check=lambda g: g.cells[1] == ["S-1", "Lamp"],
        ),  # fmt: skip
        Case(
            "cut-mid-row.csv",
            _text("SKU,Name,Stock\nS-1,Cup,146\nS-2,Bo", "utf-8"),
            "read",
            check=lambda g: len(g.cells) == 2 and len(g.notes) == 1,
        ),  # fmt: skip
        Case("wide-row.csv", _text("SKU," + ",".join(["x"] * 200_000) + "\n", "utf-8"), "refuse"),
        Case("long-field.csv", _text("SKU,Note\nS1," + "x" * 33_600_000 + "\n", "utf-8"), "refuse"),
        Case(
            "html-colspan-wide.xls",
            _text("<table><tr>" + '<td colspan="1000">x</td>' * 5 + "</tr></table>", "utf-8"),
            "refuse",
        ),  # fmt: skip
        Case(
            "html-rowspan-bomb.xls",
            _text(
                "<table><tr>"
                + '<td rowspan="65534" colspan="1000">x</td>' * 4
                + "</tr>"
                + "<tr></tr>" * 20_000
                + "</table>",
                "utf-8",
            ),
            "refuse",
        ),  # fmt: skip
        Case(
            "html-entities-gbk.xls",
            _text(
                '<html><head><meta charset="gbk"></head><body><table><tr><th>商品SKU</th>'
                "<th>品名</th></tr><tr><td>A&amp;1</td><td>杯&nbsp;子</td></tr></table>",
                "gbk",
            ),
            "read",
            check=lambda g: g.cells[1] == ["A&1", "杯 子"],
        ),  # fmt: skip
        Case(
            "html-deep.xls",
            _text("<table><tr><td>" * 5000 + "x" + "</td></tr></table>" * 5000, "utf-8"),
            "either",
        ),  # fmt: skip
        Case(
            "html-no-table.xls", _text("<html><body><p>hello</p></body></html>", "utf-8"), "refuse"
        ),  # fmt: skip
    ]
    if heavy:
        result += [
            Case(
                "no-newline-50mb.csv",
                _text("SKU,Name," + ",".join(["abcdefgh"] * 5_500_000), "utf-8"),
                "refuse",
                heavy=True,
            ),  # fmt: skip
            Case(
                "no-newline-no-comma-50mb.csv",
                _text("x" * 50_000_000, "utf-8"),
                "refuse",
                heavy=True,
            ),  # fmt: skip
            Case(
                "padded-bomb-15mb.xlsx",
                _padded_bomb(15_000_000, 1_500_000_000),
                "refuse",
                heavy=True,
            ),  # fmt: skip
            Case("flipped-many.xlsx", _flipped(99, 200), "either", heavy=True),
            # the far corner BIFF8 allows (IV65536): 16.7 M cells, under the grid limit
            Case(
                "far-IV65536.xls",
                lambda p: write_xls(p, [HEADER] + [[]] * 65534 + [[None] * 255 + [1]]),
                "read",
                heavy=True,
                check=lambda g: len(g.cells) == 65536,
            ),  # fmt: skip
        ]
    return result


# What LibreOffice writes below a table: empty rows and cells repeated to the sheet's end.
EMPTY_TAIL = (
    '<table:table-row table:number-rows-repeated="1048535">'
    '<table:table-cell table:number-columns-repeated="1024"/></table:table-row>'
)
# One text repeated over a million rows and a thousand columns: 1 billion cells from 200 bytes.
REPEAT_BOMB = (
    '<table:table-row table:number-rows-repeated="1048535"><table:table-cell '
    'table:number-columns-repeated="1000" office:value-type="string"><text:p>x</text:p>'
    "</table:table-cell></table:table-row>"
)


def _zip_of_text(path: Path) -> None:
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("readme.txt", "hello")


def _cut_xls(path: Path) -> None:
    write_xls(path, ROWS)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])


def _flipped_xls(seed: int) -> Callable[[Path], None]:
    def build(path: Path) -> None:
        write_xls(path, ROWS)
        data = bytearray(path.read_bytes())
        rng = random.Random(seed)
        for _ in range(6):
            i = rng.randrange(512, len(data))  # past the header: the FAT, stream and directory
            data[i] ^= 1 << rng.randrange(8)
        path.write_bytes(bytes(data))

    return build


def _cut_ods(path: Path) -> None:
    write_ods(path, ROWS)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])


def build_all(folder: Path, heavy: bool = False) -> list[tuple[Case, Path]]:
    folder.mkdir(parents=True, exist_ok=True)
    built = []
    for case in cases(heavy):
        path = folder / case.name
        case.build(path)
        built.append((case, path))
    return built


if __name__ == "__main__":
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "hostile-corpus")
    for case, path in build_all(out, "--heavy" in sys.argv):
        print(f"{case.expect:7} {path.stat().st_size:>12,} {path}")
