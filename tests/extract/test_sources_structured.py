"""The JSON-LD, microdata and RDFa sources: fields, values, source kinds and locators."""

from __future__ import annotations

import datetime as dt
import json
from types import ModuleType
from typing import Any

import pytest

from newsmeta import Author, AuthorKind, Organization, SourceKind
from newsmeta._extract._candidates import Candidate
from newsmeta._extract._page import Page
from newsmeta._extract.sources import jsonld, microdata, rdfa
from newsmeta._extract.sources import meta as meta_module

URL = "https://news.example.org/2023/12/29/talks"


def run(module: ModuleType, html: str, url: str | None = URL) -> list[Candidate]:
    result: list[Candidate] = module.candidates(Page(html, url))
    return result


def ld_page(*blocks: Any, body: str = "") -> str:
    scripts = "".join(
        '<script type="application/ld+json">'
        + (b if isinstance(b, str) else json.dumps(b))
        + "</script>"
        for b in blocks
    )
    return f"<html><head>{scripts}</head><body>{body}</body></html>"


def get(cands: list[Candidate], field: str, *, confidence: float | None = None) -> Candidate:
    found = [c for c in cands if c.field == field]
    if confidence is not None:
        found = [c for c in found if c.confidence == confidence]
    assert found, f"no {field} candidate in {[c.field for c in cands]}"
    return found[0]


def fields(cands: list[Candidate]) -> set[str]:
    return {c.field for c in cands}


# ----------------------------------------------------------------------------- JSON-LD

FULL_GRAPH = {
    "@context": "https://schema.org",
    "@graph": [
        {
            "@type": "WebSite",
            "@id": "https://news.example.org/#website",
            "name": "Example News",
            "inLanguage": "en-US",
        },
        {
            "@type": "NewsMediaOrganization",
            "@id": "https://news.example.org/#org",
            "name": "Example Media Group",
            "url": "https://news.example.org/",
            "logo": {"@type": "ImageObject", "url": "https://news.example.org/logo.png"},
            "sameAs": ["https://twitter.com/examplenews"],
        },
        {
            "@type": ["ReportageNewsArticle", "NewsArticle"],
            "@id": URL + "#article",
            "headline": "Mexico and US strike agreements",
            "description": "Talks on migration &amp; trade.",
            "author": [{"@id": "https://news.example.org/#/person/ana"}, "John Smith"],
            "publisher": {"@id": "https://news.example.org/#org"},
            "datePublished": "2023-12-29T10:00:00-05:00",
            "dateModified": "2023-12-30T08:15Z",
            "dateCreated": "2023-12",
            "mainEntityOfPage": {"@type": "WebPage", "@id": URL},
            "image": [{"@type": "ImageObject", "url": "/img/talks.jpg", "width": 1200}],
            "inLanguage": "en",
            "articleSection": ["World", "Americas"],
            "keywords": ["migration", "trade", "migration"],
            "license": "https://creativecommons.org/licenses/by/4.0/",
            "isBasedOn": ["https://wire.example.com/story/1", {"@type": "CreativeWork",
                                                                "name": "A press release"}],
            "interactionStatistic": [
                {"@type": "InteractionCounter", "interactionType": "https://schema.org/LikeAction",
                 "userInteractionCount": 99},
                {"@type": "InteractionCounter",
                 "interactionType": {"@type": "CommentAction"}, "userInteractionCount": "1,204"},
            ],
            "wordCount": 812,
        },
        {
            "@type": "Person",
            "@id": "https://news.example.org/#/person/ana",
            "name": "Ana López",
            "url": "/authors/ana-lopez",
            "sameAs": ["https://twitter.com/analopez", "not a url"],
            "jobTitle": "Correspondent",
            "image": {"@type": "ImageObject", "contentUrl": "https://cdn.example.org/ana.jpg"},
            "email": "mailto:ana@example.org",
        },
    ],
}  # fmt: skip


