"""Body blocks, their renderings (text, Markdown, HTML) and the article's images."""

# ruff: noqa: E501  (the test page keeps its long HTML lines)

from __future__ import annotations

import lxml.html
import pytest

import newsmeta
from newsmeta import Block, BlockKind, Image, Inline

URL = "https://news.example.org/world/2024/05/a-story"

PAGE = """<!DOCTYPE html><html lang="en"><head><title>Harbour plan approved | Example News</title>
<meta property="og:image" content="https://cdn.example.org/lead.jpg">
<meta property="og:image:width" content="1200"><meta property="og:image:height" content="630">
<meta property="og:image:alt" content="The harbour at dawn">
</head><body>
<header><nav><a href="/">Home</a> <a href="/world">World</a></nav></header>
<article>
<h1>Harbour plan approved</h1>
<div class="article-body">
<p>The city council approved the harbour plan on Tuesday, after a <a href="/topics/debate">long debate</a>
that ran well into the night, with <em>several</em> amendments and <strong>one surprise</strong>.</p>
<h2>What changes</h2>
<p>Ferries will run every twenty minutes from June, the transport office said on Tuesday.<br>
Night services start in September.</p>
<ul><li>More ferries on weekdays, starting in June.<ul><li>Two new routes to the islands.</li></ul></li>
<li>A new pier at the north end of the bay.</li></ul>
<ol><li>Consultation closes in May.</li><li>Building starts next year.</li></ol>
<blockquote><p>This is the biggest change to the harbour in fifty years, said the mayor.</p></blockquote>
<pre><code>fares = {"adult": 2.5,
         "child": 1.0}</code></pre>
<figure><img src="/media/pier.jpg" alt="The north pier" width="800" height="533">
<figcaption>The north pier will be rebuilt. <span class="credit">Photo: Ana Lopez / Reuters</span></figcaption></figure>
<table><thead><tr><th>Route</th><th>Trips</th></tr></thead>
<tbody><tr><td>North</td><td>40</td></tr><tr><td>South</td><td>32</td></tr></tbody></table>
<iframe src="https://www.youtube.com/embed/abc123" width="560" height="315"></iframe>
<img src="https://pixel.example.com/track.gif" width="1" height="1">
<p>The council will publish the full plan next week, with the budget for each stage of the work.</p>
</div></article>
<footer><p>Copyright Example News</p></footer></body></html>"""


@pytest.fixture(scope="module")
def article() -> newsmeta.Article:
    return newsmeta.extract(PAGE, URL)


def _kinds(blocks: tuple[Block, ...]) -> list[str]:
    return [b.kind.value for b in blocks]


def test_blocks_have_every_kind_in_page_order(article: newsmeta.Article) -> None:
    assert _kinds(article.blocks) == [
        "paragraph", "heading", "paragraph", "list", "list", "quote", "code", "figure",
        "table", "embed", "paragraph",
    ]  # fmt: skip


def test_plain_text_of_blocks_is_the_body(article: newsmeta.Article) -> None:
    assert article.body is not None
    assert newsmeta.to_text(article) == article.body
    assert "Harbour plan approved" not in article.body  # the headline is not body text


def test_inline_links_emphasis_strong_and_breaks(article: newsmeta.Article) -> None:
    first = article.blocks[0].inlines
    link = next(i for i in first if i.href)
    assert (link.text, link.href) == ("long debate", "https://news.example.org/topics/debate")
    assert [i.text for i in first if i.emphasis] == ["several"]
    assert [i.text for i in first if i.strong] == ["one surprise"]
    second = "".join(i.text for i in article.blocks[2].inlines)
    assert second.endswith("Tuesday.\nNight services start in September.")


