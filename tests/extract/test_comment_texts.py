"""Comments found from their text elements, schema.org type names in one case, agency authors.

Pages written for these tests: a library story under comment systems that class only the
comment's text, and structured data that spells types and names in capitals or lowercase.
"""

from __future__ import annotations

import datetime as dt
import json

import pytest

import newsmeta
from newsmeta import AuthorKind

NOW = dt.datetime(2026, 12, 6, tzinfo=dt.timezone.utc)
URL = "https://gazette.example/2024/03/library"
STORY = " ".join(
    ["The town library will stay open until nine on weekdays from March, after a year of "
     "petitions from students and shift workers."] * 5
)  # fmt: skip
READERS = [
    ("Tomasz W.", "I work nights at the depot, this will help a lot."),
    ("Lucia R.", "Will the reading room upstairs be open too, or only the lending desk?"),
    ("Ben Okafor", "Great news. The students have been asking for years."),
]


def _page(extra: str, head: str = "", lang: str = "en") -> str:
    return (
        f'<!doctype html><html lang="{lang}"><head><title>Library opens late | Gazette</title>'
        f"{head}</head><body><main><article><h1>Library opens late from March</h1>"
        f'<p class="byline">By Hanna Berg</p><div class="post-body"><p>{STORY}</p>'
        f"<p>{STORY}</p></div></article>{extra}</main></body></html>"
    )


def _texts(html: str) -> list[str]:
    return [c.text for c in newsmeta.extract(html, url=URL, now=NOW).comments]


def _authors(art: newsmeta.Article) -> list[str | None]:
    return [c.author.name if c.author else None for c in art.comments]


def _each(template: str) -> str:
    """``template`` filled in for every reader (``{i}``, ``{who}``, ``{text}``), joined."""
    return "".join(
        template.format(i=i, who=who, text=text) for i, (who, text) in enumerate(READERS)
    )


def _unclassed_items() -> str:
    # The element around each comment has no comment class; only its text has one.
    items = _each(
        '<div class="even" id="c-item-{i}"><div class="rbox"><span class="comment-author">'
        '{who}</span> <span class="comment-date">02.03.2024 09:14</span>'
        '<div class="comment-body">{text}</div></div></div>'
    )
    return f'<div id="jc"><h4>Kommentare</h4><div id="comments-list">{items}</div></div>'


def test_comments_classed_only_by_their_text_are_read_with_author_and_date() -> None:
    art = newsmeta.extract(_page(_unclassed_items(), lang="de"), url=URL, now=NOW)
    assert [c.text for c in art.comments] == [text for _, text in READERS]
    assert _authors(art) == [who for who, _ in READERS]
    assert all(c.date_published is not None for c in art.comments)


def test_a_text_inside_a_text_counts_once_and_the_item_is_the_outer_element() -> None:
    items = _each(
        '<div id="17{i}" class="comment-body"><div class="comment-panel">'
        '<div class="comment-author"><a>{who}</a></div><div class="comment-content">'
        "<p>{text}</p></div></div></div>"
    )
    art = newsmeta.extract(_page(f'<div id="comments"><h3>Comments</h3>{items}</div>'), url=URL)
    assert [c.text for c in art.comments] == [text for _, text in READERS]
    assert _authors(art) == [who for who, _ in READERS]


def test_unclassed_blocks_with_a_comment_text_paragraph() -> None:
    items = _each(
        '<div><p class="comment-user"><strong>{who}</strong> · 2 Mar 2024</p>'
        '<p class="comment-text">{text}</p></div>'
    )
    html = _page(f'<section class="article-comments"><h2>Comments (3)</h2>{items}</section>')
    assert _texts(html) == [text for _, text in READERS]


@pytest.mark.parametrize(
    "box",
    [
        # A "write a comment" box: a text element, but no name and no date.
        '<div class="panel comments"><h3>Kommentare</h3><div class="commentNewContainer">'
        '<div class="commentHeader">Neuer Kommentar</div><div class="commentContent">Zum '
        'Verfassen von Kommentaren bitte <a href="/login">anmelden</a>.</div></div></div>',
        '<div id="comments-mob"><div class="comment_txt">Send a comment</div>'
        '<form name="comments"><textarea></textarea></form></div>',
    ],
)
def test_a_comment_box_without_name_or_date_is_no_comment(box: str) -> None:
    assert _texts(_page(box)) == []


@pytest.mark.parametrize("itemtype", ["http://schema.org/Comment", "http://schema.org/comment"])
def test_microdata_comment_type_in_lowercase_is_read(itemtype: str) -> None:
    items = _each(
        f'<li itemscope itemtype="{itemtype}" itemprop="comment"><span itemprop="author" '
        'itemscope itemtype="https://schema.org/Person"><span itemprop="name">{who}</span>'
        '</span><time itemprop="datePublished" datetime="2024-03-02T09:14:00+01:00">2 March'
        '</time><p itemprop="text">{text}</p></li>'
    )
    art = newsmeta.extract(_page(f'<section class="talk"><ul>{items}</ul></section>'), url=URL)
    assert _authors(art) == [who for who, _ in READERS]
    assert art.comments[0].date_published is not None


