"""Headline shapes, session 15 (titles round 4, issue 13): the site's name in round
brackets after the headline, a section set apart by the site's own dash, a mark or a
byline a metadata title adds after the headline, ``<meta itemprop="name">`` in the head,
an AMP web story's title, and a ``<title>`` naming only the site beside several headings.
Every page here is written for these tests."""

from __future__ import annotations

import pytest

import newsmeta

URL = "https://www.harbourgazette.example/news/2025/05/shoreline-cleanup"
SITE = "Harbour Gazette"
HEADLINE = "Volunteers clear tonnes of storm debris from the shoreline"
TEXT = (
    "<p>"
    + "Volunteers gathered at the harbour on Saturday to clear the shore after the storm. " * 6
    + "</p>"
)
SITE_TAG = f"<meta property='og:site_name' content='{SITE}'>"


def _title(head: str, body: str = f"<div class='content'>{TEXT}</div>") -> str | None:
    html = (
        f'<!doctype html><html lang="en"><head><meta charset="utf-8">{head}</head>'
        f"<body>{body}</body></html>"
    )
    return newsmeta.extract(html, url=URL).title


@pytest.mark.parametrize(
    "head",
    [
        f"<title>{HEADLINE} ({SITE})</title>{SITE_TAG}",
        f"<meta property='og:title' content='{HEADLINE} ({SITE})'>{SITE_TAG}",
        # no tag names the site: the bracketed name is the host's
        f"<title>{HEADLINE} ({SITE})</title>",
        f"<title>{HEADLINE} [HarbourGazette.example]</title>",
    ],
)
def test_the_sites_own_name_in_brackets_after_the_headline_is_cut(head: str) -> None:
    assert _title(head) == HEADLINE


def test_another_name_in_round_brackets_stays() -> None:
    title = "Storm damage along the coast larger than first feared (Reuters)"
    assert _title(f"<title>{title}</title>{SITE_TAG}") == title


@pytest.mark.parametrize(
    "title",
    [
        f"{SITE} — Local — {HEADLINE}",
        f"{HEADLINE} - Opinion - {SITE}",
        f"{HEADLINE} – Local News – {SITE}",
    ],
)
def test_a_section_set_apart_by_the_sites_dash_is_cut(title: str) -> None:
    assert _title(f"<title>{title}</title>{SITE_TAG}") == HEADLINE


@pytest.mark.parametrize(
    "title", ["Storm hits coast – thousands without power", "Harbour – the storm in numbers"]
)
def test_a_dash_inside_the_headline_stays(title: str) -> None:
    assert _title(f"<title>{title} – {SITE}</title>{SITE_TAG}") == title


@pytest.mark.parametrize("mark", ["(VIDEO)", "[Photos]", "(Updated)", "(Podcast)", "(vídeo)"])
def test_a_bracketed_mark_after_a_metadata_title_is_cut(mark: str) -> None:
    assert _title(f"<title>{HEADLINE} {mark} | {SITE}</title>{SITE_TAG}") == HEADLINE
    og = f"<meta property='og:title' content='{HEADLINE} {mark}'>{SITE_TAG}"
    assert _title(og) == HEADLINE


def test_a_bracketed_part_of_the_headline_stays() -> None:
    title = "Council approves budget (again) after a long debate"
    assert _title(f"<title>{title} | {SITE}</title>{SITE_TAG}") == title


@pytest.mark.parametrize(
    "author",
    [
        "<meta name='author' content='Jane Doe'>",
        "<meta property='article:author' content='Jane Doe'>",
    ],
)
def test_the_authors_byline_after_a_metadata_title_is_cut(author: str) -> None:
    head = f"<title>{HEADLINE} by Jane Doe | {SITE}</title>{SITE_TAG}{author}"
    assert _title(head) == HEADLINE


def test_by_and_a_name_that_is_no_author_stay() -> None:
    title = "Harbour wall damaged by Storm Ciara overnight"
    head = f"<meta property='og:title' content='{title}'>{SITE_TAG}"
    assert _title(head + "<meta name='author' content='Jane Doe'>") == title


def test_the_heads_itemprop_name_gives_the_title() -> None:
    head = f"<title>{SITE}</title><meta itemprop='name' content='{HEADLINE}'>"
    assert _title(head) == HEADLINE


def test_an_amp_web_storys_title() -> None:
    body = (
        f"<amp-story standalone title='{HEADLINE}' publisher='{SITE}'>"
        "<amp-story-page id='cover'><amp-story-grid-layer template='fill'>"
        "<amp-img src='cover.jpg'></amp-img></amp-story-grid-layer></amp-story-page></amp-story>"
    )
    assert _title(f"<title>{SITE}</title>", body) == HEADLINE


def test_a_title_naming_only_the_site_does_not_outvote_the_story_heading() -> None:
    body = (
        f"<header><h1 class='logo'><a href='/'>{SITE}</a></h1></header>"
        "<div class='section-head'><h1>Local</h1></div>"
        f"<main><article><h1>{HEADLINE}</h1>{TEXT}</article></main>"
        "<div class='modal' role='dialog'><h1>Subscribe to our newsletter</h1></div>"
    )
    assert _title(f"<title>{SITE}</title>", body) == HEADLINE


def test_a_section_heading_beside_a_title_naming_the_story_stays_out() -> None:
    body = f"<div class='section-head'><h1>Local</h1></div><div><h1>{HEADLINE}</h1>{TEXT}</div>"
    assert _title(f"<title>{HEADLINE} | {SITE}</title>", body) == HEADLINE
