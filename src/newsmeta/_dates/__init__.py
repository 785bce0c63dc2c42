"""Date helpers: absolute dates with precision, relative labels as ranges, render windows."""

from __future__ import annotations

from newsmeta._dates._absolute import ParsedDate, find_date, parse_date, parse_date_ex
from newsmeta._dates._relative import RelativeTime, humanize, label_instant, parse_relative
from newsmeta._dates._renderers import RENDERERS
from newsmeta._dates._window import RenderWindow, Window, render_window

__all__ = [
    "RENDERERS",
    "ParsedDate",
    "RelativeTime",
    "RenderWindow",
    "Window",
    "find_date",
    "humanize",
    "label_instant",
    "parse_date",
    "parse_date_ex",
    "parse_relative",
    "render_window",
]
