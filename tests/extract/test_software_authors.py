"""A bot or an AI model named as the writer is an author of kind ``software``."""

from __future__ import annotations

import pytest

import newsmeta
from newsmeta import Article, Author, AuthorKind, from_jsonld, to_jsonld

_PROSE = "<p>" + "The council approved the harbour budget after a long debate. " * 5 + "</p>"


def _authors(byline: str, head: str = "") -> list[tuple[str, AuthorKind]]:
    html = (
        f"<html lang='en'><head>{head}</head><body><article><h1>Council approves harbour "
        f"budget</h1><p class='byline'>{byline}</p>{_PROSE}</article></body></html>"
    )
    article = newsmeta.extract(html, "https://harbour.example/a/1")
    return [(a.name, a.kind) for a in article.authors]


@pytest.mark.parametrize(
    ("byline", "name"),
    [("By NewsBot", "NewsBot"), ("Written by GPT-4", "GPT-4"), ("By Harbour Bot", "Harbour Bot")],
)
def test_a_bot_byline_names_software(byline: str, name: str) -> None:
    assert _authors(byline) == [(name, AuthorKind.SOFTWARE)]


@pytest.mark.parametrize("byline", ["By Dana Reyes, with help from AI", "By Dana Reyes"])
def test_a_person_helped_by_ai_stays_a_person(byline: str) -> None:
    assert _authors(byline) == [("Dana Reyes", AuthorKind.PERSON)]


def test_a_software_application_author_in_json_ld() -> None:
    head = (
        '<script type="application/ld+json">{"@context": "https://schema.org", "@type": '
        '"NewsArticle", "headline": "Council approves harbour budget", "author": '
        '{"@type": "SoftwareApplication", "name": "HarbourBot"}}</script>'
    )
    assert ("HarbourBot", AuthorKind.SOFTWARE) in _authors("", head)


def test_software_round_trips_through_json_ld() -> None:
    article = Article(
        title="Council approves harbour budget",
        authors=(Author(name="HarbourBot", kind=AuthorKind.SOFTWARE),),
    )
    node = to_jsonld(article)
    assert node["author"][0]["@type"] == "SoftwareApplication"
    assert from_jsonld(node).authors == article.authors
