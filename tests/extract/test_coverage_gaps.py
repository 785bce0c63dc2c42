"""Coverage gaps found by other projects' test suites, each a general rule on a page of ours."""

from __future__ import annotations

import datetime as dt

import pytest

import newsmeta

NOW = dt.datetime(2026, 12, 6, tzinfo=dt.timezone.utc)
URL = "https://tides.example/notes/spring-tides"
_TEXT = (
    "<p>Spring tides arrive twice a month, when the sun and the moon line up, and the harbour "
    "master publishes a warning for moorings on the lower quay every time they do.</p>"
)


def _extract(head: str = "", body: str = "", title: str = "Spring tides") -> newsmeta.Article:
    html = (
        f"<html><head><title>{title}</title>{head}</head><body>{body}"
        f"<article>{_TEXT}</article></body></html>"
    )
    return newsmeta.extract(html, URL, now=NOW)


@pytest.mark.parametrize(
    ("metas", "expected"),
    [
        (["Lindqvist, Mara", "Brandt, Olaf"], ["Mara Lindqvist", "Olaf Brandt"]),
        (["Mara Lindqvist and Olaf Brandt"], ["Mara Lindqvist", "Olaf Brandt"]),
        (["Mara Lindqvist"], ["Mara Lindqvist"]),
        (["Smith, Jr."], ["Smith, Jr."]),
    ],
)
def test_citation_authors_are_split_and_turned_round(metas: list[str], expected: list[str]) -> None:
    head = "".join(f'<meta name="citation_author" content="{m}">' for m in metas)
    article = _extract(head)
    if expected == ["Smith, Jr."]:
        # A suffix is not a given name: the value is not turned round into "Jr. Smith".
        assert all(a.name != "Jr. Smith" for a in article.authors)
    else:
        assert [a.name for a in article.authors] == expected


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("citation_authors", "Okonkwo, Adaeze; Varga, Bence"),
        ("DC.creator", "Okonkwo, Adaeze; Varga, Bence"),
        ("citation_author", "Adaeze Okonkwo; Bence Varga"),
    ],
)
def test_semicolon_lists_of_names_written_surname_first(name: str, content: str) -> None:
    # A bibliographic list: semicolons part the people, so each comma parts a surname from
    # its given name, and every name is turned round.
    article = _extract(f'<meta name="{name}" content="{content}">')
    assert [a.name for a in article.authors] == ["Adaeze Okonkwo", "Bence Varga"]


def test_jsonld_author_name_listing_people_surname_first() -> None:
    head = (
        '<script type="application/ld+json">{"@type": "ScholarlyArticle", '
        '"headline": "Spring tides", "author": {"@type": "Person", '
        '"name": "Okonkwo, Adaeze; Varga, Bence"}}</script>'
    )
    assert [a.name for a in _extract(head).authors] == ["Adaeze Okonkwo", "Bence Varga"]


def test_unconfirmed_meta_author_is_rejected_with_its_reason() -> None:
    # A lone <meta name=author> nobody confirms is too weak to be the byline; the record
    # says so instead of dropping it silently.
    article = _extract('<meta name="author" content="Adaeze Okonkwo">')
    assert article.authors == ()
    [refused] = [e for e in article.provenance.rejected if e.field == "authors"]
    assert refused.raw == "Adaeze Okonkwo"
    assert refused.reason is not None and "minimum confidence" in refused.reason


def test_keywords_escaped_twice_are_read_once_more() -> None:
    head = '<meta name="keywords" content="&amp;quot;tides&amp;quot;, harbours &amp;amp; ports">'
    assert _extract(head).tags == ("tides", "harbours & ports")


def test_wordpress_category_and_tag_links() -> None:
    body = (
        '<aside class="sidebar"><a rel="tag" href="/tag/cloud">cloud</a></aside>'
        '<div class="post-meta"><a rel="category tag" href="/c/science">Science</a>, '
        '<a rel="category tag" href="/c/coast">Coast</a> '
        '<a rel="tag" href="/t/moon">moon</a> <a rel="tag" href="/t/sun">sun</a></div>'
    )
    article = _extract(body=body)
    assert article.categories == ("Science", "Coast")
    assert article.tags == ("moon", "sun")


