"""Blocks beside the story that are no part of it (private helper of ``_content.py``).

Tests the scorer applies to its chosen blocks: a list of teasers, an about-us box or an
author box closing the text, the site's colophon or legal notice, a cookie notice.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from newsmeta._extract._body_cards import _MIN_LINE_BESIDE, _MIN_STORY_BESIDE
from newsmeta._extract._body_edges import prose_left_out
from newsmeta._extract._body_furniture import MAX_WRITER_BOX, writer_intro
from newsmeta._extract._body_lines import _MAX_EDGE_LINE, _boilerplate_line, _consent, legal_notice
from newsmeta._extract._body_read import _read
from newsmeta._extract._body_tree import (
    _BLOCK_BREAK,
    _BR,
    _MAX_BOILERPLATE_CHARS,
    _NO_HINT_TAGS,
    _Tree,
)

__all__ = [
    "_about_boxes",
    "_colophon_block",
    "_consent_block",
    "_teaser_list",
    "page_furniture",
    "site_voice",
]

# line or two of summary, making most of the text of the block beside the story.
_MAX_TEASER_TEXT = 300
_MIN_TEASERS = 3


def _teaser_list(t: _Tree, k: int) -> bool:
    """Whether block ``k`` (beside the story, after it) is a list of teasers: its items
    (its children, or those of a wrapper holding most of its text) are three or more
    blocks of one tag and class, each holding a link and at most 300 characters, and they
    hold most of the block's text."""
    pre, pre_link, ends, tags, els = t.pre, t.pre_link, t.ends, t.tags, t.els
    size = pre[ends[k] + 1] - pre[k]
    if not size:
        return False
    box = k
    for _ in range(3):  # a list or a wrapper under a heading holds the items
        c = box + 1
        while c <= ends[box] and 4 * (pre[ends[c] + 1] - pre[c]) < 3 * size:
            c = ends[c] + 1
        if c > ends[box]:
            break
        box = c
    counts: dict[tuple[str, str | None], int] = {}
    chars: dict[tuple[str, str | None], int] = {}
    c = box + 1
    while c <= ends[box]:
        n = pre[ends[c] + 1] - pre[c]
        linked = pre_link[ends[c] + 1] - pre_link[c]
        # A picture whose caption holds most of its text is a gallery's slide, not a teaser
        # (a teaser in a <figure> is its linked title).
        if 0 < n <= _MAX_TEASER_TEXT and linked and (tags[c] != "figure" or 2 * linked >= n):
            key = (tags[c], els[c].get("class"))
            counts[key] = counts.get(key, 0) + 1
            chars[key] = chars.get(key, 0) + n
        c = ends[c] + 1
    best = max(counts, key=counts.__getitem__, default=None)
    return best is not None and counts[best] >= _MIN_TEASERS and 2 * chars[best] >= size


_SUB_HEADINGS = frozenset({"h2", "h3", "h4", "h5", "h6"})


def _titled(t: _Tree, k: int) -> bool:
    """Whether block ``k``'s text opens with a heading of its own (a box's title)."""
    pre, par, tags, ends = t.pre, t.par, t.tags, t.ends
    j = k
    end = ends[k]
    while j <= end and pre[j + 1] == pre[j]:
        j += 1  # the first element owning text
    if j > end:
        return False
    while j > k:
        if tags[j] in _SUB_HEADINGS:
            return True
        j = par[j]
    return tags[k] in _SUB_HEADINGS


# An "about us" box: a block whose lines speak of the site in the first person plural
# ("we", "our", "wir", "unser", "nous", "notre", "nuestro"), none of them quoting anyone.
_MAX_ABOUT_BLOCK = 3000
_MIN_ABOUT_LINES = 2
_WE = re.compile(
    r"\b(?:we|our|ours|us|wir|unser\w*|uns|nous|notre|nos|nosotros|nuestr\w*|noi|nostr\w*)\b",
    re.IGNORECASE,
).search
_QUOTES = ('"', "\u201c", "\u201d", "\u201e", "\u00ab", "\u00bb")
# What an about box speaks of: the site's journalism, or support for it.
_NEWSROOM = re.compile(
    r"\b(?:journalis\w*|newsroom|reporters|support us|donat\w*|contribution|subscri\w*"
    r"|redaktion|journalismus|unterstützen sie uns|abo|abonnement\w*|rédaction|soutenez-nous"
    r"|faire un don|redacción|periodis\w*|socio|suscr\w*|apóyanos|redazione|giornalis\w*"
    r"|abbonament\w*|sostienici)\b",
    re.IGNORECASE,
).search


