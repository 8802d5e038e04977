"""Step 2's files: importing the catalog (and facts), the import history, exchange rates and
the Excel export of the reviewed catalog, with the notes the page shows after each."""

from __future__ import annotations

from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QMessageBox

from core.catalog_changes import skus_of_import
from core.inventory.export import export_catalog
from ui.errors import error_text
from ui.i18n import translate
from ui.job_runner import run_job

if TYPE_CHECKING:
    from ui.pages.inventory.page import InventoryPage


class CatalogFiles(QObject):
    def __init__(self, page: InventoryPage) -> None:
        super().__init__(page)
        self.page = page
        self.imported: tuple[int, int, set[int]] | None = None  # new, changed, SKU ids
        page.import_note.linkActivated.connect(self.import_note_link)

    def import_catalog(self, path: str | None = None) -> None:
        page = self.page
        if page.workspace is None:
            return
        from ui.dialogs.import_wizard import ImportWizard

        wizard = ImportWizard(page.workspace, page, path=path or None)
        if wizard.exec():
            self.after_import(wizard.batch)
            result = getattr(wizard, "fact_result", None)
            if result is not None:  # orders, sales, ads…: say what came in
                self._show_facts_imported(result)

    def _show_facts_imported(self, result) -> None:
        from ui.dialogs.import_facts_page import kind_label

        self.page.import_note.setText(
            self.tr(
                "Import #{id}: {rows} rows of {kind} imported, {replaced} earlier rows of the "
                'same period replaced, {skipped} skipped — <a href="close">close</a>'
            ).format(
                id=result.batch_id,
                rows=f"{result.inserted:,}",
                kind=kind_label(result.kind),
                replaced=f"{result.replaced:,}",
                skipped=f"{result.skipped:,}",
            )
        )
        self.page.import_note.show()

    def import_history(self) -> None:
        page = self.page
        if page.workspace is None:
            return
        from ui.dialogs.import_history_dialog import ImportHistoryDialog

        ImportHistoryDialog(page.workspace, page).exec()
        self.after_import()

    def after_import(self, batch=None) -> None:
        page = self.page
        page.undo_stack.clear()  # the rows under the old commands may have changed
        page.model.highlighted = set()
        self.imported = None
        if batch is not None and batch.id is not None:
            with page.workspace.session() as session:
                ids = skus_of_import(session, batch.id)
            page.model.highlighted = ids
            self.imported = (batch.new_count, batch.changed_count, ids)
        self.update_import_note()
        page.sig_data_changed.emit()
        page.reload()

    def update_import_note(self) -> None:
        note = self.page.import_note
        if self.imported is None:
            note.hide()
            return
        new, changed, ids = self.imported
        note.setText(
            self.tr(
                "{count} SKUs imported ({new} new, {changed} changed), highlighted below — "
                '<a href="show">show only them</a> · <a href="close">close</a>'
            ).format(count=len(ids), new=new, changed=changed)
        )
        note.show()

    def import_note_link(self, link: str) -> None:
        page = self.page
        if link == "show" and self.imported is not None:
            page.show_skus(self.tr("imported just now"), set(self.imported[2]))
            return
        self.imported = None
        page.model.highlighted = set()
        page.model.retranslate()  # repaint without the highlight
        page.import_note.hide()

    def edit_rates(self) -> None:
        page = self.page
        if page.workspace is None:
            return
        from ui.dialogs.exchange_rates_dialog import ExchangeRatesDialog

        dialog = ExchangeRatesDialog(page.workspace, page)
        dialog.exec()
        if dialog.changed:
            page.sig_data_changed.emit()
            page.reload()

    def export_excel(self) -> None:
        page = self.page
        if page.workspace is None:
            return
        default = Path.home() / self.tr("{workspace}-inventory-review.xlsx").format(
            workspace=page.workspace.name
        )
        name, _ = QFileDialog.getSaveFileName(
            page,
            self.tr("Export the reviewed catalog"),
            str(default),
            self.tr("Excel workbook (*.xlsx)"),
        )
        if not name:
            return
        path = Path(name if name.lower().endswith(".xlsx") else name + ".xlsx")
        # The review on screen is reused unless a reload is under way (it may be stale then).
        review = page.data["review"] if page.data is not None and page._job is None else None
        run_job(
            page,
            self.tr("Exporting the catalog…"),
            partial(export_catalog, review=review),
            page.workspace,
            path,
            translate,
            page.as_of,
            on_success=self.exported,
            on_failure=lambda exc: QMessageBox.warning(
                page, self.tr("Cannot export"), error_text(exc)
            ),
        )

    def exported(self, path) -> None:
        self.page.export_note.show_path(path)
