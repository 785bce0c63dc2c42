"""The flat arrays of the content reader and what it returns (private helper of ``_content.py``).

The tag sets every pass reads, the page's flat arrays (:class:`_Tree`: parent, subtree end,
prefix sums of text, links and prose by pre-order index), the text stream's markers and the
reader's results (:class:`Content`, :class:`Walk`).
"""

from __future__ import annotations

from typing import NamedTuple

from lxml.html import HtmlElement

__all__ = [
    "BLOCK_BREAK",
    "BLOCK_TAGS",
    "BR",
    "CLOSE",
    "OPEN",
    "SKIP",
    "_BLOCK_BREAK",
    "_BR",
    "_DROP_TAGS",
    "_LINKY",
    "_LISTY",
    "_MAX_BOILERPLATE_CHARS",
    "_MIN_PROSE",
    "_NO_EXCLUSION",
    "_NO_HINT_TAGS",
    "_NO_TEXT",
    "Content",
    "Walk",
    "_Tree",
]

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

_NO_HINT_TAGS = frozenset({"a", "i", "b", "strong", "em", "abbr", "sup", "sub", "small", "u"})

# Below this much prose on the page, a small share says nothing.
_MIN_PROSE = 1000
# A colophon or a promotion is short: longer texts are not checked for one.
_MAX_BOILERPLATE_CHARS = 3000


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
