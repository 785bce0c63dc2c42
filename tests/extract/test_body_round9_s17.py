"""Body round 9 (session 17, issue 13): whole-page shapes where the body broke on pages
nobody here studied: a gallery told in its captions under a two-paragraph introduction,
paywall boxes in more languages, a layout table's story cell under a wrapper, and a
writer's box in unclassed blocks."""

from __future__ import annotations

from tests.extract.body_pages import body, page, paras

INTRO = [
    "The old quarry above the village has become one of the busiest walking spots in the "
    "county since the trust opened its paths to the public last spring.",
    "We asked readers to send us their pictures of the quarry in every season, and here "
    "are the ones that made the whole newsroom want to put on their boots.",
]
CAPTIONS = [
    "The lake at the bottom of the quarry freezes over most winters, and on calm mornings "
    "the ice is clear enough to see the old rails lying on the bottom.",
    "Sand martins nest in the soft layers of the eastern wall every summer, and volunteers "
    "close the path below them from May until the young have flown.",
    "The winding house is the last building left from the working quarry; the trust hopes "
    "to turn it into a small museum with the help of a lottery grant.",
    "In autumn the birches along the upper path turn yellow long before the oaks, which "
    "makes the short circular walk the most photographed route of the year.",
    "A reader's dog waits at the top of the steps cut into the rock by quarrymen in the "
    "1890s, which are still the quickest way down to the water.",
]


def _gallery(captions: list[str]) -> str:
    slides = "".join(
        f"<figure class='slide'><h2><a href='/slide/{i}'>{i + 1}. Picture {i + 1}</a></h2>"
        f"<img src='/g{i}.jpg' alt=''><figcaption><p>{caption}</p></figcaption></figure>"
        for i, caption in enumerate(captions)
    )
    return (
        "<article class='gallery'><h1>Your pictures of the quarry</h1>"
        f"<div class='post-content'>{paras(INTRO)}</div><div class='slides'>{slides}</div>"
        "</article>"
    )


def test_gallery_told_in_captions_under_an_introduction_is_read_whole() -> None:
    text = body(page(_gallery(CAPTIONS)))
    assert INTRO[0] in text and INTRO[1] in text
    assert all(caption in text for caption in CAPTIONS)


def test_captions_of_an_ordinary_story_stay_out() -> None:
    story = [
        INTRO[0],
        "The trust said visitor numbers had doubled since the paths opened, and it will add "
        "a second car park at the northern entrance before the summer holidays begin.",
        "Residents of the lane leading to the quarry have asked for a speed limit after "
        "several near misses with walkers on the narrow stretch by the chapel.",
        "A public meeting about the plans will be held in the village hall next Thursday.",
    ]
    figure = (
        "<figure><img src='/q.jpg' alt=''><figcaption>The quarry lake in January. "
        "Photo: Reader</figcaption></figure>"
    )
    text = body(page(f"<article><h1>Quarry visitors double</h1>{figure}{paras(story)}</article>"))
    assert all(line in text for line in story)
    assert "Photo: Reader" not in text


STORY_PL = [
    "W poniedziałek na osiedlu Słoneczne otwarto nowe przedszkole miejskie, które przyjmie "
    "ponad dwieście dzieci z okolicznych ulic.",
    "Budowa trwała niecałe dwa lata i kosztowała około osiemnastu milionów złotych, z czego "
    "część pochodziła z funduszy unijnych.",
]
STORY_SV = [
    "Kommunfullmäktige beslutade på måndagskvällen att bygga en ny simhall vid Strandvägen, "
    "som ska ersätta den gamla anläggningen från sextiotalet.",
    "Den nya simhallen beräknas kosta omkring 240 miljoner kronor och får en tävlingsbassäng "
    "på tjugofem meter och en undervisningsbassäng för skolorna.",
]


