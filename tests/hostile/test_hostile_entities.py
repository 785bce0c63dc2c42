"""Entity bombs, external entities, XInclude, ``<base href="file:…">``: nothing expands or is read.

Each page points at a marker file holding a secret (or at a local listening socket); the
secret must never appear in the Article (its ``repr`` or JSON) and the socket must never see
a connection. The guard in ``hostile_support`` also fails on any file opened from Python.
"""

from __future__ import annotations

import socket
from collections.abc import Iterator
from pathlib import Path

import pytest
from hostile_support import page, run_hostile

SECRET = "NEWSMETA-SECRET-7f3a9c21"


@pytest.fixture
def marker(tmp_path: Path) -> str:
    """An absolute path to a file holding the secret."""
    path = tmp_path / "secret.txt"
    path.write_text(f"{SECRET}\n", encoding="utf-8")
    (tmp_path / "secret.dtd").write_text(
        f'<!ENTITY leak "{SECRET}"><!ENTITY % inner "{SECRET}">', encoding="utf-8"
    )
    return str(path)


@pytest.fixture
def listener() -> Iterator[tuple[socket.socket, str]]:
    """A local TCP socket that must never receive a connection, and its http:// base."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind(("127.0.0.1", 0))
    sock.listen(8)
    sock.setblocking(False)
    host, port = sock.getsockname()
    try:
        yield sock, f"http://{host}:{port}"
    finally:
        sock.close()


def assert_never_connected(sock: socket.socket) -> None:
    try:
        conn, addr = sock.accept()
    except BlockingIOError:
        return
    conn.close()
    raise AssertionError(f"extract opened a network connection from {addr}")


def billion_laughs(levels: int = 10) -> str:
    ents = ['<!ENTITY lol0 "lol">']
    for i in range(1, levels):
        ents.append(f'<!ENTITY lol{i} "' + f"&lol{i - 1};" * 10 + '">')
    top = f"&lol{levels - 1};"
    return (
        '<?xml version="1.0"?><!DOCTYPE html [' + "".join(ents) + "]>"
        f"<html><head><title>{top}</title><meta name='author' content='{top}'></head>"
        f"<body><h1>{top}</h1><p class='byline'>By {top}</p><p>{top}</p></body></html>"
    )


@pytest.mark.parametrize("as_bytes", [False, True])
def test_billion_laughs_is_not_expanded(as_bytes: bool) -> None:
    html = billion_laughs()
    out = run_hostile(html.encode() if as_bytes else html)
    assert "lollollol" not in out.text


def test_quadratic_blowup_entity_is_not_expanded() -> None:
    big = "x" * 100_000
    refs = "&big;" * 20_000
    html = (
        f'<?xml version="1.0"?><!DOCTYPE html [<!ENTITY big "{big}">]>'
        f"<html><head><title>t</title></head><body><p>{refs}</p></body></html>"
    )
    out = run_hostile(html)
    assert "x" * 200_000 not in out.text


def _leaky_pages(path: str) -> dict[str, str]:
    url = f"file://{path}"
    dtd = f"file://{Path(path).with_name('secret.dtd')}"
    jsonld = (
        f'{{"@context": "{url}", "@type": "NewsArticle", "headline": "Council approves budget",'
        f' "@id": "{url}", "url": "{url}", "image": "{url}", "author": {{"@id": "{url}"}}}}'
    )
    return {
        "xxe-system-entity": (
            f'<?xml version="1.0"?><!DOCTYPE html [<!ENTITY xxe SYSTEM "{url}">]>'
            "<html><head><title>&xxe;</title><meta name='author' content='&xxe;'></head>"
            "<body><h1>&xxe;</h1><p class='byline'>By &xxe;</p><p>&xxe;</p></body></html>"
        ),
        "xxe-parameter-entity": (
            f'<?xml version="1.0"?><!DOCTYPE html [<!ENTITY % ext SYSTEM "{dtd}"> %ext;]>'
            "<html><head><title>&leak;</title></head><body><p>&leak;</p></body></html>"
        ),
        "doctype-system": (
            f'<!DOCTYPE html SYSTEM "{dtd}"><html><head><title>&leak;</title></head>'
            "<body><p class='byline'>By &leak;</p></body></html>"
        ),
        "doctype-public-system": (
            f'<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "{dtd}">'
            "<html><head><title>&leak;</title></head><body><p>&leak;</p></body></html>"
        ),
        "xinclude": (
            '<html xmlns:xi="http://www.w3.org/2001/XInclude"><head><title>t</title></head>'
            f'<body><article><xi:include href="{url}" parse="text"/>'
            f'<xi:include href="{url}"/><p>body text</p></article></body></html>'
        ),
        "base-href-file": page(
            '<article><h1>Council approves budget</h1><img src="secret.txt">'
            '<a rel="author" href="secret.txt">J. Doe</a><iframe src="secret.txt"></iframe>'
            "<p>The council approved the budget on Tuesday night.</p></article>",
            f'<base href="{url}"><link rel="canonical" href="secret.txt">'
            '<meta property="og:image" content="secret.txt"><link rel="stylesheet" '
            f'href="{url}"><script src="{url}"></script>'
            f'<meta http-equiv="refresh" content="0; url={url}">',
        ),
        "jsonld-file-context": page(
            "<h1>Council approves budget</h1>",
            f'<script type="application/ld+json">{jsonld}</script>',
        ),
        "svg-image-and-use": page(
            f'<svg><image href="{url}"/><use href="{url}#x"/></svg>'
            f'<object data="{url}"></object><embed src="{url}">'
        ),
    }


@pytest.mark.parametrize(
    "name",
    [
        "xxe-system-entity",
        "xxe-parameter-entity",
        "doctype-system",
        "doctype-public-system",
        "xinclude",
        "base-href-file",
        "jsonld-file-context",
        "svg-image-and-use",
    ],
)
@pytest.mark.parametrize("as_bytes", [False, True])
def test_file_references_are_never_read(marker: str, name: str, as_bytes: bool) -> None:
    html = _leaky_pages(marker)[name]
    out = run_hostile(html.encode() if as_bytes else html, "https://news.example.com/a/1")
    assert SECRET not in out.text
    assert out.article is not None  # recover-mode parsing: always an Article here


def test_no_file_urls_in_output_resolve_against_base(marker: str) -> None:
    """A ``<base href="file:…">`` never turns relative links into ``file:`` URLs."""
    html = _leaky_pages(marker)["base-href-file"]
    out = run_hostile(html, "https://news.example.com/a/1")
    assert out.article is not None
    for value in (out.article.canonical_url, out.article.image, out.article.url):
        assert value is None or not value.startswith("file:")


def test_network_references_are_never_fetched(listener: tuple[socket.socket, str]) -> None:
    sock, base = listener
    html = (
        f'<?xml version="1.0"?><!DOCTYPE html PUBLIC "-//X//EN" "{base}/dtd" ['
        f'<!ENTITY net SYSTEM "{base}/entity"><!ENTITY % p SYSTEM "{base}/param"> %p;]>'
        '<html xmlns:xi="http://www.w3.org/2001/XInclude"><head><title>&net;</title>'
        f'<base href="{base}/"><link rel="canonical" href="{base}/canonical">'
        f'<script src="{base}/app.js"></script><link rel="stylesheet" href="{base}/s.css">'
        '<script type="application/ld+json">'
        f'{{"@context": "{base}/context.jsonld", "@type": "NewsArticle", '
        f'"headline": "Council approves budget", "author": {{"@id": "{base}/people/1"}}}}'
        "</script></head><body>"
        f'<xi:include href="{base}/xinclude"/><img src="{base}/img.png">'
        f'<iframe src="{base}/frame"></iframe><p>&net;</p></body></html>'
    )
    for data in (html, html.encode()):
        run_hostile(data, f"{base}/article")
    assert_never_connected(sock)


def test_the_guard_itself_catches_a_file_read(marker: str) -> None:
    """The audit-hook guard is not vacuous: a function that reads a file is caught."""

    def reads_file(html: str, url: str | None, **_: object) -> None:
        with open(marker, encoding="utf-8") as fh:
            fh.read()

    with pytest.raises(AssertionError, match="touched files"):
        run_hostile("<p>x</p>", func=reads_file)


def test_the_guard_itself_catches_a_connection(listener: tuple[socket.socket, str]) -> None:
    sock, base = listener
    port = int(base.rsplit(":", 1)[1])

    def connects(html: str, url: str | None, **_: object) -> None:
        with socket.create_connection(("127.0.0.1", port), timeout=5):
            pass

    with pytest.raises(AssertionError, match="touched files"):
        run_hostile("<p>x</p>", func=connects)
    with pytest.raises(AssertionError, match="network connection"):
        assert_never_connected(sock)
