"""Start the desktop app: Qt application, language, error handling, first workspace.

The window paints before the workspace side is imported or any file is opened (ui/startup.py):
only PySide6 and a few small modules load before the first paint."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from core import __version__
from core.resources import resource_path
from ui import paths
from ui.fonts import use_cjk_capable_font
from ui.i18n import LanguageSwitcher, saved_language
from ui.main_window import MainWindow
from ui.startup import after_first_paint, import_in_background


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


def show_main_window(
    languages: LanguageSwitcher, argv: list[str], after_paint: Callable[[], None] = lambda: None
) -> MainWindow:
    """The main window shown with "Opening…"; right after its first paint ``after_paint``,
    the rest of the window (``complete``) and the first workspace (``open_first``)."""
    window = MainWindow(languages, deferred=True)
    requested = Path(argv[0]) if argv and not argv[0].startswith("-") else None
    recent = paths.recent_workspaces()
    window.show_opening(requested or (recent[0] if recent else None))  # None: the demo
    window.show()

    def open_after_paint() -> None:
        import_in_background(window, lambda: open_first(window, requested, recent))
        after_paint()
        window.complete()

    after_first_paint(window, open_after_paint)
    return window


def open_first(window: MainWindow, requested: Path | None, recent: list[Path]) -> None:
    """The workspace asked for, else the last one used, else the demo; the start screen when
    the one asked for cannot be opened (its problem dialogs come first, from open_path)."""
    from PySide6.QtCore import Qt

    window.setCursor(Qt.CursorShape.WaitCursor)  # the window only: not on the problem dialogs
    try:
        if requested is not None:
            opened = window.open_path(requested)
        else:
            opened = bool(recent) and window.open_path(recent[0])
            if not opened and paths.demo_path().exists():
                window.open_demo()  # an existing demo opens at once
                opened = True  # (or said why it could not)
    finally:
        window.unsetCursor()
    window.show_last_step()
    if not opened:
        if requested is not None:
            window.show_start_screen()
        else:
            window.open_demo()  # written by a job: the page shows it when it is done


def run_app(argv: list[str]) -> int:
    app, _window = start(argv)
    return app.exec()
