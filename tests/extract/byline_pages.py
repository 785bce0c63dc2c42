"""A whole story page for byline tests: a harbour story with a photo credit, a quote, a
row of related-story cards with their own bylines, a comment and a footer, in which the
byline header under the headline varies."""

from __future__ import annotations

import newsmeta

URL = "https://harbourcourier.example/news/2025/03/04/harbour-plan"
LINE = "The city council approved the new harbour plan on Tuesday after a long debate. "
TEXT = "<p>" + LINE * 6 + "</p>"
QUOTE = '<p>"We listened," said Marcus Bell, a spokesperson for the council.</p>'
TEASERS = (
    '<section class="related"><h2>Related stories</h2>'
    + "".join(
        f'<article class="teaser"><a href="/news/{i}"><h3>{title}</h3></a>'
        f'<p class="byline">By {name}</p><time datetime="2025-03-0{i}">March {i}, 2025</time>'
        "</article>"
        for i, (title, name) in enumerate(
            [
                ("Bridge repairs delayed until autumn", "Priya Raman"),
                ("New school opens on the hill", "Tomás Ortega"),
                ("Festival returns to the old docks", "Hannah Becker"),
            ],
            start=1,
        )
    )
    + "</section>"
)
COMMENTS = (
    '<section id="comments" class="comments"><ol class="comment-list"><li class="comment">'
    '<div class="comment-author vcard"><b class="fn">Gerald Finch</b> says:</div>'
    "<p>Wider pavements are long overdue.</p></li></ol></section>"
)


def page(header: str, lang: str = "en", teasers: bool = True, after: str = "") -> str:
    return (
        f'<html lang="{lang}"><head><meta charset="utf-8"><title>Harbour plan | Harbour '
        'Courier</title></head><body><header class="site-header"><a href="/">Harbour '
        'Courier</a><nav><ul><li><a href="/news/">News</a></li></ul></nav></header><main>'
        '<article class="article"><header class="article-header"><h1>Council approves '
        f"harbour plan</h1>{header}</header>"
        '<figure><img src="/img/harbour.jpg" alt=""><figcaption>The old docks. Photo: Liam '
        f"Carter</figcaption></figure>{TEXT}{QUOTE}{TEXT}{after}</article>"
        f"{TEASERS if teasers else ''}</main>{COMMENTS}<footer><p>© 2025 Harbour Courier</p>"
        "</footer></body></html>"
    )


def names(header: str, lang: str = "en", teasers: bool = True, after: str = "") -> list[str]:
    art = newsmeta.extract(page(header, lang, teasers, after), url=URL)
    return [a.name for a in art.authors]
