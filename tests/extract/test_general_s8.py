"""Session 8 rules that generalize (issue 13): each is a structural concept, tested on pages
written for these tests.
"""

from __future__ import annotations

import datetime as dt

import newsmeta

NOW = dt.datetime(2026, 12, 6, tzinfo=dt.timezone.utc)

# A wine region described in one block of lines split by <br>, as shop templates write it.
_REGION_LINES = [
    "Die Bestimmungen des Anbaugebiets erlauben vier rote und drei weiße Rebsorten, und die "
    "Winzer nutzen diese Freiheit, um sehr verschiedene Weine zu keltern",
    "Für die Qualitätsstufen der Weine gelten Mindestlagerzeiten, die im Fass und in der "
    "Flasche verbracht werden müssen, bevor ein Wein seine Stufe tragen darf",
    "Die Böden reichen von Kalk und Ton im Hochland bis zu Schwemmland am Fluss, was die "
    "Frische der Weißweine und die Tiefe der Rotweine erklärt",
]

# What a shop shows in a pop-up over every page: shipping terms, closed by a control.
_SHIPPING = [
    "Unsere Lieferungen kommen per Paketdienst zu Ihnen. Sofern nicht anders abgesprochen, "
    "erfolgt der Versand innerhalb von zwei Werktagen nach Eingang der Zahlung auf unserem "
    "Konto, und Sie erhalten eine Nachricht mit der Sendungsnummer.",
    "Ab einem Bestellwert von 90 Euro liefern wir innerhalb des Landes versandkostenfrei, "
    "darunter berechnen wir eine Pauschale, die im Warenkorb vor dem Abschluss der "
    "Bestellung angezeigt wird, zusammen mit der voraussichtlichen Lieferzeit.",
]


def _shop_page(closer: str) -> str:
    lines = "<br>\n".join(_REGION_LINES)
    shipping = "".join(f"<p>{p}</p>" for p in _SHIPPING)
    return f"""<html><head><title>Das Anbaugebiet | Weinhandel</title></head><body>
    <div class="container"><h1>Das Anbaugebiet</h1>
    <div class="beschreibung">{lines}</div></div>
    <div id="vkinfo">{closer}<h3>Versandkosten und Lieferung</h3>{shipping}</div>
    </body></html>"""


def test_a_pop_up_with_a_close_control_is_not_the_article() -> None:
    # The pop-up holds more paragraph text than the region's <br> lines; its close control
    # marks it as an overlay, so the text under the headline is read.
    article = newsmeta.extract(
        _shop_page('<div class="close">Schließen [X]</div>'), "https://wein.example/gebiet", now=NOW
    )
    assert article.body is not None
    assert _REGION_LINES[0][:50] in article.body
    assert "Paketdienst" not in article.body


def test_a_close_control_written_as_a_button_sign() -> None:
    article = newsmeta.extract(
        _shop_page('<button class="btn-close" aria-label="Close">×</button>'),
        "https://wein.example/gebiet",
        now=NOW,
    )
    assert article.body is not None
    assert _REGION_LINES[0][:50] in article.body
    assert "Paketdienst" not in article.body


def test_a_long_block_classed_close_is_no_close_control() -> None:
    # "close" on a block with text of its own (an accordion's open/closed state) is not a
    # control: the text around it stays the article.
    body = "".join(f"<p>{p}</p>" for p in _SHIPPING)
    html = f"""<html><head><title>Lieferung</title></head><body><article><h1>Lieferung</h1>
    <div class="faq"><div class="close">Wie wird geliefert und was kostet der Versand?</div>
    {body}</div></article></body></html>"""
    article = newsmeta.extract(html, "https://wein.example/lieferung", now=NOW)
    assert article.body is not None
    assert "Paketdienst" in article.body


# The two catastrophic shapes of issue 13 (a promotion standing in for a review, the site's
# colophon standing in for a news story), written with the template marking the wrong block.
_STORY = [
    "Council officials approved a plan on Tuesday evening to reopen the old railway bridge "
    "to pedestrians and cyclists, ending a closure that has divided the two halves of the "
    "town for almost three years.",
    "The bridge was shut after engineers found cracks in two of its supporting piers, and the "
    "repair bill, first estimated at a few hundred thousand pounds, grew as further damage "
    "was found under the deck.",
    "Residents on the eastern side say the detour adds a mile to the walk to the station and "
    "the school, and a petition for a temporary crossing gathered more than four thousand "
    "signatures last spring.",
    "Work is expected to start in the new year and to take about five months, the council "
    "said, with the deck resurfaced and new lighting fitted before the crossing reopens.",
]
_COLOPHON = (
    "<p>Valley Courier Ltd, 12 Mill Road, Hebden HX7 8AA. Tel: +44 1422 555 000, "
    "fax +44 1422 555 001.</p><p>Registered in England and Wales, company registration "
    "no. 07654321. VAT number GB 987 6543 21. © 2025 Valley Courier Ltd.</p>"
)


def _codes(article: newsmeta.Article) -> list[str]:
    return [w.code for w in article.provenance.warnings]


def test_a_colophon_marked_as_the_main_block_gives_way_to_the_story() -> None:
    story = "<br><br>".join(_STORY)
    for wrapper in ("<main>{}</main>", '<div role="main">{}</div>'):
        html = f"""<html><head><title>Bridge to reopen</title></head><body>
        <table><tr><td><h1>Bridge to reopen</h1>{story}</td></tr></table>
        {wrapper.format(_COLOPHON)}</body></html>"""
        article = newsmeta.extract(html, "https://valley.example/bridge", now=NOW)
        assert article.body is not None
        assert article.body.startswith(_STORY[0][:60])
        assert "VAT number" not in article.body
        assert "body-fallback" in _codes(article)


def test_a_promotion_marked_as_the_article_body_does_not_replace_the_review() -> None:
    promo = (
        "<p>Shop now: our partner has this camera at its lowest price of the year, buy now "
        "and take 20% off with the promo code SPRING while stocks last.</p>"
    )
    review = "".join(f"<p>{p}</p>" for p in _STORY * 2)
    html = f"""<html><head><title>Camera review</title></head><body>
    <div class="hero"><h1>Camera review</h1></div>
    <div itemprop="articleBody">{promo}</div><div class="text">{review}</div></body></html>"""
    article = newsmeta.extract(html, "https://valley.example/review", now=NOW)
    # The review is read whole, not replaced by the marked promotion (which the common
    # ancestor chosen here still carries in front of it).
    assert article.body is not None
    assert _STORY[0][:60] in article.body
    assert _STORY[-1][-60:] in article.body
