"""The meta-tag source: every family of <meta>, <link rel>, <html lang> and <title>.

Each page carries a field in one family only, so that family's reading wins; the test
asserts the article's value and the evidence the merge kept (source kind, locator, raw
string, precision), or what landed in ``provenance.rejected``.
"""

from __future__ import annotations

import datetime as dt

import pytest

from newsmeta import Article, AuthorKind, Evidence, Organization, SourceKind, extract

URL = "https://news.example.org/2023/12/29/talks"
BODY = "<article><p>Negotiators met again on Friday to close the last open points.</p></article>"


def run(head: str, body: str = BODY, lang: str = "", url: str | None = URL) -> Article:
    return extract(f"<html{lang}><head>{head}</head><body>{body}</body></html>", url=url)


def ev(article: Article, field: str) -> Evidence:
    found = article.provenance.evidence_for(field)
    assert found, f"no evidence for {field}: {article.provenance.evidence}"
    return found[0]


def rejected(article: Article, field: str) -> list[Evidence]:
    return [e for e in article.provenance.rejected if e.field == field]


def test_opengraph_and_article_namespace() -> None:
    a = run(
        '<meta property="og:site_name" content="Example News">'
        '<meta property="og:title" content="Talks end | Example News">'
        '<meta property="og:description" content="A teaser.">'
        '<meta property="og:image" content="/img/og.jpg">'
        '<meta property="og:image" content="/img/second.jpg">'
        '<meta property="og:url" content="https://news.example.org/2023/12/29/talks">'
        '<meta property="og:locale" content="en_US">'
        '<meta property="og:type" content="article">'
        '<meta property="article:published_time" content="2023-12-29T10:00:00+01:00">'
        '<meta property="article:modified_time" content="2023-12-30T09:00:00+01:00">'
        '<meta property="og:updated_time" content="2023-12-31">'
        '<meta property="article:section" content="World">'
        '<meta property="article:tag" content="migration">'
        '<meta property="article:tag" content="trade">'
        '<meta property="article:author" content="Ana López">'
    )
    og = SourceKind.OPENGRAPH
    title = ev(a, "title")
    assert a.title == "Talks end"
    assert (title.source, title.raw, title.locator) == (
        og,
        "Talks end | Example News",
        'meta[@property="og:title"]',
    )
    assert a.site_name == "Example News" and ev(a, "site_name").source is og
    assert a.description == "A teaser." and ev(a, "description").confidence > 0.9
    assert a.image == "https://news.example.org/img/og.jpg"
    assert a.canonical_url == URL
    assert a.language == "en-US" and ev(a, "language").source is og
    published = ev(a, "date_published")
    assert a.date_published == dt.datetime(
        2023, 12, 29, 10, tzinfo=dt.timezone(dt.timedelta(hours=1))
    )
    assert (published.source, published.precision) == (og, "second")
    assert published.locator == 'meta[@property="article:published_time"]'
    # article:modified_time beats og:updated_time, which is kept as a weaker reading
    assert a.date_modified == dt.datetime(
        2023, 12, 30, 9, tzinfo=dt.timezone(dt.timedelta(hours=1))
    )
    assert ev(a, "date_modified").locator == 'meta[@property="article:modified_time"]'
    [weaker] = rejected(a, "date_modified")
    assert (weaker.locator, weaker.raw, weaker.precision) == (
        'meta[@property="og:updated_time"]',
        "2023-12-31",
        "day",
    )
    assert weaker.confidence < ev(a, "date_modified").confidence
    assert a.section == "World" and ev(a, "section").source is og
    assert a.tags == ("migration", "trade")
    assert ev(a, "tags").locator == 'meta[@property="article:tag"]'
    assert [x.name for x in a.authors] == ["Ana López"]
    assert ev(a, "authors").source is og


def test_og_title_with_unknown_suffix_is_less_trusted() -> None:
    unknown = ev(run('<meta property="og:title" content="Talks end | Some Site">'), "title")
    plain = ev(run('<meta property="og:title" content="Talks end">'), "title")
    assert unknown.source is plain.source is SourceKind.OPENGRAPH
    assert unknown.confidence < plain.confidence


def test_article_author_url_is_a_profile_link_not_a_name() -> None:
    a = run(
        '<meta property="article:author" content="https://www.facebook.com/ana.lopez">'
        '<meta name="author" content="Ana López">'
    )
    # the URL is no name: the only author reading is the meta name (alone, it stays weak)
    everything = (*a.provenance.evidence, *a.provenance.rejected)
    readings = [(e.source, e.raw) for e in everything if e.field == "authors"]
    assert readings == [(SourceKind.META, "Ana López")]


