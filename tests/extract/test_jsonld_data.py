"""Lenient JSON-LD decoding, bounds and @id resolution, seen through items() and extract().

``items()`` gives the JSON-LD nodes (pointer in ``@locator``, references resolved) and
``extract()`` the warnings the decoding drew (the ``jsonld-*`` codes).
"""

from __future__ import annotations

import json
from typing import Any, NamedTuple

import pytest

import newsmeta
from newsmeta import ExtractionWarning, Limits

URL = "https://example.org/a/1"


class Node(NamedTuple):
    pointer: str
    types: frozenset[str]
    data: dict[str, Any]


class Seen(NamedTuple):
    """What users see of a page's JSON-LD: its nodes and the jsonld-* warnings."""

    nodes: list[Node]
    warnings: list[ExtractionWarning]


def page_with(*blocks: str, limits: Limits | None = None) -> Seen:
    scripts = "".join(f'<script type="application/ld+json">{b}</script>' for b in blocks)
    html = f"<html><head>{scripts}</head><body><p>x</p></body></html>"
    found = [
        Node(item["@locator"], frozenset(item["@type"]), item)
        for item in newsmeta.items(html, URL, limits=limits)
        if item["@syntax"] == "json-ld"
    ]
    article = newsmeta.extract(html, URL, limits=limits)
    warnings = [w for w in article.provenance.warnings if w.code.startswith("jsonld")]
    return Seen(found, warnings)


def nodes(page: Seen) -> list[Node]:
    return page.nodes


def codes(page: Seen) -> list[str]:
    return [w.code for w in page.warnings]


def decode_lenient(block: str) -> tuple[list[dict[str, Any]], list[str]]:
    """The values of one block (without the @-keys items() adds) and its warnings."""
    page = page_with(block)
    values = [{k: v for k, v in n.data.items() if not k.startswith("@")} for n in page.nodes]
    return values, codes(page)


ARTICLE = '{"@type": "NewsArticle", "headline": "Hello"}'

INVALID_VARIANTS = {
    "html-comment": '<!-- {"@type": "NewsArticle", "headline": "Hello"} -->',
    "cdata": '//<![CDATA[\n{"@type": "NewsArticle", "headline": "Hello"}\n//]]>',
    "line-comment": '{"@type": "NewsArticle", // the type\n "headline": "Hello"}',
    "block-comment": '{"@type": "NewsArticle", /* note */ "headline": "Hello"}',
    "trailing-comma": '{"@type": "NewsArticle", "headline": "Hello", "keywords": ["a", ],}',
    "raw-newline": '{"@type": "NewsArticle", "headline": "Hel\nlo", "x": "tab\there"}',
    "control-char": '{"@type": "NewsArticle", "headline": "Hello\x01"}',
    "html-entities": "{&quot;@type&quot;: &quot;NewsArticle&quot;, &quot;headline&quot;: "
    "&quot;Hello&quot;}",
    "concatenated": '{"@type": "WebSite", "name": "S"}\n'
    '{"@type": "NewsArticle", "headline": "Hello"}',
    "bad-escape": '{"@type": "NewsArticle", "headline": "Hello", "d": "it\\\'s"}',
    "single-quotes": "{'@type': 'NewsArticle', 'headline': 'Hello', 'd': 'it\\'s \"x\"'}",
    "inner-quotes": '{"@type": "NewsArticle", "headline": "Hello", "d": "say "hi" now"}',
    "trailing-semicolon": '{"@type": "NewsArticle", "headline": "Hello"};',
    "url-in-string-with-slashes": '{"@type": "NewsArticle", "headline": "Hello", '
    '"url": "https://x.org/a//b",}',
}


@pytest.mark.parametrize("name", sorted(INVALID_VARIANTS))
def test_invalid_json_variants_are_repaired_with_a_warning(name: str) -> None:
    page = page_with(INVALID_VARIANTS[name])
    found = [n for n in nodes(page) if "NewsArticle" in n.types]
    assert len(found) == 1, name
    assert found[0].data["headline"].replace("\n", "") in ("Hello", "Hello\x01")
    assert "jsonld-repaired" in codes(page)
    if name == "url-in-string-with-slashes":
        assert found[0].data["url"] == "https://x.org/a//b"
    if name == "inner-quotes":
        assert found[0].data["d"] == 'say "hi" now'
    if name == "single-quotes":
        assert found[0].data["d"] == 'it\'s "x"'


def test_valid_json_leaves_no_warning() -> None:
    page = page_with(ARTICLE)
    assert [n.pointer for n in nodes(page)] == ["0#"]
    assert page.warnings == []


def test_one_bad_block_never_hides_the_others() -> None:
    page = page_with("{this is not json at all", "", ARTICLE, "<<<>>>")
    assert [n.pointer for n in nodes(page)] == ["2#"]
    invalid = [w for w in page.warnings if w.code == "jsonld-invalid"]
    assert {w.locator for w in invalid} == {"0#", "3#"}


def test_truncated_block_keeps_nothing_but_does_not_raise() -> None:
    page = page_with('{"@type": "NewsArticle", "headline": "Hel')
    assert nodes(page) == [] or nodes(page)[0].data.get("headline") == "Hel"
    assert page.warnings


@pytest.mark.parametrize("block", ["42", '["a", "b"]', '"just a string"', "null", "true", "[]"])
def test_json_that_is_not_an_object_gives_no_nodes(block: str) -> None:
    page = page_with(block)
    assert nodes(page) == []


def test_concatenated_values_get_list_pointers() -> None:
    page = page_with('{"@type": "WebSite", "name": "S"} {"@type": "NewsArticle"}')
    assert [n.pointer for n in nodes(page)] == ["0#/0", "0#/1"]


