"""Compliance of a product in a market, for step 5: what step 4's pre-check asks for
(core.selection.compliance, rules in resources/reference/compliance.json) and what the seller
has signed off.

A product's attributes come from its SKUs' flags (battery, radio, food contact, children's
product) and, for a product approved in step 4, the candidate's attributes (mains-powered, toy,
cosmetic …). Sign-offs are kept per workspace in the Setting row ``matrix_compliance_done``:
``{"<product id>": {"<market>": ["<requirement id>", ...]}}``.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy import select as sa_select
from sqlmodel import Session, col, select

from core.i18n import QT_TRANSLATE_NOOP, Message, Translate, identity
from core.models import Category, Product, Setting, Sku, table_of
from core.selection.compliance import Requirement, normalise_market, requirements
from core.selection.models import Candidate, CandidateDecision

DONE_KEY = "matrix_compliance_done"
# Catalog flags (core.models.HAZARD_FLAGS) → attributes of the compliance rules.
FLAG_ATTRIBUTES = {
    "has_battery": "battery",
    "has_radio": "wireless",
    "food_contact": "food_contact",
    "for_children": "children",
}


@dataclass(frozen=True)
class ProductCompliance:
    """What the rules need to know about one product."""

    product_id: int
    category: str
    attributes: frozenset[str]


def product_compliance(session: Session) -> dict[int, ProductCompliance]:
    """Every product's category and compliance attributes, from one pass over the catalog."""
    categories = {c.id: c.name for c in session.exec(select(Category)).all()}
    attributes: dict[int, set[str]] = defaultdict(set)
    category_of: dict[int, str] = {}
    for product in session.exec(select(Product)).all():
        if product.id is not None:
            category_of[product.id] = categories.get(product.category_id, "")
            attributes[product.id]
    sku = table_of(Sku).c
    flags = [getattr(sku, flag) for flag in FLAG_ATTRIBUTES]
    for row in session.connection().execute(sa_select(sku.product_id, *flags)):
        for flag, attribute in FLAG_ATTRIBUTES.items():
            if getattr(row, flag):
                attributes[row.product_id].add(attribute)
    approved = session.exec(
        select(CandidateDecision, Candidate)
        .join(Candidate, col(Candidate.id) == col(CandidateDecision.candidate_id))
        .where(
            col(CandidateDecision.undone_at).is_(None),
            col(CandidateDecision.product_id).is_not(None),
        )
    ).all()
    for decision, candidate in approved:
        if decision.product_id in category_of:
            attributes[decision.product_id].update(candidate.attribute_list)
    return {
        pid: ProductCompliance(pid, category_of.get(pid, ""), frozenset(attributes[pid]))
        for pid in category_of
    }


def signed_off(session: Session) -> dict[int, dict[str, set[str]]]:
    """product id → market → requirement ids the seller has signed off."""
    row = session.get(Setting, DONE_KEY)
    try:
        data = json.loads(row.value) if row else {}
    except ValueError:
        return {}
    if not isinstance(data, dict):
        return {}
    result: dict[int, dict[str, set[str]]] = {}
    for product, markets in data.items():
        if not str(product).isdigit() or not isinstance(markets, dict):
            continue
        result[int(product)] = {
            normalise_market(m): {str(i) for i in ids}
            for m, ids in markets.items()
            if isinstance(ids, list)
        }
    return result


def set_signed_off(
    session: Session, product_id: int, market: str, requirement_id: str, done: bool = True
) -> None:
    """Record (or take back) that ``requirement_id`` is in place for the product in ``market``."""
    data = signed_off(session)
    ids = data.setdefault(product_id, {}).setdefault(normalise_market(market), set())
    if done:
        ids.add(requirement_id)
    else:
        ids.discard(requirement_id)
    clean = {
        str(pid): {m: sorted(i) for m, i in markets.items() if i} for pid, markets in data.items()
    }
    clean = {pid: markets for pid, markets in clean.items() if markets}
    session.merge(Setting(key=DONE_KEY, value=json.dumps(clean, sort_keys=True)))
    session.flush()


def replace_signed_off(
    session: Session,
    product_id: int,
    market: str,
    requirement_ids: set[str],
    seen: set[str] | frozenset[str] | None = None,
    keep_mine: bool = False,
) -> None:
    """Make ``requirement_ids`` exactly what is signed off for the product in ``market``
    (the UI's sign-off and its undo write whole sets).

    ``seen``: what the person saw signed off; another person's different sign-off since is a
    :class:`~core.edits.ConflictError` (``keep_mine``: written over it anyway)."""
    stored = None
    if seen is not None and not keep_mine:
        # the sign-offs live in one setting row: lock it so nobody writes between
        stored = session.get(Setting, DONE_KEY, with_for_update=True, populate_existing=True)
    data = signed_off(session)
    have = data.get(product_id, {}).get(normalise_market(market), set())
    if seen is not None and not keep_mine:
        from core.edits import ConflictError, check_edit
        from core.models import Product

        product = session.get(Product, product_id)
        what = Message(
            "Conflict",
            QT_TRANSLATE_NOOP("Conflict", "{product} in {market}"),
            {"product": product.spu_code if product else product_id, "market": market},
        )
        try:
            check_edit(
                what,
                {"signed_off": frozenset(have)},
                {"signed_off": frozenset(requirement_ids)},
                {"signed_off": frozenset(seen)},
                changed_by=stored.changed_by if stored is not None else "",
                changed_at=stored.changed_at if stored is not None else None,
                show=lambda _f, ids: ", ".join(sorted(ids)) or "—",
            )
        except ConflictError as exc:
            exc.key = (product_id, market)
            raise
    for requirement_id in have - requirement_ids:
        set_signed_off(session, product_id, market, requirement_id, False)
    for requirement_id in requirement_ids - have:
        set_signed_off(session, product_id, market, requirement_id, True)


def needed(product: ProductCompliance, market: str) -> list[Requirement]:
    return requirements(product.category, product.attributes, [market])


def open_requirements(
    product: ProductCompliance, market: str, done: dict[int, dict[str, set[str]]]
) -> list[Requirement]:
    """What the product still needs in ``market``: the pre-check minus what is signed off."""
    have = done.get(product.product_id, {}).get(normalise_market(market), set())
    return [r for r in needed(product, market) if r.id not in have]


# The translator tells which language is on: reference data (compliance.json) carries its own
# Chinese names, which lupdate cannot collect, so they are picked by this probe's translation.
LANGUAGE_PROBE = QT_TRANSLATE_NOOP("Matrix", "English")


@dataclass(frozen=True)
class ReferenceNames(Message):
    """Names from the reference data, in English and Chinese, rendered in the reader's language
    (a Message parameter, so it follows the translator the message is rendered with)."""

    english: tuple[str, ...] = ()
    chinese: tuple[str, ...] = ()
    limit: int = 5

    def render(self, translate: Translate = identity) -> str:
        chinese = translate("Matrix", LANGUAGE_PROBE) != LANGUAGE_PROBE
        names = [
            zh if chinese and zh else en for en, zh in zip(self.english, self.chinese, strict=True)
        ]
        shown = ", ".join(names[: self.limit])
        return shown + (" …" if len(names) > self.limit else "")


def requirement_names(requirements: list[Requirement], limit: int = 5) -> ReferenceNames:
    return ReferenceNames(
        "Matrix",
        "",
        english=tuple(r.name for r in requirements),
        chinese=tuple(r.name_zh for r in requirements),
        limit=limit,
    )
