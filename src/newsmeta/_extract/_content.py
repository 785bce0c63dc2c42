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
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import accumulate, compress
from typing import Any, NamedTuple

import lxml.etree
from lxml.html import HtmlElement

from newsmeta._extract._body_cells import story_cell
from newsmeta._extract._body_edges import prose_left_out, story_apart
from newsmeta._extract._body_furniture import (
    MAX_WRITER_BOX,
    comment_blocks,
    reply_name,
    unspaced,
    writer_intro,
)
from newsmeta._extract._body_lines import (
    _DATELINE,
    _MAX_EDGE_LINE,
    _boilerplate_line,
    _consent,
    keep_flags,
    legal_notice,
)
from newsmeta._extract._body_recall import (
    alike_parts,
    continued_row,
    header_paragraphs,
    lead_block,
    misused_wrappers,
    story_articles,
)
from newsmeta._extract._words import (
    COMMENT_STEMS,
    collapse_spaces,
    drop_invisible,
    drop_taxonomy,
)

__all__ = [
    "BLOCK_BREAK",
    "BR",
    "CLOSE",
    "OPEN",
    "SKIP",
    "Content",
    "Walk",
    "find_content",
    "keep_flags",
]

_ELEMENT = lxml.etree.Element
_getparent = lxml.etree._Element.getparent

# Text of these is never read (and their tails still are).
_NO_TEXT = frozenset(
    {
        "script", "style", "template", "svg", "iframe", "object", "embed",
        "canvas", "video", "audio", "select", "option", "textarea", "button", "input",
        "head", "title", "meta", "link", "map", "datalist", "math", "rt", "rp",
    }
)  # fmt: skip

# Elements that start their own paragraph.
BLOCK_TAGS = frozenset(
    {
        "address", "article", "aside", "blockquote", "body", "center", "dd", "details",
        "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer",
        "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "li", "main",
        "menu", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "thead",
        "tfoot", "td", "th", "tr", "ul", "caption", "legend", "html", "frameset", "frame",
        "listing", "plaintext", "xmp",
    }
)  # fmt: skip

# Subtrees that are never main text (range-excluded unless they wrap the headline).
_DROP_TAGS = frozenset(
    {
        "nav", "aside", "footer", "form", "header", "dialog", "menu", "figure", "figcaption",
        "button", "select", "textarea", "label", "fieldset",
    }
)  # fmt: skip

# Blocks dropped from the main text when they are mostly links.
_LINKY = frozenset(
    {
        "p",
        "div",
        "section",
        "ul",
        "ol",
        "li",
        "table",
        "tr",
        "td",
        "dl",
        "center",
        "blockquote",
    }
)
_LISTY = frozenset({"ul", "ol", "table", "div", "section", "dl"})

_X_ROLES = lxml.etree.XPath("descendant-or-self::*/@role")
_DROP_ROLES = frozenset({"navigation", "complementary", "contentinfo", "banner", "menu", "dialog"})

_PARSER_MAX_DEPTH = 255
_SPECIAL_TAGS = _NO_TEXT | _DROP_TAGS | {"a", "main"}
_NO_HINT_TAGS = frozenset({"a", "i", "b", "strong", "em", "abbr", "sup", "sub", "small", "u"})
# Tags of a picture and its caption: dropped as furniture, unless the story is told in them.
_PICTURE_TAGS = frozenset({"figure", "figcaption"})

# The text of a close control is a word or a sign ("×", "Close", "Schließen [X]").
_MAX_CLOSER_CHARS = 20

# Initial score of a candidate container by tag (readability's convention).
_TAG_WEIGHT = {
    "div": 5.0, "article": 8.0, "main": 5.0, "section": 3.0, "pre": 3.0, "td": 3.0,
    "blockquote": 3.0, "address": -3.0, "ol": -3.0, "ul": -3.0, "dl": -3.0, "dd": -3.0,
    "dt": -3.0, "li": -3.0, "form": -3.0, "h1": -5.0, "h2": -5.0, "h3": -5.0, "h4": -5.0,
    "h5": -5.0, "h6": -5.0, "th": -5.0,
}  # fmt: skip

# Class/id words, matched on the letter runs of the lowercased attribute ("post-comments" ->
# "post", "comments"): a run matches a word it starts with, and two adjacent runs are also
# tried joined ("side-bar" -> "sidebar"), so "commentlist" matches "comment" but "recommend"
# does not.
_TOKEN = re.compile(r"[a-z]+")
_NEG_PREFIX = (
    *COMMENT_STEMS, "disqus", "respond", "replies", "discuss", "diskuss", "discusi",
    "sidebar", "widget", "nav", "menu", "breadcrumb", "footer", "share", "sharing", "social",
    "related", "recommend", "readmore", "newsletter", "subscri", "signup", "cookie", "consent",
    "gdpr", "promo", "advert", "sponsor", "outbrain", "taboola", "popup", "modal", "byline",
    "author", "tagcloud", "taglist", "pagination", "pager", "skip", "masthead", "banner",
    "toolbar", "caption", "credit", "postmeta", "date", "dateline", "timestamp", "rating",
    "teaser", "trending", "popular", "jump", "breaking", "ticker", "login", "rss",
    "follow", "utility", "tools",
)  # fmt: skip
_NEG_EXACT = frozenset({"ad", "ads", "tags", "meta", "toc", "print"})
_NEG_PAIRS = frozenset(
    {
        "sidebar", "morefrom", "morestories", "readmore", "signup", "tagcloud", "taglist",
        "taglinks", "visuallyhidden", "sronly", "screenreader", "mostpopular", "mostread",
        "mostviewed", "mostshared", "mostcommented", "postmeta", "entrymeta", "articlemeta",
    }
)  # fmt: skip
_POS_PREFIX = (
    "article", "body", "content", "entry", "main", "post", "text", "story", "blog", "hentry",
    "page", "prose", "richtext", "markdown",
)  # fmt: skip
_LEAD_PREFIX = (
    "teaser", "intro", "lead", "lede", "standfirst", "subtitle", "subline", "excerpt",
    "summary", "deck", "dek", "abstract", "chapeau", "chapo", "sapo", "entradilla",
    "description", "vorspann", "anriss", "einleitung", "perex", "bajada", "subhead",
)  # fmt: skip
_LEAD_PAIRS = frozenset({"subtitle", "headertext"})
_STRONG_PREFIX = (
    "articlebody", "articlecontent", "entrycontent", "postcontent", "postbody", "postentry",
    "storybody", "storycontent", "bodytext", "articletext", "maincontent", "textcontent",
    "contentbody", "richtext", "singlecontent", "storytext", "fieldbody", "nodecontent",
    "pagecontent",
)  # fmt: skip


