"""Session 17, speed P: the furniture verdict of a page's top headings is asked once per
page (the headline reader, the date readers' first headline, the byline zone and the
own-story test share it), and a page that marks no dialog skips the role test.

The pages below, written for these tests, put the shapes those shortcuts must not change
in front of the story's headline: an ``<h1>`` in the navigation, a logo ``<h1>`` with no
text outside it, a sign-in dialog's ``<h1>``, a teaser's "By" line in another story's
``<article>``.
"""

from __future__ import annotations

import datetime as dt

import newsmeta

NOW = dt.datetime(2026, 11, 1, tzinfo=dt.timezone.utc)

LOGO_FIRST = """<!DOCTYPE html><html lang="en"><head>
<title>Ferry timetable cut for the winter | The Harbour Post</title></head><body>
<nav class="site-nav"><h1>The Harbour Post</h1><a href="/">Home</a></nav>
<h1 class="logo"><a href="/"><img src="/logo.png" alt=""></a></h1>
<div class="story"><h1>Ferry timetable cut for the winter</h1>
<p class="meta">By Marta Okafor</p>
<p>The island ferry will run four times a day instead of seven from November, the
operator said on Monday, citing fewer passengers after the summer season.</p>
<p>Residents said the last boat at six in the evening leaves commuters stranded on the
mainland, and the council asked the operator to keep a late crossing.</p>
</div></body></html>"""

DIALOG_FIRST = """<!DOCTYPE html><html lang="en"><head>
<title>Night buses return to the harbour district | The Harbour Post</title></head><body>
<div role="dialog" aria-modal="true"><h1>Sign in</h1><p>Log in to keep reading.</p></div>
<main><h1>Night buses return to the harbour district</h1>
<p>Night buses will again serve the harbour district from Friday, the transport authority
said, after a trial of on-demand shuttles drew too few riders over the summer.</p>
<p>The N4 and N7 routes will run every half hour between midnight and five.</p>
</main></body></html>"""

TEASER_BYLINE = """<!DOCTYPE html><html lang="en"><head>
<title>Harbour wall repairs start in March | The Harbour Post</title></head><body>
<main><h1>Harbour wall repairs start in March</h1>
<aside><article class="teaser"><h2><a href="/other">Fish market moves</a></h2>
<p>By Tomas Weller</p></article></aside>
<p>Repairs to the harbour's northern wall will start in March and take two years, the port
authority said, after storms last winter washed out part of its base.</p>
<p>Boats will moor at the southern pier while the work goes on.</p>
</main></body></html>"""


def _names(article: newsmeta.Article) -> list[str]:
    return [a.name for a in article.authors]


def test_a_headline_after_furniture_and_a_logo_heading_heads_the_byline_zone() -> None:
    for content in (True, False):
        article = newsmeta.extract(LOGO_FIRST, now=NOW, content=content)
        assert article.title == "Ferry timetable cut for the winter"
        assert _names(article) == ["Marta Okafor"]


def test_a_dialogs_heading_is_no_headline() -> None:
    for content in (True, False):
        article = newsmeta.extract(DIALOG_FIRST, now=NOW, content=content)
        assert article.title == "Night buses return to the harbour district"


def test_another_storys_byline_names_no_writer() -> None:
    for content in (True, False):
        article = newsmeta.extract(TEASER_BYLINE, now=NOW, content=content)
        assert article.title == "Harbour wall repairs start in March"
        assert "Tomas Weller" not in _names(article)
