"""Parts of a story that were left out (session 12, body round 2): the writer's sign-off at
the end, a standfirst when no headline is known, a lead classed as a teaser under the
headline, and a story split over the blocks of the headline's own column.

The pages are written for these tests, in the shapes publishers use.
"""

from __future__ import annotations

import datetime as dt

import pytest

import newsmeta

NOW = dt.datetime(2026, 12, 7, tzinfo=dt.timezone.utc)

_STORY = {
    "en": [
        "We drove up the coast on a grey Saturday morning, stopping for coffee in a village "
        "whose name nobody could pronounce, and reached the lighthouse just before noon.",
        "The keeper, a retired teacher, showed us the lamp room and told stories of storms "
        "that had kept him awake for three nights running, with the sea over the rocks.",
    ],
    "de": [
        "Am Samstagmorgen sind wir bei grauem Himmel die Küste entlang gefahren, haben in "
        "einem kleinen Dorf einen Kaffee getrunken und kamen kurz vor Mittag am Leuchtturm an.",
        "Der Wärter, ein pensionierter Lehrer, zeigte uns den Lampenraum und erzählte von "
        "Stürmen, die ihn drei Nächte lang wach gehalten hatten, während das Meer tobte.",
    ],
    "fr": [
        "Nous avons longé la côte un samedi matin gris, avec une pause café dans un village "
        "dont personne ne savait prononcer le nom, et atteint le phare peu avant midi.",
        "Le gardien, un instituteur à la retraite, nous a montré la salle de la lanterne et "
        "raconté des tempêtes qui l'avaient tenu éveillé trois nuits de suite.",
    ],
    "es": [
        "Recorrimos la costa un sábado gris por la mañana, paramos a tomar un café en un "
        "pueblo cuyo nombre nadie sabía pronunciar y llegamos al faro antes del mediodía.",
        "El farero, un maestro jubilado, nos enseñó la sala de la linterna y nos contó "
        "tormentas que lo habían tenido despierto tres noches seguidas.",
    ],
    "it": [
        "Abbiamo percorso la costa in un sabato mattina grigio, con una sosta per il caffè in "
        "un paese dal nome impronunciabile, e siamo arrivati al faro prima di mezzogiorno.",
        "Il guardiano, un insegnante in pensione, ci ha mostrato la sala della lanterna e "
        "raccontato di tempeste che lo avevano tenuto sveglio per tre notti di fila.",
    ],
}


def _body(html: str) -> str:
    article = newsmeta.extract(html, "https://blog.example/2026/12/lighthouse", now=NOW)
    return article.body or ""


def _blog(lang: str, last_line: str) -> str:
    text = "".join(f"<p>{p}</p>" for p in _STORY[lang])
    return (
        f"<html lang='{lang}'><head><title>Lighthouse trip</title></head><body>"
        "<div class='header'><a href='/'>Blog</a> <a href='/about'>About</a></div>"
        f"<article class='post'><h1>Lighthouse trip</h1><div class='entry'>{text}"
        f"<p>{last_line}</p></div></article>"
        "<div class='sidebar'><h3>Archive</h3><ul><li><a href='/a'>January</a></li>"
        "<li><a href='/b'>February</a></li></ul></div>"
        "<div class='footer'>Powered by a blog engine</div></body></html>"
    )


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("en", "xo Anna"),
        ("en", "Love, Jess"),
        ("en", "Cheers, Tom"),
        ("de", "Liebe Grüße, Franzi"),
        ("de", "Eure Lena"),
        ("fr", "Bisous, Claire"),
        ("es", "Un abrazo, Lucía"),
        ("it", "Baci, Giulia"),
        ("en", "xoxo"),
    ],
)
def test_a_sign_off_closes_the_story(lang: str, line: str) -> None:
    body = _body(_blog(lang, line))
    assert body.startswith(_STORY[lang][0][:40])
    assert body.endswith(line)


@pytest.mark.parametrize(
    ("lang", "line"),
    [("en", "Share this"), ("de", "Teilen"), ("en", "Love it"), ("fr", "Partager"), ("en", "x")],
)
def test_a_short_last_line_that_is_no_sign_off_stays_out(lang: str, line: str) -> None:
    body = _body(_blog(lang, line))
    assert body.endswith(_STORY[lang][1])


def _no_h1_page(lead: str, cls: str, lang: str = "en", picture: str = "") -> str:
    text = "".join(f"<p>{p}</p>" for p in _STORY[lang] * 2)
    return (
        "<html><head><title>News</title></head><body>"
        "<header class='site'><a href='/'>Daily</a> <nav><a href='/a'>Politics</a></nav></header>"
        "<main><article class='entry'><header class='entry__header'>"
        "<h2 class='entry__title'>Old bridge closes</h2>"
        f"<div class='{cls}'>{picture}<p>{lead}</p></div></header>"
        f"<div class='entry__content'>{text}</div></article>"
        "<aside><h3>Most read</h3><ul><li><a href='/x'>One story</a></li></ul></aside></main>"
        "<footer>© Daily</footer></body></html>"
    )


