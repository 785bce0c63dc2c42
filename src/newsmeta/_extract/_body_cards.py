"""Page furniture found before scoring (private helper of ``_content.py``).

Sign-up boxes, runs of teaser cards (linked or plain) and threads of replies not marked
as comments: the blocks the content reader leaves out before it scores the page.
"""

from __future__ import annotations

from itertools import accumulate, compress

from lxml.html import HtmlElement

from newsmeta._extract._body_edges import story_apart
from newsmeta._extract._body_furniture import reply_name, unspaced
from newsmeta._extract._body_lines import _DATELINE
from newsmeta._extract._body_tree import BLOCK_TAGS, _Tree

__all__ = [
    "_MIN_LINE_BESIDE",
    "_MIN_STORY_BESIDE",
    "_plain_cards",
    "_reply_thread",
    "_signup_boxes",
    "_teaser_cards",
]

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
