"""The declared comment count and the comment form, and the comment words the comment
reader shares with them (class/id keys naming comments, the plural nouns, the form keys).

``comment_count`` reads "3 thoughts on …", "Kommentare (12)", "No comments yet" near the
comment area, or a link to the page's own comments; ``comment_forms`` finds forms with a
text area that post comments; ``required_fields`` normalises their required fields.
"""

from __future__ import annotations

import re
from itertools import compress, islice, repeat
from operator import eq
from urllib.parse import urlsplit

from lxml.html import HtmlElement

from newsmeta._extract._page import Page, element_text
from newsmeta._extract._values import to_int
from newsmeta._extract._words import (
    COMMENT_HEADINGS,
    COMMENT_MEASURE,
    COMMENT_PLURALS,
    COMMENT_STEMS,
)

__all__ = [
    "COMMENT_FORM",
    "COUNT_TAGS",
    "PLURAL",
    "comment_count",
    "comment_forms",
    "comment_hinted",
    "names_comments",
    "required_fields",
    "tagged",
]

PLURAL = "|".join(COMMENT_PLURALS)
COUNT_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6", "span", "p", "div", "strong", "b",
                         "em", "small", "li", "header", "section", "label"})  # fmt: skip

_COUNT_TEXT = re.compile(
    r"^(?:(?P<n1>\d[\d.,]{0,9})" + COMMENT_MEASURE + r"(?:thoughts?\s+on|comments?|"
    r"responses?(?:\s+to)?|replies|reacties|kommentare?|comentarios?|respuestas?|"
    r"commentaires?|r[ée]ponses?|coment[aá]rios?|respostas?|antworten|gedanken\s+zu|"
    r"meinungen\s+zu|comment[io]|" + COMMENT_HEADINGS + r")(?!\w)"
    # "Comments (23)", also qualified ("Reader comments (23)", "All comments: 23")
    r"|(?:(?:readers?['’]?|user|all)\s+)?"
    r"(?:comments?|kommentare?|comentarios?|commentaires?|coment[aá]rios?|responses?|commenti|"
    r"reacties|antworten|discussion|"
    + COMMENT_HEADINGS
    + r")(?:\s*[:(\[（]\s*|\s+(?=\d[\d.,]{0,9}\s*개))"
    r"(?P<n2>\d[\d.,]{0,9})\s*(?:件|개)?\s*[)\]）]?\s*$"
    r"|(?P<zero>no comments(?: yet)?|(?:noch |bisher )?keine kommentare|sin comentarios|"
    r"a[úu]n no hay comentarios|aucun commentaire|pas encore de commentaires?|"
    r"nessun commento|brak komentarzy|nog geen reacties|ainda n[ãa]o h[áa] coment[áa]rios|"
    r"sem coment[aá]rios|be the first to comment|sei der erste|s[ée] el primero en comentar|"
    r"soyez le premier [àa] commenter|seja o primeiro a comentar|"
    # "no comments yet" in Arabic, Hebrew, Indonesian, Vietnamese, Chinese, Japanese,
    # Hungarian, Croatian, Czech, Romanian, Korean and Turkish
    r"لا توجد تعليقات|אין תגובות|belum ada komentar|chưa có bình luận|暂无评论|"
    r"まだコメントはありません|nincs hozzászólás|nema komentara|žádné komentáře|"
    r"niciun comentariu|(?:아직\s*)?댓글이\s*없습니다|henüz yorum (?:yok|yapılmamış))(?!\w))",
    re.I,
)
COMMENT_FORM = re.compile("|".join((*COMMENT_STEMS, "respon", "reply", "discuss", "disqus")), re.I)
_NOT_COMMENT_FORM = re.compile(
    r"newsletter|subscri|search|login|log-in|signin|sign-in|register|contact|kontakt|"
    r"contacto|abonn|suche|buscar|recherche|poll|survey|checkout|cart|rating-form",
    re.I,
)
# Required-field names, normalised.
_FIELD_NAMES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("captcha", re.compile(r"captcha|g-recaptcha|h-captcha|turnstile", re.I)),
    ("email", re.compile(r"e-?mail|correo|courriel|mail", re.I)),
    ("website", re.compile(r"\burl\b|website|homepage|web ?site|webseite|sitio|site ?web", re.I)),
    ("name", re.compile(r"author|\bname\b|nombre|\bnom\b|nome|your-name|^name|nick", re.I)),
    ("message", re.compile(
        r"comment|message|mensaje|nachricht|kommentar|commentaire|coment|text|body|content",
        re.I,
    )),
    ("subject", re.compile(r"subject|betreff|asunto|sujet|assunto|title", re.I)),
)  # fmt: skip
_VALIDATION = re.compile(
    r"^(?:please\s+)?(?:enter|provide|fill in|type|write|check|complete|verify|"
    r"introduce|ingrese|escribe|bitte geben sie|geben sie|veuillez (?:saisir|entrer|indiquer)|"
    r"por favor,? (?:introduzca|ingrese|insira|escreva|digite))\b.{1,60}$|"
    r"(?:is required|are required|required field|ist erforderlich|es obligatorio|"
    r"est obligatoire|[ée] obrigat[óo]rio|pflichtfeld)",
    re.I,
)
_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
_COUNT_KEY = re.compile(r"count|title|number|num|total|head|anzahl|zahl")


