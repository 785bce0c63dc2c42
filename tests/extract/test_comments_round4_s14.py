"""Comments round 4 (session 14, issue 13): rows marked only by a comment-id attribute,
Komento-like titles with no comment form, days printed with no year, "In reply to" lines.

Public API only: each page is a short article with one comment area of our own.
"""

from __future__ import annotations

import datetime as dt

import newsmeta

NOW = dt.datetime(2024, 9, 1, 12, 0, tzinfo=dt.timezone.utc)
URL = "https://valley.example/2024/08/library"
STORY = (
    "<p>" + "The town library will open on Sunday afternoons from October after a petition "
    "from students who need a quiet place to revise. " * 4 + "</p>"
)
NAMES = ["Hanna Berg", "quietreader", "Tomasz Lis"]
TEXTS = [
    "Sunday opening is great news, the reading room is always full on Saturday.",
    "I signed the petition last spring and had given up hope it would happen.",
    "Will the children's corner be staffed too, or only the study tables?",
]


def page(after: str, lang: str = "en") -> str:
    return (
        f'<!doctype html><html lang="{lang}"><head><title>Library on Sundays</title></head>'
        '<body><header><a href="/">Valley Courier</a></header><main><article>'
        f'<h1>Library to open on Sundays</h1><p class="byline">By Rui Campos</p>{STORY}{STORY}'
        f"</article>{after}</main><footer><p>© 2024 Valley Courier</p></footer></body></html>"
    )


def extract(after: str, *, now: dt.datetime | None = NOW) -> newsmeta.Article:
    return newsmeta.extract(page(after), url=URL, now=now)


def rows(fmt: str) -> str:
    pairs = enumerate(zip(NAMES, TEXTS, strict=True))
    return "".join(fmt.format(i=i, n=n, c=c, d=20 + i) for i, (n, c) in pairs)


def test_rows_marked_only_by_a_comment_id_attribute() -> None:
    html = rows(
        '<div class="row" data-comment-id="{i}"><div class="hd"><span class="handle">{n}</span> '
        '<span class="ts">Aug {d}, 2024</span></div><div class="tx">{c}</div></div>'
    )
    art = extract(f'<div class="thread-box">{html}</div>')
    assert [c.text for c in art.comments] == TEXTS
    assert [c.author.name if c.author else None for c in art.comments] == NAMES
    assert [c.id for c in art.comments] == ["0", "1", "2"]
    assert art.comments[0].date_published is not None
    assert str(art.comments[0].date_published)[:10] == "2024-08-20"


def test_comment_id_attribute_on_counters_and_forms_gives_no_comment() -> None:
    art = extract(
        '<div class="cmt-js"><div class="likes" data-comment-id="81">12</div>'
        '<div class="likes" data-comment-id="82">3</div><div class="reply-box" '
        'data-comment-id="0"><form><textarea></textarea><button>Send</button></form></div></div>'
    )
    assert art.comments == ()


def test_title_div_with_no_form_on_the_page() -> None:
    html = rows(
        '<div class="kmt-item" id="kmt-{i}"><div class="kmt-head"><a class="kmt-author" '
        'href="/u/{i}">{n}</a> <span class="kmt-time">{d} August 2024</span></div>'
        '<div class="kmt-body">{c}</div></div>'
    )
    art = extract(
        f'<div id="kmt-wrap"><div class="kmt-title">Comments (3)</div>'
        f'<div class="kmt-list">{html}</div></div>'
    )
    assert [c.text for c in art.comments] == TEXTS
    assert [c.author.name if c.author else None for c in art.comments] == NAMES


DISCOURSE = (
    '<div id="discourse-comments"><div class="embed-posts"><header><h3>Replies</h3></header>'
    '<div class="posts">'
    + rows(
        '<article class="topic-post"><div class="post-meta"><a class="username" '
        'href="https://forum.example/u/{i}">{n}</a><span class="post-date">Aug {d}</span></div>'
        '<div class="cooked"><p>{c}</p></div></article>'
    )
    + "</div></div></div>"
)


def test_yearless_day_is_read_against_now() -> None:
    art = extract(DISCOURSE)
    assert [c.text for c in art.comments] == TEXTS
    assert [str(c.date_published) for c in art.comments] == [
        "2024-08-20",
        "2024-08-21",
        "2024-08-22",
    ]


def test_yearless_day_still_ahead_of_now_is_last_years() -> None:
    art = extract(DISCOURSE, now=dt.datetime(2025, 8, 21, 12, 0, tzinfo=dt.timezone.utc))
    assert [str(c.date_published) for c in art.comments] == [
        "2025-08-20",
        "2025-08-21",
        "2024-08-22",
    ]


def test_yearless_day_without_now_gives_no_date() -> None:
    html = rows(
        '<div class="comment"><span class="comment-author">{n}</span> '
        '<span class="comment-date">Aug {d}</span><div class="comment-text">{c}</div></div>'
    )
    art = extract(f'<div class="comments"><h3>Comments</h3>{html}</div>', now=None)
    assert [c.text for c in art.comments] == TEXTS
    assert all(c.date_published is None for c in art.comments)


def test_in_reply_to_line_names_the_parent() -> None:
    lead = [
        "",
        '<p class="reply-to">In reply to <a href="#comment-800">Hanna Berg</a></p>',
        '<p class="reply-to">In reply to <a href="#comment-801">quietreader</a></p>',
    ]
    html = "".join(
        f'<li class="comment" id="comment-{800 + i}"><div class="comment-author">{n}</div>'
        f'<time datetime="2024-08-{20 + i}T10:00:00Z">Aug {20 + i}, 2024</time>{lead[i]}'
        f'<div class="comment-content"><p>{c}</p></div></li>'
        for i, (n, c) in enumerate(zip(NAMES, TEXTS))
    )
    art = extract(f'<div id="comments"><h3>Comments</h3><ol class="commentlist">{html}</ol></div>')
    assert [c.text for c in art.comments] == TEXTS
    assert [c.parent_id for c in art.comments] == [None, "comment-800", "comment-801"]


def test_german_reply_line_and_link_to_an_unknown_comment() -> None:
    lead = [
        "",
        '<span class="antwort">Antwort auf <a href="#kommentar-500">Hanna Berg</a></span>',
        '<span class="antwort">Antwort auf <a href="#kommentar-999">jemand</a></span>',
    ]
    html = "".join(
        f'<div class="kommentar" id="kommentar-{500 + i}"><div class="kommentar-meta">'
        f'<span class="kommentar-autor">{n}</span> <span class="kommentar-datum">'
        f'{20 + i}.08.2024</span> {lead[i]}</div><div class="kommentar-text">{c}</div></div>'
        for i, (n, c) in enumerate(zip(NAMES, TEXTS))
    )
    art = extract(f'<div id="kommentare"><h3>Kommentare</h3>{html}</div>')
    assert [c.text for c in art.comments] == TEXTS
    # a link to a comment not on the page names no parent
    assert [c.parent_id for c in art.comments] == [None, "kommentar-500", None]
