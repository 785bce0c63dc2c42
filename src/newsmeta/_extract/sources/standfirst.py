"""The standfirst printed under the headline, read as the description when the page's
metadata gives none (a fallback: run only when no other source gave a description).

Blogs, magazines and institutions' news pages often print a short lead right after the
``<h1>`` in a block classed as one ("article-excerpt", "post-description", "lead",
"documentDescription", "teaser-text") while their ``<head>`` holds no description. Only the
few element siblings after the page's content headline are looked at (the headline's own
wrapper when it holds nothing else), and only a block whose class names a lead.
"""

from __future__ import annotations

import re

from lxml.html import HtmlElement

from newsmeta._extract._candidates import Candidate
from newsmeta._extract._page import Page, element_text, locator
from newsmeta._extract.sources.headline import content_h1
from newsmeta._models import SourceKind

__all__ = ["candidates"]

# A class or id naming the block a lead (one concept: the standfirst's names across themes
# and languages); the words stand whole or at a hyphen/underscore/camel boundary.
_LEAD_CLASS = re.compile(
    r"(?:^|[\s_-]|(?<=[a-z])(?=[A-Z]))(?:excerpt|standfirst|description|Description|lead|"
    r"lede|teaser|intro|summary|subtitle|subheadline|dek|deck|chapo|chapeau|sapo|"
    r"entradilla|vorspann|anriss|perex|abstract)(?:$|[\s_-]|(?=[A-Z]))"
)
# Blocks that are not a lead whatever their class says.
_NOT_LEAD = re.compile(
    r"(?:^|[\s_-])(?:read-?more|more|meta|byline|author|share|tags?)(?:$|[\s_-])"
)
_MAX_STEPS = 4
_MIN_LEAD = 40
_MAX_LEAD = 400


def candidates(page: Page) -> list[Candidate]:
    h1 = content_h1(page)
    if h1 is None:
        return []
    anchor = h1
    parent = h1.getparent()
    # A headline alone in its wrapper ("<div class=header><h1>…</h1></div>"): the lead is
    # the wrapper's sibling.
    if parent is not None and len(parent) == 1 and parent.tag in ("div", "span", "hgroup"):
        anchor = parent
    sib = anchor.getnext()
    steps = 0
    while sib is not None and steps < _MAX_STEPS:
        steps += 1
        if not isinstance(sib.tag, str):
            sib = sib.getnext()
            continue
        if sib.tag in ("h1", "h2", "article", "section", "ul", "ol", "table", "form"):
            break
        found = _lead(sib)
        if found is not None:
            return [found]
        sib = sib.getnext()
    return []


def _lead(el: HtmlElement) -> Candidate | None:
    key = f"{el.get('class') or ''} {el.get('id') or ''}"
    if not key.strip() or _LEAD_CLASS.search(key) is None or _NOT_LEAD.search(key.lower()):
        return None
    if len(el.findall(".//a")) > 1:
        return None
    text = element_text(el, _MAX_LEAD + 1)
    if not (_MIN_LEAD <= len(text) <= _MAX_LEAD):
        return None
    return Candidate(
        field="description",
        value=text,
        source=SourceKind.VISIBLE_TEXT,
        locator=locator(el),
        raw=text,
        confidence=0.5,
    )
