"""Year-first numeric dates with a one-digit month or day, as CJK portals print them."""

from __future__ import annotations

import datetime as dt

import pytest

from newsmeta.dates import find_date


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("2025/12/6 21:15", dt.date(2025, 12, 6)),
        ("2025/1/6", dt.date(2025, 1, 6)),
        ("2025-1-6", dt.date(2025, 1, 6)),
        ("2025/12/6(土) 21:15配信", dt.date(2025, 12, 6)),
    ],
)
def test_year_first_with_one_digit_day(text: str, day: dt.date) -> None:
    found = find_date(text)
    assert found is not None
    value = found.value
    assert (value.date() if isinstance(value, dt.datetime) else value) == day


@pytest.mark.parametrize("text", ["12/6/5", "1.2.3", "2025.1.6"])
def test_short_numeric_runs_are_no_date(text: str) -> None:
    assert find_date(text) is None


def test_loose_iso_stamp_keeps_its_time() -> None:
    found = find_date("2022-5-3T23:57:00")
    assert found is None or isinstance(found.value, dt.datetime)
