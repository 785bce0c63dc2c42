"""Renderings of the body blocks: plain text, Markdown (CommonMark, GFM tables), clean HTML.

All three take an :class:`~newsmeta.Article` (or a sequence of :class:`~newsmeta.Block`). An
article without blocks but with a ``body`` renders its paragraphs. The output never carries
active content: text is escaped, links are only http(s) or mailto (the models refuse any
other), images only http(s), and no attribute but ``href``, ``src``, ``alt``, ``width`` and
``height`` is written. Blocks nested deeper than :data:`MAX_RENDER_DEPTH` are rendered as
plain paragraphs.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator, Sequence

from newsmeta._errors import SchemaError
from newsmeta._models import Article, Block, BlockKind, Image, Inline

__all__ = ["MAX_RENDER_DEPTH", "to_html", "to_markdown", "to_text"]

MAX_RENDER_DEPTH = 32
"""Nesting rendered as structure; deeper blocks become plain paragraphs."""

_Source = Article | Sequence[Block]


def _blocks(source: _Source) -> Sequence[Block]:
    if isinstance(source, Article):
        if source.blocks:
            return source.blocks
        if source.body:
            return tuple(
                Block(kind=BlockKind.PARAGRAPH, inlines=(Inline(text=p),))
                for p in source.body.split("\n\n")
                if p.strip()
            )
        return ()
    if isinstance(source, (list, tuple)) and all(isinstance(b, Block) for b in source):
        return source
    raise SchemaError(f"expected an Article or a sequence of Block, not {type(source).__name__}")


# ------------------------------------------------------------------------------ plain text


def _units(block: Block) -> Iterator[str]:
    """The plain paragraphs of a block, in order (iterative: any depth)."""
    stack: list[Iterator[Block]] = [iter((block,))]
    while stack:
        b = next(stack[-1], None)
        if b is None:
            stack.pop()
            continue
        kind = b.kind
        if kind is BlockKind.FIGURE or kind is BlockKind.EMBED:
            continue
        if kind is BlockKind.CODE:
            text = " ".join((b.literal or "").split())
            if text:
                yield text
            continue
        if b.inlines:
            yield "".join(i.text for i in b.inlines)
        if b.children:
            stack.append(iter(b.children))


def to_text(source: _Source) -> str:
    """The plain text of the blocks: paragraphs separated by blank lines (equals ``body``)."""
    return "\n\n".join(u for b in _blocks(source) for u in _units(b))


# ------------------------------------------------------------------------------ Markdown

_MD_ESCAPE = re.compile(r"([\\`*_\[\]<>|~])|&(?=#?\w+;)")
_MD_LINE_START = re.compile(r"^([#+=-]|\d{1,9}(?=[.)]))", re.M)
_LINE_MARKS = frozenset("#+=-0123456789")
_MD_URL_UNSAFE = re.compile(r"[\s()<>]")


def _md_escape(text: str) -> str:
    return _MD_ESCAPE.sub(r"\\\g<0>", text)


def _line_start(match: re.Match[str]) -> str:
    """``# x`` -> ``\\# x``; ``1. x`` -> ``1\\. x`` (the dot is escaped by the caller's sub)."""
    mark = match.group(1)
    return "\\" + mark if not mark[0].isdigit() else mark + "\\"


def _md_code_span(text: str) -> str:
    fence = "`"
    while fence in text:
        fence += "`"
    pad = " " if text.startswith("`") or text.endswith("`") else ""
    return f"{fence}{pad}{text}{pad}{fence}"


def _md_url(url: str) -> str:
    if _MD_URL_UNSAFE.search(url):
        return "<" + url.replace("<", "%3C").replace(">", "%3E").replace(" ", "%20") + ">"
    return url


