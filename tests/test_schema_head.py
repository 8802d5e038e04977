"""The schema's head and known revisions, read from the revision files without Alembic, are
Alembic's own; opening a workspace already at the head does not import Alembic, and an older
one is still upgraded (backed up first) by Alembic as before."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from core import backups, schema

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures" / "workspaces"


def test_the_head_read_from_the_files_is_alembic_s():
    assert schema.head() == schema.script().get_current_head()


def test_every_revision_and_its_parent_as_alembic_reads_them():
    alembic_chain = {
        r.revision: r.down_revision for r in schema.script().walk_revisions("base", "heads")
    }
    assert schema._revision_chain() == alembic_chain
    assert all(schema.is_known(revision) for revision in alembic_chain)
    assert not schema.is_known("9999_from_a_newer_app")


def test_a_second_head_is_left_to_alembic(monkeypatch):
    """Two revisions on one parent (a bad rebase): the text reader does not pick one."""
    chain = dict(schema._revision_chain())
    chain["0099_other"] = schema.BASELINE
    monkeypatch.setattr(schema, "_revision_chain", lambda: chain)
    assert schema.head() == schema.script().get_current_head()


def test_an_unreadable_revision_file_is_left_to_alembic(tmp_path, monkeypatch):
    versions = tmp_path / "versions"
    versions.mkdir()
    (versions / "0001_x.py").write_text("revision = compute()\n", encoding="utf-8")
    monkeypatch.setattr(schema, "LOCATION", tmp_path)
    schema._revision_chain.cache_clear()
    try:
        assert schema._revision_chain() == {}
    finally:
        monkeypatch.undo()
        schema._revision_chain.cache_clear()
    assert schema.head() == schema.script().get_current_head()


OPEN = """
import sys
from core.workspace import open_workspace
workspace = open_workspace(sys.argv[1])
print(workspace.schema_version, "alembic" in sys.modules)
"""


def _open_in_a_child(path: Path) -> list[str]:
    out = subprocess.run(
        [sys.executable, "-c", OPEN, str(path)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    ).stdout
    return out.split()


def test_a_workspace_at_the_head_opens_without_alembic(tmp_path, demo_file):
    shop = tmp_path / "shop.matrixdesk"
    shutil.copy(demo_file, shop)
    assert _open_in_a_child(shop)[1] == "False"


def test_an_older_workspace_is_still_upgraded_and_backed_up(tmp_path):
    from core.workspace import open_workspace

    older = sorted(FIXTURES.glob("*.matrixdesk"))[0]
    shop = tmp_path / older.name
    shutil.copy(older, shop)
    assert _open_in_a_child(shop)[1] == "True"  # Alembic ran the revisions
    assert backups.list_backups(shop)  # after a copy was taken
    workspace = open_workspace(shop)
    try:
        assert workspace.schema_revision == schema.head()
    finally:
        workspace.close()
