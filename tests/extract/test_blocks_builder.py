"""The block builder's fast paths: trusted model construction, folded regexes, styled runs.

The builder makes its blocks, runs and figures without running the models' validators
again (it has checked the values already); these tests rebuild every block of real
layouts through the public, validating constructors and require the same value.
"""

from __future__ import annotations

from typing import Any

import attrs
import pytest

import newsmeta
from newsmeta import Block, BlockKind, Image, Inline
from newsmeta.testing import MARKUPS, make_article, render_html

URL = "https://news.example.org/world/2024/05/a-story"


def _page(body: str) -> str:
    return (
        "<html><head><title>A story</title></head><body><article><h1>A story</h1>"
        f'<div class="article-body">{body}</div></article></body></html>'
    )


def _rebuilt(model: Any) -> Any:
    """``model`` made again through its class's validating constructor (recursively)."""
    if isinstance(model, tuple):
        return tuple(_rebuilt(m) for m in model)
    if attrs.has(type(model)):
        values = {f.name: _rebuilt(getattr(model, f.name)) for f in attrs.fields(type(model))}
        return type(model)(**values)
    return model


def _all_blocks(blocks: tuple[Block, ...]) -> list[Block]:
    out: list[Block] = []
    stack = list(blocks)
    while stack:
        block = stack.pop()
        out.append(block)
        stack.extend(block.children)
    return out


@pytest.mark.parametrize("markup", MARKUPS)
def test_trusted_blocks_equal_validated_ones_on_fixture_pages(markup: str) -> None:
    checked = 0
    for seed in range(12):
        article = newsmeta.extract(render_html(make_article(seed), markup=markup), URL)
        assert _rebuilt(article.blocks) == article.blocks
        assert _rebuilt(article.images) == article.images
        checked += len(_all_blocks(article.blocks))
    assert checked > 100


def test_trusted_blocks_have_every_field_set() -> None:
    html = _page(
        '<p>Plain text and <a href="/x">a link</a>.</p><h2>Head</h2><ul><li>One</li></ul>'
        "<table><tr><th>A</th><td>1</td></tr></table><blockquote><p>Quoted words.</p>"
        '</blockquote><figure><img src="/p.jpg" alt="A pier"><figcaption>The pier.'
        "</figcaption></figure><p>The last paragraph of the story, long enough to keep.</p>"
    )
    article = newsmeta.extract(html, URL)
    kinds = {b.kind for b in _all_blocks(article.blocks)}
    assert {BlockKind.PARAGRAPH, BlockKind.HEADING, BlockKind.LIST, BlockKind.ITEM} <= kinds
    assert {BlockKind.TABLE, BlockKind.ROW, BlockKind.CELL, BlockKind.QUOTE} <= kinds
    assert BlockKind.FIGURE in kinds
    for block in _all_blocks(article.blocks):
        for field in attrs.fields(Block):
            getattr(block, field.name)  # an unset slot would raise AttributeError
        for inline in block.inlines:
            assert isinstance(inline, Inline)
            assert [getattr(inline, f.name) for f in attrs.fields(Inline)]
    assert hash(article.blocks) == hash(_rebuilt(article.blocks))
    figure = next(b for b in article.blocks if b.kind is BlockKind.FIGURE)
    assert figure.image == Image(
        url="https://news.example.org/p.jpg", alt="A pier", caption="The pier."
    )


def test_trusted_blocks_stay_frozen() -> None:
    text = "Some text of the story, long enough to be kept as its only paragraph."
    (block,) = newsmeta.extract(_page(f"<p>{text}</p>"), URL).blocks
    assert block == Block(kind=BlockKind.PARAGRAPH, inlines=(Inline(text=text),))
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        block.kind = BlockKind.HEADING  # type: ignore[misc]


def test_public_construction_still_validates() -> None:
    with pytest.raises(newsmeta.ValidationError):
        Inline(text="")
    with pytest.raises(newsmeta.ValidationError):
        Block(kind=BlockKind.HEADING, level=9)


@pytest.mark.parametrize(
    ("body", "inlines"),
    [
        # Spaces between pieces of a styled run are plain runs of their own.
        (
            '<p>Before <em>one </em> two <a href="/a">link</a>, after.</p>',
            [("Before ", None, False), ("one", None, True), (" two ", None, False),
             ("link", "https://news.example.org/a", False), (", after.", None, False)],
        ),
        # Adjacent runs of one style are merged; an unsafe link is plain text.
        (
            '<p><a href="/a">A</a><a href="/a">B</a> and <a href="javascript:x()">C</a> end.</p>',
            [("AB", "https://news.example.org/a", False), (" and C end.", None, False)],
        ),
        # Emphasis spanning two pieces keeps the plain space between them.
        (
            "<p>x <em>a <b>b</b> c</em> y</p>",
            [("x ", None, False), ("a", None, True), (" ", None, False),
             ("b", None, True), (" ", None, False), ("c", None, True),
             (" y", None, False)],
        ),
    ],
)  # fmt: skip
def test_styled_runs_keep_their_parts(body: str, inlines: list[tuple[str, Any, bool]]) -> None:
    filler = "<p>The rest of the story goes on for a while, with enough words to be kept.</p>"
    article = newsmeta.extract(_page(body + filler), URL)
    first = article.blocks[0]
    assert [(i.text, i.href, i.emphasis) for i in first.inlines] == inlines


