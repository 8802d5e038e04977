"""Step 1: the cross-functional team and its responsibility matrix (RACI)."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from sqlmodel import Session, col, delete, select

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


def proposed_team(include_optional: bool = True) -> list[ProposedMember]:
    roles = CORE_ROLES + (OPTIONAL_ROLES if include_optional else [])
    return [ProposedMember(role=role, name=ROLES[role]) for role in roles]


def add_member(
    session: Session,
    name: str,
    role: str,
    contact: str = "",
    capacity_hours: float = 40.0,
    notes: str = "",
) -> TeamMember:
    check_member(name, role, capacity_hours)
    member = TeamMember(
        name=name.strip(),
        role=role,
        contact=contact.strip(),
        capacity_hours=capacity_hours,
        notes=notes,
    )
    session.add(member)
    session.flush()
    return member


def check_member(name: str, role: str, capacity_hours: float) -> None:
    if not name.strip():
        raise ValueError(Message("Team", QT_TRANSLATE_NOOP("Team", "A member needs a name.")))
    if role not in ROLES:
        raise ValueError(
            Message("Team", QT_TRANSLATE_NOOP("Team", "Unknown role: {role}"), {"role": role})
        )
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
) -> TeamMember:
    """Change some fields of a member; the whole member is checked before anything is written."""
    member = session.get(TeamMember, member_id)
    if member is None:
        raise ValueError(
            Message("Team", QT_TRANSLATE_NOOP("Team", "This team member no longer exists."))
        )
    new_name = member.name if name is None else name
    new_role = member.role if role is None else role
    new_capacity = member.capacity_hours if capacity_hours is None else capacity_hours
    check_member(new_name, new_role, new_capacity)
    member.name = new_name.strip()
    member.role = new_role
    member.capacity_hours = float(new_capacity)
    if contact is not None:
        member.contact = contact.strip()
    if notes is not None:
        member.notes = notes
    session.add(member)
    session.flush()
    return member


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


def set_raci(session: Session, member_id: int, subject: str, letter: str | None) -> None:
    """Set one cell; ``None`` or '' clears it."""
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
    if not letter:
        if existing is not None:
            session.delete(existing)
    elif existing is None:
        session.add(RaciAssignment(member_id=member_id, subject=subject, letter=letter))
    else:
        existing.letter = letter
        session.add(existing)
    session.flush()


def apply_proposal(session: Session, proposal: list[ProposedMember]) -> list[TeamMember]:
    """Add the proposed members and fill the RACI cells for their roles (existing cells stay)."""
    added = [
        add_member(session, p.name, p.role, contact=p.contact, capacity_hours=p.capacity_hours)
        for p in proposal
    ]
    everyone = members(session)
    by_role: dict[str, list[TeamMember]] = defaultdict(list)
    for member in everyone:
        by_role[member.role].append(member)
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


def proposal_cells(roles: list[str]) -> dict[tuple[int, str], str]:
    """The RACI a fresh team with these roles would get: (index in ``roles``, subject) -> letter.

    Mirrors :func:`apply_proposal` on an empty team, so the wizard can show it before writing.
    """
    cells: dict[tuple[int, str], str] = {}
    for subject, (accountable, responsible, consulted) in _PROPOSED_RACI.items():
        for index, role in enumerate(roles):
            if role in consulted:
                cells[(index, subject)] = "C"
            if role == responsible:
                cells[(index, subject)] = "R"
        if accountable in roles:
            cells[(roles.index(accountable), subject)] = "A"
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
    cells = raci_cells(session)
    warnings: list[RaciWarning] = []
    for subject in subjects():
        accountable = tuple(m for (m, s), letter in cells.items() if s == subject and letter == "A")
        if not accountable:
            warnings.append(RaciWarning(subject, "no_accountable"))
        elif len(accountable) > 1:
            warnings.append(RaciWarning(subject, "many_accountable", tuple(sorted(accountable))))
    return warnings


def missing_core_roles(session: Session) -> list[str]:
    present = {m.role for m in members(session)}
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
        [
            [m.name, t("Team", ROLES.get(m.role, m.role)), m.contact, m.capacity_hours, m.notes]
            for m in people
        ],
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
