"""Research exports into the candidate pool through the shared import pipeline.

Expected values are read from the test file with the csv module and converted by hand, not
taken from the app."""

from __future__ import annotations

import csv
import json
from datetime import date
from decimal import Decimal

import pytest
from sqlmodel import select

from core.cli import main
from core.importing.apply import ImportRefused
from core.importing.history import undo_import
from core.importing.readers import read_table
from core.models import ImportBatch, Market
from core.selection import importing, pool
from core.selection.models import Candidate

BOTH_ENGINES = True  # issue 13: the core suite runs on SQLite and PostgreSQL

JUNGLE_SCOUT = """\
Product Name,ASIN,Brand,Category,Price,Est. Monthly Sales,Est. Monthly Revenue,Reviews,Rating,BSR,Sellers,Weight (lbs)
Silicone Stretch Lids 6 Pack,B0TEST0001,Lumora,Home & Kitchen,$12.99,"3,120","$40,528.80",2450,4.4,1530,12,0.55
Magnetic Cable Organizer,B0TEST0002,Voltix,Electronics,$9.49,810,"$7,686.90",310,4.2,5400,9,0.13
,B0TEST0003,,,,,,,,,,
Pet Hair Remover Roller,B0TEST0004,Pawvana,Pet Supplies,$15.99,n/a,$0,12800,4.6,88,41,0.40
"""
KEEPA = """\
Title,ASIN,Sales Rank: Current,Reviews: Rating,Reviews: Review Count,Buy Box: Current,New Offer Count: Current,Bought in past month,Categories: Root
Bamboo Bath Caddy,B0KEEPA001,3100,4.4,450,€ 34.99,11,600,Home & Kitchen
"""


def _money(text: str) -> str:
    return str(Decimal(text.replace("$", "").replace(",", "").replace("€", "").strip()))


@pytest.fixture
def js_file(tmp_path):
    path = tmp_path / "js_product_database.csv"
    path.write_text(JUNGLE_SCOUT, encoding="utf-8")
    return path


@pytest.fixture
def shop(workspace):
    with workspace.transaction() as session:
        session.add(Market(code="US", name="United States", currency="USD"))
        pool.add_candidate(session, "Magnetic Cable Organizer", price="8.99", currency="USD")
    return workspace


def test_preview_maps_jungle_scout_headers_and_keeps_damaged_rows(shop, js_file):
    table = read_table(js_file)
    with shop.session() as session:
        preview = importing.preview_candidates(session, table, "USD", on=date(2026, 11, 20))
    assert preview.mapping["monthly_units"] == "Est. Monthly Sales"
    assert preview.mapping["sellers"] == "Sellers"
    assert [r.action for r in preview.rows] == ["new", "changed", "rejected", "new"]
    rejected = preview.rows[2]
    assert rejected.row == 4 and "no product name" in rejected.warnings[0].render()
    roller = preview.rows[3]
    assert "monthly_units" not in roller.values  # "n/a": left empty, with a warning
    assert 'Row 5, column "Est. Monthly Sales"' in roller.warnings[0].render()


def test_apply_writes_values_with_their_file_and_date(shop, js_file):
    with open(js_file, newline="", encoding="utf-8") as handle:
        expected = {
            row["Product Name"]: row for row in csv.DictReader(handle) if row["Product Name"]
        }
    preview = importing.read_candidates(shop, js_file, "USD")
    importing.apply_candidates(shop, preview)
    with shop.session() as session:
        rows = {c.name: c for c in session.exec(select(Candidate)).all()}
        batch = session.exec(select(ImportBatch)).one()
    assert (batch.entity, batch.new_count, batch.changed_count, batch.rejected_count) == (
        "candidates",
        2,
        1,
        1,
    )
    for name, source in expected.items():
        c = rows[name]
        assert c.price == _money(source["Price"]) and c.currency == "USD"
        assert c.monthly_revenue == _money(source["Est. Monthly Revenue"])
        assert c.reviews == int(source["Reviews"]) and c.bsr == int(source["BSR"])
        assert c.rating == float(source["Rating"]) and c.sellers == int(source["Sellers"])
        assert c.weight_g == pytest.approx(float(source["Weight (lbs)"]) * 453.59237, abs=0.06)
        assert c.source_map["reviews"] == {
            "file": "js_product_database.csv",
            "date": date.today().isoformat(),
        }
    assert rows["Silicone Stretch Lids 6 Pack"].monthly_units == 3120
    assert rows["Pet Hair Remover Roller"].monthly_units is None
    assert rows["Silicone Stretch Lids 6 Pack"].market_list == ["US"]


