"""PySide6's per-import source check (does the module's source say "PySide6"?) answered from
the file's bytes: the same answers as reading the source, and no module's lines kept."""

from __future__ import annotations

import importlib
import inspect
import os
import subprocess
import sys
from pathlib import Path

import pytest

import ui
from ui.source_check import uses_pyside

REPO = Path(__file__).resolve().parents[1]


def test_the_app_uses_the_light_check():
    feature = sys.modules.get("shibokensupport.feature")
    if feature is None:
        pytest.skip("this PySide6 has no __feature__ support")
    assert ui is not None and feature._mod_uses_pyside is uses_pyside


def _by_source(module) -> bool:
    try:
        return "PySide6" in inspect.getsource(module)
    except (TypeError, OSError, SyntaxError):
        return False


def test_same_answer_as_reading_the_source():
    for name in ("core.catalog", "ui.app", "ui.models.catalog_search"):
        importlib.import_module(name)
    modules = [
        m for m in list(sys.modules.values()) if isinstance(getattr(m, "__file__", None), str)
    ]
    ours = [m for m in modules if m.__file__.startswith(str(REPO))]
    assert len(ours) > 20
    answers = {m.__name__: (uses_pyside(m), _by_source(m)) for m in modules}
    assert all(light == by_source for light, by_source in answers.values()), {
        name: pair for name, pair in answers.items() if pair[0] != pair[1]
    }
    assert answers["ui.app"] == (True, True)  # imports PySide6
    assert answers["ui.models.catalog_search"] == (False, False)  # no Qt there
    assert uses_pyside(sys) is False  # built in: no file


def test_no_module_source_is_kept_after_the_app_is_imported():
    code = (
        "import linecache, ui.app, ui.main_window, ui.pages.inventory.page, "
        "core.inventory.review; "
        f"print(sorted(f for f in linecache.cache if f.startswith(({str(REPO / 'ui')!r}, "
        f"{str(REPO / 'core')!r})) and not f.endswith('source_check.py')))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, check=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )  # fmt: skip
    # (this module itself is read before it can lighten the check)
    assert result.stdout.strip() == "[]", result.stderr
