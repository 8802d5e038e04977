"""Review pain points from a competitor's review file (an Amazon review export, a marketplace
review dump …): the low-star reviews are tagged by the words in
resources/reference/pain_points.json and counted, so the recurring complaints become tagged
pain points of a candidate and feed its differentiation score.

The file is read by the shared import pipeline's readers (child process, limits, encodings).
"""

from __future__ import annotations

import html
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlmodel import Session, select

from core.edits import locked
from core.i18n import QT_TRANSLATE_NOOP, Message
from core.import_conflicts import ImportConflict, ImportConflicts, import_checked
from core.importing.fields import normalise_header
from core.importing.readers import RawTable, read_table
from core.jobs import Progress
from core.selection.conflicts import check_pain_count, check_removed_pain_count, pain_key
from core.selection.models import Candidate, CandidatePainPoint
from core.selection.pool import add_pain_point, get_candidate
from core.selection.reference import load_reference

RATING_HEADERS = ("rating", "reviewscore", "score", "stars", "starrating", "评分", "星级")
TEXT_HEADERS = (
    "verifiedreviews",
    "reviewtext",
    "review",
    "reviewcommentmessage",
    "comment",
    "text",
    "body",
    "content",
    "评论内容",
    "评价内容",
    "评论",
)
TITLE_HEADERS = ("reviewcommenttitle", "title", "reviewtitle", "标题")


@dataclass
class ReviewSummary:
    file_name: str
    reviews: int  # rows with a rating
    negative: int  # rated at most the limit, with text
    tags: list[tuple[str, int]] = field(default_factory=list)  # (tag, reviews), most first
    examples: dict[str, str] = field(default_factory=dict)  # tag → one review quoting it


def _column(headers: list[str], wanted: tuple[str, ...]) -> int | None:
    keys = [normalise_header(h) for h in headers]
    for name in wanted:
        if name in keys:
            return keys.index(name)
    return None


def _pattern(words: list[str]) -> re.Pattern[str]:
    # Whole words for scripts with spaces; CJK words match anywhere (no spaces between words).
    parts = [
        re.escape(w.lower()) if not w.isascii() else rf"(?<![\w]){re.escape(w.lower())}(?![\w])"
        for w in words
    ]
    return re.compile("|".join(parts))


def _rating(value: Any) -> float | None:
    try:
        return float(str(value).strip())
    except ValueError:
        return None


def summarise_reviews(table: RawTable) -> ReviewSummary:
    rating_col = _column(table.headers, RATING_HEADERS)
    text_col = _column(table.headers, TEXT_HEADERS)
    if rating_col is None or text_col is None:
        raise ValueError(
            Message(
                "Candidates",
                QT_TRANSLATE_NOOP(
                    "Candidates", "{file} needs a rating column and a review text column."
                ),
                {"file": table.file_name},
            )
        )
    title_col = _column(table.headers, TITLE_HEADERS)
    reference = load_reference("pain_points.json")
    limit = float(reference.get("negative_at_most", 3))
    patterns = {tag: _pattern(words) for tag, words in reference["tags"].items()}
    counts = dict.fromkeys(patterns, 0)
    examples: dict[str, str] = {}
    reviews = negative = 0
    for cells in table.rows:
        rating = _rating(cells[rating_col]) if rating_col < len(cells) else None
        if rating is None:
            continue
        reviews += 1
        text = str(cells[text_col] or "") if text_col < len(cells) else ""
        if title_col is not None and title_col < len(cells) and cells[title_col]:
            text = f"{cells[title_col]} {text}"
        text = html.unescape(text).strip()
        if rating > limit or not text:
            continue
        negative += 1
        lowered = text.lower()
        for tag, pattern in patterns.items():
            if pattern.search(lowered):
                counts[tag] += 1
                examples.setdefault(tag, text[:200])
    tags = sorted(((t, n) for t, n in counts.items() if n), key=lambda item: (-item[1], item[0]))
    return ReviewSummary(table.file_name, reviews, negative, tags, examples)


def read_review_file(path: str | Path, progress: Progress | None = None) -> ReviewSummary:
    """Job: read and tag a review file; writes nothing."""
    return summarise_reviews(read_table(path, progress=progress))


def add_review_pain_points(
    session: Session,
    candidate_id: int,
    summary: ReviewSummary,
    top: int = 5,
    seen: Mapping[str, Mapping[str, Any]] | None = None,
    decided: Mapping[str, Mapping[str, str]] | None = None,
) -> list[CandidatePainPoint]:
    """The ``top`` most frequent complaints become pain points of the candidate (a tag it
    already has gets the new count), each saying which file and how many reviews.

    ``seen``: the candidate's pain points as the person's list showed them when the file was
    chosen (tag in lower case → conflicts.pain_seen; None: a script, no check). A count
    someone changed since, or a tag someone added since, is not replaced unseen: the import
    is refused as :class:`~core.edits.ImportConflicts` (one per pain point, ``key`` its tag
    in lower case), nothing written; ``decided`` (tag → field → choice) is the person's
    choice for the next try."""
    get_candidate(session, candidate_id)
    locked(session, Candidate, candidate_id)  # nobody writes its pain points in between
    existing = {
        pain_key(p.tag): p
        for p in session.exec(
            select(CandidatePainPoint).where(CandidatePainPoint.candidate_id == candidate_id)
        ).all()
    }
    source = Message(
        "Candidates",
        QT_TRANSLATE_NOOP("Candidates", "{file}: {count} of {negative} low-star reviews"),
    )
    found: list[ImportConflict] = []
    todo: list[tuple[str, int, CandidatePainPoint | None, dict[str, Any]]] = []
    for tag, count in summary.tags[:top]:
        key = pain_key(tag)
        pain = existing.get(key)
        mine: dict[str, Any] | None = {"mentions": count}
        if pain is not None and seen is not None:
            mine = import_checked(
                found, key, summary.file_name, check_pain_count, session, pain, count,
                seen.get(key), (decided or {}).get(key),
            )  # fmt: skip
        elif seen is not None and seen.get(key) is not None:  # on the list, removed since
            mine = import_checked(
                found, key, summary.file_name, check_removed_pain_count, session,
                candidate_id, count, seen[key], (decided or {}).get(key),
            )  # fmt: skip
        if mine is not None:
            todo.append((tag, count, pain, mine))
    if found:
        raise ImportConflicts(found, summary.file_name)
    result = []
    for tag, count, pain, mine in todo:
        text = source.text.format(file=summary.file_name, count=count, negative=summary.negative)
        note = summary.examples.get(tag, "")
        if pain is None and not mine:
            continue  # removed since, and the person kept it removed
        if pain is None:
            pain = add_pain_point(session, candidate_id, tag, note, count, text)
        elif mine:
            pain.mentions, pain.source, pain.note = count, text, pain.note or note
            session.add(pain)
        result.append(pain)  # (kept theirs: their pain point stays as it is)
    session.flush()
    return result
