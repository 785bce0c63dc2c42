"""The merge step for the body's blocks and the article's images.

``body_blocks`` keeps the blocks read with the body only when their plain text is the
chosen body (the body may come from JSON-LD ``articleBody`` or lose an AI-disclosure note):
blocks whose text is no longer in the body are dropped, and when the text still differs
the body's paragraphs become plain paragraph blocks. ``article_images`` gathers the
structured-data, ``og:image`` and body-figure images, one per URL, the lead one first.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

import attrs

from newsmeta._body import to_text
from newsmeta._extract._blocks import build_blocks, paragraph_block
from newsmeta._extract._body_tree import Walk
from newsmeta._extract._candidates import Candidate
from newsmeta._models import Block, BlockKind, Image

__all__ = ["article_images", "body_blocks", "figures"]

MAX_IMAGES = 100


def _paragraph_blocks(body: str) -> tuple[Block, ...]:
    return tuple(paragraph_block(p) for p in body.split("\n\n") if p.strip())


def body_blocks(
    body: str | None,
    cands: Sequence[Candidate],
    base: str | None,
    warn: Callable[[str, str, str], None],
) -> tuple[Block, ...]:
    """The blocks of ``body``: the walk's blocks when they read as ``body``, else paragraphs.

    ``cands`` are the ``blocks`` candidates (their value is the :class:`Walk` of the text);
    links and images resolve against ``base``; ``warn(code, message, locator)`` receives
    the bounds met while building.
    """
    if not body:
        return ()
    for cand in cands:
        if not isinstance(cand.value, Walk):
            continue
        built = build_blocks(cand.value, base)
        for code, message in built.warnings:
            warn(code, message, cand.locator)
        if not built.complete:
            return ()  # too long to build: the renderings use the body's paragraphs
        blocks = built.blocks
        if (built.text if built.text is not None else to_text(blocks)) == body:
            return blocks
        wanted = set(body.split("\n\n"))
        kept = tuple(
            b
            for b in blocks
            if b.kind in (BlockKind.FIGURE, BlockKind.EMBED)
            or any(u in wanted for u in to_text((b,)).split("\n\n"))
        )
        if kept != blocks and to_text(kept) == body:
            return kept
    return _paragraph_blocks(body)


def figures(blocks: Iterable[Block]) -> list[Image]:
    """The images of the figure blocks, in document order (any depth, iteratively)."""
    out: list[Image] = []
    stack = [iter(blocks)]
    while stack:
        block = next(stack[-1], None)
        if block is None:
            stack.pop()
        elif block.kind is BlockKind.FIGURE and block.image is not None:
            out.append(block.image)
        elif block.children:
            stack.append(iter(block.children))
    return out


def _merge(old: Image, new: Image) -> Image:
    return attrs.evolve(
        old,
        alt=old.alt or new.alt,
        caption=old.caption or new.caption,
        credit=old.credit or new.credit,
        width=old.width or new.width,
        height=old.height or new.height,
        ai_generated=old.ai_generated or new.ai_generated,
    )


def article_images(
    lead: str | None, cands: Sequence[Candidate], blocks: Sequence[Block]
) -> tuple[Image, ...]:
    """Every image of the article, one per URL, the lead one (``Article.image``) first."""
    found: dict[str, Image] = {}
    pool: list[Image] = []
    for cand in cands:
        if isinstance(cand.value, tuple):
            pool.extend(i for i in cand.value if isinstance(i, Image))
    pool.extend(figures(blocks))
    for image in pool:
        known = found.get(image.url)
        found[image.url] = image if known is None else _merge(known, image)
        if len(found) >= MAX_IMAGES:
            break
    if lead is not None:
        first = found.pop(lead, None) or Image(url=lead)
        return (attrs.evolve(first, lead=True), *found.values())
    return tuple(found.values())
