"""Rows that list several SKUs in one cell ("A-1,A-2,A-3"), as Etsy's listings download does,
become one row per SKU under one SPU.

Etsy writes one row per listing: the SKU cell holds every variant's code, comma-separated, and
the variation cells hold the option values ("Black,Navy,Maroon"). The codes are NOT in the order
of the option values (checked on a real download: in 67 of 69 listings whose codes name their
size, the order differs), so a value is given to a code only when the code itself names it
("…-FFFFFF-XL" → Size XL). Otherwise the SKUs come in without variant attributes and the row
carries a warning. The listing's QUANTITY is the total over all its variants, so the SKUs of
such a row get no stock rather than an invented per-SKU number.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from core.i18n import QT_TRANSLATE_NOOP, Message
from core.importing.validate import (
    TEXT_LIMITS,
    BadValue,
    Where,
    cell_message,
    cell_text,
    clean_code,
)

CTX = "Import"
LIST_SEPARATORS = re.compile(r"\s*[,;]\s*")
CODE_PART = re.compile(r"[^\s,;]+")
CODE_PUNCTUATION = re.compile(r"[-_#/.\s]+")
SPU_SEPARATORS = "-_#/."
MIN_SPU_PREFIX = 3

NOT_PAIRED = QT_TRANSLATE_NOOP(
    "Import",
    "{where}, row {row}, column {column}: the {count} SKUs of this row could not be "
    "matched to the option values (their codes do not name the values, and the file does not "
    "list them in option order); they are imported without variant attributes.",
)
STOCK_IS_TOTAL = QT_TRANSLATE_NOOP(
    "Import",
    "{where}, row {row}, column {column}: rows that list several SKUs in one cell give "
    "the stock of the whole listing ({value} here), not of each SKU; stock is left empty for "
    "the SKUs of such rows.",
)


@dataclass
class Expansion:
    """The rows one file row becomes, and what the seller should know about it."""

    rows: list[dict[str, Any]]  # raw cells by field key, one per SKU
    warnings: list[Message] = field(default_factory=list)


def split_code_list(value: Any) -> list[str] | None:
    """The codes of a cell that lists several SKUs, or None for an ordinary single code.

    A list is two or more parts separated by "," or ";", each a plausible code: no spaces
    inside, at most as long as a SKU may be. "1,356" (a number with a thousands separator)
    and "Red, large" style text are not lists.
    """
    text = clean_code(value)
    if "," not in text and ";" not in text:
        return None
    parts = LIST_SEPARATORS.split(text.strip(",; "))
    limit = TEXT_LIMITS["sku_code"]
    if len(parts) < 2 or not all(CODE_PART.fullmatch(p) and len(p) <= limit for p in parts):
        return None
    if parts[0].isdigit() and all(p.isdigit() and len(p) == 3 for p in parts[1:]):
        return None
    return parts


def split_values(value: Any) -> list[str]:
    """Option values of a list cell: "Black,Navy, Forest Green" → three values."""
    text = cell_text(value)
    return [" ".join(p.split()) for p in re.split(r"[,;]", text) if p.strip()]


def _normalised(text: str) -> str:
    return "-" + CODE_PUNCTUATION.sub("-", text.casefold()).strip("-") + "-"


def pair_options(codes: list[str], value_lists: list[list[str]]) -> list[list[str]] | None:
    """For each code, one value of each list, or None when that cannot be told for sure.

    A list with one value fits every code. From a longer list, a code gets the one value it
    names as a whole part of the code ("XL" in "ADS-…-FFFFFF-XL", not in "2XL"). Every code
    must get a value from every list and no two codes the same combination.
    """
    paired: list[list[str]] = []
    for code in codes:
        key = _normalised(code)
        chosen: list[str] = []
        for values in value_lists:
            if len(values) == 1:
                chosen.append(values[0])
                continue
            named = [v for v in values if _normalised(v) in key]
            if len(named) != 1:
                return None
            chosen.append(named[0])
        paired.append(chosen)
    if len({tuple(c) for c in paired}) != len(paired):
        return None
    return paired


def spu_code_for(codes: list[str]) -> str:
    """The SPU of a listed row: the codes' common stem ("ADS-3WWYZZ25-5HGYH-FFFFFF" of
    "ADS-3WWYZZ25-5HGYH-FFFFFF-S, …-M"), cut at a separator; else the first code, which is
    short, unique in the file and stable when the file is imported again."""
    stem = codes[0]
    for code in codes[1:]:
        while not code.startswith(stem):
            stem = stem[:-1]
    cut = max(stem.rfind(s) for s in SPU_SEPARATORS)
    stem = stem[:cut].rstrip(SPU_SEPARATORS) if cut > 0 else ""
    return stem if len(stem) >= MIN_SPU_PREFIX else codes[0]


def expand_row(
    raw: dict[str, Any], headers: dict[str, str], sheet: Where, row: int, stock_warned: bool
) -> Expansion | None:
    """One raw row per listed SKU, or None when the SKU cell holds a single code.

    ``stock_warned`` says whether the file already carries the stock warning (it is given once).
    """
    codes = split_code_list(raw.get("sku_code"))
    if codes is None:
        return None
    sku_column = headers.get("sku_code", "SKU")
    warnings: list[Message] = []
    option_keys = [
        k for k in ("option1_value", "option2_value", "option3_value") if cell_text(raw.get(k))
    ]
    value_lists = [split_values(raw[k]) for k in option_keys]
    paired = pair_options(codes, value_lists) if value_lists else None
    if value_lists and paired is None:
        warnings.append(
            cell_message(sheet, row, sku_column, "", BadValue(NOT_PAIRED, count=len(codes)))
        )
    stock = raw.get("stock_qty")
    if not stock_warned and cell_text(stock):
        warnings.append(
            cell_message(sheet, row, headers.get("stock_qty", ""), stock, BadValue(STOCK_IS_TOTAL))
        )
    spu_code = clean_code(raw.get("spu_code")) or spu_code_for(codes)
    rows: list[dict[str, Any]] = []
    for index, code in enumerate(codes):
        cells = dict(raw, sku_code=code, spu_code=spu_code)
        cells.pop("stock_qty", None)
        for number, key in enumerate(option_keys):
            if paired is None:
                cells.pop(key, None)
            else:
                cells[key] = paired[index][number]
        if paired is None:  # option names without values would make no variant anyway
            for key in ("option1_name", "option2_name", "option3_name"):
                cells.pop(key, None)
        rows.append(cells)
    return Expansion(rows, warnings)
