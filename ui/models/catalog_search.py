"""Which catalog rows a filter shows, found on prepared search arrays (no Qt here).

A SKU is shown when its text (SKU code, variant, SPU code, product name, category) contains
every typed word and, when a set of SKUs is chosen (a flag, "show them"), it is in that set,
and, with archived rows hidden, it is still sold. Products are shown when one of their SKUs
is; a product without SKUs when its own text matches.

Fast and small with 100,000 SKUs: the texts are one lower-cased UTF-8 blob made on the
review's worker thread (``SearchArrays.of``), searched by numpy a byte at a time. A word is
in a text exactly when its UTF-8 bytes are in the text's bytes (UTF-8 is self-synchronising),
and no word spans two SKUs: each text ends with a newline, and typed words are split at
whitespace. As 100,000 str objects the texts were 18 MB (a Chinese category makes every one
of them two bytes a character); the blob is about 6.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

ENCODING = "utf-8"
ERRORS = "surrogatepass"  # a lone surrogate from an odd file is searched, not an error
PIECE = 2000  # texts encoded at a time (their bytes objects are short-lived)


def encoded(text: str) -> bytes:
    return text.encode(ENCODING, ERRORS)


class SearchArrays:
    """Per SKU, in catalog order: id, its product's id, archived, and its search text as the
    bytes ``blob[starts[i]:starts[i + 1]]`` (newline included). ``texts``: the texts as
    strings (lower-cased), for small hand-made arrays; ``SearchArrays.of`` makes the blob
    piece by piece."""

    __slots__ = ("archived", "blob", "empty_products", "ids", "owners", "starts")

    def __init__(
        self,
        ids: Sequence[int] = (),
        owners: Sequence[int] = (),
        texts: Iterable[str] = (),
        archived: Sequence[bool] = (),
        empty_products: Sequence[tuple[int, str, bool]] = (),
    ) -> None:
        self.ids = np.array(ids, dtype=np.int64)
        self.owners = np.array(owners, dtype=np.int64)
        self.archived = np.array(archived, dtype=bool)
        # products without SKUs: (product id, search text, archived)
        self.empty_products = list(empty_products)
        self.blob = b""
        self.starts = np.zeros(1, dtype=np.int64)
        self._set_texts(texts)

    def _set_texts(self, texts: Iterable[str]) -> None:
        self._set_parts(encoded(text) + b"\n" for text in texts)

    def _set_parts(self, parts: Iterable[bytes]) -> None:
        """The blob from each SKU's encoded text, its newline included."""
        blob = bytearray()
        lengths: list[int] = []
        piece: list[bytes] = []
        for part in parts:
            piece.append(part)
            if len(piece) == PIECE:
                lengths.extend(map(len, piece))
                blob += b"".join(piece)
                piece = []
        lengths.extend(map(len, piece))
        blob += b"".join(piece)
        self.blob = bytes(blob)
        self.starts = np.zeros(len(lengths) + 1, dtype=np.int64)
        np.cumsum(lengths, out=self.starts[1:])

    @classmethod
    def of(cls, products: list[Any]) -> SearchArrays:
        """From ``ProductRow``s: their SKUs' texts as ``sku_search`` makes them, the product's
        part encoded once per product, not once per SKU (UTF-8 goes a character at a time)."""
        from ui.models.catalog_rows import product_search, product_words, sku_words

        ids: list[int] = []
        owners: list[int] = []
        archived: list[bool] = []
        empty: list[tuple[int, str, bool]] = []

        def parts() -> Iterator[bytes]:  # a piece at a time into the blob, never all at once
            for product in products:
                raw = product.raw
                product_archived = bool(raw.get("archived"))
                if not product.skus:
                    empty.append((product.product_id, product_search(product), product_archived))
                    continue
                tail = encoded(product_words(product)) + b"\n"
                for sku in product.skus:
                    ids.append(sku.sku_id)
                    owners.append(product.product_id)
                    archived.append(product_archived or bool(sku.raw.archived))
                    yield encoded(sku_words(sku)) + tail

        arrays = cls()
        arrays._set_parts(parts())
        arrays.ids = np.array(ids, dtype=np.int64)
        arrays.owners = np.array(owners, dtype=np.int64)
        arrays.archived = np.array(archived, dtype=bool)
        arrays.empty_products = empty
        return arrays

    def __len__(self) -> int:
        return len(self.ids)

    def text(self, row: int) -> str:
        """SKU ``row``'s search text (without its newline)."""
        return self.blob[self.starts[row] : self.starts[row + 1] - 1].decode(ENCODING, ERRORS)

    def replace_texts(self, texts: dict[int, str]) -> bool:
        """The texts of these SKUs (by id) after an edit, in place; False when one of them is
        not here (the caller makes the arrays again)."""
        for sku_id, text in texts.items():
            found = np.flatnonzero(self.ids == sku_id)
            if not len(found):
                return False
            row = int(found[0])
            start, end = int(self.starts[row]), int(self.starts[row + 1])
            new = encoded(text) + b"\n"
            self.blob = self.blob[:start] + new + self.blob[end:]
            self.starts[row + 1 :] += len(new) - (end - start)
        return True

    def rows_with(self, word: str) -> np.ndarray:
        """The rows (sorted, distinct) whose text contains ``word`` (lower-cased already)."""
        needle = encoded(word)
        data = np.frombuffer(self.blob, dtype=np.uint8)
        last = len(data) - len(needle)
        if not needle or last < 0:
            return np.arange(len(self.ids)) if not needle else np.zeros(0, dtype=np.int64)
        hits = np.flatnonzero(data[: last + 1] == needle[0])
        for offset in range(1, len(needle)):
            hits = hits[data[hits + offset] == needle[offset]]
        rows = np.searchsorted(self.starts, hits, side="right") - 1
        return rows[np.r_[True, rows[1:] != rows[:-1]]] if len(rows) else rows


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
        self._matched = 0  # how many SKUs the last criteria matched
        self._matched_for: Criteria | None = None
        self._shown: tuple[set[int], set[int]] | None = None  # what _matched gave
        self._empty: set[int] = set()  # products without SKUs that matched

    def use(self, arrays: SearchArrays) -> None:
        self.arrays = arrays
        self._matched, self._matched_for, self._shown = 0, None, None

    def shown(self, criteria: Criteria) -> tuple[set[int], set[int]] | None:
        if not criteria.active:
            return None
        arrays = self.arrays
        keep = np.ones(len(arrays), dtype=bool)
        if criteria.sku_ids is not None:
            wanted = np.fromiter(criteria.sku_ids, dtype=np.int64, count=len(criteria.sku_ids))
            keep &= np.isin(arrays.ids, wanted)
        if criteria.hide_archived:
            keep &= ~arrays.archived
        for word in criteria.words:
            has = np.zeros(len(arrays), dtype=bool)
            has[arrays.rows_with(word)] = True
            keep &= has
        matched = np.flatnonzero(keep)
        empty: set[int] = set()
        if criteria.sku_ids is None:
            empty = {
                product_id
                for product_id, text, archived in arrays.empty_products
                if not (criteria.hide_archived and archived)
                and all(word in text for word in criteria.words)
            }
        previous = self._matched_for
        narrowed = (
            previous is not None
            and previous.sku_ids == criteria.sku_ids
            and previous.hide_archived == criteria.hide_archived
            and len(previous.words) == len(criteria.words)
            and all(old in new for old, new in zip(previous.words, criteria.words, strict=True))
        )
        if (
            narrowed
            and self._shown is not None
            and len(matched) == self._matched
            and empty == self._empty
        ):
            # one more letter that every shown row still matches ("big" -> "big0" on a
            # catalog of BIG… codes): a subset of the same size is the same shown set, so the
            # view need not change
            self._matched_for = criteria
            return self._shown
        self._matched, self._matched_for, self._empty = len(matched), criteria, empty
        products = set(arrays.owners[matched].tolist())
        products.update(empty)
        self._shown = (products, set(arrays.ids[matched].tolist()))
        return self._shown
