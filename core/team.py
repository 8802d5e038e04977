"""Step 1: the cross-functional team and its responsibility matrix (RACI)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlmodel import Session, col, delete, select

from core.edits import ConflictError, check_edit, flush_checked, locked
from core.i18n import QT_TRANSLATE_NOOP, Message, Translate, identity
from core.models import RaciAssignment, TeamMember, saved_id
from core.steps import STEPS, StepState

ROLES: dict[str, str] = {
    "product_manager": QT_TRANSLATE_NOOP("Team", "Product manager"),
    "operations": QT_TRANSLATE_NOOP("Team", "Operations"),
    "purchasing": QT_TRANSLATE_NOOP("Team", "Purchasing"),
    "finance": QT_TRANSLATE_NOOP("Team", "Finance"),
    "compliance": QT_TRANSLATE_NOOP("Team", "Legal / compliance"),
    "design": QT_TRANSLATE_NOOP("Team", "Design"),
    "customer_service": QT_TRANSLATE_NOOP("Team", "Customer service"),
}
# The seeds name these five as the core of the team; design and customer service are optional.
CORE_ROLES = ["product_manager", "operations", "purchasing", "finance", "compliance"]
OPTIONAL_ROLES = ["design", "customer_service"]

DUTIES: dict[str, str] = {
    "duty:approval": QT_TRANSLATE_NOOP("Team", "Product approval (立项)"),
    "duty:listing": QT_TRANSLATE_NOOP("Team", "Listing"),
    "duty:replenishment": QT_TRANSLATE_NOOP("Team", "Replenishment"),
    "duty:ad_budget": QT_TRANSLATE_NOOP("Team", "Ad budget"),
    "duty:compliance_signoff": QT_TRANSLATE_NOOP("Team", "Compliance sign-off"),
    "duty:review_meeting": QT_TRANSLATE_NOOP("Team", "Review meeting (复盘)"),
}

LETTERS = ("R", "A", "C", "I")
LETTER_LABELS = {
    "R": QT_TRANSLATE_NOOP("Team", "Responsible: does the work"),
    "A": QT_TRANSLATE_NOOP("Team", "Accountable: decides and signs off (exactly one)"),
    "C": QT_TRANSLATE_NOOP("Team", "Consulted: asked before"),
    "I": QT_TRANSLATE_NOOP("Team", "Informed: told after"),
}


def step_subject(step_key: str) -> str:
    return f"step:{step_key}"


def subjects() -> list[str]:
    """Rows of the RACI matrix: the eight steps, then the recurring duties."""
    return [step_subject(step.key) for step in STEPS] + list(DUTIES)


def subject_label(subject: str) -> tuple[str, str]:
    """(context, English text) of a subject, for translation by the caller."""
    if subject in DUTIES:
        return "Team", DUTIES[subject]
    key = subject.removeprefix("step:")
    for step in STEPS:
        if step.key == key:
            return "Steps", step.title
    return "Team", subject


# Who is A and R for each subject in the proposed team, by role; everyone else in
# ``consulted`` is C. Drawn from the seeds: the product manager owns approval and review,
# operations owns listing and platforms, purchasing replenishment, finance the ad budget.
_PROPOSED_RACI: dict[str, tuple[str, str, tuple[str, ...]]] = {
    "step:team": ("product_manager", "product_manager", ("operations",)),
    "step:inventory": ("operations", "operations", ("purchasing", "finance")),
    "step:goals": ("product_manager", "product_manager", ("operations", "finance")),
    "step:selection": (
        "product_manager",
        "product_manager",
        ("purchasing", "finance", "compliance"),
    ),
    "step:platform_fit": ("operations", "operations", ("product_manager", "design")),
    "step:launch": ("product_manager", "operations", ("purchasing", "finance", "compliance")),
    "step:erp": ("operations", "operations", ("purchasing", "finance")),
    "step:dashboard": ("product_manager", "operations", ("finance", "customer_service")),
    "duty:approval": (
        "product_manager",
        "product_manager",
        ("finance", "purchasing", "compliance"),
    ),
    "duty:listing": ("operations", "operations", ("design", "compliance")),
    "duty:replenishment": ("purchasing", "purchasing", ("operations", "finance")),
    "duty:ad_budget": ("finance", "operations", ("product_manager",)),
    "duty:compliance_signoff": ("compliance", "compliance", ("product_manager", "purchasing")),
    "duty:review_meeting": ("product_manager", "product_manager", ("operations", "finance")),
}


@dataclass
class ProposedMember:
    role: str
    name: str
    capacity_hours: float = 40.0
    contact: str = ""
    other_roles: list[str] = field(default_factory=list)

    @property
    def roles(self) -> list[str]:
        return [self.role, *(r for r in self.other_roles if r != self.role)]


def proposed_team(include_optional: bool = True) -> list[ProposedMember]:
    roles = CORE_ROLES + (OPTIONAL_ROLES if include_optional else [])
    return [ProposedMember(role=role, name=ROLES[role]) for role in roles]


def roles_of(member: TeamMember) -> list[str]:
    """Every role a member holds, the main one first."""
    others = [r for r in (member.other_roles or "").split(",") if r and r != member.role]
    return [member.role, *others]


def _other_roles_text(role: str, other_roles: Sequence[str]) -> str:
    """The stored form: known keys after the main one, each once, in the order of ROLES."""
    for key in other_roles:
        _check_role(key)
    wanted = set(other_roles) - {role}
    return ",".join(key for key in ROLES if key in wanted)


def same_person(a: str, b: str) -> bool:
    """Names typed twice for one person ("老王" and "老王 ", "Lin Wei" and "lin wei")."""
    return "".join(a.split()).casefold() == "".join(b.split()).casefold()


def add_member(
    session: Session,
    name: str,
    role: str,
    contact: str = "",
    capacity_hours: float = 40.0,
    notes: str = "",
    other_roles: Sequence[str] = (),
) -> TeamMember:
    check_member(name, role, capacity_hours)
    member = TeamMember(
        name=name.strip(),
        role=role,
        contact=contact.strip(),
        capacity_hours=capacity_hours,
        notes=notes,
        other_roles=_other_roles_text(role, other_roles),
    )
    session.add(member)
    session.flush()
    return member


def _check_role(role: str) -> None:
    if role not in ROLES:
        raise ValueError(
            Message("Team", QT_TRANSLATE_NOOP("Team", "Unknown role: {role}"), {"role": role})
        )


def check_member(name: str, role: str, capacity_hours: float) -> None:
    if not name.strip():
        raise ValueError(Message("Team", QT_TRANSLATE_NOOP("Team", "A member needs a name.")))
    _check_role(role)
    if not isinstance(capacity_hours, int | float) or not 0 <= capacity_hours <= 168:
        raise ValueError(
            Message(
                "Team",
                QT_TRANSLATE_NOOP("Team", "Capacity must be between 0 and 168 hours a week."),
            )
        )


def update_member(
    session: Session,
    member_id: int,
    *,
    name: str | None = None,
    role: str | None = None,
    contact: str | None = None,
    capacity_hours: float | None = None,
    notes: str | None = None,
    roles: Sequence[str] | None = None,
    seen: Mapping[str, Any] | None = None,
) -> TeamMember:
    """Change some fields of a member; the whole member is checked before anything is written.

    ``roles``: every role the member holds, the main one first (replaces ``role``).
    ``seen``: the fields as the person saw them (:func:`member_seen`); a field someone else
    changed meanwhile is a :class:`~core.edits.ConflictError` and nothing is written."""
    member = locked(session, TeamMember, member_id)
    if member is None:
        raise ValueError(
            Message("Team", QT_TRANSLATE_NOOP("Team", "This team member no longer exists."))
        )
    if roles is not None and not list(roles):
        raise ValueError(
            Message("Team", QT_TRANSLATE_NOOP("Team", "A member needs at least one role."))
        )
    asked = {"name": name, "contact": contact, "capacity_hours": capacity_hours, "notes": notes}
    mine: dict[str, Any] = {k: v for k, v in asked.items() if v is not None}
    if roles is not None:
        mine["roles"] = list(roles)
    elif role is not None:
        mine["roles"] = [role, *[r for r in roles_of(member)[1:] if r != role]]
    try:
        check_edit(
            member_what(member),
            member_seen(member),
            mine,
            seen,
            changed_by=member.changed_by,
            changed_at=member.changed_at,
            show=_shown_member_value,
        )
    except ConflictError as exc:
        exc.key = ("member", member_id)
        raise
    new_name = member.name if name is None else name
    new_role = roles[0] if roles is not None else member.role if role is None else role
    new_capacity = member.capacity_hours if capacity_hours is None else capacity_hours
    check_member(new_name, new_role, new_capacity)
    others = list(roles[1:]) if roles is not None else roles_of(member)[1:]
    member.other_roles = _other_roles_text(new_role, others)
    member.name = new_name.strip()
    member.role = new_role
    member.capacity_hours = float(new_capacity)
    if contact is not None:
        member.contact = contact.strip()
    if notes is not None:
        member.notes = notes
    session.add(member)
    flush_checked(session, member, member_what(member), mine)
    return member


MEMBER_FIELDS = ("name", "roles", "contact", "capacity_hours", "notes")


def member_seen(member: TeamMember) -> dict[str, Any]:
    """A member's editable fields as a person sees them (``seen`` of :func:`update_member`)."""
    return {
        "name": member.name,
        "roles": roles_of(member),
        "contact": member.contact,
        "capacity_hours": float(member.capacity_hours),
        "notes": member.notes,
    }


