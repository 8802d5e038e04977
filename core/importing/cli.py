"""``import products|history|undo`` on the command line, over the same core as the GUI.

matrixdesk import products PATH FILE [--currency CUR] [--profile NAME] [--sheet NAME]
                           [--header-row N] [--apply]
matrixdesk import history PATH
matrixdesk import undo PATH BATCH_ID
"""

from __future__ import annotations

import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from core import cli
from core.cli import error, pad, say
from core.cli import location as cli_location
from core.currency import validate_code
from core.i18n import QT_TRANSLATE_NOOP, Translate, identity
from core.importing.apply import ImportRefused, apply_import
from core.importing.columnar import in_the_background
from core.importing.currencies import (
    describe,
    file_hint,
    missing_message,
    rows_without_currency,
    source_message,
)
from core.importing.fields import PRODUCT_FIELDS, field_by_key
from core.importing.history import import_history, undo_import
from core.importing.kinds import refuse_if_no_rows, refuse_if_not_products
from core.importing.mapping import auto_map, find_profile_for, list_profiles, mapping_from_profile
from core.importing.products import (
    CatalogRead,
    ImportChoices,
    ImportPreview,
    describe_value,
    preview_products,
    read_catalog,
)
from core.importing.readers import ImportFileError, read_table
from core.importing.shared_codes import CHOICE_LABELS, DUPLICATE_CODE_CHOICES
from core.importing.text_files import ENCODINGS
from core.jobs import Progress

SHOW_ROWS = 20


def register(subparsers, _export_subparsers, translate: Translate = identity) -> None:
    def h(text: str) -> str:
        return translate("Cli", text)

    command = subparsers.add_parser(
        "import", help=h(QT_TRANSLATE_NOOP("Cli", "import products from Excel/CSV; history; undo"))
    )
    what = command.add_subparsers(dest="what", metavar="WHAT", required=True)
    products = what.add_parser(
        "products",
        help=h(QT_TRANSLATE_NOOP("Cli", "preview (and with --apply write) a product file")),
    )
    products.add_argument(
        "path", type=cli_location, help=h(QT_TRANSLATE_NOOP("Cli", "workspace file"))
    )
    products.add_argument(
        "file", type=Path, help=h(QT_TRANSLATE_NOOP("Cli", "Excel or CSV file to import"))
    )
    products.add_argument(
        "--profile",
        help=h(QT_TRANSLATE_NOOP("Cli", "saved column mapping to use (default: detected)")),
    )
    products.add_argument(
        "--sheet", help=h(QT_TRANSLATE_NOOP("Cli", "sheet to read (default: the first with data)"))
    )
    products.add_argument(
        "--header-row",
        type=int,
        help=h(QT_TRANSLATE_NOOP("Cli", "row number of the header (1-based)")),
    )
    products.add_argument(
        "--currency",
        metavar="CUR",
        help=h(
            QT_TRANSLATE_NOOP(
                "Cli",
                "currency of prices and costs whose row names none, e.g. USD "
                "(default: what the file says; required when it says nothing)",
            )
        ),
    )
    products.add_argument(
        "--encoding",
        metavar="CODEC",
        help=h(
            QT_TRANSLATE_NOOP(
                "Cli",
                "encoding of a CSV/TXT or HTML file, e.g. gb18030, cp1252, utf-8 "
                "(default: detected; the preview shows which)",
            )
        ),
    )
    products.add_argument(
        "--duplicate-codes",
        choices=DUPLICATE_CODE_CHOICES,
        help=h(
            QT_TRANSLATE_NOOP(
                "Cli",
                "when different rows share a SKU code: key them by code + option values, "
                "by barcode, or reject the repeats (default: the preview's proposal)",
            )
        ),
    )
    products.add_argument(
        "--zero-cost-is-real",
        action="store_true",
        help=h(
            QT_TRANSLATE_NOOP(
                "Cli", "import costs of 0 as 0 (default: as missing, since 0 is mostly unfilled)"
            )
        ),
    )
    products.add_argument(
        "--apply",
        action="store_true",
        help=h(QT_TRANSLATE_NOOP("Cli", "write the new and changed rows")),
    )
    products.set_defaults(handler=cmd_import_products)
    history = what.add_parser(
        "history", help=h(QT_TRANSLATE_NOOP("Cli", "list the imports of a workspace"))
    )
    history.add_argument("path", type=cli_location)
    history.set_defaults(handler=cmd_import_history)
    undo = what.add_parser("undo", help=h(QT_TRANSLATE_NOOP("Cli", "undo one import as a whole")))
    undo.add_argument("path", type=cli_location)
    undo.add_argument("batch_id", type=int)
    undo.set_defaults(handler=cmd_import_undo)
    from core.facts.import_cli import register as register_fact_imports  # orders, sales, ads…

    register_fact_imports(what, translate)


