"""Import a research export into the candidate pool: pick the file, read it off the UI thread,
show what would change (with every warning), then write it in one transaction; undo the last
candidates import."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget
from sqlmodel import select

from core.models import Market
from core.selection import importing
from core.workspace import Workspace
from ui.errors import error_text
from ui.i18n import translate
from ui.job_runner import run_job

MAX_WARNINGS = 12


class CandidateImport(QObject):
    sig_imported = Signal()
    sig_error = Signal(str)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.widget = parent
        self.workspace: Workspace | None = None
        self.preview: importing.CandidatePreview | None = None

    def start(self, workspace: Workspace, path: str | None = None) -> None:
        self.workspace = workspace
        if path is None:
            path, _ = QFileDialog.getOpenFileName(
                self.widget,
                self.tr("Import a research export"),
                "",
                self.tr("Spreadsheets (*.csv *.xlsx *.xls *.tsv *.txt);;All files (*)"),
            )
        if not path:
            return
        with workspace.session() as session:
            first = session.exec(select(Market)).first()
        currency = first.currency if first else "USD"
        run_job(
            self.widget,
            self.tr("Reading {file}…").format(file=path),
            importing.read_candidates,
            workspace,
            path,
            currency,
            on_success=self.show_preview,
            on_failure=lambda exc: self.sig_error.emit(error_text(exc)),
        )

    def summary(self, preview: importing.CandidatePreview) -> str:
        lines = [
            self.tr(
                "{file}: {new} new, {changed} changed, {unchanged} unchanged, {rejected} rejected."
            ).format(
                file=preview.file_name,
                new=preview.count("new"),
                changed=preview.count("changed"),
                unchanged=preview.count("unchanged"),
                rejected=preview.count("rejected"),
            )
        ]
        matched = ", ".join(f"{header} → {key}" for key, header in preview.mapping.items())
        lines.append(self.tr("Columns used: {columns}").format(columns=matched))
        warnings = [w.render(translate) for r in preview.rows for w in r.warnings]
        lines.extend(warnings[:MAX_WARNINGS])
        if len(warnings) > MAX_WARNINGS:
            lines.append(self.tr("… and {count} more").format(count=len(warnings) - MAX_WARNINGS))
        return "\n".join(lines)

    def show_preview(self, preview: importing.CandidatePreview) -> None:
        self.preview = preview
        box = QMessageBox(self.widget)
        box.setWindowTitle(self.tr("Import candidates"))
        box.setText(self.summary(preview))
        box.setStandardButtons(QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel)
        box.button(QMessageBox.StandardButton.Ok).setText(self.tr("Import"))
        self.box = box
        box.accepted.connect(self.apply)
        box.open()

    def apply(self) -> None:
        if self.preview is None or self.workspace is None:
            return
        try:
            importing.apply_candidates(self.workspace, self.preview)
        except (OSError, ValueError) as exc:
            self.sig_error.emit(error_text(exc))
            return
        self.preview = None
        self.sig_imported.emit()

    def undo_last(self, workspace: Workspace) -> bool:
        with workspace.session() as session:
            batch = importing.last_candidate_import(session)
        if batch is None or batch.id is None:
            return False
        try:
            importing.undo_candidate_import(workspace, batch.id)
        except ValueError as exc:
            self.sig_error.emit(error_text(exc))
            return False
        self.sig_imported.emit()
        return True
