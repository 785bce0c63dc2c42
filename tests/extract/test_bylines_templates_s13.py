"""Bylines as CMS templates print them, session 13 (issue 13): where a name ends (a date,
a timestamp label, the profile's buttons, a place), author boxes, dated credit lines, meta
bylines naming several people, and author elements in lists of other stories. Pages written
for these tests (a harbour story)."""

from __future__ import annotations

import pytest

import newsmeta

URL = "https://gazette.example/news/grain-pier"
TEXT = "<p>" + "The harbour board voted to lease the old grain pier to a ferry firm. " * 8 + "</p>"


def _names(header: str = "", after: str = "", head: str = "", lang: str = "en") -> list[str]:
    html = (
        f'<html lang="{lang}"><head><title>Grain pier leased | Harbour Gazette</title>{head}'
        '</head><body><header class="site-header"><a href="/">Harbour Gazette</a></header>'
        f"<main><article><h1>Grain pier leased to ferry firm</h1>{header}{TEXT}{TEXT}{after}"
        "</article></main><footer><p>© 2024 Harbour Gazette Media</p></footer></body></html>"
    )
    return [a.name for a in newsmeta.extract(html, url=URL).authors]


@pytest.mark.parametrize(
    ("header", "want"),
    [
        # a month-first date right after the name, with no separator (Ghost, Substack)
        (
            '<div class="article-byline"><h4 class="author-name"><a href="/author/leo/">'
            'Leo Brandt</a></h4><time datetime="2024-03-03">Mar 3, 2024</time>'
            "<span>4 min read</span></div>",
            ["Leo Brandt"],
        ),
        (
            '<div class="post-meta"><a href="/author/jd/">Jane Doe</a> September 12, 2023</div>',
            ["Jane Doe"],
        ),
        # the timestamp's label after the name
        (
            '<div class="meta">By Rafael Costa Published 9:14 AM ET, March 3, 2024</div>',
            ["Rafael Costa"],
        ),
        (
            '<div class="byline">Jane Doe<span class="updated">Updated March 3, 2024</span></div>',
            ["Jane Doe"],
        ),
        ('<p class="autor">Von Jana Krüger Aktualisiert am 03.03.2024</p>', ["Jana Krüger"]),
        ('<p class="autor">Por Lucía Martín Actualizado: 03/03/2024 10:15</p>', ["Lucía Martín"]),
        # the profile's buttons beside the name
        (
            '<div class="byline">By <a href="/author/jane-doe">Jane Doe</a> '
            '<button class="follow-btn">Follow</button></div>',
            ["Jane Doe"],
        ),
        (
            '<div class="author-meta"><a href="/author/jane-doe">Jane Doe</a> '
            '<a class="more" href="/author/jane-doe">View all posts</a></div>',
            ["Jane Doe"],
        ),
        (
            '<ul class="byline-list"><li><span class="author">Ann Lee</span> '
            '<a href="https://twitter.com/annlee">Follow on Twitter</a></li>'
            '<li><span class="author">Bo Chan</span> '
            '<a href="https://twitter.com/bochan">Follow on Twitter</a></li>'
            '<li><span class="author">Cy Diaz</span> '
            '<a href="mailto:cy@gazette.example">Email Cy Diaz</a></li></ul>',
            ["Ann Lee", "Bo Chan", "Cy Diaz"],
        ),
        # months that are names
        ('<p class="byline">By Theresa May</p>', ["Theresa May"]),
        ('<p class="byline">By June Adler</p>', ["June Adler"]),
        # the place a writer files from, and a wire agency written out after the name
        ('<p class="byline">By Jane Doe, Washington</p>', ["Jane Doe"]),
        ('<p class="autor">Von Lea Roth und Tim Kolb, Hamburg</p>', ["Lea Roth", "Tim Kolb"]),
        ('<p class="autor">Von Anna, Tom und Lisa</p>', ["Anna", "Tom", "Lisa"]),
        ('<p class="byline">By Tom Davies Associated Press Updated 3:00 PM</p>', ["Tom Davies"]),
        # a line that opens with its date and ends with its writer
        ("<p>Posted on March 3, 2024 by Jane Doe</p>", ["Jane Doe"]),
        ("<p>Veröffentlicht am 3. März 2024 von Jana Krüger</p>", ["Jana Krüger"]),
        ("<p>Publié le 3 mars 2024 par Camille Roux</p>", ["Camille Roux"]),
        ('<p class="chapo">Propos recueillis par Marie Lenoir</p>', ["Marie Lenoir"]),
    ],
)
def test_byline_shapes(header: str, want: list[str]) -> None:
    assert _names(header) == want


