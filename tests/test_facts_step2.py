"""Step 2 on a real seller's orders: Superstore's orders (and its Returns sheet) imported as
facts give the monthly sales, lifecycle, ABC classes and the platform × market table.

The file is read here with openpyxl (the parsers are tested on their own); the expected sums
are computed from the same cells, each line's sales rounded to the cent half up (the one
rounding rule: money is stored in minor units).
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

import openpyxl
import pytest

from core.facts.importing import import_facts
from core.facts.kpi import kpi
from core.facts.rows import OrderLine
from core.facts.store import ApplyOptions
from core.importing.history import undo_import
from core.inventory.platforms import DETAIL, platform_performance
from core.inventory.review import review_catalog
from core.sales import review_date
from tests.conftest import real_file

CENT = Decimal("0.01")


def superstore_lines() -> list[OrderLine]:
    book = openpyxl.load_workbook(
        real_file("superstore", "Sample - Superstore.xlsx"), read_only=True
    )
    returns_sheet = book["Returns"].iter_rows(values_only=True)
    next(returns_sheet)
    returned = {order for flag, order in returns_sheet if flag == "Yes"}
    rows = book["Orders"].iter_rows(values_only=True)
    header = next(rows)
    col = {name: header.index(name) for name in header}
    lines = []
    for number, row in enumerate(rows, start=2):
        order, quantity = row[col["Order ID"]], int(row[col["Quantity"]])
        lines.append(
            OrderLine(
                order,
                row[col["Order Date"]].date(),
                row[col["Product ID"]],
                quantity,
                Decimal(repr(row[col["Sales"]])),
                "superstore",
                "US",
                "USD",
                returned_units=quantity if order in returned else 0,
                customer_id=row[col["Customer ID"]],
                title=row[col["Product Name"]],
                category=row[col["Category"]],
                row=number,
            )
        )
    book.close()
    return lines


@pytest.fixture(scope="module")
def lines():
    return superstore_lines()


@pytest.fixture
def imported(workspace, lines):
    workspace.set_setting("base_currency", "USD")
    result = import_facts(
        workspace,
        "orders",
        lines,
        ApplyOptions(file_name="Sample - Superstore.xlsx", create_missing=True),  # fmt: skip
    )
    return workspace, result


def test_monthly_revenue_and_units_match_the_file(imported, lines):
    workspace, result = imported
    assert result.inserted == len(lines) == 9994
    revenue, units = defaultdict(Decimal), defaultdict(int)
    for x in lines:
        month = x.day.replace(day=1)
        revenue[month] += x.revenue.quantize(CENT, ROUND_HALF_UP)
        units[month] += x.units
    with workspace.session() as session:
        by_month = kpi(session, "month")
    assert len(by_month["groups"]) == 48
    for group in by_month["groups"]:
        month = date.fromisoformat(group["month"] + "-01")
        assert (group["revenue"], group["units"]) == (revenue[month], units[month])
    assert by_month["total"]["orders"] == len({x.order_id for x in lines}) == 5009
    assert by_month["total"]["returned_units"] == sum(x.returned_units for x in lines)


def test_step_2_reviews_the_last_year_of_the_history(imported, lines):
    workspace, _result = imported
    with workspace.session() as session:
        as_of = review_date(session)
        assert as_of == date(2018, 1, 1)  # the history ends in December 2017
        review = review_catalog(session, as_of=as_of)
        performance = platform_performance(session, review, as_of)
    year = [x for x in lines if x.day.year == 2017]
    want = sum((x.revenue.quantize(CENT, ROUND_HALF_UP) for x in year), Decimal(0))
    assert review.total_revenue == want
    assert not review.missing_rates  # created SKUs sell in the orders' currency, cost in base
    sold = {x.sku for x in year}
    classes = {s.sku_code: s.abc_class for s in review.skus}
    assert {code for code, abc in classes.items() if abc} == sold
    assert {"A", "B", "C"} <= set(classes.values())
    assert any(s.lifecycle for s in review.skus if s.sku_code in sold)
    assert performance.total.revenue_12m == want
    detail = [r for r in performance.rows if r.level == DETAIL]
    assert [(r.platform, r.market) for r in detail] == [("Superstore", "US")]


def test_undo_takes_the_orders_and_the_new_skus_away(imported):
    workspace, result = imported
    undo_import(workspace, result.batch_id)
    assert workspace.counts()["skus"] == 0
    assert workspace.counts()["sales_records"] == 0


BOTH_ENGINES = True
