"""File > Connect to a team workspace: host, port, database, user and password.

The connection is tried when OK is pressed, on a thread (ui/workspace_opening.py): the dialog
says "Connecting to <server>…" and the window stays usable; Cancel stops waiting (the dialog
stays open, a second Cancel closes it). An unreachable server, a wrong password or a timeout is
said inside the dialog, which stays open (the window behind keeps its local workspace). The
password goes to the operating system's keychain when the person asks for it, never to a file.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.engine import URL

from core import credentials
from core.jobs import Progress
from core.team_db import public_address
from core.workspace import Workspace
from ui.opening_page import server_name
from ui.workspace_opening import OffThread, failure_text


def team_address(host: str, port: int, database: str, user: str) -> str:
    url = URL.create("postgresql", username=user, host=host, port=port, database=database)
    return public_address(url)


class ConnectDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, address: str = "") -> None:
        super().__init__(parent)
        self.workspace: Workspace | None = None
        self.setMinimumWidth(480)
        layout = QVBoxLayout(self)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        self.form = QFormLayout()
        self.host_edit = QLineEdit()
        self.port_spin = QSpinBox()
        self.port_spin.setRange(1, 65535)
        self.port_spin.setValue(5432)
        self.database_edit = QLineEdit()
        self.user_edit = QLineEdit()
        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.labels = [QLabel() for _ in range(5)]
        editors = (
            self.host_edit,
            self.port_spin,
            self.database_edit,
            self.user_edit,
            self.password_edit,
        )
        for label, editor in zip(self.labels, editors, strict=True):
            label.setBuddy(editor)
            self.form.addRow(label, editor)
        layout.addLayout(self.form)
        self.remember = QCheckBox()
        self.keychain = credentials.keychain_available()
        self.remember.setChecked(self.keychain)
        self.remember.setEnabled(self.keychain)
        layout.addWidget(self.remember)
        self.no_keychain = QLabel()
        self.no_keychain.setWordWrap(True)
        self.no_keychain.setVisible(not self.keychain)
        layout.addWidget(self.no_keychain)
        self.problem = QLabel()
        self.problem.setObjectName("warning")
        self.problem.setWordWrap(True)
        self.problem.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.problem.hide()
        layout.addWidget(self.problem)
        self.status = QLabel(wordWrap=True)  # "Connecting to <server>…" while it connects
        self.busy = QProgressBar(textVisible=False)
        self.busy.setRange(0, 0)
        for widget in (self.status, self.busy):
            widget.hide()
            layout.addWidget(widget)
        self.attempt: OffThread | None = None
        self.connecting_to = ""
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        if address:
            self.fill(address)
        self.retranslate()

    def fill(self, address: str) -> None:
        from core.team_db import server_url

        url = server_url(address)
        self.host_edit.setText(url.host or "")
        self.port_spin.setValue(url.port or 5432)
        self.database_edit.setText(url.database or "")
        self.user_edit.setText(url.username or "")
        saved = credentials.saved_password(self.address())
        if saved:
            self.password_edit.setText(saved)

    def address(self) -> str:
        return team_address(
            self.host_edit.text().strip() or "localhost",
            self.port_spin.value(),
            self.database_edit.text().strip(),
            self.user_edit.text().strip(),
        )

    def accept(self) -> None:
        if self.attempt is not None:
            return  # already connecting
        if not self.database_edit.text().strip() or not self.user_edit.text().strip():
            self._say(self.tr("Fill in the database and your user name."))
            return
        address, password = self.address(), self.password_edit.text()

        def work(_progress: Progress) -> Workspace:
            from core import team_db

            return team_db.open_team_workspace(address, password)

        def then(workspace: Workspace | None, error: BaseException | None) -> None:
            self.attempt = None
            self._show_connecting("")
            if workspace is None:
                assert error is not None
                logging.getLogger("matrixdesk").warning(
                    "Cannot connect to %s", address, exc_info=error
                )
                self._say(failure_text(error, address))
                return
            self.workspace = workspace
            if self.remember.isChecked() and password:
                credentials.save_password(address, password)
            elif not self.remember.isChecked():
                credentials.forget_password(address)
            super(ConnectDialog, self).accept()

        self.problem.hide()
        self._show_connecting(address)
        self.attempt = OffThread(self, work, then).start()

    def reject(self) -> None:
        """Cancel while connecting stops waiting and keeps the dialog open."""
        if self.attempt is not None:
            server = server_name(self.connecting_to)
            self._stop_waiting()
            self._say(self.tr("Stopped waiting for {server}.").format(server=server))
            return
        super().reject()

    def done(self, result: int) -> None:
        self._stop_waiting()  # closed by other means (its window closed): nobody waits
        super().done(result)

    def _stop_waiting(self) -> None:
        attempt, self.attempt = self.attempt, None
        if attempt is not None:
            attempt.abandon()
            self._show_connecting("")

    def _show_connecting(self, address: str) -> None:
        """The form is locked and the dialog says "Connecting to <server>…" (``address``),
        or back to the form ("")."""
        self.connecting_to = address
        for editor in (
            self.host_edit,
            self.port_spin,
            self.database_edit,
            self.user_edit,
            self.password_edit,
            self.remember,
        ):
            editor.setEnabled(not address and (editor is not self.remember or self.keychain))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not address)
        self.status.setVisible(bool(address))
        self.busy.setVisible(bool(address))
        self._retranslate_status()

    def _retranslate_status(self) -> None:
        if self.connecting_to:
            self.status.setText(
                self.tr("Connecting to {server}… Cancel stops waiting.").format(
                    server=server_name(self.connecting_to)
                )
            )

    def _say(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.show()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Connect to a team workspace"))
        self.intro.setText(
            self.tr(
                "A team workspace lives on your team's PostgreSQL server. Ask its owner for "
                "the address and your user name."
            )
        )
        for label, text in zip(
            self.labels,
            (
                self.tr("&Server:"),
                self.tr("&Port:"),
                self.tr("&Database:"),
                self.tr("&User:"),
                self.tr("Pass&word:"),
            ),
            strict=True,
        ):
            label.setText(text)
        self.host_edit.setPlaceholderText(self.tr("e.g. db.myshop.cn or 192.168.1.20"))
        self.remember.setText(self.tr("Remember the password in this computer's keychain"))
        self.no_keychain.setText(
            self.tr(
                "This computer has no keychain MatrixDesk can use, so the password is not "
                "saved: you will be asked for it each time."
            )
        )
        self._retranslate_status()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
