"""Hostile input: every public helper returns a value, None, or a newsmeta error."""

from __future__ import annotations

import contextlib
import time
from datetime import date, datetime, timedelta, timezone

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsmeta import (
    RENDERERS,
    NewsmetaError,
    ParseError,
    dates,
    find_date,
    humanize,
    parse_date,
    parse_date_ex,
    parse_relative,
    render_window,
)

NOW = datetime(2024, 8, 1, 12)
WORDS = st.sampled_from(
    [
        "ago",
        "hace",
        "vor",
        "il y a",
        "há",
        "in",
        "3",
        "a",
        "months",
        "Dezember",
        "29",
        "2023",
        "de",
        "10:42",
        "PM",
        "ET",
        "🙂",
        "-",
        "/",
        ".",
        ",",
        " ",
        "yesterday",
        "about",
        "1 year,",
    ]
)
TEXT = st.one_of(st.text(max_size=60), st.lists(WORDS, max_size=8).map(" ".join))


def test_public_names() -> None:
    assert set(dates.__all__) >= {
        "RENDERERS",
        "ParsedDate",
        "RelativeTime",
        "RenderWindow",
        "find_date",
        "humanize",
        "parse_date",
        "parse_date_ex",
        "parse_relative",
        "render_window",
    }
    assert len(RENDERERS) == 9 and RENDERERS[0] == "moment"


@settings(max_examples=200, deadline=None)
@given(text=TEXT, language=st.sampled_from([None, "en", "es", "fr", "de", "pt"]))
def test_text_fuzz(text: str, language: str | None) -> None:
    r = parse_relative(text, now=NOW, language=language)
    assert r is None or r.earliest <= r.latest
    d = parse_date(text, language=language)
    assert d is None or isinstance(d, date)
    found = find_date(text, language)
    assert found is None or text[found.start : found.end] == found.matched
    with contextlib.suppress(NewsmetaError):
        render_window(date(2024, 1, 1), text, language=language)


@settings(max_examples=100, deadline=None)
@given(
    a=st.datetimes(min_value=datetime(1, 1, 1), max_value=datetime(9999, 12, 31)),
    b=st.datetimes(min_value=datetime(1, 1, 1), max_value=datetime(9999, 12, 31)),
    renderer=st.sampled_from(RENDERERS),
    label=st.sampled_from(["7 months ago", "in 3 days", "yesterday", "2h ago", "tomorrow"]),
)
def test_extreme_datetimes(a: datetime, b: datetime, renderer: str, label: str) -> None:
    with contextlib.suppress(NewsmetaError):
        assert isinstance(humanize(a, now=b, renderer=renderer), str)
    r = parse_relative(label, now=b)
    assert r is None or r.earliest <= r.latest
    with contextlib.suppress(NewsmetaError):
        render_window(a, label, renderers=[renderer])


@pytest.mark.parametrize(
    "call",
    [
        lambda: parse_date_ex("2023-12-29", tzinfos=[("ET", 0)]),  # type: ignore[arg-type]
        lambda: parse_date_ex("01/02/2023", dayfirst="yes"),  # type: ignore[arg-type]
        lambda: parse_date("01/02/2023", language=5),  # type: ignore[arg-type]
        lambda: find_date("01/02/2023", 5),  # type: ignore[arg-type]
        lambda: render_window(date(2024, 1, 1), 5),  # type: ignore[arg-type]
        lambda: humanize(NOW, now=5),  # type: ignore[arg-type]
    ],
)
def test_wrong_types_raise_parse_error(call: object) -> None:
    with pytest.raises(ParseError):
        call()  # type: ignore[operator]


def test_big_inputs_are_fast() -> None:
    big = "Published December 29, 2023 " * 400 + "🙂" * 2000
    start = time.perf_counter()
    assert parse_date(big) is None
    assert find_date(big) is not None
    assert parse_relative(big, now=NOW) is None
    with pytest.raises(ParseError):
        render_window(date(2024, 1, 1), big)
    assert time.perf_counter() - start < 0.2


def test_aware_now_in_far_zone() -> None:
    tz = timezone(timedelta(hours=14))
    r = parse_relative("yesterday", now=datetime(2024, 1, 1, 1, tzinfo=tz))
    assert r is not None and r.latest < datetime(2024, 1, 1, tzinfo=tz)
