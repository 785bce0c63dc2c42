"""Body round 8 (session 16, issue 13): whole pages where the story is a small part of the
page: a titled "most read" list closing the story's block, and a page read whole with the
site's colophon and a cookie notice among its own blocks."""

from __future__ import annotations

from tests.extract.body_pages import body, page, paras

BRIEF = [
    "Shoppers on the high street will be able to park for free for the first hour from next "
    "month, under a trial approved by councillors on Thursday.",
    "The six-month experiment is meant to bring people back into the town centre, where "
    "footfall has fallen by a fifth since 2019.",
]
MOST_READ = [
    ("Council approves new cycle lanes", "The plan, which cost nearly two million pounds, was "
     "approved after a heated meeting that lasted well past midnight."),
    ("Bakery on Church Road closes after 80 years", "The family who ran it say rising "
     "energy bills and the loss of their lease left them no choice."),
    ("Teenager's invention wins science prize", "Her low-cost water filter uses sand, "
     "charcoal and a recycled bottle and could help villages without clean water."),
    ("Ferry timetable cut over winter", "Passengers will have two crossings a day instead "
     "of five from November until the end of March."),
]  # fmt: skip


def _most_read(heading: str = "<h2>Most read</h2>") -> str:
    items = "".join(
        f"<li><a href='/m{i}'><span>{i + 1}</span><h3>{title}</h3></a><p>{summary}</p></li>"
        for i, (title, summary) in enumerate(MOST_READ)
    )
    return f"<section class='list'>{heading}<ol>{items}</ol></section>"


def test_titled_most_read_list_closing_the_article_is_left_out() -> None:
    html = page(f"<article><h1>Free parking trial</h1>{paras(BRIEF)}{_most_read()}</article>")
    text = body(html)
    assert BRIEF[0] in text and BRIEF[1] in text
    assert "Most read" not in text
    assert MOST_READ[1][1] not in text


def test_untitled_list_of_links_closing_the_story_is_kept() -> None:
    # A story's own closing list (people, places, each a link) has no heading of its own.
    items = "".join(
        f"<li><a href='/p{i}'>{name}</a>, {role}</li>"
        for i, (name, role) in enumerate(
            [
                ("Ana Ruiz", "director of engineering at a cloud company"),
                ("Ben Okafor", "developer experience lead at a bank"),
                ("Chen Li", "research consultant at a safety firm"),
            ]
        )
    )
    story = paras(BRIEF) + "<p>Earlier interviews in the series:</p>" + f"<ul>{items}</ul>"
    text = body(page(f"<article><h1>Leader spotlight</h1>{story}</article>"))
    assert "Ana Ruiz, director of engineering" in text
    assert "Chen Li, research consultant" in text


STORY_FR = [
    "Le marché couvert de la place Carnot rouvrira ses portes le 3 septembre après dix-huit "
    "mois de travaux, a annoncé la mairie mardi.",
    "La halle, construite en 1894, a été entièrement restaurée : charpente, verrière et sols. "
    "Trente-deux commerçants y reprendront leurs étals, dont six nouveaux producteurs locaux.",
    "Le chantier a coûté 4,2 millions d'euros, financés pour moitié par la région.",
]
FOOT_FR = [
    "Éditions du Val SAS au capital de 1 200 000 euros, 12 rue du Pont, 69002 Lyon. RCS Lyon "
    "B 123 456 789. Numéro de TVA FR 12 123456789.",
    "Directeur de la publication : Jean Exemple. Standard : 04 72 00 00 00. Contact "
    "rédaction : redaction@leval.example.",
    "© Le Val 2026. Tous droits réservés. Reproduction interdite sans autorisation.",
]
COOKIE_FR = [
    "Avec votre accord, nos partenaires et nous utilisons des cookies ou technologies "
    "similaires pour stocker et accéder à des informations personnelles comme votre visite "
    "sur ce site.",
    "Vous pouvez retirer votre consentement ou vous opposer aux traitements basés sur "
    "l'intérêt légitime à tout moment en cliquant sur « En savoir plus » ou dans notre "
    "politique de confidentialité sur ce site.",
    "Avec nos partenaires, nous traitons les données suivantes : données de géolocalisation "
    "précises et identification par analyse du terminal, publicités et contenu "
    "personnalisés, mesure de performance des publicités et du contenu, données d'audience "
    "et développement de produit.",
]
# The writer's line the footer block closes with.
WRITER = (
    "Claire Martin est journaliste au service Société du Val depuis 2015. Elle couvre "
    "l'environnement, l'agriculture et les transports."
)


def _whole_page(story: list[str], foot: list[str], lang: str, title: str) -> str:
    """A page whose story is one run of lines (no paragraph tags) beside a footer and a
    consent layer of plain blocks, so that the scorer reads the whole page."""
    return "\n".join(
        [
            f"<html lang='{lang}'><head><meta charset='utf-8'><title>{title}</title>",
            "<script>window.dataLayer=window.dataLayer||[];</script></head>",
            "<body class='article-page'><div class='container'>",
            f"<div class='c1'><span class='hl'>{title}</span></div>",
            "<div class='c2'><span class='txt'>" + "<br><br>".join(story) + "</span></div>",
            "</div>",
            "<div class='container'>",
            *[f"<p>{line}</p>" for line in [*foot, WRITER]],
            "</div>",
            "<div class='overlay-layer'><div class='inner'>",
            *[f"<div class='txt'>{line}</div>" for line in COOKIE_FR],
            "<div class='acts'><a href='#'>Accepter et fermer</a>",
            "<a href='#'>Continuer sans accepter</a><a href='#'>En savoir plus</a></div>",
            "</div></div></body></html>",
        ]
    )


