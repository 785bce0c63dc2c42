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
# Editorial Team", "La Rédaction", "Redacción"), no more; or after a "by" word and a
# possessive or article ("Von unserer Redaktion", "De notre rédaction", "Por la redacción",
# "Di redazione", "From staff reports"); one qualifier may follow ("Redacción digital").
_DESK_ALONE = re.compile(
    r"^(?:(?P<by>(?:von|de|di|da|por|par|from)\s+(?:(?:unserer|unsere|der|notre|la|nostra|"
    r"nuestra|our|the|della|do|da)\s+)?)|(?:la|el|die|de|the|a|il)\s+)?"
    r"(?P<desk>(?:[^\W\d_][\w'’.-]*\s+)?"
    r"(?:r[ée]daction|redaktion|redacci[oó]n|redazione|redactie|reda[cç][aã]o|newsroom|"
    r"editorial\s+(?:team|staff|board)|news\s+desk|newsdesk|"
    r"staff\s+(?:and\s+wire\s+)?reports|wire\s+reports)"
    r"(?:\s+(?:digital|online|web|central|local|nacional|national))?)$",
    re.I,
)
# The first letters a desk's name can start with: other lines pay one set test.
_FIRST = frozenset("lLeEdDtTaAiIrRnNfFvVpPsSwW")


def desk_line(zone: Sequence[HtmlElement]) -> list[Candidate]:
    """The desk named alone on one of the first elements of ``zone``."""
    for el in zone[:_MAX_LOOKED]:
        if not isinstance(el.tag, str) or el.tag not in _TAGS:
            continue
        own = (el.text or "").strip()
        if not own or own[0] not in _FIRST or len(own) > _MAX_LINE:
            continue
        text = element_text(el, _MAX_LINE + 1)
        found = _DESK_ALONE.match(text) if len(text) <= _MAX_LINE else None
        if found is None:
            continue
        name = text
        if found.group("by") is not None:
            desk = found.group("desk")  # "Von unserer Redaktion": the desk, "Redaktion"
            name = desk[:1].upper() + desk[1:]
        author = Author(name=name, kind=AuthorKind.ORGANIZATION)
        return [byline_candidate((author,), el, text, 0.5)]
    return []
