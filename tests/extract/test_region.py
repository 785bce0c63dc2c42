"""The article region and the position of visible candidates: furniture never wins.

Each page below is written for this test. Every one holds the article's own value and a
value from one kind of page furniture (a related-story teaser, a blogroll, a sidebar, an
embedded post, a header widget, a translation widget, a reviewer credit, a shop offer);
the article's value must win, and the evidence must say where it was found.
"""

from __future__ import annotations

import datetime as dt

import pytest
from lxml import html as lxml_html

import newsmeta
from newsmeta import Article, Evidence, SourceKind

# The four positions an evidence record gives a value read from the page's visible markup.
INSIDE, HEADER, NEAR, FURNITURE = "inside", "header", "near", "furniture"

NOW = dt.datetime(2026, 12, 6, tzinfo=dt.timezone.utc)
URL = "https://harbour-news.example/2024/ferry-returns"
HEADLINE = "Harbour ferry returns after winter repairs"

_TEXT = """
<p>The harbour ferry resumed its crossings on Thursday morning after four months in dry
dock, the port authority said, with a refitted engine and a new, wider passenger deck.</p>
<p>Commuters who had relied on the replacement bus, which added forty minutes to the trip,
welcomed the return, although single fares rose by ten percent to cover the repairs.</p>
<p>The operator said the vessel would run every half hour on weekdays and hourly at
weekends, and that a second boat would join the route at the start of the summer.</p>
"""


def _page(
    *,
    before: str = "",
    site_header: str = "",
    in_article: str = "",
    byline: str = '<p class="byline">By Mara Lindqvist</p>',
    dated: str = '<time datetime="2024-03-14T09:00:00+00:00">14 March 2024</time>',
    sidebar: str = "",
    head: str = "",
    title: str = f"{HEADLINE} | Harbour News",
) -> str:
    return f"""<!doctype html><html lang="en"><head><title>{title}</title>{head}</head>
<body>
<header class="site-header"><a class="logo" href="/">Harbour News</a>{site_header}
<nav><a href="/local">Local</a> <a href="/sport">Sport</a></nav></header>
<div class="layout">{before}
<main><article class="story">
<h1>{HEADLINE}</h1>
{byline}
{dated}
<div class="story-body">{_TEXT}{in_article}</div>
</article></main>
<aside class="sidebar">{sidebar}</aside>
</div>
<footer class="site-footer"><p>Harbour News, 12 Quay Street</p></footer>
</body></html>"""


def _extract(html: str, *, content: bool = True) -> Article:
    return newsmeta.extract(html, URL, now=NOW, content=content)


def _evidence(article: Article, field: str) -> Evidence:
    return next(e for e in article.provenance.evidence if e.field == field)


def _rejected(article: Article, field: str) -> list[Evidence]:
    return [e for e in article.provenance.rejected if e.field == field]


def _names(article: Article) -> list[str]:
    return [a.name for a in article.authors]


# ---------------------------------------------------------------- the eight furniture kinds


def test_a_related_story_teaser_byline_loses_to_the_article_byline() -> None:
    # The teaser card comes first in the document and is a whole <article> of its own.
    teaser = (
        '<section class="more"><article><h2><a href="/old">Fishing quotas cut</a></h2>'
        '<p class="byline">By Olaf Brandt</p></article></section>'
    )
    html = _page(before=teaser, byline="<p>By Mara Lindqvist</p>")
    article = _extract(html)
    assert _names(article) == ["Mara Lindqvist"]
    assert _evidence(article, "authors").position == INSIDE
    lost = _rejected(article, "authors")
    assert [e.position for e in lost] == [FURNITURE]
    assert "Olaf Brandt" in lost[0].raw


def test_a_blogroll_timestamp_loses_to_the_article_date() -> None:
    blogroll = (
        '<div class="blogroll"><h3>Friends</h3><ul><li><a href="https://other.example/">'
        'Tide tables</a> <time datetime="2020-01-02">2 January 2020</time></li></ul></div>'
    )
    article = _extract(_page(before=blogroll))
    assert article.date_published == dt.datetime(2024, 3, 14, 9, tzinfo=dt.timezone.utc)
    assert _evidence(article, "date_published").position == INSIDE


