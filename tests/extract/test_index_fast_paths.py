"""The page index, the evidence records and URL cleaning take fast paths; what users see
of them is checked here against the straightforward computation.

The index reads class, id and structured-data markers in one loop and keeps verdict tables
across pages; evidence records are built without running the model's validators again;
a plain absolute URL is returned as it is. Seen through ``extract``/``items``: every marked
element of a page is read, the answers do not depend on the pages read before (nor on a
fresh interpreter), evidence equals the record rebuilt through the validating constructor,
and image addresses are cleaned as a plain strip/refuse/join/quote/check would.
"""

from __future__ import annotations

import datetime as dt
import json
import math
import subprocess
import sys
from html import escape
from typing import Any
from urllib.parse import quote, urljoin, urlsplit

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import newsmeta
from newsmeta import Evidence, SourceKind, ValidationError
from newsmeta.schema import format_checker

_FORMATS = format_checker()
NOW = dt.datetime(2024, 4, 1, tzinfo=dt.timezone.utc)
URL = "https://example.org/harbour"

PAGE = """<!DOCTYPE html><html lang="en"><head><title>Harbour works</title>
<meta property="og:title" content="Harbour works"></head>
<body class="home blog">
<header id="masthead" class="site-header"><nav role="navigation">Menu</nav></header>
<article class="post hentry" id="post-12" itemscope itemtype="https://schema.org/NewsArticle">
  <h1 class="entry-title" itemprop="headline">Harbour works start in May</h1>
  <p class="byline">By <a rel="author" href="/kim">Kim Ode</a></p>
  <span class="posted-on"><time datetime="2024-03-02">2 March 2024</time></span>
  <div id="story-text"><p>The council approved the plan.</p><p class="lead">Work starts.</p></div>
  <div id="x91" data-utime="1709370000">edited</div>
  <div ai-disclosure="none" class="notice">Written by staff.</div>
  <p id="comments" class="comment-count">3 comments</p>
  <div typeof="Person" vocab="https://schema.org/"><span property="name">Kim Ode</span></div>
  <span>plain</span><span class="">empty class</span><b id="">empty id</b>
</article>
<aside class="widget"><a rel="tag" href="/t/harbour">harbour</a></aside>
<footer class="site-footer" role="contentinfo">© 2024 Harbour Daily</footer>
</body></html>"""


def test_every_marked_element_of_the_page_is_read() -> None:
    article = newsmeta.extract(PAGE, URL, now=NOW)
    assert article.title == "Harbour works start in May"
    assert [a.name for a in article.authors] == ["Kim Ode"]  # the a[rel=author]
    assert article.date_published == dt.date(2024, 3, 2)
    assert article.comment_count == 3
    assert [(s.kind, s.locator) for s in article.ai_disclosure.signals] == [
        ("ai-disclosure-attribute", '//article[@id="post-12"]/div[3]')
    ]
    assert [(i["@syntax"], i["@type"], i["@locator"]) for i in newsmeta.items(PAGE)] == [
        ("microdata", ["NewsArticle"], '//article[@id="post-12"]'),
        ("rdfa", ["Person"], '//article[@id="post-12"]/div[4]'),
    ]


# Pages whose class and id keys are new to each other: the verdict tables the index keeps
# across pages must never hide a key (or lend one) from a page read earlier.
PAGES = [
    PAGE,
    "<html><body><h1>Quay</h1><div id='main-byline'>By Ana Ruiz</div>"
    "<p>The quay reopens in spring, the council said on Monday.</p></body></html>",
    PAGE.replace("</body>", "<p class='x3y comment-date'>1</p><i id='post-meta-x4y'>2</i></body>"),
    PAGE.replace('class="byline"', 'class="Byline-Wrap x0y"').replace(
        'class="posted-on"', 'id="post-date-x2y"'
    ),
]

_READ_COLD = """
import datetime as dt, json, sys
import newsmeta
now = dt.datetime(2024, 4, 1, tzinfo=dt.timezone.utc)
pages = json.load(sys.stdin)
print(json.dumps([newsmeta.to_json(newsmeta.extract(p, "https://example.org/harbour", now=now))
                  for p in pages]))
"""


def test_answers_do_not_depend_on_the_pages_read_before() -> None:
    def read(pages: list[str]) -> list[str]:
        return [newsmeta.to_json(newsmeta.extract(p, URL, now=NOW)) for p in pages]

    forward = read(PAGES)
    assert read(PAGES[::-1]) == forward[::-1]
    assert read(PAGES) == forward
    done = subprocess.run(  # a fresh interpreter, the other pages first, in reverse
        [sys.executable, "-c", _READ_COLD],
        input=json.dumps(PAGES[:0:-1]),
        capture_output=True,
        text=True,
        check=True,
    )
    cold = json.loads(done.stdout)[::-1]
    assert cold == forward[1:]
    byline = json.loads(forward[1])
    assert [a["name"] for a in byline["authors"]] == ["Ana Ruiz"]  # an id new to the tables


