"""Meta-tag source: OpenGraph, ``article:*``, Twitter cards, Dublin Core, ``citation_*``,
``parsely-*``, ``sailthru.*``, common ``<meta name>`` conventions, ``<link rel>``,
``<html lang>`` and the ``<title>`` element.

Every ``<meta>`` is read once, through one table lookup on its normalised key (``property``,
``name``, ``http-equiv`` or, in ``<head>``, ``itemprop``). Locators look like
``meta[@property="og:title"]``; ``raw`` is the ``content`` as written.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Sequence
from typing import Any

import attrs
from lxml.html import HtmlElement

from newsmeta._extract._candidates import SITE_ONLY_TITLE, Candidate
from newsmeta._extract._lang import bcp47
from newsmeta._extract._page import Page, element_text, locator
from newsmeta._extract._schemaorg import weigh_authors
from newsmeta._extract._values import (
    authors_from_text,
    clean_text,
    surname_first,
    surname_first_list,
    to_date,
    to_url,
)
from newsmeta._extract._words import NOT_SITE_LABELS
from newsmeta._extract.sources.dateline import unix_time
from newsmeta._extract.sources.headline import in_boilerplate
from newsmeta._models import Author, AuthorKind, Organization, SourceKind

__all__ = ["candidates", "without_byline", "without_marker", "without_site"]

OG = SourceKind.OPENGRAPH
TW = SourceKind.TWITTER
DC = SourceKind.DUBLIN_CORE
CIT = SourceKind.CITATION
PAR = SourceKind.PARSELY
SAIL = SourceKind.SAILTHRU
META = SourceKind.META

# kind: how the content is read.
#   text, date, url, image, lang, section, publisher, license: one value, first meta wins
#   authors: a byline, split ("A and B"); author: one name per meta (accumulated)
#   tags: a comma/semicolon list; tag: one tag per meta (accumulated)
_Rule = tuple[str, SourceKind, float, str]
_RULES: dict[str, _Rule] = {}


def _rule(field: str, source: SourceKind, confidence: float, kind: str, *keys: str) -> None:
    for key in keys:
        _RULES[key] = (field, source, confidence, kind)


# titles
_rule("title", OG, 0.8, "text", "og:title")
_rule("title", TW, 0.7, "text", "twitter:title")
_rule("title", DC, 0.75, "text", "dc.title", "dcterms.title")
_rule("title", CIT, 0.8, "text", "citation_title")
_rule("title", PAR, 0.75, "text", "parsely-title")
# Weibo's share card (Chinese portals): "weibo: article:title", "weibo: webpage:title".
_rule("title", META, 0.55, "text", "weibo:article:title", "weibo:webpage:title")
_rule("title", SAIL, 0.75, "text", "sailthru.title")
_rule("title", META, 0.55, "text", "headline", "title", "itemprop:headline")
# The page's name as the head's schema.org tags give it (<meta itemprop="name">, beside
# itemprop description and image): weaker than a headline, as it may name the site.
_rule("title", META, 0.35, "text", "itemprop:name")
# descriptions
_rule("description", OG, 0.93, "text", "og:description")
_rule("description", TW, 0.65, "text", "twitter:description")
_rule("description", DC, 0.7, "text", "dc.description", "dcterms.description", "dcterms.abstract")
_rule("description", CIT, 0.7, "text", "citation_abstract")
_rule("description", SAIL, 0.7, "text", "sailthru.description")
_rule("description", META, 0.65, "text", "weibo:article:description", "weibo:webpage:description")
_rule("description", META, 0.91, "text", "description", "itemprop:description")
# authors
_rule("authors", OG, 0.75, "author", "article:author", "og:article:author", "book:author")
_rule("authors", OG, 0.75, "author", "og:author")
_rule("authors", DC, 0.75, "author", "dc.creator", "dcterms.creator", "dc.creator.personalname")
_rule("authors", CIT, 0.75, "author", "citation_author", "citation_authors")
_rule("authors", PAR, 0.75, "author", "parsely-author")
_rule("authors", SAIL, 0.75, "authors", "sailthru.author")
_rule("authors", META, 0.42, "authors", "author", "byl", "byline", "itemprop:author")
# the byline a cXense-tagged page (European and Japanese news sites) gives its analytics
_rule("authors", META, 0.42, "authors", "cxenseparse:author")
# dates
_rule("date_published", OG, 0.8, "date", "article:published_time", "og:article:published_time")
_rule("date_published", OG, 0.7, "date", "og:published_time", "article:published")
# Korean portals' registration stamp, often compact ("20210820030646").
_rule("date_published", OG, 0.7, "date", "og:regdate")
_rule("date_modified", OG, 0.8, "date", "article:modified_time", "og:article:modified_time")
_rule("date_modified", OG, 0.7, "date", "og:updated_time", "article:modified")
_rule(
    "date_published",
    DC,
    0.75,
    "date",
    "dc.date",
    "dc.date.issued",
    "dc.date.published",
    "dc.issued",
    "dcterms.issued",
    "dcterms.date",
)
_rule("date_created", DC, 0.7, "date", "dc.date.created", "dcterms.created", "dc.created")
_rule("date_modified", DC, 0.7, "date", "dc.date.modified", "dcterms.modified", "dc.modified")
_rule("date_published", CIT, 0.75, "date", "citation_publication_date", "citation_date")
_rule("date_published", CIT, 0.6, "date", "citation_online_date")
# PRISM, the publishing industry's vocabulary (journals, magazines): the publication day.
_rule("date_published", CIT, 0.75, "date", "prism.publicationdate")
_rule("date_published", PAR, 0.75, "date", "parsely-pub-date")
_rule("date_published", SAIL, 0.75, "date", "sailthru.date")
_rule("date_published", META, 0.6, "date", "weibo:article:create_at")
_rule("date_modified", META, 0.5, "date", "weibo:article:update_at")
_rule(
    "date_published", META, 0.6, "date",
    "pubdate", "publishdate", "publish-date", "publish_date", "published_date", "published-date",
    "publication_date", "publication-date", "date", "article.published", "article_date_original",
    "original-publish-date", "originalpublicationdate", "datepublished", "date_published",
    "displaydate", "release_date", "cxenseparse:recs:publishtime", "pub_date", "pdate",
    "itemprop:datepublished", "publish_time", "published_time", "publisheddate", "dateposted",
    "article:post_date", "article:publicationdate", "timestamp",
)  # fmt: skip
_rule(
    "date_modified", META, 0.5, "date",
    "last-modified", "lastmod", "article.updated", "modified", "datemodified", "date_modified",
    "updated", "revised", "article:modified_date", "itemprop:datemodified", "lastmodified",
    "last_modified", "modified_time", "itemprop:dateupdate", "updated_time", "revision_date",
    "modificationdate", "article:post_modified",
)  # fmt: skip
_rule("date_modified", META, 0.35, "date", "http-equiv:last-modified")
_rule("date_created", META, 0.5, "date", "created", "creation_date", "creationdate", "date_created",
      "article.created")  # fmt: skip
# The HTTP Date header copied into the page: when it was served, often its publication day.
_rule("date_published", META, 0.4, "date", "http-equiv:date")
_rule("date_created", META, 0.5, "date", "itemprop:datecreated")
# site, publisher
_rule("site_name", OG, 0.8, "text", "og:site_name")
_rule("site_name", META, 0.6, "text", "application-name")
_rule("site_name", META, 0.4, "text", "apple-mobile-web-app-title")
_rule("site_name", CIT, 0.5, "text", "citation_journal_title")
_rule("publisher", DC, 0.6, "publisher", "dc.publisher", "dcterms.publisher")
_rule("publisher", CIT, 0.6, "publisher", "citation_publisher")
_rule("publisher", META, 0.5, "publisher", "publisher")
# OpenGraph's article:publisher is the publisher's profile URL; written as a name, it names it.
_rule("publisher", OG, 0.5, "publisher", "article:publisher")
# images
_rule("image", OG, 0.8, "image", "og:image", "og:image:url", "og:image:secure_url")
_rule("image", TW, 0.7, "image", "twitter:image", "twitter:image:src")
_rule("image", PAR, 0.7, "image", "parsely-image-url")
_rule("image", SAIL, 0.7, "image", "sailthru.image.full", "sailthru.image")
_rule("image", META, 0.5, "image", "thumbnail", "itemprop:image", "image")
# canonical URL
_rule("canonical_url", OG, 0.75, "url", "og:url")
_rule("canonical_url", TW, 0.6, "url", "twitter:url")
_rule("canonical_url", PAR, 0.7, "url", "parsely-link")
_rule("canonical_url", CIT, 0.6, "url", "citation_public_url", "citation_abstract_html_url")
# language
_rule("language", OG, 0.6, "lang", "og:locale")
_rule("language", DC, 0.7, "lang", "dc.language", "dcterms.language")
_rule("language", CIT, 0.7, "lang", "citation_language")
_rule("language", META, 0.55, "lang", "language", "content-language", "http-equiv:content-language")
_rule("language", META, 0.55, "lang", "itemprop:inlanguage")
# section, tags
_rule("section", OG, 0.8, "text", "article:section", "og:article:section")
_rule("section", PAR, 0.75, "text", "parsely-section")
_rule("section", META, 0.6, "text", "section", "article-section", "category")
_rule("tags", OG, 0.8, "tag", "article:tag", "og:article:tag", "book:tag")
_rule("tags", PAR, 0.75, "tags", "parsely-tags")
_rule("tags", SAIL, 0.75, "tags", "sailthru.tags")
_rule("tags", DC, 0.6, "tag", "dc.subject", "dcterms.subject")
_rule("tags", CIT, 0.7, "tags", "citation_keywords")
_rule("tags", META, 0.65, "tags", "news_keywords")
_rule("tags", META, 0.5, "tags", "keywords")
# license
_rule("license", DC, 0.7, "license", "dcterms.license")
_rule("license", DC, 0.6, "license", "dc.rights", "dcterms.rights")
# special keys handled in code
_PARSELY_PAGE = "parsely-page"
_SPECIAL_PREFIXES = ("parsely-page", "twitter:label", "twitter:data")
_VOCAB_PREFIXES = ("og:", "article:", "rnews:")
_TWITTER_LABEL = re.compile(r"^twitter:label(\d)$")
_TWITTER_DATA = re.compile(r"^twitter:data(\d)$")
_WRITTEN_BY = re.compile(r"written by|author|autor|auteur|geschrieben von|escrito por", re.I)
_TAG_SPLIT = re.compile(r"\s*[,;]\s*")
_QUOTES = "\"'“”„«»‘’"
# Separators between a title's parts ("Headline | Site"); the site suffix may also follow
# " · " or ": ", or a pipe written without spaces ("Headline|Site").
_PART_SEPARATORS = (" | ", " - ", " – ", " — ", " :: ", " » ", " > ")
_TITLE_SEPARATORS = (*_PART_SEPARATORS, " · ", ": ", "|")
_SLASH_DATE = re.compile(r"^(\d{4})/(\d{1,2})(?:/(\d{1,2}))?$")
_MAX_TAGS = 100
_LINK_RELS = re.compile(r"canonical|license|image_src|author", re.I)


def _key(attr: str, value: str) -> str:
    key = value.strip().lower()
    if key.startswith(("dc:", "dcterms:")):
        key = key.replace(":", ".", 1)
    elif key.startswith("weibo:"):  # "weibo: article:title", written with a space
        key = key.replace(" ", "")
    if attr == "http-equiv":
        return "http-equiv:" + key
    if attr == "itemprop":
        return "itemprop:" + key
    return key


def _property_terms(value: str) -> tuple[str, ...]:
    """The keys of an RDFa ``property`` that lists several terms ("dc:title og:title"),
    each normalised like a single one, in the order written."""
    return tuple(_key("property", term) for term in value.split()[:8])


def _outside_items(el: HtmlElement) -> bool:
    return not any(a.get("itemscope") is not None for a in el.iterancestors())


def _locator(attr: str, value: str) -> str:
    return f'meta[@{attr}="{value.strip()[:100]}"]'


def _lang(text: str) -> str | None:
    return bcp47(text)


def _date(text: str) -> tuple[Any, str] | None:
    text = text.strip()
    if text.isdigit():  # <meta name="timestamp" content="1717492500">: Unix seconds or ms
        stamp = unix_time(text)
        if stamp is not None:
            return stamp, "second"
    match = _SLASH_DATE.match(text)
    if match:  # citation_publication_date style "2012/05/31" or "2012/05"
        text = f"{match[1]}-{int(match[2]):02d}" + (f"-{int(match[3]):02d}" if match[3] else "")
    return to_date(text)


def _strip_site(title: str, site: str | None) -> str | None:
    """``title`` without a trailing (or leading) " | Site" part naming ``site``."""
    if not site:
        return None
    folded, site_f = title.casefold(), site.casefold()
    for sep in _TITLE_SEPARATORS:
        if folded.endswith(sep.casefold() + site_f):
            stripped = title[: len(title) - len(sep) - len(site)].strip()
            return stripped or None
        if folded.startswith(site_f + sep.casefold()):
            stripped = title[len(site) + len(sep) :].strip()
            return stripped or None
    return _strip_site_loose(title, folded, site_f) or _before_site_and_tagline(
        title, folded, site_f
    )


def _before_site_and_tagline(title: str, folded: str, site_f: str) -> str | None:
    """The headline of "Headline – Site – The site's tagline": what stands before the
    site's name when another part follows it, if that is a headline (three words or more)."""
    if len(folded) != len(title):
        return None
    for sep in _PART_SEPARATORS:
        at = folded.find(sep.casefold() + site_f)
        if at <= 0:
            continue
        after = folded[at + len(sep) + len(site_f) :]
        if after.startswith(_PART_SEPARATORS) and len(after.strip(" |-–—:»>")) > 0:
            head = title[:at].strip()
            return head if len(head.split()) >= 3 else None
    return None


