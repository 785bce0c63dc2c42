"""Dates in a list of teaser cards, session 12: another story's card dates that story, even
on a page that prints no date of its own; a blog's front page, whose posts are shown whole,
keeps its first post's date. Pages written for these tests (a river town's news)."""

from __future__ import annotations

import datetime as dt

import newsmeta

URL = "https://riverside.example/news/flood-wall"
STORY = "<p>" + "The council approved the flood wall on Tuesday after a long debate. " * 8 + "</p>"
MORE = (
    '<section class="x9"><h2>More stories</h2><ul>'
    '<li><a href="/a/1"><h3>Storm closes the north pier</h3></a>'
    '<time datetime="2021-02-03">Feb 3, 2021</time></li>'
    '<li><a href="/a/2"><h3>Fish market moves</h3></a>'
    '<time datetime="2021-01-28">Jan 28, 2021</time></li></ul></section>'
)


def _page(own: str) -> newsmeta.Article:
    html = (
        "<html><head><title>Flood wall</title></head><body><main><article>"
        f"<h1>Flood wall approved</h1>{own}{STORY}{MORE}</article></main></body></html>"
    )
    return newsmeta.extract(html, url=URL)


def test_a_teaser_cards_date_never_dates_the_page() -> None:
    art = _page("")
    assert art.date_published is None
    refused = [e for e in art.provenance.rejected if e.field == "date_published"]
    assert {e.raw for e in refused} >= {"2021-02-03", "2021-01-28"}
    assert all("teaser card" in (e.reason or "") for e in refused)


def test_the_articles_date_wins_over_the_cards() -> None:
    assert _page('<p class="date">Published May 3, 2024</p>').date_published == dt.date(2024, 5, 3)


def test_a_blogs_front_page_keeps_its_first_posts_date() -> None:
    post = (
        '<div class="post"><h2 class="entry-title"><a href="/2024/05/{slug}/">{title}</a></h2>'
        '<div class="entry-meta">Posted on <a href="/2024/05/{slug}/"><span class="entry-date">'
        '{day} May 2024</span></a></div><div class="entry-content">{story}</div></div>'
    )
    posts = "".join(
        post.format(slug=slug, title=title, day=day, story=STORY)
        for slug, title, day in (
            ("wall", "The flood wall is approved", 3),
            ("pier", "The north pier reopens soon", 1),
        )
    )
    html = (
        '<html><head><title>Riverside blog</title></head><body><h1 class="site-title">'
        f'Riverside blog</h1><div id="content">{posts}</div></body></html>'
    )
    assert newsmeta.extract(html, url="https://riverside.example/").date_published == dt.date(
        2024, 5, 3
    )
