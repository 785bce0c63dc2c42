"""Session 15, speed L: evidence with a reason is made in one step, the output unchanged.

The engine now files refused candidates' evidence (with the reason) and AI-signal evidence
(under ``ai_disclosure``) in one step instead of copying each record through
``attrs.evolve``. These tests, on a page written for them, check that such an Article reads
back through ``from_dict`` (which validates every field) into an equal Article, that each
refusal keeps its reason, and that the public constructors still refuse bad values.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

import newsmeta

NOW = dt.datetime(2026, 11, 1, tzinfo=dt.timezone.utc)
URL = "https://harbour.example/news/cranes"
_STORY = "The cranes on the north quay were switched back on this week after repairs. " * 20
PAGE = f"""<html lang="en"><head><title>An SEO title nobody prints | Daily Harbour</title>
<meta property="og:title" content="An SEO title nobody prints">
<meta name="author" content="webdesk">
<meta property="article:published_time" content="2031-01-01T10:00:00Z">
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"NewsArticle",
"headline":"Another headline","datePublished":"2026-03-04T08:00:00+01:00",
"author":{{"@type":"Person","name":"Uploader Account"}}}}</script></head><body>
<article><h1>Harbour cranes return after the winter storms</h1>
<p class="byline">By Maria Jensen</p><time datetime="2026-03-04">4 March 2026</time>
<p>{_STORY}</p>
<p><em>This article was produced with the help of AI and checked by an editor.</em></p>
</article></body></html>"""


@pytest.fixture(scope="module")
def article() -> newsmeta.Article:
    return newsmeta.extract(PAGE, URL, now=NOW)


def test_the_assembled_article_reads_back_equal(article: newsmeta.Article) -> None:
    assert article.title == "Harbour cranes return after the winter storms"
    assert [a.name for a in article.authors] == ["Maria Jensen"]
    again = newsmeta.from_dict(newsmeta.to_dict(article))
    assert again == article
    assert again.provenance == article.provenance
    assert hash(again.provenance.rejected) == hash(article.provenance.rejected)


def test_refused_candidates_keep_their_reasons(article: newsmeta.Article) -> None:
    reasons = {(e.field, e.source.value): e.reason for e in article.provenance.rejected}
    assert reasons[("title", "json-ld")] == (
        "the page shows this title nowhere; another title it shows won"
    )
    assert reasons[("authors", "json-ld")] == (
        "named only in JSON-LD: the page shows the name nowhere"
    )
    assert (reasons[("date_published", "opengraph")] or "").startswith("after now")
    assert all(e.reason is None for e in article.provenance.evidence)


def test_ai_signal_evidence_is_filed_under_the_disclosure(article: newsmeta.Article) -> None:
    assert article.ai_disclosure.involvement is newsmeta.AIInvolvement.ASSISTED
    fields = [e.field for e in article.provenance.evidence]
    assert "ai_disclosure" in fields
    assert "ai_signal" not in fields


@pytest.mark.parametrize(
    ("cls", "values"),
    [
        (newsmeta.Article, {"title": "   "}),
        (newsmeta.Article, {"url": "not a uri"}),
        (newsmeta.Article, {"word_count": -1}),
        (newsmeta.Article, {"authors": ["Maria Jensen"]}),
        (newsmeta.Article, {"comments_open": 1}),
        (newsmeta.Article, {"date_published": "2026-03-04"}),
        (
            newsmeta.Provenance,
            {
                "rendered_earliest": dt.datetime(2026, 3, 5, tzinfo=dt.timezone.utc),
                "rendered_latest": dt.datetime(2026, 3, 4, tzinfo=dt.timezone.utc),
            },
        ),
        (newsmeta.Provenance, {"extracted_at": dt.datetime(2026, 3, 4)}),
        (
            newsmeta.Evidence,
            {"field": "title", "source": "meta", "confidence": 0.5, "reason": 5},
        ),
        (
            newsmeta.Evidence,
            {"field": " ", "source": "meta", "confidence": 0.5},
        ),
    ],
)
def test_public_constructors_still_refuse_bad_values(cls: Any, values: dict[str, Any]) -> None:
    with pytest.raises(newsmeta.ValidationError):
        cls(**values)
