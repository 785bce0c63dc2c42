"""Microdata source: schema.org ``itemscope`` / ``itemtype`` / ``itemprop`` items.

The page's main article item (Article subtypes first, then WebPage / CreativeWork as a weak
fallback) gives the same fields as JSON-LD. Items that sit inside a comment (an item typed
Comment, or an element whose class or id says "comment") and items that are list entries
(``itemListElement``, ``relatedLink`` …) are skipped. Values follow the HTML spec
(``content`` on meta, ``href`` on links, ``src`` on media, ``datetime`` on time).
"""

from __future__ import annotations

import functools

from lxml.html import HtmlElement

from newsmeta._extract._candidates import Candidate
from newsmeta._extract._items import Item, ItemTree, bare_name, microdata_value, tree_candidates
from newsmeta._extract._own_item import own_item_bonus
from newsmeta._extract._page import Page
from newsmeta._extract._schemaorg import (
    ARTICLE_TYPES,
    LIST_KEYS,
    WEAK_ARTICLE_TYPES,
    in_comment,
    score_item,
    type_name,
)
from newsmeta._models import SourceKind

__all__ = ["candidates", "microdata_tree"]

ARTICLE_CONFIDENCE = 0.85
MAX_PROPERTIES = 20_000
"""Most itemprop elements read on one page (a listing page can hold tens of thousands)."""
WEAK_CONFIDENCE = 0.6
_TOP_PROPS = frozenset({"mainEntity", "mainEntityOfPage", "blogPost", "hasPart"})


def _names(el: HtmlElement) -> list[str]:
    return (el.get("itemprop") or "").split()[:10]


@functools.lru_cache(maxsize=256)
def _parse_types(value: str) -> frozenset[str]:
    return frozenset(type_name(bare_name(t)) for t in value.split()[:10])


def _types(el: HtmlElement) -> frozenset[str]:
    return _parse_types(el.get("itemtype") or "")


def microdata_tree(page: Page) -> ItemTree:
    """The page's microdata items (cached per page)."""

    def build(p: Page) -> ItemTree:
        props = p.itemprops
        if len(props) > MAX_PROPERTIES:
            p.warn(
                "microdata-truncated",
                f"{len(props)} itemprop elements; only the first {MAX_PROPERTIES} read",
            )
            props = props[:MAX_PROPERTIES]
        return ItemTree(
            props,
            scope_attr="itemscope",
            names_of=_names,
            types_of=_types,
            value_of=microdata_value,
            max_depth=p.limits.max_tree_depth,
            referrers=[el for el in p.itemscopes if "itemref" in el.attrib],
        )

    tree: ItemTree = page.cached("microdata-tree", build)
    return tree


def candidates(page: Page) -> list[Candidate]:
    """Candidates from the page's microdata (empty when it has none)."""
    if not page.itemprops:
        return []
    tree = microdata_tree(page)
    strong: list[tuple[int, int, Item]] = []
    weak: list[tuple[int, int, Item]] = []
    website: Item | None = None
    for order, item in enumerate(tree.items.values()):
        types = item.types
        is_strong = bool(types & ARTICLE_TYPES)
        if not (is_strong or types & WEAK_ARTICLE_TYPES or "WebSite" in types):
            continue
        own = set(_names(item.el))
        if own & LIST_KEYS:
            continue
        nested = bool(own - _TOP_PROPS)
        if "WebSite" in types and not is_strong:
            if website is None:
                website = item
            continue
        data = {name: True for name, _ in item.props}
        score = score_item(data, types, None, nested)
        (strong if is_strong else weak).append((score, order, item))
    if len(strong) > 1:
        # several articles: the one the page shows as its own, not the one naming another page
        strong = [(s + _own_bonus(page, tree, item), o, item) for s, o, item in strong]

    return tree_candidates(
        page,
        tree,
        ((strong, ARTICLE_CONFIDENCE), (weak, WEAK_CONFIDENCE)),
        website,
        source=SourceKind.MICRODATA,
        full_confidence=ARTICLE_CONFIDENCE,
        item_in_comment=lambda el: in_comment(el),
    )


_OWN_KEYS = frozenset({"headline", "url", "mainEntityOfPage"})


def _own_bonus(page: Page, tree: ItemTree, item: Item) -> int:
    """``own_item_bonus`` of a microdata item: its ``headline`` and address values."""
    values: dict[str, str] = {}
    for name, el in item.props:
        if name in _OWN_KEYS and name not in values:
            value = tree.value_of(el)
            if value:
                values[name] = value
    return own_item_bonus(page, values.get("headline"), values)
