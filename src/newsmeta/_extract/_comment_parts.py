"""Parts of a comment element that are read as its text although their tag is skipped.

A ``<form>`` inside a comment is normally its reply box and is skipped. Some systems wrap
the comment's own shown text in a form for in-place editing (old Reddit's
``<form class=usertext>`` around ``<div class=md>``): such a form holds no field to write
in (no ``<textarea>``, no visible ``<input>``), only the text, and is read.
"""

from __future__ import annotations

from lxml.html import HtmlElement

__all__ = ["shown_form"]


def shown_form(el: HtmlElement) -> bool:
    """Whether ``el`` is a form that only shows text: no textarea, no field to fill in."""
    if el.tag != "form":
        return False
    for field in el.iter("textarea", "input", "select", "button"):
        if field.tag != "input" or (field.get("type") or "text").lower() != "hidden":
            return False
    return True
