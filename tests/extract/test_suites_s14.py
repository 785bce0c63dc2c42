"""Shapes other projects' test suites probe, written afresh (session 14, issues 13 and 14):
schema.org type names in any case, several author metas, untyped objects in an array block."""

from __future__ import annotations

import datetime as dt
import json

import pytest

import newsmeta

URL = "https://tidewater-courier.example/news/2025/ferry-timetable"


def _page(head: str, body: str = "") -> str:
    return (
        f"<html><head><title>Ferry timetable changes in May</title>{head}</head><body>"
        f"<article><p>The island ferry will run two extra crossings on weekdays from May, "
        f"the operator said on Tuesday, after a winter of crowded morning boats.</p>{body}"
        "</article></body></html>"
    )


def _ld(data: object) -> str:
    return f'<script type="application/ld+json">{json.dumps(data)}</script>'


@pytest.mark.parametrize("kind", ["newsArticle", "Newsarticle", "NewsArticle", "blogPosting"])
def test_an_article_type_written_in_any_case_is_read(kind: str) -> None:
    data = {
        "@context": "https://schema.org",
        "@type": ["Thing", kind],
        "headline": "Ferry adds weekday crossings",
        "author": {"@type": "person", "name": "Marit Olsen"},
        "publisher": {"@type": "Organization", "name": "Tidewater Courier"},
        "articleSection": "Transport",
    }
    art = newsmeta.extract(_ld(data), url=URL)
    assert art.title == "Ferry adds weekday crossings"
    assert [a.name for a in art.authors] == ["Marit Olsen"]
    assert art.publisher is not None and art.publisher.name == "Tidewater Courier"
    assert art.section == "Transport"


def test_a_website_type_in_another_case_names_the_site() -> None:
    data = [
        {"@context": "https://schema.org", "@type": "Website", "name": "Tidewater Courier"},
        {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Ferry news"},
    ]
    art = newsmeta.extract(_page("".join(_ld(d) for d in data)), url=URL)
    assert art.site_name == "Tidewater Courier"


def test_an_unknown_type_name_is_not_an_article() -> None:
    data = {"@type": "Newsletter", "headline": "Weekly digest", "datePublished": "2025-04-01"}
    art = newsmeta.extract(_ld(data), url=URL)
    assert art.title != "Weekly digest"


def _names(html: str) -> list[str]:
    return [a.name for a in newsmeta.extract(html, url=URL).authors]


@pytest.mark.parametrize(
    "metas",
    [
        '<meta name="author" content="Marit Olsen"><meta name="author" content="Per Haugen">',
        '<meta property="author" content="Marit Olsen">'
        '<meta property="author" content="Per Haugen">',
        '<meta itemprop="author" content="Marit Olsen">'
        '<meta itemprop="author" content="Per Haugen">',
        '<meta name="author" content="Marit Olsen and Per Haugen">',
        '<meta name="author" content="Marit Olsen og Per Haugen">',
        '<meta name="author" content="Marit Olsen und Per Haugen">',
    ],
)
def test_author_metas_naming_two_people_give_both(metas: str) -> None:
    assert _names(_page(metas)) == ["Marit Olsen", "Per Haugen"]


@pytest.mark.parametrize(
    "metas",
    [
        # one name alone may be the site's owner or a CMS account: a second source is needed
        '<meta name="author" content="Marit Olsen">',
        # a list with commas or dashes may be an organisation, its desk or its town
        '<meta name="author" content="Harbour Media GmbH, Bergen, Norway">',
        '<meta name="author" content="Fire Brigade Bergen, Water Rescue Unit">',
        '<meta name="author" content="Tidewater Courier - News and Sport">',
        # an organisation beside a person
        '<meta name="author" content="Marit Olsen"><meta name="author" content="Harbour Media AS">',
    ],
)
def test_author_metas_that_may_not_be_a_byline_stay_unread(metas: str) -> None:
    assert _names(_page(metas)) == []


def test_several_author_metas_agree_with_the_printed_byline() -> None:
    metas = '<meta name="author" content="Marit Olsen"><meta name="author" content="Per Haugen">'
    html = _page(metas, '<p class="byline">By Marit Olsen and Per Haugen</p>')
    assert _names(html) == ["Marit Olsen", "Per Haugen"]


def test_an_untyped_object_in_an_array_block_dates_the_page() -> None:
    block = [
        {"@context": "https://schema.org"},
        {"headline": "Ferry adds weekday crossings", "datePublished": "2025-04-08T07:30:00Z"},
    ]
    art = newsmeta.extract(_page(_ld(block)), url=URL)
    assert art.date_published is not None
    assert art.date_published.date() == dt.date(2025, 4, 8)


@pytest.mark.parametrize(
    ("printed", "name"),
    [
        ("¿\tLena Ortiz", "Lena Ortiz"),
        ("» Lena Ortiz", "Lena Ortiz"),
        ("Lena Ortiz ✍️", "Lena Ortiz"),
        ("Lena Ortiz 🌊", "Lena Ortiz"),
    ],
)
def test_stray_marks_around_a_name_are_no_part_of_it(printed: str, name: str) -> None:
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": "Ferry adds weekday crossings",
        "author": [{"@type": "Person", "name": "Per Haugen"}, {"@type": "Person", "name": printed}],
    }
    assert _names(_page(_ld(data))) == ["Per Haugen", name]


def test_author_metas_of_two_kinds_do_not_stand_alone() -> None:
    # the site's name in one kind of tag, the writer's in another: not a byline of two
    metas = '<meta name="author" content="Harbour Daily"><meta name="byl" content="By Per Haugen">'
    assert _names(_page(metas)) == []
