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
    """Whether ``node`` is a link naming a writer by a federated handle: its ``title`` is
    one, or its text is (``<a>@sam@lemmy.example</a>``)."""
    if node.tag != "a":
        return False
    title = node.get("title")
    if title is not None and "@" in title:
        return _HANDLE.match(title.strip()) is not None
    text = node.text
    return text is not None and text.count("@") == 2 and _HANDLE.match(text.strip()) is not None


def handle_name(own: list[HtmlElement]) -> tuple[str, str | None] | None:
    """The name and link of the first writer's link among a comment's ``own`` nodes that
    names a federated handle: its text without the server ("Sam Olsen"), else the user
    part of the handle ("sam")."""
    for node in own:
        if node.tag != "a" or not is_handle_link(node):
            continue
        shown = _SERVER_TAIL.sub("", element_text(node, 120)).strip().lstrip("@")
        if not shown:
            handle = (node.get("title") or node.text or "").strip()
            shown = handle[1:].split("@", 1)[0]
        return shown, node.get("href")
    return None
