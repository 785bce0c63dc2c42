"""The evidence path of a visible value, and its position read back from that path.

The engine places each visible candidate from its evidence path (the element the path
names when walked down from its anchor: the first element with the path's id, or the
root). Session 12 made the engine remember the element of each path instead of walking
it again; these pages, written for this test, check that what is placed, and where, is
still what walking the path gives: a path through a custom element, a deep path, a path
cut at 40 steps (which names no element) and a path through an id the page repeats.
"""

from __future__ import annotations

import datetime as dt

import newsmeta
from newsmeta import Article, Evidence

NOW = dt.datetime(2026, 11, 1, tzinfo=dt.timezone.utc)
URL = "https://example.org/news/budget"
_PARAGRAPH = (
    "<p>"
    + "The council approved the new budget after a long debate on Tuesday evening. " * 4
    + "</p>"
)
_TEXT = _PARAGRAPH * 3
_BYLINE = "<p class='byline'>By Jane Doe</p>"


def _nested(depth: int, inner: str) -> str:
    return "<div>" * depth + inner + "</div>" * depth


def _authors(article: Article) -> list[str]:
    return [author.name for author in article.authors]


def _evidence(article: Article) -> Evidence:
    found = [e for e in article.provenance.evidence if e.field == "authors"]
    assert len(found) == 1
    return found[0]


def test_a_path_through_custom_elements_is_placed() -> None:
    html = (
        "<html><body><news-story><h1>Council approves budget</h1>"
        f"<by-line class='byline'>By Jane Doe</by-line>{_TEXT}</news-story></body></html>"
    )
    article = newsmeta.extract(html, URL, now=NOW)
    evidence = _evidence(article)
    assert _authors(article) == ["Jane Doe"]
    assert evidence.locator == "/html/body[1]/news-story[1]/by-line[1]"
    assert evidence.position == "inside"


def test_a_deep_path_is_placed() -> None:
    html = (
        "<html><body><article><h1>Council approves budget</h1>"
        f"{_nested(30, _BYLINE + _TEXT)}</article></body></html>"
    )
    article = newsmeta.extract(html, URL, now=NOW)
    evidence = _evidence(article)
    assert evidence.locator == "/html/body[1]/article[1]/" + "div[1]/" * 30 + "p[1]"
    assert evidence.position == "inside"


def test_a_path_cut_at_forty_steps_is_not_placed() -> None:
    # 45 wrappers: the path keeps the element's 40 nearest steps, which name no element
    # when walked down from the root, so the value has no position.
    html = (
        "<html><body><article><h1>Council approves budget</h1>"
        f"{_nested(45, _BYLINE + _TEXT)}</article></body></html>"
    )
    article = newsmeta.extract(html, URL, now=NOW)
    evidence = _evidence(article)
    assert _authors(article) == ["Jane Doe"]
    assert evidence.locator == "/" + "div[1]/" * 39 + "p[1]"
    assert evidence.position is None


def test_a_path_through_a_repeated_id_reads_from_its_first_element() -> None:
    # Both wrappers have id="main": a path through the id is walked down from the first
    # one. The article's byline (under the first) is placed inside the article; the
    # second wrapper's byline names no element there and is not placed.
    html = (
        "<html><body><div id='main'><article><h1>Council approves budget</h1>"
        f"{_BYLINE}{_TEXT}</article></div>"
        "<div id='main'><p class='byline'>By Max Mustermann</p></div></body></html>"
    )
    article = newsmeta.extract(html, URL, now=NOW)
    evidence = _evidence(article)
    assert _authors(article) == ["Jane Doe"]
    assert evidence.locator == '//div[@id="main"]/article[1]/p[1]'
    assert evidence.position == "inside"
    rejected = [e for e in article.provenance.rejected if e.field == "authors"]
    assert [(e.locator, e.position) for e in rejected] == [('//div[@id="main"]/p[1]', None)]


def test_pages_read_one_after_another_are_placed_from_their_own_trees() -> None:
    # The same paths on two pages name other elements: each page is placed from its own
    # tree (paths are remembered per page), whichever was read before.
    inside = (
        "<html><body><div id='story'><h1>Council approves budget</h1>"
        f"{_BYLINE}{_TEXT}</div></body></html>"
    )
    other = (
        "<html><body><div id='story'><h1>Council approves budget</h1>"
        f"{_BYLINE}</div><div id='main'><article>{_TEXT}</article></div></body></html>"
    )
    first = [newsmeta.to_dict(newsmeta.extract(html, URL, now=NOW)) for html in (inside, other)]
    second = [newsmeta.to_dict(newsmeta.extract(html, URL, now=NOW)) for html in (other, inside)]
    assert first == second[::-1]
    assert _evidence(newsmeta.extract(inside, URL, now=NOW)).position == "inside"


def test_pages_read_in_threads_are_placed_as_when_read_alone() -> None:
    # Each thread remembers the paths of the page it reads: pages read side by side are
    # placed as when read one by one.
    from concurrent.futures import ThreadPoolExecutor

    pages = [
        "<html><body><div id='main'><article><h1>Council approves budget</h1>"
        f"{_BYLINE}{_TEXT}</article></div><aside><p class='byline'>By Max Mustermann</p>"
        "</aside></body></html>",
        "<html><body><aside><p class='byline'>By Max Mustermann</p></aside><news-story>"
        f"<h1>Council approves budget</h1>{_nested(12, _BYLINE + _TEXT)}</news-story>"
        "</body></html>",
    ] * 8

    def read(html: str) -> dict[str, object]:
        return newsmeta.to_dict(newsmeta.extract(html, URL, now=NOW))

    alone = [read(html) for html in pages]
    with ThreadPoolExecutor(max_workers=4) as pool:
        side_by_side = list(pool.map(read, pages))
    assert side_by_side == alone
    assert [_evidence(newsmeta.extract(h, URL, now=NOW)).position for h in pages[:2]] == [
        "inside",
        "inside",
    ]
