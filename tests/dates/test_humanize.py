"""humanize: renderer rules at known points, every language, and the round trip."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsmeta import RENDERERS, ParseError, humanize, parse_relative

NOW = datetime(2024, 8, 1, 12, 0)
LANGS = ("en", "es", "fr", "de", "pt")


def ago(**kw: float) -> datetime:
    return NOW - timedelta(**kw)


@pytest.mark.parametrize(
    ("renderer", "delta", "label"),
    [
        ("moment", {"seconds": 44}, "a few seconds ago"),
        ("moment", {"seconds": 45}, "a minute ago"),
        ("moment", {"minutes": 44}, "44 minutes ago"),
        ("moment", {"minutes": 45}, "an hour ago"),
        ("moment", {"hours": 21}, "21 hours ago"),
        ("moment", {"hours": 22}, "a day ago"),
        ("moment", {"days": 25}, "25 days ago"),
        ("moment", {"days": 26}, "a month ago"),
        ("moment", {"days": 320}, "a year ago"),
        ("dayjs", {"seconds": 89}, "a minute ago"),
        ("dayjs", {"minutes": 89}, "an hour ago"),
        ("dayjs", {"hours": 35}, "a day ago"),
        ("dayjs", {"days": 45}, "a month ago"),
        ("date-fns", {"seconds": 29}, "less than a minute ago"),
        ("date-fns", {"minutes": 50}, "about 1 hour ago"),
        ("date-fns", {"hours": 5}, "about 5 hours ago"),
        ("date-fns", {"days": 29}, "29 days ago"),
        ("date-fns", {"days": 400}, "about 1 year ago"),
        ("date-fns", {"days": 500}, "over 1 year ago"),
        ("date-fns", {"days": 700}, "almost 2 years ago"),
        ("wordpress", {"seconds": 30}, "30 seconds ago"),
        ("wordpress", {"minutes": 5}, "5 mins ago"),
        ("wordpress", {"minutes": 1}, "1 min ago"),
        ("wordpress", {"days": 10}, "1 week ago"),
        ("wordpress", {"days": 29}, "4 weeks ago"),
        ("wordpress", {"days": 200}, "7 months ago"),
        ("timeago.js", {"seconds": 9}, "just now"),
        ("timeago.js", {"seconds": 10}, "10 seconds ago"),
        ("timeago.js", {"minutes": 1}, "1 minute ago"),
        ("timeago.js", {"days": 212}, "6 months ago"),
        ("timeago.js", {"days": 213}, "7 months ago"),
        ("humanize", {"seconds": 0}, "now"),
        ("humanize", {"seconds": 1}, "a second ago"),
        ("humanize", {"days": 15}, "15 days ago"),
        ("humanize", {"days": 16}, "a month ago"),
        ("humanize", {"days": 365 + 183}, "1 year, 6 months ago"),
        ("humanize", {"days": 365 + 3}, "1 year, 3 days ago"),
        ("arrow", {"seconds": 5}, "just now"),
        ("arrow", {"seconds": 44}, "44 seconds ago"),
        ("arrow", {"days": 10}, "a week ago"),
        ("babel", {"days": 26}, "1 month ago"),
        ("babel", {"days": 25}, "4 weeks ago"),
        ("babel", {"days": 311}, "1 year ago"),
        ("pendulum", {"seconds": 5}, "a few seconds ago"),
        ("pendulum", {"days": 6, "hours": 23}, "7 days ago"),
        ("pendulum", {"days": 11}, "2 weeks ago"),
    ],
)
def test_renderer_rules(renderer: str, delta: dict[str, float], label: str) -> None:
    assert humanize(ago(**delta), now=NOW, renderer=renderer) == label


def test_renderer_aliases() -> None:
    assert humanize(ago(minutes=5), now=NOW, renderer="WP") == "5 mins ago"
    assert humanize(ago(seconds=5), now=NOW, renderer="timeago") == "just now"
    assert humanize(ago(minutes=50), now=NOW, renderer="datefns") == "about 1 hour ago"


def test_moment_is_the_default_and_future_labels() -> None:
    assert humanize(ago(days=3), now=NOW) == "3 days ago"
    assert humanize(NOW + timedelta(days=3), now=NOW) == "in 3 days"
    assert humanize(NOW + timedelta(days=3), now=NOW, renderer="humanize") == "3 days from now"
    assert humanize(NOW + timedelta(seconds=3), now=NOW, renderer="timeago.js") == "right now"


@pytest.mark.parametrize(
    ("language", "past", "future", "one"),
    [
        ("en", "7 months ago", "in 3 days", "a month ago"),
        ("es", "hace 7 meses", "dentro de 3 días", "hace un mes"),
        ("fr", "il y a 7 mois", "dans 3 jours", "il y a un mois"),
        ("de", "vor 7 Monaten", "in 3 Tagen", "vor einem Monat"),
        ("pt", "há 7 meses", "daqui a 3 dias", "há um mês"),
    ],
)
def test_every_language(language: str, past: str, future: str, one: str) -> None:
    assert humanize(ago(days=213), now=NOW, language=language) == past
    assert humanize(NOW + timedelta(days=3), now=NOW, language=language) == future
    assert humanize(ago(days=30), now=NOW, language=language) == one


def test_date_fns_hedges_in_other_languages() -> None:
    assert humanize(ago(minutes=50), now=NOW, language="de", renderer="date-fns") == (
        "vor etwa 1 Stunde"
    )
    assert humanize(ago(seconds=5), now=NOW, language="fr", renderer="date-fns") == (
        "il y a moins d'une minute"
    )
    assert humanize(ago(days=500), now=NOW, language="es", renderer="date-fns") == (
        "hace más de 1 año"
    )


def test_aware_and_date_inputs() -> None:
    tz = timezone(timedelta(hours=-5))
    now = datetime(2024, 8, 1, 12, tzinfo=timezone.utc)
    assert humanize(datetime(2024, 8, 1, 5, tzinfo=tz), now=now) == "2 hours ago"
    assert humanize(date(2024, 7, 29), now=datetime(2024, 8, 1)) == "3 days ago"


@pytest.mark.parametrize(
    "kwargs",
    [
        {"renderer": "nope"},
        {"language": "xx"},
        {"language": 3},
    ],
)
def test_bad_options_raise_parse_error(kwargs: dict[str, object]) -> None:
    with pytest.raises(ParseError):
        humanize(ago(days=3), now=NOW, **kwargs)  # type: ignore[arg-type]


def test_bad_values_raise_parse_error() -> None:
    with pytest.raises(ParseError):
        humanize("2024-01-01", now=NOW)  # type: ignore[arg-type]
    with pytest.raises(ParseError):
        humanize(ago(days=3), now=NOW.replace(tzinfo=timezone.utc))


@settings(max_examples=150, deadline=None)
@given(
    renderer=st.sampled_from(RENDERERS),
    language=st.sampled_from(LANGS),
    seconds=st.floats(min_value=-40 * 365 * 86400, max_value=40 * 365 * 86400),
    now=st.datetimes(min_value=datetime(1990, 1, 1), max_value=datetime(2060, 1, 1)),
)
def test_round_trip_contains_the_instant(
    renderer: str, language: str, seconds: float, now: datetime
) -> None:
    t = now - timedelta(seconds=seconds)
    label = humanize(t, now=now, language=language, renderer=renderer)
    r = parse_relative(label, now=now, language=language)
    assert r is not None, label
    assert r.contains(t), (label, r.earliest, r.latest)
    assert renderer in r.renderers, label
    detected = parse_relative(label, now=now)
    assert detected is not None and detected.contains(t)


@pytest.mark.parametrize("renderer", RENDERERS)
@pytest.mark.parametrize("language", LANGS)
def test_round_trip_on_a_grid_of_ages(renderer: str, language: str) -> None:
    ages = [0, 5, 44, 45, 89, 90, 600, 2700, 5400, 79200, 129600, 86400 * 3, 86400 * 10]
    ages += [86400 * d for d in (25, 26, 40, 45, 46, 60, 200, 320, 345, 366, 548, 700, 3000)]
    for age in ages:
        for sign in (1, -1):
            t = NOW - timedelta(seconds=sign * age)
            label = humanize(t, now=NOW, language=language, renderer=renderer)
            r = parse_relative(label, now=NOW, language=language)
            assert r is not None and r.contains(t), (label, age)
