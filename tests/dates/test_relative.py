"""parse_relative: every phrase of the design table, directions, ranges, bad input."""

from __future__ import annotations

import time
from datetime import datetime, timedelta, timezone

import pytest

from newsmeta import NewsmetaError, ParseError, RelativeTime, parse_relative

NOW = datetime(2024, 8, 1, 12, 0)

# (label, language, amount, unit, direction)
TABLE = [
    # now
    ("just now", "en", 0, "second", "now"),
    ("now", "en", 0, "second", "now"),
    ("a few seconds ago", "en", 0, "second", "past"),
    ("a moment ago", "en", 0, "second", "now"),
    ("ahora", "es", 0, "second", "now"),
    ("justo ahora", "es", 0, "second", "now"),
    ("hace unos segundos", "es", 0, "second", "past"),
    ("maintenant", "fr", 0, "second", "now"),
    ("à l'instant", "fr", 0, "second", "now"),
    ("il y a quelques secondes", "fr", 0, "second", "past"),
    ("jetzt", "de", 0, "second", "now"),
    ("gerade eben", "de", 0, "second", "now"),
    ("vor ein paar Sekunden", "de", 0, "second", "past"),
    ("agora", "pt", 0, "second", "now"),
    ("agora mesmo", "pt", 0, "second", "now"),
    ("há poucos segundos", "pt", 0, "second", "past"),
    # seconds
    ("44 seconds ago", "en", 44, "second", "past"),
    ("hace 44 segundos", "es", 44, "second", "past"),
    ("il y a 44 secondes", "fr", 44, "second", "past"),
    ("vor 44 Sekunden", "de", 44, "second", "past"),
    ("há 44 segundos", "pt", 44, "second", "past"),
    # minutes
    ("a minute ago", "en", 1, "minute", "past"),
    ("5 minutes ago", "en", 5, "minute", "past"),
    ("5 mins ago", "en", 5, "minute", "past"),
    ("5m ago", "en", 5, "minute", "past"),
    ("hace un minuto", "es", 1, "minute", "past"),
    ("hace 5 minutos", "es", 5, "minute", "past"),
    ("il y a une minute", "fr", 1, "minute", "past"),
    ("il y a 5 minutes", "fr", 5, "minute", "past"),
    ("vor einer Minute", "de", 1, "minute", "past"),
    ("vor 5 Minuten", "de", 5, "minute", "past"),
    ("há um minuto", "pt", 1, "minute", "past"),
    ("há 5 minutos", "pt", 5, "minute", "past"),
    # hours
    ("an hour ago", "en", 1, "hour", "past"),
    ("2 hours ago", "en", 2, "hour", "past"),
    ("2 hrs ago", "en", 2, "hour", "past"),
    ("2h ago", "en", 2, "hour", "past"),
    ("hace una hora", "es", 1, "hour", "past"),
    ("hace 2 horas", "es", 2, "hour", "past"),
    ("il y a une heure", "fr", 1, "hour", "past"),
    ("il y a 2 heures", "fr", 2, "hour", "past"),
    ("vor einer Stunde", "de", 1, "hour", "past"),
    ("vor 2 Stunden", "de", 2, "hour", "past"),
    ("há uma hora", "pt", 1, "hour", "past"),
    ("há 2 horas", "pt", 2, "hour", "past"),
    # days
    ("a day ago", "en", 1, "day", "past"),
    ("yesterday", "en", 1, "day", "past"),
    ("3 days ago", "en", 3, "day", "past"),
    ("hace un día", "es", 1, "day", "past"),
    ("ayer", "es", 1, "day", "past"),
    ("anteayer", "es", 2, "day", "past"),
    ("hace 3 días", "es", 3, "day", "past"),
    ("il y a un jour", "fr", 1, "day", "past"),
    ("hier", "fr", 1, "day", "past"),
    ("avant-hier", "fr", 2, "day", "past"),
    ("vor einem Tag", "de", 1, "day", "past"),
    ("gestern", "de", 1, "day", "past"),
    ("vorgestern", "de", 2, "day", "past"),
    ("vor 3 Tagen", "de", 3, "day", "past"),
    ("há um dia", "pt", 1, "day", "past"),
    ("ontem", "pt", 1, "day", "past"),
    ("anteontem", "pt", 2, "day", "past"),
    # weeks
    ("a week ago", "en", 1, "week", "past"),
    ("last week", "en", 1, "week", "past"),
    ("2 weeks ago", "en", 2, "week", "past"),
    ("hace una semana", "es", 1, "week", "past"),
    ("la semana pasada", "es", 1, "week", "past"),
    ("il y a une semaine", "fr", 1, "week", "past"),
    ("la semaine dernière", "fr", 1, "week", "past"),
    ("vor einer Woche", "de", 1, "week", "past"),
    ("letzte Woche", "de", 1, "week", "past"),
    ("há uma semana", "pt", 1, "week", "past"),
    ("semana passada", "pt", 1, "week", "past"),
    # months
    ("a month ago", "en", 1, "month", "past"),
    ("last month", "en", 1, "month", "past"),
    ("7 months ago", "en", 7, "month", "past"),
    ("hace un mes", "es", 1, "month", "past"),
    ("el mes pasado", "es", 1, "month", "past"),
    ("hace 7 meses", "es", 7, "month", "past"),
    ("il y a un mois", "fr", 1, "month", "past"),
    ("le mois dernier", "fr", 1, "month", "past"),
    ("il y a 7 mois", "fr", 7, "month", "past"),
    ("vor einem Monat", "de", 1, "month", "past"),
    ("letzten Monat", "de", 1, "month", "past"),
    ("vor 7 Monaten", "de", 7, "month", "past"),
    ("há um mês", "pt", 1, "month", "past"),
    ("mês passado", "pt", 1, "month", "past"),
    ("há 7 meses", "pt", 7, "month", "past"),
    # years
    ("a year ago", "en", 1, "year", "past"),
    ("last year", "en", 1, "year", "past"),
    ("2 years ago", "en", 2, "year", "past"),
    ("hace un año", "es", 1, "year", "past"),
    ("el año pasado", "es", 1, "year", "past"),
    ("il y a un an", "fr", 1, "year", "past"),
    ("l'année dernière", "fr", 1, "year", "past"),
    ("vor einem Jahr", "de", 1, "year", "past"),
    ("letztes Jahr", "de", 1, "year", "past"),
    ("há um ano", "pt", 1, "year", "past"),
    ("ano passado", "pt", 1, "year", "past"),
    ("há 2 anos", "pt", 2, "year", "past"),
    # future
    ("in 3 days", "en", 3, "day", "future"),
    ("tomorrow", "en", 1, "day", "future"),
    ("en 3 días", "es", 3, "day", "future"),
    ("dentro de 3 días", "es", 3, "day", "future"),
    ("mañana", "es", 1, "day", "future"),
    ("dans 3 jours", "fr", 3, "day", "future"),
    ("demain", "fr", 1, "day", "future"),
    ("in 3 Tagen", "de", 3, "day", "future"),
    ("morgen", "de", 1, "day", "future"),
    ("em 3 dias", "pt", 3, "day", "future"),
    ("dentro de 3 dias", "pt", 3, "day", "future"),
    ("daqui a 3 dias", "pt", 3, "day", "future"),
    ("amanhã", "pt", 1, "day", "future"),
    # hedged / compound
    ("about 1 hour ago", "en", 1, "hour", "past"),
    ("over 1 year ago", "en", 1, "year", "past"),
    ("almost 2 years ago", "en", 2, "year", "past"),
    ("less than a minute ago", "en", 1, "minute", "past"),
    ("1 year, 6 months ago", "en", 1, "year", "past"),
    ("7 months, 2 weeks ago", "en", 7, "month", "past"),
]


