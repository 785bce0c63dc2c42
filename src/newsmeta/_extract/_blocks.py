"""The body as typed blocks, built from the walk that read the body text.

:func:`newsmeta._extract._content.find_content` reads the chosen region once and records,
beside the text stream it cuts into paragraphs, where each element opened, closed or was
skipped (:class:`~newsmeta._extract._content.Walk`). This module replays that record: block
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
from typing import Any
from urllib.parse import urljoin

from lxml.html import HtmlElement

from newsmeta._extract._content import (
    BLOCK_BREAK,
    BLOCK_TAGS,
    BR,
    CLOSE,
    OPEN,
    SKIP,
    Walk,
    keep_flags,
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
        try:
            href = urljoin(base, href)
        except ValueError:
            return None
    return href if is_link(href) else None


def image_src(el: HtmlElement) -> str | None:
    """The address of an ``<img>``: ``src`` unless it is a placeholder, else a lazy attribute."""
    get: Callable[[str], str | None] = el.get
    src = get("src")
    if src and not src.startswith("data:") and not _JUNK_IMAGE.search(src[:300]):
        return src
    for attr in _LAZY_ATTRS:
        value = get(attr)
        if value and not value.startswith("data:"):
            return value
    srcset = get("srcset") or get("data-srcset")
    if srcset:
        first = srcset.strip().split(",", 1)[0].strip().split(" ", 1)[0]
        if first and not first.startswith("data:"):
            return first
    return src if src and not src.startswith("data:") else None


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
    if hint and _JUNK_CLASS.search(hint):
        return True
    return _JUNK_IMAGE.search(url[:500]) is not None


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
        if el is not caption_el and _CREDIT_CLASS.search(cls):
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
    src = image_src(img)
    url = clean_link(src, base) if src else None
    if url is None or url.startswith("mailto:"):
        return None
    width, height = _dimension(img.get("width")), _dimension(img.get("height"))
    hint = (img.get("class") or "") + " " + (img.get("id") or "")
    if is_junk_image(url, width, height, hint):
        return None
    caption, credit = _caption_credit(fig) if fig.tag != "img" else (None, None)
    alt = " ".join((img.get("alt") or "").split())[:1000] or None
    ai = bool(_AI_CAPTION.search(" ".join(x for x in (caption, credit, alt) if x)))
    return Image(
        url=url,
        alt=alt,
        caption=caption,
        credit=credit,
        width=width,
        height=height,
        ai_generated=ai,
    )


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


# ------------------------------------------------------------------------------ the replay

_Style = tuple[str | None, bool, bool, bool]
_PLAIN: _Style = (None, False, False, False)


class _Unit:
    """One paragraph of the body text: its plain text and its styled parts."""

    __slots__ = ("keep", "parts", "text")

    def __init__(self, text: str, parts: list[tuple[str, _Style]]) -> None:
        self.text = text
        self.parts = parts
        self.keep = True


class _TooMany(Exception):
    """Raised inside the replay when the body has more paragraphs than MAX_UNITS."""


class _Frame:
    __slots__ = ("cells", "entries", "kind", "raw", "tag")

    def __init__(self, kind: BlockKind | None, tag: str) -> None:
        self.kind = kind
        self.tag = tag
        self.entries: list[_Unit | _Frame | Block] = []
        self.raw: list[str] | None = [] if kind is BlockKind.CODE else None
        self.cells = 0


class Built:
    """The blocks of one body and the warnings met building them (``complete`` is False when
    the body was too long to be built)."""

    __slots__ = ("blocks", "complete", "warnings")

    def __init__(
        self, blocks: tuple[Block, ...], warnings: list[tuple[str, str]], complete: bool = True
    ) -> None:
        self.blocks = blocks
        self.warnings = warnings
        self.complete = complete


def _frame_kind(tag: str) -> BlockKind | None:
    if tag in _HEADINGS:
        return BlockKind.HEADING
    if tag == "p":
        return BlockKind.PARAGRAPH
    if tag in ("ul", "ol", "menu", "dir"):
        return BlockKind.LIST
    if tag == "li":
        return BlockKind.ITEM
    if tag == "blockquote":
        return BlockKind.QUOTE
    if tag == "pre":
        return BlockKind.CODE
    if tag == "table":
        return BlockKind.TABLE
    if tag == "tr":
        return BlockKind.ROW
    return BlockKind.CELL  # td, th


def _parts(segments: list[tuple[str, _Style]]) -> list[list[tuple[str, _Style]]]:
    """Segments cut into paragraphs (a blank line splits) of normalised, merged parts.

    The words and the spaces between them are exactly those of the plain paragraphs
    (``" ".join(line.split())`` per line, lines joined by ``"\\n"``).
    """
    if len(segments) == 1:  # the common case: one run of plain text
        text, style = segments[0]
        if text == BR:
            return []
        core = " ".join(drop_invisible(text).split())
        return [[(core, style)]] if core else []
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


class _Builder:
    def __init__(self, walk: Walk, base: str | None) -> None:
        self.walk = walk
        self.base = base
        self.root = _Frame(None, "")
        self.frames: list[_Frame] = [self.root]
        self.units: list[_Unit] = []
        self.run: list[tuple[str, _Style]] = []
        self.styles: list[tuple[int, _Style]] = []
        self.style: _Style = _PLAIN
        self.pushed: set[int] = set()
        self.warnings: list[tuple[str, str]] = []
        self.too_deep = False
        self.links: dict[str, str | None] = {}

    # -- text
    def event(self, event: tuple[int, int, int]) -> None:
        """Apply one recorded walk event (an element opened, closed or skipped)."""
        _, i, what = event
        if what == OPEN:
            self.open(i)
        elif what == CLOSE:
            self.close(i)
        elif what == SKIP:
            self.skip(i)

    def flush(self) -> None:
        if not self.run:
            return
        run, self.run = self.run, []
        frame = self.frames[-1]
        for parts in _parts(run):
            unit = _Unit("".join(t for t, _ in parts), parts)
            self.units.append(unit)
            frame.entries.append(unit)
        if len(self.units) > MAX_UNITS:
            raise _TooMany

    # -- events
    def open(self, i: int) -> None:
        tag = self.walk.tags[i]
        el = self.walk.els[i]
        if tag in _BLOCK_TAGS:
            self.flush()
            if tag in _FRAME_TAGS:
                if len(self.frames) > MAX_NESTING:
                    self.too_deep = True
                    return
                kind = _frame_kind(tag)
                if kind is BlockKind.CELL or kind is BlockKind.ROW:
                    table = next((f for f in reversed(self.frames) if f.tag == "table"), None)
                    if table is not None:
                        if table.cells > MAX_CELLS:
                            return  # read as paragraphs of the table (see _convert)
                        table.cells += kind is BlockKind.CELL
                frame = _Frame(kind, tag)
                self.frames[-1].entries.append(frame)
                self.frames.append(frame)
                self.pushed.add(i)
            return
        style = self.style
        if tag == "a":
            raw = el.get("href") or ""
            if raw in self.links:
                href = self.links[raw]
            else:
                href = self.links[raw] = clean_link(raw, self.base)
            if href is None:
                return
            new: _Style = (href, style[1], style[2], style[3])
        elif tag in _EMPHASIS:
            new = (style[0], True, style[2], style[3])
        elif tag in _STRONG:
            new = (style[0], style[1], True, style[3])
        elif tag in _CODE:
            if self.frames[-1].kind is BlockKind.CODE:
                return
            new = (style[0], style[1], style[2], True)
        elif tag == "br":
            return  # the stream carries the break
        elif tag == "img":
            image = figure_image(el, self.base)
            if image is not None:
                self.frames[-1].entries.append(Block(kind=BlockKind.FIGURE, image=image))
            return
        else:
            return
        self.styles.append((i, new))
        self.style = new

    def close(self, i: int) -> None:
        tag = self.walk.tags[i]
        if tag in _BLOCK_TAGS:
            self.flush()
            if i in self.pushed:
                self.pushed.discard(i)
                frame = self.frames.pop()
                if frame.kind is BlockKind.CODE and frame.raw is not None:
                    frame.raw.append("")
            return
        if self.styles and self.styles[-1][0] == i:
            self.styles.pop()
            self.style = self.styles[-1][1] if self.styles else _PLAIN

    def skip(self, i: int) -> None:
        tag = self.walk.tags[i]
        el = self.walk.els[i]
        if tag in _BLOCK_TAGS:
            self.flush()
        block: Block | None = None
        if tag == "figure" or tag == "img" or tag == "picture":
            image = figure_image(el, self.base)
            if image is not None:
                block = Block(kind=BlockKind.FIGURE, image=image)
            elif tag == "figure":  # an embed wrapped in a figure (WordPress embed blocks)
                media = next(el.iter(*_MEDIA), None)
                block = _embed(media, self.base) if media is not None else None
        elif tag in _MEDIA:
            block = _embed(el, self.base)
        if block is not None:
            self.frames[-1].entries.append(block)

    def replay(self) -> None:
        pieces = self.walk.pieces
        events = self.walk.events
        n_ev = len(events)
        e = 0
        frames = self.frames
        for p, piece in enumerate(pieces):
            while e < n_ev and events[e][0] <= p:
                self.event(events[e])
                e += 1
            if piece == BLOCK_BREAK:
                self.flush()
            elif piece == BR:
                self.run.append((BR, _PLAIN))
            else:
                self.run.append((piece, self.style))
                raw = frames[-1].raw
                if raw is not None:
                    raw.append(piece)
        for event in events[e:]:
            self.event(event)
        self.flush()
        flags = keep_flags([u.text for u in self.units])
        for unit, keep in zip(self.units, flags):
            unit.keep = keep
        if self.too_deep:
            self.warnings.append(
                ("blocks-too-deep", f"body blocks nested deeper than {MAX_NESTING}; read as text")
            )


# ------------------------------------------------------------------------------ conversion


def _inlines(unit: _Unit) -> tuple[Inline, ...]:
    if len(unit.parts) == 1 and unit.parts[0][1] is _PLAIN:
        return (Inline(text=unit.text),)
    out = []
    for text, (href, em, strong, code) in unit.parts:
        out.append(Inline(text=text, href=href, emphasis=em, strong=strong, code=code))
    return tuple(out)


def _paragraph(unit: _Unit) -> Block:
    return Block(kind=BlockKind.PARAGRAPH, inlines=_inlines(unit))


def _convert_entries(
    entries: list[_Unit | _Frame | Block], warn: Callable[[str, str], None]
) -> list[Block]:
    out: list[Block] = []
    for entry in entries:
        if isinstance(entry, _Unit):
            if entry.keep:
                out.append(_paragraph(entry))
        elif isinstance(entry, _Frame):
            out.extend(_convert(entry, warn))
        else:
            out.append(entry)
    return out


def _first_unit(frame: _Frame) -> tuple[_Unit | None, list[_Unit | _Frame | Block]]:
    """The frame's leading kept text (its own inline content) and the entries after it."""
    entries = frame.entries
    for k, entry in enumerate(entries):
        if isinstance(entry, _Unit):
            if entry.keep:
                return entry, entries[:k] + entries[k + 1 :]
            continue
        if isinstance(entry, _Frame):
            break
    return None, entries


