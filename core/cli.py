"""The command line over the same core as the GUI (as calibre's calibredb beside calibre).

python main.py demo PATH            write the demo workspace
python main.py info PATH [--json]   counts per entity and schema version
python main.py export team PATH OUT.xlsx
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from core import __version__
from core.jobs import Progress
from core.workspace import WorkspaceError, open_workspace

SUBCOMMANDS = ("demo", "info", "import", "export", "kpi", "report")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="matrixdesk",
        description="MatrixDesk 出海产品矩阵: product-matrix planning for cross-border sellers. "
        "Without a subcommand the desktop app starts (optionally on WORKSPACE).",
    )
    parser.add_argument("--version", action="version", version=f"MatrixDesk {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    demo = sub.add_parser("demo", help="write the demo workspace to PATH")
    demo.add_argument("path", type=Path)
    demo.add_argument("--force", action="store_true", help="replace PATH if it exists")
    demo.set_defaults(handler=cmd_demo)

    info = sub.add_parser("info", help="counts per entity and the schema version")
    info.add_argument("path", type=Path)
    info.add_argument("--json", action="store_true", help="print JSON")
    info.set_defaults(handler=cmd_info)

    export = sub.add_parser("export", help="export data to Excel")
    export_sub = export.add_subparsers(dest="what", metavar="WHAT", required=True)
    export_team = export_sub.add_parser("team", help="the team and its RACI matrix")
    export_team.add_argument("path", type=Path, help="workspace file")
    export_team.add_argument("out", type=Path, help="Excel file to write (.xlsx)")
    export_team.set_defaults(handler=cmd_export_team)

    for register in EXTRA_COMMANDS:
        register(sub, export_sub)
    return parser


# Later modules add subcommands here: callables taking (subparsers, export_subparsers).
EXTRA_COMMANDS: list = []


def _open(path: Path):
    return open_workspace(path)


def cmd_demo(args) -> int:
    from core.demo import build_demo

    if args.path.exists():
        if not args.force:
            print(f"error: {args.path} exists (use --force to replace it)", file=sys.stderr)
            return 2
        for suffix in ("", "-wal", "-shm"):
            Path(f"{args.path}{suffix}").unlink(missing_ok=True)
    workspace = build_demo(args.path, progress=Progress())
    counts = workspace.counts()
    workspace.close()
    print(
        f"Demo workspace written to {args.path}: {counts['products']} products, "
        f"{counts['skus']} SKUs, {counts['team_members']} team members."
    )
    return 0


def cmd_info(args) -> int:
    workspace = _open(args.path)
    try:
        data = {
            "path": str(workspace.path),
            "schema_version": workspace.schema_version,
            "app_version": __version__,
            "counts": workspace.counts(),
        }
    finally:
        workspace.close()
    if args.json:
        print(json.dumps(data, indent=2, ensure_ascii=False))
    else:
        print(f"Workspace:      {data['path']}")
        print(f"Schema version: {data['schema_version']}")
        for name, count in data["counts"].items():
            print(f"{name.replace('_', ' '):<16}{count:>8}")
    return 0


def cmd_export_team(args) -> int:
    from core.team import team_sheets
    from core.xlsx_export import write_workbook

    workspace = _open(args.path)
    try:
        with workspace.session() as session:
            sheets = team_sheets(session)
        write_workbook(args.out, sheets)
    finally:
        workspace.close()
    print(f"Team and RACI written to {args.out}")
    return 0


def main(argv: list[str]) -> int:
    _load_extra_commands()
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "handler", None):
        parser.print_help()
        return 2
    try:
        return int(args.handler(args) or 0)
    except WorkspaceError as exc:
        print(f"error: {exc.message.render()}", file=sys.stderr)
        return 1
    except (OSError, ValueError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1


def _load_extra_commands() -> None:
    """Import the modules that add their subcommands to ``EXTRA_COMMANDS``."""
    import importlib

    for module in COMMAND_MODULES:
        importlib.import_module(module)


COMMAND_MODULES: list[str] = ["core.inventory_cli", "core.importing.cli"]
