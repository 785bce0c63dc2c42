"""Blocks that list when things happen: a timetable, an agenda, a schedule, fixtures, events.

A date printed in such a block is the day of a session, a match or a departure, not the
day the page was written ("<section id="timetable"> … Freitag, 30. März 2020"). The block
is named so by its class or id; a class word is a whole token ("timetable-inner",
"event_schedule", "agenda"; an event listing: "whats-on", "upcoming-events", "event"), never
part of another word. A block that holds the article's
text or headline is never such a block, whatever its class says: an event page whose
wrapper is "agenda-detail" still dates itself by its dateline.

Used by the merge's date refusal (``_engine._date_refusal``): a refused candidate stays in
``Provenance.rejected`` with :data:`REASON`.
"""

from __future__ import annotations

import re

from lxml.html import HtmlElement

from newsmeta._extract._region import Region

__all__ = ["REASON", "in_schedule_block"]

REASON = "in a timetable, agenda or schedule: when something happens, not when it was published"

# Whole class/id tokens (split at spaces, "-" and "_") that name a list of dated events.
_SCHEDULE = re.compile(
    r"(?:^|[\s_-])(?:timetables?|agenda|schedules?|fixtures|spielplan|fahrplan|termine|"
    r"terminkalender|veranstaltungskalender|horaires?|programme|"
    # event listings ("whats-on", "upcoming-events", "veranstaltungen", "evenements")
    r"events?|whats-?on|upcoming|veranstaltungen|[ée]v[ée]nements?|eventos|eventi|"
    r"evenementen)(?:$|[\s_-])"
)
_MAX_STEPS = 12
"""Ancestors looked at above the date (a schedule wraps its rows closely)."""
_MAX_KEYS = 4096
_KEYS: dict[tuple[str | None, str | None], bool] = {}


def _schedule_key(cls: str | None, ident: str | None) -> bool:
    found = _KEYS.get((cls, ident))
    if found is None:
        found = _SCHEDULE.search(f"{cls or ''} {ident or ''}".lower()) is not None
        if len(_KEYS) > _MAX_KEYS:
            _KEYS.clear()
        _KEYS[(cls, ident)] = found
    return found


def in_schedule_block(el: HtmlElement, where: Region | None) -> bool:
    """Whether ``el`` sits in a block named as a timetable, agenda or schedule that does not
    hold the article (``where``: the article's region, when known)."""
    node: HtmlElement | None = el
    for _ in range(_MAX_STEPS):
        if node is None or (where is not None and where.holds_article(node)):
            return False
        tag = node.tag
        if tag in ("body", "html"):
            return False
        cls, ident = node.get("class"), node.get("id")
        if (cls or ident) and _schedule_key(cls, ident):
            return True
        node = node.getparent()
    return False
