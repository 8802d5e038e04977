"""Checks made before a workspace file is touched: is it ours, is it whole, may we write it,
is there room on the disk.

A workspace carries its own marker, ``PRAGMA application_id`` = :data:`APPLICATION_ID`, set
when it is created or upgraded. Files written before the marker existed are recognised by
their table set (every table the migrations create up to their ``user_version``); any other
SQLite file is refused before anything is written to it.
"""

from __future__ import annotations

import errno
import os
import re
import shutil
import sqlite3
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy.exc import DBAPIError, SQLAlchemyError

from core import migrations, schema
from core.file_check import QUICK_CHECK_SECONDS
from core.i18n import QT_TRANSLATE_NOOP, Message

APPLICATION_ID = int.from_bytes(b"MtxD", "big")  # 0x4D747844, in the file header at offset 68
MB = 1024 * 1024


class WorkspaceError(Exception):
    """A workspace could not be opened or written; ``message`` says why, translatable."""

    def __init__(self, message: Message) -> None:
        super().__init__(message.render())
        self.message = message


class WorkspaceDamaged(WorkspaceError):
    """The file is ours but SQLite finds damaged pages in it: offer a backup."""

    def __init__(self, message: Message, path: Path) -> None:
        super().__init__(message)
        self.path = path


class WorkspaceReadOnly(WorkspaceError):
    """The file (or its folder) cannot be written: offer to open a copy."""

    def __init__(self, message: Message, path: Path) -> None:
        super().__init__(message)
        self.path = path


class DiskFull(WorkspaceError):
    """Not enough free space for a backup, an import or a clean-up."""


class ServerRefused(WorkspaceError):
    """A team database's server refused a write this person's role may not make."""


def _msg(text: str, **params) -> Message:
    return Message("Workspace", text, params)


def tables_by_version() -> dict[int, set[str]]:
    """The tables a workspace has at each schema version (read from the frozen steps)."""
    tables: set[str] = set()
    result = {}
    for number, step in enumerate(migrations.STEPS, start=1):
        # in order: a step may rebuild a table (create a copy, drop the old, rename the copy)
        for statement in re.finditer(
            r"CREATE TABLE (\w+)|DROP TABLE (\w+)|ALTER TABLE (\w+) RENAME TO (\w+)",
            step,
            flags=re.IGNORECASE,
        ):
            created, dropped, old, new = statement.groups()
            if created:
                tables.add(created)
            elif dropped:
                tables.discard(dropped)
            else:
                tables.discard(old)
                tables.add(new)
        result[number] = set(tables)
    return result


def identify(conn: sqlite3.Connection, path: Path, create: bool) -> str:
    """``"ours"``, ``"legacy"`` (ours, written before the marker) or ``"empty"`` (a new file
    being created); raises :class:`WorkspaceError` for anything else, writing nothing."""
    try:
        app_id = int(conn.execute("PRAGMA application_id").fetchone()[0])
        version = migrations.current_version(conn)
        tables = {
            r[0]
            for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'"
            )
        }
    except sqlite3.DatabaseError as exc:
        # The schema itself is unreadable. The header still says whose file it is.
        ours = header_application_id(path) == APPLICATION_ID or path.suffix == ".matrixdesk"
        if ours and "malformed" in str(exc):
            raise damaged(path, [str(exc)]) from exc
        raise WorkspaceError(
            _msg(
                QT_TRANSLATE_NOOP("Workspace", "{path} is damaged or not a workspace: {error}"),
                path=str(path),
                error=str(exc),
            )
        ) from exc
    if app_id not in (0, APPLICATION_ID):
        raise _foreign(path)
    if version < 0:
        raise WorkspaceError(
            _msg(
                QT_TRANSLATE_NOOP(
                    "Workspace",
                    "{path} is not a MatrixDesk workspace (it says its version is {version}). "
                    "Nothing was changed.",
                ),
                path=str(path),
                version=version,
            )
        )
    revision = migrations.alembic_revision(conn) if app_id == APPLICATION_ID else None
    if revision is not None and not schema.is_known(revision):
        raise WorkspaceError(
            _msg(
                QT_TRANSLATE_NOOP(
                    "Workspace",
                    "{path} was saved by a newer MatrixDesk (schema {found}; this version "
                    "knows up to {known}). Please update MatrixDesk.",
                ),
                path=str(path),
                found=revision,
                known=schema.head(),
            )
        )
    if version > migrations.SCHEMA_VERSION and app_id == APPLICATION_ID:
        raise WorkspaceError(
            _msg(
                QT_TRANSLATE_NOOP(
                    "Workspace",
                    "{path} was saved by a newer MatrixDesk (schema {found}; this version "
                    "knows up to {known}). Please update MatrixDesk.",
                ),
                path=str(path),
                found=version,
                known=migrations.SCHEMA_VERSION,
            )
        )
    if app_id == APPLICATION_ID:
        return "ours"
    if not tables and version == 0:
        if create:
            return "empty"
        raise WorkspaceError(
            _msg(
                QT_TRANSLATE_NOOP(
                    "Workspace",
                    "{path} is empty: it is not a workspace. Use New workspace to create one.",
                ),
                path=str(path),
            )
        )
    expected = tables_by_version().get(version)
    if expected is not None and expected <= tables:
        return "legacy"
    raise _foreign(path)


