"""Body on hostile templates, round 4 (session 14): an about-us box after a short story with
a side column after it, a video page whose other text is the site's footer, and the shapes
of a new probe (photo essays, press releases, short notices, match reports, paragraphs with
inline styles only, magazine columns, a "most read" list inside ``<main>``).

The pages are written for these tests, in the shapes publishers use.
"""

from __future__ import annotations

from body_pages import RESERVOIR_EN
from body_pages import body as _body
from body_pages import page as _page
from body_pages import paras as _paras

_EN = RESERVOIR_EN[:6]
_ABOUT = [
    "The Valley Courier has reported on the towns and villages of the northern valley since "
    "1872, and is read by more than forty thousand people every week in print and online.",
    "Our small team of reporters covers local councils, courts, schools, sport and culture, "
    "and we rely on our readers to tell us what matters in their neighbourhoods.",
    "We are independent and owned by a charitable trust, which means every penny we make goes "
    "back into local journalism for the whole valley.",
]
_SIDE = (
    "<aside class='sidebar'><h3>Most read</h3><div class='item'><a href='/m1'>Councillors "
    "clash over the new parking charges</a><p>Shopkeepers in the old town warn of empty "
    "streets and closed windows if the council does not change its mind before the summer."
    "</p></div></aside>"
)
_COLOPHON = (
    "<div id='footer'><p>Valley Courier Media Ltd, 4 Market Square, Northbridge NB2 7QT, "
    "United Kingdom. Telephone +44 20 7946 0000.</p><p>Registered in England and Wales, "
    "company number 08812345, VAT number GB 987 6543 21, registered office as above.</p>"
    "<p>Editor: Jo Reed. The Valley Courier is a member of the Independent Press Standards "
    "Organisation and follows its code.</p><p>Copyright 2026 Valley Courier Media Ltd. All "
    "rights reserved. No part of this site may be reproduced without permission.</p></div>"
)
_PLAYER = "<div class='player'><iframe src='https://video.example/e/1'></iframe></div>"


def _all_in(lines: list[str], body: str) -> None:
    for line in lines:
        assert line in body


def test_an_about_us_box_after_a_short_story_is_left_out_with_a_side_column_after_it() -> None:
    html = _page(
        f"<div class='news'><h1>Reservoir at record low</h1>{_paras(_EN[:2])}</div>"
        f"<div class='about'><h3>About us</h3>{_paras(_ABOUT)}</div>{_SIDE}"
    )
    body = _body(html)
    _all_in(_EN[:2], body)
    assert "charitable trust" not in body
    assert "forty thousand people" not in body


def test_an_about_us_box_is_left_out_without_a_side_column_too() -> None:
    html = _page(
        f"<div class='news'><h1>Reservoir at record low</h1>{_paras(_EN[:2])}"
        f"<div class='about'><h3>About us</h3>{_paras(_ABOUT)}</div></div>"
    )
    body = _body(html)
    _all_in(_EN[:2], body)
    assert "charitable trust" not in body


def test_a_video_page_reads_its_description_and_not_the_site_footer() -> None:
    html = (
        "<html><head><title>Video</title></head><body><h1>Reservoir at record low: the "
        f"video</h1>{_PLAYER}<div class='desc'><p>{_EN[0]} {_EN[1]}</p></div>{_COLOPHON}"
        "</body></html>"
    )
    body = _body(html)
    _all_in(_EN[:2], body)
    assert "company number" not in body
    assert "Market Square" not in body


def test_a_video_page_whose_only_text_is_the_footer_has_no_footer_as_body() -> None:
    html = (
        "<html><head><title>Video</title></head><body><h1>Reservoir at record low: the "
        f"video</h1>{_PLAYER}<p>Watch our report.</p>{_COLOPHON}</body></html>"
    )
    body = _body(html)
    assert "company number" not in body
    assert "All rights reserved" not in body


def test_a_story_in_a_footer_classed_block_is_still_read() -> None:
    # Control: a block classed as the footer that holds the story (no colophon lines).
    html = (
        "<html><head><title>Story</title></head><body><h1>Reservoir at record low</h1>"
        f"<div class='footer-text'>{_paras(_EN)}</div></body></html>"
    )
    _all_in(_EN, _body(html))


def test_a_photo_essay_reads_its_captions() -> None:
    captions = [
        "A farmer walks across the cracked bed of the northern reservoir, where boats were "
        "moored only two summers ago.",
        "The old stone bridge, flooded when the dam was built in 1958, has reappeared above "
        "the water for the first time.",
        "Children collect shells on what was the lake floor; the water line of last year is "
        "visible on the hills behind them.",
    ]
    figures = "".join(
        f"<figure><img src='/p{i}.jpg' alt=''><figcaption>{c}</figcaption></figure>"
        for i, c in enumerate(captions)
    )
    html = _page(
        "<article><h1>The lake that disappeared</h1><p class='intro'>Photographer Sam Lee "
        f"spent a week at the shrinking reservoir.</p>{figures}</article>"
    )
    _all_in(captions, _body(html))


