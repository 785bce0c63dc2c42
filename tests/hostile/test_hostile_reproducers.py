"""The reproducers of issue 17, one test each: foreign exceptions, a hang on a FIFO, a
bypassable size limit, silent data loss in batch input, and four smaller untruths.

Parser guards (attribute cap, page index) are in ``test_hostile_parse_guards.py``; the
time-budget harness is ``test_hostile_budget.py``.
"""

from __future__ import annotations

import datetime as dt
import gzip
import io
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from hostile_support import page, run_hostile

import newsmeta
from cli_support import run_cli
from newsmeta import BatchInput, Limits, extract_many, iter_inputs

DOCS = Path(__file__).resolve().parents[2] / "docs"
BIG_INT = "9" * 4301  # one digit over Python's int-from-str limit (sys.int_info)


# --------------------------------------------------------------------------- foreign exceptions


def test_from_json_with_an_integer_over_the_digit_limit_is_a_parse_error() -> None:
    with pytest.raises(newsmeta.ParseError, match="digits"):
        newsmeta.from_json('{"word_count": ' + BIG_INT + "}", newsmeta.Article)


def test_from_jsonld_with_an_integer_over_the_digit_limit_is_a_parse_error() -> None:
    text = '{"@type": "NewsArticle", "headline": "x", "wordCount": ' + BIG_INT + "}"
    with pytest.raises(newsmeta.ParseError, match="digits"):
        newsmeta.from_jsonld(text)
    with pytest.raises(newsmeta.ParseError):
        newsmeta.from_jsonld(text.encode())


