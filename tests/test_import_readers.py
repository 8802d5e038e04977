"""Readers: real seller files and files made here (encodings, delimiters, awkward xlsx, junk)."""

from __future__ import annotations

import zipfile
from datetime import date, datetime

import openpyxl
import pytest
from openpyxl.styles import Alignment

from core.importing.mapping import auto_map, unit_factors
from core.importing.readers import ImportFileError, list_sheets, read_table
from core.jobs import Cancelled, Progress
from tests.conftest import real_file


def mapped(table):
    return {key: table.headers[col] for key, col in auto_map(table.headers).items()}


# ---------------------------------------------------------------- real files


def test_shopify_template():
    table = read_table(real_file("shopify-product-template", "product_template.csv"))
    assert table.header_row == 1 and table.sheet == "" and table.sheet_names == []
    assert len(table.headers) == 48 and len(table.rows) == 17
    assert all(len(row) == 48 for row in table.rows)
    m = mapped(table)
    assert m["sku_code"] == "Variant SKU" and m["spu_code"] == "Handle"
    assert m["product_name"] == "Title" and m["price"] == "Variant Price"
    assert m["cost"] == "Cost per item" and m["weight_g"] == "Variant Grams"
    assert m["barcode"] == "Variant Barcode" and m["stock_qty"] == "Variant Inventory Qty"
    assert m["option1_name"] == "Option1 Name" and m["option1_value"] == "Option1 Value"
    assert m["brand"] == "Vendor"


def test_shopify_real_export_all_rows():
    table = read_table(real_file("shopify-products-export-real", "products_export_1.csv"))
    assert table.header_row == 1 and len(table.rows) == 10_596
    assert table.row_numbers[0] == 2 and len(table.row_numbers) == len(table.rows)
    m = mapped(table)
    assert m["sku_code"] == "Variant SKU" and m["cost"] == "Cost per item"
    # the real quirk: barcodes stored with a leading apostrophe stay text for the validator
    barcode = table.headers.index("Variant Barcode")
    assert any(str(row[barcode]).startswith("'") for row in table.rows)


def test_woocommerce_bom_and_units():
    table = read_table(real_file("woocommerce-sample", "sample_products.csv"))
    assert table.encoding == "utf-8-sig" and table.headers[0] == "ID"  # no BOM left in it
    assert len(table.rows) == 25
    m = auto_map(table.headers)
    assert table.headers[m["sku_code"]] == "SKU" and table.headers[m["spu_code"]] == "Parent"
    assert table.headers[m["product_name"]] == "Name"
    assert table.headers[m["price"]] == "Regular price"
    assert table.headers[m["option1_value"]] == "Attribute 1 value(s)"
    factors = unit_factors(table.headers, m)
    assert factors["weight_g"] == pytest.approx(453.59237) and factors["length_cm"] == 2.54


def test_dianxiaomi_template_headers_cleaned():
    table = read_table(
        real_file("dianxiaomi-tiktok-import-template", "template_tiktok_example.xlsx")
    )
    assert table.sheet == "Sheet1" and table.sheet_names == ["Sheet1"] and table.header_row == 1
    assert table.headers[:3] == ["分类id", "产品标题", "产品描述"]
    assert "本地展示价(站点币种)" in table.headers and "重量(kg)" in table.headers
    assert not any("\n" in h or "*" in h or "必填" in h for h in table.headers)
    m = mapped(table)
    assert m["sku_code"] == "SKU" and m["product_name"] == "产品标题"
    assert m["price"] == "本地展示价(站点币种)" and m["stock_qty"] == "库存"
    assert m["weight_g"] == "重量(kg)" and m["length_cm"] == "长(cm)"
    assert unit_factors(table.headers, auto_map(table.headers))["weight_g"] == 1000.0
    # whole numbers come back from calamine as floats: kept for the validator to cast
    assert table.rows[0][table.headers.index("库存")] == 12.0


def test_tiktok_backend_template_header_only():
    table = read_table(real_file("tiktok-shop-template-cn", "template_store_backend.xlsx"))
    assert table.header_row == 1 and table.rows == []
    m = mapped(table)
    assert m["sku_code"] == "商家 SKU" and m["product_name"] == "商品名称"
    assert m["category"] == "类目" and m["price"] == "零售价（本地币种）"
    assert m["weight_g"] == "包裹重量(g)" and m["brand"] == "品牌"
    assert m["option1_name"] == "主要销售变体名称（主题）"