def names_comments(key: str) -> bool:
    """Whether a class/id string holds one of the comment words (:data:`COMMENT_STEMS`).

    Written out as substring tests (this runs for every hinted element, three times a
    page): every stem but "reactie", "hozzaszol", "yorum", "talkback" and "cmt" holds "ment",
    so most keys cost one or two tests.
    ``tests/extract/test_comments.py`` checks that it finds every stem.
    """
    if "ment" in key:
        return "comment" in key or "komment" in key or "coment" in key or "koment" in key
    return (
        "reactie" in key
        or "hozzaszol" in key
        or "yorum" in key
        or "talkback" in key
        or ("cmt" in key and _CMT.search(key) is not None)
    )


# The abbreviation "cmt" opening a word ("cmt-item", "cmt_list", "u_cbox_cmt"), not inside one
# ("changecmt", a notice about the comment policy).
_CMT = re.compile(r"(?<![a-z])cmt")


def comment_hinted(page: Page) -> list[tuple[HtmlElement, str]]:
    """The page's hinted elements whose class/id names comments, in document order (read
    once a page: the readers of the items, the count and the closed note share them)."""
    found: list[tuple[HtmlElement, str]] = page.cached(
        "comment-hinted", lambda p: [pair for pair in p.hinted if names_comments(pair[1])]
    )
    return found


# A class/id string naming the comments as a whole ("keine-kommentare", "entry-content-comments").
_PLURAL_KEY = re.compile(rf"(?:^|[-_\s])(?:{PLURAL})(?:$|[-_\s])")


def tagged(page: Page, *tags: str) -> list[HtmlElement]:
    """The page's elements of these tags, in document order: found by ``list.index`` on the
    page's tag list (a scan in C, about three times cheaper than a ``compress`` over a map of
    every tag; a Python step only for each element found)."""
    found: list[int] = []
    names = page.tags
    for tag in tags:
        at = -1
        try:
            while True:
                at = names.index(tag, at + 1)
                found.append(at)
        except ValueError:
            pass
    if len(tags) > 1:
        found.sort()
    return list(map(page.elements.__getitem__, found))


def comment_count(page: Page) -> tuple[int, HtmlElement, str] | None:
    best: tuple[int, HtmlElement, str, int] | None = None
    for el, key in page.hinted:
        if not (names_comments(key) or "respon" in key or "discus" in key):
            continue
        if el.tag not in COUNT_TAGS or len(el) > 4:
            continue
        counter = el.tag in _HEADINGS or _COUNT_KEY.search(key) is not None
        if counter or (
            (len(el) == 0 or (len(el) == 1 and len(el[0]) == 0))
            and _PLURAL_KEY.search(key) is not None
        ):
            # (any other element: a bare "no comments yet" line, or one link, named for the
            # comments as a whole: "keine-kommentare", "entry-content-comments")
            text = element_text(el, limit=120)
        else:
            continue
        if not text or len(text) > 100:
            continue
        match = _COUNT_TEXT.match(text)
        if not match or not (counter or match.group("zero")):
            continue  # "no comments yet" says 0 in any element named for comments
        if match.group("zero"):
            value = 0
        else:
            number = to_int(match.group("n1") or match.group("n2"))
            if number is None:
                continue
            value = number
        score = 2 if el.tag in ("h1", "h2", "h3", "h4", "h5") or "title" in key else 1
        if "count" in key:
            score += 1
        if not counter:
            score = 0  # any count shown as one beats a "no comments yet" line
        if best is None or score > best[3]:
            best = (value, el, text, score)
    if best is None or best[3] == 0:
        # (a plural names the comments, in any language: "comments", "reacties", "yorumlar";
        # these are among the comment-hinted elements)
        for el, key in comment_hinted(page):
            if el.tag not in ("div", "section", "aside") or (
                "comments" not in key and _PLURAL_KEY.search(key) is None
            ):
                continue
            for child in el[:6]:
                if child.tag not in _HEADINGS:
                    continue
                text = element_text(child, limit=120)
                match = _COUNT_TEXT.match(text) if text and len(text) <= 100 else None
                if match is None:
                    continue
                number = (
                    0 if match.group("zero") else to_int(match.group("n1") or match.group("n2"))
                )
                if number is not None:
                    return number, child, text
        beside = _count_beside(page)
        if beside is not None:
            return beside
        linked = _link_count(page)
        if linked is not None:
            return linked
    return None if best is None else best[:3]


_SECTION_TAGS = frozenset({"div", "section", "aside", "ol", "ul"})
_BESIDE_TAGS = COUNT_TAGS | {"button", "a"}
_BESIDE_READ = 2  # elements read before the comment section, and first in it


