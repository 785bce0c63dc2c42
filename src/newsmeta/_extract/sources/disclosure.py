"""AI-content disclosure: every signal a page carries, and the verdict built from them.

``candidates(page)`` returns one ``ai_signal`` candidate (value :class:`AISignal`) per
observation: the machine-readable signals of ``_ai_machine`` (W3C ``ai-disclosure``
attribute and meta, WHATWG ``ai-generated`` meta, the ``AI-Disclosure`` header, JSON-LD
``digitalSourceType``, ``SoftwareApplication`` authors, C2PA links, rights signals) and the
visible statements read by the grammar of ``_ai_grammar`` (en, es, fr, de, pt).

Visible statements are looked for only in short blocks where disclosures sit: around the
headline, at the start and end of the article body, in notice/label/byline/summary
elements and in captions. Each region is first tested with a few substring searches of its
text (C speed); only regions that name an agent are walked, and only short elements are
read. No regex runs over the whole page text.

:func:`build_disclosure` (``_ai_verdict``) turns the signals into one :class:`AIDisclosure`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from itertools import islice
from typing import Any

import lxml.etree
from lxml.html import HtmlElement

from newsmeta._extract._ai_grammar import (
    Reading,
    language_of,
    present_hints,
    read,
    review_of,
    short_word,
    strong_hint,
    word_count,
)
from newsmeta._extract._ai_lexicon import LANGUAGES, LATIN_SCRIPT
from newsmeta._extract._ai_machine import (
    CWTAM,
    IPTC_DIGITAL_SOURCE_TYPE,
    LEXICON,
    TAM,
    candidate,
    machine_signals,
    normalize_digital_source_type,
)
from newsmeta._extract._ai_region import foreign_region, prose, with_term
from newsmeta._extract._ai_verdict import build_disclosure
from newsmeta._extract._candidates import Candidate
from newsmeta._extract._page import Page, element_text, locator
from newsmeta._extract._region import core_holders
from newsmeta._models import AIInvolvement, AISignal, SourceKind

__all__ = [
    "IPTC_DIGITAL_SOURCE_TYPE",
    "build_disclosure",
    "candidates",
    "normalize_digital_source_type",
]

_N = AIInvolvement.NONE
_G = AIInvolvement.GENERATED

_BODY_KEY = re.compile(
    r"article-?body|articlebody|entry-content|post-content|story-?body|article-content|"
    r"post-body|story-content|article__body|content-body|article-text|articletext"
)
_AI_TOKEN = re.compile(r"(?:^|[\s_-])ai(?:$|[\s_-])")
_SKIP = frozenset({"script", "style", "noscript", "template", "svg", "h1", "h2", "a", "nav",
                   "button", "option", "select", "title", "head", "meta", "link", "form",
                   "textarea", "label"})  # fmt: skip
_SKIP_TEXT = frozenset({"script", "style", "noscript", "template", "svg"})
_MAX_SHORT = 300
_MAX_READ = 1200
_REGION_TEXT_MAX = 400_000
_FULL_MAX = 3000
_MAX_CAPTIONS = 12
_REGION_TAGS = frozenset(
    {"div", "p", "span", "aside", "small", "section", "em", "strong", "b", "i", "header",
     "footer", "figcaption", "label", "article", "main", "mark", "dd", "dt", "address", "font",
     "figure", "ul", "li"}
)  # fmt: skip
_KIND_CACHE: dict[str, str | None] = {}

# ----------------------------------------------------------------------------- placement

_PLACE_KEYS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("caption", ("caption", "credit", "bildunterschrift", "legende", "legenda", "pie-de")),
    ("summary", ("summary", "key-points", "keypoints", "tldr", "highlights", "zusammenfassung",
                 "resumen", "resumo", "essentiel", "takeaways")),
    ("byline", ("byline", "author", "autor", "auteur", "by-line", "writer", "credit-line")),
    ("banner", ("banner", "alert", "disclos", "badge", "label", "flag", "ai-")),
    ("note", ("note", "notice", "disclaimer", "hinweis", "aviso", "callout", "info",
              "transparen", "footnote", "editor")),
)  # fmt: skip
# Class/id words of the elements searched as regions of their own (bylines and captions
# are reached from the headline and the body).
_ROOT_KEYS = (
    "disclos", "generated", "notice", "disclaimer", "byline", "note", "label", "badge",
    "alert", "transparen", "hinweis", "aviso", "callout", "summary", "caption", "tldr",
)  # fmt: skip
_NOTE_TAGS = frozenset({"aside", "small", "em", "i", "mark", "strong", "b", "footer"})
# The keys :func:`_region_kind` gives a kind (body, banner), in one search: the page's
# hinted elements are filtered by it once per distinct key (see ``Page.hinted_by``).
_REGION_KEY = re.compile(
    "|".join((_BODY_KEY.pattern, *map(re.escape, _ROOT_KEYS), _AI_TOKEN.pattern))
)


def _key(el: HtmlElement) -> str:
    return f"{el.get('class') or ''} {el.get('id') or ''}".lower()


_MEDIA_TAGS = frozenset({"img", "picture", "video", "figure", "iframe", "audio", "svg"})
_MAX_MEDIA_NODES = 40


def _by_media(node: HtmlElement) -> bool:
    """Whether a caption-classed element holds or sits beside a picture (two siblings on
    either side): a caption. A "credit" under a byline with no picture is none."""
    if any(child.tag in _MEDIA_TAGS for child in islice(node.iter(), 1, _MAX_MEDIA_NODES)):
        return True
    prev, nxt = node.getprevious(), node.getnext()
    for _ in range(2):
        for sib in (prev, nxt):
            if sib is not None and any(
                n.tag in _MEDIA_TAGS for n in islice(sib.iter(), _MAX_MEDIA_NODES)
            ):
                return True
        prev = prev.getprevious() if prev is not None else None
        nxt = nxt.getnext() if nxt is not None else None
    parent = node.getparent()
    return parent is not None and parent.tag in _MEDIA_TAGS


def placement_of(el: HtmlElement, text: str) -> str:
    """Where a visible statement sits: caption, summary, byline, banner, note or inline."""
    node: HtmlElement | None = el
    for depth in range(4):
        if node is None or node.tag in ("body", "html", "article", "main"):
            break
        if node.tag in ("figcaption", "figure", "caption"):
            return "caption"
        if node.get("rel") == "author":
            return "byline"
        key = _key(node)
        if key.strip():
            for place, words in _PLACE_KEYS:
                if any(w in key for w in words):
                    if place == "caption" and not _by_media(node):
                        continue  # a credit line with no picture beside it ("credit-ai")
                    return place
            if _AI_TOKEN.search(key):
                return "banner"
        role = (node.get("role") or "").lower()
        if role in ("note", "alert", "status"):
            return "note"
        if depth == 0 and node.tag in _NOTE_TAGS:
            return "note"
        node = node.getparent()
    if word_count(text) <= 14 and not prose(text):
        return "label"
    return "inline"


# ----------------------------------------------------------------------------- regions


def _fast_text(el: HtmlElement) -> str:
    """All text under ``el`` (scripts included) from lxml's C serializer: a pre-check input.

    Texts of neighbouring elements run together here when the page has no white space
    between them ("…con l'IA</figcaption></figure><p>I lavori…" reads "l'IAI lavori"), so a
    region that this text finds nothing in does not hide the regions inside it.
    """
    try:
        text: str = lxml.etree.tostring(el, method="text", encoding="unicode", with_tail=False)
    except (lxml.etree.LxmlError, ValueError):
        return ""
    return text


def _region_kind(key: str) -> str | None:
    """ "body" for an article-body container, "banner" for a notice-like element, else None."""
    try:
        return _KIND_CACHE[key]
    except KeyError:
        pass
    kind: str | None = None
    if ("body" in key or "content" in key or "text" in key) and _BODY_KEY.search(key):
        kind = "body"
    elif any(w in key for w in _ROOT_KEYS) or ("ai" in key and _AI_TOKEN.search(key)):
        kind = "banner"
    if len(_KIND_CACHE) < 20_000:
        _KIND_CACHE[key] = kind
    return kind


def _region_roots(page: Page) -> list[HtmlElement]:
    """Roots of the places a statement can be: around the headline, body start and end,
    hinted notice/byline/label elements and captions."""
    roots: list[HtmlElement] = []
    for head in page.h1[:2]:
        root = head
        for _ in range(3):
            parent = root.getparent()
            if parent is None or parent.tag in ("body", "html"):
                break
            root = parent
        roots.append(root)
        prev, nxt = root.getprevious(), root.getnext()
        for _ in range(3):
            for sib in (prev, nxt):
                if sib is not None and isinstance(sib.tag, str):
                    roots.append(sib)
            prev = prev.getprevious() if prev is not None else None
            nxt = nxt.getnext() if nxt is not None else None
    bodies: list[HtmlElement] = []
    banners: list[HtmlElement] = []
    for el, key in page.hinted_by(_REGION_KEY):
        if el.tag not in _REGION_TAGS:
            continue
        kind = _region_kind(key)
        if kind is not None:
            (bodies if kind == "body" else banners).append(el)
    bodies += [el for el in page.itemprops if el.get("itemprop") == "articleBody"]
    for body in bodies[:4]:
        children = [c for c in body if isinstance(c.tag, str)]
        roots.extend(children[:3] + children[-5:])
    roots.extend(banners)
    body = page.body
    if body is not None:  # captions (filed by the page index: no walk of the body)
        taken = 0
        for caption in page.figcaptions:
            if taken >= _MAX_CAPTIONS:
                break
            node = caption.getparent()
            while node is not None and node is not body:
                node = node.getparent()
            if node is not None:
                roots.append(caption)
                taken += 1
    return roots


_XPATHS: dict[str, lxml.etree.XPath] = {}
_MAX_HITS = 300


def _text_hits(root: HtmlElement, needle: str) -> list[Any]:
    """The text nodes under ``root`` that contain ``needle`` (libxml2 walks the tree in C)."""
    xpath = _XPATHS.get(needle)
    if xpath is None:
        xpath = _XPATHS[needle] = lxml.etree.XPath(
            f"descendant-or-self::text()[contains(., '{needle}')]"
        )
    try:
        found = xpath(root)
    except lxml.etree.XPathError:
        return []
    return found[:_MAX_HITS] if isinstance(found, list) else []


def _hot_elements(root: HtmlElement, needles: tuple[str, ...]) -> Iterator[HtmlElement]:
    """Elements under ``root`` whose own text (or a child's tail) holds one of ``needles``."""
    for needle in needles:
        for hit in _text_hits(root, needle):
            if len(needle) <= 3 and not short_word(str(hit), needle):
                continue
            owner = hit.getparent()
            if owner is None or not isinstance(owner.tag, str):
                continue
            if hit.is_tail:
                owner = owner.getparent()
                if owner is None:
                    continue
            if owner.tag in _SKIP_TEXT:
                continue
            yield owner


def _in_link(el: HtmlElement) -> bool:
    """Inside a link, heading, button (4 levels) or a form (12): never a disclosure."""
    node = el
    for depth in range(12):
        node = node.getparent()
        if node is None:
            return False
        tag = node.tag
        if tag == "form" or (depth < 4 and tag in ("a", "nav", "h1", "h2", "button")):
            return True
    return False


def _mostly_link(el: HtmlElement, text: str) -> bool:
    linked = 0
    for link in el.iter("a"):
        linked += len(element_text(link, limit=400))
    return linked * 2 > len(text)


def _inside_any(el: HtmlElement, roots: set[HtmlElement]) -> bool:
    if not roots:
        return False
    node = el.getparent()
    depth = 0
    while node is not None and depth < 40:
        if node in roots:
            return True
        node = node.getparent()
        depth += 1
    return False


def _is_inside(el: HtmlElement, anc: HtmlElement) -> bool:
    node = el.getparent()
    depth = 0
    while node is not None and depth < 30:
        if node is anc:
            return True
        node = node.getparent()
        depth += 1
    return False


def _statement_candidates(page: Page) -> list[tuple[HtmlElement, str]]:
    """Elements whose text may be a statement (deduplicated, document order of discovery)."""
    found: list[tuple[HtmlElement, str]] = []
    seen: set[HtmlElement] = set()
    covered: set[HtmlElement] = set()

    def consider(el: HtmlElement) -> bool:
        """True when the element's text is short enough to climb on to its parent."""
        if el in seen:
            return True
        seen.add(el)
        if not isinstance(el.tag, str) or el.tag in _SKIP or el.tag in ("body", "html"):
            return False
        text = element_text(el, limit=_MAX_READ + 50)
        if not text or len(text) > _MAX_READ:
            return False
        if strong_hint(text) and not _in_link(el) and not _mostly_link(el, text):
            found.append((el, text))
            if len(text) <= _MAX_LABEL and el.attrib:
                # a bare label ("KI", "🤖 AI") whose tooltip is the statement, whatever its
                # class: read after the label, so the tooltip's reading wins when it has one
                tip = _tooltip_of(el)
                if tip is not None:
                    found.append((el, tip))
        return len(text) <= _MAX_SHORT

    def walk(root: HtmlElement, needles: tuple[str, ...]) -> None:
        for hot in _hot_elements(root, needles):
            node: HtmlElement | None = hot
            for _ in range(3):  # the element, then its parents while the text stays short
                if node is None or not consider(node):
                    break
                node = node.getparent()

    # A long root (the article around the headline) is searched for the first hints only
    # (AI words, GPT, automation); the short roots (captions, notes, bylines, the first and
    # last paragraphs) for every hint, first all together in one joined text.
    roots = {id(r): r for r in _region_roots(page) if isinstance(r.tag, str)}
    scripts = (page.html_lang or "")[:2].lower() not in LATIN_SCRIPT
    short: list[tuple[HtmlElement, str]] = []
    for root in roots.values():
        text = _fast_text(root)[:_REGION_TEXT_MAX]
        if len(text) <= _FULL_MAX:
            short.append((root, text))
            continue
        needles = present_hints(text, False, scripts)
        if needles:
            walk(root, needles)
    found.extend(_tooltips(roots.values(), seen))
    if short and present_hints("\n".join(text for _, text in short)):
        for root, text in short:
            if _inside_any(root, covered):
                continue
            needles = present_hints(text)
            if needles:
                walk(root, needles)
                covered.add(root)
    return found


_TOOLTIP_ATTRS = ("title", "aria-label", "data-tooltip", "data-title")
_MAX_LABEL = 24  # the text of a bare label ("AI", "KI-generiert", "🤖 AI-assisted")


def _tooltip_of(el: HtmlElement) -> str | None:
    """The hinted tooltip or accessible label of a short label element, if any."""
    for attr in _TOOLTIP_ATTRS:
        value = el.get(attr)
        if value and len(value) <= _MAX_READ and strong_hint(value):
            return " ".join(value.split())
    return None


_MAX_TOOLTIP_NODES = 12
_MAX_TOOLTIPS = 5  # statements a page's labels may give this way


def _tooltips(
    roots: Iterable[HtmlElement], seen: set[HtmlElement]
) -> list[tuple[HtmlElement, str]]:
    """Statements an AI label shows only on hover or to screen readers: the ``title`` or
    ``aria-label`` of a notice-like element (classed ``ai-badge``, ``ki-hinweis`` …) or of
    one of its first nodes, when its own text says nothing ("🤖", "AI")."""
    out: list[tuple[HtmlElement, str]] = []
    for root in roots:
        if root.tag in _SKIP or _region_kind(_key(root)) != "banner" or _in_link(root):
            continue
        for node in islice(root.iter(), _MAX_TOOLTIP_NODES):
            if not isinstance(node.tag, str) or node in seen or not node.attrib:
                continue
            if node.tag in ("a", "button", "input", "select", "form"):
                continue
            for attr in _TOOLTIP_ATTRS:
                value = node.get(attr)
                if value and len(value) <= _MAX_READ and strong_hint(value):
                    seen.add(node)
                    out.append((node, " ".join(value.split())))
                    if len(out) >= _MAX_TOOLTIPS:
                        return out
                    break
    return out


# ----------------------------------------------------------------------------- signals


def _signal(reading: Reading, text: str, where: str, placement: str) -> AISignal:
    if reading.involvement is _N:
        dst = None
        confidence = 0.75 if reading.deixis else 0.65
    else:
        dst = TAM if reading.involvement is _G else CWTAM
        confidence = 0.8 if reading.deixis else 0.7
    return AISignal(
        kind="banner",
        raw=text,
        locator=where,
        spec=LEXICON + reading.language,
        involvement=reading.involvement,
        reviewed_by_human=reading.reviewed,
        digital_source_type=dst if reading.scope == "article" else None,
        confidence=confidence,
        scope=reading.scope,
        agent=reading.agent,
        negated=reading.negated,
        placement=placement,
    )


def _neighbours(el: HtmlElement) -> list[HtmlElement]:
    """Sibling elements of a statement (and of its parent): where a separate review note sits."""
    out: list[HtmlElement] = []
    for node in (el, el.getparent()):
        if node is None or node.tag in ("body", "html"):
            continue
        prev = node.getprevious()
        nxt = node.getnext()
        for _ in range(2):
            for sib in (prev, nxt):
                if sib is not None and isinstance(sib.tag, str) and sib.tag not in _SKIP:
                    out.append(sib)
            prev = prev.getprevious() if prev is not None else None
            nxt = nxt.getnext() if nxt is not None else None
    return out


def _statement_signals(page: Page) -> list[Candidate]:
    lang = page.html_lang
    own = (lang or "")[:2].lower()
    read_els: dict[HtmlElement, tuple[str, str, list[Reading]]] = {}
    core = core_holders(page)
    for el, text in _statement_candidates(page):
        if foreign_region(el, core):
            continue  # a teaser's label, a reader's comment: not this article's note
        text = with_term(el, text)
        placement = placement_of(el, text)
        readings = read(text, placement, lang)
        if own in LANGUAGES:
            # "This article has been translated automatically" in English on a German
            # page speaks of the page's English version (a translation widget's note)
            readings = [
                r for r in readings if r.scope != "translation" or language_of(r.text, own) == own
            ]
        if readings:
            read_els[el] = (text, placement, readings)
    # innermost statements only: a label inside a note is read once, as the label
    members = list(read_els)
    innermost = [
        el for el in members if not any(o is not el and _is_inside(o, el) for o in members)
    ]
    out: list[Candidate] = []
    texts: set[str] = set()
    positive = False
    for el in innermost:
        text, placement, readings = read_els[el]
        if text in texts:
            continue
        texts.add(text)
        where = locator(el)
        for reading in readings:
            positive = positive or reading.involvement is not _N
            # a statement inside body prose is its sentence, not the whole paragraph
            raw = reading.text if placement == "inline" else text
            out.append(candidate(_signal(reading, raw, where, placement), SourceKind.VISIBLE_TEXT))
    if positive:
        out.extend(_review_notes(innermost, read_els, lang))
    return out


def _review_notes(
    statements: list[HtmlElement],
    read_els: dict[HtmlElement, tuple[str, str, list[Reading]]],
    lang: str | None,
) -> list[Candidate]:
    """Separate review notes next to a statement ("Reviewed by our editors.")."""
    out: list[Candidate] = []
    seen: set[HtmlElement] = set(read_els)
    scopes = {r.scope for el in statements for r in read_els[el][2] if r.involvement is not _N}
    scope = "article" if "article" in scopes or not scopes else sorted(scopes)[0]
    for el in statements:
        for near in _neighbours(el):
            if near in seen:
                continue
            seen.add(near)
            text = element_text(near, limit=_MAX_SHORT + 50)
            if not text or len(text) > _MAX_SHORT:
                continue
            reviewed = review_of(text)
            if reviewed is None:
                continue
            out.append(
                candidate(
                    AISignal(
                        kind="review-note",
                        raw=text,
                        locator=locator(near),
                        spec=LEXICON + (lang or "en")[:2].lower(),
                        reviewed_by_human=reviewed,
                        confidence=0.6,
                        scope=scope,
                        placement=placement_of(near, text),
                    ),
                    SourceKind.VISIBLE_TEXT,
                )
            )
    return out


def candidates(page: Page) -> list[Candidate]:
    """Every AI-disclosure signal of the page, one ``ai_signal`` candidate each."""
    out = machine_signals(page)
    out.extend(_statement_signals(page))
    return out
