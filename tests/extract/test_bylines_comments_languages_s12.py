"""Bylines and comment sections in further languages and scripts (session 12, issue 13).

Pages written for these tests: a short local story (the council approves a project that
starts next spring) in Arabic, Hebrew, Hindi, Thai, Vietnamese, Indonesian, Japanese,
Chinese, Czech, Hungarian, Croatian, Serbian and Romanian, right-to-left where the script is,
with a byline in the shape local publishers print it and readers' comments below.
"""

from __future__ import annotations

import datetime as dt

import pytest

import newsmeta

NOW = dt.datetime(2026, 12, 6, tzinfo=dt.timezone.utc)
URL = "https://local.example/2024/05/council-project"
STORY = {
    "ar": "قال المجلس البلدي إن المشروع الجديد سيبدأ في الربيع المقبل بعد سنوات من النقاش. ",
    "he": "המועצה הודיעה כי הפרויקט החדש יתחיל באביב הבא לאחר שנים של דיונים. ",
    "hi": "नगर परिषद ने कहा कि नई परियोजना अगले वसंत में शुरू होगी, वर्षों की चर्चा के बाद। ",
    "th": "สภาเมืองกล่าวว่าโครงการใหม่จะเริ่มในฤดูใบไม้ผลิหน้า หลังจากหารือกันมาหลายปี ",
    "vi": "Hội đồng thành phố cho biết dự án mới sẽ bắt đầu vào mùa xuân tới sau nhiều năm. ",
    "id": "Dewan kota mengatakan proyek baru akan dimulai musim semi depan setelah lama dibahas. ",
    "ja": "市議会は、長年の議論の末、新しい計画が来春に始まると発表した。 ",
    "zh": "市议会表示，经过多年讨论，新项目将于明年春天开始。 ",
    "cs": "Městská rada uvedla, že nový projekt začne příští jaro po letech diskusí. ",
    "hu": "A városi tanács közölte, hogy az új projekt jövő tavasszal indul, évek vitája után. ",
    "hr": "Gradsko vijeće reklo je da će novi projekt početi sljedećeg proljeća nakon rasprava. ",
    "sr": "Градско веће је саопштило да ће нови пројекат почети следећег пролећа. ",
    "ro": "Consiliul local a anunțat că noul proiect va începe în primăvara viitoare. ",
}
_RTL = frozenset({"ar", "he"})


def _page(lang: str, header: str = "", after: str = "") -> str:
    direction = ' dir="rtl"' if lang in _RTL else ""
    text = STORY[lang] * 8
    return (
        f'<!doctype html><html lang="{lang}"{direction}><head><title>News</title></head><body>'
        f'<header class="site-header"><a href="/">Local</a></header><main><article>'
        f"<h1>{STORY[lang][:30]}</h1>{header}<p>{text}</p><p>{text}</p></article>{after}"
        f"</main><footer><p>© 2024 Local</p></footer></body></html>"
    )


def _names(lang: str, header: str) -> list[str]:
    art = newsmeta.extract(_page(lang, header), url=URL, now=NOW)
    return [a.name for a in art.authors]


