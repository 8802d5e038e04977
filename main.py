"""MatrixDesk entry point: the command line when a subcommand is given, else the desktop app.

python main.py                      open the last workspace (the demo on first start)
python main.py WORKSPACE.matrixdesk open that workspace
python main.py [--lang en|zh_CN] demo|info|import|export|kpi|report ...   see --help
"""

from __future__ import annotations

import os
import sys

LANG_ENV = "MATRIXDESK_LANG"
# polars' allocator (its own jemalloc) returns freed pages to the system only after ~10 s by
# default: a 1M-row import frees its raw cells (~400 MB) and builds the cleaned columns within
# a second, so both stayed resident (peak 800-1,000 MB; with 250 ms: 720-750 MB, same CPU).
# Read when polars loads, so set before; a value already in the environment is kept.
ALLOCATOR_ENV = "_RJEM_MALLOC_CONF"
ALLOCATOR = "dirty_decay_ms:250,muzzy_decay_ms:0"
os.environ.setdefault(ALLOCATOR_ENV, ALLOCATOR)


def main(argv: list[str] | None = None) -> int:
    own_process = argv is None  # started as the program (not called by a test or a script)
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
        cli_main = _cli_main(own_process)

        # The CLI parser knows --lang too (for --help and validation), so it gets argv as given.
        return cli_main(argv, translate=cli_translate(cli_language(lang)))
    from ui.app import run_app

    return run_app(argv)


def _cli_main(own_process: bool):
    """core.cli.main with every command's module imported. In a process of its own the
    collector is paused meanwhile and what the imports made is frozen (gc.freeze): the modules
    live as long as the process, and collections walking SQLAlchemy's, pydantic's and polars'
    objects again and again cost a command ~0.2-0.3 s of CPU."""
    if not own_process:
        from core.cli import main as called

        return called
    import gc
    import importlib

    gc.disable()
    try:
        from core.cli import COMMAND_MODULES
        from core.cli import main as started

        for name in COMMAND_MODULES:  # what build_parser imports, in its order
            importlib.import_module(name)
        gc.freeze()
    finally:
        gc.enable()
    return started


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
    if plainly_english():
        return "en"  # what Qt would say, without importing it (PySide6 and its import hook)
    from ui.i18n import system_language

    return system_language()


# What Qt's system locale is made of on Linux (qlocale_unix.cpp reads these and nothing else).
LOCALE_VARIABLES = ("LC_ALL", "LC_MESSAGES", "LC_NUMERIC", "LC_TIME", "LC_MONETARY",
                    "LC_MEASUREMENT", "LC_COLLATE", "LANG", "LANGUAGE")  # fmt: skip


def plainly_english() -> bool:
    """True on Linux when every locale variable is unset, C/POSIX or English: then
    QLocale.system() cannot be Chinese. Importing PySide6 just to ask cost a command ~0.2 s
    of CPU (its import hook then reads the source of every module imported after it)."""
    if not sys.platform.startswith("linux"):
        return False  # Windows and macOS ask the system, not the environment
    for name in LOCALE_VARIABLES:
        for part in os.environ.get(name, "").split(":"):  # LANGUAGE is a list: "en_GB:en"
            code = part.split(".")[0].split("@")[0]
            if code not in ("", "C", "POSIX") and not (
                code[:2].lower() == "en" and code[2:3] in ("", "_", "-")
            ):
                return False
    return True


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