def without_site(title: str, names: Sequence[str | None]) -> str | None:
    """``title`` without an affix naming one of the site's ``names`` (the name the page
    settles on, its publisher's), or None when it carries none: a metadata title keeps the
    affix when only structured data names the site ("Headline - The Valley Courier and
    Post" beside a JSON-LD publisher of that name)."""
    for name in names:
        if name and len(name) < len(title):
            stripped = _strip_site(title, name)
            if stripped:
                return stripped
    return None


# A mark a metadata title adds after the headline in brackets: what the page holds besides
# the text ("(VIDEO)", "[Photos]", "(Podcast)") or that it was updated ("(Updated)"); the
# headline the page prints goes without it.
_MARKER = re.compile(
    r"\s*[(\[](?:\+?\s*(?:videos?|v[íi]deos?|vidéo|photos?|fotos?|pics|pictures|gallery|"
    r"galerie|galer[íi]a|bildergalerie|audio|podcast|live|watch|listen|interactive|"
    r"updated?|aktualisiert|actualizado|actualis[ée]e?|mis à jour|aggiornato|atualizado))"
    r"\s*[)\]]$",
    re.I,
)


def without_marker(title: str) -> str | None:
    """``title`` without a bracketed mark at its end ("Headline (VIDEO)"), or None."""
    match = _MARKER.search(title)
    if match is None or match.start() == 0:
        return None
    head = title[: match.start()].rstrip(" -–—|:")
    return head if len(head.split()) >= 2 else None


