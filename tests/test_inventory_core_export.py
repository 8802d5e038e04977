"""Step 2's outputs on the tiny hand-computed shop of tests/test_inventory_core.py: the chart
series, the catalog export (English and Chinese) and `export catalog` on the command line."""

from __future__ import annotations

import pytest

from core.inventory.charts import bubble_series, lifecycle_mix, pareto_series, stock_aging
from core.models import Product, Sku
from tests import test_inventory_core as tiny

AS_OF, _review = tiny.AS_OF, tiny._review
shop = tiny.shop  # the fixture


def test_chart_series(shop):
    review = _review(shop)
    bubbles = {p.sku_code: p for p in bubble_series(review)}
    # EF-3 has no list margin (no GBP rate) but a realised one: it is a bubble too.
    assert set(bubbles) == {"AB-1", "CD-2", "EF-3"}
    assert bubbles["AB-1"] == (
        "AB-1",
        pytest.approx(8400),
        pytest.approx((8400 - 126 * 35) / 8400),
        pytest.approx(2100),
        "A",
    )
    pareto = pareto_series(review)
    assert pareto.ranks == [1, 2, 3]
    assert pareto.cumulative == pytest.approx([8400 / 9880, 9600 / 9880, 1.0])
    assert pareto.classes == ["A", "B", "C"] and pareto.boundaries == {"A": 1, "B": 2, "C": 3}
    mix = lifecycle_mix(review)
    assert mix["growth"] == (1, pytest.approx(8400)) and mix["decline"] == (1, pytest.approx(1200))
    assert mix["intro"] == (1, pytest.approx(280)) and mix["mature"] == (0, 0.0)
    with shop.session() as session:
        aging = stock_aging(session, AS_OF)
    assert [b.label for b in aging] == [
        "0–30 days",
        "31–90 days",
        "91–180 days",
        "181–365 days",
        ">365 days",
    ]
    assert [b.units for b in aging] == [0, 80, 0, 20, 0]
    assert [b.value for b in aging] == pytest.approx([0, 40 * 35 + 40 * 35, 0, 20 * 35, 0])


def test_export_catalog(shop, tmp_path):
    from openpyxl import load_workbook

    from core.inventory.export import export_catalog

    with shop.transaction() as session:
        product = session.get(Sku, shop.ids["CD-2"]).product_id
        session.get(Product, product).name = "=cmd|' /C calc'!A0"
    out = export_catalog(shop, tmp_path / "catalog.xlsx", as_of=AS_OF)
    book = load_workbook(out)
    assert book.sheetnames == ["Catalog review", "Flags", "Summary", "Flagged SKUs"]
    sheet = book["Catalog review"]
    headers = [c.value for c in sheet[1]]
    assert headers[:9] == [
        "SKU",
        "SPU",
        "Product",
        "Category",
        "Variant",
        "Cost (CNY)",
        "Price (CNY)",
        "Gross margin",
        "Margin basis",
    ]
    assert headers[15:18] == ["Lifecycle", "ABC", "Flags"]
    assert sheet.freeze_panes == "A2" and sheet["A1"].font.bold
    rows = {row[0].value: row for row in sheet.iter_rows(min_row=2)}
    cd = rows["CD-2"]
    assert cd[2].value == "=cmd|' /C calc'!A0" and cd[2].data_type == "s"
    # CD-2 sold 108 units at 35 CNY for 1200 CNY: its realised margin, labelled so.
    assert cd[7].value == pytest.approx((1200 - 108 * 35) / 1200) and cd[7].number_format == "0.0%"
    assert cd[8].value == "Realised margin (from sales)"
    assert cd[9].value == 1200 and cd[9].number_format == "#,##0.00"
    assert cd[10].value == 108 and cd[10].number_format == "#,##0"
    assert (cd[15].value, cd[16].value) == ("Decline", "B")
    assert "Aged stock" in rows["AB-1"][17].value
    assert rows["EF-3"][7].value == pytest.approx((280 - 10 * 20) / 280)
    flags = book["Flags"]
    assert [c.value for c in flags[1]] == [
        "Severity",
        "Flag",
        "Message",
        "SKUs affected",
        "SKU codes",
    ]
    assert flags["B2"].value == "Missing exchange rate" and flags["E2"].value == "EF-3"
    summary = {row[0].value: row for row in book["Summary"].iter_rows(min_row=2)}
    top = summary["Top SKU share of revenue"]
    assert top[2].value == pytest.approx(8400 / 9880) and top[2].number_format == "0.0%"
    assert top[3].value == pytest.approx(0.30)
    assert summary["Revenue 12 months (CNY)"][1].value == 9880
    assert summary["Revenue 12 months (CNY)"][1].number_format == "#,##0.00"
    # The platform rows add up to the total exactly.
    assert summary["Platform Amazon"][1].value + summary["Platform Shopify"][1].value == 9880
    effective = summary["Effective number of platforms (1 ÷ HHI)"][4]
    assert effective.value == pytest.approx(9880**2 / (8680**2 + 1200**2))
    assert effective.number_format == "0.000"  # a number of platforms, not a percentage


def test_export_catalog_translated(shop, tmp_path):
    from openpyxl import load_workbook

    from core.inventory.export import export_catalog

    def zh(context, text):
        return "译" + text if context == "Inventory" else text

    out = export_catalog(shop, tmp_path / "c.xlsx", translate=zh, as_of=AS_OF)
    book = load_workbook(out)
    assert book.sheetnames == ["译Catalog review", "译Flags", "译Summary", "译Flagged SKUs"]
    sheet = book["译Catalog review"]
    assert sheet["F1"].value == "译Cost (CNY)"
    assert {row[15].value for row in sheet.iter_rows(min_row=2)} == {
        "译Growth",
        "译Decline",
        "译Intro",
    }


def test_cli_export_catalog(shop, tmp_path, capsys):
    from openpyxl import load_workbook

    from core.cli import main

    shop.close()
    out = tmp_path / "cli.xlsx"
    assert main(["export", "catalog", shop.location, str(out), "--as-of", "2026-11-01"]) == 0
    assert "written" in capsys.readouterr().out
    assert load_workbook(out)["Catalog review"].max_row == 4
    assert main(["export", "catalog", str(tmp_path / "none.matrixdesk"), str(out)]) == 1


# conftest runs this module's workspace tests on SQLite and on PostgreSQL.
BOTH_ENGINES = True
