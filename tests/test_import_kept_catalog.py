"""The apply reuses the catalog the preview read while the workspace revision is unchanged
(core/importing/apply.py ``_kept_catalog``), and reads it again and re-compares every row once
anyone has committed a write since: another app on the same workspace, the same app, a write
that does not touch the catalog. Either way the import writes the same catalog and change log.
"""

from __future__ import annotations

import random

import pytest
from sqlmodel import select

import core.importing.apply as apply_module
from core.importing.apply import ImportRefused, apply_import
from core.models import Setting, Sku
from tests.test_import_plain import _dump, _preview, _rows, _table

BOTH_ENGINES = True


@pytest.fixture
def catalog_reads(monkeypatch):
    """How many times the apply read the catalog again."""
    reads = []
    original = apply_module.Catalog

    def counted(*args, **kwargs):
        reads.append(1)
        return original(*args, **kwargs)

    monkeypatch.setattr(apply_module, "Catalog", counted)
    return reads


def _first_import(workspace) -> None:
    apply_import(workspace, _preview(workspace, _table(_rows(random.Random(5), 120)), True,
                                     currency="USD"))  # fmt: skip


def _changes():
    rng = random.Random(5)
    _rows(rng, 120)  # the same random stream as the first import
    return _table(_rows(random.Random(5), 120, changed=True) + _rows(rng, 20, start=120))


@pytest.mark.parametrize("plain", [True, False])
def test_nothing_written_since_the_preview_reuses_its_catalog(workspace, catalog_reads, plain):
    _first_import(workspace)
    preview = _preview(workspace, _changes(), plain, currency="USD")
    assert preview.changed and preview.new and preview.catalog is not None
    catalog_reads.clear()
    apply_import(workspace, preview)
    if workspace.is_server:
        # The server's WAL position moves with every database on it (other test processes):
        # reused or read again, both are right; what is written is checked below.
        assert len(catalog_reads) <= 1
    else:
        assert catalog_reads == []


def test_reused_and_read_again_write_the_same(workspace):
    _first_import(workspace)
    kept = _preview(workspace, _changes(), True, currency="USD")
    batch = apply_import(workspace, kept)
    by_kept = _dump(workspace)
    from core.importing.history import undo_import

    undo_import(workspace, batch.id)
    again = _preview(workspace, _changes(), True, currency="USD")
    again.revision = None  # as if unknown: the apply reads the catalog again
    assert any("spu_code" in row.changes for row in again.changed)  # owners read from it
    apply_import(workspace, again)
    assert _dump(workspace) == by_kept


def test_another_apps_write_since_the_preview_is_seen(demo, ben, catalog_reads):
    _first_import(demo)
    preview = _preview(demo, _changes(), True, currency="USD")
    target = preview.changed[0].sku_code
    with ben.transaction() as session:  # ben changes a SKU the import changes too
        sku = session.exec(select(Sku).where(Sku.sku_code == target)).one()
        sku.price = 1234.5
        session.add(sku)
    catalog_reads.clear()
    with pytest.raises(ImportRefused) as refused:
        apply_import(demo, preview)
    assert target in refused.value.message.render()
    assert catalog_reads == [1]
    with demo.session() as session:
        assert session.exec(select(Sku).where(Sku.sku_code == target)).one().price == 1234.5


def test_a_write_elsewhere_makes_the_apply_compare_again_and_go_ahead(demo, ben, catalog_reads):
    _first_import(demo)
    preview = _preview(demo, _changes(), True, currency="USD")
    expected = {row.sku_code: row.values["price"] for row in preview.changed
                if "price" in row.changes}  # fmt: skip
    with ben.transaction() as session:  # nothing of the catalog: still a write
        session.merge(Setting(key="colapply-test", value="x"))
    catalog_reads.clear()
    apply_import(demo, preview)
    assert catalog_reads == [1]
    with demo.session() as session:
        prices = dict(
            session.exec(select(Sku.sku_code, Sku.price).where(Sku.sku_code.in_(expected))).all()
        )
    assert prices == expected


def test_the_same_preview_applied_twice_is_refused_the_second_time(workspace):
    _first_import(workspace)
    preview = _preview(workspace, _changes(), True, currency="USD")
    apply_import(workspace, preview)
    with pytest.raises(ImportRefused):
        apply_import(workspace, preview)  # its own write moved the revision on