# The byline a metadata title carries after the headline ("Headline by Jane Doe").
_BY_WORDS = (" by ", " von ", " par ", " por ", " door ", " av ", " di ")


def without_byline(title: str, names: Sequence[str]) -> str | None:
    """``title`` without " by <Name>" at its end when the name is one of the page's
    authors' ``names``, or None."""
    folded = title.casefold()
    for name in names:
        name_f = " ".join(name.casefold().split())
        if not name_f or not folded.endswith(name_f):
            continue
        rest = folded[: len(folded) - len(name_f)]
        for word in _BY_WORDS:
            if rest.endswith(word):
                head = title[: len(rest) - len(word)].rstrip(" ,-–—|:")
                return head if len(head.split()) >= 3 else None
    return None


# Any other short run of punctuation set apart by spaces between the site's name and the
# headline ("Headline ~ Site", "Headline // Site", "Site › Headline", "Headline ｜ Site"):
# next to the site's known name it is a separator whatever its sign. Not a quote, a bracket
# or a sentence's own stop ("Is it over? Site" ends a question, not an affix).
_LOOSE_SEP = r"[^\w\s\"'“”„‘’«()\[\]{}.,!?;:]{1,3}"
_LOOSE_TAIL = re.compile(rf"\s{_LOOSE_SEP}\s+$")
_LOOSE_HEAD = re.compile(rf"^\s+{_LOOSE_SEP}\s")


# The site's name set in square or lenticular brackets after or before the headline
# ("Headline [Site]", "【Site】Headline"; round ones only after it, "Headline (Site)", as
# the site's own name credits no other source of the story), or after a sign of the
# full-width forms Chinese and Japanese titles use, with or without spaces ("見出し｜サイト",
# "見出し：サイト"), or after a "«" that opens no quote ("Headline « Site", the counterpart
# of "Site » Headline"), or a colon set apart by spaces ("Site : Headline").
_OPENERS = {"[": "]", "【": "】", "［": "］", "〔": "〕", "《": "》"}
_TAIL_OPENERS = {**_OPENERS, "(": ")", "（": "）"}
_CLOSERS = frozenset(_TAIL_OPENERS.values())
_WIDE_TAIL = re.compile(r"(?:\s*[｜：－／・～〜│]|\s+[«:])\s*$")
_WIDE_HEAD = re.compile(r"^(?:\s*[｜：－／・～〜│]|\s+[»:])\s*")


def _strip_site_loose(title: str, folded: str, site_f: str) -> str | None:
    if len(folded) != len(title):  # casefolding changed the length ("ß"): no safe cut
        return None
    if folded.endswith(site_f) and len(folded) > len(site_f):
        rest = title[: len(title) - len(site_f)]
        match = _LOOSE_TAIL.search(rest) or _WIDE_TAIL.search(rest)
        if match:
            return title[: match.start()].strip() or None
    if folded.startswith(site_f) and len(folded) > len(site_f):
        rest = title[len(site_f) :]
        match = _LOOSE_HEAD.match(rest) or _WIDE_HEAD.match(rest)
        if match:
            return title[len(site_f) + match.end() :].strip() or None
    return _strip_bracketed_site(title, folded, site_f)


def _strip_bracketed_site(title: str, folded: str, site_f: str) -> str | None:
    """``title`` without the site's name in brackets at its end or start."""
    size = len(site_f) + 2
    if len(folded) <= size:
        return None
    tail = folded[-size:]
    if tail[0] in _TAIL_OPENERS and tail[-1] == _TAIL_OPENERS[tail[0]] and tail[1:-1] == site_f:
        return title[:-size].strip() or None
    head = folded[:size]
    if head[0] in _OPENERS and head[-1] == _OPENERS[head[0]] and head[1:-1] == site_f:
        return title[size:].strip() or None
    return None


def _title_core(title: str) -> str | None:
    """The headline of a "Site - Headline - Section - Site" title: its one long part.

    Only for titles cut into three or more parts by one separator, when one part is
    clearly the longest (twice any other): site names and sections are short.
    """
    for sep in _PART_SEPARATORS:
        parts = [p.strip() for p in title.split(sep)]
        if len(parts) < 3:
            continue
        parts.sort(key=len, reverse=True)
        if len(parts[0]) >= 2 * len(parts[1]) and len(parts[0].split()) >= 3:
            return parts[0]
        return None
    return None


