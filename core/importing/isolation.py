"""Parse untrusted files in a child process with a memory limit and a timeout.

A parser can abort the whole process (python-calamine's Rust code aborts when an allocation
fails, and raises PanicException, a BaseException, on some damaged sheets). Run in a child,
whatever it does ends as an ImportFileError naming the file: the app never dies with it.

The child is forked from a small fork server that has the readers imported (about 10 ms per
read on Linux; Windows spawns a fresh interpreter, about 0.2 s). Its result comes back as a
pickle in a temporary file, loaded with the garbage collector paused: 100,000 rows × 20 columns
cost about 0.3 s on top of the read (see docs/RELIABILITY.md).
"""

from __future__ import annotations

import gc
import multiprocessing
import os
import pickle
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from core.i18n import QT_TRANSLATE_NOOP, Message
from core.importing.errors import CTX, ImportFileError
from core.jobs import Progress

MEMORY_ENV = "MATRIXDESK_READ_MEMORY_MB"
MIN_MEMORY = 2 * 1024**3
MAX_MEMORY = 8 * 1024**3
BASE_SECONDS = 60.0
SECONDS_PER_MB = 3.0
MAX_SECONDS = 1800.0
PRELOAD = ["core.importing.readers", "python_calamine", "polars", "fastexcel"]
CHUNK_ROWS = 2000
ARROW_SUFFIX = ".arrow"
# A table this long keeps the child's Arrow file, so its raw cells can leave memory once
# cleaned (core.importing.column_rows.ColumnRows.set_aside).
KEEP_COPY_ROWS = 200_000


def memory_limit() -> int:
    """Bytes of address space a read may use: half the machine's memory, 2–8 GiB."""
    if os.environ.get(MEMORY_ENV, "").isdigit():
        return int(os.environ[MEMORY_ENV]) * 1024**2
    try:
        physical = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES")
    except (ValueError, OSError, AttributeError):
        physical = 2 * MIN_MEMORY
    return max(MIN_MEMORY, min(physical // 2, MAX_MEMORY))


def time_limit(path: Path) -> float:
    try:
        size_mb = path.stat().st_size / 1_000_000
    except OSError:
        size_mb = 0.0
    return min(BASE_SECONDS + SECONDS_PER_MB * size_mb, MAX_SECONDS)


def _context():
    # Windows has no fork; a frozen app (PyInstaller) starts children through its own executable
    # and main.py's freeze_support(), which the spawn method is made for.
    if sys.platform == "win32" or getattr(sys, "frozen", False):
        return multiprocessing.get_context("spawn")
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(PRELOAD)
    return context


def _limit_memory(limit: int) -> None:
    if not sys.platform.startswith("linux"):
        return  # Windows has no rlimit and macOS does not enforce RLIMIT_AS: the timeout stays
    import resource

    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))


_to_parent: list[Any] = []  # in the child: its end of the pipe (tell_parent)
HURRIED = "hurried"


def tell_parent(word: str) -> None:
    """In the child: tell the waiting parent ``word`` (HURRIED: from here the parse runs
    alongside the guard's scan instead of after it, see core/importing/columnar.py)."""
    if _to_parent:
        _to_parent[0].send((word,))


class ReadAgain(ImportFileError):
    """The child died after it said HURRIED: a hostile sheet may have made the parse abort
    before the guard's scan could refuse it. Read again, the guard first (readers.read_table)."""


def _child(fn: Callable[..., Any], args: tuple, result_path: str, conn, limit: int) -> None:
    _limit_memory(limit)
    _to_parent[:] = [conn]
    last = [0.0]

    def send_progress(done: int, total: int, text: str) -> None:
        now = time.monotonic()
        if now - last[0] >= 0.1:
            last[0] = now
            conn.send(("progress", done, total))

    try:
        result = fn(*args, Progress(send_progress))
        with open(result_path, "wb") as handle:
            _dump(result, handle)
        conn.send(("done",))
    except ImportFileError as exc:
        conn.send(("refused", exc.message))
    except MemoryError:
        conn.send(("memory",))
    except BaseException as exc:  # PanicException derives from BaseException
        conn.send(("failed", f"{type(exc).__name__}: {exc}"[:300]))
    finally:
        conn.close()
    # Exit at once: freeing a million rows one by one would only delay the parent, which
    # waits for this exit before loading the rows (so both copies are never in memory).
    os._exit(0)


def _error(path: Path, text: str, **params: Any) -> ImportFileError:
    return ImportFileError(Message(CTX, text, {"file": path.name, "sheet": "", **params}))


