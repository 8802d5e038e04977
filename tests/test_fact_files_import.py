"""`import KIND|auto WS FILE --apply` end to end on every real fixture of a fact kind: the facts
written equal counts and sums taken here from the files with csv/openpyxl, and importing the
same file again replaces instead of double-counting."""

from __future__ import annotations

import csv
import re
from collections import Counter, defaultdict

import openpyxl
import pytest
from sqlalchemy import text

from core.cli import main
from core.currency import set_rate
from core.workspace import open_workspace
from tests.conftest import real_file

RATES = {"USD": 7.1, "GBP": 9.0, "INR": 0.085, "CAD": 5.2, "EUR": 7.7, "BRL": 1.3}


@pytest.fixture
def ws(workspace):
    """The workspace's location (a file, or a team database's address) with the rates."""
    with workspace.transaction() as session:
        for code, rate in RATES.items():
            set_rate(session, code, rate)
    workspace.close()
    return workspace.location


def _rows(path, delimiter=","):
    with open(path, encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle, delimiter=delimiter))


def _query(path, sql, **params):
    workspace = open_workspace(path)
    try:
        with workspace.session() as session:
            return session.connection().execute(text(sql), params).all()
    finally:
        workspace.close()


def _units_per_month(path):
    units: Counter[str] = Counter()
    for day, count in _query(path, "SELECT day, units FROM orderfact WHERE replaced_by IS NULL"):
        units[str(day)[:7]] += count
    return units


def _current(path, table):
    return _query(path, f"SELECT COUNT(*) FROM {table} WHERE replaced_by IS NULL")[0][0]


def _import(capsys, *args):
    code = main(["import", *map(str, args), "--create-missing", "--apply"])
    out, err = capsys.readouterr()
    assert code == 0, err
    found = re.search(r"Applied as import #(\d+): (\d+) facts written, (\d+) earlier", out)
    assert found, out
    return out, int(found.group(2)), int(found.group(3))


def _superstore_lines():
    book = openpyxl.load_workbook(
        real_file("superstore", "Sample - Superstore.xlsx"), read_only=True, data_only=True
    )
    rows = book["Orders"].iter_rows(values_only=True)
    header = list(next(rows))
    i_date, i_qty = header.index("Order Date"), header.index("Quantity")
    units: Counter[str] = Counter()
    for row in rows:
        if row[i_date] is not None:
            units[row[i_date].strftime("%Y-%m")] += int(row[i_qty])
    book.close()
    return units


def test_superstore_orders_units_per_month_and_reimport_replaces(ws, capsys):
    path = real_file("superstore", "Sample - Superstore.xlsx")
    out, written, replaced = _import(capsys, "auto", ws, path, "--currency", "USD")
    assert "Kind:       orders (Superstore orders (with its Returns sheet))" in out
    assert (written, replaced) == (9994, 0)
    units = _superstore_lines()
    assert _units_per_month(ws) == units
    _, written, replaced = _import(capsys, "orders", ws, path, "--currency", "USD")
    assert (written, replaced) == (9994, 9994)
    assert _current(ws, "orderfact") == 9994
    assert _units_per_month(ws) == units


def test_shopify_orders_units_and_refunds(ws, capsys):
    path = real_file("shopify-orders-export-real", "orders_export_1.csv")
    lines = _rows(path)
    cancelled = {r["Name"] for r in lines if r["Cancelled at"].strip()}
    kept = [r for r in lines if r["Lineitem sku"].strip() and r["Name"] not in cancelled]
    _, written, _ = _import(capsys, "orders", ws, path)
    assert written == len(kept)
    refunds = sum(round(float(r["Refunded Amount"] or 0) * 100) for r in kept)
    ((units, refund),) = _query(ws, "SELECT SUM(units), SUM(refund) FROM orderfact")
    assert units == sum(int(r["Lineitem quantity"]) for r in kept)
    assert refund == refunds > 0
    assert _query(ws, "SELECT DISTINCT currency FROM orderfact") == [("CAD",)]
    assert _query(ws, "SELECT DISTINCT m.code FROM orderfact f JOIN market m "
                      "ON m.id = f.market_id") == [("CA",)]  # fmt: skip


def test_business_report_needs_a_period_then_imports_sessions_and_sales(ws, capsys):
    path = real_file("amazon-business-report", "BusinessReport-23-07-2025.csv")
    assert main(["import", "sales", str(ws), str(path), "--apply"]) == 1
    err = capsys.readouterr().err
    assert "2025-07-23" in err and "--period" in err
    lines = _rows(path)
    _, written, _ = _import(capsys, "sales", ws, path, "--period", "2025-07-17:2025-07-23")
    assert written == len(lines)
    sessions = sum(int(r["Sessions – Total"].replace(",", "")) for r in lines)
    pence = sum(int(r["Ordered Product Sales"].strip("£").replace(",", "").replace(".", ""))
                for r in lines)  # fmt: skip
    assert _query(ws, "SELECT SUM(sessions), SUM(revenue) FROM salesfact") == [(sessions, pence)]
    # the same report again over an overlapping period replaces it
    _, again, replaced = _import(capsys, "sales", ws, path, "--period", "2025-07-17:2025-07-23")
    assert again == replaced == len(lines)
    assert _current(ws, "salesfact") == len(lines)


