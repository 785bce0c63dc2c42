"""The writer named in a post's meta line of dot-separated facts, with no "By":
"January 15, 2024 · 6 min · Paul Mercier" (Hugo's PaperMod and many blog themes),
"Jane Doe · 5 min read · Mar 3, 2024".

Read only from the few elements after the headline (the byline zone) whose own text holds a
middle dot, and only when one of its parts is a reading time: the line is then the post's
meta line, and the one part that reads as a name (no digits, two to four capitalised words)
is its writer. A part that is a link's whole text is a tag or a category, not the writer.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from lxml.html import HtmlElement

from newsmeta._extract._authored import byline_candidate
from newsmeta._extract._candidates import Candidate
from newsmeta._extract._page import element_text
from newsmeta._extract._values import byline_authors

__all__ = ["meta_line_authors"]

_SEPARATORS = re.compile(r"\s*[·•]\s*")
# A reading time: a number and a minute word ("6 min", "5 min read", "8 Min. Lesezeit",
# "3 min di lettura", "4 minutos de lectura").
_READING_TIME = re.compile(
    r"^\d{1,3}\s*(?:min\b|mins\b|minutes?\b|minuten\b|minuti\b|minutos\b)", re.I
)
_MAX_LINE = 160
_MAX_LOOKED = 12


def _printed_name(part: str) -> bool:
    """Two to four capitalised words, as a writer's name is printed (not a handle, "iris")."""
    words = part.split()
    return 2 <= len(words) <= 4 and all(word[0].isupper() for word in words)


def meta_line_authors(zone: Sequence[HtmlElement]) -> list[Candidate]:
    """The writer of the first meta line among the first elements of ``zone``."""
    for el in zone[:_MAX_LOOKED]:
        if not isinstance(el.tag, str) or el.tag not in ("div", "p", "span", "small", "li"):
            continue
        own = el.text or ""
        if "·" not in own and not any("·" in (child.tail or "") for child in el):
            continue
        text = element_text(el, _MAX_LINE + 1)
        if len(text) > _MAX_LINE:
            continue
        parts = [p for p in _SEPARATORS.split(text) if p]
        if not 2 <= len(parts) <= 5 or not any(_READING_TIME.match(p) for p in parts):
            continue
        named = [p for p in parts if not any(ch.isdigit() for ch in p)]
        if len(named) != 1 or not _printed_name(named[0]):
            continue
        if any(element_text(a, 100) == named[0] for a in el.iter("a")):
            continue  # a linked part is a tag or a category ("· <a>Machine Learning</a>")
        authors = byline_authors("By " + named[0])
        if not authors or len(authors) > 3:
            continue
        return [byline_candidate(authors, el, text, 0.55)]
    return []
