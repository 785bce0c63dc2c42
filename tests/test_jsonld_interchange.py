"""to_jsonld / from_jsonld: schema.org mapping, lossless round trip, tolerant reading."""

from __future__ import annotations

import datetime as dt
import json

import attrs
import pytest
from hypothesis import HealthCheck, given, settings

from newsmeta import (
    AggregateRating,
    AIDisclosure,
    AIInvolvement,
    AILevel,
    Article,
    Author,
    AuthorKind,
    Comment,
    Organization,
    ParseError,
    Provenance,
    ValidationError,
    from_jsonld,
    strategies,
    to_jsonld,
)

SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck))
NS = "https://newsmeta.dev/ns#"  # the extension namespace (docs/serialization.md)
IPTC = "http://cv.iptc.org/newscodes/digitalsourcetype/trainedAlgorithmicMedia"


def _expressible(a: Article) -> Article:
    """What survives a plain schema.org round trip (extensions off)."""
    return attrs.evolve(
        a,
        comments_open=None,
        comment_form_fields=(),
        blocks=(),
        images=(),
        comments=tuple(attrs.evolve(c, date_label=None) for c in a.comments),
        ai_disclosure=AIDisclosure(digital_source_type=a.ai_disclosure.digital_source_type),
        provenance=Provenance(based_on=a.provenance.based_on),
    )


@SETTINGS
@given(strategies.articles())
def test_round_trip_with_extensions_is_lossless(article: Article) -> None:
    data = to_jsonld(article)
    assert from_jsonld(data) == article
    assert from_jsonld(json.dumps(data)) == article


@SETTINGS
@given(strategies.articles())
def test_plain_schema_org_round_trip_keeps_every_expressible_field(article: Article) -> None:
    data = to_jsonld(article, extensions=False)
    assert not any(key.startswith(NS) for key in json.dumps(data).split('"'))
    assert from_jsonld(data) == _expressible(article)


def _sample() -> Article:
    tz = dt.timezone(dt.timedelta(hours=-6))
    return Article(
        title="Mexico and US strike agreements",
        url="https://example.com/a",
        canonical_url="https://example.com/a?canonical",
        language="en",
        authors=(
            Author(name="Ana García", email="ana@example.com", same_as=("https://x.example/ana",)),
            Author(name="Wire Desk", kind=AuthorKind.ORGANIZATION),
        ),
        publisher=Organization(name="Example News", logo="https://example.com/logo.png"),
        site_name="Example News",
        date_published=dt.date(2023, 12, 29),
        date_modified=dt.datetime(2023, 12, 29, 10, 30, tzinfo=tz),
        section="World",
        categories=("Americas",),
        tags=("Mexico", "trade"),
        comments=(
            Comment(
                id="c1",
                text="First!",
                author=Author(name="R"),
                date_published=dt.datetime(2024, 1, 1, 9, 0),
            ),
            Comment(id="c2", text="Reply", parent_id="c1", upvotes=3),
        ),
        comment_count=2,
        rating=AggregateRating(value=3.58, rating_count=12),
        ai_disclosure=AIDisclosure(involvement=AIInvolvement.GENERATED, digital_source_type=IPTC),
        provenance=Provenance(based_on=("https://example.com/source",)),
    )


def test_mapping_to_schema_org() -> None:
    data = to_jsonld(_sample(), extensions=False)
    assert data["@context"] == "https://schema.org"
    assert data["@type"] == "NewsArticle"
    assert data["@id"] == data["url"] == "https://example.com/a"
    assert data["mainEntityOfPage"] == {
        "@type": "WebPage",
        "@id": "https://example.com/a?canonical",
    }
    assert data["headline"] == "Mexico and US strike agreements"
    assert data["author"][0] == {
        "@type": "Person",
        "name": "Ana García",
        "email": "ana@example.com",
        "sameAs": ["https://x.example/ana"],
    }
    assert data["author"][1] == {"@type": "Organization", "name": "Wire Desk"}
    assert data["publisher"]["logo"] == {
        "@type": "ImageObject",
        "url": "https://example.com/logo.png",
    }
    assert data["isPartOf"] == {"@type": "WebSite", "name": "Example News"}
    assert data["datePublished"] == "2023-12-29"
    assert data["dateModified"] == "2023-12-29T10:30:00-06:00"
    assert data["about"] == [{"@type": "Thing", "name": "Americas"}]
    assert data["keywords"] == ["Mexico", "trade"]
    assert data["comment"][1]["parentItem"] == {"@type": "Comment", "identifier": "c1"}
    assert data["comment"][0]["dateCreated"] == "2024-01-01T09:00:00"
    assert data["comment"][1]["upvoteCount"] == 3
    assert data["commentCount"] == 2
    assert data["aggregateRating"] == {
        "@type": "AggregateRating",
        "ratingValue": 3.58,
        "bestRating": 5.0,
        "worstRating": 1.0,
        "ratingCount": 12,
    }
    assert data["digitalSourceType"] == IPTC
    assert data["isBasedOn"] == ["https://example.com/source"]


