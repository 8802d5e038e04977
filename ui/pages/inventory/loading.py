"""What step 2 shows, computed on a worker thread, in two parts: first the catalog's rows
(built, sorted and compared with the rows shown), handed to the page as soon as they are
ready so the seller can read, filter and edit them, then the review of the sales with what
the panels would otherwise compute on the UI thread from 100,000 rows.

Both parts come from one read transaction: the review is of the very rows shown first."""

from __future__ import annotations

import threading
from datetime import date
from typing import Any

from core import catalog, currency, revision
from core.inventory.charts import stock_aging
from core.inventory.platforms import platform_performance
from core.inventory.review import review_catalog
from core.inventory.sales_columns import read_sales_columns
from core.jobs import Progress, paused_gc
from core.sales import review_date
from core.workspace import Workspace
from ui.models.catalog_rows import ShownRows, prepare_rows, reviewed_rows
from ui.pages.inventory.checklist import missing_currencies, missing_skus

# The review's progress as one count: the sales read, the review's four parts, the platforms,
# the rows.
STAGES = 7


class Stage:
    """A part of the job's progress: ``report(done, total)`` of a part counts as ``offset +
    done`` of STAGES, so the line above the table shows one percentage."""

    def __init__(self, progress: Progress, offset: int, size: int) -> None:
        self.progress, self.offset, self.size = progress, offset, size

    def report(self, done: int, total: int, message: str = "") -> None:
        part = self.size * done // total if total else 0
        self.progress.report(self.offset + part, STAGES, message)

    def check(self) -> None:
        self.progress.check()

    @property
    def cancelled(self) -> bool:
        return self.progress.cancelled


def load_catalog(
    workspace: Workspace,
    as_of: date | None,
    sort: tuple[int, bool, bool],
    shown: ShownRows | None,
    known: int | None,
    early: bool,
    progress: Progress,
) -> dict:
    """Everything the page shows, computed on a worker thread (a plain job), down to the
    model's rows sorted by ``sort`` (``CatalogModel.sort_spec()``) and what changed since
    the rows ``shown`` (``CatalogModel.shown_rows()``, read only). ``known``: the workspace revision of what the page shows;
    when nothing was written since, only ``{"unchanged": True}`` comes back. ``early``: hand
    the catalog's rows over (``progress.deliver``) before the sales are reviewed: the page
    shows no review yet, and the seller need not wait for one."""
    with workspace.session() as session:
        # Read first: a write after this point makes the next reload's revision differ.
        now = revision.current(session.connection())
    if known is not None and now == known:
        return {"unchanged": True, "revision": now}
    with paused_gc(), workspace.session() as session:
        as_of = as_of or review_date(session)  # today, or the month after an old history
        # the SKU rows shown (read only): the unchanged ones are kept, not read twice
        rows = tuple(shown.rows) if shown is not None else ()
        before = {sku.sku_id: sku.raw for product in rows for sku in tuple(product.skus)}
        products = catalog.product_rows(
            session, previous={product.product_id: product.raw for product in rows}
        )
        del rows
        skus = catalog.catalog_rows(session, previous=before)
        del before
        rates = currency.rates(session)
        base = currency.base_currency(session)
        # The catalog's dicts are not handed over: the rows hold what the page needs of them.
        data: dict[str, Any] = {
            "rates": rates,
            "categories": catalog.category_names(session),
            "as_of": as_of,
            "revision": now,
        }
        first = None
        if early:
            first = prepare_rows(None, products, skus, base, rates, sort)
            # What the checklist shows needs no review: found once, for both parts.
            data["gaps"] = missing_skus(first.rows, rates)
            data["currencies"] = missing_currencies(first.rows, rates)
            shown = threading.Event()
            if progress.deliver({**data, "rows": first, "base": base, "shown": shown}):
                # The page shows them on the UI thread: not competing for the interpreter
                # there, that takes half the time (a second at most: a page gone never says).
                shown.wait(1.0)
        progress.report(0, STAGES)
        # read once, used twice
        sales = read_sales_columns(session, as_of, base, rates)
        progress.report(1, STAGES)
        # built from the same rows: its codes, names and amounts are those rows' objects
        review = review_catalog(
            session,
            as_of=as_of,
            progress=Stage(progress, 1, 4),
            sales=sales,
            catalog=(products, skus),
        )
        data["review"] = review
        data["aging"] = stock_aging(session, as_of)
        data["platforms"] = platform_performance(session, review, as_of, sales=sales)
        del sales
        progress.report(6, STAGES)
        if first is not None:
            # The rows shown first, with the review's figures: their search texts kept.
            data["rows"] = reviewed_rows(first, review, base, rates, sort)
        else:
            data["rows"] = prepare_rows(review, products, skus, base, rates, sort, shown)
            data["gaps"] = missing_skus(data["rows"].rows, rates)
            data["currencies"] = missing_currencies(data["rows"].rows, rates)
        del first
        # What the flags panel links (a few codes per flag), not every SKU's code.
        data["sku_codes"] = flagged_codes(review)
    return data


def flagged_codes(review: Any, per_flag: int = 12) -> dict[int, str]:
    """The codes of the SKUs the flags panel names: its first ``per_flag`` per flag (SHOWN_SKUS
    in flags.py) and the top SKUs."""
    wanted = {sku_id for flag in review.flags for sku_id in flag.sku_ids[:per_flag]}
    wanted.update(review.top_sku_ids)
    return {s.sku_id: s.sku_code for s in review.skus if s.sku_id in wanted}
