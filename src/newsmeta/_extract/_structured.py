"""``items(html)``: every JSON-LD, microdata and RDFa item on a page, in one JSON-LD-like shape.

The page is parsed once (:class:`~newsmeta._extract._page.Page`) and read through the same
item layer the extractor uses: the decoded JSON-LD nodes (:mod:`._jsonld_data`) and the
microdata and RDFa item trees (:mod:`._items`). Each top-level item becomes a dict::

    {"@type": ["Recipe"], "@id": "https://…#recipe", "name": "…", "author": {…},
     "@syntax": "json-ld", "@locator": "0#/@graph/1"}

``@type`` is always a list of bare type names (``"https://schema.org/Recipe"`` ->
``"Recipe"``; empty for a JSON-LD block's untyped root, ``{"name": …}``, which is an item
too unless it only wraps a ``@graph``), property names lose a schema.org prefix or IRI,
nested items are nested dicts (with their own ``@type``), JSON-LD ``{"@id": …}``
references are replaced by the node they name (a reference already being expanded stays a
reference), ``@graph`` members and array members are items of their own, and microdata
``itemref`` is followed. ``@syntax`` is ``json-ld``, ``microdata`` or ``rdfa``; ``@locator``
a JSON pointer (``"<block>#<pointer>"``) or the element's XPath.

Bounds: at most :data:`MAX_ITEMS` items and :data:`MAX_EXPANDED` expanded objects per page
(the last item kept then says ``"@truncated": true``).
"""

from __future__ import annotations

import re
from typing import Any

from lxml.html import HtmlElement

from newsmeta._extract._item_urls import absolute_urls
from newsmeta._extract._items import ItemTree, bare_name
from newsmeta._extract._jsonld_data import node_by_id, nodes, untyped_roots
from newsmeta._extract._page import Page, locator
from newsmeta._extract.sources.microdata import microdata_tree
from newsmeta._extract.sources.rdfa import rdfa_tree
from newsmeta._settings import DEFAULT_LIMITS, Limits

__all__ = ["MAX_EXPANDED", "MAX_ITEMS", "items"]

MAX_ITEMS = 5_000
"""Most items returned for one page."""
MAX_EXPANDED = 50_000
"""Most JSON objects copied while expanding ``@id`` references on one page."""
_MAX_REF_DEPTH = 12

# A top-level JSON-LD node: a block's root, an array member, a @graph member.
_TOP_POINTER = re.compile(r"^\d+#(?:/\d+)?(?:/@graph/\d+)?$")
_SCHEMA_IRI = re.compile(r"^(?:https?://schema\.org/|schema:)")


def _key(name: str) -> str:
    return _SCHEMA_IRI.sub("", name) if ":" in name else name


def _types(raw: Any) -> list[str]:
    values = raw if isinstance(raw, list) else [raw]
    return [bare_name(v) for v in values[:20] if isinstance(v, str) and v]


class _Expander:
    def __init__(self, page: Page) -> None:
        self.page = page
        self.budget = MAX_EXPANDED
        self.cut = False

    def value(self, value: Any, depth: int, seen: frozenset[str]) -> Any:
        if isinstance(value, list):
            return [self.value(v, depth, seen) for v in value]
        if not isinstance(value, dict):
            return value
        self.budget -= 1
        if self.budget < 0 or depth > _MAX_REF_DEPTH:
            self.cut = True
            return {"@id": value["@id"]} if isinstance(value.get("@id"), str) else None
        ident = value.get("@id")
        if isinstance(ident, str) and value.keys() <= {"@id", "@type"} and ident not in seen:
            found = node_by_id(self.page, ident)
            if found is not None and found[1] is not value:
                return self.value(found[1], depth + 1, seen | {ident})
        if isinstance(ident, str):
            seen = seen | {ident}
        out: dict[str, Any] = {}
        for key, item in value.items():
            if key == "@context":
                continue
            if key == "@type":
                out["@type"] = _types(item)
            else:
                out[_key(str(key))] = self.value(item, depth + 1, seen)
        return out


# Keys of a block's root that only hold other items (no item of its own).
_CONTAINER_KEYS = frozenset({"@context", "@graph", "@id"})