# Separators that never join the words of a headline (a dash or a colon may); a pipe
# sets an affix apart even without spaces ("Site|Headline").
_AFFIX_SEPARATORS = (" | ", " » ", " > ", " :: ", " · ", " • ", "|", "｜")
# "Headline « Site" (the counterpart of "Site » Headline"), when no "»" closes the "«" as a
# quote.
_AFFIX_SEPARATORS_GUILLEMET = (*_AFFIX_SEPARATORS, " « ")


_DASH_SEPARATORS = (" - ", " – ", " — ")
# "Headline_Site" between Chinese or Japanese characters (never in a snake_case word), or
# "Headline——Site": the double dash that Chinese and Japanese write without spaces.
_CJK_UNDERSCORE = re.compile(
    r"(?<=[\u3040-\u30ff\u3400-\u9fff\uff00-\uffef])(?:_|——)(?=[\u3040-\u30ff\u3400-\u9fff])"
)


def _is_name(text: str) -> bool:
    """A name: two or three words, each opened by a capital letter, no final stop."""
    words = text.split()
    return 1 < len(words) <= 3 and all(w[0].isupper() for w in words) and text[-1] not in ".!?:;,"


def _title_case(text: str) -> bool:
    """Every word of four letters or more opened by a capital ("Students for Bad Grades"):
    a capitalised part after a dash may then be the headline's own ("– Until Now")."""
    words = [w for w in text.split() if len(w) >= 4 and w[0].isalpha()]
    return bool(words) and all(w[0].isupper() for w in words)


def _short_side(long: str, short: str) -> bool:
    # Chinese and Japanese write no spaces: eight characters make a headline there.
    words = len(long.split()) >= 3 or (" " not in long and len(long) >= 8 and not long.isascii())
    return len(short.split()) <= 3 and len(long) >= 2 * len(short) and words


def _title_side(title: str) -> str | None:
    """The headline of a "Headline | Site" or "Site » Headline" title whose site is not
    known: the one long side, when the other is a short name (three words at most) and the
    headline is at least twice as long. After a dash only a name ends the title ("Headline
    - Valley Ledger"), and only after a headline not written in title case: a dash also
    joins a headline's own parts ("Huts open early – the dry spring …", "Hund vertreibt
    Einbrecher – Zeugenaufruf", "Students for Bad Grades – Until Now")."""
    for sep in _AFFIX_SEPARATORS if "»" in title else _AFFIX_SEPARATORS_GUILLEMET:
        parts = [p.strip() for p in title.split(sep)]
        if len(parts) != 2:
            continue
        long, short = sorted(parts, key=len, reverse=True)
        if _short_side(long, short):
            return long
        return None
    cjk = _CJK_UNDERSCORE.split(title)
    if len(cjk) == 2:
        long, short = cjk
        return long if _short_side(long, short) else None
    for sep in _DASH_SEPARATORS:
        parts = [p.strip() for p in title.split(sep)]
        if len(parts) != 2:
            continue
        long, short = parts
        if _short_side(long, short) and _is_name(short) and not _title_case(long):
            return long
        return None
    return None


def _section_side(stripped: str, title: str) -> str | None:
    """The headline of "Site — Section — Headline" or "Headline - Opinion - Site" once the
    site is cut: the dash that set the site apart sets a section apart as well, next to the
    site, when that side is one or two capitalised words and the other a headline twice as
    long ("Ukraine - the war in numbers - Site" keeps its first part)."""
    for sep in _DASH_SEPARATORS:
        if title.count(sep) != 2 or stripped.count(sep) != 1:
            continue
        first, second = (p.strip() for p in stripped.split(sep))
        if title.startswith(stripped):  # the site came last: the section before it
            long, short = first, second
        elif title.endswith(stripped):  # the site came first: the section after it
            long, short = second, first
        else:
            return None
        words = short.split()
        if (
            len(words) <= 2
            and all(w[0].isupper() for w in words)
            and short[-1] not in ".!?:;,"
            and _short_side(long, short)
        ):
            return long
        return None
    return None


_NOT_ALNUM = re.compile(r"[^0-9a-z]+")


def _host_label(url: str | None) -> str | None:
    """The longest label of the page's host that can name the site (``coastresearch`` of
    ``blog.coastresearch.example``), without hyphens."""
    if not url:
        return None
    host = url.split("//", 1)[-1].split("/", 1)[0].split("@")[-1].split(":", 1)[0].lower()
    labels = [lab for lab in host.split(".")[:-1] if lab not in NOT_SITE_LABELS]
    label = max(labels, key=len, default="").replace("-", "")
    return label if len(label) >= 3 else None


# A colon sets the site apart too ("Valley Post: Headline"), when that part names the host.
_HOST_SEPARATORS = (*_PART_SEPARATORS, ": ")


def _host_part(title: str, url: str | None) -> str | None:
    """The part of a "Headline | Site" ``<title>`` that names the page's host, when no meta
    tag or site header names the site: "Coast Research Blog" on coastresearch.example,
    "BBC News" on bbc.co.uk. The first or last part, at most five words, whose letters start
    with the host's label (or that the label starts with); never when two parts do."""
    label = _host_label(url)
    if label is None:
        return None
    if title[-1:] in _CLOSERS:
        named = _bracketed_host(title, label)
        if named:
            return named
    for sep in _HOST_SEPARATORS:
        parts = [p.strip() for p in title.split(sep)]
        if len(parts) < 2:
            continue
        keys = [_NOT_ALNUM.sub("", p.casefold()) for p in parts]
        hits = [
            i
            for i, key in enumerate(keys)
            if len(key) >= 4 and (key.startswith(label) or label.startswith(key))
        ]
        if len(hits) != 1 or hits[0] not in (0, len(parts) - 1):
            return None
        part = parts[hits[0]]
        return part if len(part.split()) <= 5 else None
    return None


def _bracketed_host(title: str, label: str) -> str | None:
    """The name in brackets that ends a "Headline (Site)" or "Headline [Site.com]" title,
    when its letters start with the host's ``label`` (or the label starts with them)."""
    opener = next((o for o, c in _TAIL_OPENERS.items() if c == title[-1]), "")
    at = title.rfind(opener, 0, len(title) - 1)
    if at <= 0 or len(title) - at > 60:
        return None
    name = title[at + 1 : -1].strip()
    key = _NOT_ALNUM.sub("", name.casefold())
    if len(key) >= 4 and (key.startswith(label) or label.startswith(key)):
        return name
    return None


def _looks_suffixed(title: str) -> bool:
    return any(sep in title for sep in _PART_SEPARATORS)


