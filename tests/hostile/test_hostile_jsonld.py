"""JSON-LD bombs: 100,000 nodes, 100,000 blocks, 1,000-deep nesting, broken and huge blocks."""

from __future__ import annotations

import json

import pytest
from hostile_support import page, run_hostile

import newsmeta

HEADLINE = "Council approves the new budget"


def ld(data: str) -> str:
    return f'<script type="application/ld+json">{data}</script>'


def test_100000_jsonld_nodes_in_one_graph() -> None:
    graph = [{"@type": "NewsArticle", "headline": HEADLINE, "author": {"@id": "#p5"}}]
    graph += [{"@id": f"#p{i}"} for i in range(100_000)]
    block = json.dumps({"@context": "https://schema.org", "@graph": graph})
    assert len(block) < 2_000_000  # under max_jsonld_bytes: the node limit is what bites
    out = run_hostile(page("", ld(block), title="x"))
    assert out.article is not None
    assert out.article.title == HEADLINE
    assert out.warning_codes, "100,000 nodes read without a limit warning"


def test_100000_named_nodes_with_raised_byte_limit() -> None:
    graph = [{"@type": "NewsArticle", "headline": HEADLINE}]
    graph += [{"@id": f"#p{i}", "@type": "Person", "name": f"N {i}"} for i in range(100_000)]
    block = json.dumps({"@context": "https://schema.org", "@graph": graph})
    limits = newsmeta.Limits(max_jsonld_bytes=20_000_000)
    out = run_hostile(page("", ld(block), title="x"), limits=limits)
    assert out.article is not None
    assert out.warning_codes


def test_100000_jsonld_blocks() -> None:
    blocks = ld('{"@type": "Thing", "name": "x"}') * 100_000
    out = run_hostile(page("<h1>Council approves the new budget</h1>", blocks))
    assert out.article is not None
    assert out.warning_codes, "100,000 blocks read without a limit warning"


def test_oversized_jsonld_block_is_skipped_with_a_warning() -> None:
    block = json.dumps(
        {"@type": "NewsArticle", "headline": HEADLINE, "articleBody": "word " * 1_000_000}
    )
    out = run_hostile(page("", ld(block)))
    assert out.article is not None
    assert out.warning_codes


@pytest.mark.parametrize("depth", [1_000, 100_000])
def test_deep_jsonld_objects(depth: int) -> None:
    deep = (
        f'{{"@type": "NewsArticle", "headline": "{HEADLINE}", "author": '
        + '{"@type": "Person", "name": "P", "knows": ' * depth
        + "null"
        + "}" * (depth + 1)
    )
    out = run_hostile(page("", ld(deep)))
    assert out.article is not None
    assert out.warning_codes, "a block nested deeper than max_json_depth read without a warning"


@pytest.mark.parametrize("depth", [1_000, 100_000])
def test_deep_jsonld_arrays(depth: int) -> None:
    deep = "[" * depth + f'{{"@type": "NewsArticle", "headline": "{HEADLINE}"}}' + "]" * depth
    out = run_hostile(page("", ld(deep)))
    assert out.article is not None


def test_unbalanced_deep_jsonld() -> None:
    out = run_hostile(page("", ld("[{" * 50_000) + ld('{"a":' * 50_000)))
    assert out.article is not None


@pytest.mark.parametrize(
    "block",
    [
        "",
        "null",
        "[]",
        "{}",
        "42",
        '"text"',
        "NaN",
        '{"@type": NaN}',
        '{"@type": ["NewsArticle", null, 1, {}, []], "headline": ["a", {"@value": 1}]}',
        '{"@type": "NewsArticle", "headline": {"@id": "#self"}, "@id": "#self"}',
        '{"@graph": {"@graph": {"@graph": {"@type": "NewsArticle", "headline": 1e309}}}}',
        '{"@type": "NewsArticle", "author": [' + '{"@id": "#a"},' * 10_000 + "null]}",
        '{"@type": "NewsArticle", "datePublished": "' + "9" * 100_000 + '"}',
        '{"@type": "NewsArticle", "datePublished": 1e308, "dateModified": -1e308}',
        '{"@type": "NewsArticle", "wordCount": ' + "9" * 5_000 + "}",
        '{"@type": "NewsArticle", "headline": "\\ud800 lone", "author": "\\udfff"}',
        '<!-- {"@type": "NewsArticle"} -->',
        "<![CDATA[" + '{"@type": "NewsArticle", "headline": "cdata"}' + "]]>",
        '{"@type": "NewsArticle", "headline": "a"}{"@type": "NewsArticle"}' * 5_000,
        '{"@type": "NewsArticle", "' + "k" * 1_000_000 + '": 1}',
        "\x00\x01\x02{",
    ],
)
def test_broken_or_odd_jsonld_blocks(block: str) -> None:
    out = run_hostile(page("<h1>Council approves the new budget</h1>", ld(block)))
    assert out.article is not None


@pytest.mark.parametrize(
    "field",
    ["headline", "description", "articleSection", "keywords", "name", "alternativeHeadline"],
)
def test_escaped_lone_surrogates_in_jsonld_do_not_poison_the_article(field: str) -> None:
    """``"\\ud800"`` is valid JSON but not valid Unicode: json.loads gives a lone surrogate.

    The extracted Article must still be writable as JSON (crawlers run
    ``to_json(extract(page))``): the surrogate is replaced (U+FFFD) or the value dropped.
    """
    from newsmeta import to_json

    block = (
        '{"@context": "https://schema.org", "@type": "NewsArticle", '
        f'"headline": "Council approves the new budget", "{field}": "Lone \\ud800 surrogate"}}'
    )
    out = run_hostile(page("<h1>Council approves the new budget</h1>", ld(block)))
    assert out.article is not None
    to_json(out.article)  # must not raise


def test_escaped_lone_surrogate_in_a_jsonld_comment() -> None:
    """Found by ``benchmarks/fuzz.py``: the comment text keeps the lone surrogate."""
    from newsmeta import to_json

    block = (
        '{"@context": "https://schema.org", "@type": "NewsArticle", '
        '"headline": "Council approves the new budget", "comment": [{"@type": "Comment", '
        '"text": "I fully v\\ud800ote for the plan", "author": "Jane Doe"}]}'
    )
    out = run_hostile(page("<h1>Council approves the new budget</h1>", ld(block)))
    assert out.article is not None
    to_json(out.article)  # must not raise