def test_page_read_whole_leaves_out_colophon_and_cookie_notice() -> None:
    text = body(_whole_page(STORY_FR, FOOT_FR, "fr", "Le marché couvert rouvre"))
    assert all(line in text for line in STORY_FR)
    assert "RCS Lyon" not in text
    assert "Directeur de la publication" not in text
    assert "cookies" not in text


STORY_IT = [
    "Da lunedì prossimo la linea 14 del tram tornerà a circolare su tutto il percorso dopo "
    "sei mesi di lavori sui binari di viale Monza.",
    "L'azienda dei trasporti ha spiegato che i nuovi binari riducono il rumore e le "
    "vibrazioni per chi abita lungo la strada.",
    "Nelle prime due settimane le corse saranno ogni dodici minuti, poi la frequenza tornerà "
    "a otto minuti nelle ore di punta.",
]
FOOT_IT = [
    "Editoriale della Valle S.p.A., via Roma 12, 20121 Milano. Registro delle imprese di "
    "Milano REA MI-1234567.",
    "Registrazione al Tribunale di Milano n. 123 del 4 maggio 1998. Direttore responsabile: "
    "Marco Esempio.",
    "Telefono 02 1234567. Riproduzione riservata.",
]


def test_italian_colophon_lines_are_read_as_colophon() -> None:
    text = body(_whole_page(STORY_IT, FOOT_IT, "it", "Torna il tram 14"))
    assert all(line in text for line in STORY_IT)
    assert "Direttore responsabile" not in text
    assert "Telefono 02" not in text


REVIEW = [
    "The Aria 5 is the most comfortable pair of over-ear headphones we have tested this "
    "year, and for long train journeys that matters more than anything on the spec sheet.",
    "Sound is warm rather than analytical. Bass is full without swamping the mids, and "
    "voices in podcasts come through clearly.",
    "Battery life is excellent. We measured 41 hours with cancelling switched on, and ten "
    "minutes of charging gives another five hours.",
    "At this price the Aria 5 is easy to recommend to anyone who values comfort and battery "
    "life above the last word in noise cancelling.",
]
PROMO = (
    "Our pick of the best noise-cancelling headphones of the year, tested on planes, trains "
    "and in open-plan offices, with models for every budget and a buying guide."
)


def _widget(inner: str) -> str:
    return (
        "<section class='builder-section'><div class='builder-widget-wrap'>"
        "<div class='builder-widget builder-widget-text'><div class='builder-widget-container'>"
        f"{inner}</div></div></div></section>"
    )


def test_page_builder_widgets_keep_the_offer_box_out() -> None:
    # Every block of the page builder is classed a "widget": the story is read again from
    # the hinted blocks, but the promotion's box beside the headline stays out.
    sections = "".join(
        _widget(f"<h2>Part {i + 1}</h2><p>{line}</p>") for i, line in enumerate(REVIEW)
    )
    head = _widget(f"<h1>Aria 5 review</h1><div class='promo-box'><p>{PROMO}</p></div>")
    text = body(page(f"<div class='builder-page'>{head}{sections}</div>"))
    assert all(line in text for line in REVIEW)
    assert PROMO not in text


ABOUT_FR = [
    "Le Val est un quotidien indépendant fondé en 1871. Notre rédaction de vingt "
    "journalistes couvre la politique locale, la justice, les écoles et le sport.",
    "Nous sommes financés par nos abonnés et nos annonceurs, et nous ne publions jamais de "
    "contenu rédactionnel payé. Découvrez notre charte et notre politique de corrections.",
]


def test_page_read_whole_leaves_out_an_about_us_box() -> None:
    text = body(_whole_page(STORY_FR, ABOUT_FR, "fr", "Le marché couvert rouvre"))
    assert all(line in text for line in STORY_FR)
    assert "Notre rédaction" not in text


STORY_EN = [
    "The county's only remaining cinema will close at the end of the month after its owners "
    "failed to find a buyer.",
    "The Regal, which opened in 1936, has been run by the same family for three generations. "
    "In a statement they thanked customers for their loyalty.",
    "A group of local residents has started a petition asking the council to buy the "
    "building and keep it as an arts venue.",
]
ABOUT_EN = [
    "The Valley Herald has served Riverton since 1871. Our newsroom of twenty journalists "
    "covers local politics, courts, schools, business and sport.",
    "We are an independent, family-owned newspaper. We rely on subscribers and advertisers "
    "to fund our journalism, and we never accept payment for coverage.",
]


def test_page_read_whole_leaves_out_most_read_column() -> None:
    # The story in a row beside a "Most read" column, the site's about-us lines below: the
    # scorer reads the whole page, and the column's teaser list is left out.
    html = (
        "<html><head><title>Town's last cinema to close</title></head><body>"
        "<div class='row'><div class='col-8'><h1>Town's last cinema to close</h1>"
        "<div class='entry'>" + "".join(f"{line}<br>" for line in STORY_EN) + "</div></div>"
        f"<div class='col-4'>{_most_read()}</div></div>"
        f"<div class='row bottom'><div class='col-6'>{paras(ABOUT_EN)}</div></div>"
        "</body></html>"
    )
    text = body(html)
    assert all(line in text for line in STORY_EN)
    assert MOST_READ[0][1] not in text
