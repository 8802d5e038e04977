"""MatrixDesk entry point: the command line when a subcommand is given, else the desktop app.

python main.py                      open the last workspace (the demo on first start)
python main.py WORKSPACE.matrixdesk open that workspace
python main.py demo|info|import|export|kpi|report ...   see --help
"""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    from core.cli import SUBCOMMANDS

    if argv and (argv[0] in SUBCOMMANDS or argv[0] in ("-h", "--help", "--version")):
        from core.cli import main as cli_main

        return cli_main(argv)
    from ui.app import run_app

    return run_app(argv)


if __name__ == "__main__":
    sys.exit(main())
