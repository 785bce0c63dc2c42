"""render_window: the seed check, per-renderer tightness and containment."""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta, timezone

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsmeta import RENDERERS, ParseError, humanize, render_window

UTC = timezone.utc


def _utc(year: int, month: int, day: int, hour: int = 0, minute: int = 0) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=UTC)


def test_seed_union_and_moment_window() -> None:
    w = render_window(date(2023, 12, 29), "7 months ago")
    assert w.earliest.date() == date(2024, 7, 11)
    assert w.latest.date() == date(2024, 8, 29)
    moment = w.by_renderer["moment"]
    assert moment.earliest == _utc(2024, 7, 14, 5, 15)
    assert moment.latest == _utc(2024, 8, 13, 5, 14)
    timeago = w.by_renderer["timeago.js"]
    assert timeago.earliest.date() == date(2024, 7, 28)
    assert timeago.latest.date() == date(2024, 8, 28)
    # a date without a time widens the window by up to a day
    assert moment.widened_latest == _utc(2024, 8, 14, 5, 14)
    assert w.published_start == _utc(2023, 12, 29)
    assert any("without time" in a for a in w.assumptions)
    assert set(w.by_renderer) == set(RENDERERS)


def test_seed_with_exact_published_datetime_is_not_widened() -> None:
    w = render_window(_utc(2023, 12, 29), "7 months ago", renderers=["moment"])
    m = w.windows[0]
    assert (m.earliest, m.latest) == (m.widened_earliest, m.widened_latest)
    assert (w.earliest, w.latest) == (_utc(2024, 7, 14, 5, 15), _utc(2024, 8, 13, 5, 14))


def test_label_style_narrows_the_renderers() -> None:
    w = render_window(date(2024, 1, 1), "about 1 hour ago")
    assert [x.renderer for x in w.windows] == ["date-fns"]
    assert any("cannot print this label" in a for a in w.assumptions)
    w2 = render_window(date(2024, 1, 1), "5 mins ago")
    assert [x.renderer for x in w2.windows] == ["wordpress"]
    w3 = render_window(date(2023, 1, 1), "1 year, 6 months ago")
    assert [x.renderer for x in w3.windows] == ["humanize"]


def test_spanish_label_and_naive_published() -> None:
    w = render_window(datetime(2023, 12, 29, 12, 0), "hace 7 meses", renderers=["moment"])
    assert w.language == "es"
    assert w.earliest.tzinfo is None
    assert w.earliest == datetime(2024, 7, 14, 17, 15)


def test_calendar_phrase_and_generic_label() -> None:
    w = render_window(date(2023, 12, 29), "yesterday")
    assert w.windows == ()
    assert w.earliest == _utc(2023, 12, 30)
    assert w.latest == _utc(2023, 12, 31, 23, 59)
    g = render_window(date(2023, 12, 29), "2h ago")
    assert g.windows == ()
    assert g.earliest <= _utc(2023, 12, 29, 2) <= g.latest
    assert any("generic" in a for a in g.assumptions)


def test_future_label() -> None:
    p = _utc(2024, 5, 10, 12)
    label = humanize(p, now=p - timedelta(days=3, hours=2), renderer="moment")
    assert label == "in 3 days"
    w = render_window(p, label, renderers=["moment"])
    assert w.windows[0].contains(p - timedelta(days=3, hours=2))
    assert w.latest < p


@pytest.mark.parametrize(
    "args",
    [
        (date(2024, 1, 1), "not a label"),
        (date(2024, 1, 1), ""),
        ("2024-01-01", "7 months ago"),
        (date(2024, 1, 1), "7 months ago", "nope"),
    ],
)
def test_bad_input_raises_parse_error(args: tuple[object, ...]) -> None:
    renderers = [args[2]] if len(args) > 2 else None
    with pytest.raises(ParseError):
        render_window(args[0], args[1], renderers=renderers)  # type: ignore[arg-type]


def _ages(n: int, seed: int) -> list[timedelta]:
    rnd = random.Random(seed)
    scales = [60, 3600, 86400, 30 * 86400, 400 * 86400, 4000 * 86400]
    return [timedelta(seconds=rnd.uniform(0, rnd.choice(scales))) for _ in range(n)]


@pytest.mark.parametrize("renderer", RENDERERS)
def test_windows_are_tight_against_brute_force(renderer: str) -> None:
    """For 40 ages per renderer (360 in all): the exact window prints the label at both
    ends and a different label one microsecond outside; sampled instants inside print the
    label, and the minute bounds are the first and last whole minutes printing it."""
    rnd = random.Random(7)
    p = _utc(2023, 12, 29, 8, 30)
    for age in _ages(40, RENDERERS.index(renderer)):
        now = p + age
        label = humanize(p, now=now, renderer=renderer)
        w = render_window(p, label, renderers=[renderer]).windows[0]
        assert w.contains(now)
        for inside in (w.start, w.end):
            assert humanize(p, now=inside, renderer=renderer) == label
        us = timedelta(microseconds=1)
        if w.start - us >= p:
            assert humanize(p, now=w.start - us, renderer=renderer) != label
        assert humanize(p, now=w.end + us, renderer=renderer) != label
        minute = timedelta(minutes=1)
        if w.earliest <= w.latest:  # windows shorter than a minute have no whole minute
            for inside in (w.earliest, w.latest):
                assert humanize(p, now=inside, renderer=renderer) == label
            if w.earliest - minute >= p:
                assert humanize(p, now=w.earliest - minute, renderer=renderer) != label
            assert humanize(p, now=w.latest + minute, renderer=renderer) != label
        span = (w.end - w.start).total_seconds()
        for _ in range(5):
            t = w.start + timedelta(seconds=rnd.uniform(0, span))
            assert humanize(p, now=t, renderer=renderer) == label


@settings(max_examples=60, deadline=None)
@given(
    renderer=st.sampled_from(RENDERERS),
    language=st.sampled_from(["en", "es", "fr", "de", "pt"]),
    seconds=st.integers(min_value=0, max_value=30 * 365 * 86400),
    start=st.datetimes(min_value=datetime(1990, 1, 1), max_value=datetime(2060, 1, 1)),
)
def test_render_window_contains_the_render_instant(
    renderer: str, language: str, seconds: int, start: datetime
) -> None:
    p = start.replace(tzinfo=UTC)
    now = p + timedelta(seconds=seconds)
    label = humanize(p, now=now, language=language, renderer=renderer)
    w = render_window(p, label, language=language, renderers=[renderer])
    assert w.windows, label
    assert w.windows[0].contains(now)
    assert w.contains(now)
