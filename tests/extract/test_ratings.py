"""Aggregate ratings from structured data and widgets (newsmeta._extract.sources.ratings)."""

from __future__ import annotations

import json
from typing import Any, NamedTuple

import pytest

import newsmeta
from newsmeta import AggregateRating, SourceKind


class Found(NamedTuple):
    """The rating an extraction chose, with the source and locator of its evidence."""

    value: AggregateRating
    source: SourceKind
    locator: str


def extract(html: str) -> newsmeta.Article:
    return newsmeta.extract(html, "https://news.example/a/1")


def candidates(html: str) -> list[Found]:
    """The article's rating (a list: empty when there is none)."""
    article = extract(html)
    if article.rating is None:
        return []
    (evidence,) = [e for e in article.provenance.evidence if e.field == "rating"]
    return [Found(article.rating, evidence.source, evidence.locator)]


def rating_values(html: str) -> list[AggregateRating]:
    return [c.value for c in candidates(html)]


def rating_warnings(html: str) -> list[str]:
    return [w.code for w in extract(html).provenance.warnings if w.code.startswith("rating")]


def ld(data: Any) -> str:
    return (
        '<html><head><script type="application/ld+json">'
        + (data if isinstance(data, str) else json.dumps(data))
        + "</script></head><body><h1>T</h1></body></html>"
    )


def widget(inner: str) -> str:
    return f"<html><body><article><h1>T</h1><p>Body text.</p>{inner}</article></body></html>"


def test_seed_like_rate_this_article_and_first_review() -> None:
    html = widget(
        '<div class="post-rating">Rate this article:</div>'
        '<div class="reviews">Leave the first review</div>'
    )
    assert rating_values(html) == [AggregateRating(value=None, rating_count=0, review_count=0)]


@pytest.mark.parametrize(
    "text",
    ["Be the first to review “T”", "No ratings yet", "Noch keine Bewertungen", "Rate this post"],
)
def test_zero_rating_phrases(text: str) -> None:
    got = rating_values(widget(f'<div class="rating-box">{text}</div>'))
    assert got == [AggregateRating(value=None, rating_count=0, review_count=0)]
    assert got[0].value is None  # never an invented average


def test_jsonld_aggregate_rating_strings_and_defaults() -> None:
    html = ld(
        {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": "T",
            "aggregateRating": {
                "@type": "AggregateRating",
                "ratingValue": "4,2",
                "ratingCount": "1,234",
                "reviewCount": 12,
            },
        }
    )
    cands = candidates(html)
    assert len(cands) == 1 and cands[0].source is SourceKind.JSON_LD
    assert cands[0].value == AggregateRating(
        value=4.2, best=5, worst=1, rating_count=1234, review_count=12
    )
    assert cands[0].locator.endswith("/aggregateRating")


def test_jsonld_numbers_and_scale() -> None:
    html = ld(
        {
            "@type": "Recipe",
            "aggregateRating": {"ratingValue": 8.5, "bestRating": 10, "worstRating": 0,
                                "ratingCount": 40},
        }
    )  # fmt: skip
    assert rating_values(html) == [AggregateRating(value=8.5, best=10, worst=0, rating_count=40)]


def test_jsonld_rating_of_a_product_is_ignored() -> None:
    html = ld(
        {
            "@type": "NewsArticle",
            "mentions": {
                "@type": "Product",
                "name": "Phone",
                "aggregateRating": {"ratingValue": 4.8, "ratingCount": 900},
            },
        }
    )
    assert rating_values(html) == []


@pytest.mark.parametrize(
    "rating",
    [
        '{"ratingValue": "NaN", "ratingCount": 3}',
        '{"ratingValue": NaN, "ratingCount": 3}',
        '{"ratingValue": Infinity, "ratingCount": 3}',
        '{"ratingValue": 4, "ratingCount": 1e309}',
        '{"ratingValue": "1e309", "ratingCount": 3}',
        '{"ratingValue": 4, "ratingCount": -2}',
        '{"ratingValue": 4, "reviewCount": "-7"}',
        '{"ratingValue": 4, "ratingCount": 2.5}',
        '{"ratingValue": 6, "ratingCount": 3}',
        '{"ratingValue": 4, "bestRating": 1, "worstRating": 5, "ratingCount": 3}',
        '{"ratingValue": 4, "ratingCount": 0}',
        '{"ratingValue": true, "ratingCount": 3}',
    ],
)
def test_absurd_numbers_drop_the_candidate_with_a_warning(rating: str) -> None:
    html = ld('{"@type": "NewsArticle", "aggregateRating": ' + rating + "}")
    assert candidates(html) == []
    assert rating_warnings(html) == ["rating-invalid"]


def test_microdata_aggregate_rating_on_the_article() -> None:
    html = """<html><body><article itemscope itemtype="https://schema.org/BlogPosting">
    <h1 itemprop="headline">T</h1>
    <div itemprop="aggregateRating" itemscope itemtype="https://schema.org/AggregateRating">
      <span itemprop="ratingValue">3.9</span> / <meta itemprop="bestRating" content="5">
      (<span itemprop="ratingCount">58</span> votes)</div></article></body></html>"""
    cands = candidates(html)
    micro = [c for c in cands if c.source is SourceKind.MICRODATA]
    assert [c.value for c in micro] == [AggregateRating(value=3.9, rating_count=58)]


