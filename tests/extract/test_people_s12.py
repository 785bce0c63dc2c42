"""Bylines and comments in shapes written for session 12.

Pages written for these tests: a harbour story with a byline whose marker stands alone in its
element ("Words by" then a link), a Korean byline that prints the job after the name, a classic
blog's comments written as a definition list (the writer in a ``<dt>``, the text in a ``<dd>``,
the date in the next ``<dd>``), and comments marked only with schema.org microdata.
"""

from __future__ import annotations

import datetime as dt

import pytest

import newsmeta

NOW = dt.datetime(2026, 12, 6, tzinfo=dt.timezone.utc)
URL = "https://harbour.example/2024/05/ferry-timetable"
STORY = " ".join(
    ["The island ferry will run every forty minutes this summer, the port authority said, "
     "after a season of queues on the quay and missed connections."] * 5
)  # fmt: skip
READERS = (
    "Finally, the last boat at six was always full by half past five.",
    "Will the winter timetable change as well, or only the summer one?",
    "Good news for the cafés by the pier, they lost a lot of trade last year.",
)


def _page(header: str = "", after: str = "", lang: str = "en") -> str:
    return (
        f'<!doctype html><html lang="{lang}"><head><title>Ferry timetable | Harbour News'
        f'</title></head><body><header class="masthead"><a href="/">Harbour News</a></header>'
        f"<main><article><h1>More ferries this summer</h1>{header}<p>{STORY}</p><p>{STORY}</p>"
        f"</article>{after}</main><footer><p>© 2024 Harbour News</p></footer></body></html>"
    )


def _each(template: str) -> str:
    """``template`` filled in for each reader (``{i}``, ``{text}``), joined."""
    return "".join(template.format(i=i, text=text) for i, text in enumerate(READERS))


def _authors_of(art: newsmeta.Article) -> list[str | None]:
    return [c.author.name if c.author else None for c in art.comments]


def _names(html: str) -> list[str]:
    return [a.name for a in newsmeta.extract(html, url=URL, now=NOW).authors]


@pytest.mark.parametrize(
    "header, names",
    [
        # a credit word before the marker, the pair alone in its element, the name after it
        ('<div class="article-meta"><span>Words by</span> <a href="/p/ines">Ines Moya</a></div>',
         ["Ines Moya"]),
        ('<div class="meta"><span>Reporting by</span> <a href="/p/tam">Tam Okoro</a></div>',
         ["Tam Okoro"]),
        ('<div class="meta"><span>Story by</span> <a href="/p/vale">Vale Ruiz</a></div>',
         ["Vale Ruiz"]),
        # Korean prints the job after the name
        ('<p class="byline">박서연 기자</p>', ["박서연"]),
        ('<p class="byline">정하늘 특파원</p>', ["정하늘"]),
        # one word and a role is a name too ("Benni, Redakteur")
        ('<p class="byline">Marisol, staff writer</p>', ["Marisol"]),
    ],
)  # fmt: skip
def test_byline_shapes(header: str, names: list[str]) -> None:
    assert _names(_page(header)) == names


def test_korean_job_alone_is_no_name() -> None:
    assert _names(_page('<p class="byline">기자</p>')) == []


def _blog_comments(readers: tuple[str, ...]) -> str:
    entries = "".join(
        f'<dt class="comment-author" id="c{i}"><a href="/profile/{i}">Islander{i}</a> said...'
        f'</dt><dd class="comment-body"><p>{text}</p></dd><dd class="comment-footer">'
        f'<span class="comment-timestamp"><a href="#c{i}">4 May 2024 at 09:1{i}</a></span></dd>'
        for i, text in enumerate(readers)
    )
    return (
        '<div class="comments" id="comments"><h4>3 comments:</h4>'
        f'<div id="comments-block"><dl>{entries}</dl></div></div>'
    )


def test_definition_list_comments_take_writer_and_date_from_their_entry() -> None:
    art = newsmeta.extract(_page(after=_blog_comments(READERS)), url=URL, now=NOW)
    assert [c.text for c in art.comments] == list(READERS)
    # "said..." is the layout's verb, not the name; each entry's date is its own
    assert _authors_of(art) == [
        "Islander0",
        "Islander1",
        "Islander2",
    ]
    assert [c.date_published for c in art.comments] == [
        dt.datetime(2024, 5, 4, 9, 10 + i) for i in range(3)
    ]
    assert not any(text in (art.body or "") for text in READERS)


