"""Comments on unseen systems, round 3 (session 14, issue 13).

Public API only: each page is a short article with one comment area of a shape the first
two rounds did not read well: old blog themes that print "<cite>Jane</cite> says:" and the
day as lines over the text, a comment section titled by a ``<div>``, a section whose only
list is a comment's row of actions, a writer's line that also prints the day, a signed
and dated last line, Korean headings and counts, and "says" verbs in more languages.
"""

from __future__ import annotations

import datetime as dt

import pytest
from comment_pages import names, texts

import newsmeta

NOW = dt.datetime(2024, 6, 1, 12, 0, tzinfo=dt.timezone.utc)
URL = "https://harbour.example/2024/05/ferry-timetable"
STORY = (
    "<p>" + "The harbour board approved a new ferry timetable that adds two late crossings "
    "on weekdays and moves the first Sunday boat earlier. " * 4 + "</p>"
)
TEXTS = [
    "Finally a late boat, I have missed the last one twice this month already.",
    "Shift workers have asked for this for years, good that somebody listened.",
    "Will the fares change too, or is it the same ticket as before the change?",
]
NAMES = ["Marta Kowal", "seagull_77", "Dirk Janssen"]
FORM = (
    '<form class="c-form" method="post"><textarea name="c"></textarea><button>Send</button></form>'
)


def page(after: str, lang: str = "en") -> str:
    return (
        f'<!doctype html><html lang="{lang}"><head><title>New ferry timetable</title></head>'
        '<body><header><a href="/">Harbour Times</a></header><div id="main"><div class="post">'
        f'<h1>New ferry timetable</h1><p class="byline">By Ines Faro</p>{STORY}{STORY}'
        f"</div>{after}</div><footer><p>© 2024 Harbour Times</p></footer></body></html>"
    )


def extract(after: str, lang: str = "en") -> newsmeta.Article:
    return newsmeta.extract(page(after, lang), url=URL, now=NOW)


def days(art: newsmeta.Article) -> list[str | None]:
    return [str(c.date_published)[:10] if c.date_published else None for c in art.comments]


DAYS = ["2024-05-03", "2024-05-04", "2024-05-05"]
ROWS = list(enumerate(zip(NAMES, TEXTS, strict=True)))


def test_cite_says_line_and_permalinked_day_are_no_part_of_the_text() -> None:
    # an old theme: no class on the items, the name in <cite>, "says:", the day as a link
    items = "".join(
        f'<li><cite><a href="https://site{i}.example/">{n}</a></cite> says:<br>'
        f'<a href="#c{i}">May {3 + i}, 2024 at 10:1{i} am</a><p>{t}</p></li>'
        for i, (n, t) in ROWS
    )
    art = extract(f'<h3 id="comments">3 Comments</h3><ol class="commentlist">{items}</ol>')
    assert texts(art) == TEXTS
    assert names(art) == NAMES
    assert days(art) == DAYS


def test_cite_says_with_the_day_in_a_metadata_element() -> None:
    items = "".join(
        f'<li class="{"alt" if i % 2 == 0 else ""}" id="comment-{30 + i}"><cite>{n}</cite> '
        f'Says:<br><small class="commentmetadata"><a href="#comment-{30 + i}">May {3 + i}, '
        f"2024 at 10:1{i} am</a></small><p>{t}</p></li>"
        for i, (n, t) in ROWS
    )
    art = extract(f'<h3 id="comments">3 Responses</h3><ol class="commentlist">{items}</ol>')
    assert texts(art) == TEXTS
    assert names(art) == NAMES
    assert days(art) == DAYS


def test_a_comment_that_starts_with_another_name_keeps_its_first_line() -> None:
    items = "".join(
        f'<li class="comment" id="comment-{40 + i}"><span class="comment-author">{n}</span>'
        f'<time datetime="2024-05-0{3 + i}">May</time><div class="comment-text">'
        f"<p>{n}s idea again?</p><p>{t}</p></div></li>"
        for i, (n, t) in ROWS
    )
    art = extract(f'<div id="comments"><ol class="comment-list">{items}</ol></div>')
    assert [c.text.split("\n")[0] for c in art.comments] == [f"{n}s idea again?" for n in NAMES]


@pytest.mark.parametrize(
    ("verb", "lang"),
    [("hat gesagt…", "de"), ("dijo...", "es"), ("a dit…", "fr"), ("zei:", "nl"), ("said...", "en")],
)
def test_blogger_definition_list_says_verbs(verb: str, lang: str) -> None:
    entries = "".join(
        f'<dt class="comment-author" id="c{80 + i}"><a href="/p/{i}">{n}</a> {verb}</dt>'
        f'<dd class="comment-body"><p>{t}</p></dd><dd class="comment-footer">'
        f'<span class="comment-timestamp"><a href="#c{80 + i}">2024-05-0{3 + i} 10:1{i}</a>'
        "</span></dd>"
        for i, (n, t) in ROWS
    )
    art = extract(
        f'<div class="comments" id="comments"><dl class="c-block">{entries}</dl></div>', lang
    )
    assert texts(art) == TEXTS
    assert names(art) == NAMES


