"""Main-text detection on the already-parsed tree (private helper of ``sources/body.py``).

A few linear passes over the page's document-order element list (list comprehensions, no
recursion) file every element of ``<body>`` into flat arrays: pre-order index, parent index,
subtree end, own text size, the inline text of each block (its paragraph), link text, commas
and class/id hints. Subtree sums are then prefix-sum differences and boilerplate subtrees
are index ranges. Paragraphs are scored into their ancestors (readability-style: length,
commas, link density, class/id and tag weights, ``<main>``/``role=main``/``articleBody``
anchors) to pick the main container, and the text is read from that container's index range,
skipping excluded ranges, link lists and page furniture. Nothing is re-parsed and the tree is
never modified.

This module is the entry point (:func:`find_content`: the flat arrays, hints, roles and the
blocks left out); the concepts live in their own modules: ``_body_tree`` (the arrays' tuple,
tag sets, the result types), ``_body_hints`` (class/id verdicts), ``_body_cards`` (furniture
found before scoring), ``_body_score`` (the scorer), ``_body_boxes`` (blocks beside the story
the scorer leaves out), ``_body_choice`` (retries, fallbacks, the catastrophic-body guard) and
``_body_read`` (reading the chosen blocks into paragraphs).
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import accumulate, compress
from typing import Any

import lxml.etree
from lxml.html import HtmlElement

from newsmeta._extract._body_cards import _plain_cards, _reply_thread, _signup_boxes, _teaser_cards
from newsmeta._extract._body_choice import _choose
from newsmeta._extract._body_furniture import comment_blocks
from newsmeta._extract._body_hints import _HINT_CACHE, _PLAIN, _framing, _value_hint
from newsmeta._extract._body_tree import (
    _DROP_TAGS,
    _NO_HINT_TAGS,
    _NO_TEXT,
    BLOCK_TAGS,
    Content,
    _Tree,
)

__all__ = [
    "Content",
    "find_content",
]

_ELEMENT = lxml.etree.Element
_getparent = lxml.etree._Element.getparent

_X_ROLES = lxml.etree.XPath("descendant-or-self::*/@role")
_DROP_ROLES = frozenset({"navigation", "complementary", "contentinfo", "banner", "menu", "dialog"})

_PARSER_MAX_DEPTH = 255
_SPECIAL_TAGS = _NO_TEXT | _DROP_TAGS | {"a", "main"}

# The text of a close control is a word or a sign ("×", "Close", "Schließen [X]").
_MAX_CLOSER_CHARS = 20


def _body_elements(
    body: HtmlElement, elements: list[HtmlElement] | None
) -> tuple[list[HtmlElement], int]:
    """The nodes under ``body`` and their offset in the page's node list (-1: walked anew)."""
    if elements:
        try:
            start = elements.index(body)
        except ValueError:
            pass
        else:
            return elements[start:], start
    return list(body.iter(_ELEMENT)), -1


def _all_text_tags(tags: list[Any]) -> bool:
    """Whether every tag is a string (no comment, processing instruction or entity, whose
    tags are functions): one C-level join, several times cheaper than collecting the types."""
    try:
        "".join(tags)
    except TypeError:
        return False
    return True


