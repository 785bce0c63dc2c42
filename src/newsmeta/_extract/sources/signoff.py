"""The writer's sign-off at the end of the article ("Benni<br>10. September 2017").

Blog posts, letters and press statements often end with the writer's name on a line of its
own, emphasised, after a dash, or followed by a date or a role; news stories end with a
line about their writer in italics ("Maya Ortiz is a freelance writer based in Denver."). A
fallback: it runs only when no other source names the authors strongly enough.
"""

from __future__ import annotations

import re

from lxml.html import HtmlElement

from newsmeta._extract._candidates import Candidate
from newsmeta._extract._page import Page, element_text
from newsmeta._extract._values import byline_authors, find_text_date
from newsmeta._extract._words import NEWSROOM_ROLES
from newsmeta._extract.sources.byline import byline_candidate, lines_text

__all__ = ["candidates"]

_MAX_SIGNOFF = 80
_EMPHASIS = ("strong", "b", "em", "i")


def candidates(page: Page, scope: HtmlElement | None) -> list[Candidate]:
    """The name on the last line of the article's text, when it is a sign-off."""
    if scope is None:
        return []
    last = _last_paragraph(page, scope)
    return _signoff(page, last) if last is not None else []


def _signoff(page: Page, last: HtmlElement) -> list[Candidate]:
    """The writer the article's last paragraph names: a line about them, a name after a
    dash, a name alone in bold, or a name with a date or a role under it."""
    tagline = _tagline(last)
    if tagline:
        return tagline
    text = lines_text(last, _MAX_SIGNOFF + 1)
    if not text or len(text) > _MAX_SIGNOFF:
        return []
    if text[0] in "（(" and text[-1] in "）)":
        return _bracketed(last, text)
    text = _after_closing(text)
    signed = _DASH.match(text)
    if signed is not None:
        # "— Hanna Lindqvist": a full name alone after a dash signs, outside a quotation
        name = text[signed.end() :].strip()
        if ", " in name:
            # "— Jane Doe, Staff Writer": the name and the writer's newsroom role
            name, _, role = name.partition(", ")
            if _NEWSROOM_ROLE.fullmatch(role) is None:
                return []
        authors = byline_authors(name)
        if len(authors) == 1 and " " in name and authors[0].name == name and not _quoted(last):
            return [byline_candidate(authors, last, text, 0.5)]
        return []
    lines = text.split(" | ")
    if len(lines) > 3:
        return []
    authors = byline_authors(lines[0])
    if len(authors) != 1 or authors[0].name != lines[0].strip():
        return []
    if len(lines) == 1:
        # A name alone signs only when it stands out ("<p><strong>Jane Doe</strong></p>").
        if " " not in authors[0].name or not _emphasised(last):
            return []
    else:
        dated = find_text_date(lines[1], page.html_lang) is not None
        if " " not in authors[0].name and not dated:
            # A first name alone signs with a date under it ("Benni<br>10. September 2017").
            return []
        if not dated and not _role_line(lines[1]):
            return []
    cand = byline_candidate(authors, last, text, 0.5)
    return [cand]


# A letter's closing line before the signature ("See you next week,", "Bis bald,", "Un
# saludo,"): a few words ending with a comma, no digit.
_MAX_CLOSING = 30


def _after_closing(text: str) -> str:
    """The signature line after a closing line ("See you next week, | — Nora Becker,
    editor" -> "— Nora Becker, editor"), or ``text`` as it is."""
    head, sep, tail = text.partition(" | ")
    if (
        sep
        and len(head) <= _MAX_CLOSING
        and head.endswith(",")
        and not any(ch.isdigit() for ch in head)
        and _DASH.match(tail) is not None
    ):
        return tail
    return text


# The Japanese sign-off in brackets closing a story: the writer's desk or post, then the name
# ("（社会部　山田花子）", "（ニューヨーク＝田中太郎）"), or the name alone in kanji
# ("（山田花子）"; an agency "（共同）", a desk "（編集部）", a paper "（東京新聞）" or the
# note "（敬称略）" is none).
_BRACKETED = re.compile(
    r"^[（(]\s*(?:(?P<desk>[^\s（）()]{1,12}?(?:部|局|支局|総局)[\s　]+|"
    r"[^\s（）()=＝]{1,12}[=＝]\s*)"
    r"(?P<name>[\u4e00-\u9fff]{1,4}[\s　]?[\u4e00-\u9fff\u3040-\u30ff]{1,4})|"
    r"(?P<alone>[\u4e00-\u9fff]{3,5}(?<![部局社信会省庁団聞報送略])))\s*[）)]$"
)