@pytest.mark.parametrize(("label", "lang", "amount", "unit", "direction"), TABLE)
def test_every_phrase_of_the_table(
    label: str, lang: str, amount: int, unit: str, direction: str
) -> None:
    for language in (lang, None):
        r = parse_relative(label, now=NOW, language=language)
        assert r is not None, (label, language)
        assert (r.amount, r.unit, r.direction) == (amount, unit, direction)
        assert r.text == label
        assert r.earliest <= r.latest
        if language is None and label not in ("dentro de 3 dias",):
            assert r.language == lang
        if direction == "future":
            assert r.earliest >= NOW - timedelta(seconds=1)
        elif direction == "past":
            assert r.latest <= NOW
        else:  # "just now" and friends: within a minute either side
            assert r.earliest == NOW - timedelta(minutes=1)
            assert r.latest == NOW + timedelta(minutes=1)


def test_seven_months_range() -> None:
    r = parse_relative("7 months ago", now=NOW)
    assert r is not None
    assert r.earliest.date().isoformat() == "2023-12-02"  # timeago.js floor, 8 months max
    assert r.latest.date().isoformat() == "2024-01-19"  # date-fns / WordPress round at 6.5
    assert len(r.renderers) == 9
    assert r.contains(datetime(2023, 12, 29))


