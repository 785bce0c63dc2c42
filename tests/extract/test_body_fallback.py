"""No catastrophic body: a first choice that holds a small share of the page's prose, or
reads as boilerplate, gives way to the next region, with a warning.

The pages are written for these tests: a promotion placed where the template marks the
article body, and a site footer written as the only marked content block.
"""

from __future__ import annotations

import datetime as dt

import newsmeta

NOW = dt.datetime(2026, 12, 6, tzinfo=dt.timezone.utc)

_REVIEW = [
    "The new compact camera arrives with a promise every owner of an older model will "
    "recognise: better low-light pictures without a bigger body, and a battery that lasts "
    "through a full day of walking around a city.",
    "In three weeks of testing, the sensor delivered clean images at sensitivities where its "
    "predecessor had already turned every shadow into grey noise, and the autofocus kept "
    "track of cyclists and dogs with little hesitation.",
    "The handling is where opinions will split. The grip is shallow, the dials are small, and "
    "anyone with large hands will find the rear wheel awkward, although the menus have been "
    "reorganised in a way that finally makes sense.",
    "Video has improved too, with a cleaner image and less rolling distortion, but the body "
    "warms up after twenty minutes of recording and then stops until it has cooled down, "
    "which will frustrate anyone filming long events.",
    "The kit lens is sharp in the centre and soft at the edges when used wide open, a "
    "compromise that is easy to forgive at this price; the optional prime lens is a "
    "worthwhile upgrade for portraits and low light.",
    "Overall, this is the best camera in its class for people who want something better than "
    "a phone in a jacket pocket, provided they can live with the small controls and the "
    "limits on long video recordings.",
]

_STORY = [
    "Council officials approved a plan on Tuesday evening to reopen the old railway bridge "
    "to pedestrians and cyclists, ending a closure that has divided the two halves of the "
    "town for almost three years.",
    "The bridge was shut after engineers found cracks in two of its supporting piers, and the "
    "repair bill, first estimated at a few hundred thousand pounds, grew as further damage "
    "was found under the deck.",
    "Residents on the eastern side say the detour adds a mile to the walk to the station and "
    "the school, and a petition for a temporary crossing gathered more than four thousand "
    "signatures last spring.",
    "Work is expected to start in the new year and to take about five months, the council "
    "said, with the deck resurfaced and new lighting fitted before the crossing reopens.",
]


def _codes(article: newsmeta.Article) -> list[str]:
    return [w.code for w in article.provenance.warnings]


def test_a_promo_teaser_gives_way_to_the_long_review() -> None:
    promo = (
        "<p>Our partner shop has this camera at its lowest price of the year: buy now and "
        "save 20% off with the promo code SPRING, limited offer while stocks last, free "
        "delivery on every order.</p>"
    )
    html = f"""<html><head><title>Compact camera review: small body, big sensor</title></head>
    <body><article><h1>Compact camera review: small body, big sensor</h1>
    <div class="entry-content">{promo}</div></article>
    <div class="review-wrap">{"".join(f"<p>{p}</p>" for p in _REVIEW)}</div>
    </body></html>"""
    article = newsmeta.extract(html, "https://cameras.example/review", now=NOW)
    assert article.body is not None
    assert article.body.startswith(_REVIEW[0][:60])
    assert "promo code" not in article.body
    assert "body-fallback" in _codes(article)


def test_a_site_footer_gives_way_to_the_news_story() -> None:
    footer = (
        '<div class="entry-content"><p>Daily Courier Ltd, 45 Market Street, Leeds LS1 6DT, '
        "United Kingdom. Tel: +44 113 496 0000, fax +44 113 496 0001, "
        "newsroom@courier.example.</p><p>Registered in England and Wales, company "
        "registration no. 01234567. VAT number GB 123 4567 89. © 2024 Daily Courier Ltd. "
        "All rights reserved.</p></div>"
    )
    story = "<br><br>".join(_STORY)
    html = f"""<html><head><title>Railway bridge to reopen for walkers</title></head><body>
    <table><tr><td>{story}</td></tr></table>{footer}</body></html>"""
    article = newsmeta.extract(html, "https://courier.example/bridge", now=NOW)
    assert article.body is not None
    assert article.body.startswith(_STORY[0][:60])
    assert "VAT number" not in article.body
    assert "body-fallback" in _codes(article)


