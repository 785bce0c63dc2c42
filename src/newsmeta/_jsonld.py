"""schema.org JSON-LD interchange: ``to_jsonld(article)`` and ``from_jsonld(data)``.

This is an exchange format for whole Article records, not page extraction (the
extractors read JSON-LD found on pages, tolerating much more). The mapping is listed in
docs/serialization.md; in short:

=======================  =========================================================
newsmeta                 schema.org (``NewsArticle``)
=======================  =========================================================
url                      ``url`` and ``@id``
canonical_url            ``mainEntityOfPage`` (a ``WebPage`` with that ``@id``)
title                    ``headline``
language                 ``inLanguage``
description / body       ``description`` / ``articleBody``
authors                  ``author``: list of ``Person`` / ``Organization``
publisher                ``publisher``: ``Organization`` (+ ``logo`` ``ImageObject``)
site_name                ``isPartOf``: ``WebSite`` with that ``name``
date_*                   ``dateCreated`` / ``datePublished`` / ``dateModified``
section                  ``articleSection``
categories               ``about``: list of ``Thing`` with a ``name``
tags                     ``keywords`` (list)
image / license          ``image`` / ``license``
word_count               ``wordCount``
comments                 ``comment``: ``Comment`` (``identifier``, ``text``, ``author``,
                         ``dateCreated``, ``url``, ``parentItem``, ``upvoteCount``,
                         ``downvoteCount``)
comment_count            ``commentCount``
rating                   ``aggregateRating``
ai_disclosure            ``digitalSourceType``
provenance.based_on      ``isBasedOn``
=======================  =========================================================

What schema.org cannot say is kept under newsmeta extension properties, absolute IRIs in
``https://newsmeta.dev/ns#`` (so the ``@context`` stays plain ``https://schema.org``):
``aiDisclosure`` (the whole disclosure), ``provenance``, ``commentsOpen``,
``commentFormFields``, ``blocks`` (the body's blocks; ``articleBody`` stays the plain text),
``images`` (every image with caption and credit; ``image`` stays the lead image) and, on
comments, ``dateLabel``. With ``extensions=False`` those are
dropped and the output is pure schema.org.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from newsmeta import _models
from newsmeta._errors import ParseError, Problem, SchemaError, ValidationError
from newsmeta._fields import data_and_class
from newsmeta._serialize import format_date_value, from_dict, loads, to_dict
from newsmeta._settings import Limits

__all__ = ["NS", "from_jsonld", "to_jsonld"]

NS = "https://newsmeta.dev/ns#"
"""The namespace of newsmeta's extension properties."""
_SCHEMA = "https://schema.org"
_X_DISCLOSURE = NS + "aiDisclosure"
_X_PROVENANCE = NS + "provenance"
_X_OPEN = NS + "commentsOpen"
_X_FORM = NS + "commentFormFields"
_X_LABEL = NS + "dateLabel"
_X_BLOCKS = NS + "blocks"
_X_IMAGES = NS + "images"

_ARTICLE_TYPES = frozenset(
    {
        "Article",
        "NewsArticle",
        "AnalysisNewsArticle",
        "AskPublicNewsArticle",
        "BackgroundNewsArticle",
        "OpinionNewsArticle",
        "ReportageNewsArticle",
        "ReviewNewsArticle",
        "BlogPosting",
        "LiveBlogPosting",
        "SocialMediaPosting",
        "DiscussionForumPosting",
        "TechArticle",
        "ScholarlyArticle",
        "Report",
        "SatiricalArticle",
        "AdvertiserContentArticle",
        "WebPage",
    }
)
_ORG_TYPES = frozenset({"Organization", "NewsMediaOrganization", "Corporation", "NGO"})
_SOFTWARE_TYPES = frozenset({"SoftwareApplication", "WebApplication", "MobileApplication"})


# --------------------------------------------------------------------------- export


def _put(out: dict[str, Any], key: str, value: Any) -> None:
    if value is not None and value != () and value != []:
        out[key] = value


