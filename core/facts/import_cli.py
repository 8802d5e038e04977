"""``import orders|sales|ads|settlement|inventory|reviews|listings|auto WS FILE`` on the
command line: read the file through its profile, show what was understood, and with --apply
write it through the fact store (one import, in the history, undoable).

matrixdesk import KIND WS FILE [--profile NAME] [--sheet NAME] [--header-row N]
                   [--currency CUR] [--period FROM:TO] [--market CODE] [--date-order dmy|mdy]
                   [--create-missing] [--pair CODE=SKU ...] [--apply]
"""

from __future__ import annotations

import sys
from pathlib import Path

from core import cli
from core.cli import error, pad, say
from core.currency import validate_code
from core.facts.fields import FACT_FIELDS, KINDS
from core.facts.messages import FactFileError, kind_name, profile_name
from core.facts.parsing import BadValue, parse_period
from core.i18n import QT_TRANSLATE_NOOP, Message, Translate, identity
from core.importing.readers import ImportFileError

SHOW = 20
KIND_HELP = {
    "orders": QT_TRANSLATE_NOOP("Cli", "import an order export (Shopify, WooCommerce, TikTok…)"),
    "sales": QT_TRANSLATE_NOOP("Cli", "import an Amazon Business Report (sales and traffic)"),
    "ads": QT_TRANSLATE_NOOP("Cli", "import a Sponsored Products report"),
    "settlement": QT_TRANSLATE_NOOP("Cli", "import an Amazon settlement report"),
    "inventory": QT_TRANSLATE_NOOP("Cli", "import a stock report"),
    "reviews": QT_TRANSLATE_NOOP("Cli", "import customer reviews"),
    "listings": QT_TRANSLATE_NOOP("Cli", "import an active listings report (SKU, ASIN, price)"),
    "auto": QT_TRANSLATE_NOOP("Cli", "detect what kind of file it is, then import it"),
}


def register(what, translate: Translate = identity) -> None:
    """Add one ``import KIND`` command per fact kind (and ``auto``) to ``import``'s commands."""

    def h(text: str) -> str:
        return translate("Cli", text)

    for kind in (*KINDS, "auto"):
        command = what.add_parser(kind, help=h(KIND_HELP[kind]))
        command.add_argument(
            "path", type=cli.location, help=h(QT_TRANSLATE_NOOP("Cli", "workspace file"))
        )
        command.add_argument(
            "file", type=Path, help=h(QT_TRANSLATE_NOOP("Cli", "Excel or CSV file to import"))
        )
        command.add_argument(
            "--profile",
            help=h(QT_TRANSLATE_NOOP("Cli", "saved column mapping to use (default: detected)")),
        )
        command.add_argument(
            "--sheet",
            help=h(QT_TRANSLATE_NOOP("Cli", "sheet to read (default: the first with data)")),
        )
        command.add_argument(
            "--header-row",
            type=int,
            help=h(QT_TRANSLATE_NOOP("Cli", "row number of the header (1-based)")),
        )
        command.add_argument(
            "--currency",
            metavar="CUR",
            help=h(QT_TRANSLATE_NOOP("Cli", "currency of amounts whose file names none, e.g. USD")),
        )
        command.add_argument(
            "--period",
            metavar="FROM:TO",
            help=h(
                QT_TRANSLATE_NOOP(
                    "Cli", "period a report without dates covers, e.g. 2025-07-01:2025-07-07"
                )
            ),
        )
        command.add_argument(
            "--market",
            metavar="CODE",
            help=h(QT_TRANSLATE_NOOP("Cli", "market (country) the file sold in, e.g. US, GB")),
        )
        command.add_argument(
            "--date-order",
            choices=("dmy", "mdy"),
            help=h(
                QT_TRANSLATE_NOOP(
                    "Cli", "how numeric dates are written (default: decided from the file)"
                )
            ),
        )
        command.add_argument(
            "--create-missing",
            action="store_true",
            help=h(QT_TRANSLATE_NOOP("Cli", "add SKUs the catalog does not know as new SKUs")),
        )
        command.add_argument(
            "--pair",
            action="append",
            default=[],
            metavar="CODE=SKU",
            help=h(
                QT_TRANSLATE_NOOP(
                    "Cli", "count the file's SKU CODE as the catalog's SKU (repeatable)"
                )
            ),
        )
        command.add_argument(
            "--apply", action="store_true", help=h(QT_TRANSLATE_NOOP("Cli", "write the facts"))
        )
        command.set_defaults(handler=cmd_import_facts, fact_kind=None if kind == "auto" else kind)