def test_heading_list_quote_code_table(article: newsmeta.Article) -> None:
    heading = article.blocks[1]
    assert heading.level == 2 and heading.inlines[0].text == "What changes"
    bullets, numbers = article.blocks[3], article.blocks[4]
    assert bullets.ordered is False and numbers.ordered is True
    nested = bullets.children[0].children[0]
    assert nested.kind is BlockKind.LIST
    assert nested.children[0].inlines[0].text == "Two new routes to the islands."
    quote = article.blocks[5]
    assert quote.children[0].kind is BlockKind.PARAGRAPH
    code = article.blocks[6]
    assert code.literal == 'fares = {"adult": 2.5,\n         "child": 1.0}'
    table = article.blocks[8]
    rows = [[c.inlines[0].text for c in row.children] for row in table.children]
    assert rows == [["Route", "Trips"], ["North", "40"], ["South", "32"]]
    assert [c.header for c in table.children[0].children] == [True, True]


def test_figure_and_embed(article: newsmeta.Article) -> None:
    figure = article.blocks[7].image
    assert figure == Image(
        url="https://news.example.org/media/pier.jpg",
        alt="The north pier",
        caption="The north pier will be rebuilt.",
        credit="Ana Lopez / Reuters",
        width=800,
        height=533,
    )
    embed = article.blocks[9]
    assert (embed.media, embed.url) == ("video", "https://www.youtube.com/embed/abc123")


def test_images_lead_first_pixels_left_out(article: newsmeta.Article) -> None:
    assert article.image == "https://cdn.example.org/lead.jpg"
    lead, *rest = article.images
    assert lead.lead and lead.url == article.image
    assert (lead.width, lead.height, lead.alt) == (1200, 630, "The harbour at dawn")
    assert [i.url for i in rest] == ["https://news.example.org/media/pier.jpg"]
    assert not any("pixel" in i.url for i in article.images)


def test_markdown(article: newsmeta.Article) -> None:
    md = newsmeta.to_markdown(article)
    assert "[long debate](https://news.example.org/topics/debate)" in md
    assert "*several*" in md and "**one surprise**" in md
    assert "\n## What changes\n" in md
    assert "Tuesday.\\\nNight services" in md
    assert "- More ferries on weekdays, starting in June.\n  - Two new routes" in md
    assert "1. Consultation closes in May.\n2. Building starts next year." in md
    assert "> This is the biggest change" in md
    assert '```\nfares = {"adult": 2.5,\n         "child": 1.0}\n```' in md
    assert "![The north pier](https://news.example.org/media/pier.jpg)" in md
    assert "| Route | Trips |\n|---|---|\n| North | 40 |\n| South | 32 |" in md
    assert "[video](https://www.youtube.com/embed/abc123)" in md


def test_html_is_minimal_and_well_formed(article: newsmeta.Article) -> None:
    out = newsmeta.to_html(article)
    tree = lxml.html.fragment_fromstring(out, create_parent="div")
    tags = {el.tag for el in tree.iter()} - {"div"}
    assert tags <= {"p", "a", "em", "strong", "code", "br", "h2", "ul", "ol", "li",
                    "blockquote", "pre", "figure", "img", "figcaption", "small", "table",
                    "tr", "th", "td"}  # fmt: skip
    attributes = {name for el in tree.iter() for name in el.attrib}
    assert attributes <= {"href", "src", "alt", "width", "height"}
    assert '<a href="https://news.example.org/topics/debate">long debate</a>' in out


def test_renderings_escape_markup_in_text() -> None:
    blocks = (
        Block(kind=BlockKind.PARAGRAPH, inlines=(Inline(text="1 < 2 & <b>not bold</b> *x* [y]"),)),
        Block(kind=BlockKind.PARAGRAPH, inlines=(Inline(text="# not a heading"),)),
    )
    md = newsmeta.to_markdown(blocks)
    assert "\\<b\\>" in md and "\\*x\\*" in md and "\\[y\\]" in md
    assert "\\# not a heading" in md
    out = newsmeta.to_html(blocks)
    assert "&lt;b&gt;not bold&lt;/b&gt;" in out and "<b>" not in out


def test_article_without_blocks_renders_its_body() -> None:
    article = newsmeta.Article(body="First paragraph.\n\nSecond paragraph.")
    assert newsmeta.to_markdown(article) == "First paragraph.\n\nSecond paragraph.\n"
    assert newsmeta.to_html(article) == "<p>First paragraph.</p>\n<p>Second paragraph.</p>\n"
    assert newsmeta.to_text(article) == article.body


