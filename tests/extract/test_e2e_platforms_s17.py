"""Session 17, end-to-end probe F: blog, newsletter and magazine platforms as they render
posts (WordPress news themes, Joomla, Drupal, Medium-like and Webflow-like pages), every
field at once (issues 13 and 14).

Trimmed from the probe pages written for the session (original prose, no corpus page).
"""

from __future__ import annotations

import pytest

import newsmeta

_PARAS = (
    "Es ist geschafft: Die erste Tischtennis-Mannschaft hat am Samstag mit einem 9:5-Sieg "
    "gegen den TSV Neuhausen den Aufstieg in die Bezirksliga perfekt gemacht.",
    "Nach den Doppeln stand es noch 1:2, doch im ersten Einzeldurchgang drehten Tobias Mayer "
    "und Jan Kessler die Partie. Am Ende holte der Kapitän den entscheidenden Punkt.",
    "Damit kehrt der Verein nach sieben Jahren in die Bezirksliga zurück. Der Abteilungsleiter "
    "dankte allen Spielern, Helfern und den zahlreichen Zuschauern in der Halle.",
)


def _paras(paras: tuple[str, ...] = _PARAS) -> str:
    return "".join(f"<p>{p}</p>" for p in paras)


def _page(head: str, article: str, *, lang: str, title: str) -> str:
    return f"""<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8">
<title>{title}</title>{head}</head><body>
<header class="header"><a href="/" class="brand">Sportfreunde</a>
<nav><ul><li><a href="/">Start</a></li><li><a href="/blog">Blog</a></li>
<li><a href="/kontakt">Kontakt</a></li></ul></nav></header>
<main>{article}</main>
<footer><p>Copyright © 2024. Alle Rechte vorbehalten.</p></footer></body></html>"""


def test_article_info_list_is_not_body_text() -> None:
    """Joomla's "Details" list (writer, category, published, hits) above the text."""
    title = "Tischtennis: Erste Mannschaft steigt in die Bezirksliga auf"
    article = f"""<div class="com-content-article item-page"><div class="page-header">
<h1 itemprop="headline">{title}</h1></div>
<dl class="article-info text-muted"><dt class="article-info-term">Details</dt>
<dd class="createdby">Geschrieben von: <span itemprop="name">Werner Haag</span></dd>
<dd class="category-name">Kategorie: <a href="/tt">Tischtennis</a></dd>
<dd class="published"><time datetime="2024-03-24T09:30:00+01:00">Veröffentlicht: 24. März
2024</time></dd><dd class="hits">Zugriffe: 1874</dd></dl>
<div itemprop="articleBody" class="com-content-article__body">{_paras()}</div></div>"""
    art = newsmeta.extract(
        _page("", article, lang="de", title=title), "https://www.sf-talheim.example.de/tt/aufstieg"
    )
    assert art.body is not None
    assert art.body.startswith("Es ist geschafft")
    assert "Zugriffe" not in art.body
    assert "Kategorie" not in art.body
    assert [a.name for a in art.authors] == ["Werner Haag"]
    assert art.date_published is not None and art.date_published.isoformat()[:10] == "2024-03-24"


@pytest.mark.parametrize(
    ("line", "lang"),
    [
        ("6 min de leitura · 22 de ago. de 2023", "pt"),
        ("5 Min. Lesezeit · 2. Apr. 2024", "de"),
        ("4 min di lettura · 3 mar 2024", "it"),
        ("5 min leestijd", "nl"),
    ],
)
def test_reading_time_line_and_reaction_count_are_not_body_text(line: str, lang: str) -> None:
    """A Medium-like story head: the reading time with the day beside it, a clap count."""
    title = "Warum wir Kunden keine Roadmap mehr zeigen"
    article = f"""<article><section><h1 data-testid="storyTitle">{title}</h1>
<div><a data-testid="authorName" href="/@stefan">Stefan Kühn</a></div>
<div><span>{line}</span></div><div class="claps"><span>1.4K</span></div>
{_paras()}</section></article>"""
    art = newsmeta.extract(
        _page("", article, lang=lang, title=title), "https://medium.example.com/p/roadmap-1b2c3d"
    )
    assert art.body is not None
    assert art.body.startswith("Es ist geschafft")
    assert "1.4K" not in art.body


def test_a_lone_by_word_of_another_language_is_no_writer() -> None:
    """A news theme sets the "by" word in an element of its own: Italian "Di"."""
    title = "Nuovo ponte sul torrente, apertura anticipata a giugno"
    article = f"""<div class="td-main-content"><h1 class="tdb-title-text">{title}</h1>
<div class="tdb-author-box-wrap"><span class="tdb-author-by">Di</span>
<a class="tdb-author-name" href="/author/giulia/">Giulia Bernardi</a> &amp;
<a class="tdb-author-name" href="/author/marco/">Marco Testa</a></div>
<div class="td-post-content">{_paras()}</div></div>"""
    art = newsmeta.extract(
        _page("", article, lang="it", title=title), "https://corriere.example.it/cronaca/ponte"
    )
    assert [a.name for a in art.authors] == ["Giulia Bernardi", "Marco Testa"]


@pytest.mark.parametrize(
    ("shown", "day"), [("15 lis 2023", "2023-11-15"), ("3 sie 2022", "2022-08-03")]
)
def test_polish_short_months_that_are_words_elsewhere(shown: str, day: str) -> None:
    """Browsers abbreviate November "lis" and August "sie" in Polish ("15 lis 2023")."""
    title = "Jak zmniejszyłem obrazy Dockera o 80 procent"
    article = f"""<article><h1>{title}</h1><div class="meta"><a href="/@piotr">Piotr
Zieliński</a> · <span>{shown}</span> · <span>6 min czytania</span></div>
{_paras()}</article>"""
    art = newsmeta.extract(
        _page("", article, lang="pl", title=title), "https://kontenerowo.example.dev/obrazy"
    )
    assert art.date_published is not None and art.date_published.isoformat()[:10] == day


