"""Reader comments, the declared comment count, and the comment form.

Fields: ``comments`` (a flat ``tuple[Comment, ...]``; replies point at their parent with
``parent_id``), ``comment_count`` (from visible text such as "3 thoughts on …"),
``comments_open`` (a comment form is present) and ``comment_form_fields`` (its required
fields, normalised to ``name``, ``email``, ``message``, ``website``, ``captcha``).

Sources, cheapest first: JSON-LD ``Comment`` nodes, microdata ``Comment`` scopes, and the
common HTML shapes found through ``page.hinted`` (elements whose class/id mention
comments): WordPress ``li.comment`` with ``.children``, hAtom, Blogger, wpDiscuz, Disqus-
style server-rendered lists, forum-like threads. A comment *form* is never a comment.
The count and the form are read in :mod:`newsmeta._extract._comment_form`.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator
from itertools import compress, islice
from typing import Any

from lxml.html import HtmlElement

from newsmeta._dates._validity import date_problem
from newsmeta._extract._candidates import Candidate
from newsmeta._extract._comment_days import yearless_day
from newsmeta._extract._comment_form import (
    COMMENT_FORM,
    COUNT_TAGS,
    PLURAL,
    comment_count,
    comment_forms,
    comment_hinted,
    required_fields,
    tagged,
)
from newsmeta._extract._comment_forum import forum_replies
from newsmeta._extract._comment_lead import plain_name, strip_lead
from newsmeta._extract._comment_parts import shown_form
from newsmeta._extract._comment_reply import reply_target
from newsmeta._extract._comment_thread import thread_parents
from newsmeta._extract._items import ItemTree
from newsmeta._extract._jsonld_data import nodes
from newsmeta._extract._page import Page, element_text, locator
from newsmeta._extract._values import (
    clean_text,
    find_text_date,
    find_text_date_at,
    to_date,
    to_int,
    to_number,
    to_url,
)
from newsmeta._extract._words import (
    COMMENT_HEADINGS,
    COMMENT_MEASURE,
    COMMENT_NOUNS,
)
from newsmeta._extract.sources.microdata import microdata_tree
from newsmeta._extract.sources.rdfa import rdfa_tree
from newsmeta._models import Author, AuthorKind, Comment, DateValue, SourceKind

__all__ = ["candidates", "comment_elements"]

# ----------------------------------------------------------------------------- patterns

# One class token (lower-cased) that marks a single comment element.
_NOUN = "|".join(COMMENT_NOUNS)
_ITEM_TOKEN = re.compile(
    rf"^(?:[a-z0-9]{{1,20}}[-_]?)?(?:(?:{_NOUN})"
    r"(?:[-_]{0,2}(?:item|entry|block|single|node|default|post|unit|card)|"
    r"(?:s|e|en|es)[-_]?(?:item|entry|single|con|unit))?"
    rf"|(?:{PLURAL})[-_]?(?:item|entry|single|con|unit))$"
)
_ITEM_ID = re.compile(rf"^(?:li-|div-)?(?:{_NOUN}|reply)[-_]?(\d{{1,20}})$")
_BAD_PREFIX = re.compile(
    r"^(?:no|add|has|leave|new|write|post|open|closed?|toggle|show|hide|load|more|recent|"
    r"latest|top|last|total|fb|facebook|your|my|submit|send|reply|form|icon|ico|fa|btn|"
    r"button|count|num|with|without|data|allow|disable|enable|js|is|can)[-_]?"
    rf"(?:{_NOUN})"
)
_BAD_ID = re.compile(r"form|respond|reply|identity|subscribe|submit|count|area|list|section|wrap")
_ITEM_TAGS = frozenset({"li", "div", "article", "dd", "section", "blockquote", "td", "tr"})
_BLOCK_TAGS = frozenset(
    {"p", "div", "br", "li", "blockquote", "pre", "h1", "h2", "h3", "h4", "h5", "h6", "ul",
     "ol", "dd", "dt", "tr", "table", "section", "article"}
)  # fmt: skip
_SKIP_TAGS = frozenset(
    {"script", "style", "noscript", "template", "form", "button", "svg", "img", "input",
     "select", "textarea", "time", "footer", "header", "nav", "iframe", "label", "object"}
)  # fmt: skip
# A class/id token of an element inside a comment that holds metadata, not the text.
_META_TOKEN = re.compile(
    r"author|autor|auteur|avatar|vcard|meta|date|datum|fecha|(?:^|[-_])data$|time|reply|replies|"
    r"antwort|respond|permalink|edit|"
    r"action|tool|vote|like|share|rating|report|flag|says|moderat|badge|user|name|nick|"
    r"signature|footer|header|heading|title|byline|posted|submitted|publish|updated|count|expand|"
    r"collapse|toggle|"
    r"pagination|profile|children|child|thread|^fn$|^by$|^nav|(?:^|[-_])info$|^links?$|^more$|"
    r"^subject$"
)
# Author and date class words, with their Italian/Polish/Portuguese ("autore", "data") and
# French/Dutch ("auteur") forms.
_AUTHOR_TOKEN = re.compile(r"author|vcard|user|name|nick|poster|^fn$|^by$|autor|auteur")
_DATE_TOKEN = re.compile(
    r"date|time|meta|posted|published|datum|fecha|ago|^age$|(?:^|[-_])data$|footer"
)
_UP_TOKEN = re.compile(r"(?:^|[-_])(?:up|upvotes?|likes?|plus|positive|thumbs?-?up|pro)(?:$|[-_])")
_DOWN_TOKEN = re.compile(
    r"(?:^|[-_])(?:down|downvotes?|dislikes?|minus|negative|thumbs?-?down|contra)(?:$|[-_])"
)
_FOUR_DIGITS = re.compile(r"\d{4}")
_RELATIVE_HINT = re.compile(
    r"\bago\b|\bvor\s|\bhace\s|\bil y a\b|\bh[áa]\s+\d|\bh[áa]\s+(?:um|uma)\b|yesterday|"
    r"gestern|\bayer\b|\bhier\b|\bontem\b|just now|gerade eben",
    re.I,
)
# Visible texts that are calls to action or counts, not a comment.
_NOT_COMMENT = re.compile(
    r"^\W*(?:\d[\d.,]*" + COMMENT_MEASURE + r")?(?:comments?|kommentare?|comentarios?|"
    r"commentaires?|coment[aá]rios?|responses?|replies|antworten|" + COMMENT_HEADINGS + r")"
    r"\s*(?:[(（]\d+(?:件)?[)）]|\d+)?\W*$|"
    r"^(?:no comments|keine kommentare|sin comentarios|"
    r"leave a (?:comment|reply)|add (?:a )?comment|post a comment|write a comment|"
    r"schreibe? einen kommentar|deja un comentario|laisser un commentaire|"
    r"be the first to comment|comments are closed|kommentare sind geschlossen)",
    re.I,
)
_CLOSED = re.compile(
    r"^(?:comments are closed|kommentare sind geschlossen|die kommentarfunktion ist "
    r"geschlossen|los comentarios est[áa]n cerrados|comentarios cerrados|les commentaires "
    r"sont ferm[ée]s|coment[aá]rios (?:est[ãa]o )?fechados)",
    re.I,
)
_MAX_ITEM_CHARS = 20_000


# ----------------------------------------------------------------------------- helpers


def _tokens(el: HtmlElement) -> list[str]:
    cls = el.get("class")
    return cls.lower().split() if cls else []


# What a class value says about a node inside a comment, one bit per test (the tests of
# _is_meta, _date, _author and _votes, read once per distinct class value: the comments of
# a page repeat the same few classes on every node).
_META_BIT, _DATE_BIT, _AUTHOR_BIT, _CREDIT_BIT, _UP_BIT, _DOWN_BIT = 1, 2, 4, 8, 16, 32
_CLASS_BITS: dict[str, int] = {}
_MAX_CLASS_BITS = 50_000


def _class_bits(cls: str | None) -> int:
    """The verdicts of a class value (0 for none), cached per value."""
    if not cls:
        return 0
    bits = _CLASS_BITS.get(cls)
    if bits is not None:
        return bits
    low = cls.lower()
    toks = low.split()
    bits = 0
    if any(
        _META_TOKEN.search(tok) and "content" not in tok and "text" not in tok and "body" not in tok
        for tok in toks
    ) and not any(_TEXT_TOKEN.match(tok) for tok in toks):  # "comment-body js-edit-hide"
        bits |= _META_BIT
    if any(_DATE_TOKEN.search(tok) for tok in toks):
        bits |= _DATE_BIT
    if any(_author_token(tok) for tok in toks):
        bits |= _AUTHOR_BIT
    if any(_CREDIT_LINE_TOKEN.search(tok) for tok in toks):
        bits |= _CREDIT_BIT
    if _UP_TOKEN.search(low):
        bits |= _UP_BIT
    if _DOWN_TOKEN.search(low):
        bits |= _DOWN_BIT
    if len(_CLASS_BITS) >= _MAX_CLASS_BITS:
        _CLASS_BITS.clear()
    _CLASS_BITS[cls] = bits
    return bits


# What a class value says about a hinted element (one comment, one comment's text, a whole
# section), read once per distinct value like _class_bits.
_ITEM_BIT, _TEXT_BIT, _PLURAL_BIT = 1, 2, 4
_ITEM_BITS: dict[str, int] = {}


def _item_bits(cls: str | None) -> int:
    """The element verdicts of a class value (0 for none), cached per value."""
    if not cls:
        return 0
    bits = _ITEM_BITS.get(cls)
    if bits is not None:
        return bits
    toks = cls.lower().split()
    bits = 0
    if any(_ITEM_TOKEN.match(tok) and not _BAD_PREFIX.match(tok) for tok in toks):
        bits |= _ITEM_BIT
    if any(_TEXT_TOKEN.match(tok) for tok in toks):
        bits |= _TEXT_BIT
    if any(_PLURAL_TOKEN.search(tok) for tok in toks):
        bits |= _PLURAL_BIT
    if len(_ITEM_BITS) >= _MAX_CLASS_BITS:
        _ITEM_BITS.clear()
    _ITEM_BITS[cls] = bits
    return bits


def _is_item(el: HtmlElement, key: str) -> bool:
    """Whether a hinted element looks like one comment (class token or id)."""
    tag = el.tag
    if tag not in _ITEM_TAGS:
        return False
    ident = (el.get("id") or "").lower()
    if ident and _ITEM_ID.match(ident):
        return True
    if _item_bits(el.get("class")) & _ITEM_BIT:
        return True
    if key.startswith(" ") and ident.startswith("comment") and ident[7:8] in ("-", "_"):
        # id="comment-abc123" with no class: Disqus-style exports
        return len(ident) <= 40 and not _BAD_ID.search(ident) and any(c.isdigit() for c in ident)
    return False


def _recent(low: str) -> bool:
    """Whether a lower-cased class or id names a "recent comments" widget (substring tests)."""
    return (
        "recent" in low
        or "latest" in low
        or "popular" in low
        or "most-commented" in low
        or "widget_comments" in low
    )


def _excluded_context(el: HtmlElement) -> bool:
    """Inside a "recent comments" widget or a comment form: a list item there is no comment."""
    node = el.getparent()
    depth = 0
    while node is not None and depth < 12:
        if node.tag == "form":
            # a comment form holds no comments (ASP.NET pages wrap everything in one form)
            key = " ".join(filter(None, (node.get("id"), node.get("class"))))
            if COMMENT_FORM.search(key):
                return True
        cls = node.get("class")
        ident = node.get("id")
        if (cls and _recent(cls.lower())) or (ident and _recent(ident.lower())):
            return True
        node = node.getparent()
        depth += 1
    return False


def _form_part(el: HtmlElement) -> bool:
    """A field group of a comment form (inputs but no form of its own), not a comment."""
    cls = (el.get("class") or "").lower()
    if "form" in cls or "field" in cls:
        return True
    if next(el.iter("textarea", "input", "select"), None) is None:
        return False
    if next(el.iter("form"), None) is not None:
        return False  # a comment with its own reply form
    return len(element_text(el, limit=200)) < 25


def _is_meta(el: HtmlElement) -> bool:
    if _class_bits(el.get("class")) & _META_BIT:
        # A metadata block never holds paragraphs: some themes put the text there. (A
        # paragraph classed as metadata, "<p class=comment-time>", is one.) Nor does it
        # hold the comment's text element ("usertype-guest" around "comment-body").
        if next((p for p in el.iter("p") if p is not el), None) is not None:
            return False
        return not _holds_comment_text(el)
    ident = el.get("id")
    return bool(ident and _META_TOKEN.search(ident.lower()) and not _ITEM_ID.match(ident.lower()))


def _name_heading(item: HtmlElement) -> HtmlElement | None:
    """A heading among a comment's first parts that is only its writer's name, set right
    before the comment's ``<time>`` ("<h3>Uma</h3><time datetime=…>"): static-site comment
    templates title each comment with its writer."""
    for child in islice((c for c in item if isinstance(c.tag, str)), 3):
        if child.tag not in _NAME_HEADINGS:
            continue
        after = child.getnext()
        if after is None or after.tag != "time":
            return None
        name = _clean_author(element_text(child, 80))
        if name is None or len(name.split()) > 4 or not _WORD.search(name):
            return None
        return child
    return None


_NAME_HEADINGS = frozenset({"h2", "h3", "h4", "h5", "h6", "strong", "b"})


def _head_before(el: HtmlElement, items: set[HtmlElement]) -> list[HtmlElement] | None:
    """The nodes of the short line printed just before a comment that shows nobody and no
    day in itself ("<span class=comhead><a class=user>…</a> <span class=age>…" above
    "<div class=comment>"): the comment's header, set as its sibling."""
    prev = el.getprevious()
    while prev is not None and (not isinstance(prev.tag, str) or prev.tag == "br"):
        prev = prev.getprevious()
    if prev is None or prev in items or prev.tag not in _HEAD_TAGS:
        return None
    if len(element_text(prev, 200)) > 150 or _holds_form(prev):
        return None
    return [node for node in prev.iter() if isinstance(node.tag, str)]


