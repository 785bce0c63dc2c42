"""The merge's date rules: the validity rule, relative-only pages and the render window.

* Every date candidate passes :func:`newsmeta._dates._validity.date_problem` before it may
  win; a refused one is kept in ``provenance.rejected`` with its reason.
* A page whose only date is a relative label ("7 months ago") gets that label's instant at
  the label's precision, with low confidence, when ``now`` was given.
* The render window (when the page was rendered, from the published date and the label) is
  clipped to ``now``; inputs that contradict each other leave a warning.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Sequence
from typing import Any

import attrs

from newsmeta._dates import label_instant, parse_relative, render_window
from newsmeta._dates._validity import date_problem
from newsmeta._errors import NewsmetaError
from newsmeta._extract._candidates import Candidate
from newsmeta._extract._page import Page
from newsmeta._models import Evidence

__all__ = [
    "CREATED_PENALTY",
    "DATE_FIELDS",
    "RELATIVE_CONFIDENCE",
    "created_as_published",
    "possible",
    "refuse_impossible",
    "relative_only",
    "window",
]

DATE_FIELDS = frozenset({"date_published", "date_modified", "date_created"})
RELATIVE_CONFIDENCE = 0.2
"""The confidence of a publication date read from a relative label alone."""


CREATED_PENALTY = 0.1
"""How much less a creation date counts when it stands in for the publication date."""


def created_as_published(cands: Sequence[Candidate], now: _dt.datetime) -> list[Candidate]:
    """Creation dates as publication candidates, for a page that gives no publication date.

    ``<meta name="created">``, ``dc:created``: a CMS stamps a page when it is created, which
    for a news page is when it was first published. Used only when no possible
    ``date_published`` candidate exists; ``date_created`` keeps its own value.
    """
    return [
        attrs.evolve(c, field="date_published", confidence=c.confidence - CREATED_PENALTY)
        for c in cands
        if c.field == "date_created" and possible(c, now)
    ]


def possible(cand: Candidate, now: _dt.datetime) -> bool:
    """Whether a date candidate passes the validity rule."""
    return date_problem(cand.value, now) is None


def refuse_impossible(
    pool: Sequence[Candidate], now: _dt.datetime
) -> tuple[list[Candidate], list[Evidence]]:
    """The candidates that pass the validity rule, and evidence (with reasons) for the rest."""
    kept: list[Candidate] = []
    refused: list[Evidence] = []
    for cand in pool:
        problem = date_problem(cand.value, now)
        if problem is None:
            kept.append(cand)
        else:
            refused.append(cand.evidence(reason=problem))
    return kept, refused


def _label_candidate(cands: Sequence[Candidate]) -> Candidate | None:
    return next((c for c in cands if c.field == "date_label"), None)


def relative_only(page: Page, cands: Sequence[Candidate]) -> Candidate | None:
    """A ``date_published`` candidate from the page's relative label, when it has one.

    The value is the label's instant at the label's precision (see
    :func:`newsmeta._dates.label_instant`); its evidence keeps the label and the range of
    instants it stands for (``raw``: ``"7 months ago = <earliest>/<latest>"``). Without an
    explicit ``now`` the label cannot be read: None, with a ``relative-date-without-now``
    warning.
    """
    label = _label_candidate(cands)
    if label is None:
        return None
    if not page.now_given:
        page.warn(
            "relative-date-without-now",
            f"the only date is the relative label {label.value!r}; pass now= to read it",
            label.locator,
        )
        return None
    try:
        rel = parse_relative(str(label.value), now=page.now, language=_language(page))
        if rel is None:
            rel = parse_relative(str(label.value), now=page.now)
    except NewsmetaError:
        return None
    if rel is None:
        return None
    found = label_instant(rel, page.now)
    if found is None:
        return None
    value, precision = found
    if date_problem(value, page.now) is not None:
        return None
    return Candidate(
        field="date_published",
        value=value,
        source=label.source,
        locator=label.locator,
        raw=f"{label.value} = {rel.earliest.isoformat()}/{rel.latest.isoformat()}",
        confidence=RELATIVE_CONFIDENCE,
        precision=precision,
    )


def _language(page: Page) -> str | None:
    lang = (page.html_lang or "")[:2].lower()
    return lang if lang in ("en", "es", "fr", "de", "pt") else None


def window(
    page: Page, published: Any, cands: Sequence[Candidate]
) -> tuple[_dt.datetime, _dt.datetime, str] | None:
    """When the page was rendered: from the published date and the label, clipped to now.

    When the window lies wholly after ``now`` (the date, the label and ``now`` cannot all be
    right), a ``render-window-contradiction`` warning names all three and no window is kept.
    """
    label = _label_candidate(cands)
    if published is None or label is None:
        return None
    try:
        found = render_window(published, label.value, language=page.html_lang)
    except (NewsmetaError, ValueError, TypeError, OverflowError):
        return None
    if found is None:
        return None
    earliest = getattr(found, "earliest", None)
    latest = getattr(found, "latest", None)
    if not isinstance(earliest, _dt.datetime) or not isinstance(latest, _dt.datetime):
        return None
    if earliest.utcoffset() is None and latest.utcoffset() is None:
        # The published time has no offset: it is local time somewhere between UTC-12 and
        # UTC+14. Widen the window by those offsets instead of inventing a zone.
        utc = _dt.timezone.utc
        try:
            earliest = earliest.replace(tzinfo=utc) - _dt.timedelta(hours=14)
            latest = latest.replace(tzinfo=utc) + _dt.timedelta(hours=12)
        except OverflowError:
            return None
    if earliest.utcoffset() is None or latest.utcoffset() is None or earliest > latest:
        return None
    if page.now_given:
        if earliest > page.now:
            page.warn(
                "render-window-contradiction",
                f"date_published {published}, label {label.value!r} and now "
                f"{page.now.isoformat()} disagree: the label puts the rendering at "
                f"{earliest.isoformat()}..{latest.isoformat()}, after now",
                label.locator,
            )
            return None
        latest = min(latest, page.now)
    return earliest, latest, str(label.value)
