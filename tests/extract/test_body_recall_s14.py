"""Body recall, session 14: story text the body left out although it was on the page (its
opening paragraph beside the headline, the rest of a story split over ``<article>``s, over
table rows, at another depth, or wrapped in a block named as furniture).

The pages are written for these tests, in the shapes publishers use.
"""

from __future__ import annotations

from body_pages import RESERVOIR_EN
from body_pages import body as _body
from body_pages import page as _page
from body_pages import paras as _paras

import newsmeta

_EN = RESERVOIR_EN
_DE = [
    "Der Stadtrat hat am Mittwochabend mit knapper Mehrheit beschlossen, die "
    "Straßenbahnlinie bis zum neuen Wohngebiet zu verlängern.",
    "Die Kosten für die drei Kilometer lange Strecke werden auf rund 48 Millionen Euro "
    "geschätzt, den Großteil zahlt der Bund.",
    "Anwohner der Hauptstraße hatten in den vergangenen Monaten mehrfach gegen die Pläne "
    "protestiert und Unterschriften gesammelt.",
    "Sie befürchten jahrelange Baustellen, wegfallende Parkplätze und mehr Lärm vor ihren "
    "Fenstern, auch in der Nacht.",
    "Die Verkehrsbetriebe versprechen dagegen einen Zehn-Minuten-Takt und eine direkte "
    "Verbindung zum Hauptbahnhof.",
    "Mit dem Bau soll im Frühjahr begonnen werden, die ersten Bahnen könnten nach den Plänen "
    "in vier Jahren fahren.",
]
_FR = [
    "Le conseil municipal a adopté jeudi soir un plan pour rénover entièrement la piscine "
    "olympique fermée depuis deux ans.",
    "Les travaux, estimés à douze millions d'euros, devraient commencer au printemps et durer "
    "environ dix-huit mois.",
    "La région prendra en charge près de la moitié de la somme, le reste étant financé par un "
    "emprunt de la ville.",
    "Les clubs de natation, privés de bassin depuis la fermeture, s'entraînent aujourd'hui "
    "dans trois communes voisines.",
    "Le maire a reconnu que le chantier avait pris du retard à cause d'un litige avec "
    "l'ancien constructeur.",
]
_NL = [
    "De gemeenteraad heeft dinsdagavond ingestemd met de bouw van een nieuwe fietsbrug over "
    "het kanaal bij het station.",
    "De brug moet over drie jaar klaar zijn en kost naar schatting zestien miljoen euro, "
    "waarvan de provincie de helft betaalt.",
    "Dagelijks fietsen nu ruim achtduizend mensen over de smalle oude brug, die volgens de "
    "gemeente niet meer veilig is.",
    "Omwonenden maken zich zorgen over de overlast tijdens de bouw en over het verdwijnen "
    "van bomen langs de oever.",
    "De wethouder beloofde dat voor elke gekapte boom elders in de wijk twee nieuwe bomen "
    "worden geplant.",
    "Tijdens de bouw blijft de oude brug open, zodat fietsers en voetgangers niet hoeven om "
    "te rijden.",
]
_IT = [
    "Il consiglio comunale ha approvato martedì sera il progetto per trasformare l'ex "
    "caserma in un grande parco pubblico.",
    "I lavori, che costeranno circa nove milioni di euro, dovrebbero iniziare entro la fine "
    "dell'anno prossimo.",
    "Nel parco sorgeranno anche una biblioteca, un asilo nido e un centro per gli anziani "
    "del quartiere.",
    "Il sindaco ha parlato di una giornata storica per una zona della città rimasta per "
    "decenni senza spazi verdi.",
    "Alcuni residenti temono però che il progetto faccia salire i prezzi delle case e degli "
    "affitti nella zona.",
]
_AD = "<div class='ad-slot'>Advertisement: get 50% off your first box of meal kits today.</div>"
_SIGNUP = (
    "<div class='signup'><p>Get the morning briefing in your inbox.</p>"
    "<form><input type='email'><button>Sign up</button></form></div>"
)


def _all_in(lines: list[str], body: str) -> None:
    for line in lines:
        assert line in body, line


# The story's opening paragraph beside the headline, in its header block.


def test_the_opening_paragraph_beside_the_headline_is_read() -> None:
    html = _page(
        f"<article><header><h1>Reservoir at record low</h1><p>{_EN[0]}</p>"
        f"<span class='date'>7 May 2026</span></header>"
        f"<div class='article-body'>{_paras(_EN[1:])}</div></article>"
    )
    _all_in(_EN, _body(html))


def test_the_opening_paragraphs_after_a_date_in_french_are_read() -> None:
    html = _page(
        f"<article><header class='entete'><h1>La piscine sera rénovée</h1>"
        f"<time datetime='2026-05-07'>7 mai 2026</time><p>{_FR[0]} {_FR[1]}</p></header>"
        f"<section class='corps'>{_paras(_FR[2:])}</section></article>",
        "fr",
    )
    _all_in(_FR, _body(html))


def test_the_opening_paragraph_is_read_once_and_first() -> None:
    html = _page(
        f"<article><header><h1>Reservoir at record low</h1><p>{_EN[0]}</p></header>"
        f"<div class='article-body'>{_paras(_EN[1:])}</div></article>"
    )
    body = _body(html)
    assert body.count(_EN[0]) == 1
    assert body.index(_EN[0]) < body.index(_EN[1])


