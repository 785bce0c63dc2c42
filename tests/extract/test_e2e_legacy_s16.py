"""Session 16, end-to-end probe E: small and legacy sites (local papers, clubs, parishes,
trade press, student papers, municipal bulletins) on old templates: layout tables, ``<font>``
headlines, no ``<article>`` and no metadata (issues 13, 14).

Trimmed from the probe pages written for the session (original prose, no corpus page).
"""

from __future__ import annotations

import pytest

import newsmeta

_PARAS = (
    "Nach mehr als zwei Jahren Planung hat die Freiwillige Feuerwehr am Samstag ihr neues "
    "Löschfahrzeug offiziell in Dienst gestellt. Der Bürgermeister übergab den Schlüssel.",
    "Das Fahrzeug ersetzt einen 31 Jahre alten Vorgänger und kostete rund 380.000 Euro, von "
    "denen das Land knapp ein Drittel übernommen hat.",
    "Im Anschluss zeigte die Jugendfeuerwehr eine Löschübung. Für die Bewirtung sorgte der "
    "Förderverein, der Erlös kommt der Jugendarbeit zugute.",
)


def _table_page(
    title: str,
    headline: str,
    line: str,
    *,
    end: str = "",
    lang: str = "",
    paras: tuple[str, ...] = _PARAS,
) -> str:
    """A table-layout page of an old small-site template: no heading element, the headline
    in ``<font><b>``, a date-and-writer line under it, navigation and a counter beside it."""
    body = "<br><br>".join(f"<p>{p}</p>" for p in paras)
    lang_attr = f' lang="{lang}"' if lang else ""
    return f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html{lang_attr}><head><title>{title}</title>
