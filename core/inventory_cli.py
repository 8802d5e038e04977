"""``export catalog PATH OUT.xlsx``: the reviewed catalog of step 2, with classes and flags."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from core import cli


def register(subparsers, export_subparsers) -> None:
    catalog = export_subparsers.add_parser(
        "catalog", help="the reviewed catalog (margin, lifecycle, ABC class, flags)"
    )
    catalog.add_argument("path", type=Path, help="workspace file")
    catalog.add_argument("out", type=Path, help="Excel file to write (.xlsx)")
    catalog.add_argument(
        "--as-of",
        type=date.fromisoformat,
        default=None,
        help="review date YYYY-MM-DD (default today): the 12 complete "
        "months before it are reviewed",
    )
    catalog.set_defaults(handler=cmd_export_catalog)


def cmd_export_catalog(args) -> int:
    from core.inventory import export_catalog
    from core.workspace import open_workspace

    workspace = open_workspace(args.path)
    try:
        export_catalog(workspace, args.out, as_of=args.as_of)
    finally:
        workspace.close()
    print(f"Reviewed catalog written to {args.out}")
    return 0


if register not in cli.EXTRA_COMMANDS:
    cli.EXTRA_COMMANDS.append(register)
