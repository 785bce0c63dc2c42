"""Absolute URLs for microdata and RDFa URL properties in :func:`newsmeta.items`.

The HTML standard gives a URL property element (``<a>``/``<area>``/``<link>`` ``href``,
``<img>``/``<audio>``/``<embed>``/``<iframe>``/``<source>``/``<track>``/``<video>``
``src``, ``<object>`` ``data``) the absolute URL its attribute names, resolved against the
document's address; RDFa resolves ``href``/``src`` the same way. With ``url=`` given,
``items()`` therefore returns ``<link itemprop="url" href="?page=2">`` as
``"https://example.org/story?page=2"``; without it, as written. A value read from
``content=`` (a literal) and JSON-LD values (strings, as the publisher wrote them) stay as
written.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urljoin, urlsplit

from lxml.html import HtmlElement

__all__ = ["absolute_urls"]

_URL_ATTR = {
    **dict.fromkeys(("a", "area", "link"), "href"),
    **dict.fromkeys(("img", "audio", "embed", "iframe", "source", "track", "video"), "src"),
    "object": "data",
}


def _resolved(value: str, base: str) -> str:
    text = value.strip()
    try:
        if urlsplit(text).scheme:
            return value
        return urljoin(base, text)
    except ValueError:  # an unparsable address ("http://[") stays as written
        return value


def absolute_urls(data: dict[str, Any], where: dict[str, HtmlElement], base: str) -> None:
    """Resolve, in place, every property of ``data`` (and its nested items) whose value is
    a URL element's address; ``where`` maps the value paths of ``ItemTree.to_dict``."""
    stack: list[tuple[dict[str, Any], str]] = [(data, "")]
    while stack:
        item, path = stack.pop()
        for key, value in item.items():
            if key.startswith("@"):
                continue
            single = not isinstance(value, list)
            values = [value] if single else value
            for k, v in enumerate(values):
                vpath = f"{path}/{key}" if single else f"{path}/{key}/{k}"
                if isinstance(v, dict):
                    stack.append((v, vpath))
                    continue
                if not isinstance(v, str):
                    continue
                el = where.get(vpath)
                attr = _URL_ATTR.get(el.tag) if el is not None else None
                if attr is None or el is None or el.get(attr) != v:
                    continue
                new = _resolved(v, base)
                if single:
                    item[key] = new
                else:
                    values[k] = new
