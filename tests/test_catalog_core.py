"""Single-value catalog edits: validated, written, and the old value returned for undo."""

from __future__ import annotations

import json

import pytest
from sqlmodel import select

from core import catalog
from core.i18n import Message
from core.models import HAZARD_FLAGS, Category, Product, Sku


def _sku(demo, code: str) -> Sku:
    with demo.session() as session:
        return session.exec(select(Sku).where(Sku.sku_code == code)).one()


def _edit_sku(demo, code: str, field: str, value):
    sku_id = _sku(demo, code).id
    with demo.transaction() as session:
        return catalog.update_sku(session, sku_id, field, value)


def _message(excinfo) -> Message:
    message = excinfo.value.args[0]
    assert isinstance(message, Message) and message.context == "Catalog"
    return message


def test_price_edit_is_written_and_old_value_returned(demo):
    code = _any_code(demo)
    before = _sku(demo, code).price
    old = _edit_sku(demo, code, "price", "19.99")
    assert old == before
    assert _sku(demo, code).price == 19.99
    # undo is the same call with the old value
    _edit_sku(demo, code, "price", old)
    assert _sku(demo, code).price == before


def _exists(demo, code):
    with demo.session() as session:
        return session.exec(select(Sku).where(Sku.sku_code == code)).first() is not None


def _any_code(demo) -> str:
    with demo.session() as session:
        return session.exec(select(Sku.sku_code).order_by(Sku.id)).first()


@pytest.mark.parametrize(
    "field,value",
    [
        ("cost", "-3"),
        ("price", "abc"),
        ("weight_g", "1e999"),
        ("cost_currency", "US"),
        ("price_currency", "12€"),
        ("stock_qty", "2.5"),
        ("lifecycle_override", "booming"),
        ("has_battery", "maybe"),
        ("sku_code", "  "),
    ],
)
def test_bad_values_raise_a_catalog_message_and_change_nothing(demo, field, value):
    code = _any_code(demo)
    before = _sku(demo, code).model_dump()
    with pytest.raises(ValueError) as excinfo:
        _edit_sku(demo, code, field, value)
    assert _message(excinfo).render()
    assert _sku(demo, code).model_dump() == before


def test_duplicate_sku_code_is_refused_case_insensitively(demo):
    with demo.session() as session:
        first, second = session.exec(select(Sku.sku_code).order_by(Sku.id).limit(2)).all()
    with pytest.raises(ValueError) as excinfo:
        _edit_sku(demo, second, "sku_code", first.lower())
    assert first.lower() in _message(excinfo).render()
    assert _exists(demo, second)


def test_numbers_currencies_flags_and_lifecycle_are_normalised(demo):
    code = _any_code(demo)
    _edit_sku(demo, code, "cost", "1,234.5")
    _edit_sku(demo, code, "price_currency", " eur ")
    _edit_sku(demo, code, "has_battery", "是")
    _edit_sku(demo, code, "stock_qty", "40")
    _edit_sku(demo, code, "weight_g", "")
    old = _edit_sku(demo, code, "lifecycle_override", "Decline")
    assert old is None
    sku = _sku(demo, code)
    assert (
        sku.cost,
        sku.price_currency,
        sku.has_battery,
        sku.stock_qty,
        sku.weight_g,
        sku.lifecycle_override,
    ) == (1234.5, "EUR", True, 40, None, "decline")
    assert _edit_sku(demo, code, "lifecycle_override", "") == "decline"
    assert _sku(demo, code).lifecycle_override is None


def test_variant_label_keeps_attribute_names_and_undo_restores_json(demo):
    code = _any_code(demo)
    before = _sku(demo, code).variant
    key = next(iter(json.loads(before)))
    old = _edit_sku(demo, code, "variant", "Olive")
    assert json.loads(_sku(demo, code).variant) == {key: "Olive"}
    _edit_sku(demo, code, "variant", old)
    assert _sku(demo, code).variant == before


def test_product_category_by_name_is_created_when_new(demo):
    with demo.session() as session:
        product = session.exec(select(Product).order_by(Product.id)).first()
    with demo.transaction() as session:
        old = catalog.update_product(session, product.id, "category", "Garden")
    assert old == "家居 Home"
    with demo.session() as session:
        garden = session.exec(select(Category).where(Category.name == "Garden")).one()
        assert session.get(Product, product.id).category_id == garden.id
    with demo.transaction() as session:
        catalog.update_product(session, product.id, "category", "家居 HOME")  # existing, any case
    with demo.session() as session:
        assert (
            session.get(Product, product.id).category_id
            == session.exec(select(Category.id).where(Category.name == "家居 Home")).one()
        )


