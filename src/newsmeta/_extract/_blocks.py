"""The body as typed blocks, built from the walk that read the body text.

:func:`newsmeta._extract._content.find_content` reads the chosen region once and records,
beside the text stream it cuts into paragraphs, where each element opened, closed or was
skipped (:class:`~newsmeta._extract._body_tree.Walk`). This module replays that record: block
elements (headings, paragraphs, lists, quotes, code, tables) open frames, inline elements
(links, emphasis, strong, code) style the text runs, and every run is cut and normalised
exactly as the plain paragraphs are, so the blocks' plain text is the body. Figures and
media that the text walk skipped become figure and embed blocks. Nothing is parsed again.

Bounds: frames nest at most :data:`MAX_NESTING` deep (deeper structure is read as text of
the deepest frame), a table keeps its rows only up to :data:`MAX_CELLS` cells (a larger one
becomes paragraphs) and a body of more than :data:`MAX_UNITS` paragraphs gets no blocks
(the renderings then fall back to the plain paragraphs); each leaves a warning.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from itertools import compress
from typing import Any
from urllib.parse import urljoin, urlsplit

import attrs
from lxml.html import HtmlElement

from newsmeta._extract._body_lines import keep_flags
from newsmeta._extract._body_tree import (
    BLOCK_BREAK,
    BLOCK_TAGS,
    BR,
    CLOSE,
    OPEN,
    SKIP,
    Walk,
)
from newsmeta._extract._words import drop_invisible
from newsmeta._formats import is_link, is_uri
from newsmeta._models import Block, BlockKind, Image, Inline

__all__ = [
    "MAX_CELLS",
    "MAX_NESTING",
    "Built",
    "build_blocks",
    "clean_link",
    "figure_image",
    "image_src",
    "is_junk_image",
    "paragraph_block",
]

MAX_NESTING = 24
"""Deepest nesting of block frames (lists in lists, quotes in quotes …)."""
MAX_CELLS = 10_000
"""Most cells of one table kept as a table."""
MAX_UNITS = 20_000
"""Most paragraphs a body is built into blocks from; a longer body gets no blocks."""
MAX_EVENTS = 100_000
"""Most walk events (element openings, closings, skips) replayed; a larger body gets no
blocks (real articles have a few thousand)."""

_HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
_FRAME_TAGS = frozenset(
    {"h1", "h2", "h3", "h4", "h5", "h6", "p", "ul", "ol", "menu", "dir", "li", "blockquote",
     "pre", "table", "tr", "td", "th"}
)  # fmt: skip
# The same elements that start their own paragraph in the text walk.
_BLOCK_TAGS = BLOCK_TAGS
_EMPHASIS = frozenset({"em", "i", "cite", "dfn", "var"})
_STRONG = frozenset({"strong", "b"})
_CODE = frozenset({"code", "kbd", "samp", "tt"})
_MEDIA = frozenset({"iframe", "video", "audio", "embed", "object"})

_VIDEO_HOSTS = re.compile(
    r"(?:youtube(?:-nocookie)?\.com|youtu\.be|vimeo\.com|dailymotion\.com|dai\.ly|"
    r"twitch\.tv|wistia\.(?:com|net)|brightcove\.net|jwplayer\.com|ted\.com/talks)",
    re.I,
)
_AUDIO_HOSTS = re.compile(
    r"(?:soundcloud\.com|spotify\.com|podcasts\.apple\.com|anchor\.fm|buzzsprout\.com|"
    r"simplecast\.com|megaphone\.fm|bandcamp\.com|mixcloud\.com)",
    re.I,
)
_SOCIAL_HOSTS = re.compile(
    r"(?:twitter\.com|x\.com|instagram\.com|facebook\.com|tiktok\.com|threads\.net|"
    r"bsky\.app|mastodon\.|reddit\.com|linkedin\.com)",
    re.I,
)
# Images that are not content: tracking pixels, icons, avatars, ads, spacers.
_JUNK_IMAGE = re.compile(
    r"(?:pixel|spacer|blank\.gif|transparent\.(?:gif|png)|1x1|icon|favicon|sprite|avatar|"
    r"gravatar|emoji|emoticon|smiley|badge|logo|/ads?/|adserver|doubleclick|"
    r"googlesyndication|amazon-adsystem|scorecardresearch|facebook\.com/tr|"
    r"feedburner|placeholder|loading\.gif|lazy\.(?:gif|png|svg))",
    re.I,
)
_JUNK_CLASS = re.compile(r"(?:avatar|icon|logo|emoji|sprite|pixel|tracking|advert|\bads?\b)", re.I)
_CREDIT_CLASS = re.compile(r"(?:credit|copyright|source|photographer|byline|attribution)", re.I)


def _folded(pattern: re.Pattern[str]) -> Callable[[str], bool]:
    """A test equal to ``pattern.search(text) is not None`` for a case-blind ``pattern``
    written in lower case: ASCII text (nearly every URL and class) is lowered once and
    searched case-sensitively, which is many times faster than a case-blind search."""
    if pattern.pattern != pattern.pattern.lower() or not pattern.flags & re.I:
        raise ValueError(f"not a lower-case case-blind pattern: {pattern.pattern[:40]!r}")
    ascii_search = re.compile(pattern.pattern).search
    search = pattern.search

    def test(text: str) -> bool:
        if text.isascii():
            return ascii_search(text.lower()) is not None
        return search(text) is not None

    return test


_is_junk_url = _folded(_JUNK_IMAGE)
_is_junk_hint = _folded(_JUNK_CLASS)
_is_credit_hint = _folded(_CREDIT_CLASS)
_CREDIT_TEXT = re.compile(
    r"^\s*(?:\(?(?:photo|foto|image|bild|picture|credit|crédit|crédito|fuente|source|quelle)s?"
    r"(?: credit)?\s*:\s*|©\s*|\(c\)\s*)(?P<credit>.{2,200}?)\)?\s*$",
    re.I,
)
_AI_CAPTION = re.compile(
    r"(?:\b(?:ai|ki|ia)[- ](?:generated|generiert|generada|générée|generado|image)\b|"
    r"\bgenerated (?:with|by|using) (?:ai|artificial intelligence|midjourney|dall-?e|"
    r"stable diffusion|firefly|imagen)\b|\b(?:midjourney|dall-?e|stable diffusion)\b|"
    r"\bmit (?:ki|künstlicher intelligenz) (?:erstellt|generiert)\b|"
    r"\bimagen generada (?:con|por) (?:ia|inteligencia artificial)\b)",
    re.I,
)
_is_ai_caption = _folded(_AI_CAPTION)
# A host-relative address with no space or control character (see _join_rooted).
_PLAIN_HREF = re.compile(r"[^\x00-\x20\x7f]+").fullmatch
_LAZY_ATTRS = ("data-src", "data-lazy-src", "data-original", "data-url", "data-lazy")


def clean_link(href: str | None, base: str | None) -> str | None:
    """``href`` made absolute against ``base``; None unless it is http(s) or mailto."""
    if not href:
        return None
    href = href.strip()
    if not href or href[0] == "#":
        return None
    low = href[:7].lower()
    if low.startswith("mailto:"):
        return href if is_uri(href) and " " not in href else None
    if not low.startswith(("http:/", "https:")):
        if ":" in href.split("/", 1)[0]:
            return None  # javascript:, data:, tel: …
        if base is None:
            return None
        joined = _join_rooted(base, href)
        if joined is not None:
            href = joined
        else:
            try:
                href = urljoin(base, href)
            except ValueError:
                return None
    return href if is_link(href) else None


# The last base address and its "scheme://host" (a page's links share one base); one
# tuple, replaced whole, so threads never see one page's base with another's host.
_last_root: tuple[str, str | None] = ("", None)


def _join_rooted(base: str, href: str) -> str | None:
    """``urljoin(base, href)`` for the common host-relative ``href`` ("/path?query#part")
    under an http(s) ``base``, without parsing both again; None when ``href`` is not of
    that plain kind (no dot segments, ``;`` parameters, empty query or fragment marks,
    spaces or control characters), which :func:`urljoin` then reads."""
    if href[0] != "/" or href[1:2] == "/" or ";" in href or not _PLAIN_HREF(href):
        return None
    global _last_root
    last = _last_root
    if last[0] == base:
        root = last[1]
    else:
        try:
            parts = urlsplit(base)
        except ValueError:
            return None
        root = f"{parts.scheme}://{parts.netloc}" if parts.scheme in ("http", "https") else None
        _last_root = (base, root)
    if root is None:
        return None
    # urljoin drops an empty query or fragment with its mark and resolves dot segments.
    path, hash_mark, fragment = href.partition("#")
    path, query_mark, query = path.partition("?")
    if "/." in path or (query_mark and not query) or (hash_mark and not fragment):
        return None
    return root + href


def image_src(el: HtmlElement) -> str | None:
    """The address of an ``<img>``: ``src`` unless it is a placeholder, else a lazy attribute."""
    return _image_src(el)[0]


def _image_src(el: HtmlElement) -> tuple[str | None, bool]:
    """:func:`image_src`, and whether the address is a ``src`` found not to be junk."""
    get: Callable[[str], str | None] = el.get
    src = get("src")
    if src and not src.startswith("data:") and not _is_junk_url(src[:300]):
        return src, True
    for attr in _LAZY_ATTRS:
        value = get(attr)
        if value and not value.startswith("data:"):
            return value, False
    srcset = get("srcset") or get("data-srcset")
    if srcset:
        first = srcset.strip().split(",", 1)[0].strip().split(" ", 1)[0]
        if first and not first.startswith("data:"):
            return first, False
    return (src if src and not src.startswith("data:") else None), False


def _dimension(value: str | None) -> int | None:
    if not value:
        return None
    digits = value.strip().removesuffix("px")
    if digits.isdigit() and len(digits) < 6:
        number = int(digits)
        return number if number > 0 else None
    return None


def is_junk_image(url: str, width: int | None, height: int | None, hint: str = "") -> bool:
    """A tracking pixel, icon, avatar, logo or ad rather than an image of the article."""
    if (width is not None and width < 50) or (height is not None and height < 50):
        return True
    if hint and _is_junk_hint(hint):
        return True
    return _is_junk_url(url[:500])


def _text(el: HtmlElement, limit: int = 1000) -> str:
    parts: list[str] = []
    size = 0
    for chunk in el.itertext():
        parts.append(chunk)
        size += len(chunk)
        if size > limit:
            break
    return " ".join(drop_invisible(" ".join(parts)).split())[:limit]


def _caption_credit(fig: HtmlElement) -> tuple[str | None, str | None]:
    """The caption and the credit of a ``<figure>`` (a credit element or a "Photo: …" tail)."""
    caption_el = next(fig.iter("figcaption"), None)
    if caption_el is None:
        return None, None
    credit: str | None = None
    credit_text = ""
    for el in caption_el.iter():
        cls = (el.get("class") or "") + " " + (el.get("itemprop") or "")
        if el is not caption_el and _is_credit_hint(cls):
            credit_text = _text(el, 300)
            break
    caption = _text(caption_el)
    if credit_text:
        caption = caption.replace(credit_text, "").strip()
        match = _CREDIT_TEXT.match(credit_text)
        credit = match.group("credit").strip() if match else credit_text
    else:
        for sep in ("Photo:", "Foto:", "Image:", "Bild:", "Credit:", "©"):
            at = caption.find(sep)
            if at > 0:
                credit = caption[at:].strip()
                match = _CREDIT_TEXT.match(credit)
                credit = match.group("credit").strip() if match else credit
                caption = caption[:at].strip()
                break
    return caption or None, credit or None


def figure_image(fig: HtmlElement, base: str | None) -> Image | None:
    """The image of a ``<figure>`` (or of a lone ``<img>``) with its caption and credit."""
    img = fig if fig.tag == "img" else next(fig.iter("img"), None)
    if img is None:
        return None
    src, clean_src = _image_src(img)
    url = clean_link(src, base) if src else None
    if url is None or url.startswith("mailto:"):
        return None
    width, height = _dimension(img.get("width")), _dimension(img.get("height"))
    hint = (img.get("class") or "") + " " + (img.get("id") or "")
    if (width is not None and width < 50) or (height is not None and height < 50):
        return None
    if hint != " " and _is_junk_hint(hint):
        return None
    # The src was searched already when it is the whole address (the common case).
    if not (clean_src and url is src and len(src) <= 300) and _is_junk_url(url[:500]):
        return None
    caption, credit = _caption_credit(fig) if fig is not img else (None, None)
    alt = " ".join((img.get("alt") or "").split())[:1000] or None
    ai = _is_ai_caption(" ".join(x for x in (caption, credit, alt) if x))
    # Trusted values: a clean link, texts that are not blank, sizes of at least 1.
    image: Image = _new(Image)
    _im_url(image, url)
    _im_alt(image, alt)
    _im_caption(image, caption)
    _im_credit(image, credit)
    _im_width(image, width)
    _im_height(image, height)
    _im_lead(image, False)
    _im_ai(image, ai)
    return image


def _embed(el: HtmlElement, base: str | None) -> Block | None:
    tag = el.tag
    src = el.get("src") or el.get("data-src") or el.get("data")
    if not src and tag in ("video", "audio"):
        source = next(el.iter("source"), None)
        src = source.get("src") if source is not None else None
    url = clean_link(src, base)
    if url is None or url.startswith("mailto:"):
        return None
    if tag == "video" or _VIDEO_HOSTS.search(url):
        media = "video"
    elif tag == "audio" or _AUDIO_HOSTS.search(url):
        media = "audio"
    elif _SOCIAL_HOSTS.search(url):
        media = "social"
    else:
        return None
    return Block(kind=BlockKind.EMBED, media=media, url=url)


# ------------------------------------------------------------------------------ trusted blocks

# The builder makes tens of blocks and runs per page from values it has already checked:
# unit texts are non-empty, links come from clean_link, levels from _HEADINGS. These build
# the frozen models without running their validators again (public construction still
# validates; tests/extract/test_blocks.py checks the two agree on every block built).

_new = object.__new__


def _slot_setters(cls: type[Any], names: tuple[str, ...]) -> tuple[Callable[[Any, Any], None], ...]:
    """The slot setters of the frozen attrs class ``cls`` for ``names`` (its fields, in order)."""
    fields = tuple(a.name for a in attrs.fields(cls))
    if fields != names:  # pragma: no cover - guards a change of the models
        raise RuntimeError(f"{cls.__name__} has fields {fields}, the block builder sets {names}")
    return tuple(cls.__dict__[name].__set__ for name in names)


_in_text, _in_href, _in_emphasis, _in_strong, _in_code = _slot_setters(
    Inline, ("text", "href", "emphasis", "strong", "code")
)
(
    _b_kind,
    _b_inlines,
    _b_children,
    _b_level,
    _b_ordered,
    _b_header,
    _b_literal,
    _b_image,
    _b_media,
    _b_url,
) = _slot_setters(
    Block,
    ("kind", "inlines", "children", "level", "ordered", "header", "literal", "image", "media",
     "url"),
)  # fmt: skip


_im_url, _im_alt, _im_caption, _im_credit, _im_width, _im_height, _im_lead, _im_ai = _slot_setters(
    Image, ("url", "alt", "caption", "credit", "width", "height", "lead", "ai_generated")
)


def _inline(
    text: str,
    href: str | None = None,
    emphasis: bool = False,
    strong: bool = False,
    code: bool = False,
) -> Inline:
    """An :class:`Inline` of trusted values: non-empty text, a link from :func:`clean_link`."""
    inline: Inline = _new(Inline)
    _in_text(inline, text)
    _in_href(inline, href)
    _in_emphasis(inline, emphasis)
    _in_strong(inline, strong)
    _in_code(inline, code)
    return inline


def _block(
    kind: BlockKind,
    inlines: tuple[Inline, ...] = (),
    children: tuple[Block, ...] = (),
    level: int | None = None,
    ordered: bool | None = None,
    header: bool | None = None,
    image: Image | None = None,
) -> Block:
    """A :class:`Block` of trusted values (tuples of models, a level from 1 to 6)."""
    block: Block = _new(Block)
    _b_kind(block, kind)
    _b_inlines(block, inlines)
    _b_children(block, children)
    _b_level(block, level)
    _b_ordered(block, ordered)
    _b_header(block, header)
    _b_literal(block, None)
    _b_image(block, image)
    _b_media(block, None)
    _b_url(block, None)
    return block


def paragraph_block(text: str) -> Block:
    """A paragraph block of one plain run (``text`` must be non-empty)."""
    return _block(_PARAGRAPH, (_inline(text),))


# ------------------------------------------------------------------------------ the replay

_Style = tuple[str | None, bool, bool, bool]
_PLAIN: _Style = (None, False, False, False)

_HEADING = BlockKind.HEADING
_PARAGRAPH = BlockKind.PARAGRAPH
_LIST = BlockKind.LIST
_ITEM = BlockKind.ITEM
_QUOTE = BlockKind.QUOTE
_CODE_KIND = BlockKind.CODE
_TABLE = BlockKind.TABLE
_ROW = BlockKind.ROW
_CELL = BlockKind.CELL
_FIGURE = BlockKind.FIGURE
_EMBED = BlockKind.EMBED

_FRAME_KINDS: dict[str, BlockKind] = {
    **dict.fromkeys(_HEADINGS, _HEADING),
    "p": _PARAGRAPH,
    **dict.fromkeys(("ul", "ol", "menu", "dir"), _LIST),
    "li": _ITEM,
    "blockquote": _QUOTE,
    "pre": _CODE_KIND,
    "table": _TABLE,
    "tr": _ROW,
    "td": _CELL,
    "th": _CELL,
}
assert frozenset(_FRAME_KINDS) == _FRAME_TAGS


class _Unit:
    """One paragraph of the body text: its plain text and its styled parts (None: one
    plain part, the text)."""

    __slots__ = ("keep", "parts", "text")

    def __init__(self, text: str, parts: list[tuple[str, _Style]] | None) -> None:
        self.text = text
        self.parts = parts
        self.keep = True


class _TooMany(Exception):
    """Raised inside the replay when the body has more paragraphs than MAX_UNITS."""


class _Frame:
    __slots__ = ("cells", "entries", "index", "kind", "raw", "tag")

    def __init__(self, kind: BlockKind | None, tag: str, index: int = -1) -> None:
        self.kind = kind
        self.tag = tag
        self.index = index  # the element's index in the walk
        self.entries: list[_Unit | _Frame | Block] = []
        self.raw: list[str] | None = [] if kind is _CODE_KIND else None
        self.cells = 0


class Built:
    """The blocks of one body and the warnings met building them (``complete`` is False when
    the body was too long to be built; ``text`` is the blocks' plain text, as
    :func:`newsmeta.to_text` reads it, when the builder knows it)."""

    __slots__ = ("blocks", "complete", "text", "warnings")

    def __init__(
        self,
        blocks: tuple[Block, ...],
        warnings: list[tuple[str, str]],
        complete: bool = True,
        text: str | None = None,
    ) -> None:
        self.blocks = blocks
        self.warnings = warnings
        self.complete = complete
        self.text = text


class _Notes:
    """What converting the frames met: warnings, and whether a table moved text."""

    __slots__ = ("reordered", "warnings")

    def __init__(self) -> None:
        self.warnings: list[tuple[str, str]] = []
        self.reordered = False


def _parts(segments: list[tuple[str, _Style]]) -> list[list[tuple[str, _Style]]]:
    """Styled segments cut into paragraphs (a blank line splits) of normalised, merged parts.

    The words and the spaces between them are exactly those of the plain paragraphs
    (``" ".join(line.split())`` per line, lines joined by ``"\\n"``); the spaces and line
    breaks put between segments are plain parts.
    """
    joined = "".join(t for t, _ in segments)
    if drop_invisible(joined) is not joined:
        segments = [(drop_invisible(t), style) for t, style in segments]
    paragraphs: list[list[tuple[str, _Style]]] = []
    current: list[tuple[str, _Style]] = []
    line: list[tuple[str, _Style]] = []
    need_space = False
    for text, style in segments:
        if text == BR:
            if line:
                if current:
                    current.append(("\n", _PLAIN))
                current.extend(line)
                line = []
            elif current:
                paragraphs.append(current)
                current = []
            need_space = False
            continue
        if not text:
            continue
        core = " ".join(text.split())
        if text[0].isspace():
            need_space = True
        if core:
            if need_space and line:
                line.append((" ", _PLAIN))
            line.append((core, style))
            need_space = text[-1].isspace()
    if line:
        if current:
            current.append(("\n", _PLAIN))
        current.extend(line)
    if current:
        paragraphs.append(current)
    merged_all = []
    for parts in paragraphs:
        merged: list[tuple[str, _Style]] = []
        for text, style in parts:
            if merged and merged[-1][1] == style:
                merged[-1] = (merged[-1][0] + text, style)
            else:
                merged.append((text, style))
        merged_all.append(merged)
    return merged_all


def _units_of(
    pieces: list[str],
    start: int,
    end: int,
    segs: list[tuple[int, int, _Style]],
    style: _Style,
    visible: bool,
    entries: list[Any],
    units: list[_Unit],
    made: list[str],
    lo: int,
    hi: int,
) -> None:
    """Cut one run of the text stream into paragraphs (units) of the frame whose
    ``entries`` are given.

    The run is ``pieces[start:end]`` (text and line breaks, no paragraph break), one
    stretch of the stream between two paragraph breaks; ``segs`` are its leading
    ``(start, end, style)`` slices, the rest has ``style``. A plain run (most paragraphs)
    reads as the paragraphs the text walk cut from it, ``made[lo:hi]``; a styled one is
    cut as :func:`_parts` cuts its pieces. ``visible`` says the body holds no invisible
    characters (soft hyphens …) to drop.
    """
    plain = _PLAIN
    if (style is plain or style == plain) and (not segs or all(seg[2] == plain for seg in segs)):
        for k in range(lo, hi):
            core = made[k]
            unit = _Unit(core, None)
            units.append(unit)
            entries.append(unit)
    else:
        slices = [*segs, (segs[-1][1] if segs else start, end, style)]
        if BR not in pieces[start:end]:
            parts = _styled(pieces, slices, visible)
            if parts:
                unit = _Unit("".join([t for t, _ in parts]), parts)
                units.append(unit)
                entries.append(unit)
        else:
            for parts in _parts(_segments(pieces, slices)):
                unit = _Unit("".join([t for t, _ in parts]), parts)
                units.append(unit)
                entries.append(unit)
    if len(units) > MAX_UNITS:
        raise _TooMany


def _segments(pieces: list[str], slices: list[tuple[int, int, _Style]]) -> list[tuple[str, _Style]]:
    """The styled pieces of a run with line breaks, as :func:`_parts` takes them: the
    pieces of a plain slice between two line breaks joined (which cuts the same), a
    styled slice piece by piece, each line break a plain piece of its own."""
    plain = _PLAIN
    segments: list[tuple[str, _Style]] = []
    for s, e, st in slices:
        if e <= s:
            continue
        if st is plain or st == plain:
            line: list[str] = []
            for piece in pieces[s:e]:
                if piece == BR:
                    if line:
                        segments.append(("".join(line), plain))
                        line = []
                    segments.append((BR, plain))
                else:
                    line.append(piece)
            if line:
                segments.append(("".join(line), plain))
        else:
            segments.extend((piece, plain if piece == BR else st) for piece in pieces[s:e])
    return segments


def _styled(
    pieces: list[str], slices: list[tuple[int, int, _Style]], visible: bool
) -> list[tuple[str, _Style]]:
    """The merged parts of a styled run without line breaks (one paragraph, or none).

    Equal to :func:`_parts` over the run's pieces: a plain slice reads as its pieces
    joined (the spaces put between its pieces are plain, as they are), a styled slice
    piece by piece; a part that follows one of the same style is merged into it.
    """
    plain = _PLAIN
    parts: list[tuple[str, _Style]] = []
    need_space = False
    for s, e, st in slices:
        if e <= s:
            continue
        if st is plain or st == plain:
            texts = [pieces[s] if e - s == 1 else "".join(pieces[s:e])]
        else:
            texts = pieces[s:e]
        for text in texts:
            if not visible:
                text = drop_invisible(text)
                if not text:
                    continue
            core = " ".join(text.split())
            if text[0].isspace():
                need_space = True
            if core:
                if need_space and parts:
                    last, last_style = parts[-1]
                    if last_style is plain or last_style == plain:
                        parts[-1] = (last + " ", plain)
                    else:
                        parts.append((" ", plain))
                if parts and (parts[-1][1] is st or parts[-1][1] == st):
                    parts[-1] = (parts[-1][0] + core, st)
                else:
                    parts.append((core, st))
                need_space = text[-1].isspace()
    return parts


# What an element does in the replay (anything else does nothing).
_BLOCK, _STYLE, _IMG, _PICTURE, _MEDIA_EL = 1, 2, 3, 4, 5
_ROLES: dict[str, int] = {
    **dict.fromkeys(_BLOCK_TAGS, _BLOCK),
    **dict.fromkeys(("a", *_EMPHASIS, *_STRONG, *_CODE), _STYLE),
    "img": _IMG,
    "picture": _PICTURE,
    **dict.fromkeys(_MEDIA, _MEDIA_EL),
}
assert not _BLOCK_TAGS & {"a", "img", "picture", "br", *_EMPHASIS, *_STRONG, *_CODE, *_MEDIA}


def _replay(walk: Walk, base: str | None) -> tuple[_Frame, list[_Unit], bool]:
    """Replay the walk's record: the root frame of the body, its paragraphs, and whether
    frames were nested deeper than :data:`MAX_NESTING`.

    Block elements (headings, paragraphs, lists, quotes, code, tables) open frames, inline
    elements (links, emphasis, strong, code) style the text runs, images and media the walk
    skipped become figure and embed blocks of the innermost frame. The text between two
    paragraph breaks is one run, cut into paragraphs when the run ends; the replay visits
    the events only, never the text pieces one by one.
    """
    pieces, events, els, tags, made, _, spans, visible = walk
    root = _Frame(None, "")
    frames = [root]
    top = root
    entries = root.entries
    units: list[_Unit] = []
    plain = _PLAIN
    style = plain
    stack: list[tuple[int, _Style]] = []
    links: dict[str, str | None] = {}
    too_deep = False
    roles, frame_kinds = _ROLES, _FRAME_KINDS
    cut = _units_of
    # The paragraph breaks of the stream; each ends the run before it.
    brk = BLOCK_BREAK
    breaks = list(compress(range(len(pieces)), map(brk.__eq__, pieces)))  # C-level maps
    breaks.append(len(pieces) + 1)
    nb = 0
    next_break = breaks[0]
    run = 0  # where the current run starts
    seg = 0  # where the current style's slice of it starts
    segs: list[tuple[int, int, _Style]] = []  # the run's earlier slices
    since = 0  # where the innermost frame became innermost (for the raw text of code)
    for pos, i, what in events:
        while next_break < pos:
            if next_break > run and (next_break - run > 1 or not pieces[run].isspace()):
                if segs or style is not plain:
                    cut(pieces, run, next_break, segs, style, visible, entries, units, made,
                        spans[2 * nb], spans[2 * nb + 1])  # fmt: skip
                    segs = []
                else:  # a plain run (most are): the walk's paragraphs, as _units_of reads them
                    for k in range(spans[2 * nb], spans[2 * nb + 1]):
                        unit = _Unit(made[k], None)
                        units.append(unit)
                        entries.append(unit)
                    if len(units) > MAX_UNITS:
                        raise _TooMany
            run = seg = next_break + 1
            nb += 1
            next_break = breaks[nb]
        role = roles.get(tags[i])
        if role is None:
            continue
        if role == _BLOCK:
            if pos > run:
                if pos - run > 1 or not pieces[run].isspace():
                    if segs or style is not plain:
                        cut(pieces, run, pos, segs, style, visible, entries, units, made,
                            spans[2 * nb], spans[2 * nb + 1])  # fmt: skip
                    else:  # a plain run, as above
                        for k in range(spans[2 * nb], spans[2 * nb + 1]):
                            unit = _Unit(made[k], None)
                            units.append(unit)
                            entries.append(unit)
                        if len(units) > MAX_UNITS:
                            raise _TooMany
                if segs:
                    segs = []
                run = seg = pos
            tag = tags[i]
            if what == OPEN:
                kind = frame_kinds.get(tag)
                if kind is None:
                    continue
                if len(frames) > MAX_NESTING:
                    too_deep = True
                    continue
                if kind is _CELL or kind is _ROW:
                    table = None
                    for f in reversed(frames):
                        if f.tag == "table":
                            table = f
                            break
                    if table is not None:
                        if table.cells > MAX_CELLS:
                            continue  # read as paragraphs of the table (see _convert)
                        if kind is _CELL:
                            table.cells += 1
                if top.raw is not None:
                    _raw_text(top.raw, pieces, since, pos)
                since = pos
                frame = _Frame(kind, tag, i)
                entries.append(frame)
                frames.append(frame)
                top = frame
                entries = frame.entries
            elif what == CLOSE:
                if top.index == i:  # the walk's events nest: a frame closes on top
                    if top.raw is not None:
                        _raw_text(top.raw, pieces, since, pos)
                    since = pos
                    frames.pop()
                    top = frames[-1]
                    entries = top.entries
            elif what == SKIP and tag == "figure":
                el = els[i]
                image = figure_image(el, base)
                if image is not None:
                    entries.append(_block(_FIGURE, image=image))
                else:  # an embed wrapped in a figure (WordPress embed blocks)
                    media = next(el.iter(*_MEDIA), None)
                    embed = _embed(media, base) if media is not None else None
                    if embed is not None:
                        entries.append(embed)
        elif role == _STYLE:
            if what == OPEN:
                tag = tags[i]
                if tag == "a":
                    href_raw = els[i].get("href") or ""
                    if href_raw in links:
                        href = links[href_raw]
                    else:
                        href = links[href_raw] = clean_link(href_raw, base)
                    if href is None:
                        continue
                    new: _Style = (href, style[1], style[2], style[3])
                elif tag in _EMPHASIS:
                    new = (style[0], True, style[2], style[3])
                elif tag in _STRONG:
                    new = (style[0], style[1], True, style[3])
                else:  # code
                    if top.kind is _CODE_KIND:
                        continue
                    new = (style[0], style[1], style[2], True)
                if pos > seg:
                    segs.append((seg, pos, style))
                    seg = pos
                stack.append((i, new))
                style = new
            elif what == CLOSE and stack and stack[-1][0] == i:
                if pos > seg:
                    segs.append((seg, pos, style))
                    seg = pos
                stack.pop()
                style = stack[-1][1] if stack else plain
        elif role == _IMG or (what == SKIP and role == _PICTURE):
            if what != CLOSE:
                image = figure_image(els[i], base)
                if image is not None:
                    entries.append(_block(_FIGURE, image=image))
        elif role == _MEDIA_EL and what == SKIP:
            embed = _embed(els[i], base)
            if embed is not None:
                entries.append(embed)
    end = len(pieces)
    while next_break <= end:
        if next_break > run:
            cut(pieces, run, next_break, segs, style, visible, entries, units, made,
                spans[2 * nb], spans[2 * nb + 1])  # fmt: skip
            if segs:
                segs = []
        run = seg = next_break + 1
        nb += 1
        next_break = breaks[nb]
    if end > run:
        cut(pieces, run, end, segs, style, visible, entries, units, made,
            spans[2 * nb], spans[2 * nb + 1])  # fmt: skip
    if top.raw is not None:
        _raw_text(top.raw, pieces, since, end)
    return root, units, too_deep


def _raw_text(raw: list[str], pieces: list[str], start: int, end: int) -> None:
    """The text pieces of ``pieces[start:end]`` added to a code frame's raw text."""
    raw.extend(piece for piece in pieces[start:end] if piece != BR and piece != BLOCK_BREAK)


