"""Bylines, round 8, session 16 (issue 13): the "by" words that are also surname particles.
At the start of a byline, Italian "Di" and Portuguese and Spanish "De"/"Da"
before a full name are the "by" word ("Di Giulia Bianchi"), while "Di" before a single word
is the surname's particle ("Di Battista"). Pages written for these tests (a council story)."""

from __future__ import annotations

import pytest

import newsmeta

BODY = {
    "it": "Il consiglio comunale ha approvato ieri sera il nuovo piano per la mobilità urbana "
    "dopo una lunga discussione tra maggioranza e opposizione. ",
    "pt": "A câmara municipal aprovou ontem à noite o novo plano de mobilidade urbana depois "
    "de um longo debate entre o governo e a oposição. ",
    "es": "El ayuntamiento aprobó anoche el nuevo plan de movilidad urbana tras un largo "
    "debate entre el gobierno y la oposición municipal. ",
    "de": "Der Stadtrat hat gestern Abend den neuen Plan für die städtische Mobilität nach "
    "einer langen Debatte zwischen Koalition und Opposition beschlossen. ",
}


def _authors(lang: str, byline: str) -> list[str]:
    html = (
        f'<html lang="{lang}"><head><title>Il piano</title></head><body><article>'
        f"<h1>Il piano per la mobilità</h1>{byline}<p>{BODY[lang] * 4}</p>"
        "</article></body></html>"
    )
    result = newsmeta.extract(html, url=f"https://council.example/{lang}/news/plan", content=False)
    return [author.name for author in result.authors]


@pytest.mark.parametrize(
    ("lang", "byline", "expected"),
    [
        ("it", '<div class="byline">Di Giulia Bianchi</div>', ["Giulia Bianchi"]),
        ("it", "<p>Di Giulia Bianchi</p>", ["Giulia Bianchi"]),
        ("it", '<p class="author">Di Marco De Santis</p>', ["Marco De Santis"]),
        ("it", '<span class="byline">Di Alessandro Di Battista</span>', ["Alessandro Di Battista"]),
        ("it", '<div class="byline">Di Anna Maria Ferrari</div>', ["Anna Maria Ferrari"]),
        (
            "it",
            '<div class="byline">Di Giulia Bianchi e Marco Rossi</div>',
            ["Giulia Bianchi", "Marco Rossi"],
        ),
        ("it", '<div class="byline">Di Giulia Bianchi, 12 marzo 2024</div>', ["Giulia Bianchi"]),
        ("pt", '<div class="byline">De Ana Costa</div>', ["Ana Costa"]),
        ("pt", '<div class="byline">De Maria Souza Lima</div>', ["Maria Souza Lima"]),
        (
            "de",
            '<div class="byline">Von Anna Weber und Paul Schmidt</div>',
            ["Anna Weber", "Paul Schmidt"],
        ),
    ],
)
def test_by_word_before_a_full_name(lang: str, byline: str, expected: list[str]) -> None:
    assert _authors(lang, byline) == expected


@pytest.mark.parametrize(
    ("lang", "byline", "expected"),
    [
        # the particle and one word: a surname
        ("it", '<div class="byline">Di Battista</div>', ["Di Battista"]),
        ("it", '<span class="author-name">Di Pietro</span>', ["Di Pietro"]),
        # the surname's particle inside a name, and a particle opening the surname
        ("it", '<div class="byline">Luigi Di Maio</div>', ["Luigi Di Maio"]),
        ("es", '<div class="autor">De la Fuente</div>', ["De la Fuente"]),
        ("de", '<span class="author">Von Der Leyen</span>', ["Von Der Leyen"]),
        ("pt", '<div class="byline">Por Maria Da Silva</div>', ["Maria Da Silva"]),
        # the desk stays the desk
        ("it", '<div class="byline">Di Redazione</div>', ["Redazione"]),
    ],
)
def test_particle_stays_with_the_surname(lang: str, byline: str, expected: list[str]) -> None:
    assert _authors(lang, byline) == expected