def member_what(member: TeamMember) -> Message:
    return Message(
        "Conflict", QT_TRANSLATE_NOOP("Conflict", "team member {name}"), {"name": member.name}
    )


@dataclass(frozen=True)
class _RoleNames(Message):
    """Role keys shown as their names, in the reader's language."""

    keys: tuple[str, ...] = ()

    def render(self, translate: Translate = identity) -> str:
        names = [translate("Team", ROLES[k]) if k in ROLES else k for k in self.keys]
        return translate("Conflict", ", ").join(names) or "—"


def _shown_member_value(field: str, value: Any) -> Any:
    if field == "roles":
        return _RoleNames("Team", "", keys=tuple(value or ()))
    if field == "capacity_hours" and value is not None:
        return f"{float(value):g}"
    return "—" if value in (None, "") else str(value)


def remove_member(session: Session, member_id: int) -> None:
    session.exec(delete(RaciAssignment).where(col(RaciAssignment.member_id) == member_id))
    member = session.get(TeamMember, member_id)
    if member is not None:
        session.delete(member)
    session.flush()


def members(session: Session) -> list[TeamMember]:
    return list(session.exec(select(TeamMember).order_by(col(TeamMember.id))))


def raci_cells(session: Session) -> dict[tuple[int, str], str]:
    return {(a.member_id, a.subject): a.letter for a in session.exec(select(RaciAssignment))}


