"""The accept-only fast path of validate(): it never accepts what the full validator
reports, validate() still agrees with jsonschema, and the batched format checks it relies
on give the one-by-one answers.

Seen through validate() only: a record whose top level is a dict subclass always goes to the
full validator (docs/validation.md), so ``validate(Record(data))`` is the full validator's
answer and ``validate(data)`` the fast path's (or the full one's when the fast path declines).
"""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsmeta import (
    AggregateRating,
    Article,
    Problem,
    strategies,
    to_dict,
    validate,
)
from newsmeta.schema import MODELS
from validation_support import VALIDATORS, get_at, jsonschema_paths, locations

EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "article.json"
SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck))


# Strings aimed at the batched format checks: newlines (which join a batch), spaces
# (which join the URI batch), non-ASCII text, the length limits, impossible dates, offsets
# and fractions that fromisoformat reads differently.
NASTY = (
    "https://example.com/a",
    "https://example.com/a\n",
    "https://example.com/a\nhttps://example.com/b",
    "https://example.com/a b",
    "https://example.com/ä",
    "https://example.com/a\u3000b",
    "https://example.com/a\x85",
    "https://example.com/<a>",
    "https://example.com/a\x7f",
    "Http://example.com/",
    "urn:isbn:0451450523",
    "mailto:desk@example.com",
    "1http://example.com/",
    "://example.com/",
    "example.com/a",
    "https:" + "a" * 8187,
    "https:" + "a" * 8186,
    "desk@example.com",
    "desk@example.com\n",
    "desk@example",
    "dèsk@example.com",
    "de sk@example.com",
    "x" * 250 + "@a.bc",
    "x" * 249 + "@a.bc",
    "2023-12-29",
    "2023-12-29\n",
    "2023-02-30",
    "2024-02-29",
    "2023-12-29T10:00",
    "2023-12-29T10:00:00",
    "2023-12-29T10:00:00Z",
    "2023-12-29T10:00:00z",
    "2023-12-29t10:00:00+05:30",
    "2023-12-29 10:00:00-06:00",
    "2023-12-29T10:00:00.5",
    "2023-12-29T10:00:00.1234567",
    "2023-12-29T24:00:00",
    "2023-12-29T10:60:00",
    "2023-12-29T10:00:00+24:00",
    "2023-12-29T10:00:00+23:59",
    "2023-12-29T10",
    "20231229",
    "2023-W52-5",
    "\u0662\u0660\u0662\u0663-\u0661\u0662-\u0662\u0669",
    "",
    " ",
    "\n",
)


class Record(dict[str, Any]):
    """A dict the fast path declines: validate() hands it to the full validator."""


def full_problems(cls: type[Any], data: Any) -> list[Problem]:
    """The full validator's problems (a top-level dict goes in as a Record)."""
    return validate(Record(data) if type(data) is dict else data, cls)


def check_sound(cls: type[Any], data: Any) -> list[Problem]:
    """validate() gives exactly the full validator's problems (messages and values too), so
    the fast path accepts only what the full validator finds no problem in."""
    full = full_problems(cls, data)
    ours = validate(data, cls)
    assert ours == full
    assert [(p.message, p.expected, repr(p.value)) for p in ours] == [
        (p.message, p.expected, repr(p.value)) for p in full
    ]
    return ours


# --------------------------------------------------------------------------- mutations

_REPLACEMENTS: tuple[Any, ...] = (
    None,
    12345,
    -1,
    2.0,
    float("nan"),
    1e9,
    True,
    [],
    {},
    ["x"],
    {"extra": 1},
    *NASTY,
)


@st.composite
def mutated(draw: st.DrawFn, cls: type[Any]) -> Any:
    """A generated valid record with 1-3 values replaced, keys deleted or keys added."""
    data = copy.deepcopy(to_dict(draw(st.from_type(cls))))
    for _ in range(draw(st.integers(1, 3))):
        where = draw(st.sampled_from(locations(data)))
        target = get_at(data, where)
        op = draw(st.sampled_from(("replace", "delete", "add")))
        if op == "add" and isinstance(target, dict):
            key = draw(st.sampled_from(("extra", "a/b~c", "headline", "url")))
            target[key] = copy.deepcopy(draw(st.sampled_from(_REPLACEMENTS)))
        elif op == "delete" and where and isinstance(get_at(data, where[:-1]), dict):
            del get_at(data, where[:-1])[where[-1]]
        elif where:
            get_at(data, where[:-1])[where[-1]] = copy.deepcopy(
                draw(st.sampled_from(_REPLACEMENTS))
            )
    return data


