"""``team init`` / ``team add-user`` on a real PostgreSQL server: each person connects as their
own role, and the server itself refuses what a role may not do (grants, not UI checks)."""

from __future__ import annotations

import os

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError
from sqlmodel import select

from core import catalog
from core.cli import main
from core.models import Sku
from core.team_db import ServerRefused, TeamDatabaseError, open_team_workspace
from core.workspace import open_workspace
from core.workspace_copy import copy_workspace_to


@pytest.fixture
def team(pg_server, demo_file):
    """A team database set up by ``team init`` with the demo in it, an editor and a viewer."""
    tag = f"{os.getpid()}_{pg_server.count}"
    pg_server.count += 1
    database = f"mdteam_{tag}"
    people = {"owner": f"boss_{tag}", "editor": f"ed_{tag}", "viewer": f"vi_{tag}"}
    admin = pg_server.url.set(drivername="postgresql", database=database)
    admin_address = admin.render_as_string(hide_password=False)
    assert (
        main(["team", "init", admin_address, "--admin", people["owner"], "--password", "b-pw"]) == 0
    )
    owner = admin.set(username=people["owner"], password="b-pw")

    def address(role: str, password: str | None = None) -> str:
        return owner.set(username=people[role], password=password or f"{role}-pw").render_as_string(
            hide_password=False
        )

    address_of_owner = address("owner", "b-pw")
    for role in ("editor", "viewer"):
        assert main(["team", "add-user", address_of_owner, people[role], "--role", role,
                     "--password", f"{role}-pw"]) == 0  # fmt: skip
    source = open_workspace(demo_file)
    copy_workspace_to(source, address_of_owner)  # the owner moves the shop onto the server
    source.close()
    yield address, people
    pg_server._execute(f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)')
    for role in [*people.values(), *(f"{database}_{r}" for r in ("owner", "editor", "viewer"))]:
        pg_server._execute(f'DROP ROLE IF EXISTS "{role}"')


def test_an_editor_edits_as_themself(team):
    address, people = team
    ws = open_team_workspace(address("editor"))
    try:
        assert not ws.read_only and ws.user == people["editor"]
        with ws.session() as session:
            sku = session.exec(select(Sku).order_by(Sku.id)).first()
        with ws.transaction() as session:
            catalog.update_sku(session, sku.id, "price", "9.99", seen=sku.price)
        with ws.session() as session:
            saved = session.get(Sku, sku.id)
        assert (saved.price, saved.changed_by) == (9.99, people["editor"])
        with ws.engine.connect() as conn:  # who is connected: the person, not a superuser
            assert conn.execute(text("SELECT current_user")).scalar() == people["editor"]
            assert not conn.execute(
                text("SELECT rolsuper FROM pg_roles WHERE rolname = current_user")
            ).scalar()
    finally:
        ws.close()


def test_the_server_refuses_a_viewers_write_through_the_core_api(team):
    address, _people = team
    ws = open_team_workspace(address("viewer"))
    try:
        assert ws.read_only
        with ws.session() as session:
            sku = session.exec(select(Sku).order_by(Sku.id)).first()
            assert sku is not None  # reading is allowed
        with pytest.raises(ServerRefused) as info, ws.transaction() as session:
            catalog.update_sku(session, sku.id, "price", "1")
        assert "viewer" in info.value.message.render()
        with ws.session() as session:
            assert session.get(Sku, sku.id).price == sku.price
    finally:
        ws.close()
    # and with the app bypassed: plain SQL as the viewer
    engine = create_engine(make_url(address("viewer")).set(drivername="postgresql+psycopg"))
    try:
        for statement in ("UPDATE sku SET price = 1", "DELETE FROM listing",
                          "INSERT INTO setting (key, value) VALUES ('x', 'y')"):  # fmt: skip
            with pytest.raises(DBAPIError, match="permission denied"), engine.begin() as conn:
                conn.execute(text(statement))
    finally:
        engine.dispose()


def test_an_editor_may_not_change_the_schema_or_its_version(team):
    address, _people = team
    engine = create_engine(make_url(address("editor")).set(drivername="postgresql+psycopg"))
    try:
        for statement in ("CREATE TABLE mine (id integer)", "DROP TABLE sku",
                          "UPDATE alembic_version SET version_num = 'x'"):  # fmt: skip
            with pytest.raises(DBAPIError), engine.begin() as conn:
                conn.execute(text(statement))
    finally:
        engine.dispose()


def test_wrong_password_and_unreachable_server_are_plain_messages(team, pg_server):
    address, people = team
    with pytest.raises(TeamDatabaseError, match="user name or password is wrong"):
        open_team_workspace(address("editor", "not-the-password"))
    closed = make_url(address("editor")).set(port=1)  # nothing listens on port 1
    with pytest.raises(TeamDatabaseError, match="Cannot reach the server"):
        open_team_workspace(closed.render_as_string(hide_password=False))


def test_a_viewers_edit_in_the_catalog_is_a_plain_refusal(team, qtbot):
    from datetime import date

    from core import currency
    from core.inventory.review import review_catalog
    from ui.models.catalog_model import COLUMN_KEYS, CatalogModel

    address, _people = team
    ws = open_team_workspace(address("viewer"))
    try:
        model = CatalogModel(ws)
        with ws.session() as session:
            model.set_catalog(
                review_catalog(session, as_of=date(2026, 11, 1)),
                catalog.product_rows(session),
                catalog.catalog_rows(session),
                currency.rates(session),
                catalog.category_names(session),
            )
        with ws.session() as session:
            sku = session.exec(select(Sku).order_by(Sku.id)).first()
        index = model.sku_index(sku.id, COLUMN_KEYS.index("price"))
        with qtbot.waitSignal(model.sig_error) as signal:
            assert not model.setData(index, "1")
        assert "viewer" in signal.args[0]
    finally:
        ws.close()