def test_a_short_story_beside_a_long_one_is_kept() -> None:
    # The story under the headline is short; the next story of an endless page is long.
    # A small share of the page's prose is no reason to leave the headline's story.
    short = _STORY[:2]
    html = f"""<html><head><title>Railway bridge to reopen</title></head><body>
    <article><h1>Railway bridge to reopen</h1>
    <div class="text">{"".join(f"<p>{p}</p>" for p in short)}</div>
    </article><div class="next-story"><h2>Camera review</h2>
    <div class="text">{"".join(f"<p>{p}</p>" for p in _REVIEW * 3)}</div></div>
    </body></html>"""
    article = newsmeta.extract(html, "https://courier.example/bridge", now=NOW)
    assert article.body is not None
    assert article.body.startswith(_STORY[0][:60])
    assert "body-fallback" not in _codes(article)


def test_a_page_of_only_boilerplate_keeps_its_text() -> None:
    # Nothing better to fall back on: the contact page's text stays, without a warning.
    html = """<html><head><title>Contact</title></head><body><div class="content">
    <p>Daily Courier Ltd, 45 Market Street, Leeds LS1 6DT. Tel: +44 113 496 0000.</p>
    <p>Company registration no. 01234567. VAT number GB 123 4567 89.</p></div>
    </body></html>"""
    article = newsmeta.extract(html, "https://courier.example/contact", now=NOW)
    assert article.body is not None and "45 Market Street" in article.body
    assert "body-fallback" not in _codes(article)


_LINKS = [
    ("https://tides.example/a", "Harbour wall repairs start on Monday morning"),
    ("https://ferries.example/b", "Ferry timetable changes for the spring season"),
    ("https://seals.example/c", "Where the seals rest when the water is high"),
    ("https://quay.example/d", "The old lighthouse keeper's cottage is for sale"),
    ("https://gulls.example/e", "Why the gulls moved inland this winter"),
]


def test_a_post_that_is_a_list_of_links_is_read_links_and_all() -> None:
    # No block of the page is prose: the post under the headline is a list of linked titles,
    # each with a line naming its source. The site's tagline in the header is not the body.
    items = "".join(
        f'<li><p><a href="{href}">{title}</a></p><p>via <a href="{href}">{href}</a></p></li>'
        for href, title in _LINKS
    )
    html = f"""<html><head><title>Links of the week &#8211; Harbour Notes</title></head>
    <body><header class="site-header"><p class="site-title">Harbour Notes</p>
    <p class="tagline">Short notes from a windy harbour town.</p></header>
    <main><article><h1>Links of the week</h1><div class="entry-content"><ul>{items}</ul>
    </div></article></main></body></html>"""
    article = newsmeta.extract(html, "https://harbour-notes.example/links", now=NOW)
    assert article.body is not None
    for _, title in _LINKS:
        assert title in article.body
    assert "windy harbour town" not in article.body
    # The blocks read the same walk: one list whose items keep their links.
    assert [b.kind.value for b in article.blocks] == ["list"]
    assert newsmeta.to_text(article) == article.body
    assert f"]({_LINKS[0][0]})" in newsmeta.to_markdown(article)


def test_a_menu_under_the_headline_is_no_link_list_post() -> None:
    # A few short links under the headline are a menu, not a post of links: no body.
    html = """<html><head><title>Links</title></head><body><main><article><h1>Links</h1>
    <ul><li><a href="/a">Home</a></li><li><a href="/b">Archive</a></li></ul>
    </article></main></body></html>"""
    article = newsmeta.extract(html, "https://harbour-notes.example/links", now=NOW)
    assert not article.body


