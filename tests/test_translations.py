"""Every string a user reads has a Simplified Chinese translation, and switching works."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "resources" / "translations" / "matrixdesk_zh_CN.ts"


def _messages(ts: Path) -> dict[tuple[str, str], str]:
    result = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.find("name").text
        for message in context.iter("message"):
            translation = message.find("translation")
            done = translation.get("type") not in ("unfinished", "vanished", "obsolete")
            result[(name, message.find("source").text)] = (translation.text or "") if done else ""
    return result


def test_every_marked_string_is_translated(tmp_path):
    """Collect the strings from the code now (as `make lupdate` does) and compare."""
    sources = sorted(
        str(p.relative_to(ROOT)) for d in ("core", "ui") for p in (ROOT / d).rglob("*.py")
    )
    fresh = tmp_path / "fresh.ts"
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    subprocess.run(
        [str(lupdate), *sources, "-ts", str(fresh)], cwd=ROOT, check=True, capture_output=True
    )
    committed = _messages(TS)
    untranslated = [key for key in _messages(fresh) if not committed.get(key, "").strip()]
    assert untranslated == [], f"{len(untranslated)} strings lack a Chinese translation"


def test_core_marks_text_with_literal_contexts():
    """lupdate only collects QT_TRANSLATE_NOOP("Context", "text") with literal strings: a
    variable context would leave the text untranslated without anyone noticing."""
    import ast

    hidden = []
    for path in (ROOT / "core").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "QT_TRANSLATE_NOOP":
                literal = all(isinstance(a, ast.Constant) and isinstance(a.value, str)
                              for a in node.args[:2])  # fmt: skip
                if not literal or len(node.args) != 2:
                    hidden.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert hidden == []


def test_placeholders_survive_translation():
    import re

    for (context, source), translation in _messages(TS).items():
        if translation:
            wanted = sorted(re.findall(r"\{[a-z_]*\}", source))
            assert sorted(re.findall(r"\{[a-z_]*\}", translation)) == wanted, (context, source)


def test_switching_language_changes_texts(qapp, qt_settings):
    from PySide6.QtCore import QCoreApplication

    from ui.i18n import LanguageSwitcher

    switcher = LanguageSwitcher()
    switcher.switch("zh_CN")
    assert QCoreApplication.translate("Steps", "Inventory review") == "梳理现有产品线"
    switcher.switch("en")
    assert QCoreApplication.translate("Steps", "Inventory review") == "Inventory review"


def test_chinese_uses_one_register():
    """The app speaks to the seller as 你 everywhere, never the formal 您 (issue 7): every
    translation, every Chinese text in the code and every resource file."""
    formal = [(c, s) for (c, s), text in _messages(TS).items() if "您" in text]
    for folder in ("core", "ui", "resources"):
        for path in (ROOT / folder).rglob("*"):
            if path.suffix in (".py", ".json", ".qss", ".csv", ".txt"):
                if "您" in path.read_text(encoding="utf-8", errors="replace"):
                    formal.append((str(path.relative_to(ROOT)), "您"))
    assert formal == []