<meta name="keywords" content="news, lokal"></head>
<body bgcolor="#ffffff"><table width="780" border="0"><tr>
<td width="160" valign="top"><table><tr><td><a href="/index.htm">Startseite</a></td></tr>
<tr><td><a href="/vereine.htm">Vereine</a></td></tr><tr><td><a href="/gb.htm">Gästebuch</a>
</td></tr></table><center><font size="1">Besucher: 048213</font></center></td>
<td width="440" valign="top">
<font face="Arial" size="5" color="#990000"><b>{headline}</b></font><br>
<font size="1">{line}</font><br><br>
<font face="Verdana" size="2">{body}{end}</font>
<center><a href="javascript:history.back()">Zurück</a> | <a href="javascript:print()">Drucken</a>
</center></td>
<td width="180" valign="top"><b>Termine</b><br>Fr 19 Uhr: Jahreshauptversammlung</td>
</tr><tr><td colspan="3"><font size="1">&copy; 1999-2019 Heimatbote</font></td></tr>
</table></body></html>"""


_HEADLINE = "Neues Löschfahrzeug für die Feuerwehr Oberried"


def test_bold_headline_echoed_by_title_is_the_title() -> None:
    page = _table_page(f"{_HEADLINE} - Heimatbote Oberried", _HEADLINE, "03.04.2019 von Jana Weber")
    art = newsmeta.extract(page, "http://www.heimatbote-oberried.de/aktuell/fw.htm")
    assert art.title == _HEADLINE
    # the headline anchors the byline zone: the writer line under it is read
    assert [a.name for a in art.authors] == ["Jana Weber"]
    assert art.date_published is not None and art.date_published.isoformat()[:10] == "2019-04-03"


def test_bold_headline_holding_a_dash_of_its_own() -> None:
    headline = "Byskolan får vara kvar – kommunen backar"
    page = _table_page(
        f"{headline} - Bygdebladet", headline, "Publicerad 2020-10-22 av Karin Lindqvist"
    )
    art = newsmeta.extract(page, "http://www.bygdebladet.se/nyheter/skolan.htm")
    assert art.title == headline
    assert [a.name for a in art.authors] == ["Karin Lindqvist"]


def test_bold_text_that_the_title_does_not_echo_is_no_headline() -> None:
    page = _table_page(f"{_HEADLINE} - Heimatbote Oberried", "Aktuelles aus dem Ort", "03.04.2019")
    art = newsmeta.extract(page, "http://www.heimatbote-oberried.de/aktuell/fw.htm")
    assert art.title != "Aktuelles aus dem Ort"


@pytest.mark.parametrize(
    ("line", "lang", "name"),
    [
        ("Publicerad 2020-10-22 av Karin Lindqvist", "sv", "Karin Lindqvist"),
        ("mercredi 27 novembre 2019, par <b>Sylvie Renaud</b>", "fr", "Sylvie Renaud"),
        ("22 juin 2021 - par Karim Benali", "fr", "Karim Benali"),
        ("Dodano: 05.09.2022, autor: Katarzyna Nowak", "pl", "Katarzyna Nowak"),
        ("09/07/2018 - Redacción: Carmen Ortega", "es", "Carmen Ortega"),
        ("Vloženo 10. 6. 2019 autor Jan Novotný", "cs", "Jan Novotný"),
        ("Pubblicato il 02/09/2020 da Giovanni Ferri", "it", "Giovanni Ferri"),
    ],
)
def test_dated_credit_lines_of_small_sites(line: str, lang: str, name: str) -> None:
    page = _table_page(f"{_HEADLINE} | Heimatbote", _HEADLINE, line, lang=lang)
    art = newsmeta.extract(page, "http://www.heimatbote.example/aktuell/fw.htm")
    assert [a.name for a in art.authors] == [name]


def test_a_login_on_the_dated_line_is_no_writer() -> None:
    page = _table_page(f"{_HEADLINE} | Heimatbote", _HEADLINE, "Posted on 03.04.2019 by admin")
    art = newsmeta.extract(page, "http://www.heimatbote.example/aktuell/fw.htm")
    assert art.authors == ()


def test_text_and_photo_credit_after_a_dash_signs_the_story() -> None:
    page = _table_page(
        f"{_HEADLINE} - Heimatbote",
        _HEADLINE,
        "03.04.2019",
        end="<p>— Text und Foto: Jana Weber</p>",
    )
    art = newsmeta.extract(page, "http://www.heimatbote.example/aktuell/fw.htm")
    assert [a.name for a in art.authors] == ["Jana Weber"]


def test_blogger_posted_by_at_weekday() -> None:
    html = """<html><head><title>Ferry timetable change: what you need to know</title></head>
<body><div id="header"><h1><a href="/">Harbour Town Notes</a></h1></div>
<div class="post"><h3 class="post-title">Ferry timetable change: what you need to know</h3>
<div class="post-header">Posted by Gwen Morris at Wednesday, June 21, 2017</div>
<div class="post-body"><p>From Monday the morning ferry to the mainland will leave at 6.50
instead of 7.15, which the operator says gives commuters a better connection.</p>
<p>The last sailing back on weekdays moves to 22.30, but the Sunday evening boat is cut
altogether until September.</p></div></div></body></html>"""
    art = newsmeta.extract(html, "http://harbourtownnotes.blogspot.com/2017/06/ferry.html")
    assert [a.name for a in art.authors] == ["Gwen Morris"]


@pytest.mark.parametrize(
    ("url", "day"),
    [
        # no declared language, a day-first country's domain: 2 September
        ("http://www.vocedimontecalvo.it/notizie/sagra.htm", "2020-09-02"),
        # no declared language on a generic domain: read as before (month first)
        ("http://www.vocedimontecalvo.com/notizie/sagra.htm", "2020-02-09"),
    ],
)
def test_slash_date_order_of_an_undeclared_page_by_its_country_domain(url: str, day: str) -> None:
    headline = "Sagra della castagna, annullata l'edizione 2020"
    page = _table_page(
        f"{headline} - La Voce di Montecalvo",
        headline,
        "Pubblicato il 02/09/2020 da Giovanni Ferri",
    )
    art = newsmeta.extract(page, url)
    assert art.date_published is not None
    assert art.date_published.isoformat()[:10] == day
