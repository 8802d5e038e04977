"""The product (SPU) fields a plain file asks for, kept as columns (issue 12: 1M rows).

The general path of core/importing/products.py holds them as ``{spu_code: {field: value}}``;
for a million-row file that is 250,000 small dicts (~130 MB of Python objects) kept from the
preview until the apply. :class:`ProductWishes` reads the same as that dict (a Mapping, equal
to it) but keeps one row per SPU in a polars frame, and makes a dict only for the SPUs someone
asks for: the preview's comparison asks for the matched rows' SPUs, the apply walks the SPUs it
writes one frame in SPU code order (:meth:`ProductWishes.ordered`), a dict only for the SPUs
the catalog already has (:meth:`ProductWishes.pairs`).
"""

from __future__ import annotations

from collections.abc import ItemsView, Iterable, Iterator, Mapping, Sequence
from typing import Any

import polars as pl

SLICE_ROWS = 5_000  # rows made into Python objects at a time (the UI thread gets its turns)


class ProductWishes(Mapping[str, dict[str, str]]):
    """``frame``: ``spu_code`` and one column per product field (null = not asked), one row
    per SPU in the order the file first names it. A field is the first value of the SPU's
    rows in row order, as the general path's ``setdefault`` keeps it."""

    def __init__(self, frame: pl.DataFrame, keys: Sequence[str]) -> None:
        self.frame = frame
        self.fields = tuple(keys)
        self._positions: dict[str, int] | None = None  # made on the first lookup by code

    def _wish(self, values: Sequence[Any]) -> dict[str, str]:
        return {k: v for k, v in zip(self.fields, values, strict=True) if v is not None}

    def _rows(self, frame: pl.DataFrame) -> Iterator[tuple[Any, ...]]:
        for start in range(0, frame.height, SLICE_ROWS):
            yield from frame.slice(start, SLICE_ROWS).rows()

    def __len__(self) -> int:
        return self.frame.height

    def __iter__(self) -> Iterator[str]:
        codes = self.frame.get_column("spu_code")
        for start in range(0, len(codes), SLICE_ROWS):
            yield from codes.slice(start, SLICE_ROWS).to_list()

    def __getitem__(self, spu: str) -> dict[str, str]:
        if self._positions is None:
            self._positions = {code: i for i, code in enumerate(self)}
        position = self._positions[spu]  # KeyError, as a dict's
        return self._wish(self.frame.select(self.fields).row(position))

    def items(self) -> ItemsView[str, dict[str, str]]:
        return _Items(self)

    def subset(self, spus: Iterable[str]) -> dict[str, dict[str, str]]:
        """The wishes of ``spus`` (those that have a row) as a plain dict."""
        found = self.frame.filter(pl.col("spu_code").is_in(list(spus)))
        return dict(self._pairs_of(found))

    def _pairs_of(self, frame: pl.DataFrame) -> Iterator[tuple[str, dict[str, str]]]:
        for spu, *values in self._rows(frame.select("spu_code", *self.fields)):
            yield spu, self._wish(values)

    def ordered(self, spus: Sequence[str]) -> pl.DataFrame:
        """One row per SPU of ``spus``, in their order: ``spu_code`` and the fields (all null
        for an SPU without a row)."""
        wanted = pl.DataFrame({"spu_code": list(spus)}, schema={"spu_code": pl.String})
        return wanted.join(self.frame, on="spu_code", how="left", maintain_order="left")

    def pairs(self, frame: pl.DataFrame) -> Iterator[tuple[str, dict[str, str]]]:
        """``(spu, wish)`` for the rows of ``frame`` (an :meth:`ordered` frame or a part)."""
        return self._pairs_of(frame)


class _Items(ItemsView):
    """items() in slices of the frame, not one lookup per SPU."""

    _mapping: ProductWishes

    def __iter__(self) -> Iterator[tuple[str, dict[str, str]]]:
        return self._mapping._pairs_of(self._mapping.frame)


def wishes_of(frame: pl.DataFrame, product_keys: Sequence[str]) -> ProductWishes:
    """The product fields ``frame``'s rows ask for, by SPU: each field's first value in row
    order (null cells skipped)."""
    keys = [key for key in product_keys if key in frame.columns]
    firsts = frame.group_by("spu_code", maintain_order=True).agg(
        *(pl.col(k).filter(pl.col(k).is_not_null()).first() for k in keys)
    )
    return ProductWishes(firsts, keys)
