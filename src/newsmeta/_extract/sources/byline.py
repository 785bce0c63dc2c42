"""Visible bylines: author/byline classes, ``rel=author`` links and "By A and B" lines."""

from __future__ import annotations

import re
from itertools import islice
from typing import Any

import lxml.etree
from lxml.html import HtmlElement

from newsmeta._extract._ai_lexicon import first_class
from newsmeta._extract._authored import byline_candidate
from newsmeta._extract._byline_shapes import (
    FROM_LABELS,
    is_login,
    login_of,
    mail_sender,
    postposed,
    prose_gap,
)
from newsmeta._extract._candidates import Candidate
from newsmeta._extract._comment_forum import thread_starter
from newsmeta._extract._comment_read import read_thread_opening
from newsmeta._extract._gate import HeadGate
from newsmeta._extract._page import Page, element_text
from newsmeta._extract._region import core_holders, element_at, in_other_story
from newsmeta._extract._values import (
    BY_WORDS,
    BYLINE_LABELS,
    CJK_LABELS,
    byline_authors,
    clean_name,
    find_text_date,
    find_text_date_at,
    without_nickname,
)
from newsmeta._extract.sources.avatarcard import avatar_card
from newsmeta._extract.sources.deskline import desk_line
from newsmeta._extract.sources.headline import (
    bold_headline,
    content_h1,
    first_of,
    in_boilerplate,
)
from newsmeta._extract.sources.jobline import job_lines
from newsmeta._extract.sources.metaline import meta_line_authors
from newsmeta._models import Author, AuthorKind, SourceKind

__all__ = ["byline_candidate", "candidates", "lines_text"]

_BYLINE_CLASS_TEXT = (
    r"(?:^|[\s_-])(?:byline|by-line|byl|author|authors|author-name|authorname|writer|"
    r"article-author|post-author|entry-author|autor|autorin|autore|autori|autores|auteurs?|"
    r"creator|contributor|"
    # Turkish newsrooms' "muhabir" (reporter) and "yazar" (writer)
    r"muhabir|yazar|"
    # Drupal's field of the node's owner ("field--name-uid")
    r"name-uid|"
    r"reporter|fn|vcard|submitted|username|user-name|posted-by|meta-author)(?:$|[\s_-]|s\b)"
)
_BYLINE_CLASS = re.compile(_BYLINE_CLASS_TEXT)
# In Spanish, Catalan, Galician, Italian and Portuguese "firma" is the story's
# signature line; in German "Firma" is a company (its box names no writer).
_SIGNATURE_LANGS = frozenset({"es", "ca", "gl", "it", "pt"})
_BYLINE_CLASS_SIGNED = re.compile(
    _BYLINE_CLASS_TEXT.replace("(?:byline|", "(?:firma|firmas|byline|", 1)
)
# French newsrooms sign a story in an element classed "signature"; elsewhere the class is a
# forum member's or a mail's sign-off, no byline.
_BYLINE_CLASS_FR = re.compile(_BYLINE_CLASS_TEXT.replace("(?:byline|", "(?:signature|byline|", 1))
_NOT_BYLINE = re.compile(
    r"author-?(?:bio|img|image|avatar|photo|pic|box|card|description|desc|info-text|about)|"
    r"about-?(?:the-?)?author|autor(?:en)?-?box|"
    r"footer|copyright|"
    r"avatar|comment|related|more-from|popular|"
    # the author of a work the article is about (a book's, a song's, a film's), not its own
    r"(?:book|buch|livre|libro|song|track|album|film|movie|product|game|app)[-_]?"
    r"(?:author|autor|auteur|autore|writer|creator)"
)
# The verbs and nouns that open a credit line before its marker, in the languages we read
# ("Written by …", "Words by …", "Erstellt von …", "Publié par …", "Scritto da …", an
# interview's "Propos recueillis par …"): one list
# for a line that goes on to the name and for a marker printed alone in its element.
_CREDIT_VERBS = (
    r"(?:written|story|reporting|reported|words|text|testo|posted|published|erstellt|"
    r"geschrieben|verfasst|eingestellt|gepostet|veröffentlicht|publié|écrit|rédigé|"
    r"publicad[oa]|escrito|redactado|scritto|pubblicato|geschreven|propos\s+recueillis|"
    r"postado|postato|gastbeitrag|gastkommentar|"
    # the Scandinavian "written" / "published" before "av" / "af"
    r"skriven|skrivet|skrevet|publicerad|publiceret|publisert|postad|postet|"
    # the kind of piece before its writer ("Commentary by …", "Guest column by …", "A cura
    # di …")
    r"(?:guest\s+)?(?:column|commentary|analysis|opinion|essay|interview|review)|"
    # "Guest post by …", "A guest article by …"
    r"(?:an?\s+)?guest\s+(?:post|article|blog\s+post|contribution|piece)|a\s+cura)\s+"
)
_BY_LINE_TEXT = re.compile(
    # "By …", "Von: …", and the verbs that open a credit line
    r"^(?:(?:" + _CREDIT_VERBS + r")?"
    r"(?:by|por|von|par|door|di|da|av|af)\s*:?\s+|" + BY_WORDS + r"\s*[:\-–—]?\s+|"
    r"(?:autor(?:in|en|innen)?|(?:guest\s+)?authors?|auteur|autora|texte?s?|texto|redaktion|"
    r"words|story|contributor|redakteur(?:in)?|r[ée]dact(?:eur|rice)|redactora?|"
    + BYLINE_LABELS
    + r")\s*:\s*|"
    # Polish "Napisane przez …", Russian "Опубликовал: …"
    r"(?:napisane|napisał[a]?|opublikowane|opublikował[a]?|dodane|dodał[a]?)\s+przez\s+|"
    r"(?:опубликовал[аи]?|написал[аи]?|разместил[аи]?)\s*:\s*|"
    # "Ein Beitrag von …", "Un artículo de …"; "Words and photos by …"
    r"(?:ein|un)\s+(?:artikel|beitrag|art[íi]culo)\s+(?:von|de)\s+|"
    r"(?:(?:une?|uma?)\s+)?(?:reportagem|reportaje|cr[óô]nica|tribune|chronique|enqu[êe]te|"
    r"entretien)\s+de\s+|"
    r"(?:words|text|texte|texto|testo|tekst|story)\s+(?:and|&|und|et|y|e|en)\s+"
    r"(?:photos?|pictures?|fotos?|bilder|foto)(?:\s+(?:by|von|par|por|di|door)\s+|\s*:\s*)|"
    + CJK_LABELS
    + r"|autor(?:in|en|innen)?\s+(?=[A-ZÄÖÜ]))\S",
    re.I,
)
_MARKER_ONLY = re.compile(
    r"^(?:(?:" + _CREDIT_VERBS + r")?"
    r"(?:by|von|par|por|door|di|da|av|af)|autor(?:in)?|author|auteur|texte?|texto|redaktion|"
    + BY_WORDS
    + r"|"
    + BYLINE_LABELS
    + r"|"
    r"(?:ein|un)\s+(?:artikel|beitrag|art[íi]culo)\s+(?:von|de))\s*:?$",
    re.I,
)
# Both tests of a line's head in one match (the first alternative is tried first, so a
# marker alone is told apart exactly as by the two patterns in turn).
_BY_LINE_HEAD = re.compile(f"(?P<only>{_MARKER_ONLY.pattern})|(?:{_BY_LINE_TEXT.pattern})", re.I)
# What may stand before a byline in its element: a separator after a date ("12.03.2020 -
# Redaktion: …", "· By …").
_SKIP_TEXT = frozenset(("script", "style", "noscript", "template", "svg", "iframe"))
_LEADING_SEPARATORS = "-–—|·•/ \xa0\t\n"
_MAX_BYLINE = 160
_NEAR_H1_ELEMENTS = 120
_BEFORE_H1_ELEMENTS = 12