class _Collector:
    __slots__ = ("accum", "base", "out", "seen", "site")

    def __init__(self, page: Page) -> None:
        self.out: list[Candidate] = []
        self.seen: set[tuple[str, SourceKind, float]] = set()
        self.accum: dict[tuple[str, SourceKind, float, str], list[tuple[str, str]]] = {}
        self.base = page.url
        self.site: str | None = None

    def add(
        self,
        field: str,
        value: Any,
        source: SourceKind,
        loc: str,
        raw: str,
        confidence: float,
        precision: str | None = None,
    ) -> None:
        if field == "authors":
            kept, confidence = weigh_authors(list(value), confidence)
            if not kept:
                return
            value = tuple(kept)
        self.out.append(
            Candidate(
                field=field,
                value=value,
                source=source,
                locator=loc,
                raw=raw[:500],
                confidence=confidence,
                precision=precision,
            )
        )


def _has_letters(text: str) -> bool:
    return sum(ch.isalpha() for ch in text[:40]) >= 2


def _one(c: _Collector, rule: _Rule, content: str, loc: str) -> None:
    field, source, confidence, kind = rule
    if kind == "date":
        parsed = _date(content)
        if parsed is not None:
            c.add(field, parsed[0], source, loc, content, confidence, parsed[1])
        return
    if kind in ("url", "image"):
        url = to_url(content, c.base)
        if url:
            c.add(field, url, source, loc, content, confidence)
        return
    if kind == "lang":
        lang = _lang(content)
        if lang:
            c.add(field, lang, source, loc, content, confidence)
        return
    text = clean_text(content, 5000)
    if not text:
        return
    if kind == "publisher":
        if not text.startswith(("http://", "https://", "www.")) and _has_letters(text):
            c.add(field, Organization(name=text[:300]), source, loc, content, confidence)
        return
    if kind == "license":
        c.add(field, to_url(text, c.base) or text[:300], source, loc, content, confidence)
        return
    if kind == "authors":
        authors = authors_from_text(text)
        if authors:
            c.add(field, authors, source, loc, content, confidence)
        return
    if kind == "tags":
        tags = _split_tags(text)
        if tags:
            c.add(field, tuple(tags), source, loc, content, confidence)
        return
    if field == "title" and source is not SourceKind.META:
        # The site's name tag, else the part naming the host, as for <title>.
        stripped = _strip_site(text, c.site) or _strip_site(text, _host_part(text, c.base))
        if stripped:
            c.add(field, stripped, source, loc, content, confidence)
            return
        if source is OG and _looks_suffixed(text):
            confidence = 0.7
    c.add(field, text, source, loc, content, confidence)


def _split_tags(text: str) -> list[str]:
    if "&" in text and ";" in text:
        # Escaped twice by the page ("&amp;quot;tides&amp;quot;"): read once more.
        text = html.unescape(text)
    out: list[str] = []
    for part in _TAG_SPLIT.split(text):
        part = part.strip().strip(_QUOTES).strip()
        if part and len(part) <= 200 and part not in out:
            out.append(part)
            if len(out) >= _MAX_TAGS:
                break
    return out


def _flush(c: _Collector, profile_urls: list[str]) -> None:
    """Accumulated one-per-meta values (article:tag, citation_author …) as one candidate each."""
    for (field, source, confidence, kind), entries in c.accum.items():
        loc = entries[0][1]
        raw = "; ".join(v for v, _ in entries)
        if kind == "tag":
            tags: list[str] = []
            for value, _ in entries:
                for tag in _split_tags(clean_text(value, 500) or ""):
                    if tag not in tags:
                        tags.append(tag)
            if tags:
                c.add(field, tuple(tags[:_MAX_TAGS]), source, loc, raw, confidence)
            continue
        if kind == "authors":
            _flush_bylines(c, (field, source, confidence, kind), entries, raw)
            continue
        authors: list[Author] = []
        names: set[str] = set()
        for value, _ in entries:
            text = clean_text(value, 500) or ""
            if text.startswith(("http://", "https://", "www.")):
                url = to_url(text, c.base)
                if url and url not in profile_urls:
                    profile_urls.append(url)
                continue
            listed = surname_first_list(text)
            found = (
                [a for n in listed for a in authors_from_text(n, split=False)]
                if listed
                else authors_from_text(surname_first(text), split=" and " in text.lower())
            )
            for author in found:
                if author.name.casefold() not in names:
                    names.add(author.name.casefold())
                    authors.append(author)
        if authors:
            c.add(field, tuple(authors[:50]), source, loc, raw, confidence)


_SEVERAL_PEOPLE = 0.5
"""The weight of author metas naming two or more people (one name alone: 0.42)."""
# What parts a list of names in one author meta: a list split on these may as well be an
# organisation, its department or its town ("Verlag GmbH, Nürnberg").
_LIST_MARKS = re.compile(r"[,;|/]|\s[-–—]\s")


def _flush_bylines(c: _Collector, rule: _Rule, entries: list[tuple[str, str]], raw: str) -> None:
    """The names of every ``<meta name="author">`` (or ``byl``, ``itemprop="author"``) tag,
    each read as a byline ("Ana Ruiz and Tom Berg"), in order and without repeats."""
    field, source, confidence, _ = rule
    authors: list[Author] = []
    names: set[str] = set()
    # names from one kind of tag only: an ``author`` tag beside a ``cXenseParse:author``
    # one may be the site's name beside the writer's
    people = len({loc for _, loc in entries}) == 1
    for value, _ in entries:
        text = clean_text(value, 5000) or ""
        found = authors_from_text(text)
        people = people and bool(found) and _only_people(text, found)
        for author in found:
            if author.name.casefold() not in names:
                names.add(author.name.casefold())
                authors.append(author)
    if people and len(authors) >= 2:
        # A lone author meta is often the site's owner or a CMS account; tags or a byline
        # ("A and B") naming two or more people are the story's byline, and may stand alone.
        confidence = max(confidence, _SEVERAL_PEOPLE)
    if authors:
        c.add(field, tuple(authors[:50]), source, entries[0][1], raw, confidence)


def _only_people(text: str, found: Sequence[Author]) -> bool:
    """Whether one author meta names people only: full names (two to four words) with no
    list marks between them, none of them an organisation."""
    return _LIST_MARKS.search(text) is None and all(
        a.kind is AuthorKind.PERSON and 2 <= len(a.name.split()) <= 4 for a in found
    )


