"""Machine-readable AI-disclosure signals: W3C ``ai-disclosure`` attribute and meta,
WHATWG ``ai-generated`` meta, the ``AI-Disclosure`` header, IPTC ``digitalSourceType``,
``SoftwareApplication`` authors, C2PA manifest links and rights signals (``noai``, TDMRep).

Each function returns ``ai_signal`` candidates; the visible statements are read by
``sources/disclosure.py`` with the grammar of ``_ai_grammar``.
"""

from __future__ import annotations

import re
from typing import Any

from lxml.html import HtmlElement

from newsmeta._extract._candidates import Candidate
from newsmeta._extract._items import ItemTree
from newsmeta._extract._jsonld_data import nodes
from newsmeta._extract._page import Page, locator
from newsmeta._extract._schemaorg import SOFTWARE_TYPES
from newsmeta._extract.sources.microdata import microdata_tree
from newsmeta._extract.sources.rdfa import rdfa_tree
from newsmeta._models import AIInvolvement, AISignal, SourceKind

__all__ = [
    "CWTAM",
    "IPTC_DIGITAL_SOURCE_TYPE",
    "LEXICON",
    "SPEC_C2PA",
    "SPEC_IETF",
    "SPEC_IPTC",
    "SPEC_TDMREP",
    "SPEC_W3C",
    "SPEC_WHATWG",
    "TAM",
    "candidate",
    "machine_signals",
    "normalize_digital_source_type",
    "parse_header",
]

IPTC_DIGITAL_SOURCE_TYPE = "http://cv.iptc.org/newscodes/digitalsourcetype/"
"""The IPTC namespace every digital source type is normalised into."""

_G = AIInvolvement.GENERATED
_A = AIInvolvement.ASSISTED
_N = AIInvolvement.NONE
_U = AIInvolvement.UNKNOWN

TAM = IPTC_DIGITAL_SOURCE_TYPE + "trainedAlgorithmicMedia"
CWTAM = IPTC_DIGITAL_SOURCE_TYPE + "compositeWithTrainedAlgorithmicMedia"
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


# ----------------------------------------------------------------------------- machine-readable

# value -> (involvement, reviewed, source type)
_W3C_VALUES: dict[str, tuple[AIInvolvement, bool | None, str | None]] = {
    "human-only": (_N, None, _DIGITAL_CREATION),
    "human": (_N, None, _DIGITAL_CREATION),
    "none": (_N, None, _DIGITAL_CREATION),
    "no-ai": (_N, None, _DIGITAL_CREATION),
    "ai-assisted": (_A, True, None),
    "assisted": (_A, True, None),
    "ai-generated": (_G, None, TAM),
    "generated": (_G, None, TAM),
    "ai-autonomous": (_G, False, TAM),
    "autonomous": (_G, False, TAM),
    "mixed": (_A, None, None),
}
_WHATWG_VALUES: dict[str, tuple[AIInvolvement, str | None]] = {
    "all": (_G, TAM),
    "true": (_G, TAM),
    "yes": (_G, TAM),
    "partially": (_A, CWTAM),
    "partial": (_A, CWTAM),
    "none": (_N, None),
    "false": (_N, None),
    "no": (_N, None),
}
_IETF_MODES: dict[str, tuple[AIInvolvement, bool | None, str | None]] = {
    "none": (_N, None, None),
    "ai-modified": (_A, None, CWTAM),
    "ai-originated": (_G, True, TAM),
    "machine-generated": (_G, False, TAM),
}
_MEDIA_TAGS = frozenset({"img", "picture", "figure", "video", "audio", "svg", "canvas", "source"})
_MEDIA_TYPES = frozenset({"ImageObject", "VideoObject", "AudioObject", "MediaObject", "Photograph",
                          "3DModel"})  # fmt: skip
_SOFTWARE_TYPES = SOFTWARE_TYPES
_ARTICLE_TYPE = re.compile(r"(?:Article|Posting|^WebPage|^CreativeWork|^Report|^Blog)$")


def _norm_value(value: str) -> str:
    return "-".join(value.strip().lower().replace("_", "-").split())


def candidate(signal: AISignal, source: SourceKind) -> Candidate:
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
        out.append(candidate(signal, SourceKind.HTML_ATTRIBUTE))
    return out