# A child holding the writer's role or job ("byline__role", "job-title", "position"):
# printed beside the name with no separator, it is a line of its own.
_ROLE_CLASS = re.compile(r"role|job|title|position|funktion|cargo|fonction")


def _role_class(node: HtmlElement) -> bool:
    cls = node.get("class")
    return bool(cls) and _ROLE_CLASS.search(cls.lower()) is not None


def _has_role_child(el: HtmlElement) -> bool:
    return len(el) > 0 and any(
        _role_class(node) for node in el.iter() if node is not el and isinstance(node.tag, str)
    )


def lines_text(el: HtmlElement, limit: int) -> str:
    """The text of a byline element, a line break read as a separator.

    "By <a>Jo Park</a><br>City Ledger Staff", "Von Lina Roth<br>Stand: 12.03.": what follows
    the break (a role, the outlet, a date) is not part of the name. A break right after a
    lone marker ("By<br>Jo Park") joins the two lines.
    """
    text = element_text(el, limit)
    if len(text) > _MAX_BYLINE or not len(el):
        return text  # a long text is no byline line; a leaf has no breaks
    if next(el.iter("br"), None) is None and not _has_role_child(el):
        return text
    lines: list[str] = [""]
    for event, node in lxml.etree.iterwalk(el, events=("start", "end")):
        tag = node.tag
        if not isinstance(tag, str) or tag in _SKIP_TEXT:
            if event == "end" and node is not el and node.tail:
                lines[-1] += " " + node.tail
            continue
        if event == "start":
            if tag == "br" or (node is not el and _role_class(node)):
                lines.append("")
            if tag != "br" and node.text:
                lines[-1] += " " + node.text
        elif node is not el and node.tail:
            lines[-1] += " " + node.tail
    text = ""
    for line in lines:
        line = " ".join(line.split())
        if not line:
            continue
        if not text or _MARKER_ONLY.match(text):
            text = f"{text} {line}".strip()
        else:
            text = f"{text} | {line}"
        if len(text) > limit:
            break
    return text[:limit]


def _authors(
    el: HtmlElement, read: dict[str, tuple[Author, ...]] | None = None
) -> tuple[tuple[Author, ...], str]:
    """The authors an element names, and its text. ``read`` holds the short texts already
    read (nested author elements often print the same line)."""
    text = (_side_by_side(_listed(el)) if len(el) else None) or lines_text(el, 400)
    if not text:
        return (), ""
    if len(text) > _MAX_BYLINE:
        # An author box with a bio: the name is usually a link or a .name/.fn child.
        for child in el.iter("a", "strong", "span", "b"):
            inner = element_text(child, 100)
            if inner and len(inner) <= 60:
                name = clean_name(inner)
                if name:
                    return (Author(name=name),), inner
        return (), text
    if len(el) and _holds_bio(el):
        card = _card_name(el)
        if card:
            return card
    if read is None:
        return byline_authors(text), text
    authors = read.get(text)
    if authors is None:
        authors = read[text] = byline_authors(text)
    return authors, text


def _listed(el: HtmlElement) -> HtmlElement:
    """The list an element wraps alone (``<div class="byline"><ul><li>A</li>…</ul></div>``),
    or the element itself."""
    if len(el) == 1 and el[0].tag in ("ul", "ol") and not (el.text or "").strip():
        return el[0]
    return el


def _repeated_classes(el: HtmlElement) -> frozenset[str]:
    """The class values two or more element children of ``el`` share: the items of a list
    printed without list markup (``<div class="field__item">A</div><div class="field__item">B
    </div>``)."""
    seen: set[str] = set()
    twice: set[str] = set()
    for child in el:
        cls = child.get("class") if isinstance(child.tag, str) else None
        if cls:
            (twice if cls in seen else seen).add(cls)
    return frozenset(twice)


def _side_by_side(el: HtmlElement, depth: int = 1) -> str | None:
    """The text of an element whose author children sit side by side with nothing between
    them (``<span class="author">A</span><span class="author">B</span>``, or the items of a
    list of authors, ``<li>A</li><li>B</li>``, or children of one repeated class), a comma
    put between them; None when no two do (the text then runs the names together). A child
    with no text of its own that wraps such items (a label, then ``<div class="items">``) is
    read the same way, one level down (there only its repeated or listed items count)."""
    if len(el) < 2:
        return None
    parts = [el.text or ""]
    after_author = joined = False
    repeated = _repeated_classes(el)
    for child in el:
        if not isinstance(child.tag, str):
            continue
        cls = child.get("class")
        author = (
            child.tag == "li"
            or cls in repeated
            or (depth > 0 and bool(cls) and _BYLINE_CLASS.search(cls.lower()) is not None)
        )
        if author and after_author:
            parts.append(",")
            joined = True
        inner = None
        if depth and len(child) >= 2 and not (child.text or "").strip():
            inner = _side_by_side(child, depth - 1)
        joined = joined or inner is not None
        parts.append(inner or element_text(child, 200))
        tail = child.tail or ""
        parts.append(tail)
        after_author = author and not tail.strip()
    return " ".join(" ".join(parts).split()).replace(" ,", ",") if joined else None