def test_site_name_from_the_site_title_and_the_title_suffix_dropped() -> None:
    body = '<header><p class="site-title"><a href="/">Coast Research Blog</a></p></header>'
    article = _extract(body=body, title="Spring tides » Coast Research Blog")
    assert article.site_name == "Coast Research Blog"
    assert article.title == "Spring tides"


def test_relative_licence_and_scheme_less_og_url_are_resolved() -> None:
    head = (
        '<link rel="license" href="/licence"><meta property="og:url" content="//tides.example/n">'
    )
    article = _extract(head)
    assert article.license == "https://tides.example/licence"
    assert article.canonical_url == "https://tides.example/n"


def test_a_desk_byline_is_kept_as_an_organisation() -> None:
    head = (
        '<script type="application/ld+json">{"@context": "https://schema.org", "@type": '
        '"NewsArticle", "headline": "Spring tides", "author": {"@type": "Organization", '
        '"name": "Coast Desk"}}</script>'
    )
    article = _extract(head, body='<p class="byline">By Coast Desk</p>')
    assert [(a.name, a.kind.value) for a in article.authors] == [("Coast Desk", "organization")]


@pytest.mark.parametrize(
    "block",
    [
        '{"@type": "NewsArticle", "headline": "Spring tides", '
        '"author": {"@type": "Person", "name": "Mara Lindqvist"},}',
        '{"@type": "NewsArticle", // the story\n "headline": "Spring tides", '
        '/* who */ "author": {"@type": "Person", "name": "Mara Lindqvist"}}',
        'x{"@type": "NewsArticle", "headline": "Spring tides", '
        '"author": {"@type": "Person", "name": "Mara Lindqvist"}}',
        '{"@type": "NewsArticle",, "headline": "Spring tides", '
        '"author": {"@type": "Person", "name": "Mara Lindqvist"}}',
        '{"@type": "NewsArticle", "headline": "Spring tides", "description": "two\nlines", '
        '"author": {"@type": "Person", "name": "Mara Lindqvist"}}',
    ],
)
def test_malformed_json_ld_is_repaired_with_a_warning(block: str) -> None:
    head = f'<script type="application/ld+json">{block}</script>'
    article = _extract(head, title="Tides and more | Coast Blog")
    assert [a.name for a in article.authors] == ["Mara Lindqvist"]
    assert any(w.code.startswith("jsonld") for w in article.provenance.warnings)
    assert any(e.source.value == "json-ld" for e in article.provenance.evidence)


def test_unreadable_json_ld_is_dropped_with_a_warning() -> None:
    head = '<script type="application/ld+json">{"@type": "NewsArticle" "headline": }</script>'
    article = _extract(head)
    assert article.authors == ()
    assert any(w.code.startswith("jsonld") for w in article.provenance.warnings)


def _page(title: str) -> str:
    body = f"<body><article>{_TEXT}</article></body>"
    return f"<html><head><title>{title}</title></head>{body}</html>"


@pytest.mark.parametrize(
    ("url", "title", "expected"),
    [
        ("https://coastresearch.example/n", "Spring tides » Coast Research Blog", "Spring tides"),
        ("https://www.coast-research.example/n", "Coast Research » Spring tides", "Spring tides"),
        ("https://news.tidewatch.co.uk/n", "Spring tides | TideWatch News", "Spring tides"),
    ],
)
def test_the_site_part_of_the_title_is_the_one_naming_the_host(
    url: str, title: str, expected: str
) -> None:
    article = newsmeta.extract(_page(title), url, now=NOW)
    assert article.title == expected
    # The part is cut from the title, but is no evidence of the site's name: a "Site Tech
    # Blog" section or a bare domain is not the name the site prints for itself.
    assert article.site_name is None
    assert not any(e.field == "site_name" for e in article.provenance.evidence)


