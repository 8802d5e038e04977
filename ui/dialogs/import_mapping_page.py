"""Import wizard, page 3: which column fills which field; from a saved profile or the names."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from core.importing.fields import TargetField
from core.importing.validate import CURRENCY_CODES
from ui.dialogs.import_file_page import show_problem
from ui.i18n import translate
from ui.models.sheet_grid_model import column_letter

NOT_IMPORTED = -1


class ImportMappingPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.profile_label = QLabel()
        self.profile_combo = QComboBox()
        self.profile_combo.setMinimumContentsLength(24)
        self.profile_combo.activated.connect(self._profile_chosen)
        self.save_button = QPushButton()
        self.save_button.clicked.connect(self.ask_profile_name)
        self.profile_hint = QLabel()
        self.profile_hint.setObjectName("hint")
        self.profile_hint.setWordWrap(True)
        self.problem = QLabel()
        self.problem.setObjectName("warning")
        self.problem.hide()
        self.currency_label = QLabel()
        self.currency_combo = QComboBox()
        self.currency_combo.addItem("", "")  # "— choose —", named in retranslate
        for code in CURRENCY_CODES:
            self.currency_combo.addItem(code, code)
        self.currency_combo.activated.connect(self._currency_chosen)
        self.currency_hint = QLabel()
        self.currency_hint.setObjectName("hint")
        self.currency_hint.setWordWrap(True)
        self.field_labels: dict[str, QLabel] = {}
        self.combos: dict[str, QComboBox] = {}
        self.samples: dict[str, QLabel] = {}
        self.column_header = QLabel()
        self.field_header = QLabel()
        self.sample_header = QLabel()
        grid_widget = QWidget()
        self.grid = QGridLayout(grid_widget)
        self.grid.setColumnStretch(1, 1)
        self.grid.setColumnStretch(2, 2)
        for label in (self.field_header, self.column_header, self.sample_header):
            label.setObjectName("sectionTitle")
        self.grid.addWidget(self.field_header, 0, 0)
        self.grid.addWidget(self.column_header, 0, 1)
        self.grid.addWidget(self.sample_header, 0, 2)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(grid_widget)
        top = QHBoxLayout()
        top.addWidget(self.profile_label)
        top.addWidget(self.profile_combo)
        top.addWidget(self.save_button)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.profile_hint)
        layout.addWidget(scroll, 1)
        currency_row = QHBoxLayout()
        currency_row.addWidget(self.currency_label)
        currency_row.addWidget(self.currency_combo)
        currency_row.addWidget(self.currency_hint, 1)
        layout.addLayout(currency_row)
        layout.addWidget(self.problem)
        self._fields: list[TargetField] = []
        self.retranslate()

    @property
    def plan(self):
        return self.wizard().plan

    def retranslate(self) -> None:
        self.setTitle(self.tr("Match the columns"))
        self.setSubTitle(self.tr("Columns were matched by their names. Correct any match; "
                                 "fields marked * must be filled."))  # fmt: skip
        self.profile_label.setText(self.tr("Mapping profile:"))
        self.save_button.setText(self.tr("Save as profile…"))
        self.field_header.setText(self.tr("Field"))
        self.column_header.setText(self.tr("Column in the file"))
        self.sample_header.setText(self.tr("First values"))
        self.currency_label.setText(self.tr("Currency of prices and costs:"))
        self.currency_combo.setItemText(0, self.tr("— choose —"))
        for field in self._fields:
            self.field_labels[field.key].setText(self._field_text(field))
            combo = self.combos[field.key]
            if combo.count():
                combo.setItemText(0, self.tr("— not imported —"))
        if self.profile_combo.count():
            self.profile_combo.setItemText(0, self.tr("Automatic (by column names)"))
        self._show_state()

    def _field_text(self, field: TargetField) -> str:
        label = translate("Import", field.label)
        return self.tr("{field} *").format(field=label) if field.required else label

    def initializePage(self) -> None:  # noqa: N802 - Qt override
        wizard = self.wizard()
        with wizard.workspace.session() as session:
            self.plan.ensure_mapping(session)
            profiles = self.plan.profiles(session)
        self.profile_combo.clear()
        self.profile_combo.addItem(self.tr("Automatic (by column names)"), None)
        for profile in profiles:
            self.profile_combo.addItem(profile.name, profile.id)
        index = self.profile_combo.findText(self.plan.profile_name) if self.plan.profile_name else 0
        self.profile_combo.setCurrentIndex(max(index, 0))
        for widget in (self.currency_label, self.currency_combo, self.currency_hint):
            widget.setVisible(self.plan.is_products)  # candidates: the price names its currency
        self._build_rows()

    def _build_rows(self) -> None:
        for widgets in (self.field_labels, self.combos, self.samples):
            for widget in widgets.values():
                self.grid.removeWidget(widget)
                widget.deleteLater()
            widgets.clear()
        self._fields = list(self.plan.fields)
        headers = self.plan.table.headers
        for row, field in enumerate(self._fields, start=1):
            label = QLabel(self._field_text(field))
            combo = QComboBox()
            combo.setMinimumContentsLength(28)
            combo.addItem(self.tr("— not imported —"), NOT_IMPORTED)
            for column, header in enumerate(headers):
                combo.addItem(f"{column_letter(column)}: {header}", column)
            combo.setCurrentIndex(combo.findData(self.plan.mapping.get(field.key, NOT_IMPORTED)))
            combo.activated.connect(lambda _i, key=field.key: self._column_chosen(key))
            sample = QLabel()
            sample.setObjectName("hint")
            sample.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.grid.addWidget(label, row, 0)
            self.grid.addWidget(combo, row, 1)
            self.grid.addWidget(sample, row, 2)
            self.field_labels[field.key], self.combos[field.key] = label, combo
            self.samples[field.key] = sample
        for row in range(self.grid.rowCount()):
            self.grid.setRowStretch(row, 0)
        self.grid.setRowStretch(len(self._fields) + 1, 1)  # rows stay together at the top
        self._show_state()

    def set_column(self, key: str, column: int | None) -> None:
        """Use ``column`` (None = not imported) for field ``key``, as choosing it in the box."""
        combo = self.combos[key]
        combo.setCurrentIndex(combo.findData(NOT_IMPORTED if column is None else column))
        self._column_chosen(key)

    def _column_chosen(self, key: str) -> None:
        column = self.combos[key].currentData()
        self.plan.set_column(key, None if column == NOT_IMPORTED else column)
        self._show_state()
        self.completeChanged.emit()

    def set_currency(self, code: str) -> None:
        """Choose ``code`` ("" = none) as the currency box does."""
        index = self.currency_combo.findData(code)
        if index < 0:
            self.currency_combo.addItem(code, code)
            index = self.currency_combo.count() - 1
        self.currency_combo.setCurrentIndex(index)
        self._currency_chosen()

    def _currency_chosen(self, _index: int = 0) -> None:
        self.plan.set_currency(self.currency_combo.currentData() or "")
        self._show_state()
        self.completeChanged.emit()

    def _show_currency(self) -> None:
        """The box shows the plan's currency (the file's hint until the seller picks one);
        the text beside it says where that currency comes from."""
        plan = self.plan
        code = plan.currency
        if code and self.currency_combo.findData(code) < 0:
            self.currency_combo.addItem(code, code)
        self.currency_combo.setCurrentIndex(max(self.currency_combo.findData(code), 0))
        hint = plan.currency_hint()
        columns = ", ".join(hint.headers[:2]) + (", …" if len(hint.headers) > 2 else "")
        if len(hint.found) > 1 and not plan.currency_chosen:
            text = self.tr("The file names several currencies ({found}): choose the one its "
                           "prices and costs are in.").format(found=", ".join(hint.found))  # fmt: skip
        elif hint.source == "column":
            text = self.tr("Rows name their currency in the column {columns}; this one is for "
                           "rows that leave it empty.").format(columns=columns)  # fmt: skip
        elif hint.source == "markets":
            text = self.tr("The file's market columns ({columns}) say {code}.").format(
                columns=columns, code=hint.code)  # fmt: skip
        elif plan.currency_needed():
            text = self.tr("The file does not say which currency its prices and costs are in.")
        else:
            text = self.tr("Used for prices and costs whose row names no currency.")
        self.currency_hint.setText(text)

    def _profile_chosen(self, index: int) -> None:
        profile_id = self.profile_combo.itemData(index)
        profile = None
        if profile_id is not None:
            with self.wizard().workspace.session() as session:
                profile = next((p for p in self.plan.profiles(session) if p.id == profile_id), None)
        self.plan.use_profile(profile)
        for key, combo in self.combos.items():
            combo.setCurrentIndex(combo.findData(self.plan.mapping.get(key, NOT_IMPORTED)))
        self._show_state()
        self.completeChanged.emit()

    def ask_profile_name(self) -> None:
        name, ok = QInputDialog.getText(
            self, self.tr("Save as profile"),
            self.tr("Name of the profile (e.g. the supplier or platform):"),
            text=self.plan.save_as_profile or self.plan.profile_name,
        )  # fmt: skip
        if ok:
            self.save_profile_as(name)

    def save_profile_as(self, name: str) -> None:
        self.plan.save_as_profile = name.strip()
        self._show_state()

    def _show_state(self) -> None:
        plan = self.plan if self.wizard() and self._fields else None
        if plan is None:
            return
        for key, sample in self.samples.items():
            column = plan.mapping.get(key)
            values = plan.samples(column) if column is not None else []
            sample.setText("  ·  ".join(v if len(v) <= 40 else v[:39] + "…" for v in values))
        if plan.save_as_profile:
            hint = self.tr("This mapping will be saved as profile “{name}” when you import; "
                           "files with the same columns will use it.").format(
                name=plan.save_as_profile)  # fmt: skip
        elif plan.profile_name:
            hint = self.tr("Saved profile “{name}” fits these columns and was used.").format(
                name=plan.profile_name)  # fmt: skip
        else:
            hint = self.tr("Save the mapping as a profile to reuse your corrections next time.")
        self.profile_hint.setText(hint)
        self._show_currency()
        missing = plan.missing_required()
        names = ", ".join(translate("Import", f.label) for f in missing)
        problems = (
            [self.tr("Choose a column for: {fields}.").format(fields=names)] if missing else []
        )
        if plan.missing_currency():
            problems.append(self.tr("Choose the currency of the prices and costs."))
        show_problem(self.problem, " ".join(problems))

    def isComplete(self) -> bool:  # noqa: N802 - Qt override
        return (
            bool(self.wizard())
            and self.plan.table is not None
            and not self.plan.missing_required()
            and not self.plan.missing_currency()
        )
