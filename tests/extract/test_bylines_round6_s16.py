"""Bylines, round 6, session 16 (issue 13): whole pages that name many people, of whom only
some wrote the story. A desk's byline ("By Staff Writer", "La Rédaction" alone), "Guest post
by", the editing, translating and picture credits of several languages beside the byline
("Bearbeitet von", "Edición:", "foto di", "写真・", "图/"), "Testo di", and bylines in
other stories' cards that no longer keep the fallback readers from the article's own
unmarked byline. Pages written for these tests (a harbour story)."""

from __future__ import annotations

import pytest
from tests.extract.byline_pages import URL
from tests.extract.byline_pages import names as _names
from tests.extract.byline_pages import page as _page

import newsmeta


@pytest.mark.parametrize(
    ("header", "lang", "want"),
    [
        # a desk's byline: the role alone after "By" is the newsroom's credit
        ('<p class="byline">By Staff Writer</p>', "en", ["Staff Writer"]),
        ('<div class="author-name"><span>By Staff Reporter</span></div>', "en", ["Staff Reporter"]),
        # a role after a name stays a role
        ('<p class="byline">By Tasha Greene, Staff Writer</p>', "en", ["Tasha Greene"]),
        # a guest post's writer
        (
            '<div class="post-meta">Guest post by <a href="/contributors/ingrid">Ingrid '
            "Solberg</a> · March 4, 2025</div>",
            "en",
            ["Ingrid Solberg"],
        ),
        # editing, translating and picture credits beside the byline
        (
            '<p class="byline">Von Lena Hoffmann | Bearbeitet von Tim Roth</p>',
            "de",
            ["Lena Hoffmann"],
        ),
        (
            '<p class="autor">Por Valeria Soto | Edición: Pablo Núñez</p>',
            "es",
            ["Valeria Soto"],
        ),
        (
            '<p class="autore">Testo di Giulia Romano, foto di Marco Rossi</p>',
            "it",
            ["Giulia Romano"],
        ),
        (
            '<p class="auteur">Par Julie Marchand, traduit par Anne Morel</p>',
            "fr",
            ["Julie Marchand"],
        ),
        ('<p class="byline">文・山田太郎　写真・佐藤一郎</p>', "ja", ["山田太郎"]),
        # several writers' bylines in one element, each with its own "By"
        (
            '<div class="bylines"><div class="byline">By <a href="/a/sara">Sara Lindqvist</a>'
            '</div><div class="byline">By <a href="/a/ben">Ben Oduya</a></div><div '
            'class="byline">Photographs by <a href="/p/tom">Tomasz Nowak</a></div></div>',
            "en",
            ["Sara Lindqvist", "Ben Oduya"],
        ),
        ('<p class="autor">Von Anna Berg | Von Tim Roth</p>', "de", ["Anna Berg", "Tim Roth"]),
        # a long name with its particles
        (
            '<p class="autor">Por María José García-Pérez de la Vega</p>',
            "es",
            ["María José García-Pérez de la Vega"],
        ),
        ('<p class="author">文/王小明 图/李华</p>', "zh", ["王小明"]),
    ],
)
def test_credits_beside_the_byline(header: str, lang: str, want: list[str]) -> None:
    assert _names(header, lang) == want


@pytest.mark.parametrize(
    ("header", "lang", "want"),
    [
        # a desk's name alone on the byline's line, no "by"
        ('<div class="signature">La Rédaction</div>', "fr", ["La Rédaction"]),
        ('<p class="firma">Redacción</p>', "es", ["Redacción"]),
        # the fallback readers, on a page whose only other bylines are in teaser cards
        ('<div class="meta">Iris Chen · 5 min read · Mar 3, 2025</div>', "en", ["Iris Chen"]),
        ("<p>김민수 기자</p>", "ko", ["김민수"]),
        (
            '<p><a href="/author/iris-chen">Iris Chen</a> · March 3, 2025</p>',
            "en",
            ["Iris Chen"],
        ),
    ],
)
@pytest.mark.parametrize("teasers", [True, False])
def test_unmarked_byline_beside_teaser_cards(
    header: str, lang: str, want: list[str], teasers: bool
) -> None:
    assert _names(header, lang, teasers) == want


def test_desk_is_an_organisation() -> None:
    art = newsmeta.extract(_page('<p class="byline">By Staff Writer</p>'), url=URL)
    assert [a.kind for a in art.authors] == [newsmeta.AuthorKind.ORGANIZATION]
    art = newsmeta.extract(_page('<div class="signature">La Rédaction</div>', "fr"), url=URL)
    assert [a.kind for a in art.authors] == [newsmeta.AuthorKind.ORGANIZATION]


@pytest.mark.parametrize(
    "header",
    [
        # a desk word inside a longer line is no desk byline
        '<p class="standfirst">La Rédaction vous propose chaque matin une sélection.</p>',
        # "Staff Writer" printed alone, no "by": a role, not a byline
        '<p class="role">Staff Writer</p>',
    ],
)
def test_no_desk_byline(header: str) -> None:
    assert _names(header, "fr" if "Rédaction" in header else "en") == []


def test_teaser_bylines_alone_name_no_one() -> None:
    assert _names('<time datetime="2025-03-04">March 4, 2025</time>') == []


def test_contributors_and_photographers_are_not_authors() -> None:
    after = (
        '<p class="credit">Reporting by Helen Walsh; Additional reporting by Arjun Mehta; '
        "Editing by Frances Kerry</p>"
    )
    assert _names('<div class="byline">By Helen Walsh, Reuters</div>', after=after) == [
        "Helen Walsh"
    ]
