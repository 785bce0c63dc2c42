# ruff: noqa: E501
"""Body shapes of session 13, round 2: cards of a short heading with no link and one short
summary, three or more beside the story (a side column, a "related coverage" block inside
the article), and the shapes that look like them and are the story (recipe steps, a
product's features, a story told in subhead-and-paragraph pairs); a block classed as a
discussion (reader comments) after the story; an about-us box closing the article, and
the closing blocks in the first person plural that are the story (a verdict, an open letter).

The pages are written for these tests, in the shapes publishers use.
"""

from __future__ import annotations

from body_pages import body as _body
from body_pages import page as _page
from body_pages import paras as _paras

_STORY = [
    "The county board agreed on Wednesday to rebuild the ferry landing before the summer season begins.",
    "Inspectors found last autumn that the timber piles under the landing had rotted through in places.",
    "Ferry crossings will move to the fishing harbour for six weeks while the new landing is built.",
]
_CARDS = [
    ("Why the lighthouse keeps its old lamp", "The lamp was made in 1910 and still turns on a bed of mercury, so the trust has chosen to repair it rather than replace it."),
    ("A village school that grows its own lunch", "Pupils tend a garden behind the hall and the cook plans the week's meals around whatever they have picked that morning."),
    ("What the new bus timetable means for you", "Evening buses will run every half hour until eleven, but two of the Sunday routes will be merged into one longer loop."),
    ("The last cooper on the coast", "He has made barrels by hand for forty years and says he has never had so many orders from young brewers as this spring."),
]  # fmt: skip
_DE = [
    "Der Kreistag hat am Mittwoch beschlossen, den Fähranleger noch vor der Sommersaison neu zu bauen.",
    "Gutachter hatten im Herbst festgestellt, dass die Holzpfähle unter dem Anleger teilweise morsch sind.",
    "Die Fähre legt während der sechswöchigen Bauzeit am Fischereihafen an, wie der Kreis mitteilte.",
]
_DE_CARDS = [
    ("Warum der Leuchtturm seine alte Lampe behält", "Die Lampe stammt aus dem Jahr 1910 und dreht sich noch immer in einem Quecksilberbad, deshalb lässt die Stiftung sie reparieren."),
    ("Eine Dorfschule baut ihr Mittagessen selbst an", "Die Kinder pflegen einen Garten hinter der Turnhalle, und die Köchin plant die Woche nach dem, was sie morgens geerntet haben."),
    ("Was der neue Busfahrplan für Sie bedeutet", "Abends fahren die Busse bis elf Uhr alle halbe Stunde, aber zwei Sonntagslinien werden zu einer längeren Runde zusammengelegt."),
]  # fmt: skip


def _wrapped(cards: list[tuple[str, str]], tag: str = "h4", link: str = "") -> str:
    more = f"<a href='/more'>{link}</a>" if link else ""
    return "".join(f"<div class='item'><{tag}>{h}</{tag}><p>{p}</p>{more}</div>" for h, p in cards)


def _flat(cards: list[tuple[str, str]], tag: str = "h3") -> str:
    return "".join(f"<{tag}>{h}</{tag}><p>{p}</p>" for h, p in cards)


def test_side_column_of_plain_cards_after_a_short_story_stays_out() -> None:
    html = _page(
        f"<div class='row'><div class='col-8'><h1>Ferry landing to be rebuilt</h1>{_paras(_STORY)}</div>"
        f"<div class='col-4'>{_flat(_CARDS, 'h4')}</div></div>"
    )
    body = _body(html)
    assert all(line in body for line in _STORY)
    assert not any(p in body for _, p in _CARDS)


def test_wrapped_cards_before_the_story_stay_out_in_german() -> None:
    html = _page(
        f"<div class='wrap'><div class='links'><h2>Meistgelesen</h2>{_wrapped(_DE_CARDS)}</div>"
        f"<div class='rechts'><h1>Fähranleger wird neu gebaut</h1>{_paras(_DE)}</div></div>",
        lang="de",
    )
    body = _body(html)
    assert all(line in body for line in _DE)
    assert not any(p in body for _, p in _DE_CARDS)


def test_related_coverage_cards_with_a_read_link_inside_the_article_stay_out() -> None:
    html = _page(
        f"<article><h1>Ferry landing to be rebuilt</h1><div class='text'>{_paras(_STORY)}</div>"
        f"<div class='coverage'><h2>Related coverage</h2>{_wrapped(_CARDS, 'h3', 'Read')}</div></article>"
    )
    body = _body(html)
    assert all(line in body for line in _STORY)
    assert not any(p in body for _, p in _CARDS)


def test_recipe_steps_are_kept() -> None:
    steps = [
        ("Step 1", "Heat the oven to 200 degrees and butter a large baking tin."),
        ("Step 2", "Rub the cold butter into the flour, sugar and baking powder."),
        ("Step 3", "Stir in the milk until a soft dough forms, then roll it out."),
        ("Step 4", "Cut into rounds, brush with egg and bake for twelve minutes."),
    ]
    html = _page(
        f"<article><h1>Easy scones</h1><div class='intro'>{_paras(_STORY)}</div>"
        f"<div class='method'>{_wrapped(steps, 'h3')}</div></article>"
    )
    body = _body(html)
    assert all(p in body for _, p in steps)