# ------------------------------------------------------------------------------ conversion


def _inlines(unit: _Unit) -> tuple[Inline, ...]:
    parts = unit.parts
    if parts is None or (len(parts) == 1 and parts[0][1] is _PLAIN):
        return (_inline(unit.text),)
    return tuple(_inline(text, href, em, strong, code) for text, (href, em, strong, code) in parts)


def _convert_into(
    entries: list[_Unit | _Frame | Block], notes: _Notes, out: list[Block]
) -> list[Block]:
    """The blocks of ``entries`` appended to ``out`` (kept paragraphs, frames, figures)."""
    for entry in entries:
        if type(entry) is _Unit:
            if entry.keep:
                out.append(_block(_PARAGRAPH, _inlines(entry)))
        elif type(entry) is _Frame:
            _convert(entry, notes, out)
        else:
            out.append(entry)  # type: ignore[arg-type]
    return out


def _first_unit(entries: list[_Unit | _Frame | Block]) -> int:
    """Where the frame's leading kept text (its own inline content) is, or -1."""
    for k, entry in enumerate(entries):
        if type(entry) is _Unit:
            if entry.keep:
                return k
        elif type(entry) is _Frame:
            break
    return -1


def _convert(frame: _Frame, notes: _Notes, out: list[Block]) -> None:
    """The blocks of one frame appended to ``out``."""
    kind = frame.kind
    entries = frame.entries
    if kind is _PARAGRAPH:
        _convert_into(entries, notes, out)
    elif kind is _ITEM or kind is _CELL:
        at = _first_unit(entries)
        if at < 0:
            children = _convert_into(entries, notes, [])
            if not children:
                return
            inlines: tuple[Inline, ...] = ()
        else:
            children = _convert_into(entries[:at], notes, [])
            _convert_into(entries[at + 1 :], notes, children)
            inlines = _inlines(entries[at])  # type: ignore[arg-type]
        header = (frame.tag == "th") if kind is _CELL else None
        out.append(_block(kind, inlines, tuple(children), header=header))
    elif kind is _HEADING:
        at = _first_unit(entries)
        if at < 0:
            _convert_into(entries, notes, out)
            return
        _convert_into(entries[:at], notes, out)
        level = _HEADINGS.get(frame.tag, 2)
        out.append(_block(kind, _inlines(entries[at]), level=level))  # type: ignore[arg-type]
        _convert_into(entries[at + 1 :], notes, out)
    elif kind is _LIST:
        items: list[Block] = []
        for block in _convert_into(entries, notes, []):
            if block.kind is _ITEM:
                items.append(block)
            elif block.kind is _PARAGRAPH:
                items.append(_block(_ITEM, block.inlines))
            elif items:
                last = items[-1]
                items[-1] = _block(_ITEM, last.inlines, (*last.children, block))
            else:
                items.append(_block(_ITEM, (), (block,)))
        if items:
            out.append(_block(kind, (), tuple(items), ordered=frame.tag == "ol"))
    elif kind is _QUOTE:
        children = _convert_into(entries, notes, [])
        if children:
            out.append(_block(kind, (), tuple(children)))
    elif kind is _ROW:
        cells: list[Block] = []
        for block in _convert_into(entries, notes, []):
            if block.kind is _CELL:
                cells.append(block)
            elif block.kind is _PARAGRAPH:
                cells.append(_block(_CELL, block.inlines, header=False))
            elif block.kind is _ROW:
                cells.extend(block.children)
            else:
                cells.append(_block(_CELL, (), (block,), header=False))
        if cells:
            out.append(_block(kind, (), tuple(cells)))
    elif kind is _TABLE:
        if frame.cells > MAX_CELLS:
            notes.warnings.append(
                (
                    "blocks-table-too-large",
                    f"a table of {frame.cells} cells (more than {MAX_CELLS}) read as paragraphs",
                )
            )
            out.extend(_flatten(frame))
            return
        before: list[Block] = []
        rows: list[Block] = []
        after: list[Block] = []
        for block in _convert_into(entries, notes, []):
            if block.kind is _ROW or block.kind is _CELL:
                if after:
                    notes.reordered = True  # this row goes before blocks read earlier
                rows.append(block if block.kind is _ROW else _block(_ROW, (), (block,)))
            elif rows:
                after.append(block)
            else:
                before.append(block)
        out.extend(before)
        if rows:
            out.append(_block(kind, (), tuple(rows)))
        out.extend(after)
    elif kind is _CODE_KIND:
        units = [e for e in entries if type(e) is _Unit]
        raw = "".join(frame.raw or ()).strip("\n")
        if (
            len(units) == 1
            and len(entries) == 1
            and units[0].keep
            and raw
            and " ".join(drop_invisible(raw).split()) == units[0].text
        ):
            out.append(Block(kind=kind, literal=drop_invisible(raw)))
        else:
            _convert_into(entries, notes, out)
    else:  # pragma: no cover - every kind is handled
        _convert_into(entries, notes, out)