def test_jsonld_full_graph() -> None:
    cands = run(jsonld, ld_page(FULL_GRAPH))
    assert all(c.source is SourceKind.JSON_LD for c in cands)
    title = get(cands, "title")
    assert (title.value, title.locator, title.confidence) == (
        "Mexico and US strike agreements",
        "0#/@graph/2/headline",
        0.9,
    )
    assert get(cands, "description").value == "Talks on migration & trade."
    authors = get(cands, "authors")
    assert authors.value == (
        Author(
            name="Ana López",
            kind=AuthorKind.PERSON,
            url="https://news.example.org/authors/ana-lopez",
            email="ana@example.org",
            same_as=("https://twitter.com/analopez",),
            job_title="Correspondent",
            image="https://cdn.example.org/ana.jpg",
        ),
        Author(name="John Smith", kind=AuthorKind.PERSON),
    )
    assert authors.locator == "0#/@graph/2/author"
    published = get(cands, "date_published")
    assert published.value == dt.datetime(
        2023, 12, 29, 10, 0, tzinfo=dt.timezone(dt.timedelta(hours=-5))
    )
    assert (published.precision, published.raw, published.locator) == (
        "second",
        "2023-12-29T10:00:00-05:00",
        "0#/@graph/2/datePublished",
    )
    modified = get(cands, "date_modified")
    assert modified.value == dt.datetime(2023, 12, 30, 8, 15, tzinfo=dt.timezone.utc)
    assert modified.precision == "minute"
    created = get(cands, "date_created")
    assert (created.value, created.precision) == (dt.date(2023, 12, 1), "month")
    assert get(cands, "image").value == "https://news.example.org/img/talks.jpg"
    assert get(cands, "image").locator == "0#/@graph/2/image/0/url"
    assert get(cands, "canonical_url").value == URL
    publisher = get(cands, "publisher")
    assert publisher.value == Organization(
        name="Example Media Group",
        url="https://news.example.org/",
        logo="https://news.example.org/logo.png",
        same_as=("https://twitter.com/examplenews",),
    )
    assert publisher.locator == "0#/@graph/1"
    site_names = {c.value: c.confidence for c in cands if c.field == "site_name"}
    assert site_names["Example News"] > site_names["Example Media Group"]
    assert get(cands, "language").value == "en"
    assert get(cands, "section").value == "World"
    assert get(cands, "categories").value == ("World", "Americas")
    assert get(cands, "tags").value == ("migration", "trade")
    assert get(cands, "license").value == "https://creativecommons.org/licenses/by/4.0/"
    based = [c.value for c in cands if c.field == "based_on"]
    assert based == ["https://wire.example.com/story/1", "A press release"]
    count = get(cands, "comment_count")
    assert (count.value, count.locator) == (
        1204,
        "0#/@graph/2/interactionStatistic/1/userInteractionCount",
    )
    assert get(cands, "word_count").value == 812


def test_jsonld_several_blocks() -> None:
    html = ld_page(
        {"@type": "WebSite", "name": "Site"},
        {"@type": "BreadcrumbList", "itemListElement": []},
        {"@type": "BlogPosting", "headline": "Post", "author": "Jane Roe"},
    )
    cands = run(jsonld, html)
    assert get(cands, "title").locator == "2#/headline"
    assert get(cands, "authors").locator == "2#/author"
    assert get(cands, "site_name").value == "Site"


@pytest.mark.parametrize(
    "kind",
    [
        "NewsArticle", "ReportageNewsArticle", "AnalysisNewsArticle", "OpinionNewsArticle",
        "BlogPosting", "LiveBlogPosting", "Report", "ScholarlyArticle", "TechArticle",
        "SocialMediaPosting", "Article", "schema:NewsArticle", "http://schema.org/BlogPosting",
        "https://schema.org/ReviewNewsArticle",
    ],
)  # fmt: skip
def test_jsonld_every_article_subtype(kind: str) -> None:
    cands = run(jsonld, ld_page({"@type": kind, "headline": "T"}))
    assert get(cands, "title").confidence == 0.9


def test_jsonld_type_list() -> None:
    cands = run(jsonld, ld_page({"@type": ["Thing", "NewsArticle"], "headline": "T"}))
    assert get(cands, "title").value == "T"


