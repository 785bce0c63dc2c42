"""Session 17, end-to-end probe G: syndicated and second-hand pages (wire stories on
partner sites, portal renders of partner stories, republished stories, press releases)
(issues 13 and 14).

Trimmed from the probe pages written for the session (original prose, no corpus page).
"""

from __future__ import annotations

import json

import pytest

import newsmeta

_PARAS = (
    "Ranchers across the southern plains are sending cattle to auction months ahead of "
    "schedule as a second summer of drought burns through the grass their herds need.",
    "At the sale barn outside town, pens that usually sit half empty in July were full by "
    "dawn on Tuesday, and buyers said prices had slipped as the supply of steers climbed.",
    "State agriculture officials estimate that pasture conditions are the worst since 2011, "
    "when ranchers culled herds so deeply that it took a decade to rebuild them.",
)


def _page(byline: str, *, head: str = "", lang: str = "en", paras: tuple[str, ...] = _PARAS) -> str:
    body = "".join(f"<p>{p}</p>" for p in paras)
    return f"""<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8">
<title>Drought forces ranchers to sell cattle early | The Herald</title>
<meta property="og:site_name" content="The Herald">{head}</head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li></ul></nav>
<main><article><h1>Drought forces ranchers to sell cattle early</h1>
<div class="byline-block">{byline}</div>
<div class="story-body">{body}</div></article></main>
<footer><p>Contact us</p></footer></body></html>"""


def _ld(author: object) -> str:
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": "Drought forces ranchers to sell cattle early",
        "datePublished": "2024-07-18T14:05:00Z",
        "author": author,
        "publisher": {"@type": "Organization", "name": "The Herald"},
    }
    return f'<script type="application/ld+json">{json.dumps(data)}</script>'


def _names(html: str) -> list[str]:
    return [a.name for a in newsmeta.extract(html, "https://www.herald.example/news/1").authors]


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("MARIA DELGADO Associated Press", "MARIA DELGADO"),
        ("Erik Lundqvist/TT", "Erik Lundqvist"),
        ("Katrin Möller/dpa", "Katrin Möller"),
        ("Colleen Barry, The Associated Press", "Colleen Barry"),
    ],
)
def test_wire_agency_after_a_structured_name_is_no_part_of_it(written: str, expected: str) -> None:
    head = _ld([{"@type": "Person", "name": written}]) + f'<meta name="author" content="{written}">'
    html = _page(f"<p class='byline'>By {written}</p><time>Jul 18, 2024</time>", head=head)
    assert _names(html) == [expected]


def test_a_name_with_a_slash_and_no_agency_is_kept() -> None:
    head = _ld([{"@type": "Person", "name": "Ana Ruiz/Madrid"}])
    assert _names(_page("<time>Jul 18, 2024</time>", head=head)) == ["Ana Ruiz/Madrid"]


def test_the_writer_printed_beside_an_agency_credit_wins_over_it() -> None:
    head = _ld({"@type": "Organization", "name": "Reuters"}) + (
        '<meta name="author" content="Reuters">'
    )
    html = _page(
        "<p class='byline'>By Hannah Okoye, Reuters</p><time>March 5, 2024</time>", head=head
    )
    assert _names(html) == ["Hannah Okoye"]


def test_an_agency_credit_alone_stays_the_byline() -> None:
    head = _ld({"@type": "Organization", "name": "Reuters"}) + (
        '<meta name="author" content="Reuters">'
    )
    html = _page("<p class='byline'>Reuters</p><time>March 5, 2024</time>", head=head)
    assert _names(html) == ["Reuters"]


_RELEASE = (
    "Verona, 4 giugno 2024 – Valdoro Group ha inaugurato oggi il nuovo stabilimento "
    "produttivo di Verona, frutto di un investimento di 35 milioni di euro.",
    "Lo stabilimento, su una superficie di 18.000 metri quadrati, produrrà pasta fresca per "
    "i mercati europei e darà lavoro a 120 nuovi dipendenti.",
    "«È un passo decisivo per la nostra crescita internazionale», ha dichiarato "
    "l'amministratore delegato.",
)


def test_a_press_release_dateline_is_no_dated_credit_line() -> None:
    html = _page("<span class='label'>Comunicato stampa</span>", lang="it", paras=_RELEASE)
    assert _names(html) == []


def test_a_dated_credit_line_still_names_its_writer() -> None:
    byline = "<p class='meta'>Pubblicato il 02/09/2020 da Giovanni Ferri</p>"
    assert _names(_page(byline, lang="it", paras=_RELEASE[1:])) == ["Giovanni Ferri"]


_LETTER = (
    "Three cities in the state ended bus fares this winter, and early numbers show ridership "
    "up by a fifth. Officials say the lost revenue was smaller than expected.",
    "The rail tunnel under the river will open in 2027, a year later than planned, after "
    "crews hit unexpected groundwater during boring.",
)


@pytest.mark.parametrize(
    ("last", "expected"),
    [
        ("See you next week,<br>— Nora Becker, editor", ["Nora Becker"]),
        ("Hasta pronto,<br>— Lucía Romero", ["Lucía Romero"]),
        ("She said it was over,<br>— but nobody believed her", []),
        ("In 2024, we<br>— Nora Becker", []),
    ],
)
def test_a_signature_after_a_letters_closing_line(last: str, expected: list[str]) -> None:
    paras = "".join(f"<p>{p}</p>" for p in _LETTER)
    html = (
        "<html lang='en'><body><article><h1>Fare-free buses and a tunnel delay</h1>"
        f"{paras}<p>{last}</p></article></body></html>"
    )
    assert [a.name for a in newsmeta.extract(html).authors] == expected
