"""The record every source returns: a candidate value for one Article field, with evidence."""

from __future__ import annotations

from typing import Any

import attrs

from newsmeta._models import Evidence, SourceKind

__all__ = ["FIELDS", "SITE_ONLY_TITLE", "Candidate"]

#: The confidence of a ``<title>`` that only names the site (it equals ``og:site_name``):
#: the page's title when nothing else gives one, never a reason to doubt a heading.
SITE_ONLY_TITLE = 0.2

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

    def evidence(
        self,
        confidence: float | None = None,
        *,
        reason: str | None = None,
        field: str | None = None,
    ) -> Evidence:
        """The evidence record for this candidate (raw text clipped to 500 characters).

        ``reason`` says why the candidate was refused; ``field`` files the record under
        another field than the candidate's (an AI signal under ``ai_disclosure``).
        """
        conf = self.confidence if confidence is None else confidence
        conf = min(1.0, max(0.0, round(conf, 3)))
        source, precision, position = self.source, self.precision, self.position
        if field is None:
            field = self.field
        locator, raw = self.locator[:500], self.raw[:500]
        if (
            type(conf) is float
            and type(field) is str
            and field
            and not field.isspace()
            and type(source) is SourceKind
            and type(locator) is str
            and type(raw) is str
            and (precision is None or (type(precision) is str and precision in _PRECISIONS))
            and (position is None or (type(position) is str and position in _POSITIONS))
            and (reason is None or type(reason) is str)
        ):
            # Every value is one the model's converters leave alone and its validators
            # accept (checked just above, in a few type tests): set the slots directly
            # instead of running them all again, one generic call each.
            ev = _new(Evidence)
            _set(ev, "field", field)
            _set(ev, "source", source)
            _set(ev, "locator", locator)
            _set(ev, "raw", raw)
            _set(ev, "confidence", conf)
            _set(ev, "precision", precision)
            _set(ev, "reason", reason)
            _set(ev, "position", position)
            return ev
        return Evidence(
            field=field,
            source=source,
            locator=locator,
            raw=raw,
            confidence=conf,
            precision=precision,
            reason=reason,
            position=position,
        )


_new = object.__new__
_set = object.__setattr__
# The values Evidence's choice fields accept (checked by a test against the model).
_PRECISIONS = frozenset({"year", "month", "day", "hour", "minute", "second"})
_POSITIONS = frozenset({"inside", "header", "near", "furniture"})
