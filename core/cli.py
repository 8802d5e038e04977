"""The command line over the same core as the GUI (as calibre's calibredb beside calibre).

python main.py new PATH [--base-currency CUR] [--name NAME]   write an empty workspace
python main.py demo PATH            write the demo workspace
python main.py info PATH [--json]   counts per entity and schema version
python main.py export team PATH OUT.xlsx
python main.py copy SRC DEST        a file to a team database (postgresql://…) or back

Every line a person reads goes through ``translate`` (main.py passes a Qt translator for
``--lang zh_CN``; the default is English). ``--json`` output and the literal ``error:`` prefix
stay the same in every language so scripts can rely on them.
"""

from __future__ import annotations

import argparse
import importlib
import json
import sqlite3
import sys
import unicodedata
from pathlib import Path

from sqlalchemy.exc import SQLAlchemyError

from core import __version__
from core.cli_commands import SUBCOMMANDS as SUBCOMMANDS  # re-exported: main.py, tests
from core.currency import BASE_CURRENCY_KEY, DEFAULT_BASE
from core.i18n import QT_TRANSLATE_NOOP, Message, Translate, identity
from core.jobs import Progress
from core.workspace import WorkspaceError, open_workspace
from core.workspace_guard import storage_problem
from core.xlsx_export import ExportError

LANGUAGES = ("en", "zh_CN")
SELLER_NAME_KEY = "seller_name"  # the same setting the demo writes
CTX = "Cli"

# Labels of the entities ``info`` counts, keyed like ``Workspace.counts()``.
COUNT_LABELS = {
    "categories": QT_TRANSLATE_NOOP("Cli", "categories"),
    "products": QT_TRANSLATE_NOOP("Cli", "products"),
    "skus": QT_TRANSLATE_NOOP("Cli", "skus"),
    "markets": QT_TRANSLATE_NOOP("Cli", "markets"),
    "platforms": QT_TRANSLATE_NOOP("Cli", "platforms"),
    "listings": QT_TRANSLATE_NOOP("Cli", "listings"),
    "team_members": QT_TRANSLATE_NOOP("Cli", "team members"),
    "raci_assignments": QT_TRANSLATE_NOOP("Cli", "raci assignments"),
    "exchange_rates": QT_TRANSLATE_NOOP("Cli", "exchange rates"),
    "sales_records": QT_TRANSLATE_NOOP("Cli", "sales records"),
    "stock_lots": QT_TRANSLATE_NOOP("Cli", "stock lots"),
    "imports": QT_TRANSLATE_NOOP("Cli", "imports"),
}


def say(args, text: str, **params) -> str:
    """``text`` (marked with QT_TRANSLATE_NOOP("Cli", ...)) in the user's language."""
    return Message(CTX, text, params).render(getattr(args, "translate", identity))


def error(text: str) -> int:
    """Print ``error: text`` to stderr; the ASCII prefix stays for scripts that grep it."""
    print(f"error: {text}", file=sys.stderr)
    return 1


def pad(text: str, width: int) -> str:
    """Left-align ``text`` in ``width`` terminal columns (a Chinese character takes two)."""
    used = sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)
    return text + " " * max(width - used, 0)


