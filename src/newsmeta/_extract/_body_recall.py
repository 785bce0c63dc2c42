"""Body recall: story text the chosen blocks leave out (private helper of ``_content.py``).

Works on the flat arrays of the body scorer (pre-order index, parent, subtree end, prefix
sums of text and of prose paragraphs); no walk of the whole tree, no second parse.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from newsmeta._extract._body_tree import _Tree

__all__ = [
    "alike_parts",
    "continued_row",
    "header_paragraphs",
    "lead_block",
    "misused_wrappers",
    "story_articles",
]

# The story's opening paragraphs in the header zone: at most this many, and at most this much
# other text (a byline, a date, a kicker) between the headline and the chosen text.
_MAX_HEADER_PARAGRAPHS = 3
_MAX_HEADER_OTHER = 300
# The headline and the chosen text share a block at most this many levels above the text.
_MAX_HEADER_LEVELS = 3
_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
# A picture's tags: a standfirst holding one is a picture block, read only under a headline.
_PICTURE_ANY = frozenset({"figure", "figcaption", "img", "picture"})


def header_paragraphs(
    first: int,
    headline_i: int,
    par: Sequence[int],
    tags: Sequence[str],
    ends: Sequence[int],
    pre: Sequence[int],
    pre_good: Sequence[int],
    excluded: Sequence[int],
    classes: Sequence[str | None],
) -> list[int]:
    """The prose paragraphs between the headline and the chosen text ``first`` (in order).

    The story's first paragraph often sits in the header zone with the headline (``<header>
    <h1>…</h1><p>The council voted…</p></header><div class="body">…``), outside the block
    that scored best. It is read when the headline and the text share a block a few levels
    up, the paragraphs are long and link-poor (at most three), unclassed and among the
    headline's own siblings (a classed one is a standfirst: see :func:`lead_block`), none
    beside a picture (a caption), no heading stands between them, and little else does (a
    byline, a date: at most 300 characters besides what is left out). Empty when the shape
    does not fit.
    """
    if headline_i < 0:
        return []
    h_end = ends[headline_i]
    if h_end >= first:
        return []
    n_good = pre_good[first] - pre_good[h_end + 1]
    if not 1 <= n_good <= _MAX_HEADER_PARAGRAPHS:
        return []
    if pre[first] - pre[h_end + 1] > _MAX_HEADER_PARAGRAPHS * 1000 + _MAX_HEADER_OTHER:
        return []
    # The headline and the text share a block a few levels above the text.
    k = par[first]
    for _ in range(_MAX_HEADER_LEVELS):
        if k < 0 or tags[k] == "body" or tags[k] == "html":
            return []
        if k <= headline_i <= ends[k]:
            break
        k = par[k]
    else:
        return []
    found: list[int] = []
    other = 0
    i = h_end + 1
    while i < first:
        if excluded[i]:
            i = ends[i] + 1
            continue
        if tags[i] in _HEADINGS:
            return []
        if (
            pre_good[i + 1] > pre_good[i]
            and ends[i] < first
            and not classes[i]
            and par[i] == par[headline_i]
            and not _beside_picture(i, par, tags, ends)
        ):
            found.append(i)  # a prose paragraph: read whole
            i = ends[i] + 1
            continue
        other += pre[i + 1] - pre[i]
        if other > _MAX_HEADER_OTHER:
            return []
        i += 1
    return found


_PICTURES = frozenset({"img", "picture", "video"})


def _beside_picture(i: int, par: Sequence[int], tags: Sequence[str], ends: Sequence[int]) -> bool:
    """Whether block ``i`` shares its parent with a picture (it is the picture's caption)."""
    p = par[i]
    if p < 0:
        return False
    return any(tags[j] in _PICTURES for j in range(p + 1, ends[p] + 1))


# Elements that give a block a story of its own: a title, a header or footer, a byline's
# date or address.
_OWN_STORY = frozenset({"h1", "h2", "h3", "h4", "h5", "h6", "header", "footer", "time", "address"})


def story_articles(
    top: int, last: int, headline_i: int, t: _Tree, excluded: Sequence[int]
) -> list[int]:
    """The ``<article>``s after the headline's own one that carry on its story.

    A story split over sibling ``<article>``s (the text cut in two by an advert or a sign-up
    box) goes on in the next ones: each holds prose and nothing that makes it a story of its
    own (no heading, header, footer, date or address), and no prose stands between them and
    the text read so far (``last``: the last block read). The next story of an endless page,
    a teaser or a reader's post has its own title or date and is not read.
    """
    tags, par, ends, pre_good = t.tags, t.par, t.ends, t.pre_good
    art = top
    while art >= 0 and tags[art] != "article":
        art = par[art]
    if art < 0 or not art <= headline_i <= ends[art] or par[art] < 0:
        return []
    found: list[int] = []
    end = max(ends[last], ends[art])
    stop = ends[par[art]]
    s = ends[art] + 1
    while s <= stop:
        if s > end and not excluded[s]:
            if pre_good[s] != pre_good[end + 1]:
                break  # prose between: what follows is not the same text
            if tags[s] == "article":
                if pre_good[ends[s] + 1] == pre_good[s] or any(
                    tags[j] in _OWN_STORY for j in range(s, ends[s] + 1)
                ):
                    break
                found.append(s)
                end = ends[s]
        s = ends[s] + 1
    return found


# A layout table's row: the story's next row holds prose with few links.
_MAX_ROW_LINKS = 0.25


def continued_row(s: int, top: int, t: _Tree) -> bool:
    """Whether the table row ``s`` after the chosen row ``top`` goes on with its text.

    The rows of a layout table stack the page from top to bottom (its columns, the menu and
    the side bar, are cells beside the text): a row below the story's row that holds prose
    with few links is more of the story, however short it is.
    """
    tags, ends, pre, pre_link, pre_good = t.tags, t.ends, t.pre, t.pre_link, t.pre_good
    if tags[s] != "tr" or tags[top] != "tr" or pre_good[ends[s] + 1] == pre_good[s]:
        return False
    n = pre[ends[s] + 1] - pre[s]
    return pre_link[ends[s] + 1] - pre_link[s] < _MAX_ROW_LINKS * n


# Tags left out as page furniture that a template may still wrap the story in.
_WRAPPER_TAGS = frozenset({"aside", "footer", "header"})
# At most this much text between the headline and the story's wrapper (a byline, a date).
_MAX_WRAPPER_GAP = 300


def misused_wrappers(
    drops: Sequence[int], role_drops: Sequence[int], headline_i: int, t: _Tree
) -> list[int]:
    """The blocks left out by their tag or role that wrap the story (empty: none).

    Used only when nothing worth a body was read. An ``<aside>``, ``<footer>`` or
    ``<header>``, or a block whose role names furniture (``role="complementary"``), that
    starts right after the headline (no prose and at most 300 characters between them)
    and holds at least half the page's prose is the story's wrapper, misnamed by the
    template, when its class or id says it holds the text ("entry", "text", "story") and
    names no furniture.
    """
    if headline_i < 0 or not drops:
        return []
    tags, ends, pre, pre_good, pre_prose = t.tags, t.ends, t.pre, t.pre_good, t.pre_prose
    total = pre_prose[-1]
    h_next = ends[headline_i] + 1
    found: list[int] = []
    roles = set(role_drops)
    for k in drops:
        if k < h_next or (tags[k] not in _WRAPPER_TAGS and k not in roles):
            continue
        if pre_good[k] != pre_good[h_next] or pre[k] - pre[h_next] > _MAX_WRAPPER_GAP:
            continue
        if 2 * (pre_prose[ends[k] + 1] - pre_prose[k]) >= total > 0 and t.weights.get(k, 0.0) > 0:
            found.append(k)
    return found


def _caption_chars(t: _Tree, k: int) -> int:
    """The characters of block ``k`` its pictures' captions hold: a "lead" class names the
    lead picture too (``<figure class="lead-image">``), whose caption is no standfirst."""
    tags, ends, pre = t.tags, t.ends, t.pre
    if tags[k] == "figcaption":
        return pre[ends[k] + 1] - pre[k]
    n = 0
    j, end = k, ends[k]
    while j <= end:
        if tags[j] == "figcaption":
            n += pre[ends[j] + 1] - pre[j]
            j = ends[j] + 1
        else:
            j += 1
    return n


def lead_block(
    t: _Tree, chosen: list[int], excluded: list[int], headline_i: int, start_at: int
) -> int:
    """The lead/standfirst block read before the chosen blocks (-1: none).

    It stands between the headline and the text; with no headline known, in the text's own
    parent block (its header) with no prose and no picture between them. When the chosen
    block holds the headline and is read from after it, a lead a class hint left out
    (``teaser-text``) is read too when no prose stands between the headline and it."""
    tags, par, ends, pre, pre_link, pre_good = t.tags, t.par, t.ends, t.pre, t.pre_link, t.pre_good
    first = chosen[0]
    lo = headline_i
    if lo < 0:
        lo = par[first]
        if lo < 0 or tags[lo] == "body" or tags[lo] == "html":
            lo = first - 1
    inside_from = ends[headline_i] + 1 if start_at >= 0 and headline_i >= 0 else -1
    for k in t.leads:
        if k <= lo:
            continue
        if k < first:
            if ends[k] >= first:
                continue
            if headline_i < 0 and (
                pre_good[first] != pre_good[ends[k] + 1]
                or any(tags[j] in _PICTURE_ANY for j in range(k, ends[k] + 1))
            ):
                continue
        elif k > ends[chosen[-1]]:
            break
        elif not (
            inside_from >= 0
            and excluded[k]
            and not excluded[par[k]]
            and pre_good[k] == pre_good[inside_from]
        ):
            continue
        n = pre[ends[k] + 1] - pre[k] - _caption_chars(t, k)
        if (
            n >= 40
            and pre_link[ends[k] + 1] - pre_link[k] < 0.2 * n
            and (headline_i >= 0 or n < pre[ends[first] + 1] - pre[first])
        ):
            return k
    return -1


# A heading or a header before the next prose opens a text of its own (the next story).
_TITLES = _HEADINGS | {"header"}
# At most this many more parts of one story are looked for after the chosen blocks.
_MAX_PARTS = 4


def alike_parts(top: int, last: int, t: _Tree, excluded: Sequence[int]) -> list[int]:
    """The blocks after ``last`` that carry on the text of the chosen block ``top``.

    A template may cut a story in two and wrap the rest at another depth of the page (a
    sign-up box or an advert between two page columns): the next prose paragraph after the
    chosen text sits in a block of the same tag and class as ``top``, with no prose and no
    heading or header before that paragraph (the next story opens with its title), and not
    inside an item of a list (one of several alike blocks: replies, teasers). That block is
    more of the same text. Found from the next prose paragraph (one search in the prefix
    counts and a walk up its ancestors), not by a walk.
    """
    cls = t.classes[top]
    if not cls:
        return []
    tags, par, ends, pre_good = t.tags, t.par, t.ends, t.pre_good
    tag = tags[top]
    found: list[int] = []
    end = ends[last]
    for _ in range(_MAX_PARTS):
        seen = pre_good[end + 1]
        if seen == pre_good[-1]:
            break
        b = bisect_left(pre_good, seen + 1) - 1  # the next prose paragraph
        k = b
        while k > end and not (tags[k] == tag and t.classes[k] == cls):
            k = par[k]
        if k <= end or excluded[k] or _in_list(k, end, top, t):
            break
        if any(tags[j] in _TITLES for j in range(end + 1, b)):
            break
        found.append(k)
        end = ends[k]
    return found


def _in_list(k: int, end: int, top: int, t: _Tree) -> bool:
    """Whether a block above ``k`` (and after ``end``) is followed by one alike (same tag
    and class) that the chosen block ``top`` is not itself in: ``k`` is part of an item of
    another list, such as a reply or a teaser (a story cut into alike content blocks, the
    chosen one among them, is not)."""
    tags, par, ends, classes = t.tags, t.par, t.ends, t.classes
    a = par[k]
    while a > end:
        p = par[a]
        n = ends[a] + 1
        if p >= 0 and n <= ends[p] and tags[n] == tags[a] and classes[n] == classes[a]:
            up = par[top]
            while up >= 0 and not (tags[up] == tags[a] and classes[up] == classes[a]):
                up = par[up]
            if up < 0:
                return True
        a = p
    return False
