"""JSON-LD blocks of a page, decoded once and flattened into typed nodes shared by all sources.

``nodes(page)`` is cached on the page: sources for metadata, comments, ratings and the AI
disclosure all read the same list. Decoding is lenient: a block that is not valid JSON is
repaired where the intent is clear (HTML comment or CDATA wrappers, JavaScript comments,
trailing commas, raw control characters and invalid escapes inside strings, an HTML-escaped
block, several objects one after the other) and every repair or failure leaves a warning on
the page. One bad block never hides the others.

Bounds (all from :class:`newsmeta.Limits`): bytes per block, number of blocks, nesting depth
(deeper values are cut and replaced by ``None``) and objects visited per page.
"""

from __future__ import annotations

import html
import json
import re
from typing import Any

import attrs

from newsmeta._extract._page import Page
from newsmeta._extract._schemaorg import (
    type_name,
)

__all__ = ["JsonLdNode", "decode_lenient", "node_by_id", "nodes", "resolve", "resolve_at"]


@attrs.frozen(slots=True)
class JsonLdNode:
    """One JSON object with an ``@type`` found in a JSON-LD block.

    ``pointer`` is ``"<block index>#<JSON pointer>"``, ``types`` the bare type names
    (``"NewsArticle"``, prefixes like ``schema:`` and vocab URLs removed). When one block
    holds several concatenated values, they are read as a list: ``"2#/1/author"``.
    """

    pointer: str
    types: frozenset[str]
    data: dict[str, Any]


@attrs.define(slots=True)
class _Index:
    nodes: list[JsonLdNode]
    ids: dict[str, tuple[str, dict[str, Any]]]
    untyped: list[tuple[str, dict[str, Any]]]


# ----------------------------------------------------------------------------- decoding

_DECODER = json.JSONDecoder(strict=False)
# Strings first (so that "//" or "," inside them are left alone), then comments, trailing
# commas and stray HTML comment markers. Every alternative is linear: an unterminated string
# or block comment runs to the end of the text and is consumed. Single-quoted strings
# (JavaScript style) are turned into JSON strings.
# A comma is trailing when only blanks and comments stand before the closing bracket; a stray
# full stop right before a delimiter ("2023-06-14".,) is dropped the same way.
_GAP = r"(?:\s|//[^\n]*|/\*(?:[^*]|\*(?!/))*\*/)*"
# A bare key (a JavaScript object literal: {headline: "…"}) is quoted; it is a key only
# right after "{" or "," and before ":", so values such as true or null are never touched.
_REST = (
    r"|//[^\n]*|/\*[\s\S]*?(?:\*/|\Z)|,(?=" + _GAP + r"[\]},])|\.(?=\s*[,\]}])|<!--|-->"
    r"|(?<=[{,])(?P<key>\s*[A-Za-z_$][\w$]*)(?=\s*:)"
)
_TOKENS = re.compile(r'"(?:[^"\\]|\\.)*(?:"|\Z)' + r"|'(?:[^'\\]|\\.)*(?:'|\Z)" + _REST, re.S)
# The last resort: a double quote that is not followed by a delimiter (: } ] or a comma and
# the start of a value) is read as an unescaped quote inside the string ("He said "no", today").
_TOKENS_LOOSE = re.compile(
    r'"(?:[^"\\]|\\.|"(?![ \t\r\n]*(?:[:}\]]|\Z|,[ \t\r\n]*(?:["\'{\[\]}\d-]|true|false|null))))*'
    r'(?:"|\Z)' + r"|'(?:[^'\\]|\\.)*(?:'|\Z)" + _REST,
    re.S,
)
_INNER = re.compile(r'\\(x[0-9a-fA-F]{2}|.)|"', re.S)
_VALID_ESCAPES = frozenset('"\\/bfnrtu')
_WRAPPERS_HEAD = ("<!--", "<![CDATA[", "//<![CDATA[", "/*<![CDATA[*/", "// <![CDATA[")
_WRAPPERS_TAIL = ("-->", "]]>", "//]]>", "/*]]>*/", "// ]]>")
_MAX_RETRY_CHARS = 200_000  # larger broken blocks get one repair pass, not three
_MAX_PREFIX = 40
_SKIP = re.compile(r"[ \t\r\n;,\ufeff\x0b\x0c]*")