@pytest.mark.parametrize(
    "lang, header, names",
    [
        # Arabic "بقلم" (by) and "كتب"/"كتبت" (wrote), right to left, with and without a colon
        ("ar", "<p>بقلم نادية فهمي</p>", ["نادية فهمي"]),
        ("ar", '<p class="byline">كتبت: ليلى منصور</p>', ["ليلى منصور"]),
        ("ar", '<div class="meta"><span>كتب:</span> <a href="/w/7">سامي خليل</a></div>',
         ["سامي خليل"]),
        # two names joined by the Arabic comma
        ("ar", '<p class="author">نادية فهمي، سامي خليل</p>', ["نادية فهمي", "سامي خليل"]),
        # Hebrew "מאת"
        ("he", "<p>מאת: נועה ברק</p>", ["נועה ברק"]),
        # Hindi label "लेखक:" and a name in a class alone (vowel signs are part of the name)
        ("hi", "<p>लेखक: सुनील मेहता</p>", ["सुनील मेहता"]),
        ("hi", '<span class="author-name">कविता जोशी</span>', ["कविता जोशी"]),
        # Thai "โดย" (by) and "ผู้เขียน:" (writer)
        ("th", "<p>โดย ประยุทธ มั่นคง</p>", ["ประยุทธ มั่นคง"]),
        ("th", "<p>ผู้เขียน: มาลี ศรีสุข</p>", ["มาลี ศรีสุข"]),
        # Vietnamese "Tác giả:"
        ("vi", "<p>Tác giả: Phạm Quốc Huy</p>", ["Phạm Quốc Huy"]),
        # Indonesian "Oleh" with a date after it, "Penulis:" with "dan" (and)
        ("id", "<p>Oleh Rina Wulandari - 12 Mei 2024</p>", ["Rina Wulandari"]),
        ("id", "<p>Penulis: Rina Wulandari dan Agus Pratama</p>",
         ["Rina Wulandari", "Agus Pratama"]),
        # Japanese job after the name, Chinese "记者 … 报道"
        ("ja", '<p class="byline">中村健一 記者</p>', ["中村健一"]),
        ("zh", "<p>记者 刘洋 报道</p>", ["刘洋"]),
        # Czech "Napsala", Hungarian "Szerző:" and "Írta:", Croatian and Serbian "Piše:"
        ("cs", "<p>Napsala Tereza Dvořáková</p>", ["Tereza Dvořáková"]),
        ("hu", "<p>Szerző: Szabó Eszter</p>", ["Szabó Eszter"]),
        ("hu", "<p>Írta: Tóth Gábor</p>", ["Tóth Gábor"]),
        ("hr", "<p>Piše: Luka Babić</p>", ["Luka Babić"]),
        ("sr", "<p>Пише: Милош Ђорђевић</p>", ["Милош Ђорђевић"]),
        # Romanian "de" opening a byline element
        ("ro", '<p class="byline">de Andreea Stan</p>', ["Andreea Stan"]),
        # a picture credit after the writer is not a writer
        ("ar", "<p>بقلم نادية فهمي | تصوير: سامي خليل</p>", ["نادية فهمي"]),
    ],
)  # fmt: skip
def test_byline_in_further_languages(lang: str, header: str, names: list[str]) -> None:
    assert _names(lang, header) == names


def test_indonesian_and_is_lower_case_only() -> None:
    # "Dan" with a capital is a given name, not the Indonesian "and"
    assert _names("id", '<p class="byline">Oleh Dan Kurniawan</p>') == ["Dan Kurniawan"]


def test_arabic_label_alone_is_no_name() -> None:
    assert _names("ar", '<p class="byline">بقلم:</p>') == []


READERS = {
    "ar": (
        "2 تعليقات",
        "التعليقات",
        ["هالة", "يوسف"],
        ["أرجو أن يلتزموا بالموعد هذه المرة.", "وماذا عن موقف السيارات قرب السوق؟"],
    ),
    "he": (
        "2 תגובות",
        "תגובות",
        ["מיכל", "אבי"],
        ["מקווה שהפעם זה יקרה בזמן.", "ומה עם החניה ליד השוק?"],
    ),
    "hi": (
        "2 टिप्पणियाँ",
        "टिप्पणियाँ",
        ["नेहा", "रवि"],
        ["उम्मीद है इस बार काम समय पर होगा।", "बाज़ार के पास पार्किंग का क्या होगा?"],
    ),
    "th": (
        "2 ความคิดเห็น",
        "ความคิดเห็น",
        ["กานดา", "ชัย"],
        ["หวังว่าคราวนี้จะเสร็จตรงเวลา", "แล้วที่จอดรถใกล้ตลาดล่ะครับ"],
    ),
    "vi": (
        "2 bình luận",
        "Bình luận",
        ["Hoa", "Minh"],
        ["Mong lần này làm đúng tiến độ.", "Còn bãi đỗ xe gần chợ thì sao?"],
    ),
    "id": (
        "2 Komentar",
        "Komentar",
        ["Dewi", "Hendra"],
        ["Semoga kali ini selesai tepat waktu.", "Bagaimana dengan parkir dekat pasar?"],
    ),
    "ja": (
        "コメント（2件）",
        "コメント",
        ["由美", "翔太"],
        ["今度こそ予定どおりに進んでほしい。", "市場の近くの駐車場はどうなるのでしょう。"],
    ),
    "zh": (
        "2 条评论",
        "评论",
        ["小红", "老周"],
        ["希望这次能按时完成。", "市场附近的停车问题怎么办？"],
    ),
    "cs": (
        "Komentáře (2)",
        "Komentáře",
        ["Pavla", "Ondřej"],
        ["Snad to tentokrát stihnou včas.", "A co parkování u tržnice?"],
    ),
    "hu": (
        "2 hozzászólás",
        "Hozzászólások",
        ["Zsófi", "Bence"],
        ["Remélem, most időben elkészül.", "És mi lesz a piac melletti parkolással?"],
    ),
}


