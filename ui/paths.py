"""Where the app keeps its files: the platform's user data folder (QStandardPaths)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

RECENT_KEY = "workspaces/recent"
MAX_RECENT = 8


def store(key: str, value: object) -> None:
    """``QSettings().setValue``, skipped when that value is stored already: a QSettings that
    changed writes its file when it goes (~20 ms: a lock file, a new file, a rename), and the
    start stores the language, the step and the recent workspace, mostly unchanged."""
    settings = QSettings()
    stored = settings.value(key)
    if isinstance(value, list) and isinstance(stored, str):
        stored = [stored]  # a one-item list comes back from the file as its item
    if stored != value:
        settings.setValue(key, value)


def data_dir() -> Path:
    from PySide6.QtCore import QStandardPaths  # its enums: not before the window's first paint

    folder = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def workspaces_dir() -> Path:
    folder = data_dir() / "workspaces"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def demo_path() -> Path:
    return workspaces_dir() / "demo.matrixdesk"


def log_path() -> Path:
    return data_dir() / "matrixdesk.log"


def is_address(value: str) -> bool:
    return value.startswith(("postgresql://", "postgres://"))


def recent_entries() -> list[str]:
    """Recent workspaces, newest first: files that still exist and team workspace addresses
    (user@server/database, never a password)."""
    values = QSettings().value(RECENT_KEY, []) or []
    if isinstance(values, str):
        values = [values]
    return [str(v) for v in values if is_address(str(v)) or Path(v).exists()]


def recent_workspaces() -> list[Path]:
    return [Path(v) for v in recent_entries() if not is_address(v)]


def remember_workspace(location: Path | str) -> None:
    entries = [str(location)] + [e for e in recent_entries() if e != str(location)]
    store(RECENT_KEY, entries[:MAX_RECENT])


def forget_workspace(location: Path | str) -> None:
    QSettings().setValue(RECENT_KEY, [e for e in recent_entries() if e != str(location)])