def _bracketed(last: HtmlElement, text: str) -> list[Candidate]:
    """The writer a bracketed Japanese sign-off names, with their desk or alone."""
    found = _BRACKETED.match(text)
    if found is None:
        return []
    name = found.group("name") or found.group("alone")
    authors = byline_authors(name)
    if len(authors) != 1 or authors[0].name != name:
        return []
    return [byline_candidate(authors, last, text, 0.5)]


_DASH = re.compile(r"^(?:[–—]|--?)\s*(?=\S)")
# A newsroom role after the signing name ("Staff Writer", "Senior Correspondent", "Redakteurin"),
# and where it is based ("corresponsal en Madrid").
_NEWSROOM_ROLE = re.compile(
    r"(?:[^\W\d_]+\s+){0,3}(?:" + NEWSROOM_ROLES + r")s?"
    r"(?:\s+(?:in|en|à|a|em|aus|im|at)\s+[^\W\d_][\w'’-]*(?:\s+[^\W\d_][\w'’-]*)?)?",
    re.I,
)
# A line about the writer at the story's end: a full name, then "is a … writer" ("… ist
# freie Journalistin", "… est journaliste", "… es periodista"), set in italics or bold.
_TAGLINE = re.compile(
    r"^(?P<name>[^\W\d_][\w'’.-]*(?:\s+[^\W\d_][\w'’.-]*){1,3})\s+"
    r"(?:is|ist|est|es|è)\s+(?:(?:a|an|the|ein|eine|un|une|una|uno)\s+)?"
    r"(?:[\w'’-]+\s+){0,5}?(?:" + NEWSROOM_ROLES + r")\b",
    re.I,
)
_MAX_TAGLINE = 300


def _tagline(para: HtmlElement) -> list[Candidate]:
    """The writer a line about them names ("<em>Maya Ortiz is a freelance writer based in
    Denver.</em>"), when the whole paragraph is emphasised."""
    if not _emphasised(para):
        return []
    text = element_text(para, _MAX_TAGLINE + 1)
    found = _TAGLINE.match(text) if len(text) <= _MAX_TAGLINE else None
    if found is None:
        return []
    authors = byline_authors(found.group("name"))
    if len(authors) != 1 or authors[0].name != found.group("name"):
        return []
    return [byline_candidate(authors, para, text, 0.5)]


def _quoted(para: HtmlElement) -> bool:
    """Whether a paragraph sits in a quotation (who said it, not who wrote)."""
    return any(a.tag in ("blockquote", "q", "figure") for a in para.iterancestors())


def _last_paragraph(page: Page, scope: HtmlElement) -> HtmlElement | None:
    """The last ``<p>`` under ``scope`` (itself included) with text, found from the end of
    the page index's tag list (no walk of the scope, no proxy for every paragraph)."""
    try:
        lo, hi = page.span(scope)
    except ValueError:  # pragma: no cover - a scope outside the indexed tree
        return next((p for p in reversed(list(scope.iter("p"))) if element_text(p, 4)), None)
    tags = page.tags[lo:hi]
    tags.reverse()
    els = page.elements
    k = 0
    while True:
        try:
            k = tags.index("p", k)
        except ValueError:
            return None
        para = els[hi - 1 - k]
        thread = _thread_of(para, scope)
        if thread is not None:
            # a reader's comment under the story: skip its whole thread, to the story's text
            try:
                k = hi - page.span(thread)[0]
            except ValueError:  # pragma: no cover - an element outside the indexed tree
                return None
            continue
        if element_text(para, 4):
            return para
        k += 1


# The class or id of a thread of reader comments ("comments", "box-comment", "talkbacks",
# "binh-luan"): the last paragraph of a page whose comments sit inside the article's
# region is a reader's, not the story's sign-off.
_THREAD = re.compile(r"comment|talkback|binh-?luan|reaction", re.I)


def _thread_of(para: HtmlElement, scope: HtmlElement) -> HtmlElement | None:
    """The comment thread between ``para`` and ``scope`` holding ``para``, if any."""
    for el in para.iterancestors():
        if el is scope:
            return None
        if _THREAD.search(f"{el.get('class', '')} {el.get('id', '')}") is not None:
            return el
    return None


def _role_line(line: str) -> bool:
    """A short role under a name ("Bundesvorsitzender", "Head of Communications")."""
    return len(line.split()) <= 4 and not any(ch.isdigit() for ch in line)


def _emphasised(para: HtmlElement) -> bool:
    """The paragraph's text is all inside one emphasis element."""
    if (para.text or "").strip() or len(para) != 1:
        return False
    child = para[0]
    return child.tag in _EMPHASIS and not (child.tail or "").strip()