def test_section_titled_by_a_div_with_a_form() -> None:
    items = "".join(
        f'<div id="k-{i}" class="k-item"><div class="k-head"><h3 class="k-author">{n}</h3>'
        f'<time datetime="2024-05-0{3 + i}T10:00:00Z">{3 + i} May</time></div>'
        f'<div class="k-body">{t}</div></div>'
        for i, (n, t) in ROWS
    )
    art = extract(
        f'<div class="k-box"><div class="k-title">Comments (3)</div>'
        f'<div class="k-wrap"><div class="k-list">{items}</div></div>{FORM}</div>'
    )
    assert texts(art) == TEXTS
    assert names(art) == NAMES
    assert days(art) == DAYS


def test_div_titled_teasers_are_no_comments() -> None:
    teasers = "".join(
        f'<div class="card"><h4><a href="/s{i}">Pier repairs delayed again this spring</a></h4>'
        f'<time datetime="2024-04-0{3 + i}">April {3 + i}</time></div>'
        for i in range(3)
    )
    art = extract(f'<div class="box"><div class="box-title">Comments</div>{teasers}{FORM}</div>')
    assert art.comments == ()


def test_action_list_is_not_the_comment_list() -> None:
    twigs = "".join(
        f'<div class="twig"><div class="c-wrap"><div class="c-head"><span class="comment-poster">'
        f'<a href="/u/{i}"><b>{n}</b></a></span> <span class="comment-datetime">'
        f"2024-05-0{3 + i} 10:1{i} am (UTC)</span></div>"
        f'<div class="comment-text">{t}</div><ul class="comment-actions"><li><a>Reply</a></li>'
        "<li><a>Thread</a></li></ul></div></div>"
        for i, (n, t) in ROWS
    )
    art = extract(f'<div id="comments"><h3>Comments</h3>{twigs}</div>')
    assert texts(art) == TEXTS
    assert names(art) == NAMES
    assert days(art) == DAYS


def test_writer_line_prints_the_day() -> None:
    # a forum-style reply: subject, then "by <name> » <day>", then the text
    posts = "".join(
        f'<div class="post" id="p{i}"><div class="inner"><div class="postbody">'
        f'<h3><a href="#p{i}">Re: Ferry</a></h3><p class="author">by <strong>{n}</strong> » '
        f'Fri May 0{3 + i}, 2024 10:1{i} am</p><div class="content">{t}</div></div></div></div>'
        for i, (n, t) in ROWS
    )
    art = extract(f'<div class="replies"><h3>Replies</h3>{posts}</div>')
    assert texts(art) == TEXTS
    assert names(art) == NAMES
    assert days(art) == DAYS


def test_signed_and_dated_last_line() -> None:
    posts = "".join(
        f'<div class="entry"><p>{t}</p><span class="sig">Posted by: <a href="https://x{i}.example">'
        f'{n}</a> | <a href="#c{i}">May {3 + i}, 2024 10:1{i} AM</a></span></div>'
        for i, (n, t) in ROWS
    )
    art = extract(f'<div id="comments"><div class="head">Comments</div>{posts}</div>')
    assert texts(art) == TEXTS
    assert names(art) == NAMES
    assert days(art) == DAYS


def test_footer_line_names_the_writer() -> None:
    posts = "".join(
        f'<article class="c"><p>{t}</p><footer><span>{n}</span> — '
        f'<time datetime="2024-05-0{3 + i}T11:00Z">May {3 + i}, 2024</time></footer></article>'
        for i, (n, t) in ROWS
    )
    art = extract(f'<section id="comments"><h2>3 Comments</h2>{posts}</section>')
    assert texts(art) == TEXTS
    assert names(art) == NAMES


def test_last_paragraph_with_a_name_and_a_day_stays_text() -> None:
    last = "I met <b>Sam Okoro</b> at the pier on May 3, 2024 and he said the same thing."
    posts = "".join(
        f'<article class="c"><p>{t}</p><p>{last}</p><footer><span>{n}</span> '
        f'<time datetime="2024-05-0{3 + i}">May</time></footer></article>'
        for i, (n, t) in ROWS
    )
    art = extract(f'<section id="comments"><h2>Comments</h2>{posts}</section>')
    assert all("Sam Okoro at the pier" in c.text for c in art.comments)
    assert len(art.comments) == 3


@pytest.mark.parametrize(("label", "count"), [("5개의 댓글", 5), ("댓글 (5)", 5), ("댓글 7개", 7)])
def test_korean_counts(label: str, count: int) -> None:
    items = "".join(
        f'<li class="comment" id="comment-{i}"><b class="fn">{n}</b><div class="comment-content">'
        f"<p>{t}</p></div></li>"
        for i, (n, t) in ROWS
    )
    art = extract(
        f'<div id="comments"><h2 class="comments-title">{label}</h2><ol class="comment-list">'
        f"{items}</ol></div>",
        "ko",
    )
    assert art.comment_count == count
    assert texts(art) == TEXTS


