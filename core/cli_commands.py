"""The command line's subcommand names, apart from core/cli.py: main.py decides between the
CLI and the desktop app with them, and the app's start must not import the CLI (it pulls in
SQLAlchemy and the whole core before the window can paint)."""

SUBCOMMANDS = (
    "new",
    "demo",
    "info",
    "import",
    "export",
    "kpi",
    "report",
    "profit",
    "goals",
    "candidates",
    "copy",
    "team",
    "matrix",
)
