"""RDFa-lite source: ``vocab`` / ``typeof`` / ``property`` items with schema.org terms.

Property names may be bare terms (with ``vocab="https://schema.org/"``), ``schema:`` CURIEs or
full schema.org IRIs; Dublin Core terms (``dc:title``, ``dc:date``, ``dcterms:modified`` …) as
used by CMSs such as Drupal are mapped onto the schema.org names, and their
``sioc:Item`` / ``foaf:Document`` / ``sioct:BlogPost`` items read as weak article items.
OpenGraph-style ``property="og:…"`` on ``<meta>`` belongs to the meta source and is ignored.
"""

from __future__ import annotations

import functools

from lxml.html import HtmlElement

from newsmeta._extract._candidates import Candidate
from newsmeta._extract._items import Item, ItemTree, bare_name, rdfa_value, tree_candidates
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

__all__ = ["candidates", "rdfa_tree"]

ARTICLE_CONFIDENCE = 0.8
MAX_PROPERTIES = 20_000
"""Most RDFa property elements read on one page."""
WEAK_CONFIDENCE = 0.55

_SCHEMA_PREFIXES = frozenset({"schema", "s", "sdo", "schemaorg", "rnews"})
"""Prefixes of schema.org terms (rNews's terms kept their names in schema.org)."""
_DC_PREFIXES = frozenset({"dc", "dcterms", "dct", "dc11"})
_DC_TERMS = {
    "title": "headline",
    "description": "description",
    "abstract": "description",
    "creator": "author",
    "date": "datePublished",
    "issued": "datePublished",
    "created": "dateCreated",
    "modified": "dateModified",
    "language": "inLanguage",
    "publisher": "publisher",
    "subject": "keywords",
    "rights": "license",
    "license": "license",
}
_WEAK_FOREIGN_TYPES = frozenset({"Item", "Document", "Post", "BlogPost"})
_FOREIGN_SKIP = ("og", "article", "fb", "twitter", "book", "profile", "music", "video", "al")


def _term(token: str) -> str | None:
    if token.startswith(("http://", "https://")):
        if "schema.org" in token:
            return bare_name(token)
        if "purl.org/dc" in token:
            return _DC_TERMS.get(bare_name(token).lower())
        return None
    if ":" in token:
        prefix, local = token.split(":", 1)
        prefix = prefix.lower()
        if prefix in _SCHEMA_PREFIXES:
            return local or None
        if prefix in _DC_PREFIXES:
            return _DC_TERMS.get(local.lower())
        if prefix == "foaf" and local == "name":
            return "name"
        return None
    return token or None


def _names(el: HtmlElement) -> list[str]:
    out: list[str] = []
    for token in (el.get("property") or "").split()[:10]:
        term = _term(token)
        if term and term not in out:
            out.append(term)
    return out


def _types(el: HtmlElement) -> frozenset[str]:
    return _parse_types(el.get("typeof") or "")


@functools.lru_cache(maxsize=256)
def _parse_types(value: str) -> frozenset[str]:
    found: set[str] = set()
    for token in value.split()[:10]:
        name = type_name(bare_name(token))
        if name in _WEAK_FOREIGN_TYPES and not token.startswith(("schema:", "http")):
            name = "CreativeWork"
        found.add(name)
    return frozenset(found)


def _property_elements(page: Page) -> list[HtmlElement]:
    props = [el for el in page.rdfa[: MAX_PROPERTIES * 2] if el.get("property")]
    if len(props) > MAX_PROPERTIES or len(page.rdfa) > MAX_PROPERTIES * 2:
        page.warn("rdfa-truncated", f"only the first {MAX_PROPERTIES} RDFa properties read")
        props = props[:MAX_PROPERTIES]
    for meta in page.metas:
        prop = meta.get("property")
        if not prop or meta.get("content") is None:
            continue
        head = prop.split(":", 1)[0].lower() if ":" in prop else ""
        if head in _FOREIGN_SKIP:
            continue
        props.append(meta)
    return props


