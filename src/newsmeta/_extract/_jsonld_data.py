"""JSON-LD blocks of a page, decoded once and flattened into typed nodes shared by all sources.

``nodes(page)`` is cached on the page: sources for metadata, comments, ratings and the AI
disclosure all read the same list.
"""

from __future__ import annotations

import json
from typing import Any

import attrs

from newsmeta._extract._page import Page

__all__ = ["JsonLdNode", "nodes"]


@attrs.frozen(slots=True)
class JsonLdNode:
    """One JSON object with an ``@type`` found in a JSON-LD block.

    ``pointer`` is ``"<block index>#<JSON pointer>"``, ``types`` the bare type names
    (``"NewsArticle"``, prefixes like ``schema:`` and vocab URLs removed).
    """

    pointer: str
    types: frozenset[str]
    data: dict[str, Any]


def _bare_type(value: Any) -> str:
    text = str(value)
    for sep in ("/", "#", ":"):
        if sep in text:
            text = text.rsplit(sep, 1)[-1]
    return text


def _types(obj: dict[str, Any]) -> frozenset[str]:
    raw = obj.get("@type")
    if isinstance(raw, list):
        return frozenset(_bare_type(t) for t in raw if isinstance(t, str))
    if isinstance(raw, str):
        return frozenset({_bare_type(raw)})
    return frozenset()


def _walk(value: Any, pointer: str, out: list[JsonLdNode], depth: int, page: Page) -> None:
    if depth > page.limits.max_json_depth or len(out) >= page.limits.max_jsonld_nodes:
        return
    if isinstance(value, dict):
        types = _types(value)
        if types:
            out.append(JsonLdNode(pointer or "/", types, value))
        for key, item in value.items():
            if isinstance(item, (dict, list)):
                esc = str(key).replace("~", "~0").replace("/", "~1")
                _walk(item, f"{pointer}/{esc}", out, depth + 1, page)
    elif isinstance(value, list):
        for i, item in enumerate(value):
            if isinstance(item, (dict, list)):
                _walk(item, f"{pointer}/{i}", out, depth + 1, page)


def _decode_blocks(page: Page) -> list[Any]:
    blocks: list[Any] = []
    for i, script in enumerate(page.ldjson[: page.limits.max_jsonld_blocks]):
        text = script.text or ""
        if len(text) > page.limits.max_jsonld_bytes:
            page.warn("jsonld-too-large", f"JSON-LD block {i} skipped: {len(text)} bytes")
            blocks.append(None)
            continue
        try:
            blocks.append(json.loads(text))
        except (ValueError, RecursionError) as exc:
            page.warn("jsonld-invalid", f"JSON-LD block {i} is not valid JSON: {exc}")
            blocks.append(None)
    return blocks


def _all_nodes(page: Page) -> list[JsonLdNode]:
    out: list[JsonLdNode] = []
    for i, block in enumerate(_decode_blocks(page)):
        if block is not None:
            _walk(block, f"{i}#", out, 0, page)
    return out


def nodes(page: Page) -> list[JsonLdNode]:
    """Every typed JSON-LD node of the page, in document order (cached per page)."""
    result: list[JsonLdNode] = page.cached("jsonld-nodes", _all_nodes)
    return result
