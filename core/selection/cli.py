"""``profit`` (the landed-cost and profit calculator) and ``candidates WS`` (the ranked pool)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from core.cli import error, say
from core.cli import location as cli_location
from core.i18n import QT_TRANSLATE_NOOP, Translate, identity
from core.import_conflicts import ImportConflicts
from core.selection import profit as calc

# option → (field of ProfitInputs, is a percent)
PROFIT_OPTIONS: dict[str, tuple[str, bool]] = {
    "freight": ("freight", False),
    "duty": ("duty", True),
    "vat": ("vat", True),
    "referral": ("referral", True),
    "fulfilment": ("fulfilment", False),
    "payment": ("payment", True),
    "other": ("other", False),
    "return_rate": ("return_rate", True),
    "return_loss": ("return_loss", False),
    "tacos": ("tacos", True),
}


def register(subparsers, export_subparsers, translate: Translate = identity) -> None:
    def h(text: str) -> str:
        return translate("Cli", text)

    profit = subparsers.add_parser(
        "profit",
        help=h(QT_TRANSLATE_NOOP("Cli", "unit profit, margin and break-even of a product")),
        description=h(
            QT_TRANSLATE_NOOP(
                "Cli",
                "Per unit, in the selling currency. Percent options are plain numbers "
                "(--vat 19). Money options are in the selling currency, except --cost "
                "(in --cost-currency) and --freight (in --freight-currency, default the "
                "selling currency).",
            )
        ),
    )
    profit.add_argument(
        "--price", required=True, help=h(QT_TRANSLATE_NOOP("Cli", "selling price, tax included"))
    )
    profit.add_argument(
        "--currency", required=True, help=h(QT_TRANSLATE_NOOP("Cli", "selling currency, e.g. EUR"))
    )
    profit.add_argument(
        "--cost", required=True, help=h(QT_TRANSLATE_NOOP("Cli", "product cost per unit"))
    )
    profit.add_argument(
        "--cost-currency",
        required=True,
        help=h(QT_TRANSLATE_NOOP("Cli", "currency of the cost, e.g. CNY")),
    )
    profit.add_argument(
        "--freight", default="0", help=h(QT_TRANSLATE_NOOP("Cli", "freight to the market per unit"))
    )
    profit.add_argument(
        "--freight-currency",
        default="",
        help=h(QT_TRANSLATE_NOOP("Cli", "currency of the freight (default: the selling currency)")),
    )
    profit.add_argument(
        "--duty",
        default="0",
        help=h(QT_TRANSLATE_NOOP("Cli", "import duty, percent of cost + freight")),
    )
    profit.add_argument(
        "--vat",
        default="0",
        help=h(QT_TRANSLATE_NOOP("Cli", "VAT included in the price, percent (0 in the US)")),
    )
    profit.add_argument(
        "--referral",
        default="0",
        help=h(QT_TRANSLATE_NOOP("Cli", "platform referral fee, percent of the price")),
    )
    profit.add_argument(
        "--fulfilment", default="0", help=h(QT_TRANSLATE_NOOP("Cli", "fulfilment fee per unit"))
    )
    profit.add_argument(
        "--payment",
        default="0",
        help=h(QT_TRANSLATE_NOOP("Cli", "payment fee, percent of the price")),
    )
    profit.add_argument(
        "--other", default="0", help=h(QT_TRANSLATE_NOOP("Cli", "other costs per unit"))
    )
    profit.add_argument(
        "--return-rate",
        default="0",
        help=h(QT_TRANSLATE_NOOP("Cli", "share of units returned, percent")),
    )
    profit.add_argument(
        "--return-loss",
        default="0",
        help=h(QT_TRANSLATE_NOOP("Cli", "money lost per returned unit")),
    )
    profit.add_argument(
        "--tacos",
        default="0",
        help=h(QT_TRANSLATE_NOOP("Cli", "ad spend, percent of net sales (TACoS)")),
    )
    profit.add_argument(
        "--rates",
        type=cli_location,
        default=None,
        metavar="WORKSPACE",
        help=h(QT_TRANSLATE_NOOP("Cli", "workspace whose exchange-rate table converts the cost")),
    )
    profit.add_argument(
        "--json", action="store_true", help=h(QT_TRANSLATE_NOOP("Cli", "print JSON"))
    )
    profit.set_defaults(handler=cmd_profit)
    register_candidates(subparsers, h)


def register_candidates(subparsers, h) -> None:
    candidates = subparsers.add_parser(
        "candidates",
        help=h(QT_TRANSLATE_NOOP("Cli", "the candidate pool of step 4, best score first")),
    )
    candidates.add_argument(
        "path", type=cli_location, help=h(QT_TRANSLATE_NOOP("Cli", "workspace file"))
    )
    candidates.add_argument(
        "--json", action="store_true", help=h(QT_TRANSLATE_NOOP("Cli", "print JSON"))
    )
    candidates.add_argument(
        "--import",
        dest="import_file",
        type=Path,
        metavar="FILE",
        help=h(
            QT_TRANSLATE_NOOP(
                "Cli",
                "preview a research export (Jungle Scout, Helium 10, Keepa …) into the pool",
            )
        ),
    )
    candidates.add_argument(
        "--currency",
        default="",
        help=h(QT_TRANSLATE_NOOP("Cli", "currency of prices that name none (default: USD)")),
    )
    candidates.add_argument(
        "--apply",
        action="store_true",
        help=h(QT_TRANSLATE_NOOP("Cli", "with --import: write the previewed candidates")),
    )
    candidates.add_argument(
        "--overwrite",
        action="store_true",
        help=h(
            QT_TRANSLATE_NOOP(
                "Cli",
                "with --apply: write the file's values over values someone else changed "
                "after the preview",
            )
        ),
    )
    candidates.add_argument(
        "--undo-import",
        type=int,
        metavar="BATCH",
        help=h(QT_TRANSLATE_NOOP("Cli", "undo a candidates import (its number in the history)")),
    )
    candidates.set_defaults(handler=cmd_candidates)


def profit_inputs(args) -> calc.ProfitInputs:
    values = {
        name: (calc.percent if is_percent else calc.decimal_of)(
            getattr(args, option), "--" + option.replace("_", "-")
        )
        for option, (name, is_percent) in PROFIT_OPTIONS.items()
    }
    return calc.ProfitInputs(
        price=calc.decimal_of(args.price, "--price"),
        currency=args.currency.strip().upper(),
        cost=calc.decimal_of(args.cost, "--cost"),
        cost_currency=args.cost_currency.strip().upper(),
        freight_currency=args.freight_currency.strip().upper(),
        **values,
    )


def _workspace_rates(path: Path):
    from core.currency import rates
    from core.workspace import open_workspace

    workspace = open_workspace(path)
    try:
        with workspace.session() as session:
            return calc.rate_table(rates(session))
    finally:
        workspace.close()


def cmd_profit(args) -> int:
    translate = getattr(args, "translate", identity)
    try:
        inputs = profit_inputs(args)
        table = _workspace_rates(args.rates) if args.rates is not None else None
        result = calc.calculate(inputs, table)
    except calc.ProfitError as exc:
        return error(exc.message.render(translate))
    for note in result.notes:
        print(f"note: {note.render(translate)}", file=sys.stderr)
    data = result.as_json()
    if args.json:
        print(json.dumps(data, ensure_ascii=False))
        return 0
    cur = result.currency
    lines = [
        (
            QT_TRANSLATE_NOOP("Cli", "Net price (without VAT)"),
            f"{calc.money(result.net_price)} {cur}",
        ),
        (QT_TRANSLATE_NOOP("Cli", "Landed cost"), f"{calc.money(result.landed_cost)} {cur}"),
        (
            QT_TRANSLATE_NOOP("Cli", "Profit before ads"),
            f"{calc.money(result.profit_before_ads)} {cur}",
        ),
        (QT_TRANSLATE_NOOP("Cli", "Unit profit"), f"{calc.money(result.unit_profit)} {cur}"),
        (QT_TRANSLATE_NOOP("Cli", "Net margin"), _pct(result.net_margin)),
        (QT_TRANSLATE_NOOP("Cli", "Break-even ACoS"), _pct(result.break_even_acos)),
        (
            QT_TRANSLATE_NOOP("Cli", "Break-even price"),
            "—"
            if result.break_even_price is None
            else f"{calc.money(result.break_even_price)} {cur}",
        ),
    ]
    from core.cli import pad

    for label, value in lines:
        print(f"{pad(say(args, label), 26)}{value}")
    return 0


def _pct(value) -> str:
    return f"{calc.fraction(value) * 100:.2f} %"


def cmd_candidates(args) -> int:
    from core.selection.pool import ranked_pool_json
    from core.workspace import open_workspace

    workspace = open_workspace(args.path)
    try:
        if getattr(args, "import_file", None) is not None or getattr(args, "undo_import", None):
            return _import_or_undo(args, workspace)
        with workspace.session() as session:
            data = ranked_pool_json(session)
    finally:
        workspace.close()
    if args.json:
        print(json.dumps(data, indent=2, ensure_ascii=False))
        return 0
    from core.cli import pad
    from core.selection.decision import DECISIONS

    translate = getattr(args, "translate", identity)
    for index, row in enumerate(data["candidates"], start=1):
        decision = translate("Decision", DECISIONS[row["decision"]]) if row["decision"] else "—"
        missing = "*" if row["missing_data"] else " "
        print(f"{index:>3}  {row['score']:>5.2f}{missing} {pad(decision, 16)}{row['name']}")
    if any(row["missing_data"] for row in data["candidates"]):
        print(say(args, QT_TRANSLATE_NOOP("Cli", "* some scores rest on missing data")))
    if not data["candidates"]:
        print(say(args, QT_TRANSLATE_NOOP("Cli", "No candidates in this workspace yet.")))
    return 0


def _import_or_undo(args, workspace) -> int:
    from core.importing.readers import ImportFileError
    from core.selection import importing

    translate = getattr(args, "translate", identity)
    if args.undo_import:
        try:
            importing.undo_candidate_import(workspace, args.undo_import)
        except ValueError as exc:
            message = exc.args[0] if exc.args else exc
            return error(message.render(translate) if hasattr(message, "render") else str(exc))
        print(
            say(args, QT_TRANSLATE_NOOP("Cli", "Import #{batch} undone."), batch=args.undo_import)
        )
        return 0
    currency = (args.currency or "USD").strip().upper()
    try:
        preview = importing.read_candidates(workspace, args.import_file, currency)
    except ImportFileError as exc:
        return error(exc.message.render(translate))
    except ValueError as exc:
        message = exc.args[0] if exc.args else exc
        return error(message.render(translate) if hasattr(message, "render") else str(exc))
    for row in preview.rows:
        for warning in row.warnings:
            print(warning.render(translate))
    print(
        say(
            args,
            QT_TRANSLATE_NOOP(
                "Cli",
                "{file}: {new} new, {changed} changed, {unchanged} unchanged, {rejected} rejected.",
            ),
            file=preview.file_name,
            new=preview.count("new"),
            changed=preview.count("changed"),
            unchanged=preview.count("unchanged"),
            rejected=preview.count("rejected"),
        )
    )
    if not args.apply and args.overwrite:  # was ignored without a word
        text = QT_TRANSLATE_NOOP(
            "Cli",
            "Nothing written: --overwrite acts only with --apply. With both, the file's values "
            "go in even where someone else changes the same candidates after the preview; "
            "with --apply alone, such an import stops and names who changed what.",
        )
        print(say(args, text))
        return 0
    if not args.apply:
        print(say(args, QT_TRANSLATE_NOOP("Cli", "Nothing written: add --apply to import.")))
        return 0
    try:
        batch = importing.apply_candidates(workspace, preview, overwrite=args.overwrite)
    except ImportConflicts as refused:  # someone changed candidates meanwhile: never unseen
        for conflict in refused.conflicts:
            print(conflict.message.render(translate), file=sys.stderr)
        return error(
            refused.message.render(translate)
            + " "
            + say(
                args,
                QT_TRANSLATE_NOOP(
                    "Cli",
                    "Run it again to see the new preview, or add --overwrite to write the "
                    "file's values over theirs.",
                ),
            )
        )
    print(say(args, QT_TRANSLATE_NOOP("Cli", "Imported as #{batch}."), batch=batch.id))
    return 0