_HEAD_TAGS = frozenset({"div", "p", "span", "header", "footer"})


def _holds_form(el: HtmlElement) -> bool:
    """Whether ``el`` holds a form field to write in (a comment form)."""
    return next(el.iter("textarea"), None) is not None


def _holds_comment_text(el: HtmlElement) -> bool:
    """Whether an element below ``el`` is classed as a comment's text ("comment-body")."""
    return any(_item_bits(node.get("class")) & _TEXT_BIT for node in el.iterdescendants())


def _walk_text(
    el: HtmlElement,
    skip: set[HtmlElement],
    out: list[str],
    budget: list[int],
    also: HtmlElement | None = None,
) -> None:
    """Append the text of ``el`` to ``out``, skipping the nodes of ``skip``, ``also`` (one more
    node: a comment's meta line, never copied into the set) and metadata blocks."""
    if el.text:
        out.append(el.text)
        budget[0] -= len(el.text)
    for child in el:
        if budget[0] <= 0:
            return
        tag = child.tag
        if (
            isinstance(tag, str)
            and child not in skip
            and child is not also
            and (tag not in _SKIP_TAGS or shown_form(child))
            and not (child.attrib and _is_meta(child))
        ):
            if tag in _BLOCK_TAGS:
                out.append("\n")
            _walk_text(child, skip, out, budget, also)
            if tag in _BLOCK_TAGS:
                out.append("\n")
        if child.tail:
            out.append(child.tail)
            budget[0] -= len(child.tail)