def _json_ld(page: Page) -> list[dict[str, Any]]:
    expander = _Expander(page)
    found: list[tuple[str, Any]] = [
        (node.pointer, node.data) for node in nodes(page) if _TOP_POINTER.match(node.pointer)
    ]
    # A block's root without a type is an item too (``{"name": …}``), unless it only wraps
    # a ``@graph``; it is placed with its block.
    found.extend(
        (pointer.rstrip("/"), root)
        for pointer, root in untyped_roots(page)
        if not root.keys() <= _CONTAINER_KEYS
    )
    found.sort(key=lambda pair: int(pair[0].split("#", 1)[0]))
    out: list[dict[str, Any]] = []
    for pointer, raw in found:
        data = expander.value(raw, 0, frozenset())
        if isinstance(data, dict):
            data.setdefault("@type", [])
            data["@syntax"] = "json-ld"
            data["@locator"] = pointer
            out.append(data)
    if expander.cut:
        page.warn("items-truncated", "JSON-LD references expanded only in part")
    return out


def _tree_items(
    tree: ItemTree,
    scopes: list[HtmlElement],
    syntax: str,
    id_attrs: tuple[str, ...],
    prop: str,
    base: str | None,
) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    # A scope that is a property of another item (by nesting or through itemref) is nested.
    values = {el for item in tree.items.values() for _, el in item.props}
    for el in scopes:
        if el.get(prop) and el in values:
            continue
        where: dict[str, HtmlElement] = {}
        data = tree.to_dict(tree.item_for(el), "", where)
        _add_ids(data, where, id_attrs)
        if base:
            absolute_urls(data, where, base)
        data["@syntax"] = syntax
        data["@locator"] = locator(el)
        out.append(data)
        if len(out) >= MAX_ITEMS:
            break
    return out


def _add_ids(
    data: dict[str, Any], where: dict[str, HtmlElement], id_attrs: tuple[str, ...]
) -> None:
    """``@id`` from ``itemid`` / ``resource`` / ``about`` on the item and its nested items."""
    stack: list[tuple[dict[str, Any], str]] = [(data, "")]
    while stack:
        item, path = stack.pop()
        el = where.get(path)
        if el is not None:
            for attr in id_attrs:
                ident = el.get(attr)
                if ident:
                    item["@id"] = ident
                    break
        for key, value in item.items():
            if key.startswith("@"):
                continue
            values = value if isinstance(value, list) else [value]
            single = not isinstance(value, list)
            for k, v in enumerate(values):
                if isinstance(v, dict):
                    stack.append((v, f"{path}/{key}" if single else f"{path}/{key}/{k}"))


def page_items(page: Page) -> list[dict[str, Any]]:
    """Every item of a parsed page: JSON-LD first, then microdata, then RDFa."""
    found = _json_ld(page)
    if page.itemscopes:
        tree = microdata_tree(page)
        found.extend(
            _tree_items(tree, page.itemscopes, "microdata", ("itemid",), "itemprop", page.url)
        )
    if page.rdfa:
        tree = rdfa_tree(page)
        # the page's own item (properties with no typeof above them) comes first
        scopes = [el for el in tree.items if el.get("typeof") is None]
        scopes += [el for el in page.rdfa if el.get("typeof") is not None]
        found.extend(_tree_items(tree, scopes, "rdfa", ("resource", "about"), "property", page.url))
    if len(found) > MAX_ITEMS:
        found = found[:MAX_ITEMS]
        found[-1]["@truncated"] = True
    return found


def items(
    html: bytes | str, url: str | None = None, *, limits: Limits | None = None
) -> list[dict[str, Any]]:
    """Every JSON-LD, microdata and RDFa item on the page, normalised (see the module doc).

    Raises only :class:`newsmeta.ParseError` (or :class:`newsmeta.LimitExceededError`).
    """
    from newsmeta._errors import ParseError

    if url is not None and not isinstance(url, str):
        raise ParseError(f"url must be a str, not {type(url).__name__}")
    if limits is not None and not isinstance(limits, Limits):
        raise ParseError(f"limits must be a newsmeta.Limits, not {type(limits).__name__}")
    page = Page(html, url, limits=limits or DEFAULT_LIMITS)
    return page_items(page)
