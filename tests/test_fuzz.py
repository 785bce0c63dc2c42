"""Bounded fuzzing of the entry points (the long run lives in ``benchmarks/fuzz.py``).

* ``extract`` on random bytes, on generated pages (random JSON-LD shapes, meta tags, bylines,
  dates, inserted garbage) and on mutated ``newsmeta.testing.render_html`` pages: always an
  Article (or a ParseError), always writable as JSON, and the JSON reads back to the same
  Article;
* ``from_dict`` / ``from_json`` / ``from_jsonld`` / ``validate`` on random JSON;
* ``parse_date`` / ``parse_relative`` on random text;
* Unicode round trips: combining marks, RTL text, astral characters survive JSON and JSON-LD;
  lone surrogates give a clear newsmeta error.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
from collections.abc import Callable
from typing import Any

import attrs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import newsmeta
from newsmeta import NewsmetaError, ParseError, ValidationError

NOW = dt.datetime(2024, 8, 1, 12, 0, tzinfo=dt.timezone.utc)
FUZZ = settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

# ----------------------------------------------------------------------------- page generator

WORDS = ["council", "budget", "river", "mayor", "library", "vote", "plan", "city", "news"]
NAMES = ["Jane Doe", "John Smith", "María José Núñez", "李小龙", "O'Brien, Pat", "Dr. A. B. Cé"]
DATES = [
    "2023-12-29",
    "2023-12-29T10:15:00Z",
    "2023-12-29T10:15:00+05:30",
    "December 29, 2023",
    "29 de diciembre de 2023",
    "29.12.2023",
    "12/29/2023",
    "yesterday",
    "3 hours ago",
    "hace 2 días",
    "0000-00-00",
    "2023-02-30",
    "9999-99-99T99:99",
    "-1",
    "1e309",
    "",
]
GARBAGE = [
    "\x00",
    "\ufffd",
    "<",
    "</div></div></body>",
    "<![CDATA[",
    "<!--",
    "&",
    "&#0;",
    "&#x110000;",
    "]]>",
    "\ud800",
    "<script>",
    "<style>",
    '"',
    "'",
    "{",
    "}",
    "\u202e",
    "\u0301" * 20,
    "𝕏",
    "<html>",
    "<?xml?>",
    "<!DOCTYPE x>",
    "<svg>",
    "<math>",
    "<template>",
]


def _word_text(draw: st.DrawFn, lo: int = 1, hi: int = 8) -> str:
    return " ".join(draw(st.lists(st.sampled_from(WORDS), min_size=lo, max_size=hi)))


scalar_json = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(10**30), max_value=10**30),
    st.floats(allow_nan=False, allow_infinity=False),
    st.sampled_from(NAMES + DATES + WORDS),
    st.text(max_size=30),
)
random_json = st.recursive(
    scalar_json,
    lambda inner: st.one_of(
        st.lists(inner, max_size=4),
        st.dictionaries(
            st.one_of(
                st.sampled_from(
                    [
                        "@type",
                        "@id",
                        "name",
                        "headline",
                        "author",
                        "datePublished",
                        "url",
                        "ratingValue",
                        "aggregateRating",
                        "comment",
                        "text",
                        "@graph",
                        "@value",
                    ]
                ),
                st.text(max_size=10),
            ),
            inner,
            max_size=5,
        ),
    ),
    max_leaves=20,
)


@st.composite
def jsonld_blocks(draw: st.DrawFn) -> str:
    article: dict[str, Any] = {
        "@context": draw(st.sampled_from(["https://schema.org", "http://schema.org/", {}, None])),
        "@type": draw(
            st.one_of(
                st.sampled_from(["NewsArticle", "Article", "BlogPosting", "WebPage", "Thing"]),
                st.lists(st.sampled_from(["NewsArticle", "Article", "WebPage"]), max_size=3),
            )
        ),
    }
    optional: dict[str, st.SearchStrategy[Any]] = {
        "headline": st.one_of(st.just(_word_text(draw)), random_json),
        "author": st.one_of(
            st.sampled_from(NAMES),
            st.fixed_dictionaries({"@type": st.just("Person"), "name": st.sampled_from(NAMES)}),
            st.lists(st.sampled_from(NAMES), max_size=3),
            random_json,
        ),
        "datePublished": st.one_of(st.sampled_from(DATES), random_json),
        "dateModified": st.sampled_from(DATES),
        "url": st.sampled_from(["https://news.example.com/a/1", "/a/1", "file:///etc/passwd", ""]),
        "aggregateRating": st.one_of(
            st.fixed_dictionaries(
                {
                    "@type": st.just("AggregateRating"),
                    "ratingValue": st.one_of(st.floats(0, 5), st.text(max_size=5), random_json),
                    "ratingCount": st.one_of(st.integers(-5, 10**6), random_json),
                }
            ),
            random_json,
        ),
        "commentCount": st.one_of(st.integers(-5, 10**6), random_json),
        "comment": st.lists(
            st.fixed_dictionaries(
                {
                    "@type": st.just("Comment"),
                    "text": st.just(_word_text(draw)),
                    "author": st.sampled_from(NAMES),
                    "dateCreated": st.sampled_from(DATES),
                }
            ),
            max_size=3,
        ),
        "publisher": st.one_of(
            st.fixed_dictionaries({"@type": st.just("Organization"), "name": st.just("Daily")}),
            random_json,
        ),
        "isBasedOn": st.sampled_from(["https://example.com/x", ["a", "b"], 5]),
    }
    for key, strategy in optional.items():
        if draw(st.booleans()):
            article[key] = draw(strategy)
    shape = draw(st.integers(0, 3))
    data: Any = article
    if shape == 1:
        data = {"@context": "https://schema.org", "@graph": [article, {"@type": "WebSite"}]}
    elif shape == 2:
        data = [article, draw(random_json)]
    text = json.dumps(data, ensure_ascii=draw(st.booleans()))
    if draw(st.integers(0, 5)) == 0:  # break it
        cut = draw(st.integers(0, len(text)))
        text = text[:cut] + draw(st.sampled_from(GARBAGE)) + text[cut:]
    return f'<script type="application/ld+json">{text}</script>'


@st.composite
def generated_pages(draw: st.DrawFn) -> str:
    """A news-like page from random parts, with garbage inserted at random places."""
    head: list[str] = [f"<title>{_word_text(draw)}</title>"]
    body: list[str] = [f"<h1>{_word_text(draw)}</h1>"]
    parts = draw(
        st.lists(
            st.sampled_from(
                [
                    "jsonld",
                    "meta-author",
                    "meta-date",
                    "og",
                    "byline",
                    "time",
                    "dateline",
                    "microdata",
                    "rdfa",
                    "comments",
                    "rating",
                    "disclosure",
                    "paragraphs",
                ]
            ),
            max_size=8,
        )
    )
    for part in parts:
        name, date = draw(st.sampled_from(NAMES)), draw(st.sampled_from(DATES))
        if part == "jsonld":
            head.append(draw(jsonld_blocks()))
        elif part == "meta-author":
            head.append(f'<meta name="author" content="{name}">')
        elif part == "meta-date":
            head.append(f'<meta property="article:published_time" content="{date}">')
        elif part == "og":
            head.append(
                f'<meta property="og:title" content="{_word_text(draw)}">'
                '<meta property="og:url" content="https://news.example.com/a/1">'
                '<link rel="canonical" href="/a/1">'
            )
        elif part == "byline":
            body.append(f'<p class="byline">By {name}</p>')
        elif part == "time":
            body.append(f'<time datetime="{date}">{date}</time>')
        elif part == "dateline":
            body.append(f'<p class="dateline">Published {date} | Updated {date}</p>')
        elif part == "microdata":
            body.append(
                '<div itemscope itemtype="https://schema.org/NewsArticle">'
                f'<span itemprop="author">{name}</span><meta itemprop="datePublished" '
                f'content="{date}"><span itemprop="headline">{_word_text(draw)}</span></div>'
            )
        elif part == "rdfa":
            body.append(
                '<div vocab="https://schema.org/" typeof="NewsArticle">'
                f'<span property="author">{name}</span>'
                f'<span property="datePublished">{date}</span></div>'
            )
        elif part == "comments":
            body.append(
                '<ol class="comment-list">'
                + "".join(
                    f'<li class="comment" id="c{i}"><span class="comment-author">{name}</span>'
                    f'<time datetime="{date}">{date}</time><p>{_word_text(draw, 2)}</p></li>'
                    for i in range(draw(st.integers(0, 4)))
                )
                + "</ol>"
            )
        elif part == "rating":
            value = draw(st.sampled_from(["4.5", "NaN", "-1", "1e309", "5/5", "★★★★☆"]))
            body.append(f'<div class="rating" data-rating="{value}">{value} stars</div>')
        elif part == "disclosure":
            body.append(
                '<p class="ai-disclosure">This article was generated with the help of AI.</p>'
                '<meta name="ai-generated" content="true">'
            )
        else:
            body.extend(
                f"<p>{_word_text(draw, 5, 30)}.</p>" for _ in range(draw(st.integers(1, 4)))
            )
    html = (
        f"<!DOCTYPE html><html lang='{draw(st.sampled_from(['en', 'es', 'de', '', 'x' * 50]))}'>"
        f"<head><meta charset='utf-8'>{''.join(head)}</head>"
        f"<body><article>{''.join(body)}</article></body></html>"
    )
    for _ in range(draw(st.integers(0, 4))):
        at = draw(st.integers(0, len(html)))
        html = (
            html[:at] + draw(st.one_of(st.sampled_from(GARBAGE), st.text(max_size=8))) + html[at:]
        )
    return html


def _mutate(data: bytes, draw: Callable[[st.SearchStrategy[Any]], Any]) -> bytes:
    buf = bytearray(data)
    for _ in range(draw(st.integers(1, 6))):
        op = draw(st.integers(0, 4))
        at = draw(st.integers(0, max(0, len(buf) - 1)))
        if op == 0 and buf:
            buf[at] = draw(st.integers(0, 255))
        elif op == 1:
            buf[at:at] = draw(st.binary(max_size=16))
        elif op == 2:
            del buf[at : at + draw(st.integers(1, 64))]
        elif op == 3:
            end = min(len(buf), at + draw(st.integers(1, 200)))
            buf[at:at] = buf[at:end]  # duplicate a region
        else:
            buf[at:at] = draw(st.sampled_from(GARBAGE)).encode("utf-8", "surrogatepass")
    return bytes(buf)


# ----------------------------------------------------------------------------- properties


def _extract_ok(html: bytes | str) -> newsmeta.Article | None:
    """extract -> Article (or ParseError); the Article is writable and reads back equal."""
    from newsmeta import extract, from_json, to_json

    try:
        article = extract(html, "https://news.example.com/a/1", now=NOW)
    except ParseError:
        return None
    assert isinstance(article, newsmeta.Article)
    text = to_json(article)
    assert from_json(text, newsmeta.Article) == article
    return article


@FUZZ
@given(data=st.binary(max_size=4000))
def test_extract_random_bytes(data: bytes) -> None:
    _extract_ok(data)


@FUZZ
@given(text=st.text(max_size=2000))
def test_extract_random_text(text: str) -> None:
    _extract_ok(text)


@FUZZ
@given(html=generated_pages())
def test_extract_generated_pages(html: str) -> None:
    _extract_ok(html)
    _extract_ok(html.encode("utf-8", "surrogatepass"))


@FUZZ
@given(data=st.data())
def test_extract_mutated_generated_pages(data: st.DataObject) -> None:
    html = data.draw(generated_pages()).encode("utf-8", "surrogatepass")
    _extract_ok(_mutate(html, data.draw))


@FUZZ
@given(data=st.data())
def test_extract_mutated_fixture_pages(data: st.DataObject) -> None:
    from newsmeta.testing import MARKUPS, make_article, render_html

    article = make_article(
        data.draw(st.integers(0, 500)), language=data.draw(st.sampled_from(["en", "es"]))
    )
    html = render_html(
        article,
        data.draw(st.sampled_from(MARKUPS)),
        encoding=data.draw(st.sampled_from(["utf-8", "cp1252", "iso-8859-15", "utf-16"])),
        now=NOW,
    )
    _extract_ok(_mutate(html, data.draw))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(seed=st.integers(0, 10_000))
def test_fixture_pages_give_back_their_headline(seed: int) -> None:
    """Control: an unmutated fixture page is read correctly (the generator is realistic)."""
    from newsmeta.testing import make_article, render_html

    article = make_article(seed)
    extracted = _extract_ok(render_html(article, "jsonld", now=NOW))
    assert extracted is not None and extracted.title == article.title


@FUZZ
@given(data=random_json)
def test_from_dict_and_validate_agree_on_random_json(data: Any) -> None:
    from newsmeta import from_dict, validate

    problems = validate(data, newsmeta.Article)
    try:
        from_dict(data, newsmeta.Article)
    except ValidationError as exc:
        assert exc.problems, "a ValidationError without problems"
        assert problems, f"validate() found nothing but from_dict() failed: {exc}"
    else:
        assert not problems, f"from_dict accepted data validate() rejects: {problems}"


@FUZZ
@given(text=st.one_of(random_json.map(json.dumps), st.text(max_size=300), st.binary(max_size=300)))
def test_from_json_random(text: str | bytes) -> None:
    from newsmeta import from_json

    with contextlib.suppress(ParseError, ValidationError):
        from_json(text, newsmeta.Article)


@FUZZ
@given(
    data=st.one_of(
        random_json,
        jsonld_blocks().map(lambda s: s.split(">", 1)[1].rsplit("<", 1)[0]),
    )
)
def test_from_jsonld_random(data: Any) -> None:
    from newsmeta import from_jsonld

    try:
        article = from_jsonld(data)
    except (ParseError, ValidationError):
        return
    assert isinstance(article, newsmeta.Article)


@FUZZ
@given(
    text=st.one_of(
        st.text(max_size=200),
        st.sampled_from(DATES),
        st.from_regex(
            r"\A(\d{1,5}[-/. ]){0,3}\d{0,5}([T ]\d{1,2}(:\d{1,2}){0,2})?(Z|[+-]\d{2}:?\d{2})?\Z"
        ),
    )
)
def test_parse_date_random_text(text: str) -> None:
    from newsmeta import parse_date

    result = parse_date(text)
    assert result is None or isinstance(result, dt.date)
    if isinstance(result, dt.date):
        assert 1 <= result.year <= 9999


@FUZZ
@given(
    text=st.one_of(
        st.text(max_size=200),
        st.from_regex(
            r"\A(about |over |almost |a few |an? |\d{1,12} )?(second|minute|hour|day|"
            r"week|month|year)s? ago\Z"
        ),
        st.from_regex(r"\A(hace|vor|il y a|há) (\d{1,9}|un|una|einem) \w{1,10}\Z"),
    ),
    language=st.sampled_from([None, "en", "es", "de", "fr", "pt"]),
)
def test_parse_relative_random_text(text: str, language: str | None) -> None:
    from newsmeta import parse_relative

    try:
        result = parse_relative(text, now=NOW, language=language)
    except ParseError:
        return
    if result is not None:
        assert result.earliest <= result.latest


# ----------------------------------------------------------------------------- Unicode


UNICODE_SAMPLES = [
    "e\u0301\u0302\u0303 cafe\u0301 n\u0303",  # combining marks
    "\u05e9\u05dc\u05d5\u05dd \u0627\u0644\u0633\u0644\u0627\u0645 abc",  # RTL
    "\u202eevil\u202c \u200f\u200e\u200d",  # bidi controls, ZWJ
    "\U0001f600\U0001f468\u200d\U0001f469\u200d\U0001f467 \U00010348 \U0001d54f",  # astral
    "\ufeff\ufffe\uffff BOM-like",
    "A\u030a \u212b \u00c5",  # NFC / NFD / compatibility forms stay distinct
    "\u0000 nul",
    "tab\tnew\nline\r",
]

unicode_text = st.one_of(
    st.sampled_from(UNICODE_SAMPLES),
    st.text(
        alphabet=st.characters(exclude_categories=["Cs"]),
        min_size=1,
        max_size=40,
    ).filter(lambda s: s.strip() != ""),
)


@FUZZ
@given(title=unicode_text, name=unicode_text, body=unicode_text)
def test_unicode_round_trips_through_json(title: str, name: str, body: str) -> None:
    from newsmeta import from_json, to_json

    article = newsmeta.Article(title=title, body=body, authors=(newsmeta.Author(name=name),))
    text = to_json(article)
    back = from_json(text, newsmeta.Article)
    assert back == article
    assert back.title == title  # code points kept exactly (no normalization)
    assert from_json(text.encode("utf-8"), newsmeta.Article) == article


@FUZZ
@given(title=unicode_text, name=unicode_text)
def test_unicode_round_trips_through_jsonld(title: str, name: str) -> None:
    from newsmeta import from_jsonld, to_jsonld

    article = newsmeta.Article(title=title, authors=(newsmeta.Author(name=name),))
    back = from_jsonld(json.dumps(to_jsonld(article), ensure_ascii=False))
    assert back.title == title
    assert [a.name for a in back.authors] == [name]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_full_models_round_trip(data: st.DataObject) -> None:
    from newsmeta import from_dict, from_json, to_dict, to_json
    from newsmeta.strategies import articles

    article = data.draw(articles())
    assert from_json(to_json(article), newsmeta.Article) == article
    assert from_dict(to_dict(article), newsmeta.Article) == article


@pytest.mark.parametrize("surrogate", ["\ud800", "\udfff", "a\udc80b", "\ud83d"])
def test_lone_surrogate_in_a_model_is_a_clear_error(surrogate: str) -> None:
    from newsmeta import to_json

    article = newsmeta.Article(title=surrogate, authors=(newsmeta.Author(name="Jane"),))
    with pytest.raises(ValidationError) as info:
        to_json(article)
    assert info.value.problems[0].path == "/title"
    nested = newsmeta.Article(authors=(newsmeta.Author(name=f"J{surrogate}"),))
    with pytest.raises(ValidationError) as info:
        to_json(nested)
    assert info.value.problems[0].path == "/authors/0/name"


@pytest.mark.parametrize(
    "text",
    [
        '{"title": "\\ud800"}',
        '{"title": "ok", "authors": [{"name": "a\\udfffb"}]}',
        '{"tags": ["\\ud83d"]}',
    ],
)
def test_lone_surrogate_in_json_input_is_a_clear_error(text: str) -> None:
    """``"\\ud800"`` is valid JSON syntax but not Unicode: reading it must fail clearly.

    Accepting it builds an Article that ``to_json`` then refuses to write (a round trip that
    breaks on the way back).
    """
    from newsmeta import from_dict, from_json

    with pytest.raises((ValidationError, ParseError)):
        from_json(text, newsmeta.Article)
    with pytest.raises((ValidationError, ParseError)):
        from_dict(json.loads(text), newsmeta.Article)


def test_lone_surrogate_in_jsonld_input_is_a_clear_error() -> None:
    from newsmeta import from_jsonld

    with pytest.raises((ValidationError, ParseError)):
        from_jsonld('{"@type": "NewsArticle", "headline": "\\ud800"}')


def test_lone_surrogate_in_str_page_never_escapes() -> None:
    article = _extract_ok("<title>lone \ud800 surrogate title</title><p>\udfff</p>")
    assert article is None or "\ud800" not in (article.title or "")


def test_extract_contract_errors_are_newsmeta_errors() -> None:
    """ParseError is what the fuzz properties above allow; it must be a NewsmetaError."""
    assert issubclass(ParseError, NewsmetaError) and issubclass(ValidationError, NewsmetaError)


def test_evolve_keeps_round_trip() -> None:
    """A hand-edited extracted Article (attrs.evolve) still round-trips."""
    from newsmeta import from_json, to_json

    article = _extract_ok("<title>Council approves the new budget</title><h1>x</h1>")
    assert article is not None
    edited = attrs.evolve(article, title="Cafe\u0301 \U0001f600 \u05e9\u05dc\u05d5\u05dd")
    assert from_json(to_json(edited), newsmeta.Article) == edited
