"""Decoding, the single lxml parse, and the one-pass index every source reads.

A :class:`Page` is built once per ``extract`` call. Its constructor decodes the bytes,
parses them with lxml's HTML parser (no network, no entities, comments dropped) and walks
the tree once, filing the elements the sources care about into lists. Sources never parse
again and never walk the whole tree with XPath ``//`` (quadratic in libxml2).
"""

from __future__ import annotations

import codecs
import datetime as _dt
import re
import threading
from functools import reduce
from itertools import compress, repeat
from operator import and_, attrgetter
from typing import Any

import lxml.etree
import lxml.html
from lxml.html import HtmlElement

from newsmeta._errors import LimitExceededError, ParseError
from newsmeta._extract._prescan import cap_attributes
from newsmeta._extract._words import COMMENT_STEMS, collapse_spaces, word_pattern
from newsmeta._models import ExtractionWarning
from newsmeta._settings import DEFAULT_LIMITS, Limits

__all__ = [
    "DATED_ATTRS",
    "STAMP_ATTRS",
    "UNIX_ATTRS",
    "Locations",
    "Page",
    "decode_html",
    "element_text",
    "locator",
    "read_locations",
    "utf8_bytes",
]


_SNIFF_BYTES = 4096
# Matched on the lower-cased head: without IGNORECASE, re finds "<meta" by a fast scan.
_META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([a-z0-9_.:\-]{1,40})""")
_XML_DECL = re.compile(rb"""^\s*<\?xml[^>]{0,200}?encoding\s*=\s*["']([A-Za-z0-9_.:\-]{1,40})""")
_XML_DECL_STR = re.compile(r"^\s*<\?xml[^>]{0,300}?\?>")
_XML_DECL_BYTES = re.compile(rb"\s*<\?xml[^>]{0,300}?\?>")
# Codecs Python knows that no web page can be written in.
_NOT_PAGE_CODECS = frozenset(
    {"idna", "punycode", "undefined", "raw-unicode-escape", "unicode-escape", "utf-7",
     "rot-13", "mbcs", "oem", "palmos", "charmap", "uu_codec", "base64_codec"}
)  # fmt: skip
_SINGLE_BYTE_WESTERN = {"cp1252", "latin_1", "iso8859_15", "ascii"}

# Element tags filed by the index pass.
_SKIP_TEXT_TAGS = ("script", "style", "noscript", "template", "svg", "iframe", "rt", "rp")
_SKIP_TEXT_SET = frozenset(_SKIP_TEXT_TAGS)


def _ascii_compatible(codec: str) -> bool:
    """A declaration read in ASCII can only be true of an ASCII-compatible charset (not EBCDIC)."""
    try:
        return b"<meta charset=utf>".decode(codec) == "<meta charset=utf>"
    except (UnicodeError, LookupError, ValueError):
        return False


def _codec_name(label: str | bytes | None) -> str | None:
    """Python codec name for a charset label, WHATWG-style (latin-1 and ascii read as cp1252)."""
    if not label:
        return None
    if isinstance(label, bytes):
        label = label.decode("ascii", "ignore")
    label = label.strip().lower()
    try:
        info = codecs.lookup(label)
    except (LookupError, ValueError):
        return None
    name = info.name
    if not getattr(info, "_is_text_encoding", True) or name in _NOT_PAGE_CODECS:
        return None
    if name not in ("utf-16-le", "utf-16-be", "utf-16", "utf-32") and not _ascii_compatible(name):
        return None
    if name in ("latin-1", "iso8859-1", "ascii", "us-ascii", "iso8859_1", "latin_1"):
        return "cp1252"
    if name in ("utf-16-le", "utf-16-be", "utf-16", "utf-32"):
        # A meta tag cannot truly declare UTF-16 in an ASCII-compatible sniff: browsers use UTF-8.
        return "utf-8"
    return name.replace("-", "_") if name != "utf-8" else "utf-8"


# A well-formed 2-, 3- or 4-byte UTF-8 sequence. Written as one lead-byte class followed by
# the continuation its lead byte asks for (a lookbehind), so that ``re`` skips to the next
# lead byte at C speed instead of trying three alternatives at every byte of the page.
_UTF8_SEQ = re.compile(
    rb"[\xc2-\xf4](?:(?<=[\xc2-\xdf])[\x80-\xbf]|(?<=[\xe0-\xef])[\x80-\xbf]{2}"
    rb"|(?<=[\xf0-\xf4])[\x80-\xbf]{3})"
)
_HIGH_BYTES = bytes(range(0x80, 0x100))


def _cp1252_bytes(exc: UnicodeError) -> tuple[str, int]:
    """Decoding error handler: bytes that are not UTF-8 are read as cp1252."""
    if not isinstance(exc, UnicodeDecodeError):
        raise exc
    return exc.object[exc.start : exc.end].decode("cp1252", "replace"), exc.end


_CP1252_FALLBACK = "newsmeta.cp1252"
codecs.register_error(_CP1252_FALLBACK, _cp1252_bytes)