@pytest.mark.parametrize(
    ("words", "lang"), [("아직 댓글이 없습니다", "ko"), ("Henüz yorum yok", "tr")]
)
def test_no_comments_yet(words: str, lang: str) -> None:
    art = extract(
        f'<div id="comments" class="comments-area"><h2 class="comments-title">{words}</h2>'
        f'<div id="respond">{FORM}</div></div>',
        lang,
    )
    assert art.comment_count == 0
    assert art.comments == ()


def test_korean_heading_over_unclassed_posts() -> None:
    ko = [
        "드디어 늦은 배가 생겼네요, 이번 달에만 벌써 막배를 두 번이나 놓쳤어요.",
        "교대 근무자들이 몇 년 동안 요청해 온 일인데 누군가 들어줘서 다행입니다.",
        "요금도 바뀌나요, 아니면 예전과 같은 표로 탈 수 있는 건가요?",
    ]
    posts = "".join(
        f'<div class="msg"><div class="top"><b class="nick">{n}</b> <span class="when">'
        f'2024년 5월 {3 + i}일 10:1{i}</span></div><div class="txt">{t}</div></div>'
        for i, (n, t) in enumerate(zip(NAMES, ko, strict=True))
    )
    art = extract(f'<div class="block"><h3>댓글</h3>{posts}</div>', "ko")
    assert texts(art) == ko
    assert names(art) == NAMES


def test_pingback_is_no_comment() -> None:
    item = (
        '<li class="comment" id="comment-1"><b class="fn">Marta Kowal</b>'
        f'<div class="comment-content"><p>{TEXTS[0]}</p></div></li>'
        '<li class="pingback" id="comment-2"><div class="comment-body">Pingback: '
        '<a href="https://other.example/roundup">Ferry roundup | Other Blog</a></div></li>'
    )
    art = extract(f'<div id="comments"><ol class="comment-list">{item}</ol></div>')
    assert texts(art) == TEXTS[:1]


def test_a_members_join_day_is_not_the_comments_day() -> None:
    posts = "".join(
        f'<div class="post" id="p{i}"><div class="inner"><div class="postbody">'
        f'<h3><a href="#p{i}">Re: Ferry</a></h3><p class="author"><strong>{n}</strong> '
        f'Registriert seit: 12.03.2012</p><div class="content">{t}</div></div></div></div>'
        for i, (n, t) in ROWS
    )
    art = extract(f'<div class="replies"><h3>Replies</h3>{posts}</div>')
    assert all(str(c.date_published)[:10] != "2012-03-12" for c in art.comments)


def test_a_labelled_last_line_stays_text() -> None:
    note = "<b>Edited:</b> May 4, 2024, typo."
    posts = "".join(
        f'<article class="c"><span class="nick">{n}</span> <time datetime="2024-05-0{3 + i}">'
        f"May</time><p>{t}</p><p>{note}</p></article>"
        for i, (n, t) in ROWS
    )
    art = extract(f'<section id="comments"><h2>Comments</h2>{posts}</section>')
    assert len(art.comments) == 3
    assert all(c.text.endswith("Edited: May 4, 2024, typo.") for c in art.comments)
    assert names(art) == NAMES


def test_name_said_on_the_day_in_one_line() -> None:
    items = "".join(
        f'<li class="comment" id="comment-{60 + i}"><p class="comment-author"><cite>{n}</cite> '
        f'said on <a href="#comment-{60 + i}">May {3 + i}, 2024 at 10:1{i} am</a>:</p>'
        f"<p>{t}</p></li>"
        for i, (n, t) in ROWS
    )
    art = extract(f'<div id="comments"><h3>Comments</h3><ol class="commentlist">{items}</ol></div>')
    assert texts(art) == TEXTS
    assert names(art) == NAMES
    assert days(art) == DAYS


def test_spanish_signed_last_line() -> None:
    es = [
        "Por fin un barco tarde, este mes ya perdí el último dos veces.",
        "Los trabajadores por turnos lo piden desde hace años, qué bien.",
        "¿Cambiarán también las tarifas, o sigue el mismo billete de antes?",
    ]
    posts = "".join(
        f'<div class="comentario"><p>{t}</p><p class="pie">Publicado por <a href="/u/{i}">{n}</a>'
        f" | {3 + i} de mayo de 2024 10:1{i}</p></div>"
        for i, (n, t) in enumerate(zip(NAMES, es, strict=True))
    )
    art = extract(f'<div id="comentarios"><h3>Comentarios</h3>{posts}</div>', "es")
    assert texts(art) == es
    assert names(art) == NAMES
    assert days(art) == DAYS