def test_a_products_features_are_kept() -> None:
    features = [
        ("Seamless", "Run both systems side by side without restarting, and share files between them by dragging."),
        ("Easy set-up", "The assistant finds what you need and installs it for you, so you are working within minutes."),
        ("Lightning fast", "Demanding applications run smoothly without slowing down the rest of your computer at all."),
    ]  # fmt: skip
    html = _page(
        f"<div class='hero'><h1>Run every system on one laptop</h1>{_paras(_STORY[:2])}</div>"
        f"<div class='features'>{_wrapped(features, 'h3')}</div>"
    )
    body = _body(html)
    assert all(p in body for _, p in features)


def test_a_story_told_in_subhead_and_paragraph_pairs_is_kept() -> None:
    pairs = [
        ("Crossings move to the harbour", _STORY[2]),
        ("Inspectors found rotten piles", _STORY[1]),
        ("A new landing by the summer", "The contractor has promised to finish the landing by the first week of June."),
        ("Tickets stay at the same price", "The ferry company said fares would not change while the boats use the harbour."),
    ]  # fmt: skip
    html = _page(
        f"<div class='head'><h1>Ferry landing to be rebuilt</h1></div><div class='lead'><p>{_STORY[0]}</p></div>"
        f"<div class='text'>{_flat(pairs, 'h4')}</div>"
    )
    body = _body(html)
    assert all(p in body for _, p in pairs)


_DE_COMMENTS = [
    "Der Anleger war schon seit Jahren marode, das hätte man viel früher angehen müssen, finde ich.",
    "Sechs Wochen am Fischereihafen sind für Pendler mit dem Fahrrad eine echte Zumutung, leider.",
    "Gut, dass endlich etwas passiert, aber hoffentlich wird der Zeitplan diesmal auch eingehalten.",
    "Wer bezahlt eigentlich die zusätzlichen Busse, die zum Fischereihafen fahren sollen, der Kreis?",
    "Ich fahre jeden Morgen mit der ersten Fähre und bin gespannt, wie voll es am Hafen wird.",
]


def test_a_discussion_block_after_the_story_stays_out() -> None:
    messages = "".join(f"<div class='msg'><p>{c}</p></div>" for c in _DE_COMMENTS)
    html = _page(
        f"<div class='artikel'><h1>Fähranleger wird neu gebaut</h1>{_paras(_DE)}</div>"
        f"<section id='diskussion'>{messages}</section>",
        lang="de",
    )
    body = _body(html)
    assert all(line in body for line in _DE)
    assert not any(c in body for c in _DE_COMMENTS)


def test_a_discussion_wrapper_holding_the_headline_is_read() -> None:
    posts = "".join(f"<div class='post'><p>{line}</p></div>" for line in _STORY)
    html = _page(f"<div class='discussion'><h1>Ferry landing to be rebuilt</h1>{posts}</div>")
    body = _body(html)
    assert all(line in body for line in _STORY)


_FR = [
    "Le conseil départemental a voté mercredi la reconstruction de l'embarcadère avant l'été.",
    "Les experts avaient constaté à l'automne que les pieux en bois étaient pourris par endroits.",
    "Pendant six semaines, le bac accostera au port de pêche, a précisé le département.",
]
_FR_ABOUT = [
    "Nous sommes un média indépendant, financé uniquement par nos lectrices et nos lecteurs.",
    "Notre rédaction de douze journalistes enquête chaque semaine sur la vie de la région.",
    "Pour que nous puissions continuer, soutenez-nous dès aujourd'hui par un don.",
]


def test_an_about_us_box_closing_the_article_stays_out() -> None:
    html = _page(
        f"<article><h1>L'embarcadère sera reconstruit</h1>{_paras(_FR)}"
        f"<div class='box'>{_paras(_FR_ABOUT)}<a href='/don'>Faire un don</a></div></article>",
        lang="fr",
    )
    body = _body(html)
    assert all(line in body for line in _FR)
    assert not any(line in body for line in _FR_ABOUT)


def test_a_closing_verdict_in_the_first_person_plural_is_kept() -> None:
    verdict = [
        "Our verdict: we have not tested a more comfortable pair this year, and we would buy them.",
        "We think the battery is the best in its class, though our unit ran a little short.",
    ]
    html = _page(
        f"<article><h1>X5 headphones review</h1>{_paras(_STORY)}"
        f"<div class='verdict'>{_paras(verdict)}</div></article>"
    )
    body = _body(html)
    assert all(line in body for line in verdict)


def test_an_open_letter_after_a_short_introduction_is_kept() -> None:
    letter = [
        "We, the residents of the south bank, ask the board to keep a ferry running at all times.",
        "Our shops, our schools and our doctors are all on the other side of the water.",
        "We are not against the works, but we need a way across while they go on.",
    ]
    html = _page(
        f"<article><h1>An open letter about the ferry</h1><p>{_STORY[0]} {_STORY[1]}</p>"
        f"<div class='letter'>{_paras(letter)}</div></article>"
    )
    body = _body(html)
    assert all(line in body for line in letter)