def test_jsonld_webpage_is_a_weak_fallback() -> None:
    cands = run(
        jsonld,
        ld_page({"@type": "WebPage", "name": "T - Site", "datePublished": "2020-01-02"}),
    )
    assert get(cands, "title").confidence < 0.6
    assert get(cands, "date_published").confidence == 0.6


def test_jsonld_article_and_webpage_both_read_with_their_weights() -> None:
    cands = run(
        jsonld,
        ld_page(
            {
                "@graph": [
                    {"@type": "WebPage", "name": "T | Site", "description": "Page desc"},
                    {"@type": "Article", "headline": "T"},
                ]
            }
        ),
    )
    titles = {c.value: c.confidence for c in cands if c.field == "title"}
    assert titles == {"T": 0.9, "T | Site": 0.45}
    assert get(cands, "description").confidence == 0.6


def test_jsonld_main_article_is_not_a_list_item_or_related_link() -> None:
    related = {"@type": "NewsArticle", "headline": "Related", "author": "X Y",
               "datePublished": "2020-01-01", "url": "https://news.example.org/other"}  # fmt: skip
    html = ld_page(
        {"@type": "ItemList", "itemListElement": [{"@type": "ListItem", "item": related}]},
        {
            "@type": "NewsArticle",
            "headline": "Main",
            "relatedLink": [related],
            "hasPart": related,
            "mainEntityOfPage": URL,
        },
    )
    cands = run(jsonld, html)
    assert [c.value for c in cands if c.field == "title"] == ["Main"]


def test_jsonld_prefers_the_node_whose_url_is_the_page() -> None:
    html = ld_page(
        {"@type": "NewsArticle", "headline": "Teaser", "url": "https://news.example.org/x"},
        {"@type": "NewsArticle", "headline": "This page", "url": URL + "/"},
    )
    assert get(run(jsonld, html), "title").value == "This page"


def test_jsonld_prefers_a_complete_node_without_url() -> None:
    html = ld_page(
        {"@type": "NewsArticle", "headline": "Bare"},
        {
            "@type": "NewsArticle",
            "headline": "Full",
            "author": "A B",
            "datePublished": "2021-01-01",
        },
    )
    assert get(run(jsonld, html, url=None), "title").value == "Full"


@pytest.mark.parametrize(
    ("author", "expected"),
    [
        ("Jane Roe", [("Jane Roe", "person")]),
        ("By Jane Roe and John Smith", [("Jane Roe", "person"), ("John Smith", "person")]),
        ({"@type": "Person", "name": "Jane Roe"}, [("Jane Roe", "person")]),
        ({"@type": "Person", "givenName": "Jane", "familyName": "Roe"}, [("Jane Roe", "person")]),
        ([{"@type": "Person", "name": "A One"}, {"@type": "Person", "name": "B Two"}],
         [("A One", "person"), ("B Two", "person")]),
        ({"@type": "Organization", "name": "Reuters"}, [("Reuters", "organization")]),
        ({"name": "Newsroom Staff"}, [("Newsroom Staff", "organization")]),
        ({"@type": "Person", "name": "Jane Roe and John Smith"},
         [("Jane Roe", "person"), ("John Smith", "person")]),
        (["Jane Roe", "Jane Roe"], [("Jane Roe", "person")]),
        ("https://news.example.org/author/jane", []),
        (42, []),
    ],
)  # fmt: skip
def test_jsonld_author_variants(author: Any, expected: list[tuple[str, str]]) -> None:
    cands = run(jsonld, ld_page({"@type": "NewsArticle", "headline": "T", "author": author}))
    got = [(a.name, a.kind.value) for c in cands if c.field == "authors" for a in c.value]
    assert got == expected


def test_jsonld_publisher_is_never_made_the_author() -> None:
    cands = run(
        jsonld,
        ld_page({"@type": "NewsArticle", "headline": "T",
                 "publisher": {"@type": "Organization", "name": "Site News"}}),
    )  # fmt: skip
    assert "authors" not in fields(cands)
    assert get(cands, "publisher").value.name == "Site News"


