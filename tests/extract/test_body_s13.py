"""Body shapes of session 13: hostile templates (short closing sentences in other
scripts, ...).

The pages are written for these tests, in the shapes publishers use.
"""

from __future__ import annotations

import newsmeta


def _page(inner: str, lang: str = "en", title: str = "Story") -> str:
    return (
        f"<html lang='{lang}'><head><meta charset='utf-8'><title>{title}</title></head><body>"
        "<header class='site-header'><a href='/'>Home</a> <nav><a href='/news'>News</a> "
        "<a href='/sport'>Sport</a></nav></header>"
        f"{inner}"
        "<footer><p>© 2026 Valley Courier. All rights reserved.</p></footer></body></html>"
    )


def _body(html: str) -> str:
    article = newsmeta.extract(html, "https://courier.example/2026/story")
    return " ".join((article.body or "").split())


def _paras(lines: list[str]) -> str:
    return "".join(f"<p>{line}</p>" for line in lines)


_JA = [
    "市議会は火曜日、老朽化した市民プールを来年の春から一年間閉鎖することを決めた。",
    "調査の結果、屋根と換気設備の全面的な改修が必要だと判断された。",
    "改修費用は約四億円と見込まれており、その三分の一を県が負担する。",
    "閉鎖期間中、学校の水泳の授業は隣の町のプールで行われる予定だ。",
    "市は送迎用のバスを週に二回、無料で運行する方針を示した。",
    "再開は再来年の夏休み前を目指している。",
]
_ZH = [
    "市政府周二宣布，将从下个月起对老城区的主要道路进行为期半年的改造。",
    "根据交通部门的统计，这条道路每天的车流量超过三万辆次。",
    "有关部门表示，施工将尽量安排在夜间进行，以减少对居民生活的影响。",
    "工程总投资约两亿元。",
    "市民可以通过热线电话查询信息！",
]


def test_short_closing_sentences_in_japanese_and_chinese_are_kept() -> None:
    for lines, lang in ((_JA, "ja"), (_ZH, "zh")):
        body = _body(_page(f"<article><h1>見出し</h1>{_paras(lines)}</article>", lang))
        for line in lines:
            assert line in body, (lang, line)


def test_a_short_unfinished_last_line_in_japanese_is_still_dropped() -> None:
    html = _page(f"<article><h1>見出し</h1>{_paras(_JA[:4])}<p>シェアする</p></article>", "ja")
    body = _body(html)
    assert _JA[3] in body
    assert "シェアする" not in body
