"""Match a file's headers to target fields, and remember corrections as named profiles."""

from __future__ import annotations

import json
from collections.abc import Sequence

from sqlmodel import Session, select

from core.importing.fields import (
    FIELDS_BY_ENTITY,
    PRODUCT_FIELDS,
    TargetField,
    header_tokens,
    normalise_header,
    unit_factor,
)
from core.models import ImportProfile

# Containment matches into these headers are nearly always wrong ("Variant Weight Unit" is not a
# weight, "Image Alt Text" is not a name).
_FUZZY_STOP_WORDS = (
    "unit",
    "单位",
    "tracker",
    "policy",
    "compare",
    "visible",
    "global",
    "image",
    "图片",
    "url",
    "链接",
    "描述",
    "description",
    "seo",
    "tax",
    "税",
    "download",
    "说明",
    "备注",
    "note",
    "date",
    "日期",
    "主图",
    "附图",
    "variation",
    "option",
    "attribute",
    # the same words in Etsy/Shopify exports of Italian, French, Spanish and Japanese shops
    "variazione",
    "variacion",
    "opzione",
    "opcion",
    "バリエーション",
    "オプション",
    "descrizione",
    "beschreibung",
    "descripcion",
    "説明",
    "变种",
    "变体",
    "zshop",
    # Chinese order, sales, ads and review words: "订单数量" is not stock, "运费" not a price
    "订单",
    "销量",
    "已售",
    "广告",
    "费用",
    "运费",
    "类型",
    "状态",
    "评分",
    "评价",
    "时间",
)
# An English alias found inside a longer header must be whole words, and the other words may
# only qualify it ("Product Weight (g)", "Listing Price USD"). Words like "type", "id", "fee",
# "status", "session", "purchased" or "lineitem" make it another column: "price-type",
# "order-fee-type", "marketplace-name", "Lineitem quantity", "Cost Per Click".
_QUALIFIERS = frozenset(
    "product products item items variant variants listing sku goods default main base standard "
    "net gross actual current new local list retail our your my name "
    "g kg lb lbs oz grams cm mm in inch inches m "
    "usd eur gbp jpy cny rmb cad aud hkd inr mxn brl sgd myr thb php idr vnd krw twd aed sar pln "
    "sek chf nzd".split()
)
MIN_PROFILE_OVERLAP = 0.6


def auto_map(
    headers: Sequence[str], fields: Sequence[TargetField] = PRODUCT_FIELDS
) -> dict[str, int]:
    """Field key → column index. Exact alias matches first (earlier aliases win), then headers
    containing an alias (longest alias wins); every column is used at most once."""
    keys = [normalise_header(h) for h in headers]
    tokens = [header_tokens(h) for h in headers]
    mapping: dict[str, int] = {}
    used: set[int] = set()
    # Exact matches are ranked by alias position: a field's first aliases are its surest names.
    exact: list[tuple[int, int, str, int]] = []
    for order, field in enumerate(fields):
        for rank, alias in enumerate(field.aliases):
            alias_key = normalise_header(alias)
            for col, key in enumerate(keys):
                if key and key == alias_key:
                    exact.append((rank, order, field.key, col))
    for _rank, _order, key, col in sorted(exact):
        if key not in mapping and col not in used:
            mapping[key] = col
            used.add(col)
    fuzzy: list[tuple[int, int, int, str, int]] = []
    for order, field in enumerate(fields):
        if field.key in mapping or not field.fuzzy:
            continue
        for alias in field.aliases:
            alias_key = normalise_header(alias)
            if len(alias_key) < 2 or (alias_key.isascii() and len(alias_key) < 4):
                continue
            for col, key in enumerate(keys):
                if col in used or alias_key not in key or key.endswith("id"):
                    continue
                if any(word in key for word in _FUZZY_STOP_WORDS):
                    continue
                if alias_key.isascii() and not _qualified(header_tokens(alias), tokens[col]):
                    continue
                fuzzy.append((-len(alias_key), len(key), order, field.key, col))
    for _length, _key_length, _order, key, col in sorted(fuzzy):
        if key not in mapping and col not in used:
            mapping[key] = col
            used.add(col)
    return {f.key: mapping[f.key] for f in fields if f.key in mapping}


