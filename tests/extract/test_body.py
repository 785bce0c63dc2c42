"""Main-text extraction (newsmeta._extract.sources.body and newsmeta._extract._content)."""

from __future__ import annotations

import datetime as dt
import json
import time
from typing import Any, NamedTuple

import lxml.html
import pytest

import newsmeta
from newsmeta import Limits, SourceKind

PARAS = [
    "In a significant move aimed at tackling migration and trade, the two governments "
    "announced a series of agreements after two days of talks in the capital, officials said.",
    "The talks, which were held behind closed doors, saw ministers deliberate on strategies "
    "to manage border crossings, trade corridors, and the reopening of rail links.",
    "On social media, the president praised the results of the discussions, but he did not "
    "go into the specifics of the deals brokered during the meetings, aides added.",
    "Analysts said the agreements, while modest, could ease pressure on both economies, and "
    "that the next round of talks is expected early next year in the other capital.",
]


URL = "https://news.example/2023/12/29/talks"
NOW_FIXED = dt.datetime(2024, 1, 2, tzinfo=dt.timezone.utc)


class Cand(NamedTuple):
    """A reading of one field, as extract's evidence (chosen or rejected) shows it."""

    field: str
    source: SourceKind
    value: str
    locator: str
    confidence: float


def candidates(html: str | bytes, url: str | None = URL, **kwargs: Any) -> list[Cand]:
    """The chosen readings (the body's value is the article's body; evidence keeps only
    the start of long text) and then the rejected ones (their raw text)."""
    article = newsmeta.extract(html, url, **kwargs)
    chosen = [
        Cand(
            e.field,
            e.source,
            article.body or "" if e.field == "body" else e.raw,
            e.locator,
            e.confidence,
        )
        for e in article.provenance.evidence
    ]
    rejected = [
        Cand(e.field, e.source, e.raw, e.locator, e.confidence) for e in article.provenance.rejected
    ]
    return chosen + rejected


def bodies(html: str | bytes, url: str | None = URL, **kwargs: Any) -> list[Cand]:
    return [c for c in candidates(html, url, **kwargs) if c.field == "body"]


def content_body(html: str) -> str:
    found = [c for c in bodies(html) if c.source is SourceKind.CONTENT]
    assert len(found) == 1
    value = found[0].value
    assert isinstance(value, str)
    return value


def paragraphs_html(paras: list[str] = PARAS) -> str:
    return "".join(f"<p>{p}</p>" for p in paras)


def wrap(article: str, head: str = "", before: str = "", after: str = "") -> str:
    return (
        f"<html><head><title>Talks end with agreements | Daily Example</title>{head}</head>"
        f"<body>{before}<main><article>{article}</article></main>{after}</body></html>"
    )


NAV = (
    '<header class="site-header"><nav class="main-nav"><ul>'
    '<li><a href="/">Home</a></li><li><a href="/world">World news and analysis</a></li>'
    '<li><a href="/politics">Politics</a></li></ul></nav></header>'
)
SIDEBAR = (
    '<aside class="sidebar"><h3>Most read</h3><ul>'
    '<li><a href="/a">A sidebar story that everybody is reading today, apparently</a></li>'
    '<li><a href="/b">Another sidebar story with a long and catchy headline here</a></li>'
    "</ul><p>Sidebar note: this paragraph is long enough to look like text, but it is "
    "in the sidebar, far from the article, and must not be part of the body.</p></aside>"
)
FOOTER = (
    '<footer class="site-footer"><p>Copyright 2023 Daily Example. All rights reserved. '
    "Terms of use, privacy policy and the imprint of this fictional publication.</p></footer>"
)
COOKIE = (
    '<div class="cookie-banner"><p>We use cookies to improve your experience on our site, '
    "to analyse traffic and to personalise advertising, as explained in our policy.</p>"
    "<button>Accept all cookies</button></div>"
)
SHARE = (
    '<div class="share-bar"><a href="https://x.example/share">Share on X</a> '
    '<a href="https://fb.example/share">Share on Facebook</a></div>'
)
RELATED = (
    '<section class="related-articles"><h2>Related stories</h2><ul>'
    '<li><a href="/c">Border crossings reopen after a week-long closure, officials say</a></li>'
    '<li><a href="/d">What the new trade corridor means for farmers in the north</a></li>'
    "</ul></section>"
)


