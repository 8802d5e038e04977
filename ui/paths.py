"""Where the app keeps its files: the platform's user data folder (QStandardPaths)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths

RECENT_KEY = "workspaces/recent"
MAX_RECENT = 8


def data_dir() -> Path:
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


def recent_workspaces() -> list[Path]:
    values = QSettings().value(RECENT_KEY, []) or []
    if isinstance(values, str):
        values = [values]
    return [Path(v) for v in values if Path(v).exists()]


def remember_workspace(path: Path) -> None:
    paths = [str(path)] + [str(p) for p in recent_workspaces() if p != path]
    QSettings().setValue(RECENT_KEY, paths[:MAX_RECENT])


def forget_workspace(path: Path) -> None:
    QSettings().setValue(RECENT_KEY, [str(p) for p in recent_workspaces() if p != path])
