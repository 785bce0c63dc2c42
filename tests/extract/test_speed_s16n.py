"""Session 16, speed N: the body scorer marks the nodes inside unread subtrees (scripts,
styles, forms' controls …) and inside links by assigning slices, not by a running sum.

The page below, written for this test, nests what those marks must cover: a script and a
style inside the story (never read), a link whose text sits in nested elements (counted as
link text, so a list of such links stays out of the body) and a plain link inside a
paragraph (read with it).
"""

from __future__ import annotations

import datetime as dt

import newsmeta

NOW = dt.datetime(2026, 11, 1, tzinfo=dt.timezone.utc)
STORY = (
    "The harbour authority reopened the northern pier on Tuesday after three weeks of repairs "
    "to the storm-damaged decking, the city council said."
)
PAGE = f"""<!DOCTYPE html><html lang="en"><head><title>Northern pier reopens</title></head>
<body><nav><ul>
<li><a href="/a"><span><b>Weather warnings for the coast</b> this week</span></a></li>
<li><a href="/b"><span><b>Ferry timetable changes</b> from Monday</span></a></li>
<li><a href="/c"><span><b>Fishing quotas under review</b> again</span></a></li>
</ul></nav>
<article><h1>Northern pier reopens after repairs</h1>
<p>{STORY}<script>var trackingPixel = "pier-story-script-text";</script></p>
<style>.pier {{ content: "pier-story-style-text"; }}</style>
<p>Fishing boats can moor there again from Wednesday, and the <a href="/cafe">pier café</a>
opens at the weekend, according to the harbour master's office in a short statement.</p>
<p>Repairs to the southern pier are due to start in the spring, once the winter storms have
passed and the contractor has finished its survey of the older timber piles.</p>
</article></body></html>"""


def test_unread_subtrees_and_link_text_are_marked_whatever_they_nest() -> None:
    article = newsmeta.extract(PAGE, url="https://example.org/pier", now=NOW)
    body = article.body or ""
    assert STORY in body
    assert "pier café" in body
    assert "pier-story-script-text" not in body
    assert "pier-story-style-text" not in body
    assert "Ferry timetable changes" not in body
