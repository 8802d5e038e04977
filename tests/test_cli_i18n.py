"""The command line speaks Simplified Chinese or English; JSON and "error:" stay the same."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import main as entry
from core.cli import build_parser, main
from core.i18n import identity

BOTH_ENGINES = True

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "resources" / "translations" / "matrixdesk_zh_CN.ts"


@pytest.fixture(scope="module")
def zh(tmp_path_factory):
    """A translate callable on a QTranslator loaded from the committed .ts, compiled to tmp."""
    from PySide6.QtCore import QTranslator

    qm = tmp_path_factory.mktemp("qm") / "zh_CN.qm"
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    subprocess.run([str(lrelease), "-silent", str(TS), "-qm", str(qm)], check=True)
    translator = QTranslator()
    assert translator.load(str(qm))

    def translate(context: str, text: str) -> str:
        return translator.translate(context, text) or text

    translate.translator = translator  # type: ignore[attr-defined]  # keep it alive
    return translate


def run(capsys, argv, translate=identity):
    code = main(argv, translate=translate)
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_info_in_chinese_and_the_same_json(workspace, zh, capsys):
    path = workspace.location
    workspace.close()
    code, out, _ = run(capsys, ["--lang", "zh_CN", "info", path], zh)
    assert code == 0
    assert f"工作区：        {path}" in out and "数据库版本：" in out
    assert "团队成员" in out and "销售记录" in out and "team members" not in out
    code, english, _ = run(capsys, ["info", path])
    assert "Workspace:      " in english and "team members" in english and "工作区" not in english
    zh_json = json.loads(run(capsys, ["--lang", "zh_CN", "info", path, "--json"], zh)[1])
    en_json = json.loads(run(capsys, ["info", path, "--json"])[1])
    assert zh_json == en_json and "skus" in zh_json["counts"]


def test_import_preview_in_chinese_names_the_file(workspace, tmp_path, zh, capsys):
    path = workspace.location
    workspace.close()
    csv = tmp_path / "货品.csv"
    csv.write_text("SKU,Product name,Price\nA-1,Lamp,12.99\nA-2,Lamp,abc\n", encoding="utf-8")
    code, _, err = run(capsys, ["import", "products", path, str(csv)], zh)
    assert code == 1 and err.startswith("error: 货品.csv") and "--currency CUR" in err
    assert "currency" not in err.replace("--currency", "")
    code, out, _ = run(capsys, ["import", "products", path, str(csv), "--currency", "USD"], zh)
    assert code == 0
    assert "文件：      货品.csv" in out and "表头行：    1" in out
    assert "SKU 编码" in out and "<- SKU" in out
    assert "新增 2，变更 0，未变 0，拒绝 0，跳过 0" in out
    warned = [line for line in out.splitlines() if "abc" in line]
    assert len(warned) == 1 and "row 3" not in warned[0] and "第 3 行" in warned[0]
    assert "仅预览" in out and "Preview only" not in out


def test_error_lines_start_with_error_in_both_languages(workspace, tmp_path, zh, capsys):
    bad = tmp_path / "坏文件.matrixdesk"
    bad.write_text("hello")
    code, _, err_en = run(capsys, ["info", str(bad)])
    code_zh, _, err_zh = run(capsys, ["info", str(bad)], zh)
    assert code == code_zh == 1
    assert err_en.startswith("error: ") and err_zh.startswith("error: ")
    assert "坏文件.matrixdesk" in err_zh and err_zh != err_en
    path = workspace.location
    workspace.close()
    csv = tmp_path / "colours.csv"
    csv.write_text("Colour,Mood\nred,happy\n", encoding="utf-8")
    code, _, err = run(capsys, ["import", "products", path, str(csv)], zh)
    assert code == 1 and err.startswith("error: colours.csv：") and "Colour, Mood" in err
    code, _, err = run(capsys, ["import", "undo", path, "7"], zh)
    assert code == 1 and err.startswith("error: ") and "Traceback" not in err


def test_help_texts_are_translated():
    def zh_help(context, text):  # stand-in translator: proves help= goes through translate
        return "【" + text + "】"

    text = build_parser(zh_help).format_help()
    assert "【write the demo workspace to PATH】" in text and "--lang {en,zh_CN}" in text
    assert "【import products from Excel/CSV; history; undo】" in text


def test_language_is_lang_then_environment_then_system(monkeypatch):
    assert entry.split_lang(["--lang", "en", "info", "x"]) == ("en", ["info", "x"])
    assert entry.split_lang(["--lang=zh_CN", "info", "x"]) == ("zh_CN", ["info", "x"])
    assert entry.split_lang(["info", "x", "--lang", "en"]) == (None, ["info", "x", "--lang", "en"])
    monkeypatch.setenv("MATRIXDESK_LANG", "zh_CN")
    assert entry.cli_language(None) == "zh_CN" and entry.cli_language("en") == "en"
    monkeypatch.setenv("MATRIXDESK_LANG", "en_US.UTF-8")
    assert entry.cli_language(None) == "en"
    monkeypatch.delenv("MATRIXDESK_LANG")
    from ui.i18n import system_language

    assert entry.cli_language(None) == system_language()
    assert entry.cli_translate("en") is identity
    assert entry.cli_translate("zh_CN")("Cli", "print JSON") == "输出 JSON"


def _main_py(args, lang_env):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("MATRIXDESK_LANG", None)
    if lang_env:
        env["MATRIXDESK_LANG"] = lang_env
    result = subprocess.run(
        [sys.executable, "main.py", *args], cwd=ROOT, env=env, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_main_py_follows_lang_and_environment(workspace):
    path = workspace.location
    workspace.close()
    pinned = _main_py(["--lang", "en", "info", path], lang_env="zh_CN")
    assert pinned.startswith("Workspace:      ") and "team members" in pinned
    chinese = _main_py(["info", path], lang_env="zh_CN")
    assert chinese.startswith("工作区：") and "团队成员" in chinese
    english = _main_py(["info", path], lang_env="en")
    assert english == pinned


def test_import_history_names_the_demo_import_in_the_cli_language(demo, zh, capsys):
    """`import history` printed "demo sales history" in English under --lang zh_CN, while the
    UI shows the demo's import name translated (core/demo_names.py)."""
    path = demo.location
    demo.close()
    code, out, _ = run(capsys, ["--lang", "zh_CN", "import", "history", path], zh)
    assert code == 0
    assert "演示销售历史" in out and "demo sales history" not in out
    code, english, _ = run(capsys, ["import", "history", path])
    assert code == 0 and "demo sales history" in english and "演示" not in english