def _qualified(alias: list[str], header: list[str]) -> bool:
    """The alias's words appear together in the header, the others only qualify them."""
    size = len(alias)
    for start in range(len(header) - size + 1):
        if header[start : start + size] == alias:
            extra = header[:start] + header[start + size :]
            if all(word in _QUALIFIERS or not word.isascii() for word in extra):
                return True
    return False


def unit_factors(
    headers: Sequence[str], mapping: dict[str, int], fields: Sequence[TargetField] = PRODUCT_FIELDS
) -> dict[str, float]:
    """Per mapped field with a unit: the factor from the header's unit ("Weight (lbs)" → 453.6)."""
    factors = {}
    for field in fields:
        if field.unit and field.key in mapping and mapping[field.key] < len(headers):
            factors[field.key] = unit_factor(field, headers[mapping[field.key]])
    return factors


def fields_for(entity: str) -> list[TargetField]:
    return FIELDS_BY_ENTITY[entity]


# ---------------------------------------------------------------- profiles


def _signature(headers: Sequence[str]) -> list[str]:
    return [k for k in (normalise_header(h) for h in headers) if k]


def save_profile(
    session: Session, name: str, entity: str, mapping: dict[str, str], headers: Sequence[str]
) -> ImportProfile:
    """Save (or overwrite the profile of the same name) and commit."""
    name = name.strip()
    if not name:
        raise ValueError("profile name must not be empty")
    profile = session.exec(select(ImportProfile).where(ImportProfile.name == name)).first()
    if profile is None:
        profile = ImportProfile(name=name, entity=entity, mapping="{}")
    profile.entity = entity
    profile.mapping = json.dumps(mapping, ensure_ascii=False)
    profile.header_signature = json.dumps(_signature(headers), ensure_ascii=False)
    session.add(profile)
    session.commit()
    session.refresh(profile)
    return profile


def mapping_by_header(mapping: dict[str, int], headers: Sequence[str]) -> dict[str, str]:
    """Field → header text, the form profiles store."""
    return {key: headers[col] for key, col in mapping.items() if 0 <= col < len(headers)}


def list_profiles(session: Session, entity: str) -> list[ImportProfile]:
    query = select(ImportProfile).where(ImportProfile.entity == entity)
    return list(session.exec(query.order_by(ImportProfile.name)))


def delete_profile(session: Session, name: str) -> bool:
    profile = session.exec(select(ImportProfile).where(ImportProfile.name == name)).first()
    if profile is None:
        return False
    session.delete(profile)
    session.commit()
    return True


def profile_mapping(profile: ImportProfile) -> dict[str, str]:
    try:
        data = json.loads(profile.mapping or "{}")
    except ValueError:
        return {}
    return {str(k): str(v) for k, v in data.items()} if isinstance(data, dict) else {}


def _overlap(profile: ImportProfile, headers: Sequence[str]) -> float:
    try:
        signature = set(json.loads(profile.header_signature or "[]"))
    except ValueError:
        signature = set()
    keys = set(_signature(headers))
    mapped = {normalise_header(h) for h in profile_mapping(profile).values()}
    if not signature or not keys or not mapped <= keys:
        return 0.0  # a profile whose mapped columns are missing does not fit this file
    return len(signature & keys) / len(signature | keys)


def find_profile_for(session: Session, entity: str, headers: Sequence[str]) -> ImportProfile | None:
    """The saved profile made for headers most like these (None when none fits well)."""
    best, best_overlap = None, MIN_PROFILE_OVERLAP
    for profile in list_profiles(session, entity):
        overlap = _overlap(profile, headers)
        if overlap >= best_overlap:
            best, best_overlap = profile, overlap
    return best


def mapping_from_profile(profile: ImportProfile, headers: Sequence[str]) -> dict[str, int]:
    """The profile's field → header mapping as column indexes of these headers."""
    exact = {h: i for i, h in reversed(list(enumerate(headers)))}
    loose = {normalise_header(h): i for i, h in reversed(list(enumerate(headers)))}
    mapping: dict[str, int] = {}
    used: set[int] = set()
    for key, header in profile_mapping(profile).items():
        col = exact.get(header, loose.get(normalise_header(header)))
        if col is not None and col not in used:
            mapping[key] = col
            used.add(col)
    return mapping
