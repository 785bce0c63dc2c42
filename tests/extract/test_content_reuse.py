"""What the body scorer hands the block builder, and the fast furniture test.

The text walk cuts its paragraphs once and keeps, per stretch between two paragraph breaks,
where that stretch's paragraphs are; the block builder reads its plain runs from there and
reuses the walk's furniture verdicts. The furniture test lowers ASCII text and matches it
case-sensitively; these tests hold both shortcuts to the long way round.
"""

from __future__ import annotations

from typing import Any

import pytest

import newsmeta
from newsmeta._extract import _blocks, _body_lines, _body_tree, _images
from newsmeta.testing import MARKUPS, make_article, render_html

URL = "https://paper.example.net/local/2025/03/harbour-works"


def _slow_flags(paragraphs: list[str]) -> list[bool]:
    """keep_flags as it reads without the ASCII shortcut (the case-blind patterns only)."""
    flags = [
        not (
            (
                len(p) <= 90
                and (
                    _body_lines._BOILER.match(p)
                    or (len(p) <= 70 and _body_lines._DATELINE.search(p))
                )
            )
            or (len(p) <= 200 and _body_lines._CTA.match(p))
        )
        for p in paragraphs
    ]
    kept = [i for i, ok in enumerate(flags) if ok]
    while len(kept) > 1:
        last = paragraphs[kept[-1]]
        if (
            len(last) < 30 and not last.endswith(_body_lines._SENTENCE_END)
        ) or _body_lines._edge_boilerplate(last):
            flags[kept.pop()] = False
        else:
            break
    while len(kept) > 1 and _body_lines._edge_boilerplate(paragraphs[kept[0]], 150):
        flags[kept.pop(0)] = False
    return flags


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


@pytest.mark.parametrize("case", [str, str.upper, str.lower, str.title, str.swapcase])
def test_furniture_verdicts_equal_the_case_blind_patterns(case: Any) -> None:
    lines = [case(line) for line in _LINES]
    assert _body_lines.keep_flags(lines) == _slow_flags(lines)
    for line in lines:  # one at a time too (no trailing-line rule in play)
        pair = [line, "The last sentence of the story ends here."]
        assert _body_lines.keep_flags(pair) == _slow_flags(pair)


def test_furniture_test_drops_furniture_in_any_case() -> None:
    flags = _body_lines.keep_flags(
        ["ADVERTISEMENT", "Read More", "The quay will reopen in spring, the council said."]
    )
    assert flags == [False, False, True]


def _walks(monkeypatch: pytest.MonkeyPatch, html: str) -> list[tuple[Any, _blocks.Built]]:
    seen: list[tuple[Any, _blocks.Built]] = []

    def spy(walk: Any, base: str | None) -> _blocks.Built:
        built = _blocks.build_blocks(walk, base)
        seen.append((walk, built))
        return built

    monkeypatch.setattr(_images, "build_blocks", spy)
    newsmeta.extract(html, URL)
    return seen


def _stretches(pieces: list[str]) -> list[str]:
    return "".join(pieces).split(_body_tree.BLOCK_BREAK)


def _cut_alone(stretch: str) -> list[str]:
    """One stretch of the stream cut into paragraphs on its own."""
    out: list[str] = []
    para: list[str] = []
    for line in stretch.replace("\u00ad", "").split(_body_tree.BR):
        line = " ".join(line.split())
        if line:
            para.append(line)
        elif para:
            out.append("\n".join(para))
            para = []
    if para:
        out.append("\n".join(para))
    return out


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


def test_each_stretch_maps_to_the_paragraphs_cut_from_it(monkeypatch: pytest.MonkeyPatch) -> None:
    (walk, built), *_ = _walks(monkeypatch, PAGE)
    stretches = _stretches(walk.pieces)
    assert len(walk.spans) == 2 * len(stretches)
    made = []
    for s, stretch in enumerate(stretches):
        mine = walk.cut[walk.spans[2 * s] : walk.spans[2 * s + 1]]
        assert mine == _cut_alone(stretch)
        made.extend(mine)
    assert made == walk.cut
    assert walk.flags == _body_lines.keep_flags(walk.cut)
    assert "Share this story" in walk.cut
    assert not walk.flags[walk.cut.index("Share this story")]
    assert built.text == newsmeta.to_text(built.blocks)
    assert "Share this story" not in (built.text or "")
    assert "Hafenarbeiten beginnen" in (built.text or "")


@pytest.mark.parametrize("markup", MARKUPS)
def test_blocks_read_as_the_body_on_fixture_pages(
    monkeypatch: pytest.MonkeyPatch, markup: str
) -> None:
    checked = 0
    for seed in range(6):
        html = render_html(make_article(seed), markup=markup)
        article = newsmeta.extract(html, URL)
        for walk, built in _walks(monkeypatch, html):
            kept = [p for p, ok in zip(walk.cut, walk.flags) if ok]
            assert built.text == newsmeta.to_text(built.blocks)
            if built.text == article.body:
                assert "\n\n".join(kept) == article.body
                checked += 1
    assert checked >= 3
