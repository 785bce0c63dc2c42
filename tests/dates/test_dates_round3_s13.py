"""Session 13, dates round 3: a metadata day the page shows nowhere, day and month order."""

from __future__ import annotations

import datetime as dt

import pytest
from date_pages import day as _day
from date_pages import page as _page

import newsmeta

NOW = dt.datetime(2026, 12, 6, 12, tzinfo=dt.timezone.utc)
_URL = "https://news.example/story/harbour-budget"


def _og(value: str) -> str:
    return f'<meta property="article:published_time" content="{value}">'


def _ld(published: str, modified: str = "") -> str:
    more = f',"dateModified":"{modified}"' if modified else ""
    return (
        '<script type="application/ld+json">{"@type":"NewsArticle",'
        f'"headline":"Council approves harbour budget","datePublished":"{published}"{more}}}'
        "</script>"
    )


@pytest.mark.parametrize(
    ("top", "head", "lang", "expected"),
    [
        # the byline prints one day, the metadata another printed nowhere
        (
            '<p class="byline">by Ann Lee, 04 Jun 2020</p>',
            _ld("2019-06-17T00:00:00+00:00"),
            "en",
            "2020-06-04",
        ),
        ('<div class="meta"><span class="date">25.01.2022</span> Umwelt</div>',
         _og("2022-01-15"), "de", "2022-01-25"),
        ('<p class="date">Publié le 3 mai 2022</p>',
         _ld("2021-05-03T10:00:00+02:00"), "fr", "2022-05-03"),
        ('<time datetime="2023-11-08">8 November 2023</time>',
         _og("2023-11-01T09:00:00Z"), "en", "2023-11-08"),
        ('<div class="fecha">4 de mayo de 2022</div>',
         _ld("2022-03-04T08:00:00-03:00"), "es", "2022-05-04"),
    ],
)  # fmt: skip
def test_a_metadata_day_shown_nowhere_yields_to_the_printed_day(
    top: str, head: str, lang: str, expected: str
) -> None:
    art = newsmeta.extract(_page(top, head, lang), _URL, now=NOW)
    assert _day(art.date_published) == expected


def test_a_day_printed_as_updated_does_not_move_the_publication_date() -> None:
    # issue 14: the merge never moves a timestamp to a day printed under another label
    top = '<p class="byline">by Ann Lee, last updated 04 Jun 2020</p>'
    head = _ld("2019-06-17T00:00:00+00:00", "2020-06-04T16:41:46+00:00")
    art = newsmeta.extract(_page(top, head, "en"), _URL, now=NOW)
    assert _day(art.date_published) == "2019-06-17"
    assert _day(art.date_modified) == "2020-06-04"


@pytest.mark.parametrize(
    ("top", "head", "lang", "url", "expected"),
    [
        # the metadata day is in the page's address
        ('<p class="date">25.01.2022</p>', _og("2022-01-15"), "de",
         "https://news.example/2022/01/15/harbour-budget", "2022-01-15"),
        # two printed days that disagree say nothing
        ('<p class="date">25.01.2022</p><p class="date">27.01.2022</p>', _og("2022-01-15"), "de",
         _URL, "2022-01-15"),
        # "11/01/2021" is the metadata day read month first
        ('<p class="date">Stand: 11/01/2021, 05:00</p>', _ld("2021-11-01T05:00:14"), "de",
         _URL, "2021-11-01"),
        # a UTC stamp after midnight is the printed day elsewhere
        ('<p class="date">3 de mayo de 2022</p>', _og("2022-05-04T00:25:56Z"), "es",
         _URL, "2022-05-03"),
        # the metadata day is printed too
        ('<p class="date">15.01.2022</p><p class="date">25.01.2022</p>', _og("2022-01-15"), "de",
         _URL, "2022-01-15"),
        # a labelled updated line is the modified date, not a rival published one
        ('<p class="date">Updated March 5, 2024</p>',
         _ld("2024-01-10T09:00:00Z", "2024-03-05T10:00:00Z"), "en", _URL, "2024-01-10"),
    ],
)  # fmt: skip
def test_the_metadata_day_is_kept(top: str, head: str, lang: str, url: str, expected: str) -> None:
    art = newsmeta.extract(_page(top, head, lang), url, now=NOW)
    assert _day(art.date_published) == expected


def test_a_teaser_list_date_does_not_displace_the_metadata_day() -> None:
    side = (
        '<aside class="related"><ul><li><a href="/x">Other story</a> '
        '<span class="date">March 3, 2022</span></li><li><a href="/y">Third story</a> '
        '<span class="date">March 4, 2022</span></li></ul></aside>'
    )
    art = newsmeta.extract(_page("", _og("2022-01-15"), "en", side), _URL, now=NOW)
    assert _day(art.date_published) == "2022-01-15"


def _ld_raw(published: str) -> str:
    return (
        '<script type="application/ld+json">{"@type":"NewsArticle",'
        f'"headline":"Council approves harbour budget","datePublished":"{published}"}}'
        "</script>"
    )