@SETTINGS
@given(st.sampled_from(MODELS).flatmap(lambda cls: st.tuples(st.just(cls), st.from_type(cls))))
def test_generated_valid_records_take_the_fast_path(pair: tuple[type[Any], Any]) -> None:
    cls, obj = pair
    data = to_dict(obj)
    assert full_problems(cls, data) == []
    assert validate(data, cls) == []
    assert VALIDATORS[cls].is_valid(data)


_MUTATED = st.sampled_from(MODELS).flatmap(lambda cls: st.tuples(st.just(cls), mutated(cls)))


def _check_mutated(cls: type[Any], data: Any) -> None:
    ours = check_sound(cls, data)
    # and the verdict still agrees with jsonschema, which cannot see cross-field rules and
    # lets NaN through (docs/validation.md)
    schema_only = {
        p.path
        for p in ours
        if p.code != "constraint" and not (p.code == "range" and p.value != p.value)
    }
    assert schema_only == jsonschema_paths(cls, data)
    assert (not schema_only) == VALIDATORS[cls].is_valid(data)


@settings(max_examples=100, deadline=None, suppress_health_check=list(HealthCheck))
@given(_MUTATED)
def test_mutated_records_never_pass_the_fast_path_wrongly(pair: tuple[type[Any], Any]) -> None:
    _check_mutated(*pair)


@pytest.mark.slow
@settings(max_examples=1000, deadline=None, suppress_health_check=list(HealthCheck))
@given(_MUTATED)
def test_many_mutated_records_never_pass_the_fast_path_wrongly(
    pair: tuple[type[Any], Any],
) -> None:
    _check_mutated(*pair)


def test_every_single_replacement_in_the_example_article() -> None:
    """Each value of a real record replaced in turn by each kind of bad (or odd) value."""
    record = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    assert check_sound(Article, record) == []
    rejected = 0
    for where in locations(record):
        if not where:
            continue
        for value in _REPLACEMENTS:
            data = copy.deepcopy(record)
            get_at(data, where[:-1])[where[-1]] = copy.deepcopy(value)
            rejected += bool(check_sound(Article, data))
    assert rejected > 1000  # most replacements are errors, and each was reported


def test_fast_path_runs_the_cross_field_rules() -> None:
    good = to_dict(AggregateRating(value=4.0, rating_count=3))
    assert check_sound(AggregateRating, good) == []
    for bad in (
        {**good, "value": 6.0},
        {**good, "best": 1.0},
        {"value": 3.0, "rating_count": 0, "review_count": 0},
    ):
        assert [p.code for p in check_sound(AggregateRating, bad)] == ["constraint"]
    disclosure = {"involvement": "generated", "reviewed_by_human": True, "level": "none"}
    assert [p.path for p in check_sound(Article, {"ai_disclosure": disclosure})] == [
        "/ai_disclosure/level"
    ]
    window = {
        "rendered_earliest": "2024-07-30T12:00:00+00:00",
        "rendered_latest": "2024-07-30T11:00:00Z",
    }
    assert [p.code for p in check_sound(Article, {"provenance": window})] == ["constraint"]
    window["rendered_latest"] = "2024-07-30T13:00:00Z"
    assert check_sound(Article, {"provenance": window}) == []


def test_a_dict_subclass_or_odd_number_goes_to_the_full_validator() -> None:
    assert validate(Record(title="T")) == []
    assert validate(Record(title=3)) == validate({"title": 3}) != []
    assert check_sound(Article, {"word_count": 3.0}) == []  # an integral float: full validator
    assert [p.code for p in validate({"word_count": 3.5})] == ["type"]


# --------------------------------------------------------------------------- batched formats

_strings = st.one_of(
    st.sampled_from(NASTY),
    strategies.uris(),
    strategies.emails(),
    st.text(max_size=30),
    st.from_regex(r"\A[0-9]{4}-[0-9]{2}-[0-9]{2}([Tt ][0-9]{2}:[0-9]{2}(:[0-9]{2})?)?\Z"),
    strategies.date_values().map(lambda d: d.isoformat()),
)


