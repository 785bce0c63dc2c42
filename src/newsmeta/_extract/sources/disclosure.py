"""AI-content disclosure: every signal a page carries, and the verdict built from them.

``candidates(page)`` returns one ``ai_signal`` candidate (value :class:`AISignal`) per
observation: visible banners and review notes (en, es, fr, de, pt), the W3C
``ai-disclosure`` attribute (with inheritance) and meta, the WHATWG ``ai-generated`` meta,
the ``AI-Disclosure`` header and its ``<meta http-equiv>`` twin, JSON-LD
``digitalSourceType``, authors of type ``SoftwareApplication``, C2PA manifest links, and
rights signals (``noai``, TDMRep) that are recorded but never mapped to a level.

:func:`build_disclosure` turns the signals into one :class:`AIDisclosure` (see
``docs/models.md``: involvement and human review stay separate axes; the most specific and
verified signal wins; every signal is kept).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from typing import Any

import lxml.etree
from lxml.html import HtmlElement

from newsmeta._errors import Problem, ValidationError
from newsmeta._extract._candidates import Candidate
from newsmeta._extract._jsonld_data import nodes
from newsmeta._extract._page import Page, element_text, locator
from newsmeta._formats import is_uri
from newsmeta._models import AIDisclosure, AIInvolvement, AISignal, SourceKind

__all__ = [
    "IPTC_DIGITAL_SOURCE_TYPE",
    "build_disclosure",
    "candidates",
    "normalize_digital_source_type",
]

IPTC_DIGITAL_SOURCE_TYPE = "http://cv.iptc.org/newscodes/digitalsourcetype/"
"""The IPTC namespace every digital source type is normalised into."""

_G = AIInvolvement.GENERATED
_A = AIInvolvement.ASSISTED
_N = AIInvolvement.NONE
_U = AIInvolvement.UNKNOWN

_TAM = IPTC_DIGITAL_SOURCE_TYPE + "trainedAlgorithmicMedia"
_CWTAM = IPTC_DIGITAL_SOURCE_TYPE + "compositeWithTrainedAlgorithmicMedia"
_DIGITAL_CREATION = IPTC_DIGITAL_SOURCE_TYPE + "digitalCreation"

SPEC_W3C = "w3c-cg-ai-content-disclosure/2026-09-21"
SPEC_WHATWG = "whatwg-html-9479"
SPEC_IETF = "draft-abaris-aicdh-01"
SPEC_IPTC = "iptc-digitalsourcetype"
SPEC_C2PA = "c2pa-2.2"
SPEC_TDMREP = "w3c-tdmrep"
LEXICON = "newsmeta-lexicon/"
"""Prefix of ``AISignal.spec`` for visible banners; the language code follows."""

# ----------------------------------------------------------------------------- digital source type

_IPTC_TERMS: dict[str, AIInvolvement] = {
    "trainedAlgorithmicMedia": _G,
    "algorithmicMedia": _G,
    "compositeWithTrainedAlgorithmicMedia": _A,
    "algorithmicallyEnhanced": _A,
    "compositeSynthetic": _A,
    "dataDrivenMedia": _U,
    "digitalCapture": _N,
    "computationalCapture": _N,
    "negativeFilm": _N,
    "positiveFilm": _N,
    "print": _N,
    "humanEdits": _N,
    "minorHumanEdits": _N,
    "compositeCapture": _N,
    "digitalArt": _N,
    "digitalCreation": _N,
    "virtualRecording": _N,
    "screenCapture": _N,
    "softwareImage": _U,
}
_IPTC_LOWER = {term.lower(): term for term in _IPTC_TERMS}


def normalize_digital_source_type(value: Any) -> str | None:
    """The IPTC URI for a digital source type in any spelling, or None.

    Accepts IPTC URIs (http or https), schema.org names (``TrainedAlgorithmicMediaDigitalSource``,
    with or without ``https://schema.org/`` or ``schema:``), bare IPTC terms and JSON-LD
    ``{"@id": …}`` objects.
    """
    if isinstance(value, dict):
        value = value.get("@id") or value.get("@value") or value.get("url")
    if isinstance(value, list):
        value = next((v for v in value if isinstance(v, (str, dict))), None)
        return normalize_digital_source_type(value) if value is not None else None
    if not isinstance(value, str):
        return None
    text = value.strip()
    if not text or len(text) > 300:
        return None
    iptc = "cv.iptc.org/newscodes/digitalsourcetype/" in text.lower()
    term = re.split(r"[/#:]", text.rstrip("/"))[-1].strip()
    lowered = term.lower()
    if lowered.endswith("digitalsource"):
        lowered = lowered[: -len("digitalsource")]
    canonical = _IPTC_LOWER.get(lowered)
    if canonical is not None:
        return IPTC_DIGITAL_SOURCE_TYPE + canonical
    if iptc and re.fullmatch(r"[A-Za-z][A-Za-z0-9]{1,80}", term):
        return IPTC_DIGITAL_SOURCE_TYPE + term
    return None


def _dst_involvement(uri: str | None) -> AIInvolvement:
    if uri is None:
        return _U
    return _IPTC_TERMS.get(uri.rsplit("/", 1)[-1], _U)


# ----------------------------------------------------------------------------- banner lexicon

_AI_WORD_CASED = re.compile(
    r"\b(?:AI|A\.I\.|KI|IA|GenAI|ChatGPT|GPT-?\d|LLM|Claude|Gemini|Copilot)\b|"
    r"(?i:artificial intelligence|automation technology|language model|"
    r"k[üu]nstliche[rn]? intelligenz|inteligencia artificial|intelligence artificielle|"
    r"intelig[êe]ncia artificial)"
)
_MODEL = re.compile(
    r"\b(ChatGPT|GPT-\d[\w.]*|Claude(?: \d[\w.]*)?|Gemini|Bard|Copilot|Llama ?\d*|Mistral|"
    r"Grok|DeepSeek)\b"
)

_EN_AI = (
    r"(?:an?\s+|the\s+)?(?:(?:generative|artificial)\s+)?(?:AI|A\.I\.|artificial intelligence|"
    r"automation technology|ChatGPT|GPT-?\d[\w.]*|Claude|Gemini|Copilot|"
    r"(?:large\s+)?language model|LLM)"
)
_ES_AI = r"(?:una\s+|la\s+)?(?:IA|inteligencia\s+artificial|ChatGPT)"
_FR_AI = r"(?:une\s+|l['’]\s*)?(?:IA|intelligence\s+artificielle|ChatGPT)"
_DE_AI = r"(?:einer\s+|der\s+)?(?:KI|k[üu]nstliche[rn]?\s+Intelligenz|ChatGPT)"
_PT_AI = r"(?:a\s+|uma\s+)?(?:IA|intelig[êe]ncia\s+artificial|ChatGPT)"


def _rx(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.I)


class _Lexicon:
    __slots__ = ("assisted", "generated", "language", "not_reviewed", "reviewed", "self_ref")

    def __init__(
        self,
        language: str,
        self_ref: str,
        generated: str,
        assisted: str,
        reviewed: str,
        not_reviewed: str,
    ) -> None:
        self.language = language
        self.self_ref = _rx(self_ref)
        self.generated = _rx(generated)
        self.assisted = _rx(assisted)
        self.reviewed = _rx(reviewed)
        self.not_reviewed = _rx(not_reviewed)


_LEXICONS: tuple[_Lexicon, ...] = (
    _Lexicon(
        "en",
        r"^\W*(?:this\s+|the\s+|our\s+)?(?:content|article|story|text|report|post|piece|"
        r"summary|page|recap|item|copy)\b|\b(?:this|the)\s+(?:content|article|story|text|"
        r"report|post|piece|summary|page|recap)\b",
        r"\b(?:created|generated|written|produced|composed|drafted|authored)\s+"
        r"(?:(?:entirely|fully|wholly|partly|partially|automatically|primarily)\s+)?"
        r"(?:by|using|with|via|through)\s+" + _EN_AI + r"|"
        r"\bAI[- ](?:generated|written|created|produced)\b|"
        r"^\W*(?:written|generated|created|produced)\s+by\s+" + _EN_AI + r"\W*$",
        r"\b(?:with|using)\s+the\s+(?:help|assistance|support|aid)\s+of\s+" + _EN_AI + r"|"
        r"\bAI[- ](?:assisted|supported|aided)\b|"
        r"\b(?:assisted|aided|supported)\s+by\s+" + _EN_AI + r"|"
        r"\bwith\s+(?:the\s+)?(?:help|assistance)\s+(?:of|from)\s+" + _EN_AI,
        r"\b(?:reviewed|edited|fact[- ]checked|verified|checked|curated|overseen|vetted)"
        r"(?:\s+and\s+(?:\w+\s+)?(?:reviewed|edited|fact[- ]checked|verified|checked|"
        r"curated|vetted))?\s+by\s+(?:an?\s+|our\s+|the\s+)?(?:human\s+|senior\s+|staff\s+)?"
        r"(?:editors?|editorial\s+(?:staff|team|board)|journalists?|newsroom|reporters?|"
        r"staff|humans?|person)",
        r"\b(?:not|never)\s+(?:been\s+)?(?:reviewed|checked|edited|verified)\s+by\s+"
        r"(?:an?\s+)?(?:human|editor|journalist|person)|\bwithout\s+(?:any\s+)?(?:human|"
        r"editorial)\s+(?:review|oversight|intervention|editing)|\bno\s+human\s+(?:review|"
        r"oversight|editing)",
    ),
    _Lexicon(
        "es",
        r"^\W*(?:este\s+|esta\s+)?(?:contenido|art[íi]culo|texto|noticia|nota|resumen)\b|"
        r"\b(?:este|esta)\s+(?:contenido|art[íi]culo|texto|noticia|nota|resumen)\b",
        r"\b(?:generad|cread|redactad|elaborad|escrit|producid)[oa]s?\s+"
        r"(?:(?:[íi]ntegramente|totalmente|autom[áa]ticamente|parcialmente)\s+)?"
        r"(?:por|con|mediante)\s+" + _ES_AI + r"\b(?!\s+de\b)",
        r"\bcon\s+(?:la\s+)?ayuda\s+de\s+" + _ES_AI + r"|"
        r"\basistid[oa]s?\s+por\s+" + _ES_AI,
        r"\brevisad[oa]s?\s+(?:y\s+\w+\s+)?por\s+(?:el|la|un|una|nuestr[oa]s?)\s+"
        r"(?:equipo\s+(?:de\s+)?)?(?:editor(?:es|a)?|redacci[oó]n|periodistas?|editorial)",
        r"\bsin\s+(?:revisi[oó]n|supervisi[oó]n|intervenci[oó]n)\s+humana",
    ),
    _Lexicon(
        "fr",
        r"^\W*(?:cet\s+|ce\s+|cette\s+)?(?:contenu|article|texte|r[ée]sum[ée])\b|"
        r"\b(?:cet|ce|cette)\s+(?:contenu|article|texte|r[ée]sum[ée])\b",
        r"\b(?:g[ée]n[ée]r[ée]|cr[ée][ée]|r[ée]dig[ée]|[ée]crit|produit)e?s?\s+"
        r"(?:(?:enti[èe]rement|automatiquement|partiellement)\s+)?"
        r"(?:par|avec|gr[âa]ce\s+[àa])\s+" + _FR_AI,
        r"\bavec\s+l['’]\s*aide\s+(?:de\s+)?" + _FR_AI + r"|"
        r"\bassist[ée]e?s?\s+par\s+" + _FR_AI,
        r"\b(?:relu|v[ée]rifi[ée]|revu|[ée]dit[ée]|valid[ée])e?s?\s+(?:et\s+\w+\s+)?par\s+"
        r"(?:la\s+r[ée]daction|notre\s+r[ée]daction|un(?:e)?\s+(?:journaliste|[ée]diteur|"
        r"r[ée]dacteur|humain)|nos\s+(?:journalistes|[ée]diteurs|r[ée]dacteurs))",
        r"\bsans\s+(?:relecture|v[ée]rification|intervention|supervision)\s+humaine",
    ),
    _Lexicon(
        "de",
        r"^\W*(?:dieser\s+|diese\s+|dieses\s+)?(?:Inhalt|Artikel|Text|Beitrag|Meldung|"
        r"Zusammenfassung)\b|\b(?:dieser|diese|dieses)\s+(?:Inhalt|Artikel|Text|Beitrag|"
        r"Meldung|Zusammenfassung)\b",
        r"\bKI[- ](?:generiert|erstellt|geschrieben)\w*|"
        r"\b(?:von|durch|mit)\s+" + _DE_AI + r"\s+(?:\w+\s+)?(?:erstellt|generiert|"
        r"geschrieben|verfasst|erzeugt|produziert)",
        r"\b(?:mit\s+Hilfe|mithilfe|mit\s+Unterst[üu]tzung)\s+(?:von\s+)?" + _DE_AI + r"|"
        r"\bKI[- ](?:unterst[üu]tzt|gest[üu]tzt)\w*",
        r"\b(?:von|durch)\s+(?:der|unserer|die)\s+Redaktion\s+(?:\w+\s+)?(?:gepr[üu]ft|"
        r"[üu]berpr[üu]ft|redigiert|kontrolliert|bearbeitet|freigegeben)|"
        r"\bredaktionell\s+(?:gepr[üu]ft|[üu]berpr[üu]ft|bearbeitet|betreut)",
        r"\bohne\s+(?:redaktionelle|menschliche)\s+(?:Pr[üu]fung|Kontrolle|Bearbeitung)",
    ),
    _Lexicon(
        "pt",
        r"^\W*(?:este\s+|esta\s+)?(?:conte[úu]do|artigo|texto|mat[ée]ria|not[íi]cia)\b|"
        r"\b(?:este|esta)\s+(?:conte[úu]do|artigo|texto|mat[ée]ria|not[íi]cia)\b",
        r"\b(?:gerad|criad|escrit|produzid|redigid|elaborad)[oa]s?\s+"
        r"(?:(?:integralmente|totalmente|automaticamente|parcialmente)\s+)?"
        r"(?:por|com)\s+" + _PT_AI,
        r"\bcom\s+(?:a\s+)?ajuda\s+d[ae]\s+" + _PT_AI + r"|"
        r"\bassistid[oa]s?\s+por\s+" + _PT_AI,
        r"\brevisad[oa]s?\s+(?:e\s+\w+\s+)?pel[ao]s?\s+(?:reda[çc][ãa]o|editor(?:es|a)?|"
        r"jornalistas?|equipe)",
        r"\bsem\s+(?:revis[ãa]o|supervis[ãa]o|interven[çc][ãa]o)\s+humana",
    ),
)
_PT_ONLY = re.compile(r"[ãõç]|intelig[êe]ncia|\b(?:pel[ao]|com|gerad|criad)", re.I)
_ES_ONLY = re.compile(r"[ñ¿¡]|inteligencia|\b(?:por la|con la|generad|cread)", re.I)

_BANNER_KEY = re.compile(
    r"(?:^|[\s_-])ai(?:$|[\s_-])|disclos|generated|notice|disclaimer|byline|note|label|"
    r"badge|alert|transparen|hinweis|aviso|callout|info"
)
_BODY_KEY = re.compile(
    r"article-?body|articlebody|entry-content|post-content|story-?body|article-content|"
    r"post-body|story-content|article__body|content-body|article-text|articletext"
)
_AI_TOKEN = re.compile(r"(?:^|[\s_-])ai(?:$|[\s_-])")
_BANNER_TAGS = frozenset({"aside", "small", "em", "i", "mark", "figcaption", "strong", "b"})
_SKIP = frozenset({"script", "style", "noscript", "template", "svg", "h1", "h2", "a", "nav",
                   "button", "option", "select", "title", "head", "meta", "link"})  # fmt: skip
_SKIP_TEXT = frozenset({"script", "style", "noscript", "template", "svg"})
_MAX_BANNER = 300
_WEAK_MAX = 80
_REGION_BUDGET = 2000


def _language_order(page: Page) -> tuple[_Lexicon, ...]:
    lang = (page.html_lang or "")[:2].lower()
    first = tuple(lex for lex in _LEXICONS if lex.language == lang)
    return first + tuple(lex for lex in _LEXICONS if lex.language != lang)


def _banner_like(el: HtmlElement) -> bool:
    if el.tag in _BANNER_TAGS:
        return True
    role = (el.get("role") or "").lower()
    if role in ("note", "alert", "status", "complementary"):
        return True
    key = f"{el.get('class') or ''} {el.get('id') or ''}".lower()
    return bool(key.strip() and _BANNER_KEY.search(key))


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


_REGION_TEXT_MAX = 400_000


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


def _mentions_ai(text: str) -> bool:
    """A cheap pre-check (substring search at C speed) before any regex work on a text."""
    if (
        "GPT" in text
        or "rtifici" in text  # artificial (en, es, pt), artificielle (fr)
        or "nstliche" in text  # künstliche Intelligenz
        or "utomation" in text
        or "A.I." in text
        or "Claude" in text
        or "Gemini" in text
        or "LLM" in text
    ):
        return True
    return (
        ("AI" in text and _short_word(text, "AI"))
        or ("KI" in text and _short_word(text, "KI"))
        or ("IA" in text and _short_word(text, "IA"))
    )


_REGION_TAGS = frozenset(
    {"div", "p", "span", "aside", "small", "section", "em", "strong", "b", "i", "header",
     "footer", "figcaption", "label", "article", "main", "mark", "dd", "dt", "address", "font"}
)  # fmt: skip
_KIND_CACHE: dict[str, str | None] = {}


def _region_kind(key: str) -> str | None:
    """Cached :func:`_region_kind_uncached` (class/id keys repeat across pages)."""
    try:
        return _KIND_CACHE[key]
    except KeyError:
        pass
    kind = _region_kind_uncached(key)
    if len(_KIND_CACHE) < 20_000:
        _KIND_CACHE[key] = kind
    return kind


def _region_kind_uncached(key: str) -> str | None:
    """ "body" for an article-body container, "banner" for a notice-like element, else None."""
    if ("body" in key or "content" in key or "text" in key) and _BODY_KEY.search(key):
        return "body"
    if (
        "disclos" in key
        or "generated" in key
        or "notice" in key
        or "disclaimer" in key
        or "byline" in key
        or "note" in key
        or "label" in key
        or "badge" in key
        or "alert" in key
        or "transparen" in key
        or "hinweis" in key
        or "aviso" in key
        or "callout" in key
    ):
        return "banner"
    if "ai" in key and _AI_TOKEN.search(key):
        return "banner"
    return None


def _region_roots(page: Page) -> list[HtmlElement]:
    """Roots of the places a banner can be: around the headline, body start and end, and
    hinted notice/byline/label elements."""
    roots: list[HtmlElement] = []
    for head in page.h1[:2]:
        root = head
        for _ in range(3):
            parent = root.getparent()
            if parent is None or parent.tag in ("body", "html"):
                break
            root = parent
        roots.append(root)
        # and the blocks right before and after it (a banner above the headline block)
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
        roots.extend(children[:3] + children[-5:])
    roots.extend(banners)
    return roots


def _hot_elements(root: HtmlElement, budget: int) -> Iterator[HtmlElement]:
    """Elements under ``root`` whose own text (or tail, for the parent) names AI."""
    for count, el in enumerate(root.iter()):
        if count >= budget:
            return
        if not isinstance(el.tag, str) or el.tag in _SKIP_TEXT:
            continue
        text = el.text
        if text and _mentions_ai(text) and _AI_WORD_CASED.search(text[:1000]):
            yield el
        tail = el.tail
        if tail and el is not root and _mentions_ai(tail) and _AI_WORD_CASED.search(tail[:1000]):
            parent = el.getparent()
            if parent is not None:
                yield parent


def _banner_candidates(page: Page) -> list[tuple[HtmlElement, str]]:
    """Short elements whose text may be a disclosure (innermost first, deduplicated)."""
    found: list[tuple[HtmlElement, str]] = []
    seen: set[HtmlElement] = set()
    done_roots: set[HtmlElement] = set()
    ruled_out: set[HtmlElement] = set()

    def consider(el: HtmlElement) -> bool:
        """True when the element's text is short enough to be (part of) a banner."""
        if el in seen:
            return True
        seen.add(el)
        if not isinstance(el.tag, str) or el.tag in _SKIP or el.tag in ("body", "html"):
            return False
        text = element_text(el, limit=_MAX_BANNER + 50)
        if not text or len(text) > _MAX_BANNER:
            return False
        if _AI_WORD_CASED.search(text) and not _in_link(el) and not _mostly_link(el, text):
            found.append((el, text))
        return True

    for root in _region_roots(page):
        if root in done_roots or not isinstance(root.tag, str):
            continue
        if _inside_any(root, ruled_out):
            continue  # an enclosing root never names AI
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


def _innermost(items: list[tuple[HtmlElement, str]]) -> list[tuple[HtmlElement, str]]:
    """Drop elements that contain another element of the list."""
    members = {el for el, _ in items}
    return [
        (el, text)
        for el, text in items
        if not any(other is not el and _is_inside(other, el) for other in members)
    ]


def _is_inside(el: HtmlElement, anc: HtmlElement) -> bool:
    node = el.getparent()
    depth = 0
    while node is not None and depth < 30:
        if node is anc:
            return True
        node = node.getparent()
        depth += 1
    return False


_QUOTES = '"“”„«»‘’‚'
_REPORTED = re.compile(
    r"\b(?:said|says|told|according to|wrote|claims?|sagte|sagt|erkl[äa]rte|dijo|afirm[óo]|"
    r"seg[úu]n|a d[ée]clar[ée]|selon|disse|afirmou|segundo)\b",
    re.I,
)


def _quoted(text: str, start: int) -> bool:
    """Whether the phrase at ``start`` sits inside quotation marks or reported speech."""
    if any(q in text[:start] for q in _QUOTES):
        return True
    return bool(_REPORTED.search(text))


def _read_banner(
    text: str, el: HtmlElement, order: tuple[_Lexicon, ...]
) -> list[tuple[str, AIInvolvement, bool | None, str | None, str, float]]:
    """(kind, involvement, reviewed, source type, language, confidence) for one text."""
    out: list[tuple[str, AIInvolvement, bool | None, str | None, str, float]] = []
    for lex in order:
        generated = lex.generated.search(text)
        assisted = lex.assisted.search(text)
        if generated is None and assisted is None:
            continue
        # "mithilfe von KI erstellt": the phrase that starts first decides
        if generated is not None and assisted is not None and assisted.start() < generated.start():
            generated = None
        if lex.language in ("es", "pt"):
            other = "pt" if lex.language == "es" else "es"
            if (_PT_ONLY if other == "pt" else _ES_ONLY).search(text) and not (
                _ES_ONLY if other == "pt" else _PT_ONLY
            ).search(text):
                lex = next(x for x in _LEXICONS if x.language == other)
        hit = generated or assisted
        if hit is not None and _quoted(text, hit.start()):
            return []  # reported speech or a quotation: an article about AI, not a label
        strong = bool(lex.self_ref.search(text))
        if not strong and not (len(text) <= _WEAK_MAX or _banner_like(el)):
            return []
        confidence = 0.8 if strong else 0.6
        if generated:
            out.append(("banner", _G, None, _TAM, lex.language, confidence))
        else:
            out.append(("banner", _A, None, _CWTAM, lex.language, confidence))
        if lex.not_reviewed.search(text):
            out.append(("review-note", _U, False, None, lex.language, confidence))
        elif lex.reviewed.search(text):
            out.append(("review-note", _U, True, None, lex.language, confidence))
        return out
    return out


def _neighbours(el: HtmlElement) -> list[HtmlElement]:
    """Sibling elements of a banner (and of its parent): where a separate review note sits."""
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


def _banner_signals(page: Page) -> list[Candidate]:
    out: list[Candidate] = []
    order = _language_order(page)
    texts: set[str] = set()
    found_banner = False
    pending_reviews: list[tuple[HtmlElement, str]] = []
    read: list[tuple[HtmlElement, str]] = []
    readings_of: dict[HtmlElement, list[Any]] = {}
    for el, text in _banner_candidates(page):
        readings = _read_banner(text, el, order)
        if readings:
            read.append((el, text))
            readings_of[el] = readings
        else:
            pending_reviews.append((el, text))
    for el, text in _innermost(read):
        if text in texts:
            continue
        readings = readings_of[el]
        texts.add(text)
        found_banner = True
        where = locator(el)
        for kind, involvement, reviewed, dst, language, confidence in readings:
            out.append(
                _candidate(
                    AISignal(
                        kind=kind,
                        raw=text,
                        locator=where,
                        spec=LEXICON + language,
                        involvement=involvement,
                        reviewed_by_human=reviewed,
                        digital_source_type=dst,
                        confidence=confidence,
                    ),
                    SourceKind.VISIBLE_TEXT,
                )
            )
    if found_banner:
        known = {el for el, _ in pending_reviews}
        near_banner: set[HtmlElement] = set()
        for banner_el, _text in read:
            for near in _neighbours(banner_el):
                if near in known or near in readings_of:
                    continue
                known.add(near)
                near_banner.add(near)
                text = element_text(near, limit=_MAX_BANNER + 50)
                if text and len(text) <= _MAX_BANNER:
                    pending_reviews.append((near, text))
        for el, text in _innermost(pending_reviews):
            for lex in order:
                # a review clause far from the banner must say what it is about
                if el not in near_banner and not lex.self_ref.search(text):
                    continue
                if lex.not_reviewed.search(text):
                    reviewed = False
                elif lex.reviewed.search(text):
                    reviewed = True
                else:
                    continue
                out.append(
                    _candidate(
                        AISignal(
                            kind="review-note",
                            raw=text,
                            locator=locator(el),
                            spec=LEXICON + lex.language,
                            reviewed_by_human=reviewed,
                            confidence=0.6,
                        ),
                        SourceKind.VISIBLE_TEXT,
                    )
                )
                break
    return out


# ----------------------------------------------------------------------------- machine-readable

# value -> (involvement, reviewed, source type)
_W3C_VALUES: dict[str, tuple[AIInvolvement, bool | None, str | None]] = {
    "human-only": (_N, None, _DIGITAL_CREATION),
    "human": (_N, None, _DIGITAL_CREATION),
    "none": (_N, None, _DIGITAL_CREATION),
    "no-ai": (_N, None, _DIGITAL_CREATION),
    "ai-assisted": (_A, True, None),
    "assisted": (_A, True, None),
    "ai-generated": (_G, None, _TAM),
    "generated": (_G, None, _TAM),
    "ai-autonomous": (_G, False, _TAM),
    "autonomous": (_G, False, _TAM),
    "mixed": (_A, None, None),
}
_WHATWG_VALUES: dict[str, tuple[AIInvolvement, str | None]] = {
    "all": (_G, _TAM),
    "true": (_G, _TAM),
    "yes": (_G, _TAM),
    "partially": (_A, _CWTAM),
    "partial": (_A, _CWTAM),
    "none": (_N, None),
    "false": (_N, None),
    "no": (_N, None),
}
_IETF_MODES: dict[str, tuple[AIInvolvement, bool | None, str | None]] = {
    "none": (_N, None, None),
    "ai-modified": (_A, None, _CWTAM),
    "ai-originated": (_G, True, _TAM),
    "machine-generated": (_G, False, _TAM),
}
_MEDIA_TAGS = frozenset({"img", "picture", "figure", "video", "audio", "svg", "canvas", "source"})
_MEDIA_TYPES = frozenset({"ImageObject", "VideoObject", "AudioObject", "MediaObject", "Photograph",
                          "3DModel"})  # fmt: skip
_SOFTWARE_TYPES = frozenset({"SoftwareApplication", "WebApplication", "MobileApplication"})
_ARTICLE_TYPE = re.compile(r"(?:Article|Posting|^WebPage|^CreativeWork|^Report|^Blog)$")


def _norm_value(value: str) -> str:
    return "-".join(value.strip().lower().replace("_", "-").split())


def _candidate(signal: AISignal, source: SourceKind) -> Candidate:
    return Candidate(
        field="ai_signal",
        value=signal,
        source=source,
        locator=signal.locator or "",
        raw=signal.raw[:500],
        confidence=signal.confidence,
    )


def _attr_raw(value: str, el: HtmlElement) -> str:
    parts = [f'ai-disclosure="{value}"']
    for name in ("ai-model", "ai-provider", "ai-prompt-url"):
        got = el.get(name)
        if got and got.strip():
            parts.append(f'{name}="{got.strip()[:200]}"')
    return " ".join(parts)


def _w3c_signal(
    kind: str, value: str, raw: str, where: str, confidence: float, scope: str
) -> AISignal:
    mapped = _W3C_VALUES.get(_norm_value(value))
    if mapped is None:
        return AISignal(
            kind=kind, raw=raw, locator=where, spec=SPEC_W3C, confidence=0.3, scope=scope
        )
    involvement, reviewed, dst = mapped
    return AISignal(
        kind=kind,
        raw=raw,
        locator=where,
        spec=SPEC_W3C,
        involvement=involvement,
        reviewed_by_human=reviewed,
        digital_source_type=dst,
        confidence=confidence,
        scope=scope,
    )


def _ancestors(el: HtmlElement) -> list[HtmlElement]:
    out: list[HtmlElement] = []
    node: HtmlElement | None = el
    while node is not None and len(out) < 200:
        out.append(node)
        node = node.getparent()
    return out


def _attribute_signals(page: Page) -> list[Candidate]:
    if not page.ai_attr:
        return []
    anchor = page.h1[0] if page.h1 else page.body
    chain = _ancestors(anchor) if anchor is not None else []
    positions = {id(el): i for i, el in enumerate(chain)}
    # The nearest ancestor of the headline that carries the attribute decides (inheritance).
    on_chain = [el for el in page.ai_attr if id(el) in positions]
    nearest = min(on_chain, key=lambda el: positions[id(el)]) if on_chain else None
    out: list[Candidate] = []
    for el in page.ai_attr:
        value = el.get("ai-disclosure") or ""
        if el.tag in _MEDIA_TAGS:
            scope, confidence = "media", 0.9
        elif el is nearest:
            scope, confidence = "article", 0.95
        elif id(el) in positions:
            scope, confidence = "article", 0.5  # overridden by a nearer ancestor
        else:
            scope, confidence = "article", 0.4  # a part of the page
        signal = _w3c_signal(
            "ai-disclosure-attribute", value, _attr_raw(value, el), locator(el), confidence, scope
        )
        out.append(_candidate(signal, SourceKind.HTML_ATTRIBUTE))
    return out


def _parse_header(value: str) -> dict[str, str]:
    params: dict[str, str] = {}
    for part in re.split(r"[;,]", value[:1000]):
        if "=" not in part:
            token = part.strip().lower()
            if token and "mode" not in params:
                params["mode"] = token
            continue
        key, _, val = part.partition("=")
        key = key.strip().lower()
        val = val.strip().strip('"').strip()
        if key and val and key not in params:
            params[key] = val
    return params


def _header_signal(value: str, where: str) -> AISignal:
    params = _parse_header(value)
    mode = _norm_value(params.get("mode", ""))
    mapped = _IETF_MODES.get(mode)
    if mapped is None:
        return AISignal(kind="ai-disclosure-header", raw=value[:500], locator=where,
                        spec=SPEC_IETF, confidence=0.3)  # fmt: skip
    involvement, reviewed, dst = mapped
    if reviewed is None and involvement is not _N and params.get("reviewed-by"):
        reviewed = True
    return AISignal(
        kind="ai-disclosure-header",
        raw=value[:500],
        locator=where,
        spec=SPEC_IETF,
        involvement=involvement,
        reviewed_by_human=reviewed,
        digital_source_type=dst,
        confidence=0.75,
    )


def _rights(raw: str, where: str, spec: str | None) -> AISignal:
    return AISignal(kind="rights", raw=raw, locator=where, spec=spec, confidence=1.0,
                    scope="rights")  # fmt: skip


def _meta_signals(page: Page) -> list[Candidate]:
    out: list[Candidate] = []
    w3c_seen = False
    whatwg_seen = False
    page_model: dict[str, str] = {}
    relevant: list[tuple[str, str, str, HtmlElement]] = []
    for meta in page.metas:
        attrib = meta.attrib
        name = (attrib.get("name") or attrib.get("property") or "").lower()
        equiv = (attrib.get("http-equiv") or "").lower()
        if not ("ai" in name or "robot" in name or "bot" in name or "tdm" in name or "ai" in equiv):
            continue
        name, equiv = name.strip(), equiv.strip()
        if name in ("ai-model", "ai-provider", "ai-prompt-url"):
            content = (meta.get("content") or "").strip()
            if content:
                page_model.setdefault(name, content[:200])
        else:
            relevant.append((name, equiv, (meta.get("content") or "").strip(), meta))
    for name, equiv, content, _meta in relevant:
        if not content:
            continue
        where = f'meta[@name="{name}"]' if name else f'meta[@http-equiv="{equiv}"]'
        if name in ("ai-disclosure", "ai_disclosure", "aidisclosure"):
            raw = " ".join(
                [f'ai-disclosure="{content[:200]}"'] + [f'{k}="{v}"' for k, v in page_model.items()]
            )
            signal = _w3c_signal(
                "ai-disclosure-meta", content, raw, where, 0.3 if w3c_seen else 0.85, "article"
            )
            w3c_seen = True
            out.append(_candidate(signal, SourceKind.META))
        elif name == "ai-generated":
            whatwg = _WHATWG_VALUES.get(_norm_value(content))
            confidence = 0.3 if whatwg_seen or whatwg is None else 0.8
            whatwg_seen = True
            involvement, dst = whatwg if whatwg is not None else (_U, None)
            out.append(
                _candidate(
                    AISignal(
                        kind="ai-generated-meta",
                        raw=content[:500],
                        locator=where,
                        spec=SPEC_WHATWG,
                        involvement=involvement,
                        digital_source_type=dst,
                        confidence=confidence,
                    ),
                    SourceKind.META,
                )
            )
        elif equiv == "ai-disclosure":
            out.append(_candidate(_header_signal(content, where), SourceKind.META))
        elif "robots" in name or name in ("googlebot", "bingbot"):
            tokens = {t for t in re.split(r"[\s,]+", content.lower()) if t}
            for token in ("noai", "noimageai"):
                if token in tokens:
                    out.append(_candidate(_rights(token, where, "robots-noai"), SourceKind.META))
        elif name in ("tdm-reservation", "tdm-policy"):
            out.append(
                _candidate(_rights(f"{name}={content[:300]}", where, SPEC_TDMREP), SourceKind.META)
            )
    return out


_LINK_HEADER = re.compile(r"<([^<>]{1,2000})>\s*;[^,]{0,300}?rel\s*=\s*\"?([^\";,]{1,200})", re.I)


def _header_signals(page: Page) -> list[Candidate]:
    out: list[Candidate] = []
    headers = page.headers
    value = headers.get("ai-disclosure")
    if value:
        out.append(_candidate(_header_signal(value, "header:AI-Disclosure"), SourceKind.HEADER))
    robots = headers.get("x-robots-tag")
    if robots:
        tokens = {t for t in re.split(r"[\s,:]+", robots.lower()) if t}
        for token in ("noai", "noimageai"):
            if token in tokens:
                out.append(
                    _candidate(
                        _rights(token, "header:X-Robots-Tag", "robots-noai"), SourceKind.HEADER
                    )
                )
    for name in ("tdm-reservation", "tdm-policy"):
        got = headers.get(name)
        if got:
            out.append(
                _candidate(
                    _rights(f"{name}={got[:300]}", f"header:{name}", SPEC_TDMREP), SourceKind.HEADER
                )
            )
    link = headers.get("link")
    if link:
        for match in _LINK_HEADER.finditer(link[:5000]):
            if "c2pa-manifest" in match.group(2).lower().split():
                out.append(
                    _candidate(
                        AISignal(
                            kind="c2pa-manifest",
                            raw=match.group(1),
                            locator="header:Link",
                            spec=SPEC_C2PA,
                            confidence=0.5,
                        ),
                        SourceKind.HEADER,
                    )
                )
    return out


def _c2pa_signals(page: Page) -> list[Candidate]:
    out: list[Candidate] = []
    for link in page.links:
        rels = (link.get("rel") or "").lower().split()
        if "c2pa-manifest" in rels:
            href = (link.get("href") or "").strip()
            if href:
                out.append(
                    _candidate(
                        AISignal(
                            kind="c2pa-manifest",
                            raw=href[:500],
                            locator=locator(link),
                            spec=SPEC_C2PA,
                            confidence=0.5,
                        ),
                        SourceKind.LINK,
                    )
                )
        elif "tdm-reservation" in rels or "tdm-policy" in rels:
            out.append(
                _candidate(
                    _rights(
                        f"{' '.join(rels)}={(link.get('href') or '')[:300]}",
                        locator(link),
                        SPEC_TDMREP,
                    ),
                    SourceKind.LINK,
                )
            )
    for script in page.c2pa_scripts:
        size = len(script.text or "")
        out.append(
            _candidate(
                AISignal(
                    kind="c2pa-manifest",
                    raw=f'<script type="{script.get("type")}"> ({size} characters)',
                    locator=locator(script),
                    spec=SPEC_C2PA,
                    confidence=0.5,
                ),
                SourceKind.HTML_ATTRIBUTE,
            )
        )
    return out


def _jsonld_signals(page: Page) -> list[Candidate]:
    out: list[Candidate] = []
    all_nodes = nodes(page)
    software_ids: dict[str, str] = {}
    for node in all_nodes:
        data = node.data
        for key in ("digitalSourceType", "digitalsourcetype"):
            if key not in data:
                continue
            raw_value = data[key]
            uri = normalize_digital_source_type(raw_value)
            raw = raw_value if isinstance(raw_value, str) else str(raw_value)
            media = bool(node.types & _MEDIA_TYPES)
            out.append(
                _candidate(
                    AISignal(
                        kind="digital-source-type",
                        raw=raw[:500],
                        locator=f"{node.pointer}/{key}",
                        spec=SPEC_IPTC,
                        involvement=_dst_involvement(uri),
                        digital_source_type=uri,
                        confidence=0.7 if uri else 0.3,
                        scope="media" if media else "article",
                    ),
                    SourceKind.JSON_LD,
                )
            )
            break
        if node.types & _SOFTWARE_TYPES:
            name = data.get("name")
            name = " ".join(name.split())[:200] if isinstance(name, str) and name.strip() else None
            ident = data.get("@id")
            if isinstance(ident, str):
                software_ids[ident] = name or ident
            if re.search(r"/(?:author|creator)(?:/\d+)?$", node.pointer):
                out.append(_software(name or "SoftwareApplication", node.pointer))
    if software_ids:
        for node in all_nodes:
            if not any(_ARTICLE_TYPE.search(t) for t in node.types):
                continue
            for key in ("author", "creator"):
                refs = node.data.get(key)
                for ref in refs if isinstance(refs, list) else [refs]:
                    ref_id = (
                        ref.get("@id")
                        if isinstance(ref, dict) and len(ref) == 1
                        else (ref if isinstance(ref, str) else None)
                    )
                    if isinstance(ref_id, str) and ref_id in software_ids:
                        out.append(_software(software_ids[ref_id], f"{node.pointer}/{key}"))
    return out


def _software(name: str, where: str) -> Candidate:
    return _candidate(
        AISignal(
            kind="software-author",
            raw=name,
            locator=where,
            spec="schema.org",
            involvement=_G,
            digital_source_type=_TAM,
            confidence=0.65,
        ),
        SourceKind.JSON_LD,
    )


def candidates(page: Page) -> list[Candidate]:
    """Every AI-disclosure signal of the page, one ``ai_signal`` candidate each."""
    out = _meta_signals(page)
    out.extend(_header_signals(page))
    out.extend(_attribute_signals(page))
    out.extend(_c2pa_signals(page))
    if page.ldjson:
        out.extend(_jsonld_signals(page))
    out.extend(_banner_signals(page))
    return out


# ----------------------------------------------------------------------------- the verdict

_RANK = {
    "ai-disclosure-attribute": 8,
    "banner": 7,
    "ai-disclosure-meta": 6,
    "ai-generated-meta": 5,
    "ai-disclosure-header": 4,
    "c2pa-manifest": 3,
    "digital-source-type": 2,
    "software-author": 1,
    "review-note": 0,
}
_RAW_PARAM = re.compile(r'\b(ai-model|ai-provider)="([^"]{1,200})"')


def _order(signal: AISignal) -> tuple[bool, float, float]:
    rank: float = _RANK.get(signal.kind, 0)
    if signal.kind == "ai-disclosure-attribute" and signal.confidence < 0.9:
        rank = 0.5  # an overridden ancestor or a part of the page, not the article itself
    return (signal.verified, rank, signal.confidence)


def _model_provider(signal: AISignal) -> tuple[str | None, str | None]:
    if signal.kind in ("ai-disclosure-attribute", "ai-disclosure-meta"):
        found = dict(_RAW_PARAM.findall(signal.raw))
        return found.get("ai-model"), found.get("ai-provider")
    if signal.kind == "ai-disclosure-header":
        params = _parse_header(signal.raw)
        return params.get("model"), params.get("provider")
    if signal.kind == "software-author" and signal.raw != "SoftwareApplication":
        return signal.raw, None
    if signal.kind == "banner":
        match = _MODEL.search(signal.raw)
        return (match.group(1) if match else None), None
    return None, None


def build_disclosure(signals: Sequence[AISignal]) -> AIDisclosure:
    """The normalised disclosure for a set of signals (pure; every signal is kept).

    The winner is the article-scoped signal with a known involvement that is verified,
    then most specific (element attribute > visible banner > page meta > WHATWG meta >
    header > C2PA > IPTC source type > software author), then most confident. Human review
    comes from the winner when it states it, else from the best signal that does (a review
    note). Rights signals and media-scoped signals never set the level. No signal → unknown.
    """
    if isinstance(signals, (str, bytes)) or not isinstance(signals, Sequence):
        raise ValidationError(
            [Problem(path="", code="type", message="signals must be a sequence of AISignal")],
            what="AI signals",
        )
    problems = [
        Problem(path=f"/{i}", code="type", message=f"not an AISignal: {type(s).__name__}")
        for i, s in enumerate(signals)
        if not isinstance(s, AISignal)
    ]
    if problems:
        raise ValidationError(problems, what="AI signals")
    kept = tuple(signals)
    article = sorted((s for s in kept if s.scope == "article"), key=_order, reverse=True)
    known = [s for s in article if s.involvement is not _U]
    winner = known[0] if known else None
    involvement = winner.involvement if winner is not None else _U

    reviewed: bool | None = None
    if winner is not None and winner.reviewed_by_human is not None:
        reviewed = winner.reviewed_by_human
    else:
        for signal in article:
            if signal.reviewed_by_human is not None and signal.involvement in (_U, involvement):
                reviewed = signal.reviewed_by_human
                break
    if involvement is _N:
        reviewed = None

    dst: str | None = None
    if winner is not None:
        dst = winner.digital_source_type
        if dst is None:
            dst = next(
                (
                    s.digital_source_type
                    for s in known
                    if s.digital_source_type and s.involvement is involvement
                ),
                None,
            )
    if dst is not None and not is_uri(dst):
        dst = None

    banners = [s for s in article if s.kind == "banner"]
    label_signal = (
        winner
        if winner is not None and winner.kind == "banner"
        else (banners[0] if banners else None)
    )
    label = label_signal.raw.strip() or None if label_signal is not None else None
    label_language = None
    if label_signal is not None and label_signal.spec and label_signal.spec.startswith(LEXICON):
        label_language = label_signal.spec[len(LEXICON) :] or None

    model = provider = None
    ranked = ([winner] if winner is not None else []) + [s for s in article if s is not winner]
    if involvement is _N:
        ranked = []  # no AI involved: no model to name
    for signal in ranked:
        got_model, got_provider = _model_provider(signal)
        model = model or (got_model.strip() if got_model and got_model.strip() else None)
        provider = provider or (
            got_provider.strip() if got_provider and got_provider.strip() else None
        )
    return AIDisclosure(
        involvement=involvement,
        reviewed_by_human=reviewed,
        digital_source_type=dst,
        label=label,
        label_language=label_language,
        ai_model=model,
        ai_provider=provider,
        signals=kept,
    )
