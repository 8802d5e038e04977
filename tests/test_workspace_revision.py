"""The workspace revision (core/revision.py) changes on every committed write, whatever way it
was written (ORM, Core, plain SQL, executemany) and by whichever app; on SQLite a read or a
rolled-back write leaves it (PostgreSQL's may move then: a needless recomputation, allowed).
Nothing is written for it: the tables are as before. Both engines."""

from __future__ import annotations

from sqlalchemy import insert, text, update
from sqlmodel import select

from core import revision
from core.models import Category, Setting, table_of
from core.workspace import open_workspace

BOTH_ENGINES = True


def now(workspace):
    with workspace.session() as session:
        return revision.current(session.connection())


def test_every_committed_write_changes_it(workspace):
    seen = [now(workspace)]
    assert seen[0] is not None
    with workspace.session() as session:  # ORM
        session.add(Category(name="Lamps"))
        session.commit()
    seen.append(now(workspace))
    with workspace.session() as session:  # Core, executemany
        session.connection().execute(
            insert(table_of(Category)), [{"name": "Bags"}, {"name": "Mugs"}]
        )
        session.commit()
    seen.append(now(workspace))
    with workspace.session() as session:  # plain SQL
        session.connection().exec_driver_sql(
            "UPDATE category SET name = 'Cups' WHERE name = 'Mugs'"
        )
        session.commit()
    seen.append(now(workspace))
    category = table_of(Category)
    with workspace.session() as session:  # one UPDATE through Core
        session.connection().execute(
            update(category).where(category.c.name == "Bags").values(name="Totes")
        )
        session.commit()
    seen.append(now(workspace))
    assert all(a != b for a, b in zip(seen, seen[1:], strict=False)), seen


def test_another_app_changes_it_too(workspace):
    other = open_workspace(workspace.location if workspace.is_server else workspace.path)
    try:
        before = now(other)
        with workspace.session() as session:
            session.add(Category(name="Lamps"))
            session.commit()
        assert now(other) != before
        before = now(workspace)
        with other.session() as session:
            session.add(Category(name="Bags"))
            session.commit()
        assert now(workspace) != before
    finally:
        other.close()


def test_reads_and_rollbacks_leave_it_on_a_file(workspace):
    if workspace.is_server:
        return  # the server's WAL position may move for a read (hint bits) or a rollback
    with workspace.session() as session:
        session.add(Category(name="Lamps"))
        session.commit()
    before = now(workspace)
    with workspace.session() as session:
        session.exec(select(Category)).all()
        session.connection().execute(text("SELECT count(*) FROM category")).scalar()
        session.commit()
    with workspace.session() as session:
        session.add(Category(name="Rolled back"))
        session.flush()
        session.rollback()
    assert now(workspace) == before
    with workspace.session() as session:
        assert set(session.exec(select(Category.name)).all()) == {"Lamps"}
        assert session.exec(select(Setting.key).where(Setting.key.like("%revision%"))).all() == []


def test_a_closed_file_workspace_leaves_no_wal_behind(workspace):
    if workspace.is_server:
        return  # a file matter
    now(workspace)  # the revision's own connection is open now
    with workspace.session() as session:
        session.add(Category(name="Lamps"))
        session.commit()
    assert now(workspace) is not None
    workspace.close()
    folder = workspace.path.parent
    assert sorted(p.name for p in folder.iterdir() if p.name.startswith(workspace.path.name)) == [
        workspace.path.name
    ]
