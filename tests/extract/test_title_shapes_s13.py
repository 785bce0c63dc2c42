"""Headline shapes, session 13 (titles on unseen templates, issue 13): a masthead or
section ``<h1>`` repeating a short side of the ``<title>`` while another heading sets the
story's title, an ARIA top heading on a page without ``<h1>``, and a structured-data
headline cut at a length limit. Every page here is written for these tests."""

from __future__ import annotations

import json

import pytest

import newsmeta

URL = "https://www.northgazette.example/2025/03/story-slug"
HEADLINE = "Council delays vote on new budget"
TEXT = (
    "<p>"
    + "The committee reviewed the budget on Monday and agreed to delay the vote. " * 6
    + "</p>"
)


def _title(head: str, body: str, lang: str = "en") -> str | None:
    html = (
        f'<!doctype html><html lang="{lang}"><head><meta charset="utf-8">{head}</head>'
        f"<body>{body}</body></html>"
    )
    return newsmeta.extract(html, url=URL).title


@pytest.mark.parametrize(
    ("title", "masthead", "heading"),
    [
        # A blog theme: the site's name as the <h1>, the post's title an entry-title <h2>.
        (
            f"{HEADLINE} - Harbour Musings",
            "<div id='top'><h1>Harbour Musings</h1></div>",
            f"<h2 class='entry-title'>{HEADLINE}</h2>",
        ),
        (
            f"{HEADLINE} « Harbour Musings",
            "<div id='page'><h1 id='blog-name'>Harbour Musings</h1></div>",
            f"<h2>{HEADLINE}</h2>",
        ),
        (
            f"Harbour Musings: {HEADLINE}",
            "<div class='head'><h1>Harbour Musings</h1></div>",
            f"<h2 class='entry-title'><a href='{URL}' rel='bookmark'>{HEADLINE}</a></h2>",
        ),
        # A section's banner over the story.
        (
            f"{HEADLINE} - Sport - North Gazette",
            "<div class='band'><h1>Sport</h1></div>",
            f"<h3>{HEADLINE}</h3>",
        ),
    ],
)
def test_an_h1_naming_a_short_side_of_the_title_yields_to_the_story_heading(
    title: str, masthead: str, heading: str
) -> None:
    body = f"{masthead}<div class='col'>{heading}{TEXT}</div>"
    assert _title(f"<title>{title}</title>", body) == HEADLINE


def test_the_affix_h1_yields_to_a_heading_the_social_card_names() -> None:
    head = f"<title>Sport | North Gazette</title><meta property='og:title' content='{HEADLINE}'>"
    body = f"<div class='band'><h1>Sport</h1></div><article><h2>{HEADLINE}</h2>{TEXT}</article>"
    assert _title(head, body) == HEADLINE


def test_the_masthead_rule_works_in_other_scripts() -> None:
    headline = "Горсовет отложил голосование по бюджету"
    head = f"<title>{headline} — Северная газета</title>"
    body = f"<div class='top'><h1>Северная газета</h1></div><div><h2>{headline}</h2>{TEXT}</div>"
    assert _title(head, body, lang="ru") == headline


def test_a_short_headline_no_other_heading_contradicts_stays() -> None:
    head = "<title>Fair supply chains - Youth Association of the Northern District</title>"
    body = f"<div class='c'><h1>Fair supply chains</h1><h2>Background</h2>{TEXT}</div>"
    assert _title(head, body) == "Fair supply chains"


def test_an_aria_top_heading_heads_a_page_without_h1() -> None:
    head = (
        "<title>North Gazette</title>"
        f"<meta property='og:title' content='{HEADLINE} - North Gazette'>"
    )
    body = f"<div class='app'><span role='heading' aria-level='1'>{HEADLINE}</span>{TEXT}</div>"
    assert _title(head, body) == HEADLINE


def test_a_lower_aria_heading_is_not_the_headline() -> None:
    head = (
        f"<title>{HEADLINE} - North Gazette</title><meta property='og:title' content='{HEADLINE}'>"
    )
    body = (
        "<div class='sidebar'><div role='heading' aria-level='2'>Most read</div></div>"
        f"<main>{TEXT}</main>"
    )
    assert _title(head, body) == HEADLINE


LONG = (
    "Council delays vote on new budget after residents fill the town hall to protest "
    "against cuts to libraries, buses and the swimming pool"
)


@pytest.mark.parametrize("cut", [110, LONG.rfind(" ", 0, 110)])
def test_a_structured_headline_cut_at_a_length_limit_yields_to_the_whole_title(
    cut: int,
) -> None:
    data = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": LONG[:cut]}
    head = (
        f"<script type='application/ld+json'>{json.dumps(data)}</script>"
        f"<meta property='og:title' content='{LONG}'>"
    )
    assert _title(head, f"<div class='c'>{TEXT}</div>") == LONG


def test_a_short_structured_headline_is_not_taken_for_a_cut_one() -> None:
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": "Council delays vote",
    }
    head = (
        f"<script type='application/ld+json'>{json.dumps(data)}</script>"
        f"<meta property='og:title' content='{HEADLINE}'>"
    )
    assert _title(head, f"<div class='c'>{TEXT}</div>") == "Council delays vote"