def build_parser(translate: Translate = identity) -> argparse.ArgumentParser:
    def h(text: str) -> str:
        return translate(CTX, text)

    parser = argparse.ArgumentParser(
        prog="matrixdesk",
        description=h(
            QT_TRANSLATE_NOOP(
                "Cli",
                "MatrixDesk: product-matrix planning for cross-border sellers. "
                "Without a subcommand the desktop app starts (optionally on WORKSPACE).",
            )
        ),
    )
    parser.add_argument("--version", action="version", version=f"MatrixDesk {__version__}")
    parser.add_argument(
        "--lang",
        choices=LANGUAGES,
        help=h(
            QT_TRANSLATE_NOOP(
                "Cli",
                "language of the output (default: $MATRIXDESK_LANG, else the system language)",
            )
        ),
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    new = sub.add_parser(
        "new", help=h(QT_TRANSLATE_NOOP("Cli", "write an empty workspace to PATH"))
    )
    new.add_argument("path", type=Path)
    new.add_argument(
        "--base-currency",
        default=DEFAULT_BASE,
        metavar="CUR",
        help=h(
            QT_TRANSLATE_NOOP(
                "Cli", "currency that money is compared in (three letters; default: CNY)"
            )
        ),
    )
    new.add_argument(
        "--name", default="", help=h(QT_TRANSLATE_NOOP("Cli", "the shop or seller name"))
    )
    new.set_defaults(handler=cmd_new)

    demo = sub.add_parser(
        "demo", help=h(QT_TRANSLATE_NOOP("Cli", "write the demo workspace to PATH"))
    )
    demo.add_argument("path", type=Path)
    demo.add_argument(
        "--force",
        action="store_true",
        help=h(QT_TRANSLATE_NOOP("Cli", "replace PATH if it exists")),
    )
    demo.set_defaults(handler=cmd_demo)

    info = sub.add_parser(
        "info", help=h(QT_TRANSLATE_NOOP("Cli", "counts per entity and the schema version"))
    )
    info.add_argument("path", type=location)
    info.add_argument("--json", action="store_true", help=h(QT_TRANSLATE_NOOP("Cli", "print JSON")))
    info.set_defaults(handler=cmd_info)

    export = sub.add_parser("export", help=h(QT_TRANSLATE_NOOP("Cli", "export data to Excel")))
    export_sub = export.add_subparsers(dest="what", metavar="WHAT", required=True)
    export_team = export_sub.add_parser(
        "team", help=h(QT_TRANSLATE_NOOP("Cli", "the team and its RACI matrix"))
    )
    export_team.add_argument(
        "path", type=location, help=h(QT_TRANSLATE_NOOP("Cli", "workspace file"))
    )
    export_team.add_argument(
        "out", type=Path, help=h(QT_TRANSLATE_NOOP("Cli", "Excel file to write (.xlsx)"))
    )
    export_team.set_defaults(handler=cmd_export_team)

    # Subcommands that live next to the code they drive: each module has
    # register(subparsers, export_subparsers, translate). Imported here, not at the top,
    # because they import this module.
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(sub, export_sub, translate)
    return parser


COMMAND_MODULES = (
    "core.inventory.cli",
    "core.importing.cli",
    "core.selection.cli",
    "core.goals.cli",
    "core.facts.cli",
    "core.team_cli",
    "core.matrix.cli",
)


def _open(path: Path | str):
    return open_workspace(path)


def location(text: str) -> Path | str:
    """A workspace file, or a team database's ``postgresql://`` address kept as text."""
    return text if text.startswith(("postgresql://", "postgres://")) else Path(text)


def cmd_new(args) -> int:
    """An empty workspace, as File → New in the app; an existing file is never replaced."""
    from core.currency import validate_code
    from core.workspace import create_workspace

    # A server address taken as a path made folders named after it, password included.
    if str(args.path).startswith(("postgresql:", "postgres:")):
        text = QT_TRANSLATE_NOOP(
            "Cli",
            "A team database is set up with “team init ADDRESS --admin USER”, not with "
            "“new”; nothing was written.",
        )
        return error(say(args, text))
    try:
        base = validate_code(args.base_currency)
    except ValueError as exc:
        message = exc.args[0]
        return error(message.render(args.translate) if isinstance(message, Message) else str(exc))
    if args.path.exists():
        text = QT_TRANSLATE_NOOP("Cli", "{path} already exists; nothing was written.")
        return error(say(args, text, path=args.path))
    workspace = create_workspace(args.path)
    try:
        workspace.set_setting(BASE_CURRENCY_KEY, base)
        if args.name.strip():
            workspace.set_setting(SELLER_NAME_KEY, args.name.strip())
    finally:
        workspace.close()
    text = QT_TRANSLATE_NOOP("Cli", "Empty workspace written to {path} (base currency {base}).")
    print(say(args, text, path=args.path, base=base))
    return 0


def cmd_demo(args) -> int:
    from core.demo import build_demo

    if args.path.exists():
        if not args.force:
            text = QT_TRANSLATE_NOOP("Cli", "{path} exists (use --force to replace it)")
            error(say(args, text, path=args.path))
            return 2
        for suffix in ("", "-wal", "-shm"):
            Path(f"{args.path}{suffix}").unlink(missing_ok=True)
    workspace = build_demo(args.path, progress=Progress())
    counts = workspace.counts()
    workspace.close()
    print(
        say(
            args,
            QT_TRANSLATE_NOOP(
                "Cli",
                "Demo workspace written to {path}: {products} products, {skus} SKUs, "
                "{members} team members.",
            ),
            path=args.path,
            products=counts["products"],
            skus=counts["skus"],
            members=counts["team_members"],
        )
    )
    return 0


def cmd_info(args) -> int:
    workspace = _open(args.path)
    try:
        data = {
            "path": workspace.location,
            "schema_version": workspace.schema_version,
            "app_version": __version__,
            "counts": workspace.counts(),
        }
    finally:
        workspace.close()
    if args.json:
        print(json.dumps(data, indent=2, ensure_ascii=False))
        return 0
    print(say(args, QT_TRANSLATE_NOOP("Cli", "Workspace:      {path}"), path=data["path"]))
    print(
        say(
            args,
            QT_TRANSLATE_NOOP("Cli", "Schema version: {version}"),
            version=data["schema_version"],
        )
    )
    for name, count in data["counts"].items():
        label = COUNT_LABELS.get(name)
        text = say(args, label) if label else name.replace("_", " ")
        print(f"{pad(text, 16)}{count:>8}")
    return 0


def cmd_export_team(args) -> int:
    from core.team import team_sheets
    from core.xlsx_export import write_workbook

    workspace = _open(args.path)
    try:
        with workspace.session() as session:
            sheets = team_sheets(session, args.translate)
        write_workbook(args.out, sheets)
    finally:
        workspace.close()
    print(say(args, QT_TRANSLATE_NOOP("Cli", "Team and RACI written to {out}"), out=args.out))
    return 0


def main(argv: list[str], translate: Translate = identity) -> int:
    """Run the command line; ``translate`` turns marked texts into the user's language."""
    parser = build_parser(translate)
    args = parser.parse_args(argv)
    args.translate = translate
    if not getattr(args, "handler", None):
        parser.print_help()
        return 2
    try:
        return int(args.handler(args) or 0)
    except (WorkspaceError, ExportError) as exc:
        return error(exc.message.render(translate))
    except (OSError, ValueError, sqlite3.Error, SQLAlchemyError) as exc:
        # A busy, full or read-only workspace: a plain line; anything else is a bug to see.
        problem = storage_problem(exc)
        if problem is not None:
            return error(problem.render(translate))
        if isinstance(exc, OSError | ValueError):
            return error(str(exc))
        raise