def test_plain_runs_with_breaks_and_soft_hyphens() -> None:
    body = (
        "<p>First line of it<br>second\u00ad line<br><br>a new para\u00adgraph</p>"
        "<p>The rest of the story goes on for a while, with enough words to be kept.</p>"
    )
    article = newsmeta.extract(_page(body), URL)
    texts = ["".join(i.text for i in b.inlines) for b in article.blocks]
    assert texts[:2] == ["First line of it\nsecond line", "a new paragraph"]
    assert newsmeta.to_text(article) == article.body


_FOLD_SAMPLES = [
    "https://CDN.example.com/Images/ICON-home.PNG",
    "https://example.com/photo.jpg",
    "wp-image-1 AVATAR",
    "an ad here",
    "Photo CREDIT: Reuters",
    "AI-Generated image",
    "Bild mit KI erstellt",
    "\u212a\u0131 generated",  # Kelvin sign and dotless i: non-ASCII goes the slow way
    "\u017fpacer.gif",
    "Imagen generada con IA",
    "",
]


def _figure_verdicts(sample: str) -> list[tuple[Any, ...]]:
    """What extract makes of figures whose image address, class or caption is ``sample``."""
    filler = "<p>The rest of the story goes on for a while, with enough words to be kept.</p>"
    shapes = [
        f'<figure><img src="{sample or "/p.jpg"}" alt="A pier"><figcaption>The pier.'
        "</figcaption></figure>",
        f'<figure><img src="/p.jpg" alt="A pier" class="{sample}"><figcaption>The pier.'
        "</figcaption></figure>",
        f'<figure><img src="/p.jpg" alt="A pier"><figcaption class="{sample}">Jo Bloggs'
        "</figcaption></figure>",
        f'<figure><img src="/p.jpg" alt="A pier"><figcaption>{sample}</figcaption></figure>',
    ]
    out = []
    for shape in shapes:
        article = newsmeta.extract(_page(filler + shape + filler), URL)
        out.append(
            tuple((i.credit is None, i.caption is None, i.ai_generated) for i in article.images)
        )
    return out


@pytest.mark.parametrize("sample", _FOLD_SAMPLES)
def test_folded_patterns_search_as_the_case_blind_ones(sample: str) -> None:
    # the junk-image, junk-class, credit-class and AI-caption tests are case-blind
    verdicts = _figure_verdicts(sample)
    for case in (str.upper, str.lower, str.swapcase):
        assert _figure_verdicts(case(sample)) == verdicts, case


@pytest.mark.parametrize("markup", MARKUPS)
def test_the_builders_text_is_the_blocks_text(markup: str) -> None:
    for seed in range(8):
        article = newsmeta.extract(render_html(make_article(seed), markup=markup), URL)
        assert article.body is not None
        assert newsmeta.to_text(article) == article.body


def test_a_table_that_moves_text_leaves_the_text_to_the_blocks() -> None:
    html = _page(
        "<p>The first paragraph of the story is long enough to be kept here.</p>"
        "<table><tr><td>Alpha cell</td></tr><caption>A caption between rows of it</caption>"
        "<tr><td>Beta cell</td></tr></table>"
        "<p>The last paragraph of the story, also long enough to be kept.</p>"
    )
    article = newsmeta.extract(html, URL)  # the body keeps the page's order
    assert newsmeta.to_text(article) == article.body
    assert {b.kind for b in article.blocks} == {BlockKind.PARAGRAPH}


_BASES = [
    "https://news.example.org/world/2024/05/a-story?page=2#top",
    "http://example.net",
    "https://user:pw@example.com:8443/a;b/c?d",
    "HTTPS://Example.COM/Upper/Case",
    "ftp://files.example.org/pub/",
    "https://[::1]/local",
    "http://[broken/x",
    "https:no-host",
]
_HREFS = [
    "/", "/a/b.html", "/a//b/", "/img/photo.jpg?w=800&h=600", "/x?q=1#frag", "/x#f?q",
    "/x?", "/x#", "/x?#f", "/x?q#", "/x;params", "/x;p?q", "/a/../b", "/a/./b", "/..", "/.",
    "/.well-known/x", "/%2e%2e/x", "/ä/ö?ü=é#ß", "/a b", "/a\tb", "/\x7fx", "//cdn.example/x",
    "relative/path", "../up", "?only=query",
]  # fmt: skip


@pytest.mark.parametrize("base", _BASES)
def test_host_relative_links_join_as_urljoin_does(base: str) -> None:
    from html import escape
    from urllib.parse import urljoin

    links = "".join(f'word{i} <a href="{escape(href)}">L{i}</a> ' for i, href in enumerate(_HREFS))
    filler = "<p>The rest of the story goes on for a while, with enough words to be kept.</p>"
    try:
        article = newsmeta.extract(_page(f"<p>{links}end.</p>{filler}"), base)
    except newsmeta.ParseError:
        return  # a url extract refuses: no links to join
    got = {i.text: i.href for b in article.blocks for i in b.inlines if i.text.startswith("L")}
    joined = 0
    for i, href in enumerate(_HREFS):
        try:
            expected: str | None = urljoin(base, href)
        except ValueError:
            expected = None
        link = got.get(f"L{i}")
        if link is not None:
            joined += 1
            assert link == expected, (base, href)
    if base.lower().startswith(("http://", "https://")) and "[" not in base:
        assert joined >= 5  # the plain host-relative addresses are links
