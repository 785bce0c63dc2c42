"""Titles read from ``<title>`` alone, session 12: the site named before a colon, and a
section left once the site is cut. Pages written for these tests (a ferry company's news)."""

from __future__ import annotations

import pytest

import newsmeta

URL = "https://islandferries.example/news/2024/new-timetable"
TEXT = "<p>" + "The island ferry will run every forty minutes this summer, said the port. " * 8


def _title(title: str) -> str | None:
    html = f"<html><head><title>{title}</title></head><body><div>{TEXT}</p></div></body></html>"
    return newsmeta.extract(html, url=URL).title


@pytest.mark.parametrize(
    "title, expected",
    [
        ("Island Ferries: More boats on the summer timetable",
         "More boats on the summer timetable"),
        ("More boats on the summer timetable | News | Island Ferries",
         "More boats on the summer timetable"),
        ("More boats on the summer timetable | Timetables and fares | Island Ferries",
         "More boats on the summer timetable | Timetables and fares"),
        # a colon inside the headline stays when the part before it is not the site
        ("Summer timetable: more boats, longer days", "Summer timetable: more boats, longer days"),
        ("Island Ferries – More boats on the summer timetable",
         "More boats on the summer timetable"),
    ],
)  # fmt: skip
def test_title_element_affixes(title: str, expected: str) -> None:
    assert _title(title) == expected
