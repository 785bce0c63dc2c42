"""Comments on unseen systems, round 2 (session 13, issue 13).

Public API only: each page is a short article with one comment area of a shape the first
round did not read (a Komento-like list, posts dated by their first line, a section named
only by its aria-label, an avatar's alt text, a count in a link to the comments).
"""

from __future__ import annotations

import datetime as dt

import pytest
from comment_pages import names, texts

import newsmeta

NOW = dt.datetime(2024, 6, 1, 12, 0, tzinfo=dt.timezone.utc)
URL = "https://ledger.example/2024/05/library-sundays"
STORY = (
    "<p>" + "The county library will open on Sundays from September after a vote by the "
    "board, which found money for two extra staff. " * 4 + "</p>"
)
TEXTS = [
    "Sunday opening is exactly what students in this town needed before exams.",
    "I hope they keep the reading room quiet, it got noisy last winter.",
    "Good decision, but the parking lot is still far too small for weekends.",
]
NAMES = ["Priya Nandakumar", "oldbookworm", "T. Barros"]


def page(after: str, lang: str = "en") -> str:
    return (
        f'<!doctype html><html lang="{lang}"><head><title>Library on Sundays</title></head>'
        '<body><header><a href="/">Valley Ledger</a></header><main><article>'
        f'<h1>Library on Sundays</h1><p class="byline">By Joel Amari</p>{STORY}{STORY}'
        f"</article>{after}</main><footer><p>© 2024 Valley Ledger</p></footer></body></html>"
    )


def extract(after: str, lang: str = "en") -> newsmeta.Article:
    return newsmeta.extract(page(after, lang), url=URL, now=NOW)


def test_list_items_after_a_comment_heading() -> None:
    items = "".join(
        f'<li id="k-{i}" class="k-item"><div class="k-head"><h4 class="k-author">'
        f'<a href="/u/{i}">{n}</a></h4><time datetime="2024-05-0{3 + i}T10:00:00Z">'
        f'{3 + i} May</time></div><div class="k-body">{t}</div></li>'
        for i, (n, t) in enumerate(zip(NAMES, TEXTS, strict=True))
    )
    art = extract(f'<div class="k-wrap"><h3>Comments (3)</h3><ul class="k-list">{items}</ul></div>')
    assert texts(art) == TEXTS
    assert names(art) == NAMES
    assert all(c.date_published is not None for c in art.comments)


def test_unsigned_list_items_after_a_comment_heading_are_no_comments() -> None:
    items = "".join(
        f'<li><a href="/story-{i}">Another story about the town, number {i}</a> '
        f'<time datetime="2024-05-0{3 + i}">May {3 + i}</time></li>'
        for i in range(3)
    )
    art = extract(f"<div><h3>Most commented</h3><ul>{items}</ul></div>")
    assert art.comments == ()


def test_posts_dated_by_their_first_line_under_a_russian_heading() -> None:
    ru = [
        "Воскресные часы работы очень нужны студентам перед экзаменами.",
        "Надеюсь, в читальном зале будет тихо, зимой было шумно.",
        "Хорошее решение, но парковка по-прежнему слишком мала.",
    ]
    posts = "".join(
        f'<div class="msg"><div class="msg-top"><a class="nick" href="/u/{i}">{n}</a> '
        f'<span class="when">{3 + i} мая 2024, 10:0{i}</span></div><div class="msg-txt">{t}</div>'
        "</div>"
        for i, (n, t) in enumerate(zip(NAMES, ru, strict=True))
    )
    art = extract(f'<div class="block"><h3>Комментарии</h3>{posts}</div>', lang="ru")
    assert texts(art) == ru
    assert names(art) == NAMES
    assert [c.date_published.day if c.date_published else None for c in art.comments] == [3, 4, 5]


