"""Structured data as publishers write it (session 17, issue 13): the page's own item among
several, JSON-LD list objects and IRI property names, rNews, other items left alone."""

# ruff: noqa: E501  (the test pages keep their long HTML lines)

from __future__ import annotations

import json
from typing import Any

import pytest

import newsmeta

URL = "https://www.harbourpost.example/news/2024/05/01/ferry-timetable-changes/"
H1 = "Ferry timetable changes from June"


def _ld(obj: Any) -> str:
    return f'<script type="application/ld+json">{json.dumps(obj)}</script>'


def _page(head: str = "", body: str = "", h1: str = H1) -> str:
    return (
        f"<!doctype html><html lang='en'><head><title>{h1} | Harbour Post</title>{head}</head>"
        f"<body><main><article><h1>{h1}</h1>{body}"
        "<p>The operator said on Wednesday that the early crossing would move to a later slot "
        "from the first week of June, citing low demand in the spring months.</p>"
        "</article></main></body></html>"
    )


def _article(headline: str, name: str, day: str, **extra: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": headline,
        "datePublished": f"{day}T09:00:00Z",
        "author": {"@type": "Person", "name": name},
    }
    data.update(extra)
    return data


RELATED = _article("Harbour wall repairs begin", "Tom Reyes", "2024-04-12")
OWN = _article(H1, "Nina Holt", "2024-05-01")


def _names(article: newsmeta.Article) -> list[str]:
    return [a.name for a in article.authors]


def test_several_articles_the_one_headlined_as_the_page_wins() -> None:
    art = newsmeta.extract(_page(_ld(RELATED) + _ld(OWN)), url=URL, content=False)
    assert _names(art) == ["Nina Holt"]
    assert art.date_published is not None and art.date_published.isoformat()[:10] == "2024-05-01"


def test_several_articles_in_a_graph_the_one_headlined_as_the_page_wins() -> None:
    graph = {"@context": "https://schema.org", "@graph": [RELATED, OWN]}
    art = newsmeta.extract(_page(_ld(graph)), url=URL, content=False)
    assert _names(art) == ["Nina Holt"]


def test_an_article_naming_another_page_yields_to_one_naming_none() -> None:
    related = dict(RELATED, url="https://www.harbourpost.example/news/harbour-wall/")
    own = dict(OWN, headline="Early ferry moves to a later slot")  # an SEO headline, not the <h1>
    art = newsmeta.extract(_page(_ld(related) + _ld(own)), url=URL, content=False)
    assert _names(art) == ["Nina Holt"]


def test_a_single_article_keeps_its_fields_whatever_its_address() -> None:
    own = dict(OWN, url="https://www.harbourpost.example/amp/ferry-timetable/")
    art = newsmeta.extract(_page(_ld(own)), url=URL, content=False)
    assert _names(art) == ["Nina Holt"]


def test_microdata_blog_posts_the_one_headlined_as_the_page_wins() -> None:
    post = (
        '<div itemprop="blogPost" itemscope itemtype="http://schema.org/BlogPosting">'
        '<h2 itemprop="headline">{}</h2><span itemprop="author">{}</span>'
        '<meta itemprop="datePublished" content="{}"></div>'
    )
    body = (
        '<div itemscope itemtype="http://schema.org/Blog">'
        + post.format("Harbour wall repairs begin", "Tom Reyes", "2024-04-12")
        + post.format(H1, "Nina Holt", "2024-05-01")
        + "</div>"
    )
    art = newsmeta.extract(_page(body=body), url=URL, content=False)
    assert _names(art) == ["Nina Holt"]


def test_jsonld_list_object_of_authors() -> None:
    own = dict(
        OWN,
        author={
            "@list": [
                {"@type": "Person", "name": "Nina Holt"},
                {"@type": "Person", "name": "Omar Diaz"},
            ]
        },
    )
    art = newsmeta.extract(_page(_ld(own)), url=URL, content=False)
    assert _names(art) == ["Nina Holt", "Omar Diaz"]


def test_expanded_jsonld_with_iri_property_names() -> None:
    expanded = [
        {
            "@type": ["http://schema.org/NewsArticle"],
            "http://schema.org/headline": [{"@value": H1}],
            "http://schema.org/author": [
                {
                    "@type": ["http://schema.org/Person"],
                    "http://schema.org/name": [{"@value": "Nina Holt"}],
                }
            ],
            "http://schema.org/datePublished": [{"@value": "2024-05-01T09:00:00Z"}],
        }
    ]
    art = newsmeta.extract(_page(_ld(expanded)), url=URL, content=False)
    assert _names(art) == ["Nina Holt"]
    assert art.date_published is not None and art.date_published.isoformat()[:10] == "2024-05-01"


