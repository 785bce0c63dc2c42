"""A commenter named by a federated handle ("@sam@lemmy.example"): federated forums (Lemmy,
kbin, Mastodon-like renders) print the writer as a link whose ``title`` is the full handle and
whose text is the name, often with the server after it ("sam@lemmy.example", "Sam Olsen
<small>@lemmy.example</small>"), and no class that names a writer.
"""

from __future__ import annotations

import re

from lxml.html import HtmlElement

from newsmeta._extract._page import element_text

__all__ = [
    "handle_name",
    "is_handle_link",
]

# "@user@server.tld": a user part, an "@", a host name with a dot.
_HANDLE = re.compile(r"^@[\w.-]{1,64}@[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63})+$", re.I)
# The server after the name in the link's text ("sam@lemmy.example", "Sam Olsen @lemmy.example").
_SERVER_TAIL = re.compile(r"\s*@[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63})+$", re.I)


def is_handle_link(node: HtmlElement) -> bool:
    """Whether ``node`` is a writer's link titled with a federated handle
    (``<a title="@sam@lemmy.example">``): left out of the comment's text."""
    if node.tag != "a":
        return False
    title = node.get("title")
    return title is not None and "@" in title and _HANDLE.match(title.strip()) is not None


def _shown_handle(node: HtmlElement) -> bool:
    """Whether ``node`` is a link whose own text is a handle (``<a>@sam@lemmy.example</a>``)
    outside the comment's prose: in a paragraph such a link mentions another writer."""
    text = node.text
    if text is None or text.count("@") != 2 or _HANDLE.match(text.strip()) is None:
        return False
    return not any(up.tag in _PROSE for _, up in zip(range(_MAX_UP), node.iterancestors()))


_PROSE = frozenset({"p", "blockquote"})
_MAX_UP = 4


def handle_name(own: list[HtmlElement]) -> tuple[str, str | None] | None:
    """The name and link of the first writer's link among a comment's ``own`` nodes that
    names a federated handle: its text without the server ("Sam Olsen"), else the user
    part of the handle ("sam")."""
    for node in own:
        if node.tag != "a" or not (is_handle_link(node) or _shown_handle(node)):
            continue
        shown = _SERVER_TAIL.sub("", element_text(node, 120)).strip().lstrip("@")
        if not shown:
            handle = (node.get("title") or node.text or "").strip()
            shown = handle[1:].split("@", 1)[0]
        return shown, node.get("href")
    return None
