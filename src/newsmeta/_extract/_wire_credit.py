"""A wire agency given as the author where the page prints the writer who files for it.

A partner site running a wire story often credits the agency alone in its metadata
(``"author": {"@type": "Organization", "name": "Reuters"}``, ``<meta name="author"
content="Reuters">``) while the story's byline names the reporter beside it ("By Hannah
Okoye, Reuters", "Von Katrin Möller, dpa"). The reporter is the story's writer; the agency
is the credit line.
"""

from __future__ import annotations

from collections.abc import Sequence

from newsmeta._extract._candidates import Candidate
from newsmeta._extract._values import is_agency
from newsmeta._models import AuthorKind, SourceKind

__all__ = ["writer_over_agency"]

_VISIBLE = frozenset({SourceKind.VISIBLE_TEXT, SourceKind.HATOM})


def writer_over_agency(best: Candidate, pool: Sequence[Candidate]) -> Candidate:
    """The printed byline naming people beside the agency that ``best`` names alone."""
    authors = best.value
    if not authors or not all(is_agency(a.name) for a in authors):
        return best
    agencies = [a.name.casefold() for a in authors]
    for cand in pool:
        if cand is best or cand.source not in _VISIBLE or cand.position == "furniture":
            continue
        people = cand.value
        if (
            people
            and all(a.kind is AuthorKind.PERSON and not is_agency(a.name) for a in people)
            and any(agency in cand.raw.casefold() for agency in agencies)
        ):
            return cand
    return best