def test_jsonld_with_schema_curie_property_names() -> None:
    own = {
        "@context": {"schema": "http://schema.org/"},
        "@type": "schema:NewsArticle",
        "schema:headline": H1,
        "schema:author": {"@type": "schema:Person", "schema:name": "Nina Holt"},
    }
    art = newsmeta.extract(_page(_ld(own)), url=URL, content=False)
    assert _names(art) == ["Nina Holt"]


@pytest.mark.parametrize(
    "body",
    [
        '<div vocab="http://iptc.org/std/rNews/2011-10-07#" typeof="NewsItem"><h2 property="headline">{h}</h2>'
        '<span property="creator" typeof="Person"><span property="name">Nina Holt</span></span>'
        '<meta property="datePublished" content="2024-05-01"></div>',
        '<div itemscope itemtype="http://iptc.org/std/rNews/2011-10-07#NewsItem"><h2 itemprop="headline">{h}</h2>'
        '<span itemprop="creator" itemscope itemtype="http://iptc.org/std/rNews/2011-10-07#Person"><span itemprop="name">Nina Holt</span></span>'
        '<meta itemprop="datePublished" content="2024-05-01"></div>',
    ],
    ids=["rdfa", "microdata"],
)
def test_rnews_news_item_is_a_news_article(body: str) -> None:
    art = newsmeta.extract(_page(body=body.format(h=H1)), url=URL, content=False)
    assert _names(art) == ["Nina Holt"]
    assert art.date_published is not None and art.date_published.isoformat()[:10] == "2024-05-01"


def test_other_items_on_an_article_page_fill_nothing() -> None:
    video = {
        "@context": "https://schema.org",
        "@type": "VideoObject",
        "name": "Watch: the first crossing",
        "description": "Footage of the crossing.",
        "uploadDate": "2024-04-28T10:00:00Z",
        "thumbnailUrl": "https://www.harbourpost.example/img/video.jpg",
    }
    product = {
        "@context": "https://schema.org",
        "@type": "Product",
        "name": "Season pass",
        "image": "https://shop.example/pass.jpg",
        "description": "A pass.",
        "offers": {
            "@type": "Offer",
            "price": "99",
            "seller": {"@type": "Organization", "name": "Shop Inc"},
        },
    }
    art = newsmeta.extract(_page(_ld(video) + _ld(OWN) + _ld(product)), url=URL, content=False)
    assert _names(art) == ["Nina Holt"]
    assert art.description not in ("Footage of the crossing.", "A pass.")
    assert art.image not in (
        "https://www.harbourpost.example/img/video.jpg",
        "https://shop.example/pass.jpg",
    )
    assert art.publisher is None or art.publisher.name != "Shop Inc"


def test_the_sites_publisher_when_the_story_names_none() -> None:
    graph = {
        "@context": "https://schema.org",
        "@graph": [
            {"@type": "NewsArticle", "headline": H1, "datePublished": "2024-05-01T09:00:00Z"},
            {
                "@type": "WebSite",
                "name": "Harbour Post",
                "url": "https://www.harbourpost.example/",
                "publisher": {"@id": "https://www.harbourpost.example/#org"},
            },
            {
                "@type": "NewsMediaOrganization",
                "@id": "https://www.harbourpost.example/#org",
                "name": "Harbour Post Media Ltd",
            },
        ],
    }
    art = newsmeta.extract(_page(_ld(graph)), url=URL, content=False)
    assert art.publisher is not None and art.publisher.name == "Harbour Post Media Ltd"
    assert art.site_name == "Harbour Post"


def test_the_storys_own_publisher_outranks_the_sites() -> None:
    graph = {
        "@context": "https://schema.org",
        "@graph": [
            dict(OWN, publisher={"@type": "Organization", "name": "Partner Wire"}),
            {
                "@type": "WebSite",
                "name": "Harbour Post",
                "publisher": {"@type": "Organization", "name": "Harbour Post Media Ltd"},
            },
        ],
    }
    art = newsmeta.extract(_page(_ld(graph)), url=URL, content=False)
    assert art.publisher is not None and art.publisher.name == "Partner Wire"
