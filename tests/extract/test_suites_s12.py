"""Coverage gaps found by running other projects' test suites again (session 12).

Each rule is general (how a heading is shown, where a site states its licence) and is shown
on pages written here, in several shapes and languages.
"""

from __future__ import annotations

import datetime as dt

import pytest

import newsmeta

NOW = dt.datetime(2026, 12, 6, tzinfo=dt.timezone.utc)
URL = "https://harbour.example/2026/11/ferry-timetable"
_TEXT = (
    "<p>The winter timetable cuts the late crossings to the islands, and the harbour office "
    "says the first boat on weekdays now leaves twenty minutes earlier than before.</p>"
)


def _page(body: str = "", head: str = "", title: str = "Ferry timetable") -> str:
    return (
        f"<html><head><title>{title}</title>{head}</head><body>{body}"
        f"<article>{_TEXT}</article></body></html>"
    )


def _extract(html: str, url: str | None = URL) -> newsmeta.Article:
    return newsmeta.extract(html, url, now=NOW)


# ------------------------------------------------- headlines read as they are shown


@pytest.mark.parametrize(
    ("heading", "expected"),
    [
        # a word split by inline markup is one word
        (
            "<h1>Ferry<span>line</span>s cut winter crossings</h1>",
            "Ferrylines cut winter crossings",
        ),
        ("<h1>Die Fähr<em>verbindung</em> fällt aus</h1>", "Die Fährverbindung fällt aus"),
        ("<h1><a href='/x'>Hafen<b>amt</b> kürzt Fahrten</a></h1>", "Hafenamt kürzt Fahrten"),
        # ruby annotations are not read, and the characters they sit on run on
        ("<h1>船<ruby>便<rt>びん</rt></ruby>が減る</h1>", "船便が減る"),
        # spaces that are there stay, and blocks and line breaks part their words
        ("<h1>Late <em>crossings</em> cut</h1>", "Late crossings cut"),
        ("<h1><div>Islands</div><div>Late crossings cut</div></h1>", "Islands Late crossings cut"),
        ("<h1>Late crossings<br>cut for winter</h1>", "Late crossings cut for winter"),
        # where letters do not meet on both sides, the boundary stays a space
        (
            "<h1><span>Harbour</span><span>:</span>Late crossings cut</h1>",
            "Harbour : Late crossings cut",
        ),
        (
            "<h1><strong>Fewer boats?</strong><span>:</span> Late crossings cut</h1>",
            "Fewer boats? : Late crossings cut",
        ),
    ],
)
def test_headline_reads_inline_markup_as_shown(heading: str, expected: str) -> None:
    article = _extract(_page(body=heading, title="Harbour news"))
    assert article.title == expected


def test_headline_kicker_still_left_out() -> None:
    heading = '<h1><span class="kicker">Update</span>Late cross<i>ings</i> cut</h1>'
    assert _extract(_page(body=heading, title="Harbour news")).title == "Late crossings cut"


# ---------------------------------------------------- a licence stated in the footer


@pytest.mark.parametrize(
    ("footer", "expected"),
    [
        (
            '<footer><p>Text: <a href="https://creativecommons.org/licenses/by-sa/4.0/">'
            "CC BY-SA 4.0</a></p></footer>",
            "https://creativecommons.org/licenses/by-sa/4.0/",
        ),
        (
            '<div class="site-footer"><p>Inhalte stehen unter <a '
            'href="http://creativecommons.org/licenses/by-nc-nd/3.0/de/">Creative Commons '
            "BY-NC-ND</a>.</p></div>",
            "http://creativecommons.org/licenses/by-nc-nd/3.0/de/",
        ),
        (
            '<div id="colophon"><a href="//creativecommons.org/publicdomain/zero/1.0/">CC0</a>'
            "</div>",
            "https://creativecommons.org/publicdomain/zero/1.0/",
        ),
    ],
)
def test_creative_commons_deed_in_footer_is_the_licence(footer: str, expected: str) -> None:
    article = _extract(_page(body=footer))
    assert article.license == expected
    assert any(e.field == "license" for e in article.provenance.evidence)


def test_rel_license_link_wins_over_footer_deed() -> None:
    html = _page(
        head='<link rel="license" href="https://harbour.example/terms">',
        body='<footer><a href="https://creativecommons.org/licenses/by/4.0/">CC BY</a></footer>',
    )
    assert _extract(html).license == "https://harbour.example/terms"


@pytest.mark.parametrize(
    "body",
    [
        # a photo credit in the article names the picture's licence, not the page's
        '<figure><img src="/p.jpg" alt=""><figcaption>Photo: J. Berg, <a '
        'href="https://creativecommons.org/licenses/by/2.0/">CC BY 2.0</a></figcaption></figure>',
        # a footer link that is not a licence deed
        '<footer><a href="https://creativecommons.org/about/">About Creative Commons</a></footer>',
        '<footer><a href="https://harbour.example/imprint">Imprint</a></footer>',
    ],
)
def test_no_licence_without_a_footer_deed(body: str) -> None:
    assert _extract(_page(body=body)).license is None