def _paywalled(story: list[str], heading: str, offer: str) -> str:
    return (
        f"<article><h1>Story</h1><div class='article-text'>{paras(story)}</div>"
        f"<div class='paywall'><h3>{heading}</h3><p>{offer}</p><p>{offer}</p>"
        "<ul><li>Digital</li><li>Print + Digital</li></ul></div></article>"
    )


def test_polish_paywall_box_is_left_out() -> None:
    html = _paywalled(
        STORY_PL,
        "Wykup dostęp, aby czytać dalej",
        "Ten artykuł jest dostępny dla subskrybentów. Pierwszy miesiąc za 1 zł.",
    )
    text = body(page(html, lang="pl"))
    assert STORY_PL[0] in text and STORY_PL[1] in text
    assert "subskrybentów" not in text and "czytać dalej" not in text


def test_swedish_paywall_box_is_left_out() -> None:
    html = _paywalled(
        STORY_SV,
        "Bli prenumerant för att läsa vidare",
        "Den här artikeln är för prenumeranter. Prova en månad för 1 krona.",
    )
    text = body(page(html, lang="sv"))
    assert STORY_SV[0] in text and STORY_SV[1] in text
    assert "prenumerant" not in text


TABLE_STORY = [
    "El pleno del ayuntamiento aprobó este jueves un plan para plantar mil árboles en los "
    "barrios del sur de la ciudad durante los próximos dos años.",
    "Los vecinos de San Isidro y La Ribera llevaban tiempo reclamando más sombra, sobre todo "
    "en los caminos escolares, donde las aceras superan los cincuenta grados en julio.",
    "El proyecto cuesta 2,3 millones de euros y se financiará en parte con fondos europeos; "
    "se elegirán especies autóctonas que necesiten poca agua.",
    "Las primeras plantaciones comenzarán en noviembre en la avenida de Castilla y en el "
    "entorno del mercado municipal, aprovechando la temporada de lluvias.",
]
SIDE_ABOUT = (
    "El Diario del Sur es un periódico independiente fundado en 1978. Los comentarios son "
    "moderados: mantén el respeto, se eliminarán los insultos y el spam."
)


def test_story_cell_of_a_layout_table_under_main_leaves_the_side_cells_out() -> None:
    lines = "".join(f"{line}<br><br>" for line in TABLE_STORY)
    table = (
        "<main><table width='100%'><tr>"
        f"<td width='200'><p>{SIDE_ABOUT}</p><p>Recibe cada mañana las noticias más "
        "importantes de tu ciudad en tu correo.</p></td>"
        f"<td><b>Mil árboles para el sur</b><br><br>{lines}</td>"
        "</tr></table></main>"
    )
    text = body(page(table, lang="es"))
    assert all(line in text for line in TABLE_STORY)
    assert "periódico independiente" not in text


BRIEF = [
    "Councillors in Penmarrow voted on Tuesday night to rebuild the stretch of sea wall that "
    "collapsed during the October storms, committing almost four million pounds.",
    "The decision followed a three-hour meeting in the town hall, where residents of the "
    "lower harbour described water reaching their ground floors twice in a week.",
]
WRITER = (
    "Maria Keller has reported on the western peninsula for more than fifteen years, "
    "covering local government and the fishing industry. Before joining the paper she "
    "worked for regional radio."
)


def test_writer_box_in_unclassed_blocks_closes_the_story() -> None:
    html = (
        "<main><div class='col-8'><h1>Sea wall to be rebuilt</h1>"
        f"<div>{paras(BRIEF)}</div><div><img src='/maria.jpg' alt=''><p>{WRITER}</p></div>"
        "</div></main>"
    )
    text = body(page(html))
    assert BRIEF[0] in text and BRIEF[1] in text
    assert "Maria Keller has reported" not in text


