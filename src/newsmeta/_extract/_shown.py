"""Whether a value that metadata gives is shown anywhere on the page (authors, titles).

JSON-LD is invisible: its ``author`` is what the CMS recorded (often the account that
uploaded the page), not necessarily a byline the reader sees. A name that appears nowhere
in the page's visible text (nor as an image's ``alt``, an author photo) is not printed as
the article's byline.

A metadata title is tested the same way (:func:`shown_text`): an SEO variant or an older
headline kept in the metadata is not what the reader sees.

The test is two C-level XPath searches at most for the name's last word (as written, capitalised
and in capitals), each hit checked for a hidden ancestor: linear in the page, run only for
structured-data authors.
"""

from __future__ import annotations

import re

import lxml.etree
from lxml.html import HtmlElement

from newsmeta._extract._page import Page

__all__ = ["shown", "shown_text"]

_TEXT_WITH = lxml.etree.XPath(
    "descendant::text()[contains(., $a) or contains(., $b) or contains(., $c)]"
)
_ALT_WITH = lxml.etree.XPath(
    "descendant::img[contains(@alt, $a) or contains(@alt, $b) or contains(@alt, $c)][1]"
)
_TEXT_HAS = lxml.etree.XPath("descendant::text()[contains(., $part)]")
# The same searches stopping at the first hit (in document order), and an element's whole
# text (every text node under it, joined): a form found in no text node's run of the joined
# text is in no text node either, so one C-level substring test answers most searches.
_FIRST_WITH = lxml.etree.XPath(
    "descendant::text()[contains(., $a) or contains(., $b) or contains(., $c)][1]"
)
_FIRST_HAS = lxml.etree.XPath("descendant::text()[contains(., $part)][1]")
_FIRST = {_TEXT_WITH: _FIRST_WITH, _TEXT_HAS: _FIRST_HAS}
_STRING = lxml.etree.XPath("string()", smart_strings=False)
_HIDDEN = frozenset({"script", "style", "template", "noscript", "title", "head", "textarea"})
_WORDS = re.compile(r"[^\W\d_]{2,}")
_RUNS = re.compile(r"[^\W_]+(?: [^\W_]+)*")
_MAX_HITS = 50
_PROBE = 24


def _visible(hit: object) -> bool:
    """Whether a text node found by XPath sits outside scripts, styles and the head."""
    parent = hit.getparent() if hasattr(hit, "getparent") else None
    if getattr(hit, "is_tail", False) and isinstance(parent, HtmlElement):
        parent = parent.getparent()  # a tail belongs to the element's parent
    steps = 0
    while isinstance(parent, HtmlElement) and steps < 200:
        if parent.tag in _HIDDEN:
            return False
        parent = parent.getparent()
        steps += 1
    return True


def _printed(page: Page, root: HtmlElement, query: lxml.etree.XPath, **forms: str) -> bool:
    """Whether ``query`` finds a text node in ``root`` that sits outside hidden elements
    (among its first :data:`_MAX_HITS` hits).

    Answered without the node search when no form is in ``root``'s text at all, and by the
    first hit alone when that one is visible.
    """
    text = _joined(page, root)
    if not any(form in text for form in forms.values()):
        return False
    first = _FIRST[query](root, **forms)
    if not isinstance(first, list) or not first:
        return False
    if _visible(first[0]):
        return True
    hits = query(root, **forms)
    return isinstance(hits, list) and any(_visible(hit) for hit in hits[:_MAX_HITS])


def _joined(page: Page, root: HtmlElement) -> str:
    """All the text under ``root``, joined (once per page and element)."""
    memo: dict[HtmlElement, str] = page.cached("shown-joined", lambda _: {})
    text = memo.get(root)
    if text is None:
        found = _STRING(root)
        text = memo[root] = found if isinstance(found, str) else ""
    return text


def shown(page: Page, name: str, near: HtmlElement | None = None) -> bool:
    """Whether ``name``'s last word is printed in the page's visible text or an image's alt.

    ``near`` (the article's element) is searched first: a byline is usually there, and the
    whole page is then searched only when it is not.
    """
    memo: dict[str, bool] = page.cached("shown-names", lambda _: {})
    found = memo.get(name)
    if found is None:
        found = memo[name] = _search(page, name, near)
    return found


def _search(page: Page, name: str, near: HtmlElement | None) -> bool:
    body = page.body
    words = _WORDS.findall(name)
    if body is None or not words:
        return True  # nothing to test against: no reason to doubt the name
    last = words[-1]
    forms = {"a": last, "b": last.capitalize(), "c": last.upper()}
    for root in (near, body) if near is not None else (body,):
        if _printed(page, root, _TEXT_WITH, **forms):
            return True
        alt = _ALT_WITH(root, **forms)
        if isinstance(alt, list) and alt:
            return True
    return False


def shown_text(page: Page, text: str, near: tuple[HtmlElement | None, ...] = ()) -> bool:
    """Whether the page's visible text prints ``text``: its longest run of plain words (no
    punctuation, which pages print in other forms: dashes, quotes), up to 24 characters.

    The elements in ``near`` (the article's header and text) are searched before the page.
    """
    body = page.body
    runs = _RUNS.findall(" ".join(text.split()))
    if body is None or not runs:
        return True
    probe = max(runs, key=len)
    if len(probe) > _PROBE:
        probe = probe[:_PROBE].rsplit(" ", 1)[0]
    for root in (*near, body):
        if root is None:
            continue
        if _printed(page, root, _TEXT_HAS, part=probe):
            return True
    return False
