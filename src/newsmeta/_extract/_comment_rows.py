"""Comments set in a table two rows each, as old sites print them: a head row with the
writer and the day ("#1 by <b>Sam</b> on May 3, 2024", or a name cell and a day cell) and
the row of the text after it.
"""

from __future__ import annotations

from lxml.html import HtmlElement

from newsmeta._extract._comment_writer import WORD, clean_author
from newsmeta._extract._page import Page, element_text
from newsmeta._extract._values import find_text_date, find_text_date_at
from newsmeta._models import Author, AuthorKind, DateValue

__all__ = [
    "row_head",
    "row_pairs",
]

_MAX_HEAD = 150  # a head row is one short line
_MIN_TEXT = 20  # a text row says something
_MAX_HEADING_ROWS = 5  # heading rows skipped before the first comment ("Comments", "Page 2")
_NAME_CELLS = ("td", "b", "strong", "a", "span", "cite", "font")


def _head_line(row: HtmlElement, page: Page) -> tuple[str, DateValue] | None:
    """A row's text and the day it prints, when it is a short line with a day (read once a
    page: each row is looked at as a text row and as the head of the next)."""
    memo: dict[HtmlElement, tuple[str, DateValue] | None] = page.cached(_LINES, _new_memo)
    if row in memo:
        return memo[row]
    text = element_text(row, _MAX_HEAD + 10)
    line = None
    if text and len(text) <= _MAX_HEAD:
        found = find_text_date_at(text, page.html_lang)
        line = (text, found[0]) if found is not None else None
    memo[row] = line
    return line


_LINES = "comment-row-lines"
_WRITERS = "comment-row-writers"


def _new_memo(_page: Page) -> dict[HtmlElement, object]:
    return {}


def _previous_row(row: HtmlElement) -> HtmlElement | None:
    """The element before ``row`` among its siblings (comments and the like skipped)."""
    head = row.getprevious()
    while head is not None and not isinstance(head.tag, str):
        head = head.getprevious()
    return head


def row_pairs(box: HtmlElement, page: Page) -> list[HtmlElement]:
    """The text rows of a table whose comments take two rows each: after any heading rows
    (no day, a few words), an even run of rows alternating a dated head row and a row of
    text, two comments or more, none holding a form."""
    rows = [row for row in box if row.tag == "tr"]
    if len(rows) > 2 * page.limits.max_comments + _MAX_HEADING_ROWS:
        return []
    start = 0
    while (
        start < min(len(rows), _MAX_HEADING_ROWS)
        and _head_line(rows[start], page) is None
        and len(element_text(rows[start], 60)) < 50
    ):
        start += 1  # "<tr><th>Comments</th></tr>"
    rows = rows[start:]
    if len(rows) < 4 or len(rows) % 2 or len(rows) > 2 * page.limits.max_comments:
        return []
    texts = rows[1::2]
    for head, text in zip(rows[0::2], texts):
        if _head_line(head, page) is None or _head_line(text, page) is not None:
            return []
        if len(element_text(text, 40)) < _MIN_TEXT:
            return []
        if next(text.iter("form", "textarea"), None) is not None:
            return []
    return (
        texts if all(_previous_row(text) is head for head, text in zip(rows[0::2], texts)) else []
    )


def row_head(
    row: HtmlElement, items: set[HtmlElement], page: Page
) -> tuple[Author | None, DateValue] | None:
    """The writer and day of the head row right before a comment's text row: the day it
    prints, and the first cell or name element in it that is a name and no day."""
    head = _previous_row(row)
    if head is None or head.tag != "tr" or head in items:
        return None
    line = _head_line(head, page)
    if line is None:
        return None
    memo: dict[HtmlElement, Author | None] = page.cached(_WRITERS, _new_memo)
    if head not in memo:
        memo[head] = _writer(head, page)
    return memo[head], line[1]


def _writer(head: HtmlElement, page: Page) -> Author | None:
    """The first cell or name element of a head row that is a name and no day."""
    for node in head.iter(*_NAME_CELLS):
        name = clean_author(element_text(node, 80))
        if (
            name
            and len(name.split()) <= 5
            and WORD.search(name)
            and find_text_date(name, page.html_lang) is None
        ):
            return Author(name=name, kind=AuthorKind.PERSON)
    return None
