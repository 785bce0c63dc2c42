"""schema.org vocabulary shared by the JSON-LD, microdata and RDFa sources.

The three sources turn their items into the same shape, a JSON-LD-like ``dict`` (property
name -> value, list of values or nested item dict), and :func:`item_candidates` reads the
article fields from it. Locators are built from a path (``"/author/0/name"``) by a callback,
so JSON-LD gets JSON pointers and microdata/RDFa get element paths.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import attrs
from lxml.html import HtmlElement

from newsmeta._extract._candidates import Candidate
from newsmeta._extract._epoch import epoch_date
from newsmeta._extract._lang import bcp47
from newsmeta._extract._page import Page
from newsmeta._extract._values import (
    authors_from_text,
    clean_name,
    clean_text,
    is_agency,
    looks_like_person,
    surname_first_list,
    to_date,
    to_int,
    to_url,
)
from newsmeta._formats import is_email, reference
from newsmeta._models import Author, AuthorKind, Organization, SourceKind

__all__ = [
    "ARTICLE_TYPES",
    "ORGANIZATION_TYPES",
    "PERSON_TYPES",
    "SOFTWARE_TYPES",
    "WEAK_ARTICLE_TYPES",
    "Resolver",
    "in_comment",
    "is_comment_marked",
    "item_candidates",
    "same_page",
    "score_item",
    "type_name",
    "weigh_authors",
]

ARTICLE_TYPES = frozenset(
    {
        "Article", "NewsArticle", "ReportageNewsArticle", "AnalysisNewsArticle",
        "OpinionNewsArticle", "BackgroundNewsArticle", "ReviewNewsArticle",
        "AskPublicNewsArticle", "SatiricalArticle", "AdvertiserContentArticle",
        "BlogPosting", "LiveBlogPosting", "DiscussionForumPosting", "SocialMediaPosting",
        "Report", "ScholarlyArticle", "MedicalScholarlyArticle", "TechArticle",
        "APIReference", "Posting",
    }
)  # fmt: skip
"""schema.org Article and its subtypes."""

WEAK_ARTICLE_TYPES = frozenset({"WebPage", "ItemPage", "ArticlePage", "CreativeWork", "Review"})
"""Types read as a weak fallback when no Article node exists."""

PERSON_TYPES = frozenset({"Person", "Patient"})
SOFTWARE_TYPES = frozenset({"SoftwareApplication", "WebApplication", "MobileApplication"})
ORGANIZATION_TYPES = frozenset(
    {
        "Organization", "NewsMediaOrganization", "Corporation", "NGO", "GovernmentOrganization",
        "EducationalOrganization", "LocalBusiness", "OnlineBusiness", "Brand",
        "PerformingGroup", "SportsOrganization", "Project", "ResearchOrganization",
        "MediaOrganization", "Consortium", "WebSite",
    }
)  # fmt: skip

# Types written in another case ("socialmediaposting", "NEWSARTICLE", "newsArticle",
# itemtype ".../comment") are read as the schema.org type they spell, for the types newsmeta
# reads: no two schema.org types differ by case alone, so the case cannot mislead.
_KNOWN_TYPES = {
    name.casefold(): name
    for name in (
        ARTICLE_TYPES
        | WEAK_ARTICLE_TYPES
        | PERSON_TYPES
        | SOFTWARE_TYPES
        | ORGANIZATION_TYPES
        | {"Comment", "UserComments", "AggregateRating", "Rating", "ImageObject", "WebSite"}
    )
}
# IPTC's rNews (2011), the vocabulary schema.org's news types grew from: its ``NewsItem`` is
# schema.org's ``NewsArticle`` (rNews's own properties, ``headline``, ``creator``,
# ``datePublished`` …, kept their names in schema.org).
_KNOWN_TYPES["newsitem"] = "NewsArticle"


def type_name(bare: str) -> str:
    """A bare type name as schema.org spells it, whatever case it is written in.

    JSON-LD ``@type``, microdata ``itemtype`` and RDFa ``typeof`` all pass through here, so
    ``"newsarticle"``, ``"Newsarticle"`` or ``http://schema.org/comment`` reads the same in
    each syntax. A name newsmeta does not read is kept as written.
    """
    return _KNOWN_TYPES.get(bare.casefold(), bare)


#: Containers whose items are other articles (lists, related links), not this page's article.
LIST_KEYS = frozenset(
    {
        "itemListElement", "relatedLink", "liveBlogUpdate", "hasPart", "isPartOf", "mentions",
        "about", "review", "comment", "citation", "isBasedOn", "subjectOf", "significantLink",
        "workExample", "exampleOfWork", "recipeInstructions", "associatedMedia", "video",
        "item", "breadcrumb", "potentialAction", "sharedContent",
    }
)  # fmt: skip

_ACCOUNT_NAMES = frozenset(
    {
        "admin", "administrator", "super user", "superuser", "root", "webmaster", "guest",
        "anonymous", "unknown", "user", "default", "wordpress", "editor", "author",
    }
)  # fmt: skip


def _username_like(name: str) -> bool:
    return " " not in name and (name.islower() or any(ch.isdigit() or ch == "_" for ch in name))


def weigh_authors(authors: list[Author], confidence: float) -> tuple[list[Author], float]:
    """Drop CMS account names ("admin") and lower the weight of organisation-only or
    username-like bylines ("jdoe42"), which are often not the printed byline."""
    kept = [a for a in authors if a.name.casefold() not in _ACCOUNT_NAMES]
    if not kept:
        return [], confidence
    if all(a.kind is AuthorKind.ORGANIZATION for a in kept):
        confidence = min(confidence, 0.6)
    elif any(_username_like(a.name) for a in kept):
        confidence = round(confidence - 0.25, 3)
    return kept, confidence


_COMMENT_TOKEN = re.compile(r"(?:^|[-_])(?:comments?|commentlist|disqus)(?:$|[-_])")


def in_comment(el: HtmlElement, *, include_self: bool = False, limit: int = 60) -> bool:
    """True when ``el`` (or, with ``include_self``, ``el`` itself) sits in a comment section."""
    node: HtmlElement | None = el if include_self else el.getparent()
    steps = 0
    while node is not None and steps < limit:
        if node.tag in ("body", "html"):
            return False
        if node.attrib and is_comment_marked(node):
            return True
        node = node.getparent()
        steps += 1
    return False


def is_comment_marked(node: HtmlElement) -> bool:
    """True for an element typed Comment or whose class/id token names comments."""
    kind = node.get("itemtype") or node.get("typeof")
    if kind and "Comment" in kind:
        return True
    marks = f"{node.get('class') or ''} {node.get('id') or ''}".lower()
    if "comment" not in marks and "disqus" not in marks:
        return False
    return any(_COMMENT_TOKEN.search(token) for token in marks.split())


Resolver = Callable[[Any], tuple[Any, "str | None"]]
"""Follows a reference; returns the value and a new absolute path when it jumped."""

_MAX_LIST = 100


def _no_resolve(value: Any) -> tuple[Any, str | None]:
    return value, None


def _as_list(value: Any) -> list[Any]:
    value = _list_object(value)
    if isinstance(value, list):
        return value[:_MAX_LIST]
    return [] if value is None else [value]


def _list_object(value: Any) -> Any:
    """A JSON-LD list object (``{"@list": [a, b]}``, an ordered value) as its list."""
    if isinstance(value, dict) and "@list" in value and isinstance(value["@list"], list):
        return value["@list"]
    return value


def _text(value: Any, limit: int = 10_000) -> str | None:
    """A clean string from a str, a number, a JSON-LD value object or the first of a list."""
    if isinstance(value, list):
        for item in value[:_MAX_LIST]:
            found = _text(item, limit)
            if found:
                return found
        return None
    if isinstance(value, dict):
        value = value.get("@value", value.get("name"))
        if isinstance(value, (dict, list)):
            return None
    return clean_text(value, limit)


def _norm_url(url: str) -> str:
    text = url.split("#", 1)[0].split("?", 1)[0].lower()
    for prefix in ("https://", "http://"):
        if text.startswith(prefix):
            text = text[len(prefix) :]
            break
    if text.startswith("www."):
        text = text[4:]
    return text.rstrip("/")


def same_page(a: str | None, b: str | None) -> bool:
    """True when two URLs name the same page (scheme, ``www.``, query, fragment, slash ignored)."""
    if not a or not b:
        return False
    return _norm_url(a) == _norm_url(b)


def score_item(
    data: dict[str, Any], types: frozenset[str], page_url: str | None, nested: bool
) -> int:
    """How likely an item is this page's main article (higher is better)."""
    score = 0
    if types & ARTICLE_TYPES:
        score += 4
    if page_url:
        for key in ("mainEntityOfPage", "url", "@id"):
            value = data.get(key)
            if isinstance(value, dict):
                value = value.get("@id") or value.get("url")
            if isinstance(value, str) and same_page(value, page_url):
                score += 3
                break
    for key in ("headline", "author", "datePublished"):
        if data.get(key):
            score += 1
    if nested:
        score -= 3
    return score


