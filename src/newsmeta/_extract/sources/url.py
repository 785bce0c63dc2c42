"""The page's address (its URL, else ``og:url`` or the canonical link) as weak date evidence.

Shapes: ``/2023/12/29/``, ``/2023-12-29-`` (also inside the slug, ``-2023-12-29-``),
``/20231229/``, ``/29-12-2023``, the month and the day split by a slash (``/2023/1229/``,
``/202312/29/``, ``/2023-12/29/``), and a query parameter naming a date (``?date=2023-12-29``).
"""

from __future__ import annotations

import datetime as _dt
import re

from newsmeta._dates._validity import date_problem
from newsmeta._extract._candidates import Candidate
from newsmeta._extract._page import Page
from newsmeta._models import SourceKind

__all__ = ["address_date", "candidates", "path_date"]

_PATH_DATE = re.compile(
    r"/((?:19|20)\d{2})[/_-](0?[1-9]|1[0-2])[/_-](0?[1-9]|[12]\d|3[01])(?:[/_.-]|$)"
)
# Shapes read in the page's own address only (an image's file name is named for the day the
# picture was taken as often): a dashed day inside the slug, "-2023-12-29-".
_SLUG_DATE = re.compile(r"[_-]((?:19|20)\d{2})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])(?:[/_.-]|$)")
# The month and the day split by a slash: "/2023/1229/", "/202312/29/", "/2023-12/29/".
_SPLIT = re.compile(
    r"/((?:19|20)\d{2})(?:/(0[1-9]|1[0-2])|-?(0[1-9]|1[0-2])/)(0[1-9]|[12]\d|3[01])(?:[/_.-]|$)"
)
# A query parameter naming a date: "?date=2023-12-29", "&pubdate=20231229".
_QUERY_DATE = re.compile(
    r"[?&][\w-]*date[\w-]*=((?:19|20)\d{2})-?(0[1-9]|1[0-2])-?(0[1-9]|[12]\d|3[01])(?:&|#|$)",
    re.IGNORECASE,
)
_DAY_FIRST = re.compile(
    r"[/_~-](0?[1-9]|[12]\d|3[01])[-_.](0?[1-9]|1[0-2])[-_.]((?:19|20)\d{2})(?:[/_.-]|$)"
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
        if match is not None:
            return _dt.date(int(match[3]), int(match[2]), int(match[1])), match.group(0)
        return None
    except ValueError:
        return None


def address_date(url: str) -> tuple[_dt.date, str] | None:
    """The day the page's own address names: :func:`path_date`'s shapes, then a dashed day
    in the slug, the month and day split by a slash, a date query parameter."""
    found = path_date(url)
    if found is not None:
        return found
    path, _, query = url.partition("?")
    path = path.split("#", 1)[0]
    try:
        match = _SLUG_DATE.search(path)
        if match is not None:
            return _dt.date(int(match[1]), int(match[2]), int(match[3])), match.group(0)
        match = _SPLIT.search(path)
        if match is not None:
            month = match[2] or match[3]
            return _dt.date(int(match[1]), int(month), int(match[4])), match.group(0)
        match = _QUERY_DATE.search("?" + query) if query else None
        if match is not None:
            return _dt.date(int(match[1]), int(match[2]), int(match[3])), match.group(0)
        return None
    except ValueError:
        return None


def _addresses(page: Page) -> list[tuple[str, str]]:
    """The page's own addresses: the URL it was read from, then og:url and the canonical link."""
    out: list[tuple[str, str]] = []
    if page.url:
        out.append((page.url, "url"))
    for meta in page.metas:
        name = (meta.get("property") or meta.get("name") or "").strip().lower()
        if name == "og:url":
            out.append((meta.get("content") or "", '//meta[@property="og:url"]/@content'))
            break
    for link in page.links:
        if "canonical" in (link.get("rel") or "").lower().split():
            out.append((link.get("href") or "", '//link[@rel="canonical"]/@href'))
            break
    return out


def candidates(page: Page) -> list[Candidate]:
    for address, where in _addresses(page):
        if not address or len(address) > 2000:
            continue
        found = address_date(address)
        if found is None:
            continue
        day, raw = found
        if date_problem(day, page.now) is not None:
            continue
        return [
            Candidate(
                field="date_published",
                value=day,
                source=SourceKind.URL,
                locator=where,
                raw=raw,
                confidence=0.3,
                precision="day",
            )
        ]
    return []
