"""Session 16, end-to-end probe D: broadcasters, video-first pages, live blogs, sports and
markets news, whole pages with their furniture, every field at once (issues 13, 14).

Trimmed from the probe pages written for the session (original prose, no corpus page).
"""

from __future__ import annotations

import json

import newsmeta

_PARAS = (
    "<p>The regional government approved on Tuesday the extension of the metro line to the "
    "northern districts, with six new stations and a budget of 1.2 billion euros.</p>"
    "<p>Works will begin in the autumn and last at least five years, the transport "
    "minister said, adding that journeys across the city would be twenty minutes shorter.</p>"
    "<p>Residents' associations, which have campaigned for a connection for a decade, "
    "welcomed the decision but asked for a detailed timetable of the works.</p>"
)


def _video_ld(upload: str, name: str) -> str:
    data = {
        "@context": "https://schema.org",
        "@type": "VideoObject",
        "name": name,
        "uploadDate": upload,
        "duration": "PT1M30S",
        "thumbnailUrl": "https://cdn.tv.example/v/1.jpg",
    }
    return '<script type="application/ld+json">' + json.dumps(data) + "</script>"


def _tv_page(og_type: str, byline: str, extra: str = "", lang: str = "es") -> str:
    return f"""<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8">
<title>Madrid aprueba la ampliación de la línea 11 | Telenoticias</title>
<meta property="og:type" content="{og_type}">
<meta property="og:title" content="Madrid aprueba la ampliación de la línea 11">
{_video_ld("2024-03-04T21:00:00+01:00", "Así será la nueva estación")}
</head><body>
<header><nav><a href="/">Portada</a> <a href="/directo">En directo</a></nav>
<div class="on-air"><h3>Ahora en directo</h3><p><span class="time">21:00</span> Telediario</p></div>
</header>
<main><article class="story">
<h1 class="story-title">Madrid aprueba la ampliación de la línea 11</h1>
<div class="story-meta">{byline}</div>
<figure class="media-player video"><div class="player"><button>Reproducir</button>
<span class="duration">1:30</span></div><figcaption>Así será la nueva estación</figcaption></figure>
<div class="story-body">{_PARAS}{extra}</div>
</article></main></body></html>"""


_URL = "https://tv.example/espana/metro-madrid-nueva-linea_123456.html"


def test_embedded_clip_upload_day_yields_to_the_story_dateline() -> None:
    """An article page (og:type article) with a player whose VideoObject was uploaded the
    evening before: the story's printed dateline dates the page."""
    html = _tv_page(
        "article",
        '<span class="firma">Lucía Fernández</span> '
        '<span class="lugar-fecha">Madrid, 05/03/2024 14:20h</span>',
    )
    art = newsmeta.extract(html, url=_URL)
    assert art.date_published is not None
    assert art.date_published.isoformat()[:10] == "2024-03-05"
    assert [a.name for a in art.authors] == ["Lucía Fernández"]


def test_a_clip_page_is_still_dated_by_its_upload() -> None:
    """A video page (og:type video.other) without a printed date: its clip's upload day."""
    html = _tv_page("video.other", '<span class="firma">Lucía Fernández</span>')
    art = newsmeta.extract(html, url=_URL)
    assert art.date_published is not None
    assert art.date_published.isoformat()[:10] == "2024-03-04"


def _byline_page(byline: str, closing: str = "", lang: str = "en") -> newsmeta.Article:
    html = f"""<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8">
<title>European shares slip as energy stocks fall</title></head><body>
<div class="ticker-tape"><span>FTSE 100 7,682.50 +0.4%</span> <span>DOW 38,790.43 -0.1%</span></div>
<main><article><h1>European shares slip as energy stocks fall</h1>{byline}
{_PARAS}{closing}</article></main></body></html>"""
    return newsmeta.extract(html, url="https://wire.example/markets/european-shares-slip")


