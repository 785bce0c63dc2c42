"""Whole pages in non-Latin scripts and right-to-left layouts, every field at once (trimmed)."""

from __future__ import annotations

import datetime as dt

import newsmeta

NOW = dt.datetime(2025, 12, 7, 12, 0, tzinfo=dt.timezone.utc)
_VI_PARAS = "".join(
    f"<p>{p}</p>"
    for p in (
        "Bộ Giáo dục và Đào tạo vừa công bố dự thảo quy chế tuyển sinh đại học năm 2026, "
        "trong đó giảm số phương thức xét tuyển sớm.",
        "Theo dự thảo, các trường chỉ được dành tối đa hai mươi phần trăm chỉ tiêu cho xét "
        "tuyển sớm, phần còn lại xét theo kết quả thi tốt nghiệp.",
        "Nhiều chuyên gia cho rằng quy định mới sẽ giúp thí sinh cạnh tranh công bằng hơn, "
        "nhưng một số trường tư lo ngại khó tuyển đủ chỉ tiêu.",
    )
)


def test_signoff_before_reader_comments_in_the_same_region() -> None:
    html = (
        '<html lang="vi"><body><nav><a href="/a">Thời sự</a><a href="/b">Thế giới</a></nav>'
        '<section class="page-detail"><span class="date">Thứ năm, 4/12/2025, 07:00 (GMT+7)'
        "</span><h1>Dự thảo tuyển sinh đại học 2026 giảm xét tuyển sớm</h1>"
        f'<article class="fck_detail">{_VI_PARAS}'
        '<p style="text-align:right;"><strong>Nguyễn Thu Hà</strong></p></article>'
        '<div class="box-comment"><h3>Ý kiến (2)</h3>'
        '<div class="comment_item"><p class="full_content"><span class="txt-name">'
        '<a href="#">Trần Minh</a></span> Quy định này hợp lý, nên áp dụng sớm.</p></div>'
        '<div class="comment_item"><p class="full_content"><span class="txt-name">'
        '<a href="#">Lan Anh</a></span> Học sinh lớp 12 lại phải thay đổi kế hoạch.</p></div>'
        "</div></section></body></html>"
    )
    article = newsmeta.extract(html, "https://example.com/a/1", now=NOW)
    assert [a.name for a in article.authors] == ["Nguyễn Thu Hà"]
    assert str(article.date_published)[:10] == "2025-12-04"


_KO_PARAS = "".join(
    f"<p>{p}</p>"
    for p in (
        "정부가 내년부터 청년층의 월세 지원 대상을 크게 늘리기로 했다. 국토교통부는 4일 이런 "
        "내용을 담은 주거 지원 개선안을 발표했다.",
        "개선안에 따르면 지원 대상 소득 기준이 중위소득의 60%에서 100%로 완화된다. 지원 "
        "기간도 최대 1년에서 2년으로 늘어난다.",
        "다만 일부 전문가들은 공급 확대 없이 지원만 늘리면 임대료가 오를 수 있다고 지적했다.",
    )
)


def _korean_page(head: str, lead: str = "") -> str:
    return (
        '<html lang="ko"><body><div id="header"><a href="/p">정치</a><a href="/e">경제</a></div>'
        '<h1 class="headline">청년 월세 지원 대상 대폭 확대…소득 기준 완화</h1>'
        f'<div class="info">{head}<ul class="date"><li>입력 2025.12.04 10:12</li></ul></div>'
        f'<div class="article-body">{lead}{_KO_PARAS}</div></body></html>'
    )


def test_korean_name_then_job_line_is_the_byline() -> None:
    html = _korean_page('<span class="name">김민수 기자</span>')
    article = newsmeta.extract(html, "https://example.com/a/1", now=NOW)
    assert [a.name for a in article.authors] == ["김민수"]
    assert str(article.date_published)[:10] == "2025-12-04"


def test_korean_wire_lead_names_the_reporter() -> None:
    lead = "<p>(서울=한빛통신) 박지영 기자 = 올겨울 첫 한파특보가 수도권에 내려졌다.</p>"
    article = newsmeta.extract(_korean_page("", lead), "https://example.com/a/1", now=NOW)
    assert [a.name for a in article.authors] == ["박지영"]


def test_korean_press_conference_words_are_no_byline() -> None:
    html = _korean_page('<span class="kicker">기자회견 전문</span>')
    article = newsmeta.extract(html, "https://example.com/a/1", now=NOW)
    assert article.authors == ()


