"""Batch extraction: extract_many (order, errors as records, bounded read-ahead, crashes,
Ctrl-C) and the readers (directories, stdin, JSON Lines, WARC)."""

from __future__ import annotations

import datetime as dt
import gzip
import io
import json
import multiprocessing
import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import newsmeta
from newsmeta import (
    BatchInput,
    BatchResult,
    LimitExceededError,
    Limits,
    ParseError,
    extract_many,
    iter_inputs,
)
from newsmeta.batch import input_kind

NOW = dt.datetime(2026, 3, 1, 9, 0, tzinfo=dt.timezone.utc)
FORK = multiprocessing.get_context("fork") if sys.platform != "win32" else None
PARENT = os.getpid()


class Crash(str):
    """A page that kills the worker process it is sent to (as it arrives there)."""

    def __reduce__(self) -> tuple[Any, ...]:
        return (os._exit, (3,))


class Stuck(str):
    """A source name that reaches a worker but cannot be sent back from it."""

    def __reduce__(self) -> tuple[Any, ...]:
        if os.getpid() != PARENT:
            raise RuntimeError("escaped")
        return (Stuck, (str(self),))


class OddHeader(str):
    """A header name that breaks when the page's headers are read."""

    def __str__(self) -> str:
        return self

    def lower(self) -> str:
        raise KeyError("oops")


def page(title: str, extra: str = "") -> str:
    return (
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>"
        f"<title>{title} | The Daily Test</title></head>"
        f"<body><article><h1>{title}</h1><p>By Ada Writer</p>{extra}"
        "<p>Some words of the story body go here.</p></article></body></html>"
    )


def titles(results: list[BatchResult]) -> list[str | None]:
    return [r.article.title if r.article is not None else r.error_type for r in results]


# --------------------------------------------------------------------------- extract_many


def test_errors_carry_source_url_type_and_message() -> None:
    items: list[Any] = [
        ("<h1>Short</h1>", "https://news.example/1"),
        (b"<h1>" + b"x" * 400 + b"</h1>", "https://news.example/2"),
        (42, None),
        BatchInput("my-source", "https://news.example/3", "<h1>Third</h1>"),
        ("<h1>Fourth</h1>", 7),
        object(),
    ]
    results = list(extract_many(items, jobs=1, now=NOW, limits=Limits(max_input_bytes=250)))
    assert [r.source for r in results] == ["#0", "#1", "#2", "my-source", "#4", "#5"]
    assert [r.ok for r in results] == [True, False, False, True, False, False]
    assert titles(results) == [
        "Short",
        "LimitExceededError",
        "ParseError",
        "Third",
        "ParseError",
        "ParseError",
    ]
    assert results[1].url == "https://news.example/2" and results[1].article is None
    assert "250" in (results[1].error or "")
    assert "bytes or str" in (results[2].error or "")
    assert "url must be a str" in (results[4].error or "")
    assert results[3].article is not None
    assert results[3].article.provenance.extracted_at == NOW


def test_unexpected_exception_becomes_a_record() -> None:
    pages = [
        BatchInput("#0", html="<h1>One</h1>"),
        BatchInput("#1", html="<h1>Two</h1>", headers={OddHeader("X-Odd"): "1"}),
        BatchInput("#2", html="<h1>Three</h1>"),
    ]
    results = list(extract_many(pages, jobs=1))
    assert titles(results) == ["One", "InternalError", "Three"]
    assert (results[1].error or "").startswith("KeyError: ") and "oops" in (results[1].error or "")


def test_to_record_forms() -> None:
    ok, bad = extract_many(
        [("<h1>Hello there</h1>", "https://news.example/a"), (b"<p>x</p>", 42)], jobs=1
    )
    record = ok.to_record()
    assert record["source"] == "#0" and record["url"] == "https://news.example/a"
    assert record["article"]["title"] == "Hello there"
    assert "error" not in record
    json.dumps(record)  # JSON-ready
    assert bad.to_record() == {
        "source": "#1",
        "url": None,
        "error": {"type": bad.error_type, "message": bad.error},
    }
    assert not bad.ok and bad.error_type


def test_bad_arguments_raise_parse_error() -> None:
    for kwargs in ({"jobs": 0}, {"jobs": -1}, {"jobs": True}, {"chunksize": 0}, {"window": 0}):
        with pytest.raises(ParseError):
            extract_many([], **kwargs)  # type: ignore[arg-type]
    with pytest.raises(ParseError):
        extract_many([], now="2026-01-01")  # type: ignore[arg-type]
    with pytest.raises(ParseError):
        extract_many([], limits={})  # type: ignore[arg-type]
    assert list(extract_many([], jobs=3)) == list(extract_many([], jobs=None)) == []


