"""Codes that several different variants share, and how to key them apart.

Shopify stores often give every size of a style the same Variant SKU ("W0402.00 -0-0-0" for
sizes 36 to 42, each with its own barcode). Rejecting the repeats throws most of the catalog
away, so the preview proposes a key that tells the variants apart:

- ``option``: the code plus the option values that differ within the group ("…-36");
- ``barcode``: each variant's barcode;
- ``reject``: keep the first row, reject the others (what happens to truly identical rows).

Rows that repeat an earlier row exactly are always rejected with the duplicate message.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from core.i18n import QT_TRANSLATE_NOOP, Message
from core.importing.validate import (
    DUPLICATE_SKU,
    TEXT_LIMITS,
    BadValue,
    Where,
    cell_message,
    variant_attributes,
)

if TYPE_CHECKING:
    from core.importing.rows import ImportRow

KEY_BY_OPTIONS = "option"
KEY_BY_BARCODE = "barcode"
REJECT_REPEATS = "reject"
DUPLICATE_CODE_CHOICES = (KEY_BY_OPTIONS, KEY_BY_BARCODE, REJECT_REPEATS)

CHOICE_LABELS = {
    KEY_BY_OPTIONS: QT_TRANSLATE_NOOP("Import", "code + option values"),
    KEY_BY_BARCODE: QT_TRANSLATE_NOOP("Import", "the barcode"),
    REJECT_REPEATS: QT_TRANSLATE_NOOP("Import", "reject the repeated rows"),
}
NOT_TOLD_APART = QT_TRANSLATE_NOOP(
    "Import",
    "{where}, row {row}, column {column}: SKU '{value}' is shared with row {first_row}, and "
    "{key} does not tell the two apart; choose another key or give the rows their own codes.",
)


@dataclass
class SharedCodes:
    """What the preview found and did about codes shared by different rows."""

    codes: int = 0  # codes used by two or more rows that differ
    rows: int = 0  # the rows using them
    proposed: str = REJECT_REPEATS
    chosen: str = REJECT_REPEATS
    keyed: dict[str, int] = field(default_factory=dict)  # choice -> rows it keys uniquely
    examples: dict[str, tuple[str, str]] = field(default_factory=dict)  # choice -> (old, new)


def _signature(values: dict[str, Any]) -> Hashable:
    return tuple(sorted((k, v) for k, v in values.items() if isinstance(v, Hashable)))


def _option_keys(code: str, rows: list[ImportRow]) -> list[str | None]:
    """code-value-value: only the option values that differ within the group."""
    attributes = [variant_attributes(row.values) for row in rows]
    names: list[str] = []
    for item in attributes:
        names.extend(n for n in item if n not in names)
    varying = [n for n in names if len({a.get(n, "") for a in attributes}) > 1]
    if not varying:
        return [None] * len(rows)
    keys: list[str | None] = []
    for item in attributes:
        parts = [" ".join(item[n].split()) for n in varying if item.get(n)]
        keys.append("-".join([code, *parts]) if parts else None)
    return keys


def _barcode_keys(rows: list[ImportRow]) -> list[str | None]:
    return [row.values.get("barcode") or None for row in rows]


def _unique(keys: list[str | None], taken: set[str]) -> list[str | None]:
    """Keep keys that are unique in the group, fit the column and clash with no other code."""
    counts: dict[str, int] = {}
    for key in keys:
        if key:
            counts[key] = counts.get(key, 0) + 1
    limit = TEXT_LIMITS["sku_code"]
    return [
        key if key and counts[key] == 1 and key not in taken and len(key) <= limit else None
        for key in keys
    ]


def key_shared_codes(
    rows: Iterable[ImportRow],
    choice: str | None,
    headers: dict[str, str],
    sheet: Where,
) -> SharedCodes:
    """Reject exact repeats; key rows that share a code but differ by ``choice`` (None: the
    proposal). Rows are changed in place: new ``sku_code`` (the file's code is kept in
    ``file_code`` and becomes the SPU when the file names none) or a rejection message."""
    column = headers.get("sku_code", "SKU")
    groups: dict[str, list[ImportRow]] = {}
    for row in rows:
        if row.sku_code and not row.messages:
            groups.setdefault(row.sku_code, []).append(row)
    shared: dict[str, list[ImportRow]] = {}
    for code, group in groups.items():
        if len(group) == 1:
            continue  # the usual case: a code used once
        seen: dict[Hashable, int] = {}
        different: list[ImportRow] = []
        for row in group:
            signature = _signature(row.values)
            if signature in seen:
                bad = BadValue(DUPLICATE_SKU, first_row=seen[signature])
                row.messages.insert(0, cell_message(sheet, row.row_number, column, code, bad))
            else:
                seen[signature] = row.row_number
                different.append(row)
        if len(different) > 1:
            shared[code] = different
    result = SharedCodes(codes=len(shared), rows=sum(len(g) for g in shared.values()))
    taken = {code for code in groups if code not in shared}
    keys: dict[str, dict[str, list[str | None]]] = {KEY_BY_OPTIONS: {}, KEY_BY_BARCODE: {}}
    for choice_name, make in (
        (KEY_BY_OPTIONS, _option_keys),
        (KEY_BY_BARCODE, lambda _code, group: _barcode_keys(group)),
    ):
        made = {code: make(code, group) for code, group in shared.items()}
        # a key may not clash with another group's key either
        everywhere: dict[str, int] = {}
        for group_keys in made.values():
            for key in set(filter(None, group_keys)):
                everywhere[key] = everywhere.get(key, 0) + 1
        clashes = {key for key, count in everywhere.items() if count > 1}
        for code, group_keys in made.items():
            keys[choice_name][code] = _unique(group_keys, taken | clashes)
        result.keyed[choice_name] = sum(
            1 for group_keys in keys[choice_name].values() for key in group_keys if key
        )
        for code, group_keys in keys[choice_name].items():
            if group_keys[0]:
                result.examples[choice_name] = (code, group_keys[0])
                break
    result.keyed[REJECT_REPEATS] = result.codes
    result.proposed = _propose(result)
    result.chosen = choice if choice in DUPLICATE_CODE_CHOICES else result.proposed
    for code, group in shared.items():
        _apply(code, group, result.chosen, keys.get(result.chosen, {}).get(code), sheet, column)
    return result


def _propose(result: SharedCodes) -> str:
    if not result.rows:
        return REJECT_REPEATS
    for choice in (KEY_BY_OPTIONS, KEY_BY_BARCODE):
        if result.keyed[choice] == result.rows:
            return choice
    best = max((KEY_BY_OPTIONS, KEY_BY_BARCODE), key=lambda c: result.keyed[c])
    return best if result.keyed[best] else REJECT_REPEATS


def _apply(
    code: str,
    group: list[ImportRow],
    choice: str,
    keys: list[str | None] | None,
    sheet: Where,
    column: str,
) -> None:
    first = group[0].row_number
    if choice == REJECT_REPEATS or not keys or not any(keys):  # the key tells none apart
        for row in group[1:]:
            bad = BadValue(DUPLICATE_SKU, first_row=first)
            row.messages.insert(0, cell_message(sheet, row.row_number, column, code, bad))
        return
    for row, key in zip(group, keys, strict=True):
        if key is None:
            other = group[1].row_number if row is group[0] else first
            label = Message("Import", CHOICE_LABELS[choice])
            bad = BadValue(NOT_TOLD_APART, first_row=other, key=label)
            row.messages.insert(0, cell_message(sheet, row.row_number, column, code, bad))
            continue
        row.file_code = code
        row.sku_code = key
        row.values["sku_code"] = key
        row.values.setdefault("spu_code", code)