def test_etsy_listings():
    table = read_table(real_file("etsy-listings-en", "EtsyListingsDownload.csv"))
    assert table.header_row == 1 and len(table.rows) == 92
    assert "\n" in table.rows[0][1]  # multi-line description stays one cell
    m = mapped(table)
    assert m["sku_code"] == "SKU" and m["product_name"] == "TITLE" and m["price"] == "PRICE"
    assert m["price_currency"] == "CURRENCY_CODE" and m["stock_qty"] == "QUANTITY"
    assert m["option1_name"] == "VARIATION 1 NAME" and "category" not in m


def test_amazon_active_listings():
    table = read_table(real_file("amazon-active-listings", "Active+Listings+Report_02-26-2026.csv"))
    assert len(table.rows) == 4736
    m = mapped(table)
    assert m["sku_code"] == "seller-sku" and m["product_name"] == "item-name"
    assert m["price"] == "price" and m["stock_qty"] == "quantity"
    assert m["barcode"] == "product-id"


# ---------------------------------------------------------------- made-up text files


def test_gbk_csv_with_chinese_headers(tmp_path):
    path = tmp_path / "采购单.csv"
    text = "商品SKU,品名,采购价,重量(g),库存\nA-001,蓝牙耳机,35.5,120,8\nA-002,数据线,3,30,100\n"
    path.write_bytes(text.encode("gbk"))
    table = read_table(path)
    assert table.encoding == "gb18030" and table.headers[1] == "品名"
    assert table.rows[0] == ["A-001", "蓝牙耳机", "35.5", "120", "8"]
    m = mapped(table)
    assert m == {
        "sku_code": "商品SKU",
        "product_name": "品名",
        "cost": "采购价",
        "weight_g": "重量(g)",
        "stock_qty": "库存",
    }


def test_utf16_tab_separated_amazon_style(tmp_path):
    path = tmp_path / "listings.txt"
    text = "seller-sku\titem-name\tprice\tquantity\r\nX1\tLamp, warm\t19.99\t4\r\n"
    path.write_bytes(text.encode("utf-16"))
    table = read_table(path)
    assert table.encoding == "utf-16" and table.delimiter == "\t"
    assert table.rows == [["X1", "Lamp, warm", "19.99", "4"]]
    assert mapped(table)["sku_code"] == "seller-sku"


def test_semicolon_csv_with_title_rows(tmp_path):
    path = tmp_path / "export.csv"
    path.write_text(
        "Produktliste 2026;;\n\nSKU;Name;Preis\nS-1;Tasse;4,50\n\nS-2;Teller;7,00\n",
        encoding="utf-8",
    )
    table = read_table(path)
    assert table.delimiter == ";" and table.header_row == 3
    assert table.headers == ["SKU", "Name", "Preis"]
    assert table.rows == [["S-1", "Tasse", "4,50"], ["S-2", "Teller", "7,00"]]
    assert table.row_numbers == [4, 6]  # the empty row 5 is skipped, numbers stay true


def test_header_row_can_be_given(tmp_path):
    path = tmp_path / "p.csv"
    path.write_text("a,b\nSKU,Name\nx,y\n", encoding="utf-8")
    assert read_table(path, header_row=1).rows[0] == ["SKU", "Name"]
    with pytest.raises(ImportFileError) as err:
        read_table(path, header_row=9)
    assert "p.csv" in err.value.message.render()


# ---------------------------------------------------------------- made-up workbooks


