"""Runs of teaser cards (three or more sibling blocks of one kind, each a linked title and a
sentence or two of summary) list other stories: they are never read into the body, whether
they sit in a side column, under the story or inside its element. A post whose own text is
such a list keeps it, and sections with long text under linked headings are the story. The
pages are written for these tests."""

from __future__ import annotations

import datetime as dt

import newsmeta

NOW = dt.datetime(2026, 12, 6, tzinfo=dt.timezone.utc)

_STORY = [
    f"The orchard cooperative said on Friday that this year's apple harvest, picked on "
    f"{n} hillside terraces, came in a third above last season, and that cider pressing "
    f"would start a week earlier than planned to keep up with the crates."
    for n in ("twelve", "nine", "fourteen", "six", "eleven", "eight")
]


def _p(lines: list[str]) -> str:
    return "".join(f"<p>{line}</p>" for line in lines)


def _cards(tag: str = "div", title: str = "h3", count: int = 4, summary: str = "p") -> str:
    return "".join(
        f"<{tag} class='entry'><{title}><a href='/story/{i}'>Village hall roof {i} "
        f"repaired at last</a></{title}><{summary}>Volunteers raised the money for roof "
        f"number {i} in two months, with a quiz night, a plant sale and, in the end, a "
        f"grant from the district.</{summary}></{tag}>"
        for i in range(count)
    )


def _body(html: str) -> str:
    page = (
        "<html lang='en'><head><title>Apple harvest up a third</title></head><body>"
        f"<nav><a href='/'>Home</a><a href='/farming'>Farming</a></nav>{html}</body></html>"
    )
    article = newsmeta.extract(page, "https://valley.example/2025/apples", now=NOW)
    assert article.body is not None
    return article.body


def _story_only(body: str, lines: list[str] = _STORY) -> None:
    assert all(line in body for line in lines)
    assert "roof" not in body
    assert "quiz night" not in body


def test_a_column_of_cards_beside_a_story_without_article_or_main() -> None:
    body = _body(
        f"<div><div><h1>Apple harvest up a third</h1>{_p(_STORY)}</div>"
        f"<div><h4>Most read</h4>{_cards(count=5)}</div></div>"
    )
    _story_only(body)


def test_cards_as_list_items_inside_the_article_element() -> None:
    body = _body(
        f"<article><h1>Apple harvest up a third</h1>{_p(_STORY)}"
        f"<ul>{_cards(tag='li', title='h4')}</ul></article>"
    )
    _story_only(body)


def test_cards_titled_in_bold_with_a_span_summary() -> None:
    body = _body(
        f"<div class='page'><h1>Apple harvest up a third</h1>{_p(_STORY)}"
        f"<div><h3>More from this writer</h3>{_cards(title='strong', summary='span')}</div></div>"
    )
    _story_only(body)


def test_cards_whose_title_sits_in_an_inner_block_after_a_thumbnail() -> None:
    # <div><a><img></a><div><h3><a>…</a></h3><p>…</p></div></div>: the outer block adds
    # no text, so the outer blocks are the run.
    cards = "".join(
        f"<div class='tile'><a href='/story/{i}'><img src='/img/{i}.jpg' alt=''></a>"
        f"<div class='tile-text'><h3><a href='/story/{i}'>Village hall roof {i} repaired "
        f"at last</a></h3><p>Volunteers raised the money for roof number {i} in two months, "
        f"with a quiz night, a plant sale and, in the end, a grant.</p></div></div>"
        for i in range(4)
    )
    body = _body(
        f"<article><h1>Apple harvest up a third</h1>{_p(_STORY)}<div>{cards}</div></article>"
    )
    _story_only(body)


def test_a_post_that_is_a_list_of_linked_picks_keeps_them() -> None:
    body = _body(
        "<article><h1>Six reads for the weekend</h1><p>Our pick of the week's writing on "
        f"farming and the countryside, from around the web.</p>{_cards(count=6)}</article>"
    )
    assert all(f"roof number {i} in two months" in body for i in range(6))


def test_long_sections_under_linked_headings_are_the_story() -> None:
    sections = "".join(
        f"<section class='pick'><h2><a href='/farm/{i}'>Farm {i}</a></h2>"
        f"{_p(_STORY[i : i + 2])}</section>"
        for i in range(0, 6, 2)
    )
    body = _body(f"<article><h1>Apple harvest up a third</h1>{sections}</article>")
    assert all(line in body for line in _STORY)
