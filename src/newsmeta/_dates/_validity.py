"""The one rule that decides whether a date can be a page's date.

A date is *possible* when it is a real calendar date, not before :data:`EARLIEST_YEAR`
and not after ``now`` plus :data:`FUTURE_TOLERANCE`. Every date source and the merge call
:func:`date_problem`; a value it refuses is kept in ``provenance.rejected`` with the reason.
"""

from __future__ import annotations

import datetime as _dt

__all__ = [
    "EARLIEST_YEAR",
    "FUTURE_TOLERANCE",
    "calendar_date",
    "date_problem",
    "latest_possible",
]

EARLIEST_YEAR = 1995
"""No page date before 1 January of this year (the web had few news pages before it;
what comes earlier is a placeholder such as 1970-01-01 or 1900-01-01)."""

FUTURE_TOLERANCE = _dt.timedelta(days=1)
"""How far after ``now`` a date may lie: time zones (UTC+14 is a day ahead of UTC-10) and
clocks that are a little off. Anything later is a scheduled event or a typo."""

_UTC = _dt.timezone.utc
_MAX = _dt.datetime.max.replace(tzinfo=_UTC)


def latest_possible(now: _dt.datetime) -> _dt.datetime:
    """``now + FUTURE_TOLERANCE`` as an aware datetime, saturating at ``datetime.max``."""
    aware = now if now.utcoffset() is not None else now.replace(tzinfo=_UTC)
    try:
        return aware + FUTURE_TOLERANCE
    except OverflowError:
        return _MAX


def calendar_date(year: int, month: int, day: int) -> _dt.date | None:
    """The date ``year-month-day`` when it exists on the calendar (no 30 February)."""
    try:
        return _dt.date(year, month, day)
    except (ValueError, OverflowError):
        return None


def date_problem(value: object, now: _dt.datetime | _dt.date | None) -> str | None:
    """Why ``value`` cannot be a page's date, or None when it can.

    ``value`` is a ``date`` or ``datetime`` (a naive one is read as UTC; a date as its
    whole day). ``now`` (a date means its midnight UTC) bounds the future side; with
    ``now=None`` only the calendar and :data:`EARLIEST_YEAR` are checked.
    """
    if not isinstance(value, _dt.date):
        return "not a date"
    if value.year < EARLIEST_YEAR:
        return f"before {EARLIEST_YEAR}"
    if now is None:
        return None
    if not isinstance(now, _dt.datetime):
        now = _dt.datetime(now.year, now.month, now.day, tzinfo=_UTC)
    limit = latest_possible(now)
    if isinstance(value, _dt.datetime):
        moment = value if value.utcoffset() is not None else value.replace(tzinfo=_UTC)
        if moment > limit:
            return f"after now ({now.isoformat()}) + {FUTURE_TOLERANCE.days} day"
        return None
    if value > limit.date():
        return f"after now ({now.isoformat()}) + {FUTURE_TOLERANCE.days} day"
    return None