def _mostly_utf8(data: bytes) -> bool:
    """True when the non-ASCII bytes are (almost all) well-formed UTF-8 sequences."""
    if data.isascii():
        return False
    sequences = _UTF8_SEQ.findall(data)
    if not sequences:
        return False
    in_sequences = sum(map(len, sequences))
    high = len(data) - len(data.translate(None, _HIGH_BYTES))
    stray = high - in_sequences
    return stray <= max(2, in_sequences // 100)


_BOMS = (codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF32_BE)


def _wide_codec(data: bytes) -> str | None:
    """UTF-32 or UTF-16 (with the byte order) when a BOM or the NUL pattern of the head says so.

    Without a BOM, a page is read as UTF-16/32 only when its head has NULs in exactly the
    places markup (ASCII) leaves them: every other byte for UTF-16, three bytes in four for
    UTF-32; stray NULs in an 8-bit page do not qualify.
    """
    if data.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):
        return "utf-32-le" if data.startswith(codecs.BOM_UTF32_LE) else "utf-32-be"
    if data.startswith(codecs.BOM_UTF16_LE):
        return "utf-16-le"
    if data.startswith(codecs.BOM_UTF16_BE):
        return "utf-16-be"
    head = data[:_SNIFF_BYTES]
    size = len(head) - len(head) % 4
    if size < 8 or head.count(0) < size // 3:
        return None
    head = head[:size]
    lanes = [head[i::4].count(0) for i in range(4)]
    quarter = size // 4
    for codec, zero, filled in (
        ("utf-32-le", (1, 2, 3), (0,)),
        ("utf-32-be", (0, 1, 2), (3,)),
        ("utf-16-le", (1, 3), (0, 2)),
        ("utf-16-be", (0, 2), (1, 3)),
    ):
        if all(lanes[i] >= quarter * 0.9 for i in zero) and all(
            lanes[i] <= quarter * 0.1 for i in filled
        ):
            return codec
    return None


def _declared(
    data: bytes, encoding: str | None, warnings: list[ExtractionWarning]
) -> tuple[str | None, str | None]:
    """The page's own charset declaration and the caller's hint, as Python codec names."""
    head = data[:_SNIFF_BYTES]
    declared = None
    match = _XML_DECL.match(head) or _META_CHARSET.search(head.lower())
    if match:
        declared = _codec_name(match.group(1))
        if declared is None:
            warnings.append(
                ExtractionWarning(
                    code="unknown-charset",
                    message=f"unknown charset {match.group(1).decode('ascii', 'replace')!r}",
                )
            )
    return declared, _codec_name(encoding)


_CHECK_BYTES = 1 << 14
_UTF8_DECODER = codecs.getincrementaldecoder("utf-8")


def _valid_utf8(data: bytes) -> bool:
    """Whether ``data`` is well-formed UTF-8, checked slice by slice: one decode of the
    whole page builds a string of up to four times its size (fresh memory the allocator
    maps, and the processor faults in, page by page); a slice's string reuses the last."""
    if len(data) <= _CHECK_BYTES:
        try:
            data.decode("utf-8")
        except UnicodeDecodeError:
            return False
        return True
    decode = _UTF8_DECODER().decode
    view = memoryview(data)
    try:
        for start in range(0, len(data), _CHECK_BYTES):
            decode(view[start : start + _CHECK_BYTES])
        decode(b"", True)
    except UnicodeDecodeError:
        return False
    finally:
        view.release()
    return True


def utf8_bytes(
    data: bytes, encoding: str | None = None, *, check: bool = True
) -> tuple[bytes, str, list[ExtractionWarning]]:
    """The page as UTF-8 bytes for the parser, decoded as :func:`decode_html` would.

    Well-formed UTF-8 pages (the common case) are passed through untouched: checking them
    is cheaper than decoding and re-encoding. With ``check=False`` a page that declares
    UTF-8 (or nothing) is passed through unchecked, its codec given as ``"utf-8?"``: the
    caller checks it (:class:`Page` asks the parser, which reads every byte anyway).
    """
    if not data.startswith(_BOMS) and b"\x00" not in data[:_SNIFF_BYTES]:
        warnings: list[ExtractionWarning] = []
        declared, hinted = _declared(data, encoding, warnings)
        if (declared or hinted or "utf-8") == "utf-8":
            if data.isascii():
                return data, "utf-8", warnings
            if not check:
                return data, _UNCHECKED, warnings
            if _valid_utf8(data):
                return data, "utf-8", warnings
    text, codec, warnings = decode_html(data, encoding)
    return text.encode("utf-8"), codec, warnings


# The codec :func:`utf8_bytes` gives a page passed through unchecked.
_UNCHECKED = "utf-8?"


def decode_html(
    data: bytes, encoding: str | None = None
) -> tuple[str, str, list[ExtractionWarning]]:
    """Decode page bytes: BOM, then the page's declaration, then ``encoding``, then a fallback.

    Returns the text, the codec used and warnings. Never raises on odd bytes: undecodable
    sequences become U+FFFD and a warning says so.
    """
    warnings: list[ExtractionWarning] = []
    if data.startswith(codecs.BOM_UTF8):
        return data[3:].decode("utf-8", "replace"), "utf-8", warnings
    wide = _wide_codec(data)
    if wide is not None:
        # The UTF-16/32 codecs read (and drop) a BOM themselves; without one, the NUL
        # pattern told the byte order.
        text = data.decode(wide, "replace")
        return (text[1:] if text.startswith("\ufeff") else text), wide, warnings
    declared, hinted = _declared(data, encoding, warnings)
    for codec in (declared, hinted):
        if codec is None:
            continue
        if codec == "utf-8":
            try:
                return data.decode("utf-8"), "utf-8", warnings
            except UnicodeDecodeError:
                # Mixed pages are common (a UTF-8 article in a cp1252 template): the valid
                # UTF-8 sequences are read as UTF-8 and the other bytes as cp1252.
                text = data.decode("utf-8", _CP1252_FALLBACK)
                if _mostly_utf8(data):
                    warnings.append(
                        ExtractionWarning(
                            code="invalid-bytes",
                            message="a few bytes are not valid UTF-8; read as cp1252",
                        )
                    )
                    return text, "utf-8", warnings
                warnings.append(
                    ExtractionWarning(
                        code="charset-mismatch",
                        message="page declares UTF-8 but is not valid UTF-8; read as cp1252",
                    )
                )
                return text, "cp1252", warnings
        if codec in _SINGLE_BYTE_WESTERN and _mostly_utf8(data):
            warnings.append(
                ExtractionWarning(
                    code="charset-mismatch",
                    message=f"page declares {codec} but its bytes are UTF-8; read as UTF-8",
                )
            )
            return data.decode("utf-8", _CP1252_FALLBACK), "utf-8", warnings
        try:
            return data.decode(codec, "strict"), codec, warnings
        except (UnicodeError, ValueError):
            warnings.append(
                ExtractionWarning(
                    code="charset-mismatch",
                    message=f"bytes are not valid {codec}; undecodable bytes replaced",
                )
            )
            try:
                return data.decode(codec, "replace"), codec, warnings
            except (UnicodeError, ValueError, LookupError):
                continue
        except LookupError:  # pragma: no cover - _codec_name already checked
            continue
    try:
        return data.decode("utf-8"), "utf-8", warnings
    except UnicodeDecodeError:
        text = data.decode("utf-8", _CP1252_FALLBACK)
        return text, "utf-8" if _mostly_utf8(data) else "cp1252", warnings