def test_cli_validate_reports_the_digit_limit_as_invalid_json(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "big.json"
    path.write_text('{"title": "x", "word_count": ' + BIG_INT + "}", encoding="utf-8")
    assert run_cli(["validate", str(path)]) == 1
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err + captured.out
    assert "digits" in captured.err + captured.out


@pytest.mark.parametrize(
    "path", ["//", "/", "///", "authors//name", "/" + "9" * 5000, "authors/" + "7" * 5000]
)
def test_validate_require_odd_paths_never_raise(path: str) -> None:
    problems = newsmeta.validate({"authors": [{"name": "A"}]}, newsmeta.Article, require=[path])
    assert all(p.code == "required" and p.message for p in problems)


def test_validate_require_double_slash_names_no_field() -> None:
    assert newsmeta.validate({}, newsmeta.Article, require=["//"]) == []


@pytest.mark.parametrize(
    "now",
    [
        dt.date(9999, 12, 31),
        dt.datetime(9999, 12, 31, 23, 59, 59, 999_999, tzinfo=dt.timezone.utc),
        dt.datetime(9999, 12, 31, 23, 0, tzinfo=dt.timezone(dt.timedelta(hours=14))),
        dt.date(1, 1, 1),
    ],
)
def test_extract_at_the_ends_of_the_calendar(now: dt.date) -> None:
    pages = [
        "<time datetime='2023-01-01'>x</time>",
        "<p>Posted 3 hours ago. Updated yesterday.</p><time>2023-05-01</time>",
        "<time datetime='9999-12-31T23:59:59Z'>x</time><p>December 31, 9999</p>",
        "<time datetime='0001-01-01T00:00:00Z'>x</time><p>January 1, 0001</p>",
    ]
    for html in pages:
        out = run_hostile(page(html), now=now)
        assert out.article is not None


def test_cli_extract_now_9999_12_31(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    for i in range(5):
        (tmp_path / f"p{i}.html").write_text(
            page(f"<time datetime='2023-01-0{i + 1}'>x</time><p>Posted 2 hours ago</p>"),
            encoding="utf-8",
        )
    code = run_cli(["extract", str(tmp_path), "--jobs", "1", "--now", "9999-12-31"])
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert code == 0
    assert len(records) == 5 and all("article" in r for r in records)


def _gzip_pages() -> dict[str, bytes]:
    good = gzip.compress(page("<p>compressed</p>").encode())
    return {
        "corrupt-deflate.html.gz": good[:10] + b"\xff" * (len(good) - 10),
        "cut-short.html.gz": good[: len(good) // 2],
        "not-gzip.html.gz": b"plain text, no gzip header",
    }


@pytest.mark.parametrize("name", sorted(_gzip_pages()))
def test_corrupt_gzip_is_an_error_record(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_bytes(_gzip_pages()[name])
    (item,) = iter_inputs([str(path)])
    assert item.error_type == "BadGzipFile"
    assert item.error and item.html == b""


def test_corrupt_jsonl_gz_is_an_error_record(tmp_path: Path) -> None:
    data = gzip.compress(b'{"html": "<h1>One</h1>"}\n' * 200)
    path = tmp_path / "pages.jsonl.gz"
    path.write_bytes(data[:12] + bytes(b ^ 0x5A for b in data[12:]))
    items = list(iter_inputs([str(path)]))
    assert items and items[-1].error_type == "BadGzipFile"


# --------------------------------------------------------------------------- batch input


def _write_warc(path: Path, bodies: list[bytes]) -> bytes:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=path.name.endswith(".gz"))
    for i, body in enumerate(bodies):
        headers = StatusAndHeaders(
            "200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1"
        )
        record = writer.create_warc_record(
            f"https://news.example/{i}", "response", payload=io.BytesIO(body), http_headers=headers
        )
        writer.write_record(record)
    return buffer.getvalue()


def _warc_bodies() -> list[bytes]:
    return [
        page(f"<h1>Archived story number {i}</h1>" + "<p>Paragraph of text.</p>" * 40).encode()
        for i in range(3)
    ]


@pytest.mark.parametrize("name", ["cut.warc", "cut.warc.gz"])
def test_truncated_warc_gives_an_error_record_for_the_cut_record(tmp_path: Path, name: str) -> None:
    pytest.importorskip("warcio")
    path = tmp_path / name
    data = _write_warc(path, _warc_bodies())
    path.write_bytes(data[: len(data) * 5 // 6])  # inside the third record
    items = list(iter_inputs([str(path)]))
    assert [i.error_type for i in items] == [None, None, "TruncatedRecord"]
    assert "cut short" in (items[-1].error or "")
    results = list(extract_many(items, jobs=1))
    assert [r.ok for r in results] == [True, True, False]


def test_complete_warc_has_no_error(tmp_path: Path) -> None:
    pytest.importorskip("warcio")
    for name in ("whole.warc", "whole.warc.gz"):
        path = tmp_path / name
        path.write_bytes(_write_warc(path, _warc_bodies()))
        assert [i.error_type for i in iter_inputs([str(path)])] == [None, None, None]


def _hostile_directory(root: Path) -> None:
    root.mkdir()
    for i in range(6):
        (root / f"good-{i}.html").write_text(page(f"<h1>Good page {i}</h1>"), encoding="utf-8")
    for name, data in _gzip_pages().items():
        (root / name).write_bytes(data)
    os.mkfifo(root / "x.html")
    for name in ("cut.warc", "cut.warc.gz"):
        data = _write_warc(root / name, _warc_bodies())
        (root / name).write_bytes(data[: len(data) * 5 // 6])


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs (POSIX)")
def test_batch_of_bad_inputs_same_records_in_same_order_with_1_and_4_jobs(
    tmp_path: Path,
) -> None:
    pytest.importorskip("warcio")
    root = tmp_path / "input"
    _hostile_directory(root)
    outputs = []
    for jobs in ("1", "4"):
        # A subprocess with a timeout: a FIFO that is opened would block forever.
        command = [sys.executable, "-m", "newsmeta", "extract", str(root), "--glob", "*"]
        proc = subprocess.run(
            [*command, "--jobs", jobs, "--now", "2024-08-01"],
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert proc.returncode == 1, proc.stderr
        records = [json.loads(line) for line in proc.stdout.splitlines()]
        for record in records:
            record.get("article", {}).pop("provenance", None)
        outputs.append(records)
    assert outputs[0] == outputs[1]
    kinds = {
        Path(r["source"].split("#")[0]).name: r.get("error", {}).get("type") for r in outputs[0]
    }
    assert kinds["x.html"] == "NotRegularFile"
    assert kinds["corrupt-deflate.html.gz"] == "BadGzipFile"
    assert kinds["cut-short.html.gz"] == "BadGzipFile"
    assert kinds["not-gzip.html.gz"] == "BadGzipFile"
    assert kinds["cut.warc"] == "TruncatedRecord"
    assert kinds["cut.warc.gz"] == "TruncatedRecord"
    assert sum(1 for r in outputs[0] if "article" in r) == 6 + 2 + 2


def _documented_error_types() -> set[str]:
    text = (DOCS / "batch.md").read_text(encoding="utf-8")
    section = text.split("The types a run can produce", 1)[1].split("\n\n", 2)[1]
    return set(re.findall(r"^\| `(\w+)`", section, flags=re.M)) - {"type"}


#: every error type a batch record may carry (the docs' table must list exactly these).
BATCH_ERROR_TYPES = {
    "ArchiveLoadFailed",
    "BadGzipFile",
    "FileNotFoundError",
    "InternalError",
    "LimitExceededError",
    "NotRegularFile",
    "ParseError",
    "PermissionError",
    "ReadError",
    "TruncatedRecord",
    "WorkerCrashed",
}


def test_every_batch_error_type_is_documented() -> None:
    assert _documented_error_types() == BATCH_ERROR_TYPES


def test_unreadable_inputs_get_documented_error_types(tmp_path: Path) -> None:
    documented = _documented_error_types()
    inside = tmp_path / "site"
    inside.mkdir()
    (inside / "loop.html").symlink_to(inside / "loop.html")  # stat fails: ELOOP
    (inside / "dangling.html").symlink_to(tmp_path / "nowhere.html")
    paths = [inside, tmp_path / "missing.html", tmp_path / "missing.warc"]
    paths += [tmp_path / "missing.jsonl", tmp_path / "missing.html.gz"]
    items = list(iter_inputs([str(p) for p in paths]))
    types = [i.error_type for i in items]
    assert types == ["FileNotFoundError", "ReadError", *["FileNotFoundError"] * 4]
    assert all(t in documented for t in types)
    results = list(extract_many([*items, BatchInput("x", None, b"<h1>ok</h1>")], jobs=1))
    assert [r.error_type for r in results] == [*types, None]


# --------------------------------------------------------------------------- the size limit


def test_str_size_limit_counts_utf8_bytes() -> None:
    limits = Limits(max_input_bytes=1_000)
    newsmeta.extract("\U0001f600" * 250, limits=limits)  # exactly 1,000 bytes
    with pytest.raises(newsmeta.LimitExceededError) as info:
        newsmeta.extract("\U0001f600" * 251, limits=limits)
    assert info.value.limit == "max_input_bytes"
    newsmeta.extract("a" * 1_000, limits=limits)
    with pytest.raises(newsmeta.LimitExceededError):
        newsmeta.extract("\u00e9" * 501, limits=limits)


def test_19_million_astral_characters_are_refused_quickly() -> None:
    out = run_hostile("\U0001f600" * 19_000_000)
    assert isinstance(out.error, newsmeta.LimitExceededError)


# --------------------------------------------------------------------------- smaller truths

TITLE = "Caf\u00e9 council approves the budget"
WIDE_PAGE = (
    "<html><head><meta charset='utf-8'><title>" + TITLE + "</title></head>"
    "<body><p>\u00dcn\u00efc\u00f6d\u00e9 text</p></body></html>"
)


@pytest.mark.parametrize(
    "data",
    [
        WIDE_PAGE.encode("utf-32"),  # with a BOM
        b"\xff\xfe\x00\x00" + WIDE_PAGE.encode("utf-32-le"),
        b"\x00\x00\xfe\xff" + WIDE_PAGE.encode("utf-32-be"),
        WIDE_PAGE.encode("utf-16-le"),  # no BOM
        WIDE_PAGE.encode("utf-16-be"),
        WIDE_PAGE.encode("utf-32-le"),
        b"\xff\xfe" + WIDE_PAGE.encode("utf-16-le"),
    ],
)
def test_utf16_and_utf32_pages_keep_their_title(data: bytes) -> None:
    out = run_hostile(data)
    assert out.article is not None
    assert out.article.title == TITLE
    assert "nul-bytes" not in out.warning_codes


def test_stray_nul_bytes_are_not_utf16() -> None:
    out = run_hostile(page("<p>a\x00b</p><p>c\x00\x00d</p>").encode())
    assert out.article is not None and out.article.title == "Council approves the new budget"
    assert "nul-bytes" in out.warning_codes


@pytest.mark.parametrize("value", ["NaN", "Infinity", "-Infinity", "1e400", "-1e400"])
def test_non_finite_jsonld_numbers_are_never_names(value: str) -> None:
    block = (
        '{"@type": "NewsArticle", "headline": "Council approves the budget", '
        f'"author": [{{"@type": "Person", "name": {value}}}, {value}], '
        f'"publisher": {{"@type": "Organization", "name": {value}}}}}'
    )
    html = page("", head=f'<script type="application/ld+json">{block}</script>')
    out = run_hostile(html)
    assert out.article is not None
    names = [a.name.lower() for a in out.article.authors]
    publisher = out.article.publisher.name.lower() if out.article.publisher else ""
    for bad in ("nan", "inf", "-inf", "infinity"):
        assert bad not in names and publisher != bad


def test_numbers_can_still_be_names() -> None:
    block = '{"@type": "NewsArticle", "headline": "x", "publisher": {"name": 1984}}'
    html = page("", head=f'<script type="application/ld+json">{block}</script>')
    article = newsmeta.extract(html)
    assert article.publisher is not None and article.publisher.name == "1984"


@pytest.mark.parametrize(
    "markup",
    [
        "<p class='byline'>By &xxe; &pw;</p>",
        "<div class='author'>&xxe;</div><span class='byline'>by &pw;</span>",
        "<p>By &xxe; and &pw;</p>",
        "<a rel='author' href='/a'>&xxe;</a>",
    ],
)
def test_unresolved_entity_references_are_not_authors(markup: str) -> None:
    doctype = '<!DOCTYPE html [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
    for html in (page(markup), doctype + page(markup)):
        out = run_hostile(html)
        assert out.article is not None
        names = {a.name.lower() for a in out.article.authors}
        assert not names & {"xxe", "pw", "xxe;", "pw;", "&xxe;", "&pw;"}


def test_a_real_name_beside_an_entity_reference_is_kept() -> None:
    article = newsmeta.extract(page("<p class='byline'>By &xxe; Jane Roe</p>"))
    assert [a.name for a in article.authors] == ["Jane Roe"]


_MEMORY_PROBE = """
import gc, resource, sys
import newsmeta
n = int(sys.argv[1])
html = ("<html><head><title>One long paragraph</title></head><body><p>"
        + "word " * (n // 5) + "</p></body></html>").encode()
gc.collect()
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
article = newsmeta.extract(html)
after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
assert article.title == "One long paragraph"
print(len(html), before * 1024, after * 1024)
"""


@pytest.mark.skipif(sys.platform != "linux", reason="ru_maxrss in KiB is Linux's")
def test_one_long_text_node_stays_within_10x_the_input() -> None:
    proc = subprocess.run(
        [sys.executable, "-c", _MEMORY_PROBE, "4000000"],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    size, before, after = map(int, proc.stdout.split())
    assert after - before <= 10 * size, (
        f"peak grew {(after - before) / 1e6:.0f} MB for a {size / 1e6:.0f} MB page"
    )


@pytest.mark.parametrize("sign", [1, -1])
def test_integer_beyond_any_float_in_a_rating_is_a_validation_error(sign: int) -> None:
    """Found by the fuzz driver (from_jsonld): a rating number too large for a float raised
    OverflowError in the converter; it is a non-finite number, reported per field."""
    huge = sign * 10**400
    with pytest.raises(newsmeta.ValidationError):
        newsmeta.Rating(value=huge)
    with pytest.raises(newsmeta.ValidationError):
        newsmeta.from_dict({"rating": {"value": huge}}, newsmeta.Article)
    problems = newsmeta.validate({"rating": {"value": huge}}, newsmeta.Article)
    assert [p.path for p in problems] == ["/rating/value"]
    with pytest.raises(newsmeta.NewsmetaError):
        newsmeta.from_jsonld(
            '{"@type": "NewsArticle", "aggregateRating": {"ratingValue": 1' + "0" * 400 + "}}"
        )
