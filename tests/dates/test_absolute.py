"""parse_date / parse_date_ex / find_date: precision, zones, prefixes, rejects."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

from newsmeta import ParsedDate, ParseError, find_date, parse_date, parse_date_ex


def tz(hours: float) -> timezone:
    return timezone(timedelta(hours=hours))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Published December 29, 2023", date(2023, 12, 29)),
        ("December 29, 2023", date(2023, 12, 29)),
        ("Posted on Friday, December 29th, 2023", date(2023, 12, 29)),
        ("29 de diciembre de 2023", date(2023, 12, 29)),
        ("Publicado el 29 de diciembre de 2023", date(2023, 12, 29)),
        ("29. Dezember 2023", date(2023, 12, 29)),
        ("Veröffentlicht am 29. Dezember 2023", date(2023, 12, 29)),
        ("29 décembre 2023", date(2023, 12, 29)),
        ("Publié le 29 décembre 2023", date(2023, 12, 29)),
        ("29 de dezembro de 2023", date(2023, 12, 29)),
        ("12/29/2023", date(2023, 12, 29)),
        ("29/12/2023", date(2023, 12, 29)),
        ("29.12.2023", date(2023, 12, 29)),
        ("2023/12/29", date(2023, 12, 29)),
        ("2023-12-29", date(2023, 12, 29)),
        ("Sat Dec 30 2023", date(2023, 12, 30)),
        ("Last updated: 2 Jan. 2024", date(2024, 1, 2)),
    ],
)
def test_day_precision_returns_a_date(text: str, expected: date) -> None:
    value = parse_date(text)
    assert value == expected
    assert type(value) is date


@pytest.mark.parametrize(
    ("text", "expected", "precision"),
    [
        ("Dec. 29, 2023 10:42 a.m. ET", datetime(2023, 12, 29, 10, 42, tzinfo=tz(-5)), "minute"),
        (
            "Updated 3:05 PM EST, Fri December 29, 2023",
            datetime(2023, 12, 29, 15, 5, tzinfo=tz(-5)),
            "minute",
        ),
        ("July 4, 2024 9:30 AM ET", datetime(2024, 7, 4, 9, 30, tzinfo=tz(-4)), "minute"),
        ("July 4, 2024 9:30 PM PT", datetime(2024, 7, 4, 21, 30, tzinfo=tz(-7)), "minute"),
        ("Dec 29, 2023 10:42 CEST", datetime(2023, 12, 29, 10, 42, tzinfo=tz(2)), "minute"),
        ("29. Dezember 2023, 10:15 MEZ", datetime(2023, 12, 29, 10, 15, tzinfo=tz(1)), "minute"),
        ("Dec 29, 2023 10:42 JST", datetime(2023, 12, 29, 10, 42, tzinfo=tz(9)), "minute"),
        ("Dec 29, 2023 10:42 AEDT", datetime(2023, 12, 29, 10, 42, tzinfo=tz(11)), "minute"),
        ("Dec 29, 2023 10:42 IST", datetime(2023, 12, 29, 10, 42, tzinfo=tz(5.5)), "minute"),
        ("Dec 29, 2023 10:42 BST", datetime(2023, 12, 29, 10, 42, tzinfo=tz(1)), "minute"),
        ("Dec 29, 2023 10:42 GMT+2", datetime(2023, 12, 29, 10, 42, tzinfo=tz(2)), "minute"),
        (
            "Fri, 29 Dec 2023 10:42:07 GMT",
            datetime(2023, 12, 29, 10, 42, 7, tzinfo=tz(0)),
            "second",
        ),
        (
            "2023-12-29T10:42:00+01:00",
            datetime(2023, 12, 29, 10, 42, tzinfo=tz(1)),
            "second",
        ),
        ("2023-12-29T10:42:00Z", datetime(2023, 12, 29, 10, 42, tzinfo=tz(0)), "second"),
        (
            "2023-12-29T10:42:00.250-05:00",
            datetime(2023, 12, 29, 10, 42, 0, 250000, tz(-5)),
            "second",
        ),
    ],
)
def test_zones_are_resolved(text: str, expected: datetime, precision: str) -> None:
    found = parse_date_ex(text)
    assert found is not None
    assert isinstance(found.value, datetime)
    assert found.value == expected
    assert found.value.utcoffset() == expected.utcoffset()
    assert found.precision == precision
    assert found.tz_known


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2023-12-29T10:42", datetime(2023, 12, 29, 10, 42)),
        ("29. Dezember 2023 um 10:15 Uhr", datetime(2023, 12, 29, 10, 15)),
        ("Publié le 29 décembre 2023 à 10h15", datetime(2023, 12, 29, 10, 15)),
        ("29 de diciembre de 2023 a las 10:15", datetime(2023, 12, 29, 10, 15)),
    ],
)
def test_missing_offset_gives_naive_datetime(text: str, expected: datetime) -> None:
    found = parse_date_ex(text)
    assert found is not None
    assert isinstance(found.value, datetime)
    assert found.value == expected and found.value.tzinfo is None
    assert not found.tz_known


@pytest.mark.parametrize(
    ("text", "value", "precision"),
    [
        ("December 2023", date(2023, 12, 1), "month"),
        ("diciembre de 2023", date(2023, 12, 1), "month"),
        ("Dezember 2023", date(2023, 12, 1), "month"),
        ("2023-12", date(2023, 12, 1), "month"),
        ("2014/04", date(2014, 4, 1), "month"),
        ("2023", date(2023, 1, 1), "year"),
    ],
)
def test_coarse_precision_is_reported_not_filled(text: str, value: date, precision: str) -> None:
    found = parse_date_ex(text)
    assert found is not None
    assert (found.value, found.precision) == (value, precision)
    assert parse_date(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "February 30, 2023",
        "31/04/2023",
        "0000-01-01",
        "9999-12-31",
        "1850-01-01",
        "December 29, 2150",
        "Dec 29, 2023 10:42 XYZT",
        "hello world",
        "",
        "12345",
        "By Jane Doe 29 December 2023",
        "x" * 10_000,
        "🙂🙂🙂",
        "32/13/2023",
    ],
)
def test_rejects(text: str) -> None:
    # (How fast a rejection is, is measured by benchmarks/dates_speed.py, not timed here: a
    # wall-clock bound fails on a loaded machine.)
    assert parse_date(text) is None


def test_unknown_zone_can_be_supplied() -> None:
    found = parse_date_ex("Dec 29, 2023 10:42 XYZT", tzinfos={"XYZT": 3 * 3600})
    assert found is not None and isinstance(found.value, datetime)
    assert found.value.utcoffset() == timedelta(hours=3)
    berlin = tz(1)
    assert parse_date("Dec 29, 2023 10:42 BERT", tzinfos={"BERT": berlin}) == datetime(
        2023, 12, 29, 10, 42, tzinfo=berlin
    )


def test_ambiguous_numeric_dates_follow_the_language() -> None:
    assert parse_date("01/02/2023") == date(2023, 1, 2)
    assert parse_date("01/02/2023", language="en-US") == date(2023, 1, 2)
    assert parse_date("01/02/2023", language="en-GB") == date(2023, 2, 1)
    assert parse_date("01/02/2023", language="fr") == date(2023, 2, 1)
    assert parse_date("01/02/2023", dayfirst=True) == date(2023, 2, 1)
    assert parse_date("01/02/2023", language="de", dayfirst=False) == date(2023, 1, 2)
    assert parse_date("01.02.2023") == date(2023, 2, 1)


def test_parse_date_ex_reports_the_span() -> None:
    text = "Published December 29, 2023"
    found = parse_date_ex(text)
    assert isinstance(found, ParsedDate)
    assert text[found.start : found.end] == found.matched == "December 29, 2023"


def test_find_date_finds_the_first_date_in_a_byline() -> None:
    found = find_date("By Jane Doe | December 29, 2023 | 5 min read")
    assert found is not None and found.value == date(2023, 12, 29)
    assert found.matched == "December 29, 2023"
    both = find_date("Updated 2 Jan 2024, first published 29 Dec 2023")
    assert both is not None and both.value == date(2024, 1, 2)
    assert find_date("no date here, 5 min read") is None


@pytest.mark.parametrize("bad", [None, 20231229, b"2023-12-29", date(2023, 12, 29)])
def test_non_str_raises_parse_error(bad: object) -> None:
    with pytest.raises(ParseError):
        parse_date(bad)  # type: ignore[arg-type]
    with pytest.raises(ParseError):
        find_date(bad)  # type: ignore[arg-type]


def test_dateutil_is_only_a_last_resort_on_short_strings() -> None:
    assert parse_date("20231229") == date(2023, 12, 29)  # dateutil, parsed twice
    assert parse_date("Friday 29-Dec-2023") == date(2023, 12, 29)
    assert parse_date_ex("x" * 100 + " 2023") is None


def test_fast_built_parsed_date_equals_the_constructors() -> None:
    # parse_date_ex sets ParsedDate's slots directly (speed); that is only right while
    # __init__ would do nothing more: no validators, converters or post-init, fields in
    # this order.
    import attrs

    fields = attrs.fields(ParsedDate)
    assert [f.name for f in fields] == ["value", "precision", "tz_known", "start", "end", "matched"]
    assert all(f.validator is None and f.converter is None for f in fields)
    assert not hasattr(ParsedDate, "__attrs_post_init__")
    for text in (
        "Dec. 29, 2023 10:42 a.m. ET",
        "Updated 3:05 PM EST, Fri December 29, 2023",
        "2023-12-29T10:42:00+01:00",
        "December 2023",
        "29/12/2023",
    ):
        fast = parse_date_ex(text)
        assert fast is not None
        rebuilt = ParsedDate(**attrs.asdict(fast, recurse=False))
        assert fast == rebuilt
        assert hash(fast) == hash(rebuilt)
        assert repr(fast) == repr(rebuilt)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a month word is a whole run of letters: a longer word that starts with one is not it
        ("Decembers 29, 2023", None),
        ("Marchland 5, 2021", None),
        ("Mär. 5, 2021", date(2021, 3, 5)),
        ("5 Sept. 2021", date(2021, 9, 5)),
        # forms that start with a digit and forms that start with a letter, mixed
        ("9:30, Dezember 5, 2021", datetime(2021, 12, 5, 9, 30)),
        ("Fri 3 December 2021", date(2021, 12, 3)),
    ],
)
def test_month_words_are_whole_words(text: str, expected: object) -> None:
    assert parse_date(text) == expected
