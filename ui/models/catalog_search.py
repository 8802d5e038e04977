"""Which catalog rows a filter shows, found on prepared search arrays (no Qt here).

A SKU is shown when its text (SKU code, variant, SPU code, product name, category) contains
every typed word and, when a set of SKUs is chosen (a flag, "show them"), it is in that set,
and, with archived rows hidden, it is still sold. Products are shown when one of their SKUs
is; a product without SKUs when its own text matches.

Fast with 100,000 SKUs: one pass over lower-cased texts prepared on the review's worker
thread (``SearchArrays.of``), and typing one more letter only searches the SKUs the shorter
word matched.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(slots=True)
class SearchArrays:
    """Per SKU, in catalog order: id, its product's id, search text, archived."""

    ids: list[int] = field(default_factory=list)
    owners: list[int] = field(default_factory=list)
    texts: list[str] = field(default_factory=list)
    archived: list[bool] = field(default_factory=list)
    # products without SKUs: (product id, search text, archived)
    empty_products: list[tuple[int, str, bool]] = field(default_factory=list)

    @classmethod
    def of(cls, products: list[Any]) -> SearchArrays:
        """From ``ProductRow``s (their ``search`` texts already derived)."""
        arrays = cls()
        ids, owners, texts, archived = arrays.ids, arrays.owners, arrays.texts, arrays.archived
        for product in products:
            product_archived = bool(product.raw.get("archived"))
            if not product.skus:
                arrays.empty_products.append((product.product_id, product.search, product_archived))
            for sku in product.skus:
                ids.append(sku.sku_id)
                owners.append(product.product_id)
                texts.append(sku.search)
                archived.append(product_archived or bool(sku.raw.get("archived")))
        return arrays


@dataclass(frozen=True, slots=True)
class Criteria:
    words: tuple[str, ...] = ()
    sku_ids: frozenset[int] | None = None  # None: every SKU
    hide_archived: bool = False

    @property
    def active(self) -> bool:
        return bool(self.words) or self.sku_ids is not None or self.hide_archived


class CatalogSearch:
    """The shown set for some criteria: (product ids, SKU ids), or None for everything; the
    very same sets again when a longer word matched the same SKUs."""

    def __init__(self) -> None:
        self.arrays = SearchArrays()
        self._matched: list[int] | None = None  # indices the last words matched
        self._matched_for: Criteria | None = None
        self._shown: tuple[set[int], set[int]] | None = None  # what _matched gave
        self._empty: set[int] = set()  # products without SKUs that matched

    def use(self, arrays: SearchArrays) -> None:
        self.arrays = arrays
        self._matched, self._matched_for, self._shown = None, None, None

    def shown(self, criteria: Criteria) -> tuple[set[int], set[int]] | None:
        if not criteria.active:
            return None
        arrays = self.arrays
        ids, owners, texts = arrays.ids, arrays.owners, arrays.texts
        candidates: list[int] | range = range(len(ids))
        previous = self._matched_for
        if (
            self._matched is not None
            and previous is not None
            and previous.sku_ids == criteria.sku_ids
            and previous.hide_archived == criteria.hide_archived
            and len(previous.words) == len(criteria.words)
            and all(old in new for old, new in zip(previous.words, criteria.words, strict=True))
        ):
            candidates = self._matched  # one more letter: only the SKUs matched before
        else:
            if criteria.sku_ids is not None:
                wanted = criteria.sku_ids
                candidates = [i for i in candidates if ids[i] in wanted]
            if criteria.hide_archived:
                archived = arrays.archived
                candidates = [i for i in candidates if not archived[i]]
        narrowed = candidates is self._matched
        for word in criteria.words:
            candidates = [i for i in candidates if word in texts[i]]
        matched = list(candidates)
        empty: set[int] = set()
        if criteria.sku_ids is None:
            empty = {
                product_id
                for product_id, text, archived in arrays.empty_products
                if not (criteria.hide_archived and archived)
                and all(word in text for word in criteria.words)
            }
        if (
            narrowed
            and self._shown is not None
            and len(matched) == len(self._matched or ())
            and empty == self._empty
        ):
            # one more letter that every shown row still matches ("big" -> "big0" on a
            # catalog of BIG… codes): the same shown set, so the view need not change
            self._matched_for = criteria
            return self._shown
        self._matched, self._matched_for, self._empty = matched, criteria, empty
        products = {owners[i] for i in matched}
        products.update(empty)
        self._shown = (products, {ids[i] for i in matched})
        return self._shown