def set_raci(
    session: Session,
    member_id: int,
    subject: str,
    letter: str | None,
    seen: str | None = None,
) -> None:
    """Set one cell; ``None`` or '' clears it. ``seen``: the letter the person saw ('' for an
    empty cell); someone else's different letter meanwhile is a ConflictError."""
    letter = (letter or "").strip().upper()
    if letter and letter not in LETTERS:
        raise ValueError(
            Message(
                "Team", QT_TRANSLATE_NOOP("Team", "Use R, A, C or I (or leave the cell empty)."), {}
            )
        )
    existing = session.exec(
        select(RaciAssignment).where(
            RaciAssignment.member_id == member_id, RaciAssignment.subject == subject
        )
    ).first()
    if seen is not None:
        member = locked(session, TeamMember, member_id)
        try:
            check_edit(
                raci_what(member, subject),
                {"letter": existing.letter if existing is not None else ""},
                {"letter": letter},
                {"letter": seen.strip().upper()},
            )
        except ConflictError as exc:
            exc.key = ("cell", member_id, subject)
            raise
    if not letter:
        if existing is not None:
            session.delete(existing)
    elif existing is None:
        session.add(RaciAssignment(member_id=member_id, subject=subject, letter=letter))
    else:
        existing.letter = letter
        session.add(existing)
    session.flush()


