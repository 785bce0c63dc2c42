"""Session 15, dates round 5: date signals that were left unread, and dates a page prints
that are not its own (a deadline, an event's slot)."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from date_pages import day as _day
from date_pages import page as _page

import newsmeta

NOW = dt.datetime(2026, 12, 6, 12, tzinfo=dt.timezone.utc)
_URL = "https://news.example/story/harbour-budget"
_DAY = "2024-06-04"


def _published(html: str) -> str | None:
    return _day(newsmeta.extract(html, _URL, now=NOW).date_published)


def _ld(obj: object) -> str:
    return f'<script type="application/ld+json">{json.dumps(obj)}</script>'


@pytest.mark.parametrize(
    "content", ["2024-06-04T09:15:00Z", "2024-06-04 09:15:00", "1717492500", "1717492500000"]
)
@pytest.mark.parametrize("name", ["timestamp", "Timestamp"])
def test_meta_timestamp_dates_the_page(name: str, content: str) -> None:
    assert _published(_page(head=f'<meta name="{name}" content="{content}">')) == _DAY


def test_meta_pubdate_of_eight_digits_stays_a_day_not_a_unix_time() -> None:
    assert _published(_page(head='<meta name="pubdate" content="20240604">')) == _DAY


@pytest.mark.parametrize(
    "node",
    [
        {"@type": "VideoObject", "name": "Harbour", "uploadDate": "2024-06-04T09:15:00+01:00"},
        {"@type": "AudioObject", "name": "Harbour podcast", "uploadDate": "2024-06-04"},
        {
            "@type": "ImageObject",
            "contentUrl": "https://news.example/h.jpg",
            "uploadDate": "2024-06-04",
        },
        {"@type": "PodcastEpisode", "name": "Harbour", "datePublished": "2024-06-04"},
    ],
)
def test_a_media_item_without_an_article_dates_the_page(node: dict[str, str]) -> None:
    assert _published(_page(head=_ld({"@context": "https://schema.org", **node}))) == _DAY


def test_a_media_item_in_a_graph_beside_an_undated_web_page() -> None:
    graph = [
        {"@type": "WebPage", "name": "Harbour"},
        {"@type": "VideoObject", "uploadDate": "2024-06-04"},
    ]
    assert _published(_page(head=_ld({"@context": "https://schema.org", "@graph": graph}))) == _DAY


def test_an_article_date_wins_over_its_embedded_or_separate_video() -> None:
    article = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": "Harbour",
        "datePublished": "2024-06-04",
        "video": {"@type": "VideoObject", "uploadDate": "2023-01-10"},
    }
    assert _published(_page(head=_ld(article))) == _DAY
    og = '<meta property="article:published_time" content="2024-06-04T09:00:00Z">'
    clip = _ld(
        {"@context": "https://schema.org", "@type": "VideoObject", "uploadDate": "2022-02-02"}
    )
    assert _published(_page(head=og + clip)) == _DAY


@pytest.mark.parametrize(
    "attr",
    [
        'data-published="2024-06-04T09:15:00Z"',
        'data-published="1717492500"',
        'data-pubdate="2024-06-04T09:15:00Z"',
        'data-publish-date="2024-06-04"',
        'data-date="2024-06-04T09:15:00Z"',
        'data-timestamp="1717492500000"',
    ],
)
def test_a_publication_attribute_dates_the_page(attr: str) -> None:
    assert _published(_page(f'<div class="meta"><span {attr}>Tuesday</span></div>')) == _DAY


@pytest.mark.parametrize(
    ("line", "lang"),
    [
        ("Published: 3 days ago · Updated: 1 hour ago", "en"),
        ("Updated 1 hour ago | Published 3 days ago", "en"),
        ("By Ann Lee · 3 days ago", "en"),
        ("Veröffentlicht vor 3 Tagen, aktualisiert vor 1 Stunde", "de"),
        ("Publié il y a 3 jours · Mis à jour il y a 1 heure", "fr"),
    ],
)
def test_a_relative_line_of_parts_is_dated_by_its_published_part(line: str, lang: str) -> None:
    assert _published(_page(f"<p>{line}</p>", lang=lang)) == "2026-12-03"


@pytest.mark.parametrize(
    ("line", "lang"),
    [
        ("Offer valid until 30 June 2024.", "en"),
        ("Application deadline: 30 June 2024", "en"),
        ("Gültig bis 30.06.2024", "de"),
        ("30. März 2024, 13:15 Uhr - 19:00 Uhr", "de"),
        ("Thursday, March 28, 2024, 1:00 PM – 7:00 PM", "en"),
    ],
)
def test_a_deadline_or_an_event_slot_is_not_the_page_date(line: str, lang: str) -> None:
    assert _published(_page(f"<p>{line}</p>", lang=lang)) is None


@pytest.mark.parametrize(
    ("line", "lang"),
    [
        ("04.06.2024 - 09:15", "de"),
        ("June 4, 2024 at 9:15 a.m. ET", "en"),
        ("Tuesday 4 June 2024 09.15 BST", "en"),
        ("04.06.2024 um 09:15 Uhr", "de"),
        ("4 juin 2024 à 09h15", "fr"),
    ],
)
def test_a_dateline_with_its_time_is_still_the_page_date(line: str, lang: str) -> None:
    assert _published(_page(f"<p>{line}</p>", lang=lang)) == _DAY
