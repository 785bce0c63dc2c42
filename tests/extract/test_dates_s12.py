"""Session 12 date rules: date lines in more languages and shapes, and a today's-date widget.

Every page here was written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

import newsmeta

NOW = dt.datetime(2026, 12, 6, 12, tzinfo=dt.timezone.utc)
URL = "https://news.example/story/harbour-budget"
HEADLINE = "Council approves harbour budget"
STORY = (
    "<p>" + "The council approved the new harbour budget after a long evening session, with "
    "members split over the cost of the breakwater repairs. " * 4 + "</p>"
)


def _page(line: str, *, lang: str = "en", header: str = "") -> str:
    return (
        f'<!doctype html><html lang="{lang}"><head><title>{HEADLINE}</title></head><body>'
        f'<header class="site-header"><a class="logo" href="/">Example News</a>{header}'
        '<nav><a href="/local">Local</a></nav></header>'
        f'<main><article><h1>{HEADLINE}</h1>{line}<div class="article-body">{STORY}{STORY}'
        '</div></article></main><footer class="site-footer"><p>Example News</p></footer>'
        "</body></html>"
    )


def _day(value: dt.date | None) -> dt.date | None:
    return value.date() if isinstance(value, dt.datetime) else value


def _extract(html: str) -> newsmeta.Article:
    return newsmeta.extract(html, URL, now=NOW)


PUBLISHED = dt.date(2024, 3, 14)
UPDATED = dt.date(2024, 3, 15)


@pytest.mark.parametrize(
    ("line", "lang"),
    [
        # a published line with its time, then the updated one, longer than a short dateline
        (
            "<p>Published March 14, 2024 at 9:15 a.m. ET · Last updated March 15, 2024 at "
            "6:02 p.m. ET</p>",
            "en",
        ),
        # the updated date first, then "Originally published"
        (
            "<p>Updated Mar. 15, 2024, 6:02 p.m. ET | Originally published Mar. 14, 2024, "
            "9:15 a.m. ET</p>",
            "en",
        ),
        # "Ultimo aggiornamento" (Italian)
        ("<p>Pubblicato il 14/03/2024 - Ultimo aggiornamento: 15/03/2024</p>", "it"),
        # the updated word right after the first date's unread time, with no separator
        (
            "<p>Publicerad 14 mars 2024 kl. 09.15 Uppdaterad 15 mars 2024 kl. 18.02</p>",
            "sv",
        ),
        # Japanese and Korean updated words
        ("<p>公開日：2024年3月14日 9時15分 更新日：2024年3月15日</p>", "ja"),
        ("<p>입력 2024.03.14 09:15 수정 2024.03.15 18:02</p>", "ko"),
        # German "Stand:" after a first date is the updated date
        ("<p>Erstellt: 14.03.2024, 09:15 Uhr · Stand: 15.03.2024, 18:02 Uhr</p>", "de"),
        # Czech dates with a space after each full stop
        ("<p>Publikováno: 14. 3. 2024 9:15 · Aktualizováno: 15. 3. 2024</p>", "cs"),
    ],
)
def test_a_line_with_both_dates_in_more_shapes(line: str, lang: str) -> None:
    art = _extract(_page(line, lang=lang))
    assert _day(art.date_published) == PUBLISHED
    assert _day(art.date_modified) == UPDATED


def test_a_german_stand_line_alone_stays_the_published_date() -> None:
    art = _extract(_page("<p>Stand: 14.03.2024 09:15 Uhr</p>", lang="de"))
    assert _day(art.date_published) == PUBLISHED
    assert art.date_modified is None


def test_a_long_line_without_a_date_word_is_no_dateline() -> None:
    sentence = (
        "<p>The breakwater, first built on March 14, 2024 after a storm, will be repaired "
        "by the same firm that built it, the council said.</p>"
    )
    art = _extract(_page(sentence))
    # At most the text scan's low guess, never a dateline's reading.
    ev = [e for e in art.provenance.evidence if e.field == "date_published"]
    assert all(e.confidence < 0.5 for e in ev)
    labelled = _extract(_page(sentence.replace("<p>The", "<p>Published March 14, 2024. The")))
    ev = [e for e in labelled.provenance.evidence if e.field == "date_published"]
    assert ev and ev[0].confidence >= 0.5


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Posted on the 14th of March, 2024 by Ana", dt.date(2024, 3, 14)),
        ("the 1st of May 2023", dt.date(2023, 5, 1)),
        ("Publikováno: 14. 3. 2024", dt.date(2024, 3, 14)),
        ("Aktualizované 1. 12. 2023 o 10:05", dt.date(2023, 12, 1)),
    ],
)
def test_ordinal_of_month_and_spaced_day_first_dates(text: str, expected: dt.date) -> None:
    found = newsmeta.find_date(text)
    assert found is not None
    assert _day(found.value) == expected


def test_a_bare_number_of_a_month_is_no_day() -> None:
    # "1 of March 2024" (no ordinal) is a count, not a day: only the month is read.
    found = newsmeta.find_date("Issue 1 of March 2024")
    assert found is not None
    assert found.precision == "month"


@pytest.mark.parametrize(
    "widget",
    [
        '<div class="today">Sunday, December 6, 2026</div>',
        '<span class="current-date">Sunday, 6 December 2026</span>',
        '<div id="clock"><time datetime="2026-12-06">6.12.2026</time></div>',
        '<div class="topbar__date"><time datetime="2026-12-06">6.12.2026</time></div>',
    ],
)
def test_a_todays_date_widget_never_dates_an_undated_page(widget: str) -> None:
    art = _extract(_page('<p class="byline">By Ana Ruiz</p>', header=widget))
    assert art.date_published is None
    refused = [e for e in art.provenance.rejected if e.field == "date_published"]
    assert all(e.reason and "today" in e.reason for e in refused)


def test_a_refused_widget_date_says_why() -> None:
    widget = '<div class="header-today"><time datetime="2026-12-06">6.12.2026</time></div>'
    art = _extract(_page('<p class="byline">By Ana Ruiz</p>', header=widget))
    assert art.date_published is None
    refused = [e for e in art.provenance.rejected if e.field == "date_published"]
    assert refused
    assert refused[0].reason is not None and "today" in refused[0].reason


def test_a_todays_date_widget_loses_to_a_printed_date_line() -> None:
    art = _extract(
        _page("<p>By Ana Ruiz</p><p>14 March 2024</p>", header='<div class="today">Sunday</div>')
    )
    assert _day(art.date_published) == PUBLISHED


def test_a_date_in_the_articles_own_header_is_not_a_widget() -> None:
    line = '<header class="article-header"><span class="meta today">14.03.2024</span></header>'
    art = _extract(_page(line, lang="de"))
    assert _day(art.date_published) == PUBLISHED


@pytest.mark.parametrize(
    "post",
    [
        # a tweet whose date is a link's text, no <time>
        '<blockquote class="twitter-tweet"><p>Budget passed!</p>&mdash; Council (@c) '
        '<a href="https://twitter.example/c/status/1">March 13, 2024</a></blockquote>',
        # an Instagram post with its <time>
        '<blockquote class="instagram-media"><a href="https://instagram.example/p/x/">A post '
        'shared by Port</a> <time datetime="2023-06-01T10:00:00+00:00">Jun 1, 2023</time>'
        "</blockquote>",
    ],
)
def test_an_embedded_posts_date_never_dates_an_undated_page(post: str) -> None:
    html = _page("<p>By Ana Ruiz</p>").replace(STORY + "</div>", STORY + post + "</div>")
    assert post in html
    art = _extract(html)
    assert art.date_published is None
    refused = [e for e in art.provenance.rejected if e.field == "date_published"]
    assert refused
    assert all(e.reason is not None and "embedded post" in e.reason for e in refused)


def test_an_embedded_posts_date_loses_to_the_articles_own() -> None:
    post = (
        '<blockquote class="twitter-tweet"><p>Vote tonight</p>&mdash; Mayor (@mayor) '
        '<a href="https://twitter.example/mayor/status/2">February 29, 2024</a></blockquote>'
    )
    art = _extract(_page(f'{post}<p class="byline">By Ana Ruiz, March 14, 2024</p>'))
    assert _day(art.date_published) == PUBLISHED


@pytest.mark.parametrize(
    ("line", "lang"),
    [
        ("<p>Diterbitkan 14 Maret 2024, 09:15 WIB · Diperbarui 15 Maret 2024</p>", "id"),
        (
            "<p>Publicat el 14 de març de 2024 · Actualitzat el 15 de març de 2024</p>",
            "ca",
        ),
        (
            "<p>Publikované 14. marca 2024 o 9:15 · Aktualizované 15. marca 2024</p>",
            "sk",
        ),
        (
            "<p>Objavljeno: 14. ožujka 2024. u 09:15 · Ažurirano: 15. ožujka 2024.</p>",
            "hr",
        ),
    ],
)
def test_both_dates_in_indonesian_catalan_slovak_croatian(line: str, lang: str) -> None:
    art = _extract(_page(line, lang=lang))
    assert _day(art.date_published) == PUBLISHED
    assert _day(art.date_modified) == UPDATED


@pytest.mark.parametrize(
    ("line", "lang"),
    [
        ("<p>Objavljeno: 14. marec 2024 ob 09:15</p>", "sl"),
        ("<p>Публикувано: 14 март 2024, 09:15</p>", "bg"),
        ('<p class="date">Thursday 14<sup>th</sup> March 2024</p>', "en"),
        ("<p>Posted by Ana Ruiz on Mar 14th, 2024</p>", "en"),
    ],
)
def test_a_date_line_in_more_languages_and_markup(line: str, lang: str) -> None:
    art = _extract(_page(line, lang=lang))
    assert _day(art.date_published) == PUBLISHED


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("14 d'abril de 2024", dt.date(2024, 4, 14)),
        ("14 Maret 2024", dt.date(2024, 3, 14)),
        ("3 Disember 2023", dt.date(2023, 12, 3)),
        ("14. ožujka 2024.", dt.date(2024, 3, 14)),
        ("2. júna 2023", dt.date(2023, 6, 2)),
        ("March 14 th, 2024", dt.date(2024, 3, 14)),
    ],
)
def test_month_names_of_more_languages(text: str, expected: dt.date) -> None:
    assert newsmeta.parse_date(text) == expected


def test_a_time_before_a_separator_belongs_to_the_field_before() -> None:
    found = newsmeta.find_date("9:15 · Aktualizované 15. marca 2024")
    assert found is not None
    assert found.value == dt.date(2024, 3, 15)
    assert found.precision == "day"
    # without the separator the time before the date is still the date's
    timed = newsmeta.find_date("3:05 PM EST, Fri December 29, 2023")
    assert timed is not None
    assert timed.precision == "minute"


def test_a_blogs_date_header_above_its_post_is_not_a_widget() -> None:
    html = (
        f'<html lang="en"><head><title>{HEADLINE}</title></head><body>'
        '<div class="blog-posts"><h2 class="date-header"><span>Thursday, March 14, 2024'
        f'</span></h2><div class="post-outer"><h1 class="post-title">{HEADLINE}</h1>'
        f'<div class="post-body">{STORY}{STORY}</div></div></div></body></html>'
    )
    art = _extract(html)
    assert _day(art.date_published) == PUBLISHED