# ----------------------------------------------------------------------------- context


class _Ctx:
    __slots__ = ("base_url", "confidence", "language", "loc", "out", "page", "resolve", "source")

    def __init__(
        self,
        page: Page,
        source: SourceKind,
        confidence: float,
        loc: Callable[[str], str],
        resolve: Resolver,
    ) -> None:
        self.page = page
        self.source = source
        self.confidence = confidence
        self.loc = loc
        self.resolve = resolve
        self.base_url = page.url
        self.language: str | None = None
        self.out: list[Candidate] = []

    def add(
        self,
        field: str,
        value: Any,
        path: str,
        raw: str,
        *,
        confidence: float | None = None,
        precision: str | None = None,
    ) -> None:
        self.out.append(
            Candidate(
                field=field,
                value=value,
                source=self.source,
                locator=self.loc(path),
                raw=raw[:500],
                confidence=self.confidence if confidence is None else confidence,
                precision=precision,
            )
        )

    def follow(self, value: Any, path: str) -> tuple[Any, str]:
        value, jumped = self.resolve(value)
        return value, (jumped if jumped is not None else path)

    def url(self, value: Any, path: str, depth: int = 0) -> tuple[str | None, str]:
        """A URL from a string, a reference or an object with url/contentUrl/@id."""
        value, path = self.follow(value, path)
        if isinstance(value, list):
            for i, item in enumerate(value[:_MAX_LIST]):
                found, where = self.url(item, f"{path}/{i}", depth + 1)
                if found:
                    return found, where
            return None, path
        if isinstance(value, dict):
            if depth > 3:
                return None, path
            for key in ("url", "contentUrl", "@id"):
                if key in value:
                    found, where = self.url(value[key], f"{path}/{key}", depth + 1)
                    if found:
                        return found, where
            return None, path
        if isinstance(value, str):
            text = value.strip()
            if text.startswith("#") or text.startswith("_:"):
                return None, path
            return to_url(text, self.base_url), path
        return None, path


