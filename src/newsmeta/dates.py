"""Dates: absolute dates with their precision, relative labels as ranges, render windows.

Relative labels are parsed and printed in five languages (en, es, fr, de, pt:
``PRINTED_LANGUAGES``); dates, relative labels, "today"/"yesterday" and published/updated
label words are read in every language of ``DATE_LANGUAGES`` (language -> the concepts of
``DATE_CONCEPTS`` it has words for). See docs/dates.md.

>>> from newsmeta.dates import parse_date
>>> parse_date("29 de diciembre de 2023")
datetime.date(2023, 12, 29)
"""

from __future__ import annotations

from newsmeta._dates import (
    RENDERERS,
    ParsedDate,
    RelativeTime,
    RenderWindow,
    Window,
    find_date,
    humanize,
    parse_date,
    parse_date_ex,
    parse_relative,
    render_window,
)
from newsmeta._dates._languages import CONCEPTS as DATE_CONCEPTS
from newsmeta._dates._languages import DATE_LANGUAGES, PRINTED_LANGUAGES

__all__ = [
    "DATE_CONCEPTS",
    "DATE_LANGUAGES",
    "PRINTED_LANGUAGES",
    "RENDERERS",
    "ParsedDate",
    "RelativeTime",
    "RenderWindow",
    "Window",
    "find_date",
    "humanize",
    "parse_date",
    "parse_date_ex",
    "parse_relative",
    "render_window",
]
