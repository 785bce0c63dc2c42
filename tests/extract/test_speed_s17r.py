"""Session 17, speed R: the "By" line reader reads its zone's tags from the page's index and
tries its dated-head pattern ("Posted on … by …", "11.03.2025 | Von …") only on lines whose
first characters can open it.

The pages below, written for these tests, put the shapes those shortcuts must not change
in the byline zone: an HTML comment and a script between the headline and the line, an
``<h2>`` that opens with "By", a line in digits, a labelled line, a plain "By" line.
"""

from __future__ import annotations

import datetime as dt

import newsmeta

NOW = dt.datetime(2026, 11, 1, tzinfo=dt.timezone.utc)

_PAGE = """<!DOCTYPE html><html lang="{lang}"><head><title>{title}</title></head><body>
<main><h1>{title}</h1>
<!-- by-line below -->
<script>var by = "By Nobody";</script>
<h2>By the numbers: what the council decided</h2>
<div class="x1">{line}</div>
<p>The council voted on Tuesday to keep the harbour library open on Sundays through the
winter, after a petition signed by more than two thousand residents.</p>
<p>The extra day will cost about forty thousand a year, paid from the culture budget.</p>
</main></body></html>"""


def _authors(lang: str, title: str, line: str) -> list[str]:
    html = _PAGE.format(lang=lang, title=title, line=line)
    names: list[list[str]] = []
    for content in (True, False):
        article = newsmeta.extract(html, now=NOW, content=content)
        names.append([a.name for a in article.authors])
    assert names[0] == names[1]
    return names[0]


def test_a_line_of_digits_then_its_writer_is_read() -> None:
    line = "11.03.2025, 14:05 Uhr | Von Jana Krüger"
    assert _authors("de", "Bibliothek bleibt sonntags offen", line) == ["Jana Krüger"]


def test_a_labelled_dated_line_then_its_writer_is_read() -> None:
    line = "Posted on March 3, 2025 by Ruth Amos"
    assert _authors("en", "Library stays open on Sundays", line) == ["Ruth Amos"]


def test_a_by_line_after_a_comment_a_script_and_a_heading_is_read() -> None:
    line = "By Tomas Weller"
    assert _authors("en", "Library keeps its Sunday hours", line) == ["Tomas Weller"]


def test_a_line_that_opens_no_byline_gives_no_writer() -> None:
    line = "Stand up for the library: sign the petition"
    assert _authors("en", "Library petition passes two thousand", line) == []