# ----------------------------------------------------------------------------- fields


def _emit_text(ctx: _Ctx, data: dict[str, Any], key: str, field: str, path: str, **kw: Any) -> bool:
    value = data.get(key)
    if value is None:
        return False
    text = _text(value)
    if not text or text.startswith(("http://", "https://")):
        return False
    ctx.add(field, text, f"{path}/{key}", text, **kw)
    return True


def _emit_date(ctx: _Ctx, data: dict[str, Any], key: str, field: str, path: str) -> None:
    value = data.get(key)
    if value is None:
        return
    if isinstance(value, (int, float)):  # a JSON number: a Unix timestamp, else a year
        stamp = epoch_date(value)
        if stamp is not None:
            ctx.add(field, stamp[0], f"{path}/{key}", str(value), precision=stamp[1])
            return
    raw = _text(value, 200)
    if not raw:
        return
    parsed = to_date(raw, ctx.language)
    if parsed is None:
        return
    ctx.add(field, parsed[0], f"{path}/{key}", raw, precision=parsed[1])


def _kind_of(types: Any) -> str | None:
    names: set[str] = set()
    for item in _as_list(types):
        if isinstance(item, str):
            text = item
            for sep in ("/", "#", ":"):
                if sep in text:
                    text = text.rsplit(sep, 1)[-1]
            names.add(type_name(text))
    if names & ORGANIZATION_TYPES:
        return "organization"
    if names & PERSON_TYPES:
        return "person"
    if names & SOFTWARE_TYPES:
        return "software"
    return None


def _person_name(data: dict[str, Any]) -> str | None:
    name = _text(data.get("name"), 300)
    if name:
        return name
    parts = [_text(data.get(k), 100) for k in ("givenName", "additionalName", "familyName")]
    joined = " ".join(p for p in parts if p)
    return joined or _text(data.get("alternateName"), 300)


