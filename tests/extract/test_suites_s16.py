"""Shapes goose3's and extruct's test suites probe, written afresh (session 16, issues 13
and 14): Unix-timestamp dates in JSON-LD, itemref properties in tree order, and absolute
URL properties from ``newsmeta.items(html, url=...)``."""

from __future__ import annotations

import datetime as dt
import json

import pytest

import newsmeta

URL = "https://lakeside-gazette.example/town/2024/library-hours"
UTC = dt.timezone.utc


def _ld_page(date_value: object, key: str = "datePublished") -> str:
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": "Library extends its evening hours",
        key: date_value,
    }
    return (
        "<html><head><title>Library extends its evening hours</title>"
        f'<script type="application/ld+json">{json.dumps(data)}</script></head><body>'
        "<article><p>The town library will stay open until nine on weekdays from March, "
        "the council said, after a survey of readers asked for later hours.</p></article>"
        "</body></html>"
    )


@pytest.mark.parametrize(
    "stamp",
    [1709294400, 1709294400000, 1709294400.25],
    ids=["seconds", "milliseconds", "fractional"],
)
def test_a_json_number_date_is_a_unix_timestamp(stamp: float) -> None:
    art = newsmeta.extract(_ld_page(stamp), url=URL)
    assert art.date_published == dt.datetime(2024, 3, 1, 12, 0, 0, tzinfo=UTC)


def test_a_modified_timestamp_is_read_too() -> None:
    art = newsmeta.extract(_ld_page(1709294400, key="dateModified"), url=URL)
    assert art.date_modified == dt.datetime(2024, 3, 1, 12, 0, 0, tzinfo=UTC)


@pytest.mark.parametrize("value", [0, -5, True, 10**15, 10**400, "1709294400"])
def test_numbers_that_are_no_timestamp_give_no_date(value: object) -> None:
    # zero, a negative number, a boolean, numbers too large even for milliseconds (one too
    # large for a float), and a string of digits (which may be a compact date) are not read
    # as a timestamp
    art = newsmeta.extract(_ld_page(value), url=URL)
    assert art.date_published is None


@pytest.mark.parametrize(
    ("value", "day"), [(2024, dt.date(2024, 1, 1)), (20240301, dt.date(2024, 3, 1))]
)
def test_a_year_or_compact_day_number_keeps_its_reading(value: int, day: dt.date) -> None:
    # below the first plausible timestamp (1990), a number is a year or a YYYYMMDD day
    art = newsmeta.extract(_ld_page(value), url=URL)
    assert art.date_published == day


def test_itemref_properties_keep_the_page_order() -> None:
    html = (
        "<html><body>"
        '<ul id="first-stops"><li itemprop="stop">Harbour Street</li></ul>'
        '<div itemscope itemtype="https://schema.org/BusTrip" itemref="first-stops">'
        '<span itemprop="name">Line 7</span>'
        '<span itemprop="stop">Market Square</span><span itemprop="stop">Old Mill</span>'
        "</div></body></html>"
    )
    (item,) = newsmeta.items(html)
    assert item["stop"] == ["Harbour Street", "Market Square", "Old Mill"]
    assert item["name"] == "Line 7"


PAGE_WITH_LINKS = (
    "<html><head>"
    '<script type="application/ld+json">{"@type": "WebPage", "url": "/town/"}</script>'
    '</head><body><div itemscope itemtype="https://schema.org/Event">'
    '<span itemprop="name">Reading night</span>'
    '<link itemprop="url" href="?day=friday">'
    '<img itemprop="image" src="pics/lamp.jpg" alt="">'
    '<object itemprop="subjectOf" data="flyers/night.pdf"></object>'
    '<a itemprop="sameAs" href="https://elsewhere.example/night">elsewhere</a>'
    '<a itemprop="organizer" href="mailto:desk@lakeside-gazette.example">desk</a>'
    '<meta itemprop="keywords" content="lamps/readers">'
    "</div></body></html>"
)


def test_items_resolve_url_properties_against_the_given_address() -> None:
    items = newsmeta.items(PAGE_WITH_LINKS, url=URL)
    event = next(i for i in items if i["@syntax"] == "microdata")
    assert event["url"] == URL + "?day=friday"
    assert event["image"] == "https://lakeside-gazette.example/town/2024/pics/lamp.jpg"
    assert event["subjectOf"] == "https://lakeside-gazette.example/town/2024/flyers/night.pdf"
    assert event["sameAs"] == "https://elsewhere.example/night"
    assert event["organizer"] == "mailto:desk@lakeside-gazette.example"
    # a content= literal is not an address, and JSON-LD keeps what the publisher wrote
    assert event["keywords"] == "lamps/readers"
    page = next(i for i in items if i["@syntax"] == "json-ld")
    assert page["url"] == "/town/"


def test_items_without_an_address_keep_urls_as_written() -> None:
    event = next(i for i in newsmeta.items(PAGE_WITH_LINKS) if i["@syntax"] == "microdata")
    assert event["url"] == "?day=friday"
    assert event["image"] == "pics/lamp.jpg"


def test_rdfa_links_resolve_as_well() -> None:
    html = (
        '<html><body><div vocab="https://schema.org/" typeof="Place">'
        '<span property="name">Boathouse</span>'
        '<a property="hasMap" href="/maps/boathouse">map</a></div></body></html>'
    )
    place = next(i for i in newsmeta.items(html, url=URL) if i["@type"] == ["Place"])
    assert place["hasMap"] == "https://lakeside-gazette.example/maps/boathouse"
