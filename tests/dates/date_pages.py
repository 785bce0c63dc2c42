"""The page builder shared by the date tests of sessions 12 and 13: a news page about a
harbour budget with a slot under the headline (``top``), in the head (``head``) and beside
the article (``side``)."""

from __future__ import annotations

import datetime as dt

STORY = (
    "<p>" + "The council approved the new harbour budget after a long evening session, "
    "with members split over the cost of the breakwater repairs. " * 4 + "</p>"
) * 3


def page(top: str = "", head: str = "", lang: str = "en", side: str = "") -> str:
    """The page, with ``top``, ``head`` and ``side`` put in their places."""
    return (
        f'<!doctype html><html lang="{lang}"><head><title>Harbour budget</title>{head}</head>'
        '<body><header class="site-header"><a href="/">Example News</a></header>'
        f"<main><article><h1>Council approves harbour budget</h1>{top}"
        f'<div class="article-body">{STORY}</div></article>{side}</main>'
        '<footer class="site-footer"><p>Example News</p></footer></body></html>'
    )


def day(value: object) -> str | None:
    """The calendar day of a date or datetime, as ISO text."""
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    return None