@pytest.mark.parametrize("label", ["Comments", "Kommentare", "Reader comments"])
def test_section_named_only_by_its_aria_label(label: str) -> None:
    posts = "".join(
        f'<article class="entry"><header><b>{n}</b> · <time datetime="2024-05-0{3 + i}T08:00">'
        f"May {3 + i}</time></header><p>{t}</p></article>"
        for i, (n, t) in enumerate(zip(NAMES, TEXTS, strict=True))
    )
    art = extract(f'<section aria-label="{label}">{posts}</section>')
    assert texts(art) == TEXTS


def test_aria_label_naming_something_else_is_no_comment_section() -> None:
    posts = "".join(
        f'<article class="entry"><header><b>{n}</b> · <time datetime="2024-05-0{3 + i}T08:00">'
        f"May {3 + i}</time></header><p>{t}</p></article>"
        for i, (n, t) in enumerate(zip(NAMES, TEXTS, strict=True))
    )
    art = extract(f'<section aria-label="Related stories">{posts}</section>')
    assert art.comments == ()


def test_commenter_named_only_by_the_avatar_alt_text() -> None:
    items = "".join(
        f'<li class="comment" id="comment-{40 + i}"><img class="avatar" src="a.png" alt="{n}">'
        f'<div class="comment-meta"><time datetime="2024-05-0{3 + i}T09:00">May {3 + i}</time>'
        f'</div><div class="comment-text">{t}</div></li>'
        for i, (n, t) in enumerate(zip(NAMES, TEXTS, strict=True))
    )
    art = extract(f'<div id="comments"><ol class="comment-list">{items}</ol></div>')
    assert names(art) == NAMES


def test_avatar_alt_that_only_says_avatar_is_no_name() -> None:
    items = "".join(
        f'<li class="comment" id="comment-{40 + i}"><img class="avatar" src="a.png" '
        f'alt="User avatar"><div class="comment-meta"><time datetime="2024-05-0{3 + i}T09:00">'
        f'May {3 + i}</time></div><div class="comment-text">{t}</div></li>'
        for i, t in enumerate(TEXTS)
    )
    art = extract(f'<div id="comments"><ol class="comment-list">{items}</ol></div>')
    assert texts(art) == TEXTS
    assert names(art) == [None, None, None]


@pytest.mark.parametrize(
    ("lang", "label", "href"),
    [
        ("en", "12 Comments", "#comments"),
        ("de", "12 Kommentare", "#comments"),
        ("fr", "12 commentaires", "#comments"),
        ("es", "12 comentarios", "#respond"),
        ("it", "12 commenti", "#commenti"),
        ("en", "Comments (12)", "/2024/05/library-sundays/#comments"),
    ],
)
def test_count_from_a_link_to_the_comments(lang: str, label: str, href: str) -> None:
    art = extract(f'<p class="meta-line"><a href="{href}">{label}</a></p>', lang=lang)
    assert art.comment_count == 12


def test_count_link_to_another_page_is_not_this_pages_count() -> None:
    teasers = "".join(
        f'<li><a href="/2024/05/story-{i}">Story {i}</a> '
        f'<a href="/2024/05/story-{i}#comments">{i + 4} Comments</a></li>'
        for i in range(3)
    )
    art = extract(f'<section class="more"><h3>More news</h3><ul>{teasers}</ul></section>')
    assert art.comment_count is None


def test_count_links_that_disagree_give_no_count() -> None:
    art = extract(
        '<p><a href="#comments">12 Comments</a></p><p><a href="#comments">3 Comments</a></p>'
    )
    assert art.comment_count is None


def test_definition_list_term_name_on_a_day() -> None:
    entries = "".join(
        f'<dt class="comment-head"><strong>{n}</strong> on May {3 + i}, 2024</dt>'
        f'<dd class="comment-text">{t}</dd>'
        for i, (n, t) in enumerate(zip(NAMES, TEXTS, strict=True))
    )
    art = extract(
        f'<div id="comments"><h3>Comments</h3><dl class="comment-list">{entries}</dl></div>'
    )
    assert texts(art) == TEXTS
    assert names(art) == NAMES