def _strip_wrappers(text: str) -> tuple[str, bool]:
    changed = False
    text = text.strip()
    again = True
    rounds = 0
    while again and rounds < 8:  # bounded: each round copies the text
        again = False
        rounds += 1
        for head in _WRAPPERS_HEAD:
            if text.startswith(head):
                text = text[len(head) :].lstrip()
                changed = again = True
        for tail in _WRAPPERS_TAIL:
            if text.endswith(tail):
                text = text[: -len(tail)].rstrip()
                changed = again = True
    return text, changed


def _fix_token(match: re.Match[str]) -> str:
    token = match.group(0)
    if match.lastgroup == "key":
        return '"' + token.strip() + '"'
    quote = token[0]
    if quote not in "\"'":
        return ""  # comment, trailing comma or HTML comment marker
    body = token[1:]
    if len(token) >= 2 and token[-1] == quote and not _odd_tail(token):
        body = body[:-1]
    elif body.endswith("\\") and _odd_tail(body + quote):
        body = body[:-1]  # a lone backslash at the very end of a truncated block
    if "\\" in body or '"' in body:
        body = _INNER.sub(_fix_inner, body)
    return '"' + body + '"'


def _fix_inner(match: re.Match[str]) -> str:
    char = match.group(1)
    if char is None:
        return '\\"'  # a bare double quote inside the string
    if char in _VALID_ESCAPES:
        return match.group(0)
    if len(char) == 3:  # a JavaScript hex escape: "R\x26B" is "R&B"
        return json.dumps(chr(int(char[1:], 16)))[1:-1]
    # A letter or digit after a backslash is a literal backslash ("C:\videos"); an escaped
    # quote or other punctuation ("it\'s") is the character itself.
    return "\\\\" + char if char.isalnum() else char


def _odd_tail(token: str) -> bool:
    """True when the final quote of ``token`` is escaped (odd number of backslashes before it)."""
    count = 0
    i = len(token) - 2
    while i >= 1 and token[i] == "\\":
        count += 1
        i -= 1
    return count % 2 == 1


_BRACKETS = re.compile(r'"(?:[^"\\]|\\.)*"|[\[\]{}]', re.S)
_CLOSER = {"{": "}", "[": "]"}


def _balance(text: str) -> str | None:
    """Close the objects or arrays a closing bracket of another kind leaves open.

    ``[{"a": 1}, {"b": {"c": 2} ]``: the second object was never closed before ``]``. A
    closer that matches nothing open, or a text that simply stops (truncated), is not
    guessed at: ``None``.
    """
    stack: list[str] = []
    open_count = {"{": 0, "[": 0}  # how many of each kind are open: no scan of the stack
    parts: list[str] = []
    last = 0
    changed = False
    for match in _BRACKETS.finditer(text):
        token = match.group(0)
        if token in "{[":
            stack.append(token)
            open_count[token] += 1
        elif token in "}]":
            opener = "{" if token == "}" else "["
            if not open_count[opener]:
                return None
            missing = ""
            while stack[-1] != opener:
                inner = stack.pop()
                open_count[inner] -= 1
                missing += _CLOSER[inner]
            stack.pop()
            open_count[opener] -= 1
            if missing:
                parts.append(text[last : match.start()])
                parts.append(missing)
                last = match.start()
                changed = True
    if stack or not changed:
        return None
    parts.append(text[last:])
    return "".join(parts)


def _repair(text: str, loose: bool = False) -> str:
    return (_TOKENS_LOOSE if loose else _TOKENS).sub(_fix_token, text)


