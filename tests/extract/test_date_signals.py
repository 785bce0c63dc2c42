"""Every common date signal is read: one page we wrote per signal."""

from __future__ import annotations

import datetime as dt

import pytest

from newsmeta import extract

UTC = dt.timezone.utc
NOW = dt.datetime(2024, 8, 1, 12, 0, tzinfo=UTC)
DAY = dt.date(2020, 11, 29)


def _run(head: str = "", body: str = "", url: str | None = None) -> tuple[object, object]:
    html = (
        f"<html><head><title>Winter pruning</title>{head}</head><body>"
        "<h1>How to prune apple trees in winter</h1>"
        f"{body}<p>Cut back to an outward-facing bud and keep the centre open.</p>"
        "</body></html>"
    )
    article = extract(html, url, now=NOW)
    return article.date_published, article.date_modified


def _day(value: object) -> object:
    return value.date() if isinstance(value, dt.datetime) else value


@pytest.mark.parametrize(
    "head",
    [
        '<meta name="DC.Issued" content="2020-11-29">',
        '<meta name="dc:created" content="2020-11-29">',
        '<meta name="created" content="2020-11-29T08:15:00+01:00">',
        '<meta http-equiv="date" content="Sun, 29 Nov 2020 10:00:00 GMT">',
        '<meta name="pubdate" content="2020-11-29">',
        '<meta pubdate="2020-11-29">',
        '<meta property="OG:Article:Published_Time" content="2020-11-29T10:00:00Z">',
        '<meta name="Article:Published_Time" content="2020-11-29">',
        '<meta itemprop="datePublished" datetime="2020-11-29">',
        '<meta property="og:url" content="https://garden.example/2020/11/29/prune-apples/">',
        '<link rel="canonical" href="https://garden.example/news/2020-11-29/prune-apples.html">',
    ],
)
def test_head_signals_give_the_day(head: str) -> None:
    published, _ = _run(head=head)
    assert _day(published) == DAY


def test_lastmodified_meta_is_the_modified_date() -> None:
    published, modified = _run(head='<meta name="lastmodified" content="2020-11-29">')
    assert published is None
    assert modified == DAY


@pytest.mark.parametrize(
    "body",
    [
        '<div><meta itemprop="datePublished" datetime="2020-11-29"></div>',
        '<div itemscope itemtype="https://schema.org/BlogPosting">'
        '<meta itemprop="datePublished" datetime="2020-11-29"></div>',
        '<p>Posted <time datetime="November 29, 2020">last winter</time></p>',
        '<p><abbr class="timestamp" data-utime="1606644000">Sunday</abbr></p>',
        '<p><span data-utime="1606644000000">a while back</span></p>',
        '<figure><img src="https://garden.example/uploads/2020/11/29/apple-tree.jpg"></figure>',
        '<div class="post"><p>Intro.</p>'
        '<footer class="entry-footer">Posted on November 29, 2020 by Kim Lo</footer></div>',
        '<footer class="byline">By Kim Lo · 29.11.2020</footer>',
        "<p>Stand: 29.11.20</p>",
        "<p>veröffentlicht am 29.11.20</p>",
    ],
)
def test_body_signals_give_the_day(body: str) -> None:
    published, _ = _run(body=body)
    assert _day(published) == DAY


def test_unix_timestamp_is_an_aware_instant() -> None:
    published, _ = _run(body='<abbr data-utime="1606644000">Sunday</abbr>')
    assert published == dt.datetime(2020, 11, 29, 10, 0, tzinfo=UTC)


def test_last_updated_two_digit_year_is_the_modified_date() -> None:
    _, modified = _run(body="<p>Last updated: 11/29/20</p>")
    assert modified == DAY


def test_site_footer_date_is_not_the_article_date() -> None:
    body = '<footer class="site-footer"><p>Sitemap updated November 29, 2020</p></footer>'
    published, _ = _run(body=body)
    assert published is None


def test_version_numbers_are_not_two_digit_dates() -> None:
    published, _ = _run(body="<p>Requires plugin 1.4.18 or later.</p>")
    assert published is None


def test_url_date_beats_nothing_but_not_metadata() -> None:
    head = (
        '<meta property="article:published_time" content="2020-11-30T12:00:00Z">'
        '<meta property="og:url" content="https://garden.example/2020/11/29/prune/">'
    )
    published, _ = _run(head=head)
    assert published == dt.datetime(2020, 11, 30, 12, 0, tzinfo=UTC)


def test_footer_in_the_headline_container_is_the_articles_own() -> None:
    html = (
        "<html><body><div id='col'><h1>How to prune apple trees in winter</h1>"
        "<p>Cut back to an outward-facing bud and keep the centre open.</p>"
        "<footer>Filed 29 November 2020</footer></div>"
        "<footer><p>Updated daily since 1 March 2019</p></footer></body></html>"
    )
    assert extract(html, now=NOW).date_published == DAY


