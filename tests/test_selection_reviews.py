"""Review pain points from competitors' review files, counted independently with csv."""

from __future__ import annotations

import csv
import html
import re

from core.selection import pool, reviews, scorecard
from core.selection.reference import load_reference
from tests.conftest import real_file


def _tagged(rows, rating_key, text_keys, tag):
    """Low-star reviews with text that name one of the tag's (single-word) words."""
    reference = load_reference("pain_points.json")
    limit = reference["negative_at_most"]
    words = {w for w in reference["tags"][tag] if " " not in w}
    negative = hits = 0
    for row in rows:
        text = html.unescape(" ".join(row[k] or "" for k in text_keys)).strip()
        if float(row[rating_key]) > limit or not text:
            continue
        negative += 1
        if words & set(re.findall(r"\w+", text.lower())):
            hits += 1
    return negative, hits


def test_alexa_reviews_complain_most_about_sound():
    path = real_file("amazon-alexa-reviews", "amazon_alexa.tsv")
    with open(path, encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    negative, sound = _tagged(rows, "rating", ["verified_reviews"], "sound quality")
    summary = reviews.read_review_file(path)
    assert summary.reviews == len(rows) == 3150
    assert summary.negative == negative
    assert dict(summary.tags)["sound quality"] == sound
    assert summary.tags[0][0] == "sound quality"


def test_olist_reviews_complain_most_about_delivery():
    path = real_file("olist-subset", "olist_order_reviews_dataset.csv")
    with open(path, encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    keys = ["review_comment_title", "review_comment_message"]
    negative, quality = _tagged(rows, "review_score", keys, "poor quality")
    summary = reviews.read_review_file(path)
    assert summary.negative == negative
    assert dict(summary.tags)["poor quality"] == quality
    assert summary.tags[0][0] == "not delivered / late"


def test_pain_points_feed_the_differentiation_score(workspace, tmp_path):
    path = tmp_path / "reviews.csv"
    path.write_text(
        "rating,review\n"
        "1,The battery died after a week\n"
        "2,Bluetooth keeps disconnecting and the battery is weak\n"
        "2,Sound is tinny\n"
        "5,Great battery and sound\n"
        "3,\n",
        encoding="utf-8",
    )
    summary = reviews.read_review_file(path)
    assert (summary.reviews, summary.negative) == (5, 3)  # 5 stars and the empty one left out
    assert dict(summary.tags) == {
        "battery / charging": 2,
        "connectivity / setup": 1,
        "sound quality": 1,
        "broke / stopped working": 1,
    }
    with workspace.transaction() as session:
        c = pool.add_candidate(session, "Speaker")
        pool.add_pain_point(session, c.id, "Battery / charging", mentions=1)
        reviews.add_review_pain_points(session, c.id, summary)
        pains = pool.pain_points(session, c.id)
        card = scorecard.score_cards(session)[c.id]
    assert len(pains) == 4  # the tag it had is updated, not doubled
    battery = next(p for p in pains if p.tag.lower() == "battery / charging")
    assert battery.mentions == 2 and "reviews.csv: 2 of 3" in battery.source
    assert card.scores["differentiation"].score == 4  # 4 tags reach 1, 2, 3 (not 5)


def test_page_adds_pain_points_from_a_review_file(qtbot, qt_settings, demo, tmp_path):
    from tests.step4_review_file import step4_page_and_review_file

    page, candidate, path = step4_page_and_review_file(qtbot, demo, tmp_path)
    before = page.details.pain_list.count()
    page.details.pain_points_from_reviews(str(path))
    qtbot.waitUntil(lambda: page.details.pain_list.count() == before + 1, timeout=20000)
    with demo.session() as session:
        tags = {p.tag: p.mentions for p in pool.pain_points(session, candidate.id)}
    assert tags["broke / stopped working"] == 2 and tags["smell"] == 10  # the demo's own stays


# conftest runs this module's workspace tests on SQLite and on PostgreSQL.
BOTH_ENGINES = True