def _holds_bio(el: HtmlElement) -> bool:
    """Whether an author element holds a sentence about the writer (an author card: "Helena
    Marsh covers local government …", "Claire Dubois est journaliste."), a paragraph of
    four words or more that ends like a sentence and is no byline itself."""
    for para in islice(el.iter("p"), 3):
        if para is el:
            continue
        text = element_text(para, 300)
        if len(text.split()) >= 4 and text[-1:] in ".!?" and not byline_authors(text):
            return True
    return False


def _card_name(el: HtmlElement) -> tuple[tuple[Author, ...], str] | None:
    """The full name an author card prints in its own element (a heading, a link, bold
    text), its "About …" label left out, before or inside its sentence about the writer."""
    for node in islice(el.iter("h2", "h3", "h4", "h5", "strong", "b", "a"), 8):
        authors, text = _box_name(node)
        if len(authors) == 1 and " " in authors[0].name:
            return authors, text
    return None


def _in_figure(el: HtmlElement, depth: int = 8) -> bool:
    """An author class inside a ``<figure>`` credits the picture, and one inside a quotation
    (``<blockquote>``, a ``quote`` box) the words quoted, not the article."""
    node: HtmlElement | None = el
    steps = 0
    while node is not None and steps < depth:
        if node.tag in ("figure", "figcaption", "blockquote", "q"):
            return True
        cls = node.get("class")
        if cls and "quote" in cls.lower():
            return True
        node = node.getparent()
        steps += 1
    return False


def _outside_items(el: HtmlElement, depth: int = 40) -> bool:
    node: HtmlElement | None = el
    steps = 0
    while node is not None and steps < depth:
        if node.get("itemscope") is not None:
            return False
        node = node.getparent()
        steps += 1
    return True


def _unscoped_author_props(page: Page, seen_text: set[str]) -> list[Candidate]:
    """``itemprop="author"`` on a visible element with no item around it.

    Microdata ignores a property outside an item, but the page still marks the element as
    the author's name: it is read as a byline, also when the element is a person item of
    its own (``<span itemprop="author" itemscope itemtype=…/Person>``) that no article item
    holds.
    """
    out: list[Candidate] = []
    for el in page.itemprops:
        if "author" not in (el.get("itemprop") or "").lower().split():
            continue
        parent = el.getparent()
        if el.tag in ("meta", "link") or parent is None or not _outside_items(parent):
            continue
        if in_boilerplate(el, core=core_holders(page)) or _in_figure(el):
            continue
        authors, raw = _authors(el)
        if not authors or raw in seen_text:
            continue
        seen_text.add(raw)
        out.append(byline_candidate(authors, el, raw, 0.6 if len(authors) <= 4 else 0.5))
        if len(out) >= 3:
            break
    return out


# How far up an author element's list item is looked for, and how many of its alike
# siblings each way are read.
_ITEM_LEVELS, _ITEM_SIBLINGS = 3, 4


def _in_listed_item(el: HtmlElement, url: str | None) -> bool:
    """Whether an author element sits in one item of a list of stories: its item (one of
    its first ancestors) links a title of its own beside the name, and two alike siblings
    (same tag and class) do too, each with an author element of the same class (a rail of
    columnists, a list of teasers with plain links for titles). A byline naming several
    writers repeats its names, never a title beside each."""
    cls = el.get("class")
    if not cls:
        return False
    host = _host(url)
    name = element_text(el, 100)
    item: HtmlElement | None = el.getparent()
    for _ in range(_ITEM_LEVELS):
        if item is None or item.tag in ("body", "html", "main", "article"):
            return False
        if _titled(item, el, name, host):
            alike = 0
            for it in (item.itersiblings(preceding=True), item.itersiblings()):
                for sib in islice(it, _ITEM_SIBLINGS):
                    if sib.tag != item.tag or sib.get("class") != item.get("class"):
                        continue
                    author = next((d for d in sib.iter() if d.get("class") == cls), None)
                    if author is not None and _titled(sib, author, element_text(author, 100), host):
                        alike += 1
            return alike >= 2
        item = item.getparent()
    return False


def _host(url: str | None) -> str:
    """The host of an address, without "www." ("" for none)."""
    host = url.split("//", 1)[-1].split("/", 1)[0].lower() if url else ""
    return host[4:] if host.startswith("www.") else host


def _titled(item: HtmlElement, author: HtmlElement, name: str, host: str) -> bool:
    """Whether ``item`` holds a link within the site, of two words or more, outside
    ``author`` and not to a writer's page, whose text is not the name (another story's
    title; a link to the writer's social profile or mail is none)."""
    # the links inside the author element and those around it, each gathered once (not two
    # walks up the tree a link)
    inside: set[HtmlElement] | None = None
    around: set[HtmlElement] = set()
    for a in item.iter("a"):
        if inside is None:
            inside = set(author.iter("a"))
            around = set(author.iterancestors("a"))
        if a is author or a in inside or a in around:
            continue
        href = (a.get("href") or "").strip()
        if not href or _ARCHIVE_HREF.search(href) is not None:
            continue
        if ":" in href.split("/", 1)[0] and _host(href) != host:
            continue  # another site (a social profile), "mailto:", "javascript:"
        if href.startswith("//") and _host(href) != host:
            continue
        text = element_text(a, 200)
        if len(text.split()) >= 2 and text != name and name not in text:
            return True
    return False


# The parts of an hCard that make it a contact card (an address, a telephone number, an
# organisation's name): a business's or an agent's, not a byline.
_CONTACT = lxml.etree.XPath(
    "descendant::*[contains(@class, 'adr') or contains(@class, 'tel') "
    "or contains(concat(' ', @class, ' '), ' org ')][1]"
)


