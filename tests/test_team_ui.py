"""Team mode in the window: the connect dialog (messages, keychain), the conflict choice in
the catalog, the viewer's note and others' changes."""

from __future__ import annotations

import keyring
import pytest
from keyring.backend import KeyringBackend
from PySide6.QtWidgets import QDialog
from sqlmodel import select

from core import catalog, credentials
from core.models import Sku
from core.workspace import open_workspace
from ui.dialogs.conflict_dialog import KEEP_MINE, TAKE_THEIRS, ConflictDialog
from ui.dialogs.connect_dialog import ConnectDialog
from ui.models.catalog_model import COLUMN_KEYS, CatalogModel

BOTH_ENGINES = True


class MemoryKeychain(KeyringBackend):
    priority = 1

    def __init__(self) -> None:
        super().__init__()
        self.saved: dict[tuple[str, str], str] = {}

    def get_password(self, service, username):
        return self.saved.get((service, username))

    def set_password(self, service, username, password):
        self.saved[(service, username)] = password

    def delete_password(self, service, username):
        self.saved.pop((service, username), None)


@pytest.fixture
def keychain():
    before = keyring.get_keyring()
    memory = MemoryKeychain()
    keyring.set_keyring(memory)
    yield memory
    keyring.set_keyring(before)


def test_unreachable_server_is_said_in_the_dialog_which_stays_open(qtbot, qt_settings):
    dialog = ConnectDialog(None, "postgresql://anna@127.0.0.1:1/shop")
    qtbot.addWidget(dialog)
    dialog.password_edit.setText("x")
    dialog.accept()  # tried on a thread: the dialog says why once the server has answered
    qtbot.waitUntil(lambda: dialog.attempt is None, timeout=15_000)
    assert dialog.result() != QDialog.DialogCode.Accepted and dialog.workspace is None
    assert "Cannot reach the server at 127.0.0.1:1" in dialog.problem.text()
    assert dialog.problem.isVisibleTo(dialog)


def test_without_a_keychain_the_password_is_not_offered_for_saving(qtbot, qt_settings):
    from keyring.backends import fail

    before = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        dialog = ConnectDialog()
        qtbot.addWidget(dialog)
        assert not dialog.remember.isEnabled() and not dialog.remember.isChecked()
        assert dialog.no_keychain.isVisibleTo(dialog)
        assert credentials.save_password("postgresql://a@b/c", "pw") is False
    finally:
        keyring.set_keyring(before)


def test_a_good_login_connects_and_the_password_goes_to_the_keychain_only(
    qtbot, qt_settings, keychain, pg_server, pg_database, tmp_path
):
    from sqlalchemy.engine import make_url

    url = make_url(pg_database)
    dialog = ConnectDialog(None, url.set(password=None).render_as_string())
    qtbot.addWidget(dialog)
    assert dialog.remember.isEnabled() and dialog.remember.isChecked()
    dialog.password_edit.setText(url.password)
    dialog.accept()
    qtbot.waitUntil(lambda: dialog.attempt is None, timeout=15_000)
    assert dialog.workspace is not None and dialog.workspace.is_server
    dialog.workspace.close()
    assert keychain.saved == {(credentials.SERVICE, dialog.address()): url.password}
    # never in QSettings (an ini file here)
    for ini in (qt_settings / "cfg").rglob("*"):
        if ini.is_file():
            assert url.password not in ini.read_text(errors="replace")
    again = ConnectDialog(None, dialog.address())  # the password comes back from the keychain
    qtbot.addWidget(again)
    assert again.password_edit.text() == url.password


def _other_app(workspace, name):
    other = open_workspace(workspace.location if workspace.is_server else workspace.path)
    other.user = name
    return other


def _catalog_model(workspace) -> CatalogModel:
    from datetime import date

    from core import currency
    from core.inventory.review import review_catalog

    model = CatalogModel(workspace)
    with workspace.session() as session:
        model.set_catalog(
            review_catalog(session, as_of=date(2026, 11, 1)),
            catalog.product_rows(session),
            catalog.catalog_rows(session),
            currency.rates(session),
            catalog.category_names(session),
        )
    return model