def _read_products_table(args, progress: Progress):
    table = read_table(
        args.file,
        sheet=args.sheet,
        header_row=args.header_row,
        encoding=args.encoding,
        progress=progress,
    )
    refuse_if_not_products(table)
    refuse_if_no_rows(table)
    return table


def _catalog_ahead(workspace) -> CatalogRead | None:
    """The catalog and its columns for the preview, read while the reader child parses the
    file, on a thread of its own that gives way to the child's scan (columnar.in_the_background:
    on this thread the lowered priority would stay for the preview and the apply); None when
    it could not be read (the preview reads it again and says why)."""
    import polars as pl

    # polars' worker threads take the priority of the thread that starts them: started here,
    # not on the low-priority one, they keep the preview's normal priority.
    pl.thread_pool_size()
    with ThreadPoolExecutor(1, thread_name_prefix="matrixdesk-catalog") as pool:
        return pool.submit(in_the_background, _read_catalog_ahead, workspace).result()


def _read_catalog_ahead(workspace) -> CatalogRead | None:
    try:
        with workspace.session() as session:
            found = read_catalog(session)
    except Exception:
        return None
    from core.importing import plain  # polars: imported here rather than after the read

    try:
        found.catalog.frame = plain.catalog_frame(found.catalog)
    except Exception:
        pass  # an odd stored value: the preview finds it again and takes the general path
    return found


def cmd_import_products(args) -> int:
    translate = args.translate
    # The file is parsed by a child process while this one opens the workspace.
    reading = Progress()
    with ThreadPoolExecutor(2) as pool:
        pending = pool.submit(_read_products_table, args, reading)
        try:
            workspace = cli._open(args.path)
        except BaseException:
            reading.cancel()
            raise
        catalog = pool.submit(_catalog_ahead, workspace)
        try:
            table = pending.result()
            ahead = catalog.result()
        except (ImportFileError, OSError) as exc:
            workspace.close()
            if isinstance(exc, ImportFileError):
                return error(exc.message.render(translate))
            return error(f"{args.file}: {exc.strerror or exc}")
        except BaseException:
            workspace.close()
            raise
    for note in table.notes:  # e.g. a last row cut off and left out
        print(note.render(translate), file=sys.stderr)
    try:
        with workspace.session() as session:
            if args.profile:
                profile = next(
                    (p for p in list_profiles(session, "products") if p.name == args.profile), None
                )
                if profile is None:
                    text = QT_TRANSLATE_NOOP("Cli", "no saved profile named '{name}'")
                    return error(say(args, text, name=args.profile))
            else:
                profile = find_profile_for(session, "products", table.headers)
            mapping = (
                mapping_from_profile(profile, table.headers)
                if profile
                else auto_map(table.headers, PRODUCT_FIELDS)
            )
            profile_name = profile.name if profile else ""
            if "sku_code" not in mapping:
                none = say(args, QT_TRANSLATE_NOOP("Cli", "(none)"))
                text = QT_TRANSLATE_NOOP(
                    "Cli", "{file}: no column for the SKU code was found. Headers found: {headers}"
                )
                headers = ", ".join(h for h in table.headers if h) or none
                return error(say(args, text, file=args.file.name, headers=headers))
            currency = None
            if args.currency:
                try:
                    currency = validate_code(args.currency)
                except ValueError as exc:
                    return error(exc.args[0].render(translate))
            hint = file_hint(table, mapping)
            if not currency and not hint.code and rows_without_currency(table, mapping):
                message = missing_message(args.file.name, hint, "--currency CUR")
                return error(message.render(translate))
            choices = ImportChoices(
                duplicate_codes=args.duplicate_codes, zero_cost_is_real=args.zero_cost_is_real
            )
            preview = preview_products(
                session, table, mapping, currency=currency, choices=choices, ahead=ahead
            )
        _print_preview(args, preview, profile_name, table.encoding)
        if not args.apply:
            text = QT_TRANSLATE_NOOP(
                "Cli", "Preview only: nothing was written (add --apply to import)."
            )
            print(say(args, text))
            return 0
        if not preview.new and not preview.changed:
            print(say(args, QT_TRANSLATE_NOOP("Cli", "Nothing to apply: no new or changed rows.")))
            return 0
        batch = apply_import(workspace, preview, Progress(), profile_name=profile_name)
        text = QT_TRANSLATE_NOOP(
            "Cli",
            "Applied as import #{id}: {new} new, {changed} changed. "
            "Undo with: import undo {path} {id}",
        )
        print(
            say(
                args,
                text,
                id=batch.id,
                new=batch.new_count,
                changed=batch.changed_count,
                path=args.path,
            )
        )
        return 0
    except ImportRefused as exc:
        return error(exc.message.render(translate))
    finally:
        workspace.close()