def _parsely_page(c: _Collector, content: str, loc: str) -> None:
    try:
        data = json.loads(content[:100_000], strict=False)
    except (ValueError, RecursionError):
        return
    if not isinstance(data, dict):
        return
    simple = (
        ("title", "title", "text"),
        ("link", "canonical_url", "url"),
        ("image_url", "image", "image"),
        ("pub_date", "date_published", "date"),
        ("section", "section", "text"),
    )
    for key, field, kind in simple:
        value = data.get(key)
        if isinstance(value, str) and value.strip():
            _one(c, (field, PAR, 0.75, kind), value, f"{loc}#/{key}")
    names: list[str] = []
    for key in ("authors", "author"):
        value = data.get(key)
        items = value if isinstance(value, list) else [value]
        names.extend(v for v in items[:50] if isinstance(v, str) and v.strip())
        if names:
            loc_key = key
            break
    if names:
        authors: list[Author] = []
        for name in names:
            authors.extend(authors_from_text(name, split=False))
        if authors:
            c.add("authors", tuple(authors), PAR, f"{loc}#/{loc_key}", "; ".join(names), 0.75)
    tags = data.get("tags")
    if isinstance(tags, list):
        clean = [t.strip() for t in tags[:_MAX_TAGS] if isinstance(t, str) and t.strip()]
        if clean:
            c.add("tags", tuple(dict.fromkeys(clean)), PAR, f"{loc}#/tags", ", ".join(clean), 0.75)


def candidates(page: Page) -> list[Candidate]:
    """Candidates from meta tags, link elements, ``<html lang>`` and ``<title>``."""
    c = _Collector(page)
    entries: list[tuple[str, str, str, str]] = []  # key, attr, raw key, content
    head = page.head
    rules = _RULES
    for el in page.metas:
        get = el.get
        content = get("content")
        if content is None:
            # <meta itemprop="datePublished" datetime="…">, <meta name="date" value="…">
            content = get("value") or get("datetime")
            if content is None:
                pubdate = get("pubdate")
                if pubdate:  # <meta pubdate="2020-11-29">
                    entries.append(("pubdate", "pubdate", "pubdate", pubdate))
                continue
        found = False
        for attr in ("property", "name", "http-equiv"):
            value = get(attr)
            if not value:
                continue
            found = True
            key = _key(attr, value)
            keys: Sequence[str] = (key,)
            if " " in key and attr == "property" and key not in rules:
                # RDFa: property="og:title twitter:title" names several terms at once.
                keys = _property_terms(value)
            for key in keys:
                if key not in rules and key.startswith(_VOCAB_PREFIXES):
                    # "og:datePublished", "article:pubdate": a plain date name under a
                    # vocabulary prefix is that date name.
                    bare = key.partition(":")[2]
                    if bare in rules and rules[bare][3] == "date":
                        key = bare
                if key in rules or key.startswith(_SPECIAL_PREFIXES):
                    entries.append((key, attr, value, content))
                    if key == "og:site_name" and c.site is None:
                        c.site = clean_text(content, 300)
        if not found and get("pubdate") is not None and not get("itemprop"):
            # <meta pubdate="pubdate" content="2018-02-06">: the attribute marks the date
            entries.append(("pubdate", "pubdate", "pubdate", content))
        elif not found and head is not None and get("itemprop"):
            value = get("itemprop") or ""
            key = _key("itemprop", value)
            # In the head, or anywhere outside an item (an item's own are microdata's).
            if key in rules and (el.getparent() is head or _outside_items(el)):
                entries.append((key, "itemprop", value, content))
    _orphan_dates(page, entries)
    if c.base is None:
        # A page given without its address: its og:url (or twitter:url) is where it lives,
        # and relative links (a canonical "/p", an image) resolve against it.
        c.base = next(
            (
                content.strip()
                for key, _, _, content in entries
                if key in ("og:url", "twitter:url")
                and content.strip().lower().startswith(("http://", "https://"))
            ),
            None,
        )
    labels: dict[str, str] = {}
    data_values: dict[str, tuple[str, str]] = {}
    for key, attr, raw_key, content in entries:
        if not content.strip():
            continue
        rule = rules.get(key)
        loc = _locator(attr, raw_key)
        if rule is not None:
            field, source, confidence, kind = rule
            if kind in ("author", "tag") or (kind == "authors" and source is META):
                # Several <meta name="author"> tags: one byline each, all of them read.
                c.accum.setdefault(rule, []).append((content, loc))
                continue
            marker = (field, source, confidence)
            if marker in c.seen:
                continue
            before = len(c.out)
            _one(c, rule, content, loc)
            if len(c.out) > before:
                c.seen.add(marker)
            continue
        if key == _PARSELY_PAGE:
            _parsely_page(c, content, loc)
        elif key.startswith("twitter:"):
            match = _TWITTER_LABEL.match(key)
            if match:
                labels[match.group(1)] = content
                continue
            match = _TWITTER_DATA.match(key)
            if match:
                data_values[match.group(1)] = (content, loc)
    for index, label in labels.items():
        if index in data_values and _WRITTEN_BY.search(label):
            content, loc = data_values[index]
            authors = authors_from_text(clean_text(content, 500) or "")
            if authors:
                c.add("authors", authors, TW, loc, content, 0.7)
    profile_urls: list[str] = []
    _flush(c, profile_urls)
    _links(page, c, profile_urls)
    _attach_profile(c, profile_urls)
    if page.html_lang:
        lang = _lang(page.html_lang)
        if lang:
            c.add("language", lang, SourceKind.HTML_ATTRIBUTE, "/html/@lang", page.html_lang, 0.65)
    _rel_tags(page, c)
    _site_title(page, c)
    _title(page, c)
    return c.out


_ORPHAN_DATE_PROPS = frozenset({"datepublished", "datemodified", "datecreated", "dateupdate"})


def _orphan_dates(page: Page, entries: list[tuple[str, str, str, str]]) -> None:
    """``<span itemprop="datePublished" datetime="…">`` outside any item: the page's own date,
    read like the same ``<meta itemprop>`` (an item's own are microdata's; a ``<time>`` with a
    ``datetime`` is the dateline's, one with only ``content`` is read here)."""
    for el in page.itemprops:
        tag = el.tag
        if tag == "meta" or (tag == "time" and el.get("datetime") is not None):
            continue
        value = el.get("itemprop") or ""
        if value.strip().lower() not in _ORPHAN_DATE_PROPS:
            continue
        content = el.get("datetime") or el.get("content")
        if content and _outside_items(el):
            entries.append((_key("itemprop", value), "itemprop", value, content))


# Whether a rel value names a relation read below, kept across pages (sites link the same
# "stylesheet", "preload", "icon" on every page).
_RELS_READ: dict[str, bool] = {}
_MAX_RELS = 4096


