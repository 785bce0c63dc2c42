"""More coverage gaps found by running other projects' metadata test suites (session 7).

Each rule is general (a repair, a name family, a normalisation) and is shown on a page we wrote.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

import newsmeta

NOW = dt.datetime(2026, 12, 6, tzinfo=dt.timezone.utc)
URL = "https://orchard.example/notes/pruning-in-frost"
_TEXT = (
    "<p>Pruning an apple tree in a hard frost splits the wood, so the orchard keepers wait for "
    "a mild spell in late winter and cut back the water shoots before the buds swell.</p>"
)


def _extract(head: str = "", body: str = "", url: str | None = URL) -> newsmeta.Article:
    html = (
        f"<html><head><title>Pruning in frost</title>{head}</head><body>{body}"
        f"<article>{_TEXT}</article></body></html>"
    )
    return newsmeta.extract(html, url, now=NOW)


def _ld(block: str) -> str:
    return f'<script type="application/ld+json">{block}</script>'


# ---------------------------------------------------------------- JSON-LD repairs


@pytest.mark.parametrize("typed", ['"@type": [], ', '"@type": "", ', ""])
def test_a_json_ld_article_without_its_type_is_still_read(typed: str) -> None:
    # The root names no type (an empty list, an empty string, no key) but has a headline,
    # which only a creative work has; its author is a typed Person.
    block = (
        f'{{"@context": "https://schema.org", {typed}"headline": "Frost pruning: a winter guide", '
        '"datePublished": "2026-02-11T08:00:00+01:00", '
        '"author": {"@type": "Person", "name": "Mara Lindqvist"}}'
    )
    article = _extract(_ld(block))
    assert article.title == "Frost pruning: a winter guide"
    assert [a.name for a in article.authors] == ["Mara Lindqvist"]
    assert article.date_published is not None
    assert article.date_published.isoformat() == "2026-02-11T08:00:00+01:00"


@pytest.mark.parametrize(
    ("name", "block"),
    [
        # a trailing comma followed by a JavaScript comment before the closing brace
        (
            "comma-then-comment",
            '{"@type": "BlogPosting", "headline": "Pruning in frost",\n'
            ' "articleSection": "Orchards", // the section\n //"wordCount": 0\n}',
        ),
        # a stray full stop between a value and its comma
        (
            "stray-full-stop",
            '{"@type": "BlogPosting", "headline": "Pruning in frost", '
            '"datePublished": "2026-02-11".,"articleSection": "Orchards"}',
        ),
        # an object left open before the array that holds it closes
        (
            "unclosed-object",
            '{"@type": "BlogPosting", "headline": "Pruning in frost", "articleSection": '
            '"Orchards", "hasPart": [{"@type": "WebPageElement", "name": "a", '
            '"image": {"url": "https://orchard.example/a.jpg"} ]}',
        ),
        # keys written as in a JavaScript object literal, without quotes
        (
            "bare-keys",
            '{"@type": "BlogPosting", headline: "Pruning in frost",\n'
            '  articleSection: "Orchards", isAccessibleForFree: true, note: "a: b, {c: d}"}',
        ),
    ],
)
def test_json_ld_repairs_keep_the_article(name: str, block: str) -> None:
    article = _extract(_ld(block))
    assert article.section == "Orchards", name
    assert any(w.code == "jsonld-repaired" for w in article.provenance.warnings), name
    assert any(
        e.field == "section" and e.source.value == "json-ld" for e in article.provenance.evidence
    )


def decode_lenient(raw: str) -> tuple[list[dict[str, Any]], list[str]]:
    """The items read from one JSON-LD block and the jsonld-* warnings it drew."""
    html = (
        f'<html><head><script type="application/ld+json">{raw}</script></head><body></body></html>'
    )
    notes = [w.code for w in newsmeta.extract(html).provenance.warnings if "jsonld" in w.code]
    return newsmeta.items(html), notes


def test_a_truncated_block_is_not_closed_by_guessing() -> None:
    values, notes = decode_lenient('{"@type": "BlogPosting", "headline": "Pruning in fr')
    assert values == [] or values[0].get("headline") != "Pruning in frost"
    assert notes


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (r'"Cider \x26 perry"', "Cider & perry"),  # a JavaScript hex escape
        (r'"D:\orchard\trees.csv"', "D:\\orchard\trees.csv"),  # \o is no escape: kept; \t is a tab
        (r'"D:\orchard\records"', "D:\\orchard\records"),
        (r'"the keeper\'s log"', "the keeper's log"),  # an escaped quote is the quote
    ],
)
def test_invalid_escapes_read_the_way_they_were_meant(raw: str, expected: str) -> None:
    values, notes = decode_lenient('{"@type": "Dataset", "name": ' + raw + "}")
    assert values and values[0]["name"] == expected
    assert notes


@pytest.mark.parametrize("written", ["blogposting", "BLOGPOSTING"])
def test_a_type_written_in_the_wrong_case_is_the_schema_org_type(written: str) -> None:
    block = (
        f'{{"@type": "{written}", "headline": "Pruning in frost", '
        '"author": {"@type": "person", "givenName": "Ines", "familyName": "Okoro"}}'
    )
    article = _extract(_ld(block))
    assert [(a.name, a.kind.value) for a in article.authors] == [("Ines Okoro", "person")]


def test_a_person_entry_naming_several_people_gives_each() -> None:
    block = (
        '{"@type": "BlogPosting", "headline": "Pruning in frost", '
        '"author": [{"@type": "Person", "name": ["Ines Okoro", "Pavel Duda"], '
        '"url": "https://orchard.example/team"}]}'
    )
    article = _extract(_ld(block))
    assert [a.name for a in article.authors] == ["Ines Okoro", "Pavel Duda"]
    # the entry's other properties cannot be told apart, so they are given to no one
    assert all(a.url is None for a in article.authors)


# ---------------------------------------------------------------- bylines


@pytest.mark.parametrize(
    ("byline", "expected"),
    [
        ("By Ines Okoro for The Valley Courier", ["Ines Okoro"]),
        ("Pavel Duda from Orchard Weekly", ["Pavel Duda"]),
        ("Ines Okoro @inesokoro", ["Ines Okoro"]),
        ("Ines_Okoro", ["Ines Okoro"]),
        ('Pavel "The Pruner" Duda', ["Pavel Duda"]),
        ("Fenna Fromm", ["Fenna Fromm"]),  # "From…" inside a name is no outlet
    ],
)
def test_byline_names_lose_outlets_handles_and_nicknames(byline: str, expected: list[str]) -> None:
    article = _extract(body=f'<div class="byline"><span class="author">{byline}</span></div>')
    assert [a.name for a in article.authors] == expected
    assert any(e.field == "authors" for e in article.provenance.evidence)


def test_an_author_class_inside_a_figure_credits_the_picture() -> None:
    body = (
        '<h1>Pruning in frost</h1><div class="byline"><span class="author">Ines Okoro</span>'
        '</div><figure><img src="/a.jpg" alt="shears"><figcaption><span class="author">'
        "Studio Brandt</span></figcaption></figure>"
    )
    article = _extract(body=body)
    assert [a.name for a in article.authors] == ["Ines Okoro"]
    only_credit = _extract(
        body='<figure><img src="/a.jpg" alt=""><div class="author">Studio Brandt</div></figure>'
    )
    assert only_credit.authors == ()


@pytest.mark.parametrize(
    "body",
    [
        '<h3 itemprop="author">Pavel Duda</h3>',
        '<p>Written for the orchard club by <span itemprop="author name">Pavel Duda</span></p>',
    ],
)
def test_an_author_property_outside_any_item_is_a_byline(body: str) -> None:
    article = _extract(body=body)
    assert [a.name for a in article.authors] == ["Pavel Duda"]
    assert any(
        e.field == "authors" and "itemprop" not in e.raw for e in article.provenance.evidence
    )


def test_an_author_property_inside_an_item_stays_the_items() -> None:
    body = (
        '<div itemscope itemtype="https://schema.org/Review"><span itemprop="author">'
        'Mika Saari</span><span itemprop="reviewBody">Sharp shears.</span></div>'
    )
    page = newsmeta.extract(f"<html><body>{body}<article>{_TEXT}</article></body></html>", URL)
    # the item's property is microdata's to read, never a loose byline
    found = (*page.provenance.evidence, *page.provenance.rejected)
    assert {e.source.value for e in found if e.field == "authors"} <= {"microdata"}
    loose = newsmeta.extract(f"<html><body>{body.replace('itemscope ', '')}</body></html>", URL)
    assert [a.name for a in loose.authors] == ["Mika Saari"]


@pytest.mark.parametrize(
    ("meta", "expected"),
    [
        ('<meta property="image" content="https://orchard.example/shears.jpg">', True),
        ('<meta name="image" content="/shears.jpg">', True),
    ],
)
def test_a_plain_image_meta_gives_the_lead_image(meta: str, expected: bool) -> None:
    article = _extract(head=meta)
    assert article.image == "https://orchard.example/shears.jpg"
    assert any(e.field == "image" for e in article.provenance.evidence) is expected


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ("The Valley Courier", "The Valley Courier"),
        ("https://www.facebook.com/valleycourier", None),
        ("@", None),
    ],
)
def test_article_publisher_written_as_a_name_names_the_publisher(
    content: str, expected: str | None
) -> None:
    article = _extract(head=f'<meta property="article:publisher" content="{content}">')
    assert (article.publisher.name if article.publisher else None) == expected
    assert article.site_name == expected


def test_a_theme_box_of_categories_and_tags_gives_the_posts() -> None:
    body = (
        '<div class="post-categories">Filed in <a href="/category/orchards/">Orchards</a>, '
        '<a href="/category/winter-work/">Winter work</a></div>'
        '<p class="entry-tags"><a href="/tag/apples/">#apples</a> <a href="/tag/shears/">shears,'
        '</a> <a href="/about/">About us</a></p>'
    )
    article = _extract(body=body)
    assert article.categories == ("Orchards", "Winter work")
    assert article.tags == ("apples", "shears")
    assert any(
        e.field == "tags" and e.source.value == "html-attribute"
        for e in article.provenance.evidence
    )


def test_a_site_wide_category_list_is_not_the_posts() -> None:
    body = (
        '<div class="sidebar"><div class="widget widget_categories"><ul class="categories">'
        '<li><a href="/category/orchards/">Orchards</a></li>'
        '<li><a href="/category/hedges/">Hedges</a></li></ul></div></div>'
        '<div id="side-categories"><ul><li><a href="/category/ponds/">Ponds</a></li></ul></div>'
    )
    article = _extract(body=body)
    assert article.categories == ()


@pytest.mark.parametrize(
    "quote",
    [
        '<blockquote><p>Never prune in a frost.</p><span class="author">Ada Greaves</span>'
        "</blockquote>",
        '<div class="pull-quote"><p>Never prune in a frost.</p><p class="quote-author">'
        "<span>—</span> Ada Greaves</p></div>",
    ],
)
def test_an_author_class_inside_a_quotation_credits_the_words_quoted(quote: str) -> None:
    article = _extract(body=quote)
    assert "Ada Greaves" not in [a.name for a in article.authors]
    with_byline = _extract(body=f'<p class="byline">By Ines Okoro</p>{quote}')
    assert [a.name for a in with_byline.authors] == ["Ines Okoro"]


@pytest.mark.parametrize("meta", ["og:url", "twitter:url"])
def test_a_page_without_its_address_resolves_links_against_its_og_url(meta: str) -> None:
    attr = "property" if meta.startswith("og") else "name"
    head = (
        '<link rel="canonical" href="/notes/pruning-in-frost">'
        f'<meta {attr}="{meta}" content="https://orchard.example/">'
        '<meta property="og:image" content="/img/shears.jpg">'
    )
    article = _extract(head=head, url=None)
    assert article.canonical_url == "https://orchard.example/notes/pruning-in-frost"
    assert article.image == "https://orchard.example/img/shears.jpg"
    given = _extract(head=head, url="https://mirror.example/copy")
    assert given.canonical_url == "https://mirror.example/notes/pruning-in-frost"


@pytest.mark.parametrize(
    ("written", "resolved"),
    [
        ("orchard.example/notes/pruning", "https://orchard.example/notes/pruning"),
        ("www.orchard.example/notes/pruning", "https://www.orchard.example/notes/pruning"),
        (
            "cdn.orchard.example:8080/notes/pruning",
            "https://cdn.orchard.example:8080/notes/pruning",
        ),
        # a file or a folder next to the page stays relative
        ("pruning.html", "https://orchard.example/notes/pruning.html"),
        ("v1.2/pruning", "https://orchard.example/notes/v1.2/pruning"),
    ],
)
def test_an_address_written_without_its_scheme_is_a_host_not_a_path(
    written: str, resolved: str
) -> None:
    head = f'<link rel="canonical" href="{written}"><meta property="og:url" content="{written}">'
    article = _extract(head=head, url="https://orchard.example/notes/index")
    assert article.canonical_url == resolved
    assert not [e for e in article.provenance.rejected if e.field == "canonical_url"]


# ---------------------------------------------------------------- language tags


@pytest.mark.parametrize(
    ("written", "tag"),
    [
        ("en", "en"),
        ("EN-us", "en-US"),
        ("pt_BR", "pt-BR"),
        ("eng", "en"),  # ISO 639-2: BCP 47 wants the two-letter code
        ("ger", "de"),
        ("spa", "es"),
        ("zh-hant-tw", "zh-Hant-TW"),  # a script subtag
        ("sr-Latn", "sr-Latn"),
        ("es-419", "es-419"),  # a numeric region
        ("de-DE-1996", "de-DE"),  # a variant after the region is dropped
        ("haw", "haw"),  # a three-letter code with no two-letter form stays
        ("und", None),  # "undetermined" is no language
        ("en-orchard", None),
        ("12", None),
    ],
)
def test_html_lang_is_read_as_a_bcp47_tag(written: str, tag: str | None) -> None:
    html = f'<html lang="{written}"><head><title>Frost</title></head><body>{_TEXT}</body></html>'
    assert newsmeta.extract(html, URL).language == tag


@pytest.mark.parametrize(
    ("written", "tag"),
    [("English", "en"), ("Español", "es"), ("fra", "fr"), ("Klingon", "Klingon")],
)
def test_jsonld_in_language_name_or_code_is_a_tag(written: str, tag: str) -> None:
    block = (
        '{"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Pruning in frost",'
        f' "inLanguage": "{written}"}}'
    )
    assert _extract(_ld(block)).language == tag


def test_og_locale_three_letter_code() -> None:
    assert _extract('<meta property="og:locale" content="por_PT">').language == "pt-PT"


# ---------------------------------------------------------------- the site as an organisation


def _org_page(block: str, url: str | None = URL) -> newsmeta.Article:
    html = (
        f"<html><head><title>Pruning in frost</title>{_ld(block)}</head>"
        f"<body><article>{_TEXT}</article></body></html>"
    )
    return newsmeta.extract(html, url, now=NOW)


@pytest.mark.parametrize(
    ("org", "name", "key"),
    [
        ('"name": "Orchard Keepers"', "Orchard Keepers", "name"),
        (
            '"legalName": "Orchard Keepers Cooperative Ltd"',
            "Orchard Keepers Cooperative Ltd",
            "legalName",
        ),
        ('"alternateName": ["Orchard Co-op", "OKC"]', "Orchard Co-op", "alternateName"),
        (
            '"name": "https://orchard.example", "legalName": "Orchard Ltd"',
            "Orchard Ltd",
            "legalName",
        ),
    ],
)
def test_a_top_level_organization_of_the_site_names_it(org: str, name: str, key: str) -> None:
    block = f'{{"@context": "https://schema.org", "@type": "Organization", {org}, "url": "https://www.orchard.example/"}}'
    article = _org_page(block)
    assert article.site_name == name
    (evidence,) = [e for e in article.provenance.evidence if e.field == "site_name"]
    assert evidence.locator.endswith("/" + key)


def test_an_organization_of_another_site_does_not_name_this_one() -> None:
    block = (
        '{"@context": "https://schema.org", "@type": "Organization",'
        ' "legalName": "Frost Tools GmbH", "url": "https://frosttools.example/"}'
    )
    assert _org_page(block).site_name is None
    # Without the page's address there is no telling whose organisation it is.
    own = block.replace("frosttools.example", "orchard.example")
    assert _org_page(own, url=None).site_name is None


def test_a_website_item_outranks_the_organization() -> None:
    block = (
        '{"@context": "https://schema.org", "@graph": ['
        '{"@type": "Organization", "legalName": "Orchard Ltd", "url": "https://orchard.example/"},'
        '{"@type": "WebSite", "name": "Orchard Notes", "url": "https://orchard.example/"}]}'
    )
    assert _org_page(block).site_name == "Orchard Notes"


def test_a_publisher_named_by_its_address_is_not_a_name() -> None:
    block = (
        '{"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Pruning in frost",'
        ' "publisher": {"@type": "Organization", "name": "https://www.orchard.example"}}'
    )
    article = _org_page(block)
    assert article.publisher is None
    assert article.site_name != "https://www.orchard.example"
    named = block.replace(
        '"name": "https://www.orchard.example"',
        '"name": "https://www.orchard.example", "legalName": "Orchard Ltd"',
    )
    assert _org_page(named).publisher is not None
    assert _org_page(named).publisher.name == "Orchard Ltd"  # type: ignore[union-attr]


def test_og_author_names_the_authors_even_written_as_markup() -> None:
    # Some sites put the printed byline, links and all, into og:author.
    content = (
        "By &lt;a href=&quot;/people/mara-lindqvist&quot;&gt;Mara Lindqvist&lt;/a&gt;"
        " and Tunde Okafor"
    )
    article = _extract(f'<meta property="og:author" content="{content}">')
    assert [a.name for a in article.authors] == ["Mara Lindqvist", "Tunde Okafor"]
    (evidence,) = [e for e in article.provenance.evidence if e.field == "authors"]
    assert "og:author" in evidence.locator


@pytest.mark.parametrize("quote", ['"{}"', "“{}”", "„{}“"])
def test_a_rel_author_link_drops_a_quoted_nickname_like_a_byline(quote: str) -> None:
    nick = quote.format("Frostbite")
    link = f'<p>Notes by <a href="/people/mara" rel="author">Mara {nick} Lindqvist</a></p>'
    article = _extract(body=link)
    assert [a.name for a in article.authors] == ["Mara Lindqvist"]


# ---------------------------------------------------------------- byline roles and credits


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("By Mara Lindqvist and Tunde Okafor, Staff Writers", ["Mara Lindqvist", "Tunde Okafor"]),
        ("Written by Priya Nair, Health Correspondent", ["Priya Nair"]),
        ("By Jo Brandt, Senior Political Reporter", ["Jo Brandt"]),
        ("Reporting by Omar Haddad; Editing by Kate Lowe", ["Omar Haddad"]),
        ("Words: Ella Fitz", ["Ella Fitz"]),
        # the article before a desk or an agency is not part of its name
        ("By the Associated Press", ["Associated Press"]),
        ("By the Editorial Board", ["Editorial Board"]),
        ("By the way, the pier opens on Monday", []),
    ],
)
def test_a_byline_keeps_names_not_roles_or_other_credits(line: str, names: list[str]) -> None:
    article = _extract(body=f'<div class="byline">{line}</div>')
    assert [a.name for a in article.authors] == names


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Story by Tomás Ruiz | Photos by Ana Lee", ["Tomás Ruiz"]),
        ("Written by Priya Nair, Health Correspondent", ["Priya Nair"]),
        ("Reporting by Omar Haddad; Editing by Kate Lowe", ["Omar Haddad"]),
        ("Words: Ella Fitz", ["Ella Fitz"]),
    ],
)
def test_a_plain_byline_line_under_the_headline(line: str, names: list[str]) -> None:
    html = (
        f"<html><head><title>Pruning in frost</title></head><body><article>"
        f"<h1>Pruning in frost</h1><p>{line}</p>{_TEXT}</article></body></html>"
    )
    article = newsmeta.extract(html, URL, now=NOW)
    assert [a.name for a in article.authors] == names


def test_a_name_followed_by_its_role_alone_is_still_the_name() -> None:
    article = _extract(body='<a class="author">Mara Lindqvist <span class="role">Editor</span></a>')
    assert [a.name for a in article.authors] == ["Mara Lindqvist"]