def _utf8_size(text: str, maximum: int) -> int:
    """The UTF-8 size of ``text`` in bytes, counted up to just past ``maximum``.

    ``max_input_bytes`` counts bytes for a str too (an astral character is 4): counted in
    slices, so a str far over the limit is refused without encoding it whole.
    """
    if len(text) > maximum or len(text) * 4 <= maximum or text.isascii():
        return len(text)  # over for sure, or within for sure (at most 4 bytes a character)
    size = 0
    step = 1 << 20
    for start in range(0, len(text), step):
        size += len(text[start : start + step].encode("utf-8", "surrogatepass"))
        if size > maximum:
            break
    return size


def _parser() -> lxml.etree.HTMLParser:
    parser = lxml.etree.HTMLParser(  # type: ignore[call-arg]
        encoding="utf-8",
        remove_comments=True,
        remove_pis=True,
        no_network=True,
        recover=True,
        huge_tree=True,
        default_doctype=False,
        collect_ids=False,
    )
    # lxml.html's own lookup calls Python for every element proxy; a default-class lookup
    # gives the same HtmlElement class from C, which makes walking the tree ~3x cheaper.
    parser.set_element_class_lookup(
        lxml.etree.ElementDefaultClassLookup(
            element=lxml.html.HtmlElement,
            comment=lxml.html.HtmlComment,
            pi=lxml.html.HtmlProcessingInstruction,
            entity=lxml.html.HtmlEntity,
        )
    )
    return parser


_LOCAL = threading.local()
# class attribute -> the lower-cased key when it hints at something a source reads, else None.
_CLASS_VERDICTS: dict[str, str | None] = {}
_MAX_CACHED_CLASSES = 100_000
# id attribute -> whether it hints at something a source reads (bounded like the classes').
_ID_VERDICTS: dict[str, bool] = {}
_PATTERN_VERDICTS: dict[re.Pattern[str], dict[str, bool]] = {}
# The same verdicts, one int a key for the first patterns (the sources' own, a dozen): the
# pattern numbered j has judged the key when bit 2j is set, and found it when bit 2j + 1
# is. A page then looks each of its keys up once, not once per pattern.
_PATTERN_NUMBERS: dict[re.Pattern[str], int] = {}
_KEY_VERDICTS: dict[str, int] = {}
_MAX_NUMBERED = 30


def _thread_parser() -> lxml.etree.HTMLParser:
    """One parser per thread: lxml parsers must not be shared between threads."""
    parser: lxml.etree.HTMLParser | None = getattr(_LOCAL, "parser", None)
    if parser is None:
        parser = _LOCAL.parser = _parser()
    return parser


_PARSER = _thread_parser()


def _empty_root() -> HtmlElement:
    root: HtmlElement = lxml.etree.fromstring(
        b"<html><head></head><body></body></html>", parser=_thread_parser()
    )
    return root


def element_text(el: HtmlElement, limit: int = 10_000) -> str:
    """The visible text of an element, in document order, whitespace collapsed.

    Text inside ``<script>``, ``<style>`` and similar elements is skipped; reading stops
    once ``limit`` characters are collected.
    """
    if not len(el) and el.tag not in _SKIP_TEXT_SET:
        # A leaf (the usual byline, date or name element): its own text is all there is.
        return collapse_spaces(el.text or "")[:limit]
    if limit <= _SHORT_READ:
        # A short read (a date, a count, a line checked for its length) of what may be a
        # large element: its first texts, without the walk of the whole subtree below.
        short = _text_prefix(el, limit)
        if short is not None:
            return short
    if next(el.iter(*_SKIP_TEXT_TAGS), None) is None:
        # No script or style inside: lxml's own text iterator is several times faster.
        chunks: list[str] = []
        total = 0
        for chunk in el.itertext():
            chunks.append(chunk)
            total += len(chunk)
            if total > limit:
                break
        return collapse_spaces(" ".join(chunks))[:limit]
    parts: list[str] = []
    size = 0
    skipping = 0
    for event, node in lxml.etree.iterwalk(el, events=("start", "end")):
        tag = node.tag
        if event == "start":
            if not isinstance(tag, str):
                continue
            if tag in _SKIP_TEXT_TAGS:
                skipping += 1
            elif not skipping and node.text:
                parts.append(node.text)
                size += len(node.text)
        else:
            if isinstance(tag, str) and tag in _SKIP_TEXT_TAGS:
                skipping -= 1
            if node is not el and not skipping and node.tail:
                parts.append(node.tail)
                size += len(node.tail)
        if size > limit:
            break
    return collapse_spaces(" ".join(parts))[:limit]