def find_content(
    body: HtmlElement,
    max_depth: int,
    headline: HtmlElement | None,
    itemprops: list[HtmlElement] | None = None,
    elements: list[HtmlElement] | None = None,
    attributes: tuple[list[str | None], list[str | None]] | None = None,
    all_tags: list[Any] | None = None,
    all_roles: list[tuple[int, str]] | None = None,
    comments: Sequence[HtmlElement] = (),
    opened: bool = False,
) -> Content | None:
    """Locate and read the main text under ``body`` (None when nothing text-like is found).

    ``elements`` is the page's document-order node list when the caller has one (its proxies
    are reused), and ``attributes``, ``all_tags`` and ``all_roles`` its class and id values,
    tags and ``(index, role)`` pairs, read once for the whole page; otherwise ``body`` is
    walked and read here. ``comments`` are the elements the comment reader read as readers'
    comments: never the article's text (unless one holds the headline: a forum's thread).
    ``opened``: the comment reader found the thread's opening post, so the comments are
    replies whatever their length.
    """
    els, start = _body_elements(body, elements)
    tags: list[str] = (
        all_tags[start:]
        if all_tags is not None and start >= 0 and len(all_tags) == len(elements or ())
        else [el.tag for el in els]
    )
    if not _all_text_tags(tags):  # comments, processing instructions, entities
        els = [el for el in els if isinstance(el.tag, str)]
        tags = [el.tag for el in els]
        start = -1
    n_els = len(els)
    if n_els < 2:
        return None
    # The index of each node and of its parent, read by C-level maps (no Python frame a node).
    idx = dict(zip(els, range(n_els)))
    get = idx.get
    par: list[int] = list(map(get, map(_getparent, els)))  # type: ignore[arg-type]
    par[0] = -1
    if None in par:  # pragma: no cover - nodes after <body> that are not inside it
        els = list(body.iter(_ELEMENT))
        n_els = len(els)
        idx = {el: i for i, el in enumerate(els)}
        get = idx.get
        par = [get(el.getparent(), -1) for el in els]
        par[0] = -1
        tags = [el.tag for el in els]
        start = -1
    ends = list(range(n_els))
    for i in range(n_els - 1, 0, -1):
        p = par[i]
        if ends[p] < ends[i]:
            ends[p] = ends[i]
    block_set, no_text, drop_tags = BLOCK_TAGS, _NO_TEXT, _DROP_TAGS

    def ranges_of(items: list[int]) -> list[int]:
        diff = [0] * (n_els + 1)
        for k in items:
            diff[k] += 1
            diff[ends[k] + 1] -= 1
        return list(accumulate(diff))

    # One pass files the elements whose tag matters (most tags do not).
    special = list(compress(range(n_els), map(_SPECIAL_TAGS.__contains__, tags)))
    silent = [i for i in special if tags[i] in no_text]
    links = [i for i in special if tags[i] == "a"]
    drops = [i for i in special if tags[i] in drop_tags]
    anchors = [i for i in special if tags[i] == "main"]  # main/role=main/articleBody
    # libxml2 nests at most ~255 levels (deeper tags become siblings), so the walk only
    # needs to count depths when the limit is lower than that.
    if max_depth < min(n_els, _PARSER_MAX_DEPTH):
        depth = [0] * n_els
        for i in range(1, n_els):
            d = depth[i] = depth[par[i]] + 1
            if d == max_depth + 1:
                silent.append(i)
    notext = ranges_of(silent)
    inlink = ranges_of(links)

    own = [0] * n_els  # text chars directly owned (text + children's tails)
    own_link = [0] * n_els
    inl = [0] * n_els  # inline text chars of a block (its own paragraph)
    inl_link = [0] * n_els
    inl_comma = [0] * n_els
    paras: list[int] = []  # blocks that received inline text
    # Script and style bodies are never read: decoding them costs more than all the prose.
    texts: list[str | None] = [None if nt else el.text for el, nt in zip(els, notext)]
    for i in compress(range(n_els), texts):  # the non-empty ones
        text = texts[i] or ""
        if text.isspace():
            continue
        n = len(text.strip())
        own[i] += n
        b = i  # its paragraph: the nearest block ancestor-or-self (_owner, inlined)
        while b > 0 and tags[b] not in block_set:
            b = par[b]
        if not inl[b]:
            paras.append(b)
        inl[b] += n
        if inlink[i]:
            own_link[i] += n
            inl_link[b] += n
        inl_comma[b] += text.count(",")
    tails = [el.tail for el in els]
    for i in compress(range(n_els), tails):
        p = par[i]
        tail = tails[i] or ""
        if p < 0 or notext[p] or tail.isspace():
            continue
        n = len(tail.strip())
        own[p] += n
        b = p
        while b > 0 and tags[b] not in block_set:
            b = par[b]
        if not inl[b]:
            paras.append(b)
        inl[b] += n
        if inlink[p]:
            own_link[p] += n
            inl_link[b] += n
        inl_comma[b] += tail.count(",")
    if not paras:
        return None

    # Class/id hints, roles and structured-data anchors.
    weights: dict[int, float] = {}
    hinted: list[int] = []
    strong: list[int] = []  # elements with a strong "main text" class/id
    leads: list[int] = []  # elements with a lead/standfirst class/id
    bios: list[int] = []  # author boxes (also in ``hinted``)
    hint = _value_hint
    cached = _HINT_CACHE.get
    plain = _PLAIN
    pre = [0, *accumulate(own)]
    skip_tags = _NO_HINT_TAGS
    if attributes is not None and start >= 0:
        columns = [column[start : start + n_els] for column in attributes]
    else:
        columns = [[el.get(attr) for el in els] for attr in ("class", "id")]
    for values in columns:
        for i in compress(range(n_els), values):  # the elements with a value
            h = cached(values[i] or "")
            if h is plain:
                continue  # most class values say nothing the scorer reads (cached verdict)
            # Only elements holding text can change what is read; links and icons never
            # carry hints that matter beyond their parent's.
            if pre[ends[i] + 1] <= pre[i] or tags[i] in skip_tags:
                continue
            if h is None:
                h = hint(values[i] or "")
                if h is plain:
                    continue
            weight, negative, strong_hint, lead, closer, bio = h  # (one unpacking, in C)
            if weight:
                weights[i] = weights.get(i, 0.0) + weight
            if negative:
                hinted.append(i)
                if bio:
                    bios.append(i)
            elif strong_hint:
                strong.append(i)
            if lead:
                leads.append(i)
            if closer and pre[ends[i] + 1] - pre[i] <= _MAX_CLOSER_CHARS and par[i] > 0:
                # A short close control ("×", "Close", "Schließen [X]"): the block it
                # closes is a pop-up or an overlay, never the article.
                drops.append(par[i])
    # A <button> holds no text the scorer counts, so its class is read here: a close
    # button ("btn-close", aria-label "Close") closes the block it sits in.
    class_of = columns[0]
    for i in [k for k in drops if tags[k] == "button"]:
        value = class_of[i]
        if par[i] > 0 and value and (cached(value) or hint(value)).closer:
            drops.append(par[i])
    if all_roles is not None and start >= 0:
        # The page index read them: the pairs inside <body>, shifted to body positions.
        stop = start + n_els
        role_at = [(k - start, v) for k, v in all_roles if start <= k < stop]
    else:
        roles: Any = _X_ROLES(body)
        role_at = [(get(role.getparent(), -1), str(role)) for role in roles]
    role_drops: list[int] = []
    for i, value in role_at:
        if i < 0 or pre[ends[i] + 1] <= pre[i] or tags[i] in skip_tags:
            continue
        rl = value.lower()
        if rl == "main":
            anchors.append(i)
            weights[i] = weights.get(i, 0.0) + 20.0
        elif rl in _DROP_ROLES:
            drops.append(i)
            role_drops.append(i)
    for el in itemprops or ():
        k = get(el, -1)
        if k <= 0:
            continue
        prop = (el.get("itemprop") or "").lower()
        if "articlebody" in prop:
            anchors.append(k)
            weights[k] = weights.get(k, 0.0) + 60.0
        elif "comment" in prop.split():
            drops.append(k)  # schema.org `comment`: a reader's comment, not the article's text
    headline_i = get(headline, -1) if headline is not None else -1
    hinted.sort()
    leads.sort()

    pre_link = [0, *accumulate(own_link)]
    total = pre[-1]
    if total < 1:
        return None

    def chars(k: int) -> int:
        return pre[ends[k] + 1] - pre[k]

    # Ancestors of the headline, <main>, role=main, articleBody and strong main-text classes
    # are never excluded as a whole (they wrap the text, whatever their class says).
    protected: set[int] = set()
    anchors.extend(k for k in strong if chars(k) >= 200)
    for a in ([headline_i] if headline_i >= 0 else []) + anchors:
        k = a
        while k >= 0 and k not in protected:
            protected.add(k)
            k = par[k]

    def ranges(items: list[int]) -> list[int]:
        diff = [0] * (n_els + 1)
        for k in items:
            if k in protected or tags[k] == "body" or tags[k] == "html":
                continue
            diff[k] += 1
            diff[ends[k] + 1] -= 1
        return list(accumulate(diff))

    # Prefix count of real paragraphs (long, few links): a block holding one is not boilerplate.
    good = [0] * (n_els + 1)
    for b in paras:
        n = inl[b]
        if n >= 100 and inl_link[b] < 0.2 * n:
            good[b + 1] = 1
    pre_good = list(accumulate(good))
    prose = [0] * (n_els + 1)
    for b in paras:
        if good[b + 1]:
            prose[b + 1] = inl[b]
    pre_prose = list(accumulate(prose))
    tree = _Tree(
        els,
        par,
        tags,
        ends,
        pre,
        pre_link,
        inl,
        inl_link,
        inl_comma,
        weights,
        notext,
        leads,
        pre_good,
        pre_prose,
        texts,
        tails,
        class_of,
    )
    # A form holding most of the page's prose is the page's frame (a site that wraps every
    # page in one form), not a form to fill in.
    drops = [
        k
        for k in drops
        if tags[k] != "form"
        or not pre_prose[-1]
        or 2 * (pre_prose[ends[k] + 1] - pre_prose[k]) < pre_prose[-1]
    ]
    drops.extend(_signup_boxes(els, tags, par, ends, pre, drops))
    drops.extend(_teaser_cards(tree, paras, links, class_of, headline_i))
    drops.extend(_plain_cards(tree, paras, class_of, headline_i))
    drops.extend(_reply_thread(tree, class_of, headline_i))
    hinted = _framing(hinted, columns, tags, ends, pre_prose)
    # What the comment reader read as readers' comments (a section named by its heading or
    # its aria-label in any language, comments classed for their text only …) is never the
    # article's text, whatever its class, unless the page is the thread (see below).
    found = comment_blocks([k for k in map(get, comments) if k is not None])
    result = _choose(tree, paras, drops + found, hinted, bios, role_drops, ranges, headline_i)
    if found and not opened and (result is None or result.chars < chars(found[0])):
        # Less text than the first comment holds is left without the comments: that
        # "comment" is the opening post of a thread (a forum), and the thread is the page.
        result = _choose(tree, paras, drops, hinted, bios, role_drops, ranges, headline_i)
    return result