def _memory_error(path: Path, limit: int) -> ImportFileError:
    return _error(
        path,
        QT_TRANSLATE_NOOP(
            "Import",
            "Reading “{file}” was stopped: it needed more than {limit} MB of memory. The file "
            "is too large or damaged; split it, or save it again as CSV.",
        ),
        limit=limit // 1024**2,
    )


def run_isolated(
    fn: Callable[..., Any],
    args: tuple,
    path: Path,
    progress: Progress | None = None,
    memory: int | None = None,
    seconds: float | None = None,
) -> Any:
    """``fn(*args, progress)`` in a child process; its result, or ImportFileError. Cancelling
    ``progress`` kills the child and raises Cancelled."""
    return IsolatedRun(fn, args, path, memory, seconds).result(progress)


class IsolatedRun:
    """``fn(*args, progress)`` started in a child process at once; :meth:`result` waits for it.
    Started early (core/importing/read_ahead.py), the child reads while this process does
    other work; the time limit counts from the start."""

    def __init__(
        self,
        fn: Callable[..., Any],
        args: tuple,
        path: Path,
        memory: int | None = None,
        seconds: float | None = None,
        context: Any = None,
    ) -> None:
        self.path = path
        self.limit = memory if memory is not None else memory_limit()
        seconds = seconds if seconds is not None else time_limit(path)
        self.seconds = seconds
        context = context if context is not None else _context()
        handle, self.result_path = tempfile.mkstemp(prefix="matrixdesk-read-", suffix=".pickle")
        os.close(handle)
        self.receiver, sender = context.Pipe(duplex=False)
        self.child = context.Process(
            target=_child, args=(fn, args, self.result_path, sender, self.limit), daemon=True
        )
        self.deadline = time.monotonic() + seconds
        try:
            self.child.start()
        except BaseException:
            self.receiver.close()
            self._unlink()
            raise
        finally:
            sender.close()

    def result(self, progress: Progress | None = None) -> Any:
        """The child's result, or ImportFileError; cancelling ``progress`` kills the child
        and raises Cancelled. Once only: the child and its files are gone afterwards."""
        path, child, limit = self.path, self.child, self.limit
        hurried = False
        try:
            while True:
                if progress is not None:
                    progress.check()
                if time.monotonic() > self.deadline:
                    raise _error(
                        path,
                        QT_TRANSLATE_NOOP(
                            "Import",
                            "Reading “{file}” was stopped after {seconds} seconds. The file is "
                            "too large or damaged; split it, or save it again as CSV.",
                        ),
                        seconds=int(self.seconds),
                    )
                if not self.receiver.poll(0.05):
                    continue
                try:
                    message = self.receiver.recv()
                except (EOFError, OSError):
                    child.join(5)
                    died = _died(path, child.exitcode, limit)
                    if hurried:
                        raise ReadAgain(died.message) from None
                    raise died from None
                kind = message[0]
                if kind == HURRIED:
                    hurried = True
                elif kind == "progress":
                    if progress is not None:
                        progress.report(message[1], message[2], "")
                elif kind == "done":
                    child.join(10)  # its copy of the rows leaves memory before ours arrives
                    return _load(self.result_path)
                elif kind == "refused":
                    raise ImportFileError(message[1])
                elif kind == "memory":
                    if hurried:
                        raise ReadAgain(_memory_error(path, limit).message)
                    raise _memory_error(path, limit)
                else:
                    raise _error(
                        path,
                        QT_TRANSLATE_NOOP(
                            "Import",
                            "“{file}” could not be read: {reason}. The file is damaged or not "
                            "a table; open it in Excel or WPS and save it again.",
                        ),
                        reason=message[1],
                    )
        finally:
            self.cancel()

    def cancel(self) -> None:
        """Kill the child (if still running) and remove its files."""
        self.receiver.close()
        if self.child.is_alive():
            self.child.kill()
        self.child.join(5)
        self._unlink()

    def _unlink(self) -> None:
        for leftover in (self.result_path, self.result_path + ARROW_SUFFIX):
            try:
                os.unlink(leftover)
            except OSError:
                pass


# A read started before anyone asked for it (core/importing/read_ahead.py): (key, run).
_early: list[tuple[tuple, IsolatedRun]] = []


def file_key(path: Path, *options: Any) -> tuple:
    """What a read is of: the file (same place, size and modification time) and options."""
    try:
        found = path.stat()
        signature: tuple | None = (found.st_dev, found.st_ino, found.st_size, found.st_mtime_ns)
    except OSError:
        signature = None
    return (os.path.abspath(path), signature, *options)


