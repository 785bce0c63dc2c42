"""AI notes round 10 (session 17): a correction that adds a note, a denial written as one
compound ("ohne KI-Hilfe"), notes whose subject is the page's own people ("Our reporter
used AI …"), passive notes ("Se usaron herramientas de IA …"), and someone else's use of AI
in a short italic paragraph after the body (news, not a note). Whole pages of our own
wording, through the public API only."""

from __future__ import annotations

import datetime as _dt

import pytest

import newsmeta
from newsmeta import AIInvolvement

NOW = _dt.datetime(2026, 11, 5, tzinfo=_dt.timezone.utc)
_G = AIInvolvement.GENERATED
_A = AIInvolvement.ASSISTED
_N = AIInvolvement.NONE
_U = AIInvolvement.UNKNOWN

_BODY = {
    "en": (
        "The ferry operator will add two evening crossings from March, the harbour "
        "authority said on Thursday after months of complaints from commuters.",
        "Tickets for the new crossings go on sale next week at the usual prices.",
    ),
    "de": (
        "Der Fährbetreiber bietet ab März zwei zusätzliche Abendfahrten an, teilte die "
        "Hafenbehörde am Donnerstag nach monatelangen Beschwerden von Pendlern mit.",
        "Die Fahrkarten gibt es ab nächster Woche zu den üblichen Preisen.",
    ),
    "es": (
        "La naviera añadirá dos travesías nocturnas a partir de marzo, informó el jueves la "
        "autoridad portuaria tras meses de quejas de los usuarios.",
        "Los billetes saldrán a la venta la próxima semana a los precios habituales.",
    ),
    "fr": (
        "La compagnie de ferry ajoutera deux traversées en soirée à partir de mars, a "
        "annoncé jeudi l'autorité portuaire après des mois de plaintes des usagers.",
        "Les billets seront en vente la semaine prochaine aux tarifs habituels.",
    ),
    "nl": (
        "De veerdienst voegt vanaf maart twee avondafvaarten toe, maakte de havenautoriteit "
        "donderdag bekend na maanden van klachten van forenzen.",
        "De kaartjes zijn volgende week te koop tegen de gebruikelijke prijzen.",
    ),
}


def _page(lang: str, note: str) -> str:
    first, second = _BODY[lang]
    return f"""<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8">
<title>Ferry | Coast Courier</title></head><body>
<nav><a href="/">Home</a> <a href="/tech">AI</a></nav>
<article><h1>Ferry adds evening crossings</h1>
<p class="byline">By Coast Staff</p><time datetime="2026-11-02">2 Nov 2026</time>
<div class="story-body"><p>{first}</p><p>{second}</p><p><em>{note}</em></p></div>
</article><footer><p>© 2026 Coast Courier</p></footer></body></html>"""


def _read(lang: str, note: str) -> AIInvolvement:
    article = newsmeta.extract(_page(lang, note), "https://coast.example/a/7", now=NOW)
    return article.ai_disclosure.involvement


@pytest.mark.parametrize(
    ("lang", "note", "want"),
    [
        # a correction that adds the note is no denial
        (
            "en",
            "Editor's note: An earlier version of this story did not disclose that AI "
            "tools were used to help draft it.",
            _A,
        ),
        # a denial written as one compound word
        ("de", "Dieser Text wurde ohne KI-Hilfe geschrieben.", _N),
        # the page's own people as the subject
        ("en", "Our reporter used AI to summarise the documents.", _A),
        ("es", "Nuestra redacción utilizó IA para resumir los documentos.", _A),
        ("nl", "Onze redactie heeft AI gebruikt om de documenten samen te vatten.", _A),
        # a passive note
        ("es", "Se usaron herramientas de inteligencia artificial para elaborar esta noticia.", _A),
        # someone else's use of AI in a short italic paragraph is news
        ("de", "Schüler haben KI eingesetzt, um ihre Hausaufgaben zu schreiben.", _U),
        ("es", "Los estudiantes utilizaron IA para hacer sus deberes.", _U),
        ("fr", "Les élèves ont utilisé l'IA pour rédiger leurs devoirs.", _U),
        ("en", "Lawyers used ChatGPT to draft the brief, which cited invented cases.", _U),
    ],
)
def test_round10_note(lang: str, note: str, want: AIInvolvement) -> None:
    assert _read(lang, note) is want


def test_translation_note_in_dutch_purpose_clause() -> None:
    page = _page("nl", "AI werd gebruikt om dit artikel te vertalen.")
    disclosure = newsmeta.extract(page, "https://coast.example/a/8", now=NOW).ai_disclosure
    assert disclosure.involvement is _U
    assert [(p.scope, p.involvement) for p in disclosure.parts] == [("translation", _G)]
