"""Session 15 (speed J): the comment reader's scans of the page by tag keep document order."""

from __future__ import annotations

import datetime as dt

import newsmeta

NOW = dt.datetime(2026, 11, 1, tzinfo=dt.timezone.utc)
STORY = "<p>" + "The council approved the new ferry timetable on Monday after a debate. " * 4


def _posts(names: list[str], day: int) -> str:
    return "".join(
        f'<article><header><b>{n}</b> <time datetime="2024-05-0{day + i}">May {day + i}'
        f"</time></header><p>{n} says the new timetable suits the morning commuters.</p>"
        "</article>"
        for i, n in enumerate(names)
    )


def test_first_comment_heading_in_document_order_wins_across_levels() -> None:
    # an <h3> section named for comments comes before an <h2> one: the <h3>'s posts are read
    # (the headings of all levels are met in document order, not level by level)
    html = (
        f"<html><body><article><h1>Ferry timetable approved</h1>{STORY}</p></article>"
        f"<div><h3>Comments</h3>{_posts(['Sam Okoro', 'Lea Brandt', 'Ana Ruiz'], 3)}</div>"
        f"<div><h2>Reactions</h2>{_posts(['Tom Hale', 'Kim Vogt', 'Raj Patel'], 6)}</div>"
        "</body></html>"
    )
    art = newsmeta.extract(html, "https://example.com/news/ferry", now=NOW)
    assert [c.text.split(" says")[0] for c in art.comments] == [
        "Sam Okoro",
        "Lea Brandt",
        "Ana Ruiz",
    ]


def test_later_heading_level_read_when_the_first_names_nothing() -> None:
    # the <h2> section is the only one named for comments: its posts are read
    html = (
        f"<html><body><article><h1>Ferry timetable approved</h1>{STORY}</p></article>"
        f"<div><h3>More news</h3>{_posts(['Sam Okoro', 'Lea Brandt', 'Ana Ruiz'], 3)}</div>"
        f"<div><h2>Reactions</h2>{_posts(['Tom Hale', 'Kim Vogt', 'Raj Patel'], 6)}</div>"
        "</body></html>"
    )
    art = newsmeta.extract(html, "https://example.com/news/ferry", now=NOW)
    assert [c.text.split(" says")[0] for c in art.comments] == ["Tom Hale", "Kim Vogt", "Raj Patel"]