def test_catalog_edit_over_anothers_change_offers_the_choice(qtbot, qt_settings, demo):
    model = _catalog_model(demo)
    ben = _other_app(demo, "ben")
    try:
        with demo.session() as session:
            sku = session.exec(select(Sku).order_by(Sku.id)).first()
        index = model.sku_index(sku.id, COLUMN_KEYS.index("price"))
        with ben.transaction() as session:
            catalog.update_sku(session, sku.id, "price", "77")
        with qtbot.waitSignal(model.sig_conflict) as signal:
            assert not model.setData(index, "55")
        conflict, target, field = signal.args
        assert (conflict.theirs, conflict.mine, conflict.changed_by) == (77.0, 55.0, "ben")
        assert model._raw(target)["price"] == 77.0  # the row shows theirs now
        dialog = ConflictDialog(conflict, "Price")
        qtbot.addWidget(dialog)
        assert not dialog.table.isVisibleTo(dialog)
        dialog.compare.click()  # compare shows what was seen, saved and entered
        assert dialog.table.isVisibleTo(dialog)
        assert [dialog.table.item(0, c).text() for c in range(4)] == [
            "Price",
            str(sku.price),
            "77.0",
            "55.0",
        ]
        dialog.keep.click()
        assert dialog.choice == KEEP_MINE
        assert model.write_edit(target, field, conflict.mine, conflict.theirs)
        with ben.session() as session:
            assert session.get(Sku, sku.id).price == 55.0
    finally:
        ben.close()


def test_take_theirs_is_the_default(qtbot):
    from core.edits import ConflictError

    dialog = ConflictDialog(ConflictError("A-1", "price", 1, 2, 3, "ben", None), "Price")
    qtbot.addWidget(dialog)
    assert dialog.take.isDefault()
    dialog.take.click()
    assert dialog.choice == TAKE_THEIRS


@pytest.fixture
def window(qtbot, qt_settings, demo):
    from ui.i18n import LanguageSwitcher
    from ui.main_window import MainWindow

    switcher = LanguageSwitcher()
    switcher.switch("en")
    win = MainWindow(switcher)
    qtbot.addWidget(win)
    win.set_workspace(demo)
    win.show()
    yield win
    switcher.switch("en")


def test_others_changes_are_noticed_and_refresh_clears_the_note(qtbot, window, demo):
    if not demo.is_server:
        assert not window.team.timer.isActive() and window.team_note.isHidden()
        return
    assert window.team.timer.isActive()
    assert "postgresql://" in window.workspace_label.text()
    window.team.check()  # asked on a thread: the answer comes a moment later
    qtbot.waitUntil(lambda: not window.team.checking, timeout=10_000)
    assert window.team_note.isHidden()  # nothing new yet
    ben = _other_app(demo, "ben")
    try:
        with ben.session() as session:
            sku_id = session.exec(select(Sku.id).order_by(Sku.id)).first()
        with ben.transaction() as session:
            catalog.update_sku(session, sku_id, "price", "12.5")
    finally:
        ben.close()
    window.team.check()
    qtbot.waitUntil(lambda: not window.team.checking, timeout=10_000)
    assert window.team_note.isVisibleTo(window)
    assert "Others have changed" in window.team_note.text()
    window.refresh_all()
    assert window.team_note.isHidden()


def test_a_viewer_sees_a_read_only_note(window, demo):
    demo.read_only = True
    demo.user = "accountant"
    window.team.watch(demo if demo.is_server else None)
    window.team.workspace = demo  # a file cannot be opened as a viewer: shown as one here
    window.team.show_note()
    assert window.team_note.isVisibleTo(window)
    assert "Read only: you are a viewer" in window.team_note.text()
    assert "accountant" in window.team_note.text()


def test_file_menu_has_connect_and_copy_and_recent_keeps_connections(window, demo):
    from sqlalchemy.engine import make_url

    from ui import paths

    texts = [a.text().replace("&", "") for a in window.menus.file_menu.actions()]
    assert "Connect to a team workspace…" in texts
    assert "Copy workspace to a file or team database…" in texts
    if demo.is_server:
        assert paths.recent_entries()[0] == demo.location
        assert make_url(demo.location).password is None  # no password in the recent list
        assert not window.menus.act_rename.isEnabled() and not window.menus.act_restore.isEnabled()