def test_graph_and_type_lists_and_prefixes() -> None:
    block = json.dumps(
        {
            "@context": "https://schema.org",
            "@graph": [
                {"@type": ["NewsArticle", "schema:Article"], "headline": "H"},
                {"@type": "http://schema.org/Person", "name": "P"},
            ],
        }
    )
    found = nodes(page_with(block))
    assert [(n.pointer, n.types) for n in found] == [
        ("0#/@graph/0", frozenset({"NewsArticle", "Article"})),
        ("0#/@graph/1", frozenset({"Person"})),
    ]


def test_block_over_the_byte_limit_is_skipped_with_a_warning() -> None:
    big = json.dumps({"@type": "NewsArticle", "headline": "H", "body": "x" * 5000})
    page = page_with(big, ARTICLE, limits=Limits(max_jsonld_bytes=1000))
    assert [n.pointer for n in nodes(page)] == ["1#"]
    assert "jsonld-too-large" in codes(page)


def test_too_many_blocks_are_bounded() -> None:
    page = page_with(*([ARTICLE] * 5), limits=Limits(max_jsonld_blocks=2))
    assert len(nodes(page)) == 2
    assert "jsonld-too-many-blocks" in codes(page)


def test_too_many_objects_are_bounded() -> None:
    block = json.dumps({"@graph": [{"@type": "Thing", "n": i} for i in range(50)]})
    page = page_with(block, limits=Limits(max_jsonld_nodes=10))
    assert len(nodes(page)) < 10
    assert "jsonld-too-many-nodes" in codes(page)


def test_deep_nesting_is_cut_with_a_warning() -> None:
    inner: dict[str, object] = {"@type": "Thing"}
    for _ in range(100):
        inner = {"@type": "Thing", "x": inner}
    block = json.dumps({"@type": "NewsArticle", "headline": "H", "about": inner})
    page = page_with(block, limits=Limits(max_json_depth=20))
    found = nodes(page)
    assert found[0].data["headline"] == "H"
    assert len(found) < 25
    assert "jsonld-too-deep" in codes(page)


def test_absurdly_deep_nesting_does_not_raise() -> None:
    page = page_with("[" * 100_000 + "]" * 100_000, ARTICLE)
    assert [n.pointer for n in nodes(page)] == ["1#"]
    assert "jsonld-invalid" in codes(page)


def test_huge_block_within_limits_is_read_whole() -> None:
    block = json.dumps({"@graph": [{"@type": "Thing", "n": i} for i in range(3000)]})
    found = nodes(page_with(block))
    assert [n.data["n"] for n in found] == list(range(3000))
    assert found[-1].pointer == "0#/@graph/2999"


def test_resolve_follows_id_references() -> None:
    block = json.dumps(
        {
            "@graph": [
                {"@type": "NewsArticle", "author": {"@id": "#p"}, "about": "text"},
                {"@type": "Person", "@id": "#p", "name": "Ana"},
                {"@type": "NewsArticle", "author": {"@id": "#nope"}},
            ]
        }
    )
    article, person, unknown = nodes(page_with(block))
    assert article.data["author"]["name"] == "Ana"
    assert (person.pointer, person.data["@id"]) == ("0#/@graph/1", "#p")
    assert {k: v for k, v in person.data.items() if k not in ("@syntax", "@locator")} == (
        article.data["author"]
    )
    # not a reference, or an unknown one: unchanged
    assert article.data["about"] == "text"
    assert unknown.data["author"] == {"@id": "#nope"}


def test_resolve_prefers_the_fullest_definition_and_survives_cycles() -> None:
    block = json.dumps(
        {
            "@graph": [
                {"@type": "Person", "@id": "#a"},
                {"@type": "Person", "@id": "#a", "name": "Full", "url": "https://x.org/a"},
                {"@id": "#b", "@type": "Thing", "sameAs": {"@id": "#c"}},
                {"@id": "#c", "@type": "Thing", "sameAs": {"@id": "#b"}},
                {"@type": "NewsArticle", "author": {"@id": "#a"}},
            ]
        }
    )
    found = nodes(page_with(block))
    assert found[4].data["author"]["name"] == "Full"
    b = found[2].data
    assert b["sameAs"]["@id"] == "#c"
    assert b["sameAs"]["sameAs"] == {"@id": "#b"}  # the cycle is cut where it closes


def test_decode_lenient_reports_notes() -> None:
    values, notes = decode_lenient('{"a": 1,}')
    assert values == [{"a": 1}]
    assert notes
    values, notes = decode_lenient('{"a": 1}')
    assert values == [{"a": 1}] and notes == []
    values, notes = decode_lenient("")
    assert values == [] and notes == []  # an empty block is skipped without a warning


@pytest.mark.parametrize(
    "garbage",
    ["<!--" * 50_000, ", " * 100_000, "'" * 100_001, '{"a": "' + '\\" ' * 50_000, "/*" * 50_000],
)
def test_hostile_blocks_end_quickly_with_a_warning(garbage: str) -> None:
    page = page_with(garbage, ARTICLE)
    assert [n.pointer for n in nodes(page)][-1] == "1#"
    assert page.warnings


def test_lone_surrogate_escapes_become_replacement_characters() -> None:
    page = page_with('{"@type": "NewsArticle", "headline": "A \\ud800 B", "x": ["\\udfff"]}')
    data = nodes(page)[0].data
    assert data["headline"] == "A \ufffd B"
    assert data["x"] == ["\ufffd"]
    paired = page_with('{"@type": "NewsArticle", "headline": "\\ud83d\\ude00"}')
    assert nodes(paired)[0].data["headline"] == "\U0001f600"
