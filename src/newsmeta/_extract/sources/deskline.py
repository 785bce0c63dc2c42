"""A desk's byline printed alone, with no "by" before it ("La Rédaction", "Redaktion",
"Redacción", "Newsroom", "The Editorial Team").

Many sites sign unsigned pieces with the newsroom's name on the byline's own line. The "By
…" line reader never opens such a line, and a desk is no person's name. Read only near the
headline (the first elements of the byline zone), only when no byline was found, and only a
short element whose whole text is a desk's name: the desk is credited as an organisation.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from lxml.html import HtmlElement

from newsmeta._extract._authored import byline_candidate
from newsmeta._extract._candidates import Candidate
from newsmeta._extract._page import element_text
from newsmeta._models import Author, AuthorKind

__all__ = ["desk_line"]

_MAX_LOOKED = 12
_MAX_LINE = 40
_TAGS = frozenset(("div", "p", "span", "small", "strong", "b", "em", "a", "address"))
# The desk's name, alone: its article, at most one word before it ("Die Redaktion", "The
# Editorial Team", "La Rédaction", "Redacción"), no more.
_DESK_ALONE = re.compile(
    r"^(?:(?:la|el|die|de|the|a|il|la)\s+)?(?:[^\W\d_][\w'’.-]*\s+)?"
    r"(?:r[ée]daction|redaktion|redacci[oó]n|redazione|redactie|reda[cç][aã]o|newsroom|"
    r"editorial\s+(?:team|staff|board)|news\s+desk|newsdesk)$",
    re.I,
)
# The first letters a desk's name can start with: other lines pay one set test.
_FIRST = frozenset("lLeEdDtTaAiIrRnN")


def desk_line(zone: Sequence[HtmlElement]) -> list[Candidate]:
    """The desk named alone on one of the first elements of ``zone``."""
    for el in zone[:_MAX_LOOKED]:
        if not isinstance(el.tag, str) or el.tag not in _TAGS:
            continue
        own = (el.text or "").strip()
        if not own or own[0] not in _FIRST or len(own) > _MAX_LINE:
            continue
        text = element_text(el, _MAX_LINE + 1)
        if len(text) > _MAX_LINE or _DESK_ALONE.match(text) is None:
            continue
        author = Author(name=text, kind=AuthorKind.ORGANIZATION)
        return [byline_candidate((author,), el, text, 0.5)]
    return []
