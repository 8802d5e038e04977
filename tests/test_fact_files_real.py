"""Every real seller file of a fact kind parses through its profile, and its totals equal sums
computed here independently with csv/openpyxl (never with the app's own parsing)."""

from __future__ import annotations

import csv
import math
from collections import Counter, defaultdict
from datetime import date
from decimal import Decimal

import openpyxl
import pytest

from core.facts.messages import FactFileError
from core.facts.reading import read_fact_file
from tests.conftest import real_file

TINY = Decimal("0.000001")  # float sums of the same cells agree to far below a cent


def _sum(rows, key):
    return sum((r.values[key] for r in rows if r.values.get(key) is not None), Decimal(0))


def _money(text: str, *prefixes: str) -> Decimal:
    for prefix in prefixes:
        text = text.replace(prefix, "")
    return Decimal(text.replace(",", "").strip() or "0")


def _csv(path, delimiter=","):
    with open(path, encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle, delimiter=delimiter))


# ---------------------------------------------------------------- orders


@pytest.fixture(scope="module")
def superstore():
    path = real_file("superstore", "Sample - Superstore.xlsx")
    return path, read_fact_file(path, "orders", currency="USD")


def test_superstore_revenue_units_per_month_and_returns(superstore):
    path, parsed = superstore
    book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    sheet = book["Orders"]
    rows = sheet.iter_rows(values_only=True)
    header = list(next(rows))
    i_date, i_sales, i_qty, i_order = (header.index(h) for h in
                                       ("Order Date", "Sales", "Quantity", "Order ID"))  # fmt: skip
    revenue: dict[str, list[float]] = defaultdict(list)
    units: Counter[str] = Counter()
    lines = []
    for row in rows:
        if row[i_order] is None:
            continue
        month = row[i_date].strftime("%Y-%m")
        revenue[month].append(row[i_sales])
        units[month] += int(row[i_qty])
        lines.append((row[i_order], int(row[i_qty])))
    returned_orders = {r[1] for r in list(book["Returns"].iter_rows(values_only=True))[1:]}
    book.close()

    assert parsed.profile.key == "superstore_orders"
    assert parsed.refusal() is None and not parsed.problems
    assert len(parsed.rows) == len(lines) == 9994
    got_revenue: dict[str, Decimal] = defaultdict(Decimal)
    got_units: Counter[str] = Counter()
    for row in parsed.rows:
        month = row.values["order_date"].strftime("%Y-%m")
        got_revenue[month] += row.values["line_amount"]
        got_units[month] += int(row.values["quantity"])
    assert set(got_revenue) == set(revenue) and len(revenue) == 48
    for month, amounts in revenue.items():
        assert abs(got_revenue[month] - Decimal(repr(math.fsum(amounts)))) < TINY
    assert got_units == units
    assert all(r.values["currency"] == "USD" for r in parsed.rows)
    expected_returned = sum(q for order, q in lines if order in returned_orders)
    assert _sum(parsed.rows, "returned_quantity") == expected_returned > 0


def test_superstore_without_currency_asks_for_one():
    parsed = read_fact_file(real_file("superstore", "Sample - Superstore.xlsx"), "orders")
    assert parsed.needs_currency
    assert "currency" in parsed.refusal().render()


def test_shopify_real_orders_units_refunds_and_day_first_dates():
    path = real_file("shopify-orders-export-real", "orders_export_1.csv")
    lines = _csv(path)
    parsed = read_fact_file(path, "orders")
    assert parsed.profile.key == "shopify_orders"
    with_sku = [r for r in lines if r["Lineitem sku"].strip()]
    assert len(parsed.rows) == len(with_sku) == len(lines) - 1
    # the one line without a SKU is listed with its row and column
    assert len(parsed.problems) == 1 and "Lineitem sku" in parsed.problems[0].render()
    assert _sum(parsed.rows, "quantity") == sum(int(r["Lineitem quantity"]) for r in with_sku)
    refunded = sum(Decimal(r["Refunded Amount"] or "0") for r in with_sku)
    assert _sum(parsed.rows, "refunded_amount") == refunded > 0
    status = {}
    for r in lines:
        status.setdefault(r["Name"], r["Financial Status"])
    fully = sum(int(r["Lineitem quantity"]) for r in with_sku if status[r["Name"]] == "refunded")
    assert _sum(parsed.rows, "returned_quantity") == fully > 0
    # "31/12/2023 22:36": day first, decided from the file and said in the notes
    assert parsed.date_order.order == "dmy" and not parsed.date_order.ambiguous
    assert parsed.rows[0].values["order_date"] == date(2023, 12, 31)
    assert any("day/month/year" in n.render() for n in parsed.notes)
    # continuation lines inherit the order's currency; every line is in CAD
    assert {r.values["currency"] for r in parsed.rows} == {"CAD"}