def _same_as(ctx: _Ctx, value: Any) -> tuple[str, ...]:
    out: list[str] = []
    for item in _as_list(value)[:20]:
        url = to_url(item) if isinstance(item, str) else None  # absolute URLs only
        if url and url not in out:
            out.append(url)
    return tuple(out)


def _split_names(name: str, kind: str | None) -> list[Author]:
    """One name, or several when the string clearly lists several people ("A and B")."""
    if kind not in ("organization", "software"):
        listed = surname_first_list(name)
        if listed:
            people = [a for n in listed for a in authors_from_text(n, split=False)]
            if len(people) == len(listed):
                return people
        found = authors_from_text(name)
        if len(found) > 1 and all(len(a.name.split()) >= 2 for a in found):
            return list(found)
    cleaned = clean_name(name) or (
        clean_text(name, 200) if kind in ("organization", "software") else None
    )
    return [Author(name=cleaned)] if cleaned else []


def _author_from_dict(ctx: _Ctx, data: dict[str, Any], path: str) -> list[Author]:
    listed = data.get("name")
    if isinstance(listed, list) and len(listed) > 1 and all(isinstance(n, str) for n in listed):
        # "name": ["A", "B"]: one entry naming several people; each is an author (what else
        # the entry says cannot be told apart, so it is not copied to each).
        return [
            author
            for one in listed[:_MAX_LIST]
            for author in _author_from_dict(ctx, {"@type": data.get("@type"), "name": one}, path)
        ]
    name = _person_name(data)
    if not name:
        return []
    kind = _kind_of(data.get("@type"))
    found = _split_names(name, kind)
    if len(found) != 1:
        return [
            attrs.evolve(
                a, kind=AuthorKind.PERSON if looks_like_person(a.name) else AuthorKind.ORGANIZATION
            )
            for a in found
        ]
    base = found[0]
    if kind is None:
        kind = "person" if looks_like_person(base.name) else "organization"
    elif kind == "person" and is_agency(base.name):
        kind = "organization"  # a news agency typed as a Person ("Reuters") is not one
    url, _ = ctx.url(data.get("url"), f"{path}/url")
    image, _ = ctx.url(data.get("image"), f"{path}/image")
    email = _text(data.get("email"), 300)
    if email and email.lower().startswith("mailto:"):
        email = email[7:]
    job = _text(data.get("jobTitle"), 200)
    return [
        Author(
            name=base.name,
            kind=AuthorKind(kind),
            url=url,
            email=email if email and is_email(email) else None,
            same_as=_same_as(ctx, data.get("sameAs")),
            job_title=job,
            image=image,
        )
    ]


def _authors(ctx: _Ctx, value: Any, path: str) -> tuple[list[Author], str]:
    value, path = ctx.follow(value, path)
    if isinstance(value, dict) and "@list" in value:
        value, path = _list_object(value), f"{path}/@list"
    items = value if isinstance(value, list) else [value]
    out: list[Author] = []
    first_path = path
    for i, item in enumerate(items[:_MAX_LIST]):
        ipath = f"{path}/{i}" if isinstance(value, list) else path
        item, ipath = ctx.follow(item, ipath)
        if isinstance(item, str):
            text = item.strip()
            if not text or text.startswith(("http://", "https://", "/", "#")):
                continue
            found = _split_names(clean_text(text, 500) or "", None)
            found = [
                attrs.evolve(
                    a,
                    kind=AuthorKind.PERSON
                    if looks_like_person(a.name)
                    else AuthorKind.ORGANIZATION,
                )
                for a in found
            ]
        elif isinstance(item, dict):
            found = _author_from_dict(ctx, item, ipath)
        else:
            continue
        if found and not out:
            first_path = f"{ipath}/name" if isinstance(item, dict) else ipath
        out.extend(found)
    seen: set[str] = set()
    unique: list[Author] = []
    for author in out:
        key = author.name.casefold()
        if key not in seen:
            seen.add(key)
            unique.append(author)
    return unique, first_path if len(unique) == 1 else path


