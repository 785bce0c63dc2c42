"""Dates in the address of the page's own image: the last resort for a publication day.

CMSs file uploads by day (``/files/2016/05/04/report.png``): the lead image of a page no
other source dates was usually uploaded when the page was written; so was the first dated
``<img>`` of the article. Runs only when every other source left ``date_published`` without
a day (see ``FALLBACKS``).
"""

from __future__ import annotations

import datetime as _dt

from newsmeta._dates._validity import date_problem
from newsmeta._extract._candidates import Candidate
from newsmeta._extract._page import Page, locator
from newsmeta._extract.sources.headline import in_boilerplate
from newsmeta._extract.sources.url import path_date
from newsmeta._models import SourceKind

__all__ = ["candidates"]

_IMAGE_METAS = frozenset({"og:image", "og:image:url", "og:image:secure_url", "twitter:image"})


MAX_IMAGES = 20
"""Body images looked at (the first ones outside navigation, sidebars and footers)."""


def candidates(page: Page) -> list[Candidate]:
    for meta in page.metas:
        name = (meta.get("property") or meta.get("name") or "").lower()
        if name not in _IMAGE_METAS:
            continue
        found = _dated(page, meta.get("content"))
        if found is None:
            continue
        return [_candidate(found, f'//meta[@property="{name}"]/@content', 0.2)]
    return _body_images(page)


def _dated(page: Page, address: str | None) -> tuple[_dt.date, str] | None:
    address = (address or "").strip()
    if not address or len(address) > 2000:
        return None
    found = path_date(address)
    if found is None or date_problem(found[0], page.now) is not None:
        return None
    return found[0], address[:200]


def _candidate(found: tuple[_dt.date, str], where: str, confidence: float) -> Candidate:
    return Candidate(
        field="date_published",
        value=found[0],
        source=SourceKind.URL,
        locator=where,
        raw=found[1],
        confidence=confidence,
        precision="day",
    )


def _body_images(page: Page) -> list[Candidate]:
    """The first dated ``<img>`` of the article (``/uploads/2016/05/04/photo.jpg``)."""
    root = page.body if page.body is not None else page.root
    for seen, img in enumerate(root.iter("img")):
        if seen >= MAX_IMAGES:
            break
        src = img.get("src")
        if not src or src.startswith("data:"):
            # A lazy-loaded image: ``src`` is a placeholder, its address waits in ``data-src``.
            src = img.get("data-src") or img.get("data-lazy-src") or img.get("data-original")
        if not src or in_boilerplate(img):
            continue
        found = _dated(page, src)
        if found is not None:
            return [_candidate(found, f"{locator(img)}/@src", 0.15)]
    return []
