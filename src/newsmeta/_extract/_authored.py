"""The ``authors`` candidate every visible-text author reader returns."""

from __future__ import annotations

from lxml.html import HtmlElement

from newsmeta._extract._candidates import Candidate
from newsmeta._extract._page import locator
from newsmeta._models import Author, SourceKind

__all__ = ["byline_candidate"]


def byline_candidate(
    authors: tuple[Author, ...],
    node: HtmlElement,
    raw: str,
    confidence: float,
    source: SourceKind = SourceKind.VISIBLE_TEXT,
) -> Candidate:
    """An ``authors`` candidate read from ``node``."""
    return Candidate(
        field="authors",
        value=authors,
        source=source,
        locator=locator(node),
        raw=raw,
        confidence=confidence,
    )