_AUTHOR_TYPES = {
    _models.AuthorKind.PERSON: "Person",
    _models.AuthorKind.ORGANIZATION: "Organization",
    _models.AuthorKind.SOFTWARE: "SoftwareApplication",
}


def _author(author: _models.Author) -> dict[str, Any]:
    out: dict[str, Any] = {
        "@type": _AUTHOR_TYPES[author.kind],
        "name": author.name,
    }
    _put(out, "url", author.url)
    _put(out, "email", author.email)
    _put(out, "sameAs", list(author.same_as))
    _put(out, "jobTitle", author.job_title)
    _put(out, "image", author.image)
    return out


def _organization(org: _models.Organization) -> dict[str, Any]:
    out: dict[str, Any] = {"@type": "Organization", "name": org.name}
    _put(out, "url", org.url)
    if org.logo is not None:
        out["logo"] = {"@type": "ImageObject", "url": org.logo}
    _put(out, "sameAs", list(org.same_as))
    return out


def _comment(comment: _models.Comment, extensions: bool) -> dict[str, Any]:
    out: dict[str, Any] = {"@type": "Comment"}
    _put(out, "identifier", comment.id)
    out["text"] = comment.text
    if comment.author is not None:
        out["author"] = _author(comment.author)
    if comment.date_published is not None:
        out["dateCreated"] = format_date_value(comment.date_published)
    _put(out, "url", comment.url)
    if comment.parent_id is not None:
        out["parentItem"] = {"@type": "Comment", "identifier": comment.parent_id}
    _put(out, "upvoteCount", comment.upvotes)
    _put(out, "downvoteCount", comment.downvotes)
    if extensions:
        _put(out, _X_LABEL, comment.date_label)
    return out


def _rating(rating: _models.AggregateRating) -> dict[str, Any]:
    out: dict[str, Any] = {"@type": "AggregateRating"}
    _put(out, "ratingValue", rating.value)
    out["bestRating"] = rating.best
    out["worstRating"] = rating.worst
    _put(out, "ratingCount", rating.rating_count)
    _put(out, "reviewCount", rating.review_count)
    return out


def to_jsonld(article: _models.Article, *, extensions: bool = True) -> dict[str, Any]:
    """A schema.org ``NewsArticle`` JSON-LD object for ``article``.

    With ``extensions`` (the default) the fields schema.org cannot express are kept under
    ``https://newsmeta.dev/ns#`` properties so that :func:`from_jsonld` gives back an equal
    Article; without, the output is plain schema.org and those fields are dropped.
    """
    if not isinstance(article, _models.Article):
        raise ValidationError(
            [Problem(path="", code="type", message="to_jsonld() needs an Article.")], "Article"
        )
    a = article
    out: dict[str, Any] = {"@context": _SCHEMA, "@type": "NewsArticle"}
    if a.url is not None:
        out["@id"] = a.url
        out["url"] = a.url
    if a.canonical_url is not None:
        out["mainEntityOfPage"] = {"@type": "WebPage", "@id": a.canonical_url}
    _put(out, "headline", a.title)
    _put(out, "inLanguage", a.language)
    _put(out, "description", a.description)
    _put(out, "articleBody", a.body)
    _put(out, "author", [_author(x) for x in a.authors])
    if a.publisher is not None:
        out["publisher"] = _organization(a.publisher)
    if a.site_name is not None:
        out["isPartOf"] = {"@type": "WebSite", "name": a.site_name}
    for key, value in (
        ("dateCreated", a.date_created),
        ("datePublished", a.date_published),
        ("dateModified", a.date_modified),
    ):
        if value is not None:
            out[key] = format_date_value(value)
    _put(out, "articleSection", a.section)
    _put(out, "about", [{"@type": "Thing", "name": c} for c in a.categories])
    _put(out, "keywords", list(a.tags))
    _put(out, "image", a.image)
    _put(out, "license", a.license)
    _put(out, "wordCount", a.word_count)
    _put(out, "comment", [_comment(c, extensions) for c in a.comments])
    _put(out, "commentCount", a.comment_count)
    if a.rating is not None:
        out["aggregateRating"] = _rating(a.rating)
    _put(out, "digitalSourceType", a.ai_disclosure.digital_source_type)
    _put(out, "isBasedOn", list(a.provenance.based_on))
    if extensions:
        _put(out, _X_OPEN, a.comments_open)
        _put(out, _X_FORM, list(a.comment_form_fields))
        _put(out, _X_BLOCKS, [to_dict(b) for b in a.blocks])
        _put(out, _X_IMAGES, [to_dict(i) for i in a.images])
        if a.ai_disclosure != _models.AIDisclosure():
            out[_X_DISCLOSURE] = to_dict(a.ai_disclosure)
        if a.provenance != _models.Provenance(based_on=a.provenance.based_on):
            out[_X_PROVENANCE] = to_dict(a.provenance)
    return out