def test_author_url_alone_gives_no_author() -> None:
    a = run('<meta property="article:author" content="https://news.example.org/u/1">')
    assert a.authors == ()
    assert not a.provenance.evidence_for("authors") and not rejected(a, "authors")


def test_twitter_cards() -> None:
    a = run(
        '<meta name="twitter:title" content="TW title">'
        '<meta name="twitter:description" content="TW desc">'
        '<meta name="twitter:image" content="https://cdn.example.org/tw.jpg">'
        '<meta name="twitter:creator" content="@ana">'
        '<meta name="twitter:label1" content="Written by">'
        '<meta name="twitter:data1" content="Ana López">'
        '<meta name="twitter:label2" content="Est. reading time">'
        '<meta name="twitter:data2" content="4 minutes">'
    )
    tw = SourceKind.TWITTER
    assert (a.title, ev(a, "title").source) == ("TW title", tw)
    assert (a.description, ev(a, "description").source) == ("TW desc", tw)
    assert a.image == "https://cdn.example.org/tw.jpg"
    assert ev(a, "image").source is tw
    assert [x.name for x in a.authors] == ["Ana López"]
    authors = ev(a, "authors")
    assert (authors.source, authors.locator) == (tw, 'meta[@name="twitter:data1"]')
    # the reading time and the @handle are no authors
    everything = (*a.provenance.evidence, *a.provenance.rejected)
    assert [e.raw for e in everything if e.field == "authors"] == ["Ana López"]


def test_dublin_core() -> None:
    a = run(
        '<meta name="DC.title" content="DC title">'
        '<meta name="dc.creator" content="Roe, Jane">'
        '<meta name="dc.creator" content="John Smith">'
        '<meta name="DC.date.issued" content="2012-05-31">'
        '<meta name="dcterms.modified" content="2012-06-01T08:00">'
        '<meta name="dcterms:created" content="2012-05-30">'
        '<meta name="DC.language" content="de">'
        '<meta name="DC.publisher" content="DC Press">'
        '<meta name="DC.subject" content="Politik; Wahl">'
        '<meta name="dcterms.license" content="https://creativecommons.org/licenses/by/4.0/">'
        '<meta name="DC.description" content="DC description">'
    )
    d = SourceKind.DUBLIN_CORE
    assert (a.title, ev(a, "title").source) == ("DC title", d)
    # one name per meta: "Roe, Jane" is one person written surname first, turned round
    assert [x.name for x in a.authors] == ["Jane Roe", "John Smith"]
    assert ev(a, "authors").source is d
    published = ev(a, "date_published")
    assert (a.date_published, published.precision) == (dt.date(2012, 5, 31), "day")
    assert (published.source, published.locator) == (d, 'meta[@name="DC.date.issued"]')
    modified = ev(a, "date_modified")
    assert (a.date_modified, modified.precision) == (dt.datetime(2012, 6, 1, 8, 0), "minute")
    assert a.date_created == dt.date(2012, 5, 30) and ev(a, "date_created").source is d
    assert (a.language, ev(a, "language").source) == ("de", d)
    assert a.publisher == Organization(name="DC Press") and ev(a, "publisher").source is d
    assert (a.tags, ev(a, "tags").source) == (("Politik", "Wahl"), d)
    assert a.provenance.license == "https://creativecommons.org/licenses/by/4.0/"
    assert (a.description, ev(a, "description").source) == ("DC description", d)


def test_citation_tags() -> None:
    a = run(
        '<meta name="citation_title" content="On Things">'
        '<meta name="citation_author" content="Curie, Marie">'
        '<meta name="citation_author" content="Pierre Curie">'
        '<meta name="citation_publication_date" content="2012/05/31">'
        '<meta name="citation_journal_title" content="Journal of Things">'
        '<meta name="citation_keywords" content="physics; radium">'
        '<meta name="citation_language" content="fr">'
        '<meta name="citation_abstract" content="We study things."/>'
    )
    c = SourceKind.CITATION
    assert (a.title, ev(a, "title").source) == ("On Things", c)
    assert [x.name for x in a.authors] == ["Marie Curie", "Pierre Curie"]
    assert ev(a, "authors").source is c
    assert (a.date_published, ev(a, "date_published").source) == (dt.date(2012, 5, 31), c)
    assert (a.site_name, ev(a, "site_name").source) == ("Journal of Things", c)
    assert (a.tags, ev(a, "tags").source) == (("physics", "radium"), c)
    assert (a.language, ev(a, "language").source) == ("fr", c)
    assert (a.description, ev(a, "description").source) == ("We study things.", c)


