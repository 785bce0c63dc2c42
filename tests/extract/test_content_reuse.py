"""The body's furniture test and the blocks it builds, seen through extract.

The text walk cuts its paragraphs once and the block builder reuses that cut and the walk's
furniture verdicts; the furniture test lowers ASCII text and matches it case-sensitively.
These tests hold what users see: the verdicts do not depend on letter case, the paragraphs
are cut at blank lines and double breaks, and the blocks read back as the body.
"""

from __future__ import annotations

from typing import Any

import pytest

import newsmeta
from newsmeta.testing import MARKUPS, make_article, render_html

URL = "https://paper.example.net/local/2025/03/harbour-works"
LAST = "The last sentence of the story ends here."


def _body_of(lines: list[str]) -> list[str]:
    """The paragraphs of the body of a story page whose text is ``lines`` then LAST."""
    html = (
        "<html><head><title>Harbour works</title></head><body><article><h1>Harbour works</h1>"
        "<div class='article-body'>"
        + "".join(f"<p>{line}</p>" for line in lines)
        + f"<p>{LAST}</p></div></article></body></html>"
    )
    return (newsmeta.extract(html, URL).body or "").split("\n\n")


_LINES = [
    "Advertisement",
    "Sponsored content",
    "Share this story on Facebook",
    "By Martha Okafor-Lind",
    "by martha okafor",
    "Posted 3 hours ago",
    "Photo credit: Harbour Authority",
    "Read more: the council's plan for the quay",
    "Follow us on Mastodon for the latest",
    "Tuesday, 4 March 2025 at 10:45",
    "Mar 4, 2025 9:12 am",
    "Lesen Sie auch: Neue Pläne für den Hafen",
    "À lire aussi : le port se transforme",
    "Te puede interesar: obras en el muelle",
    "The quay will reopen in spring, the council said on Monday.",
    "Workers lifted the last crane off the pier before dawn.",
    "© Harbour Gazette 2025",
    "Newsletter",
    "Kontakt:",
    "A long paragraph " + "that keeps going " * 20 + "to the end.",
]

KEPT_ALONE = [
    "The quay will reopen in spring, the council said on Monday.",
    "Workers lifted the last crane off the pier before dawn.",
    "A long paragraph " + "that keeps going " * 20 + "to the end.",
]
KEPT = [*KEPT_ALONE[:2], "Kontakt:", KEPT_ALONE[2]]  # among text, a short label line stays


@pytest.mark.parametrize("case", [str, str.upper, str.lower, str.title, str.swapcase])
def test_furniture_verdicts_do_not_depend_on_letter_case(case: Any) -> None:
    lines = [case(line) for line in _LINES]
    assert _body_of(lines) == [*(case(line) for line in KEPT), LAST]
    for line in lines:  # one at a time too (no trailing-line rule in play)
        assert _body_of([line]) == ([line, LAST] if line in map(case, KEPT_ALONE) else [LAST]), line


def test_furniture_test_drops_furniture_in_any_case() -> None:
    body = _body_of(
        ["ADVERTISEMENT", "Read More", "The quay will reopen in spring, the council said."]
    )
    assert body == ["The quay will reopen in spring, the council said.", LAST]


PAGE = (
    "<html><head><title>Harbour works</title></head><body><article><h1>Harbour works</h1>"
    '<div class="article-body">'
    "<p>The council approved the harbour works on Monday, after a long debate about cost.</p>"
    "<p>   </p><p></p>"
    "<p>First line of an address<br>Second line of it<br><br>A new paragraph after two "
    "breaks, long enough to count as text for the scorer.</p>"
    "<p>Some <em>emphasised</em> words and a <a href='/quay'>link to the quay</a> "
    "inside a sentence that goes on for a while.</p>"
    "<p>Hafen\u00adarbeiten beginnen im Fr\u00fchjahr, sagte die Stadt am Montag.</p>"
    "<ul><li>One item</li><li>Two <strong>items</strong></li></ul>"
    "<p>Share this story</p>"
    "</div></article></body></html>"
)


def test_paragraphs_are_cut_at_blank_lines_and_double_breaks() -> None:
    article = newsmeta.extract(PAGE, URL)
    assert (article.body or "").split("\n\n") == [
        "The council approved the harbour works on Monday, after a long debate about cost.",
        "First line of an address\nSecond line of it",
        "A new paragraph after two breaks, long enough to count as text for the scorer.",
        "Some emphasised words and a link to the quay inside a sentence that goes on for a while.",
        "Hafenarbeiten beginnen im Frühjahr, sagte die Stadt am Montag.",
    ]
    assert newsmeta.to_text(article.blocks) == article.body  # "Share this story" dropped in both


@pytest.mark.parametrize("markup", MARKUPS)
def test_blocks_read_as_the_body_on_fixture_pages(markup: str) -> None:
    for seed in range(6):
        article = newsmeta.extract(render_html(make_article(seed), markup=markup), URL)
        assert article.body
        assert newsmeta.to_text(article.blocks) == article.body, seed
