"""Bylines, round 4, session 15 (issue 13): a dateline's place printed alone where a byline
goes, name particles (bin, al-, "von" inside a name), the Greek genitive byline, "written
by" in more languages, lists of authors as list items, and a schema.org name or author on a
link. Pages written for these tests (a lighthouse story)."""

from __future__ import annotations

import pytest

import newsmeta

URL = "https://harbour.example/2025/03/lighthouse-cottage"
TEXT = "<p>" + "The harbour trust voted to repaint the lighthouse keeper's cottage. " * 8 + "</p>"


def _article(header: str = "", after: str = "", lang: str = "en") -> newsmeta.Article:
    html = (
        f'<html lang="{lang}"><head><meta charset="utf-8"><title>Lighthouse | Harbour '
        'Notes</title></head><body><header class="site-header"><a href="/">Harbour Notes</a>'
        "</header><main><article><h1>Trust to repaint lighthouse cottage</h1>"
        f"{header}{TEXT}{TEXT}{after}</article></main><footer><p>© 2025 Harbour Notes</p>"
        "</footer></body></html>"
    )
    return newsmeta.extract(html, url=URL)


def _names(header: str = "", after: str = "", lang: str = "en") -> list[str]:
    return [a.name for a in _article(header, after, lang).authors]


@pytest.mark.parametrize(
    ("header", "lang", "want"),
    [
        # the place a story is filed from, alone where the byline goes: no name
        ('<p class="byline">De Lisboa</p>', "pt", []),
        ('<p class="byline">Desde Madrid</p>', "es", []),
        ('<p class="byline">Da Roma</p>', "it", []),
        # ... and after a name, still cut
        ('<p class="byline">Por Rui Tavares, de Lisboa</p>', "pt", ["Rui Tavares"]),
        # the particles of Arabic and Malay names, and "von" inside a German name
        ('<p class="byline">By Ahmad bin Ismail</p>', "en", ["Ahmad bin Ismail"]),
        ('<p class="byline">By Omar al-Rashid</p>', "en", ["Omar al-Rashid"]),
        ('<p class="byline">Von Anna von Stein</p>', "de", ["Anna von Stein"]),
        # Greek prints the writer in the genitive after its article
        ('<p class="byline">Του Γιώργου Παπαδόπουλου</p>', "el", ["Γιώργου Παπαδόπουλου"]),
        ('<p class="byline">Της Μαρίας Νικολάου</p>', "el", ["Μαρίας Νικολάου"]),
        # "written by" in more languages, and the Turkish plural label
        ('<p class="meta">Skrevet af Mette Holm</p>', "da", ["Mette Holm"]),
        ('<p class="meta">Skriven av Elsa Lind</p>', "sv", ["Elsa Lind"]),
        ('<p class="meta">Napisane przez Ewa Zając</p>', "pl", ["Ewa Zając"]),
        ('<p class="meta">Опубликовал: Иван Петров</p>', "ru", ["Иван Петров"]),
        ('<p class="meta">投稿者：鈴木一郎</p>', "ja", ["鈴木一郎"]),
        (
            '<p class="byline">Yazarlar: Elif Kaya ve Can Öztürk</p>',
            "tr",
            ["Elif Kaya", "Can Öztürk"],
        ),
    ],
)
def test_byline_grammar_round4(header: str, lang: str, want: list[str]) -> None:
    assert _names(header, lang=lang) == want


@pytest.mark.parametrize(
    "header",
    [
        # a list of authors, one name per item (a Ghost-style author list)
        '<ul class="authors"><li><a href="/a/1">Priya Raman</a></li>'
        '<li><a href="/a/2">Tom Lisle</a></li></ul>',
        '<div class="article-byline-content"><ul class="author-list">'
        '<li class="author-list-item"><a href="/author/a/">Priya Raman</a></li>'
        '<li class="author-list-item"><a href="/author/b/">Tom Lisle</a></li></ul></div>',
    ],
)
def test_author_list_items(header: str) -> None:
    assert _names(header) == ["Priya Raman", "Tom Lisle"]


@pytest.mark.parametrize(
    "header",
    [
        # microdata: the Person's name on a link to the profile
        '<div itemscope itemtype="https://schema.org/Article"><span itemprop="author" '
        'itemscope itemtype="https://schema.org/Person"><a itemprop="name" '
        'href="/author/wendy">Wendy Okafor</a></span></div>',
        # microdata: the author property on a link, no Person item
        '<div itemscope itemtype="https://schema.org/Article"><a itemprop="author" '
        'href="/author/wendy-okafor">Wendy Okafor</a></div>',
        # RDFa: the same two shapes
        '<div vocab="https://schema.org/" typeof="Article"><span property="author" '
        'typeof="Person"><a property="name" href="/author/wendy">Wendy Okafor</a></span></div>',
        '<div vocab="https://schema.org/" typeof="Article"><a property="author" '
        'href="/author/wendy-okafor">Wendy Okafor</a></div>',
    ],
)
def test_structured_name_on_a_link(header: str) -> None:
    assert _names(header) == ["Wendy Okafor"]


def test_structured_author_link_gives_the_profile_url() -> None:
    header = (
        '<div itemscope itemtype="https://schema.org/Article"><a itemprop="author" '
        'href="https://harbour.example/author/wendy-okafor">Wendy Okafor</a></div>'
    )
    (author,) = _article(header).authors
    assert author.name == "Wendy Okafor"
    assert author.url == "https://harbour.example/author/wendy-okafor"


@pytest.mark.parametrize(
    ("header", "want"),
    [
        # a link whose text is a label, not a name: the printed byline wins
        (
            '<div itemscope itemtype="https://schema.org/Article"><p class="byline">By Wendy '
            'Okafor</p><a itemprop="author" href="/author/wendy-okafor">More articles by this '
            "author</a></div>",
            ["Wendy Okafor"],
        ),
        # a particle ends no name
        ('<p class="byline">By Ahmad bin</p>', []),
        # a byline list's items: the name, then its date and reading time
        (
            '<ul class="byline"><li>By Ama Boateng</li><li>March 4, 2025</li>'
            "<li>5 min read</li></ul>",
            ["Ama Boateng"],
        ),
    ],
)
def test_round4_negatives(header: str, want: list[str]) -> None:
    assert _names(header) == want
