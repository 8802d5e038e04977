"""Profiles: how one kind of seller report (Shopify orders, Amazon Business Report…) maps its
headers to fact fields. Built-in profiles are data in resources/profiles/*.json; a seller's
corrected mapping is saved per workspace in the ImportProfile table (entity = the fact kind)
through the same machinery as the products import.

A profile file holds::

    {"key": "...", "label": "Amazon Business Report (child ASIN)", "kind": "sales",
     "platform": "amazon", "market": "", "signature": [headers only this report has],
     "fields": {"sessions": ["Sessions – Total", "Sessions - Total", "Sessions"], ...},
     "period": "rows" | "file_name", "date_order": "dmy" | "mdy",
     "level": "product" | "search_term" | "campaign",      (ads)
     "order_level": [fields printed once per order], "fill_down": [fields continuation rows
     leave empty], "returned_when_status": ["refunded"],
     "returns": {"sheet": "Returns", "order_id": [...], "flag": [...]}}

Aliases are compared after importing.fields.normalise_header: case, spaces, dashes (– or -),
trailing spaces and bracketed units ("(₹)", "(#)") do not matter.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from functools import cache
from typing import Any

from sqlmodel import Session

from core.facts.fields import FACT_FIELDS, KINDS
from core.i18n import QT_TRANSLATE_NOOP
from core.importing.fields import TargetField, normalise_header
from core.importing.mapping import (
    auto_map,
    find_profile_for,
    list_profiles,
    mapping_by_header,
    mapping_from_profile,
    save_profile,
)
from core.models import ImportProfile
from core.resources import resource_path

# The names of the built-in profiles, marked here so lupdate collects them (the JSON files
# carry the same English text; tests/test_fact_profiles.py checks they agree).
PROFILE_LABELS = (
    QT_TRANSLATE_NOOP("FactProfiles", "Shopify orders export"),
    QT_TRANSLATE_NOOP("FactProfiles", "Superstore orders (with its Returns sheet)"),
    QT_TRANSLATE_NOOP("FactProfiles", "WooCommerce orders export"),
    QT_TRANSLATE_NOOP("FactProfiles", "TikTok Shop orders export"),
    QT_TRANSLATE_NOOP("FactProfiles", "ERP order export"),
    QT_TRANSLATE_NOOP("FactProfiles", "Amazon Business Report (child ASIN)"),
    QT_TRANSLATE_NOOP("FactProfiles", "Amazon Sponsored Products advertised product report"),
    QT_TRANSLATE_NOOP("FactProfiles", "Amazon Sponsored Products search term report"),
    QT_TRANSLATE_NOOP("FactProfiles", "Amazon Sponsored Products campaign report"),
    QT_TRANSLATE_NOOP("FactProfiles", "Amazon settlement report (flat file V1)"),
    QT_TRANSLATE_NOOP("FactProfiles", "Amazon settlement report (flat file V2)"),
    QT_TRANSLATE_NOOP("FactProfiles", "Amazon FBA inventory report"),
    QT_TRANSLATE_NOOP("FactProfiles", "ERP stock list"),
    QT_TRANSLATE_NOOP("FactProfiles", "Amazon product reviews"),
    QT_TRANSLATE_NOOP("FactProfiles", "Olist order reviews"),
    QT_TRANSLATE_NOOP("FactProfiles", "Amazon active listings report"),
    QT_TRANSLATE_NOOP("FactProfiles", "Your saved mapping"),
)
PROFILE_CONTEXT = "FactProfiles"
USER_LABEL = PROFILE_LABELS[-1]


@dataclass(frozen=True)
class Profile:
    key: str
    label: str  # English; translate with context "FactProfiles"
    kind: str
    fields: dict[str, tuple[str, ...]]
    signature: tuple[str, ...] = ()
    platform: str = ""
    market: str = ""  # the one market a source always sells in (Olist: BR)
    period: str = "rows"  # "file_name": the rows carry no date (Business Report)
    date_order: str = "dmy"  # when a file's numeric dates could be read either way
    level: str = ""  # ads: "product", "search_term" or "campaign"
    order_level: tuple[str, ...] = ()
    fill_down: tuple[str, ...] = ()
    returned_when_status: tuple[str, ...] = ()
    returns: dict[str, Any] = field(default_factory=dict)
    user_profile: str = ""  # the saved ImportProfile name this mapping came from

    def target_fields(self) -> list[TargetField]:
        """The kind's fields with this profile's aliases, for auto_map and the mapping page."""
        return [replace(f, aliases=self.fields.get(f.key, ())) for f in FACT_FIELDS[self.kind]]

    def map_headers(self, headers: Sequence[str]) -> dict[str, int]:
        """Field key → column index of these headers."""
        return auto_map(list(headers), self.target_fields())

    def missing_required(self, mapping: dict[str, int]) -> list[TargetField]:
        return [f for f in FACT_FIELDS[self.kind] if f.required and f.key not in mapping]


def _profile_from_data(data: dict[str, Any]) -> Profile:
    kind = data["kind"]
    if kind not in KINDS:
        raise ValueError(f"profile {data.get('key')}: unknown kind {kind}")
    known = {f.key for f in FACT_FIELDS[kind]}
    fields = {k: tuple(v) for k, v in data["fields"].items()}
    if unknown := set(fields) - known:
        raise ValueError(f"profile {data['key']}: unknown fields {sorted(unknown)}")
    return Profile(
        key=data["key"],
        label=data["label"],
        kind=kind,
        fields=fields,
        signature=tuple(data.get("signature", ())),
        platform=data.get("platform", ""),
        market=data.get("market", ""),
        period=data.get("period", "rows"),
        date_order=data.get("date_order", "dmy"),
        level=data.get("level", ""),
        order_level=tuple(data.get("order_level", ())),
        fill_down=tuple(data.get("fill_down", ())),
        returned_when_status=tuple(data.get("returned_when_status", ())),
        returns=dict(data.get("returns", {})),
    )


@cache
def builtin_profiles() -> tuple[Profile, ...]:
    """Every profile in resources/profiles, in file-name order."""
    folder = resource_path("profiles")
    profiles = []
    for path in sorted(folder.glob("*.json")):
        profiles.append(_profile_from_data(json.loads(path.read_text(encoding="utf-8"))))
    return tuple(profiles)


def profile_by_key(key: str) -> Profile | None:
    return next((p for p in builtin_profiles() if p.key == key), None)


def profiles_of(kind: str) -> list[Profile]:
    return [p for p in builtin_profiles() if p.kind == kind]


# ---------------------------------------------------------------- saved (per workspace)


def save_user_profile(
    session: Session,
    name: str,
    base: Profile,
    mapping: dict[str, int],
    headers: Sequence[str],
) -> ImportProfile:
    """Save the seller's corrected mapping (field → header) for this kind of file."""
    return save_profile(session, name, base.kind, mapping_by_header(mapping, headers), headers)


def user_profiles(session: Session, kind: str) -> list[ImportProfile]:
    return list_profiles(session, kind)


def with_user_mapping(
    base: Profile, saved: ImportProfile, headers: Sequence[str]
) -> tuple[Profile, dict[str, int]]:
    """The built-in profile's rules with the seller's saved column choices."""
    mapping = mapping_from_profile(saved, headers)
    return replace(base, user_profile=saved.name), mapping


def saved_profile_for(session: Session, kind: str, headers: Sequence[str]) -> ImportProfile | None:
    """The seller's saved mapping made for headers most like these, if any."""
    return find_profile_for(session, kind, headers)


def header_keys(headers: Sequence[Any]) -> set[str]:
    return {k for k in (normalise_header(h) for h in headers) if k}
