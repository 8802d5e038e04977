"""Start the desktop app: Qt application, language, error handling, first workspace."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication

from core import __version__
from core.resources import resource_path
from ui import paths
from ui.errors import install_excepthook, setup_logging
from ui.fonts import use_cjk_capable_font
from ui.i18n import LanguageSwitcher, saved_language
from ui.main_window import MainWindow


def create_application(argv: list[str]) -> QApplication:
    QCoreApplication.setOrganizationName("MatrixDesk")
    QCoreApplication.setApplicationName("MatrixDesk")
    QCoreApplication.setApplicationVersion(__version__)
    app = QApplication.instance() or QApplication(["matrixdesk", *argv])
    use_cjk_capable_font(app)
    style = resource_path("style.qss")
    if style.exists():
        app.setStyleSheet(style.read_text(encoding="utf-8"))
    return app


def run_app(argv: list[str]) -> int:
    app = create_application(argv)
    setup_logging(paths.log_path())
    install_excepthook()
    languages = LanguageSwitcher()
    languages.switch(saved_language())
    window = MainWindow(languages)
    window.show()

    requested = Path(argv[0]) if argv and not argv[0].startswith("-") else None
    recent = paths.recent_workspaces()

    def open_first() -> None:
        if requested is not None:
            if not window.open_path(requested):
                window.show_start_screen()
        elif recent:
            if not window.open_path(recent[0]):
                window.open_demo()
        else:
            window.open_demo()

    QTimer.singleShot(0, open_first)
    logging.getLogger("matrixdesk").info("MatrixDesk %s started", __version__)
    return app.exec()
