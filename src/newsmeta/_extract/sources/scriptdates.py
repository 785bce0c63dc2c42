"""Publication dates in the page's JSON data blocks: a fallback for a publication day.

Script-rendered pages keep the item they show in a JSON data block
(``<script type="application/json">``) instead of JSON-LD: ``"publishedDate":
"2016-11-04T20:37:27Z"`` in a review page's initial state, ``"published_at"`` in a
product's state. Runs only when no other source gave ``date_published`` a day (see
``FALLBACKS``); only keys that name a publication are read, the first possible value wins,
and its confidence is low (which item of the state the key belongs to is not known).
Executable scripts are never read (what code would do with a string is not known: see
``tests/hostile/test_hostile_scripts.py``); JSON-LD blocks are the JSON-LD source's.
"""

from __future__ import annotations

import re

from newsmeta._dates._validity import date_problem
from newsmeta._extract._candidates import Candidate
from newsmeta._extract._page import Page, locator
from newsmeta._extract._values import to_date
from newsmeta._models import SourceKind

__all__ = ["MAX_PARSES", "MAX_SCRIPTS", "MAX_SCRIPT_CHARS", "candidates"]

MAX_SCRIPTS = 40
"""JSON data blocks read per page."""
MAX_SCRIPT_CHARS = 2_000_000
"""Script text searched per page, in all."""
MAX_PARSES = 20
"""Values handed to the date parser per page (a script of impossible dates costs 20)."""
CONFIDENCE = 0.35

# "published_at": "2019-03-02T06:22:28+01:00", also escaped inside a JSON string
# (\"publishedDate\":\"…\") and as a JavaScript object key (publishDate: '…').
_KEY = re.compile(
    r"""\\?["']?(datePublished|publishedDate|published_at|publishedAt|publishDate|"""
    r"""publish_date|published_date|publicationDate|publication_date|firstPublishedAt|"""
    r"""first_published_at|firstPublishDate)\\?["']?\s*:\s*\\?["']"""
    r"""((?:19|20)\d\d-\d\d-\d\d[0-9T:.+\-Z ]{0,24})\\?["']"""
)


def candidates(page: Page) -> list[Candidate]:
    budget = MAX_SCRIPT_CHARS
    parses = MAX_PARSES
    read = 0
    for el, tag in zip(page.elements, page.tags):
        if tag != "script":
            continue
        kind = (el.get("type") or "").lower()
        if "json" not in kind or "ld+json" in kind:
            continue
        text = el.text
        if not text:
            continue
        read += 1
        if read > MAX_SCRIPTS or budget <= 0:
            break
        text = text[:budget]
        budget -= len(text)
        for match in _KEY.finditer(text):
            parses -= 1
            if parses < 0:
                return []
            parsed = to_date(match.group(2).strip())
            if parsed is None or parsed[1] in ("year", "month"):
                continue
            if date_problem(parsed[0], page.now) is not None:
                continue
            return [
                Candidate(
                    field="date_published",
                    value=parsed[0],
                    source=SourceKind.CONTENT,
                    locator=f"{locator(el)}#{match.group(1)}",
                    raw=match.group(0)[:200],
                    confidence=CONFIDENCE,
                    precision=parsed[1],
                )
            ]
    return []