@pytest.mark.parametrize("where", ["sidebar", "rail"])
def test_a_sidebar_teaser_time_loses_to_the_article_date(where: str) -> None:
    card = (
        '<div class="card"><a href="/x">Pier closed</a>'
        '<time datetime="2025-05-05T10:00:00+00:00">5 May 2025</time></div>'
    )
    # The article prints its date as text only: the other <time> is the "stronger" kind.
    # In <aside class=sidebar> it is furniture; in an unmarked column before the article
    # (read first), it is near the article, and still loses.
    dated = '<p class="date">Published 14 March 2024</p>'
    if where == "sidebar":
        html = _page(sidebar=card, dated=dated)
    else:
        html = _page(before=f'<div class="rail">{card}</div>', dated=dated)
    article = _extract(html)
    assert article.date_published is not None
    assert article.date_published.isoformat()[:10] == "2024-03-14"
    assert _evidence(article, "date_published").position == INSIDE
    expected = FURNITURE if where == "sidebar" else NEAR
    lost = _rejected(article, "date_published")
    assert all((e.raw, e.position) == ("2025-05-05T10:00:00+00:00", expected) for e in lost)
    if where == "rail":  # a near reading is kept on record; furniture may be dropped outright
        assert len(lost) == 1


def test_an_embedded_tweet_time_loses_to_the_article_date() -> None:
    tweet = (
        '<blockquote class="twitter-tweet"><p>The ferry is back!</p>&mdash; Port (@port) '
        '<a href="https://twitter.example/port/1"><time datetime="2019-07-07">July 7, 2019'
        "</time></a></blockquote>"
    )
    # The tweet sits inside the article, before the article's own date line.
    html = _page(in_article="", dated="", byline=f"{tweet}<p>By Mara Lindqvist</p>"
                 '<p class="date">Published 14 March 2024</p>')  # fmt: skip
    article = _extract(html)
    assert article.date_published is not None
    assert article.date_published.isoformat()[:10] == "2024-03-14"
    rejected = _rejected(article, "date_published")
    assert rejected and all(e.position == FURNITURE for e in rejected)


def test_a_header_todays_date_widget_loses_to_the_article_date() -> None:
    widget = (
        '<div class="header-date"><time datetime="2026-12-06">Sunday, 6 December 2026</time></div>'
    )
    article = _extract(_page(site_header=widget, dated='<p class="date">14 March 2024</p>'))
    assert article.date_published is not None
    assert article.date_published.isoformat()[:10] == "2024-03-14"
    assert _evidence(article, "date_published").position == INSIDE
    assert {e.position for e in _rejected(article, "date_published")} == {FURNITURE}


def test_a_translation_widget_heading_is_not_the_title() -> None:
    widget = '<div class="gtranslate_wrapper"><h1>Select Language</h1></div>'
    # <title> names only the site, so it cannot tell the two <h1>s apart.
    article = _extract(_page(site_header=widget, title="Harbour News"))
    assert article.title == HEADLINE
    assert _evidence(article, "title").position in (INSIDE, HEADER)
    readings = (*article.provenance.evidence, *article.provenance.rejected)
    assert "Select Language" not in [e.raw for e in readings if e.field == "title"]


@pytest.mark.parametrize(
    "credit",
    [
        "Reviewed by Dr. Henrik Salo",
        "Medically reviewed by Henrik Salo, MD",
        "Fact-checked by Henrik Salo",
        "Photos by Henrik Salo",
    ],
)
def test_a_reviewer_or_photo_credit_is_not_the_author(credit: str) -> None:
    byline = f'<p class="byline">By Mara Lindqvist</p><p class="byline reviewer">{credit}</p>'
    article = _extract(_page(byline=byline))
    assert _names(article) == ["Mara Lindqvist"]
    alone = _extract(_page(byline=f'<p class="byline">{credit}</p>'))
    assert "Henrik Salo" not in " ".join(_names(alone))


