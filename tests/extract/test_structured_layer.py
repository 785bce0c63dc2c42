"""One structured-data layer: comments, ratings and AI signals read JSON-LD, microdata and RDFa
through the same item tree as the metadata (pages written for these tests)."""

from __future__ import annotations

import datetime as dt

import pytest

import newsmeta
from newsmeta import AggregateRating, AILevel

NOW = dt.datetime(2026, 12, 6, tzinfo=dt.timezone.utc)
URL = "https://allotment.example/diary/leeks"
_BODY = (
    "<p>Leeks sown in March are ready to move out once they are as thick as a pencil; trim the "
    "roots a little, drop each one in a deep hole and water it in without filling the hole.</p>"
)


def _extract(html: str) -> newsmeta.Article:
    return newsmeta.extract(html, URL, now=NOW)


def _sources(article: newsmeta.Article, field: str) -> set[str]:
    return {e.source.value for e in article.provenance.evidence if e.field == field}


# ----------------------------------------------------------------------------- comments

USER_COMMENTS = f"""<html><head><title>Leeks</title></head><body>
<article itemscope itemtype="https://schema.org/BlogPosting"><h1 itemprop="headline">Leeks</h1>
<div itemprop="articleBody">{_BODY}</div>
<div itemprop="comment" itemscope itemtype="http://schema.org/UserComments" itemid="#uc-1">
  <span itemprop="creator" itemscope itemtype="https://schema.org/Person">
    <a itemprop="url" href="/gardeners/ruth"><span itemprop="name">Ruth Okafor</span></a></span>
  <span itemprop="commentTime" datetime="2026-04-02T18:05:00+01:00">2 April</span>
  <a itemprop="url" href="/diary/leeks#uc-1">link</a>
  <p itemprop="commentText">Mine bolted last year: was it the dry May?</p>
</div>
<div itemprop="comment" itemscope itemtype="http://schema.org/UserComments" itemid="#uc-2">
  <a itemprop="creator" href="https://tom.example/">Tom Vella</a>
  <meta itemprop="commentTime" content="2026-04-03">
  <meta itemprop="replyToUrl" content="/diary/leeks#uc-1">
  <p itemprop="commentText">Probably: water them twice a week in a dry spell.</p>
</div>
<div itemprop="comment" itemscope itemtype="https://schema.org/Comment" id="c-3">
  <span itemprop="author">Ines</span><time itemprop="dateCreated" datetime="2026-04-04">4 Apr</time>
  <div itemprop="text">Thanks, both.</div>
  <span itemprop="upvoteCount">1,204</span>
</div>
</article></body></html>"""


def test_microdata_user_comments_and_comments_read_alike() -> None:
    article = _extract(USER_COMMENTS)
    first, reply, third = article.comments
    assert (first.id, first.text) == ("#uc-1", "Mine bolted last year: was it the dry May?")
    assert first.author is not None
    assert (first.author.name, first.author.url) == (
        "Ruth Okafor",
        "https://allotment.example/gardeners/ruth",
    )
    # commentTime's datetime attribute is the machine-readable value, with its offset
    assert first.date_published == dt.datetime(
        2026, 4, 2, 18, 5, tzinfo=dt.timezone(dt.timedelta(hours=1))
    )
    assert first.url == "https://allotment.example/diary/leeks#uc-1"
    # replyToUrl names the comment answered, through its url
    assert (reply.parent_id, reply.date_published) == ("#uc-1", dt.date(2026, 4, 3))
    assert reply.author is not None
    assert (reply.author.name, reply.author.url) == ("Tom Vella", "https://tom.example/")
    assert (third.id, third.text, third.parent_id) == ("c-3", "Thanks, both.", None)
    assert third.author is not None and third.author.name == "Ines"
    assert third.upvotes == 1204
    assert _sources(article, "comments") == {"microdata"}


RDFA_COMMENTS = f"""<html><head><title>Leeks</title></head><body vocab="https://schema.org/">
<article typeof="BlogPosting"><h1 property="headline">Leeks</h1>{_BODY}
<section id="comments">
 <div typeof="Comment" about="/comment/71" id="comment-71">
  <span property="author" typeof="Person"><span property="name">Ruth Okafor</span></span>
  <span property="dateCreated" content="2026-04-02T17:05:00+00:00">Thu</span>
  <div property="text"><p>Did yours bolt too?</p></div>
  <div typeof="Comment" about="/comment/72">
   <span property="author">Tom Vella</span>
   <div property="text">Only the ones sown in February.</div>
  </div>
 </div>
</section></article></body></html>"""