# --------------------------------------------------------------------------- the seed shape

SEED_LIKE = (
    "<html><head><title>Mexico and US strike agreements | Example News</title></head><body>"
    + NAV
    + '<div class="container"><div class="ai-banner">Content created by AI</div>'
    '<article class="post">'
    "<h1>Mexico and US Strike Key Agreements in Bilateral Talks</h1>"
    '<div class="post-meta"><span class="date">Published December 29, 2023</span>'
    '<span class="ago">7 months ago</span></div>'
    '<div class="entry-content">' + paragraphs_html() + "</div>"
    '<div class="comments-area" id="comments"><h3>Leave a Comment</h3>'
    '<div class="rating"><span>Rate this article:</span></div>'
    '<form class="comment-form" action="/comment" method="post">'
    '<input type="email" name="email" required><div class="invalid-feedback">'
    'Please enter email address.</div><div class="valid-feedback">Looks good!</div>'
    '<input type="text" name="name" required><div class="invalid-feedback">'
    'Please enter your name.</div><div class="valid-feedback">Looks good!</div>'
    '<textarea name="message" required></textarea><div class="invalid-feedback">'
    'Please enter a message.</div><div class="valid-feedback">Looks good!</div>'
    '<div class="invalid-feedback">Please check re-captcha.</div>'
    '<div class="valid-feedback">Looks good!</div><button>Submit</button></form>'
    '<div class="reviews"><p>Leave the first review</p></div></div>'
    "</article></div>" + FOOTER + "</body></html>"
)


def test_seed_like_page_gives_exactly_the_paragraphs() -> None:
    text = content_body(SEED_LIKE)
    assert text == "\n\n".join(PARAS)


def test_seed_like_page_leaves_out_form_texts_and_furniture() -> None:
    text = content_body(SEED_LIKE)
    for noise in (
        "Please enter",
        "Looks good",
        "Leave a Comment",
        "Rate this article",
        "Leave the first review",
        "Published December",
        "months ago",
        "Content created by AI",
        "Mexico and US Strike",  # the headline is not body text
    ):
        assert noise not in text


def test_candidate_has_content_source_and_container_locator() -> None:
    (cand,) = bodies(SEED_LIKE)
    assert cand.source is SourceKind.CONTENT
    assert cand.field == "body"
    assert cand.locator.startswith("/")
    assert 0.0 < cand.confidence <= 1.0
    root = lxml.html.fromstring(SEED_LIKE).getroottree()
    found = root.xpath(cand.locator.replace("//", "/descendant-or-self::", 1))
    assert found, cand.locator
    assert "entry-content" in (found[0].get("class") or "") or found[0].tag == "article"


# --------------------------------------------------------------------------- boilerplate


def test_navigation_sidebar_footer_cookie_share_related_are_excluded() -> None:
    html = wrap(
        "<h1>Talks end with agreements</h1>" + SHARE + paragraphs_html() + RELATED,
        before=NAV + COOKIE,
        after=SIDEBAR + FOOTER,
    )
    text = content_body(html)
    assert text == "\n\n".join(PARAS)


def test_byline_and_date_lines_are_dropped() -> None:
    html = wrap(
        "<h1>Talks end with agreements</h1>"
        '<p class="byline">By Jane Doe</p><p>By Jane Doe</p>'
        "<p>Updated 3 hours ago</p><p>December 29, 2023</p>" + paragraphs_html()
    )
    assert content_body(html) == "\n\n".join(PARAS)


