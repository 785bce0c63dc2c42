"""Hostile date floods: the date scans stop at documented caps, whatever the page holds.

Measured by counting date-parser calls (no wall clock): the cost of dates on a page is
bounded by the caps, not by the number of date-like tokens.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest

from newsmeta import extract
from newsmeta._dates import _absolute

NOW = dt.datetime(2024, 8, 1, 12, 0, tzinfo=dt.timezone.utc)
MB = 1_000_000
# The caps are documented in docs/dates.md: 200 text-scan parses, 3 tokens per text node,
# 200 date-classed elements, 10 <time> elements; everything else reads a fixed few values.
MAX_PARSE_CALLS = 1_500


@pytest.fixture
def parse_calls(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[int]]:
    """Counts every call of the date parser's core (``find_date`` and ``parse_date_ex``)."""
    calls = [0]
    search = _absolute._search

    def counting(*args: object) -> object:
        calls[0] += 1
        return search(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(_absolute, "_search", counting)
    _absolute._parse_cached.cache_clear()
    yield calls


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
    html = "<html><body><h1>Flood</h1><p>Posted on 29 July 2024 by Kim</p></body></html>"
    article = extract(html, now=NOW)
    assert article.date_published == dt.date(2024, 7, 29)
    assert parse_calls[0] >= 1