def test_jsonld_author_equal_to_publisher_is_kept_as_a_weak_organization() -> None:
    cands = run(
        jsonld,
        ld_page({"@type": "NewsArticle", "headline": "T",
                 "author": {"@type": "Person", "name": "Site News"},
                 "publisher": {"@type": "Organization", "name": "Site News"}}),
    )  # fmt: skip
    authors = get(cands, "authors")
    assert authors.value[0].kind is AuthorKind.ORGANIZATION
    assert authors.confidence <= 0.5


def test_jsonld_creator_when_no_author() -> None:
    cands = run(jsonld, ld_page({"@type": "Article", "headline": "T", "creator": ["Ann Lee"]}))
    authors = get(cands, "authors")
    assert authors.value[0].name == "Ann Lee"
    assert authors.locator == "0#/creator/0"
    assert authors.confidence < 0.9


def test_jsonld_keywords_string_and_comment_count() -> None:
    cands = run(
        jsonld,
        ld_page({"@type": "NewsArticle", "headline": "T", "keywords": "a, b ,c",
                 "commentCount": 7, "articleSection": "Sport"}),
    )  # fmt: skip
    assert get(cands, "tags").value == ("a", "b", "c")
    assert get(cands, "comment_count").value == 7
    assert get(cands, "section").value == "Sport"
    assert get(cands, "categories").value == ("Sport",)


def test_jsonld_bad_dates_are_dropped() -> None:
    cands = run(
        jsonld,
        ld_page({"@type": "NewsArticle", "headline": "T", "datePublished": "0000-01-01",
                 "dateModified": "2023-02-30"}),
    )  # fmt: skip
    assert "date_published" not in fields(cands)
    assert "date_modified" not in fields(cands)


def test_jsonld_canonical_from_url_when_no_main_entity() -> None:
    cands = run(jsonld, ld_page({"@type": "NewsArticle", "url": "/2023/12/29/talks#top"}))
    canonical = get(cands, "canonical_url")
    assert canonical.value == URL
    assert canonical.confidence < 0.9


def test_jsonld_no_article_no_candidates_and_odd_json_is_harmless() -> None:
    assert run(jsonld, ld_page("42", '["a", "b"]', {"@type": "Recipe", "name": "Soup"})) == []
    assert run(jsonld, "<html><body>nothing</body></html>") == []


def test_jsonld_invalid_block_still_yields_the_article() -> None:
    html = ld_page(
        "{broken",
        '<!-- {"@type": "NewsArticle", "headline": "Still here", "author": "Ann Lee",} -->',
    )
    page = Page(html, URL)
    cands = jsonld.candidates(page)
    assert get(cands, "title").locator == "1#/headline"
    assert {w.code for w in page.warnings} == {"jsonld-invalid", "jsonld-repaired"}


# ----------------------------------------------------------------------------- microdata

MICRODATA = """<html><head><title>x</title></head><body itemscope itemtype="https://schema.org/WebPage">
<meta itemprop="name" content="Page name | Site">
<article itemscope itemtype="http://schema.org/NewsArticle" id="story">
  <link itemprop="mainEntityOfPage" href="/2023/12/29/talks">
  <h1 itemprop="headline">Talks end with a deal</h1>
  <p itemprop="description">A short summary.</p>
  <div class="byline">By
    <span itemprop="author" itemscope itemtype="http://schema.org/Person">
      <a itemprop="url" href="/people/ana"><span itemprop="name">Ana López</span></a>
    </span> and
    <span itemprop="author" itemscope itemtype="http://schema.org/Person">
      <span itemprop="name">John Smith</span>
    </span>
  </div>
  <time itemprop="datePublished" datetime="2023-12-29T10:00:00+01:00">Dec 29</time>
  <meta itemprop="dateModified" content="2023-12-30">
  <img itemprop="image" src="/img/a.jpg" alt="">
  <span itemprop="articleSection">World</span>
  <meta itemprop="keywords" content="migration, trade">
  <meta itemprop="commentCount" content="3">
  <div itemprop="publisher" itemscope itemtype="http://schema.org/Organization">
    <meta itemprop="name" content="Example Media">
    <div itemprop="logo" itemscope itemtype="http://schema.org/ImageObject">
      <meta itemprop="url" content="https://news.example.org/logo.png">
    </div>
  </div>
  <section class="comments">
    <div itemprop="comment" itemscope itemtype="http://schema.org/Comment">
      <span itemprop="author" itemscope itemtype="http://schema.org/Person">
        <span itemprop="name">Troll Commenter</span></span>
      <article itemscope itemtype="http://schema.org/BlogPosting">
        <h2 itemprop="headline">Quoted post in a comment</h2>
        <span itemprop="author">Someone Else</span>
        <meta itemprop="datePublished" content="2024-01-01">
      </article>
    </div>
  </section>
</article>
</body></html>"""


