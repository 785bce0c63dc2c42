"""The metadata readers' shortcuts (session 15, speed I) leave what they read unchanged.

The "By …" line head is tested behind a gate read from its own pattern (its first three
characters), the footer-licence scan reads each link once when footer boxes nest, and some
class verdicts are kept across pages (module dicts shared by threads). Each case here is a
shape those shortcuts could have lost. Every page is written for these tests.
"""

from __future__ import annotations

import datetime as dt
from concurrent.futures import ThreadPoolExecutor

import pytest

import newsmeta

_NOW = dt.datetime(2026, 11, 1, tzinfo=dt.timezone.utc)
_STORY = (
    "<p>The harbour board approved the new ferry timetable on Tuesday after a long debate "
    "about the winter crossings, the cost of the second boat and the berth by the old mill."
    "</p><p>Work on the berth starts in spring; the morning crossing moves forty minutes "
    "earlier from May, and the evening one stays as it is until the new boat arrives.</p>"
)


def _page(line: str, lang: str = "en", footer: str = "", after: str = "") -> bytes:
    return (
        f'<html lang="{lang}"><head><title>Ferry timetable approved</title></head><body>'
        "<main><article><h1>Ferry timetable approved after long debate</h1>"
        f'<p class="line">{line}</p>{_STORY}</article></main>'
        f"<footer>{footer}</footer>{after}</body></html>"
    ).encode()


def _read(html: bytes) -> newsmeta.Article:
    return newsmeta.extract(html, "https://example.org/news/ferry", now=_NOW, content=False)


@pytest.mark.parametrize(
    ("line", "lang", "name"),
    [
        ("By Jane Doe", "en", "Jane Doe"),
        ("by Jane Doe", "en", "Jane Doe"),
        ("BY JANE DOE", "en", "JANE DOE"),
        ("Written by Tom Vance", "en", "Tom Vance"),
        ("Von Anna Schmidt", "de", "Anna Schmidt"),
        ("Ein Beitrag von Anna Schmidt", "de", "Anna Schmidt"),
        ("Por María López", "es", "María López"),
        ("Texte : Jean Dupont", "fr", "Jean Dupont"),
        ("Publié par Claire Martin", "fr", "Claire Martin"),
        ("· By Jane Doe", "en", "Jane Doe"),
    ],
)
def test_by_lines_in_every_case_and_language_are_read(line: str, lang: str, name: str) -> None:
    assert [a.name for a in _read(_page(line, lang)).authors] == [name]


@pytest.mark.parametrize("line", ["Bye for now, Jane Doe", "Bylines matter here", "Byzantium"])
def test_words_that_only_start_like_by_are_no_byline(line: str) -> None:
    assert _read(_page(line)).authors == ()


_DEED = "https://creativecommons.org/licenses/by-sa/4.0/"


def test_a_licence_deed_in_nested_footer_boxes_is_read() -> None:
    footer = (
        '<div class="footer-widgets"><div class="footer-col"><a href="/about">About</a>'
        f'<p class="copyright">Text under <a href="{_DEED}">CC BY-SA 4.0</a></p></div></div>'
    )
    assert _read(_page("By Jane Doe", footer=footer)).license == _DEED


def _site_info_after(count: int) -> bytes:
    links = "".join(f'<a href="/p{i}">Page {i}</a>' for i in range(count))
    return _page(
        "By Jane Doe",
        footer=f'<div class="footer-links">{links}</div>',
        after=f'<div class="site-info"><a href="{_DEED}">CC BY-SA</a></div>',
    )


def test_links_of_nested_footer_boxes_count_toward_the_limit_each_time_met() -> None:
    # 120 links met twice (the <footer>, then its "footer-links" box) pass the limit of 200
    # footer links before the "site-info" box that holds the deed.
    assert _read(_site_info_after(120)).license is None


def test_a_deed_after_nested_footer_boxes_under_the_limit_is_read() -> None:
    assert _read(_site_info_after(20)).license == _DEED


def test_pages_read_on_several_threads_at_once_read_as_alone() -> None:
    pages = [
        _page("By Jane Doe"),
        _page("Von Anna Schmidt", "de"),
        _page("Por María López", "es"),
        _page("Texte : Jean Dupont", "fr"),
    ] * 6
    alone = [newsmeta.to_dict(_read(html)) for html in pages]
    with ThreadPoolExecutor(max_workers=4) as pool:
        together = [newsmeta.to_dict(article) for article in pool.map(_read, pages)]
    assert together == alone