def test_extensions_hold_what_schema_org_lacks() -> None:
    article = attrs.evolve(_sample(), comments_open=True, comment_form_fields=("name", "email"))
    data = to_jsonld(article)
    assert data[NS + "aiDisclosure"]["level"] == "ai_generated"
    assert data[NS + "commentsOpen"] is True
    assert data[NS + "commentFormFields"] == ["name", "email"]
    assert NS + "provenance" not in data  # only based_on, which isBasedOn carries
    assert from_jsonld(data) == article


def test_reads_graph_type_lists_and_author_shapes() -> None:
    doc = {
        "@context": "https://schema.org",
        "@graph": [
            {"@type": "WebSite", "@id": "https://example.com/#site", "name": "Example"},
            {
                "@type": "Person",
                "@id": "https://example.com/#ana",
                "name": "Ana",
                "jobTitle": "Editor",
            },
            {
                "@type": ["ReportageNewsArticle", "NewsArticle"],
                "headline": "Hello",
                "author": [
                    {"@id": "https://example.com/#ana"},
                    "Bob",
                    {"@type": "NewsMediaOrganization", "name": "Desk"},
                ],
                "publisher": {
                    "@type": "Organization",
                    "name": "Example",
                    "logo": {"@type": "ImageObject", "contentUrl": "https://example.com/l.png"},
                },
                "isPartOf": {"@id": "https://example.com/#site"},
                "keywords": "a, b ,c",
                "image": [{"@type": "ImageObject", "url": "https://example.com/i.jpg"}],
                "aggregateRating": {"ratingValue": "4.5", "ratingCount": "1,024"},
                "commentCount": "3",
                "mainEntityOfPage": "https://example.com/hello",
                "datePublished": "2023-12-29T10:00:00Z",
                "digitalSourceType": "http://cv.iptc.org/newscodes/digitalsourcetype/trainedAlgorithmicMedia",
            },
        ],
    }
    a = from_jsonld(doc)
    assert a.title == "Hello"
    assert [(x.name, x.kind) for x in a.authors] == [
        ("Ana", AuthorKind.PERSON),
        ("Bob", AuthorKind.PERSON),
        ("Desk", AuthorKind.ORGANIZATION),
    ]
    assert a.authors[0].job_title == "Editor"
    assert a.publisher is not None and a.publisher.logo == "https://example.com/l.png"
    assert a.site_name == "Example"
    assert a.tags == ("a", "b", "c")
    assert a.image == "https://example.com/i.jpg"
    assert a.rating == AggregateRating(value=4.5, rating_count=1024)
    assert a.comment_count == 3
    assert a.canonical_url == "https://example.com/hello"
    assert a.date_published == dt.datetime(2023, 12, 29, 10, tzinfo=dt.timezone.utc)
    assert a.ai_disclosure.digital_source_type == IPTC
    # interchange keeps what is stated; deriving a level from the IPTC term is the extractor's job
    assert a.ai_disclosure.level is AILevel.UNKNOWN


def test_reads_a_list_of_nodes_and_a_string() -> None:
    text = json.dumps(
        [{"@type": "Organization", "name": "X"}, {"@type": "BlogPosting", "name": "Post"}]
    )
    assert from_jsonld(text).title == "Post"


def test_bad_input() -> None:
    with pytest.raises(ParseError):
        from_jsonld("{oops")
    with pytest.raises(ParseError):
        from_jsonld({"@type": "Person", "name": "no article"})
    with pytest.raises(ParseError):
        from_jsonld(42)
    with pytest.raises(ValidationError) as info:
        from_jsonld(
            {"@type": "NewsArticle", "headline": ["", "x"], "url": "nope", "wordCount": "many"}
        )
    assert {p.path for p in info.value.problems} == {"/title", "/url", "/word_count"}
    with pytest.raises(ValidationError):
        to_jsonld("not an article")  # type: ignore[arg-type]