def awkward_workbook(path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "商品"
    ws["A1"] = "2026年11月 商品导入模板"
    ws.merge_cells("A1:F1")
    ws["A2"] = "说明：红色带*号为必填项"
    ws.append(["*商品SKU\n（必填）", "*品名", "尺寸(cm)", None, None, "成本\n(CNY)"])
    ws.merge_cells("C3:E3")
    ws["C3"].alignment = Alignment(wrap_text=True)
    ws.append(["K-1", "杯子", 10, 8, 12, 15])
    ws.append([None] * 6)
    ws.append(["K-2", "碗", 20, 20, 9, 22.5, None])
    ws.append(["K-3", "日期", None, None, None, None])
    ws["C7"] = date(2026, 3, 1)
    ws["D7"] = datetime(2026, 3, 1, 9, 30)
    second = wb.create_sheet("库存")
    second.append(["SKU", "库存"])
    second.append(["K-1", 5])
    wb.create_sheet("空白")
    wb.save(path)


def test_xlsx_title_rows_merged_header_annotations(tmp_path):
    path = tmp_path / "模板.xlsx"
    awkward_workbook(path)
    assert list_sheets(path) == ["商品", "库存", "空白"]
    table = read_table(path)
    assert table.sheet == "商品" and table.header_row == 3
    assert table.headers == ["商品SKU", "品名", "尺寸(cm)", "尺寸(cm)", "尺寸(cm)", "成本 (CNY)"]
    assert table.rows[0] == ["K-1", "杯子", 10.0, 8.0, 12.0, 15.0]
    assert table.row_numbers == [4, 6, 7]
    assert table.rows[2][2] == date(2026, 3, 1) or table.rows[2][2] == datetime(2026, 3, 1)
    assert isinstance(table.rows[2][3], datetime)
    m = mapped(table)
    assert m["sku_code"] == "商品SKU" and m["product_name"] == "品名" and m["cost"] == "成本 (CNY)"


def test_xlsx_other_sheet_and_empty_sheet(tmp_path):
    path = tmp_path / "book.xlsx"
    awkward_workbook(path)
    table = read_table(path, sheet="库存")
    assert table.sheet == "库存" and table.rows == [["K-1", 5.0]]
    with pytest.raises(ImportFileError) as err:
        read_table(path, sheet="空白")
    assert "book.xlsx" in str(err.value) and "空白" in str(err.value)
    with pytest.raises(ImportFileError) as err:
        read_table(path, sheet="nope")
    assert "nope" in str(err.value)


def test_progress_can_cancel(tmp_path):
    path = tmp_path / "big.csv"
    path.write_text("SKU,Name\n" + "".join(f"S{i},n\n" for i in range(20_000)), encoding="utf-8")
    progress = Progress()
    progress.cancel()
    with pytest.raises(Cancelled):
        read_table(path, progress=progress)
    seen = []
    assert len(read_table(path, progress=Progress(lambda d, t, s: seen.append(d))).rows) == 20_000
    assert seen


# ---------------------------------------------------------------- broken and hostile files


@pytest.mark.parametrize(
    "name, content",
    [
        ("empty.csv", b""),
        ("blank.csv", b"\n\n  \r\n"),
        ("garbage.xlsx", bytes(range(256)) * 40),
        ("garbage.csv", bytes(range(256)) * 40),
        ("old.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600),
        ("image.png.csv", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8),
    ],
)
def test_broken_files_name_the_file(tmp_path, name, content):
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(ImportFileError) as err:
        read_table(path)
    text = err.value.message.render()
    assert name in text and err.value.message.context == "Import"


def test_truncated_xlsx(tmp_path):
    good = tmp_path / "good.xlsx"
    awkward_workbook(good)
    path = tmp_path / "cut.xlsx"
    path.write_bytes(good.read_bytes()[:3000])
    for call in (read_table, list_sheets):
        with pytest.raises(ImportFileError) as err:
            call(path)
        assert "cut.xlsx" in err.value.message.render()


def test_zip_bomb_is_refused(tmp_path):
    path = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        with archive.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as member:
            chunk = b"\x00" * (1 << 20)
            for _ in range(100):  # 100 MB of zeros packs into ~100 KB
                member.write(chunk)
    with pytest.raises(ImportFileError) as err:
        read_table(path)
    assert "bomb.xlsx" in str(err.value) and "MB" in str(err.value)


def test_huge_line_is_read_or_refused_cleanly(tmp_path):
    path = tmp_path / "long.csv"
    path.write_text("SKU,Note\nS1," + "x" * 3_000_000 + "\n", encoding="utf-8")
    try:
        table = read_table(path)
    except ImportFileError as err:
        assert "long.csv" in str(err)
    else:
        assert table.rows[0][0] == "S1"


def test_missing_file(tmp_path):
    with pytest.raises(ImportFileError) as err:
        read_table(tmp_path / "gone.csv")
    assert "gone.csv" in str(err.value)


def test_grid_is_recut_without_reading_again(tmp_path):
    from core.importing.readers import read_grid, table_from_grid

    path = tmp_path / "book.xlsx"
    awkward_workbook(path)
    grid = read_grid(path)
    assert grid.sheet == "商品" and len(grid.cells) == 7
    assert table_from_grid(grid).header_row == 3
    moved = table_from_grid(grid, 4)
    assert moved.headers[:2] == ["K-1", "杯子"] and moved.row_numbers == [6, 7]


def test_notes_sheet_before_the_table_is_passed_over(tmp_path):
    path = tmp_path / "notes.xlsx"
    book = openpyxl.Workbook()
    book.active.title = "填写说明"
    book.active["A1"] = "请在第二张表填写"
    book.create_sheet("商品").append(["SKU", "品名"])
    book["商品"].append(["A", "b"])
    book.save(path)
    assert read_table(path).sheet == "商品"
    assert read_table(path, sheet="填写说明").headers == ["请在第二张表填写"]
