"""Which of several article items is the page's own (JSON-LD and microdata alike).

A page that carries more than one article item — its own story and a related one, a teaser
written as a full ``NewsArticle`` — names its own with a ``url`` / ``mainEntityOfPage`` /
``@id`` (see ``score_item``). Many leave every address out, or give the related story's
address only. Two more signs then decide: the item whose ``headline`` is the page's visible
``<h1>`` (or its ``og:title`` / ``twitter:title``) is the page's, and an item whose ``url``
or ``mainEntityOfPage`` names another page (neither the page's URL, its canonical link nor
its ``og:url``) is not.
Only read when a page has several article items, so a page with one pays nothing.
"""

from __future__ import annotations

import re
from typing import Any

from newsmeta._extract._page import Page, element_text
from newsmeta._extract._schemaorg import same_page

__all__ = ["own_item_bonus"]

HEADLINE_BONUS = 2
"""Added to an item whose headline the page shows as its own: more than one of the
headline/author/date presence points a related item's richer data may have, less than an
address naming the page (3)."""
OTHER_PAGE_PENALTY = 2
"""Taken from an item whose address names another page."""
_MAX_H1 = 4
_TITLE_METAS = frozenset({"og:title", "twitter:title"})
_URL_KEYS = ("url", "mainEntityOfPage")
_EDGE = re.compile(r"^[\W_]+|[\W_]+$")
_SPACES = re.compile(r"\s+")


def _key(text: str) -> str:
    """A headline compared by its words: case, spacing and edge punctuation ignored."""
    return _EDGE.sub("", _SPACES.sub(" ", text).casefold())


def _shown(page: Page) -> tuple[frozenset[str], frozenset[str]]:
    """The page's shown headlines (first ``<h1>``s, the social card's title) and its own
    addresses (URL, canonical link, ``og:url``); cached per page."""

    def build(p: Page) -> tuple[frozenset[str], frozenset[str]]:
        heads = {_key(element_text(el, 400)) for el in p.h1[:_MAX_H1]}
        urls = {p.url} if p.url else set()
        for el in p.metas:
            name = (el.get("property") or el.get("name") or "").strip().lower()
            if name in _TITLE_METAS:
                heads.add(_key(el.get("content") or ""))
            elif name == "og:url" and el.get("content"):
                urls.add(el.get("content") or "")
        for el in p.links:
            if (el.get("rel") or "").strip().lower() == "canonical" and el.get("href"):
                urls.add(el.get("href") or "")
        heads.discard("")
        return frozenset(heads), frozenset(urls)

    found: tuple[frozenset[str], frozenset[str]] = page.cached("own-item-shown", build)
    return found


def _first_string(value: Any) -> str | None:
    if isinstance(value, list):
        value = next((v for v in value if isinstance(v, (str, dict))), None)
    if isinstance(value, dict):
        value = value.get("@id") or value.get("url")
    return value if isinstance(value, str) else None


def own_item_bonus(page: Page, headline: Any, addresses: dict[str, Any]) -> int:
    """What to add to an article item's score: its headline shown as the page's
    (``HEADLINE_BONUS``), minus ``OTHER_PAGE_PENALTY`` when its address names another page."""
    heads, urls = _shown(page)
    bonus = 0
    text = _first_string(headline)
    if text and heads and _key(text) in heads:
        bonus += HEADLINE_BONUS
    if urls:
        for key in _URL_KEYS:
            url = _first_string(addresses.get(key))
            if url and url.startswith(("http://", "https://")):
                if not any(same_page(url, own) for own in urls):
                    bonus -= OTHER_PAGE_PENALTY
                break
    return bonus
