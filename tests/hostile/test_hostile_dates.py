"""Hostile date floods: the date scans stop at documented caps, whatever the page holds.

Measured by counting date-parser calls (no wall clock): the cost of dates on a page is
bounded by the caps, not by the number of date-like tokens. The calls are counted with a
profile hook on the parser core's code (by function and file name), so the test needs no
private import; parses answered from the parser's cache are not counted, which can only
lower the count.
"""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Iterator
from pathlib import PurePath
from types import FrameType

import pytest

from newsmeta import extract

NOW = dt.datetime(2024, 8, 1, 12, 0, tzinfo=dt.timezone.utc)
MB = 1_000_000
# The caps are documented in docs/dates.md: 200 text-scan parses, 3 tokens per text node,
# 200 date-classed elements, 10 <time> elements; everything else reads a fixed few values.
MAX_PARSE_CALLS = 1_500


PARSER_CORE = ("_search", ("_dates", "_absolute.py"))
"""The date parser's core (behind ``find_date`` and ``parse_date_ex``): function, file."""


@pytest.fixture
def parse_calls() -> Iterator[list[int]]:
    """Counts every call of the date parser's core while the test runs."""
    calls = [0]
    name, (folder, file) = PARSER_CORE

    def profile(frame: FrameType, event: str, arg: object) -> None:
        code = frame.f_code
        if event == "call" and code.co_name == name:
            parts = PurePath(code.co_filename).parts
            if parts[-2:] == (folder, file):
                calls[0] += 1

    previous = sys.getprofile()
    sys.setprofile(profile)
    try:
        yield calls
    finally:
        sys.setprofile(previous)


FLOODS = {
    "year-dash-one-node": lambda: "<div>" + "2023-" * (MB // 5) + "</div>",
    "bad-numeric-one-node": lambda: "<div>" + "99/99/2023 " * (MB // 11) + "</div>",
    "year-dash-paragraphs": lambda: "<p>2023-</p>" * (MB // 12),
    "bad-numeric-paragraphs": lambda: "<p>99/99/2023 x</p>" * (MB // 20),
    "date-classed-spans": lambda: '<span class="date">99/99/2023</span>' * (MB // 36),
    "time-elements": lambda: '<time datetime="2023-99-99">99/99/2023</time>' * (MB // 45),
    "month-words": lambda: "<p>" + "January 2023, " * (MB // 14) + "</p>",
    "relative-labels": lambda: '<span class="date">3 days ago</span>' * (MB // 36),
    "script-publish-keys": lambda: (
        '<script type="application/json">{'
        + '"publishDate":"2023-99-99T00:00",' * (MB // 33)
        + "}</script>"
    ),
    "short-lines-under-headline": lambda: "<div>Stand: 99.99.2023 12:00</div>" * (MB // 34),
}


@pytest.mark.parametrize("name", sorted(FLOODS))
def test_date_flood_is_capped(name: str, parse_calls: list[int]) -> None:
    html = "<html><body><h1>Flood</h1>" + FLOODS[name]() + "</body></html>"
    assert len(html) <= MB + 100
    article = extract(html, now=NOW)
    assert parse_calls[0] <= MAX_PARSE_CALLS, parse_calls[0]
    published = article.date_published
    assert (
        published is None
        or (published if not isinstance(published, dt.datetime) else published.date()) <= NOW.date()
    )


def test_counter_sees_the_scan(parse_calls: list[int]) -> None:
    """The counter is wired: a page whose only date is in its text costs some parses."""
    html = "<html><body><h1>Flood</h1><p>Posted on 13 July 2024 by Kim</p></body></html>"
    article = extract(html, now=NOW)
    assert article.date_published == dt.date(2024, 7, 13)
    assert parse_calls[0] >= 1