def test_hedges_fingerprint_date_fns() -> None:
    r = parse_relative("about 1 hour ago", now=NOW)
    assert r is not None and r.renderers == ("date-fns",) and r.qualifier == "about"
    assert r.earliest == NOW - timedelta(minutes=89, seconds=30)
    assert r.latest == NOW - timedelta(minutes=44, seconds=30)
    lt = parse_relative("less than a minute ago", now=NOW)
    assert lt is not None and lt.latest == NOW and lt.earliest == NOW - timedelta(seconds=30)


def test_compound_labels() -> None:
    r = parse_relative("1 year, 6 months ago", now=NOW)
    assert r is not None and r.renderers == ("humanize",)
    assert r.qualifier == "1 year, 6 months"
    django = parse_relative("7 months, 2 weeks ago", now=NOW)
    assert django is not None and django.renderers == ()
    assert django.contains(NOW - timedelta(days=7 * 30 + 15))


def test_yesterday_is_calendar_or_one_day() -> None:
    r = parse_relative("yesterday", now=NOW)
    assert r is not None
    assert r.contains(datetime(2024, 7, 31, 0, 0))
    assert r.contains(datetime(2024, 7, 30, 13, 0))
    assert not r.contains(datetime(2024, 8, 1, 0, 0))


def test_aware_now_gives_aware_range_in_its_zone() -> None:
    tz = timezone(timedelta(hours=2))
    now = datetime(2024, 8, 1, 12, tzinfo=tz)
    r = parse_relative("2 hours ago", now=now)
    assert r is not None
    assert r.earliest.tzinfo is tz and r.latest.tzinfo is tz
    assert r.contains(now - timedelta(hours=2))
    naive = parse_relative("2 hours ago", now=NOW)
    assert naive is not None and naive.earliest.tzinfo is None


def test_attrs_are_frozen() -> None:
    r = parse_relative("3 days ago", now=NOW)
    assert isinstance(r, RelativeTime)
    with pytest.raises(AttributeError):
        r.amount = 4  # type: ignore[misc]


@pytest.mark.parametrize(
    "label",
    [
        "",
        "   ",
        "x" * 10_000,
        "7 months ago " * 800,
        "99999 years ago",
        "-3 days ago",
        "hace 3 days",
        "il y a 3 Tagen",
        "🙂",
        "🙂 3 days ago",
        "3 days",
        "ago",
        "in 3 days ago",
        "about",
        "3 bananas ago",
    ],
)
def test_bad_labels_are_none_and_fast(label: str) -> None:
    start = time.perf_counter()
    assert parse_relative(label, now=NOW) is None
    assert time.perf_counter() - start < 0.05


def test_language_hint_restricts_the_reading() -> None:
    assert parse_relative("hace 3 días", now=NOW, language="de") is None
    assert parse_relative("ayer", now=NOW, language="fr") is None
    r = parse_relative("vor 3 Tagen", now=NOW, language="de-AT")
    assert r is not None and r.language == "de"


@pytest.mark.parametrize("bad", [None, 3, b"3 days ago", ["3 days ago"]])
def test_non_str_label_raises_parse_error(bad: object) -> None:
    with pytest.raises(ParseError):
        parse_relative(bad, now=NOW)  # type: ignore[arg-type]


def test_bad_now_and_language_raise_newsmeta_errors() -> None:
    with pytest.raises(NewsmetaError):
        parse_relative("3 days ago", now="2024-01-01")  # type: ignore[arg-type]
    with pytest.raises(NewsmetaError):
        parse_relative("3 days ago", now=NOW, language="xx")


