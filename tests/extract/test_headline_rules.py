"""Headline rules: which visible heading is the article's title.

Every page here is written for these tests.
"""

from __future__ import annotations

import newsmeta

_TEXT = """
<p>The valley's two mountain huts open a week earlier than usual this year, the alpine club
said on Monday, after a dry spring left the upper trails free of snow by late May.</p>
<p>Wardens will staff both huts from the first of June; bookings for the summer weekends
open online on Friday, and walkers are asked to reserve a bunk before setting out.</p>
<p>The club also repaired the suspension bridge below the glacier, closed since a rockfall
two years ago, so the circular route can be walked again in a single long day.</p>
"""


def _page(*, headings: str, og_title: str, title: str) -> str:
    return f"""<!doctype html><html lang="en"><head><title>{title}</title>
<meta property="og:title" content="{og_title}"></head>
<body>
<div class="wrapper">
{headings}
<div class="entry-content">{_TEXT}</div>
</div>
</body></html>"""


def test_the_h1_that_the_title_echoes_wins_among_several() -> None:
    # Two <h1>s: a region label heading the column and the story's own headline, which the
    # <title> repeats. The og:title is a longer variant ("…, Alps"); the page shows the
    # headline the <title> echoes.
    html = _page(
        headings="""<div class="region-box"><h1>Tyrol</h1></div>
<div class="main"><h1>Mountain huts open a week early after dry spring</h1>""",
        og_title="Mountain huts open a week early after dry spring, Alps",
        title="Mountain huts open a week early after dry spring - Valley Post",
    )
    html = html.replace("</div>\n</body>", "</div></div>\n</body>")
    art = newsmeta.extract(html, "https://valley-post.example/huts")
    assert art.title == "Mountain huts open a week early after dry spring"
    (ev,) = art.provenance.evidence_for("title")
    assert ev.source is newsmeta.SourceKind.VISIBLE_TEXT
    assert ev.locator.endswith("h1[1]")


def test_a_visually_hidden_h1_is_not_the_headline() -> None:
    # A screen-reader heading ("detail", the template's name) that the <title> happens to
    # repeat is not shown on the page: the visible headline and og:title win.
    html = _page(
        headings="""<h1 class="hide-accessible">detail</h1>
<div class="main"><h1 class="page-headline">Glacier bridge reopens to walkers</h1></div>""",
        og_title="Glacier bridge reopens to walkers",
        title="Alpine Club - detail",
    )
    art = newsmeta.extract(html, "https://alpine-club.example/detail/bridge")
    assert art.title == "Glacier bridge reopens to walkers"


def _meta_page(*, shown_heading: str) -> str:
    data = (
        '{"@context": "https://schema.org", "@type": "NewsArticle", '
        '"headline": "Huts open early: what walkers need to know this summer"}'
    )
    return f"""<!doctype html><html lang="en"><head><title>Valley Post</title>
<meta property="og:title" content="Mountain huts open a week early after dry spring">
<script type="application/ld+json">{data}</script></head>
<body><div class="story">{shown_heading}
<div class="entry-content">{_TEXT}</div></div></body></html>"""


def test_a_metadata_title_the_page_never_shows_yields_to_one_it_shows() -> None:
    # The JSON-LD headline is an SEO variant printed nowhere; the og:title is the heading
    # the reader sees (an <h2>, so no visible headline candidate of its own).
    html = _meta_page(shown_heading="<h2>Mountain huts open a week early after dry spring</h2>")
    art = newsmeta.extract(html, "https://valley-post.example/huts")
    assert art.title == "Mountain huts open a week early after dry spring"
    refused = [e for e in art.provenance.rejected if e.field == "title"]
    assert any("shows this title nowhere" in (e.reason or "") for e in refused)


def test_a_metadata_title_stays_when_the_page_shows_no_title_at_all() -> None:
    html = _meta_page(shown_heading="")
    art = newsmeta.extract(html, "https://valley-post.example/huts")
    assert art.title == "Huts open early: what walkers need to know this summer"


