"""The catalog export keeps each SKU's own price and currency, marks stages set by hand and
lists one flagged SKU per row."""

from __future__ import annotations

from datetime import date

from openpyxl import load_workbook
from sqlmodel import select

from core.inventory.export import export_catalog
from core.models import Sku


def test_export_keeps_own_currency_manual_stage_and_one_flagged_sku_per_row(demo, tmp_path):
    with demo.transaction() as session:
        sku = session.exec(select(Sku).where(Sku.sku_code == "HM001-GRE")).one()
        sku.price, sku.price_currency, sku.lifecycle_override = 3000.0, "JPY", "mature"
    with demo.session() as session:
        own = {s.sku_code: (s.cost, s.cost_currency, s.price, s.price_currency)
               for s in session.exec(select(Sku)).all()}  # fmt: skip
    out = export_catalog(demo, tmp_path / "catalog.xlsx", as_of=date(2026, 11, 1))
    book = load_workbook(out)
    sheet = book["Catalog review"]
    headers = [c.value for c in sheet[1]]
    at = {name: headers.index(name) for name in headers}
    for row in sheet.iter_rows(min_row=2, values_only=True):
        code = row[0]
        exported = (
            row[at["Cost as entered"]],
            row[at["Cost currency"]],
            row[at["Price as entered"]],
            row[at["Price currency"]],
        )
        assert exported == own[code]
        assert (row[at["Lifecycle set by hand"]] == "yes") == (code == "HM001-GRE")
    flagged = list(book["Flagged SKUs"].iter_rows(min_row=2, values_only=True))
    affected = sum(r[3] for r in book["Flags"].iter_rows(min_row=2, values_only=True))
    assert len(flagged) == affected and all(r[2] and "," not in r[2] for r in flagged)


# conftest runs this module's workspace tests on SQLite and on PostgreSQL.
BOTH_ENGINES = True
