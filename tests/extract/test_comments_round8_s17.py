"""Comments round 8: comment systems not covered before (placeholders of deleted comments,
depth classes, federated handles, tables, Isso, Livefyre, controls rows)."""

from __future__ import annotations

import pytest
from tests.extract.comment_pages import names, texts

import newsmeta

_STORY = (
    "<p>The ferry between the two harbours will run every hour again from the spring, the "
    "port authority said on Friday after a year of reduced service.</p>"
    "<p>Commuters had complained that the last boat left before the evening shifts ended at "
    "the shipyard, leaving them to take a long detour by road.</p>"
)


def _page(comments: str, lang: str = "en") -> str:
    return (
        f'<html lang="{lang}"><head><title>Ferry back to hourly service</title></head><body>'
        '<nav><a href="/">Home</a> <a href="/local">Local</a></nav>'
        f'<main><article><h1>Ferry back to hourly service</h1><div class="article-body">{_STORY}'
        f"</div></article>{comments}</main>"
        "<footer><p>© Harbour Post</p></footer></body></html>"
    )


def _wp(cid: int, who: str, day: str, text: str, kids: str = "") -> str:
    return (
        f'<li class="comment" id="comment-{cid}"><div class="comment-author"><b class="fn">{who}'
        f'</b></div><div class="comment-metadata"><time datetime="{day}">{day[:10]}</time></div>'
        f'<div class="comment-content"><p>{text}</p></div>{kids}</li>'
    )


def _deleted(cid: int, placeholder: str, kids: str = "") -> str:
    return (
        f'<li class="comment" id="comment-{cid}"><div class="comment-content"><p><em>'
        f"{placeholder}</em></p></div>{kids}</li>"
    )


_A = "The hourly boat is what the night shift has asked for since last winter."
_B = "Will the bikes still fit on the smaller boat they use in the morning?"
_C = "The detour by road took me fifty minutes every evening, so this is welcome."


def test_placeholders_of_deleted_comments_are_no_comments() -> None:
    reply = f'<ul class="children">{_wp(5, "Ola Berg", "2026-03-02T10:00:00Z", _C)}</ul>'
    items = (
        _wp(1, "Maren Holt", "2026-03-01T18:00:00Z", _A)
        + _deleted(2, "This comment has been removed by a moderator.")
        + _wp(3, "Jonas Dahl", "2026-03-01T19:30:00Z", _B)
        + _deleted(4, "[deleted]", reply)
    )
    art = newsmeta.extract(_page(f'<div id="comments"><ol class="comment-list">{items}</ol></div>'))
    assert texts(art) == [_A, _B, _C]
    assert names(art) == ["Maren Holt", "Jonas Dahl", "Ola Berg"]
    # the reply to a deleted comment answers the comment that one answered: none here
    assert art.comments[2].parent_id is None


@pytest.mark.parametrize(
    ("lang", "placeholder"),
    [
        ("de", "Dieser Kommentar wurde von der Moderation entfernt."),
        ("de", "Kommentar gelöscht"),
        ("fr", "Ce commentaire a été supprimé par un modérateur."),
        ("es", "Este comentario ha sido eliminado."),
        ("pt", "Este comentário foi removido."),
        ("it", "Questo commento è stato rimosso."),
        ("nl", "Deze reactie is verwijderd door de moderator."),
        ("pl", "Ten komentarz został usunięty."),
        ("ru", "Комментарий удалён модератором"),
        ("tr", "Bu yorum silindi."),
        ("ja", "このコメントは削除されました"),
        ("ko", "삭제된 댓글입니다"),
        ("he", "התגובה נמחקה"),
        ("ar", "تم حذف هذا التعليق"),
    ],
)
def test_placeholders_in_many_languages(lang: str, placeholder: str) -> None:
    items = (
        _wp(1, "Maren Holt", "2026-03-01T18:00:00Z", _A)
        + _deleted(2, placeholder)
        + _wp(3, "Jonas Dahl", "2026-03-01T19:30:00Z", _B)
    )
    art = newsmeta.extract(
        _page(f'<div id="comments"><ol class="comment-list">{items}</ol></div>', lang)
    )
    assert texts(art) == [_A, _B]


def test_a_comment_that_mentions_deleting_is_kept() -> None:
    said = "This comment has been deleted twice by the filter, so I will try once more."
    items = _wp(1, "Maren Holt", "2026-03-01T18:00:00Z", said) + _wp(
        2, "Jonas Dahl", "2026-03-01T19:30:00Z", _B
    )
    art = newsmeta.extract(_page(f'<div id="comments"><ol class="comment-list">{items}</ol></div>'))
    assert texts(art) == [said, _B]


def _kbin(cid: int, who: str, level: int, text: str) -> str:
    return (
        f'<blockquote class="section comment entry-comment comment-level--{level}" '
        f'id="entry-comment-{cid}"><header><a class="user-inline" href="/u/{cid}">{who}</a>, '
        f'<time datetime="2026-03-01T1{cid % 10}:00:00Z">1 h</time></header>'
        f'<div class="content"><p>{text}</p></div></blockquote>'
    )


