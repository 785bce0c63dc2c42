"""Bylines and comments on pages written for session 10: grammar, markup, credits, boxes."""

from __future__ import annotations

import datetime as dt

import pytest

import newsmeta

NOW = dt.datetime(2026, 12, 6, tzinfo=dt.timezone.utc)
URL = "https://valley.example/news/bakery"
_STORY = "".join(
    f"<p>{s}</p>"
    for s in [
        "The valley's only bakery reopened on Saturday after the flood, with a queue round "
        "the square by seven.",
        "Its owners rebuilt the oven themselves over the winter, brick by brick, with help "
        "from neighbours.",
        "Bread prices stay as they were, they said, at least until the harvest is in.",
    ]
    * 3
)


def _page(header: str = "", foot: str = "", lang: str = "en") -> str:
    return (
        f'<html lang="{lang}"><head><title>Bakery reopens | Valley Post</title></head><body>'
        '<header class="site-header"><a href="/">Valley Post</a></header>'
        f'<main><article class="post"><h1>Bakery reopens after the flood</h1>{header}'
        f'<div class="entry-content">{_STORY}</div>{foot}</article></main>'
        '<footer class="site-footer">© 2024 Valley Post</footer></body></html>'
    )


def _authors(html: str) -> list[str]:
    return [a.name for a in newsmeta.extract(html, URL, now=NOW).authors]


@pytest.mark.parametrize(
    ("byline", "lang", "expected"),
    [
        ('<p class="autor">Von Jonas Weber, Redakteur</p>', "de", ["Jonas Weber"]),
        ("<p>Von Mira Lenz, Redakteurin im Ressort Wirtschaft</p>", "de", ["Mira Lenz"]),
        (
            '<span class="autor">Por Lucía Pardo y Andrés Gil, corresponsales</span>',
            "es",
            ["Lucía Pardo", "Andrés Gil"],
        ),
        ('<p class="firma">di Marco Gallo, inviato a Napoli</p>', "it", ["Marco Gallo"]),
        ('<div class="byline">By Nora Quinn, Valley Post Staff</div>', "en", ["Nora Quinn"]),
        ('<div class="byline">By Hanna Berg | Correspondent</div>', "en", ["Hanna Berg"]),
    ],
)
def test_a_role_after_the_names_is_not_a_name(byline: str, lang: str, expected: list[str]) -> None:
    assert _authors(_page(byline, lang=lang)) == expected


@pytest.mark.parametrize(
    ("line", "lang", "expected"),
    [
        (
            '<p class="date">Erstellt von <a href="/author/fabian/">Fabian Roth</a> am Dienstag '
            "6. Mai 2014</p>",
            "de",
            ["Fabian Roth"],
        ),
        (
            '<div class="article-meta-wrapper">Von:  Björn Keller <span>|</span> '
            "<span>31.10.23</span></div>",
            "de",
            ["Björn Keller"],
        ),
        ('<div class="meta"><h5>Autor:</h5>Peter Lang/SP-X</div>', "de", ["Peter Lang"]),
        (
            '<p class="credits">Texte : Julie Marchand / Photos : Paul Girard</p>',
            "fr",
            ["Julie Marchand"],
        ),
        ('<p class="meta">Publicado por Elena Ríos</p>', "es", ["Elena Ríos"]),
    ],
)
def test_credit_lines_under_the_headline(line: str, lang: str, expected: list[str]) -> None:
    # Opening verbs, "Von:" with a colon, a label in its own element, a French colon after
    # a space, a slash before an agency's code: one reading of the writer's credit.
    assert _authors(_page(line, lang=lang)) == expected


@pytest.mark.parametrize(
    "credit",
    [
        '<p class="autor">Text: Anja Kurz · Fotos: Lars Beck</p>',
        '<p class="byline">Words: Anja Kurz</p><p class="credit">Photography by Lars Beck</p>',
        '<div class="byline">Anja Kurz / Photos: Lars Beck</div>',
    ],
)
def test_a_picture_credit_is_not_the_writer(credit: str) -> None:
    assert _authors(_page(credit)) == ["Anja Kurz"]


def test_a_picture_credit_alone_gives_no_author() -> None:
    assert _authors(_page('<p class="byline">Fotos: Lars Beck</p>', lang="de")) == []