def test_newsletter_box_inside_the_article_is_dropped() -> None:
    box = (
        '<div class="newsletter-signup"><h3>Get our morning briefing</h3>'
        "<p>Sign up to receive the most important stories of the day in your inbox, "
        "every morning, free of charge and without any advertising.</p>"
        '<form><input type="email"><button>Subscribe</button></form></div>'
    )
    html = wrap(paragraphs_html(PARAS[:2]) + box + paragraphs_html(PARAS[2:]))
    text = content_body(html)
    assert "briefing" not in text
    assert "Sign up" not in text
    assert text == "\n\n".join(PARAS)


def test_comment_list_is_not_body() -> None:
    comments = (
        '<section id="comments"><h2>3 thoughts on “Talks”</h2><ol class="comment-list">'
        + "".join(
            f'<li class="comment" id="comment-{i}"><article class="comment-body">'
            f'<footer class="comment-meta"><b class="fn">Reader {i}</b></footer>'
            f'<div class="comment-content"><p>Comment number {i}: I really disagree with '
            "this analysis, because the agreements will not change much, and the talks "
            "were mostly theatre, in my humble opinion, as usual.</p></div></article></li>"
            for i in range(1, 4)
        )
        + "</ol></section>"
    )
    html = wrap("<h1>Talks end with agreements</h1>" + paragraphs_html() + comments)
    text = content_body(html)
    assert "Comment number" not in text
    assert "thoughts on" not in text
    assert text == "\n\n".join(PARAS)


def test_long_comments_do_not_win_over_a_short_article() -> None:
    long_comment = (
        "I have been following this for years, and frankly, the agreements are the same, "
        "again and again, with new names, new promises, and no results at all. " * 3
    )
    comments = (
        '<div id="comments"><ol class="commentlist">'
        + "".join(f'<li class="comment"><p>{long_comment}</p></li>' for _ in range(6))
        + "</ol></div>"
    )
    html = wrap("<h1>Talks end with agreements</h1>" + paragraphs_html(PARAS[:2]), after=comments)
    text = content_body(html)
    assert text == "\n\n".join(PARAS[:2])


# --------------------------------------------------------------------------- structure


def test_headings_and_list_items_are_their_own_paragraphs() -> None:
    html = wrap(
        "<h1>Talks end with agreements</h1>"
        + paragraphs_html(PARAS[:2])
        + "<h2>What was agreed</h2>"
        + "<ul><li>Reopening of two rail crossings</li>"
        + "<li>A joint <b>task force</b> on migration</li></ul>"
        + paragraphs_html(PARAS[2:])
    )
    text = content_body(html)
    expected = [
        *PARAS[:2],
        "What was agreed",
        "Reopening of two rail crossings",
        "A joint task force on migration",
        *PARAS[2:],
    ]
    assert text.split("\n\n") == expected


def test_inline_markup_and_whitespace_are_flattened() -> None:
    html = wrap(
        "<p>The   talks <em>ended</em>\n with <a href='/x'>agreements</a>, officials said on "
        "Friday, adding that more meetings, already scheduled, would follow soon.</p>"
        + paragraphs_html(PARAS[1:])
    )
    text = content_body(html)
    assert text.startswith(
        "The talks ended with agreements, officials said on Friday, adding that more"
    )
    assert "\n\n\n" not in text
    assert "  " not in text


def test_text_split_by_double_br_gives_paragraphs() -> None:
    html = wrap("<div class='entry-content'>" + "<br><br>".join(PARAS) + "</div>")
    assert content_body(html).split("\n\n") == PARAS


def test_extracting_twice_gives_the_same_body() -> None:
    # the scorer never changes the tree it reads: a second extraction reads the same text
    html = SEED_LIKE.encode()
    now = NOW_FIXED
    first = newsmeta.extract(html, URL, now=now)
    assert first.body and newsmeta.extract(html, URL, now=now) == first


# --------------------------------------------------------------------------- structured data


def ld(data: object) -> str:
    return f'<script type="application/ld+json">{json.dumps(data)}</script>'


