"""Rows an import refused, as a workbook to fix and import again (领星/店小秘 "下载失败数据"),
and a blank template whose headers the column matcher recognises.

Both return plain ``Sheet``s; ``core.xlsx_export.write_workbook`` writes them safely.
"""

from __future__ import annotations

from typing import Any

from core.i18n import QT_TRANSLATE_NOOP, Translate, identity
from core.importing.fields import PRODUCT_FIELDS
from core.importing.mapping import auto_map
from core.importing.products import ImportPreview
from core.importing.readers import RawTable
from core.xlsx_export import Sheet

REASON = QT_TRANSLATE_NOOP("Import", "Why it was not imported")
ROW = QT_TRANSLATE_NOOP("Import", "Row in the file")
REJECTED_TITLE = QT_TRANSLATE_NOOP("Import", "Not imported")
TEMPLATE_TITLE = QT_TRANSLATE_NOOP("Import", "Products")


def rejected_sheet(
    table: RawTable, preview: ImportPreview, translate: Translate = identity
) -> Sheet:
    """The refused rows exactly as they were in the file (same columns, same cells), with the
    file's row number first and the reasons last, so a seller fixes them and imports the
    sheet again."""
    by_number = dict(zip(table.row_numbers, table.rows, strict=False))
    rows: list[list[Any]] = []
    for rejected in preview.rejected:
        cells = list(by_number.get(rejected.row_number, []))
        cells += [""] * (len(table.headers) - len(cells))
        reasons = "\n".join(m.render(translate) for m in rejected.messages)
        rows.append([rejected.row_number, *cells[: len(table.headers)], reasons])
    headers = [translate("Import", ROW), *table.headers, translate("Import", REASON)]
    return Sheet(translate("Import", REJECTED_TITLE), headers, rows)


def template_sheet(translate: Translate = identity) -> Sheet:
    """An empty product sheet: one column per field, named as the user reads it (the names
    are aliases the column matcher knows in both languages)."""
    headers = [translate("Import", f.label) for f in PRODUCT_FIELDS]
    for position, target in enumerate(PRODUCT_FIELDS):
        # A label the matcher would not give back to its field: the first alias it does.
        for alias in (headers[position], *target.aliases[1:], target.aliases[0]):
            headers[position] = alias
            if auto_map(headers).get(target.key) == position:
                break
    return Sheet(translate("Import", TEMPLATE_TITLE), headers, [])
