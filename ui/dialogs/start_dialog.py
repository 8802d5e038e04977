"""The start screen: recent workspaces, a new one, another file, or the demo."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui import paths
from ui.widgets.screen_fit import fit_dialog


class StartDialog(QDialog):
    """``exec()`` returns Accepted with ``choice`` set to ("open", path), ("new", None),
    ("browse", None) or ("demo", None)."""

    def __init__(self, parent: QWidget | None = None, problem: str = "") -> None:
        super().__init__(parent)
        self.choice: tuple[str, Path | None] = ("", None)
        self.setWindowTitle(self.tr("MatrixDesk — start"))
        fit_dialog(self, QSize(560, 420), QSize(480, 360))
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("Welcome to MatrixDesk 出海产品矩阵"))
        title.setObjectName("pageTitle")
        layout.addWidget(title)
        if problem:
            warning = QLabel(problem)
            warning.setWordWrap(True)
            warning.setObjectName("warning")
            layout.addWidget(warning)
        layout.addWidget(QLabel(self.tr("Recent workspaces")))
        self.recent = QListWidget()
        for path in paths.recent_workspaces():
            item = QListWidgetItem(f"{path.stem}\n{path}")
            item.setData(Qt.ItemDataRole.UserRole, str(path))
            self.recent.addItem(item)
        if self.recent.count() == 0:
            empty = QListWidgetItem(
                self.tr("No recent workspaces yet: start with the demo or create your own.")
            )
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            self.recent.addItem(empty)
        self.recent.itemActivated.connect(self._open_item)
        layout.addWidget(self.recent, 1)
        buttons = QHBoxLayout()
        self.open_button = QPushButton(self.tr("Open selected"))
        self.open_button.clicked.connect(lambda: self._open_item(self.recent.currentItem()))
        self.new_button = QPushButton(self.tr("New workspace…"))
        self.new_button.clicked.connect(lambda: self._choose("new"))
        self.browse_button = QPushButton(self.tr("Open file…"))
        self.browse_button.clicked.connect(lambda: self._choose("browse"))
        self.demo_button = QPushButton(self.tr("Open the demo"))
        self.demo_button.clicked.connect(lambda: self._choose("demo"))
        for button in (self.open_button, self.new_button, self.browse_button, self.demo_button):
            buttons.addWidget(button)
        layout.addLayout(buttons)

    def _open_item(self, item: QListWidgetItem | None) -> None:
        if item is None or not item.data(Qt.ItemDataRole.UserRole):
            return
        self._choose("open", Path(item.data(Qt.ItemDataRole.UserRole)))

    def _choose(self, action: str, path: Path | None = None) -> None:
        self.choice = (action, path)
        self.accept()