_UI_LINE = re.compile(
    r"^(?:#?\d{1,4}\.?|[-–—|·•]{1,3}|reply|antworten|responder|r[ée]pondre|responder|report|melden|"
    r"(?:show|view|load|see|read) (?:all|more)(?: comments| replies)?\W*|"
    r"(?:alle )?kommentare anzeigen|weitere (?:laden|anzeigen|kommentare)\W*|mehr anzeigen|"
    r"ver m[áa]s|voir plus|cargar m[áa]s|like|gef[äa]llt mir|share|teilen|"
    r"(?:\d+\s+)?(?:likes?|points?|votes?)\W*)$",
    re.I,
)
# The same test for an ASCII line lowered first: a case-sensitive match of the lower-cased
# line is faster than a case-blind one (the pattern's letters are all lower case, and none
# of its non-ASCII ones folds to an ASCII letter).
_UI_LINE_LOW = re.compile(_UI_LINE.pattern).match
assert not any(c.isupper() for c in _UI_LINE.pattern.replace("\\W", ""))


# A comment's action link or row of actions ("Rispondi", "Reply | Quote", "Odpowiedz Zgłoś"):
# only action words, apart from separators.
_ACTION = (
    r"(?:reply|quote|report|flag|like|share|edit|delete|permalink|link|"
    r"antworten|zitieren|melden|teilen|bearbeiten|l[öo]schen|"
    r"responder|citar|denunciar|compartir|editar|"
    r"r[ée]pondre|citer|signaler|partager|modifier|supprimer|"
    r"rispondi|cita|segnala|condividi|modifica|"
    r"odpowiedz|cytuj|zg[łl]o[śs]|udost[ęe]pnij|"
    r"reageer|beantwoorden|citeren|rapporteren|delen|"
    r"ответить|цитировать|пожаловаться|поделиться)"
)
_ACTION_ROW = re.compile(rf"^{_ACTION}(?:\s*[|·•/]?\s*{_ACTION}){{0,6}}$", re.I)
# A reply's subject line ("Re: <the article's title>", "AW: …", "Odp: …").
_REPLY_SUBJECT = re.compile(r"^(?:re|aw|antw|odp|sv|vs)\s*(?:\[\d+\])?\s*:\s*\S", re.I)


def _has_content(text: str) -> bool:
    """Two letters, or an emoji-only reaction ("❤️", "👍"): not "(0)" or "|"."""
    head = text[:50]
    if sum(ch.isalpha() for ch in head) >= 2:
        return True
    return not any(ch.isdigit() for ch in head) and any(
        unicodedata.category(ch) == "So" for ch in head
    )


def _tidy(parts: Iterable[str]) -> str:
    lines = (" ".join(line.split()) for line in "".join(parts).split("\n"))
    ui, ui_low = _UI_LINE.match, _UI_LINE_LOW
    kept = [
        line
        for line in lines
        if line
        and (ui_low(line.lower()) if line.isascii() else ui(line)) is None
        and _ACTION_ROW.match(line) is None
    ]
    if len(kept) > 1 and len(kept[0]) <= 150 and _REPLY_SUBJECT.match(kept[0]):
        del kept[0]  # "Re: <title>" over a forum reply names the thread, not the comment
    if len(kept) > 1 and _is_subject(kept[0], kept[1]):
        # A subject made of the comment's first words (Drupal's default, "About time, the
        # bus" over "About time, the bus round the lake …") says it twice.
        del kept[0]
    return "\n".join(kept)


def _is_subject(first: str, second: str) -> bool:
    head = first.rstrip(" .…")
    return 3 <= len(head) < len(second) and second.startswith(head)


def _own_iter(item: HtmlElement, skip: set[HtmlElement]) -> Iterator[HtmlElement]:
    """Descendants of ``item`` that are not inside a nested (reply) item."""
    stack = list(reversed(list(item)))
    while stack:
        node = stack.pop()
        if not isinstance(node.tag, str) or node in skip or node.tag == "form":
            continue  # a reply form's labels ("Name *") are not the comment's
        yield node
        stack.extend(reversed(list(node)))


def _definition_group(dd: HtmlElement, items: set[HtmlElement]) -> list[HtmlElement]:
    """The other parts of a comment written as a definition-list entry (a classic blog
    layout): the ``<dt>`` before its text's ``<dd>`` names the writer ("Jane said…"), and the
    ``<dd>`` after it, up to the next ``<dt>``, holds the date. Their nodes, for the
    comment's author and date; never another comment's parts."""
    parts: list[HtmlElement] = []
    node = dd.getprevious()
    for _ in range(3):
        if node is None or node in items or node.tag not in ("dt", "dd"):
            break
        parts.append(node)
        if node.tag == "dt":
            break
        node = node.getprevious()
    node = dd.getnext()
    for _ in range(3):
        if node is None or node in items or node.tag != "dd":
            break
        parts.append(node)
        node = node.getnext()
    return [n for part in parts for n in part.iter() if isinstance(n.tag, str)]


# The word that leads from a writer's name to the day ("on", German "am", French "le",
# Spanish/Portuguese "el"/"em", Italian "il", Dutch "op").
_DATE_LEAD = re.compile(r"\s+(?:on|am|um|le|el|em|il|op|at)\s*$", re.I)


def _term_line(
    dd: HtmlElement, items: set[HtmlElement], page: Page
) -> tuple[Author | None, DateValue | None] | None:
    """The writer and day an unclassed ``<dt>`` prints before its comment's ``<dd>``
    ("May 3, 2024, 10:10 a.m. - Sol", "Jane said…"): the day, and the rest as the name
    when it is a few words."""
    term = dd.getprevious()
    if term is None or term.tag != "dt" or term in items:
        return None
    text = element_text(term, 160)
    if not text or len(text) > 150:
        return None
    found = find_text_date_at(text, page.html_lang)
    date = found[0] if found is not None else None
    # "Sol on May 3, 2024": the word that leads to the day is no part of the name
    rest = text if found is None else _DATE_LEAD.sub("", text[: found[2]]) + " " + text[found[3] :]
    name = _clean_author(rest.strip(" \t\n,;:|·•-–—"))
    author = None
    if name and len(name.split()) <= 4 and _WORD.search(name):
        author = Author(name=name, kind=AuthorKind.PERSON)
    return author, date


def _author(own: list[HtmlElement], base: str | None) -> Author | None:
    """The commenter among a comment's ``own`` nodes (see :func:`_own_iter`)."""
    dated_line: HtmlElement | None = None
    printed_day: HtmlElement | None = None
    for node in own:
        if not node.attrib:
            continue
        hit = bool(_class_bits(node.get("class")) & _AUTHOR_BIT) or (
            node.get("itemprop") == "author" or node.get("property") in ("author", "creator")
        )
        if not hit:
            continue
        target = node
        for sub in node.iter():
            if not isinstance(sub.tag, str):
                continue
            sub_toks = _tokens(sub)
            if (
                "fn" in sub_toks
                or sub.get("itemprop") == "name"
                or sub.get("property") == "name"
                or sub.tag == "cite"
            ):
                target = sub
                break
        if next(target.iter("time"), None) is not None:
            # a line holding the day too ("by <a>Name</a> <time>May 3</time>"): a name element
            # inside or after it is better; failing that, its text without the day
            if dated_line is None:
                dated_line = target
            continue
        name = _clean_author(element_text(target, limit=200))
        if not name:
            if printed_day is None:
                printed_day = target
            continue
        url = None
        for link in target.iter("a"):
            url = _profile_url(link.get("href"), base)
            break
        if url is None and target.getparent() is not None and target.getparent().tag == "a":
            url = _profile_url(target.getparent().get("href"), base)
        return Author(name=name, kind=AuthorKind.PERSON, url=url)
    for node in own:
        if _class_bits(node.get("class")) & _CREDIT_BIT:
            found = _credited(node)
            if found is not None:
                return Author(
                    name=found[0], kind=AuthorKind.PERSON, url=_profile_url(found[1], base)
                )
    for node in own:
        if node.tag == "cite":  # WordPress, Blogger and Disqus print the commenter in <cite>
            name = _clean_author(element_text(node, limit=200))
            if not name:
                return None
            url = None
            for link in node.iter("a"):
                url = _profile_url(link.get("href"), base)
                break
            return Author(name=name, kind=AuthorKind.PERSON, url=url)
    if dated_line is not None:
        name = _clean_author(_without_times(dated_line))
        if name:
            return Author(name=name, kind=AuthorKind.PERSON)
    if printed_day is not None:
        # "by <strong>Sam</strong> » Fri May 03, 2024": a writer's line that prints the day
        # too (no name of its own), the name set apart in it
        subs = (sub for sub in printed_day.iter(*_NAME_MARKUP) if sub is not printed_day)
        for sub in islice(subs, 3):
            name = _clean_author(element_text(sub, limit=100))
            if name and _WORD.search(name):
                return Author(name=name, kind=AuthorKind.PERSON)
    return _avatar_name(own)