def _contact_card(el: HtmlElement) -> bool:
    """Whether an hCard (``vcard``) is a contact card: it holds an address, a telephone
    number or an organisation's name."""
    found = _CONTACT(el)
    return isinstance(found, list) and bool(found)


def _full_name_beside(
    el: HtmlElement, login: str
) -> tuple[tuple[Author, ...], str, HtmlElement] | None:
    """The full name printed beside a member's login (a forum's or a platform's "mbrandt ·
    Mira Brandt"), within the login's parent or grandparent: an element of its own whose
    class says it is the displayed name, or whose name the login spells."""
    anc = el.getparent()
    for _ in range(2):
        if anc is None or anc.tag in ("body", "html", "main", "article"):
            return None
        if len(element_text(anc, _MAX_BYLINE + 1)) > _MAX_BYLINE:
            return None
        for node in islice(anc.iter(), 30):
            if node is el or node is anc or not isinstance(node.tag, str):
                continue
            text = element_text(node, 81)
            if " " not in text or len(text) > 80 or login in text:
                continue  # a login's own element, or a line that holds it
            if not login_of(login, text, node.get("class")):
                continue
            authors = byline_authors(text)
            if len(authors) == 1 and " " in authors[0].name:
                return authors, text, node
        anc = anc.getparent()
    return None


def _vcard_fn(el: HtmlElement, key: str) -> bool:
    return "fn" in key.split() or "vcard" in key


#: byline-classed elements read at most (a flood of classed lines none of which names
#: anyone would otherwise be read one by one: linear, but 0.3 ms each).
MAX_BYLINE_ELEMENTS = 400


def candidates(page: Page) -> list[Candidate]:
    out: list[Candidate] = []
    seen_text: set[str] = set()
    read: dict[str, tuple[Author, ...]] = {}
    lang = (page.html_lang or "")[:2].lower()
    pattern = (
        _BYLINE_CLASS_SIGNED
        if lang in _SIGNATURE_LANGS
        else _BYLINE_CLASS_FR
        if lang == "fr"
        else _BYLINE_CLASS
    )
    tried = 0
    for el, key in page.hinted_by(pattern):
        if len(out) >= 30:
            break
        if tried >= MAX_BYLINE_ELEMENTS:
            page.warn(
                "too-many-bylines",
                f"more than {MAX_BYLINE_ELEMENTS} byline-classed elements; the rest not read",
            )
            break
        if _NOT_BYLINE.search(key):
            continue
        if el.tag in ("meta", "link", "script", "style", "img", "body", "html", "article"):
            continue
        if (
            in_boilerplate(el, core=core_holders(page))
            or _in_figure(el)
            or _in_listed_item(el, page.url)
        ):
            continue
        if "vcard" in key and "author" not in key and _contact_card(el):
            continue
        tried += 1
        authors, raw = _authors(el, read)
        if not authors or raw in seen_text:
            continue
        if len(authors) == 1 and is_login(authors[0].name):
            shown = _full_name_beside(el, authors[0].name)
            if shown is not None:
                seen_text.add(raw)
                authors, raw, el = shown
        seen_text.add(raw)
        conf = 0.6
        if "byline" in key or "by-line" in key:
            conf = 0.62
        elif _vcard_fn(el, key):
            conf = 0.64
        if len(authors) > 4:
            conf -= 0.2
        kind = SourceKind.HATOM if _vcard_fn(el, key) else SourceKind.VISIBLE_TEXT
        out.append(byline_candidate(authors, el, raw, conf, kind))
    out = _join_siblings(out)
    out.extend(_unscoped_author_props(page, seen_text))
    out.extend(_rel_author(page, seen_text))
    out.extend(_by_lines(page, seen_text))
    # Bylines found only in other stories' cards (a related list's "By …" lines, refused
    # later) are no byline of the article: the readers below run as on a page with none.
    own = _own_found(page, out)
    if not own:
        more = _fallbacks(page, seen_text)
        own = bool(more)
        out.extend(more)
    out.extend(_author_boxes(page))
    out.extend(_post_author_replies(page))
    if not out or not (own or _own_found(page, out)):
        out.extend(_shown_meta_author(page))
    return out


def _fallbacks(page: Page, seen_text: set[str]) -> list[Candidate]:
    """The readers run when no byline was found, in turn, until one names someone."""
    found = _archive_links(page, seen_text)
    if not found:
        found = _avatar_card(page)
    if not found:
        found = meta_line_authors(_byline_zone(page))
    if not found:
        found = _mail_header(page)
    if not found:
        found = _first_poster(page)
    if not found:
        found = _asker(page)
    if not found:
        found = job_lines(_byline_zone(page))
    if not found:
        found = desk_line(_byline_zone(page))
    return found


def _headline_ancestors(page: Page) -> frozenset[HtmlElement]:
    headline = content_h1(page)
    return frozenset(headline.iterancestors()) if headline is not None else frozenset()


def _own_found(page: Page, cands: list[Candidate]) -> bool:
    """Whether one of ``cands`` may be the article's byline: read outside another story's
    card (an ``<article>`` not holding the headline, a teaser or related box)."""
    if not cands:
        return False
    own: frozenset[HtmlElement] = page.cached("headline-ancestors", _headline_ancestors)
    for cand in cands:
        el = element_at(page, cand.locator) if cand.locator else None
        if el is None or not in_other_story(el, own):
            return True
    return False


_META_AUTHOR_NAMES = frozenset({"author", "byl", "byline", "cxenseparse:author"})
_X_SHOWN = lxml.etree.XPath("descendant::*[normalize-space(text()) = $name][1]")


_BY_POST_AUTHOR = re.compile(r"bypostauthor")
_COMMENT_NAME = lxml.etree.XPath(
    "descendant::*[contains(concat(' ', normalize-space(@class), ' '), ' fn ') or self::cite][1]"
)


def _post_author_replies(page: Page) -> list[Candidate]:
    """WordPress marks the post author's own replies ``bypostauthor``: their name is the
    author's display name."""
    for el, _ in page.hinted_by(_BY_POST_AUTHOR)[:3]:
        found = _COMMENT_NAME(el)
        if isinstance(found, list) and found and isinstance(found[0], HtmlElement):
            authors, text = _printed_name(found[0])
            if len(authors) == 1:
                return [byline_candidate(authors, found[0], text, 0.5, SourceKind.HATOM)]
    return []


