"""A comment's day printed with no year ("Aug 21", "21. August", "3 de mayo").

Comment systems that show dates relative to the reader (Discourse, many forum themes) print
the month and day alone for a post of the current year, and add the year only to older
posts. So a day with no year is read the way a relative label is: against the clock the
caller passed (``now=``): the most recent such day that is not after it. Without ``now``
it is read against the story's own day, as its metadata states it (``article:published_time``
or JSON-LD ``datePublished``): comments follow their story, so the first such day on or
after it (Substack prints "Jun 3" under a story of 3 June 2024). With neither, no date is
given.
"""

from __future__ import annotations

import datetime as _dt
import re

from newsmeta._dates._lexicon import MONTHS
from newsmeta._extract._jsonld_data import nodes
from newsmeta._extract._page import Page
from newsmeta._extract._values import to_date
from newsmeta._models import DateValue

__all__ = ["story_day", "yearless_day", "yearless_shape"]

# The whole (short) label: a month word and a day, either order ("Aug 21", "August 21st",
# "21 Aug", "21. August", "21 de agosto"), nothing else.
_MONTH_DAY = re.compile(
    r"^(?:(?P<m1>[^\W\d_]{3,12})\.?\s+(?P<d1>\d{1,2})(?:st|nd|rd|th)?|"
    r"(?P<d2>\d{1,2})(?:\.|st|nd|rd|th|er)?\s+(?:de\s+)?(?P<m2>[^\W\d_]{3,12})\.?)$"
)
_MAX_LABEL = 24


def yearless_shape(text: str) -> bool:
    """Whether ``text`` is a month word and a day alone (before any metadata is read)."""
    return len(text) <= _MAX_LABEL and _MONTH_DAY.match(text.strip()) is not None


def yearless_day(
    text: str, now: _dt.datetime | None, story: _dt.date | None = None
) -> _dt.date | None:
    """The day a yearless label names, the latest not after ``now``, or without ``now`` the
    first on or after the ``story``'s day (None without either, or when the label is not a
    month and a day alone)."""
    if (now is None and story is None) or len(text) > _MAX_LABEL:
        return None
    match = _MONTH_DAY.match(text.strip())
    if match is None:
        return None
    word = (match.group("m1") or match.group("m2")).lower()
    month = MONTHS.get(word)
    if month is None:
        return None
    day = int(match.group("d1") or match.group("d2"))
    if now is None:
        assert story is not None
        return _on_or_after(story, month, day)
    today = now.date()
    for year in (today.year, today.year - 1):
        try:
            found = _dt.date(year, month, day)
        except ValueError:
            continue  # 29 February of a common year, 31 April …
        if found <= today:
            return found
    return None


def _on_or_after(story: _dt.date, month: int, day: int) -> _dt.date | None:
    for year in (story.year, story.year + 1):
        try:
            found = _dt.date(year, month, day)
        except ValueError:
            continue
        if found >= story:
            return found
    return None


# The metadata that states the story's own day.
_STORY_DAY_KEYS = frozenset({"article:published_time", "datepublished", "og:published_time"})


def story_day(page: Page) -> _dt.date | None:
    """The story's day as its metadata states it (read once a page, on a comment page with
    a yearless comment day only)."""
    found: _dt.date | None = page.cached("comment-story-day", _story_day)
    return found


def _story_day(page: Page) -> _dt.date | None:
    lang = page.html_lang
    for meta in page.metas:
        key = meta.get("property") or meta.get("name") or meta.get("itemprop") or ""
        if key.lower() in _STORY_DAY_KEYS:
            got = to_date(meta.get("content"), lang)
            if got is not None:
                return _as_day(got[0])
    for node in nodes(page):
        value = node.data.get("datePublished")
        if isinstance(value, str):
            got = to_date(value, lang)
            if got is not None:
                return _as_day(got[0])
    return None


def _as_day(value: DateValue) -> _dt.date:
    return value.date() if isinstance(value, _dt.datetime) else value
