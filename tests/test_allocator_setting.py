"""main.py tells polars' allocator to hand freed pages back within 250 ms (a 1M-row import
kept its freed raw cells resident: issue 12's 1 GB goal). The setting must be in the
environment before polars loads, under the name polars' jemalloc reads, and a seller's own
value wins."""

from __future__ import annotations

import mmap
import os
import subprocess
import sys
from pathlib import Path

import main

REPO = Path(__file__).resolve().parent.parent
SHOW = (
    "import main, os, sys; print(os.environ.get('_RJEM_MALLOC_CONF')); "
    "print('polars' in sys.modules)"
)


def _run(env: dict[str, str]) -> list[str]:
    found = subprocess.run([sys.executable, "-c", SHOW], cwd=REPO, env=env, text=True,
                           capture_output=True, check=True)  # fmt: skip
    return found.stdout.split()


def test_main_sets_the_allocator_before_polars_loads():
    env = {k: v for k, v in os.environ.items() if k != "_RJEM_MALLOC_CONF"}
    assert _run(env) == ["dirty_decay_ms:250,muzzy_decay_ms:0", "False"]


def test_a_value_in_the_environment_is_kept():
    env = {**os.environ, "_RJEM_MALLOC_CONF": "narenas:2"}
    assert _run(env)[0] == "narenas:2"


def test_polars_allocator_reads_that_name():
    """polars' wheel links jemalloc with the _rjem_ prefix: its options come from
    _RJEM_MALLOC_CONF (a renamed variable would silently do nothing)."""
    import polars

    runtime = list(Path(polars.__file__).parent.parent.glob("_polars_runtime*/*.so"))
    runtime += list(Path(polars.__file__).parent.rglob("*.so"))
    assert runtime
    assert any(_holds(path, main.ALLOCATOR_ENV.encode()) for path in runtime)


def _holds(path: Path, text: bytes) -> bool:
    with open(path, "rb") as handle, mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ) as m:
        return m.find(text) >= 0
