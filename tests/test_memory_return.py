"""Freed large blocks go back to the system (glibc): with ``big_blocks_mapped`` 30 freed
blocks of 1 MB (between blocks still in use) leave the process's resident memory at once;
with glibc's default (its mmap threshold raised by an earlier 20 MB free) they stay."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from core.inventory.memory import _glibc

REPO = Path(__file__).resolve().parents[1]
SCRIPT = """
import sys
from pathlib import Path
from core.inventory.memory import big_blocks_mapped
if sys.argv[1] == "mapped":
    assert big_blocks_mapped()
def resident():
    return int(Path("/proc/self/statm").read_text().split()[1]) * 4096 // 2**20
big = bytearray(20 * 2**20)  # freed: glibc's threshold rises to 20 MB by default
del big
blocks = [b"\x01" * 2**20 for _ in range(60)]  # written: resident
before = resident()
del blocks[::2]  # every other one: between blocks still used, as in a real heap
print(before - resident())  # MB given back
"""


def _given_back_mb(mode: str) -> int:
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT, mode], cwd=REPO, capture_output=True, text=True, check=True
    )
    return int(result.stdout)


@pytest.mark.skipif(_glibc() is None, reason="glibc only")
def test_freed_big_blocks_are_returned_with_the_threshold_kept():
    assert _given_back_mb("default") <= 2  # resident after being freed
    assert _given_back_mb("mapped") >= 28
