"""Messages in the user's words: field names translated, exports offer to open the file,
default file names in the user's language."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog
from sqlmodel import select

from core import catalog
from core.models import Sku
from ui.widgets.exported import ExportedNote

BOTH_ENGINES = True


def test_a_refused_value_names_the_field_in_the_reader_language(demo):
    with demo.session() as session:
        sku_id = session.exec(select(Sku.id)).first()
        with pytest.raises(ValueError) as refused:
            catalog.update_sku(session, sku_id, "price", "-1")
    marked = refused.value.args[0].render(lambda _context, text: f"<{text}>")
    assert "<price>" in marked  # the field's name went through translation too


def test_the_chinese_message_has_no_english_field_name(qapp, demo):
    from ui.i18n import LanguageSwitcher, translate

    switcher = LanguageSwitcher()
    switcher.switch("zh_CN")
    try:
        with demo.session() as session:
            sku_id = session.exec(select(Sku.id)).first()
            with pytest.raises(ValueError) as refused:
                catalog.update_sku(session, sku_id, "price", "-1")
        text = refused.value.args[0].render(translate)
        assert "price" not in text and "售价" in text
    finally:
        switcher.switch("en")


def test_export_note_opens_the_file_or_its_folder(qtbot, tmp_path, monkeypatch):
    opened = []
    monkeypatch.setattr("ui.widgets.exported.open_path", lambda p: opened.append(p) or True)
    note = ExportedNote()
    qtbot.addWidget(note)
    path = tmp_path / "review.xlsx"
    note.show_path(path)
    assert "review.xlsx" in note.text() and not note.isHidden()
    note.linkActivated.emit("file")
    note.linkActivated.emit("folder")
    assert opened == [path, tmp_path]


def test_chinese_default_export_name(qtbot, qt_settings, demo, monkeypatch):
    from ui.i18n import LanguageSwitcher
    from ui.pages.inventory.page import InventoryPage

    switcher = LanguageSwitcher()
    switcher.switch("zh_CN")
    asked = []
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: asked.append(a[2]) or ("", "")
    )
    try:
        page = InventoryPage()
        qtbot.addWidget(page)
        page.workspace = demo
        page.export_excel()
    finally:
        switcher.switch("en")
    assert Path(asked[0]).name == f"{demo.name}-产品线梳理.xlsx"