def test_complete_article_body_is_used() -> None:
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": "Talks end with agreements",
        "articleBody": "\n\n".join(PARAS),
        "wordCount": 120,
    }
    html = wrap(paragraphs_html(), head=ld(data))
    found = bodies(html)
    jsonld = [c for c in found if c.source is SourceKind.JSON_LD]
    assert len(jsonld) == 1
    assert jsonld[0].value == "\n\n".join(PARAS)
    assert jsonld[0].locator.endswith("/articleBody")
    assert found[0] == jsonld[0]  # chosen over the page's own text (same paragraphs)
    assert bodies(wrap(paragraphs_html()))[0].source is SourceKind.CONTENT
    assert newsmeta.extract(html, URL).word_count == 120


def test_truncated_article_body_is_ignored() -> None:
    data = {"@type": "NewsArticle", "articleBody": PARAS[0][:120] + "..."}
    found = bodies(wrap(paragraphs_html(), head=ld(data)))
    assert [c.source for c in found] == [SourceKind.CONTENT]


def test_article_body_much_shorter_than_the_page_text_is_ignored() -> None:
    data = {"@type": "Article", "articleBody": " ".join(PARAS[:1]) + " " + PARAS[1]}
    long_page = paragraphs_html(PARAS * 3)
    found = bodies(wrap(long_page, head=ld(data)))
    assert [c.source for c in found] == [SourceKind.CONTENT]


def test_article_body_with_html_markup_is_flattened() -> None:
    data = {
        "@type": "BlogPosting",
        "articleBody": "".join(f"<p>{p}</p>" for p in PARAS).replace("talks", "&amp;talks"),
    }
    found = [
        c for c in bodies(wrap(paragraphs_html(), head=ld(data))) if c.source is SourceKind.JSON_LD
    ]
    assert len(found) == 1
    assert "<p>" not in found[0].value
    assert "&talks" in found[0].value
    assert len(found[0].value.split("\n\n")) == len(PARAS)


def test_word_count_from_microdata() -> None:
    html = wrap(
        '<meta itemprop="wordCount" content="1,234">' + paragraphs_html(),
    )
    counts = [c for c in candidates(html) if c.field == "word_count"]
    assert [c.source for c in counts] == [SourceKind.MICRODATA]
    assert newsmeta.extract(html, URL).word_count == 1234


# --------------------------------------------------------------------------- robustness


@pytest.mark.parametrize(
    "html",
    [
        "",
        "   ",
        "<html></html>",
        "<html><body></body></html>",
        "<html><body><div><span></span></div></body></html>",
        "<html><body><nav><a href='/'>Home</a><a href='/x'>X</a></nav></body></html>",
        "<html><body><script>var x = 'only code, nothing else';</script></body></html>",
        "\x00\x01\x02 garbage <<<>>> &&&; <p",
        "<p>Short.</p>",
        '<html><head><script type="application/ld+json">{"@type": "NewsArticle", '
        '"articleBody": 42}</script></head><body></body></html>',
    ],
)
def test_empty_or_garbage_pages_give_no_body_and_no_error(html: str) -> None:
    assert bodies(html) == []


def test_bytes_input_in_another_encoding() -> None:
    html = wrap(paragraphs_html([p + " Größe, Straße." for p in PARAS]))
    data = html.replace("<head>", '<head><meta charset="iso-8859-1">').encode("latin-1")
    text = content_body_of_page(data)
    assert "Größe, Straße." in text


def content_body_of_page(html: str | bytes, **kwargs: Any) -> str:
    found = bodies(html, "https://news.example/x", **kwargs)
    assert found
    value = found[0].value
    assert isinstance(value, str)
    return value


def test_very_deep_nesting_returns_fast() -> None:
    depth = 50_000
    html = (
        "<html><body>"
        + "<div>" * depth
        + "deep text"
        + "</div>" * depth
        + paragraphs_html()
        + "</body></html>"
    )
    start = time.perf_counter()
    found = bodies(html)
    elapsed = time.perf_counter() - start
    assert elapsed < 2.0
    assert all(isinstance(c.value, str) for c in found)


