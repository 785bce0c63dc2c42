"""Comments round 5 (session 15, issue 13): forum threads, flat threads (a reply box after
its parent, indented siblings), a comment's text wrapped in a form, Q&A comments, "(not
verified)" after a name, and shapes that are no comments (a blog archive, pingbacks).

Public API only: each page is a short page of our own (a garden allotment story).
"""

from __future__ import annotations

import datetime as dt

from tests.extract.comment_pages import names, texts

import newsmeta

NOW = dt.datetime(2024, 9, 1, 12, 0, tzinfo=dt.timezone.utc)
URL = "https://riverside.example/2024/08/plots"
STORY = (
    "<p>" + "The allotment society will open twelve new plots behind the old depot next "
    "spring, and the waiting list will be worked through in order. " * 4 + "</p>"
)
FIRST = (
    "Does anyone know whether the new plots behind the depot get their own water taps, or "
    "do we have to carry cans from the main shed like everybody else?"
)
NAMES = ["Ines Koller", "muddyboots", "Piet de Vries"]
TEXTS = [
    "The council promised two standpipes, one at each end of the new row of beds.",
    "We carried cans for three summers, so a tap would change everything for us.",
    "Ask at the Saturday meeting, the treasurer has the plan with all the pipes drawn.",
]


def story(after: str) -> newsmeta.Article:
    html = (
        '<!doctype html><html lang="en"><head><title>New plots</title></head><body>'
        '<header><a href="/">Riverside Notes</a></header><main><article>'
        f'<h1>Twelve new garden plots</h1><p class="byline">By Rui Campos</p>{STORY}{STORY}'
        f"</article>{after}</main><footer><p>© 2024 Riverside Notes</p></footer></body></html>"
    )
    return newsmeta.extract(html, url=URL, now=NOW)


def thread(posts: str) -> newsmeta.Article:
    html = (
        '<!doctype html><html lang="en"><head><title>Water taps? - Gardeners Forum</title>'
        '</head><body><header><a href="/">Gardeners Forum</a></header><div id="page-body">'
        f"<h1>Water taps on the new plots?</h1>{posts}</div><footer><p>Powered by a forum"
        "</p></footer></body></html>"
    )
    return newsmeta.extract(html, url="https://forum.example/t/77", now=NOW)


WRITERS = ["Marta Ruiz", *NAMES]
POSTS = [FIRST, *TEXTS]


def test_phpbb_like_thread_replies_are_comments_of_the_first_post() -> None:
    posts = "".join(
        f'<div id="p{50 + i}" class="post bg2"><div class="inner"><dl class="postprofile">'
        f'<dt><a class="username" href="/u/{i}">{n}</a></dt><dd>Joined: Mon Mar 04, 2019</dd>'
        f'</dl><div class="postbody"><div id="post_content{50 + i}"><h3><a href="#p{50 + i}">'
        f'Re: Water taps</a></h3><p class="author">by <strong><a class="username">{n}</a>'
        f'</strong> » <time datetime="2024-08-{20 + i}T09:10:00+00:00">Aug {20 + i}, 2024'
        f'</time></p><div class="content">{c}</div></div></div></div></div>'
        for i, (n, c) in enumerate(zip(WRITERS, POSTS, strict=True))
    )
    art = thread(posts)
    assert texts(art) == TEXTS
    assert names(art) == NAMES
    assert [str(c.date_published)[:10] for c in art.comments] == [
        "2024-08-21",
        "2024-08-22",
        "2024-08-23",
    ]
    assert [c.id for c in art.comments] == ["p51", "p52", "p53"]
    body = art.body or ""
    assert FIRST in " ".join(body.split())
    assert not any(t in body for t in TEXTS)


def test_xenforo_like_thread_with_writer_attribute_and_nested_text_boxes() -> None:
    posts = "".join(
        f'<article class="message message--post" data-author="{n}" id="js-post-{80 + i}">'
        f'<div class="message-cell message-cell--user"><h4 class="message-name"><a href="/m/{i}" '
        f'class="username">{n}</a></h4></div><div class="message-cell message-cell--main">'
        f'<header><time datetime="2024-08-{20 + i}T09:10:00+0000">Aug {20 + i}, 2024</time>'
        f'</header><div class="message-content"><article class="message-body"><div '
        f'class="bbWrapper">{c}</div></article></div></div></article>'
        for i, (n, c) in enumerate(zip(WRITERS, POSTS, strict=True))
    )
    art = thread(f'<div class="block-body">{posts}</div>')
    assert texts(art) == TEXTS
    assert names(art) == NAMES
    assert not any(t in (art.body or "") for t in TEXTS)