def _property_elements_cached(page: Page) -> list[HtmlElement]:
    found: list[HtmlElement] = page.cached("rdfa-properties", _property_elements)
    return found


_PAGE_TYPES = frozenset({"WebPage"})


def _schema_token(token: str) -> bool:
    return token.startswith(("schema:", "http://schema.org/", "https://schema.org/"))


class _PageSubject:
    """Where a property with no ``typeof`` above it belongs: RDFa makes the document itself
    its subject, so inside a schema.org ``vocab`` (or with a ``schema:`` name) it is a
    property of the page's item, keyed on the root element. An ``about`` on the way up names
    another subject, and a property under an element that is itself a property value
    describes that value, not the page: both are left out.
    """

    __slots__ = ("memo", "root")

    def __init__(self) -> None:
        self.memo: dict[HtmlElement, bool] = {}
        self.root: HtmlElement | None = None

    def __call__(self, el: HtmlElement) -> HtmlElement | None:
        walked: list[HtmlElement] = []
        node: HtmlElement | None = el
        found = False
        while node is not None:
            known = self.memo.get(node)
            if known is not None:
                found = known
                break
            if node is not el and ("about" in node.attrib or "property" in node.attrib):
                break
            vocab = node.get("vocab")
            if vocab is not None:
                found = "schema.org" in vocab
                walked.append(node)
                break
            walked.append(node)
            node = node.getparent()
        for seen in walked[1:]:
            self.memo[seen] = found
        if not found and "about" not in el.attrib:
            tokens = (el.get("property") or "").split()
            found = bool(tokens) and all(_schema_token(t) for t in tokens)
        if not found:
            return None
        if self.root is None:
            self.root = el.getroottree().getroot()
        return self.root


def rdfa_tree(page: Page) -> ItemTree:
    """The page's RDFa-lite items (cached per page; shared with :func:`newsmeta.items`).

    Properties with no ``typeof`` above them that describe the page (see
    :class:`_PageSubject`) form one item typed ``WebPage`` on the root element.
    """

    def build(p: Page) -> ItemTree:
        subject = _PageSubject()

        def types_of(el: HtmlElement) -> frozenset[str]:
            found = _types(el)
            return _PAGE_TYPES if not found and el is subject.root else found

        return ItemTree(
            _property_elements_cached(p),
            scope_attr="typeof",
            names_of=_names,
            types_of=types_of,
            value_of=rdfa_value,
            max_depth=p.limits.max_tree_depth,
            orphan_owner=subject,
        )

    tree: ItemTree = page.cached("rdfa-tree", build)
    return tree


def candidates(page: Page) -> list[Candidate]:
    """Candidates from the page's RDFa-lite (empty when it has none)."""
    if not page.rdfa:
        return []
    if not _property_elements_cached(page):
        return []
    tree = rdfa_tree(page)
    strong: list[tuple[int, int, Item]] = []
    weak: list[tuple[int, int, Item]] = []
    website: Item | None = None
    for order, item in enumerate(tree.items.values()):
        types = item.types
        is_strong = bool(types & ARTICLE_TYPES)
        if not (is_strong or types & WEAK_ARTICLE_TYPES or "WebSite" in types):
            continue
        own = set(_names(item.el)) if "property" in item.el.attrib else set()
        if own & LIST_KEYS:
            continue
        if "WebSite" in types and not is_strong:
            website = website or item
            continue
        data = {name: True for name, _ in item.props}
        score = score_item(data, types, None, bool(own))
        (strong if is_strong else weak).append((score, order, item))

    return tree_candidates(
        page,
        tree,
        ((strong, ARTICLE_CONFIDENCE), (weak, WEAK_CONFIDENCE)),
        website,
        source=SourceKind.RDFA,
        full_confidence=ARTICLE_CONFIDENCE,
        item_in_comment=lambda el: in_comment(el, include_self=True),
    )