class _Hint(NamedTuple):
    weight: float
    negative: bool
    strong: bool
    lead: bool
    closer: bool = False  # a dialog's close control ("close", "btn-close", "dismiss")
    bio: bool = False  # an author box ("author-bio", "about-the-author")


_HINT_CACHE: dict[str, _Hint] = {}
_PLAIN = _Hint(0.0, False, False, False)  # says nothing (the shared instance, see _hint)
_HINTS: dict[_Hint, _Hint] = {_PLAIN: _PLAIN}
# Class/id values repeat across the pages of a site and of a framework; ~100,000 cached
# verdicts (a few MB) cover most of a varied crawl.
_MAX_CACHED_HINTS = 100_000
_TOKEN_CACHE: dict[str, int] = {}
_STRONG, _NEGATIVE, _POSITIVE, _LEADING, _CLOSER, _BIO = 1, 2, 4, 8, 16, 32
# The class word of a control that closes the block around it (a pop-up, an overlay).
_CLOSER_WORDS = frozenset({"close", "closer", "dismiss", "schliessen", "fermer", "cerrar"})
_STRONG_PAIRS = frozenset(_STRONG_PREFIX)
# An author box's class: it introduces the writer and is never the story, whatever else
# the class says ("author-bio", "about-the-author", "authorbox").
_BIO_PREFIX = ("authorbio", "authorbox", "authorinfo", "authorcard", "aboutauthor", "theauthor")


def _without_digits(value: str) -> str:
    """``value`` without ASCII digits (bytes.translate: several times faster than str's;
    a digit byte never occurs inside a multi-byte UTF-8 sequence)."""
    return (
        value.encode("utf-8", "surrogatepass")
        .translate(None, b"0123456789")
        .decode("utf-8", "surrogatepass")
    )


def _token_bits(tok: str) -> int:
    bits = 0
    if tok.startswith(_STRONG_PREFIX):
        bits |= _STRONG
    if tok.startswith(_NEG_PREFIX) or tok in _NEG_EXACT:
        bits |= _NEGATIVE
    if tok.startswith(_POS_PREFIX):
        bits |= _POSITIVE
    if tok.startswith(_LEAD_PREFIX):
        bits |= _LEADING
    if tok in _CLOSER_WORDS:
        bits |= _CLOSER
    if tok.startswith(_BIO_PREFIX):
        bits |= _BIO
    if len(_TOKEN_CACHE) >= 20_000:
        _TOKEN_CACHE.clear()
    _TOKEN_CACHE[tok] = bits
    return bits


def _hint(key: str) -> _Hint:
    """What a class or id value says about its element (cached per value)."""
    hit = _HINT_CACHE.get(key)
    if hit is not None:
        return hit
    bits = 0
    prev = ""
    cache = _TOKEN_CACHE
    for tok in _TOKEN.findall(drop_taxonomy(key.lower())):
        tb = cache.get(tok)
        bits |= _token_bits(tok) if tb is None else tb
        if prev:
            pair = prev + tok
            if pair.startswith(_BIO_PREFIX):
                bits |= _BIO
            if pair in _NEG_PAIRS:
                bits |= _NEGATIVE
            elif pair in _STRONG_PAIRS:
                bits |= _STRONG
            elif pair in _LEAD_PAIRS:
                bits |= _LEADING
        prev = tok
    strong = bool(bits & _STRONG)
    neg = bool(bits & _NEGATIVE)
    weight = 0.0
    if strong:
        weight += 50.0
    elif bits & _POSITIVE:
        weight += 25.0
    if neg:
        weight -= 25.0 if strong else 50.0
    result = _Hint(
        weight,
        neg and not strong,
        strong,
        bool(bits & _LEADING),
        bool(bits & _CLOSER),
        bool(bits & _BIO) and neg and not strong,
    )
    result = _HINTS.setdefault(result, result)  # a handful of distinct values: share them
    if len(_HINT_CACHE) >= _MAX_CACHED_HINTS:
        _HINT_CACHE.clear()
    _HINT_CACHE[key] = result
    return result


def _value_hint(value: str) -> _Hint:
    """The hint of a class or id value as written, cached under the value itself.

    Digits never change a hint: "post-123" and "post-456" share the entry of "post-"; the
    value is cached too, since many with digits repeat across the pages of a site and of a
    framework ("col-md-8", "mt-3", "grid-cols-12").
    """
    result = _hint(_without_digits(value))
    if len(_HINT_CACHE) >= _MAX_CACHED_HINTS:
        _HINT_CACHE.clear()
    _HINT_CACHE[value] = result
    return result


class Walk(NamedTuple):
    """What the reading walk saw, for the block builder (:mod:`newsmeta._extract._blocks`).

    ``pieces`` is the text stream the paragraphs were cut from; ``events`` are
    ``(position in pieces, element index, OPEN/CLOSE/SKIP)`` in walk order. ``cut`` are
    the paragraphs of the stream before the furniture test and ``flags`` its verdicts
    (:func:`keep_flags`); the paragraphs of the stream's ``s``-th stretch between two
    paragraph breaks are ``cut[spans[2 * s]:spans[2 * s + 1]]``. The builder reuses them for
    the stretches it reads as plain text, and the verdicts when its paragraphs are these.
    ``visible`` says the stream holds no invisible characters (soft hyphens …) to drop.
    """

    pieces: list[str]
    events: list[tuple[int, int, int]]
    els: list[HtmlElement]
    tags: list[str]
    cut: list[str]
    flags: list[bool]
    spans: list[int]
    visible: bool


OPEN, CLOSE, SKIP = 0, 1, 2


class Content(NamedTuple):
    """The chosen main text: paragraphs and the container element (for the locator).

    ``share`` is the part of the page's prose (long, link-poor paragraphs) inside the
    chosen blocks; ``fallback`` says why a first choice was given up ("" when it was not).
    """

    paragraphs: list[str]
    element: HtmlElement
    chars: int
    span: tuple[int, int] = (0, -1)
    share: float = 1.0
    fallback: str = ""
    walk: Walk | None = None


_BR = "\x00br"
_BLOCK_BREAK = "\x00p"
BR, BLOCK_BREAK = _BR, _BLOCK_BREAK
"""The line-break and paragraph-break markers of the text stream (see :class:`Walk`)."""


