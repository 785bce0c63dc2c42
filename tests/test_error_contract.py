"""The error contract: each public function raises only the newsmeta errors it documents.

``docs/reliability.md`` lists, per public function, the exceptions it may raise. This file
holds the same table (``CONTRACT``), checks that the document and the table agree, and runs
every function under hypothesis with random arguments (random bytes, text with lone
surrogates, random JSON, random Python objects, model instances). Any exception that is not
a :class:`newsmeta.NewsmetaError` fails, and so does a newsmeta error the table does not list.

Modules that land separately are imported inside the tests (collection always works).
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

import newsmeta
from newsmeta import LimitExceededError, NewsmetaError, ParseError, SchemaError, ValidationError

DOC = Path(__file__).resolve().parents[1] / "docs" / "reliability.md"
NOW = dt.datetime(2024, 8, 1, 12, 0, tzinfo=dt.timezone.utc)

#: function name -> the newsmeta errors it may raise (subclasses included).
CONTRACT: dict[str, tuple[type[NewsmetaError], ...]] = {
    "extract": (ParseError, LimitExceededError),
    "extract_many": (ParseError,),
    "to_dict": (SchemaError,),
    "from_dict": (ValidationError, SchemaError),
    "to_json": (SchemaError, ValidationError),
    "from_json": (ParseError, LimitExceededError, ValidationError, SchemaError),
    "to_jsonld": (ValidationError,),
    "from_jsonld": (ParseError, LimitExceededError, ValidationError),
    "json_schema": (SchemaError,),
    "validate": (SchemaError, ParseError),
    "parse_date": (ParseError,),
    "parse_relative": (ParseError,),
    "humanize": (ParseError,),
    "render_window": (ParseError,),
    "make_article": (ValidationError,),
    "render_html": (ValidationError,),
}

#: errors a per-page batch result may report (``BatchResult.error_type``).
BATCH_RESULT_ERRORS = {"ParseError", "LimitExceededError", "WorkerCrashed"}

SETTINGS = settings(
    max_examples=120,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


def check(name: str, call: Callable[[], Any]) -> Any:
    """Run ``call``; fail on a foreign exception or a newsmeta error ``name`` does not list."""
    try:
        return call()
    except NewsmetaError as exc:
        allowed = CONTRACT[name]
        if not isinstance(exc, allowed):
            raise AssertionError(
                f"{name} raised {type(exc).__name__} ({exc}); the contract allows "
                f"{', '.join(c.__name__ for c in allowed)}"
            ) from exc
        return None


# ----------------------------------------------------------------------------- strategies

# Text including lone surrogates, NULs, controls and astral characters.
any_text = st.text(alphabet=st.characters(codec=None, exclude_categories=()), max_size=200)
scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(2**70), max_value=2**70),
    st.floats(allow_nan=True, allow_infinity=True),
    any_text,
)
_KEYS = [
    "@type", "@id", "@graph", "@context", "headline", "name", "author", "datePublished",
    "dateModified", "url", "title", "authors", "comments", "text", "rating", "value", "best",
    "worst", "rating_count", "provenance", "warnings", "ai_disclosure", "level", "signals",
    "kind", "date_published", "publisher", "aggregateRating", "ratingValue", "comment",
    "image", "language", "tags",
]  # fmt: skip
json_data = st.recursive(
    scalars,
    lambda inner: st.one_of(
        st.lists(inner, max_size=5),
        st.dictionaries(st.one_of(any_text, st.sampled_from(_KEYS)), inner, max_size=6),
    ),
    max_leaves=25,
)


@st.composite
def jsonld_like(draw: st.DrawFn) -> Any:
    """Dicts that look like schema.org articles, with random values in random places."""
    node: dict[str, Any] = {
        "@type": draw(
            st.one_of(
                st.sampled_from(["NewsArticle", "Article", "BlogPosting", "ReportageNewsArticle"]),
                st.lists(st.sampled_from(["NewsArticle", "Thing", "WebPage"]), max_size=3),
                json_data,
            )
        )
    }
    extra = draw(st.dictionaries(st.sampled_from(_KEYS), json_data, max_size=8))
    node.update(extra)
    shape = draw(st.integers(0, 3))
    if shape == 1:
        return {
            "@context": "https://schema.org",
            "@graph": [node, *draw(st.lists(json_data, max_size=3))],
        }
    if shape == 2:
        return [node, *draw(st.lists(json_data, max_size=3))]
    return node


def _model_classes() -> list[type[Any]]:
    import newsmeta

    return [
        getattr(newsmeta, n)
        for n in (
            "Article",
            "Author",
            "Organization",
            "Comment",
            "Rating",
            "AggregateRating",
            "AIDisclosure",
            "AISignal",
            "Provenance",
            "Evidence",
            "ExtractionWarning",
        )
    ]


objects = st.one_of(
    json_data,
    st.binary(max_size=100),
    st.dates(),
    st.datetimes(),
    st.datetimes(timezones=st.timezones()),
    st.sampled_from(
        [object(), type, int, dict, list, str, attrs, re.compile("x"), math.nan, 1j, b"\xff"]
    ),
    st.sampled_from(_model_classes()),
    st.builds(lambda: newsmeta.Author(name="Jane Doe")),
    st.builds(lambda: newsmeta.Article(title="t")),
)


def articles_strategy() -> st.SearchStrategy[newsmeta.Article]:
    from newsmeta.strategies import articles

    return articles()


# ----------------------------------------------------------------------------- the document


def _doc_table() -> dict[str, set[str]]:
    rows: dict[str, set[str]] = {}
    text = DOC.read_text(encoding="utf-8")
    section = text.split("## Error contract", 1)[1].split("\n## ", 1)[0]
    for line in section.splitlines():
        match = re.match(r"^\|\s*`([a-z_.]+)`\s*\|\s*([^|]*)\|", line)
        if match:
            name = match.group(1).rsplit(".", 1)[-1]
            rows[name] = set(re.findall(r"`(\w+Error)`", match.group(2)))
    return rows


def test_document_lists_every_public_function_with_its_errors() -> None:
    table = _doc_table()
    assert set(table) == set(CONTRACT), set(table) ^ set(CONTRACT)
    for name, allowed in CONTRACT.items():
        assert table[name] == {c.__name__ for c in allowed}, name


def test_every_listed_error_is_a_newsmeta_error() -> None:
    for allowed in CONTRACT.values():
        assert all(issubclass(c, NewsmetaError) for c in allowed)


# ----------------------------------------------------------------------------- extraction


@SETTINGS
@given(
    html=st.one_of(st.binary(max_size=2000), any_text, objects),
    url=st.one_of(st.none(), any_text, objects),
)
@example(html=b"<p>x</p>", url="\ud800")
@example(html="<p>x</p>", url="http://a/\udfff")
def test_extract_contract(html: Any, url: Any) -> None:
    from newsmeta import extract

    result = check("extract", lambda: extract(html, url, now=NOW))
    assert result is None or isinstance(result, newsmeta.Article)


@SETTINGS
@given(
    encoding=st.one_of(any_text, st.sampled_from(["punycode", "idna", "rot13", "utf-7", "cp037"])),
    headers=st.one_of(st.none(), st.dictionaries(any_text, any_text, max_size=3), objects),
    now=st.one_of(st.none(), objects),
)
@example(encoding="punycode", headers=None, now=None)
@example(encoding="idna", headers=None, now=None)
@example(encoding="undefined", headers=None, now=None)
@example(encoding="", headers="0", now=None)
@example(encoding="", headers=newsmeta.Author(name="Jane"), now=None)
@example(encoding="", headers={"Link": 5, 3: "x"}, now=None)
def test_extract_argument_contract(encoding: Any, headers: Any, now: Any) -> None:
    from newsmeta import extract

    html = "<html><head><title>Council approves the budget</title></head><body>é</body></html>"
    for data in (html, html.encode("utf-8")):
        check("extract", lambda: extract(data, encoding=encoding, headers=headers, now=now))  # noqa: B023


@pytest.mark.parametrize("limits", ["x", None, 5, {"max_input_bytes": 10}])
def test_extract_bad_limits_argument(limits: Any) -> None:
    from newsmeta import extract

    check("extract", lambda: extract("<p>x</p>", limits=limits))


@SETTINGS
@given(
    items=st.lists(
        st.one_of(
            st.tuples(
                st.one_of(st.binary(max_size=300), any_text, objects),
                st.one_of(st.none(), any_text, objects),
            ),
            st.binary(max_size=300),
            any_text,
            objects,
        ),
        max_size=4,
    ),
)
@example(
    items=[
        (
            b'<script type="application/ld+json">{"@type": "NewsArticle", "headline": "h", '
            b'"aggregateRating": {"ratingValue": ' + b"9" * 400 + b"}}</script>",
            "https://news.example.com/a",
        )
    ]
)
def test_extract_many_contract(items: list[Any]) -> None:
    from newsmeta import extract_many

    results = check("extract_many", lambda: list(extract_many(items, jobs=1, now=NOW)))
    for result in results or ():
        assert result.article is not None or result.error_type in BATCH_RESULT_ERRORS, (
            f"a page failed with a foreign exception: {result.error_type}: {result.error}"
        )


@SETTINGS
@given(jobs=objects, chunksize=objects, window=objects)
def test_extract_many_bad_arguments(jobs: Any, chunksize: Any, window: Any) -> None:
    from newsmeta import extract_many

    if jobs is None or (isinstance(jobs, int) and not isinstance(jobs, bool) and jobs > 1):
        jobs = 1  # never start process pools under hypothesis
    check(
        "extract_many",
        lambda: list(extract_many([b"<p>x</p>"], jobs=jobs, chunksize=chunksize, window=window)),
    )


# ----------------------------------------------------------------------------- interchange


@SETTINGS
@given(obj=objects)
def test_to_dict_and_to_json_contract(obj: Any) -> None:
    from newsmeta import to_dict, to_json

    check("to_dict", lambda: to_dict(obj))
    check("to_json", lambda: to_json(obj))


@SETTINGS
@given(
    cls=st.one_of(st.sampled_from(_model_classes()), objects), data=st.one_of(json_data, objects)
)
@example(cls=[], data={})
def test_from_dict_contract(cls: Any, data: Any) -> None:
    from newsmeta import from_dict

    check("from_dict", lambda: from_dict(data, cls))


@SETTINGS
@given(
    cls=st.one_of(st.sampled_from(_model_classes()), objects),
    text=st.one_of(json_data.map(lambda d: _dumps(d)), any_text, st.binary(max_size=300), objects),
)
@example(cls={}, text="{}")
def test_from_json_contract(cls: Any, text: Any) -> None:
    from newsmeta import from_json

    check("from_json", lambda: from_json(text, cls))


def _dumps(data: Any) -> str:
    import json

    return json.dumps(data, ensure_ascii=False)


@SETTINGS
@given(obj=st.one_of(objects, json_data))
def test_to_jsonld_contract(obj: Any) -> None:
    from newsmeta import to_jsonld

    check("to_jsonld", lambda: to_jsonld(obj))


@SETTINGS
@given(
    data=st.one_of(
        jsonld_like(),
        jsonld_like().map(lambda d: _dumps(d)),
        json_data,
        any_text,
        st.binary(max_size=300),
        objects,
    )
)
def test_from_jsonld_contract(data: Any) -> None:
    from newsmeta import from_jsonld

    result = check("from_jsonld", lambda: from_jsonld(data))
    assert result is None or isinstance(result, newsmeta.Article)


@SETTINGS
@given(cls=st.one_of(st.sampled_from(_model_classes()), objects))
@example(cls=[])
def test_json_schema_contract(cls: Any) -> None:
    from newsmeta import json_schema

    check("json_schema", lambda: json_schema(cls))


@SETTINGS
@given(
    data=st.one_of(json_data, jsonld_like(), objects),
    cls=st.one_of(st.sampled_from(_model_classes()), objects),
    require=st.one_of(st.just(()), st.lists(any_text, max_size=3), any_text, objects),
)
@example(data={}, cls=[], require=())
@example(data={}, cls=newsmeta.Article, require=b"\x00")
@example(data={}, cls=newsmeta.Article, require=newsmeta.Author(name="x"))
def test_validate_contract(data: Any, cls: Any, require: Any) -> None:
    from newsmeta import validate

    problems = check("validate", lambda: validate(data, cls, require=require))
    if problems is not None:
        assert isinstance(problems, list)
        assert all(isinstance(p, newsmeta.Problem) for p in problems)


@SETTINGS
@given(data=st.one_of(json_data, jsonld_like()))
def test_validate_never_raises_on_data_for_a_model(data: Any) -> None:
    """With a model class and no ``require``, bad data gives problems, never an exception."""
    from newsmeta import validate

    for cls in _model_classes():
        assert isinstance(validate(data, cls), list)


# ----------------------------------------------------------------------------- dates


@SETTINGS
@given(
    text=st.one_of(any_text, objects),
    language=st.one_of(
        st.none(), st.sampled_from(["en", "es", "de", "fr", "pt", "xx"]), any_text, objects
    ),
    dayfirst=st.one_of(st.none(), st.booleans(), objects),
)
def test_parse_date_contract(text: Any, language: Any, dayfirst: Any) -> None:
    from newsmeta import parse_date

    result = check("parse_date", lambda: parse_date(text, language=language, dayfirst=dayfirst))
    assert result is None or isinstance(result, dt.date)


@SETTINGS
@given(
    text=st.one_of(any_text, objects),
    now=st.one_of(st.just(NOW), st.datetimes(), st.datetimes(timezones=st.timezones()), objects),
    language=st.one_of(
        st.none(), st.sampled_from(["en", "es", "de", "fr", "pt", "xx"]), any_text, objects
    ),
)
def test_parse_relative_contract(text: Any, now: Any, language: Any) -> None:
    from newsmeta import parse_relative

    check("parse_relative", lambda: parse_relative(text, now=now, language=language))


@SETTINGS
@given(
    moment=st.one_of(st.datetimes(), st.datetimes(timezones=st.timezones()), st.dates(), objects),
    now=st.one_of(st.just(NOW), st.datetimes(), st.datetimes(timezones=st.timezones()), objects),
    language=st.one_of(st.sampled_from(["en", "es", "de", "fr", "pt", "xx"]), any_text, objects),
    renderer=st.one_of(
        st.sampled_from(
            ["moment", "dayjs", "date-fns", "wordpress", "timeago", "humanize", "arrow"]
        ),
        any_text,
        objects,
    ),
)
@example(  # an aware moment at the first day in a zone east of UTC is before datetime.min in UTC
    moment=dt.datetime(1, 1, 1, tzinfo=dt.timezone(dt.timedelta(hours=1))),
    now=NOW,
    language="en",
    renderer="moment",
)
def test_humanize_contract(moment: Any, now: Any, language: Any, renderer: Any) -> None:
    from newsmeta import humanize

    result = check(
        "humanize", lambda: humanize(moment, now=now, language=language, renderer=renderer)
    )
    assert result is None or isinstance(result, str)


@SETTINGS
@given(
    published=st.one_of(
        st.datetimes(), st.datetimes(timezones=st.timezones()), st.dates(), objects
    ),
    label=st.one_of(
        st.sampled_from(["7 months ago", "hace 3 días", "yesterday", "just now", "in 2 hours"]),
        any_text,
        objects,
    ),
    language=st.one_of(st.none(), st.sampled_from(["en", "es", "de"]), any_text, objects),
    renderers=st.one_of(st.none(), st.lists(any_text, max_size=2), objects),
)
@example(published=NOW, label="7 months ago", language=None, renderers=object())
def test_render_window_contract(published: Any, label: Any, language: Any, renderers: Any) -> None:
    from newsmeta import render_window

    check(
        "render_window",
        lambda: render_window(published, label, language=language, renderers=renderers),
    )


# ----------------------------------------------------------------------------- fixtures


@SETTINGS
@given(
    seed=st.one_of(st.integers(min_value=-(2**64), max_value=2**64), objects),
    language=st.one_of(st.sampled_from(["en", "es", "es-MX", "EN"]), any_text, objects),
    overrides=st.dictionaries(
        st.sampled_from(
            ["title", "authors", "comments", "rating", "url", "date_published", "bogus"]
        ),
        objects,
        max_size=2,
    ),
)
def test_make_article_contract(seed: Any, language: Any, overrides: dict[str, Any]) -> None:
    from newsmeta.testing import make_article

    result = check("make_article", lambda: make_article(seed, language=language, **overrides))
    assert result is None or isinstance(result, newsmeta.Article)


@SETTINGS
@given(
    article=st.one_of(st.integers(0, 10_000).map(lambda s: _fixture(s)), objects),
    markup=st.one_of(
        st.sampled_from(["jsonld", "microdata", "rdfa", "opengraph", "wordpress", "plain"]),
        any_text,
        objects,
    ),
    encoding=st.one_of(
        st.none(),
        st.sampled_from(["utf-8", "latin-1", "cp1252", "shift_jis", "utf-16", "ascii"]),
        any_text,
        objects,
    ),
    now=st.one_of(st.none(), st.just(NOW), st.datetimes(), objects),
)
def test_render_html_contract(article: Any, markup: Any, encoding: Any, now: Any) -> None:
    from newsmeta.testing import render_html

    result = check("render_html", lambda: render_html(article, markup, encoding=encoding, now=now))
    assert result is None or isinstance(result, (str, bytes))


def _fixture(seed: int) -> newsmeta.Article:
    from newsmeta.testing import make_article

    return make_article(seed)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_round_trip_functions_accept_every_valid_article(data: st.DataObject) -> None:
    """Valid models never raise at all from the writers (to_dict/to_json/to_jsonld)."""
    from newsmeta import to_dict, to_json, to_jsonld

    article = data.draw(articles_strategy())
    to_dict(article)
    to_json(article)
    to_jsonld(article)


@pytest.mark.parametrize("name", sorted(CONTRACT))
def test_contract_names_resolve(name: str) -> None:
    """Every function of the table is public API: in ``__all__`` of newsmeta or its testing kit."""
    import newsmeta
    import newsmeta.testing

    module = newsmeta.testing if name in {"make_article", "render_html"} else newsmeta
    assert name in module.__all__
    assert callable(getattr(module, name))
