"""Other people's changes arrive as they are committed (PostgreSQL LISTEN/NOTIFY): another
app's member edit, goal edit and import-sized write reach the listener, named by table; this
app's own writes do not; nothing arrives before the writer commits."""

from __future__ import annotations

import queue

import pytest
from sqlalchemy import text
from sqlmodel import select

from core import team
from core.goals import plan
from core.goals.models import Goal
from core.models import TeamMember
from core.workspace import open_workspace

BOTH_ENGINES = True


@pytest.fixture
def apps(demo):
    if not demo.is_server:
        pytest.skip("change notices are a PostgreSQL feature; files keep the periodic check")
    other = open_workspace(demo.location)
    heard: queue.Queue = queue.Queue()
    listener = demo.backend.change_listener(demo, heard.put)
    listener.start()
    assert listener.listening.wait(10)
    yield demo, other, heard
    listener.stop()
    other.close()


def _member(workspace) -> TeamMember:
    with workspace.session() as session:
        return session.exec(select(TeamMember).order_by(TeamMember.id)).first()


def _heard(heard: queue.Queue, timeout: float = 10.0) -> set[str]:
    tables = set(heard.get(timeout=timeout))
    while not heard.empty():
        tables |= heard.get_nowait()
    return tables


def test_another_apps_edit_arrives_named_by_its_table(apps):
    mine, theirs, heard = apps
    member = _member(theirs)
    with theirs.transaction() as session:
        team.update_member(session, member.id, notes="from the other app")
    assert "teammember" in _heard(heard)
    with theirs.transaction() as session:
        goal = session.exec(select(Goal)).first()
        plan.update_goal(session, goal.id, notes="goal note")
    assert "goal" in _heard(heard)


def test_this_apps_own_writes_are_not_reported(apps):
    mine, theirs, heard = apps
    member = _member(mine)
    with mine.transaction() as session:
        team.update_member(session, member.id, notes="my own")
    with pytest.raises(queue.Empty):
        heard.get(timeout=2.0)


def test_nothing_arrives_before_the_writer_commits(apps):
    mine, theirs, heard = apps
    with theirs.engine.connect() as connection:
        connection.execute(text("UPDATE teammember SET notes = 'uncommitted'"))
        with pytest.raises(queue.Empty):
            heard.get(timeout=1.5)
        connection.commit()
    assert _heard(heard) == {"teammember"}


def test_a_bulk_write_is_one_notice_not_one_per_row(apps):
    mine, theirs, heard = apps
    with theirs.engine.connect() as connection:
        connection.execute(text("UPDATE sku SET barcode = barcode"))
        connection.commit()
    assert _heard(heard) == {"sku"}
    assert heard.empty()