def test_a_printed_site_title_still_names_the_site() -> None:
    head = "<title>Spring tides » Coast Research Blog</title>"
    body = f'<body><p class="site-title">Coast Research Blog</p><article>{_TEXT}</article></body>'
    article = newsmeta.extract(
        f"<html><head>{head}</head>{body}</html>", "https://coastresearch.example/n", now=NOW
    )
    assert article.site_name == "Coast Research Blog"
    assert article.title == "Spring tides"


@pytest.mark.parametrize(
    ("url", "title", "expected"),
    [
        # no part names the host: which part is the site is not known (neither is short
        # beside a headline twice its length)
        ("https://tides.example/n", "Spring tides » Coast Research Blog", None),
        # both parts start with the host's name: no guess
        ("https://coast.example/n", "Coast erosion » Coast Blog", None),
        # a long part is a headline, not a site name; the short affix after the pipe is cut
        # (the title rule for a lone <title>), and is not taken as the site name either
        (
            "https://spring.example/n",
            "Spring tides arrive twice a month in the bay | Notes",
            "Spring tides arrive twice a month in the bay",
        ),
    ],
)
def test_no_site_part_without_a_clear_host_match(
    url: str, title: str, expected: str | None
) -> None:
    article = newsmeta.extract(_page(title), url, now=NOW)
    assert article.site_name is None
    assert article.title == (expected or title)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # a role after the name is not part of it
        ("By Mara Lindqvist, Reporter", ["Mara Lindqvist"]),
        ("Autor: Mara Lindqvist", ["Mara Lindqvist"]),
    ],
)
def test_byline_lines_under_the_headline(line: str, expected: list[str]) -> None:
    html = (
        "<html><head><title>Spring tides</title></head><body><article>"
        f"<h1>Spring tides</h1><p><small>{line}</small></p>{_TEXT}</article></body></html>"
    )
    article = newsmeta.extract(html, URL, now=NOW)
    assert [a.name for a in article.authors] == expected


def _byline_page(before: str = "", after: str = "", logo_h1: bool = False) -> str:
    logo = '<h1><a href="/"><img src="/logo.png" alt=""></a></h1>' if logo_h1 else ""
    return (
        f"<html><head><title>Spring tides</title></head><body>{logo}<article>{before}"
        f"<h1>Spring tides</h1>{after}{_TEXT}</article></body></html>"
    )


@pytest.mark.parametrize(
    "line",
    [
        # the marker is the element's own text, the name a child of it
        '<div class="meta-info">Ein Artikel von <strong>Olaf Brandt</strong> | 27.01.2022</div>',
        '<p class="info">Redaktion: <b>Olaf Brandt</b></p>',
    ],
)
def test_a_byline_marker_with_the_name_inside(line: str) -> None:
    article = newsmeta.extract(_byline_page(after=line), URL, now=NOW)
    assert [a.name for a in article.authors] == ["Olaf Brandt"]


def test_a_byline_just_above_the_headline_after_a_date() -> None:
    # "05.02.2020 - Redaktion: Name" in a kicker line above the headline; the page's first
    # <h1> is the logo (no text), which is not the headline.
    kicker = (
        '<div class="when">05.02.2020 <span>- Redaktion: Olaf Brandt (Pressesprecher)</span></div>'
    )
    article = newsmeta.extract(_byline_page(before=kicker, logo_h1=True), URL, now=NOW)
    assert [a.name for a in article.authors] == ["Olaf Brandt"]
    ev = next(e for e in article.provenance.evidence if e.field == "authors")
    assert "Redaktion" in ev.raw


def test_the_byline_zone_before_the_headline_is_short() -> None:
    # A "By …" line far above the headline (a teaser at the top of the page) is not read.
    far = "<p>By Olaf Brandt</p>" + "".join(f"<p>Tide note {i}.</p>" for i in range(14))
    article = newsmeta.extract(_byline_page(before=far), URL, now=NOW)
    assert article.authors == ()
