"""``export catalog PATH OUT.xlsx``: the reviewed catalog of step 2, with classes and flags."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from core.cli import location as cli_location
from core.cli import say
from core.i18n import QT_TRANSLATE_NOOP, Translate, identity


def register(subparsers, export_subparsers, translate: Translate = identity) -> None:
    def h(text: str) -> str:
        return translate("Cli", text)

    catalog = export_subparsers.add_parser(
        "catalog",
        help=h(
            QT_TRANSLATE_NOOP("Cli", "the reviewed catalog (margin, lifecycle, ABC class, flags)")
        ),
    )
    catalog.add_argument(
        "path", type=cli_location, help=h(QT_TRANSLATE_NOOP("Cli", "workspace file"))
    )
    catalog.add_argument(
        "out", type=Path, help=h(QT_TRANSLATE_NOOP("Cli", "Excel file to write (.xlsx)"))
    )
    catalog.add_argument(
        "--as-of",
        type=date.fromisoformat,
        default=None,
        help=h(
            QT_TRANSLATE_NOOP(
                "Cli",
                "review date YYYY-MM-DD (default today): the 12 complete "
                "months before it are reviewed",
            )
        ),
    )
    catalog.set_defaults(handler=cmd_export_catalog)


def cmd_export_catalog(args) -> int:
    from core.inventory.export import export_catalog
    from core.workspace import open_workspace

    workspace = open_workspace(args.path)
    try:
        export_catalog(workspace, args.out, translate=args.translate, as_of=args.as_of)
    finally:
        workspace.close()
    print(say(args, QT_TRANSLATE_NOOP("Cli", "Reviewed catalog written to {out}"), out=args.out))
    return 0
