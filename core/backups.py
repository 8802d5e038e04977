"""Backups of a workspace: taken before every upgrade and import, kept within a size budget,
listed and restored.

They live in the ``backups`` folder beside the workspace, named
``NAME.REASON.YYYYMMDD-HHMMSS-micro.matrixdesk``. A backup is written to ``….part`` and renamed
only when complete, so a full disk never leaves a 0-byte or half backup behind. The policy
keeps the newest :data:`KEEP_NEWEST` backups of a workspace and drops older ones beyond a total
of :func:`budget` bytes; the newest backup is always kept. Copies set aside when a damaged file
was restored (reason ``damaged``) are never removed automatically.
"""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from core.i18n import QT_TRANSLATE_NOOP, Message
from core.workspace_guard import (
    MB,
    WorkspaceError,
    disk_full,
    ensure_free_space,
    file_size,
    is_disk_full_error,
    quick_check,
)

SUFFIX = ".matrixdesk"
FOLDER = "backups"
KEEP_NEWEST = 10
MIN_BUDGET = 200 * MB  # small workspaces may keep all ten
DAMAGED = "damaged"


@dataclass(frozen=True)
class Backup:
    path: Path
    reason: str
    taken_at: datetime
    size: int


def folder_of(workspace_path: Path) -> Path:
    return workspace_path.parent / FOLDER


def budget(workspace_path: Path) -> int:
    """Total bytes the backups of a workspace may take: twice the workspace, at least 200 MB."""
    return max(MIN_BUDGET, 2 * file_size(workspace_path))


def list_backups(workspace_path: Path) -> list[Backup]:
    """The backups of this workspace, newest first."""
    folder = folder_of(workspace_path)
    found = []
    for path in folder.glob(f"{workspace_path.stem}.*{SUFFIX}"):
        parts = path.name[: -len(SUFFIX)].split(".")
        if len(parts) < 3 or ".".join(parts[:-2]) != workspace_path.stem:
            continue  # another workspace whose name starts the same way
        try:
            taken_at = datetime.strptime(parts[-1], "%Y%m%d-%H%M%S-%f")
            size = path.stat().st_size
        except (ValueError, OSError):
            continue
        found.append(Backup(path, parts[-2], taken_at, size))
    return sorted(found, key=lambda b: b.taken_at, reverse=True)


def _what_backup() -> Message:
    return Message("Workspace", QT_TRANSLATE_NOOP("Workspace", "the backup"))


def make_backup(workspace_path: Path, reason: str, extra_space: int = 0) -> Path:
    """Copy the workspace consistently (SQLite's backup API) into ``backups/``.

    ``extra_space``: bytes the caller will need after the backup (e.g. for the import), checked
    together so that a backup is not taken for an import that cannot fit.
    """
    folder = folder_of(workspace_path)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise _folder_not_writable(folder) from exc
    if not os.access(folder, os.W_OK):
        raise _folder_not_writable(folder)
    ensure_free_space(folder, file_size(workspace_path) + extra_space, _what_backup())
    # A backup cut short by a crash (the process killed mid-copy) left its .part: not a backup.
    for stale in folder.glob(f"{workspace_path.stem}.*{SUFFIX}.part"):
        stale.unlink(missing_ok=True)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = folder / f"{workspace_path.stem}.{reason}.{stamp}{SUFFIX}"
    partial = target.with_name(target.name + ".part")
    try:
        _copy_database(workspace_path, partial)
        partial.replace(target)
    except (OSError, sqlite3.Error) as exc:
        partial.unlink(missing_ok=True)
        if is_disk_full_error(exc):
            free = _free(folder)
            raise disk_full(folder, file_size(workspace_path), free, _what_backup()) from exc
        raise _folder_not_writable(folder) from exc
    apply_policy(workspace_path)
    return target


def _free(folder: Path) -> int:
    import shutil

    return shutil.disk_usage(folder).free


def _copy_database(source_path: Path, target: Path) -> None:
    target.unlink(missing_ok=True)
    source = sqlite3.connect(source_path)
    try:
        dest = sqlite3.connect(target)
        try:
            source.backup(dest)
        finally:
            dest.close()
    finally:
        source.close()


def _folder_not_writable(folder: Path) -> WorkspaceError:
    return WorkspaceError(
        Message(
            "Workspace",
            QT_TRANSLATE_NOOP(
                "Workspace",
                "Cannot write a backup into {folder}: the folder is read-only. Nothing was "
                "changed; make the folder writable or open a copy of the workspace elsewhere.",
            ),
            {"folder": str(folder)},
        )
    )


def apply_policy(workspace_path: Path) -> list[Path]:
    """Remove old backups beyond the newest ten and the size budget; returns the removed."""
    kept_size, removed = 0, []
    limit = budget(workspace_path)
    regular = [b for b in list_backups(workspace_path) if b.reason != DAMAGED]
    for index, backup in enumerate(regular):
        if index == 0 or (index < KEEP_NEWEST and kept_size + backup.size <= limit):
            kept_size += backup.size
            continue
        try:
            backup.path.unlink()
            removed.append(backup.path)
        except OSError:
            pass  # a read-only backups folder: the next backup says so
    return removed


def is_good(backup: Backup) -> bool:
    """Does the backup open and pass SQLite's quick check?"""
    try:
        conn = sqlite3.connect(f"file:{backup.path}?mode=ro", uri=True)
    except sqlite3.Error:
        return False
    try:
        return not quick_check(conn)
    finally:
        conn.close()


def restore_backup(workspace_path: Path, backup: Path) -> Path:
    """Put ``backup`` in place of the workspace; the current file is first set aside in
    ``backups/`` as ``NAME.damaged.STAMP.matrixdesk`` (with its -wal), never deleted.
    Returns the path of the set-aside copy."""
    folder = folder_of(workspace_path)
    ensure_free_space(folder, file_size(workspace_path) + backup.stat().st_size, _what_backup())
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    aside = folder / f"{workspace_path.stem}.{DAMAGED}.{stamp}{SUFFIX}"
    for suffix in ("", "-wal", "-shm"):
        current = Path(f"{workspace_path}{suffix}")
        if current.exists():
            os.replace(current, f"{aside}{suffix}")
    partial = workspace_path.with_name(workspace_path.name + ".part")
    try:
        _copy_database(backup, partial)
        partial.replace(workspace_path)
    except (OSError, sqlite3.Error):
        partial.unlink(missing_ok=True)
        os.replace(aside, workspace_path)  # put the original back rather than leave nothing
        raise
    return aside
