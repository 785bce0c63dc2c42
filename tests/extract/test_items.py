"""newsmeta.items(): every JSON-LD, microdata and RDFa item of a page, one shape."""

# ruff: noqa: E501  (the test pages keep their long HTML lines)

from __future__ import annotations

from typing import Any

import pytest

import newsmeta

JSONLD_PAGE = """<html><head>
<script type="application/ld+json">
{"@context": "https://schema.org", "@graph": [
  {"@type": "Organization", "@id": "https://food.example/#org", "name": "Food Example",
   "logo": {"@type": "ImageObject", "url": "https://food.example/logo.png"}},
  {"@type": "Recipe", "@id": "https://food.example/soup#recipe", "name": "Green soup",
   "author": {"@id": "https://food.example/#org"},
   "recipeIngredient": ["peas", "mint"],
   "nutrition": {"@type": "NutritionInformation", "calories": "120 kcal"}},
  {"@type": "BreadcrumbList", "itemListElement": [
    {"@type": "ListItem", "position": 1, "name": "Soups"}]}
]}
</script>
<script type="application/ld+json">[{"@type": "schema:VideoObject", "name": "How to", "schema:duration": "PT2M"},
{"@type": "Event", "name": "Tasting", "location": {"@type": "Place", "name": "Hall"}}]</script>
</head><body><p>Soup.</p></body></html>"""

MICRODATA_PAGE = """<html><body>
<div itemscope itemtype="https://schema.org/Product" itemid="urn:sku:42" itemref="price-box">
  <h1 itemprop="name">Kettle</h1>
  <div itemprop="brand" itemscope itemtype="https://schema.org/Brand"><span itemprop="name">Boil Co</span></div>
  <div itemprop="review" itemscope itemtype="https://schema.org/Review">
    <span itemprop="author" itemscope itemtype="https://schema.org/Person"><span itemprop="name">Ana</span></span>
    <div itemprop="reviewRating" itemscope itemtype="https://schema.org/Rating"><meta itemprop="ratingValue" content="4"></div>
  </div>
</div>
<div id="price-box"><span itemprop="offers" itemscope itemtype="https://schema.org/Offer"><meta itemprop="price" content="19.99"><meta itemprop="priceCurrency" content="EUR"></span></div>
<div itemscope itemtype="https://schema.org/Event"><span itemprop="name">Fair</span><time itemprop="startDate" datetime="2024-05-01">May 1</time></div>
</body></html>"""

RDFA_PAGE = """<html><body vocab="https://schema.org/">
<div typeof="Book" resource="https://books.example/b/1">
  <span property="name">The Long Road</span>
  <div property="author" typeof="Person"><span property="name">Li Wang</span></div>
  <a property="sameAs" href="https://isbn.example/123">ISBN</a>
</div>
<div typeof="Place"><span property="name">Harbour</span>
  <div property="geo" typeof="GeoCoordinates"><meta property="latitude" content="59.9"></div></div>
</body></html>"""


def _by_type(found: list[dict[str, Any]], name: str) -> dict[str, Any]:
    return next(i for i in found if name in i["@type"])


def test_json_ld_graph_references_nested_and_arrays() -> None:
    found = newsmeta.items(JSONLD_PAGE, "https://food.example/soup")
    assert sorted(t for i in found for t in i["@type"]) == [
        "BreadcrumbList", "Event", "Organization", "Recipe", "VideoObject",
    ]  # fmt: skip
    assert all(i["@syntax"] == "json-ld" for i in found)
    recipe = _by_type(found, "Recipe")
    assert recipe["@locator"] == "0#/@graph/1"
    assert recipe["@id"] == "https://food.example/soup#recipe"
    assert recipe["author"]["name"] == "Food Example"  # the @id reference, resolved
    assert recipe["author"]["logo"]["@type"] == ["ImageObject"]
    assert recipe["nutrition"] == {"@type": ["NutritionInformation"], "calories": "120 kcal"}
    assert recipe["recipeIngredient"] == ["peas", "mint"]
    video = _by_type(found, "VideoObject")
    assert video["duration"] == "PT2M" and video["@locator"] == "1#/0"
    assert _by_type(found, "Event")["location"]["name"] == "Hall"
    breadcrumbs = _by_type(found, "BreadcrumbList")
    assert breadcrumbs["itemListElement"][0]["@type"] == ["ListItem"]


def test_microdata_nested_items_and_itemref() -> None:
    found = newsmeta.items(MICRODATA_PAGE)
    assert [i["@type"] for i in found] == [["Product"], ["Event"]]
    product = found[0]
    assert product["@syntax"] == "microdata" and product["@locator"] == "/html/body[1]/div[1]"
    assert product["@id"] == "urn:sku:42"
    assert product["name"] == "Kettle"
    assert product["brand"] == {"@type": ["Brand"], "name": "Boil Co"}
    review = product["review"]
    assert review["author"]["name"] == "Ana" and review["reviewRating"]["ratingValue"] == "4"
    assert product["offers"]["price"] == "19.99"  # reached through itemref
    assert found[1]["startDate"] == "2024-05-01"


def test_rdfa_items() -> None:
    found = newsmeta.items(RDFA_PAGE)
    assert [i["@type"] for i in found] == [["Book"], ["Place"]]
    book = found[0]
    assert book["@syntax"] == "rdfa" and book["@id"] == "https://books.example/b/1"
    assert book["author"] == {"@type": ["Person"], "name": "Li Wang"}
    assert book["sameAs"] == "https://isbn.example/123"
    assert found[1]["geo"]["latitude"] == "59.9"


def test_all_three_syntaxes_on_one_page() -> None:
    page = JSONLD_PAGE.replace(
        "<body><p>Soup.</p></body>", "<body>" + MICRODATA_PAGE[12:-14] + "</body>"
    )
    page = page.replace("</body></html>", RDFA_PAGE.split('<body vocab="https://schema.org/">')[1])
    found = newsmeta.items(page)
    syntaxes = [i["@syntax"] for i in found]
    assert syntaxes.count("json-ld") == 5 and syntaxes.count("microdata") == 2
    assert "rdfa" in syntaxes


def test_reference_cycles_stop() -> None:
    page = """<script type="application/ld+json">{"@graph": [
      {"@type": "Person", "@id": "#a", "knows": {"@id": "#b"}},
      {"@type": "Person", "@id": "#b", "knows": {"@id": "#a"}}]}</script>"""
    found = newsmeta.items(page)
    first = found[0]
    assert first["knows"]["@id"] == "#b"
    assert first["knows"]["knows"] == {"@id": "#a"}


def test_bad_arguments_raise_parse_errors() -> None:
    with pytest.raises(newsmeta.ParseError):
        newsmeta.items(JSONLD_PAGE, url=3)  # type: ignore[arg-type]
    with pytest.raises(newsmeta.ParseError):
        newsmeta.items(JSONLD_PAGE, limits="x")  # type: ignore[arg-type]


def test_a_page_without_items() -> None:
    assert newsmeta.items("<html><body><p>Nothing here.</p></body></html>") == []


def test_an_untyped_root_is_an_item_and_a_graph_wrapper_is_not() -> None:
    page = (
        '<html><head><script type="application/ld+json">{"data": "line 1\n line 2"}</script>'
        '<script type="application/ld+json">{"@context": "https://schema.org", "@graph": '
        '[{"@type": "NewsArticle", "headline": "Tides"}]}</script></head><body></body></html>'
    )
    found = newsmeta.items(page)
    assert [item["@type"] for item in found] == [[], ["NewsArticle"]]
    assert found[0]["data"] == "line 1\n line 2"
    assert found[0]["@locator"] == "0#"
