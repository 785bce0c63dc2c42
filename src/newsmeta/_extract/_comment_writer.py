"""A comment's writer: an element classed for the name, a "by"-style credit line, a
``<cite>``, a dated writer line, or the alt text of an avatar.
"""

from __future__ import annotations

import re
from itertools import islice

from lxml.html import HtmlElement

from newsmeta._extract._comment_class import (
    AUTHOR_BIT,
    CREDIT_BIT,
    class_bits,
    class_tokens,
    node_bits,
)
from newsmeta._extract._comment_date import FOUR_DIGITS, RELATIVE_HINT
from newsmeta._extract._comment_handle import handle_name
from newsmeta._extract._comment_lead import plain_name
from newsmeta._extract._comment_text import ACTION_ROW
from newsmeta._extract._page import element_text
from newsmeta._extract._values import find_text_date, to_url
from newsmeta._models import Author, AuthorKind

__all__ = [
    "NAME_TAGS",
    "WORD",
    "clean_author",
    "comment_author",
    "without_times",
]


def comment_author(own: list[HtmlElement], base: str | None) -> Author | None:
    """The commenter among a comment's ``own`` nodes (see :func:`own_iter`)."""
    dated_line: HtmlElement | None = None
    printed_day: HtmlElement | None = None
    for node in own:
        if not node.attrib:
            continue
        hit = bool(node_bits(node) & AUTHOR_BIT) or (
            node.get("itemprop") == "author" or node.get("property") in ("author", "creator")
        )
        if not hit:
            continue
        target = node
        inner: HtmlElement | None = None
        for sub in node.iter():
            if not isinstance(sub.tag, str):
                continue
            sub_toks = class_tokens(sub)
            if (
                "fn" in sub_toks
                or sub.get("itemprop") == "name"
                or sub.get("property") == "name"
                or sub.tag == "cite"
            ):
                target = sub
                break
            if inner is None and sub is not node and node_bits(sub) & AUTHOR_BIT:
                inner = sub  # a writer's pane around its name element ("cAuthorPane_author")
        if target is node and inner is not None:
            target = inner
        if next(target.iter("time"), None) is not None:
            # a line holding the day too ("by <a>Name</a> <time>May 3</time>"): a name element
            # inside or after it is better; failing that, its text without the day
            if dated_line is None:
                dated_line = target
            continue
        name = clean_author(_name_text(target))
        if not name:
            if printed_day is None:
                printed_day = target
            continue
        url = None
        for link in target.iter("a"):
            url = _profile_url(link.get("href"), base)
            break
        if url is None and target.getparent() is not None and target.getparent().tag == "a":
            url = _profile_url(target.getparent().get("href"), base)
        return Author(name=name, kind=AuthorKind.PERSON, url=url)
    for node in own:
        if class_bits(node.get("class")) & CREDIT_BIT:
            found = _credited(node)
            if found is not None:
                return Author(
                    name=found[0], kind=AuthorKind.PERSON, url=_profile_url(found[1], base)
                )
    for node in own:
        if node.tag == "cite":  # WordPress, Blogger and Disqus print the commenter in <cite>
            name = clean_author(element_text(node, limit=200))
            if not name:
                return None
            url = None
            for link in node.iter("a"):
                url = _profile_url(link.get("href"), base)
                break
            return Author(name=name, kind=AuthorKind.PERSON, url=url)
    if dated_line is not None:
        name = clean_author(without_times(dated_line))
        if name:
            return Author(name=name, kind=AuthorKind.PERSON)
    if printed_day is not None:
        # "by <strong>Sam</strong> » Fri May 03, 2024": a writer's line that prints the day
        # too (no name of its own), the name set apart in it
        subs = (sub for sub in printed_day.iter(*_NAME_MARKUP) if sub is not printed_day)
        for sub in islice(subs, 3):
            name = clean_author(element_text(sub, limit=100))
            if name and WORD.search(name):
                return Author(name=name, kind=AuthorKind.PERSON)
    handle = handle_name(own)
    if handle is not None:
        name = clean_author(handle[0])
        if name:
            return Author(name=name, kind=AuthorKind.PERSON, url=_profile_url(handle[1], base))
    return _avatar_name(own)


