"""The page URL as the weakest date evidence.

Shapes: ``/2023/12/29/``, ``/2023-12-29-``, ``/20231229/``, ``/29-12-2023``.
"""

from __future__ import annotations

import datetime as _dt
import re

from newsmeta._dates._validity import date_problem
from newsmeta._extract._candidates import Candidate
from newsmeta._extract._page import Page
from newsmeta._models import SourceKind

__all__ = ["candidates", "path_date"]

_PATH_DATE = re.compile(
    r"/((?:19|20)\d{2})[/_-](0?[1-9]|1[0-2])[/_-](0?[1-9]|[12]\d|3[01])(?:[/_.-]|$)"
)
_DAY_FIRST = re.compile(
    r"[/_-](0?[1-9]|[12]\d|3[01])[-_.](0?[1-9]|1[0-2])[-_.]((?:19|20)\d{2})(?:[/_.-]|$)"
)
_COMPACT = re.compile(r"[/_-]((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?:[/_.-]|$)")


def path_date(url: str) -> tuple[_dt.date, str] | None:
    """The day a URL's path names, and the matched text (None when it names none)."""
    path = url.split("?", 1)[0].split("#", 1)[0]
    match = _PATH_DATE.search(path) or _COMPACT.search(path)
    try:
        if match is not None:
            return _dt.date(int(match[1]), int(match[2]), int(match[3])), match.group(0)
        match = _DAY_FIRST.search(path)
        if match is None:
            return None
        return _dt.date(int(match[3]), int(match[2]), int(match[1])), match.group(0)
    except ValueError:
        return None


def candidates(page: Page) -> list[Candidate]:
    url = page.url
    if not url or len(url) > 2000:
        return []
    found = path_date(url)
    if found is None:
        return []
    day, raw = found
    if date_problem(day, page.now) is not None:
        return []
    return [
        Candidate(
            field="date_published",
            value=day,
            source=SourceKind.URL,
            locator="url",
            raw=raw,
            confidence=0.3,
            precision="day",
        )
    ]