def test_a_page_without_h1_is_headed_by_its_first_subheading() -> None:
    # An old template: no <h1>, a short variant in the <title>, the story headed by an <h2>;
    # the navigation's own <h2> ("Menu") is furniture.
    html = f"""<!doctype html><html lang="de"><head>
<title>Alpenverein Tal - Brücke wieder offen</title></head>
<body><nav><h2>Menu</h2><a href="/">Start</a> <a href="/touren">Touren</a></nav>
<div id="body"><h2>Brücke am Gletscher wieder offen</h2>{_TEXT}</div></body></html>"""
    art = newsmeta.extract(html, "https://alpenverein-tal.example/touren/bruecke.html")
    assert art.title == "Brücke am Gletscher wieder offen"
    (ev,) = art.provenance.evidence_for("title")
    assert ev.locator.endswith("h2[1]")


def _header_block_page(*, around: str) -> str:
    # The headline sits in a block classed "header"; ``around`` is the class of the block
    # that holds it with the text ("article": the story's own container; "" : none).
    return f"""<!doctype html><html lang="en"><head><title>Valley Post</title>
<meta property="og:title" content="Huts open early | Summer walking guide 2024"></head>
<body><div class="{around}">
<div class="header"><h1>Mountain huts open a week early after dry spring</h1>
<p class="date">3 June 2024</p></div>
<div class="entry-content">{_TEXT}</div></div></body></html>"""


def test_an_h1_in_a_header_block_inside_the_article_is_its_headline() -> None:
    # A block classed "header" inside the story's container is the story's own header
    # (as a <header> element there is), not the site's branding: its <h1> is the headline
    # and beats the og:title, an SEO variant.
    html = _header_block_page(around="article")
    art = newsmeta.extract(html, "https://valley-post.example/huts")
    assert art.title == "Mountain huts open a week early after dry spring"
    (ev,) = art.provenance.evidence_for("title")
    assert ev.source is newsmeta.SourceKind.VISIBLE_TEXT
    assert ev.locator.endswith("h1[1]")


def test_an_h1_in_a_header_block_outside_any_article_stays_branding() -> None:
    # The same block with no article container around it reads as the site header.
    html = _header_block_page(around="")
    art = newsmeta.extract(html, "https://valley-post.example/huts")
    assert art.title == "Huts open early | Summer walking guide 2024"


def test_a_section_or_site_affix_on_the_printed_headline_is_dropped() -> None:
    # The template prints a section label and the site's name into the <h1>; the og:title
    # gives the headline alone, which is most of the printed text.
    for printed in (
        "Outdoors | Mountain huts open a week early after dry spring",
        "Mountain huts open a week early after dry spring | VALLEYPOST.NET",
        "Mountain huts open a week early after dry spring » Valley Post",
    ):
        html = _page(
            headings=f"<h1>{printed}</h1>",
            og_title="Mountain huts open a week early after dry spring",
            title="Valley Post",
        )
        article = newsmeta.extract(html, "https://valleypost.example/huts")
        assert article.title == "Mountain huts open a week early after dry spring", printed


def test_a_dash_inside_the_printed_headline_is_part_of_it() -> None:
    # A dash or a colon joins a headline's words as often as it sets off an affix: the
    # printed headline stays whole even when a metadata title gives only its second part.
    printed = "Huts open early – the dry spring left the upper trails free of snow"
    html = _page(
        headings=f"<h1>{printed}</h1>",
        og_title="the dry spring left the upper trails free of snow",
        title="Valley Post",
    )
    article = newsmeta.extract(html, "https://valleypost.example/huts")
    assert article.title == printed