def test_far_ranges_near_datetime_limits_do_not_crash() -> None:
    old = parse_relative("150 years ago", now=datetime(1950, 1, 1))
    assert old is not None and old.contains(datetime(1800, 1, 1))
    assert parse_relative("in 150 years", now=datetime(9990, 1, 1)) is None
    assert parse_relative("3 days ago", now=datetime(1, 1, 2)) is None


def test_fast_built_relative_time_equals_the_constructors() -> None:
    # parse_relative sets RelativeTime's slots directly (speed); that is only right while
    # __init__ would do nothing more: no validators, converters or post-init, fields in
    # this order.
    import attrs

    fields = attrs.fields(RelativeTime)
    assert [f.name for f in fields] == [
        "amount", "unit", "direction", "language", "earliest", "latest", "text",
        "qualifier", "renderers",
    ]  # fmt: skip
    assert all(f.validator is None and f.converter is None for f in fields)
    assert not hasattr(RelativeTime, "__attrs_post_init__")
    now = datetime(2024, 8, 1, 12, 0)
    for label in ("7 months ago", "hace 3 días", "yesterday", "1 year, 6 months ago"):
        fast = parse_relative(label, now=now)
        assert fast is not None
        built = RelativeTime(**attrs.asdict(fast, recurse=False))
        assert fast == built and hash(fast) == hash(built) and repr(fast) == repr(built)
        with pytest.raises(attrs.exceptions.FrozenInstanceError):
            fast.amount = 3  # type: ignore[misc]


# Reads labels (JSON on stdin: [label, language] pairs) in a fresh interpreter, where every
# cache of parse_relative is cold, and prints each reading in its language and in auto mode.
_READ_COLD = """
import json, sys
from datetime import datetime
from newsmeta import parse_relative
now = datetime(2024, 8, 1, 12, 0)
def shown(r):
    return None if r is None else [r.earliest.isoformat(), r.latest.isoformat(), repr(r)]
out = [
    [shown(parse_relative(text, now=now, language=lang)), shown(parse_relative(text, now=now))]
    for text, lang in json.load(sys.stdin)
]
print(json.dumps(out))
"""


def test_cold_plan_path_reads_every_printed_label_back() -> None:
    # parse_relative's plan cache reads a new label with the plain reader (no second cache)
    # and takes the candidate languages from a table of bit masks. Cold (a fresh
    # interpreter) and warm (this one, twice), every label a renderer prints is read back in
    # its language and in auto mode, to the same result, containing the moment it was
    # printed for.
    import json
    import subprocess
    import sys

    from newsmeta.dates import RENDERERS, humanize

    now = datetime(2024, 8, 1, 12, 0)
    printed = []
    for renderer in RENDERERS:
        for language in ("en", "es", "fr", "de", "pt"):
            for seconds in (30, 90, 4000, 90_000, 700_000, 3_000_000, 40_000_000, 90_000_000):
                for sign in (1, -1):
                    moment = now - sign * timedelta(seconds=seconds)
                    label = humanize(moment, now=now, language=language, renderer=renderer)
                    printed.append((label, language, moment))
    done = subprocess.run(
        [sys.executable, "-c", _READ_COLD],
        input=json.dumps([[label, language] for label, language, _ in printed]),
        capture_output=True,
        text=True,
        check=True,
    )
    cold = json.loads(done.stdout)
    assert len(cold) == len(printed)

    def shown(r: RelativeTime | None) -> list[str] | None:
        return None if r is None else [r.earliest.isoformat(), r.latest.isoformat(), repr(r)]

    for _ in range(2):
        for (label, language, moment), (cold_mine, cold_auto) in zip(printed, cold):
            mine = parse_relative(label, now=now, language=language)
            auto = parse_relative(label, now=now)
            assert mine is not None and mine.contains(moment), (label, language)
            assert auto is not None and auto.contains(moment), label
            assert [shown(mine), shown(auto)] == [cold_mine, cold_auto], label


