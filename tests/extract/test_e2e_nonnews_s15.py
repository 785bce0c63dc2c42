"""Whole non-news article pages, every field at once (session 15, end-to-end probe B).

Blogs, an institution's news page, a press release and a podcast episode, trimmed from the
probe pages written for issues 13 and 14: each keeps its furniture (logo heading, menus,
breadcrumbs, sidebar widgets, a cookie banner, a comment form) so that every field is read
the way a user's page would give it.
"""

# ruff: noqa: E501
from __future__ import annotations

import datetime as dt

import newsmeta


def _day(value: dt.date) -> dt.date:
    return value.date() if isinstance(value, dt.datetime) else value


_COOKIE = """<div id="cookie-notice" class="cookie-banner" role="dialog"><span class="cn-text">
Wir verwenden Cookies, um Ihnen das beste Nutzererlebnis bieten zu können.</span>
<a href="#" class="cn-button">Alle akzeptieren</a></div>"""

WP_DE = f"""<!DOCTYPE html><html lang="de"><head><meta charset="utf-8">
<title>Massivholzmöbel im Winter richtig pflegen - Tischlerei Brandt</title>
<meta name="description" content="Trockene Heizungsluft setzt Holz zu. So kommen Tische durch den Winter.">
</head><body class="single single-post">
<header id="masthead" class="site-header"><div class="site-branding">
<p class="site-title"><a href="/" rel="home">Tischlerei Brandt</a></p></div>
<nav class="main-navigation"><ul><li><a href="/">Start</a></li><li><a href="/blog/">Blog</a></li>
<li><a href="/kontakt/">Kontakt</a></li></ul></nav></header>
<div id="content" class="site-content"><main id="primary" class="site-main">
<article class="post type-post hentry">
<header class="entry-header"><h1 class="entry-title">Massivholzmöbel im Winter richtig pflegen</h1>
<div class="entry-meta"><span class="posted-on">Veröffentlicht am <time class="entry-date published"
 datetime="2024-01-18T08:00:00+01:00">18. Januar 2024</time></span><span class="byline"> von
 <span class="author vcard"><a class="url fn n" href="/author/tberger/">Thomas Berger</a></span></span>
</div></header>
<div class="entry-content">
<p>Sobald die Heizung läuft, sinkt die Luftfeuchtigkeit in vielen Wohnungen auf unter 35 Prozent.
Für Möbel aus Massivholz ist das eine Belastung: Das Holz schwindet und kann reißen.</p>
<h2>Die Luftfeuchtigkeit im Blick behalten</h2>
<p>Ein einfaches Hygrometer kostet wenige Euro und zeigt, wann es kritisch wird. Ideal sind Werte
zwischen 45 und 55 Prozent, und eine Schale Wasser auf der Heizung hilft schon.</p>
<p>Geölte Tische sollten ein- bis zweimal im Jahr nachgeölt werden. Tragen Sie das Öl dünn auf und
nehmen Sie den Überschuss nach zwanzig Minuten gründlich ab.</p>
</div>
<footer class="entry-footer"><span class="cat-links">Veröffentlicht in <a href="/c/ratgeber/">Ratgeber</a>
</span></footer></article>
<div id="comments" class="comments-area"><h2 class="comments-title">2 Kommentare</h2>
<ol class="comment-list">
<li id="comment-1000" class="comment even depth-1"><article class="comment-body">
<footer class="comment-meta"><div class="comment-author vcard"><b class="fn">Martina K.</b>
<span class="says">sagt:</span></div><div class="comment-metadata"><a href="#comment-1000">
<time datetime="2024-01-19T09:12:00+01:00">19. Januar 2024 um 09:12 Uhr</time></a></div></footer>
<div class="comment-content"><p>Danke für die Tipps! Unser Esstisch hat genau so einen Riss.</p></div>
<div class="reply"><a class="comment-reply-link" href="#respond">Antworten</a></div></article></li>
<li id="comment-1001" class="comment odd depth-1"><article class="comment-body">
<footer class="comment-meta"><div class="comment-author vcard"><b class="fn">Jürgen Wolf</b>
<span class="says">sagt:</span></div><div class="comment-metadata"><a href="#comment-1001">
<time datetime="2024-01-22T17:40:00+01:00">22. Januar 2024 um 17:40 Uhr</time></a></div></footer>
<div class="comment-content"><p>Welches Öl empfehlen Sie für Eiche?</p></div></article></li>
</ol>
<div id="respond" class="comment-respond"><h3 class="comment-reply-title">Schreibe einen Kommentar</h3>
<form id="commentform" class="comment-form"><p class="comment-notes">Deine E-Mail-Adresse wird nicht
veröffentlicht.</p><textarea name="comment"></textarea><input type="submit" value="Kommentar abschicken">
</form></div></div>
</main>
<aside id="secondary" class="widget-area sidebar">
<section class="widget widget_recent_entries"><h2 class="widget-title">Neueste Beiträge</h2><ul>
<li><a href="/1/">Unser neues Büro in Leipzig</a></li><li><a href="/2/">Rückblick auf die Messe</a></li>
</ul></section>
<section class="widget widget_archive"><h2 class="widget-title">Archiv</h2><ul>
<li><a href="/2024/01/">Januar 2024</a></li><li><a href="/2023/12/">Dezember 2023</a></li></ul></section>
</aside></div>
<footer id="colophon" class="site-footer"><div class="site-info">© 2024 Tischlerei Brandt.
Alle Rechte vorbehalten.</div></footer>
{_COOKIE}
</body></html>"""


