"""Which profile (and so which kind of facts) a file is, told from its headers.

Each built-in profile is scored on the headers: the share of its signature headers present,
plus a little for every field its aliases map. A profile whose required fields cannot all be
mapped does not fit at all. The best fit is named to the seller ("Amazon Business Report
(child ASIN)"); the scores of the others stay available for the "what is this file?" page.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from core.facts.profiles import Profile, builtin_profiles, header_keys
from core.importing.fields import normalise_header

MIN_SCORE = 0.3


@dataclass(frozen=True)
class ProfileMatch:
    profile: Profile
    score: float
    mapping: dict[str, int]

    @property
    def kind(self) -> str:
        return self.profile.kind


def score_profile(profile: Profile, headers: Sequence[Any]) -> ProfileMatch | None:
    """How well these headers fit the profile; None when a required field has no column."""
    texts = ["" if h is None else str(h) for h in headers]
    mapping = profile.map_headers(texts)
    if profile.missing_required(mapping):
        return None
    keys = header_keys(texts)
    signature = [normalise_header(s) for s in profile.signature]
    present = sum(1 for s in signature if s in keys) / len(signature) if signature else 0.0
    mapped = len(mapping) / max(1, len(profile.fields))
    return ProfileMatch(profile, round(present + 0.25 * mapped, 4), mapping)


def rank_profiles(headers: Sequence[Any], kind: str | None = None) -> list[ProfileMatch]:
    """Every fitting profile (of ``kind`` if given), best first."""
    matches = []
    for profile in builtin_profiles():
        if kind is not None and profile.kind != kind:
            continue
        match = score_profile(profile, headers)
        if match is not None:
            matches.append(match)
    return sorted(matches, key=lambda m: -m.score)


def detect_profile(headers: Sequence[Any], kind: str | None = None) -> ProfileMatch | None:
    """The best fitting profile, or None when nothing fits well enough."""
    ranked = rank_profiles(headers, kind)
    # A kind the seller chose needs only its required columns; a guess needs a clear fit.
    if not ranked or (kind is None and ranked[0].score < MIN_SCORE):
        return None
    return ranked[0]
