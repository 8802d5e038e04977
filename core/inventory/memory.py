"""Give the C heap's free memory back to the system after a large computation.

Reviewing 100,000 SKUs makes and frees tens of MB of temporary lists and numpy arrays; glibc's
allocator keeps most of that freed memory resident (it raises its mmap threshold after the first
large free, so later large blocks come from the heap, and a heap only shrinks from its top).
``big_blocks_mapped`` keeps the threshold where it starts; ``malloc_trim(0)`` releases the free
pages anywhere in the heap. Elsewhere (macOS, Windows, musl) both are no-ops: their allocators
return large blocks by themselves.
"""

from __future__ import annotations

import ctypes
import sys
from functools import cache
from typing import Any

GLIBC = "libc.so.6"  # its soname on every glibc system (ctypes.util.find_library: ~25 ms)
M_MMAP_THRESHOLD = -3  # mallopt's parameter number (malloc.h)
MMAP_THRESHOLD = 128 * 1024  # glibc's starting value, kept from then on


@cache
def _glibc() -> Any:
    if not sys.platform.startswith("linux"):
        return None
    try:
        libc = ctypes.CDLL(GLIBC)
        libc.malloc_trim, libc.mallopt  # noqa: B018 - glibc only: musl has neither
    except (OSError, AttributeError):
        return None
    return libc


def big_blocks_mapped() -> bool:
    """Keep glibc's mmap threshold at 128 KB: blocks that big (numpy's columns of 100,000 SKUs,
    the lists of a review) are mapped and unmapped, so freeing one returns it to the system at
    once. By default the threshold rises to the largest block freed so far (up to 32 MB), and
    from then on such blocks come from the heap and stay resident when freed (step 2 at 100k
    SKUs: ~70 MB more while open). False where there is no glibc."""
    libc = _glibc()
    return libc is not None and bool(libc.mallopt(M_MMAP_THRESHOLD, MMAP_THRESHOLD))


def give_back_memory() -> None:
    """Release the heap's free pages (glibc); a few ms, the interpreter lock released."""
    libc = _glibc()
    if libc is not None:
        libc.malloc_trim(0)