def test_microdata_article_with_nested_authors() -> None:
    cands = run(microdata, MICRODATA)
    assert all(c.source is SourceKind.MICRODATA for c in cands)
    article = [c for c in cands if c.confidence == 0.85]
    title = get(article, "title")
    assert title.value == "Talks end with a deal"
    assert title.locator.startswith('//article[@id="story"]/h1')
    authors = get(article, "authors")
    assert authors.value == (
        Author(name="Ana López", url="https://news.example.org/people/ana"),
        Author(name="John Smith"),
    )
    assert authors.locator.startswith('//article[@id="story"]')
    published = get(article, "date_published")
    assert published.value == dt.datetime(
        2023, 12, 29, 10, tzinfo=dt.timezone(dt.timedelta(hours=1))
    )
    assert published.locator.endswith("time[1]")
    assert get(article, "date_modified").value == dt.date(2023, 12, 30)
    assert get(article, "image").value == "https://news.example.org/img/a.jpg"
    assert get(article, "canonical_url").value == URL
    assert get(article, "publisher").value == Organization(
        name="Example Media", logo="https://news.example.org/logo.png"
    )
    assert get(article, "section").value == "World"
    assert get(article, "tags").value == ("migration", "trade")
    assert get(article, "comment_count").value == 3
    assert get(article, "description").value == "A short summary."
    every_author = [a.name for c in cands if c.field == "authors" for a in c.value]
    assert "Troll Commenter" not in every_author
    assert "Someone Else" not in every_author
    assert "Quoted post in a comment" not in [c.value for c in cands if c.field == "title"]
    # the WebPage scope is read too, as a weak fallback
    weak_title = [c for c in cands if c.field == "title" and c.confidence < 0.85]
    assert [c.value for c in weak_title] == ["Page name | Site"]


def test_microdata_without_items_or_without_scope() -> None:
    assert run(microdata, "<html><body><p>none</p></body></html>") == []
    assert run(microdata, '<html><body><h1 itemprop="headline">Orphan</h1></body></html>') == []


def test_microdata_string_author_and_attribute_values() -> None:
    html = """<html><body><div itemscope itemtype="https://schema.org/BlogPosting">
      <span itemprop="headline" content="From content attr">Shown</span>
      <span itemprop="author">Posted by Jane Roe</span>
      <a itemprop="license" href="https://creativecommons.org/licenses/by/4.0/">CC</a>
      <data itemprop="wordCount" value="1200">1.2k</data>
    </div></body></html>"""
    cands = run(microdata, html)
    assert get(cands, "title").value == "From content attr"
    assert [a.name for a in get(cands, "authors").value] == ["Jane Roe"]
    assert get(cands, "license").value == "https://creativecommons.org/licenses/by/4.0/"
    assert get(cands, "word_count").value == 1200


def test_microdata_deep_page_is_fine() -> None:
    depth = 3000
    html = (
        '<html><body><div itemscope itemtype="https://schema.org/Article">'
        + "<div>" * depth
        + '<span itemprop="headline">Deep</span>'
        + "</div>" * depth
        + "</div></body></html>"
    )
    cands = run(microdata, html)
    assert [c.value for c in cands if c.field == "title"] in (["Deep"], [])