def site_voice(paragraphs: list[str]) -> bool:
    """Whether a chosen text is the site speaking of itself (a mission statement, a support
    appeal, longer than an about box's lines): two or more paragraphs, each in the first
    person plural and quoting no one, one at least naming the site's journalism or asking
    for support."""
    if len(paragraphs) < _MIN_ABOUT_LINES:
        return False
    newsroom = False
    for text in paragraphs:
        if _WE(text) is None or any(q in text for q in _QUOTES):
            return False
        newsroom = newsroom or _NEWSROOM(text) is not None
    return newsroom


def _about_block(t: _Tree, k: int) -> bool:
    """Whether block ``k`` speaks for the site: at most 3,000 characters in two or more
    lines of at most 300 characters, two thirds of them in the first person plural, one at
    least speaking of the site's journalism or asking for support, and none quoting anyone."""
    pre, ends, inl, els = t.pre, t.ends, t.inl, t.els
    if pre[ends[k] + 1] - pre[k] > _MAX_ABOUT_BLOCK:
        return False
    lines = ours = newsroom = 0
    for b in range(k, ends[k] + 1):
        if inl[b] < _MIN_LINE_BESIDE:
            continue
        text = els[b].text_content() or ""
        if len(text) > _MAX_EDGE_LINE or any(q in text for q in _QUOTES):
            return False  # a long line is an answer or a story's paragraph, not a box's
        lines += 1
        ours += _WE(text) is not None
        newsroom += _NEWSROOM(text) is not None
    return lines >= _MIN_ABOUT_LINES and 3 * ours >= 2 * lines and newsroom > 0


def _writer_box(t: _Tree, k: int) -> bool:
    """Whether block ``k`` is an author box closing the story (at most 800 characters
    that introduce the writer: see :func:`writer_intro`), whatever its class."""
    if t.pre[t.ends[k] + 1] - t.pre[k] > MAX_WRITER_BOX:
        return False
    return writer_intro(t.els[k].text_content() or "")


def _closing(t: _Tree, k: int, prev: int = -2, excluded: Sequence[int] = ()) -> bool:
    """Whether block ``k`` closes its parent (no paragraph of prose after it, save in blocks
    ``excluded`` already: a side column after the story) and is not alike the block before
    it (one tag and class: a part of the story's run). ``prev`` is the sibling before it
    when the caller walked the siblings already (-1: none), so a parent of many children is
    not walked again for each (that is quadratic)."""
    par, ends, pre_good, tags, els = t.par, t.ends, t.pre_good, t.tags, t.els
    p = par[k]
    if p < 0 or not prose_left_out(ends[k] + 1, ends[p], ends, pre_good, excluded):
        return False
    if prev == -2:
        before = p + 1
        prev = -1
        while before < k:
            prev = before
            before = ends[before] + 1
    return not (
        prev >= 0 and tags[prev] == tags[k] and els[prev].get("class") == els[k].get("class")
    )