def _rebuilt(model: Any) -> Any:
    """``model`` made again through its class's validating constructor (recursively)."""
    if isinstance(model, tuple):
        return tuple(_rebuilt(m) for m in model)
    if attrs.has(type(model)):
        values = {f.name: _rebuilt(getattr(model, f.name)) for f in attrs.fields(type(model))}
        return type(model)(**values)
    return model


def test_fast_evidence_equals_the_validated_record() -> None:
    long_raw = "<p>By " + "Kim Ode and " * 60 + "Ana Ruiz</p>"
    schema = newsmeta.json_schema(Evidence)["properties"]
    precisions = {v for v in schema["precision"].get("enum", []) if v is not None}
    positions = {v for v in schema["position"].get("enum", []) if v is not None}
    seen = 0
    for page in (*PAGES, PAGE.replace('<p class="byline">', long_raw)):
        article = newsmeta.extract(page, URL, now=NOW)
        for ev in (*article.provenance.evidence, *article.provenance.rejected):
            again = _rebuilt(ev)
            assert ev == again and repr(ev) == repr(again) and hash(ev) == hash(again)
            assert type(ev.confidence) is float and 0.0 <= ev.confidence <= 1.0
            assert not math.isnan(ev.confidence)
            assert len(ev.locator) <= 500 and len(ev.raw) <= 500
            assert ev.precision is None or ev.precision in precisions
            assert ev.position is None or ev.position in positions
            seen += 1
    assert seen > 20


@pytest.mark.parametrize(
    "kw",
    [
        {"precision": "week"},
        {"position": "sidebar"},
        {"field": "  "},
        {"field": ""},
        {"source": "meta"},
        {"precision": ["day"]},
    ],
)
def test_a_value_the_model_refuses_still_fails_validation(kw: dict[str, object]) -> None:
    base: dict[str, Any] = {"field": "title", "source": SourceKind.META, "confidence": 0.5}
    base.update(kw)
    if kw.get("source") == "meta":
        # The model's converter turns the enum's value into the member: still accepted.
        assert Evidence(**base).source is SourceKind.META
        return
    with pytest.raises(ValidationError):
        Evidence(**base)


# ----------------------------------------------------------------------------- URLs


def _clean_uri_reference(value: str | None, base: str | None = None) -> str | None:
    """clean_uri without its fast path: strip, refuse, urljoin, quote, split, check."""
    if not value:
        return None
    text = value.strip()
    if not text or len(text) > 8192:
        return None
    if text[:11].lower().startswith(("javascript:", "data:", "mailto:", "about:", "tel:")):
        return None
    if base:
        try:
            text = urljoin(base, text)
        except ValueError:
            return None
    try:
        text = quote(text, safe=":/?#[]@!$&'()*+,;=%~-._")
        parts = urlsplit(text)
    except (ValueError, UnicodeError):
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    return text if _FORMATS.conforms(text, "uri") else None


_URLS = [
    "https://example.org/news/2024/harbour-works.html",
    "http://example.org",
    "http://example.org/p?",
    "http://example.org/p#",
    "http://example.org/p;",
    "http://example.org/p;v=2",
    "http://example.org/a;b/c",
    "http://example.org?#top",
    "http://example.org/p?q=1#f?g",
    "https://example.org:8443/img/a%20b.jpg?w=600&h=400",
    "https://example.org/[draft]/x",
    "https://example.org//double//slash",
    "HTTP://EXAMPLE.ORG/Upper",
    "/relative/path",
    "relative.html",
    "//cdn.example.org/x.png",
    "https://example.org/caf\u00e9",
    "https://example.org/a b",
]
_BASES = [
    None,
    "",
    "https://example.org/news/",
    "http://example.org/",
    "ftp://files.example.org/",
]


def _image_url(value: str, base: str | None) -> str | None:
    """The lead image extract gives for an og:image of ``value`` on a page at ``base``."""
    html = (
        f'<html><head><title>T</title><meta property="og:image" content="{escape(value)}">'
        "</head><body><p>x</p></body></html>"
    )
    return newsmeta.extract(html, base).image


def _page_url(base: str | None) -> str | None:
    """The page's own address, cleaned the same way, is the base."""
    return _clean_uri_reference(base) if base else None


@pytest.mark.parametrize("base", _BASES)
@pytest.mark.parametrize("value", _URLS)
def test_clean_uri_equals_the_reference(value: str, base: str | None) -> None:
    assert _image_url(value, base) == _clean_uri_reference(value, _page_url(base))


@settings(max_examples=150, deadline=None)
@given(
    st.text(alphabet="abAB09-._~%!$&'()*+,;=:@/?#[]", max_size=30),
    st.sampled_from(["http://", "https://", ""]),
    st.sampled_from(_BASES),
)
def test_clean_uri_equals_the_reference_on_generated_urls(
    tail: str, scheme: str, base: str | None
) -> None:
    value = f"{scheme}example.org{tail}" if scheme else tail
    assert _image_url(value, base) == _clean_uri_reference(value, _page_url(base))