def header_application_id(path: Path) -> int:
    """The application id in the file header (bytes 68-71), read without SQLite."""
    try:
        with path.open("rb") as handle:
            handle.seek(68)
            return int.from_bytes(handle.read(4), "big", signed=True)
    except OSError:
        return 0


def _foreign(path: Path) -> WorkspaceError:
    return WorkspaceError(
        _msg(
            QT_TRANSLATE_NOOP(
                "Workspace",
                "{path} is an SQLite database but not a MatrixDesk workspace. It was not changed.",
            ),
            path=str(path),
        )
    )


def quick_check(conn: sqlite3.Connection, seconds: float = QUICK_CHECK_SECONDS) -> list[str]:
    """Problems ``PRAGMA quick_check`` finds (empty: none, or no time to finish looking)."""
    deadline = time.monotonic() + seconds
    conn.set_progress_handler(lambda: int(time.monotonic() > deadline), 10_000)
    try:
        rows = conn.execute("PRAGMA quick_check(20)").fetchall()
    except sqlite3.OperationalError as exc:
        if "interrupt" in str(exc):
            return []  # too big to check in the time allowed: opened unchecked
        return [str(exc)]
    except sqlite3.DatabaseError as exc:
        return [str(exc)]
    finally:
        conn.set_progress_handler(None, 0)
    found = [str(r[0]) for r in rows]
    return [] if found == ["ok"] else found


def integrity_problems(path: Path, checkpoint: bool = False) -> list[str]:
    """The full ``PRAGMA integrity_check`` of the file at ``path`` (empty list: whole). With
    ``checkpoint``, the WAL is copied into the file meanwhile, on a thread of its own (SQLite
    lets a checkpoint run beside a reader; both mostly outside the interpreter lock)."""
    copier = None
    if checkpoint:
        copier = threading.Thread(target=_checkpoint, args=(path,), name="matrixdesk-checkpoint")
        copier.start()
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        rows = conn.execute("PRAGMA integrity_check(20)").fetchall()
    except sqlite3.DatabaseError as exc:
        return [str(exc)]
    finally:
        conn.close()
        if copier is not None:
            copier.join()
    found = [str(r[0]) for r in rows]
    return [] if found == ["ok"] else found


def _checkpoint(path: Path) -> None:
    """A PASSIVE checkpoint: what it cannot copy now (a reader's snapshot needs it) waits for
    the next one; a failure leaves the WAL as it was, whole."""
    try:
        conn = sqlite3.connect(path, timeout=5)
        try:
            conn.execute("PRAGMA wal_checkpoint(PASSIVE)")
        finally:
            conn.close()
    except sqlite3.Error:
        pass


def damaged(path: Path, problems: list[str]) -> WorkspaceDamaged:
    return WorkspaceDamaged(
        _msg(
            QT_TRANSLATE_NOOP(
                "Workspace",
                "{path} is damaged: SQLite found broken pages in it ({detail}). It was not "
                "changed. Restore the latest good backup (kept in {folder}).",
            ),
            path=str(path),
            # SQLite's own words, on one line and short: for support, not for the seller.
            detail=_shorten(" ".join("; ".join(problems[:2]).split()), 120),
            folder=str(path.parent / "backups"),
        ),
        path,
    )


def _shorten(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def writable(path: Path) -> bool:
    """May this process write ``path`` and create files beside it (SQLite's -wal and -shm)?"""
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)


def read_only(path: Path) -> WorkspaceReadOnly:
    return WorkspaceReadOnly(
        _msg(
            QT_TRANSLATE_NOOP(
                "Workspace",
                "{path} is read-only (the file, its folder or the disk cannot be written), so "
                "MatrixDesk cannot save changes to it. Open a copy of it instead.",
            ),
            path=str(path),
        ),
        path,
    )