def _rel_read(rel_attr: str) -> bool:
    read = _RELS_READ.get(rel_attr)
    if read is None:
        read = _LINK_RELS.search(rel_attr) is not None
        if len(_RELS_READ) < _MAX_RELS:
            _RELS_READ[rel_attr] = read
    return read


def _links(page: Page, c: _Collector, profile_urls: list[str]) -> None:
    done: set[str] = set()
    for el in page.links:
        rel_attr = el.get("rel")
        if not rel_attr or not _rel_read(rel_attr):
            continue
        rel = rel_attr.lower().split()
        href = el.get("href")
        if not href:
            continue
        for kind in rel:
            if kind in done and kind != "author":
                continue
            if kind == "canonical":
                url = to_url(href, c.base)
                if url:
                    c.add("canonical_url", url, SourceKind.LINK, f'link[@rel="{kind}"]', href, 0.85)
                    done.add(kind)
            elif kind == "license":
                c.add("license", to_url(href, c.base) or href[:300], SourceKind.LINK,
                      f'link[@rel="{kind}"]', href, 0.7)  # fmt: skip
                done.add(kind)
            elif kind == "image_src":
                url = to_url(href, c.base)
                if url:
                    c.add("image", url, SourceKind.LINK, f'link[@rel="{kind}"]', href, 0.6)
                    done.add(kind)
            elif kind == "author":
                url = to_url(href, c.base)
                if url and url not in profile_urls:
                    profile_urls.append(url)
    if "license" not in done:
        for el in page.a_rel:
            if "license" in (el.get("rel") or "").lower().split() and el.get("href"):
                href = el.get("href") or ""
                c.add("license", to_url(href, c.base) or href[:300], SourceKind.LINK,
                      locator(el), href, 0.65)  # fmt: skip
                done.add("license")
                break
    if "license" not in done:
        _footer_licence(page, c)


# A Creative Commons licence deed or public-domain tool ("…/licenses/by-sa/4.0/",
# "…/publicdomain/zero/1.0/").
_CC_DEED = re.compile(
    r"^(?:https?:)?//(?:www\.)?creativecommons\.org/(?:licenses|publicdomain)/", re.I
)
_FOOTER_KEY = re.compile(r"(?:^|[\s_-])(?:footer|site-?info|colophon|copyright)(?:$|[\s_-])")
_MAX_FOOTER_LINKS = 200


def _footer_licence(page: Page, c: _Collector) -> None:
    """A page that marks no licence link (``rel="license"``) but links a Creative Commons
    licence deed from its footer ("Content on this site is under CC BY-SA 4.0") is under
    that licence; a deed linked anywhere else (a photo credit, a quoted work) is not."""
    boxes = list(page.footers)
    boxes.extend(el for el, _ in page.hinted_by(_FOOTER_KEY))
    seen = 0
    # A footer box inside another (a "footer-widgets" row in the <footer>) repeats its links:
    # each is read once, and still counted each time it is met.
    read: set[HtmlElement] = set()
    for box in boxes:
        for a in box.iter("a"):
            seen += 1
            if seen > _MAX_FOOTER_LINKS:
                return
            if a in read:
                continue  # read already, and no deed (else the walk had ended)
            read.add(a)
            href = (a.get("href") or "").strip()
            if _CC_DEED.match(href):
                url = to_url(href, c.base)
                if url:
                    c.add("license", url, SourceKind.LINK, locator(a), href, 0.6)
                    return


def _attach_profile(c: _Collector, profile_urls: list[str]) -> None:
    """A lone profile URL (article:author / rel=author) goes to a lone author without a URL."""
    if len(profile_urls) != 1:
        return
    url = profile_urls[0]
    for i, cand in enumerate(c.out):
        if cand.field != "authors" or len(cand.value) != 1 or cand.value[0].url:
            continue
        author = cand.value[0]
        updated = Author(
            name=author.name, kind=author.kind, url=url, email=author.email,
            same_as=author.same_as, job_title=author.job_title, image=author.image,
        )  # fmt: skip
        c.out[i] = Candidate(
            field=cand.field, value=(updated,), source=cand.source, locator=cand.locator,
            raw=cand.raw, confidence=cand.confidence, precision=cand.precision,
        )  # fmt: skip


def _rel_tags(page: Page, c: _Collector) -> None:
    """WordPress-style ``<a rel="category tag">`` and ``<a rel="tag">`` links of the post
    (a tag cloud in a sidebar or footer is not the post's)."""
    found: dict[str, list[str]] = {"categories": [], "tags": []}
    first: dict[str, HtmlElement] = {}
    for el in page.a_rel:
        rels = (el.get("rel") or "").lower().split()
        if "tag" not in rels or el.tag != "a":
            continue
        text = clean_text(element_text(el, 200), 200)
        if not text or len(text) > 100:
            continue
        field = "categories" if "category" in rels else "tags"
        if text in found[field] or len(found[field]) >= _MAX_TAGS:
            continue
        if in_boilerplate(el):
            continue
        found[field].append(text)
        first.setdefault(field, el)
    for field, values in found.items():
        if values:
            c.add(field, tuple(values), SourceKind.HTML_ATTRIBUTE, locator(first[field]),
                  ", ".join(values), 0.55)  # fmt: skip
    for field in ("categories", "tags"):
        if not found[field]:
            _taxonomy_box(page, c, field)


# A theme's box of the post's categories or tags ("entry-categories", "cat-links",
# "post-tags", "tags-links"): its links to category or tag pages are the post's.
_TAXONOMY_BOX = {
    "categories": re.compile(
        r"(?:^|[\s_-])(?:(?:entry|post|article|single)[-_]?(?:categories|category|cats?)|"
        r"categories|category)(?:[-_](?:links?|list))?(?:$|[\s])"
    ),
    "tags": re.compile(
        r"(?:^|[\s_-])(?:entry|post|article|single)?[-_]?tags?(?:[-_](?:links?|list))?(?:$|[\s])"
    ),
}
_TAXONOMY_HREF = {
    "categories": re.compile(r"/categor(?:y|ies)/|[?&]cat(?:egory)?=", re.I),
    "tags": re.compile(r"/tags?/|[?&]tag=", re.I),
}


# A site-wide list (a widget, a cloud, a menu) is not the post's.
_SITE_WIDE = re.compile(r"widget|cloud|menu|nav|side|footer|header|archive|all-|popular")


_MAX_BOX_LINKS = 60  # a post's own box is short; a page wrapper is not read link by link