# ----------------------------------------------------------------------------- RDFa

RDFA = """<html><body vocab="https://schema.org/">
<div typeof="NewsArticle" resource="#story" id="story">
  <h1 property="headline">RDFa headline</h1>
  <span property="author" typeof="Person"><span property="name">Ana López</span>
    <a property="url" href="/people/ana">profile</a></span>
  <meta property="datePublished" content="2023-12-29T10:00:00Z">
  <time property="dateModified" datetime="2023-12-30">Dec 30</time>
  <img property="image" src="/img/r.jpg">
  <span property="keywords">a, b</span>
  <div property="publisher" typeof="Organization"><span property="name">RDFa Media</span></div>
</div>
<div typeof="WebSite"><span property="name">RDFa Site</span></div>
</body></html>"""


def test_rdfa_schema_org() -> None:
    cands = run(rdfa, RDFA)
    assert all(c.source is SourceKind.RDFA for c in cands)
    title = get(cands, "title")
    assert (title.value, title.confidence) == ("RDFa headline", 0.8)
    assert title.locator.startswith('//div[@id="story"]/h1')
    authors = get(cands, "authors")
    assert authors.value == (Author(name="Ana López", url="https://news.example.org/people/ana"),)
    assert get(cands, "date_published").value == dt.datetime(
        2023, 12, 29, 10, tzinfo=dt.timezone.utc
    )
    assert get(cands, "date_modified").value == dt.date(2023, 12, 30)
    assert get(cands, "image").value == "https://news.example.org/img/r.jpg"
    assert get(cands, "tags").value == ("a", "b")
    assert get(cands, "publisher").value == Organization(name="RDFa Media")
    assert get(cands, "site_name", confidence=0.85).value == "RDFa Site"


def test_rdfa_prefixed_terms_and_dublin_core() -> None:
    html = """<html><body>
    <div typeof="sioc:Item foaf:Document" about="/node/1" id="node-1">
      <span property="dc:title" content="Drupal title" class="rdf-meta"></span>
      <span property="dc:date dc:created" content="2012-05-31T10:00:00+02:00"></span>
      <span property="og:title">ignored</span>
    </div>
    <div typeof="schema:BlogPosting"><h2 property="schema:headline">Prefixed</h2></div>
    </body></html>"""
    cands = run(rdfa, html)
    strong = [c for c in cands if c.confidence == 0.8]
    assert get(strong, "title").value == "Prefixed"
    weak = [c for c in cands if c.confidence == 0.55]
    assert get(weak, "title").value == "Drupal title"
    assert get(weak, "date_published").value.year == 2012
    assert get(weak, "date_created").value.year == 2012


def test_rdfa_absent() -> None:
    assert run(rdfa, "<html><body><p>plain</p></body></html>") == []
    assert run(rdfa, '<html><body vocab="https://schema.org/"><p>x</p></body></html>') == []


@pytest.mark.parametrize(
    ("name", "kept", "confidence"),
    [
        ("admin", False, None),
        ("Super User", False, None),
        ("jdoe42", True, 0.65),
        ("vpohl", True, 0.65),
        ("Jane Roe", True, 0.9),
    ],
)
def test_jsonld_account_and_username_authors(
    name: str, kept: bool, confidence: float | None
) -> None:
    cands = run(
        jsonld, ld_page({"@type": "NewsArticle", "author": {"@type": "Person", "name": name}})
    )
    authors = [c for c in cands if c.field == "authors"]
    assert bool(authors) is kept
    if authors:
        assert authors[0].confidence == confidence


def test_jsonld_organization_author_weighs_less_than_a_person() -> None:
    cands = run(
        jsonld,
        ld_page({"@type": "NewsArticle", "author": {"@type": "Organization", "name": "Wire"}}),
    )
    assert get(cands, "authors").confidence == 0.6