@pytest.mark.parametrize(
    ("top", "head", "lang", "url", "expected"),
    [
        # a later slash date with a day above 12 shows the page writes the day first
        ('<p class="date">Published 03/04/2022 · Updated 15/04/2022</p>', "", "en", _URL,
         "2022-04-03"),
        ('<p class="date">03/04/2022</p><p class="updated">Updated: 25/04/2022</p>', "",
         "en-US", _URL, "2022-04-03"),
        # ... or the month first, on a page whose language writes the day first
        ('<p class="date">11/01/2021</p><p class="updated">Aktualisiert: 11/25/2021</p>', "",
         "de", _URL, "2021-11-01"),
        # an unambiguous reading of the same date decides: a month name, ISO, the address
        ('<p class="date">3. April 2022</p>', _ld_raw("03/04/2022"), "de", _URL, "2022-04-03"),
        ('<p class="date">04/03/2022</p>', _ld_raw("2022-04-03T10:00:00+02:00"), "fr", _URL,
         "2022-04-03"),
        ('<p class="date">04/03/2022</p>', "", "en-GB",
         "https://news.example/2022/04/03/harbour-budget", "2022-04-03"),
        # nothing on the page decides: the language does
        ('<p class="date">04/03/2022</p>', "", "en-GB", _URL, "2022-03-04"),
        ('<p class="date">04/03/2022</p>', "", "en-US", _URL, "2022-04-03"),
        ('<p class="date">04/03/2022</p><p class="updated">Updated 05/03/2022</p>', "", "es",
         _URL, "2022-03-04"),
    ],
)  # fmt: skip
def test_slash_dates_follow_the_order_the_page_shows(
    top: str, head: str, lang: str, url: str, expected: str
) -> None:
    art = newsmeta.extract(_page(top, head, lang), url, now=NOW)
    assert _day(art.date_published) == expected


def test_the_updated_date_follows_the_page_order_too() -> None:
    top = '<p class="date">Published 14/03/2022 · Updated 05/04/2022</p>'
    art = newsmeta.extract(_page(top, "", "en-US"), _URL, now=NOW)
    assert _day(art.date_published) == "2022-03-14"
    assert _day(art.date_modified) == "2022-04-05"


@pytest.mark.parametrize(
    ("top", "head", "lang"),
    [
        ('<p class="date">Published 1 March 2024, updated 5 March 2024</p>',
         _og("2024-03-05T10:00:00Z"), "en"),
        ('<p class="date">Published 1 March 2024 · Updated 5 March 2024</p>',
         _ld("2024-03-05T10:00:00Z", "2024-03-05T10:00:00Z"), "en"),
        ('<p class="published">Veröffentlicht am 1. März 2024</p>'
         '<p class="updated">Aktualisiert am 5. März 2024</p>',
         _og("2024-03-05T10:00:00+01:00"), "de"),
        ('<p class="date">Updated 5 March 2024 | Published 1 March 2024</p>',
         _og("2024-03-05T10:00:00Z"), "en"),
        ('<p class="date">Publié le 1 mars 2024, mis à jour le 5 mars 2024</p>',
         _ld("2024-03-05T10:00:00+01:00"), "fr"),
        ('<p class="fecha">Publicado el 1 de marzo de 2024 | Actualizado el 5 de marzo de '
         "2024</p>", _og("2024-03-05T10:00:00-03:00"), "es"),
    ],
)  # fmt: skip
def test_one_metadata_timestamp_on_the_updated_day_is_not_the_publication(
    top: str, head: str, lang: str
) -> None:
    # The page prints both days; the metadata's one timestamp is the day printed under
    # "Updated": the day printed under "Published" is the publication.
    art = newsmeta.extract(_page(top, head, lang), _URL, now=NOW)
    assert _day(art.date_published) == "2024-03-01"
    assert _day(art.date_modified) == "2024-03-05"


@pytest.mark.parametrize(
    ("top", "lang"),
    [
        ('<p><span class="label">Updated:</span> <span class="date">March 5, 2024</span></p>',
         "en"),
        ('<div><h4 class="ts-title">Zuletzt geändert am:</h4><ul class="timestamp-list">'
         '<li class="timestamp-list__item">05.03.2024</li></ul></div>', "de"),
        ('<dl><dt>Last modified</dt><dd class="date">5 March 2024</dd></dl>', "en"),
        ('<p><b>Mis à jour le</b> <span class="date">5 mars 2024</span></p>', "fr"),
    ],
)  # fmt: skip
def test_a_label_printed_before_a_date_element_names_its_field(top: str, lang: str) -> None:
    art = newsmeta.extract(_page(top, _og("2024-03-01T10:00:00Z"), lang), _URL, now=NOW)
    assert _day(art.date_modified) == "2024-03-05"
    assert _day(art.date_published) == "2024-03-01"
