"""NUL bytes, invalid UTF-8, lying or exotic charset declarations, odd input types."""

from __future__ import annotations

import gzip
import zlib
from typing import Any

import pytest
from hostile_support import page, run_hostile

import newsmeta

TITLE = "Hello readers of the news"


def test_nul_bytes_in_bytes_input() -> None:
    html = (
        b"<html><head><title>Hel\x00lo readers</title></head><body><h1>Hel\x00lo</h1>"
        b"<p class='byline'>By Jo\x00hn Smith</p>" + b"\x00" * 10_000 + b"</body></html>"
    )
    out = run_hostile(html)
    assert out.article is not None
    assert "\x00" not in out.text
    assert "nul-bytes" in out.warning_codes


def test_nul_characters_in_str_input() -> None:
    out = run_hostile("<html><head><title>Hel\x00lo</title></head><body>\x00\x00</body></html>")
    assert out.article is not None
    assert "\x00" not in out.text


def test_only_nul_bytes() -> None:
    out = run_hostile(b"\x00" * 100_000)
    assert out.article is not None or isinstance(out.error, newsmeta.ParseError)


@pytest.mark.parametrize(
    "data",
    [
        b"<html><head><meta charset=utf-8><title>Caf\xc3 \xff\xfe \xed\xa0\x80 lo</title></head>"
        b"<body><p class=byline>By Jos\xe9 Garc\xeda</p></body></html>",
        b"<title>\xf4\x90\x80\x80 beyond U+10FFFF and \xc0\xaf overlong</title>",
        b"<title>" + b"\xff" * 100_000 + b"</title>",
        b"<title>" + b"\xe2\x82" * 50_000 + b"</title>",
    ],
)
def test_invalid_utf8(data: bytes) -> None:
    out = run_hostile(data)
    assert out.article is not None
    out.article.title is None or out.article.title.encode("utf-8")  # valid text out


@pytest.mark.parametrize(
    "label",
    [
        "utf-16",
        "utf-16le",
        "utf-32",
        "x-user-defined",
        "rot13",
        "hex",
        "base64",
        "zlib",
        "bz2",
        "uu",
        "quopri",
        "idna",
        "punycode",
        "unicode_escape",
        "raw_unicode_escape",
        "utf-7",
        "cp037",
        "cp500",
        "mbcs",
        "oem",
        "undefined",
        "x-evil-\x01",
        "utf-8\x00",
        "a" * 40,
        "",
    ],
)
@pytest.mark.parametrize("where", ["meta", "argument", "xml-declaration"])
def test_exotic_charset_labels_never_crash(label: str, where: str) -> None:
    """Python codec names that are not text encodings (or decode ASCII into garbage)."""
    body = f"<html><head><title>{TITLE}</title></head><body><p>caf\u00e9 \u00ff</p></body></html>"
    kwargs: dict[str, Any] = {}
    if where == "meta":
        data = f'<meta charset="{label}">{body}'.encode("utf-8", "replace")
    elif where == "xml-declaration":
        data = f'<?xml version="1.0" encoding="{label}"?>{body}'.encode("utf-8", "replace")
    else:
        data = body.encode("utf-8") + b"\xff\xfe\x80"
        kwargs["encoding"] = label
    run_hostile(data, **kwargs)  # an Article or a newsmeta error, within the bound


@pytest.mark.parametrize("label", ["cp037", "cp500", "utf-7", "unicode_escape", "punycode"])
def test_lying_non_ascii_compatible_declaration_is_not_trusted_silently(label: str) -> None:
    """An ASCII page declaring a charset browsers never honour from a meta tag.

    The WHATWG encoding standard has no EBCDIC, UTF-7, punycode or escape codecs; a page that
    declares one in ASCII bytes is read by browsers as if the label were unknown. newsmeta
    must either do the same (the title stays readable) or say so with a warning.
    """
    data = f'<meta charset="{label}"><title>{TITLE}</title><h1>{TITLE}</h1>'.encode()
    out = run_hostile(data)
    assert out.article is not None
    assert out.article.title == TITLE or out.warning_codes, (
        f"charset {label!r}: title {out.article.title!r}, no warning"
    )