BREADCRUMBS_MICRODATA = """<html><body>
<ol itemscope itemtype="https://schema.org/BreadcrumbList">
  <li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem">
    <a itemprop="item" itemscope itemtype="https://schema.org/WebPage" itemid="/" href="/">
      <span itemprop="name">Home</span></a></li></ol>
<div itemscope itemtype="https://schema.org/WebPage"><h1 itemprop="name">Real page</h1></div>
</body></html>"""

BREADCRUMBS_RDFA = """<html><body>
<ol vocab="https://schema.org/" typeof="BreadcrumbList">
  <li property="itemListElement" typeof="ListItem">
    <a property="item" typeof="WebPage" href="/"><span property="name">Home</span></a></li></ol>
</body></html>"""


@pytest.mark.parametrize(
    ("module", "html"), [(microdata, BREADCRUMBS_MICRODATA), (rdfa, BREADCRUMBS_RDFA)]
)
def test_breadcrumb_pages_are_not_the_article(module: ModuleType, html: str) -> None:
    titles = [c.value for c in run(module, html) if c.field == "title"]
    assert "Home" not in titles


BAD_INPUTS = {
    "empty": b"",
    "binary": bytes(range(256)) * 20,
    "nul": b"<html><head><meta name='author' content='A\x00B'></head><body>\x00</body></html>",
    "invalid-utf8": b"<meta charset=utf-8><title>caf\xe9 \xff\xfe</title>"
    b'<script type="application/ld+json">{"@type": "NewsArticle", "headline": "x\xe9"}</script>',
    "truncated": b'<html><head><script type="application/ld+json">{"@type": "NewsArt',
    "no-html-body": b'<meta property="og:title" content="Bare"><p itemscope itemtype="x">',
    "deep": b"<html><body>"
    + b'<div itemscope itemtype="https://schema.org/Article" property="x" typeof="y">' * 50_000
    + b'<span itemprop="headline">Deep</span></body></html>',
    "absurd-dates": b'<meta property="article:published_time" content="0000-02-30">'
    b'<meta name="date" content="9999-99-99"><script type="application/ld+json">'
    b'{"@type": "NewsArticle", "datePublished": "2023-02-30", "dateModified": 12}</script>',
}


@pytest.mark.parametrize("name", sorted(BAD_INPUTS))
def test_bad_input_never_raises(name: str) -> None:
    page = Page(BAD_INPUTS[name], "https://example.org/")
    for module in (jsonld, microdata, rdfa, meta_module):
        cands = module.candidates(page)
        assert isinstance(cands, list)
        assert all(isinstance(c, Candidate) for c in cands)
        assert not any(c.field.startswith("date") for c in cands)


def test_microdata_itemref() -> None:
    html = """<html><body>
    <div itemscope itemtype="https://schema.org/NewsArticle" itemref="byline pub">
      <h1 itemprop="headline">Referenced</h1></div>
    <p id="byline">By <span itemprop="author">Ana López</span></p>
    <div id="pub" itemprop="publisher" itemscope itemtype="https://schema.org/Organization">
      <span itemprop="name">Ref Media</span></div>
    </body></html>"""
    cands = run(microdata, html)
    assert get(cands, "title").value == "Referenced"
    assert [a.name for a in get(cands, "authors").value] == ["Ana López"]
    assert get(cands, "publisher").value == Organization(name="Ref Media")


def test_microdata_and_rdfa_properties_are_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(microdata, "MAX_PROPERTIES", 5)
    monkeypatch.setattr(rdfa, "MAX_PROPERTIES", 5)
    items = "".join(
        f'<div itemscope itemtype="https://schema.org/Article" typeof="Article">'
        f'<h2 itemprop="headline" property="headline">T{i}</h2></div>'
        for i in range(20)
    )
    page = Page(f"<html><body>{items}</body></html>", URL)
    assert [c.value for c in microdata.candidates(page) if c.field == "title"] == ["T0"]
    assert [c.value for c in rdfa.candidates(page) if c.field == "title"] == ["T0"]
    assert {"microdata-truncated", "rdfa-truncated"} <= {w.code for w in page.warnings}