def _organization(ctx: _Ctx, value: Any, path: str) -> tuple[Organization | None, str]:
    value, path = ctx.follow(value, path)
    if isinstance(value, list):
        for i, item in enumerate(value[:10]):
            org, where = _organization(ctx, item, f"{path}/{i}")
            if org is not None:
                return org, where
        return None, path
    if isinstance(value, str):
        name = clean_text(value, 300)
        if not name or name.startswith(("http://", "https://")):
            return None, path
        return Organization(name=name), path
    if not isinstance(value, dict):
        return None, path
    # The name, else the legal name, else another name; an address is not a name.
    name = next(
        (
            n
            for n in (_text(value.get(k), 300) for k in ("name", "legalName", "alternateName"))
            if n and not n.startswith(("http://", "https://", "www."))
        ),
        None,
    )
    if not name:
        return None, path
    url, _ = ctx.url(value.get("url"), f"{path}/url")
    logo, _ = ctx.url(value.get("logo"), f"{path}/logo")
    return Organization(
        name=name, url=url, logo=logo, same_as=_same_as(ctx, value.get("sameAs"))
    ), path


def _strings(value: Any, split: bool) -> list[str]:
    out: list[str] = []
    for item in _as_list(value):
        text = _text(item, 500) if isinstance(item, (str, dict)) else None
        if not text:
            continue
        parts = text.split(",") if split and "," in text else [text]
        for part in parts:
            part = part.strip()
            if part and part not in out and len(part) <= 200:
                out.append(part)
            if len(out) >= _MAX_LIST:
                return out
    return out


def _comment_count(ctx: _Ctx, data: dict[str, Any], path: str) -> None:
    if "commentCount" in data:
        count = to_int(data.get("commentCount"))
        if count is not None:
            ctx.add("comment_count", count, f"{path}/commentCount", str(data["commentCount"]))
            return
    stats = data.get("interactionStatistic")
    for i, stat in enumerate(_as_list(stats)):
        where = f"{path}/interactionStatistic" + (f"/{i}" if isinstance(stats, list) else "")
        stat, spath = ctx.follow(stat, where)
        if not isinstance(stat, dict):
            continue
        kind = stat.get("interactionType")
        if isinstance(kind, dict):
            kind = kind.get("@type") or kind.get("@id")
        if isinstance(kind, str) and kind.rstrip("/").endswith("CommentAction"):
            count = to_int(stat.get("userInteractionCount"))
            if count is not None:
                raw = str(stat.get("userInteractionCount"))
                ctx.add("comment_count", count, f"{spath}/userInteractionCount", raw)
                return


def _language(value: Any) -> str | None:
    if isinstance(value, dict):
        value = value.get("alternateName") or value.get("name") or value.get("@value")
    text = _text(value, 50)
    if not text or " " in text.strip():
        return None
    # A tag or a language's name, as a BCP 47 tag; anything else as written.
    return bcp47(text) or text


