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

from newsmeta import AILevel, ValidationError, extract
from newsmeta.testing import (
    MARKUPS,
    RoundTrip,
    compare_roundtrip,
    make_article,
    make_disclosure,
    render_html,
)

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

FIELDS = (
    "title",
    "authors",
    "author_kinds",
    "date_published",
    "date_modified",
    "body",
    "comments",
    "comment_threads",
    "comment_dates",
    "rating",
    "review_count",
    "disclosure_level",
)


@pytest.mark.parametrize("markup", MARKUPS)
def test_a_report_compares_the_fields_the_markup_carries(markup: str) -> None:
    article = make_article(1)
    report = compare_roundtrip(article, article, markup)
    assert isinstance(report, RoundTrip)
    assert report.markup == markup
    assert list(report.fields) == [f for f in FIELDS if f not in CANNOT_CARRY[markup]]
    assert report.skipped == CANNOT_CARRY[markup]
    assert set(CANNOT_CARRY) == set(MARKUPS)
    expected_level_ok = not (
        markup in NO_NONE_LEVEL and article.ai_disclosure.level is AILevel.NONE
    )
    assert report.ok is expected_level_ok
    assert report.blocks_found == report.blocks_total == len(article.blocks)
    assert dict(report.blocks_missed) == {}


def test_expected_level_degrades_none_only_where_it_cannot_be_said() -> None:
    article = make_article(0, ai_disclosure=make_disclosure(0, level="none"))
    unknown = make_article(0, ai_disclosure=make_disclosure(0, level="unknown"))
    # "plain" cannot say "no AI": an unknown level read back is right, a none level is not.
    assert compare_roundtrip(article, unknown, "plain").fields["disclosure_level"]
    assert not compare_roundtrip(article, article, "plain").fields["disclosure_level"]
    assert compare_roundtrip(article, article, "jsonld").fields["disclosure_level"]
    assert not compare_roundtrip(article, unknown, "jsonld").fields["disclosure_level"]
    got = extract(render_html(article, markup="plain", now=NOW), now=NOW)
    assert got.ai_disclosure.level is AILevel.UNKNOWN
    got = extract(render_html(article, markup="jsonld", now=NOW), now=NOW)
    assert got.ai_disclosure.level is AILevel.NONE


@pytest.mark.parametrize("markup", MARKUPS)
def test_dates_compare_by_day_only_where_the_markup_shows_the_day(markup: str) -> None:
    article = make_article(0, date_published=dt.datetime(2026, 3, 1, 9, 30, tzinfo=dt.timezone.utc))
    later = make_article(0, date_published=dt.datetime(2026, 3, 1, 18, 0, tzinfo=dt.timezone.utc))
    next_day = make_article(
        0, date_published=dt.datetime(2026, 3, 2, 9, 30, tzinfo=dt.timezone.utc)
    )
    fields = compare_roundtrip(article, later, markup).fields
    assert fields["date_published"] is ("date_published" in DAY_PRECISION[markup])
    assert not compare_roundtrip(article, next_day, markup).fields["date_published"]
    assert compare_roundtrip(article, article, markup).fields["date_published"]


def test_a_changed_field_is_reported_failed() -> None:
    article = make_article(2)
    other = make_article(2, title="A different headline altogether")
    report = compare_roundtrip(article, other, "jsonld")
    assert report.failed == ("title",)
    assert not report.ok


@pytest.mark.parametrize(
    ("args", "path"),
    [
        (("not an article", None, "jsonld"), "/expected"),
        ((None, "x", "jsonld"), "/got"),
        ((None, None, "markdown"), "/markup"),
    ],
)
def test_bad_arguments_raise_a_validation_error(args: tuple[object, ...], path: str) -> None:
    article = make_article(0)
    expected, got, markup = (article if a is None else a for a in args)
    with pytest.raises(ValidationError) as info:
        compare_roundtrip(expected, got, markup)  # type: ignore[arg-type]
    assert info.value.problems[0].path == path


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
    report = compare_roundtrip(article, got, markup)
    assert set(report.fields) == set(FIELDS) - CANNOT_CARRY[markup]
    failed = sorted(name for name, ok in report.fields.items() if not ok)
    assert not failed, f"{markup} seed={seed} language={language}: {failed}"


@pytest.mark.parametrize("markup", MARKUPS)
def test_extract_recovers_the_body_blocks(markup: str) -> None:
    found = total = 0
    for seed in range(20):
        article = make_article(seed, language="es" if seed % 2 else "en")
        got = extract(render_html(article, markup=markup, now=NOW), now=NOW)
        report = compare_roundtrip(article, got, markup)
        found += report.blocks_found
        total += report.blocks_total
    assert total >= 20 * 8
    assert found / total >= 0.98, f"{markup}: {found} of {total} blocks"