_SHORT_READ = 400
_PREFIX_EVENTS = ("start", "end", "comment", "pi")


def _text_prefix(el: HtmlElement, limit: int) -> str | None:
    """:func:`element_text` of ``el`` read up to ``limit`` characters, or None when that
    reading meets a skipped element (``<script>`` …) or a comment's tail first.

    Up to the point where it stops, the text is the same whichever reading
    :func:`element_text` would choose for the whole element (with or without skipped
    elements further on): both read the same texts and tails in the same order, and stop
    after the same one. A comment's tail is the one text they differ on (lxml's text
    iterator reads it, the walk that skips elements does not): met before the end, the
    caller reads the element in full.
    """
    parts: list[str] = []
    size = 0
    for event, node in lxml.etree.iterwalk(el, events=_PREFIX_EVENTS):
        if event == "start":
            if node.tag in _SKIP_TEXT_SET:
                return None
            text = node.text
            if text:
                parts.append(text)
                size += len(text)
        elif event == "end":
            if node is not el:
                tail = node.tail
                if tail:
                    parts.append(tail)
                    size += len(tail)
        elif node.tail:  # a comment or processing instruction followed by text
            return None
        if size > limit:
            break
    return collapse_spaces(" ".join(parts))[:limit]


def locator(el: HtmlElement) -> str:
    """A short XPath-like path for evidence (tag[index] steps, ids when present).

    The page being read (see :func:`read_locations`) remembers the element of each path
    that :func:`newsmeta._extract._region.element_at` would find again by walking it, so
    that walk is skipped when the engine places the candidates. It also keeps the path of
    every element a walk went through: the paths of a page's values share most of their
    ancestors (the article's blocks), and a later walk stops at the first one known.
    """
    located: Locations | None = getattr(_LOCAL, "located", None)
    if located is None:
        return _walk(el, None)
    known = located.paths.get(el)
    if known is None:
        return _walk(el, located)
    path, anchor, ident, walkable, _ = known
    if walkable and (ident is None or "/" not in ident):
        located[path] = (el, anchor, ident)
    return path


def _walk(el: HtmlElement, located: Locations | None) -> str:
    """:func:`locator`'s walk up from ``el`` (the paths it makes kept in ``located``)."""
    steps: list[str] = []
    nodes: list[HtmlElement] = []
    oks: list[bool] = []
    node: HtmlElement | None = el
    depth = 0
    plain = _PLAIN_TAGS
    paths = located.paths if located is not None else None
    top: _Path | None = None
    while node is not None and depth < 40:
        if paths is not None and depth:
            top = paths.get(node)
            if top is not None:
                if depth + top[4] >= 40:  # the walk from ``el`` stops short of the anchor
                    return _walk(el, None)
                break
        tag = node.tag if isinstance(node.tag, str) else "node()"
        ok = plain.get(tag)
        if ok is None:
            ok = _plain_tag(tag)
        ident = node.get("id")
        if ident and len(ident) < 80 and '"' not in ident:
            top = (f'//{tag}[@id="{ident}"]', node, ident, ok, 0)
            break
        parent = node.getparent()
        if parent is None:
            top = (f"/{tag}", node, None, ok, 0)
            break
        # Its position among its parent's children of the same tag (counted in C).
        before = node.itersiblings(tag if isinstance(node.tag, str) else None, preceding=True)
        steps.append(f"{tag}[{len(list(before)) + 1}]")
        nodes.append(node)
        oks.append(ok)
        node = parent
        depth += 1
    if top is None:  # forty steps without an id or the root
        return "/" + "/".join(reversed(steps))
    if located is None:
        return top[0] + "/" + "/".join(reversed(steps)) if steps else top[0]
    if not top[4]:  # an anchor met on this walk (not a path known before)
        located.paths[top[1]] = top
    return _record(el, located, steps, nodes, oks, top)


def _record(
    el: HtmlElement,
    located: Locations,
    steps: list[str],
    nodes: list[HtmlElement],
    oks: list[bool],
    top: _Path,
) -> str:
    """The path of ``el`` from the known path ``top`` of the ancestor above ``nodes`` (the
    walk's nodes, ``el`` first); each node's path is kept, ``el``'s remembered."""
    path, anchor, ident, walkable, depth = top
    paths = located.paths
    for i in range(len(steps) - 1, -1, -1):
        path = f"{path}/{steps[i]}"
        walkable = walkable and oks[i]
        depth += 1
        paths[nodes[i]] = (path, anchor, ident, walkable, depth)
    if walkable and (ident is None or "/" not in ident):
        located[path] = (el, anchor, ident)
    return path


#: An element's path, its anchor (the id element or the root), the id or None, whether
#: element_at reads the path back, and its number of steps below the anchor.
_Path = tuple[str, HtmlElement, str | None, bool, int]


class Locations(dict[str, tuple[HtmlElement, HtmlElement, str | None]]):
    """path -> (its element, the path's anchor: the id element or the root, the id or None).

    :attr:`paths` holds the path of each element a :func:`locator` walk went through, with
    its anchor, id, whether :func:`newsmeta._extract._region.element_at` reads it back and
    how many steps it has.
    """

    __slots__ = ("paths",)

    def __init__(self) -> None:
        super().__init__()
        self.paths: dict[HtmlElement, _Path] = {}