def test_blog_archive_posts_with_ids_writers_and_days_are_no_comments() -> None:
    posts = "".join(
        f'<article id="post-{300 + i}" class="post"><h2 class="entry-title"><a href="/{i}/">'
        f'Plot {i}</a></h2><span class="author"><a href="/a/{i}">{n}</a></span><time '
        f'datetime="2024-08-{20 + i}">Aug {20 + i}, 2024</time><div class="entry-content">'
        f"<p>{c}</p></div></article>"
        for i, (n, c) in enumerate(zip(WRITERS, POSTS, strict=True))
    )
    assert thread(f"<main>{posts}</main>").comments == ()


def test_drupal_like_reply_box_after_its_parent() -> None:
    def one(i: int) -> str:
        return (
            f'<article id="comment-{30 + i}" class="comment js-comment">'
            '<footer class="comment__meta">'
            f'<p class="comment__author"><span>{NAMES[i]} (not verified)</span></p>'
            f'<p class="comment__time">Wed, 08/{21 + i}/2024 - 09:10</p></footer>'
            f'<div class="comment__content"><p>{TEXTS[i]}</p></div></article>'
        )

    art = story(
        f'<section class="comments"><h2>Comments</h2>{one(0)}<div class="indented">'
        f'<a id="x"></a>{one(1)}</div>{one(2)}</section>'
    )
    assert texts(art) == TEXTS
    assert names(art) == NAMES
    assert [c.parent_id for c in art.comments] == [None, "comment-30", None]


def test_indented_sibling_comments_give_parents() -> None:
    rows = "".join(
        f'<div id="t{70 + i}" class="tree-twig" style="margin-left: {depth * 30}px">'
        '<div class="comment-wrap">'
        f'<div class="comment-head"><span class="ljuser"><b>{NAMES[i]}</b></span> '
        f'<span class="comment-datetime">2024-08-{21 + i} 09:10 am (UTC)</span></div>'
        f'<div class="comment-text">{TEXTS[i]}</div></div></div>'
        for i, depth in enumerate((0, 1, 0))
    )
    art = story(
        f'<div id="comments" class="post-comments"><h3>3 comments</h3><div class="tree">{rows}'
        "</div></div>"
    )
    assert texts(art) == TEXTS
    ids = [c.id for c in art.comments]
    assert [c.parent_id for c in art.comments] == [None, ids[0], None]


def test_comment_text_inside_a_form_with_no_field_is_read() -> None:
    rows = "".join(
        f'<div class="thing comment" id="thing_{i}"><p class="tagline"><a class="author">{n}'
        f'</a> <time datetime="2024-08-2{i}T09:00:00+00:00">1 year ago</time></p>'
        f'<form class="usertext" action="#"><input type="hidden" name="id" value="{i}">'
        f'<div class="md"><p>{c}</p></div></form></div>'
        for i, (n, c) in enumerate(zip(NAMES, TEXTS, strict=True))
    )
    art = story(f'<div class="commentarea">{rows}</div>')
    assert texts(art) == TEXTS
    assert names(art) == NAMES


def test_question_comments_with_text_and_edit_classes_on_one_element() -> None:
    rows = "".join(
        f'<li id="comment-{90 + i}" class="comment js-comment"><div class="comment-text '
        f'js-comment-text-and-form"><div class="comment-body js-comment-edit-hide"><span '
        f'class="comment-copy">{c}</span><div>–&nbsp;<a class="comment-user">{n}</a> <span '
        f'class="comment-date">Aug {21 + i}, 2024 at 9:10</span></div></div></div></li>'
        for i, (n, c) in enumerate(zip(NAMES[:2], TEXTS[:2], strict=True))
    )
    art = story(f'<div class="comments"><ul class="comments-list">{rows}</ul></div>')
    assert texts(art) == TEXTS[:2]
    assert names(art) == NAMES[:2]


def test_pingbacks_are_no_comments() -> None:
    rows = "".join(
        f'<li id="comment-{i}" class="pingback"><div class="comment-body">Pingback: <a '
        f'href="https://other.example/{i}">Garden news round-up, week {i}</a></div></li>'
        for i in range(2)
    )
    art = story(f'<div id="comments"><ol class="comment-list">{rows}</ol></div>')
    assert art.comments == ()


def test_numbered_posts_after_a_story_are_all_its_comments() -> None:
    posts = "".join(
        f'<li class="postcontainer" id="post_{70 + i}"><div class="posthead"><span '
        f'class="date">{21 + i}-08-2024, 09:10</span></div><div class="userinfo"><a '
        f'class="username" href="/u/{i}"><strong>{n}</strong></a></div><div '
        f'class="postbody"><blockquote class="postcontent">{c}</blockquote></div></li>'
        for i, (n, c) in enumerate(zip(NAMES, TEXTS, strict=True))
    )
    art = story(f'<ol id="posts" class="posts">{posts}</ol>')
    assert texts(art) == TEXTS
    assert names(art) == NAMES
    assert [c.id for c in art.comments] == ["post_70", "post_71", "post_72"]