def test_persian_writer_label_after_the_story() -> None:
    paras = "".join(
        f"<p>{p}</p>"
        for p in (
            "سازمان هواشناسی از ورود سامانه بارشی جدید به کشور از روز سه‌شنبه خبر داد و نسبت "
            "به وقوع سیلاب در استان‌های غربی هشدار داد.",
            "به گفته کارشناسان این سازمان، بارش برف و باران در ارتفاعات زاگرس شدید خواهد بود و "
            "دمای هوا به‌طور محسوسی کاهش می‌یابد.",
            "مدیریت بحران از شهروندان خواسته است از سفرهای غیرضروری خودداری کنند.",
        )
    )
    html = (
        '<html lang="fa" dir="rtl"><body><div class="news-item">'
        '<div class="news-date">۱۶ آذر ۱۴۰۴ - ۱۰:۴۵</div>'
        '<h1 class="title">هشدار سیلاب با ورود سامانه بارشی جدید</h1>'
        f'<div class="body">{paras}</div><div class="writer">نویسنده: مریم احمدی</div>'
        "</div></body></html>"
    )
    article = newsmeta.extract(html, "https://example.com/a/1", now=NOW)
    assert [a.name for a in article.authors] == ["مریم احمدی"]
    assert str(article.date_published)[:10] == "2025-12-07"


def test_hindi_byline_stops_at_the_update_label() -> None:
    paras = "".join(
        f"<p>{p}</p>"
        for p in (
            "केंद्र सरकार ने किसानों के लिए नई फसल बीमा योजना की घोषणा की है, जिसके तहत "
            "प्रीमियम की दर को घटाकर आधा कर दिया गया है।",
            "कृषि मंत्री ने शनिवार को बताया कि इस योजना का लाभ देश के लगभग पांच करोड़ किसानों को मिलेगा।",
            "उन्होंने कहा कि बीमा दावों का निपटारा अब तीस दिनों के भीतर किया जाएगा।",
        )
    )
    html = (
        '<html lang="hi"><body><div class="story-section">'
        "<h1>किसानों के लिए नई फसल बीमा योजना, प्रीमियम आधा</h1>"
        '<div class="story-byline"><span class="author-name">लेखक: राहुल शर्मा</span> '
        '<span class="pub-date">अपडेटेड: 06 दिसंबर 2025, 04:20 PM IST</span></div>'
        f'<div class="story-content">{paras}</div></div></body></html>'
    )
    article = newsmeta.extract(html, "https://example.com/a/1", now=NOW)
    assert [a.name for a in article.authors] == ["राहुल शर्मा"]
    assert str(article.date_published)[:10] == "2025-12-06"


def test_chinese_reporter_and_correspondent_are_both_credited() -> None:
    paras = "".join(
        f"<p>{p}</p>"
        for p in (
            "记者从市交通运输局获悉，本市第三条地铁环线将于本月28日正式开通运营，全长约42公里。",
            "据介绍，新线路与现有的8条线路实现换乘，开通后全市轨道交通运营里程将突破600公里。",
            "交通部门提醒，开通首周客流量可能较大，请乘客合理安排出行时间。",
        )
    )
    html = (
        '<html lang="zh-CN"><body><div class="left-main">'
        '<h1 class="news-title">地铁环线本月28日开通 全长约42公里</h1><div class="news-info">'
        '<span class="time">2025-12-05 08:30:12</span> <span class="source">来源：江城日报</span>'
        ' <span class="author">记者 李明 通讯员 王芳</span></div>'
        f'<div class="news-content">{paras}</div></div></body></html>'
    )
    article = newsmeta.extract(html, "https://example.com/a/1", now=NOW)
    assert [a.name for a in article.authors] == ["李明", "王芳"]
    assert str(article.date_published)[:10] == "2025-12-05"


_JA_PARAS = "".join(
    f"<p>{p}</p>"
    for p in (
        "東京都は7日、都内の公立小学校で来年度から給食費を完全に無償化する方針を明らかにした。"
        "対象はおよそ60万人の児童で、年間の予算は約300億円を見込む。",
        "都の担当者によると、物価の上昇で家計の負担が増しており、子育て世帯への支援を強める"
        "狙いがある。",
        "都は年明けに開く議会に関連する条例案を提出し、4月からの実施を目指す。",
    )
)