@pytest.mark.parametrize("render", [newsmeta.to_markdown, newsmeta.to_html, newsmeta.to_text])
@pytest.mark.parametrize("bad", ["text", None, {}, [1, 2]])
def test_renderers_refuse_other_inputs(render: object, bad: object) -> None:
    """A wrong input is newsmeta's own error (a SchemaError, also a TypeError)."""
    with pytest.raises(newsmeta.SchemaError):
        render(bad)  # type: ignore[operator]


def test_models_refuse_active_links() -> None:
    with pytest.raises(newsmeta.ValidationError):
        Inline(text="x", href="javascript:alert(1)")
    with pytest.raises(newsmeta.ValidationError):
        Block(kind=BlockKind.HEADING, level=7)
    with pytest.raises(newsmeta.ValidationError):
        Inline(text="")


def test_body_from_json_ld_keeps_plain_text_equal() -> None:
    long = " ".join(["The declared body holds many words about the harbour plan."] * 12)
    page = f"""<html><head><script type="application/ld+json">
    {{"@type": "NewsArticle", "headline": "H", "articleBody": "{long}"}}</script></head>
    <body><article><h1>H</h1><p>{long}</p><ul><li>Extra item shown only on the page.</li></ul>
    </article></body></html>"""
    article = newsmeta.extract(page, URL)
    assert article.body is not None
    assert newsmeta.to_text(article) == article.body


def test_ai_labelled_images() -> None:
    page = f"""<html><head><script type="application/ld+json">
    {{"@type": "NewsArticle", "headline": "H", "image": {{"@type": "ImageObject",
      "url": "https://cdn.example.org/made.jpg", "caption": "A city of the future",
      "creditText": "Studio X", "width": 1600, "height": 900,
      "digitalSourceType": "http://cv.iptc.org/newscodes/digitalsourcetype/trainedAlgorithmicMedia"}}}}
    </script></head><body><article><h1>H</h1>
    <p>{"The plan is discussed in detail in this long paragraph of text. " * 5}</p>
    <figure><img src="/m/fake.jpg" alt="A street"><figcaption>AI-generated image of a street
    </figcaption></figure>
    <p>{"More text follows here so that the article has a proper body. " * 5}</p>
    </article></body></html>"""
    article = newsmeta.extract(page, URL)
    made = {i.url: i for i in article.images}
    lead = made["https://cdn.example.org/made.jpg"]
    assert (
        lead.ai_generated and lead.credit == "Studio X" and lead.caption == "A city of the future"
    )
    assert (lead.width, lead.height) == (1600, 900)
    assert made["https://news.example.org/m/fake.jpg"].ai_generated


def test_blocks_and_images_round_trip_json_and_jsonld(article: newsmeta.Article) -> None:
    assert newsmeta.from_json(newsmeta.to_json(article), newsmeta.Article) == article
    data = newsmeta.to_jsonld(article)
    assert data["articleBody"] == article.body
    assert newsmeta.from_jsonld(data) == article
    assert "blocks" not in newsmeta.to_dict(newsmeta.Article(body="x"))


@pytest.mark.parametrize("href", ["https:=", "http:x", "https:/one-slash"])
def test_malformed_link_targets_are_dropped_not_raised(href: str) -> None:
    """A link the model would refuse ('https:=' is an absolute URI but not an http link)
    leaves the text and drops the link: extraction never raises on it."""
    words = "The council met on Tuesday and approved the plan after a long debate. " * 6
    page = (
        f"<html><body><article><h1>Plan approved</h1><p>{words}"
        f'<a href="{href}">the minutes</a> are online.</p><p>{words}</p></article></body></html>'
    )
    art = newsmeta.extract(page, url=URL)
    assert "the minutes" in (art.body or "")
    inlines = [i for b in art.blocks for i in b.inlines]
    assert any("the minutes" in i.text for i in inlines)
    assert all(i.href is None for i in inlines)