def parse_header(value: str) -> dict[str, str]:
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
    params = parse_header(value)
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
        # (read through the element: an ``attrib`` view is one more object a tag)
        name = (meta.get("name") or meta.get("property") or "").lower()
        equiv = (meta.get("http-equiv") or "").lower()
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
            out.append(candidate(signal, SourceKind.META))
        elif name == "ai-generated":
            whatwg = _WHATWG_VALUES.get(_norm_value(content))
            confidence = 0.3 if whatwg_seen or whatwg is None else 0.8
            whatwg_seen = True
            involvement, dst = whatwg if whatwg is not None else (_U, None)
            out.append(
                candidate(
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
            out.append(candidate(_header_signal(content, where), SourceKind.META))
        elif "robots" in name or name in ("googlebot", "bingbot"):
            tokens = {t for t in re.split(r"[\s,]+", content.lower()) if t}
            for token in ("noai", "noimageai"):
                if token in tokens:
                    out.append(candidate(_rights(token, where, "robots-noai"), SourceKind.META))
        elif name in ("tdm-reservation", "tdm-policy"):
            out.append(
                candidate(_rights(f"{name}={content[:300]}", where, SPEC_TDMREP), SourceKind.META)
            )
    return out


_LINK_HEADER = re.compile(r"<([^<>]{1,2000})>\s*;[^,]{0,300}?rel\s*=\s*\"?([^\";,]{1,200})", re.I)


def _header_signals(page: Page) -> list[Candidate]:
    out: list[Candidate] = []
    headers = page.headers
    value = headers.get("ai-disclosure")
    if value:
        out.append(candidate(_header_signal(value, "header:AI-Disclosure"), SourceKind.HEADER))
    robots = headers.get("x-robots-tag")
    if robots:
        tokens = {t for t in re.split(r"[\s,:]+", robots.lower()) if t}
        for token in ("noai", "noimageai"):
            if token in tokens:
                out.append(
                    candidate(
                        _rights(token, "header:X-Robots-Tag", "robots-noai"), SourceKind.HEADER
                    )
                )
    for name in ("tdm-reservation", "tdm-policy"):
        got = headers.get(name)
        if got:
            out.append(
                candidate(
                    _rights(f"{name}={got[:300]}", f"header:{name}", SPEC_TDMREP), SourceKind.HEADER
                )
            )
    link = headers.get("link")
    if link:
        for match in _LINK_HEADER.finditer(link[:5000]):
            if "c2pa-manifest" in match.group(2).lower().split():
                out.append(
                    candidate(
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
                    candidate(
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
                candidate(
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
            candidate(
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


def _dst_signal(raw_value: Any, where: str, media: bool, source: SourceKind) -> Candidate:
    """An IPTC ``digitalSourceType`` property of an item (of any syntax)."""
    uri = normalize_digital_source_type(raw_value)
    raw = raw_value if isinstance(raw_value, str) else str(raw_value)
    return candidate(
        AISignal(
            kind="digital-source-type",
            raw=raw[:500],
            locator=where,
            spec=SPEC_IPTC,
            involvement=_dst_involvement(uri),
            digital_source_type=uri,
            confidence=0.7 if uri else 0.3,
            scope="media" if media else "article",
        ),
        source,
    )


# The page's own record: a top-level node, a member of ``@graph`` or a top-level list, the
# ``mainEntity`` of one, or its parts and live-blog updates; its media: that record's
# ``image`` / ``video`` / ``audio`` / ``associatedMedia``. A node under another property
# ("mentions", an ``ItemList``'s items) is another story's: its ``digitalSourceType`` is
# not this page's.
_OWN_STEPS = r"(?:/@graph/\d+|/\d+|/mainEntity(?:OfPage)?|/hasPart|/liveBlogUpdate)*"
_OWN_RECORD = re.compile(r"^\d+#" + _OWN_STEPS + "$")
_OWN_MEDIA = re.compile(
    r"^\d+#" + _OWN_STEPS + r"(?:/(?:image|video|audio|associatedMedia|primaryImageOfPage|"
    r"thumbnail)(?:/\d+)?)?$"
)


def _own_node(pointer: str, media: bool) -> bool:
    """Whether the JSON-LD node at ``pointer`` describes this page (or its media)."""
    return (_OWN_MEDIA if media else _OWN_RECORD).match(pointer) is not None


def _jsonld_signals(page: Page) -> list[Candidate]:
    out: list[Candidate] = []
    all_nodes = nodes(page)
    software_ids: dict[str, str] = {}
    for node in all_nodes:
        data = node.data
        for key in ("digitalSourceType", "digitalsourcetype"):
            if key in data:
                if not _own_node(node.pointer, bool(node.types & _MEDIA_TYPES)):
                    break  # a related story's or another item's record
                media = bool(node.types & _MEDIA_TYPES)
                where = f"{node.pointer}/{key}"
                out.append(_dst_signal(data[key], where, media, SourceKind.JSON_LD))
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


def _tree_signals(tree: ItemTree, source: SourceKind) -> list[Candidate]:
    """The same signals from microdata or RDFa items: ``digitalSourceType`` properties, and
    a ``SoftwareApplication`` item that is the ``author`` / ``creator`` of the article."""
    out: list[Candidate] = []
    for item, el in tree.by_prop("digitalSourceType"):
        if tree.scope_attr not in el.attrib:
            media = bool(item.types & _MEDIA_TYPES)
            out.append(_dst_signal(tree.value_of(el) or "", locator(el), media, source))
    for item in tree.by_type(*_SOFTWARE_TYPES):
        if not {"author", "creator"} & set(tree.names_of(item.el)):
            continue
        owner = tree.owner_of(item.el)
        if owner is None or not any(_ARTICLE_TYPE.search(t) for t in owner.types):
            continue
        value = next((tree.value_of(el) for prop, el in item.props if prop == "name"), None)
        name = " ".join(value.split())[:200] if value and value.strip() else None
        out.append(_software(name or "SoftwareApplication", locator(item.el), source))
    return out


def _software(name: str, where: str, source: SourceKind = SourceKind.JSON_LD) -> Candidate:
    return candidate(
        AISignal(
            kind="software-author",
            raw=name,
            locator=where,
            spec="schema.org",
            involvement=_G,
            digital_source_type=TAM,
            confidence=0.65,
        ),
        source,
    )


def machine_signals(page: Page) -> list[Candidate]:
    """Every machine-readable AI signal of the page, one ``ai_signal`` candidate each."""
    out = _meta_signals(page)
    out.extend(_header_signals(page))
    out.extend(_attribute_signals(page))
    out.extend(_c2pa_signals(page))
    if page.ldjson:
        out.extend(_jsonld_signals(page))
    if page.itemscopes:
        out.extend(_tree_signals(microdata_tree(page), SourceKind.MICRODATA))
    if page.rdfa:
        out.extend(_tree_signals(rdfa_tree(page), SourceKind.RDFA))
    return out
