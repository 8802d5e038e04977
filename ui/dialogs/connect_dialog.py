"""File > Connect to a team workspace: host, port, database, user and password.

The connection is tried when OK is pressed; an unreachable server or a wrong password is said
inside the dialog, which stays open (the window behind keeps its local workspace). The password
goes to the operating system's keychain when the person asks for it, never to a file.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.engine import URL

from core import credentials
from core.team_db import public_address
from core.workspace import Workspace, WorkspaceError
from ui.errors import error_text


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
        from core.team_db import open_team_workspace

        if not self.database_edit.text().strip() or not self.user_edit.text().strip():
            self._say(self.tr("Fill in the database and your user name."))
            return
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.workspace = open_team_workspace(self.address(), self.password_edit.text())
        except WorkspaceError as exc:
            self._say(error_text(exc))
            return
        finally:
            QApplication.restoreOverrideCursor()
        if self.remember.isChecked() and self.password_edit.text():
            credentials.save_password(self.address(), self.password_edit.text())
        elif not self.remember.isChecked():
            credentials.forget_password(self.address())
        super().accept()

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

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
