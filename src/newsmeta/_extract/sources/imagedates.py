"""Dates in the address of the page's own image: the last resort for a publication day.

CMSs file uploads by day (``/files/2016/05/04/report.png``): the lead image of a page no
other source dates was usually uploaded when the page was written. Runs only when every
other source left ``date_published`` without a day (see ``FALLBACKS``).
"""

from __future__ import annotations

from newsmeta._dates._validity import date_problem
from newsmeta._extract._candidates import Candidate
from newsmeta._extract._page import Page
from newsmeta._extract.sources.url import path_date
from newsmeta._models import SourceKind

__all__ = ["candidates"]

_IMAGE_METAS = frozenset({"og:image", "og:image:url", "og:image:secure_url", "twitter:image"})


def candidates(page: Page) -> list[Candidate]:
    for meta in page.metas:
        name = (meta.get("property") or meta.get("name") or "").lower()
        if name not in _IMAGE_METAS:
            continue
        address = (meta.get("content") or "").strip()
        if not address or len(address) > 2000:
            continue
        found = path_date(address)
        if found is None:
            continue
        day, _ = found
        if date_problem(day, page.now) is not None:
            continue
        return [
            Candidate(
                field="date_published",
                value=day,
                source=SourceKind.URL,
                locator=f'//meta[@property="{name}"]/@content',
                raw=address[:200],
                confidence=0.2,
                precision="day",
            )
        ]
    return []
