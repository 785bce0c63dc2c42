"""Session 15, end-to-end probe A: whole news pages, every field at once (issues 13, 14).

Trimmed from the probe pages written for the session (original prose, no corpus page).
"""

from __future__ import annotations

import newsmeta

_DRUPAL_AUTHORS = """<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8">
<title>{title} | Site</title></head><body>
<header><span class="date-widget">9 May 2024</span><nav><ul><li><a href="/">Home</a></li>
<li><a href="/news">News</a></li></ul></nav></header>
<main id="main"><article role="article" class="node node--type-article node--view-mode-full">
<div class="field field--name-field-section"><a href="/regio">Regio</a></div>
<h1 class="page-title"><span class="field field--name-title">{title}</span></h1>
<div class="node__meta">
  <div class="field field--name-field-authors">
    <div class="field__label">{label}</div>
    <div class="field__items">
      <div class="field__item"><a href="/autor/a">{a}</a></div>
      <div class="field__item"><a href="/autor/b">{b}</a></div>
    </div>
  </div>
  <div class="field field--name-created"><time datetime="2024-05-04T10:12:00+01:00">4.5.2024</time></div>
</div>
<div class="field field--name-body"><p>{para}</p><p>{para}</p><p>{para}</p></div>
</article></main></body></html>"""

_PARA = (
    "The regional council voted on Tuesday to extend the night bus network to four more "
    "villages, a decision residents had campaigned for since the last timetable change."
)


def _authors(**kw: str) -> list[str]:
    html = _DRUPAL_AUTHORS.format(para=_PARA, **kw)
    art = newsmeta.extract(html, url="https://news.example/regio/2024/05/04/night-buses")
    return [a.name for a in art.authors]


def test_field_items_are_separate_authors() -> None:
    got = _authors(
        lang="en",
        title="Night buses reach four more villages",
        label="By",
        a="Harriet Collins",
        b="Samuel Okafor",
    )
    assert got == ["Harriet Collins", "Samuel Okafor"]


def test_field_items_are_separate_authors_italian_label() -> None:
    got = _authors(
        lang="it",
        title="Autobus notturni in quattro nuovi paesi",
        label="di",
        a="Giulia Bianchi",
        b="Marco Rossi",
    )
    assert got == ["Giulia Bianchi", "Marco Rossi"]


def test_field_items_are_separate_authors_japanese() -> None:
    got = _authors(
        lang="ja", title="深夜バス、四つの村に拡大", label="記者", a="佐藤 美咲", b="高橋 健太"
    )
    assert got == ["佐藤 美咲", "高橋 健太"]


_LEAD_PICTURE = """<!DOCTYPE html><html lang="pl"><head><meta charset="utf-8">
<title>Nowa linia tramwajowa | Gazeta</title></head><body>
<header><nav><ul><li><a href="/">Start</a></li><li><a href="/kraj">Kraj</a></li></ul></nav></header>
<main id="main"><article class="article">
<header class="article-header">
  <a class="kicker" href="/kraj/">Kraj</a>
  <h1 class="headline">Gdańsk otwiera nową linię tramwajową</h1>
  <h2 class="standfirst">Pierwsze tramwaje pojadą w sobotę. Miasto zapowiada kursy co dziesięć minut.</h2>
</header>
<figure class="lead-image"><img src="/img/lead.jpg" alt="">
  <figcaption><span class="caption">Gdańsk — przystanek przy nowej pętli na Morenie</span>
  <span class="credit">Fot. Redakcja</span></figcaption></figure>
<div class="article-body">
<p>W sobotę rano pierwsze tramwaje wyjadą na nową trasę prowadzącą przez Morenę. Budowa
trwała dwa lata i kosztowała ponad trzysta milionów złotych.</p>
<p>Linia ma prawie sześć kilometrów i dziewięć przystanków. Tramwaje będą kursować co
dziesięć minut w dni powszednie.</p>
<p>Mieszkańcy od lat czekali na to połączenie. Do tej pory do centrum można było dojechać
tylko zatłoczonymi autobusami.</p>
</div></article></main></body></html>"""


def test_lead_picture_caption_is_no_standfirst() -> None:
    art = newsmeta.extract(_LEAD_PICTURE, url="https://gazeta.example/kraj/2024/05/04/tramwaj")
    body = art.body or ""
    assert "przystanek przy nowej pętli" not in body
    assert body.startswith("Pierwsze tramwaje pojadą w sobotę.")
    assert "zatłoczonymi autobusami" in body


_MAG = """<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8">
<title>{title}</title><meta property="og:title" content="{title}"></head><body>
<header><nav><ul><li><a href="/">Home</a></li><li><a href="/kultur">Kultur</a></li></ul></nav></header>
<main id="main" class="main"><div class="container">
<section class="post-hero">
  <p class="post-hero__section"><a href="/kultur">Kultur</a></p>
  <h1>{title}</h1>
  <p class="post-meta"><a href="/contributors/{sa}">{a}</a> {conj} <a href="/contributors/{sb}">{b}</a>
  <span class="sep">·</span> <span class="post-meta__date">{day}</span>
  <span class="sep">·</span> <span class="read-time">6 min</span></p>
</section>
<div class="post-content rich-text"><p>{para}</p><p>{para}</p><p>{para}</p></div>
</div></main></body></html>"""


def test_archive_links_on_one_dated_line_are_co_authors() -> None:
    html = _MAG.format(
        lang="tr",
        title="İzmir'de yeni metro hattı için ilk kazı yapıldı",
        a="Ayşe Yılmaz",
        sa="ayse-yilmaz",
        b="Mehmet Demir",
        sb="mehmet-demir",
        conj="ve",
        day="24 Şubat 2024",
        para="Buca metrosu için ilk kazı pazartesi günü düzenlenen törenle yapıldı. "
        "Hattın toplam uzunluğu on dört kilometre olacak ve dört yılda bitmesi planlanıyor.",
    )
    art = newsmeta.extract(html, url="https://ege.example/gundem/2024/02/24/metro")
    assert [a.name for a in art.authors] == ["Ayşe Yılmaz", "Mehmet Demir"]


def test_archive_link_alone_stays_one_author() -> None:
    html = _MAG.format(
        lang="en",
        title="A quiet revival for the town's old cinema",
        a="Harriet Collins",
        sa="harriet-collins",
        b="Newsletter",
        sb="",
        conj="·",
        day="March 5, 2024",
        para="The cinema on the high street reopened on Friday after a volunteer group "
        "spent two years raising money to repair its roof and replace the projector.",
    ).replace('<a href="/contributors/">Newsletter</a>', "")
    art = newsmeta.extract(html, url="https://ledger.example/culture/2024/03/05/cinema")
    assert [a.name for a in art.authors] == ["Harriet Collins"]
