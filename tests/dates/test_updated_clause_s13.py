"""An "updated" label that opens the last clause of a byline line names the modified date.

"By Ann Lee, last updated 5 Jan 2024" prints the day the story was updated; the publication
timestamp in the page's metadata stays the published date (issue 14: the merge never moves a
timestamp to a day printed under another label).
"""

from __future__ import annotations

import datetime as dt

import pytest

import newsmeta

NOW = dt.datetime(2024, 8, 1, tzinfo=dt.timezone.utc)
PARAGRAPH = "The harbour board met on Thursday evening and voted on the new breakwater. " * 25
PAGE = (
    '<html><head><meta property="article:published_time" content="2024-01-04T15:30:00Z">'
    "</head><body><article><h1>Harbour board backs the new breakwater</h1>"
    '<p class="meta">{line}</p><p>{text}</p></article></body></html>'
)


@pytest.mark.parametrize(
    "line",
    [
        "By Ann Lee, last updated 05 Jan 2024",
        "Ann Lee, updated 05 Jan 2024",
        "Por Ana Ruiz, actualizado el 5 de enero de 2024",
        "Von Jonas Weber; aktualisiert am 5. Januar 2024",
        "Par Claire Martin, mis à jour le 5 janvier 2024",
    ],
)
def test_updated_clause_feeds_date_modified(line: str) -> None:
    article = newsmeta.extract(PAGE.format(line=line, text=PARAGRAPH), now=NOW)
    assert article.date_published == dt.datetime(2024, 1, 4, 15, 30, tzinfo=dt.timezone.utc)
    assert article.date_modified is not None
    assert article.date_modified.isoformat().startswith("2024-01-05")


def test_a_plain_clause_is_still_the_published_day() -> None:
    article = newsmeta.extract(PAGE.format(line="By Ann Lee, 05 Jan 2024", text=PARAGRAPH), now=NOW)
    assert article.date_modified is None
