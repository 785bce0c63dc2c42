"""Bylines, round 5, session 15 (issue 13): a member's login beside the displayed full name,
names printed before their marker (Turkish "tarafından", Japanese "著"), a place before
the writer ("Aus Hamburg berichtet …", "From Kyiv" against "From Ama Boateng"), the Czech
and Slovak "a" between full names, Drupal's owner field, the unmarked name at the end of a
meta line, a forum thread's first poster, a mailing-list message's sender and a Q&A page's
asker. Pages written for these tests (a lighthouse story)."""

from __future__ import annotations

import pytest

import newsmeta

URL = "https://harbour.example/2025/03/lighthouse-cottage"
LINE = "The harbour trust voted to repaint the lighthouse keeper's cottage. "
TEXT = "<p>" + LINE * 8 + "</p>"
TITLE = "Trust to repaint lighthouse cottage"


def _page(inner: str, lang: str = "en") -> str:
    return (
        f'<html lang="{lang}"><head><meta charset="utf-8"><title>Lighthouse | Harbour '
        'Notes</title></head><body><header class="site-header"><a href="/">Harbour Notes</a>'
        f"</header><main>{inner}</main><footer><p>© 2025 Harbour Notes</p>"
        "</footer></body></html>"
    )


def _names(header: str, lang: str = "en") -> list[str]:
    html = _page(f"<article><h1>{TITLE}</h1>{header}{TEXT}{TEXT}</article>", lang)
    return [a.name for a in newsmeta.extract(html, url=URL).authors]


def _page_names(inner: str, lang: str = "en") -> list[str]:
    return [a.name for a in newsmeta.extract(_page(inner, lang), url=URL).authors]


@pytest.mark.parametrize(
    ("header", "lang", "want"),
    [
        # a login beside the full name the platform displays: the full name
        (
            '<div class="topic-meta-data"><span class="first username"><a href="/u/mbrandt">'
            'mbrandt</a></span><span class="second full-name"><a href="/u/mbrandt">Mira '
            "Brandt</a></span></div>",
            "en",
            ["Mira Brandt"],
        ),
        (
            '<p class="submitted">Eingestellt von <span class="username">kmueller</span> '
            '(<span class="realname">Karin Müller</span>) am 4. März 2025</p>',
            "de",
            ["Karin Müller"],
        ),
        (
            '<div class="auteur-meta"><span class="username">lucie.b</span>'
            '<span class="nom">Lucie Bertrand</span></div>',
            "fr",
            ["Lucie Bertrand"],
        ),
        # a login alone is the printed byline; a rank or a date beside it is no name
        (
            '<div class="submitted">Submitted by <span class="username">harbourmaster</span>'
            " on 4 March 2025</div>",
            "en",
            ["harbourmaster"],
        ),
        (
            '<div class="meta"><span class="username">seabird</span>'
            '<span class="rank">Senior Member</span></div>',
            "en",
            ["seabird"],
        ),
        # names before their marker
        ('<p class="meta">Elif Kaya tarafından yazıldı</p>', "tr", ["Elif Kaya"]),
        (
            "<p>Ayşe Demir ve Can Öztürk tarafından hazırlandı</p>",
            "tr",
            ["Ayşe Demir", "Can Öztürk"],
        ),
        ('<p class="meta">山田太郎 著</p>', "ja", ["山田太郎"]),
        (
            "<p>Belediye tarafından yapılan açıklamada yeni park alanının yaz aylarında "
            "açılacağı belirtildi ve vatandaşlar bilgilendirildi.</p>",
            "tr",
            [],
        ),
        # the place first, then the writer; "From" before a name or a place
        ('<p class="byline">Aus Hamburg berichtet Jana Keller</p>', "de", ["Jana Keller"]),
        (
            '<p class="byline">Aus Brüssel berichten Tim Roth und Eva Sand</p>',
            "de",
            ["Tim Roth", "Eva Sand"],
        ),
        ('<p class="byline">From Kwame Mensah in Accra</p>', "en", ["Kwame Mensah"]),
        ('<p class="byline">From New York</p>', "en", []),
        ('<p class="byline">From San Francisco</p>', "en", []),
        # the Czech and Slovak "a" only between full names
        (
            '<p class="byline">Autor: Jana Nováková a Petr Svoboda</p>',
            "cs",
            ["Jana Nováková", "Petr Svoboda"],
        ),
        ('<p class="byline">Autor: Jana a Petr Svoboda</p>', "cs", []),
        ('<p class="byline">Por Ana Gil a Buenos Aires</p>', "es", []),
        # Drupal's owner field
        (
            '<div class="node__meta"><span class="field field--name-uid"><span>Fiona '
            'Gallagher</span></span><span class="field--name-created">Tue, 03/04/2025 - '
            "15:45</span></div>",
            "en",
            ["Fiona Gallagher"],
        ),
        # the unmarked name ending a meta line after its date and reading time
        (
            '<div class="post-meta"><span>4 March 2025</span>&nbsp;·&nbsp;7 min&nbsp;·&nbsp;'
            "1432 words&nbsp;·&nbsp;Tomás Ferreira</div>",
            "en",
            ["Tomás Ferreira"],
        ),
        (
            '<div class="post-meta"><span>March 4, 2025</span>&nbsp;·&nbsp;5 min&nbsp;·&nbsp;'
            '<a href="/tags/ml/">Machine Learning</a></div>',
            "en",
            [],
        ),
    ],
)
def test_byline_shapes_round5(header: str, lang: str, want: list[str]) -> None:
    assert _names(header, lang) == want


