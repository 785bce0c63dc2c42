"""Session 17, dates round 9 (issue 14): dates that are not the page's publication date.

A date printed in a block named as a timetable, an agenda, a schedule or fixtures is when
something happens; it never dates the page, and it stays in ``Provenance.rejected`` with
its reason. A block that holds the article itself keeps its dateline, whatever its class.
"""

from __future__ import annotations

import datetime as dt

import pytest

import newsmeta

NOW = dt.datetime(2026, 12, 7, 20, tzinfo=dt.timezone.utc)
_URL = "https://club.example/pages/open-day"
_TEXT = (
    "<p>"
    + (
        "Visitors meet the coaches and the volunteers, try out the training sessions in "
        "small groups and learn how the club runs its teams through the year. "
    )
    * 5
    + "</p>"
)
_REASON = "in a timetable, agenda or schedule"


def _page(main: str, lang: str = "en") -> str:
    return f"""<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8">
<title>Open day</title></head><body>
<header class="site-header"><a href="/">Riverside Club</a></header>
<main>{main}</main>
<footer class="site-footer"><p>Riverside Club</p></footer></body></html>"""


def _day(value: dt.date | None) -> str | None:
    if value is None:
        return None
    return (value.date() if isinstance(value, dt.datetime) else value).isoformat()


def _reasons(art: newsmeta.Article) -> list[str]:
    return [
        e.reason or "" for e in art.provenance.rejected if e.field == "date_published" and e.reason
    ]


@pytest.mark.parametrize(
    ("block", "lang"),
    [
        (
            '<section id="timetable"><div class="timetable-inner"><h2>Programm</h2>'
            "<p>Freitag, 30. März 2026</p><p>Workshops</p></div></section>",
            "de",
        ),
        (
            '<div class="fixtures"><h3>Next matches</h3><ul>'
            "<li>Saturday, 14 March 2026 – Home vs. Rovers</li>"
            "<li>Saturday, 21 March 2026 – Away at Town</li></ul></div>",
            "en",
        ),
        (
            '<div class="horaires"><p>Samedi 14 mars 2026</p><p>Dimanche 15 mars 2026</p></div>',
            "fr",
        ),
        (
            '<aside class="box termine"><h3>Nächste Termine</h3><p>14. März 2026</p>'
            "<p>21. März 2026</p></aside>",
            "de",
        ),
        (
            '<div class="agenda"><div class="agenda__item"><span class="fecha">14 de marzo de '
            "2026</span> Presentación</div></div>",
            "es",
        ),
        (
            '<div class="event_schedule"><table><tr><td>March 14, 2026</td><td>Campus tours'
            "</td></tr></table></div>",
            "en",
        ),
    ],
)
def test_a_date_in_a_schedule_block_does_not_date_the_page(block: str, lang: str) -> None:
    art = newsmeta.extract(_page(f"<h1>Open day</h1>{_TEXT}{block}", lang), _URL, now=NOW)
    assert art.date_published is None
    assert any(r.startswith(_REASON) for r in _reasons(art))


def test_the_dateline_wins_over_a_timetable_in_the_article() -> None:
    html = _page(
        "<article><h1>New timetable for the ferries</h1>"
        f'<p class="dateline">Published 3 February 2026</p>{_TEXT}'
        '<div class="timetable"><p>Monday, 2 March 2026: first winter sailing</p></div>'
        "</article>"
    )
    art = newsmeta.extract(html, _URL, now=NOW)
    assert _day(art.date_published) == "2026-02-03"


@pytest.mark.parametrize(
    ("main", "day"),
    [
        # the block named "agenda" holds the article itself: its dateline dates it
        (
            f'<div class="agenda-detail"><h1>Stadtrat beschließt Haushalt</h1>'
            f'<p class="date">12. Februar 2026</p>{_TEXT}</div>',
            "2026-02-12",
        ),
        # a word inside another class word is no schedule ("scheduled-post", "programmes")
        (
            '<article class="post scheduled-post category-programmes"><h1>Radio</h1>'
            f'<span class="posted-on">February 7, 2026</span>{_TEXT}</article>',
            "2026-02-07",
        ),
        (
            '<article><h1>Schedule changes</h1><time datetime="2026-02-05">5 February 2026'
            f"</time>{_TEXT}</article>",
            "2026-02-05",
        ),
    ],
)
def test_the_article_s_own_block_keeps_its_date(main: str, day: str) -> None:
    art = newsmeta.extract(_page(main), _URL, now=NOW)
    assert _day(art.date_published) == day
    assert not any(r.startswith(_REASON) for r in _reasons(art))