@pytest.mark.parametrize(
    ("byline", "expected"),
    [
        (
            '<div class="byline"><span class="by">By</span> <a href="/staff/jo">Jo Park</a><br>'
            "<span>Valley Post Staff</span></div>",
            ["Jo Park"],
        ),
        ('<p class="author">Von Lina Roth<br>Stand: 12.03.2024, 10:15 Uhr</p>', ["Lina Roth"]),
        (
            '<div class="byline"><span>By</span><br><a href="/staff/jo">Jo Park</a></div>',
            ["Jo Park"],
        ),
        (
            '<div class="author-info"><strong>Maya Lind</strong><br>Political Correspondent</div>',
            ["Maya Lind"],
        ),
    ],
)
def test_a_line_break_in_a_byline_ends_the_name(byline: str, expected: list[str]) -> None:
    assert _authors(_page(byline)) == expected


@pytest.mark.parametrize(
    "box",
    [
        '<div class="author-box"><h4>About the author</h4><p><strong>Dana Moss</strong> covers '
        "food and farming for the Valley Post.</p></div>",
        '<section class="autorenbox"><h3>Über den Autor</h3><p><b>Dana Moss</b> schreibt seit '
        "2010 über Handwerk und Landwirtschaft.</p></section>",
    ],
)
def test_an_author_box_at_the_foot_names_the_author(box: str) -> None:
    # The box's bio is no byline: "… food and farming for …" gives no name "farming".
    article = newsmeta.extract(_page(foot=box), URL, now=NOW)
    assert [a.name for a in article.authors] == ["Dana Moss"]
    evidence = [e for e in article.provenance.evidence if e.field == "authors"]
    assert evidence and "Dana Moss" in evidence[0].raw


@pytest.mark.parametrize(
    ("byline", "expected"),
    [
        ('<p class="byline">By JANE DOE, Associated Press</p>', ["JANE DOE"]),
        (
            '<p class="byline">By Jane Doe and Tom Lee, The Associated Press</p>',
            ["Jane Doe", "Tom Lee"],
        ),
        ('<p class="byline">Von Jana Roth, Deutsche Presse-Agentur</p>', ["Jana Roth"]),
        ('<p class="byline">By Reuters</p>', ["Reuters"]),
    ],
)
def test_an_agency_written_out_is_a_credit_beside_people(byline: str, expected: list[str]) -> None:
    assert _authors(_page(byline)) == expected


@pytest.mark.parametrize(
    "byline",
    [
        '<div class="byline">By <a class="byline__name" href="/staff/jd">Jane Doe</a> '
        '<span class="byline__role">Health Reporter</span></div>',
        '<div class="author"><span class="name">Jane Doe</span> '
        '<span class="job-title">Energy Editor</span></div>',
    ],
)
def test_a_role_in_its_own_element_is_not_part_of_the_name(byline: str) -> None:
    assert _authors(_page(byline)) == ["Jane Doe"]


@pytest.mark.parametrize(
    ("byline", "lang", "expected"),
    [
        ('<span class="author">News Desk</span>', "en", "News Desk"),
        ('<p class="autor">Von Redaktion</p>', "de", "Redaktion"),
        ('<p class="autor">Von Redaktion Nord</p>', "de", "Redaktion Nord"),
        ('<p class="signature">Par La Rédaction</p>', "fr", "La Rédaction"),
    ],
)
def test_a_desk_byline_is_an_organisation(byline: str, lang: str, expected: str) -> None:
    article = newsmeta.extract(_page(byline, lang=lang), URL, now=NOW)
    assert [(a.name, a.kind) for a in article.authors] == [
        (expected, newsmeta.AuthorKind.ORGANIZATION)
    ]


# ----------------------------------------------------------------------------- comments

_REPLIES = [
    ("Greta Holm", "2024-02-11T08:30:00Z", "About time, the bus round the lake takes an hour."),
    ("Pavel Novak", "2024-02-11T12:02:00Z", "Will bikes be allowed on board in winter as well?"),
    ("Irene Costa", "2024-02-12T07:45:00Z", "Two boats is not much, but it is a start."),
]