def test_a_credit_after_the_byline_is_cut_off() -> None:
    byline = '<p class="byline">By Mara Lindqvist | Photos by Henrik Salo</p>'
    assert _names(_extract(_page(byline=byline))) == ["Mara Lindqvist"]


@pytest.mark.parametrize(
    "offer",
    [
        # microdata: a product box inside the article
        '<div itemscope itemtype="https://schema.org/Product"><span itemprop="name">Pass</span>'
        '<div itemprop="offers" itemscope itemtype="https://schema.org/Offer">'
        '<meta itemprop="priceValidUntil" content="2027-01-31"><span itemprop="price">40'
        "</span></div></div>",
        # JSON-LD: a product is the only structured item on the page
        '<script type="application/ld+json">{"@context": "https://schema.org", "@type": '
        '"Product", "name": "Pass", "offers": {"@type": "Offer", "price": "40", '
        '"priceValidUntil": "2027-01-31"}}</script>',
    ],
)
def test_an_offer_price_valid_until_is_not_the_publication_date(offer: str) -> None:
    html = _page(in_article=offer, dated='<p class="date">14 March 2024</p>')
    article = _extract(html)
    assert article.date_published is not None
    assert article.date_published.isoformat()[:10] == "2024-03-14"
    assert _evidence(article, "date_published").position == INSIDE
    undated = _extract(_page(in_article=offer, dated=""))
    assert undated.date_published is None
    assert undated.date_modified is None


def test_a_review_of_something_else_does_not_fill_the_article_fields() -> None:
    review = (
        '<script type="application/ld+json">{"@context": "https://schema.org", "@type": '
        '"NewsArticle", "headline": "' + HEADLINE + '", "datePublished": "2024-03-14", '
        '"author": {"@type": "Person", "name": "Mara Lindqvist"}, "review": {"@type": '
        '"Review", "author": {"@type": "Person", "name": "Olaf Brandt"}, "datePublished": '
        '"2019-01-01", "itemReviewed": {"@type": "Book", "name": "Tides"}}}</script>'
    )
    article = _extract(_page(head=review, byline="", dated=""))
    assert _names(article) == ["Mara Lindqvist"]
    assert article.date_published == dt.date(2024, 3, 14)


# ---------------------------------------------------------------- the region itself


def _time(day: int) -> str:
    return f'<time datetime="2020-01-{day:02d}">{day} January 2020</time>'


def test_positions_from_the_scorer_region() -> None:
    # The article prints its date as text: every <time> elsewhere is a "stronger" reading,
    # placed by where it sits; furniture never wins and is at most recorded as furniture.
    dated = '<p class="date">Published 14 March 2024</p>'
    html = _page(
        dated=dated,
        sidebar=f'<div class="widget"><p id="side">Tide tables {_time(2)}</p></div>',
        before=f'<div class="promo-strip"><p id="promo">Subscribe today {_time(3)}</p></div>'
        f'<div class="notice"><p id="beside">Roadworks on Quay Street {_time(4)}</p></div>',
        site_header=f'<nav class="menu"><a href="/archive">{_time(5)}</a></nav>',
    )
    article = _extract(html)
    assert article.date_published is not None
    assert article.date_published.isoformat()[:10] == "2024-03-14"
    won = _evidence(article, "date_published")
    assert (won.position, won.raw) == (INSIDE, "Published 14 March 2024")
    assert _evidence(article, "authors").position == INSIDE
    placed = {e.raw: e.position for e in _rejected(article, "date_published")}
    assert placed["2020-01-04"] == NEAR
    for furniture in ("2020-01-02", "2020-01-03", "2020-01-05"):
        assert placed.get(furniture, FURNITURE) == FURNITURE, furniture