def _print_preview(args, preview: ImportPreview, profile_name: str, encoding: str = "") -> None:
    translate = args.translate
    print(say(args, QT_TRANSLATE_NOOP("Cli", "File:       {file}"), file=preview.file_name))
    print(say(args, QT_TRANSLATE_NOOP("Cli", "Sheet:      {sheet}"), sheet=preview.sheet or "-"))
    if encoding:  # text and HTML files; --encoding overrides it
        name = translate("Import", ENCODINGS.get(encoding, encoding))
        print(say(args, QT_TRANSLATE_NOOP("Cli", "Encoding:   {encoding}"), encoding=name))
    print(say(args, QT_TRANSLATE_NOOP("Cli", "Header row: {row}"), row=preview.header_row))
    if profile_name:
        text = QT_TRANSLATE_NOOP("Cli", "Mapping:    profile {name}")
    else:
        text = QT_TRANSLATE_NOOP("Cli", "Mapping:    detected from headers")
    print(say(args, text, name=profile_name))
    for key, header in preview.headers.items():
        label = translate("Import", field_by_key(key).label)
        print(f"  {pad(label, 28)} <- {header}")
    _print_currencies(args, preview)
    _print_unmapped(args, preview)
    counts = preview.counts()
    text = QT_TRANSLATE_NOOP(
        "Cli",
        "Rows:       {new} new, {changed} changed, {unchanged} unchanged, "
        "{rejected} rejected, {skipped} skipped",
    )
    print(say(args, text, **counts))
    _print_shared_codes(args, preview)
    if preview.parent_rows:
        text = QT_TRANSLATE_NOOP(
            "Cli",
            "WooCommerce:  {count} variable or grouped products become products (SPUs), not "
            "SKUs; their variations are the SKUs. A sale price in effect is the selling price.",
        )
        print(say(args, text, count=preview.parent_rows))
    if preview.instruction_rows:
        text = QT_TRANSLATE_NOOP(
            "Cli", "Instructions: {count} rows of template instructions were skipped."
        )
        print(say(args, text, count=preview.instruction_rows))
    if preview.codes_from_products:
        text = QT_TRANSLATE_NOOP(
            "Cli",
            "Products without variants: {count} rows had no SKU and got their product's code "
            "(see the warnings).",
        )
        print(say(args, text, count=preview.codes_from_products))
    if preview.zero_costs and preview.zero_cost_is_real:
        text = QT_TRANSLATE_NOOP("Cli", "Costs of 0:  {count} rows, imported as 0 (as asked).")
        print(say(args, text, count=preview.zero_costs))
    elif preview.zero_costs:
        text = QT_TRANSLATE_NOOP(
            "Cli",
            "Costs of 0:  {count} rows, imported as missing (add --zero-cost-is-real if they "
            "are real).",
        )
        print(say(args, text, count=preview.zero_costs))
    for row in preview.changed[:SHOW_ROWS]:
        changes = "; ".join(
            f"{key}: {describe_value(key, old)} -> {describe_value(key, new)}"
            for key, (old, new) in row.changes.items()
        )
        text = QT_TRANSLATE_NOOP("Cli", "  changed row {row} {sku}: {changes}")
        print(say(args, text, row=row.row_number, sku=row.sku_code, changes=changes))
    if len(preview.changed) > SHOW_ROWS:
        text = QT_TRANSLATE_NOOP("Cli", "  ... and {count} more changed rows")
        print(say(args, text, count=len(preview.changed) - SHOW_ROWS))
    warnings = preview.all_warnings()
    for message in warnings[:SHOW_ROWS]:
        text = QT_TRANSLATE_NOOP("Cli", "  warning: {message}")
        print(say(args, text, message=message.render(translate)))
    if len(warnings) > SHOW_ROWS:
        text = QT_TRANSLATE_NOOP("Cli", "  ... and {count} more warnings")
        print(say(args, text, count=len(warnings) - SHOW_ROWS))
    for row in preview.rejected[:SHOW_ROWS]:
        for message in row.messages:
            text = QT_TRANSLATE_NOOP("Cli", "  rejected: {message}")
            print(say(args, text, message=message.render(translate)))
    if len(preview.rejected) > SHOW_ROWS:
        text = QT_TRANSLATE_NOOP("Cli", "  ... and {count} more rejected rows")
        print(say(args, text, count=len(preview.rejected) - SHOW_ROWS))


