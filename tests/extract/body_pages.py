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


# A news story of eight plain sentences (a reservoir at a record low), shared by the body
# tests of session 14.
RESERVOIR_EN = [
    "The regional water board confirmed on Monday that the northern reservoir has fallen to "
    "its lowest level since records began.",
    "Officials said a dry winter and an unusually warm spring had left the lake almost forty "
    "per cent below its normal height.",
    "Farmers in the valley have already been told to cut the water they draw for their fields "
    "by a quarter from next week.",
    "The board's chair said hosepipe bans for households were likely if no significant rain "
    "falls before the middle of July.",
    "Engineers are testing an old pipeline that could bring water from the river to the "
    "treatment works within a few weeks.",
    "Hotel owners on the lake shore said bookings had dropped since pictures of the cracked "
    "lake bed spread online.",
    "The board will meet again on Friday to decide whether the restrictions should also "
    "apply to golf courses and car washes.",
    "Meteorologists expect a change in the weather at the end of the month, though they "
    "warned that forecasts remain uncertain.",
]