def _taxonomy_box(page: Page, c: _Collector, field: str) -> None:
    href_ok = _TAXONOMY_HREF[field]
    for box, key in page.hinted_by(_TAXONOMY_BOX[field])[:10]:
        if box.tag in ("body", "html", "a") or _SITE_WIDE.search(key):
            continue
        values: list[str] = []
        for seen, link in enumerate(box.iter("a")):
            if len(values) >= _MAX_TAGS or seen >= _MAX_BOX_LINKS:
                break
            if not href_ok.search(link.get("href") or ""):
                continue
            text = clean_text(element_text(link, 200), 200)
            text = text.strip(" ,;#·|") if text else text
            if text and len(text) <= 100 and text not in values:
                values.append(text)
        # the walk up to the furniture only for a box that holds such links
        if values and not in_boilerplate(box):
            c.add(field, tuple(values), SourceKind.HTML_ATTRIBUTE, locator(box),
                  ", ".join(values), 0.5)  # fmt: skip
            return


_SITE_TITLE = re.compile(
    r"(?:^|[\s_-])(?:site-?title|site-?name|sitename|blog-?title|blog-?name|brand-?name|"
    r"site-?branding-?text|logo-?text)(?:$|[\s_-])"
)


def _site_title(page: Page, c: _Collector) -> None:
    """The site's name as printed in its header (``.site-title``, ``.site-name`` …), used
    when no meta tag names the site; it also lets ``<title>`` drop its " » Site" part."""
    for el, _ in page.hinted_by(_SITE_TITLE)[:3]:
        if el.tag in ("body", "html", "meta", "script"):
            continue
        text = clean_text(element_text(el, 200), 200)
        if text and 2 <= len(text) <= 80:
            c.add("site_name", text, SourceKind.VISIBLE_TEXT, locator(el), text, 0.5)
            if c.site is None:
                c.site = text
            return


# A page's number among a story's or a list's pages, set apart like an affix ("Headline |
# Page 2 | Site", "Headline - Seite 3 von 5 - Site"): not part of the headline.
_PAGE_AFFIX = re.compile(
    r"\s+(?:[|\-–—·•»:]|::)\s+(?:page|seite|p[áa]gina|strona|sayfa|side|sida|pag\.|"
    r"страница)\s*\d{1,4}(?:\s*(?:of|von|de|di|/|из)\s*\d{1,4})?"
    r"(?=\s+(?:[|\-–—·•»]|::)\s+|$)",
    re.I,
)


def _drop_site_cards(c: _Collector, site: str) -> None:
    """Without the metadata titles that only name the site the ``<title>``'s affix names
    ("og:title" = "Site" beside "Headline | Site"): a site's default card, not the story's
    title."""
    folded = " ".join(site.casefold().split())
    c.out = [
        cand
        for cand in c.out
        if cand.field != "title" or " ".join(str(cand.value).casefold().split()) != folded
    ]


_FRONT_PATH = re.compile(r"^(?:https?:)?//[^/?#]*/?(?:index\.\w{2,5})?/?(?:#.*)?$", re.I)


def _front_page(url: str | None) -> bool:
    """Whether ``url`` is a site's front page (its root, or the root's index file; not
    "/?p=12", a post's address on a blog)."""
    return url is None or _FRONT_PATH.match(url.strip()) is not None


def _site_only_titles(c: _Collector, folded: str) -> None:
    """Metadata titles that only name the site (``og:title`` = ``og:site_name``, a site's
    default card) at :data:`SITE_ONLY_TITLE`: the title when nothing else gives one."""
    for i, cand in enumerate(c.out):
        if (
            cand.field == "title"
            and cand.confidence > SITE_ONLY_TITLE
            and " ".join(str(cand.value).casefold().split()) == folded
        ):
            c.out[i] = attrs.evolve(cand, confidence=SITE_ONLY_TITLE)


_HOME_HREF = re.compile(r"^\s*(?:/|\./|(?:https?:)?//[^/?#\s]+/?)\s*$", re.I)
_MAX_LOGOS = 3


def _logo_name(page: Page) -> str | None:
    """The site's name as its logo's ``alt`` gives it: one of the page's first pictures,
    inside a link to the front page ("<a href="/"><img alt="The Valley Post"></a>")."""
    tags = page.tags
    at = 0
    for _ in range(_MAX_LOGOS):
        try:
            at = tags.index("img", at) + 1
        except ValueError:
            return None
        img = page.elements[at - 1]
        alt = " ".join((img.get("alt") or "").split())
        if not alt or len(alt) > 80:
            continue
        node = img.getparent()
        for _ in range(3):
            if node is None:
                break
            if node.tag == "a":
                return alt if _HOME_HREF.match(node.get("href") or "") else None
            node = node.getparent()
    return None


def _title(page: Page, c: _Collector) -> None:
    el = page.title_el
    if el is None:
        return
    raw = element_text(el, 1000)
    text = clean_text(raw, 1000)
    if not text:
        return
    loc = "/html/head/title"
    # Off the front page (a site's front page is titled by its name), a ``<title>`` that
    # only names the site is the site's default, not the story's: so are the cards that
    # repeat it.
    names_site = (
        c.site is not None
        and text.casefold() == " ".join(c.site.casefold().split())
        and not _front_page(page.url)
    )
    if names_site:
        _site_only_titles(c, text.casefold())
    c.add("title", text, SourceKind.TITLE_ELEMENT, loc, raw, SITE_ONLY_TITLE if names_site else 0.3)
    text = _PAGE_AFFIX.sub("", text) if any(ch.isdigit() for ch in text) else text
    # The part naming the host is cut from the title, but is not offered as the site name:
    # it was wrong or unlabelled more often than right (a "Site Tech Blog" section for
    # "Site", a domain printed as a name), where the host's own name says as much.
    site = c.site if c.site is not None else _host_part(text, page.url)
    stripped = _strip_site(text, site)
    if not stripped and site is None:
        # No name tag, no part naming the host: the logo's name.
        site = _logo_name(page)
        stripped = _strip_site(text, site)
    if not stripped and c.site is not None:
        # The affix may spell the site otherwise than its name tag ("Headline -
        # Valley-Courier.com" beside og:site_name "Valley Courier"): the part naming the host.
        site = _host_part(text, page.url)
        stripped = _strip_site(text, site)
    if stripped and site:
        _drop_site_cards(c, site)
    if stripped:
        # what is left may still carry a section ("Headline | Politics"): its long side;
        # or sections ("News | Local | Headline"): its one long part
        stripped = (
            _title_side(stripped)
            or _title_core(stripped)
            or _section_side(stripped, text)
            or stripped
        )
        c.add("title", stripped, SourceKind.TITLE_ELEMENT, loc, raw, 0.45)
    else:
        core = _title_core(text) or _title_side(text)
        if core:
            c.add("title", core, SourceKind.TITLE_ELEMENT, loc, raw, 0.4)
