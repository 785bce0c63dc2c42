"""Session 13, speed D: the value readers keep results per text and the date refusals per
element; what one page or one field reads never serves another wrongly."""

from __future__ import annotations

import datetime as dt

import newsmeta

NOW = dt.datetime(2026, 11, 1, tzinfo=dt.timezone.utc)

_ARTICLE = """<html lang="{lang}"><head><title>{title}</title></head><body>
<main><article><h1>{title}</h1>
<p class="byline">{byline}</p>
<time datetime="{stamp}">{shown}</time>
<p>{body}</p></article></main></body></html>"""


def _page(lang: str, title: str, byline: str, stamp: str, shown: str) -> str:
    body = "Lorem ipsum dolor sit amet, consectetur adipiscing elit. " * 8
    return _ARTICLE.format(
        lang=lang, title=title, byline=byline, stamp=stamp, shown=shown, body=body
    )


def _names(article: newsmeta.Article) -> list[str]:
    return [a.name for a in article.authors]


def test_the_same_byline_read_twice_gives_the_same_authors() -> None:
    html = _page(
        "en", "Harbour cranes return", "By Lena Fox and Omar Haddad", "2024-03-05", "5 March 2024"
    )
    first = newsmeta.extract(html, "https://example.org/a", now=NOW)
    second = newsmeta.extract(html, "https://example.org/a", now=NOW)
    assert _names(first) == ["Lena Fox", "Omar Haddad"]
    assert _names(second) == _names(first)
    assert second.date_published == first.date_published == dt.date(2024, 3, 5)


def test_a_byline_kept_from_one_page_does_not_leak_into_the_next() -> None:
    one = _page("en", "Tide tables", "By Lena Fox", "2024-03-05", "5 March 2024")
    two = _page("de", "Neue Brücke eröffnet", "Von Klaus Meier", "2023-11-20", "20. November 2023")
    assert _names(newsmeta.extract(one, "https://example.org/1", now=NOW)) == ["Lena Fox"]
    other = newsmeta.extract(two, "https://example.de/2", now=NOW)
    assert _names(other) == ["Klaus Meier"]
    assert other.date_published == dt.date(2023, 11, 20)
    # and back: the first page reads as it did alone
    again = newsmeta.extract(one, "https://example.org/1", now=NOW)
    assert _names(again) == ["Lena Fox"]
    assert again.date_published == dt.date(2024, 3, 5)


def test_a_printed_date_is_read_in_the_page_language_each_time() -> None:
    # The same printed text ("03/04/2024") under two page languages: the reading of one
    # language is never handed to the other.
    us = _page("en-US", "Ferry timetable", "By Jane Doe", "", "Published 03/04/2024")
    fr = _page("fr", "Horaires du bac", "Par Jeanne Dupont", "", "Publié le 03/04/2024")
    cases = [
        (us, "https://example.com/us", dt.date(2024, 3, 4)),
        (fr, "https://example.fr/fr", dt.date(2024, 4, 3)),
    ]
    for order in (cases, cases[::-1]):
        for html, url, day in order:
            assert newsmeta.extract(html, url, now=NOW).date_published == day


def test_a_teaser_date_is_refused_for_every_date_field() -> None:
    html = """<html lang="en"><head><title>Quay works</title></head><body><main><article>
    <h1>Quay works</h1><p class="byline">By Lena Fox</p>
    <p class="dateline"><time datetime="2024-05-14T09:30:00+02:00">14 May 2024</time></p>
    <p>Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod.</p>
    <section class="related"><ul>
    <li><h3><a href="/other-story">Another story about tides</a></h3>
    <time datetime="2019-06-01">1 June 2019</time></li>
    <li><h3><a href="/third-story">A third story about ferries</a></h3>
    <time datetime="2019-06-02">2 June 2019</time></li>
    </ul></section></article></main></body></html>"""
    article = newsmeta.extract(html, "https://example.org/quay", now=NOW)
    assert article.date_published == dt.datetime.fromisoformat("2024-05-14T09:30:00+02:00")
    for value in (article.date_modified, article.date_created):
        assert value is None or value.year != 2019
