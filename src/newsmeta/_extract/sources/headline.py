"""The visible headline: ``<h1>`` elements and hAtom ``entry-title``/``headline`` classes."""

from __future__ import annotations

import re

from lxml.html import HtmlElement

from newsmeta._extract._candidates import Candidate
from newsmeta._extract._page import Page, element_text, locator
from newsmeta._models import SourceKind

__all__ = ["candidates", "in_boilerplate"]

_TITLE_CLASS = re.compile(
    r"(?:^|[\s_-])(?:entry-title|post-title|article-title|story-title|headline|"
    r"article-headline|page-title|title)(?:$|[\s_-])"
)
_BOILERPLATE = re.compile(
    r"(?:^|[\s_-])(?:nav|navbar|menu|sidebar|footer|header-top|masthead|site-title|logo|"
    r"widget|related|promo|teaser|newsletter|cookie|modal|popup|comment|comments|respond|"
    r"breadcrumbs?|share|social|ad|ads|advert|banner)(?:$|[\s_-])"
)
_MAIN_HINT = re.compile(r"(?:^|[\s_-])(?:article|post|entry|story|content|main|hentry)(?:$|[\s_-])")
_MAX_TITLE = 300


def in_boilerplate(el: HtmlElement, depth: int = 12) -> bool:
    """True when an ancestor (or the element) is navigation, sidebar, footer, comments…"""
    node: HtmlElement | None = el
    steps = 0
    while node is not None and steps < depth:
        tag = node.tag
        if tag in ("nav", "footer", "aside"):
            return True
        if tag in ("article", "main", "body"):
            return False
        key = f"{node.get('class') or ''} {node.get('id') or ''}".lower()
        if key.strip() and _BOILERPLATE.search(key):
            return True
        node = node.getparent()
        steps += 1
    return False


def _in_main(el: HtmlElement, depth: int = 15) -> bool:
    node: HtmlElement | None = el.getparent()
    steps = 0
    while node is not None and steps < depth:
        if node.tag in ("article", "main"):
            return True
        key = f"{node.get('class') or ''} {node.get('id') or ''}".lower()
        if key.strip() and _MAIN_HINT.search(key):
            return True
        node = node.getparent()
        steps += 1
    return False


def _candidate(el: HtmlElement, confidence: float, source: SourceKind) -> Candidate | None:
    text = element_text(el, _MAX_TITLE + 50)
    if not text or len(text) > _MAX_TITLE or len(text) < 3:
        return None
    return Candidate(
        field="title",
        value=text,
        source=source,
        locator=locator(el),
        raw=text,
        confidence=confidence,
    )


def candidates(page: Page) -> list[Candidate]:
    out: list[Candidate] = []
    h1s = [el for el in page.h1 if not in_boilerplate(el)]
    for i, el in enumerate(h1s[:5]):
        conf = 0.62 if len(h1s) == 1 else 0.5 - 0.05 * i
        if _in_main(el):
            conf += 0.05
        cand = _candidate(el, conf, SourceKind.VISIBLE_TEXT)
        if cand is not None:
            out.append(cand)
    seen = {id(el) for el in page.h1}
    count = 0
    for el, key in page.hinted:
        if count >= 5:
            break
        if id(el) in seen or el.tag not in ("h1", "h2", "h3", "div", "span", "p", "header"):
            continue
        if not _TITLE_CLASS.search(key) or in_boilerplate(el):
            continue
        source = SourceKind.HATOM if "entry-title" in key else SourceKind.VISIBLE_TEXT
        conf = 0.55 if el.tag in ("h1", "h2") else 0.4
        cand = _candidate(el, conf, source)
        if cand is not None:
            out.append(cand)
            count += 1
    return out