_AVATAR_WORDS = re.compile(r"avatar|gravatar|profile|photo|picture|image|bild|foto|user|icon", re.I)


def _avatar_name(own: list[HtmlElement]) -> Author | None:
    """The commenter named only by the text of their avatar (``<img class="avatar"
    alt="Name">``), when nothing else names them; an alt that only says it is an avatar
    ("User avatar", "Profile photo") is no name."""
    for node in own:
        if node.tag != "img" or "avatar" not in (node.get("class") or "").lower():
            continue
        alt = (node.get("alt") or "").strip()
        if not alt or _AVATAR_WORDS.search(alt):
            return None
        name = _clean_author(alt)
        return Author(name=name, kind=AuthorKind.PERSON) if name else None
    return None


def _without_times(el: HtmlElement) -> str:
    """``el``'s text without the ``<time>`` elements it holds ("by <a>Name</a> <time>May 3
    </time>": the day is not part of the name)."""
    text = element_text(el, limit=200)
    for time in el.iter("time"):
        shown = element_text(time, limit=100)
        if shown:
            text = text.replace(shown, " ")
    return text


def _author_token(token: str) -> bool:
    """A class token naming the writer: not an avatar, and not a text field whose name holds
    "name" (Drupal's "field--name-comment-body" is the comment's text)."""
    return (
        _AUTHOR_TOKEN.search(token) is not None
        and "avatar" not in token
        and _TEXT_FIELD.search(token) is None
    )


_TEXT_FIELD = re.compile(r"body|content|text|message")


# A comment's footer or header line ("Posted by: <a>Name</a> | May 3, 2024 at 10:10 AM").
_CREDIT_LINE_TOKEN = re.compile(r"footer|header|meta|info|posted|signature|byline")
_CREDIT_MARKER = re.compile(
    r"(?:^|[\s|·•])(?:posted\s+|written\s+|submitted\s+|geschrieben\s+|eingestellt\s+)?"
    r"(?:by|von|par|por|door|di|da|av|af)\s*:?\s+",
    re.I,
)
_NAME_MARKUP = ("a", "b", "strong", "cite", "span")


def _credited(line: HtmlElement) -> tuple[str, str | None] | None:
    """The writer a comment's footer or header line credits after a "by"-style marker, and
    their link: a name set in its own element right after the marker."""
    text = element_text(line, limit=200)
    marker = _CREDIT_MARKER.search(text) if text and len(text) <= 150 else None
    if marker is None:
        return None
    after = text[marker.end() :]
    for sub in line.iter(*_NAME_MARKUP):
        if sub is line:
            continue
        name = _clean_author(element_text(sub, limit=100))
        if name and after.startswith(name) and find_text_date(name) is None:
            href = sub.get("href") if sub.tag == "a" else None
            return name, href
    return None


def _profile_url(href: str | None, base: str | None) -> str | None:
    """A commenter's link, or None for permalinks, anchors and junk ("0", "#")."""
    if not href:
        return None
    href = href.strip()
    if not href or href.startswith("#") or "#comment" in href or href.isdigit():
        return None
    return to_url(href, base)


def _clean_author(text: str) -> str | None:
    text = plain_name(text)
    low = text.lower()
    for prefix in ("von ", "by ", "por ", "par ", "de "):
        if low.startswith(prefix):
            text = text[len(prefix) :].strip()
            low = text.lower()
    if not text or len(text) > 80 or _ACTION_ROW.match(text.strip("[]() ")):
        return None  # "[ antworten ]": a reply link, not a name
    if _RELATIVE_HINT.search(text) or _FOUR_DIGITS.search(text):
        return None
    return text


def _date(own: list[HtmlElement], page: Page) -> tuple[DateValue | None, str | None]:
    """The date among a comment's ``own`` nodes (and the relative label it was read from)."""
    lang = page.html_lang
    texts: list[str] = []
    lines: list[HtmlElement] = []
    for node in own:
        tag = node.tag
        if tag == "time" or node.get("datetime") is not None:
            for attr in ("datetime", "title", "content"):
                got = to_date(node.get(attr), lang)
                if got is not None:
                    return got[0], None
            text = element_text(node, limit=120)
            if text:
                texts.insert(0, text)
            continue
        if not node.attrib:
            continue
        if node.get("itemprop") in ("dateCreated", "datePublished", "commentTime"):
            got = to_date(node.get("content") or element_text(node, limit=120), lang)
            if got is not None:
                return got[0], None
        bits = _class_bits(node.get("class"))
        if bits & (_AUTHOR_BIT | _CREDIT_BIT) and not bits & _DATE_BIT and len(lines) < 2:
            lines.append(node)
        if bits & _DATE_BIT and len(texts) < 4:
            title = node.get("title")
            if title:
                got = to_date(title, lang)
                if got is not None:
                    return got[0], None
            text = element_text(node, limit=200)
            if text:
                texts.append(text)
    for text in texts:
        if _RELATIVE_HINT.search(text):
            resolved = _relative(text, page)
            if resolved is not None:
                return resolved
            continue
        cleaned = _strip_date_noise(text)
        got = to_date(cleaned, lang) or find_text_date(cleaned, lang)
        if got is not None:
            return got[0], None
        day = yearless_day(cleaned, page.now if page.now_given else None)
        if day is not None:
            return day, None  # "Aug 21": this year's, or last year's when still ahead
    for line in lines:
        # no element classed for the day: the writer's line may print it ("by <b>Sam</b>
        # » Fri May 03, 2024 10:10 am", "Posted by: Sam | May 3, 2024")
        text = element_text(line, limit=160)
        found = find_text_date_at(text, lang) if text and len(text) <= 150 else None
        if (
            found is not None
            and found[1] not in ("year", "month")
            and _MEMBER_SINCE.search(text, 0, found[2]) is None
        ):
            return found[0], None
    return None, None


# The day a forum member joined, printed in their writer box ("Joined: 12.03.2012",
# "Registriert seit", "Mitglied seit", "Inscrit le", "Miembro desde"): not the post's day.
_MEMBER_SINCE = re.compile(
    r"joined|member since|registered|registriert|mitglied seit|dabei seit|inscri|"
    r"miembro desde|registrad|membro desde|iscritt|lid sinds|cz[łl]onek od|do[łl][aą]czy",
    re.I,
)


_DATE_NOISE = re.compile(
    r"^(?:posted|published|on|am|le|el|em|commented|says|sagt|geschrieben)\s*:?\s*|"
    r"\s*(?:\||·|•|reply|antworten|responder|répondre|permalink|edit)\s*$",
    re.I,
)


def _strip_date_noise(text: str) -> str:
    for _ in range(3):
        new = _DATE_NOISE.sub("", text).strip()
        if new == text:
            break
        text = new
    return text


