"""One row of a product import as the preview sees it (its own module: the products preview
and the helpers that look at its rows, conventions, unknowns and shared codes, all use it)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from core.i18n import Message


@dataclass(slots=True)  # no per-row __dict__: a million-row file makes a million of them
class ImportRow:
    row_number: int
    sku_code: str = ""
    values: dict[str, Any] = field(default_factory=dict)  # clean values by field key
    changes: dict[str, tuple[Any, Any]] = field(default_factory=dict)  # key: (old, new)
    messages: list[Message] = field(default_factory=list)  # why it was rejected
    warnings: list[Message] = field(default_factory=list)
    spu_code: str = ""  # the SPU the SKU belongs to after the import
    sku_id: int | None = None
    file_code: str = ""  # the code in the file when several variants shared it (else "")