def test_lying_latin1_declaration_over_utf8_bytes() -> None:
    data = f"<meta charset='latin-1'><title>{TITLE} café</title>".encode()
    out = run_hostile(data)
    assert out.article is not None
    assert out.article.title == f"{TITLE} café"


def test_lying_utf8_declaration_over_cp1252_bytes() -> None:
    data = f"<meta charset='utf-8'><title>{TITLE} café</title>".encode("cp1252")
    out = run_hostile(data)
    assert out.article is not None
    assert out.article.title == f"{TITLE} café"
    assert "charset-mismatch" in out.warning_codes


def test_lying_http_encoding_argument() -> None:
    data = f"<title>{TITLE} café</title>".encode()
    out = run_hostile(data, encoding="shift_jis")
    assert out.article is not None


def test_lying_bom() -> None:
    out = run_hostile(b"\xff\xfe" + f"<title>{TITLE}</title>".encode())
    assert out.article is not None or isinstance(out.error, newsmeta.ParseError)
    out = run_hostile(b"\xef\xbb\xbf" + f"<title>{TITLE}</title>".encode("utf-16-le"))
    assert out.article is not None or isinstance(out.error, newsmeta.ParseError)


@pytest.mark.parametrize(
    "text",
    [
        "<title>lone \ud800 surrogate</title>",
        "<title>\udfff</title><p class=byline>By \udc80 Smith</p>",
        page("<p>\ud83d</p>", '<meta name="author" content="Jane \udcff Doe">'),
    ],
)
def test_lone_surrogates_in_str_input(text: str) -> None:
    out = run_hostile(text)
    if out.article is not None:
        # Whatever was kept must be writable as UTF-8 JSON.
        out.text.encode("utf-8")


@pytest.mark.parametrize(
    "data",
    [
        b"",
        b"   \n\t ",
        "\ufeff".encode(),
        b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 100,
        gzip.compress(page("<p>compressed</p>").encode()),
        zlib.compress(page("<p>compressed</p>").encode()),
        b"<" * 100_000,
        b"<!--" * 50_000,
        b"<![CDATA[" * 20_000,
        b"<?xml " * 20_000,
        b"<!DOCTYPE " * 20_000,
        b"&#" + b"9" * 100_000 + b";",
        b"&#x110000;&#0;&#xD800;&#xFFFE;" * 10_000,
        b"<html " + b'a="b" ' * 100_000 + b">",
        b"<p " + b"a" * 1_000_000 + b">",
    ],
)
def test_garbage_bytes(data: bytes) -> None:
    run_hostile(data)


@pytest.mark.parametrize("value", [None, 42, 3.5, ["<p>"], {"html": 1}, object()])
def test_non_text_input_is_a_parse_error(value: object) -> None:
    out = run_hostile(value)  # type: ignore[arg-type]
    assert isinstance(out.error, newsmeta.ParseError)


@pytest.mark.parametrize(
    "kwargs",
    [
        {"url": 42},
        {"url": "file:///etc/passwd"},
        {"url": "javascript:alert(1)"},
        {"url": "http://" + "a" * 100_000},
        {"url": "\ud800"},
        {"encoding": 42},
        {"encoding": "\ud800"},
        {"now": "2024-01-01"},
        {"headers": {"AI-Disclosure": "\x00" * 1000, "Link": "<file:///etc/passwd>; rel=x"}},
        {"headers": {"Link": "<" * 100_000}},
    ],
)
def test_odd_arguments(kwargs: dict[str, object]) -> None:
    url = kwargs.pop("url", None)
    out = run_hostile(page("<h1>Council approves the new budget</h1>"), url, **kwargs)  # type: ignore[arg-type]
    if out.article is not None:
        assert out.article.url is None or out.article.url.startswith(("http://", "https://"))