# A grid of labels built from literal words: for every language, shape (prefix/suffix,
# hedge, glued abbreviation), unit word (singular, plural, abbreviation) and number, the
# reading is the grid's own amount, unit and direction. (The plain shapes are read word by
# word with dict lookups before the pattern; this grid pins what users see either way.)
GRID_UNITS: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "second": ("second", "seconds", "sec", "secs", "s"),
        "minute": ("minute", "minutes", "min", "mins", "m"),
        "hour": ("hour", "hours", "hr", "hrs", "h"),
        "day": ("day", "days", "d"),
        "week": ("week", "weeks", "wk", "wks", "w"),
        "month": ("month", "months", "mo", "mos"),
        "year": ("year", "years", "yr", "yrs", "y"),
    },
    "es": {
        "second": ("segundo", "segundos"),
        "minute": ("minuto", "minutos"),
        "hour": ("hora", "horas"),
        "day": ("día", "días"),
        "week": ("semana", "semanas"),
        "month": ("mes", "meses"),
        "year": ("año", "años"),
    },
    "fr": {
        "second": ("seconde", "secondes"),
        "minute": ("minute", "minutes"),
        "hour": ("heure", "heures"),
        "day": ("jour", "jours"),
        "week": ("semaine", "semaines"),
        "month": ("mois",),
        "year": ("an", "ans", "année", "années"),
    },
    "de": {
        "second": ("Sekunde", "Sekunden"),
        "minute": ("Minute", "Minuten"),
        "hour": ("Stunde", "Stunden"),
        "day": ("Tag", "Tagen"),
        "week": ("Woche", "Wochen"),
        "month": ("Monat", "Monaten"),
        "year": ("Jahr", "Jahren"),
    },
    "pt": {
        "second": ("segundo", "segundos"),
        "minute": ("minuto", "minutos"),
        "hour": ("hora", "horas"),
        "day": ("dia", "dias"),
        "week": ("semana", "semanas"),
        "month": ("mês", "meses"),
        "year": ("ano", "anos"),
    },
}
GRID_SHAPES: dict[str, tuple[tuple[str, str], ...]] = {
    "en": (
        ("{n} {u} ago", "past"),
        ("{n}{u} ago", "past"),
        ("in {n} {u}", "future"),
        ("about {n} {u} ago", "past"),
        ("published {n} {u} ago", "past"),
    ),
    "es": (
        ("hace {n} {u}", "past"),
        ("dentro de {n} {u}", "future"),
        ("en {n} {u}", "future"),
        ("hace alrededor de {n} {u}", "past"),
    ),
    "fr": (
        ("il y a {n} {u}", "past"),
        ("dans {n} {u}", "future"),
        ("il y a environ {n} {u}", "past"),
    ),
    "de": (("vor {n} {u}", "past"), ("in {n} {u}", "future"), ("vor etwa {n} {u}", "past")),
    "pt": (
        ("há {n} {u}", "past"),
        ("em {n} {u}", "future"),
        ("daqui a {n} {u}", "future"),
        ("há cerca de {n} {u}", "past"),
    ),
}


def _grid() -> list[tuple[str, str, int, str, str]]:
    import itertools

    rows = []
    for lang, units in GRID_UNITS.items():
        for (shape, direction), (unit, words), number in itertools.product(
            GRID_SHAPES[lang], units.items(), (2, 7, 45, 100, 12345678)
        ):
            for word in words:
                if "{n}{u}" in shape and len(word) > 3:  # "2h ago", "5min ago", not "2hours"
                    continue
                rows.append((shape.format(n=number, u=word), lang, number, unit, direction))
    return rows


def test_the_label_grid_reads_its_own_amount_unit_and_direction() -> None:
    read = refused = 0
    for label, lang, number, unit, direction in _grid():
        for language in (lang, None):
            r = parse_relative(label, now=NOW, language=language)
            if number > 10**7:  # eight digits are no relative label
                assert r is None, label
                refused += 1
                continue
            assert r is not None, (label, language)
            assert (r.amount, r.unit, r.direction) == (number, unit, direction), label
            assert r.text == label
            assert r.earliest <= r.latest
            assert (r.latest <= NOW) if direction == "past" else (r.earliest >= NOW), label
            if language is not None:
                assert r.language == lang, label
            read += 1
    assert read > 2_000
    assert refused > 500