def cmd_import_facts(args) -> int:
    from core.facts.convert import to_fact_rows
    from core.facts.reading import read_fact_file

    translate = args.translate
    try:
        currency = validate_code(args.currency) if args.currency else None
        period = parse_period(args.period) if args.period else None
    except ValueError as exc:
        if isinstance(exc, BadValue):
            text = QT_TRANSLATE_NOOP(
                "Cli", "--period {period} is not FROM:TO with dates like 2025-07-01."
            )
            return error(say(args, text, period=args.period))
        return error(exc.args[0].render(translate))
    workspace = cli._open(args.path)
    try:
        profile, mapping = _saved_profile(args, workspace)
        parsed = read_fact_file(
            args.file,
            args.fact_kind,
            args.sheet,
            args.header_row,
            currency,
            period,
            args.date_order,
            profile,
            mapping,
        )
        _print_preview(args, parsed)
        refusal = parsed.refusal()
        if refusal is not None:
            hint = "--currency CUR" if parsed.needs_currency else "--period FROM:TO"
            return error(f"{refusal.render(translate)} ({hint})")
        converted = to_fact_rows(parsed, args.market)
        for note in converted.notes:
            print(note.render(translate))
        for problem in converted.problems[:SHOW]:
            print(
                say(
                    args,
                    QT_TRANSLATE_NOOP("Cli", "  left out: {message}"),
                    message=problem.render(translate),
                )
            )
        if not args.apply:
            text = QT_TRANSLATE_NOOP(
                "Cli", "Preview only: nothing was written (add --apply to import)."
            )
            print(say(args, text))
            return 0
        return _apply(args, workspace, parsed, converted, currency, period)
    except (FactFileError, ImportFileError) as exc:
        return error(exc.message.render(translate))
    except OSError as exc:
        return error(f"{args.file}: {exc.strerror or exc}")
    finally:
        workspace.close()


def _saved_profile(args, workspace):
    """--profile NAME: the seller's saved mapping over the built-in profile it was made from."""
    if not args.profile:
        return None, None
    from core.facts.detect import detect_profile
    from core.facts.profiles import profiles_of, user_profiles, with_user_mapping
    from core.importing.readers import read_table

    table = read_table(args.file, args.sheet, args.header_row)
    with workspace.session() as session:
        kinds = [args.fact_kind] if args.fact_kind else list(KINDS)
        saved = next(
            (p for kind in kinds for p in user_profiles(session, kind) if p.name == args.profile),
            None,
        )
    if saved is None:
        text = QT_TRANSLATE_NOOP("Cli", "no saved profile named '{name}'")
        raise FactFileError(Message("Cli", text, {"name": args.profile}))
    match = detect_profile(table.headers, saved.entity)
    base = match.profile if match else profiles_of(saved.entity)[0]
    return with_user_mapping(base, saved, table.headers)


def _print_preview(args, parsed) -> None:
    translate = args.translate
    print(say(args, QT_TRANSLATE_NOOP("Cli", "File:       {file}"), file=parsed.file_name))
    print(say(args, QT_TRANSLATE_NOOP("Cli", "Sheet:      {sheet}"), sheet=parsed.sheet or "-"))
    text = QT_TRANSLATE_NOOP("Cli", "Kind:       {kind} ({profile})")
    print(say(args, text, kind=kind_name(parsed.kind), profile=profile_name(parsed.profile.label)))
    labels = {f.key: f.label for f in FACT_FIELDS[parsed.kind]}
    for key, col in parsed.mapping.items():
        print(f"  {pad(translate('FactFiles', labels[key]), 28)} <- {parsed.headers[col]}")
    text = QT_TRANSLATE_NOOP("Cli", "Rows:       {read} read, {left} left out")
    print(say(args, text, read=len(parsed.rows), left=len(parsed.problems)))
    for note in parsed.notes:
        print(note.render(translate))
    for problem in parsed.problems[:SHOW]:
        print(
            say(
                args,
                QT_TRANSLATE_NOOP("Cli", "  left out: {message}"),
                message=problem.render(translate),
            )
        )
    if len(parsed.problems) > SHOW:
        text = QT_TRANSLATE_NOOP("Cli", "  ... and {count} more rows left out")
        print(say(args, text, count=len(parsed.problems) - SHOW))


def _apply(args, workspace, parsed, converted, currency, period) -> int:
    from core.facts.importing import import_facts
    from core.facts.store import ApplyOptions
    from core.importing.apply import ImportRefused

    pairs = {}
    for pair in args.pair:
        code, _, target = pair.partition("=")
        if not code.strip() or not target.strip():
            text = QT_TRANSLATE_NOOP("Cli", "--pair wants CODE=SKU, not '{value}'")
            return error(say(args, text, value=pair))
        pairs[code.strip()] = target.strip()
    options = ApplyOptions(
        file_name=parsed.file_name,
        sheet=parsed.sheet,
        profile_name=parsed.profile.user_profile or parsed.profile.label,
        currency=currency or parsed.currency or None,
        period=period,
        create_missing=args.create_missing,
        pairs=pairs,
    )
    try:
        result = import_facts(workspace, parsed.kind, converted.rows, options)
    except ImportRefused as exc:
        return error(exc.message.render(args.translate))
    text = QT_TRANSLATE_NOOP(
        "Cli",
        "Applied as import #{id}: {inserted} facts written, {replaced} earlier facts of the "
        "same period replaced, {skipped} rows of unknown SKUs skipped. "
        "Undo with: import undo {path} {id}",
    )
    print(
        say(
            args,
            text,
            id=result.batch_id,
            inserted=result.inserted,
            replaced=result.replaced,
            skipped=result.skipped,
            path=args.path,
        )
    )
    if result.unknown_skus:
        shown = ", ".join(list(result.unknown_skus)[:10])
        text = QT_TRANSLATE_NOOP(
            "Cli", "SKUs the catalog does not know: {skus} (add --create-missing to add them)"
        )
        print(say(args, text, skus=shown), file=sys.stderr)
    return 0