def test_parsely() -> None:
    a = run(
        '<meta name="parsely-title" content="P title">'
        '<meta name="parsely-author" content="Ana López">'
        '<meta name="parsely-author" content="John Smith">'
        '<meta name="parsely-pub-date" content="2023-12-29T15:00:00Z">'
        '<meta name="parsely-section" content="World">'
        '<meta name="parsely-tags" content="migration,trade">'
        '<meta name="parsely-link" content="https://news.example.org/p">',
        url=None,
    )
    p = SourceKind.PARSELY
    assert (a.title, ev(a, "title").source) == ("P title", p)
    assert [x.name for x in a.authors] == ["Ana López", "John Smith"]
    assert ev(a, "authors").source is p
    assert a.date_published == dt.datetime(2023, 12, 29, 15, tzinfo=dt.timezone.utc)
    assert ev(a, "date_published").source is p
    assert (a.section, ev(a, "section").source) == ("World", p)
    assert (a.tags, ev(a, "tags").source) == (("migration", "trade"), p)
    assert a.canonical_url == "https://news.example.org/p"
    assert ev(a, "canonical_url").source is p


def test_parsely_page_json() -> None:
    a = run(
        """<meta name="parsely-page" content='{"title": "JSON title", "link": "https://news.example.org/j",
        "pub_date": "2020-02-03T04:05:06Z", "section": "Tech", "authors": ["Ann Lee", "Bo Ma"],
        "tags": ["a", "b"], "image_url": "https://cdn.example.org/j.jpg"}'>"""
        """<meta name="parsely-page" content="{not json">""",
        url=None,
    )
    p = SourceKind.PARSELY
    title = ev(a, "title")
    assert (a.title, title.source, title.locator) == (
        "JSON title",
        p,
        'meta[@name="parsely-page"]#/title',
    )
    assert [x.name for x in a.authors] == ["Ann Lee", "Bo Ma"]
    assert a.date_published is not None and a.date_published.year == 2020
    assert a.tags == ("a", "b")
    assert a.image == "https://cdn.example.org/j.jpg"
    assert a.canonical_url == "https://news.example.org/j"
    for field in ("authors", "date_published", "tags", "image", "canonical_url"):
        assert ev(a, field).source is p, field


def test_sailthru() -> None:
    a = run(
        '<meta name="sailthru.title" content="S title">'
        '<meta name="sailthru.author" content="Ana López and John Smith">'
        '<meta name="sailthru.date" content="2023-12-29 10:00:00">'
        '<meta name="sailthru.tags" content="one, two">'
        '<meta name="sailthru.description" content="S desc">'
        '<meta name="sailthru.image.full" content="https://cdn.example.org/s.jpg">'
    )
    s = SourceKind.SAILTHRU
    assert (a.title, ev(a, "title").source) == ("S title", s)
    assert [x.name for x in a.authors] == ["Ana López", "John Smith"]
    assert ev(a, "authors").source is s
    assert a.date_published == dt.datetime(2023, 12, 29, 10, 0)
    assert ev(a, "date_published").source is s
    assert (a.tags, ev(a, "tags").source) == (("one", "two"), s)
    assert (a.description, ev(a, "description").source) == ("S desc", s)
    assert a.image == "https://cdn.example.org/s.jpg"
    assert ev(a, "image").source is s


def test_plain_meta_names() -> None:
    a = run(
        '<meta name="author" content="By Jane Roe, John Smith">'
        '<meta name="description" content="Plain description">'
        '<meta name="keywords" content="x, y">'
        '<meta name="news_keywords" content="news, words">'
        '<meta name="pubdate" content="2021-03-04">'
        '<meta name="last-modified" content="2021-03-05">'
        '<meta http-equiv="content-language" content="pt-br">'
        '<meta name="application-name" content="The App">'
        '<meta name="robots" content="index">'
    )
    m = SourceKind.META
    # an unconfirmed meta author is weak evidence: below the minimum, it is only recorded
    [authors] = rejected(a, "authors")
    assert a.authors == ()
    assert (authors.source, authors.locator, authors.raw) == (
        m,
        'meta[@name="author"]',
        "By Jane Roe, John Smith",
    )
    assert authors.confidence < 0.45 and authors.reason
    assert (a.description, ev(a, "description").source) == ("Plain description", m)
    # news_keywords beat keywords
    assert a.tags == ("news", "words")
    assert ev(a, "tags").locator == 'meta[@name="news_keywords"]'
    assert [e.raw for e in rejected(a, "tags")] == ["x, y"]
    assert (a.date_published, ev(a, "date_published").source) == (dt.date(2021, 3, 4), m)
    assert (a.date_modified, ev(a, "date_modified").source) == (dt.date(2021, 3, 5), m)
    assert (a.language, ev(a, "language").source) == ("pt-BR", m)
    assert (a.site_name, ev(a, "site_name").source) == ("The App", m)


def test_meta_author_names_confirmed_by_the_byline() -> None:
    body = f"<article><p class='byline'>By Jane Roe and John Smith</p>{BODY}</article>"
    a = run('<meta name="author" content="By Jane Roe, John Smith">', body=body)
    assert [x.name for x in a.authors] == ["Jane Roe", "John Smith"]