# Tags a path step names plainly (element_at's step patterns read them back; the tag
# filter of lxml's child and sibling iterators matches them as written).
_PLAIN_TAG = re.compile(r"[A-Za-z][A-Za-z0-9-]*")
_PLAIN_TAGS: dict[str, bool] = {}


def _plain_tag(tag: str) -> bool:
    ok = _PLAIN_TAG.fullmatch(tag) is not None
    if len(_PLAIN_TAGS) < 10_000:
        _PLAIN_TAGS[tag] = ok
    return ok


def read_locations(located: Locations | None) -> Locations | None:
    """Remember the paths :func:`locator` makes on this thread in ``located`` (a page's
    :attr:`Page.located`), or nowhere (None); returns where they went before."""
    before: Locations | None = getattr(_LOCAL, "located", None)
    _LOCAL.located = located
    return before


class Page:
    """One parsed page and the elements the sources read, filed in one pass."""

    __slots__ = (
        "_cache",
        "_hint_distinct",
        "_hint_judged",
        "_hint_keys",
        "_hint_masks",
        "_parsed_all",
        "a_rel",
        "ai_attr",
        "articles",
        "body",
        "c2pa_scripts",
        "classes",
        "comment_rows",
        "elements",
        "encoding",
        "figcaptions",
        "footers",
        "forms",
        "h1",
        "head",
        "headers",
        "hinted",
        "html_lang",
        "ids",
        "itemprops",
        "itemscopes",
        "ldjson",
        "limits",
        "links",
        "located",
        "mains",
        "metas",
        "now",
        "now_given",
        "rdfa",
        "roles",
        "root",
        "stamped",
        "tags",
        "times",
        "title_el",
        "url",
        "warnings",
    )

    def __init__(
        self,
        html: bytes | str,
        url: str | None = None,
        *,
        now: _dt.datetime | None = None,
        encoding: str | None = None,
        headers: dict[str, str] | None = None,
        limits: Limits = DEFAULT_LIMITS,
    ) -> None:
        self.limits = limits
        self.url = url
        self.now = now or _dt.datetime.now(_dt.timezone.utc)
        #: Whether the caller gave ``now`` (relative labels are only read against a real one).
        self.now_given = now is not None
        self.headers = {k.lower(): v for k, v in (headers or {}).items()}
        self.warnings: list[ExtractionWarning] = []
        self._cache: dict[str, Any] = {}
        #: The element of each path :func:`locator` made for this page (see element_at).
        self.located = Locations()
        if isinstance(html, str):
            size = _utf8_size(html, limits.max_input_bytes)
            if size > limits.max_input_bytes:
                raise LimitExceededError(
                    f"page of {size}+ bytes (as UTF-8) exceeds "
                    f"max_input_bytes={limits.max_input_bytes}",
                    limit="max_input_bytes",
                    value=size,
                    maximum=limits.max_input_bytes,
                )
            text = _XML_DECL_STR.sub("", html, count=1)
            self.encoding = "unicode"
            try:
                raw = text.encode("utf-8")
            except UnicodeEncodeError:  # lone surrogates in a str input
                raw = text.encode("utf-8", "replace")
                self.warnings.append(
                    ExtractionWarning(code="surrogates", message="lone surrogates replaced")
                )
            self.root = self._build(raw, [], bytes_in=False)
        elif isinstance(html, (bytes, bytearray, memoryview)):
            data = bytes(html)
            if len(data) > limits.max_input_bytes:
                raise LimitExceededError(
                    f"page of {len(data)} bytes exceeds max_input_bytes={limits.max_input_bytes}",
                    limit="max_input_bytes",
                    value=len(data),
                    maximum=limits.max_input_bytes,
                )
            # A page that declares UTF-8 (or nothing) goes to the parser unchecked: libxml2
            # reads every byte anyway and reports a malformed sequence, which a separate
            # decode of the page (a string of up to four times its size) only repeats. Such
            # a page is then read again as :func:`utf8_bytes` reads it when checking first.
            raw, self.encoding, warns = utf8_bytes(data, encoding, check=False)
            if self.encoding == _UNCHECKED:
                self.encoding = "utf-8"
                self.root = self._build(raw, warns, bytes_in=True)
                if not self._read_as_utf8(data):
                    self.warnings = []
                    raw, self.encoding, warns = utf8_bytes(data, encoding)
                    self.root = self._build(raw, warns, bytes_in=True)
            else:
                self.root = self._build(raw, warns, bytes_in=True)
        else:
            raise ParseError(f"html must be bytes or str, not {type(html).__name__}")
        self.metas: list[HtmlElement] = []
        self.links: list[HtmlElement] = []
        self.a_rel: list[HtmlElement] = []
        self.ldjson: list[HtmlElement] = []
        self.c2pa_scripts: list[HtmlElement] = []
        # Every node in document order, kept so later walks reuse the element proxies.
        self.elements: list[HtmlElement] = []
        self.itemscopes: list[HtmlElement] = []
        self.itemprops: list[HtmlElement] = []
        self.rdfa: list[HtmlElement] = []
        self.times: list[HtmlElement] = []
        self.h1: list[HtmlElement] = []
        self.forms: list[HtmlElement] = []
        self.footers: list[HtmlElement] = []
        self.figcaptions: list[HtmlElement] = []
        self.articles: list[HtmlElement] = []
        self.mains: list[HtmlElement] = []
        self.ai_attr: list[HtmlElement] = []
        self.comment_rows: list[HtmlElement] = []  # elements carrying a comment's id
        self.hinted: list[tuple[HtmlElement, str]] = []
        # The keys of :attr:`hinted`, in order and each once (for :meth:`hinted_by`).
        self._hint_keys: list[str] = []
        self._hint_distinct: list[str] = []
        self._hint_masks: list[int] | None = None
        self._hint_judged = 0
        #: Indices (in :attr:`elements`) of nodes with a Unix-time attribute.
        self.stamped: list[int] = []
        #: ``(index in elements, value)`` of every ``role`` attribute, in document order.
        self.roles: list[tuple[int, str]] = []
        self.classes: list[str | None] = []
        self.tags: list[Any] = []
        self.ids: list[str | None] = []
        self.title_el: HtmlElement | None = None
        self.head: HtmlElement | None = None
        self.body: HtmlElement | None = None
        lang = self.root.get("lang") or self.root.get("xml:lang")
        self.html_lang = lang.strip() if lang and lang.strip() else None
        self._index()

    # ------------------------------------------------------------------ parsing

    def _build(self, raw: bytes, warns: list[ExtractionWarning], *, bytes_in: bool) -> HtmlElement:
        """Parse the page's UTF-8 bytes (after the decoding's ``warns``): an XML declaration
        dropped (of bytes given: a str's went before encoding), NULs replaced, start tags
        cut to ``max_tag_attributes`` attributes. Records in :attr:`_parsed_all` whether
        the parser was given every byte of ``raw`` but NULs."""
        self.warnings.extend(warns)
        whole = True
        if bytes_in:
            decl = _XML_DECL_BYTES.match(raw)
            if decl:
                whole = raw[: decl.end()].isascii()
                raw = raw[decl.end() :]
        if b"\x00" in raw:
            raw = raw.replace(b"\x00", "\ufffd".encode())
            self.warnings.append(
                ExtractionWarning(code="nul-bytes", message="NUL characters replaced")
            )
        limit = self.limits.max_tag_attributes
        raw, cut = cap_attributes(raw, limit)
        if cut:
            self.warnings.append(
                ExtractionWarning(
                    code="too-many-attributes",
                    message=f"{cut} start tag(s) cut to max_tag_attributes={limit} attributes",
                )
            )
        self._parsed_all = whole and not cut
        return self._parse(raw)

    def _read_as_utf8(self, data: bytes) -> bool:
        """Whether ``data``, parsed unchecked as UTF-8, is well-formed UTF-8: libxml2 reports
        a malformed sequence (as Python's strict decoder finds it) once it has read every
        byte; when the parse stopped short, was given part of the bytes or reached
        libxml2's cap on reported errors, the bytes are checked here instead."""
        log = _thread_parser().error_log
        if self._parsed_all and not _PARSE_CUT.intersection(w.code for w in self.warnings):
            if not len(log):
                return True
            if _INVALID_ENCODING in map(_TYPE, log):
                return False
            if len(log) < _MAX_REPORTED_ERRORS:
                return True
        return _valid_utf8(data)

    def _parse(self, data: bytes) -> HtmlElement:
        if not data or data.isspace():
            self.warnings.append(ExtractionWarning(code="empty-page", message="the page is empty"))
            return _empty_root()
        parser = _thread_parser()
        try:
            root = lxml.etree.fromstring(data, parser=parser)
        except (lxml.etree.ParserError, lxml.etree.XMLSyntaxError, ValueError) as exc:
            self.warnings.append(
                ExtractionWarning(code="unparseable", message=f"page could not be parsed: {exc}")
            )
            return _empty_root()
        # Only the last error can be the fatal one that stopped the parse (reading the whole
        # log costs more than the parse on messy pages: one Python object per HTML error).
        entry = parser.error_log.last_error
        if entry is not None and (
            entry.type_name == "ERR_RESOURCE_LIMIT" or "Excessive depth" in entry.message
        ):
            self.warnings.append(
                ExtractionWarning(
                    code="parser-limit",
                    message=f"part of the page was not parsed: {entry.message.strip()}",
                )
            )
        if root is None or not isinstance(root.tag, str):
            self.warnings.append(
                ExtractionWarning(code="unparseable", message="page has no elements")
            )
            return _empty_root()
        return root

    # ------------------------------------------------------------------ the one pass

    def _index(self) -> None:
        root = self.root
        els = self.elements = list(root.iter())
        tags = self.tags = list(map(_TAG, els))  # (read in C)
        # The few elements filed by tag, picked in C from the tags just read: a set lookup
        # a tag costs about a fifth of a second tag-filtered walk of the tree.
        for el in compress(els, map(_INDEXED_TAGS.__contains__, tags)):
            tag = el.tag
            if tag == "meta":
                self.metas.append(el)
            elif tag == "link":
                self.links.append(el)
            elif tag == "script":
                kind = (el.get("type") or "").lower()
                if "ld+json" in kind:
                    self.ldjson.append(el)
                elif "c2pa" in kind:
                    self.c2pa_scripts.append(el)
            elif tag == "time":
                self.times.append(el)
            elif tag == "h1":
                self.h1.append(el)
            elif tag == "form":
                self.forms.append(el)
            elif tag == "footer":
                self.footers.append(el)
            elif tag == "article":
                self.articles.append(el)
            elif tag == "main":
                self.mains.append(el)
            elif tag == "title":
                if self.title_el is None:
                    self.title_el = el
            elif tag == "head":
                if self.head is None:
                    self.head = el
            elif tag == "body":
                if self.body is None:
                    self.body = el
            elif tag == "figcaption":
                self.figcaptions.append(el)
        # Every attribute of every node, read in one call per node: class and id (the
        # sources and the content scorer share them; each attribute read builds a new
        # Python string) and the markers of structured data, rel links and the W3C
        # disclosure attribute. Cheaper than an attribute-predicate XPath walk, which
        # allocates a node set per attribute test and element. The same loop files the
        # elements whose class or id hints at something a source reads: class verdicts
        # are cached per class string across pages (class names repeat within a site and
        # across frameworks); ids, mostly unique to their page, are read, not cached.
        n_els = len(els)
        classes: list[str | None] = [None] * n_els
        ids: list[str | None] = [None] * n_els
        marks = _MARK_ATTRIBUTES
        marked: list[int] = []
        marked_names: list[list[str]] = []
        verdicts = _CLASS_VERDICTS
        if len(verdicts) > _MAX_CACHED_CLASSES:
            verdicts.clear()
        known = verdicts.get
        if len(_ID_VERDICTS) > _MAX_CACHED_CLASSES:
            _ID_VERDICTS.clear()
        id_known = _ID_VERDICTS.get
        hint_els: list[HtmlElement] = []
        hint_keys: list[str] = []
        # A node with a single attribute (the common case after none) is read without the
        # inner loop. The names are read first (one call a node); the values only of the
        # attributes read (a link's address, a style or an image's sources are never
        # made into Python strings here).
        get = _GET
        for i, names in enumerate(map(_KEYS, els)):
            if not names:
                continue
            if len(names) == 1:
                name = names[0]
                if name == "class":
                    value = classes[i] = get(els[i], "class")
                    key = known(value, "")
                    if key is None:
                        continue
                    if key == "":
                        key = _verdict(value)
                        if key is None:
                            continue
                    hint_els.append(els[i])
                    hint_keys.append(key)
                elif name == "id":
                    value = ids[i] = get(els[i], "id")
                    hit = id_known(value)
                    if hit is None:
                        hit = _id_verdict(value)
                    if hit:
                        hint_els.append(els[i])
                        hint_keys.append(" " + value.lower())
                elif name in marks:
                    marked.append(i)
                    marked_names.append(names)
                continue
            cls = ident = None
            if "class" in names:
                cls = classes[i] = get(els[i], "class")
            if "id" in names:
                ident = get(els[i], "id")
            if not marks.isdisjoint(names):
                marked.append(i)
                marked_names.append(names)
            if cls is not None:
                key = known(cls, "")
                if key == "":
                    key = _verdict(cls)
                if ident is None:
                    if key is not None:
                        hint_els.append(els[i])
                        hint_keys.append(key)
                    continue
            elif ident is None:
                continue
            else:
                key = None
            ids[i] = ident
            if key is None:
                hit = id_known(ident)
                if hit is None:
                    hit = _id_verdict(ident)
                if not hit:
                    continue
            hint_els.append(els[i])
            hint_keys.append(f"{cls or ''} {ident}".lower())
        self.classes = classes
        self.ids = ids
        rdfa = False
        # The marked nodes' names are kept from the loop above: only the values read are
        # made into strings (a link's address never is).
        unix = _UNIX_SET
        for i, names in zip(marked, marked_names):
            el = els[i]
            if i:
                if "itemprop" in names:
                    self.itemprops.append(el)
                if "itemscope" in names:
                    self.itemscopes.append(el)
                if "rel" in names and tags[i] == "a":
                    self.a_rel.append(el)
            if "ai-disclosure" in names:
                self.ai_attr.append(el)
            if not _COMMENT_ID_SET.isdisjoint(names):
                self.comment_rows.append(el)
            if "typeof" in names or "vocab" in names:
                rdfa = True
            if not unix.isdisjoint(names) and any(map(el.get, STAMP_ATTRS)):
                self.stamped.append(i)
            if "role" in names:
                self.roles.append((i, el.get("role")))
        # RDFa-lite needs typeof or vocab somewhere; "property" alone is almost always
        # OpenGraph <meta>.
        if rdfa:
            self.rdfa.extend(
                el
                for el in _select(_X_RDFA, root)
                if el.tag != "meta" or el.get("typeof") is not None or el.get("vocab") is not None
            )
        self.hinted = list(zip(hint_els, hint_keys))
        self._hint_keys = hint_keys
        self._hint_distinct = list(set(hint_keys))

    # ------------------------------------------------------------------ helpers

    def cached(self, key: str, factory: Any) -> Any:
        """Compute a per-page value once (shared between sources)."""
        try:
            return self._cache[key]
        except KeyError:
            value = self._cache[key] = factory(self)
            return value

    def computed(self, key: str) -> Any:
        """A per-page value already computed by :meth:`cached`, else None (never computes)."""
        return self._cache.get(key)

    def hinted_by(self, pattern: re.Pattern[str]) -> list[tuple[HtmlElement, str]]:
        """The hinted elements whose class/id key ``pattern`` finds, in document order.

        Verdicts are cached per pattern and key across pages, so a source's class test runs
        once per distinct class string rather than once per element.
        """
        number = _PATTERN_NUMBERS.get(pattern)
        if number is None and len(_PATTERN_NUMBERS) < _MAX_NUMBERED:
            number = _PATTERN_NUMBERS[pattern] = len(_PATTERN_NUMBERS)
        if number is not None:
            return self._hinted_by_number(pattern, number)
        cache = _PATTERN_VERDICTS.get(pattern)
        if cache is None or len(cache) > _MAX_CACHED_CLASSES:
            cache = _PATTERN_VERDICTS[pattern] = {}
        # Each distinct key is looked up once (in C) and searched only when not judged
        # yet; the elements are then filtered by the page's own (small) set of hits.
        distinct = self._hint_distinct
        flags = list(map(cache.get, distinct))
        if None in flags:
            for key, flag in zip(distinct, flags):
                if flag is None:
                    cache[key] = pattern.search(key) is not None
            flags = list(map(cache.__getitem__, distinct))
        if True not in flags:
            return []
        hits = set(compress(distinct, flags))
        return list(compress(self.hinted, map(hits.__contains__, self._hint_keys)))

    def _hinted_by_number(
        self, pattern: re.Pattern[str], number: int
    ) -> list[tuple[HtmlElement, str]]:
        """:meth:`hinted_by` for a numbered pattern (see :data:`_KEY_VERDICTS`)."""
        distinct = self._hint_distinct
        masks = self._hint_masks
        if masks is None:
            if len(_KEY_VERDICTS) > _MAX_CACHED_CLASSES:
                _KEY_VERDICTS.clear()
            masks = self._hint_masks = list(map(_KEY_VERDICTS.get, distinct, repeat(0)))
            # the patterns that have judged every key of the page
            self._hint_judged = reduce(and_, masks, -1)
        judged = 1 << (2 * number)
        found = judged << 1
        if not self._hint_judged & judged:
            for k, mask in enumerate(masks):
                if not mask & judged:
                    key = distinct[k]
                    mask |= judged | found if pattern.search(key) is not None else judged
                    masks[k] = _KEY_VERDICTS[key] = mask
            self._hint_judged |= judged
        hits = set(compress(distinct, map(and_, masks, repeat(found))))  # (in C)
        if not hits:
            return []
        return list(compress(self.hinted, map(hits.__contains__, self._hint_keys)))

    def span(self, el: HtmlElement) -> tuple[int, int]:
        """Where ``el`` and its descendants lie in :attr:`elements`: ``elements[lo:hi]``."""
        els = self.elements
        lo = els.index(el)
        node: HtmlElement | None = el
        root = self.root
        while node is not None and node is not root:
            after = node.getnext()
            if after is not None:
                return lo, els.index(after, lo)
            node = node.getparent()
        return lo, len(els)

    def warn(self, code: str, message: str, loc: str | None = None) -> None:
        self.warnings.append(ExtractionWarning(code=code, message=message, locator=loc))


