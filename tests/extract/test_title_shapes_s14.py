"""Headline shapes, session 14 (titles round 3, issue 13): the site's name set apart from
the headline in brackets, by full-width signs or by a lone guillemet; a standfirst set
inside the headline's element; a consent banner's heading. Every page here is written for
these tests."""

from __future__ import annotations

import json

import pytest

import newsmeta

URL = "https://www.rivertonpost.example/news/2025/04/bridge-repairs"
SITE = "Riverton Post"
HEADLINE = "Bridge repairs to close river crossing for six weeks"
TEXT = (
    "<p>"
    + "Residents packed the hall on Thursday as planners set out the repair timetable. " * 6
    + "</p>"
)
JA_SITE = "リバートン新報"
JA_HEADLINE = "市内の橋、6週間通行止めに"
JA_TEXT = "<p>" + "市は木曜日、橋の補修工事のため通行止めにすると発表した。" * 8 + "</p>"


def _title(head: str, body: str, lang: str = "en") -> str | None:
    html = (
        f'<!doctype html><html lang="{lang}"><head><meta charset="utf-8">{head}</head>'
        f"<body>{body}</body></html>"
    )
    return newsmeta.extract(html, url=URL).title


@pytest.mark.parametrize(
    "title",
    [
        f"{HEADLINE} [{SITE}]",
        f"【{SITE}】{HEADLINE}",
        f"{HEADLINE} « {SITE}",
        f"{SITE} : {HEADLINE}",
    ],
)
def test_a_known_site_name_in_brackets_or_after_a_guillemet_is_cut(title: str) -> None:
    head = f"<title>{title}</title><meta property='og:site_name' content='{SITE}'>"
    assert _title(head, f"<div class='content'>{TEXT}</div>") == HEADLINE


@pytest.mark.parametrize("sign", ["｜", "：", "・", " ／ "])
def test_a_known_site_name_after_a_full_width_sign_is_cut(sign: str) -> None:
    head = (
        f"<title>{JA_HEADLINE}{sign}{JA_SITE}</title>"
        f"<meta property='og:site_name' content='{JA_SITE}'>"
    )
    assert _title(head, f"<div class='c'>{JA_TEXT}</div>", lang="ja") == JA_HEADLINE


def test_a_bracketed_part_that_is_not_the_site_stays() -> None:
    title = f"{HEADLINE} (Part 2)"
    head = f"<title>{title}</title><meta property='og:site_name' content='{SITE}'>"
    assert _title(head, f"<div class='content'>{TEXT}</div>") == title


@pytest.mark.parametrize(
    "heading",
    [
        f"<h1>{HEADLINE}<small>Drivers face long diversions through the town</small></h1>",
        f"<h1><a href='{URL}'>{HEADLINE} <small>Drivers face long diversions</small></a></h1>",
    ],
)
def test_a_small_closing_the_headline_is_its_standfirst(heading: str) -> None:
    head = f"<title>{HEADLINE} | {SITE}</title>"
    assert _title(head, f"<article>{heading}{TEXT}</article>") == HEADLINE


def test_a_small_inside_the_headline_stays() -> None:
    heading = "<h1>Bridge repairs <small>and</small> road closures to start in May</h1>"
    head = f"<title>{SITE}</title>"
    got = _title(head, f"<article>{heading}{TEXT}</article>")
    assert got == "Bridge repairs and road closures to start in May"


@pytest.mark.parametrize(
    "banner",
    [
        "<div class='consent'><h1>Your privacy matters to us</h1></div>",
        "<div id='gdpr-notice'><h1>We care for your privacy</h1></div>",
        "<div class='cmp-container'><h1>Before you continue to our site</h1></div>",
    ],
)
def test_a_consent_banners_heading_is_not_the_headline(banner: str) -> None:
    head = f"<title>{HEADLINE} | {SITE}</title>"
    body = f"{banner}<div class='article'><h2>{HEADLINE}</h2>{TEXT}</div>"
    assert _title(head, body) == HEADLINE