# --------------------------------------------------------------------------- import


def _types(node: Mapping[str, Any]) -> set[str]:
    raw = node.get("@type")
    items = raw if isinstance(raw, list) else [raw]
    out = set()
    for item in items:
        if isinstance(item, str):
            out.add(item.rsplit("/", 1)[-1].rsplit(":", 1)[-1])
    return out


def _as_list(value: Any) -> list[Any]:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


class _Reader:
    """Turns one JSON-LD article node into the plain-data form :func:`from_dict` reads."""

    def __init__(self, index: dict[str, Mapping[str, Any]]) -> None:
        self.index = index

    def deref(self, value: Any) -> Any:
        if isinstance(value, Mapping) and set(value) == {"@id"}:
            target = value["@id"]
            if isinstance(target, str) and target in self.index:
                return self.index[target]
        return value

    def text(self, value: Any) -> Any:
        """A string; ``{"@value": …}`` unwrapped; first of a list."""
        value = self.deref(value)
        if isinstance(value, list):
            value = value[0] if value else None
        if isinstance(value, Mapping) and "@value" in value:
            value = value["@value"]
        return value

    def url(self, value: Any) -> Any:
        value = self.deref(value)
        if isinstance(value, list):
            value = value[0] if value else None
        if isinstance(value, Mapping):
            value = value.get("url", value.get("contentUrl", value.get("@id")))
        return value

    def number(self, value: Any, integer: bool) -> Any:
        value = self.text(value)
        if isinstance(value, str):
            text = value.strip().replace(",", "") if integer else value.strip()
            try:
                number = float(text)
            except ValueError:
                return value
            if integer and number.is_integer():
                return int(number)
            return number
        return value

    def author(self, value: Any) -> dict[str, Any] | Any:
        value = self.deref(value)
        if isinstance(value, str):
            return {"name": value}
        if not isinstance(value, Mapping):
            return value
        out: dict[str, Any] = {}
        if "name" in value:
            out["name"] = self.text(value["name"])
        types = _types(value)
        if types & _ORG_TYPES:
            out["kind"] = "organization"
        elif types & _SOFTWARE_TYPES:
            out["kind"] = "software"
        for key, target in (("url", "url"), ("email", "email"), ("image", "image")):
            if key in value:
                out[target] = self.url(value[key]) if key != "email" else self.text(value[key])
        if isinstance(out.get("email"), str) and out["email"].lower().startswith("mailto:"):
            out["email"] = out["email"][7:]
        if "sameAs" in value:
            out["same_as"] = _as_list(value["sameAs"])
        if "jobTitle" in value:
            out["job_title"] = self.text(value["jobTitle"])
        return out

    def organization(self, value: Any) -> Any:
        value = self.deref(value)
        if isinstance(value, list):
            value = self.deref(value[0]) if value else None
        if isinstance(value, str):
            return {"name": value}
        if not isinstance(value, Mapping):
            return value
        out: dict[str, Any] = {}
        if "name" in value:
            out["name"] = self.text(value["name"])
        if "url" in value:
            out["url"] = self.url(value["url"])
        if "logo" in value:
            out["logo"] = self.url(value["logo"])
        if "sameAs" in value:
            out["same_as"] = _as_list(value["sameAs"])
        return out

    def comment(self, value: Any) -> Any:
        value = self.deref(value)
        if not isinstance(value, Mapping):
            return value
        out: dict[str, Any] = {}
        ident = value.get("identifier", value.get("@id"))
        if ident is not None:
            out["id"] = self.text(ident)
        if "text" in value:
            out["text"] = self.text(value["text"])
        if "author" in value:
            out["author"] = self.author(_first(value["author"]))
        date = value.get("dateCreated", value.get("datePublished"))
        if date is not None:
            out["date_published"] = self.text(date)
        if "url" in value:
            out["url"] = self.url(value["url"])
        parent = value.get("parentItem")
        if isinstance(parent, Mapping):
            pid = parent.get("identifier", parent.get("@id"))
            if pid is not None:
                out["parent_id"] = self.text(pid)
        if "upvoteCount" in value:
            out["upvotes"] = self.number(value["upvoteCount"], True)
        if "downvoteCount" in value:
            out["downvotes"] = self.number(value["downvoteCount"], True)
        if _X_LABEL in value:
            out["date_label"] = self.text(value[_X_LABEL])
        return out

    def rating(self, value: Any) -> Any:
        value = self.deref(value)
        if not isinstance(value, Mapping):
            return value
        out: dict[str, Any] = {}
        for key, target, integer in (
            ("ratingValue", "value", False),
            ("bestRating", "best", False),
            ("worstRating", "worst", False),
            ("ratingCount", "rating_count", True),
            ("reviewCount", "review_count", True),
        ):
            if key in value:
                out[target] = self.number(value[key], integer)
        return out

    def article(self, node: Mapping[str, Any]) -> dict[str, Any]:
        out: dict[str, Any] = {}
        url = node.get("url", node.get("@id"))
        if url is not None and not (isinstance(url, str) and url.startswith("_:")):
            out["url"] = self.url(url)
        page = node.get("mainEntityOfPage")
        if page is not None and not isinstance(page, bool):
            out["canonical_url"] = self.url(page) if not isinstance(page, str) else page
        title = node.get("headline", node.get("name"))
        if title is not None:
            out["title"] = self.text(title)
        simple = (
            ("inLanguage", "language"),
            ("description", "description"),
            ("articleBody", "body"),
            ("dateCreated", "date_created"),
            ("datePublished", "date_published"),
            ("dateModified", "date_modified"),
            ("license", "license"),
        )
        for key, target in simple:
            if key in node:
                value = self.text(node[key])
                if isinstance(value, Mapping):  # inLanguage as a Language node, license as a doc
                    value = value.get("alternateName", value.get("name", value.get("url")))
                out[target] = value
        if "articleSection" in node:
            sections = _as_list(node["articleSection"])
            if sections:
                out["section"] = self.text(sections[0])
        if "author" in node:
            out["authors"] = [self.author(a) for a in _as_list(node["author"])]
        if "publisher" in node:
            out["publisher"] = self.organization(node["publisher"])
        part = self.deref(node.get("isPartOf"))
        if isinstance(part, Mapping) and "name" in part:
            out["site_name"] = self.text(part["name"])
        if "about" in node:
            cats = []
            for item in _as_list(node["about"]):
                item = self.deref(item)
                if isinstance(item, Mapping):
                    if "name" not in item:
                        continue  # a Thing known only by @id or url: no category text
                    item = self.text(item["name"])
                cats.append(item)
            out["categories"] = cats
        if "keywords" in node:
            keywords = node["keywords"]
            if isinstance(keywords, str):
                keywords = [k.strip() for k in keywords.split(",") if k.strip()]
            out["tags"] = _as_list(keywords)
        if "image" in node:
            out["image"] = self.url(node["image"])
        if "wordCount" in node:
            out["word_count"] = self.number(node["wordCount"], True)
        if "comment" in node:
            out["comments"] = [self.comment(c) for c in _as_list(node["comment"])]
        if "commentCount" in node:
            out["comment_count"] = self.number(node["commentCount"], True)
        if "aggregateRating" in node:
            out["rating"] = self.rating(node["aggregateRating"])
        if _X_OPEN in node:
            out["comments_open"] = node[_X_OPEN]
        if _X_FORM in node:
            out["comment_form_fields"] = _as_list(node[_X_FORM])
        if _X_BLOCKS in node:
            out["blocks"] = _as_list(node[_X_BLOCKS])
        if _X_IMAGES in node:
            out["images"] = _as_list(node[_X_IMAGES])
        disclosure = node.get(_X_DISCLOSURE)
        disclosure = dict(disclosure) if isinstance(disclosure, Mapping) else disclosure
        if "digitalSourceType" in node:
            dst = self.url(node["digitalSourceType"])
            if disclosure is None:
                disclosure = {}
            if isinstance(disclosure, dict):
                disclosure.setdefault("digital_source_type", dst)
        if disclosure is not None:
            out["ai_disclosure"] = disclosure
        provenance = node.get(_X_PROVENANCE)
        provenance = dict(provenance) if isinstance(provenance, Mapping) else provenance
        if "isBasedOn" in node:
            based = [
                self.url(b) if not isinstance(b, str) else b for b in _as_list(node["isBasedOn"])
            ]
            if provenance is None:
                provenance = {}
            if isinstance(provenance, dict):
                provenance.setdefault("based_on", based)
        if provenance is not None:
            out["provenance"] = provenance
        return out


