"""Session 13, speed A: the page index and the paths of evidence, output unchanged.

The evidence path of a value is walked up from its element once per element: the paths of
the elements passed on the way are kept for the page being read, so a second value in the
same block stops at their common ancestor. UTF-8 pages are checked slice by slice. These
pages, written for this test, check that the paths and the decoding are what a walk from
scratch and a whole-page decode give.
"""

from __future__ import annotations

import datetime as dt

import newsmeta
from newsmeta import Article

NOW = dt.datetime(2026, 11, 1, tzinfo=dt.timezone.utc)
URL = "https://example.com/2024/03/storm"
_TEXT = "<p>" + "The storm closed the harbour bridge on Tuesday. " * 20 + "</p>"


def _page(wrapper_open: str, wrapper_close: str) -> str:
    return (
        "<html><head><title>Storm closes the harbour bridge</title></head><body>"
        + wrapper_open
        + "<header><nav><a href='/'>Home</a></nav></header>"
        "<main><article><h1>Storm closes the harbour bridge</h1>"
        "<div class='entry-meta'><span class='byline'>By <a rel='author' href='/a/jane'>"
        "Jane Roe</a></span> <span class='posted-on'><time class='entry-date published' "
        "datetime='2024-03-05T10:00:00Z'>5 March 2024</time></span></div>"
        "<div class='entry-content'>"
        + _TEXT
        + "</div></article></main>"
        + wrapper_close
        + "</body></html>"
    )


def _paths(article: Article) -> dict[str, str]:
    return {e.field: e.locator for e in article.provenance.evidence}


def test_values_in_one_block_get_the_paths_a_walk_from_scratch_gives() -> None:
    article = newsmeta.extract(_page("<div id='page'>", "</div>"), URL, now=NOW)
    assert [a.name for a in article.authors] == ["Jane Roe"]
    paths = _paths(article)
    assert paths["title"] == '//div[@id="page"]/main[1]/article[1]/h1[1]'
    assert paths["authors"] == '//div[@id="page"]/main[1]/article[1]/div[1]/span[1]'
    assert paths["date_published"] == (
        '//div[@id="page"]/main[1]/article[1]/div[1]/span[2]/time[1]'
    )
    assert paths["body"] == '//div[@id="page"]/main[1]/article[1]/div[2]'


def test_paths_kept_for_one_page_never_serve_the_next() -> None:
    # The same blocks under an id, then under no id at all, then under two wrappers: each
    # page's paths are its own.
    first = newsmeta.extract(_page("<div id='page'>", "</div>"), URL, now=NOW)
    second = newsmeta.extract(_page("", ""), URL, now=NOW)
    third = newsmeta.extract(_page("<section><div>", "</div></section>"), URL, now=NOW)
    assert _paths(first)["authors"].startswith('//div[@id="page"]/main[1]')
    assert _paths(second)["authors"] == "/html/body[1]/main[1]/article[1]/div[1]/span[1]"
    assert _paths(third)["authors"] == (
        "/html/body[1]/section[1]/div[1]/main[1]/article[1]/div[1]/span[1]"
    )
    assert _paths(third)["date_published"] == (
        "/html/body[1]/section[1]/div[1]/main[1]/article[1]/div[1]/span[2]/time[1]"
    )


def _utf8_page(filler: int, tail: bytes) -> bytes:
    head = b"<html><head><meta charset='utf-8'><title>Caf\xc3\xa9 prices rise</title></head>"
    body = b"<body><article><h1>Caf\xc3\xa9 prices rise</h1><p>" + b"x" * filler
    return head + body + tail + b" " + _TEXT.encode() + b"</p></article></body></html>"


def _codes(article: Article) -> list[str]:
    return [w.code for w in article.provenance.warnings]


def test_a_character_across_a_slice_boundary_is_read_as_utf8() -> None:
    # A three-byte euro sign placed on each of the bytes around 16 KiB (where the check
    # cuts the page) never reads as broken UTF-8.
    start = len(_utf8_page(0, b""))
    for shift in range(-3, 4):
        filler = 16_384 - start + shift + len(_TEXT) + 1
        html = _utf8_page(max(0, filler), "Preis: 5 \u20ac".encode())
        article = newsmeta.extract(html, URL, now=NOW)
        assert "invalid-bytes" not in _codes(article)
        assert "charset-mismatch" not in _codes(article)
        assert article.title == "Café prices rise"
        assert article.body is not None and "Preis: 5 \u20ac" in article.body


def test_a_stray_byte_past_the_first_slice_still_reads_as_cp1252() -> None:
    html = _utf8_page(40_000, b"Preis: 5 \x80")
    article = newsmeta.extract(html, URL, now=NOW)
    assert "invalid-bytes" in _codes(article)
    assert article.title == "Café prices rise"
    assert article.body is not None and "Preis: 5 \u20ac" in article.body


def test_a_sequence_cut_at_the_end_of_the_page_is_not_utf8() -> None:
    # The first two bytes of a three-byte sequence end the page: not well-formed.
    html = _utf8_page(20_000, b"") + b"\xe2\x82"
    article = newsmeta.extract(html, URL, now=NOW)
    assert "invalid-bytes" in _codes(article)
    assert article.title == "Café prices rise"
