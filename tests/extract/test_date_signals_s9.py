"""Session 9: date signals newly read on pages (each a page we wrote): a compact ``og:regDate``,
``itemprop="dateUpdate"``, Unix-time attributes beyond ``data-utime``, Russian and Turkish
date lines, a two-digit year after a month name and a compact stamp in the text."""

from __future__ import annotations

import datetime as dt

import pytest

from newsmeta import extract

UTC = dt.timezone.utc
NOW = dt.datetime(2024, 8, 1, 12, 0, tzinfo=UTC)


def _page(head: str = "", body: str = "", lang: str = "en") -> str:
    return (
        f'<html lang="{lang}"><head><title>Harbour ferries</title>{head}</head><body>'
        "<h1>The night ferry returns to the island route</h1>"
        f"{body}<p>The crossing takes ninety minutes and runs three times a week.</p>"
        "</body></html>"
    )


def _dates(html: str) -> tuple[object, object]:
    article = extract(html, None, now=NOW)
    return article.date_published, article.date_modified


def _day(value: object) -> object:
    return value.date() if isinstance(value, dt.datetime) else value


def test_compact_regdate_meta_is_the_publication_instant() -> None:
    published, _ = _dates(_page('<meta property="og:regDate" content="20230514071502">'))
    assert published == dt.datetime(2023, 5, 14, 7, 15, 2)


def test_regdate_meta_with_a_plain_day() -> None:
    published, _ = _dates(_page('<meta property="og:regDate" content="20230514">'))
    assert published == dt.date(2023, 5, 14)


@pytest.mark.parametrize(
    ("head", "body"),
    [
        ('<meta itemprop="dateUpdate" datetime="2023-06-02">', ""),
        ('<meta itemprop="dateUpdate" content="2023-06-02T09:30:00+02:00">', ""),
        ("", '<p>Changed <span itemprop="dateUpdate" content="2023-06-02">Friday</span></p>'),
    ],
)
def test_date_update_property_is_the_modified_date(head: str, body: str) -> None:
    published, modified = _dates(_page(head, body))
    assert published is None
    assert _day(modified) == dt.date(2023, 6, 2)


@pytest.mark.parametrize(
    ("head", "field"),
    [
        ('<meta name="publish_time" content="2023-06-02 09:30">', 0),
        ('<meta property="published_time" content="2023-06-02T09:30:00Z">', 0),
        ('<meta name="PublishedDate" content="2023-06-02">', 0),
        ('<meta name="datePosted" content="2023-06-02">', 0),
        ('<meta property="article:post_date" content="2023-06-02">', 0),
        ('<meta property="article:publicationDate" content="2023-06-02">', 0),
        ('<meta property="updated_time" content="2023-06-02T09:30:00+00:00">', 1),
        ('<meta name="revision_date" content="2023-06-02">', 1),
        ('<meta name="ModificationDate" content="2023-06-02">', 1),
        ('<meta property="article:post_modified" content="2023-06-02">', 1),
    ],
)
def test_more_generic_date_names(head: str, field: int) -> None:
    found = _dates(_page(head))
    assert _day(found[field]) == dt.date(2023, 6, 2)
    assert found[1 - field] is None


def test_a_created_name_stands_in_for_the_publication_date() -> None:
    published, _ = _dates(_page('<meta name="date_created" content="2023-06-02">'))
    assert published == dt.date(2023, 6, 2)


@pytest.mark.parametrize(
    "body",
    [
        '<p>Filed <span class="stamp" data-time="1685700000">Friday</span></p>',
        '<p><span data-unix="1685700000000">last week</span></p>',
        '<p><em data-unixtime="1685700000">recently</em></p>',
        '<div class="when" data-epoch="1685700000">a while ago</div>',
    ],
)
def test_unix_time_attributes(body: str) -> None:
    published, _ = _dates(_page(body=body))
    assert published == dt.datetime(2023, 6, 2, 10, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    "body",
    [
        '<p>Departs <span data-time="21:40">tonight</span></p>',
        '<p><span data-time="2">two stops</span></p>',
        '<p><span data-epoch="42">the answer</span></p>',
    ],
)
def test_other_data_time_values_are_no_date(body: str) -> None:
    assert _dates(_page(body=body)) == (None, None)


