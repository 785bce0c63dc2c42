"""The JSON-LD, microdata and RDFa sources: fields, values, source kinds and locators.

Each page carries a field in one structured source only, so that source's reading wins;
the tests assert the article's value and the evidence the merge kept (source kind,
locator, raw string, precision), or the raw items of ``newsmeta.items``.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import pytest

from newsmeta import (
    Article,
    Author,
    AuthorKind,
    Evidence,
    NewsmetaError,
    Organization,
    SourceKind,
    extract,
)
from newsmeta import items as newsmeta_items

URL = "https://news.example.org/2023/12/29/talks"


def run(html: str, url: str | None = URL) -> Article:
    return extract(html, url=url)


def ld_page(*blocks: Any, body: str = "") -> str:
    scripts = "".join(
        '<script type="application/ld+json">'
        + (b if isinstance(b, str) else json.dumps(b))
        + "</script>"
        for b in blocks
    )
    return f"<html><head>{scripts}</head><body>{body}</body></html>"


def ev(article: Article, field: str) -> Evidence:
    found = article.provenance.evidence_for(field)
    assert found, f"no evidence for {field}: {article.provenance.evidence}"
    return found[0]


def readings(article: Article, field: str) -> list[Evidence]:
    """Every reading of ``field``: the kept evidence, then the rejected."""
    everything = (*article.provenance.evidence, *article.provenance.rejected)
    return [e for e in everything if e.field == field]


def names(article: Article) -> list[tuple[str, str]]:
    return [(a.name, a.kind.value) for a in article.authors]


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
    a = run(ld_page(FULL_GRAPH))
    ld = SourceKind.JSON_LD
    for field in (
        "title", "description", "authors", "date_published", "date_modified", "date_created",
        "image", "canonical_url", "publisher", "site_name", "language", "section",
        "categories", "tags", "license", "comment_count", "word_count",
    ):  # fmt: skip
        assert ev(a, field).source is ld, field
    title = ev(a, "title")
    assert a.title == "Mexico and US strike agreements"
    assert (title.locator, title.raw) == ("0#/@graph/2/headline", "Mexico and US strike agreements")
    assert a.description == "Talks on migration & trade."
    assert a.authors == (
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
    assert ev(a, "authors").locator == "0#/@graph/2/author"
    published = ev(a, "date_published")
    assert a.date_published == dt.datetime(
        2023, 12, 29, 10, 0, tzinfo=dt.timezone(dt.timedelta(hours=-5))
    )
    assert (published.precision, published.raw, published.locator) == (
        "second",
        "2023-12-29T10:00:00-05:00",
        "0#/@graph/2/datePublished",
    )
    assert a.date_modified == dt.datetime(2023, 12, 30, 8, 15, tzinfo=dt.timezone.utc)
    assert ev(a, "date_modified").precision == "minute"
    assert (a.date_created, ev(a, "date_created").precision) == (dt.date(2023, 12, 1), "month")
    assert a.image == "https://news.example.org/img/talks.jpg"
    assert ev(a, "image").locator == "0#/@graph/2/image/0/url"
    assert a.canonical_url == URL
    assert a.publisher == Organization(
        name="Example Media Group",
        url="https://news.example.org/",
        logo="https://news.example.org/logo.png",
        same_as=("https://twitter.com/examplenews",),
    )
    assert ev(a, "publisher").locator == "0#/@graph/1"
    # the WebSite's name is the site name, before the organisation's
    assert a.site_name == "Example News"
    assert a.language == "en"
    assert a.section == "World"
    assert a.categories == ("World", "Americas")
    assert a.tags == ("migration", "trade")
    assert a.provenance.license == "https://creativecommons.org/licenses/by/4.0/"
    # an address stays an address; a work known by its name only keeps its name (never a path
    # under the page's address)
    assert a.provenance.based_on == ("https://wire.example.com/story/1", "A press release")
    assert a.comment_count == 1204
    assert ev(a, "comment_count").locator == (
        "0#/@graph/2/interactionStatistic/1/userInteractionCount"
    )
    assert a.word_count == 812


def test_jsonld_several_blocks() -> None:
    a = run(
        ld_page(
            {"@type": "WebSite", "name": "Site"},
            {"@type": "BreadcrumbList", "itemListElement": []},
            {"@type": "BlogPosting", "headline": "Post", "author": "Jane Roe"},
        )
    )
    assert (a.title, ev(a, "title").locator) == ("Post", "2#/headline")
    assert ev(a, "authors").locator == "2#/author"
    assert a.site_name == "Site" and ev(a, "site_name").source is SourceKind.JSON_LD


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
    a = run(ld_page({"@type": kind, "headline": "T"}))
    title = ev(a, "title")
    assert (a.title, title.source) == ("T", SourceKind.JSON_LD)
    assert title.confidence >= 0.9


def test_jsonld_type_list() -> None:
    a = run(ld_page({"@type": ["Thing", "NewsArticle"], "headline": "T"}))
    assert (a.title, ev(a, "title").source) == ("T", SourceKind.JSON_LD)


def test_jsonld_webpage_is_a_weak_fallback() -> None:
    page = ld_page({"@type": "WebPage", "name": "T - Site", "datePublished": "2020-01-02"})
    weak = run(page, url=None)
    strong = run(ld_page({"@type": "NewsArticle", "headline": "T", "datePublished": "2020-01-02"}))
    assert weak.date_published == dt.date(2020, 1, 2)
    assert ev(weak, "date_published").confidence < ev(strong, "date_published").confidence
    assert [e.confidence < 0.6 for e in readings(weak, "title") if e.raw == "T - Site"] == [True]


def test_jsonld_article_and_webpage_both_read_with_their_weights() -> None:
    a = run(
        ld_page(
            {
                "@graph": [
                    {"@type": "WebPage", "name": "T | Site", "description": "Page desc"},
                    {"@type": "Article", "headline": "T"},
                ]
            }
        )
    )
    assert a.title == "T"
    assert ev(a, "title").raw == "T"
    webpage = [e for e in readings(a, "title") if e.raw == "T | Site"]
    assert webpage and webpage[0].confidence < ev(a, "title").confidence
    assert a.description == "Page desc" and ev(a, "description").source is SourceKind.JSON_LD


def test_jsonld_main_article_is_not_a_list_item_or_related_link() -> None:
    related = {"@type": "NewsArticle", "headline": "Related", "author": "X Y",
               "datePublished": "2020-01-01", "url": "https://news.example.org/other"}  # fmt: skip
    a = run(
        ld_page(
            {"@type": "ItemList", "itemListElement": [{"@type": "ListItem", "item": related}]},
            {
                "@type": "NewsArticle",
                "headline": "Main",
                "relatedLink": [related],
                "hasPart": related,
                "mainEntityOfPage": URL,
            },
        ),
        url="https://news.example.org/talks",
    )
    assert a.title == "Main"
    assert [e.raw for e in readings(a, "title")] == ["Main"]
    assert a.authors == () and a.date_published is None


def test_jsonld_prefers_the_node_whose_url_is_the_page() -> None:
    html = ld_page(
        {"@type": "NewsArticle", "headline": "Teaser", "url": "https://news.example.org/x"},
        {"@type": "NewsArticle", "headline": "This page", "url": URL + "/"},
    )
    assert run(html).title == "This page"


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
    assert run(html, url=None).title == "Full"


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
    a = run(ld_page({"@type": "NewsArticle", "headline": "T", "author": author}))
    assert names(a) == expected
    if expected:
        assert ev(a, "authors").source is SourceKind.JSON_LD


def test_jsonld_publisher_is_never_made_the_author() -> None:
    a = run(
        ld_page({"@type": "NewsArticle", "headline": "T",
                 "publisher": {"@type": "Organization", "name": "Site News"}}),
    )  # fmt: skip
    assert a.authors == () and readings(a, "authors") == []
    assert a.publisher is not None and a.publisher.name == "Site News"


def test_jsonld_author_equal_to_publisher_is_kept_as_a_weak_organization() -> None:
    a = run(
        ld_page({"@type": "NewsArticle", "headline": "T",
                 "author": {"@type": "Person", "name": "Site News"},
                 "publisher": {"@type": "Organization", "name": "Site News"}}),
    )  # fmt: skip
    [reading] = readings(a, "authors")
    assert reading.source is SourceKind.JSON_LD and reading.confidence <= 0.5
    assert all(x.kind is AuthorKind.ORGANIZATION for x in a.authors)


def test_jsonld_creator_when_no_author() -> None:
    a = run(ld_page({"@type": "Article", "headline": "T", "creator": ["Ann Lee"]}))
    assert [x.name for x in a.authors] == ["Ann Lee"]
    authors = ev(a, "authors")
    assert authors.locator == "0#/creator/0"
    person = run(ld_page({"@type": "Article", "headline": "T", "author": ["Ann Lee"]}))
    assert authors.confidence < ev(person, "authors").confidence


def test_jsonld_keywords_string_and_comment_count() -> None:
    a = run(
        ld_page({"@type": "NewsArticle", "headline": "T", "keywords": "a, b ,c",
                 "commentCount": 7, "articleSection": "Sport"}),
    )  # fmt: skip
    assert a.tags == ("a", "b", "c")
    assert a.comment_count == 7
    assert a.section == "Sport"
    assert a.categories == ("Sport",)


def test_jsonld_bad_dates_are_dropped() -> None:
    a = run(
        ld_page({"@type": "NewsArticle", "headline": "T", "datePublished": "0000-01-01",
                 "dateModified": "2023-02-30"}),
        url="https://news.example.org/talks",
    )  # fmt: skip
    assert (a.date_published, a.date_modified) == (None, None)
    assert readings(a, "date_published") == readings(a, "date_modified") == []


def test_jsonld_canonical_from_url_when_no_main_entity() -> None:
    a = run(ld_page({"@type": "NewsArticle", "url": "/2023/12/29/talks#top"}))
    assert a.canonical_url == URL
    canonical = ev(a, "canonical_url")
    assert canonical.source is SourceKind.JSON_LD
    declared = run(ld_page({"@type": "NewsArticle", "mainEntityOfPage": URL}))
    assert canonical.confidence < ev(declared, "canonical_url").confidence


def test_jsonld_no_article_no_candidates_and_odd_json_is_harmless() -> None:
    for html in (
        ld_page("42", '["a", "b"]', {"@type": "Recipe", "name": "Soup"}),
        "<html><body>nothing</body></html>",
    ):
        a = run(html, url=None)
        sources = {e.source for e in (*a.provenance.evidence, *a.provenance.rejected)}
        assert SourceKind.JSON_LD not in sources


def test_jsonld_invalid_block_still_yields_the_article() -> None:
    a = run(
        ld_page(
            "{broken",
            '<!-- {"@type": "NewsArticle", "headline": "Still here", "author": "Ann Lee",} -->',
        )
    )
    assert (a.title, ev(a, "title").locator) == ("Still here", "1#/headline")
    assert {"jsonld-invalid", "jsonld-repaired"} <= {w.code for w in a.provenance.warnings}


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
    a = run(MICRODATA)
    md = SourceKind.MICRODATA
    for field in (
        "authors", "date_published", "date_modified", "image", "canonical_url", "publisher",
        "section", "tags", "comment_count",
    ):  # fmt: skip
        assert ev(a, field).source is md, field
    assert a.title == "Talks end with a deal"
    # the headline is the visible <h1>: its reading names the item's element
    assert ev(a, "title").locator.startswith('//article[@id="story"]/h1')
    assert a.authors == (
        Author(name="Ana López", url="https://news.example.org/people/ana"),
        Author(name="John Smith"),
    )
    assert ev(a, "authors").locator.startswith('//article[@id="story"]')
    assert a.date_published == dt.datetime(
        2023, 12, 29, 10, tzinfo=dt.timezone(dt.timedelta(hours=1))
    )
    assert ev(a, "date_published").locator.endswith("time[1]")
    assert a.date_modified == dt.date(2023, 12, 30)
    assert a.image == "https://news.example.org/img/a.jpg"
    assert a.canonical_url == URL
    assert a.publisher == Organization(
        name="Example Media", logo="https://news.example.org/logo.png"
    )
    assert a.section == "World"
    assert a.tags == ("migration", "trade")
    assert a.comment_count == 3
    assert a.description == "A short summary."
    # nothing of the comment (its author, a post quoted in it) is the article's
    every_author = " ".join(e.raw for e in readings(a, "authors"))
    assert "Troll Commenter" not in every_author
    assert "Someone Else" not in every_author
    assert "Quoted post in a comment" not in [e.raw for e in readings(a, "title")]
    # the WebPage scope is read too, as a weak fallback
    page_titles = [e for e in readings(a, "title") if e.raw == "Page name | Site"]
    assert [e.source for e in page_titles] == [md]
    assert page_titles[0].confidence < max(e.confidence for e in readings(a, "title"))


def test_microdata_raw_items() -> None:
    found = newsmeta_items(MICRODATA)
    article = next(i for i in found if "NewsArticle" in str(i.get("@type")))
    assert "Talks end with a deal" in json.dumps(article, ensure_ascii=False)


def test_microdata_without_items_or_without_scope() -> None:
    for html in (
        "<html><body><p>none</p></body></html>",
        '<html><body><h1 itemprop="headline">Orphan</h1></body></html>',
    ):
        a = run(html, url=None)
        sources = {e.source for e in (*a.provenance.evidence, *a.provenance.rejected)}
        assert SourceKind.MICRODATA not in sources
        assert newsmeta_items(html) == []


def test_microdata_string_author_and_attribute_values() -> None:
    html = """<html><body><div itemscope itemtype="https://schema.org/BlogPosting">
      <span itemprop="headline" content="From content attr">Shown</span>
      <span itemprop="author">Posted by Jane Roe</span>
      <a itemprop="license" href="https://creativecommons.org/licenses/by/4.0/">CC</a>
      <data itemprop="wordCount" value="1200">1.2k</data>
    </div></body></html>"""
    a = run(html, url=None)
    assert a.title == "From content attr"
    assert [x.name for x in a.authors] == ["Jane Roe"]
    assert a.provenance.license == "https://creativecommons.org/licenses/by/4.0/"
    assert a.word_count == 1200
    for field in ("title", "authors", "license", "word_count"):
        assert ev(a, field).source is SourceKind.MICRODATA, field


def test_microdata_deep_page_is_fine() -> None:
    depth = 3000
    html = (
        '<html><body><div itemscope itemtype="https://schema.org/Article">'
        + "<div>" * depth
        + '<span itemprop="headline">Deep</span>'
        + "</div>" * depth
        + "</div></body></html>"
    )
    a = run(html)
    assert [e.raw for e in readings(a, "title") if e.source is SourceKind.MICRODATA] in (
        ["Deep"],
        [],
    )


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
    a = run(RDFA)
    rd = SourceKind.RDFA
    for field in (
        "authors", "date_published", "date_modified", "image", "tags", "publisher", "site_name",
    ):  # fmt: skip
        assert ev(a, field).source is rd, field
    assert a.title == "RDFa headline"
    assert ev(a, "title").locator.startswith('//div[@id="story"]/h1')
    assert a.authors == (Author(name="Ana López", url="https://news.example.org/people/ana"),)
    assert a.date_published == dt.datetime(2023, 12, 29, 10, tzinfo=dt.timezone.utc)
    assert a.date_modified == dt.date(2023, 12, 30)
    assert a.image == "https://news.example.org/img/r.jpg"
    assert a.tags == ("a", "b")
    assert a.publisher == Organization(name="RDFa Media")
    assert a.site_name == "RDFa Site"


def test_rdfa_prefixed_terms_and_dublin_core() -> None:
    html = """<html><body>
    <div typeof="sioc:Item foaf:Document" about="/node/1" id="node-1">
      <span property="dc:title" content="Drupal title" class="rdf-meta"></span>
      <span property="dc:date dc:created" content="2012-05-31T10:00:00+02:00"></span>
      <span property="og:title">ignored</span>
    </div>
    <div typeof="schema:BlogPosting"><h2 property="schema:headline">Prefixed</h2></div>
    </body></html>"""
    a = run(html, url=None)
    assert a.title == "Prefixed"
    titles = {e.raw: e for e in readings(a, "title") if e.source is SourceKind.RDFA}
    assert titles["Drupal title"].confidence < titles["Prefixed"].confidence
    assert "ignored" not in titles
    assert a.date_published is not None and a.date_published.year == 2012
    assert a.date_created is not None and a.date_created.year == 2012
    assert ev(a, "date_published").source is ev(a, "date_created").source is SourceKind.RDFA


def test_rdfa_absent() -> None:
    for html in (
        "<html><body><p>plain</p></body></html>",
        '<html><body vocab="https://schema.org/"><p>x</p></body></html>',
    ):
        a = run(html, url=None)
        sources = {e.source for e in (*a.provenance.evidence, *a.provenance.rejected)}
        assert SourceKind.RDFA not in sources


@pytest.mark.parametrize(
    ("name", "kept"),
    [("admin", False), ("Super User", False), ("jdoe42", True), ("vpohl", True),
     ("Jane Roe", True)],
)  # fmt: skip
def test_jsonld_account_and_username_authors(name: str, kept: bool) -> None:
    a = run(ld_page({"@type": "NewsArticle", "author": {"@type": "Person", "name": name}}))
    found = readings(a, "authors")
    assert bool(found) is kept
    if found and name != "Jane Roe":  # a user name is weaker evidence than a person's name
        person = run(
            ld_page({"@type": "NewsArticle", "author": {"@type": "Person", "name": "Jane Roe"}})
        )
        assert found[0].confidence < ev(person, "authors").confidence


def test_jsonld_organization_author_weighs_less_than_a_person() -> None:
    org = run(
        ld_page({"@type": "NewsArticle", "author": {"@type": "Organization", "name": "Wire"}})
    )
    person = run(
        ld_page({"@type": "NewsArticle", "author": {"@type": "Person", "name": "Ann Lee"}})
    )
    [reading] = readings(org, "authors")
    assert reading.confidence < ev(person, "authors").confidence


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


@pytest.mark.parametrize("html", [BREADCRUMBS_MICRODATA, BREADCRUMBS_RDFA])
def test_breadcrumb_pages_are_not_the_article(html: str) -> None:
    a = run(html)
    assert "Home" not in [e.raw for e in readings(a, "title")]
    assert a.title != "Home"


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
    try:
        a = extract(BAD_INPUTS[name], url="https://example.org/")
    except NewsmetaError:  # a page the limits refuse is a newsmeta error, never another
        return
    assert isinstance(a, Article)
    everything = (*a.provenance.evidence, *a.provenance.rejected)
    assert not any(e.field.startswith("date") for e in everything)
    assert (a.date_published, a.date_modified) == (None, None)
    try:
        assert isinstance(newsmeta_items(BAD_INPUTS[name]), list)
    except NewsmetaError:
        pass


def test_microdata_itemref() -> None:
    html = """<html><body>
    <div itemscope itemtype="https://schema.org/NewsArticle" itemref="byline pub">
      <h1 itemprop="headline">Referenced</h1></div>
    <p id="byline">By <span itemprop="author">Ana López</span></p>
    <div id="pub" itemprop="publisher" itemscope itemtype="https://schema.org/Organization">
      <span itemprop="name">Ref Media</span></div>
    </body></html>"""
    a = run(html)
    assert a.title == "Referenced"
    assert [x.name for x in a.authors] == ["Ana López"]
    assert a.publisher == Organization(name="Ref Media")
    assert ev(a, "publisher").source is SourceKind.MICRODATA


def test_microdata_and_rdfa_properties_are_bounded() -> None:
    # Beyond 20,000 properties a page's structured data is read in part, with a warning.
    items = "".join(
        f'<div itemscope itemtype="https://schema.org/Article" typeof="Article">'
        f'<h2 itemprop="headline" property="headline">T{i}</h2></div>'
        for i in range(20_001)
    )
    a = run(f'<html><body vocab="https://schema.org/">{items}</body></html>')
    assert {"microdata-truncated", "rdfa-truncated"} <= {w.code for w in a.provenance.warnings}
    assert a.title == "T0"


@pytest.mark.parametrize(
    ("ref", "expected"),
    [
        ("/reports/harbour-2024.pdf", "https://paper.example.net/reports/harbour-2024.pdf"),
        ("Annual report of the harbour board", "Annual report of the harbour board"),
        ("urn:isbn:9780000000002", "urn:isbn:9780000000002"),
        ("Report 2023/24 of the council", "Report 2023/24 of the council"),
    ],
)
def test_a_based_on_reference_is_an_address_or_a_title(ref: str, expected: str) -> None:
    block = json.dumps(
        {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": "Harbour works resume after the winter break",
            "isBasedOn": ref,
        }
    )
    page = (
        f'<html><head><script type="application/ld+json">{block}</script></head>'
        "<body><h1>Harbour works resume after the winter break</h1>"
        "<p>Cranes returned to the quay on Monday as the council confirmed the budget.</p>"
        "</body></html>"
    )
    a = extract(page, url="https://paper.example.net/local/2025/03/harbour-works")
    assert a.provenance.based_on == (expected,)


def test_a_script_address_is_no_based_on_reference() -> None:
    block = json.dumps(
        {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": "Quay",
            "isBasedOn": "javascript:alert(1)",
        }
    )
    page = f'<html><head><script type="application/ld+json">{block}</script></head></html>'
    a = extract(page, url="https://paper.example.net/local/2025/03/quay")
    assert a.provenance.based_on == ()
