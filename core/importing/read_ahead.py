"""Start reading the file of ``import products`` before the command line's heavy imports.

``main.py import products WORKSPACE FILE`` spends about a second importing SQLAlchemy, the
models and the import code before it asks for the file, and the reader child then starts from
the fork server (a fresh interpreter importing polars and fastexcel). main.py calls
:func:`start` first thing instead: while this process is still a single thread, the reader
child is forked from it and reads the file while this process imports and opens the workspace.
:func:`core.importing.readers.read_table` takes that child's result when it asks for the same
file (same size and modification time), sheet, header row and encoding; otherwise the child is
killed and the file read as usual. Same child code, same limits, same messages: only the start
moves (the time limit counts from it).

Only where forking is safe: Linux (macOS frameworks and Windows cannot fork), not frozen, and
only while the process has one thread (a fork copies no other thread, and a library whose
pool lived in them would wait for it forever in the child).
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

ENABLE_ENV = "MATRIXDESK_READ_AHEAD"  # "0": never read ahead (the differential tests)


class _Unsure(Exception):
    pass


class _Parser(argparse.ArgumentParser):
    def error(self, message: str):  # type: ignore[override]
        raise _Unsure(message)  # never print or exit: the real parser speaks later


def _parser() -> argparse.ArgumentParser:
    """The options of ``import products`` (core/importing/cli.py) that take a value, so the
    positionals land where the real parser puts them; a wrong guess only costs the head
    start (the key will not match)."""
    parser = _Parser(add_help=False)
    parser.add_argument("path")
    parser.add_argument("file")
    for option in ("--profile", "--sheet", "--currency", "--encoding", "--duplicate-codes"):
        parser.add_argument(option)
    parser.add_argument("--header-row", type=int)
    parser.add_argument("--zero-cost-is-real", action="store_true")
    parser.add_argument("--apply", action="store_true")
    return parser


def _single_threaded() -> bool:
    try:
        return len(os.listdir("/proc/self/task")) == 1
    except OSError:
        return False


def possible() -> bool:
    return (
        sys.platform.startswith("linux")
        and not getattr(sys, "frozen", False)
        and os.environ.get(ENABLE_ENV, "1") != "0"
        and _single_threaded()
    )


def start(argv: list[str]) -> bool:
    """Fork the reader child for ``argv`` (the command line after the program name, without
    --lang) when it is ``import products`` and forking is safe; True when a read started."""
    if argv[:2] != ["import", "products"] or not possible():
        return False
    try:
        args, _unknown = _parser().parse_known_args(argv[2:])
    except _Unsure:
        return False
    path = Path(args.file)
    try:
        if not path.is_file() or path.stat().st_size == 0:
            return False  # read_table words it
    except OSError:
        return False
    import multiprocessing

    from core.importing.isolation import IsolatedRun, file_key, keep_early

    options = (args.sheet, args.header_row, args.encoding)
    try:
        run = IsolatedRun(_read_here, (path, *options), path,
                          context=multiprocessing.get_context("fork"))  # fmt: skip
    except (OSError, RuntimeError, ValueError):
        return False  # read_table tries again its usual way and words what fails
    keep_early(file_key(path, *options), run)
    return True


def _read_here(path, sheet, header_row, encoding, progress):
    """In the forked child: the reader's imports happen here, not in the parent."""
    from core.importing.readers import read_table_here

    return read_table_here(path, sheet, header_row, encoding, progress)
