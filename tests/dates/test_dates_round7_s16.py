"""Session 16, dates round 7: whole pages from template families not studied before
(issue 14), trimmed: weekday names in every language whose dates are read, the updated
labels of more languages, and the updated line printed beside a dateline."""

from __future__ import annotations

import datetime as dt
import json

import pytest

import newsmeta

NOW = dt.datetime(2026, 12, 7, 20, tzinfo=dt.timezone.utc)
_URL = "https://news.example/story/ferry-timetable"
_BODY = (
    "<p>"
    + (
        "The regional council voted to extend the ferry timetable through the winter, after "
        "months of complaints from island residents about missed connections. " * 4
    )
    + "</p>"
)


def _day(value: dt.date | None) -> str | None:
    if value is None:
        return None
    return (value.date() if isinstance(value, dt.datetime) else value).isoformat()


def _page(article: str, *, lang: str = "en", head: str = "", header: str = "") -> str:
    return f"""<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8">
<title>Ferry timetable</title>{head}</head><body>
<header class="site-header"><a href="/">Island News</a>{header}
<nav><ul><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li></ul></nav></header>
<main>{article}</main>
<footer class="site-footer"><p>© 2026 Island News</p></footer></body></html>"""


def _dates(html: str) -> tuple[str | None, str | None]:
    art = newsmeta.extract(html, _URL, now=NOW)
    return _day(art.date_published), _day(art.date_modified)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Thứ ba, 3/9/2024, 10:15 (GMT+7)", "vi"),
        ("wtorek, 3 września 2024", "pl"),
        ("Τρίτη, 3 Σεπτεμβρίου 2024, 10:15", "el"),
        ("Selasa, 03 Sep 2024 10:15 WIB", "id"),
        ("utorak, 3. rujna 2024.", "hr"),
        ("tiistai 3.9.2024", "fi"),
        ("tisdag 3 september 2024", "sv"),
        ("martedì 3 settembre 2024", "it"),
        ("dinsdag 3 september 2024", "nl"),
        ("úterý 3. září 2024", "cs"),
        ("marți, 3 septembrie 2024", "ro"),
        ("kedd, 2024. szeptember 3.", "hu"),
        ("вівторок, 3 вересня 2024", "uk"),
        ("मंगलवार, 03 सितंबर 2024", "hi"),
        ("teisipäev, 3. september 2024", "et"),
    ],
)
def test_a_weekday_name_before_the_date_is_read(text: str, language: str) -> None:
    value = newsmeta.parse_date(text, language=language)
    assert value is not None
    assert _day(value) == "2024-09-03"


def test_other_words_before_the_date_still_refuse_it() -> None:
    assert newsmeta.parse_date("Meeting room 3, 3 września 2024", language="pl") is None


def test_weekday_date_in_a_json_ld_block_dates_the_page() -> None:
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": "Orarul de iarnă al bacului, prelungit",
        "datePublished": "marți, 3 septembrie 2024, 10:15",
        "dateModified": "miercuri, 4 septembrie 2024, 08:00",
    }
    head = f'<script type="application/ld+json">{json.dumps(data)}</script>'
    html = _page(f"<article><h1>Orarul bacului</h1>{_BODY}</article>", lang="ro", head=head)
    assert _dates(html) == ("2024-09-03", "2024-09-04")


