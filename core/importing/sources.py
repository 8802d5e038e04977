"""Name the export a product file came from ("Shopify products export"), from its headers.

Only a name to reassure the seller that the file was understood; the column matching does
not depend on it. Each source is recognised by headers its exports always carry.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from core.i18n import QT_TRANSLATE_NOOP
from core.importing.mapping import normalise_header

# (name, headers that must all be present), most specific first.
SOURCES: list[tuple[str, tuple[str, ...]]] = [
    (
        QT_TRANSLATE_NOOP("ImportSources", "Shopify products export"),
        ("handle", "variant sku", "variant price"),
    ),
    (
        QT_TRANSLATE_NOOP("ImportSources", "WooCommerce products export"),
        ("type", "sku", "regular price"),
    ),
    (
        QT_TRANSLATE_NOOP("ImportSources", "Etsy listings export"),
        ("title", "currency_code", "quantity", "sku"),
    ),
    (
        QT_TRANSLATE_NOOP("ImportSources", "Amazon active listings report"),
        ("seller-sku", "asin1"),
    ),
    (
        QT_TRANSLATE_NOOP("ImportSources", "店小秘 Dianxiaomi / TikTok Shop template"),
        ("变种属性名称一",),
    ),
]


def recognise_source(headers: Iterable[Any]) -> str | None:
    """The (untranslated) name of the export these headers come from, or None."""
    present = {normalise_header(h) for h in headers if h is not None}
    for name, required in SOURCES:
        if all(normalise_header(h) in present for h in required):
            return name
    return None
