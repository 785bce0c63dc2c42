"""Hostile page generators: each makes a page of about ``size`` bytes that stresses one
weakness found in the past (issue 17), so timing them at growing sizes shows whether
``extract`` stays linear.

Used by ``test_hostile_budget.py`` (the time-budget harness) and by ``benchmarks/fuzz.py``
(the structured generators of the fuzz driver). Each generator is deterministic for a seed.
"""

from __future__ import annotations

import random
from collections.abc import Callable

__all__ = ["GENERATORS", "generate"]

_HEAD = (
    "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>"
    "<title>Council approves the new budget</title></head><body>"
)
_TAIL = "<p class='byline'>By Jane Roe</p></body></html>"


def _fill(unit: Callable[[int], str], size: int, prefix: str = "", suffix: str = "") -> bytes:
    """``_HEAD + prefix + unit(0) + unit(1) + … + suffix + _TAIL`` up to about ``size`` bytes."""
    parts = [_HEAD, prefix]
    total = len(_HEAD) + len(prefix) + len(suffix) + len(_TAIL)
    i = 0
    while total < size:
        piece = unit(i)
        parts.append(piece)
        total += len(piece) if piece.isascii() else len(piece.encode("utf-8"))
        i += 1
    parts += [suffix, _TAIL]
    return "".join(parts).encode("utf-8")


def attributes(size: int, seed: int = 0) -> bytes:
    """One element with as many distinct attributes as fit (libxml2 is quadratic in them)."""
    rng = random.Random(seed)
    shape = rng.choice(['a{0}="v"', "data-x{0}", 'b{0}=">"', "c{0}=v{0}"])
    return _fill(lambda i: " " + shape.format(i), size, prefix="<div", suffix=">text</div>")


def attribute_tags(size: int, seed: int = 0) -> bytes:
    """Many elements, each with a long attribute list just over the per-tag cap."""
    rng = random.Random(seed)
    count = rng.choice([900, 1_100, 2_000])
    tag = "<span " + " ".join(f"a{i}" for i in range(count)) + ">x</span>\n"
    return _fill(lambda i: tag, size)


def items(size: int, seed: int = 0) -> bytes:
    """``itemscope`` + ``itemprop`` elements (a union XPath in the page index was quadratic)."""
    rng = random.Random(seed)
    unit = rng.choice(
        [
            '<div itemscope itemprop="x">a</div>',
            '<span itemprop="author" itemscope itemtype="https://schema.org/Person">'
            '<span itemprop="name">A B</span></span>',
            '<p typeof="Person" property="name" vocab="https://schema.org/">c</p>',
        ]
    )
    return _fill(lambda i: unit, size)


def year_tokens(size: int, seed: int = 0) -> bytes:
    """Text made of year-like tokens ("99/99/2023 "), which the text-date scan tried one by one."""
    rng = random.Random(seed)
    token = rng.choice(["99/99/2023 ", "2023- ", "12.13.2024 ", "Jan 2023 ", "2023 2024 "])
    wrap = rng.choice([("<p>", "</p>"), ("<div class='date'>", "</div>"), ("", "")])
    return _fill(lambda i: token, size, prefix=wrap[0], suffix=wrap[1])


def deep_nesting(size: int, seed: int = 0) -> bytes:
    """Blocks of 1,000 nested elements (deep trees, again and again)."""
    rng = random.Random(seed)
    tag = rng.choice(["div", "span", "section", "blockquote", "li"])
    depth = 1_000
    block = f"<{tag}>" * depth + "By John Smith, Published December 29, 2023" + f"</{tag}>" * depth
    return _fill(lambda i: block, size)


def comments(size: int, seed: int = 0) -> bytes:
    """A comment section: one ``<li class="comment">`` after another."""
    rng = random.Random(seed)
    words = ["great", "article", "thanks", "budget", "council", "vote", "disagree"]

    def unit(i: int) -> str:
        text = " ".join(rng.choice(words) for _ in range(12))
        return (
            f"<li class='comment' id='comment-{i}'><div class='comment-author'>User {i}</div>"
            f"<time datetime='2024-01-{1 + i % 28:02d}T10:00:00Z'>Jan {1 + i % 28}</time>"
            f"<p>{text}</p></li>"
        )

    return _fill(unit, size, prefix="<ol class='comment-list'>", suffix="</ol>")


