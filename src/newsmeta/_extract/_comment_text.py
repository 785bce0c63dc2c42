"""A comment's text: its own nodes walked without nested replies, metadata blocks and page
furniture, then tidied of action rows ("Reply | Quote"), subject lines and UI lines.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator

from lxml.html import HtmlElement

from newsmeta._extract._comment_class import is_meta
from newsmeta._extract._comment_handle import is_handle_link
from newsmeta._extract._comment_parts import shown_form

__all__ = [
    "ACTION_ROW",
    "MAX_ITEM_CHARS",
    "has_content",
    "own_iter",
    "tidy",
    "walk_text",
]

_BLOCK_TAGS = frozenset(
    {"p", "div", "br", "li", "blockquote", "pre", "h1", "h2", "h3", "h4", "h5", "h6", "ul",
     "ol", "dd", "dt", "tr", "table", "section", "article"}
)  # fmt: skip
_SKIP_TAGS = frozenset(
    {"script", "style", "noscript", "template", "form", "button", "svg", "img", "input",
     "select", "textarea", "time", "footer", "header", "nav", "iframe", "label", "object"}
)  # fmt: skip
MAX_ITEM_CHARS = 20_000
_MAX_DEPTH = 200  # levels read below a comment's element (the recursion stays far from the limit)


def walk_text(
    el: HtmlElement,
    skip: set[HtmlElement],
    out: list[str],
    budget: list[int],
    also: HtmlElement | None = None,
    depth: int = 0,
) -> None:
    """Append the text of ``el`` to ``out``, skipping the nodes of ``skip``, ``also`` (one more
    node: a comment's meta line, never copied into the set) and metadata blocks; elements
    nested deeper than :data:`_MAX_DEPTH` below ``el`` are left out (no comment nests so)."""
    if el.text:
        out.append(el.text)
        budget[0] -= len(el.text)
    for child in el:
        if budget[0] <= 0:
            return
        tag = child.tag
        if (
            isinstance(tag, str)
            and child not in skip
            and child is not also
            and (tag not in _SKIP_TAGS or shown_form(child))
            and not (child.attrib and (is_meta(child) or (tag == "a" and is_handle_link(child))))
            and depth < _MAX_DEPTH
        ):
            if tag in _BLOCK_TAGS:
                out.append("\n")
            walk_text(child, skip, out, budget, also, depth + 1)
            if tag in _BLOCK_TAGS:
                out.append("\n")
        if child.tail:
            out.append(child.tail)
            budget[0] -= len(child.tail)


_UI_LINE = re.compile(
    r"^(?:#?\d{1,4}\.?|[-–—|·•]{1,3}|reply|antworten|responder|r[ée]pondre|responder|report|melden|"
    r"(?:show|view|load|see|read) (?:all|more)(?: comments| replies)?\W*|"
    r"(?:alle )?kommentare anzeigen|weitere (?:laden|anzeigen|kommentare)\W*|mehr anzeigen|"
    r"ver m[áa]s|voir plus|cargar m[áa]s|like|gef[äa]llt mir|share|teilen|"
    r"(?:\d+\s+)?(?:likes?|points?|votes?)\W*)$",
    re.I,
)
# The same test for an ASCII line lowered first: a case-sensitive match of the lower-cased
# line is faster than a case-blind one (the pattern's letters are all lower case, and none
# of its non-ASCII ones folds to an ASCII letter).
_UI_LINE_LOW = re.compile(_UI_LINE.pattern).match
assert not any(c.isupper() for c in _UI_LINE.pattern.replace("\\W", ""))


# A comment's action link or row of actions ("Rispondi", "Reply | Quote", "Odpowiedz Zgłoś"):
# only action words, apart from separators.
_ACTION = (
    r"(?:reply|quote|report|flag|like|share|edit|delete|permalink|link|"
    r"antworten|zitieren|melden|teilen|bearbeiten|l[öo]schen|"
    r"responder|citar|denunciar|compartir|editar|"
    r"r[ée]pondre|citer|signaler|partager|modifier|supprimer|"
    r"rispondi|cita|segnala|condividi|modifica|"
    r"odpowiedz|cytuj|zg[łl]o[śs]|udost[ęe]pnij|"
    r"reageer|beantwoorden|citeren|rapporteren|delen|"
    r"ответить|цитировать|пожаловаться|поделиться)"
)
ACTION_ROW = re.compile(rf"^{_ACTION}(?:\s*[|·•/]?\s*{_ACTION}){{0,6}}$", re.I)
# A reply's subject line ("Re: <the article's title>", "AW: …", "Odp: …").
_REPLY_SUBJECT = re.compile(r"^(?:re|aw|antw|odp|sv|vs)\s*(?:\[\d+\])?\s*:\s*\S", re.I)


def has_content(text: str) -> bool:
    """Two letters, or an emoji-only reaction ("❤️", "👍"): not "(0)" or "|"."""
    head = text[:50]
    if sum(ch.isalpha() for ch in head) >= 2:
        return True
    return not any(ch.isdigit() for ch in head) and any(
        unicodedata.category(ch) == "So" for ch in head
    )


def tidy(parts: Iterable[str]) -> str:
    lines = (" ".join(line.split()) for line in "".join(parts).split("\n"))
    ui, ui_low = _UI_LINE.match, _UI_LINE_LOW
    kept = [
        line
        for line in lines
        if line
        and (ui_low(line.lower()) if line.isascii() else ui(line)) is None
        and ACTION_ROW.match(line) is None
    ]
    if len(kept) > 1 and len(kept[0]) <= 150 and _REPLY_SUBJECT.match(kept[0]):
        del kept[0]  # "Re: <title>" over a forum reply names the thread, not the comment
    if len(kept) > 1 and _is_subject(kept[0], kept[1]):
        # A subject made of the comment's first words (Drupal's default, "About time, the
        # bus" over "About time, the bus round the lake …") says it twice.
        del kept[0]
    return "\n".join(kept)


def _is_subject(first: str, second: str) -> bool:
    head = first.rstrip(" .…")
    return 3 <= len(head) < len(second) and second.startswith(head)


def own_iter(item: HtmlElement, skip: set[HtmlElement]) -> Iterator[HtmlElement]:
    """Descendants of ``item`` that are not inside a nested (reply) item."""
    stack = list(reversed(list(item)))
    while stack:
        node = stack.pop()
        if not isinstance(node.tag, str) or node in skip or node.tag == "form":
            continue  # a reply form's labels ("Name *") are not the comment's
        yield node
        stack.extend(reversed(list(node)))