def test_an_unknown_site_after_a_lone_guillemet_is_cut() -> None:
    headline = "Мост закроют на ремонт на шесть недель"
    head = f"<title>{headline} « Ривертон Пост</title>"
    body = "<div class='c'><p>" + "Власти объявили о закрытии моста на ремонт. " * 10 + "</p></div>"
    assert _title(head, body, lang="ru") == headline


def test_a_guillemet_quote_in_the_title_stays() -> None:
    title = "Le maire dit « assez » aux coupes budgétaires de la région"
    head = f"<title>{title}</title>"
    body = "<div class='c'><p>" + "Le conseil a débattu du budget lundi soir. " * 10 + "</p></div>"
    assert _title(head, body, lang="fr") == title


def test_a_site_named_only_by_structured_data_is_cut_from_the_title() -> None:
    publisher = "The Riverton Post and Valley Courier"
    data = json.dumps(
        {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "publisher": {"@type": "Organization", "name": publisher},
        }
    )
    head = (
        f"<title>{HEADLINE} - {publisher}</title><script type='application/ld+json'>{data}</script>"
    )
    assert _title(head, f"<div class='content'>{TEXT}</div>") == HEADLINE


@pytest.mark.parametrize("card", ["og:title", "twitter:title"])
def test_a_social_card_naming_only_the_site_is_not_the_title(card: str) -> None:
    head = f"<title>{HEADLINE} | {SITE}</title><meta property='{card}' content='{SITE}'>"
    assert _title(head, f"<div class='content'>{TEXT}</div>") == HEADLINE


def test_an_affix_naming_the_host_is_cut_when_the_site_name_tag_spells_it_otherwise() -> None:
    head = (
        f"<title>{HEADLINE} - Riverton-Post.com</title>"
        f"<meta property='og:site_name' content='{SITE}'>"
    )
    assert _title(head, f"<div class='content'>{TEXT}</div>") == HEADLINE


def test_sections_left_after_the_site_is_cut_go_too() -> None:
    head = f"<title>{SITE} | News | Local | {HEADLINE}</title>"
    assert _title(head, f"<div class='content'>{TEXT}</div>") == HEADLINE


@pytest.mark.parametrize(
    "mark",
    [
        "<span class='live'>Live</span>",
        "<span class='is-breaking'>Breaking</span> ",
        "<span class='video-tag'>Video</span> ",
        "<span class='podcast'>Podcast</span>",
    ],
)
def test_a_live_breaking_or_medium_mark_in_the_headline_is_not_its_text(mark: str) -> None:
    head = f"<title>{HEADLINE} | {SITE}</title>"
    body = f"<article><h1>{mark}{HEADLINE}</h1>{TEXT}</article>"
    assert _title(head, body) == HEADLINE


def test_two_phrases_in_side_by_side_spans_keep_a_space() -> None:
    heading = (
        "<h1><span class='main'>Bridge repairs begin</span>"
        "<span class='second'>Drivers face diversions</span></h1>"
    )
    got = _title(f"<title>{SITE}</title>", f"<article>{heading}{TEXT}</article>")
    assert got == "Bridge repairs begin Drivers face diversions"


def test_a_word_split_by_inline_markup_stays_one_word() -> None:
    heading = "<h1>Bridge <span class='hl'>re</span>pairs begin on Monday</h1>"
    got = _title(f"<title>{SITE}</title>", f"<article>{heading}{TEXT}</article>")
    assert got == "Bridge repairs begin on Monday"


@pytest.mark.parametrize(
    "counter",
    [
        "<span class='comment-count'>12</span>",
        "<span class='views'>1,204 views</span>",
        "<a class='share-link' href='#share'>Share</a>",
    ],
)
def test_a_counter_or_share_control_beside_the_headline_is_not_its_text(counter: str) -> None:
    head = f"<title>{HEADLINE} | {SITE}</title>"
    body = f"<article><h1>{HEADLINE} {counter}</h1>{TEXT}</article>"
    assert _title(head, body) == HEADLINE