def _printed_name(node: HtmlElement) -> tuple[tuple[Author, ...], str]:
    """The authors one short element names, and its text."""
    text = element_text(node, 80)
    name = clean_name(text) if text else None
    return (byline_authors(name) if name else ()), text


def _shown_meta_author(page: Page) -> list[Candidate]:
    """The page shows the name its ``<meta name="author">`` gives, as an element's own text.

    A meta author alone is often a CMS default; printed on the page (a blog's header or
    footer, a signature) it is its owner's name. Weak evidence: it only confirms the meta.
    """
    if page.body is None:
        return []
    for meta in page.metas:
        if (meta.get("name") or "").lower() not in _META_AUTHOR_NAMES:
            continue
        name = clean_name(meta.get("content") or "")
        if not name or len(name.split()) < 2:
            continue
        authors = byline_authors(name)
        if len(authors) > 1:
            return _shown_meta_authors(page.body, authors, name)
        if len(authors) != 1 or authors[0].kind is not AuthorKind.PERSON:
            continue
        found = _X_SHOWN(page.body, name=name)
        if isinstance(found, list) and found and isinstance(found[0], HtmlElement):
            return [byline_candidate(authors, found[0], name, 0.40)]
    return []


def _shown_meta_authors(
    body: HtmlElement, authors: tuple[Author, ...], raw: str
) -> list[Candidate]:
    """Several people the meta byline names ("By Ama Owusu and Ben Tal"), each printed on
    the page as an element's own text: the byline, read where the first is shown."""
    if len(authors) > 4 or any(
        a.kind is not AuthorKind.PERSON or " " not in a.name for a in authors
    ):
        return []
    first: HtmlElement | None = None
    for author in authors:
        found = _X_SHOWN(body, name=author.name)
        if not (isinstance(found, list) and found and isinstance(found[0], HtmlElement)):
            return []
        first = first if first is not None else found[0]
    return [byline_candidate(authors, first, raw, 0.40)] if first is not None else []


_BIO = re.compile(
    r"author-?(?:bio|box|info|about|details|card)|about-?(?:the-?)?author|"
    # the same box in German, French, Spanish, Italian class names
    r"autor(?:en)?-?(?:box|info|bio)|ueber-?den-?autor|auteur-?(?:box|bio)|"
    r"a-?propos-?(?:de-?l-?)?auteur|sobre-?(?:el-?)?autor|autore-?(?:box|bio)"
)


# The label an author box's heading opens with before the name ("About Lina Perez", "About
# the author: Kofi Mensah", "Über Lena Wolf", "À propos de Paul Roux", "Sobre Ana Lima").
_ABOUT = re.compile(
    r"^(?:about|über|uber|à\s+propos\s+de|a\s+propos\s+de|sobre|acerca\s+de|su|over)"
    r"(?:\s+(?:the\s+author|den\s+autor(?:in)?|l['’]auteur|el\s+autor|la\s+autora|"
    r"o\s+autor|a\s+autora|l['’]autore|de\s+auteur))?\s*[:\-–—]?\s+(?=\S)",
    re.I,
)


def _box_name(node: HtmlElement) -> tuple[tuple[Author, ...], str]:
    """The authors an author box's heading names, its "About …" label left out."""
    authors, text = _printed_name(node)
    found = _ABOUT.match(text) if len(authors) == 1 else None
    if found is None:
        return authors, text
    name = clean_name(text[found.end() :])
    return (byline_authors(name) if name else ()), text


def _author_boxes(page: Page) -> list[Candidate]:
    """An "about the author" box names the author in its heading or first strong text."""
    for el, key in page.hinted_by(_BIO):
        if "comment" in key:
            continue
        for node in el.iter("h2", "h3", "h4", "h5", "strong", "b", "a"):
            authors, text = _box_name(node)
            if len(authors) == 1 and " " in authors[0].name:
                return [byline_candidate(authors, node, text, 0.5)]
        break
    return []


def _join_siblings(cands: list[Candidate]) -> list[Candidate]:
    """Several author elements side by side ("By <a>A</a>, <a>B</a>") are one byline."""
    if len(cands) < 2:
        return cands
    out: list[Candidate] = []
    for cand in cands:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.source == cand.source
            and _parent_path(prev.locator) == _parent_path(cand.locator)
            and not ({a.name for a in prev.value} & {a.name for a in cand.value})
        ):
            out[-1] = Candidate(
                field="authors",
                value=prev.value + cand.value,
                source=prev.source,
                locator=prev.locator,
                raw=f"{prev.raw} | {cand.raw}",
                confidence=max(prev.confidence, cand.confidence),
            )
            continue
        out.append(cand)
    return out


def _parent_path(loc: str) -> str:
    return loc.rsplit("/", 1)[0]


def _rel_author(page: Page, seen_text: set[str]) -> list[Candidate]:
    names: list[Author] = []
    raws: list[str] = []
    first: HtmlElement | None = None
    for el in page.a_rel:
        rels = (el.get("rel") or "").lower().split()
        if "author" not in rels or in_boilerplate(el, core=core_holders(page)):
            continue
        text = element_text(el, 100)
        # A printed name as a byline prints it: 'Jane "The Voice" Doe' is Jane Doe.
        name = clean_name(without_nickname(text)) if text else None
        if not name or any(a.name.casefold() == name.casefold() for a in names):
            continue
        names.append(Author(name=name, kind=AuthorKind.PERSON))
        raws.append(text)
        first = first if first is not None else el
        if len(names) >= 6:
            break
    if not names or first is None:
        return []
    return [byline_candidate(tuple(names), first, " | ".join(raws), 0.6, SourceKind.LINK)]


def _byline_zone(page: Page) -> list[HtmlElement]:
    """The elements after the first headline, then the few just before it (a kicker line
    "date - By Name" above the headline), nearest first; empty without a headline."""
    zone: list[HtmlElement] = page.cached("byline-zone", _find_zone)[0]
    return zone


def _zone_tags(page: Page) -> list[Any]:
    """The tags of :func:`_byline_zone`'s elements, as the page's index read them."""
    tags: list[Any] = page.cached("byline-zone", _find_zone)[1]
    return tags


