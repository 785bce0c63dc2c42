"""Dates: absolute dates with their precision, relative labels as ranges, render windows.

Five languages: en, es, fr, de, pt. See docs/dates.md.

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

__all__ = [
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