def _ld(author: dict[str, str]) -> str:
    data = {"@context": "https://schema.org", "@type": "NewsArticle",
            "headline": "Library opens late from March", "author": author}  # fmt: skip
    return f'<script type="application/ld+json">{json.dumps(data)}</script>'


@pytest.mark.parametrize("kind", ["Person", "person", "PERSON"])
@pytest.mark.parametrize("agency", ["Reuters", "Associated Press", "AFP"])
def test_a_news_agency_typed_as_a_person_is_an_organisation(kind: str, agency: str) -> None:
    # The agency's name is shown in the story's dateline, not as a byline.
    html = _page("", head=_ld({"@type": kind, "name": agency})).replace(
        "By Hanna Berg", f"RIVERSIDE ({agency}) –"
    )
    art = newsmeta.extract(html, url=URL)
    assert [(a.name, a.kind) for a in art.authors] == [(agency, AuthorKind.ORGANIZATION)]
    assert art.provenance.evidence_for("authors")[0].source is newsmeta.SourceKind.JSON_LD


@pytest.mark.parametrize("kind", ["Person", "person"])
def test_a_person_type_in_any_case_gives_a_person(kind: str) -> None:
    html = _page("", head=_ld({"@type": kind, "name": "Hanna Berg"}))
    authors = newsmeta.extract(html, url=URL).authors
    assert [(a.name, a.kind) for a in authors] == [("Hanna Berg", AuthorKind.PERSON)]


@pytest.mark.parametrize(
    ("byline", "names"),
    [
        ("By ROBERT VANCE, AP National Security Writer", ["ROBERT VANCE"]),
        ("By Lena Ortiz, Senior Political Correspondent", ["Lena Ortiz"]),
        ("Analysis by Omar Haddad", ["Omar Haddad"]),
        ("Opinion by Ruth Keller and Sam Ito", ["Ruth Keller", "Sam Ito"]),
    ],
)
def test_roles_and_article_kinds_around_a_byline_are_not_names(
    byline: str, names: list[str]
) -> None:
    html = _page("").replace("By Hanna Berg", byline)
    assert [a.name for a in newsmeta.extract(html, url=URL).authors] == names


def test_a_name_in_capitals_takes_the_printed_case_of_the_same_name() -> None:
    html = _page("", head=_ld({"@type": "Person", "name": "HANNA BERG"}))
    art = newsmeta.extract(html, url=URL)
    assert [a.name for a in art.authors] == ["Hanna Berg"]


def test_a_structured_name_loses_its_article_kind_and_its_role() -> None:
    head = _ld({"@type": "Person", "name": "Analysis by Hanna Berg, Gazette Chief Writer"})
    html = _page("", head=head).replace("By Hanna Berg", "Hanna Berg")
    assert [a.name for a in newsmeta.extract(html, url=URL).authors] == ["Hanna Berg"]


def _classed(head: str, body: str) -> str:
    items = _each(
        f'<div class="kommentar"><div class="kommentar-kopf">{head}</div>'
        f'<div class="kommentar-inhalt"><p>{body}</p></div></div>'
    )
    return _page(f'<section class="leserkommentare"><h2>Leserkommentare</h2>{items}</section>')


def test_a_classed_comments_name_and_date_line_is_metadata_not_text() -> None:
    html = _classed(
        '<span class="k-name">{who}</span> schrieb am <span>02.03.2024, 09:14 Uhr</span>',
        "{text}",
    )
    art = newsmeta.extract(html, url=URL, now=NOW)
    assert [c.text for c in art.comments] == [text for _, text in READERS]
    assert _authors(art) == [who for who, _ in READERS]
    assert all(c.date_published is not None for c in art.comments)


def test_a_short_first_line_that_says_more_than_a_date_stays_the_comment() -> None:
    # Five words besides the date: the reader's own words, kept.
    html = _classed("We went there on 2 March 2024 too", "{text}")
    texts = _texts(html)
    assert len(texts) == 3
    assert all(t.startswith("We went there on 2 March 2024 too") for t in texts)


def test_a_comments_info_line_is_metadata() -> None:
    items = _each(
        '<div id="9{i}" class="comment-body"><div class="comment-author">{who}</div>'
        '<div class="comment-info">2024-03-02 09:14:00</div>'
        '<div class="comment-content"><p>{text}</p></div></div>'
    )
    html = _page(f'<div id="comments"><h3>Comments</h3>{items}</div>')
    assert _texts(html) == [text for _, text in READERS]