def test_wordpress_company_blog_every_field() -> None:
    art = newsmeta.extract(WP_DE, "https://tischlerei-brandt.example/blog/massivholz-pflegen/")
    assert art.title == "Massivholzmöbel im Winter richtig pflegen"
    assert [a.name for a in art.authors] == ["Thomas Berger"]
    assert art.date_published is not None and _day(art.date_published) == dt.date(2024, 1, 18)
    body = art.body or ""
    assert "Hygrometer" in body and "nachgeölt" in body
    for furniture in ("Neueste Beiträge", "Leipzig", "Cookies", "Alle Rechte", "Esstisch"):
        assert furniture not in body
    assert [c.author.name if c.author else None for c in art.comments] == [
        "Martina K.",
        "Jürgen Wolf",
    ]
    assert art.comments[1].text == "Welches Öl empfehlen Sie für Eiche?"


# A magazine on Ghost whose <head> holds no description: the standfirst printed under the
# headline ("article-excerpt") is the description.
GHOST_EN = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>The Quiet Economics of Repair Cafés</title></head>
<body class="post-template"><header id="gh-head" class="gh-head"><a class="gh-head-logo" href="/">The
Margin</a><nav class="gh-head-menu"><ul class="nav"><li><a href="/">Home</a></li><li><a href="/about/">
About</a></li></ul></nav><a class="gh-head-button" href="#/portal/signup">Subscribe</a></header>
<main id="site-main" class="site-main"><article class="article post">
<header class="article-header gh-canvas">
<h1 class="article-title">The Quiet Economics of Repair Cafés</h1>
<p class="article-excerpt">Volunteers fix toasters and jackets for free once a month. We spent a year
counting what that is worth.</p>
<div class="article-byline"><div class="article-byline-meta"><h4 class="author-name">
<a href="/author/maya/">Maya Okonkwo</a>, <a href="/author/daniel/">Daniel Frisch</a></h4>
<div class="byline-meta-content"><time class="byline-meta-date" datetime="2024-02-27">Feb 27, 2024
</time><span class="byline-reading-time">12 min read</span></div></div></div></header>
<section class="gh-content gh-canvas">
<p>On the first Saturday of every month, a church hall in Leeds fills with broken things: kettles
that no longer click off, lamps with frayed cables and a child's scooter with a wobbling wheel.</p>
<p>Across 36 sessions we logged 1,412 items. Just over 60 per cent left the hall working again,
and the median owner estimated that a replacement would have cost them 45 pounds.</p>
</section></article></main>
<aside class="read-more-wrap"><article class="post-card"><h2 class="post-card-title">Why we still
write letters</h2><div class="post-card-excerpt">A look back at the months that changed how we
work.</div></article></aside>
</body></html>"""


def test_ghost_standfirst_is_the_description_when_the_head_has_none() -> None:
    art = newsmeta.extract(GHOST_EN, "https://themargin.example/the-quiet-economics/")
    assert art.description is not None
    assert art.description.startswith("Volunteers fix toasters and jackets")
    assert {a.name for a in art.authors} == {"Maya Okonkwo", "Daniel Frisch"}
    assert art.date_published is not None and _day(art.date_published) == dt.date(2024, 2, 27)
    assert "1,412 items" in (art.body or "")


def test_meta_description_still_wins_over_the_standfirst() -> None:
    page = GHOST_EN.replace(
        "<title>", '<meta name="description" content="What repair cafés are worth."><title>'
    )
    art = newsmeta.extract(page, "https://themargin.example/the-quiet-economics/")
    assert art.description == "What repair cafés are worth."


# A municipality's news page on Plone: the logo is an <h1> too, the byline names the desk, and
# the "documentDescription" under the headline is the page's only description.
PLONE_NL = """<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8">
<title>Nieuwe speeltuin in het Stadspark geopend — Gemeente Zeewolde-aan-Zee</title></head>
<body class="portaltype-news-item"><header class="site-header"><div id="block-sitebranding">
<h1 class="site-logo"><a href="/"><img src="/logo.svg" alt="Gemeente Zeewolde-aan-Zee"></a></h1>
</div><nav class="main-menu"><ul><li><a href="/wonen">Wonen</a></li><li><a href="/nieuws">Nieuws</a>
</li></ul></nav></header>
<nav class="breadcrumb"><a href="/">Home</a> › <a href="/nieuws">Nieuws</a></nav>
<main role="main"><article class="portal-column-content">
<h1 class="documentFirstHeading">Nieuwe speeltuin in het Stadspark geopend</h1>
<div class="documentByLine" id="plone-document-byline"><span class="documentPublished">
<span>gepubliceerd</span> 14-03-2024 10:12</span></div>
<div class="documentDescription description">Kinderen uit de buurt hebben zelf meegedacht over het
ontwerp van de speeltuin.</div>
<div class="field--name-body">
<p>Wethouder Jansen heeft woensdagmiddag de nieuwe speeltuin in het Stadspark officieel geopend.
Samen met kinderen van de basisschool knipte zij het lint door.</p>
<p>De speeltuin vervangt de oude speelplaats, die na dertig jaar aan vervanging toe was. Er kwamen
een klimrek in de vorm van een vuurtoren en een waterspeelplaats.</p>
</div></article>
<aside class="layout-sidebar-second"><h2>Meer nieuws</h2><ul><li><span class="date">12-03-2024</span>
<a href="/nieuws/1">Werkzaamheden aan de Dorpsstraat</a></li></ul></aside></main>
<footer class="site-footer"><a href="/privacy">Privacyverklaring</a></footer>
</body></html>"""


def test_plone_municipality_news_page() -> None:
    art = newsmeta.extract(PLONE_NL, "https://www.gemeente-zaz.example/nieuws/speeltuin")
    assert art.title == "Nieuwe speeltuin in het Stadspark geopend"
    assert art.date_published is not None and _day(art.date_published) == dt.date(2024, 3, 14)
    assert art.description == (
        "Kinderen uit de buurt hebben zelf meegedacht over het ontwerp van de speeltuin."
    )
    body = art.body or ""
    assert "vuurtoren" in body and "Dorpsstraat" not in body


# A ministry's press release on TYPO3: the headline alone in its wrapper, the teaser after it.
TYPO3_DE = """<!DOCTYPE html><html lang="de"><head><meta charset="utf-8">
<title>Förderprogramm für Balkonkraftwerke startet am 1. März</title></head><body>
<header class="site-header"><h1 class="site-logo"><a href="/"><img src="/logo.svg"
 alt="Ministerium für Umwelt"></a></h1></header>
