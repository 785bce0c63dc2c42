"""Choosing the body: retries, fallbacks and the catastrophic-body guard (private helper
of ``_content.py``).

The scorer's first choice with the class-hinted blocks left out, the retries when that
gives little text (hinted blocks read again, a story told in captions, a misused
wrapper), a post that is a list of links, and the guard that gives up a choice holding a
small share of the page's prose or reading as boilerplate.
"""

from __future__ import annotations

import re
from typing import Any

from newsmeta._extract._body_boxes import _colophon_block, site_voice
from newsmeta._extract._body_lines import _boilerplate_line
from newsmeta._extract._body_read import _paragraphs, _read
from newsmeta._extract._body_recall import misused_wrappers
from newsmeta._extract._body_score import _select
from newsmeta._extract._body_tree import _MAX_BOILERPLATE_CHARS, _MIN_PROSE, Content, Walk, _Tree

__all__ = [
    "_choose",
]


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
        # An offer's box (a promotion, an advert, a sign-up box) stays out: a page builder
        # that classes every block a "widget" hid the story, not the offer beside it.
        offers = _offer_boxes(tree, hinted)
        loose = ranges(drops + bios + offers)
        colophons = _hinted_colophons(tree, hinted, loose)
        if colophons:
            loose = ranges(drops + bios + offers + colophons)
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
    elif _captions_outweigh(tree, drops, result.chars):
        # A gallery whose captions tell the story under a short introduction (what a class
        # hint left out stays out).
        result = _captions_told(tree, paras, drops, ranges, headline_i, result, hinted)
    if result is not None:
        result = _not_catastrophic(tree, paras, strict, headline_i, result)
    elif headline_i >= 0:
        result = _link_list(tree, headline_i, strict)
    return result


# Class words of an offer beside the story: never the story a misleading class hid.
_OFFER_STEMS = (
    "promo", "advert", "sponsor", "newsletter", "subscri", "signup", "outbrain", "taboola",
)  # fmt: skip
_CLASS_WORD = re.compile(r"[a-z]+")


def _offer_boxes(t: _Tree, hinted: list[int]) -> list[int]:
    """The class-``hinted`` blocks whose class names an offer (a promotion, an advert, a
    newsletter box) and that hold less than half the page's prose."""
    classes, ends, pre_prose = t.classes, t.ends, t.pre_prose
    total = pre_prose[-1]
    out: list[int] = []
    for k in hinted:
        value = classes[k]
        if not value or 2 * (pre_prose[ends[k] + 1] - pre_prose[k]) > total:
            continue
        if any(w.startswith(_OFFER_STEMS) for w in _CLASS_WORD.findall(value.lower())):
            out.append(k)
    return out


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


# Tags of a picture and its caption: dropped as furniture, unless the story is told in them.
_PICTURE_TAGS = frozenset({"figure", "figcaption"})


def _captions_outweigh(t: _Tree, drops: list[int], chars: int) -> bool:
    """Whether the pictures and captions left out hold over twice the text read."""
    tags, pre, ends = t.tags, t.pre, t.ends
    total = 0
    end = -1
    for k in drops:
        if k <= end or tags[k] not in _PICTURE_TAGS:
            continue
        end = ends[k]
        total += pre[end + 1] - pre[k]
    return total > 2 * chars


def _captions_told(
    t: _Tree,
    paras: list[int],
    drops: list[int],
    ranges: Any,
    headline_i: int,
    result: Content | None,
    hinted: list[int] | None = None,
) -> Content | None:
    """A story told in its pictures' captions (a photo essay): when the page gives little
    or no text outside its ``<figure>``s, read the captions too (with the blocks ``hinted``
    but pictures and captions still left out when given). Kept only when that gives clearly
    more text."""
    tags = t.tags
    kept = [k for k in drops if tags[k] not in _PICTURE_TAGS]
    if len(kept) == len(drops):
        return result
    if hinted:
        kept += [k for k in hinted if tags[k] not in _PICTURE_TAGS]
    retry = _select(t, paras, ranges(kept), headline_i)
    if retry is not None and (result is None or retry.chars > 2 * result.chars):
        return retry
    return result


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
_SMALL_SHARE = 0.15
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


def _near_or_unknown(t: _Tree, found: Content, headline_i: int) -> bool:
    """Whether ``found`` holds the headline or stands near it (or no headline is known)."""
    lo, hi = found.span
    return headline_i < 0 or lo <= headline_i <= hi or _near_headline(t, lo, headline_i)


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
    # The site speaking of itself (a mission statement, a support appeal) is no story
    # either, whatever its share: a short brief beside it is.
    voice = (
        not small
        and not boiler
        and result.chars <= _MAX_BOILERPLATE_CHARS
        and site_voice(result.paragraphs)
    )
    if not small and not boiler and not voice:
        return result
    reason = "boilerplate" if boiler else "site-voice" if voice else "small-share"
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
            and (
                retry.share >= max(2 * result.share, _SMALL_SHARE if small else 0.0)
                or (voice and retry.share > 0 and _near_or_unknown(t, retry, headline_i))
            )
            and retry.chars >= 200
            and (not headed or boiler or _untitled_after(t, retry, headline_i))
            # ... and no story a short brief gives way to.
            and not (retry.chars <= _MAX_BOILERPLATE_CHARS and site_voice(retry.paragraphs))
        ):
            return retry._replace(fallback=reason)
        current = retry
    return result


# A list of other stories: three or more blocks of one tag and class, each a link and a