def _has_text(blocks: list[Block]) -> bool:
    return any(b.kind is not BlockKind.FIGURE and b.kind is not BlockKind.EMBED for b in blocks)


def _convert(frame: _Frame, warn: Callable[[str, str], None]) -> list[Block]:
    kind = frame.kind
    if kind is BlockKind.HEADING:
        first, _ = _first_unit(frame)
        if first is None:
            return _convert_entries(frame.entries, warn)
        at = frame.entries.index(first)
        heading = Block(kind=kind, inlines=_inlines(first), level=_HEADINGS.get(frame.tag, 2))
        return [
            *_convert_entries(frame.entries[:at], warn),
            heading,
            *_convert_entries(frame.entries[at + 1 :], warn),
        ]
    if kind is BlockKind.PARAGRAPH:
        return _convert_entries(frame.entries, warn)
    if kind is BlockKind.CODE:
        units = [e for e in frame.entries if isinstance(e, _Unit)]
        raw = "".join(frame.raw or ()).strip("\n")
        if (
            len(units) == 1
            and len(frame.entries) == 1
            and units[0].keep
            and raw
            and " ".join(drop_invisible(raw).split()) == units[0].text
        ):
            return [Block(kind=kind, literal=drop_invisible(raw))]
        return _convert_entries(frame.entries, warn)
    if kind is BlockKind.ITEM or kind is BlockKind.CELL:
        first, _ = _first_unit(frame)
        children = _convert_entries(
            frame.entries if first is None else [e for e in frame.entries if e is not first],
            warn,
        )
        if first is None and not children:
            return []
        block = Block(
            kind=kind,
            inlines=_inlines(first) if first is not None else (),
            children=tuple(children),
            header=(frame.tag == "th") if kind is BlockKind.CELL else None,
        )
        return [block]
    if kind is BlockKind.QUOTE:
        children = _convert_entries(frame.entries, warn)
        return [Block(kind=kind, children=tuple(children))] if children else []
    if kind is BlockKind.LIST:
        items: list[Block] = []
        for block in _convert_entries(frame.entries, warn):
            if block.kind is BlockKind.ITEM:
                items.append(block)
            elif block.kind is BlockKind.PARAGRAPH:
                items.append(Block(kind=BlockKind.ITEM, inlines=block.inlines))
            elif items:
                last = items[-1]
                items[-1] = Block(
                    kind=BlockKind.ITEM, inlines=last.inlines, children=(*last.children, block)
                )
            else:
                items.append(Block(kind=BlockKind.ITEM, children=(block,)))
        if not items:
            return []
        return [Block(kind=kind, ordered=frame.tag == "ol", children=tuple(items))]
    if kind is BlockKind.TABLE:
        if frame.cells > MAX_CELLS:
            warn(
                "blocks-table-too-large",
                f"a table of {frame.cells} cells (more than {MAX_CELLS}) read as paragraphs",
            )
            return _flatten(frame)
        before: list[Block] = []
        rows: list[Block] = []
        after: list[Block] = []
        for block in _convert_entries(frame.entries, warn):
            if block.kind is BlockKind.ROW:
                rows.append(block)
            elif block.kind is BlockKind.CELL:
                rows.append(Block(kind=BlockKind.ROW, children=(block,)))
            else:
                (after if rows else before).append(block)
        if not rows:
            return before + after
        return [*before, Block(kind=kind, children=tuple(rows)), *after]
    if kind is BlockKind.ROW:
        cells: list[Block] = []
        for block in _convert_entries(frame.entries, warn):
            if block.kind is BlockKind.CELL:
                cells.append(block)
            elif block.kind is BlockKind.PARAGRAPH:
                cells.append(Block(kind=BlockKind.CELL, inlines=block.inlines, header=False))
            elif block.kind is BlockKind.ROW:
                cells.extend(block.children)
            else:
                cells.append(Block(kind=BlockKind.CELL, children=(block,), header=False))
        return [Block(kind=kind, children=tuple(cells))] if cells else []
    return _convert_entries(frame.entries, warn)  # pragma: no cover - every kind is handled


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
                out.append(_paragraph(entry))
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
    builder = _Builder(walk, base)
    try:
        builder.replay()
    except _TooMany:
        message = f"body of more than {MAX_UNITS} paragraphs: no blocks built"
        return Built((), [("blocks-too-many", message)], complete=False)
    warnings = builder.warnings

    def warn(code: str, message: str) -> None:
        warnings.append((code, message))

    blocks = _convert_entries(builder.root.entries, warn)
    return Built(tuple(blocks), warnings)