def _decode_all(text: str, max_values: int) -> tuple[list[Any], str | None]:
    """Every JSON value in ``text`` one after another; the error that stopped it, if any."""
    values: list[Any] = []
    pos, end = 0, len(text)
    while len(values) < max_values:
        pos = _SKIP.match(text, pos).end()  # type: ignore[union-attr]  # always matches
        if pos >= end:
            return values, None
        try:
            value, pos = _DECODER.raw_decode(text, pos)
        except RecursionError:
            return values, "nested too deeply to decode"
        except ValueError as exc:
            return values, str(exc)
        values.append(value)
    return values, None


def decode_lenient(text: str, max_values: int = 1000) -> tuple[list[Any], list[str]]:
    """Decode one JSON-LD block leniently.

    Returns the decoded top-level values (usually one) and notes on what had to be repaired
    or what could not be read (empty when the block was valid JSON).
    """
    try:
        return [json.loads(text)], []
    except RecursionError:
        return [], ["nested too deeply to decode"]
    except ValueError:
        pass
    notes: list[str] = []
    body, wrapped = _strip_wrappers(text)
    if wrapped:
        notes.append("comment/CDATA wrapper removed")
    if not body:
        return [], [*notes, "empty block"]
    if body[0] not in "{[":
        # A stray character or a short JavaScript prefix before the object ("x{…}",
        # "var data = {…}").
        start = min(
            (i for i in (body.find("{", 0, _MAX_PREFIX), body.find("[", 0, _MAX_PREFIX)) if i > 0),
            default=-1,
        )
        if start > 0:
            notes.append(f"{start} stray character(s) before the value skipped")
            body = body[start:]
    values, error = _decode_all(body, max_values)
    if error is None and values:
        if len(values) > 1:
            notes.append(f"{len(values)} concatenated values")
        elif not wrapped:
            notes.append("raw control characters or stray separators")
        return values, notes
    repaired = _repair(body)
    values, error = _decode_all(repaired, max_values)
    if len(body) > _MAX_RETRY_CHARS:
        notes.append("comments, trailing commas, quotes or bad escapes repaired")
        if error is not None:
            notes.append(f"unreadable after {len(values)} value(s): {error}")
        return values, notes
    if (error is not None or not values) and "&" in repaired:
        unescaped = _repair(html.unescape(body))
        values2, error2 = _decode_all(unescaped, max_values)
        if len(values2) > len(values) or (values2 and error2 is None):
            values, error = values2, error2
            notes.append("HTML entities decoded")
    if error is not None or not values:
        values2, error2 = _decode_all(_repair(body, loose=True), max_values)
        if len(values2) > len(values) or (values2 and error2 is None):
            values, error = values2, error2
            notes.append("unescaped quotes inside strings")
    if error is not None or not values:
        balanced = _balance(repaired)
        if balanced is not None:
            values2, error2 = _decode_all(balanced, max_values)
            if len(values2) > len(values) or (values2 and error2 is None):
                values, error = values2, error2
                notes.append("unclosed object or array closed")
    notes.append("comments, trailing commas, quotes or bad escapes repaired")
    if len(values) > 1:
        notes.append(f"{len(values)} concatenated values")
    if error is not None:
        notes.append(f"unreadable after {len(values)} value(s): {error}")
    return values, notes


# ----------------------------------------------------------------------------- walking


def _bare_type(value: Any) -> str:
    text = str(value)
    for sep in ("/", "#", ":"):
        if sep in text:
            text = text.rsplit(sep, 1)[-1]
    return type_name(text)


def _types(obj: dict[str, Any]) -> frozenset[str]:
    raw = obj.get("@type")
    if isinstance(raw, list):
        return frozenset(_bare_type(t) for t in raw[:20] if isinstance(t, str) and t.strip())
    if isinstance(raw, str) and raw.strip():
        return frozenset({_bare_type(raw)})
    return frozenset()  # no type, or only empty ones ("@type": "")