def _zone_after(page: Page) -> list[HtmlElement]:
    """The part of :func:`_byline_zone` after the headline, nearest first."""
    zone: list[HtmlElement]
    after: int
    zone, _, after = page.cached("byline-zone", _find_zone)
    return zone[:after]


def _find_zone(page: Page) -> tuple[list[HtmlElement], list[Any], int]:
    # The first headline with text (a logo <h1> holding only an image is not one); a page
    # with none heads its text with its first <h2>-<h4> (an old template, a blog post).
    # (the <h1>s before the first outside furniture, ``content_h1``, are furniture too)
    h1 = content_h1(page)
    if h1 is not None and not element_text(h1, 40):
        core = core_holders(page)
        h1 = next(
            (el for el in page.h1 if not in_boilerplate(el, core=core) and element_text(el, 40)),
            None,
        )
    if h1 is None:
        h1 = _first_subheading(page)
    if h1 is None:
        h1 = bold_headline(page)
    if h1 is None:
        return [], [], 0
    elements = page.elements
    try:
        start = elements.index(h1)
    except ValueError:
        return [], [], 0
    after = slice(start + 1, start + 1 + _NEAR_H1_ELEMENTS)
    before = slice(max(0, start - _BEFORE_H1_ELEMENTS), start)
    tags = page.tags
    ahead = elements[after]
    return ahead + elements[before][::-1], tags[after] + tags[before][::-1], len(ahead)


def _avatar_card(page: Page) -> list[Candidate]:
    """The writer an author card names after the headline (an avatar beside a name)."""
    zone = _zone_after(page)
    if not zone:
        return []

    def refused(el: HtmlElement) -> bool:
        return (
            in_boilerplate(el, core=core_holders(page))
            or _in_figure(el)
            or _in_listed_item(el, page.url)
        )

    return avatar_card(zone, refused, page.html_lang)


_SUBHEADINGS = ("h2", "h3", "h4")


def _first_subheading(page: Page) -> HtmlElement | None:
    """The first ``<h2>``-``<h4>`` with some text outside navigation, sidebars and footers."""
    first = first_of(page.tags, _SUBHEADINGS)
    if first is None:
        return None
    elements = page.elements
    for el in elements[first : first + 400]:
        if (
            el.tag in _SUBHEADINGS
            and not in_boilerplate(el, core=core_holders(page))
            and len(element_text(el, 40)) >= 3
        ):
            return el
    return None


# The path of an author's archive or profile page: "/author/jane-doe/", "/autoren/lea",
# "/people/ruth-amos", "/profile/123", "/@iris".
_ARCHIVE_HREF = re.compile(
    r"/(?:authors?|autor(?:en|in)?|auteurs?|autore|autori|autores|people|person|profiles?|"
    r"journalists?|journalisten|redakteur(?:e|in)?|writers?|contributors?|columnists?|"
    r"reporters?|staff|by)/[^/?#\s]{2,80}/?(?:[?#].*)?$|/@[\w.-]{2,40}/?$",
    re.I,
)
_MAX_LINE = 120
_READING_TIME = re.compile(
    r"\d+\s*(?:min(?:ute)?s?\.?\s+(?:read|lesezeit|de lecture|de lectura|di lettura)|"
    r"minuten?\s+lesezeit)",
    re.I,
)


def _archive_links(page: Page, seen_text: set[str]) -> list[Candidate]:
    """A link to an author's archive page, on a short dated line in the byline zone.

    "<a href="/author/tom-vance/">Tom Vance</a> · 5 min read · Mar 3": the link's target
    says it names a writer, where no "By" or class does. The name must be a full name (two
    words or more), and the line short (a link in the story's text is no byline) with a
    date or a reading time (a staff list links its people too).
    """
    for node in _byline_zone(page):
        if node.tag != "a":
            continue
        href = node.get("href")
        if (
            not href
            or _ARCHIVE_HREF.search(href) is None
            or in_boilerplate(node, core=core_holders(page))
        ):
            continue
        text = element_text(node, 100)
        if not text or text in seen_text:
            continue
        parent = node.getparent()
        line = element_text(parent, _MAX_LINE + 1) if parent is not None else text
        if len(line) > _MAX_LINE or not (
            _READING_TIME.search(line)
            or find_text_date(line, page.html_lang)
            or _timed_next(parent)
        ):
            continue  # a byline line says when, or how long to read
        authors = byline_authors(text)
        if len(authors) != 1 or " " not in authors[0].name:
            continue
        seen_text.add(text)
        if parent is not None:
            authors, text = _fellow_links(parent, node, authors, text)
        return [byline_candidate(authors, node, text, 0.5, SourceKind.LINK)]
    return []


def _timed_next(line: HtmlElement | None) -> bool:
    """Whether the element right after a byline line is its ``<time>`` ("<p><a>Léa
    Martin</a>, à Lyon</p><time>…</time>")."""
    if line is None:
        return False
    after = line.getnext()
    return after is not None and after.tag == "time"


def _fellow_links(
    parent: HtmlElement, first: HtmlElement, authors: tuple[Author, ...], text: str
) -> tuple[tuple[Author, ...], str]:
    """The writers a byline line names with archive links after its first one ("<a>Ayşe
    Yılmaz</a> ve <a>Mehmet Demir</a> · 24 Şubat"): each link to an author's page that
    names one full name is a co-author."""
    names = list(authors)
    texts = [text]
    for link in first.itersiblings("a"):
        href = link.get("href")
        if not href or _ARCHIVE_HREF.search(href) is None:
            continue
        more = byline_authors(element_text(link, 100))
        if len(more) == 1 and " " in more[0].name and more[0] not in names:
            names.append(more[0])
            texts.append(element_text(link, 100))
    if len(names) == 1:
        return authors, text
    return tuple(names), ", ".join(texts)


def _first_poster(page: Page) -> list[Candidate]:
    """The writer of a forum thread's first post: the thread is its article."""
    found = thread_starter(page)
    if found is None:
        opening = read_thread_opening(page)  # only when the comments were read anyway
        if opening is None or opening[0].author is None:
            return []
        found = opening[0].author, opening[1]
    writer, post = found
    return [byline_candidate((writer,), post, writer.name, 0.5)]


