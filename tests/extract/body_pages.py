"""The page builder and readers shared by the body tests of session 13 (a small news page
around the story, the body as one line of text)."""

from __future__ import annotations

import newsmeta


def page(inner: str, lang: str = "en", title: str = "Story") -> str:
    """A page of the Valley Courier with ``inner`` between its header and its footer."""
    return (
        f"<html lang='{lang}'><head><meta charset='utf-8'><title>{title}</title></head><body>"
        "<header class='site-header'><a href='/'>Home</a> <nav><a href='/news'>News</a> "
        "<a href='/sport'>Sport</a></nav></header>"
        f"{inner}"
        "<footer><p>© 2026 Valley Courier. All rights reserved.</p></footer></body></html>"
    )


def body(html: str) -> str:
    """The extracted body with its whitespace collapsed."""
    article = newsmeta.extract(html, "https://courier.example/2026/story")
    return " ".join((article.body or "").split())


def paras(lines: list[str]) -> str:
    """``lines`` as paragraphs."""
    return "".join(f"<p>{line}</p>" for line in lines)
