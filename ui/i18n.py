"""Run-time language switching between Simplified Chinese and English.

English is the source language; Chinese comes from ``resources/translations/*.ts`` compiled to
``.qm`` by ``make translations`` (or here, on first use, when running from a source checkout).
Widgets re-read their texts on ``QEvent.LanguageChange`` (see their ``retranslate`` methods).
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QLocale, QSettings, QTranslator
from PySide6.QtWidgets import QApplication

from core.resources import resource_path
from ui import paths
from ui.fonts import follow_language

LANGUAGES = {"zh_CN": "简体中文", "en": "English"}
SETTINGS_KEY = "ui/language"


def translate(context: str, text: str) -> str:
    """The ``Translate`` callable core functions take."""
    return QCoreApplication.translate(context, text)


def system_language() -> str:
    return "zh_CN" if QLocale.system().name().startswith("zh") else "en"


def saved_language() -> str:
    value = QSettings().value(SETTINGS_KEY, "")
    return value if value in LANGUAGES else system_language()


def qm_file(code: str) -> Path | None:
    """The compiled translation, building it from the .ts source when it is missing or old."""
    qm = resource_path("translations", f"matrixdesk_{code}.qm")
    ts = qm.with_suffix(".ts")
    if qm.exists() and (not ts.exists() or qm.stat().st_mtime >= ts.stat().st_mtime):
        return qm
    if ts.exists():
        import shutil
        import subprocess

        tool = shutil.which("pyside6-lrelease") or str(
            Path(sys.executable).with_name("pyside6-lrelease")
        )
        try:
            subprocess.run(
                [tool, "-silent", str(ts), "-qm", str(qm)],
                check=True,
                capture_output=True,
                timeout=60,
            )
        except (OSError, subprocess.SubprocessError):
            return qm if qm.exists() else None
    return qm if qm.exists() else None


class LanguageSwitcher:
    """Owns the installed translators; ``switch`` changes the language of the running app."""

    def __init__(self) -> None:
        self._translators: list[QTranslator] = []
        self.current = "en"

    def switch(self, code: str) -> None:
        app = QCoreApplication.instance()
        for translator in self._translators:
            app.removeTranslator(translator)
        self._translators.clear()
        self.current = code if code in LANGUAGES else "en"
        if isinstance(app, QApplication):
            follow_language(app, self.current)
        if self.current != "en":
            qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
            for loader in (
                lambda t: t.load(f"qtbase_{self.current}", qt_dir),
                lambda t: (path := qm_file(self.current)) is not None and t.load(str(path)),
            ):
                translator = QTranslator(app)
                if loader(translator):
                    app.installTranslator(translator)
                    self._translators.append(translator)
        # Qt posts LanguageChange; deliver it now so every widget has its new texts on return.
        # (The application re-posts it to each top-level window, hence the second round.)
        QCoreApplication.sendPostedEvents(app, QEvent.Type.LanguageChange)
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
        paths.store(SETTINGS_KEY, self.current)  # unchanged at most starts: not written
        QLocale.setDefault(
            QLocale(
                QLocale.Language.Chinese if self.current == "zh_CN" else QLocale.Language.English
            )
        )
