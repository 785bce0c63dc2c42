"""Issue 14's checklist audited on fresh pages (session 17, dates round 10).

Short units in Spanish, French, German and Portuguese labels ("hace 3 h", "il y a 5 min",
"vor 2 Std."), a ``<time itemprop>`` whose value is in ``content``, a lazy-loaded image's
dated address, PRISM's ``prism.publicationDate`` and the "last modification" words.
"""

from __future__ import annotations

import datetime as dt

import pytest

import newsmeta
from newsmeta import parse_relative

UTC = dt.timezone.utc
NOW = dt.datetime(2024, 8, 1, 12, 0, tzinfo=UTC)

TEXT = (
    "<p>" + "The school board voted late on Tuesday to extend the library's opening hours "
    "through the winter, after parents asked for more study space. " * 3 + "</p>"
) * 2


def _page(top: str = "", head: str = "", lang: str = "en", shape: str = "article") -> str:
    heading = "<h1>Library hours extended</h1>"
    if shape == "article":
        main = (
            f"<main><article>{heading}{top}<div class='entry-content'>{TEXT}</div></article></main>"
        )
    else:
        main = f"<div id='content'><div class='post'>{heading}{top}<div>{TEXT}</div></div></div>"
    return (
        f"<!DOCTYPE html><html lang='{lang}'><head><title>Library hours</title>{head}</head>"
        "<body><header class='site-header'><nav><a href='/'>Home</a></nav></header>"
        f"{main}<footer class='site-footer'><p>Town Gazette</p></footer></body></html>"
    )


def _day(value: object) -> str | None:
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    return None


@pytest.mark.parametrize(
    ("label", "amount", "unit"),
    [
        ("vor 5 Min.", 5, "minute"),
        ("vor 2 Std.", 2, "hour"),
        ("Vor 10 Sek.", 10, "second"),
        ("il y a 3 h", 3, "hour"),
        ("il y a 20 min", 20, "minute"),
        ("Il y a 4 mn", 4, "minute"),
        ("hace 3 h", 3, "hour"),
        ("Hace 15 min", 15, "minute"),
        ("há 2 h", 2, "hour"),
        ("há 45 min", 45, "minute"),
        ("il y a 3h", 3, "hour"),
    ],
)
def test_short_units_in_other_languages(label: str, amount: int, unit: str) -> None:
    rel = parse_relative(label, now=NOW)
    assert rel is not None
    assert (rel.amount, rel.unit, rel.direction) == (amount, unit, "past")
    assert rel.latest <= NOW


@pytest.mark.parametrize("text", ["à 3 h", "um 5 Min.", "3 h", "min 5"])
def test_short_units_need_their_label_words(text: str) -> None:
    assert parse_relative(text, now=NOW) is None


@pytest.mark.parametrize(
    ("top", "lang", "hour"),
    [
        ("<div class='artikel-meta'>Von Jana Roth · <span>vor 2 Std.</span></div>", "de", 10),
        (
            "<p class='post-meta'>Par Luc Martin <span class='time-ago'>il y a 3 h</span></p>",
            "fr",
            9,
        ),
        ("<span class='fecha'>Hace 4 h</span>", "es", 8),
    ],
)
def test_a_page_dated_only_by_a_short_unit_label(top: str, lang: str, hour: int) -> None:
    art = newsmeta.extract(_page(top, lang=lang, shape="div"), now=NOW)
    assert isinstance(art.date_published, dt.datetime)
    assert (art.date_published.date(), art.date_published.hour) == (NOW.date(), hour)


@pytest.mark.parametrize(
    "top",
    [
        "<time itemprop='datePublished' content='2019-04-02'>April 2</time>",
        "<p>Posted <time content='2019-04-02T09:00:00+02:00' itemprop='datePublished'>"
        "Tuesday</time></p>",
    ],
)
def test_a_time_element_s_itemprop_value_in_content(top: str) -> None:
    assert _day(newsmeta.extract(_page(top)).date_published) == "2019-04-02"


@pytest.mark.parametrize(
    "img",
    [
        "<img src='data:image/gif;base64,R0lGOD=' data-src='/uploads/2021/06/17/lib.jpg'>",
        "<img data-lazy-src='https://cdn.example.org/2021/06/17/lib.jpg' src='data:,'>",
        "<img src='' data-original='/media/2021/06/17/reading-room.png' alt='Reading room'>",
    ],
)
def test_a_lazy_image_s_dated_address(img: str) -> None:
    art = newsmeta.extract(_page(f"<figure>{img}</figure>", shape="div"))
    assert _day(art.date_published) == "2021-06-17"