def test_in_process_reads_input_lazily() -> None:
    consumed = 0

    def pages() -> Iterator[tuple[str, None]]:
        nonlocal consumed
        for i in range(1000):
            consumed += 1
            yield (f"<h1>Story {i}</h1>", None)

    results = extract_many(pages(), jobs=1, now=NOW)
    for _ in range(3):
        next(results)
    assert consumed == 3


def test_pool_keeps_order_and_matches_in_process() -> None:
    # Pages of very different sizes, so chunks finish out of order.
    items = []
    for i in range(24):
        filler = "<p>padding words here</p>" * (400 if i % 5 == 0 else 1)
        items.append((page(f"Story number {i}", filler), f"https://news.example/{i}"))
    items[7] = (b"<h1>bad url type</h1>", 99)  # type: ignore[assignment]
    items[11] = (3.5, None)  # type: ignore[assignment]
    pooled = list(extract_many(items, jobs=2, now=NOW, chunksize=3, mp_context=FORK))
    serial = list(extract_many(items, jobs=1, now=NOW))
    assert titles(pooled) == titles(serial)
    assert [r.source for r in pooled] == [f"#{i}" for i in range(24)]
    assert pooled[3].article is not None and pooled[3].article.title == "Story number 3"
    assert not pooled[7].ok and not pooled[11].ok
    assert [r.to_record() for r in pooled] == [r.to_record() for r in serial]


def test_pool_read_ahead_is_bounded_and_closing_stops_it() -> None:
    consumed = 0

    def pages() -> Iterator[tuple[str, None]]:
        nonlocal consumed
        for i in range(100_000):
            consumed += 1
            yield (f"<h1>Story {i}</h1>", None)

    results = extract_many(pages(), jobs=2, now=NOW, chunksize=4, window=3, mp_context=FORK)
    for received, result in enumerate(results, start=1):
        assert result.source == f"#{received - 1}"
        # never more than window * chunksize pages read ahead of the consumer
        assert consumed - received <= 3 * 4
        if received == 30:
            break
    results.close()
    assert consumed <= 30 + 3 * 4
    assert multiprocessing.active_children() == []


def test_worker_crash_and_bugs_become_records() -> None:
    items = [BatchInput(f"#{i}", html=f"<h1>Page {i}</h1>") for i in range(10)]
    items[4] = BatchInput("#4", html=Crash("CRASH"))
    items[8] = BatchInput(Stuck("#8"), html="<h1>Page 8</h1>")
    results = list(extract_many(items, jobs=2, now=NOW, chunksize=3, mp_context=FORK))
    assert [r.source for r in results] == [f"#{i}" for i in range(10)]
    assert results[4].error_type == "WorkerCrashed"
    assert results[8].error_type == "WorkerCrashed" and "RuntimeError" in (results[8].error or "")
    others = [r for i, r in enumerate(results) if i not in (4, 8)]
    assert all(r.ok for r in others), [r.error for r in others]
    assert [r.article.title for r in others if r.article] == [
        f"Page {i}" for i in range(10) if i not in (4, 8)
    ]


def test_exception_escaping_the_page_handler_is_pinned_on_its_page() -> None:
    items = [BatchInput(f"#{i}", html=f"<h1>Page {i}</h1>") for i in range(8)]
    items[5] = BatchInput(Stuck("#5"), html="<h1>Page 5</h1>")
    results = list(extract_many(items, jobs=2, now=NOW, chunksize=4, mp_context=FORK))
    assert [r.error_type for r in results] == [None] * 5 + ["WorkerCrashed"] + [None] * 2
    assert results[5].error == "RuntimeError: escaped"


def test_worker_dying_while_the_consumer_waits() -> None:
    import time

    items = ["<h1>Page 0</h1>", Crash("CRASH"), *[f"<h1>Page {i}</h1>" for i in range(2, 6)]]
    results = []
    for result in extract_many(items, jobs=2, now=NOW, chunksize=1, window=2, mp_context=FORK):
        results.append(result)
        if len(results) == 1:
            time.sleep(0.5)  # the pool breaks meanwhile: the next submit finds it broken
    assert [r.error_type for r in results] == [None, "WorkerCrashed", None, None, None, None]
    assert [r.article.title for r in results if r.article] == [f"Page {i}" for i in (0, 2, 3, 4, 5)]