def _about_boxes(
    t: _Tree, chosen: list[int], headline_i: int, excluded: Sequence[int] = ()
) -> list[int]:
    """The about-us boxes among the chosen blocks and their children (and titled lists of
    teasers among the children): blocks closing their parent after the headline (blocks
    ``excluded`` do not count), with at least 150 characters of story between it and them."""
    tags, ends, pre = t.tags, t.ends, t.pre
    if headline_i < 0:
        return []
    after = pre[ends[headline_i] + 1]
    cands = set(chosen) if len(chosen) > 1 else set()  # (a set: thousands of blocks may be chosen)
    out: list[int] = []
    for c in chosen:
        kids: list[tuple[int, int]] = [(c, -2)] if c in cands else []
        while c < ends[c] and ends[c + 1] == ends[c]:
            c += 1  # a wrapper that is the block's only child holds its children
        k = c + 1
        prev = -1
        while k <= ends[c]:
            if tags[k] not in _NO_HINT_TAGS:
                kids.append((k, prev))
            prev = k
            k = ends[k] + 1
        for k, before in kids:
            if not (
                k > headline_i
                and k != ends[k]  # a block, not one paragraph
                and pre[k] - after >= _MIN_STORY_BESIDE
            ):
                continue
            if _closing(t, k, before):
                if (
                    _about_block(t, k)
                    or _writer_box(t, k)
                    # A titled list of teasers closing a chosen block ("Most read", a
                    # line of summary each) is as much beside the story as one after it.
                    or (k != c and _titled(t, k) and _teaser_list(t, k))
                ):
                    out.append(k)
            elif before != -1 and _closing(t, k, -1) and _writer_box(t, k):
                # A writer's box alike the block before it (unclassed <div>s): its grammar
                # says what it is.
                out.append(k)
            elif (
                # One of the chosen blocks followed by prose already left out only (a side
                # column, a footer): the box still closes the text.
                k in cands
                and _closing(t, k, before, excluded)
                and (_about_block(t, k) or _writer_box(t, k))
            ):
                out.append(k)
    return out


# A block of the site's colophon: several lines, most of them addresses, numbers, legal
# or copyright lines.
_MIN_COLOPHON_LINES = 3


def _colophon_block(t: _Tree, k: int, excluded: list[int]) -> bool:
    """Whether short block ``k`` is the site's colophon (three lines or more, half of them
    address, number, legal or copyright lines) or its legal notice (:func:`legal_notice`)."""
    if t.pre[t.ends[k] + 1] - t.pre[k] > _MAX_BOILERPLATE_CHARS:
        return False
    pieces: list[str] = []
    _read(k, t, excluded, pieces, -1, -1, [])
    text = "".join(pieces).replace(_BR, _BLOCK_BREAK)
    lines = [line for line in text.split(_BLOCK_BREAK) if line.strip()]
    if len(lines) < _MIN_COLOPHON_LINES:
        return legal_notice(lines)
    boiler = sum(1 for line in lines if len(line) < _MAX_EDGE_LINE and _boilerplate_line(line))
    return (boiler >= _MIN_COLOPHON_LINES and 2 * boiler >= len(lines)) or legal_notice(lines)


# A cookie or consent notice: a short block naming cookies and consent, with a control
# to accept or refuse (a button, or a link of a word or two).
_MAX_CONSENT_BLOCK = 2000
_MAX_CONTROL_TEXT = 20


def _consent_block(t: _Tree, k: int) -> bool:
    """Whether block ``k`` (beside the story) is a cookie or consent notice: at most 2,000
    characters naming cookies and consent, accepting, settings, privacy or partners, and
    holding a control (a ``<button>``, or a link of at most 20 characters)."""
    pre, ends, tags, els = t.pre, t.ends, t.tags, t.els
    if pre[ends[k] + 1] - pre[k] > _MAX_CONSENT_BLOCK:
        return False
    controls = [
        j
        for j in range(k + 1, ends[k] + 1)
        if tags[j] == "button"
        or (tags[j] == "a" and 0 < pre[ends[j] + 1] - pre[j] <= _MAX_CONTROL_TEXT)
    ]
    return bool(controls) and _consent(els[k].text_content())


def page_furniture(t: _Tree, excluded: list[int]) -> list[int]:
    """The blocks directly under the page's root (element 0) that are the site's colophon,
    a cookie notice or an about-us box, and titled lists of teasers one level below them:
    left out when the whole page is read as the story."""
    ends = t.ends
    out: list[int] = []
    k = 1
    while k < len(ends):
        if excluded[k]:
            pass
        elif _colophon_block(t, k, excluded) or _consent_block(t, k) or _about_block(t, k):
            out.append(k)
        else:
            # A titled list of teasers in a column of a row ("Most read" beside the story).
            c = k + 1
            while c <= ends[k]:
                if not excluded[c] and c != ends[c] and _titled(t, c) and _teaser_list(t, c):
                    out.append(c)
                c = ends[c] + 1
        k = ends[k] + 1
    return out