def test_a_press_release_is_read_whole() -> None:
    release = [
        "NORTHBRIDGE, May 7, 2026 -- Harbour Water Systems today announced a new filtration "
        "plant for the northern valley, able to treat forty million litres a day.",
        "The plant will use membranes developed with the regional university and is expected "
        "to open in the spring of 2028.",
        "Construction will begin in September and create around 200 jobs during the two-year "
        "build.",
    ]
    html = _page(
        "<article><h1>Harbour Water Systems announces new filtration plant</h1>"
        f"{_paras(release)}<h3>About Harbour Water Systems</h3><p>Harbour Water Systems "
        "designs, builds and operates water treatment plants in twelve countries.</p></article>"
    )
    _all_in(release, _body(html))


def test_a_one_paragraph_court_brief_in_french_is_read() -> None:
    brief = (
        "Un homme de 34 ans a été condamné mardi par le tribunal correctionnel à dix-huit mois "
        "de prison, dont six avec sursis, pour une série de cambriolages commis l'hiver dernier."
    )
    html = _page(
        f"<div class='breve'><h1>Cambriolages : dix-huit mois de prison</h1><p>{brief}</p>"
        f"</div>{_SIDE}",
        "fr",
    )
    body = _body(html)
    assert brief in body
    assert "Shopkeepers" not in body


def test_paragraphs_with_inline_styles_only_are_read() -> None:
    html = _page(
        "<div><h1 style='font-size:32px'>Reservoir at record low</h1>"
        + "".join(f"<p style='margin:0 0 1em;font-family:Georgia'>{x}</p>" for x in _EN)
        + f"</div>{_SIDE}"
    )
    body = _body(html)
    _all_in(_EN, body)
    assert "Shopkeepers" not in body


def test_a_story_in_magazine_columns_is_read_whole() -> None:
    html = _page(
        "<article><h1>Reservoir at record low</h1><div class='cols'>"
        f"<div class='col col-1'>{_paras(_EN[:3])}</div>"
        f"<div class='col col-2'>{_paras(_EN[3:])}</div></div></article>"
    )
    _all_in(_EN, _body(html))


def test_a_most_read_list_inside_main_is_left_out() -> None:
    most_read = [
        "Councillors clash over the new parking charges in the old town, as shopkeepers warn",
        "Why our small towns need their libraries more than ever, and what we lose without",
        "A week of sunshine ahead for the coast, with temperatures rising to thirty degrees",
    ]
    items = "".join(f"<li><a href='/m{i}'>{x}</a></li>" for i, x in enumerate(most_read))
    html = _page(
        f"<main><article><h1>Reservoir at record low</h1>{_paras(_EN)}</article>"
        f"<section class='most-read'><h2>Most read</h2><ol>{items}</ol></section></main>"
    )
    body = _body(html)
    _all_in(_EN, body)
    for line in most_read:
        assert line not in body


def test_a_one_row_layout_table_reads_the_story_cell_not_the_side_cell_of_lines() -> None:
    side = [
        "Most read: Councillors clash over the new parking charges in the old town, as "
        "shopkeepers warn of empty streets.",
        "Opinion: Why our small towns need their libraries more than ever, and what we lose "
        "when they close.",
        "Weather: A week of sunshine ahead for the coast, with temperatures rising to thirty "
        "degrees by Sunday.",
    ]
    story = [
        *_EN,
        "The board will meet again on Friday to decide whether the restrictions should also "
        "apply to golf courses and car washes.",
        "A spokesperson for the regional government said emergency funding for farmers would "
        "be discussed at the next cabinet meeting.",
        "Meteorologists expect a change in the weather at the end of the month, though they "
        "warned that forecasts remain uncertain.",
    ]
    html = _page(
        "<table width='100%'><tr><td width='180'>"
        + "<br><br>".join(side)
        + "</td><td><font size='4'><b>Reservoir at record low</b></font><br><br>"
        + "<br><br>".join(story)
        + "</td></tr></table>",
        title="Reservoir at record low",
    )
    body = _body(html)
    _all_in(story, body)
    for line in side:
        assert line not in body


def test_a_one_row_table_of_two_halves_of_the_story_is_read_whole() -> None:
    # Control: no cell holds three quarters of the row's prose.
    html = _page(
        "<h1>Reservoir at record low</h1><table><tr><td>"
        + "<br><br>".join(_EN[:3])
        + "</td><td>"
        + "<br><br>".join(_EN[3:])
        + "</td></tr></table>"
    )
    _all_in(_EN, _body(html))
