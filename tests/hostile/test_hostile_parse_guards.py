"""Pages that made libxml2 or the page index super-linear (issue 17), each a reproducer.

* one element with tens of thousands of distinct attributes: libxml2 checks each new
  attribute against all earlier ones (quadratic); the pre-scan caps attributes per tag;
* 100,000 ``itemscope`` + ``itemprop`` elements: a union XPath in the page index merged
  node sets pairwise (quadratic); the index now walks each predicate once.
"""

from __future__ import annotations

import datetime as dt

import pytest
from hostile_support import page, run_hostile

import newsmeta

TITLE = "Council approves the new budget"


def _attributes(n: int, shape: str) -> str:
    if shape == "bare":
        return " ".join(f"a{i}" for i in range(n))
    if shape == "quoted-gt":  # ">" inside quoted values: no long run without ">"
        return " ".join(f'a{i}=">"' for i in range(n))
    if shape == "slashes":
        return "/".join(f"x{i}" for i in range(n))
    return " ".join(f'data-attribute-{i}="value {i}"' for i in range(n))


@pytest.mark.parametrize("shape", ["bare", "quoted-gt", "slashes", "valued"])
def test_80000_distinct_attributes_on_one_element(shape: str) -> None:
    html = page(
        f"<div {_attributes(80_000, shape)}>first</div>"
        "<p class='byline'>By Jane Roe</p><p>After the long tag</p>"
    )
    out = run_hostile(html.encode())
    assert out.article is not None
    assert "too-many-attributes" in out.warning_codes
    assert out.article.title == TITLE
    assert [a.name for a in out.article.authors] == ["Jane Roe"]


def _time_after(n: int) -> str:
    """A page whose ``<time>`` has ``n`` other attributes before its ``datetime``."""
    return page(
        f'<time {_attributes(n, "valued")} datetime="2024-03-01T10:00:00Z"></time>'
        "<p>After the long tag, the story goes on for a while.</p>"
    )


def test_attribute_cap_keeps_the_first_attributes_and_the_rest_of_the_page() -> None:
    cap = newsmeta.Limits(max_tag_attributes=1_000)
    now = dt.datetime(2024, 8, 1, tzinfo=dt.timezone.utc)
    kept = newsmeta.extract(_time_after(999).encode(), limits=cap, now=now)  # 1,000 in all
    assert kept.date_published == dt.datetime(2024, 3, 1, 10, tzinfo=dt.timezone.utc)
    assert "too-many-attributes" not in {w.code for w in kept.provenance.warnings}
    cut = newsmeta.extract(_time_after(1_000).encode(), limits=cap, now=now)  # 1,001: capped
    assert cut.date_published is None  # the 1,001st attribute (datetime) is dropped
    assert "too-many-attributes" in {w.code for w in cut.provenance.warnings}
    assert (cut.title, cut.body) == (TITLE, "After the long tag, the story goes on for a while.")


def test_a_tag_at_the_cap_is_untouched_and_the_cap_is_a_limit() -> None:
    at_cap = newsmeta.Limits(max_tag_attributes=11)
    article = newsmeta.extract(page(f"<div {_attributes(11, 'bare')}>x</div>"), limits=at_cap)
    assert "too-many-attributes" not in {w.code for w in article.provenance.warnings}
    small = newsmeta.Limits(max_tag_attributes=10)
    article = newsmeta.extract(page(f"<div {_attributes(11, 'bare')}>x</div>"), limits=small)
    assert "too-many-attributes" in {w.code for w in article.provenance.warnings}


def test_normal_pages_are_not_rewritten() -> None:
    script = "<script>for (i = 0; i<n; i++) { x = a" + " + b" * 2_000 + "; }</script>"
    long_value = "<img alt='a picture' srcset='" + "x.jpg 1x, " * 1_000 + "'>"
    html = page(script + long_value + "<p a=1 b=2>The text of the story.</p>").encode()
    article = newsmeta.extract(html, limits=newsmeta.Limits(max_tag_attributes=1_000))
    assert "too-many-attributes" not in {w.code for w in article.provenance.warnings}
    assert article.title == TITLE


def test_100000_itemscope_itemprop_elements() -> None:
    html = (
        "<html><head><title>Items all the way down</title></head><body>"
        + '<div itemscope itemprop="x">a</div>' * 100_000
        + "</body></html>"
    ).encode()
    out = run_hostile(html)
    assert out.article is not None


def test_page_index_finds_marked_elements_in_document_order() -> None:
    html = (
        '<html vocab="https://schema.org/" ai-disclosure="none"><body>'
        '<div itemscope itemtype="https://schema.org/Person" id="p1">'
        '<span itemprop="name" id="n1">A</span></div>'
        '<a rel="author" href="/a" id="r1">Ann Lee</a><span rel="x" id="r2">no</span>'
        '<p typeof="Person" property="name" id="t1" ai-disclosure="ai">x</p>'
        '<meta property="og:title" content="t" id="m1">'
        "</body></html>"
    )
    items = newsmeta.items(html)
    assert [(item["@syntax"], item["@locator"]) for item in items] == [
        ("microdata", '//div[@id="p1"]'),
        ("rdfa", "/html"),
    ]
    assert items[0]["name"] == "A" and items[1]["name"] == {"@type": ["Person"]}
    article = newsmeta.extract(html, "https://news.example/a")
    assert [a.name for a in article.authors] == ["Ann Lee"]  # the a[rel=author]
    signals = article.ai_disclosure.signals
    assert [s.kind for s in signals] == ["ai-disclosure-attribute"] * 2
    assert [s.locator for s in signals] == ["/html", '//p[@id="t1"]']