# The word that dates a question on a Q&A page ("asked Mar 4, 2025", "gefragt 4. März",
# "preguntada el 4 mar.", "demandé le 4 mars", "perguntada 4 de mar."): the line of its
# asker's signature.
_ASKED = re.compile(
    r"\s*(?:asked|gefragt|preguntad[ao]|demandée?|perguntad[ao]|chiest[oa]|gesteld|zapytano|"
    r"задан[оа]?)\b",
    re.I,
)
# The letters those words start with, either case (a cheap test before the pattern's).
_ASK_FIRST = frozenset("agpdczзAGPDCZЗ")
# How short the question's dated line and its signature block are.
_ASK_LINE, _ASK_BLOCK = 80, 200


def _asker(page: Page) -> list[Candidate]:
    """The asker of a Q&A page's question: the name linked in the signature block whose
    dated line opens with "asked" (in the languages we read), after the headline."""
    asked = _ASKED.match
    for node in islice(_byline_zone(page), _NEAR_H1_ELEMENTS):
        head = node.text
        if not head or head[:12].lstrip()[:1] not in _ASK_FIRST or asked(head) is None:
            continue
        line = element_text(node, _ASK_LINE + 1)
        if len(line) > _ASK_LINE or find_text_date(line, page.html_lang) is None:
            continue
        block = node.getparent()
        for _ in range(3):
            if block is None or len(element_text(block, _ASK_BLOCK + 1)) > _ASK_BLOCK:
                break
            for link in block.iter("a"):
                authors = byline_authors(element_text(link, 80))
                if len(authors) == 1 and not in_boilerplate(link, core=core_holders(page)):
                    return [byline_candidate(authors, link, authors[0].name, 0.5)]
            block = block.getparent()
        return []
    return []


# How many elements after the headline a message's header is looked for in.
_MAIL_NEAR = 40


def _mail_header(page: Page) -> list[Candidate]:
    """The sender of a mailing-list message, as its archive page prints it under the
    subject: a "From: Name <address>" header line, or the name in bold before its
    ``mailto:`` link."""
    for node in _byline_zone(page)[:_MAIL_NEAR]:
        tag = node.tag
        if tag == "a":
            if not (node.get("href") or "").startswith("mailto:"):
                continue
            prev = node.getprevious()
            if prev is None or prev.tag not in ("b", "strong") or (prev.tail or "").strip():
                continue
            target, name = prev, element_text(prev, 80)
        else:
            head = node.text
            lead = head[:12].lstrip() if head else ""
            if not lead or lead.split(":", 1)[0].strip().casefold() not in FROM_LABELS:
                continue
            target = node if ":" in lead else node.getparent()
            if target is None:
                continue
            line = element_text(target, 200).split(" | ", 1)[0]
            name = mail_sender(line) or ""
        authors = byline_authors(name) if name else ()
        if (
            len(authors) == 1
            and " " in authors[0].name
            and not in_boilerplate(target, core=core_holders(page))
        ):
            return [byline_candidate(authors, target, name, 0.5)]
    return []


def _by_lines(page: Page, seen_text: set[str]) -> list[Candidate]:
    """Short "By …" texts among the elements that follow the first headline.

    A marker alone in its element ("<strong>von</strong> <span>Name</span>",
    "<h5>Autor:</h5> Name") reads its parent's text.
    """
    by_line_head = _BY_LINE_HEAD.match
    may_open = _BY_GATE.may_match
    may_date = _DATED_GATE.may_match
    skip = _NOT_BY_LINE_TAGS
    # (the tags as the page's index read them: no lxml tag read an element)
    for node, tag in zip(_byline_zone(page), _zone_tags(page)):
        if tag.__class__ is not str or tag in skip:
            continue
        head = node.text
        if not head:
            continue
        head = head.strip().lstrip(_LEADING_SEPARATORS)
        if not head:
            continue
        if len(head) <= _MAX_BYLINE and postposed(head):
            postposed_line = _postposed_line(node, head, seen_text)
            if postposed_line:
                return postposed_line
        digit_near = _DIGIT.search(head, 0, _NAMED_DATE_REACH) is not None
        if not _can_open(head[0]):
            if digit_near and _named_date_head(head):
                dated = _dated_credit(page, node, seen_text)
                if dated:
                    return dated
            continue
        found = by_line_head(head) if may_open(head) else None
        if found is None:
            if (may_date(head) and _DATED_HEAD.match(head) is not None) or (
                digit_near and _named_date_head(head)
            ):
                dated = _dated_credit(page, node, seen_text)
                if dated:
                    return dated
            continue
        if found.group("only") is not None:
            if node.tag == "a" and not len(node):
                continue  # a link whose whole text is the word ("كتب", books): a section
            # "Ein Artikel von <strong>Name</strong>": the name is inside; "<b>Von</b>
            # Name": it follows, in the parent.
            parent = node.getparent()
            target = node if len(node) or parent is None else parent
        else:
            target = node
        # "— Text und Foto: Jana Weber": the dash before a credit line is not part of it
        text = lines_text(target, 200).lstrip(_LEADING_SEPARATORS)
        if (
            len(text) > _MAX_BYLINE
            or text in seen_text
            or in_boilerplate(target, core=core_holders(page))
        ):
            continue
        if _in_quote(target):
            continue  # "— by Mayor Ruth Allen" under a quotation: who said it, not who wrote
        authors = byline_authors(text)
        if authors and not _prose(text, authors):
            seen_text.add(text)
            return [byline_candidate(authors, target, text, 0.58)]
    return []


def _postposed_line(node: HtmlElement, head: str, seen_text: set[str]) -> list[Candidate]:
    """A line whose names stand before their marker ("Elif Kaya tarafından yazıldı", "山田太郎
    著"), the whole text of its element."""
    if head in seen_text or in_boilerplate(node) or element_text(node, 200) != head:
        return []
    authors = byline_authors(head)
    if not authors:
        return []
    seen_text.add(head)
    return [byline_candidate(authors, node, head, 0.58)]