def is_read_only_error(exc: BaseException) -> bool:
    text = str(exc).lower()
    return (isinstance(exc, OSError) and exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS)) or (
        "readonly" in text or "read-only" in text or "unable to open database file" in text
    )


def is_disk_full_error(exc: BaseException) -> bool:
    return (isinstance(exc, OSError) and exc.errno == errno.ENOSPC) or (
        "database or disk is full" in str(exc).lower()
    )


def busy(path: Path) -> WorkspaceError:
    return WorkspaceError(
        _msg(
            QT_TRANSLATE_NOOP(
                "Workspace",
                "{path} is busy: another window or program is writing to it. Nothing was "
                "changed; try again in a moment.",
            ),
            path=str(path),
        )
    )


@contextmanager
def plain_write_errors(path: Path) -> Iterator[None]:
    """Turn SQLite's "disk is full", "readonly database" and "database is locked" while
    writing ``path`` into plain messages (the transaction has rolled back by then)."""
    try:
        yield
    except (OSError, sqlite3.Error, SQLAlchemyError) as exc:
        if is_disk_full_error(exc):
            raise DiskFull(
                _msg(
                    QT_TRANSLATE_NOOP(
                        "Workspace",
                        "The disk holding {path} is full. Nothing was changed; free some space "
                        "and try again.",
                    ),
                    path=str(path),
                )
            ) from exc
        if "database is locked" in str(exc) or "database is busy" in str(exc):
            raise busy(path) from exc
        if is_read_only_error(exc):
            raise read_only(path) from exc
        raise


def storage_problem(exc: BaseException) -> Message | None:
    """A plain message for SQLite failing to save an edit because the file is busy, the disk
    full or the file read-only (an edit made through the app, with no file path at hand)."""
    if isinstance(exc, ServerRefused):
        return exc.message
    if isinstance(exc, DBAPIError) and exc.connection_invalidated:
        return Message(
            "Workspace",
            QT_TRANSLATE_NOOP(
                "Workspace",
                "The connection to the team server was lost, so the change was not saved. "
                "Check the network and try again.",
            ),
        )
    if not isinstance(exc, OSError | sqlite3.Error | SQLAlchemyError):
        return None
    if is_disk_full_error(exc):
        text = QT_TRANSLATE_NOOP(
            "Workspace",
            "The disk is full, so the change could not be saved. Nothing was changed; free "
            "some space and try again.",
        )
    elif "database is locked" in str(exc) or "database is busy" in str(exc):
        text = QT_TRANSLATE_NOOP(
            "Workspace",
            "The workspace is busy: another window or program is writing to it (an import can "
            "take a while). Nothing was changed; try again in a moment.",
        )
    elif "readonly" in str(exc).lower():
        text = QT_TRANSLATE_NOOP(
            "Workspace",
            "The workspace cannot be written (it is read-only), so the change was not saved. "
            "Open a copy of it instead (File > Save a copy as).",
        )
    else:
        return None
    return Message("Workspace", text)


def file_size(path: Path) -> int:
    """The workspace with its write-ahead log: what a copy of it needs."""
    return sum(
        Path(f"{path}{suffix}").stat().st_size
        for suffix in ("", "-wal")
        if Path(f"{path}{suffix}").exists()
    )


def human_size(size: float) -> str:
    return f"{size / MB:.1f} MB" if size >= 0.1 * MB else f"{max(size, 0) / 1024:.0f} KB"


def ensure_free_space(folder: Path, needed: int, what: Message) -> None:
    """Raise :class:`DiskFull` unless ``needed`` bytes (plus a margin) are free in ``folder``."""
    needed = int(needed * 1.1) + 2 * MB  # SQLite's journal and the file system need a margin
    free = shutil.disk_usage(folder).free
    if free < needed:
        raise disk_full(folder, needed, free, what)


def disk_full(folder: Path, needed: int, free: int, what: Message) -> DiskFull:
    return DiskFull(
        _msg(
            QT_TRANSLATE_NOOP(
                "Workspace",
                "The disk is full: {what} needs about {needed} free in {folder}, but only "
                "{free} is free. Free up at least {missing} and try again. Nothing was changed.",
            ),
            what=what,
            needed=human_size(needed),
            folder=str(folder),
            free=human_size(free),
            missing=human_size(needed - free),
        )
    )