def _with_comments(section: str) -> newsmeta.Article:
    html = (
        "<html><head><title>Winter ferry</title></head><body><article>"
        f"<h1>Winter ferry timetable</h1>{_STORY}</article>{section}"
        "<footer>© 2024 Lake News</footer></body></html>"
    )
    return newsmeta.extract(html, "https://lake.example/ferry", now=NOW)


def test_drupal_comments_without_their_date_line_and_repeated_subject() -> None:
    # Drupal 7 prints the date in <p class="comment-time">; Drupal 8 heads each comment
    # with a subject made of its first words.
    d7 = "".join(
        f'<div class="comment clearfix"><div class="attribution"><div class="submitted">'
        f'<p class="commenter-name"><span class="username">{a}</span></p>'
        f'<p class="comment-time">Sun, 11/02/2024 - 08:30</p></div></div>'
        f'<div class="comment-text"><div class="content"><p>{t}</p></div></div></div>'
        for a, _, t in _REPLIES
    )
    d8 = "".join(
        f'<article id="comment-{i}" class="comment js-comment"><footer class="comment__meta">'
        f'<p class="comment__author"><span>{a}</span></p></footer><div class="comment__content">'
        f'<h3><a href="/comment/{i}#comment-{i}">{t[:20]}</a></h3>'
        f'<div class="field--name-comment-body"><p>{t}</p></div></div></article>'
        for i, (a, _, t) in enumerate(_REPLIES)
    )
    for section in (
        f'<div id="comments" class="comment-wrapper"><h2>Comments</h2>{d7}</div>',
        f'<section class="comment-wrapper"><h2>Comments</h2>{d8}</section>',
    ):
        comments = _with_comments(section).comments
        assert [c.text for c in comments] == [t for _, _, t in _REPLIES]
        assert [c.author.name if c.author else None for c in comments] == [
            a for a, _, _ in _REPLIES
        ]


def test_alike_dated_posts_in_a_comment_section_without_a_list() -> None:
    posts = "".join(
        f'<article class="post-reply" id="reply-{i}"><header class="reply-header">'
        f'<span class="reply-author">{a}</span><time datetime="{d}">11.02.2024</time></header>'
        f'<div class="reply-body"><p>{t}</p></div></article>'
        for i, (a, d, t) in enumerate(_REPLIES)
    )
    section = f'<section id="comments" class="replies"><h2>Leserkommentare</h2>{posts}</section>'
    comments = _with_comments(section).comments
    assert [c.text for c in comments] == [t for _, _, t in _REPLIES]
    assert [c.author.name if c.author else None for c in comments] == [a for a, _, _ in _REPLIES]
    assert [c.date_published.day if c.date_published else None for c in comments] == [11, 11, 12]


def test_alike_blocks_without_dates_are_not_comments() -> None:
    # Two alike boxes in a comment section (a sign-in box and a notice, say) are not posts.
    boxes = "".join(
        f'<div class="notice"><p>{t}</p></div>'
        for t in ("Sign in to join the conversation.", "Comments are reviewed before they show.")
    )
    section = f'<section id="comments"><h2>Comments</h2>{boxes}</section>'
    assert _with_comments(section).comments == ()


@pytest.mark.parametrize(
    ("handle", "byline", "expected"),
    [
        ("jane.doe", '<div class="byline">By Jane Doe</div>', "Jane Doe"),
        ("tom-lee", '<span class="author-name">Tom Lee</span>', "Tom Lee"),
        ("ana_de_la_cruz", '<p class="byline">Por Ana de la Cruz</p>', "Ana de la Cruz"),
    ],
)
def test_a_structured_data_handle_takes_the_printed_name(
    handle: str, byline: str, expected: str
) -> None:
    block = (
        '<script type="application/ld+json">{"@context": "https://schema.org", "@type": '
        f'"NewsArticle", "headline": "Bakery reopens", "author": {{"@type": "Person", "name": '
        f'"{handle}"}}}}</script>'
    )
    html = _page(byline).replace("</head>", f"{block}</head>")
    assert _authors(html) == [expected]


