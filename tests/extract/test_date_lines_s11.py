"""Date lines around the headline: a relative label in an element of any class, and a line
that prints the updated date before the published one. Pages written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

import newsmeta

NOW = dt.datetime(2024, 8, 1, 12, tzinfo=dt.timezone.utc)
URL = "https://fair.example/news/county-fair"
STORY = "<p>" + "The county fair opened on a hot morning, with more stalls than ever. " * 8 + "</p>"


def _day(value: dt.date | None) -> dt.date | None:
    return value.date() if isinstance(value, dt.datetime) else value


def _page(line: str, lang: str = "en") -> str:
    return (
        f'<html lang="{lang}"><head><title>County fair opens</title></head><body><article>'
        f"<h1>County fair opens</h1>{line}{STORY}</article></body></html>"
    )


@pytest.mark.parametrize(
    ("line", "lang", "day", "precision"),
    [
        ("<p>5 hours ago</p>", "en", dt.date(2024, 8, 1), "hour"),
        ("<p>Posted 3 days ago</p>", "en", dt.date(2024, 7, 29), "day"),
        ('<div class="x1">hace 3 días</div>', "es", dt.date(2024, 7, 29), "day"),
        ("<p>vor 2 Wochen</p>", "de", dt.date(2024, 7, 18), "day"),
    ],
)
def test_a_relative_label_under_the_headline_dates_a_page_with_no_other_date(
    line: str, lang: str, day: dt.date, precision: str
) -> None:
    art = newsmeta.extract(_page(line, lang), url=URL, now=NOW)
    assert art.date_published is not None
    assert _day(art.date_published) == day
    ev = art.provenance.evidence_for("date_published")[0]
    assert ev.precision == precision
    assert " = " in ev.raw  # the label, then the range it stands for


def test_without_now_the_label_gives_no_date_and_says_why() -> None:
    art = newsmeta.extract(_page("<p>5 hours ago</p>"), url=URL)
    assert art.date_published is None
    assert "relative-date-without-now" in {w.code for w in art.provenance.warnings}


def test_an_absolute_date_under_the_headline_wins_over_a_later_label() -> None:
    line = "<p>July 30, 2024</p><p>2 days ago</p>"
    art = newsmeta.extract(_page(line), url=URL, now=NOW)
    assert art.date_published is not None
    assert _day(art.date_published) == dt.date(2024, 7, 30)


@pytest.mark.parametrize(
    "line",
    [
        "<p>Updated: 14 July 2024 | Published: 12 July 2024</p>",
        "<p>Aktualisiert am 14. Juli 2024 · Veröffentlicht am 12. Juli 2024</p>",
        "<p>Published July 12, 2024 · Updated July 14, 2024</p>",
    ],
)
def test_a_line_with_both_dates_gives_each_its_field_in_either_order(line: str) -> None:
    art = newsmeta.extract(_page(line), url=URL, now=NOW)
    assert art.date_published is not None and art.date_modified is not None
    assert _day(art.date_published) == dt.date(2024, 7, 12)
    assert _day(art.date_modified) == dt.date(2024, 7, 14)
