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
