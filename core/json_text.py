"""``json.dumps(value, indent=N, ensure_ascii=False)``, the same text, several times faster.

With ``indent`` the standard library encodes in pure Python, one generator per level: for
``matrix --all --json`` (120,000 cells of 7 fields) that was most of the command's time.
Here strings go through the C string encoder and a dict of plain values is written in one
join. Anything else (non-string keys, other types) is handed to ``json.dumps`` itself, so
the text never differs (tests/test_matrix_speed.py compares both on varied values).
"""

from __future__ import annotations

import json
from json.encoder import encode_basestring  # the C one when available, as json.dumps uses
from typing import Any

_INFINITY = float("inf")


def _scalar(value: Any) -> str | None:
    """The JSON text of a plain value, or None when it is not one."""
    kind = value.__class__
    if kind is str:
        return encode_basestring(value)
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if kind is int:
        return int.__repr__(value)
    if kind is float:
        if value != value:
            return "NaN"
        if value == _INFINITY:
            return "Infinity"
        if value == -_INFINITY:
            return "-Infinity"
        return float.__repr__(value)
    return None


def dumps(value: Any, indent: int = 2) -> str:
    """``json.dumps(value, indent=indent, ensure_ascii=False)``."""
    parts: list[str] = []
    _encode(value, parts, "\n", " " * indent)
    return "".join(parts)


def _encode(value: Any, parts: list[str], newline: str, step: str) -> None:
    text = _scalar(value)
    if text is not None:
        parts.append(text)
        return
    kind = value.__class__
    inner = newline + step
    if kind is dict:
        if not value:
            parts.append("{}")
            return
        if not all(key.__class__ is str for key in value):
            # int, float, bool or None keys: json.dumps's own conversions, indented alike
            parts.append(json.dumps(value, indent=len(step), ensure_ascii=False)
                         .replace("\n", newline))  # fmt: skip
            return
        scalars = [_scalar(v) for v in value.values()]
        if None not in scalars:  # the common case: a dict of plain values in one join
            parts.append(
                "{"
                + inner
                + ("," + inner).join(
                    f"{encode_basestring(k)}: {t}" for k, t in zip(value, scalars, strict=True)
                )
                + newline
                + "}"
            )
            return
        parts.append("{")
        first = True
        for key, item in value.items():
            parts.append(inner if first else "," + inner)
            first = False
            parts.append(encode_basestring(key) + ": ")
            _encode(item, parts, inner, step)
        parts.append(newline + "}")
    elif kind is list or kind is tuple:
        if not value:
            parts.append("[]")
            return
        parts.append("[")
        first = True
        for item in value:
            parts.append(inner if first else "," + inner)
            first = False
            _encode(item, parts, inner, step)
        parts.append(newline + "]")
    else:
        parts.append(json.dumps(value, indent=len(step), ensure_ascii=False).replace("\n", newline))
