"""One list of newsroom roles serves both readers of a line about the writer: the closing
author box the body leaves out, and the emphasised tagline that names the writer. A role
either reader knew is known to both (pages written for these tests)."""

from __future__ import annotations

import newsmeta

_IT = (
    "Il consiglio comunale ha approvato martedì il bilancio del porto dopo un lungo dibattito "
    "su scuole, strade e traghetto, con ventuno voti a favore.",
    "I residenti hanno chiesto delle tariffe di parcheggio e del calendario dei lavori, che "
    "partiranno in primavera se il meteo lo permetterà.",
    "Il sindaco ha detto che i primi contratti saranno firmati prima dell'estate e che la spesa "
    "sarà coperta in parte da fondi regionali.",
)
_DE = (
    "Der Gemeinderat hat am Dienstag den Haushalt für den Hafen beschlossen, nach einer langen "
    "Debatte über Schulen, Straßen und die Fähre.",
    "Die Anwohner fragten nach den Parkgebühren und dem Zeitplan der Arbeiten, die im Frühjahr "
    "beginnen sollen, wenn das Wetter mitspielt.",
    "Der Bürgermeister sagte, die ersten Verträge würden vor dem Sommer unterschrieben, bezahlt "
    "zum Teil aus Mitteln des Landes.",
)


def _page(lang: str, title: str, paragraphs: tuple[str, ...], head: str, tail: str) -> str:
    body = "".join(f"<p>{text}</p>" for text in paragraphs)
    return (
        f'<html lang="{lang}"><head><title>{title}</title></head><body><article>'
        f"<h1>{title}</h1>{head}{body}{tail}</article></body></html>"
    )


def test_an_italian_tagline_role_names_the_writer() -> None:
    html = _page(
        "it",
        "Porto, approvato il bilancio",
        _IT,
        "",
        "<p><em>Marco Rossi è redattore della cronaca locale del giornale.</em></p>",
    )
    article = newsmeta.extract(html, url="https://example.it/porto")
    assert [author.name for author in article.authors] == ["Marco Rossi"]


def test_a_closing_box_naming_the_writer_as_autor_is_not_body() -> None:
    html = _page(
        "de",
        "Hafen: Haushalt beschlossen",
        _DE,
        '<p class="byline">Von Jonas Weber</p>',
        '<div class="box"><p>Jonas Weber ist Autor im Lokalressort und schreibt über '
        "Stadtpolitik und Verkehr.</p></div>",
    )
    article = newsmeta.extract(html, url="https://example.de/hafen")
    assert article.body is not None
    assert "Fähre" in article.body
    assert "Lokalressort" not in article.body
    assert [author.name for author in article.authors] == ["Jonas Weber"]
