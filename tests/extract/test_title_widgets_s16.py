"""Headline shapes, session 16 (titles round 5, issue 13): whole pages whose furniture
carries headings — a translation widget's, a ticker's, a newsletter box's, a cookie
dialog's, a "Most read" list's, a warning that scripts are off — before or instead of the
story's; a ``<title>`` and a card that only name the site; a section's ``<h1>`` linking to
the folder the page sits in; kickers classed in other languages. Every page here is
written for these tests (trimmed from the probe's whole pages)."""

from __future__ import annotations

import pytest

import newsmeta

URL = "https://www.harbourgazette.example/politics/2025/06/03/bridge-closure"
SITE = "Harbour Gazette"
HEADLINE = "Council votes to close the old harbour bridge for six weeks of repairs"
TEXT = "".join(
    f"<p>{line}</p>"
    for line in (
        "The council voted by nine to four on Tuesday evening to close the bridge in June.",
        "Engineers found corrosion in two of the steel bearings during an inspection in March.",
        "Shop owners on the east bank said the closure would push visitors onto the ring road.",
        "A temporary ferry will run every twenty minutes between the two quays during the works.",
    )
    * 3
)
NAV = "".join(f"<li><a href='/{n.lower()}'>{n}</a></li>" for n in ("News", "Sport", "Culture"))


def _page(
    *,
    title: str = SITE,
    head: str = "",
    before: str = "",
    story: str = f"<h2>{HEADLINE}</h2>",
    after: str = "",
    lang: str = "en",
    url: str = URL,
) -> newsmeta.Article:
    html = (
        f'<!doctype html><html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title>'
        f"<meta property='og:site_name' content='{SITE}'>{head}</head><body>{before}"
        f"<header class='site-header'><a class='brand' href='/'><img src='/logo.svg' "
        f"alt='{SITE}'></a><nav><ul>{NAV}</ul></nav></header>"
        f"<main><article class='story'><div class='story-header'>{story}"
        f"<div class='byline'>By Jane Porter</div></div>"
        f"<div class='article-body'>{TEXT}</div></article></main>{after}"
        f"<footer><p>© 2025 {SITE}</p></footer></body></html>"
    )
    return newsmeta.extract(html, url=url)


@pytest.mark.parametrize(
    ("box", "heading"),
    [
        ("weglot-container", "Translate this page"),
        ("wpml-ls", "Seite übersetzen"),
        ("lang-picker", "Choisir la langue"),
        ("tools", "Traducir esta página"),
        ("strip", "Breaking news"),
        ("strip", "Eilmeldung"),
        ("box-signup", "Sign up for our morning briefing"),
        ("box-signup", "Iscriviti alla newsletter"),
        ("privacy-box", "We value your privacy"),
        ("privacy-box", "Wij respecteren je privacy"),
        ("sidebar-list", "Most read"),
        ("sidebar-list", "Najczęściej czytane"),
        ("no-js", "JavaScript is required"),
        ("upgrade", "Votre navigateur est obsolète"),
        ("box", "Before you continue"),
        ("box", "Support our journalism"),
        ("box", "Listen to this article"),
        ("box", "Advertisement"),
        ("box", "Follow us"),
        ("box", "You might also like"),
        ("box", "Comments (14)"),
        ("drawer", "Меню"),
        ("box", "このページを翻訳"),
    ],
)
def test_a_widgets_h1_is_not_the_headline(box: str, heading: str) -> None:
    # The page's only <h1> heads a widget; the story's headline is a bare <h2> and the
    # <title> names only the site.
    widget = f"<div class='{box}'><h1>{heading}</h1><ul><li>x</li></ul></div>"
    assert _page(before=widget).title == HEADLINE
    assert _page(after=widget).title == HEADLINE


def test_a_widgets_h1_gives_way_to_the_story_in_an_aria_heading() -> None:
    widget = "<div class='jezyk'><h1>Przetłumacz stronę</h1></div>"
    story = f"<div role='heading' aria-level='1'>{HEADLINE}</div>"
    page = _page(title=f"{HEADLINE} | {SITE}", before=widget, story=story, lang="pl")
    assert page.title == HEADLINE


@pytest.mark.parametrize(
    "dialog",
    [
        "<dialog open><h1>Your choices regarding cookies on this site</h1></dialog>",
        "<div role='dialog' aria-modal='true'><h1>Welcome back to the Gazette</h1></div>",
        "<div class='x' role='alertdialog'><h1>Good to see you again</h1></div>",
    ],
)
def test_a_dialogs_heading_is_not_the_headline(dialog: str) -> None:
    assert _page(before=dialog).title == HEADLINE


@pytest.mark.parametrize(
    "heading",
    [
        "Breaking news: ferry service suspended after the storm",
        "Our newsletter lost half its readers in a year",
        "Most read books of the summer, chosen by our readers",
    ],
)
def test_a_headline_that_opens_with_a_widgets_words_stays(heading: str) -> None:
    assert _page(story=f"<h1>{heading}</h1>").title == heading


def test_a_card_and_a_title_naming_only_the_site_do_not_outrank_the_headline() -> None:
    # A section <h1> and the story's <h1>: og:title and <title> both only name the site.
    section = "<div class='category-head'><h1>Politics</h1></div>"
    page = _page(
        head=f"<meta property='og:title' content='{SITE}'>",
        before=section,
        story=f"<h1>{HEADLINE}</h1>",
    )
    assert page.title == HEADLINE


def test_a_front_page_keeps_the_sites_name() -> None:
    # A blog's front page titled by its name, its first post's heading below.
    page = _page(
        head=f"<meta property='og:title' content='{SITE}'>",
        story="<h2>Ferry timetable changes from Monday</h2>",
        url="https://www.harbourgazette.example/",
    )
    assert page.title == SITE


def test_a_card_naming_the_site_beside_another_title_is_kept() -> None:
    # Only when <title> names the site too is the card the site's default.
    name = "Harbour Gazette 2024 Annual Report"
    html = (
        "<html><head><title>The Gazette in 2024 - Annual Report</title>"
        f"<meta property='og:site_name' content='{name}'>"
        f"<meta property='og:title' content='{name}'></head>"
        f"<body><div>{TEXT}</div></body></html>"
    )
    url = "https://report.harbourgazette.example/2024/index.html"
    assert newsmeta.extract(html, url=url).title == name


def test_a_section_heading_linking_to_the_pages_own_folder_is_not_the_headline() -> None:
    section = "<div class='editoria'><h1><a href='/politics'>Politics</a></h1></div>"
    page = _page(title=f"Politics - {SITE}", before=section, story=f"<h1>{HEADLINE}</h1>")
    assert page.title == HEADLINE


def test_a_heading_linking_to_the_page_itself_stays() -> None:
    story = f"<h1><a href='{URL}'>{HEADLINE}</a></h1>"
    assert _page(title=f"Politics - {SITE}", story=story).title == HEADLINE


@pytest.mark.parametrize("cls", ["occhiello", "surtitre", "antetitulo", "bovenkop"])
def test_a_kicker_classed_in_another_language_is_not_part_of_the_headline(cls: str) -> None:
    story = f"<h1><span class='{cls}'>Exclusive</span> {HEADLINE}</h1>"
    assert _page(title=f"{HEADLINE} - {SITE}", story=story).title == HEADLINE
