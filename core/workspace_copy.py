"""Copy a workspace between engines: a local file to a team database and back.

``python main.py copy SRC DEST`` (and File > Copy workspace to… in the app). The destination is
opened (created and upgraded to the same schema head), must hold no data yet, and receives
every table in one transaction; afterwards rows and a checksum per table are compared on both
sides (:mod:`core.fingerprints`) and any difference is an error, never a silent loss.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import Table, delete, select, update
from sqlalchemy.engine import Connection

from core.bulk import insert_rows, reset_id_sequence
from core.fingerprints import data_tables, fingerprints, row_count
from core.i18n import QT_TRANSLATE_NOOP, Message
from core.jobs import Progress
from core.workspace import Workspace, open_workspace
from core.workspace_guard import WorkspaceError

BATCH = 5000
# Rows a fresh workspace writes by itself (its creation date): replaced by the source's.
OWN_ROWS = {"setting"}


class CopyError(WorkspaceError):
    """The copy could not be made or did not match; ``message`` says which table."""


@dataclass(frozen=True)
class TableCheck:
    table: str
    source_rows: int
    dest_rows: int
    source_checksum: str
    dest_checksum: str

    @property
    def equal(self) -> bool:
        return (self.source_rows, self.source_checksum) == (self.dest_rows, self.dest_checksum)


def _msg(text_: str, **params) -> Message:
    return Message("Copy", text_, params)


def copy_workspace_to(
    source: Workspace, destination: str, progress: Progress | None = None
) -> list[TableCheck]:
    """Copy ``source`` into the workspace at ``destination`` (a file path or a
    ``postgresql://`` address); returns the per-table comparison (all equal, or it raises)."""
    progress = progress or Progress()
    dest = open_workspace(destination, create=True)
    try:
        return copy_between(source, dest, progress)
    finally:
        dest.close()


def copy_between(source: Workspace, dest: Workspace, progress: Progress) -> list[TableCheck]:
    if source.schema_revision != dest.schema_revision:
        raise CopyError(
            _msg(
                QT_TRANSLATE_NOOP(
                    "Copy",
                    "The two workspaces are at different schema versions ({source} and "
                    "{dest}). Open both with this MatrixDesk first.",
                ),
                source=source.schema_revision or "",
                dest=dest.schema_revision or "",
            )
        )
    with source.engine.connect() as src:
        tables = data_tables(src)
        with dest.engine.begin() as dst:
            _refuse_if_not_empty(dst, tables, dest)
            for table in reversed(tables):
                dst.execute(delete(table))  # only the fresh workspace's own rows are left
            for index, table in enumerate(tables):
                progress.report(index, len(tables), table.name)
                _copy_table(src, dst, table)
    progress.report(len(tables), len(tables), "")
    checks = compare(source, dest)
    different = [c.table for c in checks if not c.equal]
    if different:
        raise CopyError(
            _msg(
                QT_TRANSLATE_NOOP(
                    "Copy",
                    "The copy in {dest} does not match the original in these tables: "
                    "{tables}. Do not use the copy; try again.",
                ),
                dest=dest.location,
                tables=", ".join(different),
            )
        )
    return checks


def compare(source: Workspace, dest: Workspace) -> list[TableCheck]:
    before, after = fingerprints(source.engine), fingerprints(dest.engine)
    return [
        TableCheck(name, rows, after.get(name, (0, ""))[0], checksum, after.get(name, (0, ""))[1])
        for name, (rows, checksum) in before.items()
    ]


def _refuse_if_not_empty(dst: Connection, tables: list[Table], dest: Workspace) -> None:
    full = [t.name for t in tables if t.name not in OWN_ROWS and row_count(dst, t) > 0]
    if full:
        raise CopyError(
            _msg(
                QT_TRANSLATE_NOOP(
                    "Copy",
                    "{dest} already holds data (in {tables}). Copy into a new file or an empty "
                    "team database; nothing was changed.",
                ),
                dest=dest.location,
                tables=", ".join(full[:5]),
            )
        )


def _copy_table(src: Connection, dst: Connection, table: Table) -> None:
    columns = [c.name for c in table.columns]
    # A reference within the table (a category's parent) may point at a later row: such
    # columns are written empty first and filled in once every row is there.
    own = [columns.index(fk.parent.name) for fk in table.foreign_keys if fk.column.table is table]
    query = select(*table.columns).order_by(*table.primary_key.columns)
    result = src.execute(query.execution_options(yield_per=BATCH))
    later: list[tuple[int, dict[str, Any]]] = []
    for rows in result.partitions(BATCH):
        batch = [list(row) for row in rows]
        for row in batch:
            if any(row[i] is not None for i in own):
                later.append((row[columns.index("id")], {columns[i]: row[i] for i in own}))
                for i in own:
                    row[i] = None
        insert_rows(dst, table, columns, batch)
    for row_id, values in later:
        dst.execute(update(table).where(table.c.id == row_id).values(**values))
    reset_id_sequence(dst, table)
