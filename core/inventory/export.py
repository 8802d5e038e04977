"""Excel export of the reviewed catalog: every SKU with its classes and flags, the flags, and
the concentration summary. Money is written as the review's exact amounts (already rounded
half up to the base currency's minor unit by ``core.money``), so a summary row equals the sum
of the rows it sums, in Excel as on screen."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

from core.i18n import QT_TRANSLATE_NOOP, Message, Translate, identity
from core.inventory.flags import FLAG_LABELS, SEVERITY_LABELS, THRESHOLD_LABELS, flags_text
from core.inventory.lifecycle import LIFECYCLE_STAGES, NO_SALES_LABEL
from core.inventory.review import MARGIN_BASIS_LABELS, CatalogReview, review_catalog
from core.jobs import paused_gc
from core.money import minor_unit
from core.xlsx_apart import write_workbook_apart
from core.xlsx_export import INTEGER, PERCENT, Sheet, money_format

CTX = "Inventory"

CATALOG_HEADERS = [
    QT_TRANSLATE_NOOP("Inventory", "SKU"),
    QT_TRANSLATE_NOOP("Inventory", "SPU"),
    QT_TRANSLATE_NOOP("Inventory", "Product"),
    QT_TRANSLATE_NOOP("Inventory", "Category"),
    QT_TRANSLATE_NOOP("Inventory", "Variant"),
    QT_TRANSLATE_NOOP("Inventory", "Cost ({currency})"),
    QT_TRANSLATE_NOOP("Inventory", "Price ({currency})"),
    QT_TRANSLATE_NOOP("Inventory", "Gross margin"),
    QT_TRANSLATE_NOOP("Inventory", "Margin basis"),
    QT_TRANSLATE_NOOP("Inventory", "Revenue 12 months ({currency})"),
    QT_TRANSLATE_NOOP("Inventory", "Units 12 months"),
    QT_TRANSLATE_NOOP("Inventory", "Return rate"),
    QT_TRANSLATE_NOOP("Inventory", "Stock"),
    QT_TRANSLATE_NOOP("Inventory", "Stock value ({currency})"),
    QT_TRANSLATE_NOOP("Inventory", "Days of cover"),
    QT_TRANSLATE_NOOP("Inventory", "Lifecycle"),
    QT_TRANSLATE_NOOP("Inventory", "ABC"),
    QT_TRANSLATE_NOOP("Inventory", "Flags"),
    # The SKU's own values, so the sheet round-trips: cost and price as typed, in their own
    # currency, and whether the lifecycle stage was set by hand.
    QT_TRANSLATE_NOOP("Inventory", "Cost as entered"),
    QT_TRANSLATE_NOOP("Inventory", "Cost currency"),
    QT_TRANSLATE_NOOP("Inventory", "Price as entered"),
    QT_TRANSLATE_NOOP("Inventory", "Price currency"),
    QT_TRANSLATE_NOOP("Inventory", "Lifecycle set by hand"),
]
FLAGGED_SKU_HEADERS = [
    QT_TRANSLATE_NOOP("Inventory", "Severity"),
    QT_TRANSLATE_NOOP("Inventory", "Flag"),
    QT_TRANSLATE_NOOP("Inventory", "SKU"),
    QT_TRANSLATE_NOOP("Inventory", "Product"),
]
MANUAL = QT_TRANSLATE_NOOP("Inventory", "yes")
FLAG_HEADERS = [
    QT_TRANSLATE_NOOP("Inventory", "Severity"),
    QT_TRANSLATE_NOOP("Inventory", "Flag"),
    QT_TRANSLATE_NOOP("Inventory", "Message"),
    QT_TRANSLATE_NOOP("Inventory", "SKUs affected"),
    QT_TRANSLATE_NOOP("Inventory", "SKU codes"),
]
SUMMARY_HEADERS = [
    QT_TRANSLATE_NOOP("Inventory", "Measure"),
    QT_TRANSLATE_NOOP("Inventory", "Amount ({currency})"),
    QT_TRANSLATE_NOOP("Inventory", "Share or index"),
    QT_TRANSLATE_NOOP("Inventory", "Threshold"),
    QT_TRANSLATE_NOOP("Inventory", "Index"),
]
UNKNOWN_STOCK = QT_TRANSLATE_NOOP("Inventory", "unknown")


def _t(translate: Translate, text: str, **params) -> str:
    return Message(CTX, text, params).render(translate)


def _catalog_rows(review: CatalogReview, translate: Translate) -> Iterator[list[Any]]:
    """One row per SKU, made as the writer asks for it: a list of 100,000 rows would double
    the review's memory. Labels are translated once, not once per SKU."""
    stages = {key: translate(CTX, label) for key, label in LIFECYCLE_STAGES.items()}
    no_sales = translate(CTX, NO_SALES_LABEL)
    bases = {key: translate(CTX, label) for key, label in MARGIN_BASIS_LABELS.items()}
    unknown, manual = translate(CTX, UNKNOWN_STOCK), translate(CTX, MANUAL)
    flag_texts: dict[tuple[str, ...], str] = {}
    for s in review.skus:
        flags = tuple(s.flags)
        text = flag_texts.get(flags)
        if text is None:
            text = flag_texts[flags] = flags_text(flags, translate)
        yield [
            s.sku_code,
            s.spu_code,
            s.product_name,
            s.category,
            s.variant_label,
            s.cost_base,
            s.price_base,
            s.gross_margin,
            bases.get(s.margin_basis, ""),
            s.revenue_12m,
            s.units_12m,
            s.return_rate,
            s.stock_qty if s.stock_qty is not None else unknown,
            s.stock_value,
            round(s.days_of_cover) if s.days_of_cover is not None else None,
            stages.get(s.lifecycle, no_sales),
            s.abc_class,
            text,
            s.cost,
            s.cost_currency,
            s.price,
            s.price_currency,
            manual if s.lifecycle_overridden else "",
        ]


