"""A JSON-LD author is a byline only when the page shows the name somewhere.

Every page here is written for these tests.
"""

from __future__ import annotations

import json

import pytest

import newsmeta

_TEXT = """
<p>The town council approved the new cycle lane on the river road on Tuesday evening, after
two years of consultation and a petition signed by more than three thousand residents.</p>
<p>Work starts in April and is expected to last ten weeks; the road stays open to cars in
one direction while the lane is built, and the bus stop by the bridge moves fifty metres.</p>
<p>Shopkeepers on the road had asked for the loading bays to be kept, and the final plan
keeps four of the six, moved to the side streets nearest the market square.</p>
<p>The cycling club welcomed the vote but said the lane should continue past the station,
where the road narrows and most of last year's accidents happened; the council said a
second phase would be studied once the first had been open for a full year.</p>
<p>The lane will be lit along its whole length, and the council will count bicycles at
both ends for the first twelve months to decide whether the second phase goes ahead.</p>
<p>Residents can see the drawings at the town hall until the end of the month, and a
public meeting on the works timetable is planned for the second week of March.</p>
"""


def _page(author: str, *, shown: str = "", hidden: str = "", text: str = _TEXT) -> str:
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": "Council approves river road cycle lane",
        "datePublished": "2025-03-04T18:00:00+01:00",
        "author": {"@type": "Person", "name": author},
    }
    return f"""<!doctype html><html lang="en"><head>
<title>Council approves river road cycle lane - Riverside Courier</title>
<script type="application/ld+json">{json.dumps(data)}</script></head>
<body><article><h1>Council approves river road cycle lane</h1>{shown}
<div class="article-body">{text}</div></article>{hidden}
<footer><p>Riverside Courier, Mill Lane 4</p></footer></body></html>"""


def test_a_json_ld_author_the_page_never_shows_is_not_the_byline() -> None:
    # The CMS recorded the account that uploaded the story; no reader sees that name.
    html = _page("Tobias Wennergren", hidden="<script>var uploader = 'Tobias Wennergren';</script>")
    art = newsmeta.extract(html, "https://riverside-courier.example/cycle-lane")
    assert art.authors == ()
    refused = [e for e in art.provenance.rejected if e.field == "authors"]
    assert refused and "shows the name nowhere" in (refused[0].reason or "")


@pytest.mark.parametrize(
    "shown",
    [
        '<p class="meta">Tobias Wennergren, 4 March 2025</p>',
        "<p>BY TOBIAS WENNERGREN</p>",
        '<img src="/staff/tw.jpg" alt="Portrait of Tobias Wennergren">',
        # Text right after an inline script (the script's tail) is shown.
        '<p class="by"><script>track("byline")</script> Tobias Wennergren</p>',
        # The name's first occurrence is in a script; a later one is printed.
        "<script>var by = 'Tobias Wennergren';</script><p>By Tobias Wennergren</p>",
    ],
)
def test_a_json_ld_author_printed_on_the_page_is_kept(shown: str) -> None:
    art = newsmeta.extract(
        _page("Tobias Wennergren", shown=shown), "https://riverside-courier.example/cycle-lane"
    )
    assert [a.name for a in art.authors] == ["Tobias Wennergren"]
    (ev,) = art.provenance.evidence_for("authors")
    assert ev.source is newsmeta.SourceKind.JSON_LD


def test_a_name_split_across_elements_is_not_printed_as_a_word() -> None:
    # The joined text reads "Wennergren", but no text node holds the word: the page does
    # not print the name as such.
    html = _page("Tobias Wennergren", shown="<p>Tobias Wenner<b>gren</b> and friends</p>")
    art = newsmeta.extract(html, "https://riverside-courier.example/cycle-lane")
    assert art.authors == ()


def test_a_page_that_does_not_show_its_article_keeps_the_json_ld_author() -> None:
    # A stub or a shell its scripts fill in: the byline may well be drawn by a script, so
    # the structured data is all there is to go on.
    html = _page("Tobias Wennergren", text="<p>Loading the story…</p>")
    art = newsmeta.extract(html, "https://riverside-courier.example/cycle-lane")
    assert [a.name for a in art.authors] == ["Tobias Wennergren"]


def test_a_json_ld_person_spelling_the_sites_address_is_the_site() -> None:
    # The structured data credits a "Person" whose name is the site's address spelt out
    # (riverside-courier.example): the account is the site's, not a writer's. The page
    # prints the name (in its footer), so only the address tells it apart.
    html = _page("Riverside Courier")
    art = newsmeta.extract(html, "https://www.riverside-courier.example/cycle-lane")
    assert art.authors == ()
    refused = [e for e in art.provenance.rejected if e.field == "authors"]
    assert refused and refused[0].raw == "Riverside Courier"
    assert "names the site" in (refused[0].reason or "")
    # A writer's own name on the same site is a byline.
    kept = newsmeta.extract(
        _page("Tobias Wennergren", shown="<p>BY TOBIAS WENNERGREN</p>"),
        "https://www.riverside-courier.example/cycle-lane",
    )
    assert [a.name for a in kept.authors] == ["Tobias Wennergren"]
