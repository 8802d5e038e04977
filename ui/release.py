"""Free a large old result (a 100,000-SKU review, the rows it replaced) a slice at a time
between the UI thread's events.

Freeing 100,000 objects is one C call that holds the interpreter for 0.1–0.5 s: at once on
the UI thread the window freezes. On a thread of its own it competes with every paint for the
interpreter (each cell's ``data()`` waits its turn): a filter keystroke right after an edit
took 0.2 s while the rows the edit replaced were freed. A slice of RELEASE_SLICE items per
turn of the event loop (a zero timer) keeps each turn to about a millisecond, and events
(typing, painting) go first.
"""

from __future__ import annotations

import itertools
import sys
import time
from collections import deque
from collections.abc import Iterator
from typing import Any

from PySide6.QtCore import QCoreApplication, QThread, QTimer

FREE_SLICE = 2000  # containers longer than this are freed in slices
RELEASE_SLICE = 200  # items freed per turn (a product row frees its SKUs' rows with it)
WAIT_FOR_OWNER = 10.0  # seconds: someone still using it after that keeps it whole
OWNER_POLL_MS = 20

_queue: deque[Iterator[bool]] = deque()
_timer: QTimer | None = None


def release_between_events(obj: Any) -> None:
    """Free ``obj`` in slices once the caller has dropped its references (e.g.
    ``old, self.review = self.review, new; release_between_events(old)``). Call it on the UI
    thread; without an application (or elsewhere) ``obj`` is simply let go."""
    app = QCoreApplication.instance()
    if app is None or QThread.currentThread() is not app.thread():
        return
    _queue.append(_release([obj]))
    del obj
    _turn()


def pending() -> int:
    """How many releases are under way (tests)."""
    return len(_queue)


def _turn() -> None:
    """One slice of the oldest release; the timer comes back at once, or after OWNER_POLL_MS
    while that release waits for its owner to let go."""
    global _timer
    if _timer is None:
        _timer = QTimer()
        _timer.setSingleShot(True)
        _timer.timeout.connect(_turn)
    waiting = False
    while _queue:
        try:
            waiting = next(_queue[0])
            break
        except StopIteration:
            _queue.popleft()
    if _queue:
        _timer.start(OWNER_POLL_MS if waiting else 0)


def _release(holder: list) -> Iterator[bool]:
    """Yields True while someone else still refers to ``holder[0]``, then False per slice."""
    deadline = time.monotonic() + WAIT_FOR_OWNER
    # holder's slot + getrefcount's argument: nobody else refers to it any more
    while sys.getrefcount(holder[0]) > 2:
        if time.monotonic() > deadline:
            holder.clear()  # still used elsewhere: it must stay whole, freed by its owner
            return
        yield True
    yield from _slices(holder.pop(), depth=2)


def _slices(obj: Any, depth: int) -> Iterator[bool]:
    """Empty the big containers of ``obj`` (a list, a dict, or those its attributes hold,
    ``depth`` levels down) slice by slice; a container someone else still refers to is left
    whole."""
    if isinstance(obj, list):
        while obj:
            del obj[-RELEASE_SLICE:]
            yield False
    elif isinstance(obj, dict):
        while obj:
            for key in list(itertools.islice(obj, RELEASE_SLICE)):
                del obj[key]
            yield False
    elif depth > 0:
        names = list(getattr(obj, "__dict__", ())) or list(getattr(type(obj), "__slots__", ()))
        for name in names:
            value = getattr(obj, name, None)
            # the attribute + ``value`` + getrefcount's argument: only ``obj`` holds it
            if isinstance(value, list | dict) and len(value) > FREE_SLICE:
                if sys.getrefcount(value) <= 3:
                    yield from _slices(value, depth - 1)
            del value