def test_definition_list_entry_never_takes_the_next_entrys_date() -> None:
    # the second entry has no footer: it must not borrow the third entry's date
    html = _page(after=_blog_comments(READERS)).replace(
        '<dd class="comment-footer"><span class="comment-timestamp"><a href="#c1">'
        "4 May 2024 at 09:11</a></span></dd>",
        "",
    )
    art = newsmeta.extract(html, url=URL, now=NOW)
    assert [c.date_published for c in art.comments] == [
        dt.datetime(2024, 5, 4, 9, 10),
        None,
        dt.datetime(2024, 5, 4, 9, 12),
    ]


def test_microdata_comments_stay_out_of_the_body() -> None:
    items = _each(
        '<div itemprop="comment" itemscope itemtype="https://schema.org/Comment">'
        '<span itemprop="author">Ola {i}</span><meta itemprop="dateCreated" '
        'content="2024-05-04"><div itemprop="text">{text}</div></div>'
    )
    art = newsmeta.extract(_page(after=f'<div class="discussion">{items}</div>'), url=URL, now=NOW)
    assert [c.text for c in art.comments] == list(READERS)
    assert "forty minutes" in (art.body or "")
    assert not any(text in (art.body or "") for text in READERS)


def test_comment_footer_credit_line_names_writer_and_day() -> None:
    items = _each(
        '<div class="comment" id="comment-7f{i}"><div class="comment-content"><p>{text}</p>'
        '</div><p class="comment-footer">Posted by: <a href="/people/{i}">Rosa Lind{i}</a>'
        ' | <a href="#comment-7f{i}">May 04, 2024 at 09:1{i} AM</a></p></div>'
    )
    html = _page(after=f'<div class="comments"><h3>Comments</h3>{items}</div>')
    art = newsmeta.extract(html, url=URL, now=NOW)
    assert [c.text for c in art.comments] == list(READERS)
    assert _authors_of(art) == [f"Rosa Lind{i}" for i in range(3)]
    assert [c.author.url if c.author else None for c in art.comments] == [
        f"https://harbour.example/people/{i}" for i in range(3)
    ]
    assert [c.date_published for c in art.comments] == [
        dt.datetime(2024, 5, 4, 9, 10 + i) for i in range(3)
    ]


def test_footer_link_without_a_by_marker_is_no_writer() -> None:
    items = _each(
        '<div class="comment" id="comment-8a{i}"><div class="comment-content"><p>{text}</p>'
        '</div><p class="comment-footer"><a href="#r">Reply</a> | <a href="#p">Permalink</a>'
        "</p></div>"
    )
    art = newsmeta.extract(_page(after=f'<div class="comments">{items}</div>'), url=URL, now=NOW)
    assert [c.text for c in art.comments] == list(READERS)
    assert [c.author for c in art.comments] == [None, None, None]


def test_comment_section_written_as_a_definition_list() -> None:
    entries = _each(
        '<dt id="c{i}">May 4, 2024, 9:1{i} a.m. - Tor Vik{i}</dt><dd><p>{text}</p></dd>'
    )
    html = _page(after=f'<h2>Comments</h2><dl id="comments">{entries}</dl>')
    art = newsmeta.extract(html, url=URL, now=NOW)
    assert [c.text for c in art.comments] == list(READERS)
    assert _authors_of(art) == [f"Tor Vik{i}" for i in range(3)]
    assert [c.date_published for c in art.comments] == [
        dt.datetime(2024, 5, 4, 9, 10 + i) for i in range(3)
    ]
    assert not any(text in (art.body or "") for text in READERS)


def test_a_glossary_definition_list_is_no_comment_section() -> None:
    glossary = (
        "<dl><dt>Quay</dt><dd>A platform where boats are loaded.</dd>"
        "<dt>Pier</dt><dd>A structure that runs out into the water.</dd></dl>"
    )
    art = newsmeta.extract(_page(header="", after=glossary), url=URL, now=NOW)
    assert art.comments == ()


def test_element_classed_as_one_comment_around_several_is_the_section() -> None:
    items = _each(
        '<div class="comment-item"><span class="comment-author">Edda {i}</span> '
        '<span class="comment-date">04.05.2024 09:1{i}</span><p>{text}</p></div>'
    )
    html = _page(after=f'<div class="comment-block"><h2>Comments</h2>{items}</div>')
    art = newsmeta.extract(html, url=URL, now=NOW)
    assert [c.text for c in art.comments] == list(READERS)
    assert _authors_of(art) == [f"Edda {i}" for i in range(3)]