def keep_early(key: tuple, run: IsolatedRun) -> None:
    """Hold ``run`` (started early) until take_early asks for ``key``."""
    cancel_early()
    if not _early_exit:
        import atexit

        atexit.register(cancel_early)  # nobody asked (the command failed first): kill it
        _early_exit.append(True)
    _early.append((key, run))


def take_early(key: tuple) -> IsolatedRun | None:
    """The run started early for ``key``, or None; a run started for anything else is
    killed (its answer would not be this one's)."""
    if not _early:
        return None
    kept, run = _early.pop()
    if kept != key:
        run.cancel()
        return None
    return run


def cancel_early() -> None:
    while _early:
        _early.pop()[1].cancel()


_early_exit: list[bool] = []


def _died(path: Path, exitcode: int | None, limit: int) -> ImportFileError:
    """The child ended without a word: killed by a signal (an abort on a failed allocation
    under the memory limit, or the system's out-of-memory killer)."""
    if exitcode is not None and exitcode < 0:
        import signal

        try:
            reason = signal.Signals(-exitcode).name
        except ValueError:
            reason = str(-exitcode)
    else:
        reason = f"exit {exitcode}"
    return _error(
        path,
        QT_TRANSLATE_NOOP(
            "Import",
            "Reading “{file}” stopped abruptly ({reason}), usually because it needed more "
            "than {limit} MB of memory. The file is too large or damaged; split it, or save "
            "it again as CSV.",
        ),
        reason=reason,
        limit=limit // 1024**2,
    )


def _sliced_attribute(result: Any) -> str | None:
    for name in ("cells", "rows"):  # a grid's cells, a table's rows
        if isinstance(getattr(result, name, None), list):
            return name
    return None


def _dump(result: Any, handle) -> None:
    """A grid's cells (a table's rows) go in slices of CHUNK_ROWS rows: loading one slice is
    one short C call, so the UI thread gets the interpreter between slices (one pickle.load of
    100,000 rows held it for a second). A table read as columns pickles its polars frame,
    which polars writes as Arrow IPC: no Python object per cell on either side."""
    pickler = pickle.Pickler(handle, protocol=pickle.HIGHEST_PROTOCOL)
    pickler.fast = True  # no memo: plain rows of cells, 10x faster to write
    frame = getattr(getattr(result, "rows", None), "frame", None)
    if frame is not None:
        # Columns: an Arrow IPC file next to the pickle, no Python object per cell. lz4: polars
        # copies string views into memory on loading anyway, and the uncompressed file was
        # 2.5x the frame (1M-row csv: 391 MB, 6 s to write; lz4 60 MB, 2.7 s, parent peak
        # 864 -> 550 MB).
        frame.write_ipc(handle.name + ARROW_SUFFIX, compression="lz4")
        result.rows.frame = None
        try:
            pickler.dump((None, result))
        finally:
            result.rows.frame = frame
        return
    name = _sliced_attribute(result)
    cells = getattr(result, name) if name else None
    if name is None or not isinstance(cells, list) or len(cells) <= CHUNK_ROWS:
        pickler.dump((None, result))
        return
    setattr(result, name, [])
    pickler.dump((name, result))
    for start in range(0, len(cells), CHUNK_ROWS):
        pickler.dump(cells[start : start + CHUNK_ROWS])
    pickler.dump(None)
    setattr(result, name, cells)


def _load(result_path: str) -> Any:
    enabled = gc.isenabled()
    gc.disable()  # millions of new cells would trigger collections that find nothing
    try:
        with open(result_path, "rb") as handle:
            unpickler = pickle.Unpickler(handle)
            sliced, result = unpickler.load()
            rows = getattr(result, "rows", None)
            if rows is not None and getattr(rows, "frame", True) is None:
                import polars as pl

                arrow = result_path + ARROW_SUFFIX
                rows.frame = pl.read_ipc(arrow)
                if len(rows) >= KEEP_COPY_ROWS:  # its own name: this run's cleanup skips it
                    descriptor, kept = tempfile.mkstemp(prefix="matrixdesk-rows-", suffix=".arrow")
                    os.close(descriptor)
                    os.replace(arrow, kept)
                    rows.keep_copy(kept)
            if sliced:
                cells: list[Any] = []
                while (part := unpickler.load()) is not None:
                    cells.extend(part)
                setattr(result, sliced, cells)
            return result
    finally:
        if enabled:
            gc.enable()