def test_a_handle_printed_nowhere_is_not_recased() -> None:
    block = (
        '<script type="application/ld+json">{"@context": "https://schema.org", "@type": '
        '"NewsArticle", "headline": "Bakery reopens", "author": {"@type": "Person", "name": '
        '"jane.doe"}}</script>'
    )
    html = _page('<div class="byline">By Tom Lee</div>').replace("</head>", f"{block}</head>")
    assert "Jane Doe" not in _authors(html)


@pytest.mark.parametrize(
    ("signoff", "expected"),
    [
        ("<p>Benni<br>10. September 2017</p>", ["Benni"]),
        ("<p>Kazım TÜRKMEN<br>Bundesvorsitzender</p>", ["Kazım TÜRKMEN"]),
        ("<p><strong>Marina Mucha</strong></p>", ["Marina Mucha"]),
        # not sign-offs: a closing word, a heading-like line, a name with a place and distance
        ("<p>Danke!</p>", []),
        ("<p><b>Mehr zum Thema</b></p>", []),
        ("<p>Base Camp<br>2 Minuten vom Bahnhof</p>", []),
        ("<p>Benni</p>", []),
    ],
)
def test_the_writer_signing_at_the_end(signoff: str, expected: list[str]) -> None:
    html = _page().replace("</div></article>", f"{signoff}</div></article>")
    assert _authors(html) == expected


def test_a_sign_off_yields_to_a_byline() -> None:
    html = _page('<p class="byline">By Hanna Berg</p>').replace(
        "</div></article>", "<p>Benni<br>10. September 2017</p></div></article>"
    )
    assert _authors(html) == ["Hanna Berg"]


def test_a_teaser_at_the_end_of_the_article_signs_nothing() -> None:
    # Another story's card inside the article, after its text: its last line is that
    # story's, not a sign-off of this one.
    teaser = (
        '<aside class="related"><article class="teaser"><h3><a href="/x">Mill closes</a></h3>'
        "<p>Rick Tan<br>12.10.2019</p></article></aside>"
    )
    assert _authors(_page(foot=teaser)) == []


@pytest.mark.parametrize(
    ("lang", "line", "expected"),
    [
        ("ru", "Автор: Иван Петров", ["Иван Петров"]),
        ("uk", "Автор: Олена Коваль", ["Олена Коваль"]),
        ("tr", "Yazar: Ayşe Yılmaz", ["Ayşe Yılmaz"]),
        ("pl", "Autorzy: Jan Kowalski i Ewa Wiśniewska", ["Jan Kowalski", "Ewa Wiśniewska"]),
        ("fi", "Kirjoittaja: Liisa Korhonen", ["Liisa Korhonen"]),
        ("el", "Συντάκτης: Γιώργος Παπαδόπουλος", ["Γιώργος Παπαδόπουλος"]),
        ("sv", "Text: Erik Lund och Sara Berg", ["Erik Lund", "Sara Berg"]),
        ("da", "Af Mette Hansen og Jens Nielsen", ["Mette Hansen", "Jens Nielsen"]),
    ],
)
@pytest.mark.parametrize("classed", [True, False])
def test_bylines_in_further_languages(
    lang: str, line: str, expected: list[str], classed: bool
) -> None:
    byline = f'<div class="author">{line}</div>' if classed else f"<p>{line}</p>"
    assert _authors(_page(byline, lang=lang)) == expected


@pytest.mark.parametrize(
    ("lang", "line", "expected"),
    [
        ("ja", "著者：山田太郎", ["山田太郎"]),
        ("ja", "記者：鈴木一郎", ["鈴木一郎"]),
        ("zh", "作者：王小明", ["王小明"]),
        ("zh", "记者 李华", ["李华"]),
        ("zh", "文/张伟", ["张伟"]),
        ("ko", "글: 이영희", ["이영희"]),
    ],
)
@pytest.mark.parametrize("classed", [True, False])
def test_east_asian_byline_labels(lang: str, line: str, expected: list[str], classed: bool) -> None:
    byline = f'<div class="author">{line}</div>' if classed else f"<p>{line}</p>"
    assert _authors(_page(byline, lang=lang)) == expected


def test_a_label_inside_a_word_is_no_byline() -> None:
    # "本文：" ("the text:") holds 文 but is not the label "文：".
    assert _authors(_page("<p>本文：山田太郎</p>", lang="ja")) == []
