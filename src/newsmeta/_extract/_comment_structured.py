"""Comments declared as structured data: JSON-LD, microdata and RDFa ``Comment`` /
``UserComments`` items, read through one dict reader.
"""

from __future__ import annotations

from typing import Any

from lxml.html import HtmlElement

from newsmeta._dates._validity import date_problem
from newsmeta._extract._comment_text import MAX_ITEM_CHARS
from newsmeta._extract._items import ItemTree
from newsmeta._extract._jsonld_data import nodes
from newsmeta._extract._page import Page, element_text
from newsmeta._extract._values import clean_text, to_date, to_int, to_url
from newsmeta._extract.sources.microdata import microdata_tree
from newsmeta._extract.sources.rdfa import rdfa_tree
from newsmeta._models import Author, AuthorKind, Comment

__all__ = [
    "ld_comments",
    "md_comments",
    "rdfa_comments",
]


def _ld_text(value: Any) -> str | None:
    if isinstance(value, dict):
        value = value.get("@value") or value.get("text")
    return clean_text(value, limit=MAX_ITEM_CHARS)


def _ld_author(value: Any, base: str | None) -> Author | None:
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, str):
        name = clean_text(value, limit=200)
        return Author(name=name) if name else None
    if isinstance(value, dict):
        name = clean_text(value.get("name") or value.get("alternateName"), limit=200)
        if not name:
            return None
        url = to_url(value.get("url"), base)
        kind = AuthorKind.ORGANIZATION if "Organization" in str(value.get("@type")) else None
        return Author(name=name, url=url, kind=kind or AuthorKind.PERSON)
    return None


def _ld_parent(value: Any, by_iri: dict[str, str]) -> str | None:
    """The id of the comment a flat ``parentItem`` reference points at."""
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, dict):
        ref = value.get("identifier") or value.get("@id") or value.get("url")
    else:
        ref = value
    if isinstance(ref, int):
        ref = str(ref)
    if not isinstance(ref, str) or not ref:
        return None
    return by_iri.get(ref, clean_text(ref, limit=200))


_COMMENT_TYPES = frozenset({"Comment", "UserComments"})
_DATE_KEYS = ("dateCreated", "datePublished", "commentTime", "dateModified")


def _comment_from(
    page: Page, data: dict[str, Any], ident: str, parent_id: str | None
) -> Comment | None:
    """One ``Comment`` / ``UserComments`` item (any syntax, as a JSON-LD-like dict)."""
    text = _ld_text(data.get("text") or data.get("commentText") or data.get("description"))
    if not text:
        return None
    date = None
    for key in _DATE_KEYS:
        got = to_date(data.get(key), page.html_lang)
        if got is not None and date_problem(got[0], page.now) is None:
            date = got[0]
            break
    try:
        return Comment(
            text=text,
            id=ident,
            author=_ld_author(data.get("author") or data.get("creator"), page.url),
            date_published=date,
            parent_id=parent_id,
            url=to_url(data.get("url"), page.url),
            upvotes=to_int(data.get("upvoteCount")),
            downvotes=to_int(data.get("downvoteCount")),
        )
    except (TypeError, ValueError):
        return None


def _reply_to(data: dict[str, Any], by_iri: dict[str, str]) -> str | None:
    """The parent a comment names: ``parentItem`` (Comment) or ``replyToUrl`` (UserComments)."""
    return _ld_parent(data.get("parentItem") or data.get("replyToUrl"), by_iri)


def _aliases(data: dict[str, Any], ident: str, by_iri: dict[str, str]) -> None:
    for key in ("@id", "url"):
        alias = data.get(key)
        if isinstance(alias, str) and alias:
            by_iri.setdefault(alias, ident)


def _too_many(page: Page, syntax: str) -> None:
    page.warn(
        "too-many-comments",
        f"{syntax} comments beyond the first {page.limits.max_comments} not read "
        "(Limits.max_comments)",
    )


def ld_comments(page: Page) -> list[Comment]:
    out: list[Comment] = []
    by_pointer: dict[str, str] = {}
    by_iri: dict[str, str] = {}
    for node in nodes(page):
        if not node.types & _COMMENT_TYPES:
            continue
        data = node.data
        if not _ld_text(data.get("text") or data.get("commentText") or data.get("description")):
            continue
        ident = data.get("identifier") or data.get("@id") or data.get("url")
        ident = clean_text(ident if isinstance(ident, (str, int)) else None, limit=200)
        if ident is None:
            ident = f"#ld{len(out) + 1}"
        by_pointer[node.pointer] = ident
        _aliases(data, ident, by_iri)
        parent_id = _reply_to(data, by_iri)
        pointer = node.pointer
        while parent_id is None and "/" in pointer:
            pointer = pointer.rsplit("/", 1)[0]
            if pointer in by_pointer:
                parent_id = by_pointer[pointer]
                break
        made = _comment_from(page, data, ident, parent_id)
        if made is None:
            continue
        out.append(made)
        if len(out) >= page.limits.max_comments:
            _too_many(page, "JSON-LD")
            break
    return out


def _tree_comments(
    page: Page, tree: ItemTree, scopes: list[HtmlElement], id_attrs: tuple[str, ...]
) -> list[Comment]:
    """``Comment`` / ``UserComments`` items of a microdata or RDFa item tree.

    Read through the same dict reader as JSON-LD; a reply is the comment item it sits in
    (or the one its ``parentItem`` / ``replyToUrl`` names).
    """
    wanted = {item.el for item in tree.by_type(*_COMMENT_TYPES)}
    if not wanted:
        return []
    found = [el for el in scopes if el in wanted]
    if len(found) > page.limits.max_comments:
        _too_many(page, "microdata" if tree.scope_attr == "itemscope" else "RDFa")
        found = found[: page.limits.max_comments]
    out: list[Comment] = []
    ids: dict[HtmlElement, str] = {}
    by_iri: dict[str, str] = {}
    for index, scope in enumerate(found):
        where: dict[str, HtmlElement] = {}
        data = tree.to_dict(tree.item_for(scope), "", where)
        for key in ("author", "creator"):
            el = where.get(f"/{key}")
            if el is not None and isinstance(data.get(key), str):
                # a plain element: its text is the name (a link's href is the profile)
                href = el.get("href") if el.tag == "a" else None
                data[key] = {"name": element_text(el, limit=200), "url": href}
        ident = next((scope.get(a) for a in id_attrs if scope.get(a)), None)
        ident = ident or scope.get("id") or f"#md{index + 1}"
        ids[scope] = ident
        _aliases(data, ident, by_iri)
        parent_id = _reply_to(data, by_iri)
        owner = tree.owner_of(scope)
        while parent_id is None and owner is not None:
            if owner.el in ids:
                parent_id = ids[owner.el]
                break
            owner = tree.owner_of(owner.el)
        made = _comment_from(page, data, ident, parent_id)
        if made is not None:
            out.append(made)
    return out


def md_comments(page: Page) -> list[Comment]:
    if not page.itemscopes:
        return []
    return _tree_comments(page, microdata_tree(page), page.itemscopes, ("itemid",))


def rdfa_comments(page: Page) -> list[Comment]:
    if not page.rdfa:
        return []
    scopes = [el for el in page.rdfa if el.get("typeof")]
    if not scopes:
        return []
    return _tree_comments(page, rdfa_tree(page), scopes, ("resource", "about"))
