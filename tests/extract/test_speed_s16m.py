"""Session 16, speed M: the page index picks the elements it files by tag (``<meta>``,
``<link>``, scripts, ``<time>``, ``<h1>``, ``<title>`` …) from the tags its one walk has
read, instead of a second, tag-filtered walk of the tree.

The page below, written for this test, puts lookalikes beside each filed element: a
``<meta>`` inside a comment, a prefixed ``<x:meta>``, a processing instruction and an SVG
``<title>`` in the body. Only the real elements are read.
"""

from __future__ import annotations

import datetime as dt

import newsmeta

NOW = dt.datetime(2026, 11, 1, tzinfo=dt.timezone.utc)
PAGE = """<!DOCTYPE html><html lang="de"><head>
<!-- <meta name="description" content="Ein Kommentar im Kopf der Seite"> -->
<x:meta name="description" content="Ein Element mit Präfix"></x:meta>
<meta name="description" content="Die Innbrücke ist nach dem Hochwasser wieder offen.">
<meta property="og:title" content="Hochwasser: Brücke in Passau wieder offen">
<link rel="canonical" href="https://example.de/passau/bruecke-offen">
<?php echo 1; ?>
<title>Hochwasser: Brücke in Passau wieder offen | Beispiel Zeitung</title>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",
"headline":"Hochwasser: Brücke in Passau wieder offen",
"datePublished":"2024-06-04T09:15:00+02:00"}</script>
</head><body><svg><title>Logo der Zeitung</title></svg>
<main><article><h1>Hochwasser: Brücke in Passau wieder offen</h1>
<time datetime="2024-06-04T09:15:00+02:00">4. Juni 2024</time>
<p>Nach dem Hochwasser ist die Brücke über den Inn seit Dienstagmorgen wieder für den
Verkehr freigegeben, teilte die Stadt mit.</p>
<p>Die Feuerwehr hatte die Fahrbahn in der Nacht von Schlamm und Treibgut befreit;
Fußgänger können die Brücke schon seit Montag nutzen.</p>
</article></main><footer><p>© 2024 Beispiel Zeitung</p></footer></body></html>"""


def test_the_filed_elements_are_read_and_their_lookalikes_are_not() -> None:
    for content in (True, False):
        article = newsmeta.extract(
            PAGE.encode(), "https://example.de/passau/bruecke-offen?ref=1", now=NOW, content=content
        )
        assert article.title == "Hochwasser: Brücke in Passau wieder offen"
        assert article.description == "Die Innbrücke ist nach dem Hochwasser wieder offen."
        assert article.canonical_url == "https://example.de/passau/bruecke-offen"
        assert article.date_published == dt.datetime(
            2024, 6, 4, 9, 15, tzinfo=dt.timezone(dt.timedelta(hours=2))
        )
        assert article.language == "de"
        if content:
            assert "Treibgut" in (article.body or "")
            assert "Logo der Zeitung" not in (article.body or "")
