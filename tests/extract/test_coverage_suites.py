"""More coverage gaps found by running other projects' metadata test suites (session 7).

Each rule is general (a repair, a name family, a normalisation) and is shown on a page we wrote.
"""

from __future__ import annotations

import datetime as dt

import pytest

import newsmeta
from newsmeta._extract._jsonld_data import decode_lenient

NOW = dt.datetime(2026, 12, 6, tzinfo=dt.timezone.utc)
URL = "https://orchard.example/notes/pruning-in-frost"
_TEXT = (
    "<p>Pruning an apple tree in a hard frost splits the wood, so the orchard keepers wait for "
    "a mild spell in late winter and cut back the water shoots before the buds swell.</p>"
)


def _extract(head: str = "", body: str = "", url: str | None = URL) -> newsmeta.Article:
    html = (
        f"<html><head><title>Pruning in frost</title>{head}</head><body>{body}"
        f"<article>{_TEXT}</article></body></html>"
    )
    return newsmeta.extract(html, url, now=NOW)


def _ld(block: str) -> str:
    return f'<script type="application/ld+json">{block}</script>'


# ---------------------------------------------------------------- JSON-LD repairs


@pytest.mark.parametrize(
    ("name", "block"),
    [
        # a trailing comma followed by a JavaScript comment before the closing brace
        (
            "comma-then-comment",
            '{"@type": "BlogPosting", "headline": "Pruning in frost",\n'
            ' "articleSection": "Orchards", // the section\n //"wordCount": 0\n}',
        ),
        # a stray full stop between a value and its comma
        (
            "stray-full-stop",
            '{"@type": "BlogPosting", "headline": "Pruning in frost", '
            '"datePublished": "2026-02-11".,"articleSection": "Orchards"}',
        ),
        # an object left open before the array that holds it closes
        (
            "unclosed-object",
            '{"@type": "BlogPosting", "headline": "Pruning in frost", "articleSection": '
            '"Orchards", "hasPart": [{"@type": "WebPageElement", "name": "a", '
            '"image": {"url": "https://orchard.example/a.jpg"} ]}',
        ),
    ],
)
def test_json_ld_repairs_keep_the_article(name: str, block: str) -> None:
    article = _extract(_ld(block))
    assert article.section == "Orchards", name
    assert any(w.code == "jsonld-repaired" for w in article.provenance.warnings), name
    assert any(
        e.field == "section" and e.source.value == "json-ld" for e in article.provenance.evidence
    )


def test_a_truncated_block_is_not_closed_by_guessing() -> None:
    values, notes = decode_lenient('{"@type": "BlogPosting", "headline": "Pruning in fr')
    assert values == [] or values[0].get("headline") != "Pruning in frost"
    assert notes


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (r'"Cider \x26 perry"', "Cider & perry"),  # a JavaScript hex escape
        (r'"D:\orchard\trees.csv"', "D:\\orchard\trees.csv"),  # \o is no escape: kept; \t is a tab
        (r'"D:\orchard\records"', "D:\\orchard\records"),
        (r'"the keeper\'s log"', "the keeper's log"),  # an escaped quote is the quote
    ],
)
def test_invalid_escapes_read_the_way_they_were_meant(raw: str, expected: str) -> None:
    values, notes = decode_lenient('{"@type": "Dataset", "name": ' + raw + "}")
    assert values and values[0]["name"] == expected
    assert notes


@pytest.mark.parametrize("written", ["blogposting", "BLOGPOSTING"])
def test_a_type_written_in_the_wrong_case_is_the_schema_org_type(written: str) -> None:
    block = (
        f'{{"@type": "{written}", "headline": "Pruning in frost", '
        '"author": {"@type": "person", "givenName": "Ines", "familyName": "Okoro"}}'
    )
    article = _extract(_ld(block))
    assert [(a.name, a.kind.value) for a in article.authors] == [("Ines Okoro", "person")]


def test_a_person_entry_naming_several_people_gives_each() -> None:
    block = (
        '{"@type": "BlogPosting", "headline": "Pruning in frost", '
        '"author": [{"@type": "Person", "name": ["Ines Okoro", "Pavel Duda"], '
        '"url": "https://orchard.example/team"}]}'
    )
    article = _extract(_ld(block))
    assert [a.name for a in article.authors] == ["Ines Okoro", "Pavel Duda"]
    # the entry's other properties cannot be told apart, so they are given to no one
    assert all(a.url is None for a in article.authors)


# ---------------------------------------------------------------- bylines


@pytest.mark.parametrize(
    ("byline", "expected"),
    [
        ("By Ines Okoro for The Valley Courier", ["Ines Okoro"]),
        ("Pavel Duda from Orchard Weekly", ["Pavel Duda"]),
        ("Ines Okoro @inesokoro", ["Ines Okoro"]),
        ("Ines_Okoro", ["Ines Okoro"]),
        ('Pavel "The Pruner" Duda', ["Pavel Duda"]),
        ("Fenna Fromm", ["Fenna Fromm"]),  # "From…" inside a name is no outlet
    ],
)
def test_byline_names_lose_outlets_handles_and_nicknames(byline: str, expected: list[str]) -> None:
    article = _extract(body=f'<div class="byline"><span class="author">{byline}</span></div>')
    assert [a.name for a in article.authors] == expected
    assert any(e.field == "authors" for e in article.provenance.evidence)
