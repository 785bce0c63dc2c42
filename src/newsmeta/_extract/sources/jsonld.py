"""JSON-LD source: the page's main Article node (and its WebPage / WebSite) as candidates.

The main node is the Article-typed node (any subtype, ``@type`` lists allowed) that is not an
item of a list or a related-content container, scored by whether its ``url`` /
``mainEntityOfPage`` / ``@id`` names this page and whether it has a headline, an author and a
date. A WebPage node is read too, as a weaker source (its ``name`` is often the ``<title>``
with the site suffix). Locators are ``"<block>#<JSON pointer>"``; ``@id`` references are
followed, and the locator then points into the referenced node.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from newsmeta._extract._candidates import Candidate
from newsmeta._extract._jsonld_data import JsonLdNode, nodes, resolve_at, untyped_roots
from newsmeta._extract._own_item import own_item_bonus
from newsmeta._extract._page import Page
from newsmeta._extract._schemaorg import (
    ARTICLE_TYPES,
    LIST_KEYS,
    WEAK_ARTICLE_TYPES,
    item_candidates,
    score_item,
    site_candidates,
)
from newsmeta._extract._values import clean_text
from newsmeta._models import SourceKind

__all__ = ["candidates"]

ARTICLE_CONFIDENCE = 0.9
WEBPAGE_CONFIDENCE = 0.6
_TOP_SEGMENTS = frozenset({"@graph", "mainEntity", "mainEntityOfPage"})


def _segments(pointer: str) -> list[str]:
    tail = pointer.split("#", 1)[1] if "#" in pointer else pointer
    return [s for s in tail.split("/") if s]


def _placement(pointer: str) -> tuple[bool, bool]:
    """(inside a list/related container, nested below another object)."""
    in_list = False
    nested = False
    for seg in _segments(pointer):
        if seg in LIST_KEYS:
            in_list = True
        elif not seg.isdigit() and seg not in _TOP_SEGMENTS:
            nested = True
    return in_list, nested


def _identity(path: str) -> str:
    return path


def _best(
    found: list[tuple[int, int, JsonLdNode]],
) -> JsonLdNode | None:
    if not found:
        return None
    found.sort(key=lambda item: (-item[0], item[1]))
    return found[0][2]


_DATE_KEYS = ("datePublished", "dateModified", "dateCreated")
UNTYPED_CONFIDENCE = 0.5
SITE_PUBLISHER_CONFIDENCE = 0.6
"""A WebSite's ``publisher``, the page's publisher when its article item names none."""


# Read from an untyped root that has a headline: only a creative work has one, so such an
# object (``"@type": []``, or none at all) is an article whose type was left out.
_HEADLINED_KEYS = ("headline", "author", *_DATE_KEYS)


def _untyped_root(page: Page) -> list[Candidate]:
    """The first block whose root object has no ``@type``, read weakly as the page's own:
    its dates (``{"datePublished": "…"}``), and with a ``headline`` also its headline and
    authors (an untyped object without one names no item, so nothing else is taken)."""
    out: list[Candidate] = []
    for pointer, data in untyped_roots(page):
        keys = _HEADLINED_KEYS if isinstance(data.get("headline"), str) else _DATE_KEYS
        fields = {key: data[key] for key in keys if key in data}
        if fields:
            out.extend(
                item_candidates(
                    page,
                    fields,
                    _path(pointer),
                    source=SourceKind.JSON_LD,
                    confidence=UNTYPED_CONFIDENCE,
                    loc=_identity,
                )
            )
            break
    return out


def candidates(page: Page) -> list[Candidate]:
    """Candidates from the page's JSON-LD (empty when it has none)."""
    all_nodes = nodes(page)
    if not all_nodes:
        return _untyped_root(page)
    strong: list[tuple[int, int, JsonLdNode]] = []
    weak: list[tuple[int, int, JsonLdNode]] = []
    website: JsonLdNode | None = None
    organization: JsonLdNode | None = None
    media: JsonLdNode | None = None
    for order, node in enumerate(all_nodes):
        types = node.types
        is_strong = bool(types & ARTICLE_TYPES)
        is_weak = bool(types & WEAK_ARTICLE_TYPES)
        if not (is_strong or is_weak or "WebSite" in types):
            if media is None and types & MEDIA_TYPES and not any(_placement(node.pointer)):
                media = node
            if (
                organization is None
                and types & _ORGANIZATION_TYPES
                and not any(_placement(node.pointer))
            ):
                organization = node
            continue
        in_list, nested = _placement(node.pointer)
        if in_list or (nested and not is_strong and "WebPage" not in types):
            # A Review or CreativeWork nested in another item (a recipe's reviews, a
            # product's) describes that item's parts, not the page.
            continue
        if "WebSite" in types and not is_strong:
            if website is None and not nested:
                website = node
            continue
        score = score_item(node.data, types, page.url, nested)
        (strong if is_strong else weak).append((score, order, node))

    if len(strong) > 1:
        # several articles: the one the page shows as its own, not the one naming another page
        strong = [
            (s + own_item_bonus(page, n.data.get("headline"), n.data), o, n) for s, o, n in strong
        ]

    def resolver(value: Any) -> tuple[Any, str | None]:
        return resolve_at(page, value)

    out: list[Candidate] = []
    main = _best(strong)
    if main is not None:
        out.extend(
            item_candidates(
                page,
                main.data,
                _path(main.pointer),
                source=SourceKind.JSON_LD,
                confidence=ARTICLE_CONFIDENCE,
                loc=_identity,
                resolve=resolver,
            )
        )
    fallback = _best(weak)
    if main is None and fallback is None:
        # no typed article: a root without a type still dates (and, with a headline,
        # names) the page, as on a page with no typed item at all
        out.extend(_untyped_root(page))
    if fallback is not None:
        out.extend(
            item_candidates(
                page,
                fallback.data,
                _path(fallback.pointer),
                source=SourceKind.JSON_LD,
                confidence=WEBPAGE_CONFIDENCE,
                loc=_identity,
                resolve=resolver,
                title_from_name=0.45,
            )
        )
    if main is None and media is not None:
        # no article: a video, a podcast episode or a photo standing alone is the page's
        # item, and its upload day is the page's date
        out.extend(_media_dates(page, media))
    if website is not None:
        out.extend(
            site_candidates(
                page, website.data, _path(website.pointer), source=SourceKind.JSON_LD, loc=_identity
            )
        )
        if "publisher" in website.data and not any(c.field == "publisher" for c in out):
            # the site's publisher publishes its stories when the story names none (its
            # name is not the site's name: the WebSite's own name and og:site_name say that)
            out.extend(
                c
                for c in item_candidates(
                    page,
                    {"publisher": website.data["publisher"]},
                    _path(website.pointer),
                    source=SourceKind.JSON_LD,
                    confidence=SITE_PUBLISHER_CONFIDENCE,
                    loc=_identity,
                    resolve=resolver,
                )
                if c.field == "publisher"
            )
    elif organization is not None:
        out.extend(_own_organization(page, organization))
    return out