def test_duplicate_spu_code_and_empty_name_are_refused(demo):
    with demo.session() as session:
        first, second = session.exec(select(Product).order_by(Product.id).limit(2)).all()
    with pytest.raises(ValueError):
        with demo.transaction() as session:
            catalog.update_product(session, second.id, "spu_code", first.spu_code)
    with pytest.raises(ValueError):
        with demo.transaction() as session:
            catalog.update_product(session, second.id, "name", "")
    with demo.transaction() as session:
        assert catalog.update_product(session, second.id, "name", "New name") == second.name
    with demo.session() as session:
        assert session.get(Product, second.id).name == "New name"


def test_unknown_field_and_missing_sku_are_refused(demo):
    with pytest.raises(ValueError):
        with demo.transaction() as session:
            catalog.update_sku(session, 1, "id", 5)
    with pytest.raises(ValueError):
        with demo.transaction() as session:
            catalog.update_sku(session, 999_999, "price", 5)


def test_catalog_rows_cover_every_sku_in_one_call(demo):
    with demo.session() as session:
        rows = catalog.catalog_rows(session)
        products = catalog.product_rows(session)
    assert len(rows) == 101 and len(products) == 38  # 2 approved in step 4
    some = next(iter(rows.values()))
    assert some["product_id"] in products and some["cost_currency"] == "CNY"


def test_catalog_rows_read_a_slice_at_a_time_keep_every_value(demo, monkeypatch):
    """Read 7 rows at a time (the demo's 101 SKUs in 15 slices, the last one short), every
    SKU's values are those its ORM row holds."""
    monkeypatch.setattr(catalog, "FETCH_SLICE", 7)
    with demo.session() as session:
        rows = catalog.catalog_rows(session)
        skus = session.exec(select(Sku)).all()
        expected = {
            sku.id: (sku.product_id, sku.sku_code, sku.cost, sku.price, sku.price_currency,
                     sku.barcode, sku.stock_qty, bool(sku.archived))
            for sku in skus
        }  # fmt: skip
    got = {
        sku_id: (v.product_id, v.sku_code, v.cost, v.price, v.price_currency, v.barcode,
                 v.stock_qty, v.archived)
        for sku_id, v in rows.items()
    }  # fmt: skip
    assert len(got) == 101 and got == expected


def test_catalog_rows_hazards_are_the_flags_set_on_each_sku(demo):
    """Every combination read back as the flags set, in HAZARD_FLAGS order (read as one
    number per SKU); a reload with nothing changed keeps each row, a changed SKU is read anew."""
    flags = list(HAZARD_FLAGS)
    combos = [[], flags[:1], flags[-1:], flags[1:4], flags, flags[::2]]
    with demo.transaction() as session:
        skus = session.exec(select(Sku).order_by(Sku.id)).all()[: len(combos)]
        chosen = {}
        for sku, on in zip(skus, combos, strict=True):
            for flag in flags:
                setattr(sku, flag, flag in on)
            chosen[sku.id] = on
    with demo.session() as session:
        rows = catalog.catalog_rows(session)
        expected = {
            sku.id: [flag for flag in flags if getattr(sku, flag)]
            for sku in session.exec(select(Sku)).all()
        }
    assert {sku_id: rows[sku_id].hazards for sku_id in chosen} == chosen
    assert {sku_id: list(row.hazards) for sku_id, row in rows.items()} == expected
    first = next(iter(chosen))
    with demo.transaction() as session:
        sku = session.get(Sku, first)
        sku.is_liquid = not sku.is_liquid
    with demo.session() as session:
        again = catalog.catalog_rows(session, previous=rows)
    assert again[first] is not rows[first]
    assert ("is_liquid" in again[first].hazards) != ("is_liquid" in rows[first].hazards)
    assert all(again[i] is rows[i] for i in rows if i != first)


# conftest runs this module's workspace tests on SQLite and on PostgreSQL.
BOTH_ENGINES = True
