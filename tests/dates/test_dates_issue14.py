"""Shared prefixes, ``humanize`` with a date and an aware ``now``, two-digit years."""

from __future__ import annotations

import datetime as dt

import pytest

from newsmeta import humanize, parse_date, parse_relative

UTC = dt.timezone.utc
NOW = dt.datetime(2024, 8, 1, 12, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("label", "amount", "unit"),
    [
        ("Updated 2 hours ago", 2, "hour"),
        ("Posted 5 days ago", 5, "day"),
        ("Last updated: 3 weeks ago", 3, "week"),
        ("há 1 semana atrás", 1, "week"),
        ("Publicado hace 4 meses", 4, "month"),
        ("Aktualisiert vor 2 Stunden", 2, "hour"),
        ("Publié il y a 3 jours", 3, "day"),
    ],
)
def test_parse_relative_accepts_the_date_prefixes(label: str, amount: int, unit: str) -> None:
    rel = parse_relative(label, now=NOW)
    assert rel is not None
    assert (rel.amount, rel.unit, rel.direction) == (amount, unit, "past")
    assert rel.earliest < rel.latest < NOW


@pytest.mark.parametrize("text", ["Updated 2 hours", "Posted yesterday evening", "Updated ago"])
def test_prefixes_do_not_make_labels_of_other_texts(text: str) -> None:
    assert parse_relative(text, now=NOW) is None


def test_future_prefix_is_not_stripped() -> None:
    rel = parse_relative("em 3 dias", now=NOW)
    assert rel is not None and rel.direction == "future"


def test_same_prefixes_as_parse_date() -> None:
    assert parse_date("Updated March 3, 2024") == dt.date(2024, 3, 3)
    assert parse_relative("Updated 3 days ago", now=NOW) is not None


def test_humanize_date_with_aware_now() -> None:
    assert humanize(dt.date(2023, 12, 29), now=NOW) == "7 months ago"
    assert humanize(dt.date(2024, 8, 1), now=NOW) == "12 hours ago"
    naive = dt.datetime(2024, 8, 1, 12)
    assert humanize(dt.date(2024, 7, 31), now=naive) == "2 days ago"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Stand: 1.4.18", dt.date(2018, 4, 1)),
        ("Last updated: 5/5/20", dt.date(2020, 5, 5)),
        ("veröffentlicht am 6.12.06", dt.date(2006, 12, 6)),
        ("12/31/69", dt.date(2069, 12, 31)),
        ("1.1.70", dt.date(1970, 1, 1)),
        ("31.12.99", dt.date(1999, 12, 31)),
    ],
)
def test_two_digit_year_pivot(text: str, expected: dt.date) -> None:
    assert parse_date(text) == expected