def test_section_headings_in_h1_do_not_cut_the_text_before_them() -> None:
    # The post's title is an <h2>; its text uses <h1> for the headings of its sections,
    # none of which <title> echoes. None of them is the headline: the text before the first
    # one is the start of the post, not something above a headline to leave out.
    sections = "".join(f"<h1>Part {n}: {p[:30]}</h1><p>{p}</p>" for n, p in enumerate(_STORY))
    html = f"""<html><head><title>Bridge notes | Courier Blog</title></head><body>
    <div class="post"><h2 class="entry-title">Bridge notes</h2><div class="entry-content">
    <p>{_REVIEW[0]}</p><p>{_REVIEW[1]}</p>{sections}</div></div></body></html>"""
    article = newsmeta.extract(html, "https://courier.example/notes", now=NOW)
    assert article.body is not None
    assert article.body.startswith(_REVIEW[0][:60])
    assert _STORY[-1][:60] in article.body


# The two catastrophic shapes of issue 13 (a promotion standing in for a review, the site's
# colophon standing in for a news story), written with the template marking the wrong block.
_COLOPHON = (
    "<p>Valley Courier Ltd, 12 Mill Road, Hebden HX7 8AA. Tel: +44 1422 555 000, "
    "fax +44 1422 555 001.</p><p>Registered in England and Wales, company registration "
    "no. 07654321. VAT number GB 987 6543 21. © 2025 Valley Courier Ltd.</p>"
)


def test_a_colophon_marked_as_the_main_block_gives_way_to_the_story() -> None:
    story = "<br><br>".join(_STORY)
    for wrapper in ("<main>{}</main>", '<div role="main">{}</div>'):
        html = f"""<html><head><title>Bridge to reopen</title></head><body>
        <table><tr><td><h1>Bridge to reopen</h1>{story}</td></tr></table>
        {wrapper.format(_COLOPHON)}</body></html>"""
        article = newsmeta.extract(html, "https://valley.example/bridge", now=NOW)
        assert article.body is not None
        assert article.body.startswith(_STORY[0][:60])
        assert "VAT number" not in article.body
        assert "body-fallback" in _codes(article)


def test_a_promotion_marked_as_the_article_body_does_not_replace_the_review() -> None:
    promo = (
        "<p>Shop now: our partner has this camera at its lowest price of the year, buy now "
        "and take 20% off with the promo code SPRING while stocks last.</p>"
    )
    review = "".join(f"<p>{p}</p>" for p in _STORY * 2)
    html = f"""<html><head><title>Camera review</title></head><body>
    <div class="hero"><h1>Camera review</h1></div>
    <div itemprop="articleBody">{promo}</div><div class="text">{review}</div></body></html>"""
    article = newsmeta.extract(html, "https://valley.example/review", now=NOW)
    # The review is read whole, not replaced by the marked promotion (which the common
    # ancestor chosen here still carries in front of it).
    assert article.body is not None
    assert _STORY[0][:60] in article.body
    assert _STORY[-1][-60:] in article.body


def test_a_teaser_under_the_headline_gives_way_to_the_untitled_text_after_it() -> None:
    # The template's body block under the headline holds a two-line teaser with no promo
    # words; the review follows outside the <article>, with no heading of its own.
    teaser = (
        "<p>Get the new camera bag free with every order this week. Join our club today and "
        "never miss a deal on lenses, tripods and memory cards.</p>"
    )
    html = f"""<html><head><title>Compact camera review</title></head><body>
    <article><h1>Compact camera review</h1><div class="article-body">{teaser}</div></article>
    <div class="review">{"".join(f"<p>{p}</p>" for p in _REVIEW)}</div></body></html>"""
    article = newsmeta.extract(html, "https://cameras.example/compact", now=NOW)
    assert article.body is not None
    assert article.body.startswith(_REVIEW[0][:60])
    assert "camera bag" not in article.body
    assert "body-fallback" in _codes(article)
    # With a heading of its own, the longer text is the next story, and the teaser stays.
    headed = html.replace('<div class="review">', '<div class="review"><h2>Next: a tripod</h2>')
    kept = newsmeta.extract(headed, "https://cameras.example/compact", now=NOW)
    assert kept.body is not None
    assert kept.body.startswith("Get the new camera bag")
    assert "body-fallback" not in _codes(kept)