def _md_inlines(inlines: Sequence[Inline], table: bool = False) -> str:
    out: list[str] = []
    for inline in inlines:
        text = inline.text
        if inline.code:
            body = _md_code_span(text.replace("\n", " "))
        else:
            body = _md_escape(text)
            if "\n" in body:
                body = body.replace("\n", " " if table else "\\\n")
            if inline.strong and body.strip():
                body = f"**{body}**"
            if inline.emphasis and body.strip():
                body = f"*{body}*"
        if inline.href:
            body = f"[{body}]({_md_url(inline.href)})"
        out.append(body)
    text = "".join(out)
    if not table and (text[:1] in _LINE_MARKS or "\n" in text):
        text = _MD_LINE_START.sub(_line_start, text)
    return text


def _md_image(image: Image) -> str:
    alt = _md_escape(image.alt or "").replace("\n", " ")
    line = f"![{alt}]({_md_url(image.url)})"
    notes = " ".join(x for x in (image.caption, image.credit and f"({image.credit})") if x)
    if notes:
        line += "\n\n*" + _md_escape(" ".join(notes.split())) + "*"
    return line


def _md_cell(cell: Block) -> str:
    parts = [_md_inlines(cell.inlines, table=True)] if cell.inlines else []
    for child in cell.children:
        parts.extend(_md_escape(u).replace("\n", " ") for u in _units(child))
    return " ".join(p for p in parts if p) or " "


def _md_table(table: Block) -> str:
    rows = [[_md_cell(c) for c in row.children] for row in table.children]
    width = max((len(r) for r in rows), default=0)
    if not width:
        return ""
    lines = []
    for k, row in enumerate(rows):
        row = row + [" "] * (width - len(row))
        lines.append("| " + " | ".join(row) + " |")
        if k == 0:
            lines.append("|" + "|".join(["---"] * width) + "|")
    return "\n".join(lines)


def _tight(item: Block) -> bool:
    """An item that is one line of text, maybe followed by nested lists."""
    return all(c.kind is BlockKind.LIST for c in item.children) and (
        bool(item.inlines) or len(item.children) <= 1
    )


def _indent(text: str, prefix: str) -> str:
    return "\n".join(prefix + line if line else line for line in text.split("\n"))


def _md_block(block: Block, depth: int) -> str:
    kind = block.kind
    if depth > MAX_RENDER_DEPTH:
        return "\n\n".join(_md_escape(u) for u in _units(block))
    if kind is BlockKind.HEADING:
        return "#" * (block.level or 2) + " " + _md_inlines(block.inlines).replace("\\\n", " ")
    if kind is BlockKind.PARAGRAPH:
        return _md_inlines(block.inlines)
    if kind is BlockKind.CODE:
        literal = block.literal or ""
        fence = "```"
        while fence in literal:
            fence += "`"
        return f"{fence}\n{literal}\n{fence}"
    if kind is BlockKind.QUOTE:
        inner = _md_blocks(block.children, depth + 1)
        return "\n".join("> " + line if line else ">" for line in inner.split("\n"))
    if kind is BlockKind.LIST:
        items = []
        for n, item in enumerate(block.children, 1):
            marker = f"{n}. " if block.ordered else "- "
            parts = [_md_inlines(item.inlines)] if item.inlines else []
            if item.children:
                parts.append(_md_blocks(item.children, depth + 1))
            body = ("\n" if _tight(item) else "\n\n").join(p for p in parts if p)
            pad = " " * len(marker)
            items.append(marker + _indent(body, pad)[len(pad) :] if body else marker.rstrip())
        loose = not all(_tight(i) for i in block.children)
        return ("\n\n" if loose else "\n").join(items)
    if kind is BlockKind.TABLE:
        return _md_table(block)
    if kind is BlockKind.FIGURE:
        return _md_image(block.image) if block.image else ""
    if kind is BlockKind.EMBED:
        return f"[{block.media or 'embed'}]({_md_url(block.url)})" if block.url else ""
    # an item, row or cell met on its own
    parts = [_md_inlines(block.inlines)] if block.inlines else []
    if block.children:
        parts.append(_md_blocks(block.children, depth + 1))
    return "\n\n".join(p for p in parts if p)


def _md_blocks(blocks: Sequence[Block], depth: int) -> str:
    out = []
    previous: Block | None = None
    for block in blocks:
        text = _md_block(block, depth)
        if not text:
            continue
        if (
            previous is not None
            and previous.kind is BlockKind.LIST
            and block.kind is BlockKind.LIST
        ):
            out.append("<!-- -->")  # two lists in a row stay two lists
        out.append(text)
        previous = block
    return "\n\n".join(out)


