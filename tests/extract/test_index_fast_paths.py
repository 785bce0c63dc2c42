"""The page index and the evidence records built on fast paths give what the plain code gives.

The index reads class, id and structured-data markers in one loop, and ``hinted_by`` judges
only distinct class/id keys; ``Candidate.evidence`` sets the record's slots directly when
every value is one the model accepts; ``clean_uri`` returns a plain absolute URL as it is.
Each is checked here against the straightforward computation on pages and values written
for the test.
"""

from __future__ import annotations

import re
from urllib.parse import quote, urljoin, urlsplit

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsmeta import Evidence, SourceKind, ValidationError
from newsmeta._extract._candidates import _POSITIONS, _PRECISIONS, Candidate
from newsmeta._extract._page import _HINT, Page
from newsmeta._formats import clean_uri, is_uri

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


def _reference_hinted(page: Page) -> list[tuple[object, str]]:
    """The hinted list as the index defines it, computed plainly per element."""
    out = []
    for el in page.elements:
        cls, ident = el.get("class"), el.get("id")
        if cls is None and ident is None:
            continue
        class_hit = cls is not None and _HINT.search(cls.lower()) is not None
        if ident is None:
            if class_hit:
                out.append((el, (cls or "").lower() + " "))
        elif class_hit or _HINT.search(ident.lower()) is not None:
            out.append((el, f"{cls or ''} {ident}".lower()))
    return out


def test_index_lists_match_a_plain_walk() -> None:
    page = Page(PAGE, "https://example.org/harbour")
    els = page.elements
    assert page.classes == [el.get("class") for el in els]
    assert page.ids == [el.get("id") for el in els]
    assert page.hinted == _reference_hinted(page)
    assert page.itemprops == [el for el in els[1:] if el.get("itemprop") is not None]
    assert page.itemscopes == [el for el in els[1:] if el.get("itemscope") is not None]
    assert page.a_rel == [el for el in els if el.tag == "a" and el.get("rel") is not None]
    assert page.ai_attr == [el for el in els if el.get("ai-disclosure") is not None]
    assert page.roles == [(i, el.get("role")) for i, el in enumerate(els) if el.get("role")]
    assert page.stamped == [i for i, el in enumerate(els) if el.get("data-utime")]
    assert [el.get("property") for el in page.rdfa] == [None, "name"]
    # The empty class and id still name their elements (a key of blanks is no hint).
    assert "" in page.classes and "" in page.ids


@pytest.mark.parametrize(
    "pattern",
    [r"byline|author", r"date|time|posted", r"comment", r"footer|site-info", r"nothing-here"],
)
def test_hinted_by_matches_a_plain_filter(pattern: str) -> None:
    compiled = re.compile(pattern)
    page = Page(PAGE)
    expected = [(el, key) for el, key in page.hinted if compiled.search(key)]
    assert page.hinted_by(compiled) == expected
    # Asked again (verdicts now cached) and on a fresh parse of the same page: the same.
    assert page.hinted_by(compiled) == expected
    again = Page(PAGE)
    assert [key for _, key in again.hinted_by(compiled)] == [key for _, key in expected]


def test_hinted_by_sees_ids_that_are_new_to_a_second_page() -> None:
    byline = re.compile(r"byline")
    Page(PAGE).hinted_by(byline)
    other = Page("<html><body><div id='main-byline'>By Ana Ruiz</div></body></html>")
    assert [key for _, key in other.hinted_by(byline)] == [" main-byline"]


def test_hinted_by_agrees_with_a_plain_filter_for_many_patterns_in_any_order() -> None:
    # More patterns than get a bit of their own (the rest keep a verdict table each), asked
    # in turn on one page, then in the reverse order on pages with keys new to them.
    words = ["byline", "author", "date", "time", "post", "comment", "footer", "meta", "info"]
    patterns = [re.compile(f"{w}|x{n}y") for n in range(5) for w in words]  # 45 patterns
    first = Page(PAGE)
    for compiled in patterns:
        expected = [(el, key) for el, key in first.hinted if compiled.search(key)]
        assert first.hinted_by(compiled) == expected
    later = Page(
        PAGE.replace(
            "</body>", "<p class='x3y comment-date'>1</p><i id='post-meta-x4y'>2</i></body>"
        )
    )
    for compiled in reversed(patterns):
        expected = [(el, key) for el, key in later.hinted if compiled.search(key)]
        assert later.hinted_by(compiled) == expected
    keys_of = [[key for _, key in page.hinted_by(p)] for page in (first, later) for p in patterns]
    assert keys_of[: len(patterns)] != keys_of[len(patterns) :]  # the new keys were found