@pytest.mark.parametrize(
    "head",
    [
        # a plain date name under a vocabulary prefix, in any case
        '<meta property="og:datePublished" content="2020-11-29T07:45:00+01:00">',
        '<meta property="OG:PublishDate" content="2020-11-29">',
        '<meta name="article:pubdate" content="2020-11-29">',
        # the pubdate attribute marks the meta; its value is in content
        '<meta pubdate="pubdate" content="2020-11-29">',
        '<meta pubdate content="29 November 2020">',
    ],
)
def test_prefixed_and_flagged_date_metas(head: str) -> None:
    published, _ = _run(head=head)
    assert _day(published) == DAY


def test_prefixed_modified_name_is_the_modified_date() -> None:
    published, modified = _run(head='<meta property="og:lastModified" content="2020-11-29">')
    assert published is None
    assert modified == DAY


def test_prefix_does_not_turn_other_names_into_dates() -> None:
    published, modified = _run(head='<meta property="og:title" content="2020-11-29">')
    assert (published, modified) == (None, None)


def test_text_date_keeps_its_whole_offset() -> None:
    # the window after a year-shaped token must not cut "+05:30" to "+05:3"
    published, _ = _run(body="<p>Filed from Pune 2020-11-29T09:10:00+05:30 by our desk</p>")
    offset = dt.timezone(dt.timedelta(hours=5, minutes=30))
    assert published == dt.datetime(2020, 11, 29, 9, 10, tzinfo=offset)


def test_text_scan_reads_past_an_impossible_date() -> None:
    # the first date in the window is in the future of `now`: the one after it is read
    body = "<p>The lease runs to 30/06/2091; this notice went out on 29/11/2020.</p>"
    published, _ = _run(body=body)
    assert published == DAY


@pytest.mark.parametrize(
    "head",
    [
        '<meta name="DC.date.published" content="2020-11-29">',
        '<meta name="OriginalPublicationDate" content="2020/11/29 08:00:00">',
        # the rNews vocabulary's own prefix, like og: and article:
        '<meta property="rnews:datePublished" content="2020-11-29T08:00:00Z">',
    ],
)
def test_more_named_date_metas(head: str) -> None:
    published, _ = _run(head=head)
    assert _day(published) == DAY


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ('<p>Filed <span itemprop="datePublished" datetime="2020-11-29">Sunday</span></p>', 0),
        ('<div itemprop="datePublished" content="2020-11-29T06:00:00Z"></div>', 0),
        ('<p><span itemprop="dateModified" datetime="2020-11-29">Sunday</span></p>', 1),
    ],
)
def test_item_date_property_outside_any_item_is_the_pages(body: str, field: int) -> None:
    dates = _run(body=body)
    assert _day(dates[field]) == DAY


def test_item_date_property_inside_another_item_is_not_the_pages() -> None:
    body = (
        '<div itemscope itemtype="https://schema.org/Event">'
        '<span itemprop="name">Orchard open day</span>'
        '<span itemprop="startDate" content="2020-11-29">Sunday</span>'
        '<span itemprop="dateCreated" content="2020-11-29">Sunday</span></div>'
    )
    published, modified = _run(body=body)
    assert (published, modified) == (None, None)


def _ld(block: str) -> str:
    return f'<script type="application/ld+json">{block}</script>'


def test_untyped_json_ld_block_gives_its_dates() -> None:
    head = _ld('{"datePublished": "2020-11-29T08:00:00+01:00", "dateModified": "2020-12-02"}')
    published, modified = _run(head=head)
    assert _day(published) == DAY
    assert modified == dt.date(2020, 12, 2)


def test_untyped_json_ld_block_without_a_headline_gives_nothing_but_dates() -> None:
    # Without a headline the object may be anything (an event, a product, a person): only
    # its dates are read. With one it is an article whose type was left out (see
    # tests/extract/test_coverage_suites.py).
    head = _ld('{"datePublished": "2020-11-29", "name": "Grafting pears", "author": "Ann Lee"}')
    html = f"<html><head>{head}</head><body><p>Cut back to a bud.</p></body></html>"
    article = extract(html, now=NOW)
    assert article.date_published == DAY
    assert article.title is None
    assert article.authors == ()


def test_untyped_json_ld_block_with_a_headline_gives_its_title_and_author() -> None:
    head = _ld('{"datePublished": "2020-11-29", "headline": "Grafting pears", "author": "Ann Lee"}')
    html = f"<html><head>{head}</head><body><p>Cut back to a bud.</p></body></html>"
    article = extract(html, now=NOW)
    assert article.date_published == DAY
    assert article.title == "Grafting pears"
    assert [a.name for a in article.authors] == ["Ann Lee"]


def test_typed_json_ld_item_beats_an_untyped_block() -> None:
    head = _ld('{"datePublished": "2019-01-05"}') + _ld(
        '{"@context": "https://schema.org", "@type": "NewsArticle", "datePublished": "2020-11-29"}'
    )
    published, _ = _run(head=head)
    assert published == DAY
