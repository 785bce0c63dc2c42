"""Script, style and template content that looks like metadata is never read as metadata."""

from __future__ import annotations

import datetime as dt

import pytest
from hostile_support import page, run_hostile

BODY = (
    "<p>The council approved the budget after a long debate on Tuesday night, with nine "
    "votes in favour and two against, and the mayor promised a new library by spring.</p>"
)

DECOYS = {
    "script": (
        '<script>var by = "By John Smith"; var d = "Published December 29, 2023";'
        'document.write("<p class=byline>By John Smith</p>");</script>'
    ),
    "style": (
        "<style>/* By John Smith. Published December 29, 2023 */"
        '.byline:after { content: "By John Smith"; } '
        '.date:before { content: "Published December 29, 2023"; }</style>'
    ),
    "template-script": (
        '<script type="text/template"><p class="byline">By John Smith</p>'
        '<time datetime="2023-12-29">Published December 29, 2023</time></script>'
    ),
    # <template> content is inert: browsers never render it (often client-side markup).
    "template": (
        '<template><p class="byline">By John Smith</p>'
        '<time datetime="2023-12-29T10:00:00Z">Published December 29, 2023</time></template>'
    ),
    "script-in-byline": (
        '<div class="byline"><script>document.write("By John Smith")</script></div>'
        '<div class="date"><script>"Published December 29, 2023"</script></div>'
    ),
    "style-in-byline": (
        '<span class="author"><style>/* By John Smith */</style></span>'
        '<span class="published"><style>/* Published December 29, 2023 */</style></span>'
    ),
    "json-in-plain-script": (
        '<script>window.__DATA__ = {"author": "John Smith", '
        '"datePublished": "2023-12-29T10:00:00Z", "byline": "By John Smith"};</script>'
    ),
    "noscript-style": (
        "<noscript><style>.byline { /* By John Smith, December 29, 2023 */ }</style></noscript>"
    ),
}


@pytest.mark.parametrize("where", ["body", "head"])
@pytest.mark.parametrize("decoy", sorted(DECOYS))
def test_script_and_style_never_give_author_or_date(decoy: str, where: str) -> None:
    markup = DECOYS[decoy]
    html = (
        page(f"<article><h1>Council approves the new budget</h1>{markup}{BODY}</article>")
        if where == "body"
        else page(f"<article><h1>Council approves the new budget</h1>{BODY}</article>", markup)
    )
    out = run_hostile(html, "https://news.example.com/politics/budget")
    article = out.article
    assert article is not None
    assert not any("Smith" in a.name for a in article.authors), article.authors
    for value in (article.date_published, article.date_modified, article.date_created):
        assert value is None or value != dt.date(2023, 12, 29)
        assert not (isinstance(value, dt.datetime) and value.date() == dt.date(2023, 12, 29))
    assert article.body is None or "John Smith" not in article.body


def test_visible_byline_still_wins_next_to_decoys() -> None:
    """The decoys do not hide the real byline either (the test above is not vacuous)."""
    html = page(
        "<article><h1>Council approves the new budget</h1>"
        + DECOYS["script"]
        + DECOYS["style"]
        + '<p class="byline">By Jane Doe</p>'
        + BODY
        + "</article>"
    )
    out = run_hostile(html)
    assert out.article is not None
    assert [a.name for a in out.article.authors] == ["Jane Doe"]