def _score_paragraph(chars: int, commas: int) -> float:
    return 1.0 + commas + min(chars / 100.0, 3.0)


def _owner(i: int, tags: list[str], par: list[int], block_set: frozenset[str]) -> int:
    """The nearest block ancestor-or-self of element ``i`` (its paragraph)."""
    while i > 0 and tags[i] not in block_set:
        i = par[i]
    return i


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
) -> Content | None:
    """Locate and read the main text under ``body`` (None when nothing text-like is found).

    ``elements`` is the page's document-order node list when the caller has one (its proxies
    are reused), and ``attributes``, ``all_tags`` and ``all_roles`` its class and id values,
    tags and ``(index, role)`` pairs, read once for the whole page; otherwise ``body`` is
    walked and read here. ``comments`` are the elements the comment reader read as readers'
    comments: never the article's text (unless one holds the headline: a forum's thread).
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
    if found and (result is None or result.chars < chars(found[0])):
        # Less text than the first comment holds is left without the comments: that
        # "comment" is the opening post of a thread (a forum), and the thread is the page.
        result = _choose(tree, paras, drops, hinted, bios, role_drops, ranges, headline_i)
    return result


def _choose(
    tree: _Tree,
    paras: list[int],
    drops: list[int],
    hinted: list[int],
    bios: list[int],
    role_drops: list[int],
    ranges: Any,
    headline_i: int,
) -> Content | None:
    """The text read with the blocks ``drops`` (and, first, the class-``hinted`` ones)
    left out: the scorer's choice, its retries and its guard against a catastrophic body
    (``role_drops``: the blocks among ``drops`` left out by their tag or role)."""
    strict = ranges(drops + hinted)
    result = _select(tree, paras, strict, headline_i)
    if result is None or result.chars < 250:
        # What a class hint left out is read again, save an author box (the writer's
        # introduction is never the story a misleading class hid) and the site's colophon
        # (a footer of address, register and copyright lines is no story either).
        loose = ranges(drops + bios)
        colophons = _hinted_colophons(tree, hinted, loose)
        if colophons:
            loose = ranges(drops + bios + colophons)
        retry = _select(tree, paras, loose, headline_i)
        if retry is not None and (result is None or retry.chars > 2 * result.chars):
            result = retry
        if result is None or result.chars < 250:
            result = _captions_told(tree, paras, drops, ranges, headline_i, result)
        wrappers = misused_wrappers(drops, role_drops, headline_i, tree)
        if (result is None or result.chars < 250) and wrappers:
            # The story in a block its tag or role left out, classed as text: read it.
            kept = [k for k in drops if k not in wrappers]
            retry = _select(tree, paras, ranges(kept + bios), headline_i)
            if retry is not None and (result is None or retry.chars > 2 * result.chars):
                result = retry
    if result is not None:
        result = _not_catastrophic(tree, paras, strict, headline_i, result)
    elif headline_i >= 0:
        result = _link_list(tree, headline_i, strict)
    return result


# A hinted block shorter than this is no colophon worth reading (a share row, a menu).
_MIN_COLOPHON_CHARS = 150


def _hinted_colophons(t: _Tree, hinted: list[int], excluded: list[int]) -> list[int]:
    """The outermost class-hinted blocks (``hinted`` in document order) that read as the
    site's colophon: the retry that reads hinted blocks again leaves them out."""
    pre, pre_link, ends = t.pre, t.pre_link, t.ends
    out: list[int] = []
    end = -1
    for k in hinted:
        if k <= end:
            continue  # inside a hinted block already looked at
        end = ends[k]
        n = pre[end + 1] - pre[k]
        if (
            n >= _MIN_COLOPHON_CHARS
            and 2 * (pre_link[end + 1] - pre_link[k]) < n  # a menu is mostly links
            and _colophon_block(t, k, excluded)
        ):
            out.append(k)
    return out


# Class words of page parts that hold prose and are still never the story (comments and
# reviews, an author's box, other or next stories, a news ticker, offers, a side column):
# a block so classed stays out however much prose it holds.
_PROSE_FURNITURE = (
    *COMMENT_STEMS, "respond", "repl", "disqus", "review", "author", "bio", "related",
    "recommend", "more", "teaser", "popular", "trending", "next", "endless", "infinite",
    "breaking", "ticker", "promo", "newsletter", "subscri", "signup", "sidebar", "aside",
    "rail", "footer", "cookie", "consent", "gdpr", "modal", "popup",
)  # fmt: skip


def _framing(
    hinted: list[int],
    columns: list[list[str | None]],
    tags: list[str],
    ends: list[int],
    pre_prose: list[int],
) -> list[int]:
    """The blocks a class hint leaves out, save those that frame the page's text: a block
    holding at least half the page's prose (on a page with at least 1,000 characters of
    it) whose class words name no part that holds prose of its own (comments, an author
    box, other stories …) is the story's wrapper, whatever else its class says
    ("text ads-inside", "story js-share")."""
    total = pre_prose[-1]
    if total < _MIN_PROSE:
        return hinted
    kept: list[int] = []
    for k in hinted:
        if 2 * (pre_prose[ends[k] + 1] - pre_prose[k]) < total or tags[k] in _DROP_TAGS:
            kept.append(k)
            continue
        words = _TOKEN.findall(" ".join(v for v in (c[k] for c in columns) if v).lower())
        if any(w.startswith(_PROSE_FURNITURE) for w in words):
            kept.append(k)
    return kept


def _captions_told(
    t: _Tree,
    paras: list[int],
    drops: list[int],
    ranges: Any,
    headline_i: int,
    result: Content | None,
) -> Content | None:
    """A story told in its pictures' captions (a photo essay): when the page gives little
    or no text outside its ``<figure>``s, read the captions too. Kept only when that gives
    clearly more text."""
    tags = t.tags
    kept = [k for k in drops if tags[k] not in _PICTURE_TAGS]
    if len(kept) == len(drops):
        return result
    retry = _select(t, paras, ranges(kept), headline_i)
    if retry is not None and (result is None or retry.chars > 2 * result.chars):
        return retry
    return result


# A sign-up box is a line or two of offer around its form; more text is the page's own.
_MAX_SIGNUP_TEXT = 400


