"""Hostile bodies: active content never reaches Markdown or HTML; deep nesting and huge
tables are bounded with a warning."""

# ruff: noqa: E501  (the hostile pages keep their long HTML lines)

from __future__ import annotations

import lxml.html
from hostile_support import run_hostile

import newsmeta

URL = "https://news.example.org/a/story"
TEXT = "The council met on Tuesday to discuss the new harbour plan and its budget. " * 4


def _article(body: str, guarded: bool = True) -> newsmeta.Article:
    """The page's article; ``guarded``: under the hostile guard (no files, no network, a time
    bound), else a plain call (the large pages: speed is measured by the benchmarks)."""
    page = f"<html><body><article><h1>Head</h1><p>{TEXT}</p>{body}<p>{TEXT}</p></article></body></html>"
    if not guarded:
        return newsmeta.extract(page, URL)
    outcome = run_hostile(page, URL)
    assert isinstance(outcome.article, newsmeta.Article)
    return outcome.article


def _codes(article: newsmeta.Article) -> set[str]:
    return {w.code for w in article.provenance.warnings}


ACTIVE = f"""
<p>Click <a href="javascript:alert(1)">this link</a> or <a href=" JaVaScRiPt:alert(2)">that</a>
or <a href="data:text/html,&lt;script&gt;alert(3)&lt;/script&gt;">data</a>
or <a href="vbscript:msgbox(4)">vb</a> and <a href="https://ok.example/x" onclick="alert(5)"
style="color:red" class="evil">a fine one</a>. {TEXT}</p>
<script>alert(6)</script><style>p {{ color: red }}</style>
<iframe srcdoc="&lt;script&gt;alert(7)&lt;/script&gt;"></iframe>
<iframe src="javascript:alert(8)"></iframe>
<figure><img src="javascript:alert(9)" onerror="alert(10)" alt="x"><figcaption>cap</figcaption></figure>
<p onmouseover="alert(11)">&lt;script&gt;alert(12)&lt;/script&gt; is text here. {TEXT}</p>
<ul><li><a href="mailto:desk@example.org">Write to us</a> about the plan and the budget.</li></ul>
"""


def test_no_active_content_in_markdown_or_html() -> None:
    article = _article(ACTIVE)
    md = newsmeta.to_markdown(article)
    out = newsmeta.to_html(article)
    # Markdown keeps "<" of the page's text only escaped ("\\<"), which renders as text.
    for rendered in (md.replace("\\<", "&lt;"), out):
        low = rendered.lower()
        for bad in ("javascript:", "vbscript:", "data:text", "onclick", "onerror",
                    "onmouseover", "srcdoc", "<script", "<style", "<iframe", "class=", "style="):  # fmt: skip
            assert bad not in low, (bad, rendered)
    assert "[a fine one](https://ok.example/x)" in md
    assert "[Write to us](mailto:desk@example.org)" in md
    tree = lxml.html.fragment_fromstring(out, create_parent="div")
    hrefs = [a.get("href") for a in tree.iter("a")]
    assert hrefs and all(h.startswith(("https://", "http://", "mailto:")) for h in hrefs)
    assert all(el.tag != "script" for el in tree.iter())
    assert "&lt;script&gt;alert(12)&lt;/script&gt;" in out  # text stays text


def test_ten_thousand_deep_lists_are_bounded() -> None:
    depth = 10_000
    body = "<ul><li>level item text" * depth + "</li></ul>" * depth
    article = _article(body, guarded=False)
    assert newsmeta.to_text(article) == article.body
    md = newsmeta.to_markdown(article)
    out = newsmeta.to_html(article)
    assert md and out
    deepest = 0
    stack = [(b, 1) for b in article.blocks]
    while stack:
        block, level = stack.pop()
        deepest = max(deepest, level)
        stack.extend((c, level + 1) for c in block.children)
    assert deepest <= 2 * 24 + 2
    assert "blocks-too-deep" in _codes(article)


def test_hundred_thousand_table_cells_are_bounded() -> None:
    rows = "".join("<tr>" + "<td>c</td>" * 100 + "</tr>" for _ in range(1_000))
    article = _article(f"<table>{rows}</table>", guarded=False)
    assert "blocks-too-many" in _codes(article)
    assert article.blocks == ()
    assert newsmeta.to_text(article) == article.body
    assert newsmeta.to_markdown(article).count("\n") < 300_000


def test_a_table_of_fifteen_thousand_cells_becomes_paragraphs() -> None:
    rows = "".join("<tr>" + "<td>c</td>" * 50 + "</tr>" for _ in range(300))
    article = _article(f"<table>{rows}</table>", guarded=False)
    assert "blocks-table-too-large" in _codes(article)
    assert not any(b.kind is newsmeta.BlockKind.TABLE for b in article.blocks)
    assert newsmeta.to_text(article) == article.body


def test_deep_blocks_built_by_hand_render_without_recursion_errors() -> None:
    block = newsmeta.Block(kind=newsmeta.BlockKind.PARAGRAPH, inlines=(newsmeta.Inline(text="x"),))
    for _ in range(3_000):
        block = newsmeta.Block(kind=newsmeta.BlockKind.QUOTE, children=(block,))
    assert newsmeta.to_text((block,)) == "x"
    assert "x" in newsmeta.to_markdown((block,))
    assert "x" in newsmeta.to_html((block,))