def _print_currencies(args, preview: ImportPreview) -> None:
    summary = preview.currencies
    none = say(args, QT_TRANSLATE_NOOP("Cli", "none"))
    text = QT_TRANSLATE_NOOP("Cli", "Currencies: prices {prices}; costs {costs}")
    line = say(args, text, prices=describe(summary.price) or none,
               costs=describe(summary.cost) or none)  # fmt: skip
    source = source_message(summary)
    if source is not None:
        line += f" — {source.render(args.translate)}"
    print(line)


def _print_unmapped(args, preview: ImportPreview) -> None:
    """Name the expected fields no column fills while columns of the file go unread."""
    if not preview.unmapped_fields or not preview.unmapped_columns:
        return
    fields = ", ".join(
        args.translate("Import", field_by_key(key).label) for key in preview.unmapped_fields
    )
    text = QT_TRANSLATE_NOOP(
        "Cli",
        "Not mapped: {fields}. Columns with values that are not imported: {columns}. To use "
        "one, map it in the import wizard, save the mapping as a profile and pass --profile.",
    )
    print(say(args, text, fields=fields, columns=", ".join(preview.unmapped_columns)))


def _print_shared_codes(args, preview: ImportPreview) -> None:
    shared = preview.shared_codes
    if not shared.rows:
        return
    translate = args.translate
    text = QT_TRANSLATE_NOOP(
        "Cli", "Shared codes: {codes} SKU codes are used by {rows} rows that differ."
    )
    print(say(args, text, codes=shared.codes, rows=shared.rows))
    for choice in DUPLICATE_CODE_CHOICES:
        label = translate("Import", CHOICE_LABELS[choice])
        example = shared.examples.get(choice)
        if choice == "reject":
            text = QT_TRANSLATE_NOOP(
                "Cli", "  --duplicate-codes {choice}: {label}, {count} rejected"
            )
            count = shared.rows - shared.codes
        elif example:
            text = QT_TRANSLATE_NOOP(
                "Cli",
                "  --duplicate-codes {choice}: {label}, {count} rows keyed (e.g. {old} -> {new})",
            )
            count = shared.keyed.get(choice, 0)
        else:
            text = QT_TRANSLATE_NOOP(
                "Cli", "  --duplicate-codes {choice}: {label}, tells no rows apart"
            )
            count = 0
        line = say(args, text, choice=choice, label=label, count=count,
                   old=example[0] if example else "", new=example[1] if example else "")  # fmt: skip
        marks = []
        if choice == shared.proposed:
            marks.append(say(args, QT_TRANSLATE_NOOP("Cli", "proposed")))
        if choice == shared.chosen:
            marks.append(say(args, QT_TRANSLATE_NOOP("Cli", "used")))
        print(f"{line}  [{', '.join(marks)}]" if marks else line)


def cmd_import_history(args) -> int:
    from core.demo_names import source_name

    workspace = cli._open(args.path)
    try:
        with workspace.session() as session:
            batches = import_history(session)
    finally:
        workspace.close()
    if not batches:
        print(say(args, QT_TRANSLATE_NOOP("Cli", "No imports yet.")))
    for batch in batches:
        if batch.undone_at:
            state = say(args, QT_TRANSLATE_NOOP("Cli", "undone {time}"), time=batch.undone_at)
        else:
            state = say(args, QT_TRANSLATE_NOOP("Cli", "applied"))
        text = QT_TRANSLATE_NOOP(
            "Cli",
            "#{id} {time}  {file}{sheet}  {new} new, {changed} changed, "
            "{unchanged} unchanged, {rejected} rejected  ({state})",
        )
        line = say(
            args,
            text,
            id=f"{batch.id:<4}",
            time=batch.imported_at,
            file=source_name(batch.file_name, getattr(args, "translate", identity)),
            sheet=f" [{batch.sheet}]" if batch.sheet else "",
            new=batch.new_count,
            changed=batch.changed_count,
            unchanged=batch.unchanged_count,
            rejected=batch.rejected_count,
            state=state,
        )
        print(line)
    return 0


def cmd_import_undo(args) -> int:
    workspace = cli._open(args.path)
    try:
        undo_import(workspace, args.batch_id)
    except ImportRefused as exc:
        return error(exc.message.render(args.translate))
    finally:
        workspace.close()
    print(say(args, QT_TRANSLATE_NOOP("Cli", "Import #{id} undone."), id=args.batch_id))
    return 0
