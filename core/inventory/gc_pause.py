"""No cyclic garbage collection while a job builds the review of a large catalog.

100,000 SKUs make millions of objects that hold no cycles: each collection would rescan all
of them and find nothing, pausing every thread, the UI's included, for a second or more.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def paused_gc() -> Iterator[None]:
    enabled = gc.isenabled()
    if enabled:
        gc.unfreeze()  # what an earlier job froze goes back to the oldest generation
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            # What the job built would be scanned whole by the next collection; frozen, it is
            # not (it holds no cycles and goes with its last reference).
            gc.freeze()
            gc.enable()
