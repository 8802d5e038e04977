"""``matrix WS [--json]`` and ``export matrix WS OUT.xlsx`` on the command line.

JSON (the same in every language)::

    {"cells": [{"sku", "platform", "market", "product_role", "platform_role", "fit_score",
                "status"}],
     "warnings": [{"kind", "message", "cells": [{"sku", "platform", "market"}]}]}

``cells`` lists the listings (``--all``: every cell, unlisted ones with status null);
platform and market are codes ("amazon", "US"); roles are the keys of core.goals.roles.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from core import json_text
from core.cli import location as cli_location
from core.cli import pad, say
from core.i18n import QT_TRANSLATE_NOOP, Message, Translate, identity


def register(subparsers, export_subparsers, translate: Translate = identity) -> None:
    def h(text: str) -> str:
        return translate("Cli", text)

    command = subparsers.add_parser(
        "matrix",
        help=h(
            QT_TRANSLATE_NOOP(
                "Cli", "the product matrix: roles, fit score and status per listing, and warnings"
            )
        ),
    )
    command.add_argument(
        "path", type=cli_location, help=h(QT_TRANSLATE_NOOP("Cli", "workspace file"))
    )
    command.add_argument(
        "--json", action="store_true", help=h(QT_TRANSLATE_NOOP("Cli", "print JSON"))
    )
    command.add_argument(
        "--all",
        action="store_true",
        help=h(QT_TRANSLATE_NOOP("Cli", "list every cell, not only the listings")),
    )
    _as_of(command, h)
    command.set_defaults(handler=cmd_matrix)

    export = export_subparsers.add_parser(
        "matrix",
        help=h(
            QT_TRANSLATE_NOOP(
                "Cli", "the matrix grid with role colours and a legend, warnings and fit"
            )
        ),
    )
    export.add_argument(
        "path", type=cli_location, help=h(QT_TRANSLATE_NOOP("Cli", "workspace file"))
    )
    export.add_argument(
        "out", type=Path, help=h(QT_TRANSLATE_NOOP("Cli", "Excel file to write (.xlsx)"))
    )
    _as_of(export, h)
    export.set_defaults(handler=cmd_export_matrix)


def _as_of(command, h) -> None:
    command.add_argument(
        "--as-of",
        type=date.fromisoformat,
        default=None,
        help=h(
            QT_TRANSLATE_NOOP(
                "Cli",
                "review date YYYY-MM-DD (default today): the 12 complete "
                "months before it are reviewed",
            )
        ),
    )


def _load(args):
    from core.matrix.grid import load_matrix
    from core.matrix.suggest import sku_facts
    from core.matrix.warnings import matrix_warnings
    from core.workspace import open_workspace

    workspace = open_workspace(args.path)
    try:
        with workspace.session() as session:
            matrix = load_matrix(session)
            facts = sku_facts(session, args.as_of)
    finally:
        workspace.close()
    return matrix, matrix_warnings(matrix, facts)


def matrix_json(matrix, warnings, every_cell: bool = False) -> dict:
    codes = {c.key: (c.platform_code, c.market_code) for c in matrix.columns}
    skus = {row.sku_id: row.sku_code for row in matrix.rows}
    cells = []
    for row in matrix.rows:
        for column, cell in zip(matrix.columns, row.cells, strict=True):
            if not cell.listed and not every_cell:
                continue
            score = matrix.score(cell)
            cells.append(
                {
                    "sku": row.sku_code,
                    "platform": column.platform_code,
                    "market": column.market_code,
                    "product_role": cell.product_role,
                    "platform_role": cell.platform_role,
                    "fit_score": score,
                    "status": cell.status,
                }
            )

    def where(key) -> dict:
        platform, market = codes.get((key[1], key[2]), ("", ""))
        return {"sku": skus.get(key[0], ""), "platform": platform, "market": market}

    return {
        "cells": cells,
        "warnings": [
            {
                "kind": w.kind,
                "message": w.message.render(identity),
                "cells": [where(key) for key in w.cells],
            }
            for w in warnings
        ],
    }


def cmd_matrix(args) -> int:
    from core.goals.roles import PRODUCT_ROLES
    from core.matrix.roles import PLATFORM_ROLE_MARKS, PRODUCT_ROLE_MARKS

    matrix, warnings = _load(args)
    if args.json:
        # json.dumps's text, written faster (indented, json encodes in pure Python)
        print(json_text.dumps(matrix_json(matrix, warnings, args.all)))
        return 0
    translate = getattr(args, "translate", identity)
    if not matrix.rows:
        print(say(args, QT_TRANSLATE_NOOP("Cli", "No SKUs yet: import the catalog in step 2.")))
        return 0
    # One line per SKU with a listing (every SKU with --all); a cell reads "★M 78":
    # product-role mark, platform-role letter, fit score; "·" where the SKU is not listed.
    columns = [c.title for c in matrix.columns]
    width = max(9, *(len(t) for t in columns))
    print(pad("SKU", 16) + " ".join(pad(t, width) for t in columns))
    for row in matrix.rows:
        if not args.all and not any(c.listed for c in row.cells):
            continue
        texts = []
        for cell in row.cells:
            if not cell.listed:
                texts.append(pad("·", width))
                continue
            mark = PRODUCT_ROLE_MARKS.get(cell.product_role or "", "?")
            letter = PLATFORM_ROLE_MARKS.get(cell.platform_role or "", "-")
            score = matrix.score(cell)
            score = "" if score is None else score
            texts.append(pad(f"{mark}{letter} {score}", width))
        print(pad(row.sku_code, 16) + " ".join(texts))
    legend = ", ".join(
        f"{mark} {Message('Goals', PRODUCT_ROLES[key]).render(translate)}"
        for key, mark in PRODUCT_ROLE_MARKS.items()
    )
    print()
    print(say(args, QT_TRANSLATE_NOOP("Cli", "Marks: {legend}; ? no role"), legend=legend))
    print()
    if not warnings:
        print(say(args, QT_TRANSLATE_NOOP("Cli", "No warnings.")))
    for warning in warnings:
        print(f"! {warning.title.render(translate)}: {warning.message.render(translate)}")
    return 0


def cmd_export_matrix(args) -> int:
    from core.matrix.export import export_matrix

    matrix, warnings = _load(args)
    export_matrix(args.out, matrix, warnings, getattr(args, "translate", identity))
    print(say(args, QT_TRANSLATE_NOOP("Cli", "Matrix written to {out}"), out=args.out))
    return 0
