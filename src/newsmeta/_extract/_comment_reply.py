"""The comment a reply answers, named by an "In reply to <a href="#…">" line.

Flat comment lists (no nested ``children`` list) mark a reply with a line that links to the
comment it answers: "In reply to <a href="#comment-12">Sam</a>", "Antwort auf …", "En
réponse à …", "En respuesta a …", "Em resposta a …", "Risposta a …", "Reactie op …",
"Odpowiedź na …". The link's target is the parent's id on the page.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from lxml.html import HtmlElement

__all__ = ["reply_target"]

# The words before the link, at the end of the text that leads to it.
_REPLY_TO = re.compile(
    r"(?:in\s+reply\s+to|replying\s+to|reply\s+to|antwort\s+auf|als\s+antwort\s+auf|"
    r"en\s+r[ée]ponse\s+[àa]|r[ée]ponse\s+[àa]|en\s+respuesta\s+a|respuesta\s+a|"
    r"em\s+resposta\s+a|resposta\s+a|in\s+risposta\s+a|risposta\s+a|reactie\s+op|"
    r"antwoord\s+op|odpowied[źz]\s+na|w\s+odpowiedzi\s+na)\s*:?\s*$",
    re.I,
)
_MAX_LEAD = 60


def _lead_text(link: HtmlElement) -> str:
    """The text right before ``link`` inside its parent (its previous sibling's tail, or
    the parent's own text when the link comes first)."""
    prev = link.getprevious()
    if prev is not None:
        return prev.tail or ""
    parent = link.getparent()
    return (parent.text or "") if parent is not None else ""


def reply_target(own: Iterable[HtmlElement]) -> str | None:
    """The fragment ("comment-12") a comment's reply line links to, if any."""
    for node in own:
        if node.tag != "a":
            continue
        href = node.get("href")
        if not href or "#" not in href:
            continue
        lead = _lead_text(node)[-_MAX_LEAD:]
        if lead and _REPLY_TO.search(lead) is not None:
            fragment = href.rsplit("#", 1)[1].strip()
            return fragment or None
    return None
