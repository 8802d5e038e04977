"""Unexpected errors: written to the log file and shown in a friendly dialog; the app goes on."""

from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path

from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from core.i18n import QT_TRANSLATE_NOOP, Message

log = logging.getLogger("matrixdesk")


def setup_logging(path: Path) -> None:
    from logging.handlers import RotatingFileHandler  # ~10 ms: after the window's first paint

    handler = RotatingFileHandler(path, maxBytes=2_000_000, backupCount=3, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)


class ErrorDialog(QDialog):
    def __init__(self, summary: str, details: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Something went wrong"))
        self.details = details
        layout = QVBoxLayout(self)
        text = QLabel(
            self.tr(
                "MatrixDesk hit an unexpected problem. Your data is safe: every change "
                "you made before this was already saved."
            )
            + "\n\n"
            + summary
        )
        text.setWordWrap(True)
        layout.addWidget(text)
        self.details_view = QPlainTextEdit(details)
        self.details_view.setReadOnly(True)
        self.details_view.setMinimumSize(560, 180)
        layout.addWidget(self.details_view)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = buttons.addButton(
            self.tr("Copy details"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.copy_button.clicked.connect(self.copy_details)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)

    def copy_details(self) -> None:
        QApplication.clipboard().setText(self.details)
        self.copy_button.setText(self.tr("Copied"))


def show_exception(exc_type, exc, tb, parent: QWidget | None = None) -> None:
    from core.workspace_guard import storage_problem  # SQLAlchemy: not before the first paint

    details = "".join(traceback.format_exception(exc_type, exc, tb))
    # A busy, full or read-only file is not a bug: a plain message instead of the crash dialog.
    problem = storage_problem(exc) if exc is not None else None
    if problem is not None:
        log.warning("Could not save\n%s", details)
        if QApplication.instance() is not None:
            _show_storage_problem(problem, parent)
        return
    log.error("Unexpected error\n%s", details)
    if QApplication.instance() is None:
        return
    dialog = ErrorDialog(f"{exc_type.__name__}: {exc}", details, parent)
    from PySide6.QtCore import Qt  # Qt's namespace builds 93 enums: not before the first paint

    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    # Keep the Python wrapper alive while the dialog is open (it may have no parent).
    _open_dialogs.add(dialog)
    dialog.finished.connect(lambda _result: _open_dialogs.discard(dialog))
    dialog.open()


_open_dialogs: set[QDialog] = set()


def _show_storage_problem(problem: Message, parent: QWidget | None) -> None:
    from ui.i18n import translate

    box = QMessageBox(
        QMessageBox.Icon.Warning,
        translate("ErrorDialog", QT_TRANSLATE_NOOP("ErrorDialog", "Could not save")),
        problem.render(translate),
        QMessageBox.StandardButton.Ok,
        parent,
    )
    from PySide6.QtCore import Qt

    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    _open_dialogs.add(box)
    box.finished.connect(lambda _result: _open_dialogs.discard(box))
    box.open()


def install_excepthook() -> None:
    def hook(exc_type, exc, tb):
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        show_exception(exc_type, exc, tb, QApplication.activeWindow())

    sys.excepthook = hook


def warn(parent: QWidget | None, title: str, message: Message | str) -> None:
    """An expected problem (bad file, invalid value): a plain, translated message."""
    from ui.i18n import translate

    text = message.render(translate) if isinstance(message, Message) else message
    QMessageBox.warning(parent, title, text)


def error_text(exc: BaseException) -> str:
    """The translated text of an expected error raised by core (Message-carrying or not)."""
    from ui.i18n import translate

    message = getattr(exc, "message", None)
    if isinstance(message, Message):
        return message.render(translate)
    if exc.args and isinstance(exc.args[0], Message):
        return exc.args[0].render(translate)
    return str(exc)