def to_markdown(source: _Source) -> str:
    """The body as CommonMark (GFM tables), ending with a newline; empty when there is none."""
    text = _md_blocks(_blocks(source), 0)
    return text + "\n" if text else ""


# ------------------------------------------------------------------------------ HTML


def _esc(text: str) -> str:
    return html.escape(text, quote=True)


def _html_inlines(inlines: Sequence[Inline]) -> str:
    out: list[str] = []
    for inline in inlines:
        body = _esc(inline.text).replace("\n", "<br>\n")
        if inline.code:
            body = f"<code>{body}</code>"
        if inline.strong:
            body = f"<strong>{body}</strong>"
        if inline.emphasis:
            body = f"<em>{body}</em>"
        if inline.href and inline.href[:8].lower().startswith(("http://", "https://", "mailto:")):
            body = f'<a href="{_esc(inline.href)}">{body}</a>'
        out.append(body)
    return "".join(out)


def _html_image(image: Image) -> str:
    if not image.url[:8].lower().startswith(("http://", "https://")):
        return ""
    attrs = f'src="{_esc(image.url)}" alt="{_esc(image.alt or "")}"'
    if image.width:
        attrs += f' width="{image.width}"'
    if image.height:
        attrs += f' height="{image.height}"'
    notes = ""
    if image.caption or image.credit:
        notes = _esc(image.caption or "")
        if image.credit:
            notes += (" " if notes else "") + f"<small>{_esc(image.credit)}</small>"
        notes = f"<figcaption>{notes}</figcaption>"
    return f"<figure><img {attrs}>{notes}</figure>"


def _html_block(block: Block, depth: int) -> str:
    kind = block.kind
    if depth > MAX_RENDER_DEPTH:
        return "\n".join(f"<p>{_esc(u)}</p>" for u in _units(block))
    if kind is BlockKind.HEADING:
        level = block.level or 2
        return f"<h{level}>{_html_inlines(block.inlines)}</h{level}>"
    if kind is BlockKind.PARAGRAPH:
        return f"<p>{_html_inlines(block.inlines)}</p>"
    if kind is BlockKind.CODE:
        return f"<pre><code>{_esc(block.literal or '')}</code></pre>"
    if kind is BlockKind.QUOTE:
        return f"<blockquote>\n{_html_blocks(block.children, depth + 1)}\n</blockquote>"
    if kind is BlockKind.LIST:
        tag = "ol" if block.ordered else "ul"
        items = "\n".join(_html_block(item, depth + 1) for item in block.children)
        return f"<{tag}>\n{items}\n</{tag}>"
    if kind is BlockKind.ITEM or kind is BlockKind.CELL:
        tag = "li" if kind is BlockKind.ITEM else ("th" if block.header else "td")
        inner = _html_inlines(block.inlines)
        if block.children:
            inner += "\n" + _html_blocks(block.children, depth + 1)
        return f"<{tag}>{inner}</{tag}>"
    if kind is BlockKind.TABLE:
        rows = "\n".join(_html_block(row, depth + 1) for row in block.children)
        return f"<table>\n{rows}\n</table>"
    if kind is BlockKind.ROW:
        return "<tr>" + "".join(_html_block(c, depth + 1) for c in block.children) + "</tr>"
    if kind is BlockKind.FIGURE:
        return _html_image(block.image) if block.image else ""
    if kind is BlockKind.EMBED and block.url:
        return f'<p><a href="{_esc(block.url)}">{_esc(block.media or "embed")}</a></p>'
    return ""


def _html_blocks(blocks: Sequence[Block], depth: int) -> str:
    return "\n".join(t for t in (_html_block(b, depth) for b in blocks) if t)


def to_html(source: _Source) -> str:
    """The body as minimal clean HTML: no scripts, styles, classes or event attributes."""
    text = _html_blocks(_blocks(source), 0)
    return text + "\n" if text else ""
