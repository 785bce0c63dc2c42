"""validate(): codes, pointers, messages, require=, and agreement with jsonschema."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsmeta import (
    PUBLISHABLE,
    Article,
    Author,
    Comment,
    Problem,
    SchemaError,
    strategies,  # noqa: F401  (registers st.from_type strategies)
    to_dict,
    validate,
)
from newsmeta.schema import MODELS
from validation_support import VALIDATORS, get_at, jsonschema_paths, locations

SETTINGS = settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck))
EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "article.json"


def schema_paths(problems: list[Problem]) -> set[str]:
    return {p.path for p in problems if p.code != "constraint"}


# --------------------------------------------------------------------------- mutations

_WRONG: tuple[Any, ...] = (12345, "text", [], {}, True, None, 1.5)
_BAD_STRINGS = ("not-an-email", "2023-13-45", "bogus-enum", "no scheme", "", "   ", "10:00")


_TARGETS: dict[str, Callable[[Any], bool]] = {
    "negative": lambda v: isinstance(v, (int, float)) and not isinstance(v, bool),
    "bad-number": lambda v: isinstance(v, (int, float)) and not isinstance(v, bool),
    "bad-string": lambda v: isinstance(v, str),
    "unknown-key": lambda v: isinstance(v, dict),
    "wrong-type": lambda v: True,
    "delete": lambda v: True,
}


@st.composite
def mutated(draw: st.DrawFn, cls: type[Any]) -> Any:
    """A generated record with 1-3 mutations, each aimed at a value it can break."""
    data = copy.deepcopy(to_dict(draw(st.from_type(cls))))
    for _ in range(draw(st.integers(1, 3))):
        op = draw(st.sampled_from(sorted(_TARGETS)))
        fits = [w for w in locations(data) if _TARGETS[op](get_at(data, w))]
        if op == "delete":
            fits = [w for w in fits if w and isinstance(get_at(data, w[:-1]), dict)]
        if not fits:
            continue
        where = draw(st.sampled_from(fits))
        if op == "unknown-key":
            get_at(data, where)[draw(st.sampled_from(("extra", "a/b~c", "ünï")))] = "x"
            continue
        if not where:
            continue
        parent, key = get_at(data, where[:-1]), where[-1]
        if op == "wrong-type":
            parent[key] = draw(st.sampled_from(_WRONG))
        elif op == "bad-string":
            parent[key] = draw(st.sampled_from(_BAD_STRINGS))
        elif op == "negative":
            parent[key] = -1
        elif op == "bad-number":
            parent[key] = draw(st.sampled_from((-0.5, 1e9, 2.0, 0, 3.0)))
        else:
            del parent[key]
    return data


@SETTINGS
@given(st.sampled_from(MODELS).flatmap(lambda cls: st.tuples(st.just(cls), st.from_type(cls))))
def test_generated_instances_are_valid_for_both_validators(pair: tuple[type[Any], Any]) -> None:
    cls, obj = pair
    data = to_dict(obj)
    assert validate(data, cls) == []
    assert jsonschema_paths(cls, data) == set()


@settings(max_examples=100, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.sampled_from(MODELS).flatmap(lambda cls: st.tuples(st.just(cls), mutated(cls))))
def test_agrees_with_jsonschema_on_mutated_records(pair: tuple[type[Any], Any]) -> None:
    cls, data = pair
    ours = schema_paths(validate(data, cls))
    theirs = jsonschema_paths(cls, data)
    assert ours == theirs
    assert (not ours) == VALIDATORS[cls].is_valid(data)


@settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck))
@given(mutated(Article))
def test_every_problem_has_a_pointer_a_known_code_and_a_sentence(data: Any) -> None:
    for problem in validate(data, Article):
        assert problem.path == "" or problem.path.startswith("/")
        assert problem.code in {
            "required",
            "type",
            "format",
            "enum",
            "range",
            "unknown-field",
            "constraint",
        }
        assert problem.message.endswith(".")
        # the message names the field as the Python API does (authors[0].name), or the record
        if problem.code != "unknown-field":
            assert problem.field in problem.message if problem.path else "record" in problem.message


# --------------------------------------------------------------------------- specific cases


def _pc(problems: list[Problem]) -> list[tuple[str, str]]:
    return [(p.path, p.code) for p in problems]


def test_example_article_is_valid() -> None:
    assert validate(json.loads(EXAMPLE.read_text(encoding="utf-8"))) == []


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        ({"title": 3}, [("/title", "type")]),
        ({"authors": [{"name": "A", "email": "a.example.com"}]}, [("/authors/0/email", "format")]),
        ({"colour": "red"}, [("/colour", "unknown-field")]),
        ({"comments": [{"author": {"name": "B"}}]}, [("/comments/0/text", "required")]),
        ({"comment_count": -1}, [("/comment_count", "range")]),
        ({"ai_disclosure": {"involvement": "lots"}}, [("/ai_disclosure/involvement", "enum")]),
        ({"date_published": "29/12/2023"}, [("/date_published", "format")]),
        ({"date_published": "2023-02-30"}, [("/date_published", "format")]),
        ({"url": "/relative/path"}, [("/url", "format")]),
        ({"rating": {"value": 7.5}}, [("/rating/value", "constraint")]),
        ({"rating": {"value": 4, "worst": 5, "best": 1}}, [("/rating/best", "constraint")]),
        ({"rating": {"value": "4"}}, [("/rating/value", "type")]),
        ({"word_count": True}, [("/word_count", "type")]),
        ({"comments_open": "yes"}, [("/comments_open", "type")]),
        ({"tags": "a, b"}, [("/tags", "type")]),
        ({"tags": ["a", 2]}, [("/tags/1", "type")]),
        (
            {"provenance": {"extracted_at": "2024-01-01T00:00"}},
            [("/provenance/extracted_at", "format")],
        ),
        (
            {"provenance": {"evidence": [{"field": "title", "source": "tea-leaves"}]}},
            [("/provenance/evidence/0/source", "enum")],
        ),
        (
            {"provenance": {"evidence": [{"field": "x", "source": "url", "confidence": 2}]}},
            [("/provenance/evidence/0/confidence", "range")],
        ),
        ({"title": None}, [("/title", "type")]),
        ({"a/b": 1}, [("/a~1b", "unknown-field")]),
    ],
)
def test_mutations_give_pointer_and_code(
    data: dict[str, Any], expected: list[tuple[str, str]]
) -> None:
    assert _pc(validate(data)) == expected


def test_constraints_only_when_schema_checks_pass() -> None:
    # the level contradicts involvement, but the object also has a type error: only that is reported
    data = {"ai_disclosure": {"involvement": "generated", "level": "none", "label": 5}}
    assert _pc(validate(data)) == [("/ai_disclosure/label", "type")]
    data = {"ai_disclosure": {"involvement": "generated", "level": "none"}}
    assert _pc(validate(data)) == [("/ai_disclosure/level", "constraint")]


def test_comment_form_gives_one_clear_problem_per_missing_field() -> None:
    require = ("author/name", "author/email", "text")
    problems = validate({}, Comment, require=require)
    assert _pc(problems) == [
        ("/text", "required"),
        ("/author/name", "required"),
        ("/author/email", "required"),
    ]
    messages = {p.path: p.message for p in problems}
    assert messages["/author/name"] == "author.name is required."
    assert messages["/author/email"] == "author.email is required."
    assert messages["/text"] == "text is required."


def test_require_accepts_pointers_and_dotted_paths_and_reports_blanks_once() -> None:
    data = {"text": "  ", "author": {"name": "Ana", "email": ""}}
    problems = validate(data, Comment, require=("/author/email", "author.name", "text"))
    assert _pc(problems) == [
        ("/text", "required"),
        ("/author/email", "format"),
    ]
    ok = {"text": "Hi", "author": {"name": "Ana", "email": "ana@example.com"}}
    assert validate(ok, Comment, require=("author/name", "author/email", "text")) == []


def test_messages_name_the_field_as_the_api_does_and_show_the_value() -> None:
    [p] = validate({"authors": [{"name": "A", "email": "x"}]})
    assert p.message == (
        'authors[0].email must be a valid e-mail address (like name@example.com), not "x".'
    )
    assert (p.field, p.value) == ("authors[0].email", "x")
    [p] = validate({"author": {"name": "A", "email": "x"}, "text": "t"}, Comment)
    assert p.message.startswith("author.email must be a valid e-mail address")
    [p] = validate({"word_count": "many"})
    assert p.message == 'word_count must be a whole number, not "many".'
    [p] = validate({"comment_count": 1.5})
    assert p.message == "comment_count must be a whole number, not 1.5."
    [p] = validate({"url": "/a"})
    assert p.message.startswith("url must be an absolute URL") and '"/a"' in p.message
    [p] = validate({"ai_disclosure": {"involvement": "lots"}})
    assert p.message.startswith("ai_disclosure.involvement must be one of: unknown, none")
    [p] = validate({"text": "t", "nope": 1}, Comment)
    assert p.message == "Unknown field 'nope' (Comment has no such field)."


@pytest.mark.parametrize(
    ("name", "field"),
    [
        ("headline", "title"),
        ("datePublished", "date_published"),
        ("author", "authors"),
        ("articleBody", "body"),
        ("keywords", "tags"),
        ("titel", "title"),
    ],
)
def test_unknown_schema_org_names_suggest_the_newsmeta_field(name: str, field: str) -> None:
    [p] = validate({name: "x"})
    assert (p.path, p.code) == (f"/{name}", "unknown-field")
    assert p.message.endswith(f"did you mean {field!r}?).")


def test_validate_takes_model_instances() -> None:
    article = Article(title="T", authors=(Author(name="Ana"),))
    assert validate(article) == []
    assert _pc(validate(article, require="publishable")) == [("/date_published", "required")]
    comment = Comment(text="hi")
    assert validate(comment) == []  # the class comes from the instance
    [p] = validate(comment, Article)
    assert (p.path, p.code) == ("", "type") and "must be an Article" in p.message


def test_the_publishable_preset_needs_a_title_a_date_and_an_author_or_publisher() -> None:
    assert _pc(validate({}, require=PUBLISHABLE)) == [
        ("/title", "required"),
        ("/date_published", "required"),
        ("/authors", "required"),
    ]
    [p] = validate({"title": "T", "date_published": "2024-01-02"}, require="publishable")
    assert p.message == "authors or publisher is required."
    ok = {"title": "T", "date_published": "2024-01-02", "publisher": {"name": "Daily"}}
    assert validate(ok, require="publishable") == []


def test_swapped_arguments_get_a_clear_error() -> None:
    with pytest.raises(SchemaError, match=r"the data comes first.*class Article first"):
        validate(Article, {"title": "T"})  # type: ignore[arg-type]
    with pytest.raises(SchemaError, match="cls must be a newsmeta model class"):
        validate({"title": "T"}, {"x": 1})  # type: ignore[arg-type]


def test_root_type_error() -> None:
    assert _pc(validate("hello")) == [("", "type")]
    assert _pc(validate([1, 2], Comment)) == [("", "type")]


def test_nan_is_rejected_although_jsonschema_lets_it_through() -> None:
    data = {"rating": {"value": float("nan")}}
    assert ("/rating/value", "range") in _pc(validate(data))