@pytest.mark.parametrize(
    "title",
    [
        f"{HEADLINE} – {SITE} – News from the valley since 1889",
        f"{HEADLINE} | {SITE} - Your local paper",
    ],
)
def test_a_known_site_followed_by_its_tagline_is_cut_with_it(title: str) -> None:
    head = f"<title>{title}</title><meta property='og:site_name' content='{SITE}'>"
    assert _title(head, f"<div class='content'>{TEXT}</div>") == HEADLINE


def test_a_section_before_the_known_site_is_no_headline() -> None:
    title = f"Local – {SITE} – {HEADLINE}"
    head = f"<title>{title}</title><meta property='og:site_name' content='{SITE}'>"
    assert _title(head, f"<div class='content'>{TEXT}</div>") != "Local"


@pytest.mark.parametrize(
    "card",
    [
        f"{HEADLINE} - rivertonpost.example",
        f"Riverton Post - {HEADLINE}",
    ],
)
def test_a_social_title_loses_the_part_naming_the_host(card: str) -> None:
    head = f"<meta property='og:title' content='{card}'>"
    assert _title(head, f"<div class='content'>{TEXT}</div>") == HEADLINE


@pytest.mark.parametrize(
    "heading",
    [
        f"<h1>{HEADLINE}<a class='headerlink' href='#bridge' title='Permalink'>¶</a></h1>",
        f"<h1 id='t'><a href='#t'>#</a> {HEADLINE}</h1>",
        f"<h1 id='t'>{HEADLINE} <a href='#t'>🔗</a></h1>",
    ],
)
def test_a_permalink_sign_in_the_heading_is_not_its_text(heading: str) -> None:
    head = f"<title>{HEADLINE} | {SITE}</title>"
    assert _title(head, f"<article>{heading}{TEXT}</article>") == HEADLINE


def test_a_link_into_the_page_with_words_stays() -> None:
    heading = "<h1>Bridge repairs: <a href='#timeline'>the timeline</a> for six weeks</h1>"
    got = _title(f"<title>{SITE}</title>", f"<article>{heading}{TEXT}</article>")
    assert got == "Bridge repairs: the timeline for six weeks"


def test_an_editors_edit_link_in_the_heading_is_not_its_text() -> None:
    heading = (
        f"<h1 class='entry-title'>{HEADLINE} <span class='edit-link'><a class='post-edit-link'"
        " href='/wp-admin/post.php?post=7&amp;action=edit'>Edit</a></span></h1>"
    )
    head = f"<title>{HEADLINE} | {SITE}</title>"
    assert _title(head, f"<article>{heading}{TEXT}</article>") == HEADLINE


@pytest.mark.parametrize(
    "title",
    [
        f"{HEADLINE} - Seite 2 - {SITE}",
        f"{HEADLINE} | Page 3 of 5 | {SITE}",
    ],
)
def test_a_page_number_set_apart_in_the_title_is_cut(title: str) -> None:
    assert _title(f"<title>{title}</title>", f"<div class='content'>{TEXT}</div>") == HEADLINE


def test_a_site_named_only_by_its_logo_is_cut_from_the_title() -> None:
    name = "The Valley Paper of Record"
    head = f"<title>{HEADLINE} - {name}</title>"
    body = (
        f"<header><a href='/'><img src='/logo.svg' alt='{name}'></a></header>"
        f"<div class='content'>{TEXT}</div>"
    )
    assert _title(head, body) == HEADLINE


def test_a_picture_linking_elsewhere_names_no_site() -> None:
    name = "The Valley Paper of Record"
    title = f"{HEADLINE} - {name}"
    body = (
        f"<div><a href='/gallery/7'><img src='/p.jpg' alt='{name}'></a></div>"
        f"<div class='content'>{TEXT}</div>"
    )
    assert _title(f"<title>{title}</title>", body) == title
