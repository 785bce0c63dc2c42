"""Regex traps: long runs of spaces, digits and words next to date and byline patterns.

A backtracking pattern (nested quantifiers, ``\\s*\\d+\\s*`` chains) on these texts takes
seconds to hours; every page here must finish within the size-proportional bound.
"""

from __future__ import annotations

import pytest
from hostile_support import page, run_hostile

N = 100_000

TRAPS = {
    "by-spaces": "By " + " " * N + "x",
    "by-spaces-no-end": "By" + " " * N,
    "by-tabs-newlines": "By\t" + "\n\t " * (N // 3) + "!",
    "by-and-spaces": "By Jane" + " and " * (N // 5) + "!",
    "by-commas": "By " + "Jane, " * (N // 6) + "!",
    "by-dots": "By " + "J." * (N // 2),
    "by-capitals": "By " + "A " * (N // 2) + "1",
    "by-hyphens": "By " + "-" * N,
    "published-digits": "Published " + "1" * N,
    "published-spaces": "Published " + " " * N + "on",
    "published-on-digits-spaces": "Published on " + "1 " * (N // 2) + "x",
    "date-digits-dashes": "2023-" + "1" * N,
    "date-slashes": "12/" * (N // 3),
    "date-dots": "1." * (N // 2),
    "date-colons": "10:" * (N // 3),
    "date-month-spaces": "December " + " " * N + "29, 2023x",
    "date-month-digits": "December " + "2" * N,
    "date-many-months": "December " * (N // 9),
    "date-ordinals": "29th " * (N // 5),
    "date-iso-t": "2023-12-29T" + "1" * N,
    "date-tz-plus": "2023-12-29T10:00:00+" + "0" * N,
    "updated-digits": "Updated " + "9" * N + " ago",
    "relative-ago": "1 " * (N // 2) + "hours ago",
    "relative-minutes": "a few " * (N // 6) + "minutes ago",
    "mixed-punct": "By: " + ":-" * (N // 2),
    "unicode-spaces": "By " + "\u00a0\u2009\u3000" * (N // 3) + "x",
    "digits-with-commas": "1," * (N // 2) + " views",
    "words": "a " * N,
}

CONTAINERS = {
    "class-byline": '<div class="byline">{}</div>',
    "class-date": '<span class="date published">{}</span>',
    "time": "<time>{}</time>",
    "time-datetime": '<time datetime="{}">x</time>',
    "meta-author": '<meta name="author" content="{}">',
    "meta-date": '<meta property="article:published_time" content="{}">',
    "paragraph": "<p>{}</p>",
    "itemprop-date": '<span itemprop="datePublished">{}</span>',
    "comment": '<ol class="comments"><li class="comment"><span class="date">{0}</span>'
    '<span class="author">{0}</span><p>Nice text here, readers.</p></li></ol>',
    "rating": '<div class="rating">{0}</div><span class="votes">{0}</span>',
    "disclosure": '<p class="ai-disclosure">{}</p>',
}


@pytest.mark.parametrize("container", sorted(CONTAINERS))
@pytest.mark.parametrize("trap", sorted(TRAPS))
def test_regex_trap(trap: str, container: str) -> None:
    markup = CONTAINERS[container].format(TRAPS[trap])
    head, body = (markup, "") if container.startswith("meta") else ("", markup)
    html = page("<article><h1>Council approves the new budget</h1>" + body + "</article>", head)
    out = run_hostile(html)
    assert out.article is not None
    # A 100,000-character run is never passed off as a name.
    for author in out.article.authors:
        assert len(author.name) < 1_000


@pytest.mark.parametrize("trap", sorted(TRAPS))
def test_regex_trap_in_url_and_title(trap: str) -> None:
    text = TRAPS[trap].replace(" ", "-")[:50_000]
    html = page(
        "<article><h1>Council approves the new budget</h1></article>",
        f'<link rel="canonical" href="https://news.example.com/{text}">',
        title=TRAPS[trap][:50_000],
    )
    out = run_hostile(html, f"https://news.example.com/2023/12/{text}")
    assert out.article is not None
