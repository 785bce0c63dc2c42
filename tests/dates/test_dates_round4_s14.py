"""Session 14, dates round 4: date signals on unseen templates and languages."""

from __future__ import annotations

import datetime as dt

import pytest
from date_pages import day as _day
from date_pages import page as _page

import newsmeta
from newsmeta.dates import find_date, parse_date

NOW = dt.datetime(2026, 12, 6, 12, tzinfo=dt.timezone.utc)
_URL = "https://news.example/story/harbour-budget"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Japanese era years: Reiwa 1 is 2019, Heisei 1 is 1989; "元年" is the first year
        ("令和6年3月5日", dt.date(2024, 3, 5)),
        ("令和６年３月５日", dt.date(2024, 3, 5)),
        ("令和元年5月1日 10:30", dt.datetime(2019, 5, 1, 10, 30)),
        ("平成31年4月30日", dt.date(2019, 4, 30)),
        # Thai abbreviated months, a Buddhist-era year of four or two digits
        ("5 มี.ค. 2567", dt.date(2024, 3, 5)),
        ("5 มี.ค. 67 10:30 น.", dt.datetime(2024, 3, 5, 10, 30)),
        ("๕ ธ.ค. ๒๕๖๖", dt.date(2023, 12, 5)),
        # the Persian solar calendar: month names and numeric, in Persian or ASCII digits
        ("۱۵ اسفند ۱۴۰۲", dt.date(2024, 3, 5)),
        ("15 اسفند 1402", dt.date(2024, 3, 5)),
        ("۲۵ دی ۱۴۰۲", dt.date(2024, 1, 15)),
        ("۱ فروردین ۱۴۰۳", dt.date(2024, 3, 20)),
        ("تاریخ انتشار: ۱۴۰۲/۱۲/۱۵", dt.date(2024, 3, 5)),
        # Malay months
        ("5 Mac 2024", dt.date(2024, 3, 5)),
        ("12 Julai 2023", dt.date(2023, 7, 12)),
    ],
)
def test_other_calendars_and_abbreviations(text: str, expected: dt.date) -> None:
    found = find_date(text)
    assert found is not None
    assert found.value == expected


@pytest.mark.parametrize(
    "text",
    [
        "در سال ۱۴۰۲ دی",  # a month word without a day
        "5 มี.ค.",  # a Thai month without a year
        "令和6年",  # an era year alone
        "1402/12/15",  # a Persian year in a text without Persian script
        "۳۲ اسفند ۱۴۰۲",  # no 32nd day
        "نشر في 1445/08/24 هـ",  # a lunar Hijri date on an Arabic page
        "التاريخ 1420/08/24",  # an Arabic text: no Persian letter or digit
    ],
)
def test_other_calendars_need_a_whole_date(text: str) -> None:
    assert find_date(text) is None
    assert parse_date(text) is None


@pytest.mark.parametrize(
    ("line", "lang"),
    [
        ("令和6年3月5日", "ja"),
        ("٥ مارس ٢٠٢٤", "ar"),
        ("۵ مارس ۲۰۲۴", "fa"),
        ("۱۵ اسفند ۱۴۰۲", "fa"),
        ("تاریخ انتشار: ۱۴۰۲/۱۲/۱۵", "fa"),
        ("5 มีนาคม 2567", "th"),
        ("5 มี.ค. 2567", "th"),
        ("5 Mac 2024", "ms"),
    ],
)
def test_date_line_under_the_headline_in_other_digits_and_calendars(line: str, lang: str) -> None:
    for top in (f"<p>{line}</p>", f'<div class="post-date">{line}</div>'):
        article = newsmeta.extract(_page(top, lang=lang), _URL, now=NOW)
        assert _day(article.date_published) == "2024-03-05"


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://news.example/news/harbour-budget-2024-03-05-x", "2024-03-05"),
        ("https://news.example/story?id=3&date=2024-03-05", "2024-03-05"),
        ("https://news.example/list?page=2&pubdate=20240305", "2024-03-05"),
        ("https://news.example/2024/0305/harbour-budget", "2024-03-05"),
        ("https://news.example/2024-03/05/c_1130.htm", "2024-03-05"),
        ("https://news.example/n1/202403/05/c1001-4021.html", "2024-03-05"),
        # no day: a month alone, an impossible day, a number in a query that names no date
        ("https://news.example/2024/03/harbour-budget", None),
        ("https://news.example/2024/1299/harbour", None),
        ("https://news.example/story?id=20240305", None),
    ],
)
def test_day_in_the_address_in_more_shapes(url: str, expected: str | None) -> None:
    article = newsmeta.extract(_page(), url, now=NOW)
    assert _day(article.date_published) == expected