def _signup_boxes(
    els: list[HtmlElement],
    tags: list[str],
    par: list[int],
    ends: list[int],
    pre: list[int],
    drops: list[int],
) -> list[int]:
    """The blocks around a form that asks for an e-mail address (a newsletter or
    subscription offer: "Get the morning briefing … Sign up") when they hold little text
    besides it."""
    out: list[int] = []
    for f in [k for k in drops if tags[k] == "form"]:
        asks = any(
            tags[k] == "input" and (els[k].get("type") or "").lower() == "email"
            for k in range(f, ends[f] + 1)
        )
        box = par[f]
        if not asks or box <= 0 or tags[box] in ("body", "article", "main"):
            continue
        besides = (pre[ends[box] + 1] - pre[box]) - (pre[ends[f] + 1] - pre[f])
        if besides <= _MAX_SIGNUP_TEXT:
            out.append(box)
    return out


# A teaser card's own text besides its linked title: a sentence or two of summary.
_MAX_CARD_TEXT = 300
_MIN_CARDS = 3
_CARD_TITLES = frozenset({"h2", "h3", "h4", "h5", "h6", "strong", "b"})
_NO_CARD = frozenset({"body", "html", "article", "main"})


def _widest(t: _Tree, k: int) -> int:
    """The largest block around block ``k`` that adds no text to it (a thumbnail link, a
    wrapper), below the page's article and main containers."""
    tags, par, ends, pre = t.tags, t.par, t.ends, t.pre
    size = pre[ends[k] + 1] - pre[k]
    up = par[k]
    while up > 0 and tags[up] not in _NO_CARD and pre[ends[up] + 1] - pre[up] == size:
        k, up = up, par[up]
    return k


def _teaser_cards(
    t: _Tree, paras: list[int], links: list[int], class_of: list[str | None], headline_i: int
) -> list[int]:
    """Runs of teaser cards: three or more sibling blocks of one tag and class, each
    opened by a heading (or bold line) whose whole text is a link to another page and
    holding a sentence or two of its own (a summary). Such a run lists other stories
    wherever it sits (a sidebar, under the story, inside the article's element); it is
    kept only when it holds more text than the rest of the page holds in prose, counted
    in long paragraphs or in lines of 30 characters and more (a post that is a list)."""
    tags, par, ends, pre, pre_prose = t.tags, t.par, t.ends, t.pre, t.pre_prose
    runs: dict[tuple[int, str, str | None], list[int]] = {}
    for a in links:
        h = par[a]
        if h <= 0 or tags[h] not in _CARD_TITLES:
            continue
        title = pre[ends[h] + 1] - pre[h]
        card = par[h]
        if (
            not title
            or pre[ends[a] + 1] - pre[a] < title  # the link is the whole title
            or card <= 0
            or tags[card] in _NO_CARD
            or pre[h] != pre[card]  # the title opens the card
            or pre[ends[card] + 1] - pre[card] - title > _MAX_CARD_TEXT
        ):
            continue
        # The card is the largest block around it that adds no text (a thumbnail link, a
        # wrapper): its siblings are the other cards.
        card = _widest(t, card)
        run = runs.setdefault((par[card], tags[card], class_of[card]), [])
        if not run or run[-1] != card:  # two links in one title count once
            run.append(card)
    out: list[int] = []
    pre_lines: list[int] | None = None
    for run in runs.values():
        if len(run) < _MIN_CARDS:
            continue
        inside = sum(pre_prose[ends[c] + 1] - pre_prose[c] for c in run)
        chars = sum(pre[ends[c] + 1] - pre[c] for c in run)
        if chars < pre_prose[-1] - inside or story_apart(run[0], headline_i, par, ends, pre_prose):
            out.extend(run)
            continue
        # The rest of the page in prose lines of 30 characters and more (a story of short
        # paragraphs): their prefix sums are counted once a page, when first needed.
        if pre_lines is None:
            pre_lines = _prose_lines(t, paras)
        inside = sum(pre_lines[ends[c] + 1] - pre_lines[c] for c in run)
        if chars < pre_lines[-1] - inside:
            out.extend(run)
    return out


def _prose_lines(t: _Tree, paras: list[int]) -> list[int]:
    """Prefix sums, by node index, of the text of the page's prose lines (paragraphs of at
    least 30 characters, under a fifth of them in links)."""
    inl, inl_link = t.inl, t.inl_link
    lines = [0] * (len(inl) + 1)
    for b in paras:
        n = inl[b]
        if n >= _MIN_LINE_BESIDE and 5 * inl_link[b] < n:
            lines[b + 1] = n
    return list(accumulate(lines))


# Plain cards: three or more items in a block beside the story, each a short heading with
# no link followed by one short text (a summary), and nothing else in the block but a title.
_PLAIN_TITLES = frozenset({"h3", "h4", "h5", "h6"})
_MAX_PLAIN_TITLE = 100
_MIN_STORY_BESIDE = 150
_MIN_LINE_BESIDE = 30
_MAX_CARD_LINK = 30
_MIN_TITLE_WORDS = 3


def _text_beside(t: _Tree, paras: list[int], box: int, line: int = _MIN_LINE_BESIDE) -> int:
    """The text of the page's paragraphs outside block ``box`` that are lines of prose (at
    least ``line`` characters, at most a fifth of them in links)."""
    inl, inl_link, ends = t.inl, t.inl_link, t.ends
    stop = ends[box]
    return sum(
        inl[b]
        for b in paras
        if (b < box or b > stop) and inl[b] >= line and 5 * inl_link[b] < inl[b]
    )