<main><article class="news news-single">
<div class="news-list-date"><time datetime="2024-02-19">19.02.2024</time></div>
<div class="header"><h1 itemprop="headline">Förderprogramm für Balkonkraftwerke startet am 1. März</h1>
</div>
<div class="teaser-text" itemprop="description"><p>Mieterinnen und Mieter können ab März einen
Zuschuss von bis zu 200 Euro für Stecker-Solargeräte beantragen.</p></div>
<div class="news-text-wrap" itemprop="articleBody">
<p>Das Land fördert ab dem 1. März 2024 die Anschaffung von Stecker-Solargeräten. Insgesamt stehen
fünf Millionen Euro zur Verfügung, der Antrag wird online gestellt.</p>
<p>Gefördert werden Geräte mit einer Leistung von bis zu 800 Watt, die nach dem 1. März gekauft
werden. Das Programm läuft bis Ende 2025 oder bis die Mittel ausgeschöpft sind.</p>
</div></article></main></body></html>"""


def test_typo3_press_release_teaser_after_a_wrapped_headline() -> None:
    art = newsmeta.extract(TYPO3_DE, "https://www.umwelt.land.example/presse/balkonkraftwerke")
    assert art.title == "Förderprogramm für Balkonkraftwerke startet am 1. März"
    assert art.date_published is not None and _day(art.date_published) == dt.date(2024, 2, 19)
    assert art.description is not None and art.description.startswith("Mieterinnen und Mieter")
    assert art.authors == ()


def test_a_linked_list_after_the_headline_is_no_description() -> None:
    page = GHOST_EN.replace(
        '<p class="article-excerpt">',
        '<p class="article-excerpt"><a href="/t/1">Economy</a> <a href="/t/2">Repair</a> ',
    )
    art = newsmeta.extract(page, "https://themargin.example/the-quiet-economics/")
    assert art.description is None


# A site builder's blog post: the writer's name stands alone in a "user-name" element above
# the headline, with no "By" and no metadata naming them.
BUILDER_IT = """<!DOCTYPE html><html lang="it"><head><meta charset="utf-8">
<title>Come arredare un monolocale di 30 metri quadri</title></head><body>
<header id="SITE_HEADER"><h2 class="font_2"><a href="/">Studio Verdi</a></h2><nav><ul>
<li><a href="/">Home</a></li><li><a href="/blog">Blog</a></li></ul></nav></header>
<main><article data-hook="post"><div data-hook="post-header"><div data-hook="user-info">
<span data-hook="user-name" class="tQ0Q1A user-name">Chiara Verdi</span>
<ul class="post-metadata"><li><span data-hook="time-ago">20 feb 2024</span></li>
<li><span>3 min di lettura</span></li></ul></div></div>
<h1 data-hook="post-title" class="H3vOVf post-title">Come arredare un monolocale di 30 metri quadri</h1>
<div class="post-content__body">
<p>Arredare un monolocale è una sfida: ogni centimetro conta e ogni mobile deve avere più di una
funzione. Vi raccontiamo il progetto di un appartamento di 30 metri quadri a Bologna.</p>
<p>Il letto è a scomparsa, integrato in un armadio a parete. Di giorno il soggiorno torna libero e
diventa anche uno studio con una scrivania a ribalta.</p>
</div></article></main>
<footer id="SITE_FOOTER"><p>© 2024 Studio Verdi · P.IVA 01234567890</p></footer></body></html>"""


def test_site_builder_post_names_its_writer_in_a_user_name_element() -> None:
    art = newsmeta.extract(BUILDER_IT, "https://www.studioverdi.example/post/monolocale")
    assert [a.name for a in art.authors] == ["Chiara Verdi"]
    assert art.title == "Come arredare un monolocale di 30 metri quadri"
    assert art.date_published is not None and _day(art.date_published) == dt.date(2024, 2, 20)


# A static-site blog (Hugo's PaperMod): the meta line under the headline gives the day, the
# reading time and the writer, dot-separated and with no "By"; no metadata names the writer.
HUGO_FR = """<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8">
<title>Apprendre le piano à quarante ans | Carnets de Paul</title></head>
<body id="top"><header class="header"><nav class="nav"><div class="logo"><a href="/">Carnets de Paul</a>
</div><ul id="menu"><li><a href="/posts/">Articles</a></li><li><a href="/tags/">Tags</a></li></ul></nav>
</header><main class="main"><article class="post-single"><header class="post-header">
<div class="breadcrumbs"><a href="/">Home</a>&nbsp;»&nbsp;<a href="/posts/">Posts</a></div>
<h1 class="post-title entry-hint-parent">Apprendre le piano à quarante ans</h1>
<div class="post-meta"><span title='2024-01-15 00:00:00 +0000 UTC'>15 janvier 2024</span>&nbsp;·&nbsp;5 min&nbsp;·&nbsp;Paul Mercier</div>
</header><div class="post-content">
<p>Il y a un an, le jour de mon quarantième anniversaire, je me suis inscrit à un cours de piano pour
adultes débutants. Je ne savais pas lire une partition.</p>
<p>Vers le sixième mois, quelque chose s'est débloqué. J'ai joué ma première pièce de bout en bout,
un petit menuet de Bach, sans m'arrêter.</p>
</div><footer class="post-footer"><ul class="post-tags"><li><a href="/tags/musique/">musique</a></li></ul>
</footer></article></main><footer class="footer"><span>&copy; 2024 Carnets de Paul</span></footer>
</body></html>"""


def test_static_blog_meta_line_names_the_writer_without_by() -> None:
    art = newsmeta.extract(HUGO_FR, "https://carnetsdepaul.example/posts/piano/")
    assert [a.name for a in art.authors] == ["Paul Mercier"]
    assert art.date_published is not None and _day(art.date_published) == dt.date(2024, 1, 15)
    assert art.title == "Apprendre le piano à quarante ans"


def test_a_meta_line_without_a_reading_time_names_nobody() -> None:
    page = HUGO_FR.replace("&nbsp;·&nbsp;5 min", "&nbsp;·&nbsp;Musique")
    art = newsmeta.extract(page, "https://carnetsdepaul.example/posts/piano/")
    assert art.authors == ()