_RELATIVE_SPAN = re.compile(
    r"(?:about |over |almost |vor |hace |il y a |h[áa] )?[\w ]{1,30}?"
    r"(?:\bago\b|minut\w*|stund\w*|tag\w*|woche\w*|monat\w*|jahr\w*|d[íi]as?|horas?|"
    r"semanas?|mes(?:es)?|años?|jours?|heures?|mois|ans?|anos?|meses)",
    re.I,
)


def _relative(text: str, page: Page) -> tuple[DateValue, str] | None:
    from newsmeta._dates import label_instant, parse_relative

    lang = (page.html_lang or "")[:2].lower()
    language = lang if lang in ("en", "es", "fr", "de", "pt") else None
    label = text.strip()
    if len(label) > 60:
        match = _RELATIVE_SPAN.search(label)
        if not match:
            return None
        label = match.group(0).strip()
    try:
        rel: Any = parse_relative(label, now=page.now, language=language)
        if rel is None and language is not None:
            rel = parse_relative(label, now=page.now, language=None)
    except Exception:
        return None
    if rel is None:
        return None
    if not page.now_given:
        # A label read against the wall clock would be a guess: no date, and say so once.
        if not any(w.code == "relative-date-without-now" for w in page.warnings):
            page.warn(
                "relative-date-without-now",
                f"comment date {label!r} is relative; pass now= to read it",
            )
        return None
    found = label_instant(rel, page.now)
    if found is None or date_problem(found[0], page.now) is not None:
        return None
    return found[0], label


def _votes(own: list[HtmlElement]) -> tuple[int | None, int | None]:
    up = down = None
    for node in own:
        if not node.attrib:
            continue
        bits = _class_bits(node.get("class"))
        is_up = bool(bits & _UP_BIT)
        is_down = bool(bits & _DOWN_BIT)
        if is_up == is_down:
            continue
        raw = node.get("data-count") or node.get("data-votes") or element_text(node, limit=20)
        count = to_number(raw, whole=True)
        if not isinstance(count, int):
            continue
        if is_up and up is None:
            up = count
        elif is_down and down is None:
            down = count
    return up, down


def _item_id(el: HtmlElement) -> str | None:
    for attr in ("id", "data-comment-id", "data-id", "data-commentid"):
        value = el.get(attr)
        if value and value.strip() and len(value) <= 100:
            return str(value).strip()
    return None


# ----------------------------------------------------------------------------- HTML lists


_SECTION = re.compile(
    r"^(?:comment-list|commentlist|comments-list|comments-area|comment-section|"
    rf"comments-section|{PLURAL})$"
)


def _html_items(page: Page) -> tuple[list[HtmlElement], bool]:
    """The comment elements, and whether they were found from their texts alone.

    Comments found from their texts alone must show a name or a date (see
    :func:`_text_items`).
    """
    items: list[HtmlElement] = []
    sections: list[HtmlElement] = []
    for el, key in comment_hinted(page):
        if _is_item(el, key):
            items.append(el)
        elif any(_SECTION.match(tok) for tok in key.split()):
            sections.append(el)
    if not items:
        rows = _id_rows(page)
        if rows:
            return rows, True
        items = _section_lists(sections, page)
        if not items:
            texts = _text_items(page)
            return (texts or _heading_posts(page)), True
    return items, False


def _id_rows(page: Page) -> list[HtmlElement]:
    """Comments marked only by an attribute carrying their id ("<div class=row
    data-comment-id=812>"), when no class or id names them: the block elements among them
    (a reply button or a vote counter carries the id too); like comments found from their
    texts, each must show who wrote it or when."""
    return [el for el in page.comment_rows if el.tag in _ITEM_TAGS][: page.limits.max_comments]


# A heading that names a comment section: "Comments", "3 Kommentare", "Réactions (2)".
_SECTION_HEADING = re.compile(
    r"^\W*(?:\d[\d.,]*" + COMMENT_MEASURE + r")?(?:readers?'?\s+|user\s+)?"
    r"(?:comments?|kommentare?|leserkommentare|"
    r"comentarios?|commentaires?|r[ée]actions?|reacties|coment[aá]rios?|commenti|komentarze?|"
    r"responses?|replies|antworten|discussion|diskussion|" + COMMENT_HEADINGS + r")(?!\w)"
    r"[^.!?]{0,40}$",
    re.I,
)


def _heading_posts(page: Page) -> list[HtmlElement]:
    """Comments under a heading that names them, when no class or id does ("<h2>Reactions
    </h2>" then alike dated posts): the alike posts after the heading among its siblings,
    each dated (a ``<time>``, or a first line holding a date) with some text and none
    holding a form (see :func:`_alike_posts`); they must show a name or a date like every
    comment found without a class. A section named only by its ``aria-label`` ("<section
    aria-label="Comments">") is read the same way, its posts inside it."""
    tried = 0
    for el in tagged(page, "h2", "h3", "h4"):
        text = element_text(el, 80)
        if not text or _SECTION_HEADING.match(text) is None:
            continue
        parent = el.getparent()
        if parent is None or _excluded_context(el):
            continue
        posts = _named(_alike_posts(parent, el, page) or _posts_after(el, page), page)
        if posts:
            return posts
        tried += 1
        if tried >= _MAX_SECTION_HEADINGS:
            break
    return _titled_posts(page) or _labelled_posts(page)


_TITLE_TAGS = frozenset({"div", "p", "span"})


def _titled_posts(page: Page) -> list[HtmlElement]:
    """Comments under a title that is no heading element: a ``<div>``, ``<p>`` or ``<span>``
    classed as a title or head ("<div class=kmt-title>Comments (3)</div>", "<p
    class=section-head>Reacties</p>") whose few words name comments; read like a heading.
    On a page that offers a form to write in (a ``<textarea>``) every classed element is
    looked at; on any other page only those classed as a title, which the page index
    already files among its hinted elements (no walk of every classed element for one rare
    shape)."""
    if any(next(form.iter("textarea"), None) is not None for form in page.forms):
        classed = compress(zip(page.elements, page.classes, strict=False), page.classes)
        found = (
            el
            for el, cls in classed
            if el.tag in _TITLE_TAGS and cls is not None and ("itle" in cls or "ead" in cls)
        )  # ("title", "Title", "head", "Header": no lower-casing per element)
    else:
        found = (el for el, key in page.hinted if "title" in key and el.tag in _TITLE_TAGS)
    tried = 0
    for el in found:
        if len(el) > 2:
            continue
        text = element_text(el, 80)
        if not text or _SECTION_HEADING.match(text) is None:
            continue
        if el.getparent() is None or _excluded_context(el):
            continue
        posts = _named(_alike_posts(el.getparent(), el, page) or _posts_after(el, page), page)
        if posts:
            return posts
        tried += 1
        if tried >= _MAX_SECTION_HEADINGS:
            break
    return []


def _labelled_posts(page: Page) -> list[HtmlElement]:
    """The alike posts of a section named for comments only by its ``aria-label`` (a
    ``<section>``, or an element whose role is "region"), inside it."""
    regions = [page.elements[i] for i, role in page.roles if role == "region"]
    regions.extend(tagged(page, "section"))
    for region in regions[:_MAX_LABELLED]:
        label = region.get("aria-label")
        if not label or _SECTION_HEADING.match(label.strip()) is None:
            continue
        if _excluded_context(region):
            continue
        posts = _named(_posts_below(region, page), page)
        if posts:
            return posts
    return []


_MAX_LABELLED = 200  # sections and regions whose label is read


def _own_nodes(post: HtmlElement) -> list[HtmlElement]:
    """The elements of ``post``, itself first (no comments or processing instructions)."""
    return [node for node in post.iter() if isinstance(node.tag, str)]


def _named(posts: list[HtmlElement], page: Page) -> list[HtmlElement]:
    """The posts that show who wrote them: under a heading that names comments, teaser cards
    of other articles (a title, a day, a summary) are alike dated posts too, but unsigned."""
    named = []
    for post in posts:
        if _author(_own_nodes(post), None) is not None or _line_name(post, page):
            named.append(post)
    return named


