"""newsmeta.testing.render_html: realistic pages whose markup says what the article says."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import lxml.html
import pytest
from lxml.html import HtmlElement

from newsmeta import (
    AggregateRating,
    AIDisclosure,
    AIInvolvement,
    AILevel,
    Article,
    Author,
    AuthorKind,
    Comment,
    ValidationError,
)
from newsmeta.testing import MARKUPS, make_article, make_disclosure, render_html

NOW = dt.datetime(2024, 7, 29, 12, 0, tzinfo=dt.timezone.utc)
TRICKY = 'Q&A: "Costs" <script>alert(1)</script> and </script> tags'
UTC1 = dt.timezone(dt.timedelta(hours=1))


def _article(**changes: Any) -> Article:
    fields: dict[str, Any] = {
        "title": "Mexico and US strike key agreements",
        "date_published": dt.date(2023, 12, 29),
        "date_modified": None,
        "authors": (
            Author(name="Ana Núñez", url="https://example.com/author/ana/"),
            Author(name="Tom Byrne"),
        ),
        "body": "First paragraph with <b>tags</b> & ampersands.\n\nSecond paragraph.",
        "comments": (
            Comment(id="1", text="Top comment", author=Author(name="maria_g")),
            Comment(id="2", text="A reply", author=Author(name="PeterK"), parent_id="1"),
            Comment(id="3", text="Another top", author=Author(name="Liz")),
        ),
        "comment_count": 3,
        "comments_open": True,
        "rating": AggregateRating(value=3.58, rating_count=12),
        "ai_disclosure": make_disclosure(0, level="ai_generated"),
    }
    fields.update(changes)
    return make_article(1, **fields)


def _tree(page: str) -> HtmlElement:
    return lxml.html.fromstring(page)


def _text(el: HtmlElement) -> str:
    return " ".join(el.text_content().split())


def _visible(page: str) -> str:
    tree = _tree(page)
    for bad in tree.iter("script", "style", "head"):
        bad.drop_tree()
    return _text(tree)


def _ldjson(page: str) -> list[Any]:
    tree = _tree(page)
    return [
        json.loads(s.text) for s in tree.iter("script") if s.get("type") == "application/ld+json"
    ]


def _news_article(blocks: list[Any]) -> dict[str, Any]:
    for block in blocks:
        for node in block.get("@graph", [block]):
            types = node.get("@type")
            if types == "NewsArticle" or types == ["NewsArticle"]:
                return dict(node)
    raise AssertionError("no NewsArticle")


# --------------------------------------------------------------------------- every markup


@pytest.mark.parametrize("markup", MARKUPS)
def test_every_markup_renders_a_full_page_with_boilerplate(markup: str) -> None:
    page = render_html(_article(), markup, now=NOW)
    assert page.startswith("<!DOCTYPE html>")
    tree = _tree(page)
    h1 = next(tree.iter("h1"))
    assert _text(h1) == "Mexico and US strike key agreements"
    assert tree.find(".//nav") is not None and tree.find(".//footer") is not None
    assert tree.find(".//aside") is not None
    visible = _visible(page)
    assert "cookies" in visible
    assert "First paragraph with <b>tags</b> & ampersands." in visible
    assert "Content created by AI" in visible
    assert "7 months ago" in visible
    assert "Ana Núñez" in visible and "Tom Byrne" in visible


@pytest.mark.parametrize("markup", MARKUPS)
def test_text_is_escaped_everywhere(markup: str) -> None:
    article = _article(title=TRICKY, description=TRICKY, tags=(TRICKY,))
    page = render_html(article, markup, now=NOW)
    assert "<script>alert(1)" not in page
    tree = _tree(page)
    assert _text(next(tree.iter("h1"))) == TRICKY
    assert _text(next(tree.iter("title"))).startswith(TRICKY)
    for script in tree.iter("script"):
        assert "alert" not in (script.text or "") or script.get("type") == "application/ld+json"
    if markup == "jsonld":
        assert _news_article(_ldjson(page))["headline"] == TRICKY


@pytest.mark.parametrize("markup", MARKUPS)
@pytest.mark.parametrize("seed", [0, 1, 2, 3])
def test_rendering_is_deterministic(markup: str, seed: int) -> None:
    article = make_article(seed, language="es" if seed % 2 else "en")
    assert render_html(article, markup, now=NOW) == render_html(article, markup, now=NOW)


# --------------------------------------------------------------------------- JSON-LD


def test_jsonld_carries_the_schema_org_news_article() -> None:
    article = _article(
        date_published=dt.datetime(2023, 12, 29, 10, 42, tzinfo=UTC1),
        date_modified=dt.datetime(2023, 12, 30, 8, 0),
    )
    node = _news_article(_ldjson(render_html(article, "jsonld")))
    assert node["headline"] == article.title
    assert node["datePublished"] == "2023-12-29T10:42:00+01:00"
    assert node["dateModified"] == "2023-12-30T08:00:00"
    assert node["aggregateRating"] == {
        "@type": "AggregateRating",
        "ratingValue": 3.58,
        "bestRating": 5,
        "worstRating": 1,
        "ratingCount": 12,
    }
    assert node["digitalSourceType"].endswith("/trainedAlgorithmicMedia")
    assert node["commentCount"] == 3
    comments = node["comment"]
    texts = []

    def walk(items: list[dict[str, Any]]) -> None:
        for item in items:
            texts.append(item["text"])
            walk(item.get("comment", []))

    walk(comments)
    assert texts == ["Top comment", "A reply", "Another top"]
    reply = next(c for c in _flat(comments) if c["text"] == "A reply")
    assert "parentItem" in reply or any(
        r.get("text") == "A reply" for c in comments for r in c.get("comment", [])
    )


def _flat(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    out = []
    for item in items:
        out.append(item)
        out.extend(_flat(item.get("comment", [])))
    return out


def test_jsonld_authors_resolve_through_graph_ids_or_inline() -> None:
    for seed in range(12):
        article = make_article(seed)
        blocks = _ldjson(render_html(article, "jsonld"))
        node = _news_article(blocks)
        by_id = {n["@id"]: n for b in blocks for n in b.get("@graph", []) if "@id" in n}
        authors = node["author"] if isinstance(node["author"], list) else [node["author"]]
        resolved: list[dict[str, Any]] = [by_id.get(a.get("@id")) or a for a in authors]
        assert [a["name"] for a in resolved] == [a.name for a in article.authors]
        kinds = [a["@type"] for a in resolved]
        assert kinds == [
            "Organization" if a.kind is AuthorKind.ORGANIZATION else "Person"
            for a in article.authors
        ]


def test_json_in_script_cannot_close_the_script() -> None:
    article = _article(body="Ends with </script><script>alert(1)</script> here.")
    page = render_html(article, "jsonld")
    for seed_page in (page,):
        tree = _tree(seed_page)
        bodies = [
            n.get("articleBody") for n in (_news_article(_ldjson(seed_page)),) if "articleBody" in n
        ]
        assert all(b == article.body for b in bodies)
        assert sum(1 for _ in tree.iter("script")) == page.count("<script")


# --------------------------------------------------------------------------- microdata / RDFa


def _props(root: HtmlElement, attr: str) -> dict[str, list[HtmlElement]]:
    """Properties of the item rooted at ``root`` (not descending into nested items)."""
    scope_attr = "itemscope" if attr == "itemprop" else "typeof"
    out: dict[str, list[HtmlElement]] = {}
    stack = list(root)
    while stack:
        el = stack.pop(0)
        name = el.get(attr)
        if name:
            out.setdefault(name, []).append(el)
        if el.get(scope_attr) is None:
            stack[0:0] = list(el)
    return out


def _value(el: HtmlElement) -> str:
    for attr in ("content", "datetime", "href"):
        if el.get(attr) is not None:
            return str(el.get(attr))
    return _text(el)


@pytest.mark.parametrize("markup", ["microdata", "rdfa"])
def test_microdata_and_rdfa_describe_the_article(markup: str) -> None:
    article = _article(date_published=dt.datetime(2023, 12, 29, 10, 42, tzinfo=UTC1))
    tree = _tree(render_html(article, markup))
    attr = "itemprop" if markup == "microdata" else "property"
    root = next(tree.iter("article"))
    if markup == "microdata":
        assert root.get("itemtype") == "https://schema.org/NewsArticle"
    else:
        assert root.get("vocab") == "https://schema.org/" and root.get("typeof") == "NewsArticle"
    props = _props(root, attr)
    assert _value(props["headline"][0]) == article.title
    assert _value(props["datePublished"][0]) == "2023-12-29T10:42:00+01:00"
    names = [_value(_props(a, attr)["name"][0]) for a in props["author"]]
    assert names == ["Ana Núñez", "Tom Byrne"]
    rating = _props(props["aggregateRating"][0], attr)
    assert _value(rating["ratingValue"][0]) == "3.58"
    assert _value(rating["ratingCount"][0]) == "12"
    top = props["comment"]
    assert [_value(_props(c, attr)["text"][0]) for c in top] == ["Top comment", "Another top"]
    replies = _props(top[0], attr)["comment"]
    assert [_value(_props(c, attr)["text"][0]) for c in replies] == ["A reply"]
    assert _value(props["digitalSourceType"][0]).endswith("trainedAlgorithmicMedia")
    body = _value(props["articleBody"][0])
    assert body.startswith("First paragraph with <b>tags</b>")


# --------------------------------------------------------------------------- OpenGraph


def test_opengraph_meta_tags_and_no_structured_data() -> None:
    article = _article(date_published=dt.datetime(2023, 12, 29, 10, 42))
    page = render_html(article, "opengraph")
    tree = _tree(page)
    metas = {(m.get("property") or m.get("name")): m.get("content") for m in tree.iter("meta")}
    assert metas["og:title"] == article.title
    assert metas["og:type"] == "article"
    assert metas["article:published_time"] == "2023-12-29T10:42:00"
    assert metas["author"] == "Ana Núñez, Tom Byrne"
    assert metas["ai-disclosure"] == "ai-generated"
    assert "itemprop" not in page and "typeof" not in page and "ld+json" not in page


# --------------------------------------------------------------------------- WordPress


def test_wordpress_uses_hatom_classes_and_threaded_comment_list() -> None:
    article = _article(date_modified=dt.date(2024, 1, 3))
    page = render_html(article, "wordpress")
    tree = _tree(page)
    post = next(tree.iter("article"))
    assert "hentry" in post.get("class", "").split()
    classes = {c for el in tree.iter() for c in (el.get("class") or "").split()}
    assert {"entry-title", "entry-content", "vcard", "fn", "published", "updated"} <= classes
    fns = [_text(el) for el in tree.iter() if "fn" in (el.get("class") or "").split()]
    assert fns[:2] == ["Ana Núñez", "Tom Byrne"]
    comment_list = next(el for el in tree.iter("ol") if el.get("class") == "comment-list")
    top = [li for li in comment_list if "comment" in li.get("class", "").split()]
    assert len(top) == 2
    children = top[0].find("ol")
    assert children is not None and children.get("class") == "children"
    assert "3 thoughts on \u201cMexico and US strike key agreements\u201d" in _visible(page)
    assert "(12 votes, average: 3.58 out of 5)" in _visible(page)


# --------------------------------------------------------------------------- plain


def test_plain_is_visible_text_like_the_seed_page() -> None:
    page = render_html(_article(comments=(), comment_count=0), "plain", now=NOW)
    assert "itemprop" not in page and "property=" not in page and "ld+json" not in page
    assert 'name="ai-disclosure"' not in page and "hentry" not in page
    text = _visible(page)
    for phrase in (
        "Content created by AI",
        "Published December 29, 2023",
        "7 months ago",
        "By Ana Núñez and Tom Byrne",
        "Leave a Comment",
        "Rate this article:",
        "Please enter email address.",
        "Please enter your name.",
        "Please enter a message.",
        "Please check re-captcha.",
        "Looks good!",
        "(12 votes, average: 3.58 out of 5)",
    ):
        assert phrase in text, phrase
    assert text.index("Content created by AI") < text.index("Mexico and US strike")


def test_plain_no_reviews_yet_and_one_vote() -> None:
    empty = AggregateRating(value=None, rating_count=0, review_count=0)
    assert "Leave the first review" in _visible(render_html(_article(rating=empty), "plain"))
    one = AggregateRating(value=4.0, rating_count=1)
    assert "(1 vote, average: 4.00 out of 5)" in _visible(
        render_html(_article(rating=one), "plain")
    )
    assert "Rate this article" not in _visible(render_html(_article(rating=None), "plain"))
    unknown_count = AggregateRating(value=3.5)
    assert "(Average: 3.50 out of 5)" in _visible(
        render_html(_article(rating=unknown_count), "plain")
    )


def test_plain_in_spanish() -> None:
    article = _article(
        language="es",
        ai_disclosure=make_disclosure(0, level="ai_generated", language="es"),
        date_modified=dt.date(2024, 1, 3),
    )
    text = _visible(render_html(article, "plain", now=NOW))
    for phrase in (
        "Contenido generado por IA",
        "Publicado el 29 de diciembre de 2023",
        "Actualizado el 3 de enero de 2024",
        "hace 7 meses",
        "Por Ana Núñez y Tom Byrne",
        "(12 votos, promedio: 3,58 de 5)",
        "3 comentarios",
    ):
        assert phrase in text, phrase


def test_closed_comments_and_unknown_form_state() -> None:
    closed = _visible(render_html(_article(comments_open=False), "plain"))
    assert "Comments are closed." in closed and "Please enter email address." not in closed
    unknown = _visible(render_html(_article(comments_open=None), "plain"))
    assert "Comments are closed." not in unknown and "Leave a Comment" not in unknown


# --------------------------------------------------------------------------- disclosure


@pytest.mark.parametrize(
    ("level", "meta", "banner"),
    [
        (AILevel.UNKNOWN, None, None),
        (AILevel.NONE, "human-only", None),
        (AILevel.AI_ASSISTED, "ai-assisted", "with the help of AI"),
        (AILevel.AI_GENERATED, "ai-generated", "Content created by AI"),
        (AILevel.AI_AUTONOMOUS, "ai-autonomous", "without human review"),
    ],
)
def test_disclosure_signals_per_level(level: AILevel, meta: str | None, banner: str | None) -> None:
    disclosure = make_disclosure(0, level=level, reviewed_by_human=None)
    if level is AILevel.AI_AUTONOMOUS:
        disclosure = make_disclosure(0, level=level)
    article = _article(ai_disclosure=disclosure)
    for markup in MARKUPS:
        page = render_html(article, markup)
        tree = _tree(page)
        metas = [m.get("content") for m in tree.iter("meta") if m.get("name") == "ai-disclosure"]
        assert metas == ([] if meta is None or markup == "plain" else [meta])
        if banner is None:
            assert "AI" not in _text(next(tree.iter("article"))).replace("AIR", "")
        else:
            assert banner in _visible(page)


def test_custom_disclosure_without_label_gets_the_standard_banner() -> None:
    disclosure = AIDisclosure(involvement=AIInvolvement.ASSISTED, reviewed_by_human=True)
    page = render_html(_article(ai_disclosure=disclosure), "plain")
    assert "reviewed by our editorial staff" in _visible(page)


# --------------------------------------------------------------------------- encodings


@pytest.mark.parametrize(
    ("encoding", "label"),
    [
        ("utf-8", "utf-8"),
        ("latin-1", "iso-8859-1"),
        ("cp1252", "windows-1252"),
        ("shift_jis", "shift-jis"),
        ("ascii", "us-ascii"),
    ],
)
@pytest.mark.parametrize("markup", ["jsonld", "plain"])
def test_encoding_gives_bytes_with_the_right_declaration(
    encoding: str, label: str, markup: str
) -> None:
    article = _article(title="Núñez y Zoë: “quotes” — 東京 ☃")
    data = render_html(article, markup, encoding=encoding)
    assert isinstance(data, bytes)
    assert f'<meta charset="{label}">'.encode("ascii") in data[:300]
    tree = lxml.html.fromstring(data.decode(encoding))
    assert _text(next(tree.iter("h1"))) == article.title
    if markup == "jsonld":
        assert _news_article(_ldjson(data.decode(encoding)))["headline"] == article.title
    if encoding != "utf-8":
        assert "Núñez".encode() not in data  # not UTF-8 bytes


def test_utf16_output_has_a_bom() -> None:
    data = render_html(_article(), "plain", encoding="utf-16")
    assert data[:2] in (b"\xff\xfe", b"\xfe\xff")
    assert "Mexico and US strike key agreements" in data.decode("utf-16")


# --------------------------------------------------------------------------- relative labels


def _time_ago(article: Article, now: dt.datetime) -> str | None:
    """The "time ago" label render_html writes next to the date (None when it writes none)."""
    found = _tree(render_html(article, "plain", now=now)).xpath("//span[@class='time-ago']/text()")
    assert len(found) <= 1
    return found[0] if found else None


@pytest.mark.parametrize(
    ("delta", "en", "es"),
    [
        (dt.timedelta(seconds=10), "a few seconds ago", "hace unos segundos"),
        (dt.timedelta(seconds=70), "a minute ago", "hace un minuto"),
        (dt.timedelta(minutes=5), "5 minutes ago", "hace 5 minutos"),
        (dt.timedelta(minutes=50), "an hour ago", "hace una hora"),
        (dt.timedelta(hours=3), "3 hours ago", "hace 3 horas"),
        (dt.timedelta(hours=30), "a day ago", "hace un día"),
        (dt.timedelta(days=4), "4 days ago", "hace 4 días"),
        (dt.timedelta(days=30), "a month ago", "hace un mes"),
        (dt.timedelta(days=213), "7 months ago", "hace 7 meses"),
        (dt.timedelta(days=400), "a year ago", "hace un año"),
        (dt.timedelta(days=1000), "3 years ago", "hace 3 años"),
    ],
)
def test_relative_label(delta: dt.timedelta, en: str, es: str) -> None:
    published = dt.datetime(2023, 12, 29, 9, 0, tzinfo=dt.timezone.utc)
    now = published + delta
    assert _time_ago(_article(date_published=published), now) == en
    assert _time_ago(_article(date_published=published, language="es"), now) == es


def test_relative_label_of_the_seed_page_and_future() -> None:
    assert _time_ago(_article(), NOW) == "7 months ago"
    assert _time_ago(_article(date_published=dt.date(2025, 1, 1)), NOW) is None
    assert "ago" not in _visible(render_html(_article(), "plain"))  # no now: no label


# --------------------------------------------------------------------------- bad input


@pytest.mark.parametrize(
    ("args", "kwargs", "path"),
    [
        (("not an article",), {}, "/article"),
        ((None, "xml"), {}, "/markup"),
        ((None,), {"encoding": "no-such-codec"}, "/encoding"),
        ((None,), {"encoding": "\x00"}, "/encoding"),  # Python's codec lookup: ValueError
        ((None,), {"now": "2024-01-01"}, "/now"),
    ],
)
def test_bad_arguments_raise_validation_error(
    args: tuple[Any, ...], kwargs: dict[str, Any], path: str
) -> None:
    if args[0] is None:
        args = (_article(), *args[1:])
    with pytest.raises(ValidationError) as info:
        render_html(*args, **kwargs)
    assert info.value.problems[0].path == path


def test_minimal_article_renders() -> None:
    page = render_html(Article(), "jsonld")
    assert "<h1" not in page and "ld+json" in page
    assert render_html(Article(title="Only a title"), "wordpress").count("Only a title") >= 2


# --------------------------------------------------------------------------- any valid article


def test_any_valid_article_renders_and_keeps_its_headline() -> None:
    from hypothesis import given, settings
    from hypothesis import strategies as st

    from newsmeta.strategies import articles

    @settings(max_examples=40, deadline=None, derandomize=True, database=None)
    @given(articles(), st.sampled_from(MARKUPS))
    def check(article: Article, markup: str) -> None:
        page = render_html(article, markup, now=NOW)
        data = render_html(article, markup, encoding="cp1252")
        tree = _tree(page)
        h1 = list(tree.iter("h1"))
        if article.title:
            assert _text(h1[0]) == " ".join(article.title.split())
            assert _text(lxml.html.fromstring(data.decode("cp1252")).find(".//h1")) == _text(h1[0])
        else:
            assert h1 == []
        if markup == "jsonld":
            node = _news_article(_ldjson(page))
            assert node.get("headline") == article.title

    check()
