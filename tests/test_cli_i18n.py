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