def test_dashed_day_in_an_image_name_is_not_the_publication() -> None:
    img = '<p><img src="https://cdn.example/photos/harbour-2019-06-01-quay.jpg" alt="Quay"></p>'
    article = newsmeta.extract(_page(img), _URL, now=NOW)
    assert article.date_published is None


@pytest.mark.parametrize(
    "line",
    [
        "Page last reviewed: 7 March 2024",
        "Last reviewed 7 March 2024",
        "Medically reviewed on March 7, 2024",
    ],
)
def test_a_reviewed_date_is_the_modified_date(line: str) -> None:
    article = newsmeta.extract(_page(f"<p>{line}</p>"), _URL, now=NOW)
    assert article.date_published is None
    assert _day(article.date_modified) == "2024-03-07"
    top = f"<p>Published 5 March 2024</p><p>{line}</p>"
    article = newsmeta.extract(_page(top), _URL, now=NOW)
    assert _day(article.date_published) == "2024-03-05"


_LABEL_NOW = dt.datetime(2024, 3, 5, 12, tzinfo=dt.timezone.utc)


@pytest.mark.parametrize(
    ("label", "language", "english"),
    [
        ("3 ore fa", "it", "3 hours ago"),
        ("un'ora fa", "it", "an hour ago"),
        ("ieri", "it", "yesterday"),
        ("3 uur geleden", "nl", "3 hours ago"),
        ("een uur geleden", "nl", "an hour ago"),
        ("3 godziny temu", "pl", "3 hours ago"),
        ("godzinę temu", "pl", "an hour ago"),
        ("3 saat önce", "tr", "3 hours ago"),
        ("dün", "tr", "yesterday"),
        ("3 jam yang lalu", "id", "3 hours ago"),
        ("3 часа назад", "ru", "3 hours ago"),
        ("час назад", "ru", "an hour ago"),
        ("вчера", "ru", "yesterday"),
        ("3 години тому", "uk", "3 hours ago"),
        ("3時間前", "ja", "3 hours ago"),
        ("2ヶ月前", "ja", "2 months ago"),
        ("3小时前", "zh", "3 hours ago"),
        ("昨天", "zh", "yesterday"),
        ("3시간 전", "ko", "3 hours ago"),
        ("어제", "ko", "yesterday"),
        # phrases of the languages read before this session, without a language
        ("أمس", "ar", "yesterday"),
        ("अभी", "hi", "just now"),
    ],
)
def test_relative_labels_in_more_languages(label: str, language: str, english: str) -> None:
    rel = newsmeta.parse_relative(label, now=_LABEL_NOW)
    assert rel is not None
    assert rel.language == language
    same = newsmeta.parse_relative(english, now=_LABEL_NOW)
    assert same is not None
    assert (rel.earliest, rel.latest) == (same.earliest, same.latest)
    assert newsmeta.parse_relative(label, now=_LABEL_NOW, language=language) is not None


@pytest.mark.parametrize("label", ["fa", "ora", "3 fa", "önce", "назад", "3 天", "3 ore"])
def test_not_labels_in_more_languages(label: str) -> None:
    assert newsmeta.parse_relative(label, now=_LABEL_NOW) is None


@pytest.mark.parametrize(
    ("line", "lang", "expected"),
    [
        ("3 ore fa", "it", "2024-03-05"),
        ("2 dagen geleden", "nl", "2024-03-03"),
        ("вчера", "ru", "2024-03-04"),
        ("3日前", "ja", "2024-03-02"),
        ("3일 전", "ko", "2024-03-02"),
    ],
)
def test_a_relative_line_in_more_languages_dates_the_page(
    line: str, lang: str, expected: str
) -> None:
    article = newsmeta.extract(_page(f"<p>{line}</p>", lang=lang), _URL, now=_LABEL_NOW)
    assert _day(article.date_published) == expected
