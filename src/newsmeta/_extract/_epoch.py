"""Unix timestamps in structured data: ``"datePublished": 1676551869`` (or in milliseconds).

A JSON number where a date belongs has one reading: seconds since 1970-01-01 UTC, or
milliseconds when it is too large to be seconds (13 digits rather than 10). Only JSON
numbers are read so (a string of digits may be a compact ``YYYYMMDD`` date, read elsewhere).
"""

from __future__ import annotations

import datetime as _dt
import math

__all__ = ["epoch_date"]

# Seconds below 10**11 (the year 5138); milliseconds from there up to 10**14.
_SECONDS_BELOW = 10**11
_MILLIS_BELOW = 10**14
# The years a page's own date can have (as for every other structured-data date).
_FIRST = _dt.datetime(1990, 1, 1, tzinfo=_dt.timezone.utc).timestamp()
_LAST = _dt.datetime(2100, 1, 1, tzinfo=_dt.timezone.utc).timestamp()


def epoch_date(value: object) -> tuple[_dt.datetime, str] | None:
    """``(UTC datetime, "second")`` for a JSON number read as a Unix timestamp, else None."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    if isinstance(value, float) and not math.isfinite(value):
        return None
    if not 0 < value < _MILLIS_BELOW:  # compared before float(): a huge int cannot convert
        return None
    seconds = float(value)
    if seconds >= _SECONDS_BELOW:
        if seconds >= _MILLIS_BELOW:
            return None
        seconds /= 1000
    if not _FIRST <= seconds < _LAST:
        return None
    moment = _dt.datetime.fromtimestamp(int(seconds), tz=_dt.timezone.utc)
    return moment, "second"
