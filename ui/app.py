"""Start the desktop app: Qt application, language, error handling, first workspace.

The window paints before the workspace side is imported or any file is opened (ui/startup.py):
only PySide6 and a few small modules load before the first paint."""

from __future__ import annotations

import logging
import os
import sys
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from core import __version__
from core.resources import resource_path
from ui import paths
from ui.fonts import use_language_fonts
from ui.i18n import LanguageSwitcher, saved_language
from ui.startup import show_main_window

if TYPE_CHECKING:
    from ui.main_window import MainWindow


UI_SWITCH_INTERVAL = 0.0002  # seconds (1 ms still left 0.2 s stalls at 100k SKUs)


def create_application(argv: list[str]) -> QApplication:
    QCoreApplication.setOrganizationName("MatrixDesk")
    QCoreApplication.setApplicationName("MatrixDesk")
    QCoreApplication.setApplicationVersion(__version__)
    app = QApplication.instance() or QApplication(["matrixdesk", *argv])
    # A job's thread running Python (step 2's review of 100,000 SKUs) keeps the interpreter
    # lock up to the switch interval each time the UI thread asks for it; a table repaint asks
    # for it once per cell, so 5 ms (Python's default) turned into 0.2-0.3 s stalls.
    sys.setswitchinterval(UI_SWITCH_INTERVAL)
    use_language_fonts(app, saved_language())
    style = resource_path("style.qss")
    if style.exists():
        app.setStyleSheet(style.read_text(encoding="utf-8"))
    return app


def start(argv: list[str]) -> tuple[QApplication, MainWindow]:
    """The application with its window shown; the first workspace opens after its first
    paint (``run_app`` runs the event loop; the first-paint benchmark and test use this)."""
    app = create_application(argv)
    languages = LanguageSwitcher()
    languages.switch(saved_language())

    def errors_to_the_log() -> None:  # logging.handlers, the data folder, ui.errors: ~20 ms
        from ui.errors import install_excepthook, setup_logging

        setup_logging(paths.log_path())
        install_excepthook()
        logging.getLogger("matrixdesk").info("MatrixDesk %s started", __version__)

    return app, show_main_window(languages, argv, errors_to_the_log)


def run_app(argv: list[str]) -> int:
    app, _window = start(argv)
    return leave(app.exec())


def leave(code: int) -> int:
    """The event loop has ended: the running jobs stop, or, when one still waits (a read on a
    team server gone quiet), the process ends without destroying its thread (Qt would abort
    it, "QThread: Destroyed while thread is still running")."""
    from ui.job_runner import stop_jobs

    if not stop_jobs():
        logging.getLogger("matrixdesk").info("quit with a job still waiting")
        logging.shutdown()
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(code)
    return code
