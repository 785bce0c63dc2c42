"""Comments round 7: a thread page that classes every post as a comment (forum software,
answer lists) reads its first post as the article and the others as its comments."""

from __future__ import annotations

from tests.extract.comment_pages import names, texts

import newsmeta

_OP = (
    "<p>We built three raised beds last spring and the soil dries out within a day when "
    "the sun is strong.</p><p>Has anyone tried drip lines on a timer, or is a soaker hose "
    "enough for a plot of this size?</p>"
)
_REPLIES = (
    ("gardenbob", "2024-07-02T09:40:00Z", "Drip lines on a cheap timer saved my summer."),
    ("Tomasz Wrona", "2024-07-02T11:05:00Z", "A thick layer of straw mulch did more for me."),
    ("Ines Carvalho", "2024-07-02T13:20:00Z", "Watch for slugs under the straw in August."),
)


def _post(i: int, who: str, day: str, body: str) -> str:
    return (
        f'<article id="elComment_{i}" class="cPost ipsBox ipsComment">'
        f'<aside class="ipsComment_author"><h3><a href="/profile/{i}">{who}</a></h3></aside>'
        f'<div class="ipsComment_meta"><time datetime="{day}">{day[:10]}</time></div>'
        f'<div class="ipsType_richText">{body}</div></article>'
    )


def _thread(header: str) -> str:
    posts = [_post(1, "Marta Lindqvist", "2024-07-02T08:15:00Z", _OP)]
    posts += [_post(i + 2, w, d, f"<p>{t}</p>") for i, (w, d, t) in enumerate(_REPLIES)]
    return (
        '<html lang="en"><body><nav><a href="/">Home</a> <a href="/f/2">Gardens</a></nav>'
        f"<main><h1>Watering the raised beds during the heat wave</h1>{header}"
        f'<div class="cTopic">{"".join(posts)}</div></main>'
        "<footer><p>Powered by board software.</p></footer></body></html>"
    )


def test_first_post_classed_as_comment_is_the_article() -> None:
    art = newsmeta.extract(_thread('<p>By <a href="/u/1">Marta Lindqvist</a></p>'))
    assert "soil dries out within a day" in (art.body or "")
    assert "cheap timer" not in (art.body or "")
    assert [a.name for a in art.authors] == ["Marta Lindqvist"]
    assert names(art) == ["gardenbob", "Tomasz Wrona", "Ines Carvalho"]
    assert not any("raised beds" in t for t in texts(art))


def test_link_post_by_another_member_keeps_its_first_comment() -> None:
    # The submitter of a link post (no text of its own) is named above the comments: the
    # first comment is a reply, not the post.
    art = newsmeta.extract(_thread('<p>by <a href="/u/kai">@kai@lemmy.example</a></p>'))
    assert names(art)[0] == "Marta Lindqvist"
    assert len(art.comments) == 4


def test_story_before_its_comments_keeps_the_first_comment() -> None:
    story = "".join(
        f"<p>The council approved a new water tap for the north allotments, part {i} of "
        "the report on the plots and their long wait for water.</p>"
        for i in range(4)
    )
    art = newsmeta.extract(_thread(story))
    assert names(art)[0] == "Marta Lindqvist"
    assert "approved a new water tap" in (art.body or "")


def _talkback(i: int, who: str, day: str, text: str, inner: str = "") -> str:
    return (
        f'<li class="talkback comment" id="t{i}"><div class="talkback-author">'
        f'<a href="/u/{i}">{who}</a></div><time datetime="{day}">{day[:10]}</time>'
        f'<div class="talkback-text"><p>{text}</p></div>{inner}</li>'
    )


def test_short_opening_post_keeps_long_nested_replies_out_of_the_body() -> None:
    opening = "בנינו שלוש ערוגות מוגבהות באביב שעבר והאדמה מתייבשת תוך יום כשהשמש חזקה."
    first = "טפטפות עם שעון זול הצילו לי את הקיץ, כדאי לכוון לפני הזריחה בכל יום בקיץ."
    nested = "מסכים לגבי הטפטפות, אבל שימו לב לשבלולים מתחת לחיפוי באוגוסט לח וחם."
    last = "ארבעים מטר זה בסדר עם צינור של 13 מ״מ, רק להוסיף מווסת לחץ."
    reply = _talkback(3, "Ines", "2024-07-02T13:20:00Z", nested)
    items = (
        _talkback(1, "Marta", "2024-07-02T08:15:00Z", opening)
        + _talkback(2, "Bob", "2024-07-02T09:40:00Z", first, f'<ul class="children">{reply}</ul>')
        + _talkback(4, "Kofi", "2024-07-03T07:30:00Z", last)
    )
    page = (
        '<html lang="he" dir="rtl"><body><main><h1>השקיית ערוגות מוגבהות בזמן גל החום</h1>'
        f'<ul class="talkbacks">{items}</ul></main></body></html>'
    )
    art = newsmeta.extract(page)
    body = art.body or ""
    assert "בנינו שלוש ערוגות" in body
    assert not any(t[:20] in body for t in (first, nested, last))
    assert names(art) == ["Bob", "Ines", "Kofi"]
    assert art.comments[1].parent_id == art.comments[0].id


def test_opening_post_classed_comment_gives_the_byline() -> None:
    def post(i: int, who: str, day: str, text: str) -> str:
        return (
            f'<article class="message message--post comment" id="c{i}">'
            f'<div class="message-userDetails username"><a href="/u/{i}">{who}</a></div>'
            f'<span class="message-date"><time datetime="{day}">{day[:10]}</time></span>'
            f'<div class="message-body"><p>{text}</p></div></article>'
        )

    posts = post(
        1,
        "Marta Lindqvist",
        "2024-07-02T08:15:00Z",
        "Nous avons construit trois carrés potagers au printemps et la terre sèche en une "
        "journée quand le soleil tape. Un tuyau poreux suffit-il ?",
    ) + "".join(post(i + 2, w, d, t) for i, (w, d, t) in enumerate(_REPLIES))
    page = (
        '<html lang="fr"><body><main><h1 class="p-title">Arroser les carrés potagers</h1>'
        f'<div class="block-body">{posts}</div></main></body></html>'
    )
    art = newsmeta.extract(page)
    assert [a.name for a in art.authors] == ["Marta Lindqvist"]
    assert "trois carrés potagers" in (art.body or "")
    assert names(art) == ["gardenbob", "Tomasz Wrona", "Ines Carvalho"]