def _line_name(post: HtmlElement, page: Page) -> bool:
    """Whether a post's first line sets a name apart ("<header><b>Sam</b> <time>…")."""
    first = next((c for c in post if isinstance(c.tag, str)), None)
    if first is None or first.tag not in ("p", "div", "header", "footer", "span"):
        return False
    for node in first.iter(*_NAME_TAGS):
        name = _clean_author(element_text(node, 80))
        if name and len(name.split()) <= 5 and find_text_date(name, page.html_lang) is None:
            return True
    return False


def _posts_after(heading: HtmlElement, page: Page) -> list[HtmlElement]:
    """The alike posts of a comment section whose heading is not among them: the heading
    sits in a small wrapper ("<header><h2>Replies</h2><a>…</a></header>") with the posts
    after the wrapper, or the posts sit in the container after the heading (or after its
    wrapper), one or two wrappers deep."""
    starts = [heading]
    parent = heading.getparent()
    if (
        parent is not None
        and parent.tag in _HEADING_WRAPPERS
        and len(parent) <= 3
        and parent.getparent() is not None
    ):
        posts = _alike_posts(parent.getparent(), parent, page)
        if posts:
            return posts
        starts.append(parent)
    for start in starts:
        box = start.getnext()
        while box is not None and not isinstance(box.tag, str):
            box = box.getnext()  # comments and processing instructions between
        posts = _posts_below(box, page)
        if posts:
            return posts
    return []


def _posts_below(box: HtmlElement | None, page: Page) -> list[HtmlElement]:
    """The alike posts among the children of ``box``, or of its only child, one or two
    wrappers deep; the items of a list (``<ul>``/``<ol>``: Komento, vBulletin) too."""
    for _ in range(3):
        if box is not None and box.tag in _LIST_BOXES:
            # list items are teasers and link lists far more often than posts: each must
            # name its writer in an element classed for it
            posts = _alike_posts(box, None, page, _LIST_POSTS)
            if all(_author(_own_nodes(post), None) is not None for post in posts):
                return posts
            return []
        if box is None or box.tag not in _POST_BOXES:
            break
        posts = _alike_posts(box, None, page)
        if posts:
            return posts
        inner = [child for child in box if isinstance(child.tag, str)]
        box = inner[0] if len(inner) == 1 else None
    return []


_HEADING_WRAPPERS = frozenset({"header", "div", "hgroup"})
_POST_BOXES = frozenset({"div", "section", "main"})
_LIST_BOXES = frozenset({"ul", "ol"})
_LIST_POSTS = frozenset({"li"})
_MAX_SECTION_HEADINGS = 10  # headings naming comments that are tried, in page order
_MAX_POSTS = 10_000  # siblings read after such a heading


# A class token naming one comment's text: "comment-body", "comment__text", "commentText",
# "c-comment-content", "kommentar-text", "commento-testo", "reactie-tekst".
_TEXT_TOKEN = re.compile(
    rf"^(?:[a-z0-9]{{1,12}}[-_]{{1,2}})?(?:{_NOUN})[-_]{{0,2}}"
    r"(?:body|content|text|texte|tekst|testo|texto|tresc|inhalt|message|msg|txt)$"
)
# A class/id token naming a whole comment section: a plural ("comments", "kommentare") alone
# or with a prefix or suffix ("post-comments", "comments-list", "c-comments").
_PLURAL_TOKEN = re.compile(rf"(?:^|[-_])(?:{PLURAL})(?:$|[-_])")
_STOP_TAGS = frozenset({"body", "html", "main", "form", "nav", "aside"})


def _text_items(page: Page) -> list[HtmlElement]:
    """Comments found from their text elements, when no element is classed as a comment.

    Some systems class only a comment's text ("comment-body", "comment__text") and leave the
    element around one comment unclassed (``<div class="even">``, ``<li id="a8f3c">``). Each
    comment is then the largest element around one such text: climbing from the text stops
    below an element that holds a second comment text, names the whole section ("comments",
    "comments-list"), or holds the page's headline. A comment found this way must show who
    wrote it or when: a "write a comment" box has a text element too, but neither.
    """
    texts = [el for el, key in comment_hinted(page) if _item_bits(el.get("class")) & _TEXT_BIT]
    if not texts or len(texts) > page.limits.max_comments:
        return []
    text_set = set(texts)
    outer: set[HtmlElement] = set()
    chains: dict[HtmlElement, list[HtmlElement]] = {}
    held: dict[HtmlElement, int] = {}
    for el in texts:
        chain: list[HtmlElement] = []
        node = el.getparent()
        while node is not None and len(chain) < 8:
            if node in text_set:
                outer.add(node)  # a text element around another: the inner one counts
            chain.append(node)
            node = node.getparent()
        chains[el] = chain
    inner = [el for el in texts if el not in outer]
    for el in inner:
        for node in chains[el]:
            held[node] = held.get(node, 0) + 1
    headline = set()
    for h1 in page.h1[:3]:
        headline.update(h1.iterancestors())
    items: list[HtmlElement] = []
    for el in inner:
        if _excluded_context(el) or _form_part(el):
            continue
        item = el
        for node in chains[el]:
            if (
                held[node] > 1
                or node.tag in _STOP_TAGS
                or node in headline
                or _item_bits(node.get("class")) & _PLURAL_BIT
                or _PLURAL_TOKEN.search((node.get("id") or "").lower())
            ):
                break
            item = node
        items.append(item)
    return items


# The class of a list that is a comment's row of actions or links, not the comment list
# ("comment-actions", "links inline", "flat-list buttons", "share-tools").
_ACTION_LIST = re.compile(r"action|tool|button|share|links?\b|vote|control|meta", re.I)


def _section_lists(sections: list[HtmlElement], page: Page) -> list[HtmlElement]:
    """Unclassed ``<li>`` items of the first list in a ``#comments`` section (and their replies)."""
    for section in sections[:3]:
        for lst in section.iter("dl"):
            # A section written as a definition list: each <dd> is a comment and the <dt>
            # before it names the writer and the day (see _definition_group).
            if _form_part(lst) or _excluded_context(lst):
                continue
            entries = [
                dd
                for dd in lst
                if dd.tag == "dd"
                and (prev := dd.getprevious()) is not None
                and prev.tag == "dt"  # the first <dd> of each entry; later ones hold its date
                and len(element_text_short(dd)) >= 3
            ]
            if entries:
                return entries[:10_000]
        for lst in section.iter("ul", "ol"):
            if (
                _form_part(lst)
                or _excluded_context(lst)
                or _ACTION_LIST.search(lst.get("class") or "") is not None
            ):
                continue
            top = [li for li in lst if li.tag == "li"]
            if len(top) < 1 or any(len(element_text_short(li)) < 3 for li in top[:3]):
                continue
            items: list[HtmlElement] = []
            for li in lst.iter("li"):
                if not _form_part(li):
                    items.append(li)
                if len(items) >= 10_000:
                    break
            return items
    for section in sections[:3]:
        alike = _alike_posts(section, None, page)
        if alike:
            return alike
    return []


_POST_TAGS = frozenset({"div", "article", "section"})


def _alike_posts(
    section: HtmlElement,
    after: HtmlElement | None = None,
    page: Page | None = None,
    post_tags: frozenset[str] = _POST_TAGS,
) -> list[HtmlElement]:
    """A comment section without a list: its alike dated posts ("<article class=reply>" …).

    Two or more children of one tag (among ``post_tags``) and class (after the child
    ``after`` when given), each
    with a date (``<time>``; given the ``page``, also a first line holding a date, see
    :func:`_meta_line`) and some text, and none holding a form: the comments, written as
    blocks instead of list items.
    """
    groups: dict[tuple[str, str], list[HtmlElement]] = {}
    children = islice(after.itersiblings() if after is not None else iter(section), _MAX_POSTS)
    for child in children:
        tag = child.tag
        if isinstance(tag, str) and tag in post_tags:
            groups.setdefault((tag, _steady_class(child)), []).append(child)
    for posts in groups.values():
        if len(posts) < 2:
            continue
        if all(
            (
                next(post.iter("time"), None) is not None
                or (
                    page is not None
                    and (_meta_line(post, page) is not None or _foot_line(post, page) is not None)
                )
            )
            and next(post.iter("form", "textarea"), None) is None
            and len(element_text(post, 40)) >= 20
            for post in posts
        ):
            return posts
    return []