@pytest.mark.parametrize(
    ("name", "spend_column"),
    [
        ("Sponsored Products Campaign report.csv", "Spend"),
        ("Sponsored Products Advertised product report.xlsx", "Spend"),
        ("Sponsored Products Search term report.xlsx", "Spend"),
    ],
)
def test_ads_reports_spend(ws, capsys, name, spend_column):
    path = real_file("amazon-sp-ads-in-2020", name)
    out, written, _ = _import(capsys, "auto", ws, path)
    assert "Kind:       advertising" in out
    if name.endswith(".csv"):
        lines = _rows(path)
        spend = [r[spend_column].replace("Rs.", "") for r in lines]
    else:
        book = openpyxl.load_workbook(path, data_only=True)
        cells = list(book.worksheets[0].iter_rows(values_only=True))
        spend = [str(r[cells[0].index(spend_column)]) for r in cells[1:]]
    paise = sum(round(float(s) * 100) for s in spend)
    assert written == len(spend)
    assert _query(ws, "SELECT SUM(spend) FROM adfact WHERE replaced_by IS NULL") == [(paise,)]


def test_settlement_fee_rows(ws, capsys):
    path = real_file("amazon-settlement-flatfile-v1", "15836299764_14day2.txt")
    lines = _rows(path, "\t")
    amounts = [c for c in lines[0] if c.endswith("-amount") and c != "total-amount"]
    cells = [r[c] for r in lines for c in amounts if (r.get(c) or "").strip()]
    nonzero = [c for c in cells if float(c) != 0]
    _, written, _ = _import(capsys, "settlement", ws, path)
    assert written == len(nonzero)
    cents = sum(round(float(c) * 100) for c in nonzero)
    assert _query(ws, "SELECT SUM(amount) FROM feefact") == [(cents,)]


def test_reviews_need_a_market_unless_the_source_has_one(ws, capsys):
    alexa = real_file("amazon-alexa-reviews", "amazon_alexa.tsv")
    assert main(["import", "reviews", str(ws), str(alexa), "--apply"]) == 1
    assert "market" in capsys.readouterr().err
    _, written, _ = _import(capsys, "reviews", ws, alexa, "--market", "US")
    ratings = Counter(r["rating"] for r in _rows(alexa, "\t"))
    assert written == sum(ratings.values())
    olist = real_file("olist-subset", "olist_order_reviews_dataset.csv")
    _, written, _ = _import(capsys, "auto", ws, olist)
    assert written == len(_rows(olist))
    by_market = defaultdict(int)
    for market, count in _query(ws, "SELECT m.code, COUNT(*) FROM reviewfact f JOIN market m "
                                    "ON m.id = f.market_id GROUP BY 1"):  # fmt: skip
        by_market[market] = count
    assert by_market == {"US": 3150, "BR": 6123}


def test_active_listings(ws, capsys):
    path = real_file("amazon-active-listings", "Active+Listings+Report_02-26-2026.csv")
    _import(capsys, "listings", ws, path, "--currency", "GBP")
    skus = {r["seller-sku"].replace("\xa0", " ").strip() for r in _rows(path)}
    got = _query(ws, "SELECT COUNT(*) FROM listing l JOIN platform p ON p.id = l.platform_id "
                     "JOIN market m ON m.id = l.market_id WHERE p.code = 'amazon' "
                     "AND m.code = 'GB'")  # fmt: skip
    assert got == [(len(skus),)]


def test_product_files_are_refused_with_a_pointer(ws, capsys):
    path = real_file("shopify-products-export-real", "products_export_1.csv")
    assert main(["import", "auto", str(ws), str(path)]) == 1
    assert "import it as products" in capsys.readouterr().err


def test_ads_in_overlapping_halves_count_each_day_once(ws, capsys, tmp_path):
    path = real_file("amazon-sp-ads-in-2020", "Sponsored Products Campaign report.csv")
    with open(path, encoding="utf-8", newline="") as handle:
        lines = list(csv.reader(handle))
    header, body = lines[0], lines[1:]
    day = header.index("Date")
    first = [r for r in body if int(r[day].split()[1].rstrip(",")) <= 20]  # "Feb 1, 2020"
    second = [r for r in body if int(r[day].split()[1].rstrip(",")) >= 10]
    assert first and second and len(first) + len(second) > len(body)
    halves = []
    for name, rows in (("first.csv", first), ("second.csv", second)):
        with open(tmp_path / name, "w", encoding="utf-8", newline="") as handle:
            csv.writer(handle).writerows([header, *rows])
        halves.append(tmp_path / name)
    _import(capsys, "ads", ws, halves[0])
    _, written, replaced = _import(capsys, "ads", ws, halves[1])
    overlap = [r for r in first if int(r[day].split()[1].rstrip(",")) >= 10]
    assert (written, replaced) == (len(second), len(overlap))
    paise = sum(round(float(r[header.index("Spend")].replace("Rs.", "")) * 100) for r in body)
    assert _query(ws, "SELECT SUM(spend) FROM adfact WHERE replaced_by IS NULL") == [(paise,)]


def test_a_saved_profile_maps_a_file_the_built_in_ones_do_not_know(ws, capsys, tmp_path):
    from core.facts.profiles import profile_by_key, save_user_profile

    headers = ["单号", "日期", "货号", "件数", "金额", "币种"]
    path = tmp_path / "my-erp.csv"
    path.write_text(",".join(headers) + "\nA1,2024-03-05,BAG-1,2,119.80,CNY\n", encoding="utf-8")
    assert main(["import", "auto", str(ws), str(path)]) == 1
    assert "match no known" in capsys.readouterr().err
    workspace = open_workspace(ws)
    with workspace.session() as session:
        mapping = {"order_id": 0, "order_date": 1, "sku": 2, "quantity": 3, "line_amount": 4,
                   "currency": 5}  # fmt: skip
        save_user_profile(session, "My ERP", profile_by_key("erp_orders"), mapping, headers)
    workspace.close()
    out, written, _ = _import(capsys, "orders", ws, path, "--profile", "My ERP", "--market", "CN")
    assert written == 1 and "货号" in out
    assert _query(ws, "SELECT units, revenue, currency FROM orderfact") == [(2, 11980, "CNY")]


BOTH_ENGINES = True