class _Walker:
    __slots__ = ("depth_cut", "ids", "max_depth", "max_nodes", "nodes", "nodes_cut", "visited")

    def __init__(self, page: Page) -> None:
        self.max_depth = page.limits.max_json_depth
        self.max_nodes = page.limits.max_jsonld_nodes
        self.nodes: list[JsonLdNode] = []
        self.ids: dict[str, tuple[str, dict[str, Any]]] = {}
        self.visited = 0
        self.depth_cut = False
        self.nodes_cut = False

    def walk(self, value: Any, pointer: str, depth: int) -> None:
        if isinstance(value, dict):
            self.visited += 1
            if self.visited > self.max_nodes:
                self.nodes_cut = True
                return
            types = _types(value)
            if types:
                self.nodes.append(JsonLdNode(pointer or "/", types, value))
            ident = value.get("@id")
            if isinstance(ident, str) and len(value) > 1:
                known = self.ids.get(ident)
                if known is None or len(known[1]) < len(value):
                    self.ids[ident] = (pointer or "/", value)
            for key, item in value.items():
                if isinstance(item, (dict, list)):
                    if depth + 1 >= self.max_depth:
                        value[key] = None
                        self.depth_cut = True
                        continue
                    esc = str(key).replace("~", "~0").replace("/", "~1")
                    self.walk(item, f"{pointer}/{esc}", depth + 1)
                    if self.nodes_cut:
                        return
        elif isinstance(value, list):
            for i, item in enumerate(value):
                if isinstance(item, (dict, list)):
                    if depth + 1 >= self.max_depth:
                        value[i] = None
                        self.depth_cut = True
                        continue
                    self.walk(item, f"{pointer}/{i}", depth + 1)
                    if self.nodes_cut:
                        return


_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def _scrub(value: Any, depth: int) -> Any:
    """Lone surrogates (from ``"\\ud800"`` escapes: valid JSON, invalid Unicode) -> U+FFFD."""
    if isinstance(value, str):
        return _LONE_SURROGATE.sub("\ufffd", value)
    if depth <= 0:
        return None
    if isinstance(value, dict):
        return {_scrub(k, depth): _scrub(v, depth - 1) for k, v in value.items()}
    if isinstance(value, list):
        return [_scrub(v, depth - 1) for v in value]
    return value


# A property written as a schema.org CURIE or IRI ("schema:name", "http://schema.org/name"),
# as a compacted-with-a-prefix or an expanded JSON-LD document has it: the bare term.
_PREFIXED_KEY = re.compile(r'"(?:schema:|https?://schema\.org/)[A-Za-z]+"\s*:')
_KEY_PREFIXES = ("schema:", "http://schema.org/", "https://schema.org/")
_KEY_PROBE_CHARS = 1_000
"""Where such a key is looked for: a document written so writes its keys so from the start."""


def _bare_keys(value: Any, depth: int) -> Any:
    """``value`` with schema.org CURIE / IRI property names read as their bare terms (a
    bare key already present wins)."""
    if depth <= 0:
        return None
    if isinstance(value, dict):
        out: dict[str, Any] = {}
        for key, item in value.items():
            if isinstance(key, str) and key.startswith(_KEY_PREFIXES):
                bare = key.rsplit("/", 1)[-1].rsplit(":", 1)[-1]
                if bare and bare not in value:
                    key = bare
            out[key] = _bare_keys(item, depth - 1)
        return out
    if isinstance(value, list):
        return [_bare_keys(v, depth - 1) for v in value]
    return value