def test_typing_over_an_imported_value_forgets_its_source(shop, js_file):
    importing.apply_candidates(shop, importing.read_candidates(shop, js_file, "USD"))
    with shop.transaction() as session:
        c = session.exec(select(Candidate).where(Candidate.name.startswith("Silicone"))).one()
        pool.update_candidate(session, c.id, "reviews", 2500)
        assert "reviews" not in c.source_map and "bsr" in c.source_map


def test_keepa_headers_and_euro_prices(shop, tmp_path):
    path = tmp_path / "keepa.csv"
    path.write_text(KEEPA, encoding="utf-8")
    preview = importing.read_candidates(shop, path, "USD")
    values = preview.rows[0].values
    assert values["price"] == "34.99" and values["currency"] == "EUR"
    assert (values["bsr"], values["reviews"], values["sellers"], values["monthly_units"]) == (
        3100,
        450,
        11,
        600,
    )


def test_undo_restores_changed_and_removes_new_candidates(shop, js_file):
    batch = importing.apply_candidates(shop, importing.read_candidates(shop, js_file, "USD"))
    # The generic import undo leaves candidates imports to step 4, with a message.
    with pytest.raises(ImportRefused, match="step 4"):
        undo_import(shop, batch.id)
    importing.undo_candidate_import(shop, batch.id)
    with shop.session() as session:
        names = [c.name for c in session.exec(select(Candidate)).all()]
        organizer = session.exec(select(Candidate)).one()
    assert names == ["Magnetic Cable Organizer"]
    assert organizer.price == "8.99" and json.loads(organizer.sources) == {}
    with pytest.raises(ValueError):
        importing.undo_candidate_import(shop, batch.id)  # only once


def test_cli_previews_then_applies(shop, js_file, capsys):
    assert main(["candidates", shop.location, "--import", str(js_file)]) == 0
    out = capsys.readouterr().out
    assert "2 new, 1 changed, 0 unchanged, 1 rejected" in out and "--apply" in out
    with shop.session() as session:
        assert len(session.exec(select(Candidate)).all()) == 1
    assert main(["candidates", shop.location, "--import", str(js_file), "--apply"]) == 0
    assert main(["candidates", shop.location, "--json"]) == 0
    data = json.loads(capsys.readouterr().out.split("Imported as #1.\n")[1])
    assert len(data["candidates"]) == 3
    assert main(["candidates", shop.location, "--undo-import", "1"]) == 0


def test_cli_overwrite_without_apply_says_it_wrote_nothing_and_what_it_would_do(
    shop, js_file, capsys
):
    """`--import F --overwrite` without --apply was silently a plain preview."""
    assert main(["candidates", shop.location, "--import", str(js_file), "--overwrite"]) == 0
    out = capsys.readouterr().out
    assert "2 new, 1 changed, 0 unchanged, 1 rejected" in out  # still the preview
    assert "Nothing written: --overwrite acts only with --apply" in out
    assert "the file's values go in even where someone else changes" in out
    with shop.session() as session:
        assert len(session.exec(select(Candidate)).all()) == 1  # nothing written
    # a plain preview does not mention it
    assert main(["candidates", shop.location, "--import", str(js_file)]) == 0
    assert "--overwrite" not in capsys.readouterr().out


def test_a_file_without_names_is_refused(shop, tmp_path, capsys):
    path = tmp_path / "numbers.csv"
    path.write_text("ASIN,Price\nB01,9.99\n", encoding="utf-8")
    assert main(["candidates", shop.location, "--import", str(path)]) == 1
    assert capsys.readouterr().err.startswith("error:")


def test_undo_keeps_a_value_someone_typed_after_the_import(shop, js_file):
    """Undoing an import puts back what it replaced, but not over a later change (issue 13:
    no silent overwrite): the price typed since stays, the other values go back."""
    batch = importing.apply_candidates(shop, importing.read_candidates(shop, js_file, "USD"))
    with shop.transaction() as session:
        organizer = session.exec(
            select(Candidate).where(Candidate.name == "Magnetic Cable Organizer")
        ).one()
        imported_reviews = organizer.reviews
        pool.update_candidate(session, organizer.id, "price", "11.50")
    importing.undo_candidate_import(shop, batch.id)
    with shop.session() as session:
        organizer = session.exec(select(Candidate)).one()
    assert imported_reviews == 310
    assert organizer.price == "11.50"  # typed after the import: kept
    assert organizer.reviews is None  # only the import had it: taken back
    assert "reviews" not in json.loads(organizer.sources)
