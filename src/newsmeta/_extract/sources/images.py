"""The article's images from structured data and ``og:image`` (body figures come with the blocks).

JSON-LD ``image`` of the article node (a URL, a list, or ``ImageObject`` with caption,
credit, size and IPTC ``digitalSourceType``) and the ``og:image`` family of meta tags (with
``og:image:width`` / ``height`` / ``alt``). Icons, logos, avatars and tracking pixels are
left out; the engine marks the lead image and adds the body's figures.
"""

from __future__ import annotations

from typing import Any

from newsmeta._extract._blocks import clean_link, is_junk_image
from newsmeta._extract._candidates import Candidate
from newsmeta._extract._jsonld_data import nodes, resolve
from newsmeta._extract._page import Page
from newsmeta._models import Image, SourceKind

__all__ = ["AI_SOURCE_TYPES", "candidates"]

_ARTICLE_TYPES = frozenset(
    {
        "Article", "NewsArticle", "BlogPosting", "ReportageNewsArticle", "AnalysisNewsArticle",
        "OpinionNewsArticle", "ReviewNewsArticle", "BackgroundNewsArticle", "TechArticle",
        "ScholarlyArticle", "LiveBlogPosting", "Report", "Review", "SatiricalArticle",
        "WebPage", "Recipe", "HowTo",
    }
)  # fmt: skip
AI_SOURCE_TYPES = ("trainedalgorithmicmedia", "compositesynthetic", "algorithmicmedia")
"""IPTC digital source types that say a picture was made by AI (lower-cased tails)."""
_MAX_IMAGES = 50


def _text(value: Any) -> str | None:
    if isinstance(value, dict):
        value = value.get("name") or value.get("@value")
    if isinstance(value, list) and value:
        value = value[0]
    if isinstance(value, str):
        text = " ".join(value.split())[:1000]
        return text or None
    return None


def _int(value: Any) -> int | None:
    if isinstance(value, dict):
        value = value.get("value")
    if isinstance(value, bool):
        return None
    if isinstance(value, (int, float)) and 0 < value < 100_000:
        return int(value)
    if isinstance(value, str):
        digits = value.strip().lower().removesuffix("px").strip()
        if digits.isdigit() and 0 < len(digits) < 6 and int(digits) > 0:
            return int(digits)
    return None


def _image(page: Page, value: Any) -> Image | None:
    value = resolve(page, value)
    if isinstance(value, str):
        url = clean_link(value, page.url)
        data: dict[str, Any] = {}
    elif isinstance(value, dict):
        raw = value.get("url") or value.get("contentUrl") or value.get("@id")
        url = clean_link(raw, page.url) if isinstance(raw, str) else None
        data = value
    else:
        return None
    if url is None or url.startswith("mailto:"):
        return None
    width, height = _int(data.get("width")), _int(data.get("height"))
    if is_junk_image(url, width, height):
        return None
    credit = _text(data.get("creditText")) or _text(data.get("copyrightHolder"))
    credit = credit or _text(data.get("author")) or _text(data.get("creator"))
    source_type = data.get("digitalSourceType")
    ai = isinstance(source_type, str) and source_type.rsplit("/", 1)[-1].lower() in AI_SOURCE_TYPES
    return Image(
        url=url,
        alt=_text(data.get("name")) if data.get("name") != data.get("caption") else None,
        caption=_text(data.get("caption")) or _text(data.get("description")),
        credit=credit,
        width=width,
        height=height,
        ai_generated=ai,
    )


def _og_images(page: Page) -> list[Image]:
    out: list[Image] = []
    current: dict[str, str] = {}

    def close() -> None:
        url = clean_link(current.get("url"), page.url)
        if url is None or url.startswith("mailto:"):
            return
        width, height = _int(current.get("width")), _int(current.get("height"))
        if is_junk_image(url, width, height):
            return
        alt = " ".join(current.get("alt", "").split())[:1000] or None
        out.append(Image(url=url, alt=alt, width=width, height=height))

    for el in page.metas:
        prop = (el.get("property") or el.get("name") or "").lower()
        if not prop.startswith("og:image"):
            continue
        content = el.get("content") or ""
        key = prop[9:] if len(prop) > 8 else "url"
        if key in ("url", "secure_url", ""):
            if "url" in current:
                close()
                current = {}
            current.setdefault("url", content)
        elif key in ("width", "height", "alt"):
            current.setdefault(key, content)
        if len(out) >= _MAX_IMAGES:
            break
    if "url" in current:
        close()
    return out


def candidates(page: Page) -> list[Candidate]:
    """One ``images`` candidate: structured-data images, then ``og:image`` ones."""
    found: list[Image] = []
    for node in nodes(page):
        if not node.types & _ARTICLE_TYPES:
            continue
        raw = node.data.get("image")
        values = raw if isinstance(raw, list) else [raw]
        for value in values[:_MAX_IMAGES]:
            image = _image(page, value)
            if image is not None:
                found.append(image)
        if found:
            break
    found.extend(_og_images(page))
    if not found:
        return []
    return [
        Candidate(
            field="images",
            value=tuple(found),
            source=SourceKind.JSON_LD,
            locator="",
            raw=found[0].url,
            confidence=0.5,
        )
    ]
