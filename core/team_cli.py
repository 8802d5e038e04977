"""``copy SRC DEST`` between a workspace file and a team database (either way).

A ``postgresql://user@host:port/database`` address takes its password from the address, from
``PGPASSWORD`` or from the OS keyring entry the app saved (:mod:`core.credentials`).
"""

from __future__ import annotations

from pathlib import Path

from core.cli import CTX, error, pad, say
from core.i18n import QT_TRANSLATE_NOOP, Translate
from core.jobs import Progress
from core.workspace import is_server_address, open_workspace
from core.workspace_copy import copy_workspace_to


def location(text: str) -> str | Path:
    """A file path, or a server address kept as text (``Path`` would fold its ``//``)."""
    return text if is_server_address(text) else Path(text)


def register(sub, _export_sub, translate: Translate) -> None:
    def h(text: str) -> str:
        return translate(CTX, text)

    copy = sub.add_parser(
        "copy",
        help=h(
            QT_TRANSLATE_NOOP(
                "Cli",
                "copy a workspace between a file and a team database (postgresql://…), "
                "checking rows and a checksum per table",
            )
        ),
    )
    copy.add_argument("source", type=location, metavar="SRC")
    copy.add_argument("dest", type=location, metavar="DEST")
    copy.set_defaults(handler=cmd_copy)


def cmd_copy(args) -> int:
    if not is_server_address(args.dest) and Path(args.dest).exists():
        return error(
            say(
                args,
                QT_TRANSLATE_NOOP(
                    "Cli", "{path} already exists; copy into a new file. Nothing was changed."
                ),
                path=args.dest,
            )
        )
    source = open_workspace(args.source)
    try:
        checks = copy_workspace_to(source, str(args.dest), Progress())
    finally:
        source.close()
    for check in checks:
        print(f"{pad(check.table, 20)}{check.dest_rows:>9}  {check.dest_checksum[:16]}")
    print(
        say(
            args,
            QT_TRANSLATE_NOOP(
                "Cli",
                "Copied {source} to {dest}: {tables} tables, {rows} rows; rows and checksums "
                "match in every table.",
            ),
            source=source.location,
            dest=args.dest,
            tables=len(checks),
            rows=sum(c.dest_rows for c in checks),
        )
    )
    return 0
