"""The copyright holder in the footer ("© 2023 Jonathan Krase"): confirming evidence.

Weak alone, it confirms an author another source names (a blog's ``<meta name=author>``).
It runs as a fallback, only when author candidates exist and none is strong alone.
"""

from __future__ import annotations

import re

from newsmeta._extract._candidates import Candidate
from newsmeta._extract._page import Page, element_text
from newsmeta._extract._values import byline_authors
from newsmeta._extract.sources.byline import byline_candidate

__all__ = ["candidates"]

_COPYRIGHT = re.compile(
    r"(?:©|\(c\)|copyright)\s*(?:\(c\)\s*)?(?:\d{4}\s*(?:[-–—]\s*(?:\d{4})?)?)?\s*[,.]?\s*"
    r"(?:by\s+)?([^|·•©\d]{3,60})",
    re.I,
)
# "Jonathan Krase. Impressum": a full stop after a word (not after an initial) ends the name.
_SENTENCE_END = re.compile(r"(?<=\w\w)\.(?:\s|$)")
_FOOTERISH = re.compile(r"footer|copyright|colophon|site-info|site-generator")


def candidates(page: Page) -> list[Candidate]:
    """The copyright holder in the footer: weak evidence, it only confirms another source."""
    targets = [el for el, _ in page.hinted_by(_FOOTERISH)[:6]]
    targets.extend(page.footers[:2])
    for el in targets:
        text = element_text(el, 400)
        match = _COPYRIGHT.search(text) if text else None
        if match is None:
            continue
        holder = _SENTENCE_END.split(match.group(1).strip(), maxsplit=1)[0]
        authors = byline_authors(holder)
        if len(authors) == 1 and " " in authors[0].name:
            return [byline_candidate(authors, el, match.group(0)[:200], 0.35)]
    return []
