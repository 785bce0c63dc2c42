"""Self-consistency: extract(render_html(a, markup=m)) gives back a's metadata.

For every markup, the fields it cannot carry are listed explicitly below; dates are
compared exactly (same kind, instant and offset) unless the markup shows them to the day.
A larger run (1,000+ seeds per markup, pass rate per field) is benchmarks/fixtures_roundtrip.py.
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import Phase, given, settings
from hypothesis import strategies as st

from newsmeta import AILevel, extract
from newsmeta.testing import MARKUPS, _roundtrip, make_article, make_disclosure, render_html

NOW = dt.datetime(2026, 6, 15, 12, 0, tzinfo=dt.timezone.utc)

# Fields each markup cannot carry at all (so they are not compared).
CANNOT_CARRY: dict[str, set[str]] = {
    "jsonld": set(),
    "microdata": set(),
    "rdfa": set(),
    # Visible text can't say whether a byline name is a person or an organisation, and the
    # rating widget shows the number of votes only (no separate review count).
    "opengraph": {"author_kinds", "review_count"},
    "wordpress": {"author_kinds", "review_count"},
    "plain": {"author_kinds", "review_count"},
}

# Date fields each markup shows to the calendar day only.
DAY_PRECISION: dict[str, set[str]] = {
    "jsonld": set(),
    "microdata": set(),
    "rdfa": set(),
    "opengraph": {"comment_dates"},  # og/article meta carry the article dates in full
    "wordpress": set(),
    "plain": {"date_published", "date_modified", "comment_dates"},
}

# "plain" has no way to say "no AI was involved": level none reads back as unknown.
NO_NONE_LEVEL = {"plain"}


def test_the_carry_tables_match_the_comparison_module() -> None:
    assert {k: set(v) for k, v in _roundtrip.CANNOT_CARRY.items()} == CANNOT_CARRY
    assert {k: set(v) for k, v in _roundtrip.DAY_PRECISION.items()} == DAY_PRECISION
    assert set(_roundtrip.NO_NONE_LEVEL) == NO_NONE_LEVEL
    assert set(CANNOT_CARRY) == set(MARKUPS)


def test_expected_level_degrades_none_only_where_it_cannot_be_said() -> None:
    article = make_article(0, ai_disclosure=make_disclosure(0, level="none"))
    assert _roundtrip.expected_level(article, "plain") is AILevel.UNKNOWN
    assert _roundtrip.expected_level(article, "jsonld") is AILevel.NONE


@pytest.mark.parametrize("markup", MARKUPS)
@settings(
    max_examples=25,
    deadline=None,
    derandomize=True,
    database=None,
    phases=(Phase.explicit, Phase.generate),  # a seed has nothing to shrink
)
@given(seed=st.integers(0, 2**31 - 1), language=st.sampled_from(("en", "es")))
def test_extract_gives_back_the_rendered_article(markup: str, seed: int, language: str) -> None:

    article = make_article(seed, language=language)
    page = render_html(article, markup=markup, now=NOW)
    got = extract(page, now=NOW)
    result = _roundtrip.compare(article, got, markup)
    assert set(result) == set(_roundtrip.FIELDS) - CANNOT_CARRY[markup]
    failed = sorted(name for name, ok in result.items() if not ok)
    assert not failed, f"{markup} seed={seed} language={language}: {failed}"


@pytest.mark.parametrize("markup", MARKUPS)
def test_extract_recovers_the_body_blocks(markup: str) -> None:
    found = total = 0
    for seed in range(20):
        article = make_article(seed, language="es" if seed % 2 else "en")
        got = extract(render_html(article, markup=markup, now=NOW), now=NOW)
        ok, count, _ = _roundtrip.compare_blocks(article, got)
        found += ok
        total += count
    assert total >= 20 * 8
    assert found / total >= 0.98, f"{markup}: {found} of {total} blocks"
