"""``copy SRC DEST`` between a workspace file and a team database (either way), and
``team init URL --admin USER`` / ``team add-user URL NAME --role editor|viewer``.

A ``postgresql://user@host:port/database`` address takes its password from the address, from
``PGPASSWORD`` or from the OS keyring entry the app saved (:mod:`core.credentials`).
"""

from __future__ import annotations

from pathlib import Path

from core.cli import CTX, error, pad, say
from core.i18n import QT_TRANSLATE_NOOP, Translate
from core.jobs import Progress
from core.workspace import is_server_address, open_workspace


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
    register_team(sub, translate)


def _shown(location: str | Path) -> str:
    """A location as printed: a server address without its password."""
    if not is_server_address(str(location)):
        return str(location)
    from core.team_db import public_address, server_url

    return public_address(server_url(str(location)))


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
    # Imported here, not at the top: it pulls every model in (~40 ms of any command).
    from core.workspace_copy import copy_workspace_to

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
            dest=_shown(args.dest),
            tables=len(checks),
            rows=sum(c.dest_rows for c in checks),
        )
    )
    return 0


def register_team(sub, translate: Translate) -> None:
    def h(text: str) -> str:
        return translate(CTX, text)

    team = sub.add_parser(
        "team", help=h(QT_TRANSLATE_NOOP("Cli", "set up a team workspace on a PostgreSQL server"))
    )
    team_sub = team.add_subparsers(dest="what", metavar="WHAT", required=True)
    init = team_sub.add_parser(
        "init",
        help=h(
            QT_TRANSLATE_NOOP(
                "Cli",
                "create the team database, its roles (owner, editor, viewer) and grants; "
                "URL names a server administrator and the database",
            )
        ),
    )
    init.add_argument("url", metavar="URL")
    init.add_argument(
        "--admin",
        required=True,
        metavar="USER",
        help=h(QT_TRANSLATE_NOOP("Cli", "the person who owns the team workspace")),
    )
    init.add_argument(
        "--password",
        help=h(QT_TRANSLATE_NOOP("Cli", "their password (default: a new one, printed once)")),
    )
    init.set_defaults(handler=cmd_team_init)
    add = team_sub.add_parser(
        "add-user",
        help=h(QT_TRANSLATE_NOOP("Cli", "give a person a login as editor or viewer")),
    )
    add.add_argument("url", metavar="URL")
    add.add_argument("name", metavar="NAME")
    add.add_argument("--role", required=True, choices=("editor", "viewer"))
    add.add_argument(
        "--password",
        help=h(QT_TRANSLATE_NOOP("Cli", "their password (default: a new one, printed once)")),
    )
    add.set_defaults(handler=cmd_team_add_user)


def _print_login(args, login) -> None:
    if login.generated:
        print(
            say(
                args,
                QT_TRANSLATE_NOOP(
                    "Cli",
                    "Password of {user}: {password} (shown only now; they can save it in the "
                    "app's Connect dialog)",
                ),
                user=login.user,
                password=login.password,
            )
        )


def cmd_team_init(args) -> int:
    from core.team_db import public_address, server_url
    from core.team_setup import init_team

    login = init_team(args.url, args.admin, args.password)
    address = public_address(server_url(args.url, user=login.user))
    print(
        say(
            args,
            QT_TRANSLATE_NOOP(
                "Cli",
                "Team workspace ready. {user} owns it; connect to {address}. Add people with: "
                "python main.py team add-user {address} NAME --role editor",
            ),
            user=login.user,
            address=address,
        )
    )
    _print_login(args, login)
    return 0


def cmd_team_add_user(args) -> int:
    from core.team_db import public_address, server_url
    from core.team_setup import add_user

    login = add_user(args.url, args.name, args.role, args.password)
    address = public_address(server_url(args.url, user=login.user))
    text = (
        QT_TRANSLATE_NOOP("Cli", "{user} may now edit the team workspace at {address}.")
        if args.role == "editor"
        else QT_TRANSLATE_NOOP("Cli", "{user} may now read the team workspace at {address}.")
    )
    print(say(args, text, user=login.user, address=address))
    _print_login(args, login)
    return 0