def test_a_translation_widget_heading_is_not_the_headline() -> None:
    # A language widget heads its box with an <h1> ("Translate this page"); the story's
    # headline is an <h2> and the <title> names only the site, so nothing but its place on
    # the page speaks against the widget's heading.
    html = f"""<!doctype html><html lang="en"><head><title>Valley Post</title></head><body>
<div id="google_translate_element" class="gtranslate-box">
<h1>Translate this page</h1><select><option>English</option></select></div>
<article><h2 class="entry-title">Mountain huts open a week early after dry spring</h2>
{_TEXT}</article></body></html>"""
    article = newsmeta.extract(html, "https://valley.example/huts")
    assert article.title == "Mountain huts open a week early after dry spring"
    (ev,) = article.provenance.evidence_for("title")
    assert "h2" in (ev.locator or "")


def test_a_badge_inside_the_headline_is_not_part_of_it() -> None:
    # "Exclusive" set as a badge in front of the headline, like a kicker or a label.
    html = _page(
        headings="""<h1><span class="story-badge">Exclusive</span>
Mountain huts open a week early after dry spring</h1>""",
        og_title="Mountain huts open a week early after dry spring",
        title="Mountain huts open a week early after dry spring | Valley Post",
    )
    article = newsmeta.extract(html, "https://valley.example/huts")
    assert article.title == "Mountain huts open a week early after dry spring"


def test_a_byline_set_inside_the_headline_is_not_part_of_it() -> None:
    html = (
        "<html><head><title>Harbour budget approved</title></head><body><article>"
        "<h1>Harbour budget approved <span class='byline'>By Jo Lee</span></h1>"
        f"{_TEXT}</article></body></html>"
    )
    assert newsmeta.extract(html).title == "Harbour budget approved"
    html = html.replace("class='byline'>By Jo Lee", "class='author-name'>編集委員 山田太郎")
    assert newsmeta.extract(html).title == "Harbour budget approved"


def test_of_several_h1s_the_one_og_title_repeats_is_the_headline() -> None:
    # <title> names only the section ("News - Site") and echoes the section's <h1>; the
    # social card is written for the story and repeats the story's <h1> word for word.
    html = """<html><head><title>News - Lake Institute</title>
<meta property="og:title" content="Mountain huts open a week early after dry spring">
</head><body><section id="content"><h1 class="pagetitle">News</h1>
<div class="news-detail"><h1>Mountain huts open a week early after dry spring</h1>
{text}</div></section></body></html>""".replace("{text}", _TEXT)
    art = newsmeta.extract(html)
    assert art.title == "Mountain huts open a week early after dry spring"
    ev = next(e for e in art.provenance.evidence if e.field == "title")
    assert ev.source is newsmeta.SourceKind.VISIBLE_TEXT


def test_a_date_line_inside_the_headline_is_not_part_of_it() -> None:
    for line in ("<span class='entry-meta'>12 May 2024</span>", "<time>12 May 2024</time>"):
        html = (
            "<html><head><title>Huts open early</title></head><body><article>"
            f"<h1>Mountain huts open a week early<br>{line}</h1>{_TEXT}</article></body></html>"
        )
        assert newsmeta.extract(html).title == "Mountain huts open a week early"


def test_a_site_default_og_title_does_not_pick_the_logo_h1() -> None:
    # og:title is the site's name on every page (its default card); it repeats the logo's
    # <h1>, the short side of "Headline | Site": the story's <h1> stays the headline.
    html = f"""<html><head><title>Huts open a week early | Valley Post</title>
<meta property="og:title" content="Valley Post"></head><body>
<div id="top"><h1>Valley Post</h1></div>
<div class="story"><h1>Huts open a week early</h1>{_TEXT}</div></body></html>"""
    assert newsmeta.extract(html, "https://news.example/a").title == "Huts open a week early"


def test_a_zero_width_space_left_in_the_headline_is_dropped() -> None:
    html = (
        "<html><head><title>Huts open early</title></head><body><article>"
        f"<h1>Mountain\u200b huts open a\ufeff week early</h1>{_TEXT}</article></body></html>"
    )
    assert newsmeta.extract(html).title == "Mountain huts open a week early"
