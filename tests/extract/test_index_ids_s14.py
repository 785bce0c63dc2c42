"""Session 14 (speed F): the page index's id verdicts are kept across pages, and the marked
nodes (rel, role, itemprop, Unix-time attributes) are read from the names the index already
has. What a page gives must not depend on the pages read before it."""

from __future__ import annotations

import datetime as dt

import pytest

import newsmeta

NOW = dt.datetime(2026, 11, 1, tzinfo=dt.timezone.utc)
URL = "https://example.org/news/harbour-crane"


def _page(writer_attrs: str, extra: str = "") -> bytes:
    return f"""<html lang="en"><head><title>Harbour crane returns after repairs</title></head>
<body><article><h1>Harbour crane returns after repairs</h1>
<div {writer_attrs}>Jane Holloway</div>
<span data-utime="1760000000">Oct 9</span>
<p>The crane at the north quay is back in service after six weeks of repairs, the port
said on Thursday. Work crews replaced the cables and the control cabin.</p>
{extra}
<p class="tags"><a rel="tag" href="/tag/port">Port</a> <a rel="tag" href="/tag/ships">Ships</a></p>
</article></body></html>""".encode()


def _writers(html: bytes) -> list[str]:
    article = newsmeta.extract(html, URL, now=NOW, content=False)
    return [a.name for a in article.authors]


@pytest.mark.parametrize(
    "attrs",
    [
        'id="byline"',  # an id alone
        'id="article-author" class="col-4"',  # an id beside a class that says nothing
        'class="col-4" id="post-author" data-track="1"',  # and a third attribute
    ],
)
def test_an_id_that_names_the_byline_is_read_on_every_page(attrs: str) -> None:
    # The same id on a first page, again on the same page, and on a page that differs.
    assert _writers(_page(attrs)) == ["Jane Holloway"]
    assert _writers(_page(attrs)) == ["Jane Holloway"]
    other = _page(attrs, extra="<p>Ships waiting at anchor began unloading at noon.</p>")
    assert _writers(other) == ["Jane Holloway"]


def test_an_id_that_names_nothing_gives_no_byline_before_or_after_one_that_does() -> None:
    plain = _page('class="col-4" id="meta-top" data-track="1"')
    assert _writers(plain) == []
    assert _writers(_page('id="byline"')) == ["Jane Holloway"]
    assert _writers(plain) == []


def test_marked_attributes_are_read_from_the_names_the_index_has() -> None:
    extra = """<div role="note" class="box"><span itemprop="dateModified"
        datetime="2025-10-10T09:00:00Z">updated</span></div>"""
    article = newsmeta.extract(_page('id="byline"', extra), URL, now=NOW, content=False)
    # <span data-utime>: a Unix time (2025-10-09 08:53:20 UTC)
    assert article.date_published == dt.datetime(2025, 10, 9, 8, 53, 20, tzinfo=dt.timezone.utc)
    # <a rel="tag"> links of the post
    assert article.tags == ("Port", "Ships")
    # an itemprop outside any item: the page's own date
    assert article.date_modified == dt.datetime(2025, 10, 10, 9, 0, tzinfo=dt.timezone.utc)
