"""Comments from further comment systems and their negatives (session 13, issue 13).

Public API only: each page is a short article with one comment area of a common shape.
"""

from __future__ import annotations

import datetime as dt

import pytest
from comment_pages import names, texts

import newsmeta

NOW = dt.datetime(2024, 6, 1, 12, 0, tzinfo=dt.timezone.utc)
URL = "https://harbour.example/2024/05/bridge"
STORY = (
    "<p>" + "The council approved the footbridge on Tuesday after a long debate about its cost "
    "and the noise during the works. " * 4 + "</p>"
)
TEXTS = [
    "I cycle past the quay every morning and the bridge would save me ten minutes.",
    "Who pays for the upkeep once the builders have gone home?",
    "Finally some good news for the east side of town.",
]
NAMES = ["Mara Holt", "deepwater_71", "Ken O."]


def page(after: str, lang: str = "en") -> str:
    return (
        f'<!doctype html><html lang="{lang}"><head><title>Bridge approved</title></head><body>'
        '<header><a href="/">Harbour Post</a></header><main><article><h1>Bridge approved</h1>'
        f'<p class="byline">By Lena Ortiz</p>{STORY}{STORY}</article>{after}</main>'
        "<footer><p>© 2024 Harbour Post</p></footer></body></html>"
    )


def extract(after: str, lang: str = "en") -> newsmeta.Article:
    return newsmeta.extract(page(after, lang), url=URL, now=NOW)


def test_drupal_body_field_is_not_the_author() -> None:
    items = "".join(
        f'<article id="comment-{i}" class="comment js-comment">'
        f'<footer class="comment__meta"><p class="comment__submitted">Submitted by <span>{n}</span>'
        f" on Fri, 3 May 2024 - 09:1{i}</p></footer>"
        '<div class="comment__content"><div class="field field--name-comment-body '
        f'field__item"><p>{t}</p></div></div></article>'
        for i, (n, t) in enumerate(zip(NAMES, TEXTS, strict=True))
    )
    art = extract(f'<section class="comment-wrapper"><h2>Comments</h2>{items}</section>')
    assert texts(art) == TEXTS
    assert names(art) == NAMES


def test_text_inside_a_user_classed_box_is_read() -> None:
    # The box around the text is classed for the commenter's type ("usertype-guest"): it holds
    # the comment's text, so it is not metadata; the "#1" counter and the action row are not text.
    items = "".join(
        f'<div class="even" id="item-{i}"><div class="comment-box usertype-guest">'
        f'<a class="comment-anchor" href="#c{i}">#{i + 1}</a><span class="comment-author">{n}'
        f'</span><span class="comment-date">03.05.2024 09:1{i}</span><div class="comment-body">'
        f'{t}</div></div><span class="buttons"><a href="#">Reply</a> | <a href="#">Quote</a>'
        "</span></div>"
        for i, (n, t) in enumerate(zip(NAMES, TEXTS, strict=True))
    )
    art = extract(f'<div id="comments"><div class="comments-list">{items}</div></div>')
    assert texts(art) == TEXTS
    assert names(art) == NAMES
    assert all(c.date_published is not None for c in art.comments)


def test_forum_posts_with_alternating_classes_under_a_heading() -> None:
    items = "".join(
        f'<div id="p{i}" class="post bg{1 + i % 2}"><div class="postbody"><h3><a href="#p{i}">'
        f'Re: Bridge approved</a></h3><p class="author">by <strong><a class="username">{n}</a>'
        f'</strong> <time datetime="2024-05-0{3 + i}T09:10:00+00:00">May {3 + i}</time></p>'
        f'<div class="content">{t}</div></div></div>'
        for i, (n, t) in enumerate(zip(NAMES, TEXTS, strict=True))
    )
    art = extract(f"<section><h2>3 Comments</h2>{items}</section>")
    assert texts(art) == TEXTS  # all three, without the "Re: <title>" subject
    assert names(art) == NAMES


@pytest.mark.parametrize("wrapped", [True, False])
def test_posts_in_the_container_after_a_heading(wrapped: bool) -> None:
    posts = "".join(
        f'<article class="post"><div class="info"><h3 class="username"><a href="/u/{i}">{n}</a>'
        f'</h3><time datetime="2024-05-0{3 + i}T09:10:00Z">May {3 + i}</time></div><p>{t}</p>'
        "</article>"
        for i, (n, t) in enumerate(zip(NAMES, TEXTS, strict=True))
    )
    heading = "<h2>Replies</h2>"
    if wrapped:
        heading = f'<header>{heading}<a href="/t/1">Continue the discussion</a></header>'
    box = f'<div class="wrap"><div class="list">{posts}</div></div>'
    art = extract(f'<div class="embed">{heading}{box}</div>')
    assert texts(art) == TEXTS
    assert names(art) == NAMES