def _japanese_page(last: str) -> str:
    return (
        '<html lang="ja"><body><nav><a href="/n">社会</a><a href="/p">政治</a></nav>'
        '<article><h1 class="article-title">都、小学校の給食費を来年度から無償化へ</h1>'
        '<time class="date">2025年12月7日 18時42分</time>'
        f'<div class="article-body">{_JA_PARAS}<p class="credit">{last}</p></div>'
        "</article></body></html>"
    )


def test_japanese_bracketed_signoff_with_desk() -> None:
    article = newsmeta.extract(_japanese_page("（社会部　山田花子）"), now=NOW)
    assert [a.name for a in article.authors] == ["山田花子"]
    article = newsmeta.extract(_japanese_page("（ニューヨーク＝田中太郎）"), now=NOW)
    assert [a.name for a in article.authors] == ["田中太郎"]


def test_japanese_bracketed_agency_or_note_is_no_signoff() -> None:
    for last in ("（共同）", "（敬称略）", "（編集部）"):
        article = newsmeta.extract(_japanese_page(last), now=NOW)
        assert article.authors == (), last


def test_comments_in_abbreviated_cmt_markup() -> None:
    paras = "".join(
        f"<p>{p}</p>"
        for p in (
            "记者从市交通运输局获悉，本市第三条地铁环线将于本月28日正式开通运营，全长约42公里。",
            "据介绍，新线路与现有的8条线路实现换乘，开通后全市轨道交通运营里程将突破600公里。",
            "交通部门提醒，开通首周客流量可能较大，请乘客合理安排出行时间。",
        )
    )
    rows = (
        ("城北老王", "2025-12-06 10:21", "终于等到了，以后上班能省半小时。"),
        ("小雨点", "2025-12-06 11:03", "希望票价优惠能多持续一段时间。"),
    )
    thread = "".join(
        f'<div class="cmt-item"><div class="cmt-user">{u}</div><div class="cmt-time">{d}</div>'
        f'<div class="cmt-text">{x}</div><a class="reply" href="#">回复</a></div>'
        for u, d, x in rows
    )
    html = (
        '<html lang="zh-CN"><body><h1>地铁环线本月28日开通</h1><span>2025-12-05 08:30</span>'
        f'<div class="news-content">{paras}</div><div class="comment-box" id="comments">'
        f"<h3>网友评论（2）</h3>{thread}</div></body></html>"
    )
    article = newsmeta.extract(html, "https://example.com/a/1", now=NOW)
    assert [(c.author.name if c.author else None, c.text) for c in article.comments] == [
        ("城北老王", "终于等到了，以后上班能省半小时。"),
        ("小雨点", "希望票价优惠能多持续一段时间。"),
    ]
    assert str(article.comments[0].date_published)[:10] == "2025-12-06"
    assert "终于等到了" not in article.body


def test_read_also_line_in_cyrillic_is_not_body() -> None:
    paras = (
        "Кабінет міністрів ухвалив рішення про будівництво нових укриттів у школах прифронтових "
        "областей. На ці цілі з резервного фонду виділять понад два мільярди гривень.",
        "За словами міністра освіти, укриття мають з'явитися щонайменше у трьохстах закладах до "
        "початку наступного навчального року.",
        "Місцеві адміністрації вже подали перелік шкіл, де будівництво є найбільш нагальним.",
    )
    html = (
        '<html lang="uk"><body><div class="post"><h1>Уряд виділив кошти на укриття у школах</h1>'
        '<span class="post-date">03.12.2025 | 09:15</span><div class="post-text">'
        f"<p>{paras[0]}</p><p>{paras[1]}</p>"
        '<p class="read-also"><strong>Читайте також:</strong> <a href="/x">У Дніпрі відкрили '
        f"ще одну підземну школу</a></p><p>{paras[2]}</p></div></div></body></html>"
    )
    article = newsmeta.extract(html, "https://example.com/a/1", now=NOW)
    assert "Читайте також" not in article.body
    assert paras[2] in article.body


def test_cmt_inside_a_word_is_no_comment() -> None:
    html = (
        '<html lang="ko"><body><h1 class="headline">청년 월세 지원 대상 대폭 확대</h1>'
        f'<div class="article-body">{_KO_PARAS}</div>'
        '<div id="notice" class="changecmt"><p class="changecmt_p">이 기사의 댓글 정책을 '
        "언론사가 결정합니다.</p></div></body></html>"
    )
    article = newsmeta.extract(html, "https://example.com/a/1", now=NOW)
    assert article.comments == ()