def test_metadata_only_extraction_places_candidates_from_the_index() -> None:
    teaser = (
        '<section class="more"><article><h2><a href="/old">Fishing quotas cut</a></h2>'
        '<p class="byline">By Olaf Brandt</p></article></section>'
    )
    article = _extract(_page(before=teaser, byline="<p>By Mara Lindqvist</p>"), content=False)
    assert article.body is None
    assert _names(article) == ["Mara Lindqvist"]
    assert _evidence(article, "authors").position == INSIDE
    lost = _rejected(article, "authors")
    assert [(e.raw, e.position) for e in lost] == [("By Olaf Brandt", FURNITURE)]


def test_the_header_zone_outside_the_text() -> None:
    # The headline and byline sit in a header block far from the text container.
    html = f"""<html><head><title>{HEADLINE}</title></head><body>
    <div class="top"><div class="hero"><div class="inner"><h1>{HEADLINE}</h1>
    <p class="meta-line" id="by">By Mara Lindqvist</p></div></div></div>
    <div class="cols"><div class="left"><div class="c1"><div class="c2"><div class="c3">
    <div class="text">{_TEXT}</div></div></div></div></div>
    <div class="right"><div class="box"><p id="box">Opening hours updated 2 January 2020</p>
    </div></div></div>
    </body></html>"""
    article = _extract(html)
    assert _names(article) == ["Mara Lindqvist"]
    by = _evidence(article, "authors")
    assert (by.locator, by.position) == ('//p[@id="by"]', HEADER)
    assert _evidence(article, "title").position == HEADER
    box = [
        e
        for e in (*article.provenance.evidence, *article.provenance.rejected)
        if e.locator == '//p[@id="box"]'
    ]
    assert box and all(e.position == NEAR for e in box)


def test_a_site_name_heading_in_the_site_header_is_not_the_headline() -> None:
    # "<title>" is "Headline - Site": the site's own <h1> in its header echoes it as fully
    # as the article's <h1> does. The tie goes to the heading outside page furniture.
    html = f"""<html><head><title>{HEADLINE} &#8211; Harbour News</title></head><body>
    <header class="site-header"><h1 class="site-title"><a href="/">Harbour News</a></h1>
    <p class="site-description">Notes from the quay, written on the harbour wall by the
    people who live there.</p></header>
    <div class="content"><article><h1 class="entry-title">{HEADLINE}</h1>
    <p class="byline">By Mara Lindqvist</p>
    <ul class="links"><li><a href="https://a.example/1">Harbour wall repairs start on
    Monday morning</a></li><li><a href="https://a.example/2">Ferry timetable changes for
    the spring season</a></li></ul></article></div></body></html>"""
    article = _extract(html)
    doc = lxml_html.fromstring(html)
    [headline] = doc.xpath(_evidence(article, "title").locator)
    assert headline.get("class") == "entry-title"
    assert article.title == HEADLINE
    assert "Notes from the quay" not in (article.body or "")
    assert _evidence(article, "title").position == INSIDE
    assert _evidence(article, "authors").position == INSIDE


def test_evidence_locators_find_their_elements() -> None:
    # A visible reading's locator is an XPath that finds its element in the page; a reading
    # from elsewhere (JSON-LD, the URL, <head>) is no element locator, and has no position.
    teaser = (
        '<section class="more"><article><h2><a href="/old">Fishing quotas cut</a></h2>'
        '<p class="byline">By Olaf Brandt</p></article></section>'
    )
    html = _page(before=teaser, byline="<p>By Mara Lindqvist</p>")
    article = _extract(html)
    doc = lxml_html.fromstring(html)
    visible = [
        e
        for e in (*article.provenance.evidence, *article.provenance.rejected)
        if e.source is SourceKind.VISIBLE_TEXT
    ]
    assert len(visible) >= 3
    for e in visible:
        [element] = doc.xpath(e.locator)
        assert e.raw in (element.text_content(), element.get("datetime")), e
        assert e.position in (INSIDE, HEADER, NEAR, FURNITURE), e
    for e in article.provenance.evidence:
        if e.source in (SourceKind.URL, SourceKind.TITLE_ELEMENT):
            assert e.position is None, e
