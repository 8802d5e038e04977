"""``goals WS [--json]`` on the command line: every goal with its live progress and status."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from core.cli import location as cli_location
from core.cli import pad, say
from core.i18n import QT_TRANSLATE_NOOP, Message, Translate, identity


def register(subparsers, export_subparsers, translate: Translate = identity) -> None:
    def h(text: str) -> str:
        return translate("Cli", text)

    command = subparsers.add_parser(
        "goals",
        help=h(QT_TRANSLATE_NOOP("Cli", "every goal with target, actual, progress and status")),
    )
    command.add_argument(
        "path", type=cli_location, help=h(QT_TRANSLATE_NOOP("Cli", "workspace file"))
    )
    command.add_argument(
        "--json", action="store_true", help=h(QT_TRANSLATE_NOOP("Cli", "print JSON"))
    )
    command.add_argument(
        "--today",
        type=date.fromisoformat,
        default=None,
        help=h(
            QT_TRANSLATE_NOOP("Cli", "judge progress as of this day YYYY-MM-DD (default today)")
        ),
    )
    command.set_defaults(handler=cmd_goals)

    export = export_subparsers.add_parser(
        "goals",
        help=h(QT_TRANSLATE_NOOP("Cli", "the goals with their progress, and platform roles")),
    )
    export.add_argument(
        "path", type=cli_location, help=h(QT_TRANSLATE_NOOP("Cli", "workspace file"))
    )
    export.add_argument(
        "out", type=Path, help=h(QT_TRANSLATE_NOOP("Cli", "Excel file to write (.xlsx)"))
    )
    export.set_defaults(handler=cmd_export_goals)


def cmd_export_goals(args) -> int:
    from core.goals.export import goals_sheets
    from core.workspace import open_workspace
    from core.xlsx_export import write_workbook

    workspace = open_workspace(args.path)
    try:
        with workspace.session() as session:
            sheets = goals_sheets(session, getattr(args, "translate", identity))
        write_workbook(args.out, sheets)
    finally:
        workspace.close()
    print(say(args, QT_TRANSLATE_NOOP("Cli", "Goals written to {out}"), out=args.out))
    return 0


def goals_json(items) -> dict:
    from core.goals.texts import number

    return {
        "goals": [
            {
                "name": item.title.render(identity),
                "measure": item.measure,
                "target": number(item.measure, item.target),
                "actual": number(item.measure, item.actual),
                "progress": round(item.progress, 4),
                "status": item.status.value,
                "starts_on": item.starts_on.isoformat(),
                "deadline": item.deadline.isoformat(),
                "owner": item.owner or None,
                "currency": item.currency,
                "run_rate": float(item.run_rate) if item.run_rate is not None else None,
            }
            for item in items
        ]
    }


def cmd_goals(args) -> int:
    # Imported here: every command builds the parser, and the goals' models cost the others
    # (an import of products) ~40 ms.
    from core.goals.progress import goal_progress
    from core.goals.roles import STATUS_LABELS
    from core.goals.texts import amount_text, progress_text
    from core.workspace import open_workspace

    workspace = open_workspace(args.path)
    try:
        with workspace.session() as session:
            items = goal_progress(session, args.today)
    finally:
        workspace.close()
    if args.json:
        print(json.dumps(goals_json(items), indent=2, ensure_ascii=False))
        return 0
    translate = getattr(args, "translate", identity)
    if not items:
        print(say(args, QT_TRANSLATE_NOOP("Cli", "No goals yet: set them in step 3 of the app.")))
        return 0
    for item in items:
        status = Message("Goals", STATUS_LABELS[item.status]).render(translate)
        line = (
            f"{pad(item.title.render(translate), 40)} "
            f"{pad(progress_text(item).render(translate), 34)} "
            f"{item.progress * 100:>4.0f} %  {pad(status, 10)} "
        )
        due = say(
            args, QT_TRANSLATE_NOOP("Cli", "by {deadline}"), deadline=item.deadline.isoformat()
        )
        print(f"{line}{pad(due, 16)}{item.owner}".rstrip())
        if item.run_rate is not None:
            print(
                "    "
                + say(
                    args,
                    QT_TRANSLATE_NOOP("Cli", "run-rate {amount} for the period"),
                    amount=amount_text(item.measure, item.run_rate, item.currency),
                )
            )
        for note in item.notes:
            print("    " + note.render(translate))
    return 0
