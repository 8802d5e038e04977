"""Files sellers really have besides xlsx and csv: an ERP's HTML table saved as .xls, .ods, and
legacy .xls (when LibreOffice is there to write one); encodings told apart on short files."""

from __future__ import annotations

import shutil
import subprocess

import pytest

from core.importing.errors import ImportFileError
from core.importing.mapping import auto_map
from core.importing.readers import list_sheets, read_grid, read_table
from core.importing.text_files import detect_encoding
from tests.workbook_maker import simple_xlsx, write_ods, write_xls

# What 店小秘-style ERPs write: a two-row header with a merged group, a product name spanning
# its variant rows, entities, <br> in a cell, a total row spanning the table.
ERP_HTML = """<html xmlns:x="urn:schemas-microsoft-com:office:excel">
<head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<style>td {{ mso-number-format:"\\@"; }}</style></head><body>
<table border="1">
<tr><th rowspan="2">商品SKU</th><th rowspan="2">品名</th><th colspan="3">尺寸(cm)</th>
    <th rowspan="2">采购价</th><th rowspan="2">库存</th></tr>
<tr><th>长</th><th>宽</th><th>高</th></tr>
<tr><td>CUP-1-RED</td><td rowspan="2">陶瓷杯&amp;碟</td><td>10</td><td>8</td><td>12</td>
    <td>12.50</td><td>40</td></tr>
<tr><td>CUP-1-BLU</td><td>10</td><td>8</td><td>12</td><td>12.50</td><td>15</td></tr>
<tr><td>BOWL-2</td><td>碗<br>大号</td><td>20</td><td>20</td><td>9</td><td>&#56;.00</td><td>7</td></tr>
<tr><td colspan="7">合计 3</td></tr>
</table></body></html>"""


def test_erp_html_table_saved_as_xls(tmp_path):
    path = tmp_path / "商品导出.xls"
    path.write_bytes(ERP_HTML.encode("gbk"))
    assert list_sheets(path) == ["Table 1"]
    grid = read_grid(path)
    assert grid.kind == "html" and grid.encoding == "gb18030" and grid.sheet == "Table 1"
    table = read_table(path, header_row=2)
    # the merged headers of row 1 fill row 2 where it is empty; 长/宽/高 come from row 2
    assert table.headers == ["商品SKU", "品名", "长", "宽", "高", "采购价", "库存"]
    assert table.rows[0] == ["CUP-1-RED", "陶瓷杯&碟", "10", "8", "12", "12.50", "40"]
    assert table.rows[1][:2] == ["CUP-1-BLU", "陶瓷杯&碟"]  # the spanned name in each variant row
    assert table.rows[2][1] == "碗\n大号" and table.rows[2][5] == "8.00"
    assert table.rows[3][0] == "合计 3" and table.rows[3][1:] == [""] * 6
    m = auto_map(table.headers)
    assert table.headers[m["sku_code"]] == "商品SKU" and table.headers[m["cost"]] == "采购价"
    assert table.headers[m["length_cm"]] == "长" and table.headers[m["stock_qty"]] == "库存"


def test_html_header_row_is_found_and_utf8_meta_and_several_tables(tmp_path):
    path = tmp_path / "export.xls"
    html = (
        '<meta charset="utf-8"><table><caption>Summary</caption><tr><td>Total</td><td>2</td></tr>'
        "</table><table><tr><td>Produktliste</td></tr><tr><th>SKU</th><th>Titel</th><th>Preis</th>"
        "</tr><tr><td>S-1</td><td>Tasse für Kaffee</td><td>4,50</td></tr></table>"
    )
    path.write_text(html, encoding="utf-8")
    assert list_sheets(path) == ["Summary", "Table 2"]
    table = read_table(path)  # the largest table, not the summary before it
    assert table.sheet == "Table 2"
    assert read_table(path, sheet="Summary").headers == ["Total", "2"]
    assert table.header_row == 2 and table.headers == ["SKU", "Titel", "Preis"]
    assert table.rows == [["S-1", "Tasse für Kaffee", "4,50"]]
    m = auto_map(table.headers)
    assert table.headers[m["product_name"]] == "Titel" and table.headers[m["price"]] == "Preis"


def test_html_with_lying_charset_is_detected(tmp_path):
    path = tmp_path / "wrong-meta.xls"
    html = '<meta charset="utf-8"><table><tr><td>SKU</td><td>品名</td></tr><tr><td>A</td><td>杯子</td></tr></table>'
    path.write_bytes(html.encode("gbk"))
    grid = read_grid(path)
    assert grid.encoding == "gb18030" and grid.cells[1] == ["A", "杯子"]
    # the seller may still choose: Big5 decodes these bytes to other characters, never a crash
    try:
        again = read_grid(path, encoding="big5")
    except ImportFileError as err:
        assert "wrong-meta.xls" in str(err)
    else:
        assert again.encoding == "big5" and again.cells[1][1] != "杯子"


def test_ods(tmp_path):
    path = write_ods(
        tmp_path / "stock.ods", [["SKU", "Nom", "Prix", "Stock"], ["C-1", "Café", 12.5, 146]]
    )
    assert list_sheets(path) == ["Sheet1"]
    table = read_table(path)
    assert table.headers == ["SKU", "Nom", "Prix", "Stock"] and table.rows == [
        ["C-1", "Café", 12.5, 146.0]
    ]