# A line that opens with its date and ends with its writer ("Posted on March 3, 2024 by Jane
# Doe", "Veröffentlicht am 3. März 2024 von Jana Krüger", "Publié le 3 mars 2024 par …").
_DATED_HEAD = re.compile(
    r"^(?:(?:posted|published|veröffentlicht|eingestellt|gepostet|erstellt|publié|publicado|"
    r"pubblicato|gepubliceerd|geplaatst|"
    # the same in Polish, Finnish, the Scandinavian languages and Portuguese
    r"opublikowano|julkaistu|publicerad|publiceret|publisert|postado|"
    # the labels of small sites' entry lines: "Added", German "Stand", Polish "Dodano", Czech
    # "Vloženo", "Publikováno", "Zveřejněno"
    r"added|submitted|stand|dodano|vloženo|publikováno|zveřejněno)"
    r"(?:\s+(?:on|am|le|el|il|em|op))?(?:\s|:|$)|"
    # or a date in digits ("11.03.2025, 14:05 Uhr | Von …", "2025-03-11 · By …")
    r"\d{1,2}\.\s?\d{1,2}\.\s?\d{2,4}\b|\d{4}-\d{2}-\d{2}\b|\d{1,2}/\d{1,2}/\d{2,4}\b)",
    re.I,
)
# Or a date with its month's name, maybe after its weekday ("22 juin 2021 - par …",
# "mercredi 27 novembre 2019, par …", "Tuesday, 24 August 2021 by …", "March 3, 2024 by"):
# tried only on a line with a digit among its first characters (most lines have none).
_NAMED_DATE_HEAD = re.compile(
    r"(?:[^\W\d_]{3,12},?\s+)?\d{1,2}\.?\s+[^\W\d_]{3,12}\.?\s+\d{4}\b|"
    r"[^\W\d_]{3,9}\.?\s+\d{1,2},\s+\d{4}\b"
)
_DIGIT = re.compile(r"\d")
_NAMED_DATE_REACH = 20


def _named_date_head(head: str) -> bool:
    """Whether ``head`` opens with a date that names its month (see ``_NAMED_DATE_HEAD``):
    only a short line with a digit near its start is tried (called after that test)."""
    return len(head) <= _MAX_BYLINE and _NAMED_DATE_HEAD.match(head) is not None


# The writer's marker inside such a line: a "by" word, or a writer's label with its colon
# ("…, autor: Jan Kowalski", "… | Teksti: Aino Virtanen").
_BY_INSIDE = re.compile(
    r"\s(?:by|von|par|por|door|di|da|"
    # the same word in the Scandinavian languages, Polish and Czech ("… av Karin Lind", "…
    # przez Jana Nowaka", "Vloženo 10. 6. 2019 autor Jan Novák")
    r"av|af|przez|autor)\s+(?=\S)|"
    r"[\s,|](?:autor(?:in|ka)?|author|auteur|redacci[óo]n|redazione|redactie|redakce|redakcja|"
    + BYLINE_LABELS
    + r")\s*:\s*(?=\S)",
    re.I,
)
# The characters a line's head can start with to be read (derived from the two patterns
# that read it): a text starting with another one is neither. The verdict is kept per
# character.
_HEAD_CLASSES = tuple(first_class(p) for p in (_BY_LINE_HEAD, _DATED_HEAD))
# The "By …" head pattern tries its many case-blind alternatives one by one (4 µs a line):
# its first three characters, read from the pattern, turn most lines away first.
_BY_GATE = HeadGate(_BY_LINE_HEAD)
# The same for the dated heads (most lines that may open a "By" line open no dated one).
_DATED_GATE = HeadGate(_DATED_HEAD)
# The elements whose own text is never read as a by-line.
_NOT_BY_LINE_TAGS = frozenset(("script", "style", "h1", "h2"))
_HEAD_STARTS: dict[str, bool] = {}


def _can_open(first: str) -> bool:
    """Whether a line starting with ``first`` may be a by-line or a dated credit line."""
    can = _HEAD_STARTS.get(first)
    if can is None:
        can = any(c is None or c.match(first) is not None for c in _HEAD_CLASSES)
        if len(_HEAD_STARTS) < 4096:
            _HEAD_STARTS[first] = can
    return can


def _dated_credit(page: Page, node: HtmlElement, seen_text: set[str]) -> list[Candidate]:
    """A short "Posted on <date> by <name>" line: the names after its "by", when the line
    says when."""
    text = lines_text(node, 200)
    if len(text) > _MAX_BYLINE or text in seen_text or _BY_INSIDE.search(text) is None:
        return []
    if in_boilerplate(node, core=core_holders(page)):
        return []
    dated = find_text_date_at(text, page.html_lang)
    if dated is None or _dateline_sentence(text, dated[3]):
        return []
    authors = byline_authors(text)
    if not authors:
        # A "by" word the byline grammar reads only at a line's start ("… av Karin Lind",
        # "… da Giovanni Ferri", "… | Redacción: Ana Ruiz"): the names after it.
        marker = _BY_INSIDE.search(text)
        if marker is not None:
            authors = byline_authors("By " + text[marker.end() :])
    if not authors:
        return []
    seen_text.add(text)
    return [byline_candidate(authors, node, text, 0.58)]


def _dateline_sentence(text: str, date_end: int) -> bool:
    """Whether the last "by" word after the line's date follows a clause of prose (a
    press release's "City, date – Company announced … di Verona")."""
    markers = list(_BY_INSIDE.finditer(text, date_end))
    return bool(markers) and prose_gap(text[date_end : markers[-1].start()])


def _in_quote(el: HtmlElement) -> bool:
    """Whether ``el`` sits in a quotation (``<blockquote>``, ``<q>``)."""
    node: HtmlElement | None = el
    for _ in range(6):
        if node is None:
            return False
        if node.tag in ("blockquote", "q"):
            return True
        node = node.getparent()
    return False


# A clause after the name: "By car, the site is twenty minutes from the centre."
_CLAUSE = re.compile(r",\s+(?:[^\W\d_]+\s+){3,}[^\W\d_]+[.!?]?$")


def _prose(text: str, authors: tuple[Author, ...]) -> bool:
    """Whether a "By …" line is a sentence: one lower-case word where the name would be,
    then a clause of words ("By car, the site is …", "By far, the largest …")."""
    if len(authors) != 1 or " " in authors[0].name or not authors[0].name.islower():
        return False
    at = text.find(authors[0].name)
    return at >= 0 and _CLAUSE.match(text[at + len(authors[0].name) :]) is not None
