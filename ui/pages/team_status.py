"""The Team page's guided path: the card an empty team starts from, a checklist strip of what
is missing, and the RACI warnings."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from core import team
from ui.i18n import translate
from ui.widgets.flow_layout import FlowLayout


def status_label(object_name: str = "", wrap: bool = True) -> QLabel:
    label = QLabel()
    label.setObjectName(object_name)
    label.setWordWrap(wrap)
    return label


def clear_layout(layout) -> None:
    while layout.count():
        item = layout.takeAt(0)
        if item.widget() is not None:
            item.widget().hide()  # deleteLater alone would leave it painted until the next loop
            item.widget().deleteLater()


class TeamChecklist(QWidget):
    """One chip per thing the step needs: green when done, orange while missing."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.row = FlowLayout(self)  # the chips wrap on a narrow page instead of widening it

    def show_state(self, member_count: int, missing_roles: list[str], warning_count: int) -> None:
        clear_layout(self.row)
        items: list[tuple[bool, str]] = []
        if member_count:
            items.append((True, self.tr("✓ {count} team members").format(count=member_count)))
        else:
            items.append((False, self.tr("Add your team members")))
        if missing_roles:
            names = self.tr(", ").join(translate("Team", team.ROLES[r]) for r in missing_roles)
            items.append((False, self.tr("Missing core roles: {roles}").format(roles=names)))
        else:
            items.append((True, self.tr("✓ All five core roles are filled")))
        if not member_count:
            items.append((False, self.tr("Fill the RACI matrix")))
        elif warning_count:
            text = self.tr("{count} steps or duties need exactly one Accountable")
            items.append((False, text.format(count=warning_count)))
        else:
            items.append((True, self.tr("✓ One Accountable for every step and duty")))
        for done, text in items:
            label = status_label("ok" if done else "warning", wrap=False)
            label.setText(text)
            self.row.addWidget(label)

    def texts(self) -> list[str]:
        labels = (self.row.itemAt(i).widget() for i in range(self.row.count()))
        return [w.text() for w in labels if isinstance(w, QLabel)]


class RaciWarningsPanel(QWidget):
    """The warnings of the matrix, two per line, or an "all clear" once there are none."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.grid = QGridLayout()
        self.grid.setContentsMargins(0, 0, 4, 0)
        holder = QWidget()
        holder_box = QVBoxLayout(holder)
        holder_box.setContentsMargins(0, 0, 0, 0)
        holder_box.addLayout(self.grid)
        holder_box.addStretch(1)
        self.scroll = QScrollArea()
        self.scroll.setWidget(holder)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        layout.addWidget(self.scroll)

    def show_warnings(self, warnings: list[team.RaciWarning], has_members: bool) -> None:
        clear_layout(self.grid)
        for number, warning in enumerate(warnings):
            label = status_label("warning")
            label.setText(warning.render(translate))
            self.grid.addWidget(label, number // 2, number % 2)
        if has_members and not warnings:
            label = status_label("ok")
            label.setText(
                self.tr("All clear: every step and duty has exactly one Accountable person.")
            )
            self.grid.addWidget(label, 0, 0, 1, 2)
        lines = max(1, (len(warnings) + 1) // 2)
        self.scroll.setFixedHeight(min(lines, 3) * 38)

    def labels(self) -> list[QLabel]:
        widgets = (self.grid.itemAt(i).widget() for i in range(self.grid.count()))
        return [w for w in widgets if isinstance(w, QLabel)]

    def warning_texts(self) -> list[str]:
        return [w.text() for w in self.labels() if w.objectName() == "warning"]


class TeamEmptyState(QFrame):
    """What an empty team shows: start with the proposed team, or add members one by one."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        box = QVBoxLayout(self)
        self.title = status_label("sectionTitle")
        self.text = status_label()
        self.start_button = QPushButton()
        self.start_button.setDefault(True)
        self.start_button.setMinimumHeight(36)
        self.add_button = QPushButton()
        buttons = QWidget()
        row = FlowLayout(buttons)  # the two buttons wrap on a narrow page
        row.addWidget(self.start_button)
        row.addWidget(self.add_button)
        for widget in (self.title, self.text, buttons):
            box.addWidget(widget)
        box.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Your team is still empty"))
        self.text.setText(
            self.tr(
                "The product matrix is planned by a cross-functional team: product manager, "
                "operations, purchasing, finance and legal/compliance (design and customer service "
                "are optional). Start with the proposed team: you type the names, MatrixDesk fills "
                "a responsibility matrix you can change afterwards."
            )
        )
        self.start_button.setText(self.tr("Start with the proposed team…"))
        self.add_button.setText(self.tr("Add members one by one…"))
