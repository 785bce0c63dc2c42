"""A comment's day printed with no year ("Aug 21", "21. August", "3 de mayo").

Comment systems that show dates relative to the reader (Discourse, many forum themes) print
the month and day alone for a post of the current year, and add the year only to older
posts. So a day with no year is read the way a relative label is: against the clock the
caller passed (``now=``): the most recent such day that is not after it. Without ``now``
there is no clock to read it against, and no date is given.
"""

from __future__ import annotations

import datetime as _dt
import re

from newsmeta._dates._lexicon import MONTHS

__all__ = ["yearless_day"]

# The whole (short) label: a month word and a day, either order ("Aug 21", "August 21st",
# "21 Aug", "21. August", "21 de agosto"), nothing else.
_MONTH_DAY = re.compile(
    r"^(?:(?P<m1>[^\W\d_]{3,12})\.?\s+(?P<d1>\d{1,2})(?:st|nd|rd|th)?|"
    r"(?P<d2>\d{1,2})(?:\.|st|nd|rd|th|er)?\s+(?:de\s+)?(?P<m2>[^\W\d_]{3,12})\.?)$"
)
_MAX_LABEL = 24


def yearless_day(text: str, now: _dt.datetime | None) -> _dt.date | None:
    """The day a yearless label names, the latest not after ``now`` (None without a clock
    or when the label is not a month and a day alone)."""
    if now is None or len(text) > _MAX_LABEL:
        return None
    match = _MONTH_DAY.match(text.strip())
    if match is None:
        return None
    word = (match.group("m1") or match.group("m2")).lower()
    month = MONTHS.get(word)
    if month is None:
        return None
    day = int(match.group("d1") or match.group("d2"))
    today = now.date()
    for year in (today.year, today.year - 1):
        try:
            found = _dt.date(year, month, day)
        except ValueError:
            continue  # 29 February of a common year, 31 April …
        if found <= today:
            return found
    return None