@pytest.mark.parametrize("text", ["So können Sie 2023 sparen", "od lis 2023", "Sie 15, 2023"])
def test_day_only_month_words_need_a_day_before_them(text: str) -> None:
    found = newsmeta.find_date(text)
    assert found is None or found.precision == "year"


def test_byline_co_writers_over_a_one_name_written_by_tag() -> None:
    """``twitter:data1`` "Written by" holds the first writer; the byline prints both."""
    title = "How finance teams close the books in five days"
    head = (
        '<meta name="twitter:label1" content="Written by">'
        '<meta name="twitter:data1" content="Marcus Lee">'
    )
    article = f"""<div class="blog-hero"><h1 class="blog-post-title">{title}</h1>
<div class="blog-meta"><div class="blog-author-name">Marcus Lee</div>
<div class="blog-author-name">Sofia Alvarez</div><div class="blog-date">May 21, 2024</div>
</div></div><div class="rich-text-block w-richtext">{_paras()}</div>"""
    art = newsmeta.extract(
        _page(head, article, lang="en", title=title), "https://www.ledgerly.example.com/blog/close"
    )
    assert [a.name for a in art.authors] == ["Marcus Lee", "Sofia Alvarez"]


def test_one_name_tag_naming_the_only_writer_stays() -> None:
    title = "How finance teams close the books in five days"
    head = '<meta name="author" content="Marcus Lee">'
    article = f"""<h1>{title}</h1><p class="byline">By Marcus Lee</p>{_paras()}"""
    art = newsmeta.extract(
        _page(head, article, lang="en", title=title), "https://www.ledgerly.example.com/blog/close"
    )
    assert [a.name for a in art.authors] == ["Marcus Lee"]


@pytest.mark.parametrize("by", ["Door", "By"])
def test_name_with_the_arabic_article_written_apart(by: str) -> None:
    """Drupal's "Door <username>" line with a name holding "el"."""
    title = "Nieuwe speeltuin aan de Linnaeusstraat is open"
    article = f"""<h1 class="page-title"><span>{title}</span></h1><article class="node">
<div class="node__meta"><span>{by} <span class="field--name-uid"><a class="username"
href="/user/7">Fatima el Amrani</a></span></span>, <span class="node__meta-date">19 april
2024</span></div><div class="node__content">{_paras()}</div></article>"""
    art = newsmeta.extract(
        _page("", article, lang="nl", title=title), "https://buurtblog.example.nl/blog/speeltuin"
    )
    assert [a.name for a in art.authors] == ["Fatima el Amrani"]


def _newsletter_page(comment_days: tuple[str, str], published: str) -> str:
    title = "Why rents fell in three cities, and why it won't last"
    ld = (
        '<script type="application/ld+json">{"@context":"https://schema.org",'
        f'"@type":"NewsArticle","headline":"{title}","datePublished":"{published}",'
        '"author":{"@type":"Person","name":"Marisa Okonkwo"}}</script>'
    )
    comments = "".join(
        f"""<div class="comment"><div class="comment-content"><div class="comment-meta">
<span class="commentAuthor"><a href="/profile/{i}">{name}</a></span>
<a class="comment-date" href="#comment-{i}">{day}</a></div>
<div class="comment-body"><p>{text}</p></div>
<div class="comment-actions"><button>Like (3)</button><button>Reply</button></div></div></div>"""
        for i, (name, day, text) in enumerate(
            [
                (
                    "Greg Talbot",
                    comment_days[0],
                    "Great piece. Do you have the permit numbers "
                    "broken down by city? Would love to see the chart.",
                ),
                (
                    "Anita Shah",
                    comment_days[1],
                    "We are seeing the same thing in our building. "
                    "Two free months on a new lease, which was unheard of last year.",
                ),
            ]
        )
    )
    article = f"""<div class="single-post"><div class="post-header">
<h1 class="post-title">{title}</h1><div class="byline-wrapper">
<a href="https://example.com/@marisa">Marisa Okonkwo</a></div>
</div><div class="available-content"><div class="body markup">{_paras()}</div></div></div>
<div class="comments-section" id="comments"><div class="comments-page"><h4>Comments</h4>
<div class="comment-list"><div class="comment-list-items">{comments}</div></div></div></div>"""
    return _page(ld, article, lang="en", title=title)


def test_yearless_comment_days_follow_the_story_day() -> None:
    """Substack prints "Jun 3" under a story of 3 June 2024: with no ``now=``, the day is
    the first such day on or after the story's (metadata) day."""
    page = _newsletter_page(("Jun 3", "Jun 5"), "2024-06-03T08:00:00+00:00")
    art = newsmeta.extract(page, "https://housingnotes.example.com/p/why-rents-fell")
    got = [(c.author.name if c.author else None, c.date_published) for c in art.comments]
    assert [(n, d.isoformat()[:10] if d else None) for n, d in got] == [
        ("Greg Talbot", "2024-06-03"),
        ("Anita Shah", "2024-06-05"),
    ]


def test_yearless_comment_day_before_the_story_day_is_next_year() -> None:
    page = _newsletter_page(("Dec 30", "Jan 2"), "2023-12-29T08:00:00+00:00")
    art = newsmeta.extract(page, "https://housingnotes.example.com/p/why-rents-fell")
    days = [c.date_published.isoformat()[:10] if c.date_published else None for c in art.comments]
    assert days == ["2023-12-30", "2024-01-02"]
