"""Bylines, round 3, session 14 (issue 13): a label or date before the name, a job and place
after it, "with" between names, credit lists of several jobs, the kind of piece before the
writer, timestamp labels in more languages, author cards with a sentence about the writer,
a lone hCard, and sign-offs after a dash or in a line about the writer. Pages written for
these tests (a footbridge story)."""

from __future__ import annotations

import pytest

import newsmeta

URL = "https://courier.example/news/2025/03/footbridge"
TEXT = "<p>" + "The river council agreed to rebuild the old stone footbridge. " * 8 + "</p>"


def _names(header: str = "", after: str = "", lang: str = "en") -> list[str]:
    html = (
        f'<html lang="{lang}"><head><meta charset="utf-8"><title>Footbridge | Riverside '
        'Courier</title></head><body><header class="site-header"><a href="/">Riverside '
        "Courier</a></header><main><article><h1>Council to rebuild stone footbridge</h1>"
        f"{header}{TEXT}{TEXT}{after}</article></main><footer><p>© 2025 Riverside Courier "
        "Ltd</p></footer></body></html>"
    )
    return [a.name for a in newsmeta.extract(html, url=URL).authors]


@pytest.mark.parametrize(
    ("header", "lang", "want"),
    [
        # a job with its place after a comma: "en" is no "and" there
        (
            '<p class="byline">Por <a href="/autor/ms">Marta Solís</a>, corresponsal en '
            "Bruselas</p>",
            "es",
            ["Marta Solís"],
        ),
        ('<p class="byline">Por Ana Sousa, de Lisboa</p>', "pt", ["Ana Sousa"]),
        (
            '<p class="byline">Por Ana Lima e Rui Costa, de São Paulo</p>',
            "pt",
            ["Ana Lima", "Rui Costa"],
        ),
        # "with" between two names; not before a phrase
        (
            '<p class="byline">By Finn Doyle with Ama Boateng</p>',
            "en",
            ["Finn Doyle", "Ama Boateng"],
        ),
        ('<p class="byline">Par Julie Martin avec AFP</p>', "fr", ["Julie Martin"]),
        ('<p class="byline">By Finn Doyle in conversation with Ama</p>', "en", []),
        (
            '<p class="byline">By Dana Reyes with additional reporting from Lee Chan</p>',
            "en",
            ["Dana Reyes"],
        ),
        # the German "mit" is not read: "im Gespräch mit" names whom the writer talks to
        ('<p class="article-author">Lena Vogt im Gespräch mit Karl Brandt</p>', "de", []),
        # an agency in brackets as the only credit
        ('<p class="byline">(AFP)</p>', "en", ["AFP"]),
        # a credit list of several jobs: every writer's credit counts, editing does not
        (
            '<p class="credits">Reporting by Ivy Chen in Taipei; Writing by Sam Holt; '
            "Editing by Ben Ray</p>",
            "en",
            ["Ivy Chen", "Sam Holt"],
        ),
        # a label or a date before the first separator
        (
            '<div class="byline"><span class="label">Opinion</span> | '
            '<a href="/people/roy-adams">Roy Adams</a></div>',
            "en",
            ["Roy Adams"],
        ),
        ('<div class="byline">11 March 2025 · Jane Doe</div>', "en", ["Jane Doe"]),
        ('<div class="byline">Opinion | Politics</div>', "en", []),
        # not after another credit's label (a picture's, a sponsor's)
        ('<div class="byline">Photo | Jane Doe</div>', "en", []),
        ('<div class="byline">Sponsored | Harbour Bank</div>', "en", []),
        ('<div class="byline">11 March 2025 · 5 min read</div>', "en", []),
        # the kind of piece before its writer
        ('<p class="credit">Commentary by Omar Reyes</p>', "en", ["Omar Reyes"]),
        ('<p class="credit">Guest column by Omar Reyes</p>', "en", ["Omar Reyes"]),
        ('<p class="autore">A cura di Mario Rossi</p>', "it", ["Mario Rossi"]),
        ('<p class="autor">Reportagem de Ana Lima</p>', "pt", ["Ana Lima"]),
        # a timestamp label ends the name, in more languages
        ('<p class="byline">Text: Maja Berg Publicerad 11 mars 2025</p>', "sv", ["Maja Berg"]),
        # a full-width bracket; a Korean wire dateline before the name
        ('<p class="author">文：山田太郎（政治部）</p>', "ja", ["山田太郎"]),
        ('<p class="byline">(서울=연합뉴스) 김민수 기자 =</p>', "ko", ["김민수"]),
    ],
)
def test_byline_grammar_round3(header: str, lang: str, want: list[str]) -> None:
    assert _names(header, lang=lang) == want


