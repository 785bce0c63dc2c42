"""Session 12, dates round 2: more scripts, date ranges, time zones, updated-only pages."""

from __future__ import annotations

import datetime as dt

import pytest
from date_pages import day as _day
from date_pages import page as _page

import newsmeta
from newsmeta import find_date, parse_date

NOW = dt.datetime(2026, 12, 6, 12, tzinfo=dt.timezone.utc)


def _extract(top: str, head: str = "", lang: str = "en") -> newsmeta.Article:
    return newsmeta.extract(_page(top, head, lang), "https://news.example/story/x", now=NOW)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("14 במרץ 2024", dt.date(2024, 3, 14)),
        ("פורסם: 14 מרץ 2024", dt.date(2024, 3, 14)),
        ("प्रकाशित: 14 मार्च 2024", dt.date(2024, 3, 14)),
        ("3 फ़रवरी 2024", dt.date(2024, 2, 3)),
        ("1 मई 2024", dt.date(2024, 5, 1)),
        ("نشر في: 14 مارس 2024", dt.date(2024, 3, 14)),
        ("14 آذار 2024", dt.date(2024, 3, 14)),
        ("5 تشرين الأول 2023", dt.date(2023, 10, 5)),
        ("١٤ مارس ٢٠٢٤", dt.date(2024, 3, 14)),
        ("14 มีนาคม 2567", dt.date(2024, 3, 14)),
        ("14 กุมภาพันธ์ 2024", dt.date(2024, 2, 14)),
        ("ngày 14 tháng 3 năm 2024", dt.date(2024, 3, 14)),
        ("Cập nhật: 15/03/2024", dt.date(2024, 3, 15)),
    ],
)
def test_more_scripts_are_read(text: str, expected: dt.date) -> None:
    assert parse_date(text) == expected


def test_buddhist_year_only_after_a_thai_month() -> None:
    assert parse_date("14 March 2567") is None


@pytest.mark.parametrize(
    ("top", "lang", "published", "modified"),
    [
        (
            "<p>פורסם: 14.03.2024 09:15 | עודכן: 15.03.2024 10:00</p>",
            "he",
            "2024-03-14",
            "2024-03-15",
        ),
        ("<p>פורסם: 14.03.24, 09:15</p>", "he", "2024-03-14", None),
        ("<p>نشر في: 14 مارس 2024 | آخر تحديث: 15 مارس 2024</p>", "ar", "2024-03-14", "2024-03-15"),
        ("<p>अपडेटेड: 15 मार्च 2024</p>", "hi", None, "2024-03-15"),
        ("<p>Cập nhật: 15/03/2024 10:00</p>", "vi", None, "2024-03-15"),
        ("<p>Ngày 14 tháng 3 năm 2024</p>", "vi", "2024-03-14", None),
    ],
)
def test_date_lines_in_more_scripts(
    top: str, lang: str, published: str | None, modified: str | None
) -> None:
    art = _extract(top, lang=lang)
    assert _day(art.date_published) == published
    assert _day(art.date_modified) == modified


@pytest.mark.parametrize(
    ("top", "lang", "published"),
    [
        ('<p class="meta">12–14 March 2024 · Harbour Hall</p>', "en", None),
        ('<p class="date">12.–14. März 2024</p>', "de", None),
        ('<p class="date">30 April – 2 May 2024</p>', "en", None),
        ('<p class="date">2024-03-12 – 2024-03-14</p>', "en", None),
        ("<p>From 3 May to 5 May 2024 at the harbour hall</p>", "en", None),
        (
            '<p class="meta">Festival, 12–14 March 2024</p>'
            '<p class="date">Published 2 March 2024</p>',
            "en",
            "2024-03-02",
        ),
    ],
)
def test_a_date_range_is_not_the_articles_date(top: str, lang: str, published: str | None) -> None:
    assert _day(_extract(top, lang=lang).date_published) == published