def catalog_sheets(review: CatalogReview, translate: Translate = identity) -> list[Sheet]:
    base = review.base_currency
    money = money_format(minor_unit(base))
    headers = [_t(translate, h, currency=base) for h in CATALOG_HEADERS]
    rows = _catalog_rows(review, translate)
    codes = {s.sku_id: s.sku_code for s in review.skus}
    names = {s.sku_id: s.product_name for s in review.skus}
    # One flagged SKU per row, to filter and sort in Excel (the Flags sheet lists them joined).
    flagged_rows = (
        [
            translate(CTX, SEVERITY_LABELS[f.severity]),
            translate(CTX, FLAG_LABELS[f.key]),
            codes.get(i, ""),
            names.get(i, ""),
        ]
        for f in review.flags
        for i in f.sku_ids
    )
    flag_rows = [
        [
            translate(CTX, SEVERITY_LABELS[f.severity]),
            translate(CTX, FLAG_LABELS[f.key]),
            f.message.render(translate),
            len(f.sku_ids),
            ", ".join(codes.get(i, "") for i in f.sku_ids),
        ]
        for f in review.flags
    ]
    t = review.thresholds

    def measure(text: str, amount=None, share=None, limit=None, index=None, **params) -> list[Any]:
        # An index (HHI, effective number) is a plain number, never shown as a percentage.
        return [_t(translate, text, **params), amount, share, limit, index]

    summary: list[list[Any]] = [
        measure(
            QT_TRANSLATE_NOOP("Inventory", "Revenue 12 months ({currency})"),
            review.total_revenue,
            currency=base,
        ),
        measure(
            QT_TRANSLATE_NOOP("Inventory", "SKUs reviewed: {count}"), count=len(review.active_skus)
        ),
        measure(
            QT_TRANSLATE_NOOP("Inventory", "Archived SKUs left out of the review: {count}"),
            count=review.archived_count,
        ),
        measure(
            QT_TRANSLATE_NOOP("Inventory", "SKUs with unknown stock: {count}"),
            count=len(review.unknown_stock),
        ),
        measure(THRESHOLD_LABELS["top_sku_share"], None, review.top_sku_share, t.top_sku_share),
        measure(
            QT_TRANSLATE_NOOP("Inventory", "SKU concentration index (HHI)"),
            index=review.hhi_sku,
        ),
        measure(
            QT_TRANSLATE_NOOP("Inventory", "Effective number of SKUs (1 ÷ HHI)"),
            index=review.effective_skus,
        ),
        measure(
            THRESHOLD_LABELS["top_platform_share"],
            None,
            review.top_platform_share,
            t.top_platform_share,
        ),
        measure(
            QT_TRANSLATE_NOOP("Inventory", "Platform concentration index (HHI)"),
            index=review.hhi_platform,
        ),
        measure(
            QT_TRANSLATE_NOOP("Inventory", "Effective number of platforms (1 ÷ HHI)"),
            index=review.effective_platforms,
        ),
    ]
    summary += [
        measure(
            QT_TRANSLATE_NOOP("Inventory", "Platform {platform}"),
            review.platform_revenue[name],
            share,
            platform=name,
        )
        for name, share in review.platform_shares.items()
    ]
    summary += [
        measure(
            QT_TRANSLATE_NOOP("Inventory", "Market {market}"),
            review.market_revenue[name],
            share,
            market=name,
        )
        for name, share in review.market_shares.items()
    ]
    return [
        Sheet(
            _t(translate, QT_TRANSLATE_NOOP("Inventory", "Catalog review")),
            headers,
            rows,
            {
                5: money,
                6: money,
                7: PERCENT,
                9: money,
                10: INTEGER,
                11: PERCENT,
                12: INTEGER,
                13: money,
                14: INTEGER,
            },
        ),
        Sheet(
            _t(translate, QT_TRANSLATE_NOOP("Inventory", "Flags")),
            [translate(CTX, h) for h in FLAG_HEADERS],
            flag_rows,
            {3: INTEGER},
        ),
        Sheet(
            _t(translate, QT_TRANSLATE_NOOP("Inventory", "Summary")),
            [_t(translate, h, currency=base) for h in SUMMARY_HEADERS],
            summary,
            {1: money, 2: PERCENT, 3: PERCENT, 4: "0.000"},
        ),
        Sheet(
            _t(translate, QT_TRANSLATE_NOOP("Inventory", "Flagged SKUs")),
            [translate(CTX, h) for h in FLAGGED_SKU_HEADERS],
            flagged_rows,
        ),
    ]


def export_catalog(
    workspace,
    out_path: str | Path,
    translate: Translate = identity,
    as_of: date | None = None,
    progress=None,
    review: CatalogReview | None = None,
) -> Path:
    """``review``: the page's own review of the same day, reused (at 100,000 SKUs reviewing
    takes longer than writing); None reviews the catalog now. The rows are made here and
    written by a child process (``core.xlsx_apart``), piece by piece."""
    # The rows of 100,000 SKUs hold no cycles: collections while they are built would scan
    # the whole review again and again, pausing the UI thread for seconds.
    with paused_gc():
        if review is None:
            with workspace.session() as session:
                review = review_catalog(session, as_of=as_of, progress=progress)
        total = len(review.skus) + sum(len(f.sku_ids) for f in review.flags)
        sheets = catalog_sheets(review, translate)
        return write_workbook_apart(out_path, sheets, progress, total_rows=total)