def raci_what(member: TeamMember | None, subject: str) -> Message:
    context, label = subject_label(subject)
    return Message(
        "Conflict",
        QT_TRANSLATE_NOOP("Conflict", "the responsibility of {name} for {subject}"),
        {"name": member.name if member is not None else "?", "subject": Message(context, label)},
    )


def merge_proposal(proposal: list[ProposedMember]) -> list[ProposedMember]:
    """One person per name: the same name typed for several roles is one person holding them
    (their largest weekly hours, the first contact given)."""
    people: list[ProposedMember] = []
    for entry in proposal:
        person = next((p for p in people if same_person(p.name, entry.name)), None)
        if person is None:
            people.append(
                ProposedMember(
                    entry.role,
                    entry.name.strip(),
                    entry.capacity_hours,
                    entry.contact,
                    list(entry.other_roles),
                )
            )
            continue
        person.other_roles += [r for r in entry.roles if r not in person.roles]
        person.capacity_hours = max(person.capacity_hours, entry.capacity_hours)
        person.contact = person.contact or entry.contact
    return people


def apply_proposal(session: Session, proposal: list[ProposedMember]) -> list[TeamMember]:
    """Add the proposed people and fill the RACI cells for their roles (existing cells stay).

    A name typed for several roles becomes one member holding them all; a name already in the
    team gets the new roles instead of a twin. Returns the members added."""
    added: list[TeamMember] = []
    for person in merge_proposal(proposal):
        existing = next((m for m in members(session) if same_person(m.name, person.name)), None)
        if existing is not None:
            update_member(session, saved_id(existing), roles=roles_of(existing) + person.roles)
            continue
        added.append(
            add_member(
                session,
                person.name,
                person.role,
                contact=person.contact,
                capacity_hours=person.capacity_hours,
                other_roles=person.other_roles,
            )
        )
    everyone = members(session)
    by_role: dict[str, list[TeamMember]] = defaultdict(list)
    for member in everyone:
        for role in roles_of(member):
            by_role[role].append(member)
    cells = raci_cells(session)
    taken_a = {subject for (_, subject), letter in cells.items() if letter == "A"}
    for subject, (accountable, responsible, consulted) in _PROPOSED_RACI.items():
        wanted: dict[int, str] = {}
        for role in consulted:
            for member in by_role.get(role, []):
                wanted[saved_id(member)] = "C"
        for member in by_role.get(responsible, []):
            wanted[saved_id(member)] = "R"
        if subject not in taken_a and by_role.get(accountable):
            wanted[saved_id(by_role[accountable][0])] = "A"
        for member_id, letter in wanted.items():
            if (member_id, subject) not in cells:
                set_raci(session, member_id, subject, letter)
    return added


def proposal_cells(people: Sequence[str | Sequence[str]]) -> dict[tuple[int, str], str]:
    """The RACI a fresh team would get: (person's index, subject) -> letter. Each person is a
    role or the list of roles they hold.

    Mirrors :func:`apply_proposal` on an empty team, so the wizard can show it before writing.
    """
    held = [[p] if isinstance(p, str) else list(p) for p in people]
    cells: dict[tuple[int, str], str] = {}
    for subject, (accountable, responsible, consulted) in _PROPOSED_RACI.items():
        for index, roles in enumerate(held):
            if any(role in consulted for role in roles):
                cells[(index, subject)] = "C"
            if responsible in roles:
                cells[(index, subject)] = "R"
        holder = next((i for i, roles in enumerate(held) if accountable in roles), None)
        if holder is not None:
            cells[(holder, subject)] = "A"
    return cells


