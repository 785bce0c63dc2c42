"""The article's own column is never page furniture, whatever its class (issue 13).

Each page wraps the headline, byline, date line and text in a block classed like furniture
("content-sidebar-wrap", "sidebar-1", "grid related-layout", a "widget" on every block);
a real sidebar with another story's byline and date and a site header with today's date
stay furniture.
"""

from __future__ import annotations

import newsmeta

_MENU = "".join(f"<li><a href='/s{i}/'>Section {i}</a></li>" for i in range(14))
_HEADER = (
    "<header class='site-header'><div class='logo'><a href='/'>Coastal Herald</a></div>"
    "<div class='header-date'>Monday, 7 December 2026</div>"
    f"<nav class='main-nav'><ul>{_MENU}</ul></nav></header>"
)
_SIDEBAR = (
    "<aside class='sidebar widget-area'><div class='widget teaser'>"
    "<h3><a href='/other/'>Ferry timetable changes for the winter season</a></h3>"
    "<p class='byline'>By Tom Hartley</p><p class='date'>2 February 2023</p></div>"
    "<div class='widget'><h3>Popular</h3><ul>"
    + "".join(f"<li><a href='/p{i}/'>Other headline number {i}</a></li>" for i in range(10))
    + "</ul></div></aside>"
)
_FOOTER = "<footer class='site-footer'><p>© 2026 Coastal Herald</p></footer>"


def _page(headline: str, byline: str, date: str, para: str, column: str, lang: str) -> str:
    text = "".join(f"<p>{para} {i}.</p>" for i in range(8))
    story = (
        f"<div class='entry-header'><h1>{headline}</h1><div class='entry-meta'>"
        f"<span class='author'>{byline}</span> · <span class='posted-on'>{date}</span>"
        f"</div></div><div class='text'>{text}</div>"
    )
    return (
        f"<html lang='{lang}'><head><title>{headline} | Coastal Herald</title></head><body>"
        f"{_HEADER}<div class='wrap'><div class='{column}'>{story}</div>{_SIDEBAR}</div>"
        f"{_FOOTER}</body></html>"
    )


_EN = (
    "Harbour council approves new flood barrier after decade of delays",
    "The council voted on Tuesday evening to fund the barrier, ending a long dispute over "
    "cost and design between the port authority and residents of the lower town.",
)
_DE = (
    "Stadtrat beschließt neuen Hochwasserschutz nach jahrelangem Streit",
    "Der Stadtrat hat am Dienstagabend die Finanzierung der Schutzmauer beschlossen und "
    "damit einen langen Streit über Kosten und Gestaltung beendet.",
)


def _position(art: newsmeta.Article, field: str) -> str | None:
    """Where the evidence of ``field`` sits relative to the article (inside, header…)."""
    for item in art.provenance.evidence:
        if item.field == field:
            return item.position
    return None


_IN_ARTICLE = ("inside", "header")


def test_sidebar_classed_main_column_gives_byline_and_date() -> None:
    html = _page(_EN[0], "By Margaret Olsen", "March 14, 2024", _EN[1], "sidebar-1", "en")
    art = newsmeta.extract(html, url="https://example.org/news/harbour-barrier")
    assert art.title == _EN[0]
    assert [a.name for a in art.authors] == ["Margaret Olsen"]
    assert art.date_published is not None and art.date_published.isoformat()[:10] == "2024-03-14"
    # the evidence is the article's own date line and byline, not the header or sidebar
    assert _position(art, "date_published") in _IN_ARTICLE
    assert _position(art, "authors") in _IN_ARTICLE
    assert _position(art, "title") in _IN_ARTICLE


def test_related_classed_layout_grid_is_no_related_box() -> None:
    html = _page(_DE[0], "Von Katrin Vogel", "14. März 2024", _DE[1], "grid related-layout", "de")
    art = newsmeta.extract(html, url="https://example.org/news/hochwasser")
    assert [a.name for a in art.authors] == ["Katrin Vogel"]
    assert art.date_published is not None and art.date_published.isoformat()[:10] == "2024-03-14"
    assert _position(art, "date_published") in _IN_ARTICLE


def test_lead_story_box_classed_teaser_keeps_its_ai_note() -> None:
    note = "This article was written with the help of AI tools and reviewed by an editor."
    html = _page(_EN[0], "By Margaret Olsen", "March 14, 2024", _EN[1], "teaser-lead", "en")
    html = html.replace(f"{_EN[1]} 7.</p>", f"{_EN[1]} 7.</p><p class='ai-note'>{note}</p>")
    art = newsmeta.extract(html, url="https://example.org/news/harbour-barrier")
    assert [a.name for a in art.authors] == ["Margaret Olsen"]
    assert art.ai_disclosure is not None and art.ai_disclosure.label == note


def test_widget_on_every_block_of_a_page_builder() -> None:
    text = "".join(f"<p>{_EN[1]} {i}.</p>" for i in range(8))
    html = (
        f"<html lang='en'><head><title>{_EN[0]} | Coastal Herald</title></head>"
        f"<body>{_HEADER}"
        "<div class='builder-section'><div class='builder-column builder-widget-wrap'>"
        f"<div class='builder-widget widget-heading'><h1>{_EN[0]}</h1></div>"
        "<div class='builder-widget widget-post-info'><span class='author'>By Margaret Olsen"
        "</span> <span class='date'>March 14, 2024</span></div>"
        f"<div class='builder-widget widget-post-content'>{text}</div></div>"
        f"{_SIDEBAR}</div>{_FOOTER}</body></html>"
    )
    art = newsmeta.extract(html, url="https://example.org/news/harbour-barrier")
    assert [a.name for a in art.authors] == ["Margaret Olsen"]
    assert art.date_published is not None and art.date_published.isoformat()[:10] == "2024-03-14"


def test_real_sidebar_and_header_widget_stay_furniture() -> None:
    # the article prints no date: neither the sidebar teaser's nor the header's is taken
    html = _page(_EN[0], "By Margaret Olsen", "", _EN[1], "content-sidebar-wrap", "en")
    art = newsmeta.extract(html, url="https://example.org/news/harbour-barrier")
    assert [a.name for a in art.authors] == ["Margaret Olsen"]
    assert art.date_published is None
