"""The main text of the page (``body``) and a declared ``word_count``.

Two sources of the body:

- the content-scoring pass over the already-parsed tree (:mod:`newsmeta._extract._content`),
  reported as :attr:`SourceKind.CONTENT` with the locator of the chosen container;
- a JSON-LD ``articleBody``, reported only when it is complete: not cut off with an
  ellipsis and not much shorter than the visible main text.

The walk that read the content-scoring text is offered as a ``blocks`` candidate: the merge
step builds the body's blocks from it (:mod:`newsmeta._extract._blocks`) and keeps them when
their plain text is the chosen body.

``word_count`` comes from JSON-LD ``wordCount`` or a microdata ``itemprop="wordCount"``.
"""

from __future__ import annotations

import html
import re
from typing import Any

from newsmeta._extract._candidates import Candidate
from newsmeta._extract._jsonld_data import nodes
from newsmeta._extract._page import Page, locator
from newsmeta._extract._region import main_content
from newsmeta._extract._words import collapse_spaces
from newsmeta._models import SourceKind

__all__ = ["candidates"]

_ARTICLE_TYPES = frozenset(
    {
        "Article", "NewsArticle", "BlogPosting", "ReportageNewsArticle", "AnalysisNewsArticle",
        "OpinionNewsArticle", "ReviewNewsArticle", "BackgroundNewsArticle", "TechArticle",
        "ScholarlyArticle", "SocialMediaPosting", "LiveBlogPosting", "Report", "Review",
        "AdvertiserContentArticle", "SatiricalArticle", "MedicalScholarlyArticle",
        "DiscussionForumPosting", "CreativeWork", "WebPage", "Blog", "Recipe", "HowTo",
    }
)  # fmt: skip

_TAG = re.compile(r"<[^<>]{0,2000}>")
_BLOCK_TAG = re.compile(
    r"</?(?:p|div|h[1-6]|li|ul|ol|blockquote|br|tr|table|section)\b[^<>]{0,2000}>", re.I
)
_TRUNCATED = re.compile(r"(?:\.\.\.|…|\[\s*(?:\.\.\.|…)\s*\]|\(\s*(?:\.\.\.|…)\s*\))\s*$")
_INT = re.compile(r"\d[\d,.\s]{0,12}")
_NON_DIGIT = re.compile(r"\D")
_BLANK_LINE = re.compile(r"\n[ \t]*\n")

CONTENT_CONFIDENCE = 0.6
JSONLD_CONFIDENCE = 0.7


def _plain(value: str) -> list[str]:
    """Paragraphs of an ``articleBody`` (which may hold HTML or plain text)."""
    text = value
    if "&lt;" in text:
        text = html.unescape(text)
    if "<" in text and ">" in text:
        text = _BLOCK_TAG.sub("\n\n", text)
        text = _TAG.sub("", text)
    text = html.unescape(text) if "&" in text else text
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    paras: list[str] = []
    for block in _BLANK_LINE.split(text):
        lines = [collapse_spaces(line) for line in block.split("\n")]
        joined = "\n".join(line for line in lines if line)
        if joined:
            paras.append(joined)
    if len(paras) == 1 and "\n" in paras[0]:
        paras = paras[0].split("\n")
    return paras


def _as_int(value: Any) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value if 0 < value < 10_000_000 else None
    if isinstance(value, float):
        return int(value) if 0 < value < 10_000_000 else None
    if isinstance(value, str):
        match = _INT.match(value.strip())
        if match:
            digits = _NON_DIGIT.sub("", match.group(0))
            if digits and len(digits) < 8:
                number = int(digits)
                return number if number > 0 else None
    return None


def candidates(page: Page) -> list[Candidate]:
    """Body and word-count candidates of ``page`` (never raises on odd pages)."""
    out: list[Candidate] = []
    content = main_content(page)
    if content is not None and content.fallback:
        why = (
            "reads as boilerplate (address, phone, registration or copyright lines, promotions)"
            if content.fallback == "boilerplate"
            else "holds a small share of the page's text"
        )
        page.warn("body-fallback", f"the first main-text block {why}; the next region was read")
    visible = "\n\n".join(content.paragraphs) if content else ""
    if content is not None:
        where = locator(content.element)
        out.append(
            Candidate(
                field="body",
                value=visible,
                source=SourceKind.CONTENT,
                locator=where,
                raw=visible[:500],
                confidence=CONTENT_CONFIDENCE,
            )
        )
        if content.walk is not None:
            # The walk that read the text; the merge step builds the blocks from it when
            # this body is the one chosen (see newsmeta._extract._images.body_blocks).
            out.append(
                Candidate(
                    field="blocks",
                    value=content.walk,
                    source=SourceKind.CONTENT,
                    locator=where,
                    confidence=CONTENT_CONFIDENCE,
                )
            )
    seen_body = seen_count = False
    for node in nodes(page):
        if not node.types & _ARTICLE_TYPES:
            continue
        data = node.data
        wc = _as_int(data.get("wordCount"))
        if wc is not None and not seen_count:
            seen_count = True
            out.append(
                Candidate(
                    field="word_count",
                    value=wc,
                    source=SourceKind.JSON_LD,
                    locator=node.pointer + "/wordCount",
                    raw=str(data.get("wordCount"))[:100],
                    confidence=0.8,
                )
            )
        raw = data.get("articleBody")
        if isinstance(raw, list):
            raw = "\n\n".join(x for x in raw if isinstance(x, str))
        if seen_body or not isinstance(raw, str) or not raw.strip():
            continue
        paras = _plain(raw)
        text = "\n\n".join(paras)
        if not _complete(text, visible):
            continue
        seen_body = True
        out.append(
            Candidate(
                field="body",
                value=text,
                source=SourceKind.JSON_LD,
                locator=node.pointer + "/articleBody",
                raw=text[:500],
                confidence=JSONLD_CONFIDENCE,
            )
        )
    for el in page.itemprops:
        if seen_count or "wordcount" not in (el.get("itemprop") or "").lower().split():
            continue
        wc = _as_int(el.get("content") or el.text_content()[:40])
        if wc is not None:
            out.append(
                Candidate(
                    field="word_count",
                    value=wc,
                    source=SourceKind.MICRODATA,
                    locator=locator(el),
                    raw=str(wc),
                    confidence=0.7,
                )
            )
            break
    return out


def _complete(text: str, visible: str) -> bool:
    """Whether a declared ``articleBody`` is the whole text (not a teaser or a cut-off copy)."""
    words = len(text.split())
    if words < 30:
        return False
    if _TRUNCATED.search(text[-20:]):
        return False
    if visible:
        seen = len(visible.split())
        if words < 0.8 * seen:
            return False
    return True