def test_rdfa_comments_and_their_replies() -> None:
    article = _extract(RDFA_COMMENTS)
    assert [(c.id, c.parent_id, c.text) for c in article.comments] == [
        ("/comment/71", None, "Did yours bolt too?"),
        ("/comment/72", "/comment/71", "Only the ones sown in February."),
    ]
    assert [c.author.name for c in article.comments if c.author] == ["Ruth Okafor", "Tom Vella"]
    assert article.comments[0].date_published == dt.datetime(2026, 4, 2, 17, 5, tzinfo=dt.UTC)
    assert _sources(article, "comments") == {"rdfa"}


# ----------------------------------------------------------------------------- RDFa, no typeof

PAGE_PROPERTIES = f"""<html><head><title>Leeks | Allotment Diary</title></head>
<body vocab="https://schema.org/">
<nav><div typeof="BreadcrumbList"><span property="itemListElement" typeof="ListItem">
 <span property="name">Diary</span></span></div></nav>
<main><h1 property="name">Moving leeks out</h1>
<p>By <span property="author">Ruth Okafor</span>,
 <time property="datePublished" datetime="2026-04-01">1 April 2026</time></p>
<div about="/diary/onions"><span property="name">Onions, next week</span></div>
<div property="articleBody">{_BODY}</div></main></body></html>"""

PAGE_PROPERTIES_HIDDEN = f"""<html><head><title>Leeks | Allotment Diary</title></head>
<body vocab="https://schema.org/"><main>
<meta property="name" content="Moving leeks out"><meta property="author" content="Ruth Okafor">
<div about="/diary/onions"><span property="name">Onions, next week</span></div>
<div property="articleBody">{_BODY}</div></main></body></html>"""


def test_rdfa_properties_without_typeof_belong_to_the_page() -> None:
    article = _extract(PAGE_PROPERTIES)
    assert article.title == "Moving leeks out"
    assert article.date_published == dt.date(2026, 4, 1)
    assert [a.name for a in article.authors] == ["Ruth Okafor"]
    evidence = article.provenance.evidence
    assert next(e.locator for e in evidence if e.field == "date_published").endswith("/time[1]")
    # with the same properties on <meta> elements only RDFa reads the title and the author
    hidden = _extract(PAGE_PROPERTIES_HIDDEN)
    found = {
        (e.field, e.raw, e.locator)
        for e in (*hidden.provenance.evidence, *hidden.provenance.rejected)
        if e.source.value == "rdfa"
    }
    assert found == {
        ("authors", "Ruth Okafor", "/html/body[1]/main[1]/meta[2]"),
        ("title", "Moving leeks out", "/html/body[1]/main[1]/meta[1]"),
    }
    assert [a.name for a in hidden.authors] == ["Ruth Okafor"]
    page_items = [i for i in newsmeta.items(PAGE_PROPERTIES, URL) if i["@syntax"] == "rdfa"]
    assert page_items[0]["@type"] == ["WebPage"]
    # the breadcrumb's name, the other subject's name (about=) stay where they belong
    assert page_items[0]["name"] == "Moving leeks out"
    assert page_items[0]["datePublished"] == "2026-04-01"


@pytest.mark.parametrize(
    "body",
    [
        # no vocabulary: "name" is no schema.org term here
        '<h1 property="name">Moving leeks out</h1>',
        # another subject (about=) is not the page
        '<div vocab="https://schema.org/" about="/diary/onions">'
        '<h1 property="name">Moving leeks out</h1></div>',
        # a vocabulary that is not schema.org
        '<div vocab="http://xmlns.com/foaf/0.1/"><h1 property="name">Moving leeks out</h1></div>',
    ],
)
def test_rdfa_properties_without_a_schema_org_page_context_are_not_read(body: str) -> None:
    html = f'<html><body><div typeof="Thing"></div>{body}{_BODY}</body></html>'
    assert not [i for i in newsmeta.items(html, URL) if i.get("name") == "Moving leeks out"]