def _id_verdict(value: str) -> bool:
    """Whether an id hints at something a source reads (cached: a site's templates repeat
    their ids from page to page, "content", "comments", "footer" recur across sites)."""
    found = _ID_VERDICTS[value] = _HINT.search(value.lower()) is not None
    return found


def _verdict(value: str) -> str | None:
    """The lower-cased key of a class or id that hints at something a source reads (cached)."""
    low = value.lower()
    key = _CLASS_VERDICTS[value] = low + " " if _HINT.search(low) else None
    return key


def _select(xpath: lxml.etree.XPath, root: HtmlElement) -> list[HtmlElement]:
    """Run a precompiled element-selecting XPath (typed for mypy)."""
    result = xpath(root)
    return result if isinstance(result, list) else []


_INDEXED_TAGS = frozenset(
    {
        "meta",
        "link",
        "script",
        "time",
        "h1",
        "form",
        "title",
        "head",
        "body",
        "footer",
        "article",
        "main",
        "figcaption",
    }
)
# Attributes holding a Unix timestamp (Facebook-style ``<abbr data-utime="1606644000">``, a
# script-rendered ``<span data-time="1606644000000">``): the index files their elements; the
# dateline reads only values of 9-10 or 12-13 digits, so ``data-time="14:30"`` is left alone.
# Attributes that carry a reader comment's id on the element of one comment.
COMMENT_ID_ATTRS = ("data-comment-id", "data-commentid", "data-comment_id")
_COMMENT_ID_SET = frozenset(COMMENT_ID_ATTRS)
UNIX_ATTRS = ("data-utime", "data-timestamp", "data-unix", "data-unixtime", "data-time",
              "data-epoch")  # fmt: skip
