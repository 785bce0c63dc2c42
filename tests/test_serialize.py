"""to_dict / from_dict / to_json / from_json: round trips, conventions, errors."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsmeta import (
    AggregateRating,
    AIDisclosure,
    AIInvolvement,
    AILevel,
    Article,
    Author,
    Comment,
    Evidence,
    LimitExceededError,
    Limits,
    ParseError,
    Provenance,
    Rating,
    SchemaError,
    SourceKind,
    ValidationError,
    from_dict,
    from_json,
    strategies,
    to_dict,
    to_json,
)
from newsmeta.schema import MODELS

SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck))


@SETTINGS
@given(st.sampled_from(MODELS).flatmap(st.from_type))
def test_every_model_round_trips_through_dict_and_json(obj: Any) -> None:
    cls = type(obj)
    data = to_dict(obj)
    assert from_dict(data, cls) == obj
    text = to_json(obj)
    assert from_json(text, cls) == obj
    assert json.loads(text) == data


@SETTINGS
@given(strategies.articles())
def test_article_round_trip_keeps_date_kinds_and_offsets(article: Article) -> None:
    back = from_dict(to_dict(article), Article)
    for name in ("date_created", "date_published", "date_modified"):
        before, after = getattr(article, name), getattr(back, name)
        assert type(before) is type(after)
        if isinstance(before, dt.datetime):
            assert before.utcoffset() == after.utcoffset()
            assert before.replace(tzinfo=None) == after.replace(tzinfo=None)


@SETTINGS
@given(strategies.articles())
def test_no_nulls_and_no_empty_lists_are_written(article: Article) -> None:
    def walk(value: Any) -> None:
        assert value is not None
        if isinstance(value, dict):
            for item in value.values():
                walk(item)
        elif isinstance(value, list):
            assert value != []
            for item in value:
                walk(item)

    walk(to_dict(article))


def test_date_formats() -> None:
    aware = dt.datetime(
        2023, 12, 29, 10, 0, 0, 120, tzinfo=dt.timezone(dt.timedelta(hours=-5, minutes=-30))
    )
    c = Comment(text="x", date_published=aware)
    assert to_dict(c)["date_published"] == "2023-12-29T10:00:00.000120-05:30"
    c = Comment(text="x", date_published=dt.datetime(2023, 12, 29, 10, 0))
    assert to_dict(c)["date_published"] == "2023-12-29T10:00:00"
    c = Comment(text="x", date_published=dt.date(2023, 12, 29))
    assert to_dict(c)["date_published"] == "2023-12-29"
    utc = Comment(text="x", date_published=dt.datetime(2023, 1, 1, tzinfo=dt.timezone.utc))
    assert to_dict(utc)["date_published"] == "2023-01-01T00:00:00+00:00"


def test_dates_read_back_as_the_right_kind() -> None:
    assert from_dict(
        {"text": "x", "date_published": "2023-12-29"}, Comment
    ).date_published == dt.date(2023, 12, 29)
    naive = from_dict(
        {"text": "x", "date_published": "2023-12-29T10:00:00"}, Comment
    ).date_published
    assert isinstance(naive, dt.datetime) and naive.tzinfo is None
    aware = from_dict({"text": "x", "date_published": "2023-12-29T10:00:00+01:00"}, Comment)
    assert isinstance(aware.date_published, dt.datetime)
    assert aware.date_published.utcoffset() == dt.timedelta(hours=1)
    zulu = from_dict({"text": "x", "date_published": "2023-12-29T10:00Z"}, Comment).date_published
    assert isinstance(zulu, dt.datetime) and zulu.utcoffset() == dt.timedelta(0)
    fraction = from_dict({"text": "x", "date_published": "2023-12-29T10:00:00.5"}, Comment)
    assert fraction.date_published == dt.datetime(2023, 12, 29, 10, 0, 0, 500000)


def test_defaults_of_non_optional_fields_are_written_and_floats_stay_floats() -> None:
    data = to_dict(Rating(value=4))
    assert data == {"value": 4.0, "best": 5.0, "worst": 1.0}
    assert to_json(Rating(value=4)) == '{"value": 4.0, "best": 5.0, "worst": 1.0}'
    assert to_dict(Author(name="Ana")) == {"name": "Ana", "kind": "person"}
    disclosure = to_dict(AIDisclosure(involvement=AIInvolvement.GENERATED))
    assert disclosure == {"involvement": "generated", "level": "ai_generated"}
    assert to_dict(Article()) == {
        "ai_disclosure": {"involvement": "unknown", "level": "unknown"},
        "provenance": {},
    }


def test_enums_as_values_tuples_as_lists() -> None:
    e = Evidence(field="title", source=SourceKind.JSON_LD, precision="day")
    assert to_dict(e) == {
        "field": "title",
        "source": "json-ld",
        "locator": "",
        "raw": "",
        "confidence": 1.0,
        "precision": "day",
    }
    a = Article(tags=("a", "b"))
    assert to_dict(a)["tags"] == ["a", "b"]
    assert from_dict(to_dict(a), Article).tags == ("a", "b")


def test_level_is_derived_when_absent_and_checked_when_present() -> None:
    d = from_dict({"involvement": "assisted", "reviewed_by_human": False}, AIDisclosure)
    assert d.level is AILevel.AI_AUTONOMOUS
    with pytest.raises(ValidationError) as info:
        from_dict({"involvement": "assisted", "level": "none"}, AIDisclosure)
    [problem] = info.value.problems
    assert (problem.path, problem.code) == ("/level", "constraint")


def test_integral_float_counts_become_ints() -> None:
    a = from_dict({"word_count": 12.0}, Article)
    assert a.word_count == 12 and type(a.word_count) is int


def test_from_dict_collects_every_problem() -> None:
    data = {
        "title": "",
        "url": "not a url",
        "word_count": -3,
        "authors": [{"email": "nobody"}],
        "rating": {"value": 9},
        "unknown": 1,
        "comments": [{"text": "ok", "upvotes": "many"}],
    }
    with pytest.raises(ValidationError) as info:
        from_dict(data, Article)
    got = {(p.path, p.code) for p in info.value.problems}
    assert got == {
        ("/title", "required"),
        ("/url", "format"),
        ("/word_count", "range"),
        ("/authors/0/name", "required"),
        ("/authors/0/email", "format"),
        ("/rating/value", "constraint"),
        ("/unknown", "unknown-field"),
        ("/comments/0/upvotes", "type"),
    }
    assert "8 problem(s)" in str(info.value)


def test_from_dict_rejects_non_objects_and_non_models() -> None:
    with pytest.raises(ValidationError) as info:
        from_dict(["not", "an", "object"], Article)
    assert [(p.path, p.code) for p in info.value.problems] == [("", "type")]
    with pytest.raises(SchemaError):
        from_dict({}, dict)
    with pytest.raises(SchemaError):
        to_dict({"a": 1})


def test_model_constraints_become_problems() -> None:
    with pytest.raises(ValidationError) as info:
        from_dict({"value": 4.0, "rating_count": 0, "review_count": 0}, AggregateRating)
    assert [p.code for p in info.value.problems] == ["constraint"]
    with pytest.raises(ValidationError) as info:
        from_dict({"value": 3, "best": 1, "worst": 5}, Rating)
    assert [(p.path, p.code) for p in info.value.problems] == [("/best", "constraint")]
    with pytest.raises(ValidationError) as info:
        from_dict(
            {
                "rendered_earliest": "2024-01-02T00:00:00+00:00",
                "rendered_latest": "2024-01-01T00:00:00+00:00",
            },
            Provenance,
        )
    assert [p.code for p in info.value.problems] == ["constraint"]


def test_aware_fields_need_an_offset() -> None:
    with pytest.raises(ValidationError) as info:
        from_dict({"extracted_at": "2024-01-01T10:00:00"}, Provenance)
    assert [(p.path, p.code) for p in info.value.problems] == [("/extracted_at", "format")]


def test_from_json_errors() -> None:
    with pytest.raises(ParseError):
        from_json("{not json", Article)
    with pytest.raises(ParseError):
        from_json('{"word_count": NaN}', Article)
    with pytest.raises(ParseError):
        from_json('{"rating": {"value": Infinity}}', Article)
    with pytest.raises(ParseError):
        from_json(b"\xff\xfe{}", Article)
    deep = '{"x": ' + "[" * 70 + "]" * 70 + "}"
    with pytest.raises(LimitExceededError):
        from_json(deep, Article)
    with pytest.raises(LimitExceededError):
        from_json("[" * 100_000 + "]" * 100_000, Article)
    # within a raised limit the depth is fine and the unknown field is reported instead
    with pytest.raises(ValidationError):
        from_json(deep, Article, limits=Limits(max_json_depth=100))


def test_from_json_accepts_bytes_with_bom() -> None:
    article = from_json('\ufeff{"title": "Ünïcode ✓"}'.encode(), Article)
    assert article.title == "Ünïcode ✓"


def test_lone_surrogate_is_a_clear_error() -> None:
    article = Article(title="bad \ud800 text", tags=("fine", "x\udfff"))
    with pytest.raises(ValidationError) as info:
        to_json(article)
    [problem] = info.value.problems
    assert problem.path == "/title"
    assert "surrogate" in problem.message


def test_to_json_indent_and_unicode() -> None:
    text = to_json(Article(title="São Paulo — 北京"), indent=2)
    assert "São Paulo — 北京" in text
    assert text.startswith("{\n  ")


def test_one_argument_order_and_the_old_one_still_works_with_a_warning() -> None:
    data = {"title": "T"}
    assert from_dict(data).title == "T"  # cls defaults to Article
    assert from_json('{"title": "T"}').title == "T"
    with pytest.warns(DeprecationWarning, match=r"from_dict\(data, Article\)"):
        assert from_dict(Article, data).title == "T"  # type: ignore[arg-type]
    with pytest.warns(DeprecationWarning, match=r"from_json\(data, Article\)"):
        assert from_json(Article, '{"title": "T"}').title == "T"  # type: ignore[arg-type]
    with pytest.raises(SchemaError, match="cls must be a newsmeta model class"):
        from_dict(data, data)  # type: ignore[call-overload]
    with pytest.raises(SchemaError, match="where the data should be"):
        from_dict(Article)
