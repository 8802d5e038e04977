"""Write a workbook in a child process, its rows sent to it in pieces as they are made.

Writing 100,000 rows with xlsxwriter is ~20 s of pure Python. On a worker thread of the app it
holds the interpreter lock for most of that time, and on a busy 2-core machine the UI thread
then waits 50–150 ms at a time for it (the window stutters). In a child process the writing has
its own interpreter: the app's worker only makes the rows (a tenth of the work), and on two cores
making and writing run side by side. Memory stays flat: a piece of PIECE_ROWS rows is in flight
at a time (the pipe blocks the sender while the child is busy).

The child runs the same :func:`core.xlsx_export.write_workbook`, so every safety rule of the one
export writer holds (text never a formula, ``.part`` file moved into place at the end). Its
ExportError comes back as the same ExportError; a child that dies or a cancel removes the
``.part`` file.
"""

from __future__ import annotations

import multiprocessing
import os
import subprocess
import sys
import time
from collections.abc import Iterable, Iterator, Sequence
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

from core.i18n import QT_TRANSLATE_NOOP, Message
from core.jobs import Progress
from core.xlsx_export import ExportError, Sheet, write_workbook

PIECE_ROWS = 200  # one piece is pickled in one C call: short, so the UI thread gets in between
APART_FROM_ROWS = 5_000  # below this a child costs more than it saves: written in-process
PROGRESS_EVERY = 0.2  # seconds between progress reports (each is a queued signal to the UI)


def _context():
    # Windows has no fork; a frozen app (PyInstaller) starts children through its own
    # executable and main.py's freeze_support(), which the spawn method is made for.
    if sys.platform == "win32" or getattr(sys, "frozen", False):
        return multiprocessing.get_context("spawn")
    return multiprocessing.get_context("forkserver")


class _Writer:
    """The writer started as a plain ``python -c`` child with two inherited pipes: unlike a
    multiprocessing start it needs no forkserver and no resource tracker (two more Python
    processes, ~25 MB, beside the app while it exports). Same surface as a Process."""

    def __init__(self, process: subprocess.Popen) -> None:
        self.process = process

    def is_alive(self) -> bool:
        return self.process.poll() is None

    def kill(self) -> None:
        self.process.kill()

    def join(self, timeout: float | None = None) -> None:
        try:
            self.process.wait(timeout)
        except subprocess.TimeoutExpired:
            pass

    @property
    def exitcode(self) -> int | None:
        return self.process.poll()


CHILD_CODE = (
    "import sys; sys.path.insert(0, sys.argv[1]); "
    "from core.xlsx_apart import _child_on_fds; _child_on_fds(*sys.argv[2:])"
)


def _start_child(path: Path) -> tuple[Any, Connection, Connection]:
    """(the child, the connection the rows go to, the one its answer comes from)."""
    if sys.platform == "win32" or getattr(sys, "frozen", False):
        context = _context()
        rows_in, rows_out = context.Pipe(duplex=False)
        result_in, result_out = context.Pipe(duplex=False)
        child = context.Process(target=_child, args=(str(path), rows_in, result_out), daemon=True)
        child.start()
        rows_in.close()
        result_out.close()
        return child, rows_out, result_in
    rows_read, rows_write = os.pipe()
    result_read, result_write = os.pipe()
    try:
        process = subprocess.Popen(
            [sys.executable, "-c", CHILD_CODE, str(Path(__file__).resolve().parents[1]),
             str(path), str(rows_read), str(result_write)],
            pass_fds=(rows_read, result_write),
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
        )  # fmt: skip
    except BaseException:
        for fd in (rows_write, result_read):
            os.close(fd)
        raise
    finally:
        os.close(rows_read)
        os.close(result_write)
    return (
        _Writer(process),
        Connection(rows_write, readable=False),
        Connection(result_read, writable=False),
    )


def _child_on_fds(path: str, rows_fd: str, result_fd: str) -> None:
    _child(
        path, Connection(int(rows_fd), writable=False), Connection(int(result_fd), readable=False)
    )