def test_shopify_devstore_orders_revenue_from_line_prices():
    path = real_file("shopify-orders-export-devstore", "orders_export_1.csv")
    lines = _csv(path)
    parsed = read_fact_file(path)
    assert parsed.kind == "orders" and parsed.profile.key == "shopify_orders"
    assert len(parsed.rows) == 121
    expected = sum(Decimal(r["Lineitem price"]) * int(r["Lineitem quantity"]) for r in lines)
    assert _sum(parsed.rows, "line_amount") == expected
    assert _sum(parsed.rows, "quantity") == sum(int(r["Lineitem quantity"]) for r in lines)
    # the order discount is printed on the first line of an order only: counted once
    discounts = sum(Decimal(r["Discount Amount"] or "0") for r in lines)
    assert _sum(parsed.rows, "order_discount") == discounts
    assert {r.values["currency"] for r in parsed.rows} == {"INR"}


# ---------------------------------------------------------------- sales & traffic


@pytest.mark.parametrize(
    "name", ["BusinessReport-23-07-2025.csv", "BusinessReport-16-07-2025 (2).csv"]
)
def test_business_report_sessions_and_sales(name):
    path = real_file("amazon-business-report", name)
    lines = _csv(path)
    parsed = read_fact_file(path, period=(date(2025, 7, 1), date(2025, 7, 7)))
    assert parsed.profile.label == "Amazon Business Report (child ASIN)"
    assert parsed.kind == "sales" and parsed.refusal() is None
    assert len(parsed.rows) == len(lines)
    sessions = sum(int(r["Sessions – Total"].replace(",", "")) for r in lines)
    sales = sum(_money(r["Ordered Product Sales"], "£") for r in lines)
    units = sum(int(r["Units ordered"].replace(",", "")) for r in lines)
    assert sum(r.values["sessions"] for r in parsed.rows) == sessions
    assert _sum(parsed.rows, "sales") == sales
    assert sum(r.values["units"] for r in parsed.rows) == units
    assert {r.values["currency"] for r in parsed.rows} == {"GBP"}
    assert all(r.values["period_start"] == date(2025, 7, 1) for r in parsed.rows)
    first = lines[0]
    assert (
        parsed.rows[0].values["buy_box"]
        == Decimal(first["Featured Offer (Buy Box) percentage"].rstrip("%")) / 100
    )


def test_business_report_without_period_proposes_one_from_the_file_name():
    path = real_file("amazon-business-report", "BusinessReport-23-07-2025.csv")
    parsed = read_fact_file(path, "sales")
    assert parsed.needs_period
    assert parsed.proposed_period == (date(2025, 7, 23), date(2025, 7, 23))
    assert "2025-07-23" in parsed.refusal().render()


# ---------------------------------------------------------------- advertising


def _xlsx_sums(path, *columns):
    book = openpyxl.load_workbook(path, data_only=True)  # (read-only mode sees no rows here)
    rows = list(book.worksheets[0].iter_rows(values_only=True))
    book.close()
    header = [str(h) for h in rows[0]]
    return [
        Decimal(repr(math.fsum(r[header.index(c)] or 0 for r in rows[1:]))) for c in columns
    ], len(rows) - 1


@pytest.mark.parametrize(
    ("name", "level"),
    [
        ("Sponsored Products Advertised product report.xlsx", "product"),
        ("Sponsored Products Search term report.xlsx", "search_term"),
    ],
)
def test_ads_xlsx_spend_and_sales(name, level):
    path = real_file("amazon-sp-ads-in-2020", name)
    (spend, sales), count = _xlsx_sums(path, "Spend", "14 Day Total Sales (₹)")
    parsed = read_fact_file(path, "ads")
    assert parsed.level == level and parsed.refusal() is None
    assert len(parsed.rows) == count
    assert abs(_sum(parsed.rows, "spend") - spend) < TINY and spend > 0
    assert abs(_sum(parsed.rows, "sales_14d") - sales) < TINY and sales > 0
    assert parsed.currency == "INR"
    assert all(r.values["date"].month == 2 and r.values["date"].year == 2020 for r in parsed.rows)


def test_ads_campaign_csv_with_rupee_prefixes():
    path = real_file("amazon-sp-ads-in-2020", "Sponsored Products Campaign report.csv")
    lines = _csv(path)
    parsed = read_fact_file(path)
    assert parsed.kind == "ads" and parsed.level == "campaign"
    assert len(parsed.rows) == len(lines)
    assert _sum(parsed.rows, "spend") == sum(_money(r["Spend"], "Rs.") for r in lines)
    assert _sum(parsed.rows, "sales_14d") == sum(
        _money(r["14 Day Total Sales (₹)"], "Rs.") for r in lines
    )
    assert parsed.rows[0].values["date"] == date(2020, 2, 1)  # "Feb 1, 2020"
    assert all(r.values.get("sku") is None for r in parsed.rows)  # campaign level, no SKU


