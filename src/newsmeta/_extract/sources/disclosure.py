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
from collections.abc import Iterator

import lxml.etree
from lxml.html import HtmlElement

from newsmeta._extract import _ai_lexicon as lx
from newsmeta._extract._ai_grammar import Reading, read, review_of
from newsmeta._extract._ai_machine import (
    CWTAM,
    IPTC_DIGITAL_SOURCE_TYPE,
    LEXICON,
    TAM,
    candidate,
    machine_signals,
    normalize_digital_source_type,
)
from newsmeta._extract._ai_verdict import build_disclosure
from newsmeta._extract._candidates import Candidate
from newsmeta._extract._page import Page, element_text, locator
from newsmeta._models import AIInvolvement, AISignal, SourceKind

__all__ = [
    "IPTC_DIGITAL_SOURCE_TYPE",
    "build_disclosure",
    "candidates",
    "normalize_digital_source_type",
]

_N = AIInvolvement.NONE
_G = AIInvolvement.GENERATED

_HOT = re.compile(
    lx.AGENT.pattern
    + r"|(?i:"
    + lx.COMPOUND.pattern
    + r")|(?i:"
    + lx.HUMAN_DECLARATION.pattern
    + r")"
)
_BODY_KEY = re.compile(
    r"article-?body|articlebody|entry-content|post-content|story-?body|article-content|"
    r"post-body|story-content|article__body|content-body|article-text|articletext"
)
_AI_TOKEN = re.compile(r"(?:^|[\s_-])ai(?:$|[\s_-])")
_SKIP = frozenset({"script", "style", "noscript", "template", "svg", "h1", "h2", "a", "nav",
                   "button", "option", "select", "title", "head", "meta", "link"})  # fmt: skip
_SKIP_TEXT = frozenset({"script", "style", "noscript", "template", "svg"})
_MAX_SHORT = 300
_MAX_READ = 1200
_REGION_BUDGET = 2000
_REGION_TEXT_MAX = 400_000
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
_NOTE_TAGS = frozenset({"aside", "small", "em", "i", "mark", "strong", "b", "footer"})


def _key(el: HtmlElement) -> str:
    return f"{el.get('class') or ''} {el.get('id') or ''}".lower()


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
                    return place
            if _AI_TOKEN.search(key):
                return "banner"
        role = (node.get("role") or "").lower()
        if role in ("note", "alert", "status"):
            return "note"
        if depth == 0 and node.tag in _NOTE_TAGS:
            return "note"
        node = node.getparent()
    if len(text.split()) <= 14:
        return "label"
    return "inline"


# ----------------------------------------------------------------------------- regions


def _fast_text(el: HtmlElement) -> str:
    """All text under ``el`` (scripts included) from lxml's C serializer: a pre-check input."""
    try:
        text: str = lxml.etree.tostring(el, method="text", encoding="unicode", with_tail=False)
    except (lxml.etree.LxmlError, ValueError):
        return ""
    return text


def _short_word(text: str, word: str) -> bool:
    """Whether a two-letter upper-case word ("AI", "KI", "IA") may occur as a word.

    Texts of adjacent elements arrive glued ("…budgetAICouncil…"), so a lower-case letter
    before or a capitalised word after still counts; an all-capitals word ("SOFIA",
    "MEEDIA", "HOAI") does not. A pre-check only: the element-level regex decides.
    """
    start = text.find(word)
    while start >= 0:
        before = text[start - 1] if start else " "
        after = text[start + 2 : start + 3] or " "
        following = text[start + 3 : start + 4] or " "
        before_ok = not before.isalpha() or before.islower()
        after_ok = (
            not after.isalpha()
            or (after.isupper() and following.islower())
            or (after == "s" and not following.isalpha())
        )
        if before_ok and after_ok:
            return True
        start = text.find(word, start + 2)
    return False


