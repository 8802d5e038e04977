"""The page area while a workspace opens: its name and what is happening.

At the start it says "Opening <name>…" (the first paint shows it). A team workspace shows
"Connecting to <server>…" with a Cancel button, the demo "Writing the demo workspace…" with
its progress; when either fails or is cancelled, the page says why, naming the server, and
offers what to do next (ui/workspace_opening.py drives it). The window stays usable all along:
the work runs on a thread.

Nothing here may slow the first paint: the progress bar and the buttons are made when first
needed, and no Qt enum is touched before (see ui/step_list.py).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from urllib.parse import urlsplit

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QVBoxLayout, QWidget

# What the page shows: "opening" a file (the start), "connecting" to a team database,
# "writing" the demo, "failed" (also after a cancel).
OPENING, CONNECTING, WRITING, FAILED = "opening", "connecting", "writing", "failed"


def server_name(address: str) -> str:
    """The server of a ``postgresql://`` address as a seller knows it: host, and the port when
    it is not PostgreSQL's usual one (stdlib only: SQLAlchemy is not loaded at the first paint)."""
    try:
        parts = urlsplit(address)
        host, port = parts.hostname or "localhost", parts.port
    except ValueError:
        return address
    return host if port in (None, 5432) else f"{host}:{port}"


class OpeningPage(QWidget):
    """The page area while the workspace opens (``show_opening`` in ui/startup.py)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("openingPage")
        # Alignment from the style sheet: no Qt enum before the first paint (see step_list.py).
        self.setStyleSheet(
            "QLabel { qproperty-alignment: AlignCenter; }"
            "#openingTitle { font-size: 15pt; font-weight: 600; color: #1f2933; }"
            "#openingDetail { color: #5f6b7a; }"
            "#openingProblem { color: #b42318; }"
        )
        self.location: Path | str | None = None
        self.state = OPENING
        # the failure's kind and its reason (rendered again in the language of the moment)
        self.failure: tuple[str, Callable[[], str]] = ("", str)
        self.done, self.total, self.step_text = 0, 0, ""
        self.layout_ = QVBoxLayout(self)
        self.layout_.addStretch(2)
        self.title = QLabel(objectName="openingTitle", wordWrap=True)
        self.detail = QLabel(objectName="openingDetail", wordWrap=True)
        self.layout_.addWidget(self.title)
        self.layout_.addWidget(self.detail)
        self.layout_.addStretch(3)
        self.problem: QLabel | None = None
        self.progress: QProgressBar | None = None
        self.buttons: dict[str, QPushButton] = {}
        self.actions: dict[str, Callable[[], None]] = {}
        self.retranslate()

    # --- states -----------------------------------------------------------------------
    def set_location(self, location: Path | str | None) -> None:
        self.location = location
        self._enter(OPENING, {})

    def connecting(self, address: str, cancel: Callable[[], None]) -> None:
        """ "Connecting to <server>…", a busy bar and Cancel."""
        self.location = address
        self._enter(CONNECTING, {"cancel": cancel})
        self._progress_bar().setRange(0, 0)  # busy: how long a server takes is unknown

    def writing_demo(self) -> None:
        """ "Writing the demo workspace…" and how far it is."""
        self.location = None
        self.done, self.total, self.step_text = 0, 0, ""
        self._enter(WRITING, {})
        self._progress_bar().setRange(0, 0)

    def set_progress(self, done: int, total: int, text: str) -> None:
        self.done, self.total, self.step_text = done, total, text
        if self.progress is not None and self.state == WRITING:
            self.progress.setRange(0, max(total, 0))
            self.progress.setValue(min(done, total) if total else 0)
            self.retranslate()

    def failed(
        self, kind: str, reason: Callable[[], str], actions: dict[str, Callable[[], None]]
    ) -> None:
        """Why it did not open (``kind``: "connect", "cancelled" or "demo"), and the buttons
        for what to do next (keys: "again", "connect", "local")."""
        self.failure = (kind, reason)
        self._enter(FAILED, actions)

    def _enter(self, state: str, actions: dict[str, Callable[[], None]]) -> None:
        self.state = state
        self.actions = actions
        if state in (CONNECTING, WRITING) or self.progress is not None:
            self._progress_bar().setVisible(state in (CONNECTING, WRITING))
        if actions or self.buttons:
            self._make_buttons()
            for key, button in self.buttons.items():
                button.setVisible(key in actions)
        if self.problem is not None or state == FAILED:
            self._problem_label().setVisible(state == FAILED)
        self.retranslate()

    # --- widgets made when first needed ------------------------------------------------
    def _progress_bar(self) -> QProgressBar:
        if self.progress is None:
            self.progress = QProgressBar()
            self.progress.setTextVisible(False)
            self.progress.setMaximumWidth(420)
            row = QHBoxLayout()
            row.addStretch(1)
            row.addWidget(self.progress, 2)
            row.addStretch(1)
            self.layout_.insertLayout(3, row)
        return self.progress

    def _problem_label(self) -> QLabel:
        if self.problem is None:
            self.problem = QLabel(objectName="openingProblem", wordWrap=True)
            self.problem.setMaximumWidth(640)
            row = QHBoxLayout()
            row.addStretch(1)
            row.addWidget(self.problem, 4)
            row.addStretch(1)
            self.layout_.insertLayout(3, row)
        return self.problem

    def _make_buttons(self) -> None:
        if self.buttons:
            return
        row = QHBoxLayout()
        row.addStretch(1)
        for key in ("again", "connect", "local", "cancel"):
            button = QPushButton(objectName=f"opening_{key}")
            button.clicked.connect(lambda _checked=False, k=key: self._clicked(k))
            button.hide()
            self.buttons[key] = button
            row.addWidget(button)
        row.addStretch(1)
        self.layout_.insertLayout(self.layout_.count() - 1, row)

    def _clicked(self, key: str) -> None:
        action = self.actions.get(key)
        if action is not None:
            action()

    # --- texts ------------------------------------------------------------------------
    def retranslate(self) -> None:
        location = self.location
        if self.state == CONNECTING:
            address = str(location)
            self.title.setText(
                self.tr("Connecting to {server}…").format(server=server_name(address))
            )
            self.detail.setText(
                self.tr(
                    "Logging in, checking your rights and the team workspace's version.\n"
                    "{address}\nThe window stays usable; Cancel stops waiting."
                ).format(address=address)
            )
        elif self.state == WRITING:
            self.title.setText(self.tr("Writing the demo workspace…"))
            detail = self.tr(
                "A sample seller with about 100 SKUs, to try every step on. This takes a few "
                "seconds."
            )
            if self.total and self.done >= self.total:
                detail += "\n" + self.tr("Last: the sales history, goals and candidates…")
            elif self.step_text:
                detail += "\n" + self.tr("Product {done} of {total}: {item}").format(
                    done=self.done, total=self.total, item=self.step_text
                )
            self.detail.setText(detail)
        elif self.state == FAILED:
            self._retranslate_failure()
        elif location is None:
            self.title.setText(self.tr("Opening MatrixDesk…"))
            self.detail.setText("")
        else:
            name = Path(location).stem if isinstance(location, Path) else str(location)
            self.title.setText(self.tr("Opening {name}…").format(name=name))
            self.detail.setText(
                self.tr("Checking the file and reading where each step stands.\n{location}").format(
                    location=location
                )
            )
        labels = {
            "again": self.tr("Try again"),
            "connect": self.tr("Connect to a team workspace…"),
            "local": self.tr("Open a local workspace…"),
            "cancel": self.tr("Cancel"),
        }
        for key, button in self.buttons.items():
            button.setText(labels[key])

    def _retranslate_failure(self) -> None:
        kind, reason = self.failure
        server = server_name(str(self.location)) if self.location is not None else ""
        if kind == "cancelled":
            self.title.setText(self.tr("Not connected to {server}").format(server=server))
            self.detail.setText(self.tr("You stopped waiting for the server."))
        elif kind == "demo":
            self.title.setText(self.tr("Cannot write the demo workspace"))
            self.detail.setText("")
        else:
            self.title.setText(self.tr("Cannot connect to {server}").format(server=server))
            self.detail.setText(str(self.location or ""))
        if self.problem is not None:
            text = reason()
            self.problem.setText(text)
            self.problem.setVisible(bool(text))  # nothing to say after a cancel

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
