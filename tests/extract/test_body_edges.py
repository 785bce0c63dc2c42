"""Colophon, contact, paywall and promotion lines at the edges of the chosen text.

The site's footer or a subscription box read along with the story is dropped line by line
from either end of the text; the same words inside the story leave it alone. The pages are
written for these tests.
"""

from __future__ import annotations

import datetime as dt

import newsmeta

NOW = dt.datetime(2026, 12, 6, tzinfo=dt.timezone.utc)

_STORY = [
    "The harbour authority confirmed on Thursday that the northern quay will close for "
    "eighteen months while engineers replace the timber piles that have held it up since "
    "1911, a decision that fishing crews had feared for most of the year.",
    "Divers who inspected the structure in the spring found that more than a third of the "
    "piles had rotted below the waterline, and the engineers said the quay could not safely "
    "carry loaded lorries for another winter.",
    "Skippers who land their catch at the quay will move to a temporary pontoon on the "
    "eastern side of the harbour, where the authority has promised electricity, fresh water "
    "and a refrigerated store before the closure begins in March.",
    "The chief executive said the work could not be put off any longer and that the new "
    "quay, built on steel and concrete, would last for a century.",
]

_COLOPHON = [
    "Harbour Gazette Media Ltd, 12 Quay Street, Portsea PO1 2AB. Telephone 023 9200 1100.",
    "Registered in England and Wales, company number 04567123. VAT number GB 987 6543 21.",
    "© 2026 Harbour Gazette Media Ltd. All rights reserved.",
]

_IMPRESSUM = [
    "Verlag Nordkurier GmbH, Am Hafen 4, 18055 Rostock. Telefon 0381 123 4567.",
    "Amtsgericht Rostock HRB 98765. USt-IdNr. DE 234 567 890.",
]


def _p(lines: list[str]) -> str:
    return "".join(f"<p>{line}</p>" for line in lines)


def _page(body: str) -> str:
    return (
        "<html><head><title>Northern quay to close</title></head><body>"
        "<nav><a href='/'>Home</a> <a href='/news'>News</a></nav>"
        f"{body}</body></html>"
    )


def _extract(body: str) -> newsmeta.Article:
    return newsmeta.extract(_page(body), "https://gazette.example/news/quay", now=NOW)


def test_a_colophon_after_the_story_in_the_same_region_is_dropped() -> None:
    # The story and the site's colophon sit in sibling blocks the scorer reads together.
    article = _extract(
        "<div class='col-main'><h1>Northern quay to close</h1>"
        f"<div class='txt'>{'<br><br>'.join(_STORY)}</div></div>"
        f"<div id='content'>{_p(_COLOPHON)}</div>"
    )
    assert article.body is not None
    assert all(line[:60] in article.body for line in _STORY)
    assert "04567123" not in article.body
    assert "Quay Street, Portsea" not in article.body
    assert "All rights reserved" not in article.body


def test_a_paywall_box_after_the_story_is_dropped() -> None:
    paywall = (
        "This article is for subscribers only. Subscribe now for unlimited access to our "
        "journalism. Already a subscriber? Log in to continue reading."
    )
    article = _extract(
        f"<article><h1>Northern quay to close</h1>{_p(_STORY)}"
        f"<div class='piano-box'><p>{paywall}</p></div></article>"
    )
    assert article.body is not None
    assert article.body.endswith(_STORY[-1])
    assert "subscribers only" not in article.body


def test_an_imprint_above_the_story_is_dropped() -> None:
    article = _extract(
        "<main><h1>Northern quay to close</h1>"
        f"<div itemprop='articleBody'>{_p(_IMPRESSUM)}</div><div class='c'>{_p(_STORY)}</div>"
        "</main>"
    )
    assert article.body is not None
    assert article.body.startswith(_STORY[0])
    assert "HRB 98765" not in article.body


def test_a_contact_address_inside_the_story_is_kept() -> None:
    # Only the edges are trimmed: a line with a phone number between two paragraphs of
    # the story is part of it.
    contact = "Readers with questions can telephone the harbour office on 023 9200 1100."
    lines = [*_STORY[:2], contact, *_STORY[2:]]
    article = _extract(f"<article><h1>Northern quay to close</h1>{_p(lines)}</article>")
    assert article.body is not None
    assert contact in article.body


def test_a_long_closing_paragraph_with_colophon_words_is_kept() -> None:
    # A last paragraph of prose (300 characters or more) stays, whatever words it holds.
    closing = (
        "The authority said that anyone who wants to comment on the plans can write to its "
        "office at 12 Quay Street before the end of the month, and that every letter will "
        "be read by the board before the contract is signed; a public meeting will also be "
        "held in the town hall on the first Tuesday of February, starting at seven o'clock."
    )
    assert len(closing) >= 300
    article = _extract(
        f"<article><h1>Northern quay to close</h1>{_p([*_STORY, closing])}</article>"
    )
    assert article.body is not None
    assert article.body.endswith(closing)


