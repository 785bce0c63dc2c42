"""Title rules of session 11: which title a visible heading replaces, and cut titles.

Every page here is written for these tests.
"""

from __future__ import annotations

import pytest

import newsmeta

_TEXT = "<p>" + "Die Gemeinde hat am Dienstag lange beraten und knapp entschieden. " * 8 + "</p>"


def _title(head: str, body: str = "") -> str | None:
    """The title extracted from a page with ``head`` and ``body`` before the story's text."""
    html = f"<html><head>{head}</head><body>{body}{_TEXT}</body></html>"
    return newsmeta.extract(html).title


def _rejected_titles(art: newsmeta.Article) -> list[tuple[str, str | None]]:
    return [(e.raw, e.reason) for e in art.provenance.rejected if e.field == "title"]


def test_the_page_heading_wins_over_an_unshown_title_element() -> None:
    html = (
        "<html><head><title>Ferry timetable: what changes in May</title></head>"
        "<body><h1>New ferry timetable from May</h1>" + _TEXT + "</body></html>"
    )
    art = newsmeta.extract(html, "https://harbourpost.example/timetable")
    assert art.title == "New ferry timetable from May"
    assert ("Ferry timetable: what changes in May", None) in _rejected_titles(art)


def test_a_title_naming_only_the_site_does_not_hold_the_page_heading_back() -> None:
    # The <title> is the club's name (its og:site_name, its address): it names no story,
    # so the page's first heading, sharing no word with it, is still the title.
    html = (
        "<html><head><title>Millbrook Rowing Club</title>"
        '<meta property="og:site_name" content="Millbrook Rowing Club"></head>'
        "<body><div class='main'><h2>Spring regatta results are in</h2>" + _TEXT + "</div>"
        "</body></html>"
    )
    art = newsmeta.extract(html, "https://millbrookrowing.example/news/spring")
    assert art.title == "Spring regatta results are in"


def test_a_title_that_is_a_domain_names_no_story() -> None:
    assert _title("<title>lakeside.example</title>", "<h1>First steps</h1><h1>More</h1>") == (
        "First steps"
    )


@pytest.mark.parametrize(
    ("head", "title"),
    [
        # an og:title cut short with an ellipsis yields to the whole title
        ("<title>Council approves the harbour budget after a night of talks | Bay Herald</title>"
         '<meta property="og:title" content="Council approves the harbour budget after a…">',
         "Council approves the harbour budget after a night of talks"),
        # a JSON-LD headline cut with three dots
        ("<title>Las lluvias obligan a cerrar tres carreteras del norte</title>"
         '<script type="application/ld+json">{"@context":"https://schema.org",'
         '"@type":"NewsArticle","headline":"Las lluvias obligan a cerrar tres..."}</script>',
         "Las lluvias obligan a cerrar tres carreteras del norte"),
        # the same title with the site's affix after the ellipsis does not go on: kept
        ("<title>Alles hat seine Zeit… | Marktplatz</title>"
         '<meta property="og:title" content="Alles hat seine Zeit…">',
         "Alles hat seine Zeit…"),
    ],
)  # fmt: skip
def test_a_title_cut_with_an_ellipsis(head: str, title: str) -> None:
    assert _title(head) == title


def test_a_japanese_headline_worded_unlike_its_unprinted_og_title_wins() -> None:
    body = "<p>" + "ボランティアが河川敷を清掃した。" * 20 + "</p>"
    html = (
        "<html><head><meta property='og:title' content='清掃活動に過去最多、河川敷で'>"
        "<title>清掃活動に過去最多、河川敷で</title></head><body><article>"
        "<h1>河川敷の清掃に最多の参加者</h1>" + body + "</article></body></html>"
    )
    assert newsmeta.extract(html).title == "河川敷の清掃に最多の参加者"