def test_german_writer_box_in_unclassed_blocks_closes_the_story() -> None:
    brief = [
        "Der Stadtrat hat am Mittwochabend mit großer Mehrheit beschlossen, ab dem Frühjahr "
        "eine neue Buslinie zwischen dem Hauptbahnhof und dem Klinikum einzurichten.",
        "Vor allem Beschäftigte der Klinik hatten sich seit Jahren über die schlechte "
        "Anbindung beklagt, weil die Busse nur jede halbe Stunde fahren.",
    ]
    writer = (
        "Maria Keller berichtet seit mehr als fünfzehn Jahren über die Stadt und den "
        "Landkreis, vor allem über Kommunalpolitik und Verkehr."
    )
    html = (
        "<main><div><h1>Neue Buslinie</h1>"
        f"<div>{paras(brief)}</div><div><img src='/m.jpg' alt=''><p>{writer}</p></div>"
        "</div></main>"
    )
    text = body(page(html, lang="de"))
    assert brief[0] in text and brief[1] in text
    assert "berichtet seit" not in text


MISSION = [
    "Our mission is to give the people of the western peninsula the local reporting they "
    "need to take part in the life of their towns, villages and harbours. We are owned by"
    " a charitable trust, which means that every penny of profit is reinvested in "
    "journalism rather than paid out to shareholders, and our editorial decisions are "
    "taken by our editors alone.",
    "We are members of the independent press regulator and follow its editors' code of "
    "practice. If you believe we have got something wrong, please contact the readers' "
    "editor, who will look into your complaint and publish corrections where they are "
    "due, usually within two working days of receiving it.",
]


COOKIES = (
    "We and our partners use cookies and similar technologies to store and access "
    "information on your device, to personalise content and adverts, to measure their "
    "performance and to understand our audience. You can accept all cookies, reject those "
    "that are not necessary, or choose your settings at any time through the privacy centre."
)


SUMMARIES = [
    "Engineers from the county told the meeting that the old wall, built in the 1890s from "
    "local granite, had been",
    "The new design raises the crest by sixty centimetres and adds a concrete apron along "
    "the foot of the wall, which",
    "Not everyone was convinced. Two councillors argued that the money should first go to "
    "the pumping station on",
]


def test_short_brief_is_not_given_up_for_the_sites_mission_statement() -> None:
    # The scorer reads the brief first; its small share of the page's prose made the guard
    # give it up for the next region, the site's mission statement.
    brief = [
        "Councillors in Penmarrow voted on Tuesday night to rebuild the stretch of sea wall "
        "that collapsed during the October.",
        "The harbour master, Joan Treloar, said the fishing fleet would keep working "
        "throughout the construction, although boats will have to use the inner quay for "
        "about six weeks while the outer berths are closed.",
    ]
    cards = "".join(
        f"<div class='card'><a href='/r{i}'><img src='/r{i}.jpg' alt=''></a>"
        f"<h3><a href='/r{i}'>Other story {i}</a></h3><p>{SUMMARIES[i % 3]}…</p></div>"
        for i in range(6)
    )
    most_read = "".join(f"<li><a href='/m{i}'>{SUMMARIES[i % 3][:70]}</a></li>" for i in range(5))
    html = (
        "<html><head><title>Sea wall to be rebuilt | Courier</title></head><body>"
        f"<div class='cookie-consent cmp-banner'><h2>Accept all?</h2><p>{COOKIES}</p>"
        f"<p>{COOKIES[:160]}</p><button>Accept all</button><button>Reject</button></div>"
        "<div class='container'><main><div class='news-detail'><h2>Sea wall to be rebuilt"
        f"</h2><div class='date'>14.05.2024</div>{paras(brief)}</div></main>"
        f"<aside class='sidebar'><div class='most-read'><h3>Most read</h3><ol>{most_read}</ol>"
        "</div><div class='ad-slot'><div class='ad'>Advertisement</div></div></aside></div>"
        "<section class='related'><h2>More from the coast</h2>"
        f"<div class='grid'>{cards}</div></section>"
        f"<div class='about-us'>{paras(MISSION[:2])}</div><footer></footer></body></html>"
    )
    text = body(html)
    assert brief[0] in text and brief[1] in text
    assert "Our mission is" not in text
