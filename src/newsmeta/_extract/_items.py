"""Microdata and RDFa-lite items as JSON-LD-like dicts (shared by the two sources).

An item is an element that opens a scope (``itemscope`` / ``typeof``); its properties are the
property elements whose nearest scope ancestor it is. Owners are found by walking up from each
property element with a memo, so the cost is the number of distinct ancestors, never the size
of the page. ``itemref`` is not followed.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from typing import Any

from lxml.html import HtmlElement

from newsmeta._extract._candidates import Candidate
from newsmeta._extract._page import Page, element_text, locator
from newsmeta._extract._schemaorg import item_candidates, site_candidates
from newsmeta._models import SourceKind

__all__ = ["Item", "ItemTree", "bare_name"]

_SRC_TAGS = frozenset({"img", "audio", "embed", "iframe", "source", "track", "video"})
_HREF_TAGS = frozenset({"a", "area", "link"})
_MAX_NESTING = 8
_MAX_VALUES = 100


def bare_name(value: str) -> str:
    """``"http://schema.org/NewsArticle"`` / ``"schema:headline"`` -> the last segment."""
    text = value
    for sep in ("/", "#", ":"):
        if sep in text:
            text = text.rsplit(sep, 1)[-1]
    return text


class Item:
    """One scope element, its bare type names and its (name, element) properties."""

    __slots__ = ("el", "props", "types")

    def __init__(self, el: HtmlElement, types: frozenset[str]) -> None:
        self.el = el
        self.types = types
        self.props: list[tuple[str, HtmlElement]] = []


class ItemTree:
    """Items of one syntax on a page.

    ``scope_attr`` opens an item, ``names_of(el)`` gives an element's property names,
    ``types_of(el)`` its bare types, ``value_of(el)`` a property's string value.
    """

    def __init__(
        self,
        props: Iterable[HtmlElement],
        *,
        scope_attr: str,
        names_of: Callable[[HtmlElement], list[str]],
        types_of: Callable[[HtmlElement], frozenset[str]],
        value_of: Callable[[HtmlElement], str | None],
        max_depth: int = 1000,
        referrers: Iterable[HtmlElement] = (),
        orphan_owner: Callable[[HtmlElement], HtmlElement | None] | None = None,
    ) -> None:
        self.scope_attr = scope_attr
        self.value_of = value_of
        self._types_of = types_of
        self._max_depth = max_depth
        self.items: dict[HtmlElement, Item] = {}
        self._types_index: dict[str, list[Item]] | None = None
        self._props_index: dict[str, list[tuple[Item, HtmlElement]]] = {}
        self.names_of = names_of
        self._memo: dict[HtmlElement, HtmlElement | None] = {}
        memo = self._memo
        owned: list[tuple[HtmlElement, list[str], HtmlElement | None]] = []
        names_seen: set[str] = set()
        for el in props:
            names = names_of(el)
            if not names:
                continue
            owner = self._owner(el, memo, max_depth)
            if owner is None and orphan_owner is not None:
                owner = orphan_owner(el)
            owned.append((el, names, owner))
            if owner is None:
                continue
            item = self.items.get(owner)
            if item is None:
                item = self.items[owner] = Item(owner, types_of(owner))
            names_seen.update(names)
            for name in names:
                item.props.append((name, el))
        self._follow_refs(referrers, owned, max_depth)
        self._names_seen = names_seen
        self._types_seen: frozenset[str] = frozenset().union(
            *{item.types for item in self.items.values()}
        )

    def _follow_refs(
        self,
        referrers: Iterable[HtmlElement],
        owned: list[tuple[HtmlElement, list[str], HtmlElement | None]],
        max_depth: int,
    ) -> None:
        """Microdata ``itemref``: properties inside the referenced elements join the item."""
        wanted: dict[str, list[HtmlElement]] = {}
        for scope in referrers:
            refs = scope.get("itemref")
            if refs and self.scope_attr in scope.attrib:
                for ident in refs.split()[:20]:
                    wanted.setdefault(ident, []).append(scope)
        if not wanted:
            return
        grown: dict[int, Item] = {}
        for el, names, owner in owned:
            node: HtmlElement | None = el
            steps = 0
            while node is not None and node is not owner and steps <= max_depth:
                scopes = wanted.get(node.get("id") or "")
                if scopes:
                    for scope in scopes:
                        if scope is el or scope is owner:
                            continue
                        item = self.items.get(scope)
                        if item is None:
                            item = self.items[scope] = Item(scope, self._types_of(scope))
                        item.props.extend((name, el) for name in names)
                        grown[id(item)] = item
                    break
                node = node.getparent()
                steps += 1
        if grown:
            # An item's properties are in tree order, the referenced ones among its own
            # (HTML microdata: "sorted in tree order"), so several values of one name keep
            # the page's order whether they sit inside the item or in a referenced element.
            order = {el: k for k, (el, _, _) in enumerate(owned)}
            last = len(order)
            for item in grown.values():
                item.props.sort(key=lambda prop: order.get(prop[1], last))

    def _owner(
        self, el: HtmlElement, memo: dict[HtmlElement, HtmlElement | None], max_depth: int
    ) -> HtmlElement | None:
        attr = self.scope_attr
        walked: list[HtmlElement] = []
        node = el.getparent()
        owner: HtmlElement | None = None
        while node is not None:
            if node in memo:
                owner = memo[node]
                break
            if attr in node.attrib:
                owner = node
                break
            walked.append(node)
            if len(walked) > max_depth:
                break
            node = node.getparent()
        for seen in walked:
            memo[seen] = owner
        return owner

    def by_type(self, *types: str) -> list[Item]:
        """The items of any of ``types``, in tree order (the type index is built once)."""
        if self._types_seen.isdisjoint(types):
            return []
        index = self._types_index
        if index is None:
            index = {}
            self._types_index = index
            for item in self.items.values():
                for kind in item.types:
                    index.setdefault(kind, []).append(item)
        if len(types) == 1:
            return index.get(types[0], [])
        found = {id(item) for t in types for item in index.get(t, ())}
        return [item for item in self.items.values() if id(item) in found] if found else []

    def by_prop(self, name: str) -> list[tuple[Item, HtmlElement]]:
        """Every ``(item, element)`` of a property ``name``, in tree order (cached per name)."""
        if name not in self._names_seen:
            return []
        found = self._props_index.get(name)
        if found is None:
            found = self._props_index[name] = [
                (item, el) for item in self.items.values() for n, el in item.props if n == name
            ]
        return found

    def owner_of(self, el: HtmlElement) -> Item | None:
        """The item whose scope is ``el``'s nearest scope ancestor (the memo of the build is
        reused, so asking for many elements of one page walks each ancestor once)."""
        owner = self._owner(el, self._memo, self._max_depth)
        return None if owner is None else self.item_for(owner)

    def item_for(self, el: HtmlElement) -> Item:
        """The item opened by ``el`` (an empty one when it has no properties)."""
        item = self.items.get(el)
        return item if item is not None else Item(el, self._types_of(el))

    def to_dict(
        self, item: Item, path: str, where: dict[str, HtmlElement], depth: int = 0
    ) -> dict[str, Any]:
        """The item as a JSON-LD-like dict; ``where`` receives path -> element for locators."""
        data: dict[str, Any] = {"@type": sorted(item.types)}
        where.setdefault(path, item.el)
        grouped: dict[str, list[HtmlElement]] = {}
        for name, el in item.props:
            values = grouped.setdefault(name, [])
            if len(values) < _MAX_VALUES:
                values.append(el)
        for name, elements in grouped.items():
            converted: list[tuple[str | dict[str, str] | HtmlElement, HtmlElement]] = []
            for el in elements:
                if self.scope_attr in el.attrib and el is not item.el:
                    if depth + 1 >= _MAX_NESTING:
                        continue
                    converted.append((el, el))  # placeholder, converted below with its path
                else:
                    named = _link_name(name, el) if name in _NAMED_BY_TEXT else None
                    value = self.value_of(el) if named is None else named
                    if value is not None:
                        converted.append((value, el))
            if not converted:
                continue
            single = len(converted) == 1
            out: list[Any] = []
            for k, (value, el) in enumerate(converted):
                vpath = f"{path}/{name}" if single else f"{path}/{name}/{k}"
                where[vpath] = el
                if isinstance(value, (str, dict)):
                    out.append(value)
                else:
                    out.append(self.to_dict(self.item_for(value), vpath, where, depth + 1))
            data[name] = out[0] if single else out
        return data


def make_locator(where: dict[str, HtmlElement]) -> Callable[[str], str]:
    """A locator function for paths recorded by :meth:`ItemTree.to_dict`."""
    cache: dict[str, str] = {}

    def loc(path: str) -> str:
        probe = path
        while True:
            el = where.get(probe)
            if el is not None:
                found = cache.get(probe)
                if found is None:
                    found = cache[probe] = locator(el)
                return found
            if "/" not in probe:
                return path
            probe = probe.rsplit("/", 1)[0]

    return loc


# The properties whose value is a name: on a link (``<a itemprop="name" href="/author/jo">Jo
# Lee</a>``, ``<a property="author" href="…">Jo Lee</a>``) the name is the link's text, not
# its address (the profile's URL, which the spec's reading would give).
_NAMED_BY_TEXT = frozenset({"name", "author", "creator"})
# A lower-case word of three letters or more, not a name's particle: the link's text is a
# label ("More articles by this author", "View profile"), not a name.
_LABEL_WORD = re.compile(
    r"(?:^|\s)(?!(?:von|van|der|den|del|della|dos|das|bin|binti|bint|ibn)\b)[a-z]{3,}\b"
)


def _link_name(prop: str, el: HtmlElement) -> str | dict[str, str] | None:
    """A link's text as a name: the name itself, or for an author a person with the link's
    address as its profile (None for another element or an empty link)."""
    if el.tag != "a":
        return None
    text = element_text(el, 200)
    if not text or _LABEL_WORD.search(text) is not None:
        return None
    href = el.get("href")
    if prop == "name" or not href:
        return text
    return {"@type": "Person", "name": text, "url": href}


def microdata_value(el: HtmlElement) -> str | None:
    """A microdata property value per the HTML spec (plus the common ``content=`` shortcut)."""
    tag = el.tag
    get: Callable[[str], str | None] = el.get
    if tag == "meta":
        return get("content") or get("datetime")
    if tag in _HREF_TAGS:
        return get("href") or get("content")
    if tag in _SRC_TAGS:
        return get("src") or get("content")
    if tag == "object":
        return get("data")
    if tag in ("data", "meter"):
        return get("value")
    if tag == "time":
        return get("datetime") or get("content") or element_text(el, 500)
    content = get("content")
    if content is not None:
        return content
    # A ``datetime`` on any element (``<span datetime=…>``) is the machine-readable value.
    return get("datetime") or element_text(el, 10_000) or None


def rdfa_value(el: HtmlElement) -> str | None:
    """An RDFa-lite property value: ``content``, then href/src/resource, datetime, text."""
    get: Callable[[str], str | None] = el.get
    content = get("content")
    if content is not None:
        return content
    tag = el.tag
    if tag in _HREF_TAGS and get("href"):
        return get("href")
    if tag in _SRC_TAGS and get("src"):
        return get("src")
    if get("resource"):
        return get("resource")
    if tag == "time" and get("datetime"):
        return get("datetime")
    return element_text(el, 10_000) or None


def tree_candidates(
    page: Page,
    tree: ItemTree,
    tiers: Sequence[tuple[list[tuple[int, int, Item]], float]],
    website: Item | None,
    *,
    source: SourceKind,
    full_confidence: float,
    item_in_comment: Callable[[HtmlElement], bool],
) -> list[Candidate]:
    """Candidates of the best item of each tier (strong article types, then weak ones) and of
    the page's WebSite item; shared by the microdata and RDFa sources.

    A tier holds ``(score, document order, item)``; items inside comments are passed over.
    """
    out: list[Candidate] = []
    for found, confidence in tiers:
        if not found:
            continue
        found.sort(key=lambda entry: (-entry[0], entry[1]))
        best = next((e[2] for e in found[:20] if not item_in_comment(e[2].el)), None)
        if best is None:
            continue
        where: dict[str, HtmlElement] = {}
        data = tree.to_dict(best, "", where)
        out.extend(
            item_candidates(
                page,
                data,
                "",
                source=source,
                confidence=confidence,
                loc=make_locator(where),
                title_from_name=0.5 if confidence < full_confidence else None,
            )
        )
    if website is not None:
        where = {}
        data = tree.to_dict(website, "", where)
        out.extend(site_candidates(page, data, "", source=source, loc=make_locator(where)))
    return out
