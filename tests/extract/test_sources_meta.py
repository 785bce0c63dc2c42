"""The meta-tag source: every family of <meta>, <link rel>, <html lang> and <title>."""

from __future__ import annotations

import datetime as dt

import pytest

from newsmeta import Author, AuthorKind, Organization, SourceKind
from newsmeta._extract._candidates import Candidate
from newsmeta._extract._page import Page
from newsmeta._extract.sources import meta

URL = "https://news.example.org/2023/12/29/talks"


def run(head: str, body: str = "", lang: str = "", url: str | None = URL) -> list[Candidate]:
    html = f"<html{lang}><head>{head}</head><body>{body}</body></html>"
    result: list[Candidate] = meta.candidates(Page(html, url))
    return result


def pick(cands: list[Candidate], field: str, source: SourceKind) -> Candidate:
    found = [c for c in cands if c.field == field and c.source is source]
    assert found, f"no {field}/{source.value} in {[(c.field, c.source.value) for c in cands]}"
    return found[0]


def test_opengraph_and_article_namespace() -> None:
    cands = run(
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
    title = pick(cands, "title", og)
    assert (title.value, title.raw, title.locator) == (
        "Talks end",
        "Talks end | Example News",
        'meta[@property="og:title"]',
    )
    assert pick(cands, "site_name", og).value == "Example News"
    description = pick(cands, "description", og)
    assert description.value == "A teaser." and description.confidence > 0.9
    assert pick(cands, "image", og).value == "https://news.example.org/img/og.jpg"
    assert pick(cands, "canonical_url", og).value == URL
    assert pick(cands, "language", og).value == "en-US"
    published = pick(cands, "date_published", og)
    assert published.value == dt.datetime(
        2023, 12, 29, 10, tzinfo=dt.timezone(dt.timedelta(hours=1))
    )
    assert published.precision == "second"
    assert published.locator == 'meta[@property="article:published_time"]'
    modified = [c for c in cands if c.field == "date_modified"]
    assert [c.confidence for c in modified] == [0.8, 0.7]
    assert pick(cands, "section", og).value == "World"
    tags = pick(cands, "tags", og)
    assert tags.value == ("migration", "trade")
    assert tags.locator == 'meta[@property="article:tag"]'
    assert pick(cands, "authors", og).value == (Author(name="Ana López"),)


def test_og_title_with_unknown_suffix_is_less_trusted() -> None:
    cands = run('<meta property="og:title" content="Talks end | Some Site">')
    assert pick(cands, "title", SourceKind.OPENGRAPH).confidence == 0.7
    cands = run('<meta property="og:title" content="Talks end">')
    assert pick(cands, "title", SourceKind.OPENGRAPH).confidence == 0.8


def test_article_author_url_is_a_profile_link_not_a_name() -> None:
    cands = run(
        '<meta property="article:author" content="https://www.facebook.com/ana.lopez">'
        '<meta name="author" content="Ana López">'
    )
    authors = [c for c in cands if c.field == "authors"]
    assert len(authors) == 1
    assert authors[0].source is SourceKind.META
    assert authors[0].value == (Author(name="Ana López", url="https://www.facebook.com/ana.lopez"),)


def test_author_url_alone_gives_no_author() -> None:
    cands = run('<meta property="article:author" content="https://news.example.org/u/1">')
    assert [c for c in cands if c.field == "authors"] == []


def test_twitter_cards() -> None:
    cands = run(
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
    assert pick(cands, "title", tw).value == "TW title"
    assert pick(cands, "description", tw).value == "TW desc"
    assert pick(cands, "image", tw).value == "https://cdn.example.org/tw.jpg"
    authors = pick(cands, "authors", tw)
    assert authors.value == (Author(name="Ana López"),)
    assert authors.locator == 'meta[@name="twitter:data1"]'
    assert len([c for c in cands if c.field == "authors"]) == 1


def test_dublin_core() -> None:
    cands = run(
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
    assert pick(cands, "title", d).value == "DC title"
    # one name per meta: "Roe, Jane" is one person written surname first, turned round
    assert pick(cands, "authors", d).value == (Author(name="Jane Roe"), Author(name="John Smith"))
    published = pick(cands, "date_published", d)
    assert (published.value, published.precision) == (dt.date(2012, 5, 31), "day")
    assert published.locator == 'meta[@name="DC.date.issued"]'
    modified = pick(cands, "date_modified", d)
    assert (modified.value, modified.precision) == (dt.datetime(2012, 6, 1, 8, 0), "minute")
    assert pick(cands, "date_created", d).value == dt.date(2012, 5, 30)
    assert pick(cands, "language", d).value == "de"
    assert pick(cands, "publisher", d).value == Organization(name="DC Press")
    assert pick(cands, "tags", d).value == ("Politik", "Wahl")
    assert pick(cands, "license", d).value == "https://creativecommons.org/licenses/by/4.0/"
    assert pick(cands, "description", d).value == "DC description"


def test_citation_tags() -> None:
    cands = run(
        '<meta name="citation_title" content="On Things">'
        '<meta name="citation_author" content="Curie, Marie">'
        '<meta name="citation_author" content="Pierre Curie">'
        '<meta name="citation_publication_date" content="2012/05/31">'
        '<meta name="citation_journal_title" content="Journal of Things">'
        '<meta name="citation_keywords" content="physics; radium">'
        '<meta name="citation_language" content="fr">'
        '<meta name="citation_abstract" content="We study things.">'
    )
    c = SourceKind.CITATION
    assert pick(cands, "title", c).value == "On Things"
    assert [a.name for a in pick(cands, "authors", c).value] == ["Marie Curie", "Pierre Curie"]
    assert pick(cands, "date_published", c).value == dt.date(2012, 5, 31)
    assert pick(cands, "site_name", c).value == "Journal of Things"
    assert pick(cands, "tags", c).value == ("physics", "radium")
    assert pick(cands, "language", c).value == "fr"
    assert pick(cands, "description", c).value == "We study things."


def test_parsely() -> None:
    cands = run(
        '<meta name="parsely-title" content="P title">'
        '<meta name="parsely-author" content="Ana López">'
        '<meta name="parsely-author" content="John Smith">'
        '<meta name="parsely-pub-date" content="2023-12-29T15:00:00Z">'
        '<meta name="parsely-section" content="World">'
        '<meta name="parsely-tags" content="migration,trade">'
        '<meta name="parsely-link" content="https://news.example.org/p">'
    )
    p = SourceKind.PARSELY
    assert pick(cands, "title", p).value == "P title"
    assert [a.name for a in pick(cands, "authors", p).value] == ["Ana López", "John Smith"]
    assert pick(cands, "date_published", p).value == dt.datetime(
        2023, 12, 29, 15, tzinfo=dt.timezone.utc
    )
    assert pick(cands, "section", p).value == "World"
    assert pick(cands, "tags", p).value == ("migration", "trade")
    assert pick(cands, "canonical_url", p).value == "https://news.example.org/p"


def test_parsely_page_json() -> None:
    cands = run(
        """<meta name="parsely-page" content='{"title": "JSON title", "link": "https://news.example.org/j",
        "pub_date": "2020-02-03T04:05:06Z", "section": "Tech", "authors": ["Ann Lee", "Bo Ma"],
        "tags": ["a", "b"], "image_url": "https://cdn.example.org/j.jpg"}'>"""
        """<meta name="parsely-page" content="{not json">"""
    )
    p = SourceKind.PARSELY
    title = pick(cands, "title", p)
    assert (title.value, title.locator) == ("JSON title", 'meta[@name="parsely-page"]#/title')
    assert [a.name for a in pick(cands, "authors", p).value] == ["Ann Lee", "Bo Ma"]
    assert pick(cands, "date_published", p).value.year == 2020
    assert pick(cands, "tags", p).value == ("a", "b")
    assert pick(cands, "image", p).value == "https://cdn.example.org/j.jpg"
    assert pick(cands, "canonical_url", p).value == "https://news.example.org/j"


def test_sailthru() -> None:
    cands = run(
        '<meta name="sailthru.title" content="S title">'
        '<meta name="sailthru.author" content="Ana López and John Smith">'
        '<meta name="sailthru.date" content="2023-12-29 10:00:00">'
        '<meta name="sailthru.tags" content="one, two">'
        '<meta name="sailthru.description" content="S desc">'
        '<meta name="sailthru.image.full" content="https://cdn.example.org/s.jpg">'
    )
    s = SourceKind.SAILTHRU
    assert pick(cands, "title", s).value == "S title"
    assert [a.name for a in pick(cands, "authors", s).value] == ["Ana López", "John Smith"]
    assert pick(cands, "date_published", s).value == dt.datetime(2023, 12, 29, 10, 0)
    assert pick(cands, "tags", s).value == ("one", "two")
    assert pick(cands, "description", s).value == "S desc"
    assert pick(cands, "image", s).value == "https://cdn.example.org/s.jpg"


def test_plain_meta_names() -> None:
    cands = run(
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
    authors = pick(cands, "authors", m)
    assert authors.value == (Author(name="Jane Roe"), Author(name="John Smith"))
    assert authors.locator == 'meta[@name="author"]'
    assert authors.confidence == 0.42  # unconfirmed meta author is weak evidence
    assert pick(cands, "description", m).value == "Plain description"
    tag_values = {c.value: c.confidence for c in cands if c.field == "tags"}
    assert tag_values[("news", "words")] > tag_values[("x", "y")]
    assert pick(cands, "date_published", m).value == dt.date(2021, 3, 4)
    assert pick(cands, "date_modified", m).value == dt.date(2021, 3, 5)
    assert pick(cands, "language", m).value == "pt-BR"
    assert pick(cands, "site_name", m).value == "The App"


def test_meta_author_that_is_a_url_or_organisation() -> None:
    cands = run('<meta name="author" content="https://news.example.org/about">')
    assert [c for c in cands if c.field == "authors"] == []
    cands = run('<meta name="author" content="Example News Staff">')
    assert pick(cands, "authors", SourceKind.META).value[0].kind is AuthorKind.ORGANIZATION


@pytest.mark.parametrize(
    "name",
    ["date", "publishdate", "publish-date", "article.published", "datePublished",
     "original-publish-date", "publication_date", "cXenseParse:recs:publishtime"],
)  # fmt: skip
def test_common_date_names(name: str) -> None:
    cands = run(f'<meta name="{name}" content="2019-10-19T14:14:55+02:00">')
    found = pick(cands, "date_published", SourceKind.META)
    assert found.value.year == 2019
    assert found.precision == "second"


def test_bad_and_absurd_dates_are_dropped() -> None:
    cands = run(
        '<meta property="article:published_time" content="0000-00-00">'
        '<meta name="date" content="9999-12-31">'
        '<meta name="dc.date" content="2023-02-30">'
    )
    assert [c for c in cands if c.field.startswith("date")] == []


def test_unscoped_itemprop_meta_in_head() -> None:
    cands = run('<meta itemprop="datePublished" content="2022-01-02">')
    found = pick(cands, "date_published", SourceKind.META)
    assert (found.value, found.locator) == (dt.date(2022, 1, 2), 'meta[@itemprop="datePublished"]')


def test_links_lang_and_title() -> None:
    cands = run(
        "<title>Talks end – Example News</title>"
        '<meta property="og:site_name" content="Example News">'
        '<link rel="canonical" href="/2023/12/29/talks">'
        '<link rel="license" href="https://creativecommons.org/licenses/by-sa/4.0/">'
        '<link rel="author" href="/people/ana">'
        '<meta name="author" content="Ana López">',
        lang=' lang="en-GB"',
    )
    link = SourceKind.LINK
    canonical = pick(cands, "canonical_url", link)
    assert (canonical.value, canonical.raw) == (URL, "/2023/12/29/talks")
    assert canonical.locator == 'link[@rel="canonical"]'
    assert pick(cands, "license", link).value == "https://creativecommons.org/licenses/by-sa/4.0/"
    assert pick(cands, "authors", SourceKind.META).value[0].url == (
        "https://news.example.org/people/ana"
    )
    lang = pick(cands, "language", SourceKind.HTML_ATTRIBUTE)
    assert (lang.value, lang.locator) == ("en-GB", "/html/@lang")
    titles = [c for c in cands if c.source is SourceKind.TITLE_ELEMENT]
    assert [(c.value, c.confidence) for c in titles] == [
        ("Talks end – Example News", 0.3),
        ("Talks end", 0.45),
    ]


def test_a_rel_license_in_body() -> None:
    cands = run(
        "", body='<a rel="license" href="https://creativecommons.org/licenses/by/4.0/">CC</a>'
    )
    assert pick(cands, "license", SourceKind.LINK).value.endswith("/by/4.0/")


def test_empty_page_and_empty_contents() -> None:
    assert meta.candidates(Page(b"", None)) == []
    cands = run('<meta name="description" content="  "><meta property="og:title" content="">')
    assert [c for c in cands if c.field in ("title", "description")] == []


def test_title_of_several_parts_offers_its_long_part() -> None:
    cands = run(
        "<title>EFC Regensburg - Eintracht secures its future with two new signings - "
        "Presse - News</title>"
    )
    titles = {c.value: c.confidence for c in cands if c.field == "title"}
    assert (
        titles["Eintracht secures its future with two new signings"]
        > titles[
            "EFC Regensburg - Eintracht secures its future with two new signings - Presse - News"
        ]
    )
    # No clearly longest part: nothing is guessed.
    even = run("<title>Weather today - Sunny spells in Berlin - Local news desk</title>")
    assert [c.value for c in even if c.field == "title"] == [
        "Weather today - Sunny spells in Berlin - Local news desk"
    ]