@dataclass(frozen=True)
class RaciWarning:
    subject: str
    kind: str  # "no_accountable" or "many_accountable"
    member_ids: tuple[int, ...] = ()

    def message(self) -> Message:
        text = {
            "no_accountable": QT_TRANSLATE_NOOP("Team", "{subject}: nobody is Accountable (A)."),
            "many_accountable": QT_TRANSLATE_NOOP(
                "Team", "{subject}: {count} people are Accountable (A); keep exactly one."
            ),
        }[self.kind]
        return Message("Team", text, {"subject": self.subject, "count": len(self.member_ids)})

    def render(self, translate: Translate = identity) -> str:
        """The message with the step or duty named in the reader's language."""
        label = translate(*subject_label(self.subject))
        template = translate("Team", self.message().text)
        return template.format(subject=label, count=len(self.member_ids))


def raci_warnings(session: Session) -> list[RaciWarning]:
    return warnings_of(raci_cells(session))


def warnings_of(cells: Mapping[tuple[int, str], str]) -> list[RaciWarning]:
    """Every step and duty without exactly one Accountable person."""
    warnings: list[RaciWarning] = []
    for subject in subjects():
        accountable = tuple(m for (m, s), letter in cells.items() if s == subject and letter == "A")
        if not accountable:
            warnings.append(RaciWarning(subject, "no_accountable"))
        elif len(accountable) > 1:
            warnings.append(RaciWarning(subject, "many_accountable", tuple(sorted(accountable))))
    return warnings


def role_names(member: TeamMember, translate: Translate = identity) -> str:
    """The member's roles in the reader's language, the main one first."""
    separator = translate("Team", QT_TRANSLATE_NOOP("Team", ", "))
    return separator.join(translate("Team", ROLES.get(r, r)) for r in roles_of(member))


def missing_core_roles(session: Session) -> list[str]:
    """Core roles nobody holds; one person may fill several."""
    return missing_roles_of(members(session))


def missing_roles_of(people: Sequence[TeamMember]) -> list[str]:
    present = {role for m in people for role in roles_of(m)}
    return [role for role in CORE_ROLES if role not in present]


def team_state(session: Session) -> StepState:
    if not members(session):
        return StepState.NOT_STARTED
    if missing_core_roles(session) or raci_warnings(session):
        return StepState.IN_PROGRESS
    return StepState.DONE


def team_sheets(session: Session, translate: Translate | None = None) -> list:
    """The team and its RACI matrix as two sheets, headers in the caller's language."""
    from core.xlsx_export import Sheet

    t = translate or identity
    people = members(session)
    team = Sheet(
        t("Team", QT_TRANSLATE_NOOP("Team", "Team")),
        [
            t("Team", QT_TRANSLATE_NOOP("Team", "Name")),
            t("Team", QT_TRANSLATE_NOOP("Team", "Role")),
            t("Team", QT_TRANSLATE_NOOP("Team", "Contact")),
            t("Team", QT_TRANSLATE_NOOP("Team", "Capacity (h/week)")),
            t("Team", QT_TRANSLATE_NOOP("Team", "Notes")),
        ],
        [[m.name, role_names(m, t), m.contact, m.capacity_hours, m.notes] for m in people],
    )
    cells = raci_cells(session)
    raci = Sheet(
        t("Team", QT_TRANSLATE_NOOP("Team", "RACI")),
        [t("Team", QT_TRANSLATE_NOOP("Team", "Step or duty"))] + [m.name for m in people],
        [
            [t(*subject_label(subject))] + [cells.get((saved_id(m), subject), "") for m in people]
            for subject in subjects()
        ],
    )
    return [team, raci]


def export_team(path, sheets: list, progress=None):
    """Job: write the sheets from :func:`team_sheets` to an Excel file (built on the UI thread,
    where the translator lives; the small write runs on the worker)."""
    from core.xlsx_export import write_workbook

    if progress is not None:
        progress.report(0, 1, "")
    written = write_workbook(path, sheets)
    if progress is not None:
        progress.report(1, 1, "")
    return written
