"""Every test module that touches a workspace runs on both engines (``BOTH_ENGINES = True``,
see tests/conftest.py), unless it is listed below with the reason it cannot: it is about the
SQLite file itself, or it is a widget test whose workspace is incidental. A new module that
opens a workspace fails here until it chooses."""

from __future__ import annotations

import ast
from pathlib import Path

TESTS = Path(__file__).resolve().parent

# Fixtures and calls that give a test a workspace (file or team database).
WORKSPACE_FIXTURES = {"workspace", "demo", "demo_file", "pg_database", "pg_server", "engine_kind"}
WORKSPACE_CALLS = {"open_workspace", "create_workspace", "build_demo", "open_server_workspace"}

# About the SQLite file itself: there is no file behind a team database.
FILE_ONLY = {
    "test_workspace_safety": "backups, disk-full and read-only files, WAL files beside the file",
    "test_workspace_growth_and_locks": "the file's size, its lock file and in-use claims",
    "test_crash": "killing a writer mid-transaction and reopening the file",
    "test_workspace_problems_ui": "damaged, locked, read-only and newer files in the window",
    "test_file_watch": "PRAGMA data_version of a file (the server's side: test_change_notices)",
    "test_cli_new": "`new PATH` writes a file",
    "test_export_safety": "hostile names written into the file with raw SQL, NUL bytes "
    "included, which a PostgreSQL text column cannot hold",
    "test_first_paint": "the window's first paint while it opens a file at start (timed)",
    "test_journey": "a new seller's first session: a new workspace file made in the window",
    "test_shell": "the File menu on files: save as, rename, new, the demo file at first start",
    "test_file_check": "PRAGMA quick_check of a file started ahead, and the file's changes since",
    "test_demo_writing": "the demo file written beside its place, then moved into it, at start",
    "test_opening_a_file": "a workspace file opened from the window on a thread: its check, "
    "a damaged file, an old file's backup and upgrade",
    "test_schema_head": "whether opening a file at the head imports Alembic, and an old file's "
    "upgrade with its backup (a server's upgrade: test_migrations)",
}

# Widgets whose workspace is a stand-in: nothing they show depends on the engine.
UI_ONLY = {
    "test_widgets": "window geometry, wheel-proof combos, shortcuts and menus on the demo",
    "test_small_screen": "dialog and page sizes on a 853x533 screen; the workspace only fills them",
    "test_looks_text": "texts, counts and spacing of dialogs; the workspace only fills them",
}

# Both engines by hand, or a server's own feature (roles, grants): a test per engine.
SERVER_OR_BY_HAND = {
    "test_workspace_copy": "copies the demo file to a team database and back in one test",
    "test_team_setup": "team init / add-user: database roles and grants exist on servers only",
    "test_team_connecting": "connecting to a team server off the UI thread: servers only",
}


def _touches_a_workspace(tree: ast.Module) -> bool:
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            if {a.arg for a in node.args.args} & WORKSPACE_FIXTURES:
                return True
        if isinstance(node, ast.Call):
            func = node.func
            name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")
            if name in WORKSPACE_CALLS:
                return True
    return False


def _both_engines(tree: ast.Module) -> bool:
    return any(
        isinstance(node, ast.Assign)
        and any(isinstance(t, ast.Name) and t.id == "BOTH_ENGINES" for t in node.targets)
        and isinstance(node.value, ast.Constant)
        and node.value.value is True
        for node in tree.body
    )


def _modules() -> dict[str, ast.Module]:
    return {
        path.stem: ast.parse(path.read_text(encoding="utf-8"))
        for path in sorted(TESTS.glob("test_*.py"))
    }


def test_every_module_touching_a_workspace_runs_on_both_engines_or_says_why_not():
    modules = _modules()
    missing = [
        name
        for name, tree in modules.items()
        if _touches_a_workspace(tree)
        and not _both_engines(tree)
        and name not in {**FILE_ONLY, **UI_ONLY, **SERVER_OR_BY_HAND}
    ]
    assert missing == [], (
        "set BOTH_ENGINES = True in these modules (or list them in "
        f"tests/test_both_engines_coverage.py with the reason they cannot): {missing}"
    )


def test_the_lists_hold_no_stale_names():
    modules = _modules()
    listed = {**FILE_ONLY, **UI_ONLY, **SERVER_OR_BY_HAND}
    for name in listed:
        assert name in modules, f"{name} is listed but no longer exists"
        assert not _both_engines(modules[name]), f"{name} runs on both engines: unlist it"
        assert _touches_a_workspace(modules[name]), f"{name} touches no workspace: unlist it"
    assert len(listed) == len(FILE_ONLY) + len(UI_ONLY) + len(SERVER_OR_BY_HAND)  # listed once
    assert all(reason.strip() for reason in listed.values())


def test_the_finder_sees_fixtures_and_calls():
    assert _touches_a_workspace(ast.parse("def test_x(demo): pass"))
    assert _touches_a_workspace(ast.parse("def f():\n    open_workspace(p)"))
    assert _touches_a_workspace(ast.parse("def f():\n    core.demo.build_demo(p)"))
    assert not _touches_a_workspace(ast.parse("def test_x(tmp_path): pass"))
    assert _both_engines(ast.parse("BOTH_ENGINES = True"))
    assert not _both_engines(ast.parse("BOTH_ENGINES = False"))
