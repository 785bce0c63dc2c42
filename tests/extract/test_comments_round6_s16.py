"""Comments round 6 (session 16, issue 13): whole pages with comment sections among the
furniture, in many languages: relative comment ages ("3 h", "vor 3 Std.", "3 часа назад",
"3시간 전"), Turkish and Dutch class names, a Hebrew talkback list, Italian reply boxes,
"best" and "all" comment boxes, a site builder naming a comment's parts in ``data-hook``,
a writer's badge, qualified count headings; and a talkback widget that holds only a form.

Public API only: each page is a short page of our own (night buses in a harbour district).
"""

from __future__ import annotations

import datetime as dt

from tests.extract.comment_pages import names, texts

import newsmeta

NOW = dt.datetime(2026, 12, 6, 12, 0, tzinfo=dt.timezone.utc)
URL = "https://harbour.example/local/night-buses"
STORY = (
    "<p>" + "From next month three night bus lines will again link the harbour district "
    "with the station, the hospital and the campus, every thirty minutes. " * 4 + "</p>"
)
FURNITURE = (
    '<aside class="sidebar"><section class="widget latest-comments"><h3>Latest comments</h3>'
    '<ul><li class="latest-comment"><span class="lc-author">Ann</span> on <a href="/x#c1">'
    "Ferry times</a> <span class='lc-date'>2 h</span></li></ul></section>"
    '<section class="widget most-commented"><h3>Most commented</h3><ol><li><a href="/y">'
    "Fish market hall</a> <span class='count'>40</span></li></ol></section></aside>"
)


def page(section: str, lang: str = "en") -> newsmeta.Article:
    html = (
        f'<!doctype html><html lang="{lang}"><head><meta charset="utf-8"><title>Night buses'
        '</title></head><body><header><a href="/">Harbour Gazette</a><nav><a href="/news">'
        'News</a></nav></header><main><article class="article"><h1>Night buses return</h1>'
        f'<p class="byline">By Lena Marsh</p>{STORY}{STORY}</article>{section}</main>'
        f"{FURNITURE}<footer><p>© 2026 Harbour Gazette</p></footer></body></html>"
    )
    return newsmeta.extract(html, url=URL, now=NOW)


def days(art: newsmeta.Article) -> list[str | None]:
    return [str(c.date_published)[:13] if c.date_published else None for c in art.comments]


def cards(ages: list[str], texts_: list[str], lang: str, cls: str = "comment") -> str:
    return "".join(
        f'<div class="{cls}" id="c{i}"><div class="{cls}__header"><a class="{cls}__author" '
        f'href="/u/{i}">Writer {i}</a><span class="{cls}__date">{age}</span></div>'
        f'<div class="{cls}__text">{text}</div><div class="{cls}__actions"><a href="#">'
        "Reply</a></div></div>"
        for i, (age, text) in enumerate(zip(ages, texts_))
    )


def test_relative_ages_in_russian_arabic_dutch_korean_japanese() -> None:
    cases = {
        "ru": ("3 часа назад", "Каждые тридцать минут в выходные мало, трамвай переполнен."),
        "ar": ("منذ 3 ساعات", "كل ثلاثين دقيقة لا تكفي في عطلة نهاية الأسبوع أبدا."),
        "nl": ("3 uur geleden", "Elk halfuur is in het weekend niet genoeg, de tram zit vol."),
        "ko": ("3시간 전", "주말에는 30분 간격으로는 부족합니다. 막차는 이미 만원이에요."),
        "ja": ("3時間前", "週末は30分間隔では足りないと思います。最終電車はいつも満員です。"),
        "it": ("3 ore fa", "Ogni trenta minuti non basta nel fine settimana, il tram è pieno."),
        "tr": ("3 saat önce", "Hafta sonları otuz dakikada bir yetmez, son tramvay dolu."),
    }
    for lang, (age, text) in cases.items():
        art = page(f'<section class="comments">{cards([age, age], [text, text + "!"], lang)}'
                   "</section>", lang)  # fmt: skip
        assert days(art) == ["2026-12-06 09", "2026-12-06 09"], lang
        assert art.comments[0].date_label == age, lang


def test_short_ages() -> None:
    for age in ("3 h", "vor 3 Std.", "hace 3 h", "il y a 3 h", "3 godz. temu"):
        art = page(
            '<section class="comments">'
            + cards([age, "5 hours ago"], ["Finally, my daughter works nights.", "Too few."], "en")
            + "</section>"
        )
        assert days(art) == ["2026-12-06 09", "2026-12-06 07"], age


