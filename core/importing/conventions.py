"""Conventions of ERP import templates (店小秘 and the like) that are not errors.

- Templates carry instruction rows under the data ("事项说明：1.红色字体带*号，表示为必填项…"):
  one long text in one (often merged) cell. They are recognised, counted and skipped.
- "没有变种的产品，SKU和变种名称及变种属性值不填": a product without variants may leave the SKU
  empty. Such a row gets its product's code as SKU code, with a warning that says so.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from core.i18n import QT_TRANSLATE_NOOP
from core.importing.validate import (
    MISSING_SKU,
    TEXT_LIMITS,
    BadValue,
    Where,
    cell_message,
    is_empty,
    variant_attributes,
)

if TYPE_CHECKING:
    from core.importing.rows import ImportRow

INSTRUCTION_WORDS = re.compile(
    r"说明|注意|必填|填写|示例|请勿|删除此行|instruction|note:|notes:|example|do not|required",
    re.IGNORECASE,
)
MIN_INSTRUCTION_LENGTH = 20

CODE_FROM_PRODUCT = QT_TRANSLATE_NOOP(
    "Import",
    "{where}, row {row}, column {column}: the SKU is empty, as 店小秘 templates leave it for a "
    "product without variants; the SKU gets the product's code “{code}”.",
)


def is_instruction_row(cells: Sequence[Any]) -> bool:
    """One text (a merged cell may repeat it) that reads like template instructions: several
    lines or a long sentence with words such as 说明, 必填, "example"."""
    first: Any = None
    text = ""
    for cell in cells:  # stops at the second different text: most rows cost two cells
        if is_empty(cell):
            continue
        if first is None:
            first, text = cell, str(cell).strip()
        elif str(cell).strip() != text:
            return False
    if first is None or isinstance(first, (int, float)):
        return False
    return len(text) >= MIN_INSTRUCTION_LENGTH and (
        "\n" in text or bool(INSTRUCTION_WORDS.search(text))
    )


def _product_key(row: ImportRow) -> str:
    return str(row.values.get("spu_code") or row.values.get("product_name") or "")


def codes_for_products_without_variants(
    rows: Sequence[ImportRow], headers: dict[str, str], sheet: Where
) -> int:
    """Give a SKU-less row its product's code when it is that product's only row and names no
    variant; returns how many rows got one. Other SKU-less rows stay rejected."""
    per_product: dict[str, int] = {}
    for row in rows:
        key = _product_key(row)
        if key:
            per_product[key] = per_product.get(key, 0) + 1
    taken = {row.sku_code for row in rows if row.sku_code}
    column = headers.get("sku_code", "SKU")
    given = 0
    for row in rows:
        if row.sku_code or not row.messages or row.messages[0].text != MISSING_SKU:
            continue
        key = _product_key(row)
        if not key or per_product[key] != 1 or variant_attributes(row.values):
            continue
        code = " ".join(key.split())[: TEXT_LIMITS["sku_code"]].strip()
        if code in taken:
            continue
        taken.add(code)
        row.messages.pop(0)
        row.sku_code = row.values["sku_code"] = code
        row.values.setdefault("spu_code", key)
        row.warnings.insert(
            0,
            cell_message(sheet, row.row_number, column, "", BadValue(CODE_FROM_PRODUCT, code=code)),
        )
        given += 1
    return given
