"""Value shapes, profile detection and the profiles without a real fixture (WooCommerce,
TikTok Shop and ERP orders, stock lists, newer Amazon ads layouts), on small files written here."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal

import pytest

from core.facts.detect import detect_profile, rank_profiles
from core.facts.fields import FACT_FIELDS
from core.facts.messages import FactFileError
from core.facts.parsing import (
    BadValue,
    DateOrder,
    decide_date_order,
    header_currency,
    parse_date,
    parse_decimal,
    parse_integer,
    parse_percent,
    parse_period,
    period_from_file_name,
)
from core.facts.profiles import (
    PROFILE_LABELS,
    builtin_profiles,
    save_user_profile,
    saved_profile_for,
    with_user_mapping,
)
from core.facts.reading import read_fact_file
from core.resources import resource_path


@pytest.mark.parametrize(
    ("cell", "number", "currency"),
    [
        ("£112.60", Decimal("112.60"), "GBP"),
        ("£2,560.45", Decimal("2560.45"), "GBP"),
        ("Rs.201.68", Decimal("201.68"), "INR"),
        ("Rs.15.5138462", Decimal("15.5138462"), "INR"),
        ("1,356", Decimal("1356"), ""),
        ("1.234,56 €", Decimal("1234.56"), "EUR"),
        ("12,5", Decimal("12.5"), ""),
        ("(12.50)", Decimal("-12.50"), ""),
        ("-£5.00", Decimal("-5.00"), "GBP"),
        ("USD 1,000.00", Decimal("1000.00"), "USD"),
        (731.9399999999999, Decimal("731.94"), ""),
        (0.002245508982035928, Decimal("0.002245509"), ""),
        (3, Decimal(3), ""),
        ("", None, ""),
        ("--", None, ""),
    ],
)
def test_money_and_number_shapes(cell, number, currency):
    assert parse_decimal(cell) == (number, currency)


def test_bad_numbers_are_refused():
    for cell in ("abc", "12.3.4", True, date(2020, 1, 1)):
        with pytest.raises(BadValue):
            parse_decimal(cell)
    with pytest.raises(BadValue):
        parse_integer("1.5")
    assert parse_integer('"1,356"'.strip('"')) == 1356


def test_percentages_become_fractions():
    assert parse_percent("92.30%") == Decimal("0.923")
    assert parse_percent("133.33%") == Decimal("1.3333")  # over 100 % is real: not clamped
    assert parse_percent(0.0022) == Decimal("0.0022")
    assert parse_percent("") is None


def test_currency_in_headers():
    assert header_currency("14 Day Total Sales (₹)") == "INR"
    assert header_currency("Price (USD)") == "USD"
    assert header_currency("Sales (£)") == "GBP"
    assert header_currency("14 Day Total Orders (#)") == ""


@pytest.mark.parametrize(
    ("cell", "order", "expected"),
    [
        ("31/12/2023 22:36", "dmy", date(2023, 12, 31)),
        ("02/01/2024 13:41", "dmy", date(2024, 1, 2)),
        ("02/01/2024 13:41", "mdy", date(2024, 2, 1)),
        ("2025-12-06 10:37:33 -0500", "dmy", date(2025, 12, 6)),
        ("2012-11-03T11:04:32+00:00", "mdy", date(2012, 11, 3)),
        ("Feb 1, 2020", "dmy", date(2020, 2, 1)),
        ("31-Jul-18", "mdy", date(2018, 7, 31)),
        ("14/05/2024 09:48:59 BST", "dmy", date(2024, 5, 14)),
        ("2020年2月1日", "dmy", date(2020, 2, 1)),
        (43862, "dmy", date(2020, 2, 1)),
        ("43862", "dmy", date(2020, 2, 1)),
        (date(2020, 2, 1), "mdy", date(2020, 2, 1)),
    ],
)
def test_date_shapes(cell, order, expected):
    assert parse_date(cell, DateOrder(order)) == expected


def test_day_month_order_is_decided_from_the_whole_file():
    assert decide_date_order(["01/02/2024", "13/02/2024"]) == DateOrder("dmy", "13/02/2024")
    assert decide_date_order(["01/02/2024", "02/13/2024"]) == DateOrder("mdy", "02/13/2024")
    undecided = decide_date_order(["01/02/2024", "2024-05-06"], default="mdy")
    assert undecided.order == "mdy" and undecided.ambiguous
    with pytest.raises(BadValue):
        decide_date_order(["13/02/2024", "02/13/2024"])
    with pytest.raises(BadValue):
        parse_date("31/31/2024", DateOrder("dmy"))


def test_period_from_file_names_and_the_cli():
    assert period_from_file_name("BusinessReport-23-07-2025.csv") == (
        date(2025, 7, 23),
        date(2025, 7, 23),
    )
    assert period_from_file_name("Active+Listings+Report_02-26-2026.csv") == (
        date(2026, 2, 26),
        date(2026, 2, 26),
    )
    assert period_from_file_name("report_2025-07-01_2025-07-07.csv") == (
        date(2025, 7, 1),
        date(2025, 7, 7),
    )
    assert period_from_file_name("Wk28.csv") is None
    assert parse_period("2025-07-01:2025-07-07") == (date(2025, 7, 1), date(2025, 7, 7))
    assert parse_period("2025-07-01") == (date(2025, 7, 1), date(2025, 7, 1))
    for bad in ("2025-07-07:2025-07-01", "July", "1:2:3"):
        with pytest.raises(BadValue):
            parse_period(bad)


# ---------------------------------------------------------------- profiles


def test_every_profile_file_loads_and_names_a_translated_label():
    files = sorted(resource_path("profiles").glob("*.json"))
    profiles = builtin_profiles()
    assert len(files) == len(profiles) >= 16
    for path, profile in zip(files, profiles, strict=True):
        assert json.loads(path.read_text(encoding="utf-8"))["key"] == profile.key
        assert profile.label in PROFILE_LABELS
        fields = {f.key for f in FACT_FIELDS[profile.kind]}
        required = {f.key for f in FACT_FIELDS[profile.kind] if f.required}
        assert set(profile.fields) <= fields
        assert required <= set(profile.fields), profile.key


NEW_ADS = [  # Amazon's 2022+ layout: Advertised SKU, 7-day columns, ACOS, trailing spaces
    "Date", "Portfolio name", "Currency", "Campaign Name", "Ad Group Name", "Advertised SKU",
    "Advertised ASIN", "Impressions", "Clicks", "Click-Thru Rate (CTR)", "Cost Per Click (CPC)",
    "Spend", "7 Day Total Sales ", "Total Advertising Cost of Sales (ACOS) ",
    "Total Return on Advertising Spend (ROAS)", "7 Day Total Orders (#)", "7 Day Total Units (#)",
]  # fmt: skip


def test_newer_ads_layout_is_detected_with_its_renamed_columns():
    match = detect_profile(NEW_ADS)
    assert match is not None and match.profile.key == "amazon_sp_advertised_product"
    mapped = {key: NEW_ADS[col] for key, col in match.mapping.items()}
    assert mapped["sales_7d"] == "7 Day Total Sales " and "sales_14d" not in mapped
    assert mapped["sku"] == "Advertised SKU" and mapped["units_7d"] == "7 Day Total Units (#)"


def test_detection_ranks_and_refuses():
    ranked = rank_profiles(["Order ID", "Order Date", "SKU", "Quantity", "Price"])
    assert ranked and ranked[0].kind == "orders"
    assert detect_profile(["colour", "size"]) is None
    # a kind the seller chose needs only its required columns
    assert (
        detect_profile(["订单号", "下单时间", "SKU", "数量"], "orders").profile.key == "erp_orders"
    )


def _write(path, lines, delimiter=","):
    path.write_text("\n".join(delimiter.join(line) for line in lines) + "\n", encoding="utf-8")
    return path


def test_woocommerce_orders_export(tmp_path):
    path = _write(tmp_path / "orders-2024-03.csv", [
        ["Order Number", "Order Status", "Order Date", "Item #", "SKU", "Item Name",
         "Quantity (- Refund)", "Item Cost", "Order Total Amount", "Order Currency"],
        ["101", "completed", "2024-03-01 10:00", "1", "TS-1", "Tee", "2", "12.50", "25.00", "EUR"],
        ["102", "refunded", "2024-03-02 11:00", "1", "TS-2", "Tee", "1", "9.99", "9.99", "EUR"],
    ])  # fmt: skip
    parsed = read_fact_file(path)
    assert parsed.profile.key == "woocommerce_orders"
    assert [r.values["line_amount"] for r in parsed.rows] == [Decimal("25.00"), Decimal("9.99")]
    assert [r.values.get("returned_quantity") for r in parsed.rows] == [None, Decimal(1)]


def test_tiktok_shop_orders_export(tmp_path):
    path = _write(tmp_path / "tiktok.csv", [
        ["Order ID", "Order Status", "Order Substatus", "SKU ID", "Seller SKU", "Product Name",
         "Quantity", "Sku Quantity of return", "SKU Unit Original Price",
         "SKU Subtotal After Discount", "Created Time", "Buyer Username"],
        ["5761", "Completed", "Delivered", "1729", "MUG-1", "Mug", "3", "1", "$9.00", "$24.00",
         "10/25/2023 11:12:13 AM", "amy"],
    ])  # fmt: skip
    parsed = read_fact_file(path, "orders")
    row = parsed.rows[0].values
    assert parsed.profile.key == "tiktok_orders"
    assert row["order_date"] == date(2023, 10, 25) and row["line_amount"] == Decimal("24.00")
    assert row["returned_quantity"] == 1 and row["currency"] == "USD"


def test_erp_orders_and_stock_lists_in_chinese(tmp_path):
    orders = _write(tmp_path / "订单.csv", [
        ["订单号", "下单时间", "SKU", "数量", "单价", "币种", "订单状态"],
        ["A1", "2024/03/05 10:00", "BAG-1", "2", "59.90", "CNY", "已完成"],
    ])  # fmt: skip
    parsed = read_fact_file(orders)
    assert parsed.profile.key == "erp_orders"
    assert parsed.rows[0].values["line_amount"] == Decimal("119.80")
    stock = _write(tmp_path / "库存.csv", [
        ["SKU", "仓库名称", "可用库存", "在途库存", "锁定库存"],
        ["BAG-1", "深圳仓", "120", "30", "5"],
        ["BAG-1", "美西仓", "40", "0", "0"],
    ])  # fmt: skip
    parsed = read_fact_file(stock)
    assert parsed.kind == "inventory" and parsed.profile.key == "erp_stock"
    assert [(r.values["warehouse"], r.values["on_hand"]) for r in parsed.rows] == [
        ("深圳仓", Decimal(120)),
        ("美西仓", Decimal(40)),
    ]


def test_fba_inventory_report(tmp_path):
    path = _write(tmp_path / "fba.txt", [
        ["sku", "fnsku", "asin", "product-name", "afn-warehouse-quantity",
         "afn-fulfillable-quantity", "afn-reserved-quantity", "afn-inbound-shipped-quantity"],
        ["MUG-1", "X00A", "B0X", "Mug", "12", "10", "2", "50"],
    ], "\t")  # fmt: skip
    parsed = read_fact_file(path)
    row = parsed.rows[0].values
    assert parsed.profile.key == "amazon_fba_inventory"
    assert (row["on_hand"], row["inbound"], row["reserved"]) == (10, 50, 2)


def test_bad_cells_name_file_row_and_column_and_mixed_dates_refuse_the_file(tmp_path):
    path = _write(tmp_path / "orders.csv", [
        ["订单号", "下单时间", "SKU", "数量", "单价", "币种"],
        ["A1", "05/03/2024", "BAG-1", "two", "59.90", "CNY"],
        ["A2", "06/03/2024", "BAG-1", "1", "59.90", "CNY"],
        ["A3", "07/03/2024", "BAG-1", "1.5", "59.90", "CNY"],
    ])  # fmt: skip
    parsed = read_fact_file(path)
    assert len(parsed.rows) == 1
    text = parsed.problems[0].render()
    assert "“orders.csv”, row 2, column 数量: 'two' is not a number." == text
    assert parsed.problems[1].render() == (
        "“orders.csv”, row 4, column 数量: '1.5' is not a whole number."
    )
    assert parsed.date_order.ambiguous and any("Check a few dates" in n.render()
                                               for n in parsed.notes)  # fmt: skip
    mixed = _write(tmp_path / "mixed.csv", [
        ["订单号", "下单时间", "SKU", "数量"],
        ["A1", "13/03/2024", "BAG-1", "1"],
        ["A2", "03/14/2024", "BAG-1", "1"],
    ])  # fmt: skip
    with pytest.raises(FactFileError) as caught:
        read_fact_file(mixed)
    assert "13/03/2024" in str(caught.value) and "03/14/2024" in str(caught.value)


def test_a_saved_mapping_is_reused_for_the_same_layout(workspace, tmp_path):
    headers = ["单号", "日期", "货号", "件数"]
    path = _write(tmp_path / "my-erp.csv", [headers, ["A1", "2024-03-05", "BAG-1", "2"]])
    base = detect_profile(["订单号", "下单时间", "SKU", "数量"], "orders").profile
    with workspace.session() as session:
        save_user_profile(session, "My ERP", base, {"order_id": 0, "order_date": 1, "sku": 2,
                                                    "quantity": 3}, headers)  # fmt: skip
        saved = saved_profile_for(session, "orders", headers)
        assert saved is not None and saved.name == "My ERP"
        profile, mapping = with_user_mapping(base, saved, headers)
    parsed = read_fact_file(path, profile=profile, mapping=mapping)
    assert parsed.profile.user_profile == "My ERP"
    assert parsed.rows[0].values["quantity"] == 2 and parsed.rows[0].values["sku"] == "BAG-1"


BOTH_ENGINES = True
