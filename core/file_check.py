"""``PRAGMA quick_check`` of a workspace file started ahead, on its own thread, while the app
imports the workspace side: SQLite lets go of the interpreter lock while it reads, so on a
second core the check costs the start no time (0.1 s for a 100,000-SKU file, up to
``QUICK_CHECK_SECONDS`` for a big one). The open (``core.workspace``) takes the result when the
file has not changed since the check began, else checks again itself.

Only the standard library here: this module is imported before the workspace side.
"""

from __future__ import annotations

import os
import sqlite3
import threading
from dataclasses import dataclass, field
from pathlib import Path

QUICK_CHECK_SECONDS = 2.0  # a bigger file is opened unchecked rather than making the seller wait

Stamp = tuple[tuple[int, int] | None, ...]


def file_stamp(path: Path) -> Stamp:
    """Size and modification time of the file and of its WAL (a commit changes one of them).
    An empty WAL counts as none: a reader of a WAL file leaves one behind."""
    stamp: list[tuple[int, int] | None] = []
    for name in (str(path), f"{path}-wal"):
        try:
            info = os.stat(name)
        except OSError:
            stamp.append(None)
        else:
            empty_wal = name != str(path) and info.st_size == 0
            stamp.append(None if empty_wal else (info.st_size, info.st_mtime_ns))
    return tuple(stamp)


@dataclass
class _Ahead:
    stamp: Stamp
    done: threading.Event = field(default_factory=threading.Event)
    problems: list[str] | None = None  # None: no answer (not an SQLite file, no time, …)
    stamp_after: Stamp | None = None


_started: dict[Path, _Ahead] = {}
_lock = threading.Lock()


def check_ahead(path: Path, seconds: float = QUICK_CHECK_SECONDS) -> None:
    """Start the quick check of the file at ``path`` on a thread (nothing when it is missing)."""
    path = Path(path).expanduser().resolve()
    stamp = file_stamp(path)
    if stamp[0] is None:
        return
    ahead = _Ahead(stamp)
    with _lock:
        _started[path] = ahead
    threading.Thread(
        target=_check, args=(path, ahead, seconds), name="matrixdesk-quick-check", daemon=True
    ).start()


def _check(path: Path, ahead: _Ahead, seconds: float) -> None:
    try:
        # Read-only: nothing is written to a file before it is known to be ours (identify).
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
        # Stopped from a timer thread: a progress handler would call into Python (and wait for
        # the interpreter lock, which the imports hold) every few thousand SQLite steps.
        timer = threading.Timer(seconds, conn.interrupt)
        timer.daemon = True
        timer.start()
        try:
            rows = conn.execute("PRAGMA quick_check(20)").fetchall()
            found = [str(r[0]) for r in rows]
            ahead.problems = [] if found == ["ok"] else found
        except sqlite3.OperationalError as exc:
            if "interrupt" not in str(exc):  # interrupted: no answer, the open decides
                ahead.problems = [str(exc)]
        except sqlite3.DatabaseError as exc:
            ahead.problems = [str(exc)]
        finally:
            timer.cancel()
            conn.close()
    except sqlite3.Error:
        pass  # could not even open it read-only: the open meets the reason itself
    finally:
        ahead.stamp_after = file_stamp(path)
        ahead.done.set()


def checked_ahead(path: Path) -> list[str] | None:
    """The problems the check started ahead found in ``path`` (waiting for it to finish), or
    None when none was started, it gave no answer, or the file changed since it began."""
    with _lock:
        ahead = _started.pop(Path(path), None)
    if ahead is None:
        return None
    ahead.done.wait()
    if ahead.problems is None or not ahead.stamp == ahead.stamp_after == file_stamp(path):
        return None
    return ahead.problems