@pytest.mark.parametrize(
    ("body", "lang", "field", "expected"),
    [
        ("<p>Опубликовано: 12 марта 2024, 14:35</p>", "ru", 0, dt.datetime(2024, 3, 12, 14, 35)),
        ("<p>Обновлено 12.03.24</p>", "ru", 1, dt.date(2024, 3, 12)),
        ("<div><span>15 мая 2023</span></div>", "ru", 0, dt.date(2023, 5, 15)),
        ("<p>Güncelleme: 12.03.24</p>", "tr", 1, dt.date(2024, 3, 12)),
        ("<p>Son Güncelleme Tarihi: 3/4/24</p>", "tr", 1, dt.date(2024, 4, 3)),
        ("<p>Giriş Tarihi: 07 Ocak 2024 09:12</p>", "tr", 0, dt.datetime(2024, 1, 7, 9, 12)),
        ("<p><small>7.1.24 tarihinde güncellendi</small></p>", "tr", 1, dt.date(2024, 1, 7)),
        ("<p><small>7.1.24’te yayımlandı</small></p>", "tr", 0, dt.date(2024, 1, 7)),
        ("<p>12 Şubat 2024 tarihinde güncellendi.</p>", "tr", 1, dt.date(2024, 2, 12)),
    ],
)
def test_russian_and_turkish_date_lines(
    body: str, lang: str, field: int, expected: dt.date
) -> None:
    found = _dates(_page(body=body, lang=lang))
    assert found[field] == expected
    assert found[1 - field] is None


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("<p>Date: 4/9/21</p>", dt.date(2021, 4, 9)),
        ("<p><b>Dated</b> 17.02.22, Lisbon</p>", dt.date(2022, 2, 17)),
    ],
)
def test_two_digit_year_after_the_word_date(body: str, expected: dt.date) -> None:
    published, _ = _dates(_page(body=body))
    assert published == expected


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ("<p><strong>Stand:</strong> 9.4.21</p>", 0),
        ("<p><span>Zuletzt aktualisiert</span> 9.4.21, 10:12 Uhr</p>", 1),
        ("<p><em>Last updated:</em> 4/9/21</p>", 1),
    ],
)
def test_two_digit_year_after_a_label_in_its_own_element(body: str, field: int) -> None:
    found = _dates(_page(body=body))
    assert _day(found[field]) == dt.date(2021, 4, 9)


@pytest.mark.parametrize(
    ("line", "lang"),
    [
        ("Última actualización: 9 de abril de 2021", "es"),
        ("Dernière mise à jour le 9 avril 2021", "fr"),
        ("Última atualização em 09/04/2021", "pt-BR"),  # day first in Portuguese
        ("Zuletzt aktualisiert am 9. April 2021", "de"),
    ],
)
def test_last_updated_in_other_languages_is_the_modified_date(line: str, lang: str) -> None:
    html = _page(body=f'<div class="entry-meta">{line}</div>', lang=lang)
    published, modified = _dates(html)
    assert published is None
    assert modified == dt.date(2021, 4, 9)


def test_a_label_in_its_own_element_does_not_reach_a_later_number() -> None:
    # the label reads the date that opens the text after it, not a number further on
    body = "<p><strong>Stand:</strong> Version 9.4.21 ist erschienen</p>"
    assert _dates(_page(body=body)) == (None, None)


def test_turkish_two_digit_date_without_its_date_words_is_not_read() -> None:
    # "7.1.24" alone could be a version number: the words around it make it a date
    assert _dates(_page(body="<p>Sürüm 7.1.24 yüklendi</p>", lang="tr")) == (None, None)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ('<p class="dateline">21 Nov 22</p>', dt.date(2022, 11, 21)),
        ('<span class="date">4 luglio 23</span>', dt.date(2023, 7, 4)),
        ('<div class="meta-date">09-Oct-21 | 16:05</div>', dt.datetime(2021, 10, 9, 16, 5)),
    ],
)
def test_two_digit_year_after_a_month_name_in_a_date_element(body: str, expected: dt.date) -> None:
    published, _ = _dates(_page(body=body))
    assert published == expected


def test_compact_stamp_in_the_text() -> None:
    published, _ = _dates(_page(body="<p>Signal logged 20230602D10:00H by the harbour office</p>"))
    assert published == dt.datetime(2023, 6, 2, 10, 0)
