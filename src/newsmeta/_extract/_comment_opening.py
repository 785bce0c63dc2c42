"""A thread page's opening post, when the page marks every post as a comment.

Forum and Q&A software (Invision's ``ipsComment``, XenForo, Discourse, phpBB, vBulletin,
SMF, Flarum and NodeBB skins, answer lists, mailing-list archives) classes each post of a
topic as a comment, the first one too. That first post is the page's article (its text is
the body, its writer and day the byline's) and the others are its comments, when:

- at least two comments were read, and the first is no reply (no parent), no comment
  answers it in a nested reply, it holds a few sentences (60 characters) and has the shape
  of the second (one tag, most class tokens shared);
- the page's headline comes before it, and between the two lies no body text of weight (a
  news story or blog post before its comment section always does);
- no other comment is dated before it (it starts the topic), and no link to a member's
  page between the headline and it names another writer (a link post's submitter).
"""

from __future__ import annotations

import re

from lxml.html import HtmlElement

from newsmeta._extract._page import Page
from newsmeta._models import Comment

__all__ = ["opening_post"]

_MIN_TEXT = 60  # an opening post states its topic: a line of thanks is a comment
_MAX_BETWEEN = 200  # characters of text allowed between the headline and the post
# A link to a member's page ("/u/sam", "/user/12", "/profile/9", "/members/sam.4/").
_MEMBER = re.compile(r"/(?:u|users?|profiles?|members?|authors?)/")
_NOT_TEXT = frozenset(("a", "script", "style", "noscript", "button", "option", "label", "time"))


def _same_shape(one: HtmlElement, two: HtmlElement) -> bool:
    if one.tag != two.tag:
        return False
    a = set((one.get("class") or "").lower().split())
    b = set((two.get("class") or "").lower().split())
    return not (a or b) or 2 * len(a & b) >= len(a | b)


def _prose_between(page: Page, lo: int, hi: int) -> int:
    """Characters of text in ``elements[lo:hi]`` outside links, scripts and controls (a
    story's text, in paragraphs or lines broken by ``<br>``), counted up to a bound."""
    size = 0
    tags = page.tags
    els = page.elements
    for k in range(lo, hi):
        el = els[k]
        if tags[k] not in _NOT_TEXT and el.text:
            size += len(el.text.strip())
        if el.tail:
            size += len(el.tail.strip())
        if size > _MAX_BETWEEN:
            break
    return size


def opening_post(page: Page, comments: list[Comment], read: list[HtmlElement]) -> bool:
    """Whether the first comment read is the opening post of a thread (see the module)."""
    if len(read) < 2 or not page.h1 or comments[0].parent_id is not None:
        return False
    first = read[0]
    if len(comments[0].text) < _MIN_TEXT or not _same_shape(first, read[1]):
        return False
    if comments[0].id is not None and any(c.parent_id == comments[0].id for c in comments):
        return False  # a comment answered in a nested reply is a reader's comment
    day = comments[0].date_published
    if day is not None and any(
        c.date_published is not None and str(c.date_published)[:19] < str(day)[:19]
        for c in comments[1:]
    ):
        return False
    els = page.elements
    at = els.index(first)
    heads = [h for h in page.h1 if first not in h.iterancestors()]
    if not heads:
        return False
    head_at = els.index(heads[0])
    if head_at >= at:
        return False
    if _prose_between(page, head_at + 1, at) > _MAX_BETWEEN:
        return False
    writer = comments[0].author
    return writer is None or not _other_writer(page, head_at + 1, at, writer.name)


def _other_writer(page: Page, lo: int, hi: int, name: str) -> bool:
    """Whether a link to a member's page between the headline and the post names someone
    else than the post's writer (a link post's submitter, whose post has no text)."""
    tags = page.tags
    for k in range(lo, hi):
        if tags[k] != "a":
            continue
        link = page.elements[k]
        href = (link.get("href") or "").lower()
        if _MEMBER.search(href) is None:
            continue
        shown = "".join(link.itertext()).strip()
        if shown and name not in shown and shown not in name:
            return True
    return False
