"""Workbooks through python-calamine: xlsx/xlsm/xlsb/ods (zip) and legacy .xls (OLE/BIFF).

Zip workbooks are checked by :mod:`core.importing.xlsx_guard` first, and each sheet before its
grid is built. calamine's PanicException derives from BaseException, so it is caught as such.
"""

from __future__ import annotations

import zipfile
import zlib
from pathlib import Path
from typing import Any

from core.i18n import QT_TRANSLATE_NOOP
from core.importing.errors import ImportFileError, file_error
from core.importing.xlsx_guard import WorkbookRefused, check_ods, check_sheet, check_workbook

ZIP_MAGIC = b"PK\x03\x04"
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # old .xls (and other Office 97 files)


def _refused(path: Path, exc: WorkbookRefused) -> ImportFileError:
    sheet = str(exc.params.get("sheet", ""))
    params = {k: v for k, v in exc.params.items() if k != "sheet"}
    return file_error(exc.text, path, sheet, **params)


def _damaged(path: Path) -> ImportFileError:
    return file_error(
        QT_TRANSLATE_NOOP(
            "Import",
            "“{file}” is damaged or incomplete (it is not a readable Excel workbook). "
            "Open it in Excel or WPS and save it again.",
        ),
        path,
    )


def _reraise_interrupts(exc: BaseException) -> None:
    if isinstance(exc, KeyboardInterrupt | SystemExit | GeneratorExit):
        raise exc


class Workbook:
    """One open workbook: ``sheet_names`` and the cells of a sheet; close it when done."""

    def __init__(self, path: Path, magic: bytes) -> None:
        from python_calamine import CalamineWorkbook

        self.path = path
        self.parts: dict[str, str] | None = None
        if magic.startswith(ZIP_MAGIC):
            try:
                self.parts = check_workbook(path)
                if not self.parts:
                    check_ods(path)  # an OpenDocument spreadsheet: all tables in content.xml
            except WorkbookRefused as exc:
                raise _refused(path, exc) from None
            except (
                zipfile.BadZipFile,
                zlib.error,
                OSError,
                ValueError,
                EOFError,
                NotImplementedError,
            ):
                raise _damaged(path) from None
        elif not magic.startswith(OLE_MAGIC):
            raise file_error(
                QT_TRANSLATE_NOOP(
                    "Import",
                    "“{file}” is not an Excel workbook (its content is something else). "
                    "Choose an .xlsx or .csv file.",
                ),
                path,
            )
        try:
            self.book = CalamineWorkbook.from_path(str(path))
            self.sheet_names = list(self.book.sheet_names)
        except BaseException as exc:  # calamine raises several error types for broken files
            _reraise_interrupts(exc)
            raise file_error(
                QT_TRANSLATE_NOOP(
                    "Import",
                    "“{file}” could not be read as a workbook: {reason}. "
                    "Open it in Excel or WPS and save it again.",
                ),
                path,
                reason=str(exc)[:200],
            ) from None

    def cells(self, name: str) -> tuple[list[list[Any]], list]:
        if self.parts is not None and name in self.parts:
            try:
                check_sheet(self.path, name, self.parts[name])
            except WorkbookRefused as exc:
                raise _refused(self.path, exc) from None
            except (
                zipfile.BadZipFile,
                zlib.error,
                OSError,
                ValueError,
                EOFError,
                NotImplementedError,
            ):
                raise _damaged(self.path) from None
        try:
            data = self.book.get_sheet_by_name(name)
            cells = data.to_python(skip_empty_area=False)
            merged = list(data.merged_cell_ranges or [])
        except BaseException as exc:
            _reraise_interrupts(exc)
            if isinstance(exc, MemoryError):
                raise
            raise file_error(
                QT_TRANSLATE_NOOP(
                    "Import", "Sheet “{sheet}” of “{file}” could not be read: {reason}."
                ),
                self.path,
                name,
                reason=str(exc)[:200],
            ) from None
        return cells, merged

    def close(self) -> None:
        self.book.close()