_AVATAR_WORDS = re.compile(r"avatar|gravatar|profile|photo|picture|image|bild|foto|user|icon", re.I)


def _avatar_name(own: list[HtmlElement]) -> Author | None:
    """The commenter named only by the text of their avatar (``<img class="avatar"
    alt="Name">``), when nothing else names them; an alt that only says it is an avatar
    ("User avatar", "Profile photo") is no name."""
    for node in own:
        if node.tag != "img" or "avatar" not in (node.get("class") or "").lower():
            continue
        alt = (node.get("alt") or "").strip().lstrip("@")  # "@login": a handle, the name
        if not alt or _AVATAR_WORDS.search(alt):
            return None
        name = clean_author(alt)
        return Author(name=name, kind=AuthorKind.PERSON) if name else None
    return None


def without_times(el: HtmlElement) -> str:
    """``el``'s text without the ``<time>`` elements it holds ("by <a>Name</a> <time>May 3
    </time>": the day is not part of the name)."""
    text = element_text(el, limit=200)
    for time in el.iter("time"):
        shown = element_text(time, limit=100)
        if shown:
            text = text.replace(shown, " ")
    return text


# The marker a footer or header line sets before the writer it credits ("Posted by:", "von").
_CREDIT_MARKER = re.compile(
    r"(?:^|[\s|·•])(?:posted\s+|written\s+|submitted\s+|geschrieben\s+|eingestellt\s+)?"
    r"(?:by|von|par|por|door|di|da|av|af)\s*:?\s+",
    re.I,
)
_NAME_MARKUP = ("a", "b", "strong", "cite", "span")


def _credited(line: HtmlElement) -> tuple[str, str | None] | None:
    """The writer a comment's footer or header line credits after a "by"-style marker, and
    their link: a name set in its own element right after the marker."""
    text = element_text(line, limit=200)
    marker = _CREDIT_MARKER.search(text) if text and len(text) <= 150 else None
    if marker is None:
        return None
    after = text[marker.end() :]
    for sub in line.iter(*_NAME_MARKUP):
        if sub is line:
            continue
        name = clean_author(element_text(sub, limit=100))
        if name and after.startswith(name) and find_text_date(name) is None:
            href = sub.get("href") if sub.tag == "a" else None
            return name, href
    return None


def _profile_url(href: str | None, base: str | None) -> str | None:
    """A commenter's link, or None for permalinks, anchors and junk ("0", "#")."""
    if not href:
        return None
    href = href.strip()
    if not href or href.startswith("#") or "#comment" in href or href.isdigit():
        return None
    return to_url(href, base)


def _name_text(target: HtmlElement) -> str:
    """The text of a writer's element without the badges inside it ("Sam <span
    class=badge>Subscriber</span>", "<span class=flair>Top contributor</span>")."""
    if not len(target) or not any(
        _BADGE.search(sub.get("class") or "")
        for sub in target.iterdescendants("span", "em", "small", "b", "i", "a", "div")
    ):
        return element_text(target, limit=200)
    parts: list[str] = []
    _texts_without_badges(target, parts, 0)
    return " ".join(" ".join(parts).split())[:200]


def _texts_without_badges(el: HtmlElement, parts: list[str], depth: int) -> None:
    parts.append(el.text or "")
    for child in el:
        if isinstance(child.tag, str) and depth < 8 and not _BADGE.search(child.get("class") or ""):
            _texts_without_badges(child, parts, depth + 1)
        parts.append(child.tail or "")


_BADGE = re.compile(r"badge|flair", re.I)


def clean_author(text: str) -> str | None:
    text = plain_name(text)
    low = text.lower()
    for prefix in ("von ", "by ", "por ", "par ", "de "):
        if low.startswith(prefix):
            text = text[len(prefix) :].strip()
            low = text.lower()
    if not text or len(text) > 80 or ACTION_ROW.match(text.strip("[]() ")):
        return None  # "[ antworten ]": a reply link, not a name
    if RELATIVE_HINT.search(text) or FOUR_DIGITS.search(text):
        return None
    return text


NAME_TAGS = ("strong", "b", "cite", "a", "span")
WORD = re.compile(r"[^\W\d_]{2,}")