def _plain_cards(
    t: _Tree, paras: list[int], class_of: list[str | None], headline_i: int
) -> list[int]:
    """Runs of cards without links: three or more items, each a short heading (no link, no
    question) and right after it one block of at most 300 characters, either wrapped one
    item a block (sibling blocks of one tag and class, each maybe closed by a short link
    such as "Read") or laid flat in one block. The run
    must make nearly all of the text of the block holding it, that block must not hold the
    headline nor follow it with no story between, and the rest of the page must hold a
    story of its own; a run whose titles
    mostly open with one word (steps, questions, days) is a part of the story, and one
    whose titles are mostly not headlines (under three words: a product's features) is the
    page's own text."""
    els, tags, par, ends, pre, pre_link = t.els, t.tags, t.par, t.ends, t.pre, t.pre_link
    n_els = len(tags)
    runs: dict[tuple[int, str, str | None], list[tuple[int, int, int]]] = {}
    for h in paras:
        if tags[h] not in _PLAIN_TITLES:
            continue
        title = pre[ends[h] + 1] - pre[h]
        nxt = ends[h] + 1
        if (
            not 0 < title <= _MAX_PLAIN_TITLE
            or pre_link[ends[h] + 1] > pre_link[h]
            or nxt >= n_els
            or par[nxt] != par[h]
            or tags[nxt] not in BLOCK_TAGS
            or tags[nxt] in _PLAIN_TITLES
            or not 0 < pre[ends[nxt] + 1] - pre[nxt] <= _MAX_CARD_TEXT
            or pre_link[ends[nxt] + 1] > pre_link[nxt]
        ):
            continue
        box = par[h]
        if box <= 0 or tags[box] in _NO_CARD:
            continue
        rest = pre[ends[box] + 1] - pre[ends[nxt] + 1]  # after the text: a "Read" link
        if (
            pre[h] == pre[box]
            and rest <= _MAX_CARD_LINK
            and pre_link[ends[box] + 1] - pre_link[ends[nxt] + 1] == rest
        ):
            card = _widest(t, box)  # the item is a block of its own
            key = (par[card], tags[card], class_of[card])
            runs.setdefault(key, []).append((card, card, h))
        else:
            runs.setdefault((box, "", None), []).append((h, nxt, h))
    out: list[int] = []
    for (box, _, _), items in runs.items():
        if len(items) < _MIN_CARDS or box <= 0 or tags[box] in _NO_CARD:
            continue
        # Chinese and Japanese say in one character what takes two or three letters: their
        # lengths count double (a short story and short titles in those scripts).
        scale = 2 if all(unspaced(els[h].text_content() or "") for _, _, h in items) else 1
        story = _MIN_STORY_BESIDE // scale
        if headline_i >= 0 and (
            box <= headline_i <= ends[box]
            or (box > headline_i and pre[box] - pre[ends[headline_i] + 1] < story)
        ):
            continue  # the block holds the headline or follows it with no story between
        chars = sum(pre[ends[b] + 1] - pre[a] for a, b, _ in items)
        if 5 * chars < 4 * (pre[ends[box] + 1] - pre[box]):
            continue
        if _text_beside(t, paras, box, _MIN_LINE_BESIDE // scale) < story:
            continue
        firsts: dict[str, int] = {}
        headlines = 0
        for _, _, h in items:
            words = (els[h].text_content() or "").split()
            head = words[0].lower() if words else ""
            if words and words[-1].endswith("?"):
                head = "?"
            firsts[head] = firsts.get(head, 0) + 1
            # A headline of another story, not a feature's name ("Easy set-up"): three
            # words or more, or one run of at least eight characters (six in Chinese or
            # Japanese: about three words).
            if len(words) >= _MIN_TITLE_WORDS or (
                len(words) == 1 and len(words[0]) >= (6 if scale == 2 else 8)
            ):
                headlines += 1
        if 2 * max(firsts.values()) > len(items) or 2 * headlines <= len(items):
            continue
        for a, b, _ in items:
            out.append(a)
            if b != a:
                out.append(b)
    return out


# A reply of a thread: a short name in bold (or a <cite>) opening the block, then its date
# and time, then the reply.
_NAME_TAGS = frozenset({"b", "strong", "cite"})
_MAX_NAME = 40
_MIN_REPLIES = 3
_REPLY_HEAD = 120
_MIN_STORY = 100
_MIN_REPLY_TEXT = 100  # a reply's mean length, name and date included


def _head(el: HtmlElement) -> str:
    """The first characters of ``el``'s text, its pieces joined by spaces (a line break
    between a time and the next word keeps them apart)."""
    pieces: list[str] = []
    n = 0
    for piece in el.itertext():
        pieces.append(piece)
        n += len(piece)
        if n >= _REPLY_HEAD:
            break
    return " ".join(pieces)[:_REPLY_HEAD]


def _reply_thread(t: _Tree, class_of: list[str | None], headline_i: int) -> list[int]:
    """Runs of replies not marked as comments: three or more sibling blocks of one tag and
    class, each opened by a short name in bold (or a ``<cite>``) with a date and a clock
    time right after it ("Ann <i>2024-03-01 14:10</i> …"). They answer a story when text
    stands between the headline and them; otherwise a run holding more prose than the rest
    of the page is the page itself (a forum thread: its first post follows the title) and
    is kept."""
    els, tags, par, ends, pre, pre_prose = t.els, t.tags, t.par, t.ends, t.pre, t.pre_prose
    runs: dict[tuple[int, str, str | None], list[tuple[int, int]]] = {}
    for h in compress(range(len(tags)), map(_NAME_TAGS.__contains__, tags)):
        name = pre[ends[h] + 1] - pre[h]
        card = par[h]
        if (
            not 0 < name <= _MAX_NAME
            or card <= 0
            or tags[card] not in BLOCK_TAGS
            or tags[card] in _NO_CARD
            or pre[h] != pre[card]  # the name opens the block
        ):
            continue
        card = _widest(t, card)
        run = runs.setdefault((par[card], tags[card], class_of[card]), [])
        if not run or run[-1][0] != card:
            run.append((card, h))
    out: list[int] = []
    for pairs in runs.values():
        if len(pairs) < _MIN_REPLIES:
            continue
        # A name holds no time nor date (a bold time opens a live entry, not a reply).
        dated = sum(
            1
            for c, h in pairs
            if reply_name(_head(els[h])) and _DATELINE.search(_head(els[c])) is not None
        )
        cards = [c for c, _ in pairs]
        chars = sum(pre[ends[c] + 1] - pre[c] for c in cards)
        if 4 * dated < 3 * len(cards) or chars < _MIN_REPLY_TEXT * len(cards):
            continue  # a list of dates (a tour, a timetable) is no thread
        first = cards[0]
        answers = 0 <= headline_i < first and pre[first] - pre[ends[headline_i] + 1] >= _MIN_STORY
        inside = sum(pre_prose[ends[c] + 1] - pre_prose[c] for c in cards)
        if answers or inside < pre_prose[-1] - inside:
            out.extend(cards)
    return out


# Below this, what a link list gives is a caption or a menu, not a post.
_MIN_LINK_LIST = 200


def _link_list(t: _Tree, headline_i: int, excluded: list[int]) -> Content | None:
    """The text under the headline in its ``<article>``/``<main>``, links and all, when no
    block of the page reads as prose: a post that is a list of links ("Links of the
    week"), each item a linked title and a line of source."""
    tags, par = t.tags, t.par
    art = par[headline_i]
    while art >= 0 and tags[art] != "article" and tags[art] != "main":
        art = par[art]
    if art < 0:
        return None
    pieces: list[str] = []
    events: list[tuple[int, int, int]] = []
    _read(art, t, excluded, pieces, t.ends[headline_i] + 1, headline_i, events, keep_links=True)
    paragraphs, cut, flags, spans, visible = _paragraphs(pieces)
    size = sum(len(p) for p in paragraphs)
    if size < _MIN_LINK_LIST:
        return None
    walk = Walk(pieces, events, t.els, tags, cut, flags, spans, visible)
    return Content(paragraphs, t.els[art], size, (art, t.ends[art]), 1.0, walk=walk)


# Below this much prose on the page, a small share says nothing.
_MIN_PROSE = 1000
_SMALL_SHARE = 0.15
_MAX_BOILERPLATE_CHARS = 3000
_BOILERPLATE_SHARE = 0.6


def _boilerplate(paragraphs: list[str]) -> bool:
    """Whether the chosen text reads as a colophon or a promotion (most of it, by length)."""
    total = sum(len(p) for p in paragraphs)
    if not total:
        return False
    boiler = sum(len(p) for p in paragraphs if len(p) < 300 and _boilerplate_line(p))
    return boiler >= 0.5 * total


def _near_headline(t: _Tree, first: int, headline_i: int) -> bool:
    """Whether the headline and block ``first`` share a close ancestor (three levels)."""
    if headline_i < 0 or first < 0:
        return False
    k = first
    for _ in range(4):
        if k < 0:
            return False
        if k <= headline_i <= t.ends[k]:
            return True
        k = t.par[k]
    return False


# Headings that open a story of their own (the next story of an endless page).
_STORY_HEADINGS = frozenset({"h1", "h2"})


def _untitled_after(t: _Tree, found: Content, headline_i: int) -> bool:
    """Whether ``found`` follows the headline with no heading of its own (none inside it,
    none between the headline and it)."""
    lo, hi = found.span
    if lo <= headline_i:
        return False
    tags = t.tags
    return not any(tags[k] in _STORY_HEADINGS for k in range(t.ends[headline_i] + 1, hi + 1))


def _not_catastrophic(
    t: _Tree, paras: list[int], excluded: list[int], headline_i: int, result: Content
) -> Content:
    """The chosen text, or the next region when it holds a small share of the page's prose
    or reads as boilerplate (a promo teaser instead of a review, the footer instead of a
    story). The fallback is kept only when it holds clearly more of the prose."""
    total = t.pre_prose[-1]
    lo, hi = result.span
    # A short story beside a longer one (the next article of an endless page) is still
    # the story under the headline: near the headline, a small share counts only when the
    # longer text it gives way to follows the headline without a heading of its own (a
    # teaser stood in for the story; the next story keeps its heading).
    small = total >= _MIN_PROSE and result.share < _SMALL_SHARE
    headed = small and _near_headline(t, lo, headline_i)
    # A colophon or a promotion is short: longer texts are not checked (and never cost a
    # scan of every paragraph of a long page).
    # Only worth reading when most of the page's prose lies elsewhere.
    # What was read is judged, before its edges were trimmed: a colophon trimmed line by
    # line down to its first line is still the colophon.
    boiler = (
        result.chars <= _MAX_BOILERPLATE_CHARS
        and result.share < _BOILERPLATE_SHARE
        and _boilerplate(result.walk.cut if result.walk is not None else result.paragraphs)
    )
    if not small and not boiler:
        return result
    reason = "boilerplate" if boiler else "small-share"
    current = result
    mask = list(excluded)
    for _ in range(2):
        lo, hi = current.span
        if hi < lo:
            break
        for i in range(lo, hi + 1):
            mask[i] += 1
        retry = _select(t, paras, mask, headline_i)
        if retry is None:
            break
        if (
            not (retry.chars <= _MAX_BOILERPLATE_CHARS and _boilerplate(retry.paragraphs))
            and retry.share >= max(2 * result.share, _SMALL_SHARE if small else 0.0)
            and retry.chars >= 200
            and (not headed or boiler or _untitled_after(t, retry, headline_i))
        ):
            return retry._replace(fallback=reason)
        current = retry
    return result


# A list of other stories: three or more blocks of one tag and class, each a link and a
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
        if 0 < n <= _MAX_TEASER_TEXT and pre_link[ends[c] + 1] > pre_link[c]:
            key = (tags[c], els[c].get("class"))
            counts[key] = counts.get(key, 0) + 1
            chars[key] = chars.get(key, 0) + n
        c = ends[c] + 1
    best = max(counts, key=counts.__getitem__, default=None)
    return best is not None and counts[best] >= _MIN_TEASERS and 2 * chars[best] >= size


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
    """The about-us boxes among the chosen blocks and their children: blocks closing their
    parent after the headline (blocks ``excluded`` do not count), with at least 150
    characters of story between it and them."""
    tags, ends, pre = t.tags, t.ends, t.pre
    if headline_i < 0:
        return []
    after = pre[ends[headline_i] + 1]
    cands = chosen if len(chosen) > 1 else []
    out: list[int] = []
    for c in chosen:
        kids: list[tuple[int, int]] = [(c, -2)] if c in cands else []
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
                if _about_block(t, k) or _writer_box(t, k):
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


class _NoExclusion:
    def __getitem__(self, key: int) -> int:
        return 0


_NO_EXCLUSION: list[int] = _NoExclusion()  # type: ignore[assignment]


class _Tree(NamedTuple):
    els: list[HtmlElement]
    par: list[int]
    tags: list[str]
    ends: list[int]
    pre: list[int]
    pre_link: list[int]
    inl: list[int]
    inl_link: list[int]
    inl_comma: list[int]
    weights: dict[int, float]
    notext: list[int]
    leads: list[int]
    pre_good: list[int]
    pre_prose: list[int]
    texts: list[str | None]  # each element's text as read once (None: not read)
    tails: list[str | None]
    classes: list[str | None]  # each element's class attribute


# Text owned by <body> itself scores into it from this length on.
_MIN_BODY_TEXT = 200

# How far above the chosen block the headline's own block is looked for.
_MAX_HEADLINE_LEVELS = 4


def _select(t: _Tree, paras: list[int], excluded: list[int], headline_i: int) -> Content | None:
    """Score paragraphs into ancestors, pick the container(s) and read them."""
    els, par, tags, ends = t.els, t.par, t.tags, t.ends
    pre, pre_link, inl, inl_link, inl_comma, weights = (
        t.pre,
        t.pre_link,
        t.inl,
        t.inl_link,
        t.inl_comma,
        t.weights,
    )
    block_set = BLOCK_TAGS

    def chars(k: int) -> int:
        return pre[ends[k] + 1] - pre[k]

    def link_chars(k: int) -> int:
        return pre_link[ends[k] + 1] - pre_link[k]

    # Score paragraphs into their ancestors.
    score: dict[int, float] = {}
    for b in paras:
        n = inl[b]
        if n < 25 or excluded[b] or tags[b] == "h1":
            continue
        ld = inl_link[b] / n
        if ld > 0.5:
            continue
        s = _score_paragraph(n, inl_comma[b]) * (1.0 - ld)
        # Text with no block between it and <body> (custom elements, inline wrappers)
        # scores into <body> itself when it is a text's length (not a line such as
        # "enable JavaScript to run this app").
        k = par[b]
        if k < 0:
            if n < _MIN_BODY_TEXT:
                continue
            k = b
        level = 0
        while k >= 0 and level < 5:
            if k not in score:
                score[k] = _TAG_WEIGHT.get(tags[k], 0.0) + weights.get(k, 0.0)
            score[k] += s / (1.0 if level == 0 else 2.0 if level == 1 else level * 3.0)
            k = par[k]
            level += 1
    if not score:
        return None
    final: dict[int, float] = {}
    for k, s in score.items():
        c = chars(k)
        ld = link_chars(k) / c if c else 1.0
        final[k] = s * (1.0 - ld)
    ranked = sorted(final, key=final.__getitem__, reverse=True)
    top = ranked[0]
    # The headline sits in its own <article> (a page of several stories): read that one.
    if headline_i >= 0:
        art = par[headline_i]
        while art >= 0 and tags[art] != "article":
            art = par[art]
        if (
            art >= 0
            and not (art <= top <= ends[art])
            and t.pre_good[ends[art] + 1] > t.pre_good[art]
        ):
            within = [k for k in ranked if art <= k <= ends[art]]
            if within:
                top = within[0]
    top_score = final[top]

    # Several strong candidates under one ancestor: take the ancestor.
    alts = [k for k in ranked[1:5] if final[k] >= 0.75 * top_score]
    if len(alts) >= 2:
        anc = par[top]
        while anc >= 0 and tags[anc] != "body":
            inside = sum(1 for a in alts if anc <= a <= ends[anc])
            if inside >= 2:
                top = anc
                break
            anc = par[anc]
    # Walk up while the parent scores better.
    last_score = final.get(top, 0.0)
    threshold = last_score / 3.0
    k = par[top]
    while k >= 0 and tags[k] != "body":
        ps = final.get(k)
        if ps is None:
            k = par[k]
            continue
        if ps < threshold:
            break
        if ps > last_score:
            top = k
            break
        last_score = ps
        k = par[k]
    # An only child is its parent.
    while par[top] >= 0 and tags[par[top]] != "body":
        pp = par[top]
        if ends[pp] == ends[top] and top == pp + 1:
            top = pp
        else:
            break

    # A one-row layout table: its story's cell, not the side column beside it.
    top = story_cell(top, t)

    # Text split over several blocks of one <article>: read the whole article.
    art = par[top]
    while art >= 0 and tags[art] != "article" and tags[art] != "main":
        art = par[art]
    if art >= 0:
        good_top = t.pre_good[ends[top] + 1] - t.pre_good[top]
        good_art = t.pre_good[ends[art] + 1] - t.pre_good[art]
        n = chars(art)
        if good_art >= 2 * max(good_top, 1) and link_chars(art) < 0.3 * n:
            top = art

    # Text split over several blocks of the headline's own block (a column holding the
    # headline, then the story in alike blocks): read that block, as an <article> above.
    if headline_i >= 0 and not top <= headline_i <= ends[top]:
        all_prose = t.pre_prose[-1]
        prose_top = t.pre_prose[ends[top] + 1] - t.pre_prose[top]
        if 2 * prose_top < all_prose:
            k = par[top]
            for _ in range(_MAX_HEADLINE_LEVELS):
                if k < 0 or tags[k] == "body" or tags[k] == "html":
                    break
                if k <= headline_i <= ends[k]:
                    prose_k = t.pre_prose[ends[k] + 1] - t.pre_prose[k]
                    if prose_k >= 2 * prose_top and link_chars(k) < 0.3 * chars(k):
                        top = k
                    break
                k = par[k]

    # The headline's own <article> inside a list of several: keep just that one.
    if headline_i > top and headline_i <= ends[top]:
        k = par[headline_i]
        while k > top and tags[k] != "article":
            k = par[k]
        if k > top and chars(k) >= 200 and t.pre_good[ends[k] + 1] - t.pre_good[k] > 0:
            top = k

    # Siblings that look like more of the same text.
    chosen = [top]
    pp = par[top]
    top_final = final.get(top, 0.0)
    if pp >= 0:
        sib_threshold = max(6.0, top_final * 0.12)
        top_cls = els[top].get("class")
        s = pp + 1
        siblings: list[int] = []
        while s <= ends[pp]:
            siblings.append(s)
            s = ends[s] + 1
        chosen = []
        for s in siblings:
            if s == top:
                chosen.append(s)
                continue
            if excluded[s]:
                continue
            if tags[s] == "article" and tags[top] == "article":
                continue  # another post of a list is not more of this one
            if s > top and continued_row(s, top, t):
                chosen.append(s)  # the story's next row in a layout table
                continue
            if s < top and top <= headline_i <= ends[top]:
                continue  # the story starts at its headline: a block before it is not
                # more of the story (a side column, a consent wall, an offer)
            bonus = 0.0
            cls = els[s].get("class")
            if top_cls and cls == top_cls:
                bonus = top_final * 0.2
            if final.get(s, -1e9) + bonus >= sib_threshold:
                chosen.append(s)
            elif tags[s] == "p" or (
                tags[s] not in block_set and _owner(s, tags, par, block_set) == pp
            ):
                n = chars(s)
                ld = link_chars(s) / n if n else 1.0
                if (n > 80 and ld < 0.25) or (0 < n <= 80 and ld == 0.0):
                    chosen.append(s)

    if len(chosen) > 1:
        # A list of teasers after the story, the site's colophon wherever it stands (the
        # block that scored best included: a short story beside a longer imprint) and a
        # cookie notice beside it are not more of the story.
        chosen = [
            c
            for c in chosen
            if not (
                (c > top and _teaser_list(t, c))
                or _colophon_block(t, c, excluded)
                or (c != top and _consent_block(t, c))
            )
        ] or chosen

    # The rest of a story split over <article>s, and of the text in a block alike the
    # chosen one, elsewhere in the page.
    if pp >= 0:
        chosen.extend(story_articles(top, chosen[-1], headline_i, t, excluded))
    chosen.extend(alike_parts(top, chosen[-1], t, excluded) if top in chosen else ())
    boxes = _about_boxes(t, chosen, headline_i, excluded)
    if boxes:
        excluded = list(excluded)
        for k in boxes:
            for j in range(k, ends[k] + 1):
                excluded[j] += 1

    # Read the text of the chosen ranges.
    start_at = -1
    if headline_i >= 0 and chosen[0] <= headline_i <= ends[chosen[-1]]:
        before = pre[headline_i] - pre[chosen[0]]
        after = pre[ends[chosen[-1]] + 1] - pre[ends[headline_i] + 1]
        if before < 0.5 * (before + after) and after >= 100:
            start_at = ends[headline_i] + 1
    pieces: list[str] = []
    events: list[tuple[int, int, int]] = []
    # A lead/standfirst between the headline and the text belongs to it.
    lead = lead_block(t, chosen, excluded, headline_i, start_at)
    if lead >= 0:
        _read(lead, t, _NO_EXCLUSION, pieces, -1, headline_i, events)
        pieces.append(_BLOCK_BREAK)
    else:
        # The story's first paragraphs in the header zone, beside the headline.
        for k in header_paragraphs(
            chosen[0], headline_i, par, tags, ends, pre, t.pre_good, excluded, t.classes
        ):
            _read(k, t, excluded, pieces, -1, headline_i, events)
            pieces.append(_BLOCK_BREAK)
    for c in chosen:
        _read(c, t, excluded, pieces, start_at, headline_i, events)
    paragraphs, cut, flags, spans, visible = _paragraphs(pieces)
    if not paragraphs:
        return None
    container = els[chosen[0]] if len(chosen) == 1 else els[pp]
    lo, hi = chosen[0], ends[chosen[-1]]
    total = t.pre_prose[-1]
    size = sum(len(p) for p in paragraphs)
    # The prose of the chosen span, but never more than was actually read from it.
    share = min(t.pre_prose[hi + 1] - t.pre_prose[lo], size) / total if total else 1.0
    walk = Walk(pieces, events, els, tags, cut, flags, spans, visible)
    return Content(paragraphs, container, size, (lo, hi), share, walk=walk)


def _read(
    top: int,
    t: _Tree,
    excluded: list[int],
    out: list[str],
    start_at: int,
    headline_i: int,
    events: list[tuple[int, int, int]],
    keep_links: bool = False,
) -> None:
    """Append the text of element ``top`` (pre-order range) to ``out``, skipping excluded ranges.

    ``events`` receives where each element opened, closed or was skipped (for the blocks).
    Link-heavy blocks are skipped unless ``keep_links`` is set.
    """
    tags, ends, notext, pre, pre_link = t.tags, t.ends, t.notext, t.pre, t.pre_link
    pre_good, texts, tails = t.pre_good, t.texts, t.tails
    block_set = BLOCK_TAGS
    linky = _LINKY
    stop = ends[top]
    stack: list[int] = []
    i = top
    append = out.append
    record = events.append
    tail_from = start_at - 1
    while i <= stop:
        while stack and ends[stack[-1]] < i:
            k = stack.pop()
            record((len(out), k, 1))
            if tags[k] in block_set:
                append(_BLOCK_BREAK)
            if k != top and ends[k] >= tail_from:
                tail = tails[k]
                if tail:
                    append(tail)
        tag = tags[i]
        skip = (excluded[i] and i != top) or notext[i] or i == headline_i
        if not skip and i != top and tag in linky and not keep_links:
            n = pre[ends[i] + 1] - pre[i]
            if n:
                ld = (pre_link[ends[i] + 1] - pre_link[i]) / n
                skip = ld > (0.8 if tag == "p" else 0.5) or (
                    ld > 0.33 and n < 500 and tag in _LISTY
                )
                if skip and tag in _LISTY and pre_good[ends[i] + 1] - pre_good[i] > 0:
                    skip = False
        if skip:
            record((len(out), i, 2))
            if tag in block_set:
                append(_BLOCK_BREAK)
            if i != top and ends[i] >= tail_from:
                tail = tails[i]
                if tail:
                    append(tail)
            i = ends[i] + 1
            continue
        record((len(out), i, 0))
        if tag in block_set:
            append(_BLOCK_BREAK)
        elif tag == "br":
            append(_BR)
        if i >= start_at:
            text = texts[i]  # read once by find_content (skipped notext ones are None)
            if text:
                append(text)
        stack.append(i)
        i += 1
    while stack:
        k = stack.pop()
        record((len(out), k, 1))
        if tags[k] in block_set:
            append(_BLOCK_BREAK)
        if k != top and ends[k] >= tail_from:
            tail = tails[k]
            if tail:
                append(tail)


def _paragraphs(
    pieces: list[str],
) -> tuple[list[str], list[str], list[bool], list[int], bool]:
    """The kept paragraphs of the text stream ``pieces``, with what :class:`Walk` keeps of
    the cutting: every paragraph, the keep verdicts, where each stretch's paragraphs are
    and whether the stream had no invisible characters."""
    joined = "".join(pieces)
    text = drop_invisible(joined)
    out: list[str] = []
    blocks = text.split(_BLOCK_BREAK)
    # A blank stretch (most are) is skipped and keeps its empty range (0, 0).
    spans = [0] * (2 * len(blocks))
    br = _BR
    for k, block in enumerate(blocks):
        if not block or block.isspace():
            continue
        spans[2 * k] = len(out)
        if br not in block:
            # One line: whitespace runs to one space (collapse_spaces, inlined for the
            # common short stretch).
            core = " ".join(block.split()) if len(block) <= 65536 else collapse_spaces(block)
            if core:
                out.append(core)
            spans[2 * k + 1] = len(out)
            continue
        para: list[str] = []
        for line in block.split(br):
            line = collapse_spaces(line)
            if line:
                para.append(line)
            elif para:
                out.append("\n".join(para))
                para = []
        if para:
            out.append("\n".join(para))
        spans[2 * k + 1] = len(out)
    flags = keep_flags(out)
    return list(compress(out, flags)), out, flags, spans, text is joined
