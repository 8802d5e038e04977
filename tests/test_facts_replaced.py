"""Re-importing a fact file leaves no dead rows: every replaced fact is held only for the undo
of the import that replaced it, and undoing the imports one by one, newest first, brings each
generation back and ends with none. (Replaced facts are kept, not pruned, for that undo.)"""

from __future__ import annotations

from core.facts.importing import import_facts
from core.facts.store import ApplyOptions
from core.importing.history import undo_import
from tests import test_facts_store as store

shop = store.shop  # the fixture
sql, JAN = store.sql, store.JAN


def _orphans(ws) -> list[tuple]:
    """Facts replaced by an import that does not exist or was undone: nothing could ever
    bring them back or count them."""
    return sql(
        ws,
        "SELECT f.id FROM orderfact f LEFT JOIN importbatch i ON i.id = f.replaced_by "
        "WHERE f.replaced_by IS NOT NULL AND (i.id IS NULL OR i.undone_at IS NOT NULL)",
    )


def test_each_generation_is_held_for_its_undo_only(shop):
    batches = [
        import_facts(shop, "orders", JAN, ApplyOptions(file_name=f"orders-{n}.csv")).batch_id
        for n in range(3)
    ]
    # three copies: one counted, two held for undo, each replaced by the next import
    assert sql(shop, "SELECT batch_id, replaced_by, count(*) FROM orderfact "
                     "GROUP BY batch_id, replaced_by ORDER BY batch_id") == [
        (batches[0], batches[1], 4), (batches[1], batches[2], 4), (batches[2], None, 4)
    ]  # fmt: skip
    assert store.month_totals(shop) == [("2024-01-01", 4, 50.0), ("2024-02-01", 3, 37.49)]
    for undone, left in zip(reversed(batches), (8, 4, 0), strict=True):
        undo_import(shop, undone)
        assert _orphans(shop) == []
        assert sql(shop, "SELECT count(*) FROM orderfact") == [(left,)]
        assert sql(shop, "SELECT count(*) FROM orderfact WHERE replaced_by IS NULL") == [
            (4 if left else 0,)
        ]
    assert store.month_totals(shop) == []


def test_overlapping_imports_undone_leave_the_first_whole(shop):
    first = import_facts(shop, "orders", JAN[:3], ApplyOptions(file_name="first.csv")).batch_id
    second = import_facts(shop, "orders", JAN[2:], ApplyOptions(file_name="second.csv")).batch_id
    assert sql(shop, "SELECT count(*) FROM orderfact WHERE replaced_by = :b", b=second) == [(1,)]
    undo_import(shop, second)
    assert _orphans(shop) == []
    assert sql(shop, "SELECT batch_id, replaced_by, count(*) FROM orderfact "
                     "GROUP BY batch_id, replaced_by") == [(first, None, 3)]  # fmt: skip


# conftest runs this module's workspace tests on SQLite and on PostgreSQL.
BOTH_ENGINES = True