def _listed(lang: str) -> str:
    count, _, names, texts = READERS[lang]
    items = "".join(
        f'<li class="comment" id="comment-{i + 1}"><div class="comment-author vcard">'
        f'<b class="fn">{name}</b></div><time datetime="2024-05-0{i + 4}T09:10">'
        f'2024-05-0{i + 4}</time><div class="comment-content"><p>{text}</p></div></li>'
        for i, (name, text) in enumerate(zip(names, texts))
    )
    return (
        f'<div id="comments" class="comments-area"><h2 class="comments-title">{count}</h2>'
        f'<ol class="comment-list">{items}</ol></div>'
    )


def _under_heading(lang: str) -> str:
    _, heading, names, texts = READERS[lang]
    posts = "".join(
        f'<div class="post"><p><strong>{name}</strong> <time datetime="2024-05-0{i + 4}">'
        f"2024-05-0{i + 4}</time></p><p>{text}</p></div>"
        for i, (name, text) in enumerate(zip(names, texts))
    )
    return f"<section><h2>{heading}</h2>{posts}</section>"


@pytest.mark.parametrize("lang", sorted(READERS))
def test_comment_count_heading_in_further_languages(lang: str) -> None:
    art = newsmeta.extract(_page(lang, after=_listed(lang)), url=URL, now=NOW)
    assert art.comment_count == 2
    assert [c.text for c in art.comments] == READERS[lang][3]


@pytest.mark.parametrize("lang", sorted(READERS))
def test_comments_under_a_heading_in_further_languages(lang: str) -> None:
    art = newsmeta.extract(_page(lang, after=_under_heading(lang)), url=URL, now=NOW)
    assert [c.text for c in art.comments] == READERS[lang][3]
    assert [c.author.name if c.author else None for c in art.comments] == READERS[lang][2]


@pytest.mark.parametrize(
    "one, many",
    [("komentar", "komentari"), ("hozzaszolas", "hozzaszolasok"), ("comentariu", "comentarii")],
)
def test_comment_class_words_in_further_languages(one: str, many: str) -> None:
    _, _, names, texts = READERS["hu"]
    items = "".join(
        f'<div class="{one}"><div class="{one}-meta"><span class="nev">{name}</span> '
        f'<time datetime="2024-05-0{i + 4}">2024-05-0{i + 4}</time></div>'
        f'<div class="{one}-text"><p>{text}</p></div></div>'
        for i, (name, text) in enumerate(zip(names, texts))
    )
    art = newsmeta.extract(_page("hu", after=f'<section class="{many}">{items}</section>'),
                           url=URL, now=NOW)  # fmt: skip
    assert [c.text for c in art.comments] == texts


@pytest.mark.parametrize(
    "lang, header, names",
    [
        # "Per" is a given name and "Dan" too: neither is read as a marker or an "and"
        ("ro", '<p class="byline">By Dan Brown and Per Olsen</p>', ["Dan Brown", "Per Olsen"]),
        # a link whose whole text is "كتب" (books) is a section, not "wrote"
        ("ar", '<p><a href="/books">كتب</a> <a href="/novels">روايات</a></p>', []),
        # "Oleh karena itu, …" (therefore) and "Piše se …" open sentences, not bylines
        ("id", "<p>Oleh karena itu, dewan akan menambah anggaran untuk proyek ini.</p>", []),
        ("hr", "<p>Piše se da će projekt koštati više nego što je planirano.</p>", []),
    ],
)  # fmt: skip
def test_further_language_words_that_are_no_byline(
    lang: str, header: str, names: list[str]
) -> None:
    assert _names(lang, header) == names