def test_unlike_parts_of_one_comment_stay_one_comment() -> None:
    item = (
        '<li class="comment"><div class="comment-main"><b class="fn">Edda</b> '
        '<time datetime="2024-05-04">4 May</time></div><div class="comment-block">'
        f"<p>{READERS[0]}</p></div></li>"
    )
    art = newsmeta.extract(_page(after=f'<ol class="comment-list">{item}</ol>'), url=URL, now=NOW)
    assert [c.text for c in art.comments] == [READERS[0]]
    assert art.comments[0].author is not None and art.comments[0].author.name == "Edda"


_MORE = (
    '<section class="x9"><h2>More from the harbour</h2><ul>'
    '<li><a href="/a/1"><h3>Storm closes the north pier</h3></a><p>By Carl Webb</p></li>'
    '<li><a href="/a/2"><h3>Fish market moves</h3></a><p>By Dora Lin</p></li>'
    "</ul></section>"
)


def test_a_teaser_lists_bylines_never_name_the_writer() -> None:
    # the list sits inside the article and has no class that names it: its cards do
    art = newsmeta.extract(_page(after=_MORE), url=URL, now=NOW)
    assert art.authors == ()
    refused = [e for e in art.provenance.rejected if e.field == "authors"]
    assert any("teaser card" in (e.reason or "") and "Carl Webb" in e.raw for e in refused)


def test_the_articles_byline_wins_over_a_teaser_lists() -> None:
    header = '<p class="x1"><span>By </span><a href="/people/ines">Ines Moya</a></p>'
    assert _names(_page(header=header, after=_MORE)) == ["Ines Moya"]


def test_a_byline_beside_its_own_linked_headline_is_kept() -> None:
    # a blog post's title linked to itself, once on the page: no list of cards
    html = (
        '<html><head><title>Ferry timetable</title></head><body><div class="post">'
        '<h2><a href="/2024/05/ferry-timetable">More ferries this summer</a></h2>'
        f'<p class="meta">By Tove Berg</p><p>{STORY}</p><p>{STORY}</p></div></body></html>'
    )
    assert _names(html) == ["Tove Berg"]


@pytest.mark.parametrize(
    "header, names",
    [
        ('<p class="byline">By Ines Moya. Additional reporting by Tam Okoro.</p>', ["Ines Moya"]),
        ('<div class="contributors"><p>Vale Ruiz contributed to this report by phone from '
         'Bergen.</p></div><p class="x"><span>By </span><a href="/p/ines">Ines Moya</a></p>',
         ["Ines Moya"]),
        # a person item marked as the author, with no article item around it
        ('<div class="meta"><span itemprop="author" itemscope itemtype="https://schema.org/'
         'Person"><a itemprop="url" href="/p/lu"><span itemprop="name">Lu Chen</span></a>'
         "</span></div>", ["Lu Chen"]),
    ],
)  # fmt: skip
def test_contributors_and_unscoped_person_items(header: str, names: list[str]) -> None:
    assert _names(_page(header)) == names


def test_comments_under_a_heading_that_names_them() -> None:
    posts = _each(
        '<article id="r{i}"><header><b>Sam Ives{i}</b> <time datetime="2024-05-0{i}T09:00">'
        "May {i}, 2024</time></header><p>{text}</p></article>"
    ).replace('datetime="2024-05-00T', 'datetime="2024-05-09T')
    html = _page(after=f'<section id="talk"><h2>Reactions</h2>{posts}</section>')
    art = newsmeta.extract(html, url=URL, now=NOW)
    assert [c.text for c in art.comments] == list(READERS)
    assert all(c.date_published is not None for c in art.comments)


def test_dated_posts_under_another_heading_are_no_comments() -> None:
    posts = _each(
        '<article id="r{i}"><header><b>Sam Ives{i}</b> <time datetime="2024-05-09">May 9, 2024'
        "</time></header><p>{text}</p></article>"
    )
    html = _page(after=f'<section id="talk"><h2>Latest from the harbour</h2>{posts}</section>')
    assert newsmeta.extract(html, url=URL, now=NOW).comments == ()