def test_a_lead_with_a_german_article_and_a_year_is_not_a_colophon() -> None:
    # "ein" is a German article, not an employer identification number.
    lead = "Der Hafen bekommt ein neues Kai: Die Arbeiten beginnen 2027 und dauern achtzehn Monate."
    story = [
        "Die Taucher der Hafenbehörde fanden im Frühjahr, dass mehr als ein Drittel der "
        "Holzpfähle unter der Wasserlinie verrottet ist, und die Ingenieure halten das Kai "
        "für beladene Lastwagen nicht mehr für sicher.",
        "Die Fischer sollen bis zum Ende der Arbeiten an einem Ponton auf der Ostseite des "
        "Hafens anlegen, wo die Behörde Strom, Wasser und ein Kühlhaus verspricht.",
        "Der Geschäftsführer der Behörde sagte, die Arbeiten ließen sich nicht länger "
        "aufschieben, und das neue Kai aus Stahl und Beton werde hundert Jahre halten.",
    ]
    article = _extract(f"<article><h1>Neues Kai für den Hafen</h1>{_p([lead, *story])}</article>")
    assert article.body is not None
    assert article.body.startswith(lead)


_REVIEW = [
    "Small cameras usually ask you to give something up, and this one asks less than most. "
    "Its one-inch sensor sits behind a bright zoom lens, and the pictures held up well in "
    "dim rooms.",
    "The body is barely larger than a deck of cards, yet the controls never feel cramped, "
    "and both dials click firmly enough to be used with gloves on.",
    "Battery life is the weak point: around two hundred and forty shots on a charge, so "
    "anyone planning a long day away from a socket should carry a spare.",
]


def test_a_shop_promotion_above_the_review_is_dropped() -> None:
    # The template's body block holds the shop's offer; the review follows in the same
    # <article>, and the two are read together.
    promo = (
        "Save twenty per cent on camera bags this weekend only. Join our photography club "
        "for free and get our best deals on lenses and tripods every Friday."
    )
    article = _extract(
        "<article><h1>Pocket camera review</h1>"
        f"<div itemprop='articleBody'><p>{promo}</p></div>"
        f"<div class='review-text'>{_p(_REVIEW)}</div></article>"
    )
    assert article.body is not None
    assert article.body.startswith(_REVIEW[0])
    assert "camera bags" not in article.body


def test_a_labelled_sale_line_above_the_review_is_dropped() -> None:
    # The call to act follows a short label and a colon ("Winter sale: …"), in a box the
    # review's container reads along with it.
    promo = "Winter sale: get the whole range of compacts with free shipping on every order!"
    article = _extract(
        f"<div id='page'><h1>Pocket camera review</h1><div class='hero'><p>{promo}</p></div>"
        f"{_p(_REVIEW)}</div>"
    )
    assert article.body is not None
    assert article.body.startswith(_REVIEW[0])
    assert "Winter sale" not in article.body


def test_a_labelled_line_with_no_call_to_act_stays() -> None:
    # "Update:" then news, not an offer: the label alone does not make a promotion.
    lead = (
        "Update: the ferry company says it will save the winter timetable, and offers of "
        "help from two councils are now being weighed."
    )
    article = _extract(f"<article><h1>Ferry timetable</h1>{_p([lead, *_STORY])}</article>")
    assert article.body is not None
    assert article.body.startswith(lead)


def test_a_lead_about_offers_is_not_a_promotion() -> None:
    # News about discounts names offers too, but opens with no call to buy or join.
    lead = (
        "Shoppers can save up to a third at the harbour market this weekend, as traders "
        "offer discounts to win back customers after the quay works."
    )
    article = _extract(f"<article><h1>Market discounts</h1>{_p([lead, *_STORY])}</article>")
    assert article.body is not None
    assert article.body.startswith(lead)


_COOKIES = (
    "We and our partners use cookies and similar technologies to store and access "
    "information on your device, to personalise content and ads and to analyse our "
    "traffic. You can accept all cookies or choose which ones you allow in the settings, "
    "and change your choices at any time from the privacy link at the bottom of the page."
)


def test_a_cookie_notice_read_after_the_story_is_dropped() -> None:
    # An unclassed layer after the article, read with it as more of the same text.
    assert len(_COOKIES) >= 300
    article = _extract(
        f"<article><h1>Northern quay to close</h1>{_p(_STORY)}</article>"
        f"<div class='layer'><p>{_COOKIES}</p></div>"
    )
    assert article.body is not None
    assert article.body.endswith(_STORY[-1])
    assert "cookies" not in article.body


def test_a_story_about_cookie_rules_keeps_its_paragraphs() -> None:
    # Inside the story the same words are the story's: only the edges are trimmed.
    middle = "The regulator said sites must ask for consent before they set advertising cookies."
    lines = [_STORY[0], middle, *_STORY[1:]]
    article = _extract(f"<article><h1>Cookie rules</h1>{_p(lines)}</article>")
    assert article.body is not None
    assert middle in article.body