def _modules_after(code: str, env: dict[str, str]) -> set[str]:
    """The modules a fresh interpreter holds after running ``code`` in ``env``."""
    script = f"import sys\n{code}\nprint('\\n'.join(sorted(sys.modules)))"
    result = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, env=env, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    return set(result.stdout.split())


def _locale_env(**values: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LC_", "LANG"))}
    env.pop("MATRIXDESK_LANG", None)
    return {**env, "QT_QPA_PLATFORM": "offscreen", **values}


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Qt reads the system there")
def test_an_english_or_c_locale_answers_without_qt(tmp_path):
    """On Linux QLocale.system() is made of the locale variables only: when they say C or
    English, the command line answers "en" without importing PySide6 (~0.2 s of CPU with its
    import hook); anything else is still Qt's to say."""
    for env in (_locale_env(), _locale_env(LANG="C.UTF-8"),
                _locale_env(LANG="en_US.UTF-8", LANGUAGE="en_GB:en")):  # fmt: skip
        code = "import main; assert main.cli_language(None) == 'en'"
        loaded = _modules_after(code, env)
        assert not any(name.startswith(("PySide6", "shiboken6", "ui")) for name in loaded)
    for env in (_locale_env(LANG="zh_CN.UTF-8"), _locale_env(LANG="en_US.UTF-8", LC_ALL="zh_CN"),
                _locale_env(LANG="C.UTF-8", LANGUAGE="zh_CN:en")):  # fmt: skip
        code = "import main; assert main.cli_language(None) == 'zh_CN'"
        assert "PySide6.QtCore" in _modules_after(code, env)
    # A language we do not speak is Qt's to name (and then English): Qt is asked.
    code = "import main; assert main.cli_language(None) == 'en'"
    assert "PySide6.QtCore" in _modules_after(code, _locale_env(LANG="de_DE.UTF-8"))


def test_import_products_loads_neither_qt_nor_other_commands_models(tmp_path):
    """``import products`` in English imports no PySide6, no numpy and not the goals,
    selection or team-copy code the other commands need (their models cost it ~0.1 s)."""
    from core.demo import build_demo

    path = tmp_path / "shop.matrixdesk"
    build_demo(path).close()
    csv = tmp_path / "lamps.csv"
    csv.write_text("SKU,Product,Name,Price\nL-1,L,Lamp,9.5\n", encoding="utf-8")
    code = (
        "import main\n"
        f"assert main.main(['import', 'products', {str(path)!r}, {str(csv)!r}, "
        "'--currency', 'USD', '--apply']) == 0"
    )
    loaded = _modules_after(code, _locale_env(LANG="C.UTF-8"))
    assert "core.importing.apply" in loaded
    unwanted = ("PySide6", "shiboken6", "ui", "core.goals.progress", "core.workspace_copy",
                "core.goals.models", "numpy")  # fmt: skip
    assert not any(name.startswith(unwanted) for name in loaded)


def test_a_command_of_its_own_freezes_its_imports_and_a_call_does_not(workspace):
    """Started as the program, a command pauses the collector while the command modules
    import and freezes what they made (gc.freeze: collections no longer walk SQLAlchemy's,
    pydantic's and polars' objects, ~0.1 s of an import's CPU); called with argv (tests,
    scripts) it leaves the caller's collector alone."""
    import gc

    path = workspace.location
    workspace.close()
    code = (
        "import gc, sys, main\n"
        f"sys.argv = ['main.py', '--lang', 'en', 'info', {str(path)!r}]\n"
        "assert main.main() == 0\n"
        "print(gc.get_freeze_count(), gc.isenabled(), file=sys.stderr)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env=_locale_env(), capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    frozen, enabled = result.stderr.split()[-2:]
    assert int(frozen) > 50_000 and enabled == "True"
    before = gc.get_freeze_count()
    assert entry.main(["--lang", "en", "info", str(path)]) == 0
    assert gc.get_freeze_count() == before and gc.isenabled()
