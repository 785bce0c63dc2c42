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
  <div class="field field--name-created"><time
datetime="2024-05-04T10:12:00+01:00">4.5.2024</time></div>
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
  <h2 class="standfirst">Pierwsze tramwaje pojadą w sobotę. Miasto zapowiada kursy co dziesięć
minut.</h2>
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
<header><nav><ul><li><a href="/">Home</a></li><li><a
href="/kultur">Kultur</a></li></ul></nav></header>
<main id="main" class="main"><div class="container">
<section class="post-hero">
  <p class="post-hero__section"><a href="/kultur">Kultur</a></p>
  <h1>{title}</h1>
  <p class="post-meta"><a href="/contributors/{sa}">{a}</a> {conj} <a
href="/contributors/{sb}">{b}</a>
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


_WHOLE = """<!DOCTYPE html><html lang="de"><head><meta charset="utf-8">
<title>Landtag beschließt neues Schulgesetz | Rheinische Abendpost</title>
<meta name="description" content="Eine knappe Mehrheit stimmte für kleinere Klassen.">
</head><body>
<header class="site-header"><span class="date-widget">14.07.2024</span>
<nav><ul><li><a href="/">Start</a></li><li><a href="/politik">Politik</a></li></ul></nav>
<div class="ticker"><ul><li><a href="/a">Kommunen fordern mehr Geld für Kitas</a></li></ul></div>
</header>
<main id="main"><article class="article">
<header class="article-header">
  <a class="kicker" href="/politik/">Landespolitik</a>
  <h1 class="headline">Landtag beschließt neues Schulgesetz</h1>
  <h2 class="standfirst">Eine knappe Mehrheit stimmte für kleinere Klassen.</h2>
  <div class="byline"><span class="byline__by">Von</span>
    <div class="byline__author"><a class="byline__name" href="/autor/kw">Katharina Weber</a>
    <span class="byline__role">Redakteurin Politik</span></div></div>
  <div class="timestamp"><span>Veröffentlicht <time
datetime="2024-07-10T09:05:00+02:00">10.07.2024, 09:05 Uhr</time></span>
  | <span>Aktualisiert <time datetime="2024-07-11T12:16:00+02:00">11.07.2024, 12:16
Uhr</time></span></div>
</header>
<figure class="lead-image"><img src="/img/lead.jpg" alt="">
<figcaption>Schule — Blick in den Plenarsaal <span class="credit">Foto:
Archiv</span></figcaption></figure>
<div class="article-body">
<p>Der Landtag hat am Mittwochabend das neue Schulgesetz verabschiedet. Für den Entwurf der
Landesregierung stimmten 78 Abgeordnete, 71 stimmten dagegen.</p>
<p>Kern des Gesetzes ist eine Obergrenze von 24 Kindern pro Klasse an Grundschulen, die
schrittweise bis zum Schuljahr 2026 eingeführt werden soll.</p>
<div class="ad ad--inarticle"><span class="ad__label">Anzeige</span></div>
<p>Die Opposition kritisierte, dass die Finanzierung nicht gesichert sei. Die Kommunen
müssten neue Klassenräume bauen, ohne dass das Land die Kosten übernehme.</p>
<p class="ai-disclosure"><em>Dieser Text wurde mithilfe von KI erstellt und von der
Redaktion geprüft.</em></p>
</div></article>
<section class="more-from"><h2>Mehr aus Politik</h2>
<article class="teaser card"><h3><a href="/b">Streit um neue Windräder im Kreis</a></h3>
<p class="teaser__meta"><span class="teaser__byline">Von Laura Stein</span> ·
<time datetime="2024-07-14T08:00:00+02:00">vor 2 Stunden</time></p></article></section>
<section id="comments" class="comments-area"><h2>Kommentare (2)</h2>
<div class="comment" id="c0"><div class="comment__header"><span class="comment__author">Petra
M.</span>
<time class="comment__date" datetime="2024-07-10T14:05:00+02:00">10.07.2024, 14:05 Uhr</time></div>
<div class="comment__body"><p>Kleinere Klassen sind längst überfällig. Aber woher sollen die
Lehrer kommen?</p></div></div>
<div class="comment" id="c1"><div class="comment__header"><span
class="comment__author">Hans-Jürgen Vogt</span>
<time class="comment__date" datetime="2024-07-10T21:18:00+02:00">10.07.2024, 21:18 Uhr</time></div>
<div class="comment__body"><p>Wieder ein Gesetz ohne Plan für die Finanzierung. Die Gemeinden
zahlen am Ende.</p></div></div>
</section></main>
<footer class="site-footer"><p class="legal">© 2024 Rheinische Abendpost. Alle Rechte
vorbehalten.</p></footer>
</body></html>"""


def test_whole_news_page_every_field() -> None:
    art = newsmeta.extract(_WHOLE, url="https://abendpost.example/politik/2024/07/10/schulgesetz")
    assert art.title == "Landtag beschließt neues Schulgesetz"
    assert [a.name for a in art.authors] == ["Katharina Weber"]
    assert art.date_published is not None and art.date_published.isoformat()[:10] == "2024-07-10"
    assert art.date_modified is not None and art.date_modified.isoformat()[:10] == "2024-07-11"
    assert art.description == "Eine knappe Mehrheit stimmte für kleinere Klassen."
    body = art.body or ""
    assert "Obergrenze von 24 Kindern" in body
    assert "Plenarsaal" not in body and "Windräder" not in body and "Anzeige" not in body
    assert [(c.author.name if c.author else None) for c in art.comments] == [
        "Petra M.",
        "Hans-Jürgen Vogt",
    ]
    assert art.comments[0].date_published is not None
    assert art.ai_disclosure is not None
    assert art.ai_disclosure.level.value == "ai_assisted"
