"""Bylines, round 7, session 16 (issue 13): a byline that goes on with a sentence about the
writer ("By Jane Doe. Jane covers city hall …"), desks worded as phrases ("From staff
reports", "Von unserer Redaktion", "De notre rédaction", "Di redazione", "Redacción
digital"), a job word after a linked name ("Lucía Romero Redactora"), an author-page link on
a line followed by its time, and a byline printed twice. Pages written for these tests (a
harbour story)."""

from __future__ import annotations

import pytest
from tests.extract.byline_pages import URL
from tests.extract.byline_pages import names as _names
from tests.extract.byline_pages import page as _page

import newsmeta

T = '<time datetime="2025-03-04">March 4, 2025</time>'


@pytest.mark.parametrize(
    ("header", "lang", "want"),
    [
        # a sentence about the writer after the name: the name, not the sentence
        (
            '<div class="byline">By Jane Doe. Jane covers city hall and the port.</div>' + T,
            "en",
            ["Jane Doe"],
        ),
        (
            '<div class="byline">By <a href="/staff/jane-doe">Jane Doe</a>. She has covered '
            "city hall since 2019.</div>" + T,
            "en",
            ["Jane Doe"],
        ),
        (
            '<p class="autor">Von Max Muster. Der Autor ist Korrespondent in Brüssel.</p>' + T,
            "de",
            ["Max Muster"],
        ),
        (
            '<p class="autor">Por Lucía Romero. Lucía es periodista y escribe sobre '
            "urbanismo.</p>" + T,
            "es",
            ["Lucía Romero"],
        ),
        (
            '<p class="autore">di Marco Rossi. Giornalista, scrive di politica e ambiente.</p>' + T,
            "it",
            ["Marco Rossi"],
        ),
        # controls: initials and titles before a stop are no sentence
        (
            '<div class="byline">By Dr. Ana Ruiz and Tom Hale</div>' + T,
            "en",
            ["Dr. Ana Ruiz", "Tom Hale"],
        ),
        ('<div class="byline">By Jane Doe and Tom Hale</div>' + T, "en", ["Jane Doe", "Tom Hale"]),
        # desks worded as phrases: the desk, an organisation
        ('<p class="byline">From staff reports</p>' + T, "en", ["Staff reports"]),
        ('<p class="byline">Staff and wire reports</p>' + T, "en", ["Staff and wire reports"]),
        ('<p class="author">Von unserer Redaktion</p>' + T, "de", ["Redaktion"]),
        ('<p class="auteur">De notre rédaction</p>' + T, "fr", ["Rédaction"]),
        ('<p class="autore">Di Redazione</p>' + T, "it", ["Redazione"]),
        ('<p class="autor">Redacción digital</p>' + T, "es", ["Redacción digital"]),
        ('<p class="autor">Por la redacción</p>' + T, "es", ["Redacción"]),
        ('<p class="byline">By Staff Writer</p>' + T, "en", ["Staff Writer"]),
        # a linked name with a role or place in another language
        (
            '<p class="byline">Text: <a href="/skribent/anna-berg">Anna Berg</a>, Stockholm</p>'
            + T,
            "sv",
            ["Anna Berg"],
        ),
        ('<p class="author"><a href="/author/liming">李明</a> 记者</p>' + T, "zh", ["李明"]),
        (
            '<p class="yazar">Yazan: <a href="/yazar/ayse-kaya">Ayşe Kaya</a></p>' + T,
            "tr",
            ["Ayşe Kaya"],
        ),
        (
            '<p class="meta"><a href="/auteur/lea-martin">Léa Martin</a>, à Lyon</p>' + T,
            "fr",
            ["Léa Martin"],
        ),
        (
            '<div class="firma"><a href="/autor/lucia-romero">Lucía Romero</a> Redactora · '
            "Madrid</div>" + T,
            "es",
            ["Lucía Romero"],
        ),
    ],
)
def test_round7_bylines(header: str, lang: str, want: list[str]) -> None:
    assert _names(header, lang) == want


def test_desk_phrase_is_an_organisation() -> None:
    art = newsmeta.extract(_page('<p class="author">Von unserer Redaktion</p>' + T, "de"), url=URL)
    assert [(a.name, a.kind) for a in art.authors] == [
        ("Redaktion", newsmeta.AuthorKind.ORGANIZATION)
    ]


def test_byline_printed_twice_is_one_set() -> None:
    names = _names(
        '<p class="byline">By Jane Doe and Tom Hale</p>' + T,
        after='<p class="byline">By Jane Doe and Tom Hale</p>',
    )
    assert names == ["Jane Doe", "Tom Hale"]
