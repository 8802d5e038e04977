"""Give the C heap's free memory back to the system after a large computation.

Reviewing 100,000 SKUs makes and frees tens of MB of temporary lists and numpy arrays; glibc's
allocator keeps most of that freed memory resident (it raises its mmap threshold after the first
large free, so later large blocks come from the heap, and a heap only shrinks from its top).
``malloc_trim(0)`` releases the free pages anywhere in the heap. Elsewhere (macOS, Windows,
musl) it is a no-op: their allocators return large blocks by themselves.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import sys
from functools import cache


@cache
def _trim():
    if not sys.platform.startswith("linux"):
        return None
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        return libc.malloc_trim  # glibc only
    except (OSError, AttributeError):
        return None


def give_back_memory() -> None:
    """Release the heap's free pages (glibc); a few ms, the interpreter lock released."""
    trim = _trim()
    if trim is not None:
        trim(0)