# Class tokens that alternate between alike posts ("bg1"/"bg2", "odd"/"even", "post-12").
_ALTERNATING = re.compile(r"^(?:odd|even|alt|first|last|unread)$|\d")


def _steady_class(el: HtmlElement) -> str:
    """``el``'s class without the tokens that alternate between alike posts."""
    cls = el.get("class")
    if not cls:
        return ""
    return " ".join(sorted(t for t in cls.split() if not _ALTERNATING.search(t.lower())))


def element_text_short(el: HtmlElement) -> str:
    return " ".join("".join(el.itertext())[:200].split())


_NAME_TAGS = ("strong", "b", "cite", "a", "span")
_WORD = re.compile(r"[^\W\d_]{2,}")


_TEXT_BOX = re.compile(r"content|text|body|message|msg")


def _holds_text_box(el: HtmlElement) -> bool:
    """Whether ``el`` holds an element classed as a comment's text ("comment-content")."""
    for node in el.iter():
        cls = node.get("class") if node is not el else None
        if cls and _TEXT_BOX.search(cls.lower()):
            return True
    return False


def _meta_line(
    item: HtmlElement, page: Page, *, classed: bool = False
) -> tuple[HtmlElement, Author | None, DateValue | None] | None:
    """A comment's first line "<strong>Name</strong> · date" (author and date).

    In a ``classed`` comment (its markup already marks its metadata) the line must be
    little more than a name and a date ("Tomasz W. schrieb am 02.03.2024, 09:14 Uhr", at
    most three other words) and text must follow it: a short first paragraph that
    mentions a date is the comment itself.
    """
    first = next((c for c in item if isinstance(c.tag, str)), None)
    if first is None or first.tag not in ("p", "div", "header", "footer", "span"):
        return None
    if classed and (first.getnext() is None or _holds_text_box(first)):
        return None  # no text after the line, or the line holds the comment's text
    text = element_text(first, 160)
    if not text or len(text) > 150:
        return None
    found = find_text_date_at(text, page.html_lang)
    date = found[0] if found is not None else None
    label = None if date is not None else _relative(text, page)
    if date is None and label is None:
        date = _yearless_in(first, page)
        if date is None:
            return None
    if label is not None:
        date = label[0]
    author = None
    for node in first.iter(*_NAME_TAGS):
        name = _clean_author(element_text(node, 80))
        if name and find_text_date(name, page.html_lang) is None:
            author = Author(name=name)
            break
    if classed:
        if found is None:
            return None
        rest = text[: found[2]] + " " + text[found[3] :]
        if author is not None:
            rest = rest.replace(author.name, " ")
        if len(_WORD.findall(rest)) > 3:
            return None
    return first, author, date


def _yearless_in(line: HtmlElement, page: Page) -> DateValue | None:
    """The day of an element classed for it in ``line`` that prints no year ("<span
    class=post-date>Aug 20</span>"), read against ``now=`` (see :func:`yearless_day`)."""
    if not page.now_given:
        return None
    for node in line.iter():
        if node.attrib and _class_bits(node.get("class")) & _DATE_BIT:
            day = yearless_day(element_text(node, 40), page.now)
            if day is not None:
                return day
    return None


_FOOT_TAGS = frozenset({"p", "div", "span", "footer", "small"})


def _foot_line(item: HtmlElement, page: Page) -> tuple[HtmlElement, Author, DateValue] | None:
    """A comment's last line that signs and dates it ("Posted by: <a>Sam</a> | May 3, 2024
    10:10 AM", "<footer><span>Sam</span> — <time>…</footer>"): a name in its own element,
    a day, and at most three other words; the comment's text comes before it."""
    last = next((c for c in reversed(item) if isinstance(c.tag, str)), None)
    if last is None or last.tag not in _FOOT_TAGS or last.getprevious() is None:
        return None
    if _holds_text_box(last):
        return None  # the box of the comment's text ("comment-text" around "comment-body")
    text = element_text(last, 160)
    if not text or len(text) > 150:
        return None
    lang = page.html_lang
    found = find_text_date_at(text, lang)
    if found is not None and found[1] in ("year", "month"):
        found = None  # "Sam, 2019": no day
    date = found[0] if found is not None else None
    if date is None:
        time = next(last.iter("time"), None)
        date = _date([time], page)[0] if time is not None else None
    if date is None:
        return None
    for node in last.iter(*_NAME_TAGS):
        if node is last:
            continue
        shown = element_text(node, 80)
        if shown.endswith(":"):
            return None  # "<b>Update:</b> May 3, 2024 …": a label, not a signature
        name = _clean_author(shown)
        if not name or find_text_date(name, lang) is not None:
            continue
        rest = text.replace(name, " ")
        if found is not None:
            rest = rest.replace(text[found[2] : found[3]], " ")
        else:
            rest = _without_times(last).replace(name, " ")
        if len(_WORD.findall(rest)) > 3:
            return None
        return last, Author(name=name, kind=AuthorKind.PERSON), date
    return None


def _reply_list(cls: str | None) -> bool:
    """Whether a class names a list of replies ("children", "replies", "antworten"): its
    words are read as substrings of the lower-cased value (none holds a space)."""
    if not cls:
        return False
    low = cls.lower()
    return "child" in low or "repl" in low or "antwort" in low or "respuesta" in low


def comment_elements(page: Page) -> list[HtmlElement]:
    """The elements whose text the comment reader read as a reader's comment (computed once a
    page, shared with the comments source): the body reader leaves them out."""
    return _page_comments(page)[2]


def _page_comments(page: Page) -> tuple[list[Comment], list[HtmlElement], list[HtmlElement]]:
    found: tuple[list[Comment], list[HtmlElement], list[HtmlElement]] = page.cached(
        "html-comments", _html_comments
    )
    return found


