"""PySide6 asks, for every module imported after it, whether its source says "PySide6"
(shibokensupport's ``__feature__`` support: ``_mod_uses_pyside`` calls ``inspect.getsource``),
and ``linecache`` then keeps every line of every such file: 38 MB resident for the app's ~700
modules, and each file split into lines at import. ``lighten`` swaps in the same question
answered from the file's bytes, kept nowhere."""

from __future__ import annotations

import sys
from types import ModuleType

MARK = b"PySide6"


def uses_pyside(module: ModuleType) -> bool:
    """What ``_mod_uses_pyside`` answers: whether the module's source file contains
    "PySide6" (False when it has none, as for an extension module or a frozen one)."""
    path = getattr(module, "__file__", None)
    if not isinstance(path, str) or not path.endswith(".py"):
        return False
    try:
        with open(path, "rb") as source:
            return MARK in source.read()
    except OSError:
        return False


def lighten() -> bool:
    """Use ``uses_pyside`` from now on; False when this PySide6 has no such check."""
    feature = sys.modules.get("shibokensupport.feature")
    if feature is None or not callable(getattr(feature, "_mod_uses_pyside", None)):
        return False
    feature._mod_uses_pyside = uses_pyside  # type: ignore[attr-defined]
    return True