def test_meta_author_that_is_a_url_or_organisation() -> None:
    a = run('<meta name="author" content="https://news.example.org/about">')
    assert a.authors == ()
    assert not a.provenance.evidence_for("authors") and not rejected(a, "authors")
    a = run('<meta name="author" content="Example News Staff">')
    everything = (*a.provenance.evidence, *a.provenance.rejected)
    assert [e.source for e in everything if e.field == "authors"] == [SourceKind.META]
    for author in a.authors:
        assert author.kind is AuthorKind.ORGANIZATION


@pytest.mark.parametrize(
    "name",
    ["date", "publishdate", "publish-date", "article.published", "datePublished",
     "original-publish-date", "publication_date", "cXenseParse:recs:publishtime"],
)  # fmt: skip
def test_common_date_names(name: str) -> None:
    a = run(f'<meta name="{name}" content="2019-10-19T14:14:55+02:00">')
    found = ev(a, "date_published")
    assert a.date_published is not None and a.date_published.year == 2019
    assert (found.source, found.precision, found.locator) == (
        SourceKind.META,
        "second",
        f'meta[@name="{name}"]',
    )


def test_bad_and_absurd_dates_are_dropped() -> None:
    a = run(
        '<meta property="article:published_time" content="0000-00-00">'
        '<meta name="date" content="9999-12-31">'
        '<meta name="dc.date" content="2023-02-30">',
        url="https://news.example.org/talks",
    )
    assert (a.date_published, a.date_modified, a.date_created) == (None, None, None)
    everything = (*a.provenance.evidence, *a.provenance.rejected)
    assert [e for e in everything if e.field.startswith("date")] == []


def test_unscoped_itemprop_meta_in_head() -> None:
    a = run('<meta itemprop="datePublished" content="2022-01-02">')
    found = ev(a, "date_published")
    assert a.date_published == dt.date(2022, 1, 2)
    assert (found.source, found.locator) == (SourceKind.META, 'meta[@itemprop="datePublished"]')


def test_links_lang_and_title() -> None:
    a = run(
        "<title>Talks end – Example News</title>"
        '<meta property="og:site_name" content="Example News">'
        '<link rel="canonical" href="/2023/12/29/talks">'
        '<link rel="license" href="https://creativecommons.org/licenses/by-sa/4.0/">'
        '<link rel="author" href="/people/ana">'
        '<meta name="author" content="Ana López">',
        body=f"<article><p class='byline'>By Ana López</p>{BODY}</article>",
        lang=' lang="en-GB"',
        url="https://news.example.org/2023/12/29/talks?utm=1",
    )
    canonical = ev(a, "canonical_url")
    assert a.canonical_url == URL
    assert (canonical.source, canonical.raw, canonical.locator) == (
        SourceKind.LINK,
        "/2023/12/29/talks",
        'link[@rel="canonical"]',
    )
    assert a.provenance.license == "https://creativecommons.org/licenses/by-sa/4.0/"
    assert [x.name for x in a.authors] == ["Ana López"]
    lang = ev(a, "language")
    assert (a.language, lang.source, lang.locator) == (
        "en-GB",
        SourceKind.HTML_ATTRIBUTE,
        "/html/@lang",
    )
    # the <title> without the site name's suffix
    title = ev(a, "title")
    assert (a.title, title.source, title.raw) == (
        "Talks end",
        SourceKind.TITLE_ELEMENT,
        "Talks end – Example News",
    )


def test_a_rel_license_in_body() -> None:
    a = run(
        "",
        body=f'{BODY}<a rel="license" href="https://creativecommons.org/licenses/by/4.0/">CC</a>',
    )
    assert a.provenance.license == "https://creativecommons.org/licenses/by/4.0/"
    assert ev(a, "license").source is SourceKind.LINK


def test_empty_page_and_empty_contents() -> None:
    a = run('<meta name="description" content="  "><meta property="og:title" content="">')
    assert a.description is None
    everything = (*a.provenance.evidence, *a.provenance.rejected)
    assert [e for e in everything if e.field in ("title", "description")] == []


def test_title_of_several_parts_offers_its_long_part() -> None:
    a = run(
        "<title>EFC Regensburg - Eintracht secures its future with two new signings - "
        "Presse - News</title>"
    )
    assert a.title == "Eintracht secures its future with two new signings"
    assert ev(a, "title").source is SourceKind.TITLE_ELEMENT
    # No clearly longest part: nothing is guessed.
    even = run("<title>Weather today - Sunny spells in Berlin - Local news desk</title>")
    assert even.title == "Weather today - Sunny spells in Berlin - Local news desk"
