"""The comment elements of a page's HTML: those classed or id'd as one comment, then (when
none is) rows carrying a comment id, the items of a ``#comments`` list, the elements around
comment texts, and posts under a title naming comments.
"""

from __future__ import annotations

import re

from lxml.html import HtmlElement

from newsmeta._extract._comment_class import (
    ITEM_TAGS,
    PLURAL_BIT,
    PLURAL_TOKEN,
    TEXT_BIT,
    is_item,
    item_bits,
)
from newsmeta._extract._comment_form import PLURAL, comment_hinted
from newsmeta._extract._comment_guards import excluded_context, form_part
from newsmeta._extract._comment_posts import alike_posts, heading_posts
from newsmeta._extract._page import Page

__all__ = [
    "html_items",
]

_SECTION = re.compile(
    r"^(?:comment-list|commentlist|comments-list|comments-area|comment-section|"
    rf"comments-section|{PLURAL})$"
)


def html_items(page: Page) -> tuple[list[HtmlElement], bool]:
    """The comment elements, and whether they were found from their texts alone.

    Comments found from their texts alone must show a name or a date (see
    :func:`_text_items`).
    """
    items: list[HtmlElement] = []
    sections: list[HtmlElement] = []
    for el, key in comment_hinted(page):
        if is_item(el, key):
            items.append(el)
        elif any(_SECTION.match(tok) for tok in key.split()):
            sections.append(el)
    if not items:
        rows = _id_rows(page)
        if rows:
            return rows, True
        items = _section_lists(sections, page)
        if not items:
            texts = _text_items(page)
            return (texts or heading_posts(page)), True
    return items, False


def _id_rows(page: Page) -> list[HtmlElement]:
    """Comments marked only by an attribute carrying their id ("<div class=row
    data-comment-id=812>"), when no class or id names them: the block elements among them
    (a reply button or a vote counter carries the id too); like comments found from their
    texts, each must show who wrote it or when."""
    return [el for el in page.comment_rows if el.tag in ITEM_TAGS][: page.limits.max_comments]


_STOP_TAGS = frozenset({"body", "html", "main", "form", "nav", "aside"})


def _text_items(page: Page) -> list[HtmlElement]:
    """Comments found from their text elements, when no element is classed as a comment.

    Some systems class only a comment's text ("comment-body", "comment__text") and leave the
    element around one comment unclassed (``<div class="even">``, ``<li id="a8f3c">``). Each
    comment is then the largest element around one such text: climbing from the text stops
    below an element that holds a second comment text, names the whole section ("comments",
    "comments-list"), or holds the page's headline. A comment found this way must show who
    wrote it or when: a "write a comment" box has a text element too, but neither.
    """
    texts = [el for el, key in comment_hinted(page) if item_bits(el.get("class")) & TEXT_BIT]
    if not texts or len(texts) > page.limits.max_comments:
        return []
    text_set = set(texts)
    outer: set[HtmlElement] = set()
    chains: dict[HtmlElement, list[HtmlElement]] = {}
    held: dict[HtmlElement, int] = {}
    for el in texts:
        chain: list[HtmlElement] = []
        node = el.getparent()
        while node is not None and len(chain) < 8:
            if node in text_set:
                outer.add(node)  # a text element around another: the inner one counts
            chain.append(node)
            node = node.getparent()
        chains[el] = chain
    inner = [el for el in texts if el not in outer]
    for el in inner:
        for node in chains[el]:
            held[node] = held.get(node, 0) + 1
    headline = set()
    for h1 in page.h1[:3]:
        headline.update(h1.iterancestors())
    items: list[HtmlElement] = []
    for el in inner:
        if excluded_context(el) or form_part(el):
            continue
        item = el
        for node in chains[el]:
            if (
                held[node] > 1
                or node.tag in _STOP_TAGS
                or node in headline
                or item_bits(node.get("class")) & PLURAL_BIT
                or PLURAL_TOKEN.search((node.get("id") or "").lower())
            ):
                break
            item = node
        items.append(item)
    return items


# The class of a list that is a comment's row of actions or links, not the comment list
# ("comment-actions", "links inline", "flat-list buttons", "share-tools").
_ACTION_LIST = re.compile(r"action|tool|button|share|links?\b|vote|control|meta", re.I)


def _section_lists(sections: list[HtmlElement], page: Page) -> list[HtmlElement]:
    """Unclassed ``<li>`` items of the first list in a ``#comments`` section (and their replies)."""
    for section in sections[:3]:
        for lst in section.iter("dl"):
            # A section written as a definition list: each <dd> is a comment and the <dt>
            # before it names the writer and the day (see definition_group).
            if form_part(lst) or excluded_context(lst):
                continue
            entries = [
                dd
                for dd in lst
                if dd.tag == "dd"
                and (prev := dd.getprevious()) is not None
                and prev.tag == "dt"  # the first <dd> of each entry; later ones hold its date
                and len(element_text_short(dd)) >= 3
            ]
            if entries:
                return entries[:10_000]
        for lst in section.iter("ul", "ol"):
            if (
                form_part(lst)
                or excluded_context(lst)
                or _ACTION_LIST.search(lst.get("class") or "") is not None
            ):
                continue
            top = [li for li in lst if li.tag == "li"]
            if len(top) < 1 or any(len(element_text_short(li)) < 3 for li in top[:3]):
                continue
            items: list[HtmlElement] = []
            for li in lst.iter("li"):
                if not form_part(li):
                    items.append(li)
                if len(items) >= 10_000:
                    break
            return items
    for section in sections[:3]:
        alike = alike_posts(section, None, page)
        if alike:
            return alike
    return []


def element_text_short(el: HtmlElement) -> str:
    return " ".join("".join(el.itertext())[:200].split())