def _build(page: Page) -> _Index:
    limits = page.limits
    walker = _Walker(page)
    untyped: list[tuple[str, dict[str, Any]]] = []
    scripts = page.ldjson
    if len(scripts) > limits.max_jsonld_blocks:
        page.warn(
            "jsonld-too-many-blocks",
            f"{len(scripts)} JSON-LD blocks; only the first {limits.max_jsonld_blocks} read",
        )
    for i, script in enumerate(scripts[: limits.max_jsonld_blocks]):
        text = script.text or ""
        if len(text) > limits.max_jsonld_bytes:
            page.warn(
                "jsonld-too-large",
                f"JSON-LD block {i} skipped: {len(text)} characters "
                f"(max_jsonld_bytes={limits.max_jsonld_bytes})",
                f"{i}#",
            )
            continue
        if not text.strip():
            continue
        values, notes = decode_lenient(text)
        if notes:
            code = "jsonld-repaired" if values else "jsonld-invalid"
            page.warn(code, f"JSON-LD block {i}: " + "; ".join(notes), f"{i}#")
        if not values:
            continue
        root: Any = values[0] if len(values) == 1 else values
        if _SURROGATE_ESCAPE.search(text):
            root = _scrub(root, limits.max_json_depth)
        if _PREFIXED_KEY.search(text, 0, _KEY_PROBE_CHARS):
            root = _bare_keys(root, limits.max_json_depth)
        if isinstance(root, dict) and not _types(root) and len(untyped) < 20:
            untyped.append((f"{i}#/", root))
        elif isinstance(root, list):
            # a block that is an array of objects: each is a root of its own
            for j, item in enumerate(root[:20]):
                if isinstance(item, dict) and not _types(item) and len(untyped) < 20:
                    untyped.append((f"{i}#/{j}/", item))
        if isinstance(root, (dict, list)):
            walker.walk(root, f"{i}#", 0)
        if walker.nodes_cut:
            page.warn(
                "jsonld-too-many-nodes",
                f"more than max_jsonld_nodes={limits.max_jsonld_nodes} JSON-LD objects; "
                "the rest ignored",
                f"{i}#",
            )
            break
    if walker.depth_cut:
        page.warn(
            "jsonld-too-deep",
            f"JSON-LD nested deeper than max_json_depth={limits.max_json_depth}; deeper values cut",
        )
    return _Index(walker.nodes, walker.ids, untyped)


def _index(page: Page) -> _Index:
    result: _Index = page.cached("jsonld-index", _build)
    return result


def nodes(page: Page) -> list[JsonLdNode]:
    """Every typed JSON-LD node of the page, in document order (cached per page)."""
    return _index(page).nodes


def untyped_roots(page: Page) -> list[tuple[str, dict[str, Any]]]:
    """The blocks whose root object has no ``@type`` (pointer, object), in document order."""
    return _index(page).untyped


def node_by_id(page: Page, ident: str) -> tuple[str, dict[str, Any]] | None:
    """The fullest object whose ``@id`` is ``ident`` and its pointer, or None."""
    return _index(page).ids.get(ident)


_REF_KEYS = frozenset({"@id", "@type"})
_MAX_HOPS = 8


def resolve_at(page: Page, value: Any) -> tuple[Any, str | None]:
    """Follow an ``{"@id": X}`` reference to the full object with ``@id`` X.

    Returns the object and its pointer, or ``(value, None)`` when ``value`` is not a
    reference or nothing defines it. Chains are followed a few hops; cycles stop.
    """
    pointer: str | None = None
    seen: set[str] = set()
    hops = 0
    while isinstance(value, dict) and hops < _MAX_HOPS and value.keys() <= _REF_KEYS:
        ident = value.get("@id")
        if not isinstance(ident, str) or ident in seen:
            break
        seen.add(ident)
        found = _index(page).ids.get(ident)
        if found is None or found[1] is value:
            break
        pointer, value = found
        hops += 1
    return value, pointer


def resolve(page: Page, value: Any) -> Any:
    """``value`` with an ``{"@id": X}`` reference replaced by the full node (see resolve_at)."""
    return resolve_at(page, value)[0]
