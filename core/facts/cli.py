"""``kpi WS [--json] [--by …] [--from DATE] [--to DATE]``: the key figures of the fact store.

JSON: ``{"base_currency": "USD", "total": {...}, "groups": [{"month": "2016-11", ...}]}``;
money is printed as exact decimals in the base currency.
"""

from __future__ import annotations

import json
import unicodedata
from datetime import date
from decimal import Decimal

from core import cli
from core.cli import error, pad, say
from core.i18n import QT_TRANSLATE_NOOP, Translate, identity

COLUMNS = {
    "revenue": QT_TRANSLATE_NOOP("Cli", "Revenue"),
    "units": QT_TRANSLATE_NOOP("Cli", "Units"),
    "orders": QT_TRANSLATE_NOOP("Cli", "Orders"),
    "returned_units": QT_TRANSLATE_NOOP("Cli", "Returned"),
    "sessions": QT_TRANSLATE_NOOP("Cli", "Sessions"),
    "ad_spend": QT_TRANSLATE_NOOP("Cli", "Ad spend"),
    "ad_sales": QT_TRANSLATE_NOOP("Cli", "Ad sales"),
}


def register(subparsers, _export_subparsers, translate: Translate = identity) -> None:
    def h(text: str) -> str:
        return translate("Cli", text)

    from core.facts.kpi import GROUPINGS

    command = subparsers.add_parser(
        "kpi",
        help=h(
            QT_TRANSLATE_NOOP(
                "Cli", "revenue, units, orders, returns, sessions and ads from imported facts"
            )
        ),
    )
    command.add_argument(
        "path", type=cli.location, help=h(QT_TRANSLATE_NOOP("Cli", "workspace file"))
    )
    command.add_argument(
        "--json", action="store_true", help=h(QT_TRANSLATE_NOOP("Cli", "print JSON"))
    )
    command.add_argument(
        "--by", choices=GROUPINGS, help=h(QT_TRANSLATE_NOOP("Cli", "one line per group"))
    )
    command.add_argument(
        "--from",
        dest="first",
        type=date.fromisoformat,
        metavar="DATE",
        help=h(QT_TRANSLATE_NOOP("Cli", "first day counted, YYYY-MM-DD (default: all)")),
    )
    command.add_argument(
        "--to",
        dest="last",
        type=date.fromisoformat,
        metavar="DATE",
        help=h(QT_TRANSLATE_NOOP("Cli", "last day counted, YYYY-MM-DD (default: all)")),
    )
    command.set_defaults(handler=cmd_kpi)


def _plain(value):
    """Decimal money as a JSON number written exactly as the decimal reads."""
    return float(value) if isinstance(value, Decimal) else value


def cmd_kpi(args) -> int:
    from core.facts.kpi import KpiError, kpi

    if args.first and args.last and args.first > args.last:
        text = QT_TRANSLATE_NOOP("Cli", "--from {first} is after --to {last}.")
        return error(say(args, text, first=args.first, last=args.last))
    workspace = cli._open(args.path)
    try:
        with workspace.transaction() as session:
            result = kpi(session, args.by, args.first, args.last)
    except KpiError as exc:
        return error(exc.message.render(args.translate))
    finally:
        workspace.close()
    if args.json:
        data = {
            "base_currency": result["base_currency"],
            "total": {k: _plain(v) for k, v in result["total"].items()},
            "groups": [{k: _plain(v) for k, v in g.items()} for g in result["groups"]],
        }
        print(json.dumps(data, indent=2, ensure_ascii=False))
        return 0
    labels = [say(args, label) for label in COLUMNS.values()]
    first = say(args, QT_TRANSLATE_NOOP("Cli", "Total")) if not args.by else args.by
    print(pad(first, 16) + "".join(_right(label, 14) for label in labels))
    rows = [(g[args.by], g) for g in result["groups"]] if args.by else []
    rows.append((say(args, QT_TRANSLATE_NOOP("Cli", "Total")), result["total"]))
    for name, values in rows:
        cells = "".join(f"{_cell(values[key]):>14}" for key in COLUMNS)
        print(pad(str(name)[:15], 16) + cells)
    print(say(args, QT_TRANSLATE_NOOP("Cli", "Money in {base}."), base=result["base_currency"]))
    return 0


def _right(text: str, width: int) -> str:
    """Right-align in terminal columns (a Chinese character takes two)."""
    used = sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)
    return " " * max(width - used, 0) + text


def _cell(value) -> str:
    return f"{value:,.2f}" if isinstance(value, Decimal) else f"{value:,}"
