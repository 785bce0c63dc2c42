"""Shapes Mozilla Readability's test pages probe, written afresh (session 17, issues 13 and
14): an RDFa ``property`` attribute naming several terms at once ("og:title twitter:title")
is read for each term it names."""

from __future__ import annotations

import datetime as dt

import newsmeta

_BODY = (
    "<body><div><p>The ferry between the two islands will run every forty minutes from May, "
    "the harbour office said on Tuesday, after a winter of shortened timetables and long "
    "queues at the pier.</p></div></body></html>"
)


def _page(head: str) -> str:
    return f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">{head}</head>{_BODY}'


def test_a_property_listing_several_terms_is_read_for_each() -> None:
    art = newsmeta.extract(
        _page(
            '<meta property="og:title twitter:title" content="Island ferry returns to a '
            'full timetable">'
            '<meta property="og:description twitter:description" content="Crossings every '
            'forty minutes from May, the harbour office says.">'
            '<meta property="article:published_time og:updated_time" '
            'content="2023-04-18T08:30:00+02:00">'
            '<meta property="og:site_name twitter:site_name" content="Skerry Courier">'
        )
    )
    assert art.title == "Island ferry returns to a full timetable"
    assert art.description == "Crossings every forty minutes from May, the harbour office says."
    assert art.date_published is not None
    assert art.date_published.date() == dt.date(2023, 4, 18)
    assert art.site_name == "Skerry Courier"


def test_a_listed_creator_term_names_the_author_over_a_lone_meta_author() -> None:
    art = newsmeta.extract(
        _page(
            "<title>Island ferry returns to a full timetable</title>"
            '<meta property="dc:creator og:see_also" content="Ingrid Solberg-Haugen">'
            '<meta property="og:description dc:description" content="Crossings every forty '
            'minutes from May.">'
            '<meta name="description" content="Skerry Courier: local news">'
        )
    )
    assert [a.name for a in art.authors] == ["Ingrid Solberg-Haugen"]
    assert art.description == "Crossings every forty minutes from May."


def test_a_name_attribute_is_one_name_not_a_list() -> None:
    # HTML's name attribute holds one name; only RDFa's property lists terms.
    art = newsmeta.extract(
        _page(
            "<title>Island ferry returns to a full timetable</title>"
            '<meta name="og:description twitter:description" content="Not a description">'
        )
    )
    assert art.description != "Not a description"
