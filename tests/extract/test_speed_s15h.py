"""Session 15, speed H: a page declaring UTF-8 is parsed without a separate check first.

libxml2 reads every byte of the page anyway and reports a malformed UTF-8 sequence; the page
is then read again as before (valid UTF-8 sequences as UTF-8, the other bytes as cp1252).
When the parser was not given every byte (a start tag cut to its first attributes, an XML
declaration dropped), stopped short (a page nested too deep) or reached libxml2's cap on
reported errors, the bytes are checked as before. These pages, written for this test, check
that each of those pages reads as it did with the check first.
"""

from __future__ import annotations

import datetime as dt

import pytest

import newsmeta

NOW = dt.datetime(2026, 11, 1, tzinfo=dt.timezone.utc)
URL = "https://example.fr/2024/03/tempete"
_STORY = ("<p>" + "Les quais ont rouvert mardi après la tempête. " * 8 + "</p>").encode()
_HEAD = b"<html><head><meta charset='utf-8'><title>Caf\xc3\xa9</title></head><body>"


def _read(page: bytes) -> tuple[str | None, list[str], str]:
    article = newsmeta.extract(page, URL, now=NOW)
    codes = [w.code for w in article.provenance.warnings]
    return article.title, codes, article.body or ""


def test_a_stray_cp1252_byte_in_a_utf8_page_reads_as_cp1252() -> None:
    page = (
        b"<html><head><meta charset='utf-8'><title>Caf\xe9 cr\xe8me</title></head><body>"
        + _STORY
        + b"</body></html>"
    )
    title, codes, text = _read(page)
    assert title == "Café crème"
    assert codes == ["invalid-bytes"]
    assert "après la tempête" in text


def test_a_stray_byte_after_more_errors_than_libxml2_reports() -> None:
    page = _HEAD + b"</q>" * 300 + b"<article><h1>Le caf\xe9 rouvre</h1>" + _STORY + b"</article>"
    title, codes, _ = _read(page + b"</body></html>")
    assert title == "Le café rouvre"
    assert codes == ["invalid-bytes"]


@pytest.mark.parametrize(
    ("page", "also"),
    [
        # the stray byte in attributes past max_tag_attributes (cut before parsing)
        (
            _HEAD
            + b"<div"
            + b"".join(b" data-a%d=1" % i for i in range(300))
            + b" title='caf\xe9'>x</div>"
            + _STORY,
            ["too-many-attributes"],
        ),
        # the stray byte in an XML declaration (dropped before parsing)
        (b"<?xml version='1.0' x='\xe9'?>" + _HEAD + _STORY, []),
        # the stray byte past the depth where libxml2 stops parsing
        (_HEAD + b"<div>" * 5000 + b"caf\xe9", ["parser-limit"]),
    ],
    ids=["cut-attributes", "xml-declaration", "too-deep"],
)
def test_a_stray_byte_the_parser_never_read_is_still_found(page: bytes, also: list[str]) -> None:
    title, codes, _ = _read(page + b"</body></html>")
    assert title == "Café"
    assert codes == ["invalid-bytes", *also]


def test_well_formed_utf8_reads_without_warnings() -> None:
    page = (
        "<html><head><title>Café “crème” 日本語 𝄞</title></head><body>".encode()
        + _STORY
        + b"</body></html>"
    )
    title, codes, text = _read(page)
    assert title == "Café “crème” 日本語 𝄞"
    assert codes == []
    assert "après la tempête" in text