def test_legacy_xls(tmp_path):
    """A BIFF8 workbook in an OLE file, written byte by byte (tests/workbook_maker.write_xls)."""
    path = write_xls(tmp_path / "老系统导出.xls", [["商品SKU", "品名", "采购价", "库存"],
                                                ["A-1", "杯子", 12.5, 40], ["A-2", "Café", 3, 8]],
                     sheet="商品")  # fmt: skip
    assert list_sheets(path) == ["商品"]
    table = read_table(path)
    assert table.sheet == "商品" and table.headers == ["商品SKU", "品名", "采购价", "库存"]
    assert table.rows == [["A-1", "杯子", 12.5, 40.0], ["A-2", "Café", 3.0, 8.0]]
    assert read_grid(path).kind == "workbook"


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) not installed")
@pytest.mark.parametrize("target", ["xls", "xlsb"])
def test_legacy_xls_and_xlsb_written_by_libreoffice(tmp_path, target):
    source = simple_xlsx(tmp_path / "source.xlsx", [["SKU", "品名", "库存"], ["A-1", "杯子", 5]])
    filters = {"xls": "xls:MS Excel 97", "xlsb": "xlsb:Calc MS Excel 2007 Binary"}
    subprocess.run(
        # A profile of its own: two LibreOffice runs sharing one profile fail at random.
        ["soffice", f"-env:UserInstallation={(tmp_path / 'lo').as_uri()}", "--headless",
         "--convert-to", filters[target], "--outdir", str(tmp_path), str(source)],
        check=True, capture_output=True, timeout=120,
    )  # fmt: skip
    if not (tmp_path / f"source.{target}").exists():
        # LibreOffice before 7.6 has no xlsb export (Debian 12 ships 7.4): it says so and exits 0.
        pytest.skip(f"this LibreOffice cannot write {target}")
    table = read_table(tmp_path / f"source.{target}")
    assert table.headers == ["SKU", "品名", "库存"] and table.rows == [["A-1", "杯子", 5.0]]


@pytest.mark.parametrize(
    "text, codec, expected",
    [
        (
            "商品SKU,品名,采购价,库存\nA-001,蓝牙耳机,35.5,8\n",
            "gbk",
            "gb18030",
        ),  # 2 rows: not CP932
        ("SKU,名称\nB-1,数据线\nB-2,充电器\nB-3,手机壳\n", "gbk", "gb18030"),
        ("SKU,Name,Price\nC-1,Café,3\nC-2,Crème brûlée,4\n", "cp1252", "cp1252"),
        ("SKU,Name,Price\nE-1,Mug,€ 5\n", "cp1252", "cp1252"),
        ("SKU,Name\nM-1,Müller Größe\n", "cp1252", "cp1252"),
        ("SKU,商品名\nJ-1,ティーカップ\n", "cp932", "cp932"),
    ],
)
def test_short_files_are_told_apart(text, codec, expected):
    data = text.encode(codec)
    assert detect_encoding(data) == expected
    assert data.decode(expected) == text


SPREADSHEET_2003 = """<?xml version="1.0" encoding="gb2312"?>
<?mso-application progid="Excel.Sheet"?>
<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"
 xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet">
 <Worksheet ss:Name="说明"><Table><Row><Cell><Data ss:Type="String">请勿修改表头</Data></Cell></Row></Table></Worksheet>
 <Worksheet ss:Name="商品">
  <Table>
   <Row><Cell ss:MergeAcross="2"><Data ss:Type="String">2026年11月 库存</Data></Cell></Row>
   <Row><Cell><Data ss:Type="String">商品SKU</Data></Cell><Cell><Data ss:Type="String">品名</Data></Cell>
        <Cell><Data ss:Type="String">库存</Data><Comment><Data>仓库A</Data></Comment></Cell></Row>
   <Row><Cell><Data ss:Type="String">A-1</Data></Cell><Cell><Data ss:Type="String">杯子 &amp; 碟</Data></Cell>
        <Cell><Data ss:Type="Number">146</Data></Cell></Row>
   <Row><Cell><Data ss:Type="String">A-2</Data></Cell><Cell ss:Index="3"><Data ss:Type="Number">8</Data></Cell></Row>
  </Table>
 </Worksheet>
</Workbook>"""


def test_excel_2003_xml_saved_as_xls(tmp_path):
    path = tmp_path / "库存.xls"
    path.write_bytes(SPREADSHEET_2003.encode("gbk"))
    assert list_sheets(path) == ["说明", "商品"]
    grid = read_grid(path)
    assert grid.kind == "xml" and grid.encoding == "gb18030" and grid.sheet == "商品"
    table = read_table(path)
    assert table.header_row == 2 and table.headers == ["商品SKU", "品名", "库存"]
    assert table.rows == [["A-1", "杯子 & 碟", "146"], ["A-2", "", "8"]]  # the comment is not data


def test_excel_2003_xml_entities_are_not_expanded(tmp_path):
    path = tmp_path / "laughs.xls"
    bomb = SPREADSHEET_2003.replace(
        '<?mso-application progid="Excel.Sheet"?>',
        '<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;">]>',
    ).replace("杯子 &amp; 碟", "&lol2;")
    path.write_bytes(bomb.encode("gbk"))
    table = read_table(path)
    assert table.rows[0][1] == "&lol2;"  # kept as the text it is, never expanded