def test_wire_credit_names_each_reporter_with_their_city() -> None:
    art = _byline_page(
        "",
        "<p>Reporting by Ana Ruiz in Madrid and Lena Berg in Stockholm; Editing by Mark Potter</p>",
    )
    assert [a.name for a in art.authors] == ["Ana Ruiz", "Lena Berg"]


def test_wire_credit_of_three_reporters_in_three_cities() -> None:
    art = _byline_page(
        "",
        "<p>Reporting by Ana Ruiz in Madrid, Lena Berg in Stockholm and Tom Lee in "
        "New York; Editing by Mark Potter</p>",
    )
    assert [a.name for a in art.authors] == ["Ana Ruiz", "Lena Berg", "Tom Lee"]


def test_byline_filed_in_a_section_keeps_one_name() -> None:
    art = _byline_page('<p class="byline">By Kai Moreno in Politics and Economy</p>')
    assert [a.name for a in art.authors] == ["Kai Moreno"]


def test_national_wire_after_the_writer_is_a_credit() -> None:
    art = _byline_page('<div class="autor">Por Ana Costa, com Lusa</div>', lang="pt")
    assert [a.name for a in art.authors] == ["Ana Costa"]


def test_turkish_reporter_class_is_a_byline() -> None:
    art = _byline_page('<span class="muhabir">Zeynep Arslan</span>', lang="tr")
    assert [a.name for a in art.authors] == ["Zeynep Arslan"]


def test_investment_disclaimer_closing_the_story_is_not_body() -> None:
    art = _byline_page(
        "",
        "<p>This article is for information only and does not constitute investment advice.</p>",
    )
    assert "investment advice" not in (art.body or "")
    assert "twenty minutes shorter" in (art.body or "")


def test_a_last_line_about_investment_advice_is_kept() -> None:
    art = _byline_page(
        "",
        "<p>The regulator said it would publish new rules on investment advice for "
        "retail savers next year.</p>",
    )
    assert "new rules on investment advice" in (art.body or "")


_LINEUPS = """<section class="lineups"><h2>Line-ups</h2>
<div class="team"><h3>Harbour City</h3>
<p>Grant; Miles, Pike, Okoro, Hale; Adeyemi, Rossi, Burke; Lang, Wood, Ince</p></div>
<div class="team"><h3>Milltown</h3>
<p>Fenn; Price, Dodd, Shaw, Kerr; Lowe, Tate, Blythe; Marsh, Lyle, Cobb</p></div>
</section>"""


def test_team_sheets_after_a_match_report_are_not_body() -> None:
    html = f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Harbour City come from behind to beat Milltown</title></head><body>
<main><article class="match-report">
<div class="scorebox"><span class="home">Harbour City</span> <span class="score">2 – 1</span>
<span class="away">Milltown</span> <span class="status">FT</span></div>
<h1>Harbour City come from behind to beat Milltown</h1>
<div class="byline">Daniel Reeve</div>
<div class="article-body">
<p>Owen Pike's header two minutes from time gave Harbour City a deserved win over promotion
rivals Milltown and lifted them four points clear in second place.</p>
<p>Milltown had gone ahead against the run of play when Kieran Lowe drove a low shot into
the far corner midway through the first half.</p>
<p>City levelled ten minutes after the break when Tunde Adeyemi turned in a cross from the
right, and pressed for a winner for the rest of the afternoon.</p>
</div>
{_LINEUPS}
</article></main></body></html>"""
    art = newsmeta.extract(html, url="https://sport.example/football/report/harbour-city")
    body = art.body or ""
    assert "Owen Pike's header" in body
    assert "Grant; Miles" not in body
    assert "Fenn; Price" not in body


def test_firma_is_a_signature_only_in_romance_languages() -> None:
    """Spanish "firma" is the byline; German "Firma" is a company box."""
    es = _byline_page('<span class="firma">Marta Gil</span>', lang="es")
    assert [a.name for a in es.authors] == ["Marta Gil"]
    de = _byline_page('<div class="firma">Stadtwerke Nord GmbH</div>', lang="de")
    assert [a.name for a in de.authors] == []