MEDIA_TYPES = frozenset(
    {"VideoObject", "AudioObject", "ImageObject", "Photograph", "PodcastEpisode", "Clip", "Episode"}
)
"""Types whose node, top-level on a page without an article, is the page's own item."""
MEDIA_CONFIDENCE = 0.55
EMBEDDED_MEDIA_CONFIDENCE = 0.4
"""A media node on a page whose ``og:type`` says "article": a player embedded in a story,
its upload day below the story's printed dateline (a clip is often cut the day before)."""
_MEDIA_DATE_KEYS = ("uploadDate", "datePublished")


def _media_locator(key: str) -> Callable[[str], str]:
    """The locator of a media node's date under its own key (``…/uploadDate``)."""

    def loc(path: str) -> str:
        return path.replace("/datePublished", f"/{key}")

    return loc


_MEDIA_LOCATORS = {key: _media_locator(key) for key in _MEDIA_DATE_KEYS}


def _declared_article(page: Page) -> bool:
    """Whether the page's OpenGraph type is "article" (the page is a story, not a clip)."""
    for el in page.metas:
        if (el.get("property") or el.get("name") or "").lower() == "og:type":
            return (el.get("content") or "").strip().lower() == "article"
    return False


def _media_dates(page: Page, node: JsonLdNode) -> list[Candidate]:
    """The publication date of a stand-alone media node (``uploadDate``, else
    ``datePublished``), below a WebPage node's own date; on a page that declares itself an
    article, below its visible dateline too (the player is embedded in the story)."""
    confidence = EMBEDDED_MEDIA_CONFIDENCE if _declared_article(page) else MEDIA_CONFIDENCE
    for key in _MEDIA_DATE_KEYS:
        value = node.data.get(key)
        if isinstance(value, str) and value:
            return item_candidates(
                page,
                {"datePublished": value},
                _path(node.pointer),
                source=SourceKind.JSON_LD,
                confidence=confidence,
                loc=_MEDIA_LOCATORS[key],
            )
    return []


_ORGANIZATION_TYPES = frozenset({"Organization", "NewsMediaOrganization", "Corporation"})
ORGANIZATION_SITE_CONFIDENCE = 0.6


def _host(url: Any) -> str | None:
    if not isinstance(url, str) or "//" not in url:
        return None
    host = url.split("//", 1)[1].split("/", 1)[0].split(":", 1)[0].lower()
    return host.removeprefix("www.") or None


def _own_organization(page: Page, node: JsonLdNode) -> list[Candidate]:
    """The site's name from a top-level Organization whose ``url`` is the page's own site
    (a site that describes itself as an organisation and has no WebSite item): its
    ``name``, else its ``legalName``, else its ``alternateName``."""
    own, theirs = _host(page.url), _host(node.data.get("url"))
    if own is None or theirs is None or not (own == theirs or own.endswith("." + theirs)):
        return []
    for key in ("name", "legalName", "alternateName"):
        value = node.data.get(key)
        if isinstance(value, list):
            value = next((v for v in value if isinstance(v, str)), None)
        name = clean_text(value, 300) if isinstance(value, str) else None
        if name and not name.startswith(("http://", "https://", "www.")):
            return [
                Candidate(
                    field="site_name", value=name, source=SourceKind.JSON_LD,
                    locator=f"{_path(node.pointer)}/{key}", raw=name,
                    confidence=ORGANIZATION_SITE_CONFIDENCE,
                )
            ]  # fmt: skip
    return []


def _path(pointer: str) -> str:
    """A node pointer as the base of field paths (``"0#/"`` for a block's root -> ``"0#"``)."""
    return pointer[:-1] if pointer.endswith("/") else pointer