@pytest.mark.parametrize(
    ("lang", "cls", "lead"),
    [
        (
            "it",
            "entry__subtitle",
            "Piogge e neve al Centro e al Sud: il Nord resta asciutto e mite",
        ),
        ("en", "article-standfirst", "The council voted to close the old bridge to cars from May"),
        ("de", "teaser-text", "Der Gemeinderat sperrt die alte Brücke ab Mai für alle Autos"),
        ("fr", "chapo", "Le conseil municipal ferme le vieux pont aux voitures dès le mois de mai"),
    ],
)
def test_a_standfirst_is_read_when_the_headline_is_no_h1(lang: str, cls: str, lead: str) -> None:
    body = _body(_no_h1_page(lead, cls, lang))
    assert body.startswith(lead)
    assert _STORY[lang][0][:40] in body


def test_a_standfirst_holding_a_picture_is_not_read_without_a_headline() -> None:
    picture = "<figure><img src='/p.jpg'><figcaption>The bridge at dawn</figcaption></figure>"
    lead = "The council voted to close the old bridge to cars from May"
    body = _body(_no_h1_page(lead, "article-intro", "en", picture))
    assert "The bridge at dawn" not in body
    assert body.startswith(_STORY["en"][0][:40])


def test_a_summary_in_another_box_is_no_standfirst() -> None:
    text = "".join(f"<p>{p}</p>" for p in _STORY["en"] * 2)
    html = (
        "<html><head><title>News</title></head><body><div class='top'><div class='box'>"
        "<a href='/o'>Other</a><p class='teaser-text'>A summary of a different story that "
        "sits in a box above everything else on this page today</p></div></div>"
        f"<main><div class='entry__content'>{text}</div></main></body></html>"
    )
    body = _body(html)
    assert "A summary of a different story" not in body
    assert body.startswith(_STORY["en"][0][:40])


@pytest.mark.parametrize(
    ("lang", "lead"),
    [
        (
            "de",
            "Sie ist die erste Frau an der Spitze des Rates. Am Montag stellte sie ihr Team vor.",
        ),
        ("en", "She is the first woman to lead the council. On Monday she presented her team."),
        (
            "fr",
            "Elle est la première femme à la tête du conseil. Lundi, elle a présenté son équipe.",
        ),
    ],
)
def test_a_lead_classed_as_a_teaser_under_the_headline_is_read(lang: str, lead: str) -> None:
    text = "".join(f"<p>{p}</p>" for p in _STORY[lang] * 2)
    html = (
        "<html><head><title>New leader</title></head><body><nav><a href='/'>Home</a></nav>"
        f"<div class='story'><h1>New leader</h1><div class='teaser-text'><p>{lead}</p></div>"
        f"{text}</div><div class='sidebar'><h3>More</h3><ul><li><a href='/a'>Another</a>"
        "</li></ul></div></body></html>"
    )
    body = _body(html)
    assert body.startswith(lead)
    assert _STORY[lang][1][:40] in body


_PARTS = [
    "Over the summer thousands marched through the capital to protest against the weak "
    "economy, high unemployment and corruption in the public administration, organisers said.",
    "The president answered with a decree that gives him sweeping powers; critics call it a "
    "step back, while his supporters speak of a fresh start the country badly needed.",
    "Most parties oppose the course, while large parts of the population back it, having "
    "lost faith in the previous government and wanting change more than anything else.",
    "In short, the country faces big tasks, and whether the new cabinet can meet them "
    "depends on winning back people's trust in the institutions that failed them.",
]
_INTERVIEW = (
    "The country's economy leans heavily on tourism, which all but collapsed over the past "
    "two years, the economist told us in a long conversation. Many families now live on "
    "savings or on money sent by relatives abroad, while food prices have climbed steeply."
)


def test_a_story_split_over_the_blocks_of_the_headlines_column_is_read_whole() -> None:
    classes = ["media", "", "media", "text-block"]
    parts = "".join(
        f"<div class='{c}'><h3>Part {i + 1}</h3><p>{p}</p></div>"
        for i, (c, p) in enumerate(zip(classes, _PARTS))
    )
    html = (
        "<html><head><title>Big tasks for the new government | Foundation</title></head><body>"
        "<nav><a href='/'>Home</a> <a href='/news'>News</a></nav>"
        "<div class='row'><div class='col-md-8 col-news-detail'>"
        "<h1>Big tasks for the new government</h1><span class='date'>03.11.2021</span>"
        f"{parts}<div><div class='accordion'><div class='panel'><h4>An interview</h4>"
        f"<div class='panel-collapse'><p>{_INTERVIEW}</p></div></div></div></div></div>"
        "<div class='col-md-4 sidebar'><h3>Contact</h3><p>Phone 089 1234-0</p></div></div>"
        "<footer>© Foundation 2021 · Imprint · Privacy</footer></body></html>"
    )
    body = _body(html)
    for part in _PARTS:
        assert part[:50] in body
    assert _INTERVIEW[:50] in body
    assert "Phone 089" not in body