def test_keyboard_interrupt_shuts_the_pool_down() -> None:
    def pages() -> Iterator[str]:
        for i in range(40):
            if i == 20:
                raise KeyboardInterrupt
            yield f"<h1>Story {i}</h1>"

    got = []
    with pytest.raises(KeyboardInterrupt):
        for result in extract_many(pages(), jobs=2, now=NOW, chunksize=2, mp_context=FORK):
            got.append(result.source)
    assert got == [f"#{i}" for i in range(len(got))]
    assert len(got) < 20
    assert multiprocessing.active_children() == []


# --------------------------------------------------------------------------- readers


def test_input_kind(tmp_path: Path) -> None:
    assert input_kind("-") == "stdin"
    assert input_kind("a/b.JSONL") == "jsonl"
    assert input_kind("x.jsonl.gz") == input_kind("x.ndjson") == "jsonl"
    assert input_kind("crawl.warc.gz") == input_kind("crawl.warc") == "warc"
    assert input_kind(str(tmp_path)) == "dir"
    assert input_kind("page.html") == "html"


def test_directory_reader_is_recursive_sorted_and_globbed(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "deep").mkdir()
    (tmp_path / "a.html").write_text(page("A page"), encoding="utf-8")
    (tmp_path / "b" / "c.htm").write_text(page("C page"), encoding="utf-8")
    (tmp_path / "b" / "deep" / "d.html.gz").write_bytes(gzip.compress(page("D page").encode()))
    (tmp_path / "b" / "notes.txt").write_text("not a page", encoding="utf-8")
    inputs = list(iter_inputs([tmp_path]))
    names = [Path(i.source).relative_to(tmp_path).as_posix() for i in inputs]
    assert names == ["a.html", "b/c.htm", "b/deep/d.html.gz"]
    assert all(i.error is None and i.url is None for i in inputs)
    results = list(extract_many(inputs, jobs=1, now=NOW))
    assert titles(results) == ["A page", "C page", "D page"]
    txt = list(iter_inputs(str(tmp_path), glob="*.txt"))
    assert [Path(i.source).name for i in txt] == ["notes.txt"]
    assert txt[0].html == b"not a page"


def test_file_errors_and_size_limit_are_records(tmp_path: Path) -> None:
    big = tmp_path / "big.html"
    big.write_bytes(b"<p>" + b"y" * 5000)
    broken = tmp_path / "broken.html.gz"
    broken.write_bytes(b"not gzip at all")
    inputs = list(
        iter_inputs([big, tmp_path / "missing.html", broken], limits=Limits(max_input_bytes=1000))
    )
    assert [i.error_type for i in inputs] == [
        LimitExceededError.__name__,
        "FileNotFoundError",
        "BadGzipFile",
    ]
    assert all(i.html == b"" for i in inputs)
    results = list(extract_many(inputs, jobs=1))
    assert [r.error_type for r in results] == [i.error_type for i in inputs]


def test_stdin_is_one_page(monkeypatch: pytest.MonkeyPatch) -> None:
    data = "<html><head><meta charset='utf-8'></head><h1>Caf\u00e9 news</h1></html>".encode()
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    (item,) = iter_inputs(["-"], encoding="latin-1")
    assert item.source == "<stdin>" and item.html == data and item.encoding == "latin-1"
    (result,) = extract_many([item], jobs=1)
    assert result.article is not None and result.article.title == "Caf\u00e9 news"


def test_jsonl_reader_records_and_bad_lines(tmp_path: Path) -> None:
    lines = [
        json.dumps({"url": "https://news.example/1", "html": page("Line one")}),
        "",
        "{not json",
        json.dumps(["a", "list"]),
        json.dumps({"url": "https://news.example/4"}),
        json.dumps({"url": 5, "html": "<h1>x</h1>"}),
        json.dumps({"html": page("Line seven")}),
    ]
    text = "\n".join(lines) + "\n"
    plain = tmp_path / "pages.jsonl"
    plain.write_text(text, encoding="utf-8")
    packed = tmp_path / "pages.ndjson.gz"
    packed.write_bytes(gzip.compress(text.encode()))
    for path in (plain, packed):
        inputs = list(iter_inputs([path]))
        assert [i.source for i in inputs] == [f"{path}:{n}" for n in (1, 3, 4, 5, 6, 7)]
        assert [i.error_type for i in inputs] == [None, *["ParseError"] * 4, None]
        assert "invalid JSON" in (inputs[1].error or "")
        assert "JSON object" in (inputs[2].error or "")
        assert (
            "html missing" in (inputs[3].error or "") and inputs[3].url == "https://news.example/4"
        )
        assert "url must be a string" in (inputs[4].error or "")
        results = list(extract_many(inputs, jobs=1, now=NOW))
        assert titles(results) == ["Line one", *["ParseError"] * 4, "Line seven"]
        assert results[0].url == "https://news.example/1"


