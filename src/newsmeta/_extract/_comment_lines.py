"""The lines that sign and date a comment around its text: a first line ("<strong>Name
</strong> · date"), a last line ("Posted by: Sam | May 3, 2024"), a header set just
before it, a name heading, and a definition list's ``<dt>``.
"""

from __future__ import annotations

import re
from itertools import islice

from lxml.html import HtmlElement

from newsmeta._extract._comment_date import comment_date, relative_date, yearless_in
from newsmeta._extract._comment_guards import holds_form
from newsmeta._extract._comment_writer import NAME_TAGS, WORD, clean_author, without_times
from newsmeta._extract._page import Page, element_text
from newsmeta._extract._values import find_text_date, find_text_date_at
from newsmeta._models import Author, AuthorKind, DateValue

__all__ = [
    "definition_group",
    "first_line",
    "foot_line",
    "head_before",
    "name_heading",
    "term_line",
]


def name_heading(item: HtmlElement) -> HtmlElement | None:
    """A heading among a comment's first parts that is only its writer's name, set right
    before the comment's ``<time>`` ("<h3>Uma</h3><time datetime=…>"): static-site comment
    templates title each comment with its writer."""
    for child in islice((c for c in item if isinstance(c.tag, str)), 3):
        if child.tag not in _NAME_HEADINGS:
            continue
        after = child.getnext()
        if after is None or after.tag != "time":
            return None
        name = clean_author(element_text(child, 80))
        if name is None or len(name.split()) > 4 or not WORD.search(name):
            return None
        return child
    return None


_NAME_HEADINGS = frozenset({"h2", "h3", "h4", "h5", "h6", "strong", "b"})


def head_before(el: HtmlElement, items: set[HtmlElement]) -> list[HtmlElement] | None:
    """The nodes of the short line printed just before a comment that shows nobody and no
    day in itself ("<span class=comhead><a class=user>…</a> <span class=age>…" above
    "<div class=comment>"): the comment's header, set as its sibling."""
    prev = el.getprevious()
    while prev is not None and (not isinstance(prev.tag, str) or prev.tag == "br"):
        prev = prev.getprevious()
    if prev is None or prev in items or prev.tag not in _HEAD_TAGS:
        return None
    if len(element_text(prev, 200)) > 150 or holds_form(prev):
        return None
    return [node for node in prev.iter() if isinstance(node.tag, str)]


_HEAD_TAGS = frozenset({"div", "p", "span", "header", "footer"})


def definition_group(dd: HtmlElement, items: set[HtmlElement]) -> list[HtmlElement]:
    """The other parts of a comment written as a definition-list entry (a classic blog
    layout): the ``<dt>`` before its text's ``<dd>`` names the writer ("Jane said…"), and the
    ``<dd>`` after it, up to the next ``<dt>``, holds the date. Their nodes, for the
    comment's author and date; never another comment's parts."""
    parts: list[HtmlElement] = []
    node = dd.getprevious()
    for _ in range(3):
        if node is None or node in items or node.tag not in ("dt", "dd"):
            break
        parts.append(node)
        if node.tag == "dt":
            break
        node = node.getprevious()
    node = dd.getnext()
    for _ in range(3):
        if node is None or node in items or node.tag != "dd":
            break
        parts.append(node)
        node = node.getnext()
    return [n for part in parts for n in part.iter() if isinstance(n.tag, str)]


# The word that leads from a writer's name to the day ("on", German "am", French "le",
# Spanish/Portuguese "el"/"em", Italian "il", Dutch "op").
_DATE_LEAD = re.compile(r"\s+(?:on|am|um|le|el|em|il|op|at)\s*$", re.I)


def term_line(
    dd: HtmlElement, items: set[HtmlElement], page: Page
) -> tuple[Author | None, DateValue | None] | None:
    """The writer and day an unclassed ``<dt>`` prints before its comment's ``<dd>``
    ("May 3, 2024, 10:10 a.m. - Sol", "Jane said…"): the day, and the rest as the name
    when it is a few words."""
    term = dd.getprevious()
    if term is None or term.tag != "dt" or term in items:
        return None
    text = element_text(term, 160)
    if not text or len(text) > 150:
        return None
    found = find_text_date_at(text, page.html_lang)
    date = found[0] if found is not None else None
    # "Sol on May 3, 2024": the word that leads to the day is no part of the name
    rest = text if found is None else _DATE_LEAD.sub("", text[: found[2]]) + " " + text[found[3] :]
    name = clean_author(rest.strip(" \t\n,;:|·•-–—"))
    author = None
    if name and len(name.split()) <= 4 and WORD.search(name):
        author = Author(name=name, kind=AuthorKind.PERSON)
    return author, date


