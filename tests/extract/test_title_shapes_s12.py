"""Headline shapes, session 12 (titles, issue 13): affixes set apart by any sign next to the
site's known name, a section banner linking to its listing, a site name spelled like the
host, story markers and comment counts inside the heading, emoji set as pictures, and the
Chinese double dash. Every page here is written for these tests."""

from __future__ import annotations

import pytest

import newsmeta

URL = "https://news.example.org/2024/05/story"
TEXT = (
    "<p>"
    + "The council met on Tuesday evening and discussed the new budget at length. " * 6
    + "</p>"
)


def _title(head: str, body: str, url: str = URL) -> str | None:
    html = (
        f'<!doctype html><html lang="en"><head><meta charset="utf-8">{head}</head>'
        f"<body>{body}</body></html>"
    )
    return newsmeta.extract(html, url=url).title


@pytest.mark.parametrize(
    "title",
    [
        "Council approves new budget ~ Town Crier",
        "Council approves new budget // Town Crier",
        "Council approves new budget › Town Crier",
        "Council approves new budget ｜ Town Crier",
        "Town Crier ~ Council approves new budget",
        "Town Crier // Council approves new budget",
    ],
)
def test_any_sign_between_the_known_site_and_the_headline_sets_the_site_apart(
    title: str,
) -> None:
    head = f"<title>{title}</title><meta property='og:site_name' content='Town Crier'>"
    assert _title(head, f"<div class='content'>{TEXT}</div>") == "Council approves new budget"


@pytest.mark.parametrize(
    "title",
    [
        # a question's own mark, a quote or a bracket before the name is no separator
        "Who pays for the budget? Town Crier",
        "Council approves new budget (Town Crier Weekly)",
        # the name inside a longer last part is not an affix
        "Council approves new budget ~ Town Crier Weekly",
    ],
)
def test_other_signs_and_other_names_stay(title: str) -> None:
    head = f"<title>{title}</title><meta property='og:site_name' content='Town Crier'>"
    assert _title(head, f"<div class='content'>{TEXT}</div>") == title


def test_a_heading_that_only_links_to_a_category_page_is_no_headline() -> None:
    body = (
        "<h1 class='cat'><a href='/category/politics/'>Politics</a></h1>"
        f"<div class='post'><h1>Parliament passes climate bill</h1>{TEXT}</div>"
    )
    assert _title("<title>Metro Today</title>", body) == "Parliament passes climate bill"


def test_a_headline_linking_to_its_own_story_stays_the_headline() -> None:
    body = (
        "<div class='post'><h1><a href='/2024/05/story'>Parliament passes climate bill</a>"
        f"</h1>{TEXT}</div>"
    )
    assert _title("<title>Metro Today</title>", body) == "Parliament passes climate bill"


@pytest.mark.parametrize(
    "url",
    ["https://www.valleycourier.com/2024/05/dry-summer", "https://valley-courier.co.uk/news/x"],
)
def test_a_heading_spelling_the_host_names_the_site(url: str) -> None:
    body = (
        "<div id='top'><h1>Valley Courier</h1></div>"
        f"<div id='story'><h2>Farmers brace for dry summer</h2>{TEXT}</div>"
    )
    head = "<title>Farmers brace for dry summer | Valley Courier</title>"
    assert _title(head, body, url) == "Farmers brace for dry summer"


def test_a_heading_the_host_does_not_spell_stays_the_headline() -> None:
    body = f"<div id='top'><h1>Valley Courier</h1></div><div id='story'>{TEXT}</div>"
    head = "<title>Valley Courier</title>"
    assert _title(head, body, "https://news.example.org/2024/05/x") == "Valley Courier"


@pytest.mark.parametrize(
    "heading",
    [
        "<span class='icon-premium'>Plus</span> Rent caps: what tenants need to know",
        "<span class='paywall-badge'>Abo</span> Rent caps: what tenants need to know",
        "Rent caps: what tenants need to know<span class='advertorial'>Advertorial</span>",
        "Rent caps: what tenants need to know <a href='#comments' class='c'>12</a>",
        "Rent caps: what tenants need to know <span class='bubble'>"
        "<a href='https://news.example.org/2024/05/story#disqus_thread'>3 Comments</a></span>",
    ],
)
def test_a_story_mark_or_comment_count_inside_the_heading_is_not_the_title(heading: str) -> None:
    body = f"<article><h1>{heading}</h1>{TEXT}</article>"
    head = "<title>Rent caps: what tenants need to know | Abendblatt</title>"
    assert _title(head, body) == "Rent caps: what tenants need to know"


def test_a_long_span_classed_premium_is_the_headline_itself() -> None:
    body = (
        "<article><h1><span class='title-premium'>Rent caps: what tenants need to know"
        f"</span></h1>{TEXT}</article>"
    )
    assert _title("<title>Abendblatt</title>", body) == "Rent caps: what tenants need to know"


def test_an_emoji_set_as_a_picture_reads_as_its_emoji() -> None:
    body = (
        "<article class='post'><h1 class='entry-title'>Party time: our city turns 800 "
        "<img class='emoji' alt='🎉' src='/emoji/1f389.svg'></h1>"
        f"{TEXT}</article>"
    )
    assert _title("<title>City Blog</title>", body) == "Party time: our city turns 800 🎉"


def test_a_picture_with_words_in_its_alt_adds_nothing_to_the_headline() -> None:
    body = (
        "<article><h1>Party time <img alt='Logo of the city' src='/logo.png'> our city turns"
        f" 800</h1>{TEXT}</article>"
    )
    assert _title("<title>City Blog</title>", body) == "Party time our city turns 800"


def test_a_chinese_double_dash_sets_the_site_apart() -> None:
    text = "<p>" + "新线路全长二十公里，共设十五座车站。" * 20 + "</p>"
    head = "<title>城市地铁新线路今日开通——示例新闻网</title>"
    assert _title(head, f"<div class='content'>{text}</div>") == "城市地铁新线路今日开通"


@pytest.mark.parametrize(
    "heading",
    [
        "Night trains return to the Alps <button class='listen' type='button'>Listen</button>",
        "<span style='display:none'>Travel</span>Night trains return to the Alps",
        "Night trains return to the Alps<span style='visibility: hidden'>Rail Weekly</span>",
        "Night trains return to the Alps<span hidden>Rail Weekly</span>",
        "<span aria-hidden='true' class='icon'>★</span> Night trains return to the Alps",
    ],
)
def test_what_the_heading_does_not_show_as_text_is_not_read(heading: str) -> None:
    body = f"<article><h1>{heading}</h1>{TEXT}</article>"
    head = "<title>Night trains return to the Alps | Rail Weekly</title>"
    assert _title(head, body) == "Night trains return to the Alps"


def test_words_hidden_only_from_screen_readers_are_still_shown() -> None:
    body = (
        "<article><h1><span aria-hidden='true'>Night trains</span> return to the Alps</h1>"
        f"{TEXT}</article>"
    )
    assert _title("<title>Rail Weekly</title>", body) == "Night trains return to the Alps"


def test_a_headline_linking_to_its_own_page_under_a_topics_path_stays_the_headline() -> None:
    url = "https://news.example.org/topics/climate/2024/05/parliament-passes-bill"
    body = (
        "<div class='post'><h1><a href='/topics/climate/2024/05/parliament-passes-bill/'>"
        f"Parliament passes climate bill</a></h1>{TEXT}</div>"
    )
    assert _title("<title>Metro Today</title>", body, url) == "Parliament passes climate bill"
