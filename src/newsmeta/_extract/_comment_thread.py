"""Which comment a reply answers, in lists that do not nest replies inside their parent.

Most systems put a reply inside its parent's element (WordPress ``ol.children``); the
comment reader follows that nesting. Two other shapes print a thread as a flat run:

- a reply list set right *after* its parent, as its next sibling (Drupal's
  ``<article class=comment>`` then ``<div class=indented>`` holding the replies);
- siblings indented by their depth (``style="margin-left: 30px"``, LiveJournal's
  ``b-tree-twig-2``): a reply's parent is the closest comment before it that sits less deep.

Both are read only for comments that have no parent from the nesting.
"""

from __future__ import annotations

import re

from lxml.html import HtmlElement

__all__ = ["thread_parents"]

_MAX_UP = 4  # ancestors of a comment searched for the reply list or the indentation
_INDENT = re.compile(r"(?:margin|padding)-left\s*:\s*(\d{1,4})(?:\.\d+)?\s*(?:px|em|rem)", re.I)
_DEPTH_CLASS = re.compile(r"(?:^|[-_\s])(?:depth|level|lvl|twig)(?:[-_]|--)(\d{1,2})(?:\s|$)")


def _reply_box(cls: str | None) -> bool:
    """Whether a class names a box of replies ("indented", "children", "replies")."""
    if not cls:
        return False
    low = cls.lower()
    return "indent" in low or "child" in low or "repl" in low or "antwort" in low


def _before(node: HtmlElement) -> HtmlElement | None:
    """The element before ``node``, over empty anchors (``<a id="comment-12"></a>``)."""
    prev = node.getprevious()
    while prev is not None and (
        not isinstance(prev.tag, str) or (prev.tag == "a" and len(prev) == 0 and not prev.text)
    ):
        prev = prev.getprevious()
    return prev


def _list_parent(el: HtmlElement, kept: set[HtmlElement]) -> HtmlElement | None:
    """The comment right before the reply box that holds ``el``."""
    node = el.getparent()
    for _ in range(_MAX_UP):
        if node is None:
            return None
        if _reply_box(node.get("class")):
            prev = _before(node)
            return prev if prev is not None and prev in kept else None
        node = node.getparent()
    return None


def _depth(el: HtmlElement) -> tuple[HtmlElement, int, bool] | None:
    """The element that carries ``el``'s indentation (it or an ancestor), its depth, and
    whether a class names it (``comment-level--2``, ``comment_level_1``)."""
    node: HtmlElement | None = el
    for _ in range(_MAX_UP):
        if node is None:
            return None
        style = node.get("style")
        if style and "left" in style:
            found = _INDENT.search(style)
            if found:
                return node, int(found.group(1)), False
        cls = node.get("class")
        if cls and ("-" in cls or "_" in cls):
            found = _DEPTH_CLASS.search(cls.lower())
            if found:
                return node, int(found.group(1)), True
        node = node.getparent()
    return None


def _indent_parents(roots: list[HtmlElement], out: dict[HtmlElement, HtmlElement | None]) -> None:
    """Parents from the depth of sibling comments (all carried by one list's children, or
    each named by a class on the comment itself: such a depth holds across wrappers)."""
    depths = [_depth(el) for el in roots]
    if any(d is None for d in depths):
        return
    shown = [d for d in depths if d is not None]
    if len({d[1] for d in shown}) < 2:
        return
    if len({d[0].getparent() for d in shown}) != 1 and not all(
        d[2] and d[0] is el for d, el in zip(shown, roots)
    ):
        return
    stack: list[tuple[HtmlElement, int]] = []
    for el, (_, level, _named) in zip(roots, shown):
        while stack and stack[-1][1] >= level:
            stack.pop()
        if stack:
            out[el] = stack[-1][0]
        stack.append((el, level))


def thread_parents(
    items: list[HtmlElement],
    parent_of: dict[HtmlElement, HtmlElement | None],
    kept: set[HtmlElement],
) -> dict[HtmlElement, HtmlElement | None]:
    """The parent comment of each of ``items`` (``None`` for none): the nearest kept one
    above it, else the comment before its reply box, else the one its indentation names."""
    out: dict[HtmlElement, HtmlElement | None] = {}
    for el in items:
        parent = parent_of.get(el)
        while parent is not None and parent not in kept:
            parent = parent_of.get(parent)
        out[el] = parent
    roots = [el for el in items if out[el] is None]
    if len(roots) < 2:
        return out
    for el in roots[1:]:
        out[el] = _list_parent(el, kept)
    if all(out[el] is None for el in roots):
        _indent_parents(roots, out)
    return out
