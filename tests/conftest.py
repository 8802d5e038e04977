"""Shared fixtures: real SQLite workspaces in tmp dirs, the demo, the real seller files."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

REAL_FIXTURES = Path(__file__).resolve().parent.parent.parent / "shared" / "fixtures" / "real"
DEMO_ANCHOR = date(2026, 11, 1)


def real_file(*parts: str) -> Path:
    """A file from ../shared/fixtures/real; the test is skipped when it is absent."""
    path = REAL_FIXTURES.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"real fixture not available: {path}")
    return path


# A PostgreSQL server for the tests, as an address whose user may create databases, e.g.
# postgresql://postgres:secret@127.0.0.1:5432/postgres (.ci/run starts one and sets it). When
# it is unset, the PostgreSQL half of the both-engine tests is skipped; CI never skips it.
PG_URL = os.environ.get("MATRIXDESK_TEST_PG_URL", "")
if PG_URL:
    # The command line gets a team database's address without its password (as a person
    # would type it): libpq then reads PGPASSWORD.
    from urllib.parse import unquote, urlsplit

    os.environ.setdefault("PGPASSWORD", unquote(urlsplit(PG_URL).password or ""))
ENGINES = ("sqlite", "postgresql")


def pytest_generate_tests(metafunc):
    """Modules with ``BOTH_ENGINES = True`` run every test that uses a workspace on both."""
    if "engine_kind" in metafunc.fixturenames and getattr(metafunc.module, "BOTH_ENGINES", False):
        metafunc.parametrize("engine_kind", ENGINES, indirect=True)


@pytest.fixture
def engine_kind(request) -> str:
    kind = getattr(request, "param", "sqlite")
    if kind == "postgresql" and not PG_URL:
        pytest.skip("no PostgreSQL server for tests: MATRIXDESK_TEST_PG_URL is not set")
    return kind


class PgServer:
    """The test server. Most tests share one migrated database, emptied (TRUNCATE) before each
    test; a test that needs several databases at once asks for new ones (slower)."""

    def __init__(self, admin_url: str) -> None:
        from sqlalchemy import create_engine
        from sqlalchemy.engine import make_url

        self.url = make_url(admin_url).set(drivername="postgresql+psycopg")
        self.admin = create_engine(self.url, isolation_level="AUTOCOMMIT")
        self.prefix = f"mdtest_{os.getpid()}"
        self.count = 0
        self.created: list[str] = []
        self.work = self._create(f"{self.prefix}_work")
        from core.team_db import open_team_workspace

        open_team_workspace(self.address(self.work)).close()
        self.work_engine = create_engine(self.url.set(database=self.work))
        self._demo_rows: dict | None = None

    def _execute(self, sql: str, **params) -> None:
        from sqlalchemy import text

        with self.admin.connect() as conn:
            conn.execute(text(sql), params)

    def _create(self, name: str, template: str = "template0") -> str:
        self._execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        self._execute(f'CREATE DATABASE "{name}" TEMPLATE "{template}" ENCODING \'UTF8\'')
        self.created.append(name)
        return name

    def address(self, database: str) -> str:
        return self.url.set(drivername="postgresql", database=database).render_as_string(
            hide_password=False
        )

    def new_database(self, empty: bool = False) -> str:
        """A database of its own: empty, or a copy of the shared one as it is now."""
        self.count += 1
        name = f"{self.prefix}_{self.count}"
        if not empty:
            self._disconnect(self.work)
        return self.address(self._create(name, "template0" if empty else self.work))

    def _disconnect(self, database: str) -> None:
        self.work_engine.dispose()
        self._execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
            "WHERE datname = :d AND pid <> pg_backend_pid()",
            d=database,
        )

    def fresh(self) -> str:
        """The shared database, emptied, ids starting at 1 again (DELETE beats TRUNCATE on
        a few small tables: TRUNCATE makes new files for each)."""
        from core.fingerprints import data_tables

        self._disconnect(self.work)
        with self.work_engine.begin() as conn:
            tables = data_tables(conn)
            script = [f'DELETE FROM "{t.name}"' for t in reversed(tables)]
            script += [
                f"SELECT setval(pg_get_serial_sequence('{t.name}', 'id'), 1, false)"
                for t in tables
                if "id" in t.columns and t.c.id.autoincrement is not False and t.c.id.primary_key
            ]
            conn.exec_driver_sql("; ".join(script))
        return self.address(self.work)

    def fresh_demo(self, demo_file: Path) -> str:
        """The shared database holding the demo (rows written with COPY)."""
        from core.bulk import insert_rows, reset_id_sequence

        address = self.fresh()
        tables = self._demo(demo_file)
        with self.work_engine.begin() as conn:
            for table, columns, rows in tables:
                insert_rows(conn, table, columns, rows)
                reset_id_sequence(conn, table)
        return address

    def _demo(self, demo_file: Path) -> list:
        if self._demo_rows is None:
            from sqlalchemy import create_engine, select

            from core.fingerprints import data_tables

            engine = create_engine(f"sqlite:///{demo_file}")
            with engine.connect() as conn:
                self._demo_rows = [
                    (t, [c.name for c in t.columns], [tuple(r) for r in conn.execute(select(t))])
                    for t in data_tables(conn)
                ]
            engine.dispose()
        return self._demo_rows

    def drop(self, address: str) -> None:
        from sqlalchemy.engine import make_url

        name = make_url(address).database
        if name != self.work:
            self._execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def close(self) -> None:
        self.work_engine.dispose()
        for name in self.created:
            self._execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        self.admin.dispose()


@pytest.fixture(scope="session")
def pg_server():
    if not PG_URL:
        pytest.skip("no PostgreSQL server for tests: MATRIXDESK_TEST_PG_URL is not set")
    server = PgServer(PG_URL)
    yield server
    server.close()


@pytest.fixture
def pg_database(pg_server):
    """The address of an empty team database at the schema head."""
    return pg_server.fresh()


def _open_for(engine_kind: str, request, path: Path):
    from core.workspace import open_workspace

    if engine_kind == "postgresql":
        return open_workspace(request.getfixturevalue("pg_database"))
    return open_workspace(path, create=True)


@pytest.fixture
def workspace(engine_kind, request, tmp_path):
    """An empty workspace: a file, or (``BOTH_ENGINES`` modules) also a team database; beside
    ``demo`` (which holds the shared database) a database of its own."""
    if engine_kind == "postgresql" and "demo" in request.fixturenames:
        server = request.getfixturevalue("pg_server")
        address = server.new_database(empty=True)
        from core.workspace import open_workspace

        ws = open_workspace(address)
        yield ws
        ws.close()
        server.drop(address)
        return
    ws = _open_for(engine_kind, request, tmp_path / "shop.matrixdesk")
    yield ws
    ws.close()


@pytest.fixture(scope="session")
def demo_file(tmp_path_factory) -> Path:
    from core.demo import build_demo

    path = tmp_path_factory.mktemp("demo") / "demo.matrixdesk"
    build_demo(path, anchor=DEMO_ANCHOR).close()
    return path


@pytest.fixture
def demo(demo_file, tmp_path, engine_kind, request):
    """A private copy of the demo workspace, safe to change (in a team database too, in
    ``BOTH_ENGINES`` modules)."""
    import shutil

    from core.workspace import open_workspace

    if engine_kind == "postgresql":
        ws = open_workspace(request.getfixturevalue("pg_server").fresh_demo(demo_file))
        yield ws
        ws.close()
        return
    path = tmp_path / "demo.matrixdesk"
    shutil.copy(demo_file, path)
    ws = open_workspace(path)
    yield ws
    ws.close()


@pytest.fixture
def ben(demo):
    """Another person's app on the demo workspace (its own engine and connections); the
    demo itself is anna's. For the two-writer conflict tests."""
    from core.workspace import open_workspace

    demo.user = "anna"
    other = open_workspace(demo.location if demo.is_server else demo.path)
    other.user = "ben"
    yield other
    other.close()


@pytest.fixture
def qt_settings(tmp_path, monkeypatch):
    """Keep QSettings and the data folder of UI tests inside tmp_path."""
    from PySide6.QtCore import QCoreApplication, QSettings

    QCoreApplication.setOrganizationName("MatrixDeskTests")
    QCoreApplication.setApplicationName("MatrixDeskTests")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "cfg"))
    QSettings().clear()
    # QStandardPaths reads these on every call (Linux), so the data folder is per test.
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    yield tmp_path


@pytest.fixture
def inventory_page(qtbot, qt_settings):
    """Step 2's page on its own, reviewed as of the demo's date; on teardown it waits out a
    recomputation the test started before the page is deleted."""
    from ui.pages.inventory.page import InventoryPage

    widget = InventoryPage()
    widget.as_of = DEMO_ANCHOR
    widget.resize(1280, 760)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget
    qtbot.waitUntil(lambda: widget._job is None and not widget._reload_timer.isActive())
    widget.close()
    widget.deleteLater()