def _received_sheets(conn) -> Iterator[Sheet]:
    """The sheets as the parent sends them; each sheet's rows read lazily, piece by piece."""
    while True:
        message = conn.recv()
        if message[0] == "done":
            return
        _, title, headers, formats, fills = message
        yield Sheet(title, headers, _received_rows(conn), formats, fills)


def _received_rows(conn) -> Iterator[Sequence[Any]]:
    while (piece := conn.recv()) is not None:
        yield from piece


def _child(path: str, rows_conn, result_conn) -> None:
    try:
        write_workbook(path, _received_sheets(rows_conn))
        result_conn.send(("written",))
    except ExportError as exc:
        result_conn.send(("refused", exc.message))
    except BaseException as exc:  # reported by name, never a silent half-written file
        result_conn.send(("failed", f"{type(exc).__name__}: {exc}"[:300]))
    finally:
        result_conn.close()
    os._exit(0)  # nothing to tidy: the workbook is closed and the parent waits for this exit


def write_workbook_apart(
    path: str | Path,
    sheets: Iterable[Sheet],
    progress: Progress | None = None,
    total_rows: int | None = None,
) -> Path:
    """:func:`core.xlsx_export.write_workbook` in a child process; the sheets' rows (lists or
    generators) are made here and sent in pieces. ``total_rows`` (all sheets) makes the
    progress a fraction; cancelling ``progress`` stops the child and leaves no file."""
    path = Path(path)
    if total_rows is not None and total_rows < APART_FROM_ROWS:
        written = write_workbook(path, sheets)
        if progress is not None:
            progress.report(total_rows, total_rows, "")
        return written
    child, rows_out, result_in = _start_child(path)
    try:
        try:
            _send(rows_out, sheets, progress, total_rows)
        except (BrokenPipeError, ConnectionResetError, EOFError):
            pass  # the child stopped early: its own message below says why
        rows_out.close()
        try:
            answer = result_in.recv()
        except (EOFError, OSError):
            child.join(10)
            raise ExportError(_died(path, child.exitcode)) from None
        child.join(30)
        if answer[0] == "written":
            return path
        if answer[0] == "refused":
            raise ExportError(answer[1])
        raise ExportError(_failed(path, answer[1]))
    except BaseException:
        if child.is_alive():
            child.kill()
            child.join(5)
            Path(str(path) + ".part").unlink(missing_ok=True)
        raise
    finally:
        rows_out.close()
        result_in.close()


def _send(conn, sheets: Iterable[Sheet], progress: Progress | None, total: int | None) -> None:
    sent, reported = 0, 0.0
    for sheet in sheets:
        conn.send(("sheet", sheet.title, list(sheet.headers), dict(sheet.formats),
                   dict(sheet.fills)))  # fmt: skip
        piece: list[Any] = []
        for row in sheet.rows:
            piece.append(row)
            if len(piece) >= PIECE_ROWS:
                conn.send(piece)
                sent += len(piece)
                piece = []
                if progress is not None:
                    progress.check()
                    now = time.monotonic()
                    if now - reported >= PROGRESS_EVERY:
                        reported = now
                        progress.report(sent, total or 0, "")
        if piece:
            conn.send(piece)
            sent += len(piece)
        conn.send(None)
    conn.send(("done",))
    if progress is not None:
        progress.report(total or sent, total or 0, "")


def _died(path: Path, exitcode: int | None) -> Message:
    return Message(
        "Export",
        QT_TRANSLATE_NOOP(
            "Export",
            "Could not write {path}: the writing stopped abruptly ({reason}), usually for lack "
            "of memory. Nothing was written; close other programs and try again.",
        ),
        {"path": str(path), "reason": f"exit {exitcode}"},
    )


def _failed(path: Path, reason: str) -> Message:
    return Message(
        "Export", QT_TRANSLATE_NOOP("Export", "Could not write {path}: {reason}"),
        {"path": str(path), "reason": reason},
    )  # fmt: skip