def _smf(names: list[str]) -> str:
    posts = "".join(
        f'<div class="windowbg" id="msg{2200 + i}"><div class="poster"><h4><a href="/u{i}">'
        f'{name}</a></h4></div><div class="postarea"><div class="keyinfo"><h5><a href="#m">'
        f'Re: {TITLE}</a></h5><div class="smalltext">on: March {4 + i}, 2025, 03:45:00 PM'
        f'</div></div><div class="post"><div class="inner" id="msg_{2200 + i}">{LINE * 6}'
        "</div></div></div></div>"
        for i, name in enumerate(names)
    )
    return f'<h1>{TITLE}</h1><div id="forumposts">{posts}</div>'


def test_forum_thread_first_poster_is_the_author() -> None:
    assert _page_names(_smf(["Kapitän Lars", "moewe77", "Ana Ruiz"]), "de") == ["Kapitän Lars"]


@pytest.mark.parametrize(
    ("header", "want"),
    [
        (
            "<ul><li><em>From</em>: Pedro Alvarez &lt;pedro@example.org&gt;</li>"
            "<li><em>Date</em>: Tue, 4 Mar 2025 15:45:00 +0000</li></ul>",
            ["Pedro Alvarez"],
        ),
        (
            '<ul><li><em>From</em>: "Kühn, Marta" &lt;marta@example.de&gt;</li>'
            "<li><em>Date</em>: Tue, 4 Mar 2025 15:45:00 +0100</li></ul>",
            ["Marta Kühn"],
        ),
        (
            '<b>Jane Whitcombe</b> <a href="mailto:list%40lists.example.org">jwhitcombe at '
            "example.org</a><br><i>Tue Mar  4 15:45:00 UTC 2025</i>",
            ["Jane Whitcombe"],
        ),
    ],
)
def test_mailing_list_sender(header: str, want: list[str]) -> None:
    inner = f"<h1>[Harbour-list] {TITLE}</h1>{header}<hr><pre>{LINE * 8}</pre>"
    assert _page_names(inner) == want


def _qa(action: str, name: str, lang: str) -> str:
    return (
        f'<h1>{TITLE}?</h1><div class="question"><div class="body">{LINE * 8}</div>'
        f'<div class="signature"><span class="when">{action}</span><div class="details">'
        f'<a href="/users/12/x">{name}</a> <span class="rep">1,204</span></div></div></div>'
        f'<div class="answer"><div class="body">{LINE * 3}</div><div class="signature">'
        '<span class="when">answered Mar 5, 2025</span><a href="/users/13/y">Tom Brandt</a>'
        "</div></div>"
    )


@pytest.mark.parametrize(
    ("action", "name", "lang"),
    [
        ("asked Mar 4, 2025 at 15:45", "Ines Varga", "en"),
        ("gefragt 4. März 2025", "Jonas Weber", "de"),
        ("preguntada el 4 mar. 2025 a las 15:45", "Lucía Herrera", "es"),
    ],
)
def test_qa_asker_is_the_author(action: str, name: str, lang: str) -> None:
    assert _page_names(_qa(action, name, lang), lang) == [name]


def test_asked_in_prose_is_no_signature() -> None:
    inner = (
        f"<article><h1>{TITLE}</h1><p>{LINE * 6}</p><p>Asked on March 4, 2025 about the plan, "
        '<a href="/topics/harbour-trust">Ruth Allen</a> said the trust would pay.</p></article>'
    )
    assert _page_names(inner) == []