def item_candidates(
    page: Page,
    data: dict[str, Any],
    path: str,
    *,
    source: SourceKind,
    confidence: float,
    loc: Callable[[str], str],
    resolve: Resolver = _no_resolve,
    title_from_name: float | None = None,
) -> list[Candidate]:
    """Candidates for the article fields found in one schema.org item.

    ``path`` is the item's own path (``"0#/@graph/1"``); ``loc`` turns a path into the
    locator stored as evidence. ``title_from_name`` is the confidence of ``name`` as a title
    (default: slightly below ``headline``).
    """
    ctx = _Ctx(page, source, confidence, loc, resolve)
    language = _language(data.get("inLanguage") or data.get("language"))
    if language:
        ctx.language = language
        key = "inLanguage" if "inLanguage" in data else "language"
        ctx.add("language", language, f"{path}/{key}", language)

    if not _emit_text(ctx, data, "headline", "title", path):
        name_conf = confidence - 0.05 if title_from_name is None else title_from_name
        _emit_text(ctx, data, "name", "title", path, confidence=name_conf)
    if not _emit_text(ctx, data, "description", "description", path):
        _emit_text(ctx, data, "abstract", "description", path, confidence=confidence - 0.05)

    publisher, ppath = _organization(ctx, data.get("publisher"), f"{path}/publisher")
    if publisher is None and "sourceOrganization" in data:
        publisher, ppath = _organization(
            ctx, data.get("sourceOrganization"), f"{path}/sourceOrganization"
        )
    if publisher is not None:
        ctx.add("publisher", publisher, ppath, publisher.name)
        ctx.add("site_name", publisher.name, ppath + "/name", publisher.name, confidence=0.7)

    for key in ("author", "creator"):
        if key not in data:
            continue
        authors, apath = _authors(ctx, data.get(key), f"{path}/{key}")
        if not authors:
            continue
        conf = confidence if key == "author" else confidence - 0.1
        if publisher is not None and any(
            a.name.casefold() == publisher.name.casefold() for a in authors
        ):
            # The site credited as author: keep it as an organisation, with less weight.
            authors = [
                attrs.evolve(a, kind=AuthorKind.ORGANIZATION)
                if a.name.casefold() == publisher.name.casefold()
                else a
                for a in authors
            ]
            conf = min(conf, 0.5)
        authors, conf = weigh_authors(authors, conf)
        if not authors:
            continue
        raw = "; ".join(a.name for a in authors)
        ctx.add("authors", tuple(authors), apath, raw, confidence=conf)
        break

    _emit_date(ctx, data, "datePublished", "date_published", path)
    _emit_date(ctx, data, "dateModified", "date_modified", path)
    _emit_date(ctx, data, "dateCreated", "date_created", path)

    for key in ("image", "thumbnailUrl", "primaryImageOfPage"):
        if key in data:
            image, ipath = ctx.url(data.get(key), f"{path}/{key}")
            if image:
                ctx.add("image", image, ipath, image)
                break

    canonical = None
    if "mainEntityOfPage" in data:
        canonical, cpath = ctx.url(data.get("mainEntityOfPage"), f"{path}/mainEntityOfPage")
        if canonical:
            canonical = canonical.split("#", 1)[0]
            ctx.add("canonical_url", canonical, cpath, canonical)
    if canonical is None and "url" in data:
        url, upath = ctx.url(data.get("url"), f"{path}/url")
        if url:
            url = url.split("#", 1)[0]
            ctx.add("canonical_url", url, upath, url, confidence=confidence - 0.1)

    section_values = _strings(data.get("articleSection"), split=False)
    if section_values:
        ctx.add("section", section_values[0], f"{path}/articleSection", section_values[0])
        ctx.add(
            "categories",
            tuple(section_values),
            f"{path}/articleSection",
            ", ".join(section_values),
        )
    tags = _strings(data.get("keywords"), split=True)
    if tags:
        ctx.add("tags", tuple(tags), f"{path}/keywords", ", ".join(tags))

    for key in ("license", "usageInfo"):
        value = data.get(key)
        if value is None:
            continue
        lic, lpath = ctx.url(value, f"{path}/{key}")
        if lic is None:
            resolved, lpath = ctx.follow(value, f"{path}/{key}")
            lic = _text(resolved, 300)
        if lic:
            ctx.add("license", lic, lpath, lic)
            break

    count = 0
    for key in ("isBasedOn", "isBasedOnUrl", "citation"):
        value = data.get(key)
        for i, item in enumerate(_as_list(value)[:50]):
            ipath = f"{path}/{key}/{i}" if isinstance(value, list) else f"{path}/{key}"
            resolved, rpath = ctx.follow(item, ipath)
            if isinstance(resolved, str):  # an address or a title, as written
                ref = reference(resolved[:500], ctx.base_url)
            else:
                ref, rpath = ctx.url(item, ipath)
                if ref is None:
                    resolved, rpath = ctx.follow(item, ipath)
                    ref = _text(resolved, 500)
            if ref and count < 50:
                ctx.add("based_on", ref, rpath, ref)
                count += 1

    _comment_count(ctx, data, path)
    if "wordCount" in data:
        words = to_int(data.get("wordCount"))
        if words is not None:
            ctx.add("word_count", words, f"{path}/wordCount", str(data["wordCount"]))
    return ctx.out


def site_candidates(
    page: Page,
    data: dict[str, Any],
    path: str,
    *,
    source: SourceKind,
    loc: Callable[[str], str],
) -> list[Candidate]:
    """site_name and language from a WebSite item."""
    out: list[Candidate] = []
    name = _text(data.get("name"), 300) or _text(data.get("alternateName"), 300)
    if name:
        out.append(
            Candidate(
                field="site_name", value=name, source=source, locator=loc(f"{path}/name"),
                raw=name, confidence=0.85,
            )
        )  # fmt: skip
    language = _language(data.get("inLanguage"))
    if language:
        out.append(
            Candidate(
                field="language", value=language, source=source,
                locator=loc(f"{path}/inLanguage"), raw=language, confidence=0.6,
            )
        )  # fmt: skip
    return out