def test_a_caption_beside_a_picture_in_the_header_is_not_read() -> None:
    caption = (
        "The northern reservoir seen from the dam on Sunday afternoon, with the old church "
        "tower showing above the water. Photo: Valley Herald"
    )
    html = _page(
        f"<article><header><h1>Reservoir at record low</h1><div class='pic'>"
        f"<img src='/dam.jpg'><p>{caption}</p></div></header>"
        f"<div class='article-body'>{_paras(_EN)}</div></article>"
    )
    body = _body(html)
    _all_in(_EN, body)
    assert "church tower" not in body


# A story split over sibling <article>s.


def test_a_story_split_over_two_articles_is_read_whole() -> None:
    for lines, lang, title in ((_EN, "en", "Reservoir at record low"), (_DE, "de", "Tram")):
        html = _page(
            f"<article><h1>{title}</h1>{_paras(lines[:2])}</article>{_AD}"
            f"<article>{_paras(lines[2:])}</article>",
            lang,
        )
        _all_in(lines, _body(html))


def test_the_next_story_of_an_endless_page_is_not_read() -> None:
    html = _page(
        f"<article><h1>Reservoir at record low</h1>{_paras(_EN[:4])}</article>"
        f"<article><h1>Tram line extended</h1>{_paras(_DE)}</article>"
    )
    body = _body(html)
    _all_in(_EN[:4], body)
    assert _DE[0] not in body


# A story split over the rows of a layout table.


def test_a_story_split_over_table_rows_is_read_whole() -> None:
    menu = "".join(f"<a href='/n{i}'>Menu {i}</a><br>" for i in range(10))
    html = _page(
        f"<table><tr><td><table><tr><td>{menu}</td></tr></table></td><td><table>"
        f"<tr><td><h1>Nieuwe fietsbrug</h1></td></tr><tr><td>{_paras(_NL[:3])}</td></tr>"
        f"<tr><td>{_paras(_NL[3:])}</td></tr></table></td></tr></table>",
        "nl",
    )
    body = _body(html)
    _all_in(_NL, body)
    assert "Menu 3" not in body


# A story wrapped in a block named as furniture by its tag or role.


def test_a_text_block_with_a_furniture_role_is_read_when_nothing_else_is() -> None:
    html = _page(
        "<div class='main'><h1>Straßenbahn wird verlängert</h1>"
        f"<div role='complementary' class='text'>{_paras(_DE)}</div></div>",
        "de",
    )
    _all_in(_DE, _body(html))


def test_a_footer_classed_as_the_entry_is_read_when_nothing_else_is() -> None:
    html = (
        "<html lang='it'><head><title>Parco</title></head><body>"
        f"<h1>Un parco nella caserma</h1><footer class='entry'>{_paras(_IT)}</footer>"
        "</body></html>"
    )
    _all_in(_IT, _body(html))


def test_an_unclassed_aside_after_a_video_headline_is_not_read() -> None:
    html = (
        "<html><head><title>Video</title></head><body><h1>Tram line: the video</h1>"
        "<div class='player'><iframe src='https://video.example/e/1'></iframe></div>"
        f"<aside>{_paras(_IT[:4])}</aside></body></html>"
    )
    assert _IT[0] not in _body(html)


# The rest of a story in a block alike the chosen one, elsewhere in the page.


def test_the_rest_of_a_story_at_another_depth_is_read() -> None:
    html = _page(
        f"<div class='page'><h1>Straßenbahn wird verlängert</h1>"
        f"<div class='artikel-text'>{_paras(_DE[:4])}</div></div>"
        f"<div class='weiter'>Lesen Sie weiter nach der Anzeige</div>{_SIGNUP}"
        f"<div class='page2'><div class='x'><div class='artikel-text'>{_paras(_DE[4:])}</div>"
        "</div></div>",
        "de",
    )
    body = _body(html)
    _all_in(_DE, body)
    assert "morning briefing" not in body


def test_replies_in_alike_text_blocks_are_not_read() -> None:
    reply = (
        "I disagree completely, the council should have acted two years ago when the first "
        "complaints about the buses came in."
    )
    replies = "".join(
        f"<div class='r'><b>Leser</b> 3. Mai 2026, 10:1{i}<div class='text'><p>{reply}</p>"
        "</div></div>"
        for i in range(2)
    )
    html = _page(
        f"<div class='wrap'><h1>Straßenbahn wird verlängert</h1>"
        f"<div class='text'>{_paras(_DE)}</div></div><div class='box'>{replies}</div>",
        "de",
    )
    body = _body(html)
    _all_in(_DE, body)
    assert "I disagree" not in body


def test_the_blocks_hold_the_recovered_text() -> None:
    html = _page(
        f"<article><header><h1>Reservoir at record low</h1><p>{_EN[0]}</p></header>"
        f"<div class='article-body'>{_paras(_EN[1:4])}</div></article>{_AD}"
        f"<article>{_paras(_EN[4:])}</article>"
    )
    article = newsmeta.extract(html, "https://courier.example/2026/story")
    text = newsmeta.to_text(article)
    assert text == article.body
    _all_in(_EN, " ".join(text.split()))
