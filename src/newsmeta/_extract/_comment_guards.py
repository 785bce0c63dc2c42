"""What is never a comment: a "recent comments" widget, a comment form's field group, a
box holding a form, and the texts that are calls to action or counts.
"""

from __future__ import annotations

import re

from lxml.html import HtmlElement

from newsmeta._extract._comment_form import COMMENT_FORM
from newsmeta._extract._page import element_text
from newsmeta._extract._words import COMMENT_HEADINGS, COMMENT_MEASURE

__all__ = [
    "NOT_COMMENT",
    "excluded_context",
    "form_part",
    "holds_form",
]

# Visible texts that are calls to action or counts, not a comment.
NOT_COMMENT = re.compile(
    r"^\W*(?:\d[\d.,]*" + COMMENT_MEASURE + r")?(?:comments?|kommentare?|comentarios?|"
    r"commentaires?|coment[aá]rios?|responses?|replies|antworten|" + COMMENT_HEADINGS + r")"
    r"\s*(?:[(（]\d+(?:件)?[)）]|\d+)?\W*$|"
    r"^(?:no comments|keine kommentare|sin comentarios|"
    r"leave a (?:comment|reply)|add (?:a )?comment|post a comment|write a comment|"
    r"schreibe? einen kommentar|deja un comentario|laisser un commentaire|"
    r"be the first to comment|comments are closed|kommentare sind geschlossen)",
    re.I,
)


def _recent(low: str) -> bool:
    """Whether a lower-cased class or id names a "recent comments" widget (substring tests)."""
    return (
        "recent" in low
        or "latest" in low
        or "popular" in low
        or "most-commented" in low
        or "widget_comments" in low
    )


def excluded_context(el: HtmlElement) -> bool:
    """Inside a "recent comments" widget or a comment form: a list item there is no comment."""
    node = el.getparent()
    depth = 0
    while node is not None and depth < 12:
        if node.tag == "form":
            # a comment form holds no comments (ASP.NET pages wrap everything in one form)
            key = " ".join(filter(None, (node.get("id"), node.get("class"))))
            if COMMENT_FORM.search(key):
                return True
        cls = node.get("class")
        ident = node.get("id")
        if (cls and _recent(cls.lower())) or (ident and _recent(ident.lower())):
            return True
        node = node.getparent()
        depth += 1
    return False


def form_part(el: HtmlElement) -> bool:
    """A field group of a comment form (inputs but no form of its own), not a comment."""
    cls = (el.get("class") or "").lower()
    if "form" in cls or "field" in cls:
        return True
    if next(el.iter("textarea", "input", "select"), None) is None:
        return False
    if next(el.iter("form"), None) is not None:
        return False  # a comment with its own reply form
    return len(element_text(el, limit=200)) < 25


def holds_form(el: HtmlElement) -> bool:
    """Whether ``el`` holds a form field to write in (a comment form)."""
    return next(el.iter("textarea"), None) is not None