def test_teaser_cards_under_a_discussion_heading_are_no_comments() -> None:
    cards = "".join(
        f'<div class="teaser"><h3><a href="/opinion/{i}">{title}</a></h3>'
        f'<time datetime="2024-04-2{i}">April 2{i}</time><p>What the decision means for the '
        "shops and ferries on the quay.</p></div>"
        for i, title in enumerate(["Why it is worth it", "Nobody asked for it", "Three questions"])
    )
    art = extract(f"<section><h2>Discussion</h2>{cards}</section>")
    assert art.comments == ()


def test_block_around_a_comment_form_is_no_comment() -> None:
    art = extract(
        '<div class="comment-entry"><div class="comment_meta"><span class="comment-count">0</span>'
        ' <span class="comment-text">replies</span></div><h3 class="miniheading">Leave a Reply</h3>'
        '<span>Want to join the discussion?</span><form id="commentform">'
        '<p class="comment-form-author"><label>Name *</label><input name="author"></p>'
        '<textarea name="comment"></textarea></form></div>'
    )
    assert art.comments == ()
    assert art.comments_open is True


def test_header_line_before_the_comment_gives_author_and_date() -> None:
    rows = "".join(
        f'<tr><td><span class="comhead"><a href="user?id={i}" class="hnuser">{n}</a> '
        f'<span class="age" title="2024-05-0{3 + i}T09:10:00"><a href="#">4 weeks ago</a></span>'
        f'</span><br><div class="comment"><div class="commtext">{t}</div></div></td></tr>'
        for i, (n, t) in enumerate(zip(NAMES, TEXTS, strict=True))
    )
    art = extract(f'<table class="tree">{rows}</table>')
    assert texts(art) == TEXTS
    assert names(art) == NAMES
    assert [c.date_published.day if c.date_published else None for c in art.comments] == [3, 4, 5]


def test_italian_data_class_is_the_date_not_the_text() -> None:
    said = ["Passo dal porto ogni mattina.", "Chi paga la manutenzione?", "Finalmente, bene."]
    items = "".join(
        f'<li class="commento" id="commento-{i}"><p class="commento-autore">{n}</p>'
        f'<p class="commento-data">{3 + i} maggio 2024 alle 09:10</p>'
        f'<div class="commento-testo"><p>{t}</p></div><a href="#">Rispondi</a></li>'
        for i, (n, t) in enumerate(zip(NAMES, said, strict=True))
    )
    art = extract(f'<div id="commenti"><h3>3 commenti</h3><ol>{items}</ol></div>', lang="it")
    assert texts(art) == said
    assert [c.date_published.day if c.date_published else None for c in art.comments] == [3, 4, 5]


def test_russian_heading_names_the_section() -> None:
    said = ["Каждое утро езжу мимо порта.", "Кто будет платить?", "Наконец-то хорошие новости."]
    posts = "".join(
        f'<div class="post"><p><strong>{n}</strong> <time datetime="2024-05-0{3 + i}">'
        f"{3 + i} мая 2024</time></p><p>{t}</p></div>"
        for i, (n, t) in enumerate(zip(NAMES, said, strict=True))
    )
    art = extract(f"<section><h2>Комментарии (3)</h2>{posts}</section>", lang="ru")
    assert texts(art) == said
    assert names(art) == NAMES


@pytest.mark.parametrize(
    ("label", "lang", "count"),
    [
        ("7 комментариев", "ru", 7),
        ("Komentarze (4)", "pl", 4),
        ("5 yorum", "tr", 5),
        ("6 kommentarer", "sv", 6),
        ("12 Kommentare", "de", 12),
    ],
)
def test_count_heading_in_more_languages(label: str, lang: str, count: int) -> None:
    art = extract(
        f'<div class="comments-block"><h3 class="comments-title">{label}</h3></div>', lang
    )
    assert art.comment_count == count
    assert art.comments == ()


@pytest.mark.parametrize(
    "line", ["Noch keine Kommentare. Sei der Erste!", "Nessun commento", "Brak komentarzy"]
)
def test_no_comments_yet_is_a_count_of_zero(line: str) -> None:
    art = extract(f'<section class="kommentare"><p class="keine-kommentare">{line}</p></section>')
    assert art.comment_count == 0
    assert art.comments == ()


def test_a_reply_link_is_no_name() -> None:
    items = "".join(
        f'<div class="comment" id="comment-{i}"><div class="comment-author">[ antworten ]</div>'
        f'<div class="comment-date">03.05.2024 09:1{i}</div><div class="comment-content">'
        f"<p>{t}</p></div></div>"
        for i, t in enumerate(TEXTS)
    )
    art = extract(f'<div id="comments">{items}</div>', lang="de")
    assert texts(art) == TEXTS
    assert names(art) == [None, None, None]


def test_a_heading_with_only_the_name_before_the_time_is_the_writer() -> None:
    items = "".join(
        f'<div class="static-comment" id="sc-{i}"><h4>{n}</h4><time datetime="2024-05-0{3 + i}">'
        f"May {3 + i}, 2024</time><p>{t}</p></div>"
        for i, (n, t) in enumerate(zip(NAMES, TEXTS, strict=True))
    )
    art = extract(f'<section class="page__comments"><h3>Comments</h3>{items}</section>')
    assert texts(art) == TEXTS
    assert names(art) == NAMES