@pytest.mark.parametrize(
    "text",
    [
        "By Ana | March 14, 2024 - 5 min read",
        "Updated 10:30 – 14 March 2024",
        "14. März 2024 - 10:15 Uhr",
    ],
)
def test_a_dash_after_a_date_is_not_always_a_range(text: str) -> None:
    found = find_date(text)
    assert found is not None
    art = _extract(f'<p class="date">{text}</p>')
    assert _day(art.date_published or art.date_modified) == "2024-03-14"


@pytest.mark.parametrize(
    ("stamp", "printed", "expected"),
    [
        ("2022-05-03T21:25:00-03:00", "", "2022-05-03"),
        ("2022-05-04T07:10:00+09:00", "", "2022-05-04"),
        ("2022-05-04T00:25:56Z", '<p class="date">3 de mayo de 2022</p>', "2022-05-03"),
        ("2022-05-04T05:00:00Z", '<p class="date">4. Mai 2022</p>', "2022-05-04"),
    ],
)
def test_the_local_day_of_a_timestamp(stamp: str, printed: str, expected: str) -> None:
    head = f'<meta property="article:published_time" content="{stamp}">'
    assert _day(_extract(printed, head=head).date_published) == expected


def test_an_updated_date_alone_is_not_the_publication_date() -> None:
    art = _extract("<p>Updated June 13, 2019</p>")
    assert art.date_published is None
    assert _day(art.date_modified) == "2019-06-13"


@pytest.mark.parametrize(
    ("label", "language", "amount", "unit"),
    [
        ("לפני 3 שעות", "he", 3, "hour"),
        ("לפני שעתיים", "he", 2, "hour"),
        ("לפני יום", "he", 1, "day"),
        ("منذ 3 ساعات", "ar", 3, "hour"),
        ("منذ يومين", "ar", 2, "day"),
        ("منذ ٣ أيام", "ar", 3, "day"),
        ("منذ 11 ساعة", "ar", 11, "hour"),
        ("3 घंटे पहले", "hi", 3, "hour"),
        ("एक घंटा पहले", "hi", 1, "hour"),
        ("७ महीने पहले", "hi", 7, "month"),
    ],
)
def test_relative_labels_in_hebrew_arabic_hindi(
    label: str, language: str, amount: int, unit: str
) -> None:
    now = dt.datetime(2024, 8, 1, 12, tzinfo=dt.timezone.utc)
    rel = newsmeta.parse_relative(label, now=now)
    assert rel is not None
    assert (rel.amount, rel.unit, rel.direction, rel.language) == (amount, unit, "past", language)
    assert rel.text == label
    same = newsmeta.parse_relative(label, now=now, language=language)
    assert same is not None and same.earliest == rel.earliest and same.latest == rel.latest
    english = newsmeta.parse_relative(
        f"{amount} {unit}s ago" if amount > 1 else f"{'an' if unit == 'hour' else 'a'} {unit} ago",
        now=now,
    )
    assert english is not None and english.earliest == rel.earliest


# (session 14: "3 天前" is read now, as Chinese; session 16 reads the future "3 天后" too)
@pytest.mark.parametrize("label", ["לפני", "منذ", "पहले", "3 天", "לפני 3 ساعات"])
def test_not_relative_labels(label: str) -> None:
    now = dt.datetime(2024, 8, 1, 12, tzinfo=dt.timezone.utc)
    assert newsmeta.parse_relative(label, now=now) is None


@pytest.mark.parametrize(
    ("top", "lang", "published"),
    [
        ('<p class="date">לפני 3 שעות</p>', "he", "2026-12-06"),
        ('<p class="date">منذ يومين</p>', "ar", "2026-12-04"),
        ('<p class="date">4 दिन पहले</p>', "hi", "2026-12-02"),
        ("<p>לפני 5 ימים</p>", "he", "2026-12-01"),
    ],
)
def test_a_relative_only_page_in_more_languages(top: str, lang: str, published: str) -> None:
    art = _extract(top, lang=lang)
    assert _day(art.date_published) == published
    assert art.provenance is not None