_SUBSTRINGS = (
    "GPT", "rtifici", "nstliche", "utomat", "A.I.", "Claude", "Gemini", "LLM", "Copilot",
    "DeepL", "OpenAI", "Bot", "obot", "obô", "lgorit", "lgorith", "uman", "ensch",
    "Newsroom", "ngine", "utomá", "odelo de l", "odèle de l", "anguage model", "prachmodell",
    "aschinell", "ranslat", "raduc",
    "Midjourney", "DALL", "Diffusion", "Firefly", "Sora", "ElevenLabs", "Mistral", "Llama",
    "ChatGPT", "Grok", "DeepSeek", "Perplexity",
)  # fmt: skip


def _mentions_ai(text: str) -> bool:
    """A cheap pre-check (substring search at C speed) before any regex work on a text."""
    for needle in _SUBSTRINGS:
        if needle in text:
            return True
    return (
        ("AI" in text and _short_word(text, "AI"))
        or ("KI" in text and _short_word(text, "KI"))
        or ("IA" in text and _short_word(text, "IA"))
    )


def _region_kind(key: str) -> str | None:
    """ "body" for an article-body container, "banner" for a notice-like element, else None."""
    try:
        return _KIND_CACHE[key]
    except KeyError:
        pass
    kind: str | None = None
    if ("body" in key or "content" in key or "text" in key) and _BODY_KEY.search(key):
        kind = "body"
    elif any(w in key for _place, words in _PLACE_KEYS for w in words if w != "ai-") or (
        "ai" in key and _AI_TOKEN.search(key)
    ):
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
    for el, key in page.hinted:
        if el.tag not in _REGION_TAGS:
            continue
        kind = _region_kind(key)
        if kind is not None:
            (bodies if kind == "body" else banners).append(el)
    bodies += [el for el in page.itemprops if el.get("itemprop") == "articleBody"]
    for body in bodies[:4]:
        children = [c for c in body if isinstance(c.tag, str)]
        roots.extend(children[:4] + children[-6:])
    roots.extend(banners)
    tags = page.tags
    if "figcaption" in tags:
        elements = page.elements
        roots.extend(elements[i] for i, t in enumerate(tags) if t == "figcaption")
    return roots


def _hot_elements(root: HtmlElement, budget: int) -> Iterator[HtmlElement]:
    """Elements under ``root`` whose own text (or tail, for the parent) names an agent."""
    for count, el in enumerate(root.iter()):
        if count >= budget:
            return
        if not isinstance(el.tag, str) or el.tag in _SKIP_TEXT:
            continue
        text = el.text
        if text and _mentions_ai(text) and _HOT.search(text[:1000]):
            yield el
        tail = el.tail
        if tail and el is not root and _mentions_ai(tail) and _HOT.search(tail[:1000]):
            parent = el.getparent()
            if parent is not None:
                yield parent


def _in_link(el: HtmlElement) -> bool:
    node = el
    for _ in range(4):
        node = node.getparent()
        if node is None:
            return False
        if node.tag in ("a", "nav", "h1", "h2", "button"):
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
    done_roots: set[HtmlElement] = set()
    ruled_out: set[HtmlElement] = set()

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
        if _HOT.search(text) and not _in_link(el) and not _mostly_link(el, text):
            found.append((el, text))
        return len(text) <= _MAX_SHORT

    for root in _region_roots(page):
        if root in done_roots or not isinstance(root.tag, str):
            continue
        if _inside_any(root, ruled_out):
            continue  # an enclosing root never names an agent
        done_roots.add(root)
        if not _mentions_ai(_fast_text(root)[:_REGION_TEXT_MAX]):
            ruled_out.add(root)
            continue
        for hot in _hot_elements(root, _REGION_BUDGET):
            node: HtmlElement | None = hot
            for _ in range(3):  # the element, then its parents while the text stays short
                if node is None or not consider(node):
                    break
                node = node.getparent()
    return found


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
    read_els: dict[HtmlElement, tuple[str, str, list[Reading]]] = {}
    for el, text in _statement_candidates(page):
        placement = placement_of(el, text)
        readings = read(text, placement, lang)
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
