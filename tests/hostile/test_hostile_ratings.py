"""Absurd numbers in ratings and counts (JSON-LD aggregateRating, microdata, RDFa, comments)."""

from __future__ import annotations

import math

import pytest
from hostile_support import page, run_hostile

import newsmeta

ABSURD_JSON = [
    "NaN",
    "Infinity",
    "-Infinity",
    "1e309",
    "-1e309",
    "1e999999",
    "-5",
    "-0",
    "0.0000000000000000000000000001",
    "9" * 400,
    "9" * 5_000,
    "1.5e-400",
    "true",
    "null",
    "[]",
    "{}",
    '"NaN"',
    '"nan"',
    '"Infinity"',
    '"inf"',
    '"-inf"',
    '"1e309"',
    '"-3"',
    '"4,5"',
    '"4.5.6"',
    '"½"',
    '"٤٫٥"',
    '"\\u0000"',
    '"' + "9" * 100_000 + '"',
    '"' + " " * 100_000 + '5"',
]

ABSURD_TEXT = [
    "NaN",
    "nan",
    "Infinity",
    "-inf",
    "1e309",
    "-1e309",
    "-5",
    "-0",
    "1e-400",
    "9" * 5_000,
    "9" * 100_000,
    "4,5",
    "4.5.6",
    "½",
    "٤٫٥",
    "",
    " " * 100_000 + "5",
]


def _check_rating(article: newsmeta.Article | None) -> None:
    assert article is not None
    rating = article.rating
    if rating is not None:
        for value in (rating.value, rating.best, rating.worst):
            assert value is None or math.isfinite(value)
        for count in (rating.rating_count, rating.review_count):
            assert count is None or count >= 0
    assert article.comment_count is None or article.comment_count >= 0
    assert article.word_count is None or article.word_count >= 0


@pytest.mark.parametrize("value", ABSURD_JSON)
def test_absurd_numbers_in_jsonld_aggregate_rating(value: str) -> None:
    block = (
        '{"@context": "https://schema.org", "@type": "NewsArticle",'
        ' "headline": "Council approves the new budget", "commentCount": %s, "wordCount": %s,'
        ' "aggregateRating": {"@type": "AggregateRating", "ratingValue": %s,'
        ' "bestRating": %s, "worstRating": %s, "ratingCount": %s, "reviewCount": %s}}'
    ) % ((value,) * 7)
    out = run_hostile(page("", f'<script type="application/ld+json">{block}</script>'))
    _check_rating(out.article)
    if out.article is not None:
        out.text  # noqa: B018 - serializable (no NaN sneaks into JSON)


def test_sane_jsonld_rating_is_read() -> None:
    """Control: the same block with sane numbers gives a rating (so the tests can fail)."""
    block = (
        '{"@context": "https://schema.org", "@type": "NewsArticle",'
        ' "headline": "Council approves the new budget",'
        ' "aggregateRating": {"@type": "AggregateRating", "ratingValue": 4.5,'
        ' "bestRating": 5, "worstRating": 1, "ratingCount": 12}}'
    )
    out = run_hostile(page("", f'<script type="application/ld+json">{block}</script>'))
    assert out.article is not None and out.article.rating is not None
    assert out.article.rating.value == 4.5 and out.article.rating.rating_count == 12


@pytest.mark.parametrize("value", ABSURD_TEXT)
def test_absurd_numbers_in_microdata_rating(value: str) -> None:
    body = (
        '<article itemscope itemtype="https://schema.org/NewsArticle">'
        '<h1 itemprop="headline">Council approves the new budget</h1>'
        '<div itemprop="aggregateRating" itemscope itemtype="https://schema.org/AggregateRating">'
        f'<meta itemprop="ratingValue" content="{value}"><span itemprop="bestRating">{value}</span>'
        f'<meta itemprop="worstRating" content="{value}">'
        f'<span itemprop="ratingCount">{value}</span><span itemprop="reviewCount">{value}</span>'
        f'</div><meta itemprop="commentCount" content="{value}">'
        f'<span itemprop="wordCount">{value}</span></article>'
    )
    out = run_hostile(page(body))
    _check_rating(out.article)
    if out.article is not None:
        out.text  # noqa: B018


@pytest.mark.parametrize("value", ["NaN", "1e309", "-5", "9" * 5_000, "Infinity"])
def test_absurd_numbers_in_rdfa_and_visible_stars(value: str) -> None:
    body = (
        '<div vocab="https://schema.org/" typeof="NewsArticle">'
        '<h1 property="headline">Council approves the new budget</h1>'
        '<div property="aggregateRating" typeof="AggregateRating">'
        f'<span property="ratingValue">{value}</span><span property="ratingCount">{value}</span>'
        f'</div></div><div class="rating stars" data-rating="{value}">{value} stars '
        f'({value} votes)</div><span class="comment-count">{value} comments</span>'
        f'<span class="votes">{value}</span>'
    )
    out = run_hostile(page(body))
    _check_rating(out.article)


@pytest.mark.parametrize("value", ["NaN", "-5", "1e309", "9" * 5_000])
def test_absurd_vote_counts_on_comments(value: str) -> None:
    comment = (
        '<li class="comment"><div class="comment-author">Reader</div>'
        f'<span class="upvotes">{value}</span><span class="downvotes">{value}</span>'
        f'<span class="likes">{value} likes</span>'
        '<div class="comment-content"><p>I fully agree with the council here.</p></div></li>'
    )
    out = run_hostile(page('<ol class="comment-list">' + comment * 3 + "</ol>"))
    assert out.article is not None
    for c in out.article.comments:
        assert c.upvotes is None or c.upvotes >= 0
        assert c.downvotes is None or c.downvotes >= 0
