"""A candidate's research data, typed in and saved at once: numbers, attributes, markets,
the 12-month seasonality curve and review pain points (tagged notes)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QBoxLayout,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from core.edits import UNSET, ConflictError
from core.import_conflicts import ImportConflicts
from core.selection import conflicts, pool, reviews
from core.selection.compliance import ATTRIBUTE_LABELS
from core.selection.models import Candidate
from core.workspace import Workspace
from ui.dialogs.conflict_dialog import ask_import, write_with_choice
from ui.errors import error_text
from ui.i18n import translate
from ui.job_runner import run_job
from ui.pages.selection.platforms import platform_choices

TEXT_FIELDS = (
    "name",
    "category",
    "platform",
    "currency",
    "price",
    "cost",
    "cost_currency",
    "freight",
    "freight_currency",
    "weight_g",
    "moq",
    "lead_days",
    "monthly_units",
    "monthly_revenue",
    "reviews",
    "rating",
    "bsr",
    "sellers",
)
RESEARCH_FIELDS = (
    "weight_g",
    "moq",
    "lead_days",
    "monthly_units",
    "monthly_revenue",
    "reviews",
    "rating",
    "bsr",
    "sellers",
)
PAIN_ID_ROLE = Qt.ItemDataRole.UserRole + 1
PAIN_SEEN_ROLE = Qt.ItemDataRole.UserRole + 2


class CandidateDetails(QWidget):
    sig_changed = Signal()
    sig_error = Signal(str)
    # Someone else changed the field meanwhile: the ConflictError and a function finishing
    # the edit with the person's choice (core.edits.Resolution).
    sig_conflict = Signal(object, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace: Workspace | None = None
        self.candidate: Candidate | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        # Two columns of fields: what it costs and sells for | what the research says.
        forms = QHBoxLayout()
        self.form = QFormLayout()
        self.research_form = QFormLayout()
        self.edits: dict[str, QLineEdit] = {}
        self.labels: dict[str, QLabel] = {}
        for name in TEXT_FIELDS:
            if name == "platform":  # a choice of platforms by name, not a typed code
                self.platform_combo = QComboBox()
                self.platform_combo.setMaximumWidth(260)
                self.platform_combo.activated.connect(self._save_platform)
                self.labels[name] = QLabel()
                self.form.addRow(self.labels[name], self.platform_combo)
                continue
            edit = QLineEdit()
            edit.setMinimumWidth(90)
            edit.setMaximumWidth(260)
            edit.editingFinished.connect(lambda n=name: self._save(n))
            self.edits[name] = edit
            self.labels[name] = QLabel()
            target = self.research_form if name in RESEARCH_FIELDS else self.form
            target.addRow(self.labels[name], edit)
        self.markets_edit = QLineEdit()
        self.markets_edit.editingFinished.connect(self._save_markets)
        self.markets_label = QLabel()
        self.form.insertRow(3, self.markets_label, self.markets_edit)
        self.ip_combo = QComboBox()
        for value in pool.IP_RISKS:
            self.ip_combo.addItem("", value)
        self.ip_combo.activated.connect(self._save_ip)
        self.ip_label = QLabel()
        self.research_form.addRow(self.ip_label, self.ip_combo)
        forms.addLayout(self.form, 1)
        forms.addLayout(self.research_form, 1)
        layout.addLayout(forms)
        self.forms = forms

        right = QVBoxLayout()
        self.attributes_title = QLabel()
        self.attributes_title.setObjectName("sectionTitle")
        right.addWidget(self.attributes_title)
        boxes = QGridLayout()
        self.attribute_boxes: dict[str, QCheckBox] = {}
        for number, key in enumerate(ATTRIBUTE_LABELS):
            box = QCheckBox()
            box.toggled.connect(self._save_attributes)
            self.attribute_boxes[key] = box
            boxes.addWidget(box, number // 2, number % 2)
        right.addLayout(boxes)
        self.season_label = QLabel()
        self.season_label.setObjectName("sectionTitle")
        right.addWidget(self.season_label)
        self.season_edit = QLineEdit()
        self.season_edit.editingFinished.connect(self._save_seasonality)
        right.addWidget(self.season_edit)
        self.pain_title = QLabel()
        self.pain_title.setObjectName("sectionTitle")
        self.pain_title.setWordWrap(True)
        self.pain_from_reviews = QPushButton()
        pain_title_row = QHBoxLayout()
        pain_title_row.addWidget(self.pain_title, 1)
        pain_title_row.addWidget(self.pain_from_reviews)
        right.addLayout(pain_title_row)
        self.pain_list = QListWidget()
        self.pain_list.setMinimumHeight(90)
        right.addWidget(self.pain_list, 1)
        add_row = QHBoxLayout()
        self.pain_tag = QLineEdit()
        self.pain_mentions = QSpinBox()
        self.pain_mentions.setRange(1, 100000)
        self.pain_note = QLineEdit()
        self.pain_add = QPushButton()
        self.pain_remove = QPushButton()
        for widget in (self.pain_tag, self.pain_mentions, self.pain_note):
            add_row.addWidget(widget)
        add_row.addWidget(self.pain_add)
        add_row.addWidget(self.pain_remove)
        right.addLayout(add_row)
        self.pain_add.clicked.connect(self.add_pain_point)
        self.pain_tag.returnPressed.connect(self.add_pain_point)
        self.pain_remove.clicked.connect(self.remove_pain_point)
        self.pain_from_reviews.clicked.connect(self.pain_points_from_reviews)
        layout.addLayout(right, 1)
        self.retranslate()

    def set_narrow(self, narrow: bool) -> None:
        """On a narrow page the research fields go under the cost fields, not beside."""
        self.forms.setDirection(
            QBoxLayout.Direction.TopToBottom if narrow else QBoxLayout.Direction.LeftToRight
        )

    def retranslate(self) -> None:
        texts = {
            "name": self.tr("Name"),
            "category": self.tr("Category"),
            "platform": self.tr("Platform (for fees)"),
            "currency": self.tr("Selling currency"),
            "price": self.tr("Price"),
            "cost": self.tr("Product cost"),
            "cost_currency": self.tr("Cost currency"),
            "freight": self.tr("Freight per unit"),
            "freight_currency": self.tr("Freight currency"),
            "weight_g": self.tr("Shipping weight (g)"),
            "moq": self.tr("Supplier MOQ"),
            "lead_days": self.tr("Supplier lead time (days)"),
            "monthly_units": self.tr("Monthly units (market)"),
            "monthly_revenue": self.tr("Monthly revenue (market)"),
            "reviews": self.tr("Reviews of top competitors"),
            "rating": self.tr("Rating"),
            "bsr": self.tr("Best-seller rank (BSR)"),
            "sellers": self.tr("Number of sellers"),
        }
        for name, text in texts.items():
            self.labels[name].setText(text)
        self.markets_label.setText(self.tr("Target markets"))
        self.markets_edit.setPlaceholderText(self.tr("e.g. US, DE"))
        self.ip_label.setText(self.tr("IP risk (patents, trademarks)"))
        for index, text in enumerate(("—", self.tr("Low"), self.tr("Medium"), self.tr("High"))):
            self.ip_combo.setItemText(index, text)
        self.attributes_title.setText(self.tr("Product attributes (for compliance)"))
        for key, box in self.attribute_boxes.items():
            box.setText(translate("Compliance", ATTRIBUTE_LABELS[key]))
        self.season_label.setText(self.tr("Seasonality: 12 monthly values, January first"))
        self.season_edit.setPlaceholderText(self.tr("e.g. 80, 75, 90, … (units or a search index)"))
        self.pain_title.setText(
            self.tr("Review pain points (what competitors' buyers complain about)")
        )
        self.pain_tag.setPlaceholderText(self.tr("tag, e.g. battery life"))
        self.pain_note.setPlaceholderText(self.tr("note"))
        self.pain_mentions.setToolTip(self.tr("How many reviews mention it"))
        self.pain_add.setText(self.tr("Add"))
        self.pain_remove.setText(self.tr("Remove"))
        self.pain_from_reviews.setText(self.tr("From a review file…"))
        self.pain_from_reviews.setToolTip(
            self.tr(
                "Tag the low-star reviews of a competitor's review export and add the most "
                "frequent complaints"
            )
        )
        self._show_sources()

    # --- showing ------------------------------------------------------------------------
    def set_candidate(self, workspace: Workspace | None, candidate: Candidate | None) -> None:
        self.workspace, self.candidate = workspace, candidate
        self.setEnabled(candidate is not None)
        c = candidate
        for name, edit in self.edits.items():
            value = getattr(c, name) if c is not None else None
            edit.setText(
                "" if value is None else f"{value:g}" if isinstance(value, float) else str(value)
            )
        self._fill_platforms()
        self.markets_edit.setText(", ".join(c.market_list) if c else "")
        for edit in (*self.edits.values(), self.markets_edit):
            edit.setCursorPosition(0)  # a long name shows its start, not its end
        self.ip_combo.setCurrentIndex(max(0, self.ip_combo.findData(c.ip_risk if c else "")))
        for key, box in self.attribute_boxes.items():
            box.blockSignals(True)
            box.setChecked(c is not None and key in c.attribute_list)
            box.blockSignals(False)
        curve = c.seasonality_curve if c else []
        self.season_edit.setText(", ".join(f"{v:g}" for v in curve))
        self.season_edit.setCursorPosition(0)
        self._show_sources()
        self._load_pain_points()

    def _fill_platforms(self) -> None:
        """The workspace's platforms and the fee table's, by name; a code the candidate
        holds that neither knows (e.g. imported) stays shown as it is."""
        combo = self.platform_combo
        current = self.candidate.platform if self.candidate is not None else ""
        if self.workspace is not None:
            with self.workspace.session() as session:
                choices = platform_choices(session)
        else:
            choices = platform_choices(None)
        combo.clear()
        combo.addItem("—", "")
        for code, name in choices:
            combo.addItem(name, code)
        index = combo.findData(current)
        if index < 0 and current:
            index = next(
                (
                    i
                    for i in range(combo.count())
                    if str(combo.itemData(i)).lower() == current.lower()
                ),
                -1,
            )
            if index < 0:
                combo.addItem(current, current)
                index = combo.count() - 1
        combo.setCurrentIndex(max(index, 0))

    def _save_platform(self) -> None:
        if self.candidate is None:
            return
        code = self.platform_combo.currentData() or ""
        if code != (self.candidate.platform or ""):
            if not self._write("platform", code):
                self._fill_platforms()

    def _show_sources(self) -> None:
        """An imported value says where it came from (file and date) in its tooltip."""
        sources = self.candidate.source_map if self.candidate else {}
        for name, edit in [*self.edits.items(), ("platform", self.platform_combo)]:
            source = sources.get(name)
            if source:
                edit.setToolTip(
                    self.tr("Imported from {file} on {date}").format(
                        file=source.get("file", ""), date=source.get("date", "")
                    )
                )
                edit.setStyleSheet("background: #eef6ff;")
            else:
                edit.setToolTip("")
                edit.setStyleSheet("")

    def _load_pain_points(self) -> None:
        self.pain_list.clear()
        if self.workspace is None or self.candidate is None:
            return
        with self.workspace.session() as session:
            rows = pool.pain_points(session, self.candidate.id)
        for pain in rows:
            text = f"{pain.tag}  ×{pain.mentions}" + (f" — {pain.note}" if pain.note else "")
            item = QListWidgetItem(text)
            item.setData(PAIN_ID_ROLE, pain.id)
            item.setData(PAIN_SEEN_ROLE, conflicts.pain_seen(pain))  # as this person saw it
            if pain.source:
                item.setToolTip(pain.source)
            self.pain_list.addItem(item)

    # --- saving -------------------------------------------------------------------------
    def _write(self, field: str, value, seen=UNSET) -> bool:
        """Write one field; the value shown is what the person started from, so another
        person's change of it meanwhile is offered as a choice (``sig_conflict``)."""
        if self.workspace is None or self.candidate is None:
            return False
        candidate_id = self.candidate.id
        if seen is UNSET:
            seen = getattr(self.candidate, field)
        try:
            with self.workspace.transaction() as session:
                pool.update_candidate(session, candidate_id, field, value, seen=seen)
                fresh = session.get(Candidate, candidate_id)
        except ConflictError as exc:
            with self.workspace.session() as session:
                self.set_candidate(self.workspace, session.get(Candidate, candidate_id))
            self.sig_conflict.emit(exc, lambda res: self._write(field, value, seen=res.seen[field]))
            return True  # the panel shows theirs now
        except ValueError as exc:
            self.sig_error.emit(error_text(exc))
            return False
        if fresh is not None:
            self.candidate = fresh
        self._show_sources()
        self.sig_changed.emit()
        return True

    def _save(self, name: str) -> None:
        if self.candidate is None:
            return
        value = self.edits[name].text()
        current = getattr(self.candidate, name)
        shown = (
            ""
            if current is None
            else f"{current:g}"
            if isinstance(current, float)
            else str(current)
        )
        if value.strip() == shown:
            return
        if not self._write(name, value):
            self.edits[name].setText(shown)

    def _save_markets(self) -> None:
        codes = [m.strip() for m in self.markets_edit.text().replace(";", ",").split(",")]
        if self.candidate is not None and codes != self.candidate.market_list:
            self._write("markets", [c for c in codes if c])

    def _save_ip(self) -> None:
        self._write("ip_risk", self.ip_combo.currentData())

    def _save_attributes(self) -> None:
        self._write("attributes", [k for k, box in self.attribute_boxes.items() if box.isChecked()])

    def _save_seasonality(self) -> None:
        text = self.season_edit.text().replace(";", ",").replace("，", ",")
        parts = [p.strip() for p in text.split(",") if p.strip()]
        try:
            values = [float(p) for p in parts]
        except ValueError:
            self.sig_error.emit(self.tr("Seasonality: type 12 numbers separated by commas."))
            return
        if self.candidate is not None and values != self.candidate.seasonality_curve:
            self._write("seasonality", values)

    def add_pain_point(self) -> None:
        if self.workspace is None or self.candidate is None:
            return
        workspace, candidate_id = self.workspace, self.candidate.id
        tag, note, mentions = (
            self.pain_tag.text(),
            self.pain_note.text(),
            self.pain_mentions.value(),
        )
        # the tags this person's list shows: the same tag added by someone else meanwhile asks
        shown = {
            str(self.pain_list.item(i).data(PAIN_SEEN_ROLE)["tag"]).strip().lower()
            for i in range(self.pain_list.count())
        }

        def write(decided):
            with workspace.transaction() as session:
                pool.add_pain_point(
                    session, candidate_id, tag, note, mentions, seen_tags=shown, decided=decided
                )

        try:
            write_with_choice(self, write)
        except ValueError as exc:
            self.sig_error.emit(error_text(exc))
            return
        self.pain_tag.clear()
        self.pain_note.clear()
        self.pain_mentions.setValue(1)
        self._load_pain_points()
        self.sig_changed.emit()

    def remove_pain_point(self) -> None:
        item = self.pain_list.currentItem()
        if item is None or self.workspace is None:
            return
        workspace, pain_id, seen = (
            self.workspace,
            item.data(PAIN_ID_ROLE),
            item.data(PAIN_SEEN_ROLE),
        )

        def write(decided):
            with workspace.transaction() as session:
                pool.remove_pain_point(session, pain_id, seen, decided)

        write_with_choice(self, write)
        self._load_pain_points()
        self.sig_changed.emit()

    def pain_points_from_reviews(self, path: str | None = None) -> None:
        if self.workspace is None or self.candidate is None:
            return
        if not isinstance(path, str):
            path, _ = QFileDialog.getOpenFileName(
                self,
                self.tr("Competitor reviews"),
                "",
                self.tr("Spreadsheets (*.csv *.tsv *.txt *.xlsx *.xls);;All files (*)"),
            )
        if not path:
            return
        # the list as shown now: a count someone changes while the file is read is asked about
        shown = {}
        for i in range(self.pain_list.count()):
            seen = self.pain_list.item(i).data(PAIN_SEEN_ROLE)
            shown[str(seen["tag"]).strip().lower()] = seen
        run_job(
            self,
            self.tr("Reading {file}…").format(file=path),
            reviews.read_review_file,
            path,
            on_success=lambda summary, cid=self.candidate.id: self._reviews_read(
                summary, shown, cid
            ),
            on_failure=lambda exc: self.sig_error.emit(error_text(exc)),
        )

    def _reviews_read(
        self,
        summary: reviews.ReviewSummary,
        shown: dict | None = None,
        candidate_id: int | None = None,
    ) -> None:
        """Write the file's pain points to the candidate the file was chosen for (``shown``:
        its list then); a count someone changed meanwhile is asked about first."""
        if self.workspace is None or self.candidate is None:
            return
        if candidate_id is None:
            candidate_id = self.candidate.id
        workspace, decided = self.workspace, {}
        while True:
            try:
                with workspace.transaction() as session:
                    reviews.add_review_pain_points(
                        session, candidate_id, summary, seen=shown, decided=decided
                    )
                break
            except ImportConflicts as exc:  # changed by someone else since: they choose
                asked = ask_import(self, exc, decided)
                if not asked:
                    if asked is False:
                        self.sig_error.emit(error_text(exc))
                    break
        self._load_pain_points()
        self.sig_changed.emit()
