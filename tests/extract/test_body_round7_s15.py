"""Body round 7 (session 15): shapes not probed before (live blogs, listicles, interviews,
text in ``<br>`` lines, stories split by "Read also" lines, adverts and sign-up boxes,
pull quotes, galleries, footnotes, data tables, code, AMP, right-to-left and CJK stories),
and a short story beside a longer legal notice of the site (terms of use, a disclaimer).

The pages are written for these tests, in the shapes publishers use.
"""

from __future__ import annotations

from body_pages import RESERVOIR_EN
from body_pages import body as _body
from body_pages import page as _page
from body_pages import paras as _paras

_EN = RESERVOIR_EN
_TERMS_EN = [
    "By using this website you agree to these terms. All content published on this site is "
    "protected by copyright and may not be reproduced without the written permission of the "
    "publisher.",
    "The publisher accepts no liability for the content of external links. The operators of "
    "the linked pages are solely responsible for their content.",
    "These terms are governed by the laws of England and Wales, and any dispute arising from "
    "them is subject to the exclusive jurisdiction of its courts.",
]
_TERMS_DE = [
    "Mit der Nutzung dieser Website erklären Sie sich mit diesen Bedingungen einverstanden. "
    "Alle Inhalte sind urheberrechtlich geschützt.",
    "Der Verlag übernimmt keine Haftung für die Inhalte externer Links; für sie sind allein "
    "deren Betreiber verantwortlich.",
    "Es gilt deutsches Recht. Gerichtsstand ist, soweit gesetzlich zulässig, der Sitz des Verlags.",
]
_DISCLAIMER = [
    "The information on this website is provided for general information only and does not "
    "constitute professional advice; we make no warranties about its completeness.",
    "Any reliance you place on such information is strictly at your own risk. In no event "
    "will we be liable for any loss arising from the use of this website.",
]
_DE = [
    "Der Stadtrat hat am Dienstagabend beschlossen, das alte Hallenbad an der Ringstraße für "
    "rund elf Millionen Euro zu sanieren.",
    "Das Gebäude aus dem Jahr 1968 war seit dem vergangenen Herbst geschlossen, nachdem "
    "Gutachter Schäden am Dach festgestellt hatten.",
]


def _all_in(lines: list[str], body: str) -> None:
    for line in lines:
        assert line in body


def test_terms_of_use_longer_than_a_short_story_are_left_out() -> None:
    html = _page(
        f"<div class='news'><h1>Reservoir at record low</h1>{_paras(_EN[:2])}</div>"
        f"<div class='terms'><h2>Terms of use</h2>{_paras(_TERMS_EN)}</div>"
    )
    body = _body(html)
    _all_in(_EN[:2], body)
    assert "exclusive jurisdiction" not in body
    assert "agree to these terms" not in body


def test_german_terms_of_use_are_left_out() -> None:
    html = _page(
        f"<div class='meldung'><h1>Hallenbad wird saniert</h1>{_paras(_DE)}</div>"
        f"<div class='rechtliches'><h2>Nutzungsbedingungen</h2>{_paras(_TERMS_DE)}</div>",
        lang="de",
    )
    body = _body(html)
    _all_in(_DE, body)
    assert "Gerichtsstand" not in body


def test_a_disclaimer_of_two_lines_in_a_block_of_its_own_class_is_left_out() -> None:
    html = _page(
        f"<div class='news'><h1>Reservoir at record low</h1>{_paras(_EN[:2])}</div>"
        f"<div class='disclaimer'>{_paras(_DISCLAIMER)}</div>"
    )
    body = _body(html)
    _all_in(_EN[:2], body)
    assert "own risk" not in body


def test_a_story_about_a_ruling_on_liability_is_kept() -> None:
    ruling = [
        "The high court ruled on Monday that the operator of a local forum bears no liability "
        "for comments posted by its readers, overturning last year's judgment.",
        "The judges said the copyright claim brought by a photographer should be heard again "
        "by the county court, which had refused jurisdiction in the first trial.",
        "Lawyers for the forum said the terms of the ruling would protect small websites "
        "across the country from claims they could never afford to defend.",
    ]
    html = _page(f"<article><h1>Forum not liable for comments</h1>{_paras(ruling)}</article>")
    _all_in(ruling, _body(html))


_CARD_TEXTS = [
    "I live on Mill Lane and the water came into our cellar at two in the morning. The council "
    "has known about these drains for years and nothing has been done.",
    "We were lucky this time, the water stopped a few centimetres from the door. But my "
    "neighbours lost their carpets and the kitchen, and the insurance will not pay for it.",
    "Has anyone heard when the road to Eastmoor will reopen? The detour through Kingsford adds "
    "almost an hour each way to the drive to the hospital.",
    "It is not just the rain, it is the new houses built on the flood plain. Every field they "
    "concrete over sends more water down to the old town.",
]


def _cards(cls: str) -> str:
    return "".join(
        f"<div class='{cls}'><h4><a href='/o{i}'>Column {i}</a></h4><p>{x}</p></div>"
        for i, x in enumerate(_CARD_TEXTS)
    )


def test_a_column_of_teaser_cards_beside_a_short_story_is_left_out() -> None:
    html = _page(
        "<div class='row'><div class='col-md-8'><h1>Reservoir at record low</h1>"
        f"{_paras(_EN[:3])}</div><div class='col-md-4'><h3>Opinion</h3>{_cards('op')}</div>"
        "</div>"
    )
    body = _body(html)
    _all_in(_EN[:3], body)
    assert "Mill Lane" not in body
    assert "flood plain" not in body


def test_a_post_that_is_a_list_of_cards_under_its_headline_is_kept() -> None:
    html = _page(
        f"<article><h1>Four columns on the drought</h1><p>{_EN[0]}</p>{_cards('pick')}</article>"
    )
    body = _body(html)
    _all_in([_EN[0], *_CARD_TEXTS], body)


def _replies(names: list[str]) -> str:
    return "".join(
        f"<div class='item'><b>{name}</b> <span>13.05.2026 0{i}:15</span><p>{x}</p></div>"
        for i, (name, x) in enumerate(zip(names, _CARD_TEXTS, strict=True))
    )


def test_replies_signed_with_user_handles_are_left_out_of_a_short_story() -> None:
    html = _page(
        f"<article><h1>Reservoir at record low</h1>{_paras(_EN[:3])}</article>"
        f"<div class='box'><h3>Discussion</h3>{_replies(['anna77', 'mike_2010', 'tom.b82', 'jo5'])}"
        "</div>"
    )
    body = _body(html)
    _all_in(_EN[:3], body)
    assert "Mill Lane" not in body
    assert "flood plain" not in body


def test_live_entries_opened_by_bold_times_are_kept() -> None:
    entries = "".join(
        f"<div class='entry'><b>0{7 - i}:15</b> <span>13.05.2026 0{7 - i}:15</span><p>{x}</p></div>"
        for i, x in enumerate(_EN)
    )
    html = _page(f"<div class='live'><h1>Reservoir live</h1><p>{_EN[0]}</p>{entries}</div>")
    _all_in(_EN, _body(html))
