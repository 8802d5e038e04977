"""No silent field loss in ERP templates (店小秘 TikTok template): the third option pair is
kept, instruction rows are skipped and counted, a product without variants gets a SKU code."""

from __future__ import annotations

import json

import openpyxl
from sqlmodel import select

from core.cli import main
from core.importing.apply import apply_import
from core.importing.conventions import CODE_FROM_PRODUCT, is_instruction_row
from core.importing.mapping import auto_map
from core.importing.products import preview_products
from core.importing.readers import read_table
from core.models import Product, Sku
from tests.conftest import real_file

DIANXIAOMI = ("dianxiaomi-tiktok-import-template", "template_tiktok_example.xlsx")


def sheet_rows(path) -> list[dict[str, object]]:
    """The template's rows by (cleaned) header, read with openpyxl: header in row 1."""
    sheet = openpyxl.load_workbook(path, read_only=True).active
    grid = list(sheet.iter_rows(values_only=True))
    headers = [str(h).split("\n")[0].lstrip("*") if h else "" for h in grid[0]]
    return [dict(zip(headers, r, strict=False)) for r in grid[1:]]


def test_dianxiaomi_template_keeps_three_options_skips_instructions_and_codes_single_products(
    workspace,
):
    path = real_file(*DIANXIAOMI)
    rows = sheet_rows(path)
    variants = [r for r in rows if r["SKU"]]
    singles = [
        r for r in rows if not r["SKU"] and r["本地展示价(站点币种)"] and not r["变种属性值一"]
    ]
    notes = [r for r in rows if any(v for v in r.values()) and not r["本地展示价(站点币种)"]]
    assert (len(variants), len(singles), len(notes)) == (2, 1, 1)
    table = read_table(path)
    with workspace.session() as session:
        preview = preview_products(session, table, auto_map(table.headers), currency="USD")
    assert preview.rejected == []
    assert preview.instruction_rows == len(notes)
    assert preview.codes_from_products == len(singles)
    apply_import(workspace, preview)
    with workspace.session() as session:
        skus = {s.sku_code: s for s in session.exec(select(Sku)).all()}
        products = {p.id: p for p in session.exec(select(Product)).all()}
    assert len(skus) == len(variants) + len(singles)
    for row in variants:
        sku = skus[row["SKU"]]
        # all three option pairs, none dropped
        assert json.loads(sku.variant) == {
            row["变种属性名称一"]: str(row["变种属性值一"]),
            row["变种属性名称二"]: str(row["变种属性值二"]),
            row["变种属性名称三"]: str(row["变种属性值三"]),
        }
        assert sku.price == float(row["本地展示价(站点币种)"])
        assert sku.stock_qty == int(row["库存"])
        assert products[sku.product_id].name == row["产品标题"]
    single = singles[0]
    sku = skus[single["产品标题"]]  # the product's code (its title: the template has no SPU)
    assert sku.price == float(single["本地展示价(站点币种)"])
    assert sku.stock_qty == int(single["库存"])
    assert sku.variant == "{}"
    warned = [r for r in preview.new if any(w.text == CODE_FROM_PRODUCT for w in r.warnings)]
    assert [r.sku_code for r in warned] == [single["产品标题"]]


def test_instruction_rows_are_told_from_data():
    assert is_instruction_row([None, "事项说明：\n1.红色字体带*号，表示为必填项；", None])
    assert is_instruction_row(["Note: do not delete this row, it is an example for sellers"])
    assert not is_instruction_row(["A-1", "Lamp", 9.5])
    assert not is_instruction_row([None, "A cosy lamp for the bedside", None])  # no marker
    assert not is_instruction_row([None, None])


def test_a_sku_less_row_of_a_product_with_variants_stays_rejected(workspace):
    from tests.test_import_products import preview

    headers = ["SKU", "产品标题", "变种属性名称一", "变种属性值一", "本地展示价", "币种"]
    result = preview(
        workspace,
        [["A-1", "Lamp", "Colour", "Red", "9", "USD"], ["", "Lamp", "", "", "9", "USD"]],
        headers,
    )
    assert result.counts()["rejected"] == 1 and result.codes_from_products == 0
    alone = preview(workspace, [["", "Bowl", "", "", "9", "USD"]], headers)
    assert [r.sku_code for r in alone.new] == ["Bowl"]  # the only row of its product
    # outside 店小秘 templates an empty SKU is an error, as before
    plain = preview(workspace, [["", "B", "Bowl", "", "", "", "9"]])
    assert plain.counts()["rejected"] == 1


def test_cli_names_skipped_instructions_and_given_codes(workspace, capsys):
    path = workspace.location
    workspace.close()
    template = str(real_file(*DIANXIAOMI))
    assert main(["--lang", "en", "import", "products", path, template, "--currency", "USD"]) == 0
    out = capsys.readouterr().out
    assert "Instructions: 1 rows of template instructions were skipped." in out
    assert "Products without variants: 1 rows had no SKU" in out
    assert "Option 3 name                <- 变种属性名称三" in out


# conftest runs this module's workspace tests on SQLite and on PostgreSQL.
BOTH_ENGINES = True
