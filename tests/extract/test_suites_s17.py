"""Shapes Mozilla Readability's test pages probe, written afresh (session 17, issues 13 and
14): an RDFa ``property`` attribute naming several terms at once ("og:title twitter:title")
is read for each term it names, and Weibo's share-card metas ("weibo: article:title")
are read like the other vocabularies'."""

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


_CN_SENTENCE = "市政府周二宣布，两岛之间的渡轮将从五月起每四十分钟一班，以缓解码头排长队的问题。"
_CN_TEXT = "<p>" + _CN_SENTENCE * 4 + "</p>"


def test_weibo_share_card_metas_give_title_description_and_dates() -> None:
    art = newsmeta.extract(
        '<html lang="zh-CN"><head><meta charset="utf-8">'
        '<meta name="weibo: article:title" content="两岛渡轮恢复全时刻表">'
        '<meta name="weibo: article:description" content="渡轮五月起每四十分钟一班。">'
        '<meta name="weibo: article:create_at" content="2023-04-18 08:30:00">'
        '<meta name="weibo: article:update_at" content="2023-04-19 10:00:00">'
        f"</head><body><div>{_CN_TEXT}</div></body></html>"
    )
    assert art.title == "两岛渡轮恢复全时刻表"
    assert art.description == "渡轮五月起每四十分钟一班。"
    assert art.date_published is not None
    assert art.date_published.date() == dt.date(2023, 4, 18)
    assert art.date_modified is not None
    assert art.date_modified.date() == dt.date(2023, 4, 19)


def test_weibo_webpage_card_written_without_spaces() -> None:
    art = newsmeta.extract(
        _page(
            '<meta name="weibo:webpage:title" content="Island ferry returns">'
            '<meta name="weibo:webpage:description" content="Crossings every forty minutes.">'
        )
    )
    assert art.title == "Island ferry returns"
    assert art.description == "Crossings every forty minutes."
