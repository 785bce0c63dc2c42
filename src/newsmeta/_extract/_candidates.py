"""The record every source returns: a candidate value for one Article field, with evidence."""

from __future__ import annotations

from typing import Any

import attrs

from newsmeta._models import Evidence, SourceKind

__all__ = ["FIELDS", "Candidate"]

FIELDS = frozenset(
    {
        # scalar strings
        "title", "description", "site_name", "language", "canonical_url", "image",
        "license", "section", "body",
        # dates (date | datetime)
        "date_published", "date_modified", "date_created",
        # tuples
        "authors",  # tuple[Author, ...]
        "categories", "tags",  # tuple[str, ...]
        "comments",  # tuple[Comment, ...]
        "comment_form_fields",  # tuple[str, ...]
        "based_on",  # str (one candidate per item)
        # others
        "publisher",  # Organization
        "comment_count", "word_count",  # int
        "comments_open",  # bool
        "rating",  # AggregateRating
        "ai_signal",  # AISignal (every one is kept; the disclosure is built from all)
        "date_label",  # str: a relative date label seen near the byline ("7 months ago")
    }
)  # fmt: skip


@attrs.frozen(kw_only=True, slots=True)
class Candidate:
    """One value a source found for ``field``.

    ``confidence`` is the source's prior reliability for this field (0..1); the merge adds
    agreement between sources. ``precision`` is set for dates ("day", "minute" …).
    ``position`` is filled by the engine for candidates read from the visible page.
    """

    field: str
    value: Any
    source: SourceKind
    locator: str = ""
    raw: str = ""
    confidence: float = 0.5
    precision: str | None = None
    #: Where a visible value sits relative to the article (set by the engine from the
    #: locator, see :mod:`newsmeta._extract._region`): inside, header, near, furniture.
    position: str | None = None

    def evidence(self, confidence: float | None = None) -> Evidence:
        """The evidence record for this candidate (raw text clipped to 500 characters)."""
        conf = self.confidence if confidence is None else confidence
        return Evidence(
            field=self.field,
            source=self.source,
            locator=self.locator[:500],
            raw=self.raw[:500],
            confidence=min(1.0, max(0.0, round(conf, 3))),
            precision=self.precision,
            position=self.position,
        )