# ----------------------------------------------------------------------------- ratings


@pytest.mark.parametrize(
    ("owner", "expected"),
    [
        ('itemscope itemtype="https://schema.org/Recipe https://schema.org/HowTo"', True),
        ('itemscope itemtype="https://schema.org/Product"', False),
    ],
)
def test_microdata_rating_is_read_from_the_item_tree(owner: str, expected: bool) -> None:
    html = f"""<html><body><article {owner}><h1 itemprop="name">Leek soup</h1>{_BODY}
    <div itemprop="aggregateRating" itemscope itemtype="https://schema.org/AggregateRating">
     <span itemprop="ratingValue">4,5</span> / <span itemprop="bestRating">5</span>
     (<span itemprop="ratingCount">1.204</span> votes)</div></article></body></html>"""
    rating = _extract(html).rating
    if expected:
        assert rating == AggregateRating(value=4.5, best=5.0, rating_count=1204)
    else:
        assert rating is None


def test_rdfa_rating_of_the_article() -> None:
    html = f"""<html><body vocab="https://schema.org/"><article typeof="Recipe">
    <h1 property="name">Leek soup</h1>{_BODY}
    <div property="aggregateRating" typeof="AggregateRating">
     <meta property="ratingValue" content="3.8"><meta property="reviewCount" content="12">
    </div></article></body></html>"""
    article = _extract(html)
    assert article.rating == AggregateRating(value=3.8, review_count=12)
    assert _sources(article, "rating") == {"rdfa"}


def test_an_unusable_structured_number_drops_the_rating_with_a_warning() -> None:
    html = f"""<html><body><article itemscope itemtype="https://schema.org/Article">
    <h1 itemprop="headline">Leeks</h1>{_BODY}
    <div itemprop="aggregateRating" itemscope itemtype="https://schema.org/AggregateRating">
     <meta itemprop="ratingValue" content="4"><meta itemprop="ratingCount" content="2.5">
    </div></article></body></html>"""
    article = _extract(html)
    assert article.rating is None
    assert any(w.code == "rating-invalid" for w in article.provenance.warnings)


# ----------------------------------------------------------------------------- AI signals

IPTC = "http://cv.iptc.org/newscodes/digitalsourcetype/"


def test_microdata_digital_source_type_and_software_author() -> None:
    html = f"""<html><body><article itemscope itemtype="https://schema.org/NewsArticle">
    <h1 itemprop="headline">Leeks</h1>
    <span itemprop="author" itemscope itemtype="https://schema.org/SoftwareApplication">
      <span itemprop="name">GardenBot 3</span></span>
    <link itemprop="digitalSourceType" href="{IPTC}trainedAlgorithmicMedia">
    <figure itemprop="image" itemscope itemtype="https://schema.org/ImageObject">
      <link itemprop="digitalSourceType" href="{IPTC}digitalCapture"></figure>
    {_BODY}</article></body></html>"""
    signals = _extract(html).ai_disclosure.signals
    found = sorted((s.kind, s.scope, s.digital_source_type) for s in signals)
    assert found == [
        ("digital-source-type", "article", IPTC + "trainedAlgorithmicMedia"),
        ("digital-source-type", "media", IPTC + "digitalCapture"),
        ("software-author", "article", IPTC + "trainedAlgorithmicMedia"),
    ]
    assert [s.raw for s in signals if s.kind == "software-author"] == ["GardenBot 3"]
    assert _extract(html).ai_disclosure.level is AILevel.AI_GENERATED


def test_rdfa_digital_source_type() -> None:
    html = f"""<html><body vocab="https://schema.org/"><article typeof="NewsArticle">
    <h1 property="headline">Leeks</h1>
    <meta property="digitalSourceType" content="{IPTC}compositeWithTrainedAlgorithmicMedia">
    {_BODY}</article></body></html>"""
    disclosure = _extract(html).ai_disclosure
    assert disclosure.level is AILevel.AI_ASSISTED
    (signal,) = disclosure.signals
    assert signal.kind == "digital-source-type"
    assert signal.locator is not None and signal.locator.endswith("/meta[1]")
