"""ProductWishes (core/importing/product_wishes.py): the product fields a plain file asks
for, kept as columns, read like the general path's dict of dicts. The expected dicts are
written out by hand from the rows below."""

from __future__ import annotations

import polars as pl
import pytest

from core.importing.product_wishes import ProductWishes, wishes_of

ROWS = {  # row order: SPU, name, category, brand (None: the cell is empty)
    "spu_code": ["P1", "P1", "P2", "P3", "P2", "P3"],
    "product_name": [None, "Lamp", "Mug", None, "Mug two", None],
    "category": ["Home", "Garden", None, None, "Kitchen", None],
    "brand": [None, None, None, None, None, None],
    "stock_qty": [1, 2, 3, 4, 5, 6],  # not a product field
}
EXPECTED = {
    "P1": {"product_name": "Lamp", "category": "Home"},  # the first filled cell of each field
    "P2": {"product_name": "Mug", "category": "Kitchen"},
    "P3": {},
}


def _wishes() -> ProductWishes:
    frame = pl.DataFrame(ROWS, schema_overrides={"brand": pl.String})
    return wishes_of(frame, ("product_name", "category", "brand"))


def test_the_wishes_equal_the_general_paths_dict_in_both_directions():
    wishes = _wishes()
    assert wishes == EXPECTED and EXPECTED == wishes
    assert wishes != {**EXPECTED, "P3": {"brand": "X"}}
    assert list(wishes) == ["P1", "P2", "P3"]  # the order the file first names them
    assert list(wishes.items()) == list(EXPECTED.items())
    assert list(wishes.keys()) == list(EXPECTED) and list(wishes.values()) == list(
        EXPECTED.values()
    )
    assert len(wishes) == 3


def test_lookups_by_code_are_the_dicts():
    wishes = _wishes()
    assert wishes["P2"] == {"product_name": "Mug", "category": "Kitchen"}
    assert wishes.get("P3") == {} and wishes.get("P9", {}) == {}
    assert "P1" in wishes and "P9" not in wishes
    with pytest.raises(KeyError):
        wishes["P9"]


def test_subset_and_ordered_pairs_make_only_the_asked_dicts():
    wishes = _wishes()
    assert wishes.subset(["P3", "P1", "P9"]) == {"P1": EXPECTED["P1"], "P3": {}}
    assert list(wishes.pairs(wishes.ordered(["P3", "P9", "P1"]))) == [
        ("P3", {}),
        ("P9", {}),  # no row: nothing asked
        ("P1", EXPECTED["P1"]),
    ]


def test_a_field_the_file_lacks_is_no_key():
    frame = pl.DataFrame({"spu_code": ["A", "B"], "brand": ["Acme", None]})
    wishes = wishes_of(frame, ("product_name", "category", "brand"))
    assert wishes == {"A": {"brand": "Acme"}, "B": {}}