@pytest.mark.parametrize(
    ("header", "after", "want"),
    [
        # an author card: a heading "About the author", the name in bold in its sentence
        (
            "",
            '<section class="post-author"><h3>About the author</h3><p><strong>Helena '
            "Marsh</strong> covers local government for the Courier.</p></section>",
            ["Helena Marsh"],
        ),
        (
            "",
            '<div class="author-info"><span class="label">Written by</span><a '
            'href="/author/ravi">Ravi Kapoor</a><p>Ravi writes on energy and climate.</p></div>',
            ["Ravi Kapoor"],
        ),
        (
            "",
            '<div class="bio-auteur"><h3>À propos de l\'auteur</h3><p><strong>Claire '
            "Dubois</strong> est journaliste.</p></div>",
            ["Claire Dubois"],
        ),
        # a lone hCard names the writer; a contact card (an address) does not
        (
            '<p class="post-info"><span class="vcard"><span class="fn">Owen Pryce</span>'
            "</span> · <time>11 March 2025</time></p>",
            "",
            ["Owen Pryce"],
        ),
        (
            '<div class="event"><div class="vcard"><span class="fn org">Riverside Hall</span>'
            '<span class="adr">3 Quay St</span></div></div>',
            "",
            [],
        ),
        # sign-offs: a full name after a dash, a line about the writer in italics
        ("", "<p>— Hanna Lindqvist</p>", ["Hanna Lindqvist"]),
        (
            "",
            "<p><em>Maya Ortiz is a freelance writer based in Denver.</em></p>",
            ["Maya Ortiz"],
        ),
        (
            "",
            "<blockquote><p>A bridge is a promise kept.</p><p>— Ada Holm</p></blockquote>",
            [],
        ),
        (
            "",
            "<p><em>Ada Holm is a professor of civil engineering at the Polytechnic.</em></p>",
            [],
        ),
        (
            "",
            "<p>Ada Holm is a writer who lives by the river and fought for the bridge.</p>",
            [],
        ),
    ],
)
def test_cards_and_signoffs_round3(header: str, after: str, want: list[str]) -> None:
    assert _names(header, after) == want


@pytest.mark.parametrize(
    ("header", "lang", "want"),
    [
        # a dated credit line in more languages, or opened by a date in digits, with a "by"
        # word or a writer's label inside
        (
            '<p class="meta">Opublikowano 11.03.2025, autor: Jan Kowalski</p>',
            "pl",
            ["Jan Kowalski"],
        ),
        (
            '<p class="meta">Julkaistu 11.3.2025 | Teksti: Aino Virtanen</p>',
            "fi",
            ["Aino Virtanen"],
        ),
        ('<p class="meta">11.03.2025, 14:05 Uhr | Von Lena Vogt</p>', "de", ["Lena Vogt"]),
        ('<p class="meta">Postado por Ana Lima em 11/03/2025</p>', "pt", ["Ana Lima"]),
        ('<p class="meta">Opublikowano 11.03.2025</p>', "pl", []),
        ("<p>11.03.2025 – Die Brücke wurde von Hochwasser beschädigt.</p>", "de", []),
        ('<p class="meta">2025-03-11 · Updated by the web team</p>', "en", []),
        # author elements side by side with nothing between them
        (
            '<div class="authors"><span class="author">Lena Vogt</span>'
            '<span class="author">Karl Brandt</span></div>',
            "en",
            ["Lena Vogt", "Karl Brandt"],
        ),
        # share buttons and handles in brackets beside the names
        ('<div class="byline">By Jane Doe Share Tweet Email</div>', "en", ["Jane Doe"]),
        (
            '<div class="byline">By <a href="/people/jd">Jane Doe</a> (@janedoe) and '
            '<a href="/people/br">Ben Ray</a> (@benray)</div>',
            "en",
            ["Jane Doe", "Ben Ray"],
        ),
        # the kind of piece before the writer: "von" is no particle of a name there
        ('<p class="autor">Gastbeitrag von Lena Vogt</p>', "de", ["Lena Vogt"]),
        ('<p class="auteur">Une tribune de Julie Martin</p>', "fr", ["Julie Martin"]),
    ],
)
def test_dated_lines_and_side_by_side_round3(header: str, lang: str, want: list[str]) -> None:
    assert _names(header, lang=lang) == want


def test_a_company_box_is_no_byline() -> None:
    # German "Firma" is a company: its class is no byline class
    after = '<div class="firma">Stadtwerke Nord GmbH</div>'
    assert _names(after=after, lang="de") == []