def html_comments(size: int, seed: int = 0) -> bytes:
    """Markup comments between elements (``<!-- … -->``)."""
    rng = random.Random(seed)
    unit = rng.choice(["<!-- x -->", "<!-- By John Smith 2023-01-01 --><p>a</p>", "<!---->"])
    return _fill(lambda i: unit, size)


def long_text(size: int, seed: int = 0) -> bytes:
    """One text node as large as the page (words, or one unbroken run)."""
    rng = random.Random(seed)
    unit = rng.choice(["word ", "a", "Published on December 29, 2023 by ", "\u00e9t\u00e9 "])
    return _fill(lambda i: unit * 1_000, size, prefix="<p>", suffix="</p>")


def comment_headings(size: int, seed: int = 0) -> bytes:
    """Headings that name comments ("3 Comments"), each with a few dated posts after it."""
    rng = random.Random(seed)
    label = rng.choice(["Comments", "3 Kommentare", "Reactions"])

    def unit(i: int) -> str:
        post = (
            f"<article><header><b>User {i}</b> <time datetime='2024-01-02'>Jan 2</time>"
            "</header><p>A reply of some length to the story.</p></article>"
        )
        return f"<section><h2>{label}</h2>{post * (i % 3)}</section>"

    return _fill(unit, size)


def ai_tooltips(size: int, seed: int = 0) -> bytes:
    """AI labels whose statement is in a tooltip, one after another."""
    rng = random.Random(seed)
    note = rng.choice(["This article was generated by AI", "Mit Hilfe von KI erstellt"])
    return _fill(lambda i: f"<span class='ai-badge' title='{note} ({i})'>🤖</span>", size)


def teaser_cards(size: int, seed: int = 0) -> bytes:
    """A list of teaser cards, each a linked headline, a byline and a date."""
    rng = random.Random(seed)
    by = rng.choice(["By Carl Webb", "Von Lena Wolf"])

    def unit(i: int) -> str:
        return (
            f"<li><a href='/a/{i}'><h3>Storm closes the pier {i}</h3></a><p>{by}</p>"
            f"<time datetime='2021-01-{1 + i % 28:02d}'>Jan {1 + i % 28}</time></li>"
        )

    return _fill(unit, size, prefix="<h1>Story</h1><ul>", suffix="</ul>")


def definition_comments(size: int, seed: int = 0) -> bytes:
    """A comment section written as a definition list (a <dt> and two <dd>s an entry)."""

    def unit(i: int) -> str:
        return (
            f"<dt id='c{i}'>May 3, 2024, 10:10 a.m. - Sol {i}</dt><dd><p>Some comment text.</p>"
            "</dd><dd class='comment-footer'>May 3, 2024</dd>"
        )

    return _fill(unit, size, prefix="<div id='comments'><dl>", suffix="</dl></div>")


def story_replies(size: int, seed: int = 0) -> bytes:
    """A story whose block holds thousands of small reply blocks after the headline (each
    block of the chosen story is weighed as a possible closing box of its parent)."""
    rng = random.Random(seed)
    line = rng.choice(["We read every reply to our reporting.", "Thanks for the story."])

    def unit(i: int) -> str:
        return f"<div><p>{line} Reply {i} goes on a little.</p><p>Second line {i}.</p></div>"

    lead = "<p>" + "The harbour story opens with a long paragraph of prose. " * 8 + "</p>"
    return _fill(unit, size, prefix=f"<h1>Story</h1><div class='story'>{lead}", suffix="</div>")


GENERATORS: dict[str, Callable[[int, int], bytes]] = {
    "story_replies": story_replies,
    "ai_tooltips": ai_tooltips,
    "comment_headings": comment_headings,
    "definition_comments": definition_comments,
    "teaser_cards": teaser_cards,
    "attributes": attributes,
    "attribute_tags": attribute_tags,
    "comments": comments,
    "deep_nesting": deep_nesting,
    "html_comments": html_comments,
    "items": items,
    "long_text": long_text,
    "year_tokens": year_tokens,
}


def generate(name: str, size: int, seed: int = 0) -> bytes:
    """The page of generator ``name`` at about ``size`` bytes."""
    return GENERATORS[name](size, seed)
