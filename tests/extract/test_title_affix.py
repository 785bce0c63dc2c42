"""A page whose only title is its ``<title>`` with a site affix the page names nowhere else."""

from __future__ import annotations

import pytest

import newsmeta


def _title(title: str) -> str | None:
    html = f"<html><head><title>{title}</title></head><body><p>Short text.</p></body></html>"
    return newsmeta.extract(html, "https://news.example/a/1").title


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        (
            "Council reopens the old railway bridge | Valley Ledger",
            "Council reopens the old railway bridge",
        ),
        (
            "Valley Ledger » Council reopens the old railway bridge",
            "Council reopens the old railway bridge",
        ),
        (
            "Flächenverbrauch für Fleisch und Milch • Grünblatt",
            "Flächenverbrauch für Fleisch und Milch",
        ),
        # a pipe written without spaces sets the affix apart as well
        (
            "Talbote|Neue Radwege entlang der Uferstraße geplant",
            "Neue Radwege entlang der Uferstraße geplant",
        ),
        (
            "Cómo cambiar la cadena de una bicicleta urbana|Pedal",
            "Cómo cambiar la cadena de una bicicleta urbana",
        ),
        # after a dash, a name (capitalised words, at most three) is the site
        (
            "Five ways to keep rosemary alive indoors - Window Garden",
            "Five ways to keep rosemary alive indoors",
        ),
        (
            "Neue Buslinie verbindet die Vororte mit dem Bahnhof – Kreisbote Süd",
            "Neue Buslinie verbindet die Vororte mit dem Bahnhof",
        ),
        # Chinese and Japanese titles: a full-width bar, an underscore between characters
        ("河川敷の清掃活動に過去最多の参加者｜緑谷新聞", "河川敷の清掃活動に過去最多の参加者"),
        ("河岸清洁活动吸引创纪录人数_绿谷新闻网", "河岸清洁活动吸引创纪录人数"),
        # a breadcrumb written with ">" (the one long part of three, or a short affix)
        (
            "Council approves the new harbour budget &gt; Politics &gt; Bay Herald",
            "Council approves the new harbour budget",
        ),
        (
            "Bay Herald &gt; Council approves the new harbour budget",
            "Council approves the new harbour budget",
        ),
    ],
)
def test_a_short_affix_after_a_pipe_like_separator_is_cut(title: str, expected: str) -> None:
    assert _title(title) == expected


@pytest.mark.parametrize(
    "title",
    [
        # dashes and colons join a headline's own parts
        "Professionell entlöten – so machen Sie es richtig",
        "Review: the new compact camera",
        "Huts open early - the dry spring made it possible",
        "Riverside 2 - 1 Harbour United",
        # a short headline, or a title-case second part nearly as long: nothing to cut
        "Rezept - Schnelle Gemüsesuppe",
        "Storm Hits Coast - What We Know",
        # after a title-case headline, or a single word, a capitalised part may be its own
        "This Town Fined Pupils for Late Homework – Until Now",
        "Harbour Holdings Ltd (HHL)- Share Buyback Notice - Coastal Exchange",
        "Hund verjagt nächtlichen Einbrecher – Zeugenaufruf",
        "Die Dampflokomotiven der Nachkriegszeit - Teil 12",
        # two long sides, or a short headline: nothing to cut
        "Council reopens the old railway bridge | Weather warning for the coast tonight",
        "Bridge | Valley Ledger",
        "Bridge|Valley Ledger",
        "Why snake_case still wins arguments",
        "蔡健雅_百度百科",
    ],
)
def test_other_titles_are_kept_whole(title: str) -> None:
    assert _title(title) == title


def test_a_tight_pipe_affix_naming_the_known_site_is_cut() -> None:
    html = (
        "<html><head><title>Les marchés de Noël rouvrent|Le Courrier du Val</title>"
        '<meta property="og:site_name" content="Le Courrier du Val"></head>'
        "<body><p>Short text.</p></body></html>"
    )
    art = newsmeta.extract(html, "https://courrier.example/a/1")
    assert art.title == "Les marchés de Noël rouvrent"