# ---------------------------------------------------------------- settlement, reviews, listings


def test_settlement_amounts_per_transaction_type():
    path = real_file("amazon-settlement-flatfile-v1", "15836299764_14day2.txt")
    lines = _csv(path, "\t")
    amount_columns = [c for c in lines[0] if c.endswith("-amount") and c != "total-amount"]
    expected: dict[str, Decimal] = defaultdict(Decimal)
    for r in lines:
        for c in amount_columns:
            if (r.get(c) or "").strip():
                expected[r["transaction-type"]] += Decimal(r[c])
    parsed = read_fact_file(path)
    assert parsed.kind == "settlement" and parsed.refusal() is None
    assert len(parsed.rows) == len(lines) == 36
    got: dict[str, Decimal] = defaultdict(Decimal)
    for row in parsed.rows:
        if row.values["amount"] is not None:
            got[row.values["transaction_type"] or ""] += row.values["amount"]
    assert {k: v for k, v in got.items() if v} == {k: v for k, v in expected.items() if v}
    assert parsed.rows[0].values["total_amount"] == Decimal("208448.22")
    assert {r.values["currency"] for r in parsed.rows} == {"EUR"}


def test_amazon_reviews_counts_by_rating():
    path = real_file("amazon-alexa-reviews", "amazon_alexa.tsv")
    lines = _csv(path, "\t")
    parsed = read_fact_file(path)
    assert parsed.kind == "reviews" and parsed.profile.key == "amazon_reviews"
    assert Counter(int(r.values["rating"]) for r in parsed.rows) == Counter(
        int(r["rating"]) for r in lines
    )
    assert parsed.rows[0].values["date"] == date(2018, 7, 31)  # "31-Jul-18"


def test_olist_reviews_counts_by_score():
    path = real_file("olist-subset", "olist_order_reviews_dataset.csv")
    lines = _csv(path)
    parsed = read_fact_file(path, "reviews")
    assert parsed.profile.key == "olist_reviews"
    assert len(parsed.rows) == len(lines) == 6123
    assert Counter(int(r.values["rating"]) for r in parsed.rows) == Counter(
        int(r["review_score"]) for r in lines
    )
    with_text = sum(1 for r in lines if r["review_comment_message"].strip())
    assert sum(1 for r in parsed.rows if r.values.get("text")) == with_text


def test_amazon_active_listings_sku_asin_price():
    path = real_file("amazon-active-listings", "Active+Listings+Report_02-26-2026.csv")
    lines = _csv(path)
    parsed = read_fact_file(path, "listings", currency="GBP")
    assert parsed.profile.key == "amazon_active_listings"
    assert len(parsed.rows) == len(lines) == 4736
    # SKUs are cleaned as the catalog import cleans them (a no-break space reads as a space)
    pairs = {(r["seller-sku"].replace("\xa0", " ").strip(), r["asin1"].strip()) for r in lines}
    assert {(r.values["sku"], r.values["asin"]) for r in parsed.rows} == pairs
    assert _sum(parsed.rows, "price") == sum(_money(r["price"]) for r in lines)
    assert parsed.rows[0].values["open_date"] == date(2024, 5, 14)


# ---------------------------------------------------------------- refusals


@pytest.mark.parametrize(
    "parts",
    [
        ("shopify-products-export-real", "products_export_1.csv"),
        ("woocommerce-sample", "sample_products.csv"),
        ("etsy-listings-en", "EtsyListingsDownload.csv"),
        ("dianxiaomi-tiktok-import-template", "template_tiktok_example.xlsx"),
        ("olist-subset", "olist_products_dataset.csv"),
    ],
)
def test_product_lists_are_sent_to_the_product_import(parts):
    path = real_file(*parts)
    with pytest.raises(FactFileError) as caught:
        read_fact_file(path)
    text = caught.value.message.render()
    assert path.name in text and "product list" in text and "import it as products" in text


def test_a_report_imported_as_the_wrong_kind_names_the_right_one():
    path = real_file("amazon-sp-ads-in-2020", "Sponsored Products Campaign report.csv")
    with pytest.raises(FactFileError) as caught:
        read_fact_file(path, "orders")
    text = caught.value.message.render()
    assert "Sponsored Products campaign report" in text and "import it as advertising" in text


BOTH_ENGINES = True