_TEXT_BOX = re.compile(r"content|text|body|message|msg")


def _holds_text_box(el: HtmlElement) -> bool:
    """Whether ``el`` holds an element classed as a comment's text ("comment-content")."""
    for node in el.iter():
        cls = node.get("class") if node is not el else None
        if cls and _TEXT_BOX.search(cls.lower()):
            return True
    return False


_LINE_TAGS = frozenset({"p", "div", "header", "footer", "span", "td"})


def first_line(
    item: HtmlElement, page: Page, *, classed: bool = False
) -> tuple[HtmlElement, Author | None, DateValue | None] | None:
    """A comment's first line "<strong>Name</strong> · date" (author and date).

    In a ``classed`` comment (its markup already marks its metadata) the line must be
    little more than a name and a date ("Tomasz W. schrieb am 02.03.2024, 09:14 Uhr", at
    most three other words) and text must follow it: a short first paragraph that
    mentions a date is the comment itself.
    """
    first = next((c for c in item if isinstance(c.tag, str)), None)
    if first is None or first.tag not in _LINE_TAGS or (first.tag == "td" and item.tag != "tr"):
        return None  # (a row's first cell: its name and day beside the text's cell)
    if classed and (first.getnext() is None or _holds_text_box(first)):
        return None  # no text after the line, or the line holds the comment's text
    text = element_text(first, 160)
    if not text or len(text) > 150:
        return None
    found = find_text_date_at(text, page.html_lang)
    date = found[0] if found is not None else None
    label = None if date is not None else relative_date(text, page)
    if date is None and label is None:
        date = yearless_in(first, page)
        if date is None:
            return None
    if label is not None:
        date = label[0]
    author = None
    for node in first.iter(*NAME_TAGS):
        name = clean_author(element_text(node, 80))
        if name and find_text_date(name, page.html_lang) is None:
            author = Author(name=name)
            break
    if classed:
        if found is not None:
            rest = text[: found[2]] + " " + text[found[3] :]
        elif label is not None:
            rest = text.replace(label[1], " ")  # "Margriet 1 dag geleden"
        else:
            return None
        if author is not None:
            rest = rest.replace(author.name, " ")
        if len(WORD.findall(rest)) > 3:
            return None
    return first, author, date


_FOOT_TAGS = frozenset({"p", "div", "span", "footer", "small"})


def foot_line(item: HtmlElement, page: Page) -> tuple[HtmlElement, Author, DateValue] | None:
    """A comment's last line that signs and dates it ("Posted by: <a>Sam</a> | May 3, 2024
    10:10 AM", "<footer><span>Sam</span> — <time>…</footer>"): a name in its own element,
    a day, and at most three other words; the comment's text comes before it."""
    last = next((c for c in reversed(item) if isinstance(c.tag, str)), None)
    if last is None or last.tag not in _FOOT_TAGS or last.getprevious() is None:
        return None
    if _holds_text_box(last):
        return None  # the box of the comment's text ("comment-text" around "comment-body")
    text = element_text(last, 160)
    if not text or len(text) > 150:
        return None
    lang = page.html_lang
    found = find_text_date_at(text, lang)
    if found is not None and found[1] in ("year", "month"):
        found = None  # "Sam, 2019": no day
    date = found[0] if found is not None else None
    if date is None:
        time = next(last.iter("time"), None)
        date = comment_date([time], page)[0] if time is not None else None
    if date is None:
        return None
    for node in last.iter(*NAME_TAGS):
        if node is last:
            continue
        shown = element_text(node, 80)
        if shown.endswith(":"):
            return None  # "<b>Update:</b> May 3, 2024 …": a label, not a signature
        name = clean_author(shown)
        if not name or find_text_date(name, lang) is not None:
            continue
        rest = text.replace(name, " ")
        if found is not None:
            rest = rest.replace(text[found[2] : found[3]], " ")
        else:
            rest = without_times(last).replace(name, " ")
        if len(WORD.findall(rest)) > 3:
            return None
        return last, Author(name=name, kind=AuthorKind.PERSON), date
    return None