def test_depth_class_with_a_double_dash_gives_parents() -> None:
    items = _kbin(11, "maren", 1, _A) + _kbin(12, "jonas", 2, _B) + _kbin(13, "ola", 1, _C)
    art = newsmeta.extract(_page(f'<section id="comments" class="comments">{items}</section>'))
    assert texts(art) == [_A, _B, _C]
    assert [c.parent_id for c in art.comments] == [None, "entry-comment-11", None]


def _remark(cid: int, who: str, level: int, text: str) -> str:
    return (
        f'<article class="comment comment_level_{level}" id="remark42__comment-{cid}">'
        f'<div class="comment__info"><span class="comment__username">{who}</span>'
        f'<a class="comment__time" href="#c">01.03.2026, 18:0{cid % 10}</a></div>'
        f'<div class="comment__text"><p>{text}</p></div></article>'
    )


def test_depth_class_on_each_comment_holds_across_thread_wrappers() -> None:
    threads = (
        f'<div class="thread thread_level_0">{_remark(1, "Maren Holt", 0, _A)}'
        f'<div class="thread thread_level_1">{_remark(2, "Jonas Dahl", 1, _B)}</div></div>'
        f'<div class="thread thread_level_0">{_remark(3, "Ola Berg", 0, _C)}</div>'
    )
    art = newsmeta.extract(
        _page(f'<div id="remark42"><div class="root__threads">{threads}</div></div>')
    )
    assert texts(art) == [_A, _B, _C]
    assert [c.parent_id for c in art.comments] == [None, "remark42__comment-1", None]


def _lemmy(cid: int, user: str, shown: str, text: str) -> str:
    return (
        f'<li class="comment" id="comment-{cid}"><article class="comment-node">'
        f'<div class="small"><a class="person-listing" title="@{user}@lemmy.example" '
        f'href="https://lemmy.example/u/{user}"><span>{shown}</span>'
        f'<small>@lemmy.example</small></a> • <time datetime="2026-03-01T18:0{cid % 10}:00Z">'
        f'2 h</time></div><div class="md-div"><p>{text}</p></div></article></li>'
    )


def test_writer_named_by_a_federated_handle() -> None:
    items = _lemmy(1, "maren", "Maren Holt", _A) + _lemmy(2, "jdahl", "jdahl", _B)
    art = newsmeta.extract(
        _page(f'<div class="comments-section"><ul class="comments">{items}</ul></div>')
    )
    assert texts(art) == [_A, _B]
    assert names(art) == ["Maren Holt", "jdahl"]
    first = art.comments[0].author
    assert first is not None and first.url == "https://lemmy.example/u/maren"


def test_a_handle_mentioned_in_the_text_stays_text_and_names_nobody() -> None:
    said = "@jdahl@lemmy.example the bikes fit, I took mine on the first boat today."
    mention = (
        '<a href="https://lemmy.example/u/jdahl">@jdahl@lemmy.example</a> the bikes fit, '
        "I took mine on the first boat today."
    )
    items = (
        '<li class="comment" id="comment-1"><div class="comment-meta"><a href="/u/maren">'
        '@maren@lemmy.example</a> <time datetime="2026-03-01T18:00:00Z">1 March</time></div>'
        f'<div class="comment-content"><p>{_A}</p></div></li>'
        '<li class="comment" id="comment-2"><div class="comment-meta"><time '
        'datetime="2026-03-01T19:00:00Z">1 March</time></div>'
        f'<div class="comment-content"><p>{mention}</p></div></li>'
    )
    art = newsmeta.extract(_page(f'<div id="comments"><ol class="comment-list">{items}</ol></div>'))
    assert texts(art) == [_A, said]
    assert names(art) == ["maren", None]


def test_an_email_link_is_no_handle() -> None:
    said = "Write to the port office at ferry@harbour.example if the boat leaves early."
    item = (
        '<li class="comment" id="comment-1"><div class="comment-author"><b class="fn">Maren Holt'
        '</b></div><time datetime="2026-03-01T18:00:00Z">1 March</time>'
        '<div class="comment-content"><p>Write to the port office at '
        '<a href="mailto:ferry@harbour.example">ferry@harbour.example'
        "</a> if the boat leaves early.</p></div></li>"
    )
    art = newsmeta.extract(_page(f'<div id="comments"><ol class="comment-list">{item}</ol></div>'))
    assert texts(art) == [said]
    assert names(art) == ["Maren Holt"]


def test_avatar_alt_with_an_at_sign_gives_the_login() -> None:
    items = "".join(
        f'<article class="timeline-comment"><img class="avatar" alt="@{who}" src="/a.png">'
        f'<header class="comment-header"><span class="comment-meta"><strong>{who}</strong> '
        f'commented <time datetime="2026-03-0{i + 1}T10:00:00Z">Mar {i + 1}</time></span></header>'
        f'<div class="markdown-body"><p>{text}</p></div></article>'
        for i, (who, text) in enumerate((("marenh", _A), ("jdahl", _B)))
    )
    art = newsmeta.extract(
        _page(f'<div class="utterances"><div class="timeline">{items}</div></div>')
    )
    assert texts(art) == [_A, _B]
    assert names(art) == ["marenh", "jdahl"]