def test_short_age_needs_now() -> None:
    html = (
        '<html><body><article><h1>Night buses</h1>' + STORY * 2 + '</article><section '
        'class="comments">' + cards(["3 h", "2 d"], ["Finally, at last.", "Too few buses."], "en")
        + "</section></body></html>"
    )  # fmt: skip
    art = newsmeta.extract(html, url=URL)
    assert len(art.comments) == 2
    assert days(art) == [None, None]


def test_turkish_class_names() -> None:
    items = "".join(
        f'<li class="yorum"><div class="yorum-ust"><span class="yorum-yazar">{n}</span> '
        f'<span class="yorum-tarih">{d}</span></div><div class="yorum-metin">{t}</div></li>'
        for n, d, t in [
            ("Meltem Olgun", "5 Aralık 2026 20:14", "Sonunda! Kızım iki yıldır taksiyle dönüyor."),
            ("rihtimci_cem", "2 gün önce", "Hafta sonları otuz dakikada bir yetmez."),
        ]
    )
    art = page(f'<div class="yorumlar"><h3>Yorumlar (2)</h3><ul>{items}</ul></div>', "tr")
    assert names(art) == ["Meltem Olgun", "rihtimci_cem"]
    assert days(art) == ["2026-12-05 20", "2026-12-04"]
    assert "Sonunda" not in (art.body or "")


def test_dutch_writer_and_time_classes() -> None:
    items = "".join(
        f'<div class="reactie" id="reactie-{i}"><div class="reactie-kop"><span '
        f'class="reactie-naam">{n}</span> <span class="reactie-tijd">{i + 1} dag geleden</span>'
        f'</div><div class="reactie-tekst">{t}</div><div class="reactie-stemmen">+{i}</div></div>'
        for i, (n, t) in enumerate([("Margriet Olsen", "Eindelijk, een nachtbus!"),
                                    ("kadejim", "Elk halfuur is niet genoeg.")])
    )  # fmt: skip
    art = page(f'<section class="reacties"><h2>Reacties (2)</h2>{items}</section>', "nl")
    assert names(art) == ["Margriet Olsen", "kadejim"]
    assert texts(art) == ["Eindelijk, een nachtbus!", "Elk halfuur is niet genoeg."]
    assert days(art) == ["2026-12-05", "2026-12-04"]
    assert art.comment_count == 2


def test_hebrew_talkbacks_section() -> None:
    items = "".join(
        f'<li class="talkback-item" id="tb{i}"><div class="tb-head">{i + 1}. <a '
        f'class="tb-title" href="#tb{i}">כותרת</a></div><div class="tb-meta"><span '
        f'class="tb-author">{n}</span> <span class="tb-date">05.12.26 20:1{i}</span></div>'
        f'<div class="tb-text">{t}</div></li>'
        for i, (n, t) in enumerate([("מרגלית אולסן", "סוף סוף! הבת שלי עובדת במשמרות לילה."),
                                    ("רות א.", "התחנה ליד המזח חייבת תאורה.")])
    )  # fmt: skip
    art = page(f'<div class="talkbacks"><h3>תגובות</h3><ol>{items}</ol></div>', "he")
    assert names(art) == ["מרגלית אולסן", "רות א."]
    assert [t.endswith(("לילה.", "תאורה.")) for t in texts(art)] == [True, True]
    assert days(art)[0] == "2026-12-05 20"


def test_talkback_widget_with_only_a_form_is_no_comment() -> None:
    art = page(
        '<div id="discussion_81" class="widget talkback"><div class="overview"><div '
        'class="num_comments">0</div></div><div class="commentInfo">Log in to join the '
        'discussion and post pictures.</div><div class="comment"><form method="post">'
        '<textarea name="comment"></textarea><button>Send</button></form></div></div>'
    )
    assert len(art.comments) == 0


