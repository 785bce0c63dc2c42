"""Reading the text of the chosen blocks (private helper of ``_content.py``).

One walk over a block's pre-order range appends its text to the stream (skipping
excluded ranges, unread tags and link lists) and records where each element opened,
closed or was skipped; the stream is then cut into paragraphs and judged line by line.
"""

from __future__ import annotations

from itertools import compress

from newsmeta._extract._body_lines import keep_flags
from newsmeta._extract._body_tree import _BLOCK_BREAK, _BR, _LINKY, _LISTY, BLOCK_TAGS, _Tree
from newsmeta._extract._words import collapse_spaces, drop_invisible

__all__ = [
    "_paragraphs",
    "_read",
]


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
