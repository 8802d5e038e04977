"""Excel export of the reviewed catalog: every SKU with its classes and flags, the flags, and
the concentration summary."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from core.i18n import QT_TRANSLATE_NOOP, Message, Translate, identity
from core.inventory.flags import FLAG_LABELS, SEVERITY_LABELS, THRESHOLD_LABELS, flags_text
from core.inventory.review import LIFECYCLE_STAGES, NO_SALES_LABEL, CatalogReview, review_catalog
from core.xlsx_export import INTEGER, MONEY, PERCENT, Sheet, write_workbook

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
    QT_TRANSLATE_NOOP("Inventory", "Revenue 12 months ({currency})"),
    QT_TRANSLATE_NOOP("Inventory", "Units 12 months"),
    QT_TRANSLATE_NOOP("Inventory", "Return rate"),
    QT_TRANSLATE_NOOP("Inventory", "Stock"),
    QT_TRANSLATE_NOOP("Inventory", "Stock value ({currency})"),
    QT_TRANSLATE_NOOP("Inventory", "Days of cover"),
    QT_TRANSLATE_NOOP("Inventory", "Lifecycle"),
    QT_TRANSLATE_NOOP("Inventory", "ABC"),
    QT_TRANSLATE_NOOP("Inventory", "Flags"),
]
CATALOG_FORMATS = {
    5: MONEY,
    6: MONEY,
    7: PERCENT,
    8: MONEY,
    9: INTEGER,
    10: PERCENT,
    11: INTEGER,
    12: MONEY,
    13: INTEGER,
}
FLAG_HEADERS = [
    QT_TRANSLATE_NOOP("Inventory", "Severity"),
    QT_TRANSLATE_NOOP("Inventory", "Flag"),
    QT_TRANSLATE_NOOP("Inventory", "Message"),
    QT_TRANSLATE_NOOP("Inventory", "SKUs affected"),
    QT_TRANSLATE_NOOP("Inventory", "SKU codes"),
]
SUMMARY_HEADERS = [
    QT_TRANSLATE_NOOP("Inventory", "Measure"),
    QT_TRANSLATE_NOOP("Inventory", "Amount"),
    QT_TRANSLATE_NOOP("Inventory", "Share or index"),
    QT_TRANSLATE_NOOP("Inventory", "Threshold"),
]


def _t(translate: Translate, text: str, **params) -> str:
    return Message(CTX, text, params).render(translate)


def catalog_sheets(review: CatalogReview, translate: Translate = identity) -> list[Sheet]:
    base = review.base_currency
    headers = [_t(translate, h, currency=base) for h in CATALOG_HEADERS]
    rows = []
    for s in review.skus:
        stage = LIFECYCLE_STAGES.get(s.lifecycle, NO_SALES_LABEL)
        rows.append(
            [
                s.sku_code,
                s.spu_code,
                s.product_name,
                s.category,
                s.variant_label,
                _round(s.cost_base),
                _round(s.price_base),
                s.gross_margin,
                _round(s.revenue_12m),
                s.units_12m,
                s.return_rate,
                s.stock_qty,
                _round(s.stock_value),
                round(s.days_of_cover) if s.days_of_cover is not None else None,
                translate(CTX, stage),
                s.abc_class,
                flags_text(s.flags, translate),
            ]
        )
    codes = {s.sku_id: s.sku_code for s in review.skus}
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
    total = review.total_revenue
    summary: list[list[Any]] = [
        [
            _t(
                translate,
                QT_TRANSLATE_NOOP("Inventory", "Revenue 12 months ({currency})"),
                currency=base,
            ),
            round(total),
            None,
            None,
        ],
        [
            _t(translate, QT_TRANSLATE_NOOP("Inventory", "SKUs reviewed")),
            len(review.skus),
            None,
            None,
        ],
        [
            _t(translate, THRESHOLD_LABELS["top_sku_share"]),
            None,
            review.top_sku_share,
            t.top_sku_share,
        ],
        [
            _t(translate, QT_TRANSLATE_NOOP("Inventory", "SKU concentration index (HHI)")),
            None,
            review.hhi_sku,
            t.hhi,
        ],
        [
            _t(translate, THRESHOLD_LABELS["top_platform_share"]),
            None,
            review.top_platform_share,
            t.top_platform_share,
        ],
        [
            _t(translate, QT_TRANSLATE_NOOP("Inventory", "Platform concentration index (HHI)")),
            None,
            review.hhi_platform,
            t.hhi,
        ],
    ]
    summary += [
        [
            _t(translate, QT_TRANSLATE_NOOP("Inventory", "Platform {platform}"), platform=name),
            round(share * total),
            share,
            None,
        ]
        for name, share in review.platform_shares.items()
    ]
    summary += [
        [
            _t(translate, QT_TRANSLATE_NOOP("Inventory", "Market {market}"), market=name),
            round(share * total),
            share,
            None,
        ]
        for name, share in review.market_shares.items()
    ]
    return [
        Sheet(
            _t(translate, QT_TRANSLATE_NOOP("Inventory", "Catalog review")),
            headers,
            rows,
            CATALOG_FORMATS,
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
            {1: INTEGER, 2: PERCENT, 3: PERCENT},
        ),
    ]


def _round(value: float | None) -> float | None:
    return round(value, 2) if value is not None else None


def export_catalog(
    workspace,
    out_path: str | Path,
    translate: Translate = identity,
    as_of: date | None = None,
    progress=None,
) -> Path:
    with workspace.session() as session:
        review = review_catalog(session, as_of=as_of, progress=progress)
    return write_workbook(out_path, catalog_sheets(review, translate))
