"""Values a file leaves unfilled are unknown, not zero.

A cost of 0.00 is almost always a field nobody filled in (Shopify writes 0.00 for "Cost per
item" left empty), and importing it makes every such SKU a 100 % margin. Unless the seller says
their zero costs are real, it is imported as missing: a new SKU gets no cost, an existing one
keeps its own, and the row says so.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from core.i18n import QT_TRANSLATE_NOOP
from core.importing.validate import BadValue, Where, cell_message

if TYPE_CHECKING:
    from core.importing.rows import ImportRow

ZERO_COST = QT_TRANSLATE_NOOP(
    "Import",
    "{where}, row {row}, column {column}: a cost of 0 is almost always a field left unfilled, "
    "so it is imported as missing. If your costs of 0 are real, say so in the preview "
    "(command line: --zero-cost-is-real).",
)


def zero_costs_as_missing(
    rows: Iterable[ImportRow], real: bool, headers: dict[str, str], sheet: Where
) -> int:
    """Count the accepted rows with a cost of 0; unless ``real``, drop those costs with a
    warning. Returns the count either way (the preview offers the choice when it is > 0)."""
    count = 0
    column = headers.get("cost", "")
    for row in rows:
        if row.messages or row.values.get("cost") != 0:
            continue
        count += 1
        if not real:
            del row.values["cost"]
            row.warnings.append(
                cell_message(sheet, row.row_number, column, "0", BadValue(ZERO_COST))
            )
    return count