def _flatten(frame: _Frame) -> list[Block]:
    """Every kept paragraph under ``frame`` as a paragraph block (iteratively: no recursion)."""
    out: list[Block] = []
    stack: list[Any] = [iter(frame.entries)]
    while stack:
        entry = next(stack[-1], None)
        if entry is None:
            stack.pop()
        elif isinstance(entry, _Unit):
            if entry.keep:
                out.append(_block(_PARAGRAPH, _inlines(entry)))
        elif isinstance(entry, _Frame):
            stack.append(iter(entry.entries))
        else:
            out.append(entry)
    return out


def build_blocks(walk: Walk, base: str | None) -> Built:
    """The blocks of the body text read by ``walk`` (links resolved against ``base``)."""
    if len(walk.events) > MAX_EVENTS:
        message = f"body of more than {MAX_EVENTS // 2} elements: no blocks built"
        return Built((), [("blocks-too-many", message)], complete=False)
    try:
        root, units, too_deep = _replay(walk, base)
    except _TooMany:
        message = f"body of more than {MAX_UNITS} paragraphs: no blocks built"
        return Built((), [("blocks-too-many", message)], complete=False)
    texts = [u.text for u in units]
    # The walk's verdicts when these are its paragraphs (the plain runs are; a styled
    # one reads the same words), else the same test run on the builder's own.
    flags = walk.flags if texts == walk.cut else keep_flags(texts)
    for unit, keep in zip(units, flags):
        if not keep:
            unit.keep = False
    notes = _Notes()
    if too_deep:
        notes.warnings.append(
            ("blocks-too-deep", f"body blocks nested deeper than {MAX_NESTING}; read as text")
        )
    blocks = _convert_into(root.entries, notes, [])
    # Every kept paragraph is in the blocks, in order, unless a table moved one after
    # its rows: then the plain text is read from the blocks.
    text = None if notes.reordered else "\n\n".join([u.text for u in units if u.keep])
    return Built(tuple(blocks), notes.warnings, text=text)
