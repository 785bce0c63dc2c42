"""What class and id values say about their element (private helper of ``_content.py``).

Each value's letter runs are matched against word lists (negative, positive, strong
main-text, lead, close control, author box); verdicts are cached per value. Also the
rule that keeps a class-hinted block framing the page's prose (:func:`_framing`).
"""

from __future__ import annotations

import re
from typing import NamedTuple

from newsmeta._extract._body_tree import _DROP_TAGS, _MIN_PROSE
from newsmeta._extract._words import COMMENT_STEMS, drop_taxonomy

__all__ = [
    "_HINT_CACHE",
    "_PLAIN",
    "_framing",
    "_value_hint",
]

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
        "articleinfo",
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