def test_a_real_image_address_wins_over_its_lazy_copy() -> None:
    img = "<img src='/uploads/2020/01/05/a.jpg' data-src='/uploads/2021/06/17/a.jpg'>"
    assert _day(newsmeta.extract(_page(f"<figure>{img}</figure>")).date_published) == "2020-01-05"


@pytest.mark.parametrize(
    "meta",
    [
        "<meta name='prism.publicationDate' content='2022-11-21'>",
        "<meta content='2022-11-21T00:00:00Z' name='PRISM.publicationDate'>",
    ],
)
def test_prism_publication_date(meta: str) -> None:
    assert _day(newsmeta.extract(_page(head=meta)).date_published) == "2022-11-21"


@pytest.mark.parametrize(
    ("line", "lang"),
    [
        ("Publicado el 3 de marzo de 2024. Última modificación: 5 de marzo de 2024", "es"),
        ("Publié le 3 mars 2024 · Dernière modification le 5 mars 2024", "fr"),
        ("Gepubliceerd 3 maart 2024, laatst gewijzigd 5 maart 2024", "nl"),
        ("Published 3 March 2024 | Last modification: 5 March 2024", "en"),
    ],
)
def test_modification_words_label_the_modified_date(line: str, lang: str) -> None:
    art = newsmeta.extract(_page(f"<p class='meta'>{line}</p>", lang=lang))
    assert (_day(art.date_published), _day(art.date_modified)) == ("2024-03-03", "2024-03-05")


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        ("<meta name='dc:created' content='2022-11-21T08:00:00+01:00'>", "2022-11-21"),
        ("<meta http-equiv='Date' content='Mon, 14 Sep 2020 10:00:00 GMT'>", "2020-09-14"),
        ("<meta name='PubDate' content='20200914'>", "2020-09-14"),
        (
            "<meta property='OG:Article:Published_Time' content='2020-09-14T10:00:00Z'>",
            "2020-09-14",
        ),
    ],
)
def test_meta_names_in_other_spellings(head: str, expected: str) -> None:
    assert _day(newsmeta.extract(_page(head=head, shape="div")).date_published) == expected


@pytest.mark.parametrize(
    ("top", "expected"),
    [
        ("<time datetime='Sun, 29 Nov 2020 10:00:00 +0100'>long ago</time>", "2020-11-29"),
        ("<time datetime='29 novembre 2020'>dimanche</time>", "2020-11-29"),
        ("<span title='x' DATA-UTIME=\"1606644000\">Sunday</span>", "2020-11-29"),
    ],
)
def test_time_values_in_other_shapes(top: str, expected: str) -> None:
    assert _day(newsmeta.extract(_page(top)).date_published) == expected


def test_the_seed_scenario_in_spanish() -> None:
    art = newsmeta.extract(
        _page("<p class='fecha'>hace 7 meses</p>", lang="es", shape="div"), now=NOW
    )
    assert art.date_published == dt.date(2024, 1, 1)
    assert any("hace 7 meses" in (ev.raw or "") for ev in art.provenance.evidence)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Zuletzt aktualisiert: 3. März 2024", dt.date(2024, 3, 3)),
        ("Dernière mise à jour : 5 mars 2024", dt.date(2024, 3, 5)),
        ("Última actualización: 5 de marzo de 2024", dt.date(2024, 3, 5)),
        ("Ultimo aggiornamento 5 marzo 2024", dt.date(2024, 3, 5)),
        ("Laatst gewijzigd op 5 maart 2024", dt.date(2024, 3, 5)),
    ],
)
def test_last_updated_words_of_other_languages_before_a_date(text: str, expected: dt.date) -> None:
    assert newsmeta.parse_date(text) == expected


@pytest.mark.parametrize(
    "label",
    [
        "Zuletzt aktualisiert vor 3 Stunden",
        "zuletzt aktualisiert: vor 3 Stunden",
        "Dernière mise à jour il y a 3 heures",
        "Última actualización hace 3 horas",
        "Última atualização há 3 horas",
    ],
)
def test_last_updated_words_of_other_languages_before_a_label(label: str) -> None:
    rel = parse_relative(label, now=NOW)
    assert rel is not None
    assert (rel.amount, rel.unit) == (3, "hour")


@pytest.mark.parametrize(
    ("line", "lang"),
    [
        ("Pubblicato il 06/12/06", "it"),
        ("Opublikowano: 06.12.06", "pl"),
    ],
)
def test_a_two_digit_year_after_a_date_word_in_more_languages(line: str, lang: str) -> None:
    art = newsmeta.extract(_page(f"<p class='info'>{line}</p>", lang=lang))
    assert _day(art.date_published) == "2006-12-06"


def test_a_two_digit_year_without_a_date_word_is_not_read() -> None:
    art = newsmeta.extract(_page("<p class='info'>Versione 06/12/06</p>", lang="it"))
    assert art.date_published is None