def test_jsonl_overlong_line_is_skipped_not_kept(tmp_path: Path) -> None:
    path = tmp_path / "long.jsonl"
    good = json.dumps({"html": "<h1>Fine</h1>"})
    # the longest line read is 2 * max_input_bytes + 1 MiB (JSON escapes); this one is longer
    path.write_text(json.dumps({"html": "z" * 1_100_000}) + "\n" + good + "\n", encoding="utf-8")
    inputs = list(iter_inputs([path], limits=Limits(max_input_bytes=100)))
    assert [i.error_type for i in inputs] == ["LimitExceededError", None]
    assert inputs[1].source == f"{path}:2"


def _write_warc(path: Path) -> list[str]:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    ids = []
    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=path.name.endswith(".gz"))
        writer.write_record(writer.create_warcinfo_record(path.name, {"software": "tests"}))
        pages = [
            (
                "https://news.example/w1",
                "text/html; charset=utf-8",
                page("Warc caf\u00e9").encode(),
            ),
            ("https://news.example/logo.png", "image/png", b"\x89PNG..."),
            (
                "https://news.example/w2",
                "text/html; charset=iso-8859-1",
                "<h1>Deuxi\u00e8me page</h1>".encode("latin-1"),
            ),
            ("https://news.example/w3", "application/xhtml+xml", b"<h1>Third warc page</h1>"),
        ]
        for url, content_type, body in pages:
            headers = StatusAndHeaders(
                "200 OK",
                [("Content-Type", content_type), ("AI-Disclosure", "mode=none")],
                protocol="HTTP/1.1",
            )
            request = writer.create_warc_record(
                url, "request", payload=io.BytesIO(b"GET / HTTP/1.1\r\nHost: news.example\r\n\r\n")
            )
            writer.write_record(request)
            record = writer.create_warc_record(
                url, "response", payload=io.BytesIO(body), http_headers=headers
            )
            writer.write_record(record)
            if "html" in content_type:
                ids.append(record.rec_headers.get_header("WARC-Record-ID"))
    return ids


@pytest.mark.parametrize("name", ["crawl.warc", "crawl.warc.gz"])
def test_warc_reader_yields_html_responses(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    ids = _write_warc(path)
    inputs = list(iter_inputs([str(path)]))
    assert [i.source for i in inputs] == [f"{path}#{rid}" for rid in ids]
    assert [i.url for i in inputs] == [
        "https://news.example/w1",
        "https://news.example/w2",
        "https://news.example/w3",
    ]
    assert [i.encoding for i in inputs] == ["utf-8", "iso-8859-1", None]
    assert ("AI-Disclosure", "mode=none") in inputs[0].headers
    results = list(extract_many(inputs, jobs=1, now=NOW))
    assert titles(results) == ["Warc caf\u00e9", "Deuxi\u00e8me page", "Third warc page"]


def test_bad_warc_is_one_error_record(tmp_path: Path) -> None:
    junk = tmp_path / "junk.warc.gz"
    junk.write_bytes(b"garbage bytes\n")
    damaged = tmp_path / "damaged.warc"
    damaged.write_bytes(b"WARC/1.0\r\nWARC-Type: response\r\n\r\n")
    first, second = iter_inputs([junk, damaged])
    assert first.source == str(junk) and first.error_type is not None
    assert second.source == str(damaged) and second.error_type is not None


def test_warc_without_warcio_says_how_to_install(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "crawl.warc"
    path.write_bytes(b"")
    monkeypatch.setitem(sys.modules, "warcio", None)
    monkeypatch.setitem(sys.modules, "warcio.archiveiterator", None)
    with pytest.raises(ParseError, match=r"pip install newsmeta\[warc\]"):
        list(iter_inputs([path]))


@pytest.mark.parametrize("bad", [None, 5, object(), [1], [object()]])
def test_wrong_argument_types_are_newsmeta_errors(bad: Any) -> None:
    with pytest.raises(newsmeta.NewsmetaError):
        list(newsmeta.iter_inputs(bad))
    if not isinstance(bad, list):
        with pytest.raises(newsmeta.NewsmetaError):
            list(newsmeta.extract_many(bad, jobs=1))
