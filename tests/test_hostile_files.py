"""Every hostile file ends in a clear message or a correct read: never a traceback, never an
abort, within bounded time and memory (the corpus: tests/hostile_corpus.py)."""

from __future__ import annotations

import resource
import time
from pathlib import Path

import pytest

from core.importing.errors import ImportFileError
from core.importing.isolation import run_isolated
from core.importing.readers import read_grid
from tests.hostile_corpus import build_all, cases
from tests.workbook_maker import simple_xlsx

SECONDS_PER_CASE = 20  # generous for a loaded 2-core machine; typical cases take < 0.5 s
HEAVY_SECONDS_PER_CASE = 90


def _run(case, path: Path, limit: float) -> None:
    started = time.monotonic()
    try:
        grid = read_grid(path)
    except ImportFileError as exc:
        text = exc.message.render()
        assert case.expect in ("refuse", "either"), f"{case.name} was refused: {text}"
        assert path.name in text, text  # the message names the file
        assert "Traceback" not in text
        assert case.mentions.lower() in text.lower(), text
    else:
        assert case.expect in ("read", "either"), f"{case.name} was read, should be refused"
        if case.check is not None:
            assert case.check(grid), (case.name, grid.cells[:3])
    assert time.monotonic() - started < limit, case.name


@pytest.mark.parametrize("case", cases(), ids=lambda c: c.name)
def test_hostile_file(tmp_path, case):
    path = tmp_path / case.name
    case.build(path)
    _run(case, path, SECONDS_PER_CASE)


@pytest.mark.heavy
@pytest.mark.parametrize("case", [c for c in cases(heavy=True) if c.heavy], ids=lambda c: c.name)
def test_hostile_file_heavy(tmp_path, case):
    path = tmp_path / case.name
    case.build(path)
    _run(case, path, HEAVY_SECONDS_PER_CASE)


def test_corpus_script_writes_every_case(tmp_path):
    built = build_all(tmp_path / "corpus")
    assert len(built) == len(cases()) and all(p.stat().st_size > 0 for _c, p in built)


# ---------------------------------------------------------------- the child process itself


def unguarded_calamine(path: Path, progress) -> int:
    """calamine on a far-away cell without the guard: what the child process must contain."""
    from python_calamine import CalamineWorkbook

    return len(CalamineWorkbook.from_path(str(path)).get_sheet_by_index(0).to_python())


def explode(progress) -> None:
    raise SystemExit(3)


def sleep_forever(progress) -> None:
    while True:
        progress.report(0, 1, "")
        time.sleep(0.05)


@pytest.mark.parametrize("ref", ["XFD1048576", "XFD5000"])
def test_abort_or_panic_in_the_child_is_a_message(tmp_path, ref):
    from tests.hostile_corpus import _far_cell

    path = tmp_path / f"far-{ref}.xlsx"
    _far_cell(ref)(path)
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    with pytest.raises(ImportFileError) as err:
        run_isolated(unguarded_calamine, (path,), path, memory=1024**3)
    text = err.value.message.render()
    assert path.name in text and ("memory" in text or "PanicException" in text), text
    # this process did not grow: the allocation happened (and failed) in the child
    assert resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before < 200_000


def test_base_exception_and_timeout_in_the_child(tmp_path):
    path = tmp_path / "x.csv"
    path.write_text("a,b\n")
    with pytest.raises(ImportFileError) as err:
        run_isolated(explode, (), path)
    assert "x.csv" in err.value.message.render() and "SystemExit" in err.value.message.render()
    started = time.monotonic()
    with pytest.raises(ImportFileError) as err:
        run_isolated(sleep_forever, (), path, seconds=1.0)
    assert "1 seconds" in err.value.message.render()
    assert time.monotonic() - started < 10


def test_cancel_kills_the_child(tmp_path):
    from core.jobs import Cancelled, Progress

    path = tmp_path / "x.csv"
    path.write_text("a,b\n")
    progress = Progress()
    progress.cancel()
    with pytest.raises(Cancelled):
        run_isolated(sleep_forever, (), path, progress)


@pytest.mark.heavy
def test_100k_rows_cost_of_the_child(tmp_path):
    """The figure in docs/RELIABILITY.md: reading 100,000 rows × 20 columns in the child
    against reading them here."""
    from core.importing.readers import read_grid_here

    path = tmp_path / "big.xlsx"
    head = ["SKU", "Name", "Cost", "Price", "Stock"] + [f"c{i}" for i in range(15)]
    rows = [head] + [
        [f"S-{i}", f"Item {i}", 1.5, 9.99, i] + [f"v{i % 13}"] * 15 for i in range(100_000)
    ]
    simple_xlsx(path, rows)
    read_grid(tmp_path / "big.xlsx")  # the fork server is started once per app
    here, child = [], []
    for _ in range(3):
        started = time.perf_counter()
        a = read_grid_here(path, None, None, None)
        here.append(time.perf_counter() - started)
        started = time.perf_counter()
        b = read_grid(path)
        child.append(time.perf_counter() - started)
        assert a.cells == b.cells and len(b.cells) == 100_001
    print(f"\n100k rows: in process {min(here):.2f} s, in the child {min(child):.2f} s")
    assert min(child) < min(here) * 1.6 + 0.5


def test_frozen_app_and_windows_spawn_their_children(monkeypatch):
    from core.importing import isolation

    assert isolation._context().get_start_method() in ("forkserver", "spawn")
    monkeypatch.setattr(isolation.sys, "frozen", True, raising=False)
    assert isolation._context().get_start_method() == "spawn"


def test_memory_limit_is_half_the_machine_within_bounds(monkeypatch):
    from core.importing import isolation

    monkeypatch.delenv(isolation.MEMORY_ENV, raising=False)
    assert isolation.MIN_MEMORY <= isolation.memory_limit() <= isolation.MAX_MEMORY
    monkeypatch.setenv(isolation.MEMORY_ENV, "1500")
    assert isolation.memory_limit() == 1500 * 1024**2


def test_no_room_for_the_childs_result_is_a_message(tmp_path, monkeypatch):
    import tempfile

    path = tmp_path / "p.csv"
    path.write_text("SKU,Name\nA,b\n", encoding="utf-8")

    def full(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(tempfile, "mkstemp", full)
    with pytest.raises(ImportFileError) as err:
        read_grid(path)
    assert "p.csv" in err.value.message.render() and "No space" in err.value.message.render()
