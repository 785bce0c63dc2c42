"""Session 8: evening hours after a month name, dotted times before a zone, East Asian dates."""

from __future__ import annotations

import datetime as dt

import pytest

import newsmeta
from newsmeta import find_date, parse_date

UTC = dt.timezone.utc


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an hour from 20 to 23 after a written date was read as "2" and dropped
        ("14 Mar 2024 20:05", dt.datetime(2024, 3, 14, 20, 5)),
        ("March 14, 2024 23:59", dt.datetime(2024, 3, 14, 23, 59)),
        ("Thu, 14 Mar 2024 21:30:07 +0000", dt.datetime(2024, 3, 14, 21, 30, 7, tzinfo=UTC)),
        ("14. März 2024, 22.40 Uhr", dt.datetime(2024, 3, 14, 22, 40)),
        ("14 Mar 2024 09:05", dt.datetime(2024, 3, 14, 9, 5)),
        # a time written with a dot before a zone, as British sites print it
        ("Thu 14 Mar 2024 18.20 GMT", dt.datetime(2024, 3, 14, 18, 20, tzinfo=UTC)),
    ],
)
def test_times_after_a_written_date(text: str, expected: dt.datetime) -> None:
    assert parse_date(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2024年3月14日", dt.date(2024, 3, 14)),
        ("2024 年 3 月 14 日", dt.date(2024, 3, 14)),
        ("2024年03月14日 21:05", dt.datetime(2024, 3, 14, 21, 5)),
        ("2024년 3월 14일", dt.date(2024, 3, 14)),
        ("2024年2月30日", None),  # no such day
        ("2024年3月", None),  # a month alone is not a day
    ],
)
def test_east_asian_dates(text: str, expected: dt.date | None) -> None:
    assert parse_date(text) == expected


def test_east_asian_date_found_inside_a_line() -> None:
    found = find_date("更新：2024年3月14日 08:30（北京时间）")
    assert found is not None
    assert found.value == dt.datetime(2024, 3, 14, 8, 30)
    assert found.matched.startswith("2024年3月14日")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("14 marzo 2024", dt.date(2024, 3, 14)),
        ("3 maggio 2024, 20:15", dt.datetime(2024, 5, 3, 20, 15)),
        ("1 sett. 2024", dt.date(2024, 9, 1)),
        ("14 maart 2024", dt.date(2024, 3, 14)),
        ("3 mei 2024", dt.date(2024, 5, 3)),
        ("3 mrt. 2024", dt.date(2024, 3, 3)),
    ],
)
def test_italian_and_dutch_month_names(text: str, expected: dt.date) -> None:
    assert parse_date(text) == expected


@pytest.mark.parametrize(
    ("lang", "headline", "line", "sentence", "expected"),
    [
        (
            "zh-CN",
            "新码头启用",
            '<div class="date">发布时间：2024年3月14日 21:05</div>',
            "港口的新货运码头今天启用，第一批集装箱船已经靠岸。",
            dt.datetime(2024, 3, 14, 21, 5),
        ),
        (
            "it",
            "Apre il nuovo molo",
            '<p class="data">Pubblicato il 14 marzo 2024</p>',
            "Il nuovo molo del porto apre oggi alle navi portacontainer. ",
            dt.date(2024, 3, 14),
        ),
    ],
)
def test_a_date_line_on_a_page(
    lang: str, headline: str, line: str, sentence: str, expected: dt.date
) -> None:
    html = (
        f'<html lang="{lang}"><body><article><h1>{headline}</h1>{line}'
        f"<p>{sentence * 12}</p></article></body></html>"
    )
    article = newsmeta.extract(html, "https://harbour.example/news/1")
    assert article.date_published == expected
