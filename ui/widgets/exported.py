"""After an export: say where the file went and offer to open it or its folder."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QLabel, QWidget


def open_path(path: Path) -> bool:
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def saved_text(path: Path) -> str:
    """ "Saved X — open the file · open its folder" with links ``file`` and ``folder``."""
    return QCoreApplication.translate(
        "Exported",
        'Saved {name} — <a href="file">open the file</a> · <a href="folder">open its folder</a>',
    ).format(name=path.name)


def follow_link(link: str, path: Path) -> bool:
    return open_path(path if link == "file" else path.parent)


class ExportedNote(QLabel):
    """A one-line note with the two links; hidden until something was exported."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path: Path | None = None
        self.setObjectName("hint")
        self.linkActivated.connect(self._follow)
        self.hide()

    def show_path(self, path: Path | str) -> None:
        self.path = Path(path)
        self.retranslate()
        self.show()

    def retranslate(self) -> None:
        if self.path is not None:
            self.setText(saved_text(self.path))

    def _follow(self, link: str) -> None:
        if self.path is not None:
            follow_link(link, self.path)