# Attributes naming an element's publication time, ISO or Unix ("<span data-published=
# "2024-06-04T09:15:00Z">", "data-pubdate"), filed and read with the Unix ones.
DATED_ATTRS = ("data-published", "data-publish-date", "data-pubdate", "data-publishdate",
               "data-published-at", "data-date-published", "data-date")  # fmt: skip
STAMP_ATTRS = UNIX_ATTRS + DATED_ATTRS
# A predicate walk (document order, linear): never a union or an ``@x/..`` step, whose
# node-set merges are quadratic in libxml2 (see docs/reliability.md).
_UNIX_SET = frozenset(STAMP_ATTRS)
_MARK_ATTRIBUTES = frozenset(
    {"itemscope", "itemprop", "typeof", "vocab", "ai-disclosure", "rel", "role"}
).union(STAMP_ATTRS, COMMENT_ID_ATTRS)  # fmt: skip
_TAG = attrgetter("tag")
_TYPE = attrgetter("type")
_INVALID_ENCODING = lxml.etree.ErrorTypes.ERR_INVALID_ENCODING
# libxml2 reports at most this many errors of a parse (later ones, a malformed byte's
# among them, go unreported).
_MAX_REPORTED_ERRORS = 100
# Warnings of a parse that did not read the whole page.
_PARSE_CUT = frozenset({"unparseable", "parser-limit"})
_KEYS = HtmlElement.keys
_GET = HtmlElement.get
_X_RDFA = lxml.etree.XPath("descendant::*[@typeof or @vocab or @property]")

# Class/id tokens that mark elements some source wants to look at.
_HINT = word_pattern(
    """author byline by-line writer creator contributor date time publish posted updated
    modified dateline meta respon discuss disqus rating rate stars review vote
    disclos ai- generated notice disclaimer hentry entry article post
    story headline title tag categor section breadcrumb kicker byl autor auteur fecha datum firma
    muhabir yazar signature
    submitted username user-name name-uid vcard footer copyright colophon site-info
    site-generator""".split()
    + list(COMMENT_STEMS)
)
