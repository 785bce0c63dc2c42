"""Bylines, round 7, session 16 (issue 13): a byline that goes on with a sentence about the
writer ("By Jane Doe. Jane covers city hall …"), desks worded as phrases ("From staff
reports", "Von unserer Redaktion", "De notre rédaction", "Di redazione", "Redacción
digital"), a job word after a linked name ("Lucía Romero Redactora"), an author-page link on
a line followed by its time, and a byline printed twice. Pages written for these tests (a
harbour story)."""

from __future__ import annotations

import pytest

import newsmeta

URL = "https://harbourcourier.example/news/2025/03/04/harbour-plan"
LINE = "The city council approved the new harbour plan on Tuesday after a long debate. "
TEXT = "<p>" + LINE * 6 + "</p>"
QUOTE = '<p>"We listened," said Marcus Bell, a spokesperson for the council.</p>'
TEASERS = (
    '<section class="related"><h2>Related stories</h2>'
    + "".join(
        f'<article class="teaser"><a href="/news/{i}"><h3>{title}</h3></a>'
        f'<p class="byline">By {name}</p><time datetime="2025-03-0{i}">March {i}, 2025</time>'
        "</article>"
        for i, (title, name) in enumerate(
            [
                ("Bridge repairs delayed until autumn", "Priya Raman"),
                ("New school opens on the hill", "Tomás Ortega"),
                ("Festival returns to the old docks", "Hannah Becker"),
            ],
            start=1,
        )
    )
    + "</section>"
)
COMMENTS = (
    '<section id="comments" class="comments"><ol class="comment-list"><li class="comment">'
    '<div class="comment-author vcard"><b class="fn">Gerald Finch</b> says:</div>'
    "<p>Wider pavements are long overdue.</p></li></ol></section>"
)


def _page(header: str, lang: str = "en", teasers: bool = True, after: str = "") -> str:
    return (
        f'<html lang="{lang}"><head><meta charset="utf-8"><title>Harbour plan | Harbour '
        'Courier</title></head><body><header class="site-header"><a href="/">Harbour '
        'Courier</a><nav><ul><li><a href="/news/">News</a></li></ul></nav></header><main>'
        '<article class="article"><header class="article-header"><h1>Council approves '
        f"harbour plan</h1>{header}</header>"
        '<figure><img src="/img/harbour.jpg" alt=""><figcaption>The old docks. Photo: Liam '
        f"Carter</figcaption></figure>{TEXT}{QUOTE}{TEXT}{after}</article>"
        f"{TEASERS if teasers else ''}</main>{COMMENTS}<footer><p>© 2025 Harbour Courier</p>"
        "</footer></body></html>"
    )


def _names(header: str, lang: str = "en", teasers: bool = True, after: str = "") -> list[str]:
    art = newsmeta.extract(_page(header, lang, teasers, after), url=URL)
    return [a.name for a in art.authors]


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