def test_many_siblings_page_returns_fast() -> None:
    html = wrap(
        "".join(f"<p>Paragraph {i}, with some words, and more words.</p>" for i in range(20_000))
    )
    start = time.perf_counter()
    text = content_body_of_page(html)
    assert time.perf_counter() - start < 3.0
    assert text.count("\n\n") == 19_999


def test_text_nested_deeper_than_the_limit_is_not_read() -> None:
    html = "<html><body>" + "<div>" * 150 + paragraphs_html() + "</div>" * 150 + "</body></html>"
    assert content_body_of_page(html) == "\n\n".join(PARAS)
    assert bodies(html, limits=Limits(max_tree_depth=100)) == []


def test_unmarked_link_list_inside_the_article_is_dropped_but_inline_links_kept() -> None:
    links = (
        "<div><ul>"
        '<li><a href="/e">Border crossings reopen after a week-long closure</a></li>'
        '<li><a href="/f">What the new trade corridor means for farmers</a></li>'
        '<li><a href="/g">Five charts that explain the migration numbers</a></li>'
        "</ul></div>"
    )
    linked = PARAS[1].replace("ministers", '<a href="/ministers">ministers</a>')
    html = wrap(paragraphs_html([PARAS[0], linked]) + links + paragraphs_html(PARAS[2:]))
    text = content_body(html)
    assert "Border crossings" not in text
    assert text == "\n\n".join(PARAS)


def test_text_split_over_layout_blocks_of_one_article_is_read_whole() -> None:
    def block(text: str) -> str:
        return (
            '<div class="row"><div class="col"><div class="block html-block">'
            f'<div class="block-content"><p>{text}</p></div></div></div></div>'
        )

    first = "</p><p>".join(PARAS * 2)
    rest = ["A short closing note, with a comma, for the readers of this story."] * 3
    html = wrap(
        "<h1>Talks end with agreements</h1>"
        + block(first)
        + "<div class='gallery'><img src='a.jpg' alt=''></div>"
        + "".join(block(p) for p in rest)
    )
    assert content_body(html).split("\n\n") == PARAS * 2 + rest


def test_only_the_headline_story_of_a_multi_story_page_is_read() -> None:
    other = [p.replace("talks", "meetings").replace("agreements", "deals") for p in PARAS]
    html = (
        "<html><head><title>Talks end with agreements</title></head><body><main>"
        "<article class='story'><h1>Talks end with agreements</h1>"
        + paragraphs_html()
        + "</article><article class='story'><h2>Next story: ports reopen</h2>"
        + paragraphs_html(other)
        + "</article></main></body></html>"
    )
    assert content_body(html) == "\n\n".join(PARAS)


def test_captions_credits_and_closed_comment_notices_are_dropped() -> None:
    html = wrap(
        "<h1>Talks end with agreements</h1>"
        + paragraphs_html(PARAS[:2])
        + "<p>Photo: Jane Doe / Example Agency</p>"
        + "<p>Figure 2: border crossings per month</p>"
        + paragraphs_html(PARAS[2:])
        + "<p>Comments are closed.</p>"
    )
    assert content_body(html) == "\n\n".join(PARAS)


def test_soft_hyphens_and_zero_width_spaces_are_not_text() -> None:
    hyphenated = [
        p.replace("agreement", "agree\u00adment").replace("the", "t\u200bhe") for p in PARAS
    ]
    text = content_body(wrap(paragraphs_html(hyphenated)))
    assert "\u00ad" not in text and "\u200b" not in text
    assert "agreement" in text


def test_every_invisible_character_is_dropped_in_non_ascii_text() -> None:
    # Soft hyphen, zero-width space, word joiner and BOM, each repeated, in a non-ASCII text.
    marked = [
        p.replace("agreement", "agree\u00adme\u00adnt")
        .replace("the", "t\u200bh\u2060e")
        .replace("and", "\ufeffand")
        + " Grüße."
        for p in PARAS
    ]
    text = content_body(wrap(paragraphs_html(marked)))
    assert not any(ch in text for ch in "\u00ad\u200b\u2060\ufeff")
    assert "agreement" in text and " the " in text and "Grüße." in text