def test_italian_reply_box() -> None:
    def c(i: int, name: str, text: str, kids: str = "") -> str:
        box = f'<div class="risposte">{kids}</div>' if kids else ""
        return (
            f'<div class="commento" id="commento-{i}"><span class="autore">{name}</span> '
            f'<span class="data">{i} dicembre 2026</span><div class="testo">{text}</div>{box}'
            "</div>"
        )

    art = page(
        '<section class="commenti"><h3>Commenti</h3>'
        + c(1, "Margherita", "Finalmente, un bus di notte!", c(2, "Gigi", "Ogni mezz'ora?"))
        + c(3, "Rita", "La fermata è buia.")
        + "</section>",
        "it",
    )
    assert texts(art) == ["Finalmente, un bus di notte!", "Ogni mezz'ora?", "La fermata è buia."]
    by_text = {c.text: c for c in art.comments}
    assert by_text["Ogni mezz'ora?"].parent_id == "commento-1"
    assert by_text["La fermata è buia."].parent_id is None


def test_best_and_all_comment_boxes_are_sections() -> None:
    def li(name: str, text: str) -> str:
        return (
            f'<li class="cmt_item"><div class="cmt_info"><strong class="cmt_nick">{name}'
            f'</strong><span class="cmt_date">2026.12.05 20:14</span></div><p class="cmt_txt">'
            f"{text}</p></li>"
        )

    art = page(
        '<div class="cmt_wrap"><div class="best_cmt"><h4>베스트 댓글</h4><ul>'
        + li("김마리", "드디어 심야버스가 다시 달립니다.")
        + li("부두짐", "주말에는 부족합니다.")
        + '</ul></div><div class="all_cmt"><h4>전체 댓글</h4><ul>'
        + li("박토마", "누가 돈을 내나요?")
        + li("이루스", "정류장에 조명이 필요합니다.")
        + "</ul></div></div>",
        "ko",
    )
    assert names(art) == ["김마리", "부두짐", "박토마", "이루스"]
    assert [c.parent_id for c in art.comments] == [None] * 4


def test_data_hook_names_the_parts_of_a_comment() -> None:
    items = "".join(
        f'<div data-hook="comment" class="_1aX3c"><div class="_3Kd9X"><span '
        f'data-hook="user-name" class="_2vWlN">{n}</span><span data-hook="creation-date" '
        f'class="_3bQ1r">{d}</span></div><div data-hook="comment-content" class="_1vTbM">'
        f'<p class="_2qJYG">{t}</p></div><button data-hook="like-button">Like</button></div>'
        for n, d, t in [("Margaret Olsen", "3 h", "Finally, a night bus again!"),
                        ("quaysidejim", "Dec 5, 2026", "Every thirty minutes is too few.")]
    )  # fmt: skip
    art = page(
        f'<section data-hook="comments-section" class="_2z1lB"><h2 class="_3gR1x">Comments</h2>'
        f'<div data-hook="comment-list" class="_1cZ8p">{items}</div></section>'
    )
    assert names(art) == ["Margaret Olsen", "quaysidejim"]
    assert days(art) == ["2026-12-06 09", "2026-12-05"]
    assert "Finally, a night bus" not in (art.body or "")


def test_badge_is_no_part_of_the_name() -> None:
    items = "".join(
        f'<div class="reaction"><p class="reaction__author">{n} <span '
        f'class="reaction__badge">Abonné</span></p><p class="reaction__date">{d}</p>'
        f'<p class="reaction__text">{t}</p></div>'
        for n, d, t in [("Marguerite Olsen", "5 décembre 2026 à 20h14", "Enfin un bus de nuit !"),
                        ("jimduquai", "6 décembre 2026 à 7h45", "Trente minutes, c'est trop.")]
    )  # fmt: skip
    art = page(f'<section class="reactions"><h2>Réactions (2)</h2>{items}</section>', "fr")
    assert names(art) == ["Marguerite Olsen", "jimduquai"]
    assert days(art) == ["2026-12-05 20", "2026-12-06 07"]


def test_reader_comments_count_heading() -> None:
    items = "".join(
        f'<div class="reader-comment"><p class="reader-comment__meta"><strong>{n}</strong> · '
        f"December 5, 2026 at 8:1{i} pm</p><p>{t}</p></div>"
        for i, (n, t) in enumerate([("Margaret Olsen", "Finally, a night bus!"),
                                    ("Tom Becker", "Who pays for this?")])
    )  # fmt: skip
    art = page(
        f'<section class="reader-comments"><h2>Reader comments (23)</h2>{items}<nav '
        'class="pagination"><a href="?cpage=2">Show more</a></nav></section>'
    )
    assert names(art) == ["Margaret Olsen", "Tom Becker"]
    assert art.comment_count == 23