def _html_comments(
    page: Page,
) -> tuple[list[Comment], list[HtmlElement], list[HtmlElement]]:
    """The comments read from the page's HTML, the comment elements found, and those of the
    comments read."""
    raw_items, signed_only = _html_items(page)
    if not raw_items:
        return forum_replies(page)
    item_set = set(raw_items)
    # Nearest ancestor item of each item, and whether a list/children container sits between.
    parent_of: dict[HtmlElement, HtmlElement | None] = {}
    alias: set[HtmlElement] = set()
    for el in raw_items:
        node = el.getparent()
        via_list = False
        depth = 0
        found = None
        while node is not None and depth < 40:
            if node in item_set:
                found = node
                break
            if node.tag in ("ul", "ol", "dl") or _reply_list(node.get("class")):
                via_list = True
            node = node.getparent()
            depth += 1
        parent_of[el] = found
        if found is not None and not via_list:
            alias.add(el)  # a wrapper inside the same comment (article.comment-body …)
    # One comment never holds two alike others (one tag, one class) with no reply list
    # between them: an element classed as one ("comment-wrapper", "comment-box") around
    # several is the section. (Unlike parts of one comment, "comment-main" beside
    # "comment-box", are its parts.)
    held: dict[tuple[HtmlElement, str, str], int] = {}
    for el in alias:
        owner = parent_of[el]
        if owner is not None:
            key = (owner, el.tag, el.get("class") or "")
            held[key] = held.get(key, 0) + 1
    sections = {key[0] for key, n in held.items() if n >= 2}
    if sections:
        for el in raw_items:
            owner = parent_of[el]
            while owner is not None and owner in sections:
                owner = parent_of[owner]
            if el in alias and parent_of[el] in sections:
                alias.discard(el)
            parent_of[el] = owner
        alias.update(sections)
    items = [el for el in raw_items if el not in alias]
    if not items:
        return [], [], []
    # Drop lists inside "recent comments" widgets and elements holding a form.
    items = [el for el in items if not _excluded_context(el) and not _form_part(el)]
    kept = set(items)
    max_comments = page.limits.max_comments
    comments: list[Comment] = []
    read: list[HtmlElement] = []
    ids: dict[HtmlElement, str] = {}
    position = {el: i for i, el in enumerate(items)}
    alias_id: dict[HtmlElement, str] = {}
    for other in raw_items:
        owner = parent_of.get(other)
        if other in alias and owner is not None and owner not in alias_id:
            got = _item_id(other)
            if got is not None:
                alias_id[owner] = got
    kept_parent = thread_parents(items, parent_of, kept)
    has_replies = {p for p in kept_parent.values() if p is not None}
    base = page.url
    skip = kept  # nested items are skipped while reading an item (an item never skips itself)
    found_ids: set[str] = set()  # the ids of the comments read so far
    if len(items) > max_comments:
        page.warn(
            "too-many-comments",
            f"{len(items)} comments on the page; the first {max_comments} read "
            "(Limits.max_comments)",
        )
    for index, el in enumerate(items[:max_comments]):
        meta_line = _meta_line(el, page, classed=bool(el.get("class"))) or _foot_line(el, page)
        parts: list[str] = []
        name_head = _name_heading(el) if meta_line is None else None
        also = meta_line[0] if meta_line is not None else name_head
        _walk_text(el, skip, parts, [_MAX_ITEM_CHARS], also)
        text = _tidy(parts)
        if not _has_content(text) or (_NOT_COMMENT.match(text) and len(text) < 60):
            continue
        if any(t in ("pingback", "trackback") for t in _tokens(el)):
            continue
        ident = _item_id(el) or alias_id.get(el)
        parent = kept_parent[el]
        parent_id = None
        if parent is not None:
            parent_id = ids.get(parent)
            if parent_id is None:
                parent_id = f"#{position[parent] + 1}"
                ids[parent] = parent_id
        if ident is None and el in has_replies:
            ident = f"#{index + 1}"
        if ident is not None:
            ids[el] = ident
        # The comment's own nodes, walked once for its date, author and votes.
        own = list(_own_iter(el, skip))
        if el.tag == "dd":
            own.extend(_definition_group(el, kept))
        if parent_id is None and found_ids:
            # a flat list's "In reply to <a href=#comment-12>": the comment it answers
            target = reply_target(own)
            if target is not None and target != ident and target in found_ids:
                parent_id = target
        date, label = _date(own, page)
        author = _author(own, base)
        if meta_line is not None:
            author = author or meta_line[1]
            date = date or meta_line[2]
        if author is None and name_head is not None:
            author = Author(name=element_text(name_head, 80), kind=AuthorKind.PERSON)
        if author is not None:
            # "<cite>Jane</cite> says:" and the day over the text: not the comment's words
            text, lead_date = strip_lead(text, author.name, page.html_lang)
            date = date or lead_date
        if el.tag == "dd" and (author is None or date is None):
            term = _term_line(el, kept, page)
            if term is not None:
                author = author or term[0]
                date = date or term[1]
        if author is None and date is None and label is None:
            head = _head_before(el, kept)
            if head is not None:
                date, label = _date(head, page)
                author = _author(head, base)
        if date is not None and date_problem(date, page.now) is not None:
            date = None  # the validity rule: no comment from the future or before 1995
        if (author is None and date is None and label is None) and (
            signed_only or (ident is None and _holds_form(el))
        ):
            continue  # a block around a comment form, with nobody, no day and no id, is none
        up, down = _votes(own)
        try:
            comments.append(
                Comment(
                    text=text,
                    id=ids.get(el),
                    author=author,
                    date_published=date,
                    parent_id=parent_id,
                    upvotes=up,
                    downvotes=down,
                    date_label=label,
                )
            )
        except (TypeError, ValueError):
            continue
        read.append(el)
        if ident is not None:
            found_ids.add(ident)
    return comments, items, read


# ----------------------------------------------------------------------------- JSON-LD


def _ld_text(value: Any) -> str | None:
    if isinstance(value, dict):
        value = value.get("@value") or value.get("text")
    return clean_text(value, limit=_MAX_ITEM_CHARS)


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


def _ld_comments(page: Page) -> list[Comment]:
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


# ----------------------------------------------------------------------------- microdata, RDFa


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


def _md_comments(page: Page) -> list[Comment]:
    if not page.itemscopes:
        return []
    return _tree_comments(page, microdata_tree(page), page.itemscopes, ("itemid",))


def _rdfa_comments(page: Page) -> list[Comment]:
    if not page.rdfa:
        return []
    scopes = [el for el in page.rdfa if el.get("typeof")]
    if not scopes:
        return []
    return _tree_comments(page, rdfa_tree(page), scopes, ("resource", "about"))


# ----------------------------------------------------------------------------- entry point


def candidates(page: Page) -> list[Candidate]:
    """Comment candidates of one page (see the module docstring)."""
    out: list[Candidate] = []
    structured = (
        (_ld_comments(page), SourceKind.JSON_LD, "json-ld Comment", 0.9),
        (_md_comments(page), SourceKind.MICRODATA, "microdata Comment", 0.85),
        (_rdfa_comments(page), SourceKind.RDFA, "rdfa Comment", 0.8),
    )
    for found, source, where, confidence in structured:
        if found:
            out.append(
                Candidate(
                    field="comments",
                    value=tuple(found),
                    source=source,
                    locator=where,
                    raw=found[0].text[:200],
                    confidence=confidence,
                )
            )
    html_comments, items, _read = _page_comments(page)
    if html_comments:
        out.append(
            Candidate(
                field="comments",
                value=tuple(html_comments),
                source=SourceKind.HATOM if _hatom(items) else SourceKind.CONTENT,
                locator=locator(items[0]),
                raw=html_comments[0].text[:200],
                confidence=0.7,
            )
        )
    count = comment_count(page)
    if count is not None:
        out.append(
            Candidate(
                field="comment_count",
                value=count[0],
                source=SourceKind.VISIBLE_TEXT,
                locator=locator(count[1]),
                raw=count[2],
                confidence=0.6,
            )
        )
    forms = comment_forms(page)
    if forms:
        form = forms[0]
        out.append(
            Candidate(
                field="comments_open",
                value=True,
                source=SourceKind.CONTENT,
                locator=locator(form),
                raw=(form.get("action") or form.get("id") or "form")[:200],
                confidence=0.8,
            )
        )
        fields = required_fields(form)
        if fields:
            out.append(
                Candidate(
                    field="comment_form_fields",
                    value=tuple(fields),
                    source=SourceKind.CONTENT,
                    locator=locator(form),
                    raw=", ".join(fields),
                    confidence=0.8,
                )
            )
    else:
        closed = _closed(page)
        if closed is not None:
            out.append(
                Candidate(
                    field="comments_open",
                    value=False,
                    source=SourceKind.VISIBLE_TEXT,
                    locator=locator(closed[0]),
                    raw=closed[1],
                    confidence=0.6,
                )
            )
    return out


def _closed(page: Page) -> tuple[HtmlElement, str] | None:
    for el, _key in comment_hinted(page):
        if el.tag not in COUNT_TAGS or len(el) > 4:
            continue
        text = element_text(el, limit=120)
        if text and len(text) <= 100 and _CLOSED.match(text):
            return el, text
    return None


def _hatom(items: list[HtmlElement]) -> bool:
    return any("hentry" in _tokens(el) or "h-entry" in _tokens(el) for el in items[:3])
