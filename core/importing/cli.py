"""``import products|history|undo`` on the command line, over the same core as the GUI.

matrixdesk import products PATH FILE [--profile NAME] [--sheet NAME] [--header-row N] [--apply]
matrixdesk import history PATH
matrixdesk import undo PATH BATCH_ID
"""

from __future__ import annotations

import sys
from pathlib import Path

from core import cli
from core.importing.apply import ImportRefused, apply_import
from core.importing.fields import PRODUCT_FIELDS, field_by_key
from core.importing.history import import_history, undo_import
from core.importing.kinds import refuse_if_no_rows, refuse_if_not_products
from core.importing.mapping import auto_map, find_profile_for, list_profiles, mapping_from_profile
from core.importing.products import ImportPreview, describe_value, preview_products
from core.importing.readers import ImportFileError, read_table
from core.jobs import Progress

SHOW_ROWS = 20


def register(subparsers, _export_subparsers) -> None:
    command = subparsers.add_parser("import", help="import products from Excel/CSV; history; undo")
    what = command.add_subparsers(dest="what", metavar="WHAT", required=True)
    products = what.add_parser("products", help="preview (and with --apply write) a product file")
    products.add_argument("path", type=Path, help="workspace file")
    products.add_argument("file", type=Path, help="Excel or CSV file to import")
    products.add_argument("--profile", help="saved column mapping to use (default: detected)")
    products.add_argument("--sheet", help="sheet to read (default: the first with data)")
    products.add_argument("--header-row", type=int, help="row number of the header (1-based)")
    products.add_argument("--apply", action="store_true", help="write the new and changed rows")
    products.set_defaults(handler=cmd_import_products)
    history = what.add_parser("history", help="list the imports of a workspace")
    history.add_argument("path", type=Path)
    history.set_defaults(handler=cmd_import_history)
    undo = what.add_parser("undo", help="undo one import as a whole")
    undo.add_argument("path", type=Path)
    undo.add_argument("batch_id", type=int)
    undo.set_defaults(handler=cmd_import_undo)


def _error(text: str) -> int:
    print(f"error: {text}", file=sys.stderr)
    return 1


def cmd_import_products(args) -> int:
    try:
        table = read_table(args.file, sheet=args.sheet, header_row=args.header_row)
        refuse_if_not_products(table)
        refuse_if_no_rows(table)
    except ImportFileError as exc:
        return _error(exc.message.render())
    except OSError as exc:
        return _error(f"{args.file}: {exc.strerror or exc}")
    workspace = cli._open(args.path)
    try:
        with workspace.session() as session:
            if args.profile:
                profile = next(
                    (p for p in list_profiles(session, "products") if p.name == args.profile), None
                )
                if profile is None:
                    return _error(f"no saved profile named '{args.profile}'")
            else:
                profile = find_profile_for(session, "products", table.headers)
            mapping = (
                mapping_from_profile(profile, table.headers)
                if profile
                else auto_map(table.headers, PRODUCT_FIELDS)
            )
            profile_name = profile.name if profile else ""
            if "sku_code" not in mapping:
                found = ", ".join(h for h in table.headers if h) or "(none)"
                return _error(
                    f"{args.file.name}: no column for the SKU code was found. "
                    f"Headers found: {found}"
                )
            preview = preview_products(session, table, mapping)
        _print_preview(preview, profile_name)
        if not args.apply:
            print("Preview only: nothing was written (add --apply to import).")
            return 0
        if not preview.new and not preview.changed:
            print("Nothing to apply: no new or changed rows.")
            return 0
        batch = apply_import(workspace, preview, Progress(), profile_name=profile_name)
        print(
            f"Applied as import #{batch.id}: {batch.new_count} new, "
            f"{batch.changed_count} changed. Undo with: import undo {args.path} {batch.id}"
        )
        return 0
    except ImportRefused as exc:
        return _error(exc.message.render())
    finally:
        workspace.close()


def _print_preview(preview: ImportPreview, profile_name: str) -> None:
    print(f"File:       {preview.file_name}")
    print(f"Sheet:      {preview.sheet or '-'}")
    print(f"Header row: {preview.header_row}")
    print(f"Mapping:    {'profile ' + profile_name if profile_name else 'detected from headers'}")
    for key, header in preview.headers.items():
        label = field_by_key(key).label
        print(f"  {label:<28} <- {header}")
    counts = preview.counts()
    print(
        "Rows:       "
        + ", ".join(
            f"{counts[k]} {k}" for k in ("new", "changed", "unchanged", "rejected", "skipped")
        )
    )
    for row in preview.changed[:SHOW_ROWS]:
        changes = "; ".join(
            f"{key}: {describe_value(key, old)} -> {describe_value(key, new)}"
            for key, (old, new) in row.changes.items()
        )
        print(f"  changed row {row.row_number} {row.sku_code}: {changes}")
    if len(preview.changed) > SHOW_ROWS:
        print(f"  ... and {len(preview.changed) - SHOW_ROWS} more changed rows")
    warnings = [m for group in (preview.new, preview.changed, preview.unchanged, preview.rejected)
                for row in group for m in row.warnings]  # fmt: skip
    for message in warnings[:SHOW_ROWS]:
        print(f"  warning: {message.render()}")
    if len(warnings) > SHOW_ROWS:
        print(f"  ... and {len(warnings) - SHOW_ROWS} more warnings")
    for row in preview.rejected[:SHOW_ROWS]:
        for message in row.messages:
            print(f"  rejected: {message.render()}")
    if len(preview.rejected) > SHOW_ROWS:
        print(f"  ... and {len(preview.rejected) - SHOW_ROWS} more rejected rows")


def cmd_import_history(args) -> int:
    workspace = cli._open(args.path)
    try:
        with workspace.session() as session:
            batches = import_history(session)
    finally:
        workspace.close()
    if not batches:
        print("No imports yet.")
    for batch in batches:
        state = f"undone {batch.undone_at}" if batch.undone_at else "applied"
        print(
            f"#{batch.id:<4} {batch.imported_at}  {batch.file_name}"
            f"{' [' + batch.sheet + ']' if batch.sheet else ''}  {batch.new_count} new, "
            f"{batch.changed_count} changed, {batch.unchanged_count} unchanged, "
            f"{batch.rejected_count} rejected  ({state})"
        )
    return 0


def cmd_import_undo(args) -> int:
    workspace = cli._open(args.path)
    try:
        undo_import(workspace, args.batch_id)
    except ImportRefused as exc:
        return _error(exc.message.render())
    finally:
        workspace.close()
    print(f"Import #{args.batch_id} undone.")
    return 0


cli.EXTRA_COMMANDS.append(register)
