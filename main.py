"""MatrixDesk entry point: the command line when a subcommand is given, else the desktop app.

python main.py                      open the last workspace (the demo on first start)
python main.py WORKSPACE.matrixdesk open that workspace
python main.py [--lang en|zh_CN] demo|info|import|export|kpi|report ...   see --help
"""

from __future__ import annotations

import os
import sys

LANG_ENV = "MATRIXDESK_LANG"


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    from core.cli_commands import SUBCOMMANDS

    lang, rest = split_lang(argv)
    if lang is not None or (
        rest and (rest[0] in SUBCOMMANDS or rest[0] in ("-h", "--help", "--version"))
    ):
        if rest[:2] == ["import", "products"]:
            # The file is read by a forked child while the imports below run
            # (core/importing/read_ahead.py: ~1 s of a 100k-row import).
            from core.importing.read_ahead import start

            start(rest)
        from core.cli import main as cli_main

        # The CLI parser knows --lang too (for --help and validation), so it gets argv as given.
        return cli_main(argv, translate=cli_translate(cli_language(lang)))
    from ui.app import run_app

    return run_app(argv)


def split_lang(argv: list[str]) -> tuple[str | None, list[str]]:
    """``--lang X`` / ``--lang=X`` given before the subcommand, and argv without it."""
    for i, arg in enumerate(argv):
        if arg == "--lang":
            return (argv[i + 1] if i + 1 < len(argv) else ""), argv[:i] + argv[i + 2 :]
        if arg.startswith("--lang="):
            return arg.partition("=")[2], argv[:i] + argv[i + 1 :]
        if not arg.startswith("-"):
            break  # the subcommand: later options are its own
    return None, argv


def cli_language(requested: str | None) -> str:
    """--lang, else $MATRIXDESK_LANG, else the system locale: "zh_CN" or "en"."""
    for value in (requested, os.environ.get(LANG_ENV)):
        if value:
            if value.lower().startswith("zh"):
                return "zh_CN"
            if value.lower().startswith("en"):
                return "en"
    from ui.i18n import system_language

    return system_language()


def cli_translate(language: str):
    """A translate callable without a QApplication: a bare QTranslator on the .qm file."""
    from core.i18n import identity

    if language == "en":
        return identity  # English is the source text: no Qt needed
    from PySide6.QtCore import QTranslator

    from ui.i18n import qm_file

    translator = QTranslator()
    path = qm_file(language)
    if path is None or not translator.load(str(path)):
        return identity

    def translate(context: str, text: str) -> str:
        return translator.translate(context, text) or text

    return translate


if __name__ == "__main__":
    # Files are parsed in child processes (core/importing/isolation.py); a frozen app must
    # let a child it starts run the parser instead of the app.
    import multiprocessing

    multiprocessing.freeze_support()
    sys.exit(main())
