"""The command line reads the catalog while the file is parsed (core/importing/cli.py
``_catalog_ahead``); the preview takes that read only when nobody has written since, and
then previews exactly as with its own read."""

from __future__ import annotations

import csv
import random
import sys

import pytest
from sqlmodel import select

import core.importing.cli as import_cli
from core import cli
from core.importing import plain
from core.importing.apply import apply_import
from core.importing.fields import PRODUCT_FIELDS
from core.importing.mapping import auto_map
from core.importing.products import preview_products, read_catalog
from core.models import Setting, Sku
from tests.test_import_fast_path import _described
from tests.test_import_plain import HEADERS, _preview, _rows, _table


def _first_import(workspace) -> None:
    apply_import(workspace, _preview(workspace, _table(_rows(random.Random(5), 120)), True,
                                     currency="USD"))  # fmt: skip


def _changed_rows() -> list[list]:
    rng = random.Random(5)
    _rows(rng, 120)  # the same random stream as the first import
    return _rows(random.Random(5), 120, changed=True) + _rows(rng, 20, start=120)


def _preview_with(workspace, ahead=None):
    table = _table(_changed_rows())
    with workspace.session() as session:
        return preview_products(session, table, auto_map(table.headers, PRODUCT_FIELDS),
                                currency="USD", ahead=ahead)  # fmt: skip


def _ahead(workspace):
    with workspace.session() as session:
        found = read_catalog(session)
    found.catalog.frame = plain.catalog_frame(found.catalog)
    return found


def test_a_catalog_read_ahead_is_taken_and_previews_alike(workspace):
    _first_import(workspace)
    ahead = _ahead(workspace)
    own = _preview_with(workspace)
    taken = _preview_with(workspace, ahead)
    if not workspace.is_server:  # a server's revision moves with its other databases
        assert taken.catalog is ahead.catalog
    assert own.catalog is not ahead.catalog
    assert own.changed and own.new and own.unchanged
    assert _described(taken) == _described(own)


def test_a_price_changed_after_the_read_ahead_is_compared_as_it_is_now(workspace):
    _first_import(workspace)
    ahead = _ahead(workspace)
    with workspace.transaction() as session:  # someone changes a price meanwhile
        sku = session.exec(select(Sku).where(Sku.sku_code == "T00000")).one()
        sku.price = 999.0
        session.add(sku)
    preview = _preview_with(workspace, ahead)
    assert preview.catalog is not ahead.catalog
    row = next(r for r in preview.changed if r.sku_code == "T00000")
    assert row.changes["price"][0] == 999.0  # the stored price, not the one read ahead


def test_a_write_elsewhere_in_the_workspace_also_counts(workspace):
    _first_import(workspace)
    ahead = _ahead(workspace)
    with workspace.transaction() as session:
        session.add(Setting(key="ahead-test", value="1"))
    assert _preview_with(workspace, ahead).catalog is not ahead.catalog


def test_the_import_command_reads_the_catalog_once_meanwhile(workspace, tmp_path, capsys):
    _first_import(workspace)
    path = tmp_path / "changes.csv"
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(HEADERS)
        writer.writerows([["" if v is None else v for v in row] for row in _changed_rows()])
    reads = []
    real = import_cli.read_catalog

    def counted(session):
        reads.append(1)
        return real(session)

    import_cli.read_catalog = counted
    try:
        code = cli.main(
            ["import", "products", workspace.location, str(path), "--apply", "--currency", "USD"]
        )
    finally:
        import_cli.read_catalog = real
    said = capsys.readouterr()
    assert code == 0 and reads == [1] and "Applied as import" in said.out, said.err


BOTH_ENGINES = True


NICENESS_AFTER_READ_AHEAD = """
import os, sys, threading
from core.workspace import open_workspace
import core.importing.cli as import_cli

ahead = import_cli._catalog_ahead(open_workspace(sys.argv[1]))
assert ahead is not None, "the catalog was not read"
print(len(ahead.catalog.sku_rows))
print(os.getpriority(os.PRIO_PROCESS, threading.get_native_id()))
for task in os.listdir("/proc/self/task"):
    with open(f"/proc/self/task/{task}/comm") as name:
        if name.read().startswith("polars-"):
            print("pool", os.getpriority(os.PRIO_PROCESS, int(task)))
"""


@pytest.mark.skipif(sys.platform != "linux", reason="a thread's own priority: Linux only")
def test_the_catalog_read_ahead_leaves_the_commands_priority_alone(workspace):
    """The read ahead gives way to the parse on a thread of its own. Run on the command's
    thread, its lowered priority stayed for the preview and the apply, and polars' worker
    threads, started from it, kept it too (a fresh process: polars not started yet)."""
    import os
    import subprocess
    from pathlib import Path

    if workspace.is_server:
        pytest.skip("threads and priorities: the engine makes no difference, a file suffices")
    _first_import(workspace)
    mine = os.getpriority(os.PRIO_PROCESS, 0)
    root = Path(__file__).resolve().parent.parent
    done = subprocess.run(
        [sys.executable, "-c", NICENESS_AFTER_READ_AHEAD, str(workspace.path)],
        capture_output=True, text=True, cwd=root, timeout=120, check=True,
        env={**os.environ, "PYTHONPATH": str(root)},
    )  # fmt: skip
    count, main, *pool = done.stdout.split("\n")[:-1]
    assert int(count) == 120
    assert int(main) == mine  # the command's own thread
    assert pool and all(line == f"pool {mine}" for line in pool)  # polars' workers