def _formats_record(values: list[str]) -> dict[str, Any]:
    """One record holding ``values`` as author URLs, author emails and comment dates."""
    return {
        "authors": [{"name": "Ana", "url": v, "email": v} for v in values],
        "comments": [{"text": "x", "date_published": v} for v in values],
    }


def _batched_equals_one_by_one(values: list[str]) -> None:
    """The record with all values has exactly the problems of the records with one each."""
    together = check_sound(Article, _formats_record(values))
    alone = set()
    for i, value in enumerate(values):
        for p in check_sound(Article, _formats_record([value])):
            alone.add((p.path.replace("/0/", f"/{i}/", 1), p.code))
    assert {(p.path, p.code) for p in together} == alone


@settings(max_examples=400, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.lists(_strings, max_size=6))
def test_batched_format_checks_equal_the_one_by_one_checks(values: list[str]) -> None:
    _batched_equals_one_by_one(values)


@pytest.mark.parametrize("value", NASTY)
def test_batched_format_checks_on_each_nasty_string(value: str) -> None:
    for values in ([value], [value, "https://example.com/"], ["a@b.cd", value]):
        _batched_equals_one_by_one(values)


@settings(max_examples=300, deadline=None, suppress_health_check=list(HealthCheck))
@given(
    st.one_of(
        strategies.date_values().map(
            lambda d: to_dict(Article(date_published=d))["date_published"]
        ),
        st.sampled_from(NASTY),
        st.from_regex(
            r"\A[0-9]{4}-[0-9]{2}-[0-9]{2}[Tt ][0-9]{2}:[0-9]{2}(:[0-9]{2}(\.[0-9]{1,6})?)?"
            r"([Zz]|[+-][0-9]{2}:[0-9]{2})?\Z"
        ),
    )
)
def test_rule_dates_parse_like_parse_date_value(text: str) -> None:
    """A cross-field rule in the fast path sees the same date the full validator sees."""
    for other in (text, "2024-07-30T12:00:00+00:00", "2024-07-30", "1999-01-01T00:00:00"):
        for window in ((text, other), (other, text)):
            record = {"provenance": dict(zip(("rendered_earliest", "rendered_latest"), window))}
            check_sound(Article, record)


def test_batched_dates_read_every_calendar_day_as_is_date_does() -> None:
    """The batch reads a date with datetime.fromisoformat, is_date with date.fromisoformat:
    the same days pass, months and days out of range and year 0 fail in both."""
    for year in (0, 1, 1900, 2000, 2023, 2024, 9999):
        for month in range(14):
            for day in range(33):
                text = f"{year:04d}-{month:02d}-{day:02d}"
                stamp = f"{text}T23:59:59+23:59"
                for record in (
                    {"date_published": text},
                    {"date_published": text, "date_modified": stamp},
                ):
                    ours = check_sound(Article, record)
                    assert (not ours) == VALIDATORS[Article].is_valid(record), record


def test_many_shapes_of_one_model_stay_correct_beyond_the_cap() -> None:
    """Each key order of an object gets its own accept function, up to a cap; past the cap,
    and for odd keys, the generic one answers. Verdicts are the same either way."""
    fields = ["name", "kind", "url", "email", "job_title", "image"]
    good = {
        "name": "Ana",
        "kind": "person",
        "url": "https://example.com/ana",
        "email": "ana@example.com",
        "job_title": "Editor",
        "image": "https://example.com/ana.png",
    }
    for i in range(80):  # more key orders than the cap
        order = fields[i % 6 :] + fields[: i % 6]
        if i % 2:
            order = order[::-1]
        keep = order[: 2 + i % 5]
        record = {"authors": [{k: good[k] for k in keep if k in good or k == "name"}]}
        if "name" not in keep:
            record["authors"][0]["name"] = "Ana"
        assert check_sound(Article, record) == [], record
        bad = copy.deepcopy(record)
        bad["authors"][0][keep[-1]] = "x y" if keep[-1] != "name" else " "
        check_sound(Article, bad)

    class Key(str):
        def __hash__(self) -> int:
            return hash("other")

    odd = {Key("name"): "Ana"}
    check_sound(Article, {"authors": [odd]})
    check_sound(Article, {"authors": [{1: "x", "name": "Ana"}]})