@pytest.mark.parametrize(
    ("header", "want"),
    [
        ('<p class="meta">Geschreven door Sanne de Wit op 3 maart 2024</p>', ["Sanne de Wit"]),
        ('<p class="meta">Por Beatriz Lima em 03/03/2024 às 10h15</p>', ["Beatriz Lima"]),
        ('<p class="meta">Scritto da Giulia Neri il 3 marzo 2024</p>', ["Giulia Neri"]),
        ('<p class="meta">Ein Beitrag von Jana Krüger</p>', ["Jana Krüger"]),
        ('<p class="meta">Redakteurin: Jana Krüger</p>', ["Jana Krüger"]),
        ('<p class="meta">Guest author: Ana Ruiz</p>', ["Ana Ruiz"]),
        ('<p class="meta">Contributor: Ana Ruiz</p>', ["Ana Ruiz"]),
        ('<p class="meta">Words and photos by Finn Murray</p>', ["Finn Murray"]),
    ],
)
def test_credit_lines_in_more_wordings(header: str, want: list[str]) -> None:
    assert _names(header) == want


def test_an_interview_transcript_names_no_writer() -> None:
    transcript = (
        "<p>Reporter: Mayor Allen, what happens to the pier now?</p><p>Allen: We lease it.</p>"
    )
    assert _names(transcript) == []


@pytest.mark.parametrize(
    "header",
    [
        '<p class="meta">Posted in News on March 3, 2024</p>',
        "<p>Posted on March 3, 2024 by admin</p>",
        "<p>Posted by the harbour board to all members of the public today.</p>",
        '<p class="consent">By clicking Subscribe you agree to our Terms.</p>',
        '<div class="book-info"><p class="book-title">The Salt Road</p>'
        '<p class="book-author">Hanne Lykke</p></div>',
    ],
)
def test_no_byline(header: str) -> None:
    assert _names(header) == []


@pytest.mark.parametrize(
    ("box", "want"),
    [
        (
            '<div class="about-author"><h4>About Lina Perez</h4><p>Lina is our science editor.</p>'
            "</div>",
            ["Lina Perez"],
        ),
        (
            '<div class="author-box"><h3>About the author: Kofi Mensah</h3>'
            "<p>Kofi writes about shipping.</p></div>",
            ["Kofi Mensah"],
        ),
        (
            '<div class="autorenbox"><h4>Über Lena Wolf</h4><p>Lena schreibt über Häfen.</p></div>',
            ["Lena Wolf"],
        ),
    ],
)
def test_author_box_heading_without_its_label(box: str, want: list[str]) -> None:
    assert _names(after=box) == want


def test_meta_byline_naming_two_people_shown_on_the_page() -> None:
    shown = '<div class="strip"><span>Ama Owusu</span> <span>Ben Tal</span></div>'
    head = '<meta name="byl" content="By Ama Owusu and Ben Tal">'
    assert _names(shown, head=head) == ["Ama Owusu", "Ben Tal"]
    # not shown on the page: one name alone may be a CMS value and is not read; two full
    # names joined by "and" are a byline (session 14)
    assert _names(head='<meta name="byl" content="By Ama Owusu">') == []
    assert _names(head=head) == ["Ama Owusu", "Ben Tal"]


def test_cxense_author_shown_on_the_page() -> None:
    head = '<meta name="cXenseParse:author" content="Ama Owusu">'
    assert _names('<div class="strip"><span>Ama Owusu</span></div>', head=head) == ["Ama Owusu"]


_COLUMNISTS = "".join(
    f'<div class="columnist"><img src="c{i}.jpg" alt=""><span class="author-name">{name}</span>'
    f'<a href="/opinion/{i}">{title}</a></div>'
    for i, (name, title) in enumerate(
        [
            ("Jo Bell", "Why ferries matter to us all"),
            ("Raj Mehta", "The port needs a plan now"),
            ("Lia Ford", "What the board got wrong"),
        ]
    )
)


def test_author_names_in_a_list_of_other_stories_are_theirs() -> None:
    rail = f'<div class="opinion-rail"><h3>Opinion</h3>{_COLUMNISTS}</div>'
    assert _names(after=rail) == []
    assert _names('<p class="byline">By Zoe Hart</p>', after=rail) == ["Zoe Hart"]
    teasers = "".join(
        f'<li><h3><a href="/{i}">{title}</a></h3><span class="author">{name}</span></li>'
        for i, (title, name) in enumerate(
            [
                ("Ferry strike", "Carl Webb"),
                ("Tide tables", "Dora Lind"),
                ("Dock closes", "Eva Ring"),
            ]
        )
    )
    assert _names(after=f'<ul class="list">{teasers}</ul>') == []


def test_several_authors_linked_to_their_pages_are_one_byline() -> None:
    items = "".join(
        f'<li class="author-list-item"><a href="/author/{i}/" class="author-avatar">'
        f'<img src="{i}.jpg" alt="{name}"></a><a class="author-name" href="/author/{i}/">{name}</a>'
        "</li>"
        for i, name in enumerate(["Ann Lee", "Bo Chan", "Cy Diaz"])
    )
    assert _names(f'<ul class="author-list">{items}</ul>') == ["Ann Lee", "Bo Chan", "Cy Diaz"]
