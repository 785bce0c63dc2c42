"""Session 9: Russian and Turkish month names and date words, a two-digit year after a month
name, compact stamps with their time."""

from __future__ import annotations

import datetime as dt

import pytest

from newsmeta import find_date, parse_date, parse_date_ex

UTC = dt.timezone.utc


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Russian dates print the month in the genitive; the nominative heads a month alone
        ("7 апреля 2022", dt.date(2022, 4, 7)),
        ("28 февраля 2021 г.", dt.date(2021, 2, 28)),
        ("1 сентября 2023, 09:40", dt.datetime(2023, 9, 1, 9, 40)),
        ("19 дек. 2020", dt.date(2020, 12, 19)),
        ("Опубликовано: 3 ноября 2021", dt.date(2021, 11, 3)),
        ("Обновлено 30.06.2022 17:05", dt.datetime(2022, 6, 30, 17, 5)),
        ("Дата публикации: 11 июля 2019", dt.date(2019, 7, 11)),
        # Turkish, with and without its dotted letters
        ("23 Nisan 2021", dt.date(2021, 4, 23)),
        ("Perşembe, 9 Şubat 2023 11:20", dt.datetime(2023, 2, 9, 11, 20)),
        ("пятница, 14 января 2022", dt.date(2022, 1, 14)),
        ("14 SUBAT 2023", dt.date(2023, 2, 14)),
        ("2 Ağustos 2020", dt.date(2020, 8, 2)),
        ("Aralık 31, 2019", dt.date(2019, 12, 31)),
        ("Son güncelleme: 4 Kasım 2022 16:45", dt.datetime(2022, 11, 4, 16, 45)),
        ("Giriş Tarihi: 18.10.2021", dt.date(2021, 10, 18)),
        ("Yayınlanma tarihi: 6 Eylül 2024", dt.date(2024, 9, 6)),
        ("Yayımlanma: 30.08.2024 07:50", dt.datetime(2024, 8, 30, 7, 50)),
        # the word before the time: Russian "в", Turkish "saat"
        ("5 окт 2023 в 21:07", dt.datetime(2023, 10, 5, 21, 7)),
        ("17 Haziran 2022, saat 08:30", dt.datetime(2022, 6, 17, 8, 30)),
    ],
)
def test_russian_and_turkish_dates(text: str, expected: dt.date) -> None:
    assert parse_date(text) == expected


def test_russian_month_alone_is_month_precision() -> None:
    parsed = parse_date_ex("март 2020")
    assert parsed is not None
    assert (parsed.value, parsed.precision) == (dt.date(2020, 3, 1), "month")
    assert parse_date("март 2020") is None


def test_words_of_another_language_still_block_a_date() -> None:
    # the new prefix words are words of those languages, not a licence for any text
    assert parse_date("Прогноз на 3 ноября 2021") is None
    assert parse_date("Hava durumu 4 Kasım 2022") is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("07 Jun 21", dt.date(2021, 6, 7)),
        ("18 janvier 04", dt.date(2004, 1, 18)),
        ("3 Okt 98", dt.date(1998, 10, 3)),  # the pivot: 70-99 are the 1900s
        ("25 ноября 22", dt.date(2022, 11, 25)),
        ("11-Sep-17", dt.date(2017, 9, 11)),
        ("2 Mar 23, 08:15", dt.datetime(2023, 3, 2, 8, 15)),
        ("2 Mar 23 | 08:15", dt.datetime(2023, 3, 2, 8, 15)),
    ],
)
def test_two_digit_year_after_a_month_name(text: str, expected: dt.date) -> None:
    assert parse_date(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a number after a month name that runs on into words is a count, not a year
        "On 12 May 14 boats left the harbour",
        # and one before a time is the hour
        "Am 3 Mai 19:30 Uhr",
        "le 3 mai 19 h 30",
    ],
)
def test_two_digit_number_after_a_month_name_that_is_no_year(text: str) -> None:
    found = find_date(text)
    assert found is None or found.value.year not in (2014, 2019)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("20171103T0845", dt.datetime(2017, 11, 3, 8, 45)),
        ("20171103T084512Z", dt.datetime(2017, 11, 3, 8, 45, 12, tzinfo=UTC)),
        (
            "20171103T084512+0530",
            dt.datetime(2017, 11, 3, 8, 45, 12, tzinfo=dt.timezone(dt.timedelta(hours=5.5))),
        ),
        ("20171103D08:45H", dt.datetime(2017, 11, 3, 8, 45)),
        ("20171131T0845", None),  # no such day
        ("20171103T2545", None),  # no such hour
    ],
)
def test_compact_stamps_with_a_time(text: str, expected: dt.datetime | None) -> None:
    assert parse_date(text) == expected


def test_compact_stamp_found_inside_a_line() -> None:
    found = find_date("Log entry 20171103D08:45H, filed by the desk")
    assert found is not None
    assert found.value == dt.datetime(2017, 11, 3, 8, 45)
    assert found.matched == "20171103D08:45H"


def test_eight_digits_alone_inside_a_line_are_no_date() -> None:
    # without its time a compact stamp is too often an order or a phone number
    assert find_date("Order 20171103 shipped") is None
