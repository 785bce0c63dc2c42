"""The content scorer (private helper of ``_content.py``).

Paragraphs score into their ancestors (readability-style: length, commas, link density,
class/id and tag weights); the best container is adjusted (the headline's article, an
only child, a layout table's cell, alike siblings) and its text read.
"""

from __future__ import annotations

from newsmeta._extract._body_boxes import (
    _about_boxes,
    _colophon_block,
    _consent_block,
    _teaser_list,
    page_furniture,
)
from newsmeta._extract._body_cells import story_cell
from newsmeta._extract._body_read import _paragraphs, _read
from newsmeta._extract._body_recall import (
    alike_parts,
    continued_row,
    header_paragraphs,
    lead_block,
    story_articles,
)
from newsmeta._extract._body_tree import (
    _BLOCK_BREAK,
    _NO_EXCLUSION,
    BLOCK_TAGS,
    Content,
    Walk,
    _Tree,
)

__all__ = [
    "_select",
]

# Initial score of a candidate container by tag (readability's convention).
_TAG_WEIGHT = {
    "div": 5.0, "article": 8.0, "main": 5.0, "section": 3.0, "pre": 3.0, "td": 3.0,
    "blockquote": 3.0, "address": -3.0, "ol": -3.0, "ul": -3.0, "dl": -3.0, "dd": -3.0,
    "dt": -3.0, "li": -3.0, "form": -3.0, "h1": -5.0, "h2": -5.0, "h3": -5.0, "h4": -5.0,
    "h5": -5.0, "h6": -5.0, "th": -5.0,
}  # fmt: skip

# Class/id words, matched on the letter runs of the lowercased attribute ("post-comments" ->


def _score_paragraph(chars: int, commas: int) -> float:
    return 1.0 + commas + min(chars / 100.0, 3.0)


def _owner(i: int, tags: list[str], par: list[int], block_set: frozenset[str]) -> int:
    """The nearest block ancestor-or-self of element ``i`` (its paragraph)."""
    while i > 0 and tags[i] not in block_set:
        i = par[i]
    return i


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
    cell = story_cell(top, t)
    in_cell = cell != top  # (the side columns beside that cell are no more of the story)
    top = cell

    # Text split over several blocks of one <article>: read the whole article.
    art = par[top]
    while art >= 0 and tags[art] != "article" and tags[art] != "main":
        art = par[art]
    if art >= 0 and not in_cell:
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
    if pp >= 0 and not in_cell:
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
    if chosen == [0]:
        # The whole page read as one block: its colophon and a cookie notice among the
        # page's own blocks are no more of the story than beside a chosen block.
        boxes.extend(page_furniture(t, excluded))
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
