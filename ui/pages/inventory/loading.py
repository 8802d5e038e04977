"""What step 2 shows, computed on a worker thread: the review, the catalog's rows built,
sorted and compared with the rows shown, and what the panels would otherwise compute on the UI
thread from 100,000 rows."""

from __future__ import annotations

from datetime import date

from core import catalog, currency, revision
from core.inventory.charts import stock_aging
from core.inventory.platforms import platform_performance
from core.inventory.review import review_catalog
from core.inventory.sales_columns import read_sales_columns
from core.jobs import Progress, paused_gc
from core.sales import review_date
from core.workspace import Workspace
from ui.models.catalog_rows import prepare_rows
from ui.pages.inventory.checklist import missing_currencies, missing_skus


def load_catalog(
    workspace: Workspace,
    as_of: date | None,
    sort: tuple[int, bool, bool],
    shown: list | None,
    known: int | None,
    progress: Progress,
) -> dict:
    """Everything the page shows, computed on a worker thread (a plain job), down to the
    model's rows sorted by ``sort`` (``CatalogModel.sort_spec()``) and what changed since
    the rows ``shown`` (read only). ``known``: the workspace revision of what the page shows;
    when nothing was written since, only ``{"unchanged": True}`` comes back."""
    with workspace.session() as session:
        # Read first: a write after this point makes the next reload's revision differ.
        now = revision.current(session.connection())
    if known is not None and now == known:
        return {"unchanged": True, "revision": now}
    with paused_gc(), workspace.session() as session:
        as_of = as_of or review_date(session)  # today, or the month after an old history
        # read once, used twice
        sales = read_sales_columns(
            session, as_of, currency.base_currency(session), currency.rates(session)
        )
        # the SKU rows shown (read only): the unchanged ones are kept, not read twice
        before = {sku.sku_id: sku.raw for product in shown or () for sku in product.skus}
        products = catalog.product_rows(session)
        skus = catalog.catalog_rows(session, previous=before)
        del before
        # built from the same rows: its codes, names and amounts are those rows' objects
        review = review_catalog(
            session, as_of=as_of, progress=progress, sales=sales, catalog=(products, skus)
        )
        data = {
            "review": review,
            "products": products,
            "skus": skus,
            "rates": currency.rates(session),
            "categories": catalog.category_names(session),
            "aging": stock_aging(session, as_of),
            "platforms": platform_performance(session, review, as_of, sales=sales),
            "as_of": as_of,
            "revision": now,
        }
        del sales
        data["rows"] = prepare_rows(
            review, data["products"], data["skus"], review.base_currency, data["rates"], sort, shown
        )
        # What the panels would otherwise compute on the UI thread from 100,000 rows.
        data["gaps"] = missing_skus(data["rows"].rows, data["rates"])
        data["currencies"] = missing_currencies(data["rows"].rows, data["rates"])
        data["sku_codes"] = {s.sku_id: s.sku_code for s in review.skus}
    return data
