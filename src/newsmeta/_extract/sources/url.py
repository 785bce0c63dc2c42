"""The page's address (its URL, else ``og:url`` or the canonical link) as weak date evidence.

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
        if match is None:
            return None
        return _dt.date(int(match[3]), int(match[2]), int(match[1])), match.group(0)
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
        found = path_date(address)
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