def test_microdata_rating_of_a_product_is_ignored() -> None:
    html = """<html><body><h1>T</h1><div itemscope itemtype="https://schema.org/Product">
    <div itemprop="aggregateRating" itemscope itemtype="https://schema.org/AggregateRating">
      <span itemprop="ratingValue">4.9</span><span itemprop="ratingCount">77</span></div>
    </div></body></html>"""
    assert rating_values(html) == []


@pytest.mark.parametrize(
    ("inner", "expected"),
    [
        (
            '<div class="post-ratings">(12 votes, average: 3.58 out of 5)</div>',
            AggregateRating(value=3.58, rating_count=12),
        ),
        (
            '<div class="post-ratings">(1,024 votes, average: 4.10 out of 10)</div>',
            AggregateRating(value=4.1, best=10, rating_count=1024),
        ),
        (
            '<div class="star-rating">4.5 out of 5 stars</div>',
            AggregateRating(value=4.5),
        ),
        (
            '<div class="rating">4.5 out of 5 stars (37 reviews)</div>',
            AggregateRating(value=4.5, review_count=37),
        ),
        (
            '<p class="reader-rating">Rated 4/5 by 37 readers</p>',
            AggregateRating(value=4, rating_count=37),
        ),
        (
            '<div class="rating-summary">Bewertung: 4,2 von 5 Sternen (19 Bewertungen)</div>',
            AggregateRating(value=4.2, rating_count=19),
        ),
    ],
)
def test_text_widgets(inner: str, expected: AggregateRating) -> None:
    cands = candidates(widget(inner))
    assert [c.value for c in cands] == [expected]
    assert cands[0].source is SourceKind.VISIBLE_TEXT


def test_star_image_alt_text() -> None:
    inner = '<div class="stars"><img src="/s/4.png" alt="Rated 4 out of 5 stars"></div>'
    assert rating_values(widget(inner)) == [AggregateRating(value=4)]


def test_star_images_full_half_empty() -> None:
    inner = (
        '<span class="stars">'
        + '<img src="/i/star-full.png" alt="full star">' * 3
        + '<img src="/i/star-half.png" alt="half star">'
        + '<img src="/i/star-empty.png" alt="empty star"></span>'
    )
    assert rating_values(widget(inner)) == [AggregateRating(value=3.5, best=5, worst=0)]


def test_data_rating_attributes() -> None:
    inner = '<div class="kksr-stars" data-rating="4.3" data-max="5" data-votes="21"></div>'
    cands = candidates(widget(inner))
    assert [c.value for c in cands] == [AggregateRating(value=4.3, rating_count=21)]
    assert cands[0].source is SourceKind.HTML_ATTRIBUTE


def test_data_rating_out_of_scale_is_dropped() -> None:
    html = widget('<div class="rating" data-rating="7" data-max="5"></div>')
    assert candidates(html) == []
    assert rating_warnings(html) == ["rating-invalid"]


def test_rate_this_product_in_a_sidebar_is_ignored() -> None:
    html = """<html><body><article><h1>T</h1><p>Body.</p></article>
    <aside class="sidebar"><div class="product-box"><div class="rating">Rate this product</div>
    <div class="stars">4.9 out of 5 stars (2,311 reviews)</div></div></aside></body></html>"""
    assert rating_values(html) == []


def test_rate_this_product_box_outside_a_sidebar_is_ignored() -> None:
    html = widget('<div class="rating">Rate this product: 4.9 out of 5 stars</div>')
    assert rating_values(html) == []


def test_no_rating_at_all() -> None:
    assert rating_values(widget("<p>Step 4 of 5: whisk the eggs.</p>")) == []
    assert rating_values("") == []


def test_a_list_of_single_reviews_is_not_an_aggregate() -> None:
    items = "".join(
        f'<li class="review"><div class="review-rating">{v} out of 5 stars</div>'
        f"<p>Review {v}</p></li>"
        for v in (5, 3, 4)
    )
    assert rating_values(widget(f'<ul class="reviews">{items}</ul>')) == []


def test_clickable_rating_stars_are_not_an_average() -> None:
    stars = "".join(
        f'<span class="rating-star star-{i}" data-rating="{i}"></span>' for i in range(1, 6)
    )
    assert rating_values(widget(f'<div class="rate-it">{stars}</div>')) == []


def test_scale_attribute_is_not_the_value() -> None:
    html = widget('<span class="best-rating" data-rating="5"></span>')
    assert rating_values(html) == []


def test_page_level_containers_are_not_widgets() -> None:
    html = """<html><body class="nexstar-site"><h1>T</h1>
    <img src="/star-on.png" alt="star"><img src="/star-on.png" alt="star">
    <img src="/star-off.png" alt="star"></body></html>"""
    assert rating_values(html) == []