def _first(value: Any) -> Any:
    if isinstance(value, list):
        return value[0] if value else None
    return value


def _nodes(data: Any) -> list[Mapping[str, Any]]:
    """Top-level nodes: a list, a ``@graph``, or a single object."""
    out: list[Mapping[str, Any]] = []
    for item in _as_list(data):
        if isinstance(item, Mapping):
            graph = item.get("@graph")
            if isinstance(graph, list):
                out.extend(n for n in graph if isinstance(n, Mapping))
            if _types(item) or "@graph" not in item:
                out.append(item)
    return out


def from_jsonld(
    data: Any, cls: type[_models.Article] = _models.Article, *, limits: Limits | None = None
) -> _models.Article:
    """Read a schema.org article (a dict, a list, a ``@graph`` or JSON text) into an Article.

    Arguments are ``(data, cls)`` like :func:`newsmeta.from_dict`; ``cls`` can only be
    :class:`~newsmeta.Article` (schema.org JSON-LD describes articles).

    The first node whose ``@type`` is an Article type (NewsArticle, BlogPosting …) is read;
    ``{"@id": …}`` references to other nodes of the same document are followed one level.
    Raises :class:`~newsmeta.ParseError` for bad JSON or when no article node is found, and
    :class:`~newsmeta.ValidationError` (paths in the newsmeta record form) for bad values.
    """
    if cls is not _models.Article:
        data, cls = data_and_class("from_jsonld", data, cls, legacy=False)
        raise SchemaError(f"from_jsonld reads articles: cls must be Article, not {cls.__name__}")
    if isinstance(data, (str, bytes, bytearray)):
        data = loads(bytes(data) if isinstance(data, bytearray) else data, limits=limits)
    nodes = _nodes(data)
    article = next((n for n in nodes if _types(n) & _ARTICLE_TYPES), None)
    if article is None:
        raise ParseError("no schema.org Article node found in the JSON-LD")
    index = {n["@id"]: n for n in nodes if isinstance(n.get("@id"), str) and n is not article}
    record = _Reader(index).article(article)
    try:
        return from_dict(record, _models.Article)
    except RecursionError:
        raise ParseError("JSON-LD nesting is too deep") from None
