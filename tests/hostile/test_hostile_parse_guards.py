"""Pages that made libxml2 or the page index super-linear (issue 17), each a reproducer.

* one element with tens of thousands of distinct attributes: libxml2 checks each new
  attribute against all earlier ones (quadratic); the pre-scan caps attributes per tag;
* 100,000 ``itemscope`` + ``itemprop`` elements: a union XPath in the page index merged
  node sets pairwise (quadratic); the index now walks each predicate once.
"""

from __future__ import annotations

import pytest
from hostile_support import page, run_hostile

import newsmeta
from newsmeta._extract._page import Page
from newsmeta._extract._prescan import cap_attributes

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


def test_attribute_cap_keeps_the_first_attributes_and_the_rest_of_the_page() -> None:
    tag = b"<div " + _attributes(3_000, "valued").encode() + b">inside</div><p>after</p>"
    capped, cut = cap_attributes(tag, 1_000)
    assert cut == 1
    root = Page(capped, limits=newsmeta.Limits(max_tag_attributes=5_000)).root
    div = root.find(".//div")
    assert div is not None
    assert len(div.attrib) == 1_000
    assert div.get("data-attribute-999") == "value 999"
    assert div.get("data-attribute-1000") is None
    assert div.text == "inside"
    assert root.find(".//p").text == "after"


def test_a_tag_at_the_cap_is_untouched_and_the_cap_is_a_limit() -> None:
    tag = b"<div " + _attributes(1_000, "bare").encode() + b">x</div>"
    assert cap_attributes(tag, 1_000) == (tag, 0)
    small = newsmeta.Limits(max_tag_attributes=10)
    article = newsmeta.extract(page(f"<div {_attributes(11, 'bare')}>x</div>"), limits=small)
    assert "too-many-attributes" in {w.code for w in article.provenance.warnings}


def test_normal_pages_are_not_rewritten() -> None:
    script = "<script>for (i = 0; i<n; i++) { x = a" + " + b" * 2_000 + "; }</script>"
    long_value = "<img alt='a picture' srcset='" + "x.jpg 1x, " * 1_000 + "'>"
    html = page(script + long_value + "<p a=1 b=2>text</p>").encode()
    assert cap_attributes(html, 1_000) == (html, 0)
    codes = {w.code for w in newsmeta.extract(html).provenance.warnings}
    assert "too-many-attributes" not in codes


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
        '<a rel="author" href="/a" id="r1">A</a><span rel="x" id="r2">no</span>'
        '<p typeof="Person" property="name" id="t1" ai-disclosure="ai">x</p>'
        '<meta property="og:title" content="t" id="m1">'
        "</body></html>"
    )
    p = Page(html)
    assert [el.get("id") for el in p.itemscopes] == ["p1"]
    assert [el.get("id") for el in p.itemprops] == ["n1"]
    assert [el.get("id") for el in p.a_rel] == ["r1"]
    assert [el.tag for el in p.ai_attr] == ["html", "p"]
    assert [el.get("id") for el in p.rdfa] == ["t1"]