def _slow(cand: Candidate, confidence: float | None = None) -> Evidence:
    conf = cand.confidence if confidence is None else confidence
    return Evidence(
        field=cand.field,
        source=cand.source,
        locator=cand.locator[:500],
        raw=cand.raw[:500],
        confidence=min(1.0, max(0.0, round(conf, 3))),
        precision=cand.precision,
        position=cand.position,
    )


def test_fast_evidence_sets_are_the_model_choices() -> None:
    fields = attrs.fields(Evidence)
    assert frozenset(fields.precision.metadata["newsmeta.schema"]["enum"]) == _PRECISIONS
    assert frozenset(fields.position.metadata["newsmeta.schema"]["enum"]) == _POSITIONS


@pytest.mark.parametrize(
    ("kw", "confidence"),
    [
        ({"field": "title", "value": "A", "source": SourceKind.META}, None),
        (
            {
                "field": "date_published",
                "value": "2024",
                "source": SourceKind.TIME_ELEMENT,
                "locator": "/html/body/time[1]" * 60,
                "raw": "x" * 900,
                "confidence": 0.61234,
                "precision": "day",
                "position": "furniture",
            },
            None,
        ),
        ({"field": "authors", "value": (), "source": SourceKind.HATOM}, 1.7),
        ({"field": "authors", "value": (), "source": SourceKind.HATOM}, -2.0),
        ({"field": "authors", "value": (), "source": SourceKind.HATOM}, float("nan")),
        # An int confidence: the model's converter makes it a float (the plain path).
        ({"field": "title", "value": "A", "source": SourceKind.META, "confidence": 0}, None),
        ({"field": "title", "value": "A", "source": SourceKind.META}, 1),
    ],
)
def test_fast_evidence_equals_the_validated_record(
    kw: dict[str, object], confidence: float | None
) -> None:
    cand = Candidate(**kw)  # type: ignore[arg-type]
    fast, slow = cand.evidence(confidence), _slow(cand, confidence)
    assert fast == slow and repr(fast) == repr(slow) and hash(fast) == hash(slow)
    assert type(fast.confidence) is float
    assert len(fast.locator) <= 500 and len(fast.raw) <= 500


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
    base: dict[str, object] = {"field": "title", "value": "A", "source": SourceKind.META}
    base.update(kw)
    cand = Candidate(**base)  # type: ignore[arg-type]
    if kw.get("source") == "meta":
        # The model's converter turns the enum's value into the member: still accepted.
        assert cand.evidence() == _slow(cand)
        return
    with pytest.raises(ValidationError):
        cand.evidence()


# ----------------------------------------------------------------------------- clean_uri


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
    return text if is_uri(text) else None


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
    "http://[broken/",
    "ftp://files.example.org/",
]


@pytest.mark.parametrize("base", _BASES)
@pytest.mark.parametrize("value", _URLS)
def test_clean_uri_equals_the_reference(value: str, base: str | None) -> None:
    assert clean_uri(value, base) == _clean_uri_reference(value, base)


@settings(max_examples=400, deadline=None)
@given(
    st.text(alphabet="abAB09-._~%!$&'()*+,;=:@/?#[]", max_size=30),
    st.sampled_from(["http://", "https://", ""]),
    st.sampled_from(_BASES),
)
def test_clean_uri_equals_the_reference_on_generated_urls(
    tail: str, scheme: str, base: str | None
) -> None:
    value = f"{scheme}example.org{tail}" if scheme else tail
    assert clean_uri(value, base) == _clean_uri_reference(value, base)