def test_weekday_date_in_a_hatom_title_dates_the_page() -> None:
    art = (
        '<div class="hentry"><h1 class="entry-title">Zimowy rozkład promu</h1>'
        '<p class="entry-meta">Dodano <abbr class="published" '
        'title="wtorek, 3 września 2024, 10:15">3 wrz</abbr> przez Annę</p>'
        f'<div class="entry-content">{_BODY}</div></div>'
    )
    assert _dates(_page(art, lang="pl"))[0] == "2024-09-03"


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("et", "Avaldatud: 03.09.2024 10:15 · Muudetud: 04.09.2024 15:30"),
        ("sl", "torek, 3. 9. 2024, 10.15 &nbsp; Zadnja posodobitev: 4. 9. 2024, 13.05"),
        ("sk", "Publikované: 03.09.2024 | Posledná aktualizácia: 04.09.2024"),
        ("cs", "Publikováno: 03.09.2024 | Poslední aktualizace: 04.09.2024"),
        ("ru", "Опубликовано: 3 сентября 2024 · Последнее обновление: 4 сентября 2024"),
        ("hr", "Objavljeno: 3. rujna 2024. | Zadnje ažuriranje: 4. rujna 2024."),
    ],
)
def test_updated_labels_of_more_languages(lang: str, line: str) -> None:
    art = f'<article><h1>Ferry</h1><div class="article-meta">{line}</div>{_BODY}</article>'
    assert _dates(_page(art, lang=lang)) == ("2024-09-03", "2024-09-04")


@pytest.mark.parametrize(
    ("lang", "published", "updated"),
    [
        ("hi", "प्रकाशित: 03 सितंबर 2024, 10:15 AM IST", "अपडेटेड: 04 सितंबर 2024, 12:40 PM IST"),
        (
            "el",
            "Δημοσίευση: Τρίτη, 3 Σεπτεμβρίου 2024, 10:15",
            "Τελευταία ενημέρωση: 4/9/2024 12:40",
        ),
        ("en", "Published September 3, 2024", "Last updated September 4, 2024"),
    ],
)
def test_updated_line_in_the_element_beside_the_dateline(
    lang: str, published: str, updated: str
) -> None:
    art = (
        "<article><h1>Ferry winter timetable extended</h1>"
        f'<div class="byline">Ann Lee <span class="pub">{published}</span> '
        f'<span class="upd">{updated}</span></div>{_BODY}</article>'
    )
    assert _dates(_page(art, lang=lang)) == ("2024-09-03", "2024-09-04")


def test_updated_line_closing_the_article_after_its_text() -> None:
    art = (
        "<article><h1>Winterfahrplan der Fähre verlängert</h1>"
        '<div class="meta">Veröffentlicht am Di., 03.09.2024 um 10:15 Uhr</div>'
        f'<div class="text">{_BODY}</div>'
        '<p class="stand">Zuletzt aktualisiert: 04.09.2024, 08:30 Uhr</p></article>'
    )
    assert _dates(_page(art, lang="de")) == ("2024-09-03", "2024-09-04")


def test_a_sibling_without_an_updated_word_is_not_the_updated_date() -> None:
    art = (
        "<article><h1>Ferry winter timetable extended</h1>"
        '<div class="byline"><span class="pub">Published September 3, 2024</span> '
        '<span class="event">Public meeting: September 19, 2024</span></div>'
        f"{_BODY}</article>"
    )
    assert _dates(_page(art)) == ("2024-09-03", None)


@pytest.mark.parametrize(
    "text",
    [
        "2024 m. rugsėjo 3 d.",
        "Paskelbta: 2024 m. rugsėjo 3 d. 10:15",
        "2024. gada 3. septembrī",
        "otrdiena, 2024. gada 3. septembris",
    ],
)
def test_lithuanian_and_latvian_year_first_word_dates(text: str) -> None:
    assert _day(newsmeta.parse_date(text)) == "2024-09-03"


def test_a_year_first_baltic_shape_without_a_month_name_is_no_date() -> None:
    assert newsmeta.parse_date("2024 m. sesuo 3 d.") is None
    assert newsmeta.parse_date("2024. gada 31. februārī") is None


def test_latvian_dateline_dates_the_page() -> None:
    art = (
        "<article><h1>Pagarināts prāmja ziemas saraksts</h1>"
        '<p class="info">Publicēts: otrdiena, 2024. gada 3. septembrī</p>'
        f"{_BODY}</article>"
    )
    html = _page(art, lang="lv", header='<div class="today">2026. gada 7. decembrī</div>')
    assert _dates(html)[0] == "2024-09-03"