_PEOPLE = (
    ("Maren Holt", "01.03.2026", _A),
    ("Jonas Dahl", "02.03.2026", _B),
    ("Ola Berg", "03.03.2026", _C),
)


def test_table_one_row_per_comment_under_a_heading() -> None:
    rows = "".join(
        f'<tr><td valign="top"><b>{who}</b><br><font size="1">{day}, 18:00</font></td>'
        f'<td valign="top">{text}</td></tr>'
        for who, day, text in _PEOPLE
    )
    art = newsmeta.extract(
        _page(f'<h3>Kommentare (3)</h3><table width="100%">{rows}</table>', "de")
    )
    assert texts(art) == [_A, _B, _C]
    assert names(art) == ["Maren Holt", "Jonas Dahl", "Ola Berg"]
    assert [str(c.date_published)[:10] for c in art.comments] == [
        "2026-03-01",
        "2026-03-02",
        "2026-03-03",
    ]
    assert _A not in (art.body or "")


def test_table_two_rows_per_comment() -> None:
    rows = "".join(
        f'<tr bgcolor="#eeeeee"><td>#{i + 1} by <b>{who}</b> on March {i + 1}, 2026 at 6:00 pm'
        f"</td></tr><tr><td>{text}</td></tr>"
        for i, (who, _day, text) in enumerate(_PEOPLE)
    )
    art = newsmeta.extract(
        _page(f'<h3>Comments</h3><table><tr><th align="left">Comments</th></tr>{rows}</table>')
    )
    assert texts(art) == [_A, _B, _C]
    assert names(art) == ["Maren Holt", "Jonas Dahl", "Ola Berg"]
    assert all(c.date_published is not None for c in art.comments)


def test_a_timetable_after_the_story_is_no_comment_table() -> None:
    rows = "".join(
        f"<tr><td><b>Line F{i}</b><br>from 1 March 2026</td><td>Old harbour to the new harbour, "
        "every hour</td></tr>"
        for i in range(1, 4)
    )
    art = newsmeta.extract(_page(f'<h3>Timetable</h3><table class="timetable">{rows}</table>'))
    assert art.comments == ()


def _isso(cid: int, who: str, text: str, kids: str = "") -> str:
    return (
        f'<div class="isso-comment" id="isso-{cid}"><div class="isso-text-wrapper">'
        f'<div class="isso-comment-header"><span class="isso-author">{who}</span>'
        f'<a class="isso-permalink" href="#isso-{cid}"><time datetime="2026-03-01T1{cid}:00:00Z">'
        f'il y a 2 h</time></a></div><div class="isso-text"><p>{text}</p></div>'
        f'<div class="isso-follow-up">{kids}</div></div></div>'
    )


def test_isso_follow_up_replies_are_comments_of_their_own() -> None:
    items = _isso(1, "Marguerite", _A, _isso(2, "Jonas", _B)) + _isso(3, "Ola", _C)
    art = newsmeta.extract(
        _page(f'<section id="isso-thread"><div id="isso-root">{items}</div></section>', "fr")
    )
    assert texts(art) == [_A, _B, _C]
    assert [c.parent_id for c in art.comments] == [None, "isso-1", None]


def test_comment_element_classed_as_an_article_of_comments() -> None:
    items = "".join(
        f'<article class="fyre-comment-article" id="fyre-message-{i}"><header><span '
        f'class="fyre-comment-username">{who}</span><time class="fyre-comment-date" '
        f'datetime="2026-03-0{i}T18:00:00Z">March {i}, 2026</time></header>'
        '<section class="fyre-comment-body">'
        f'<div class="fyre-comment"><p>{text}</p></div></section>'
        "</article>"
        for i, (who, _day, text) in enumerate(_PEOPLE, start=1)
    )
    art = newsmeta.extract(
        _page(f'<div id="livefyre"><div class="fyre-stream-content">{items}</div></div>')
    )
    assert texts(art) == [_A, _B, _C]
    assert names(art) == ["Maren Holt", "Jonas Dahl", "Ola Berg"]


def test_controls_row_is_not_comment_text() -> None:
    items = "".join(
        f'<article id="elComment_{i}" class="ipsComment"><h3 class="cAuthorPane_author">'
        f'<a href="/p/{i}">{who}</a></h3><time datetime="2026-03-0{i}T18:00:00Z">x</time>'
        f'<div class="ipsType_richText"><p>{text}</p></div>'
        '<ul class="ipsComment_controls"><li><a href="#">ציטוט</a></li></ul></article>'
        for i, (who, _day, text) in enumerate(_PEOPLE, start=1)
    )
    art = newsmeta.extract(_page(f'<div data-role="commentFeed">{items}</div>', "he"))
    assert texts(art) == [_A, _B, _C]