def _count_beside(page: Page) -> tuple[int, HtmlElement, str] | None:
    """The count printed right before the page's comment section, or first in it, whatever
    its element's class ("<button class=toggle>12 Comments</button><section id=comments>",
    "<div class=head-row><span>12 Kommentare</span></div>" opening the section; a counter
    filled by a comment embed): the short element's whole text is the count. The section is
    the first element named for comments that holds others (a counter's own key is read by
    :func:`comment_count`)."""
    section = next(
        (el for el, key in comment_hinted(page) if el.tag in _SECTION_TAGS and "count" not in key),
        None,
    )
    if section is None:
        return None
    around = [
        *islice(
            (e for e in section.itersiblings(preceding=True) if isinstance(e.tag, str)),
            _BESIDE_READ,
        ),
        *islice((e for e in section if isinstance(e.tag, str)), _BESIDE_READ),
    ]
    for el in around:
        if el.tag not in _BESIDE_TAGS or len(el) > 2:
            continue
        text = element_text(el, limit=60)
        match = _COUNT_TEXT.match(text) if text and len(text) <= 40 else None
        if match is None:
            continue
        number = 0 if match.group("zero") else to_int(match.group("n1") or match.group("n2"))
        if number is not None:
            return number, el, text
    return None


_MAX_COUNT_LINKS = 2_000  # links read for a count


def _link_count(page: Page) -> tuple[int, HtmlElement, str] | None:
    """The count a link to this page's own comment section shows ("<a href="#comments">12
    Comments</a>", "12 Kommentare", "Comments (7)"): the link's target is a fragment naming
    the comments (or "respond") on this page, never another page (a teaser's count is that
    article's); every such link must show the same number."""
    found: tuple[int, HtmlElement, str] | None = None
    own = _page_path(page.url)
    # (the links picked in C: operator.eq tests a tag more cheaply than "a".__eq__)
    for a in islice(compress(page.elements, map(eq, page.tags, repeat("a"))), _MAX_COUNT_LINKS):
        href = a.get("href")
        if not href or "#" not in href:
            continue
        target, _, fragment = href.partition("#")
        low = fragment.lower()
        if not (names_comments(low) or low.startswith("respond")):
            continue
        if target and (own is None or _page_path(target) != own):
            continue
        text = element_text(a, limit=60)
        match = _COUNT_TEXT.match(text) if text else None
        if match is None or match.group("zero"):
            continue
        number = to_int(match.group("n1") or match.group("n2"))
        if number is None:
            continue
        if found is not None and found[0] != number:
            return None
        found = (number, a, text)
    return found


def _page_path(url: str | None) -> str | None:
    """The path of an address, without a trailing slash (None for none)."""
    if not url:
        return None
    path = urlsplit(url.strip()).path.rstrip("/")
    return path or None


def comment_forms(page: Page) -> list[HtmlElement]:
    out: list[HtmlElement] = []
    for form in page.forms:
        has_textarea = False
        for _ in form.iter("textarea"):
            has_textarea = True
            break
        if not has_textarea:
            continue
        key = " ".join(
            filter(None, (form.get("action"), form.get("id"), form.get("class"), form.get("name")))
        )
        if _NOT_COMMENT_FORM.search(key):
            continue
        if COMMENT_FORM.search(key) or _inside_comment_area(form):
            out.append(form)
    return out


def _inside_comment_area(form: HtmlElement) -> bool:
    node = form.getparent()
    depth = 0
    while node is not None and depth < 8:
        key = f"{node.get('class') or ''} {node.get('id') or ''}"
        if _NOT_COMMENT_FORM.search(key):
            return False
        if COMMENT_FORM.search(key):
            return True
        node = node.getparent()
        depth += 1
    return False


def _field_name(*texts: str | None) -> str | None:
    joined = " ".join(t for t in texts if t)
    if not joined:
        return None
    for name, pattern in _FIELD_NAMES:
        if pattern.search(joined):
            return name
    return None


def required_fields(form: HtmlElement) -> list[str]:
    found: list[str] = []

    def add(name: str | None) -> None:
        if name and name not in found:
            found.append(name)

    for el in form.iter():
        tag = el.tag
        if not isinstance(tag, str):
            continue
        if tag in ("input", "textarea", "select"):
            kind = (el.get("type") or "").lower()
            if kind in ("hidden", "submit", "button", "image", "reset"):
                continue
            required = (
                "required" in el.attrib
                or (el.get("aria-required") or "").lower() == "true"
                or "required" in (el.get("class") or "").lower()
            )
            if required:
                if tag == "textarea":
                    add("message")
                elif kind == "email":
                    add("email")
                elif kind == "url":
                    add("website")
                else:
                    add(_field_name(el.get("name"), el.get("id"), el.get("placeholder")))
            continue
        if tag in ("div", "span", "p", "small", "label", "li"):
            cls = (el.get("class") or "").lower()
            if ("captcha" in cls and "g-recaptcha" in cls) or "h-captcha" in cls:
                add("captcha")
                continue
            text = el.text
            if not text or len(text) > 90 or len(el) > 2:
                continue
            text = " ".join(text.split())
            if _VALIDATION.search(text) and not text.lower().startswith("looks good"):
                add(_field_name(text))
    return found
