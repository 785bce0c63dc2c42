"""Long-running fuzz driver over every public entry point.

    python benchmarks/fuzz.py --inputs 100000                  # atheris when installed
    python benchmarks/fuzz.py --inputs 100000 --engine hypothesis
    nice -n 10 python benchmarks/fuzz.py --inputs 100000 --report fuzz-report.json

Every target takes raw bytes and turns them into arguments for one entry point: ``extract``
on raw bytes / text / generated news pages / mutated ``newsmeta.testing`` fixture pages /
odd arguments / the structured hostile generators of ``tests/hostile/hostile_generators.py``
(long attribute lists, many item elements, year-token floods, deep nesting, comment floods,
long text nodes; 1 KB to 1 MB), ``iter_inputs`` + ``extract_many`` over a directory of
batch input (corrupt and cut gzip, FIFOs, symlink loops, cut and damaged WARC files, bad
JSON Lines), ``from_json``, ``from_dict``, ``from_jsonld``, ``validate``, ``parse_date``,
``parse_relative``, ``humanize`` and ``render_window``.

A *failure* is any exception that is not a ``newsmeta.NewsmetaError``, an extracted Article
that ``to_json`` cannot write or that does not read back equal, an input that takes longer
than ``--slow`` seconds, a structured page over the time budget (3 s + 5 s per MB), or a
batch record whose error type ``docs/batch.md`` does not list (or a batch that hangs: an
alarm ends it after 20 s). Failures are grouped by signature (target, exception type, innermost
newsmeta frame); the driver keeps the count and the *shortest* input of each, and prints them
at the end with the number of inputs run per target.

Engines: ``atheris`` (coverage-guided libFuzzer, ``pip install atheris``) feeds bytes
directly; ``hypothesis`` draws target-shaped inputs (text, JSON, seeds) and encodes them to
bytes. Neither stops at the first failure.
"""

from __future__ import annotations

import argparse
import datetime as _dt
import gzip
import io
import json
import os
import random
import shutil
import signal
import sys
import tempfile
import time
import traceback
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

NOW = _dt.datetime(2024, 8, 1, 12, 0, tzinfo=_dt.timezone.utc)
ROOT = Path(__file__).resolve().parents[1]
SRC = str(ROOT / "src" / "newsmeta")
sys.path.insert(0, str(ROOT / "tests" / "hostile"))  # the structured hostile generators
BATCH_ERROR_TYPES = {
    "ArchiveLoadFailed", "BadGzipFile", "FileNotFoundError", "InternalError",
    "LimitExceededError", "NotRegularFile", "ParseError", "PermissionError", "ReadError",
    "TruncatedRecord", "WorkerCrashed",
}  # fmt: skip


# --------------------------------------------------------------------------- generators

WORDS = ["council", "budget", "river", "mayor", "library", "vote", "plan", "city", "news"]
NAMES = ["Jane Doe", "John Smith", "María José Núñez", "李小龙", "O'Brien, Pat", "Dr. A. B. Cé"]
DATES = [
    "2023-12-29", "2023-12-29T10:15:00Z", "2023-12-29T10:15:00+05:30", "December 29, 2023",
    "29 de diciembre de 2023", "29.12.2023", "12/29/2023", "yesterday", "3 hours ago",
    "hace 2 días", "vor 3 Tagen", "0000-00-00", "2023-02-30", "9999-99-99T99:99", "-1",
    "1e309", "",
]  # fmt: skip
GARBAGE = [
    "\x00", "\ufffd", "<", "</div></div></body>", "<![CDATA[", "<!--", "&", "&#0;",
    "&#x110000;", "]]>", "<script>", "<style>", '"', "'", "{", "}", "\u202e", "\u0301" * 9,
    "𝕏", "<html>", "<?xml?>", "<!DOCTYPE x>", "<svg>", "<math>", "<template>", "\\ud800",
    "NaN", "1e309", "-1", "9" * 400,
]  # fmt: skip
ODD_VALUES: list[Any] = [
    None, True, 0, -1, 1.5, float("nan"), float("inf"), 10**400, "", "x", "NaN", "1e309",
    [], {}, [None], {"@id": "#x"}, {"@type": "Person", "name": "Jane Doe"}, "\ud800",
    "9" * 400, {"@value": 3},
]  # fmt: skip


def words(rng: random.Random, lo: int = 1, hi: int = 8) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(rng.randint(lo, hi)))


def odd(rng: random.Random, depth: int = 0) -> Any:
    """A random JSON-ish value, biased towards values that break parsers."""
    roll = rng.random()
    if depth < 3 and roll < 0.15:
        return [odd(rng, depth + 1) for _ in range(rng.randint(0, 3))]
    if depth < 3 and roll < 0.3:
        keys = ["@type", "@id", "name", "headline", "author", "datePublished", "url", "text"]
        return {rng.choice(keys): odd(rng, depth + 1) for _ in range(rng.randint(0, 4))}
    if roll < 0.55:
        return rng.choice(ODD_VALUES)
    if roll < 0.7:
        return rng.choice(NAMES + DATES)
    return words(rng)


def jsonld_block(rng: random.Random) -> str:
    article: dict[str, Any] = {
        "@context": rng.choice(["https://schema.org", "http://schema.org/", {}, None]),
        "@type": rng.choice(["NewsArticle", "Article", "BlogPosting", ["NewsArticle", "Thing"]]),
    }
    fields: dict[str, Callable[[], Any]] = {
        "headline": lambda: words(rng) if rng.random() < 0.7 else odd(rng),
        "author": lambda: rng.choice(
            [rng.choice(NAMES), {"@type": "Person", "name": rng.choice(NAMES)}, odd(rng)]
        ),
        "datePublished": lambda: rng.choice(DATES) if rng.random() < 0.7 else odd(rng),
        "dateModified": lambda: rng.choice(DATES),
        "url": lambda: rng.choice(["https://news.example.com/a/1", "/a/1", "file:///x", ""]),
        "aggregateRating": lambda: {
            "@type": "AggregateRating",
            "ratingValue": odd(rng) if rng.random() < 0.5 else rng.uniform(0, 5),
            "ratingCount": odd(rng) if rng.random() < 0.5 else rng.randint(-5, 10**6),
        },
        "commentCount": lambda: odd(rng),
        "comment": lambda: [
            {
                "@type": "Comment",
                "text": words(rng, 2),
                "author": rng.choice(NAMES),
                "dateCreated": rng.choice(DATES),
            }
            for _ in range(rng.randint(0, 3))
        ],
        "publisher": lambda: {"@type": "Organization", "name": words(rng, 1, 2)},
        "wordCount": lambda: odd(rng),
    }
    for key, make in fields.items():
        if rng.random() < 0.5:
            article[key] = make()
    data: Any = article
    if rng.random() < 0.3:
        data = {"@context": "https://schema.org", "@graph": [article, {"@type": "WebSite"}]}
    text = json.dumps(data, ensure_ascii=rng.random() < 0.5, allow_nan=True)
    if rng.random() < 0.2:
        at = rng.randint(0, len(text))
        text = text[:at] + rng.choice(GARBAGE) + text[at:]
    return f'<script type="application/ld+json">{text}</script>'


def news_page(rng: random.Random) -> str:
    """A random news-like page with random metadata markup and inserted garbage."""
    head = [f"<title>{words(rng)}</title>"]
    body = [f"<h1>{words(rng)}</h1>"]
    for _ in range(rng.randint(0, 8)):
        name, date = rng.choice(NAMES), rng.choice(DATES)
        part = rng.randrange(11)
        if part == 0:
            head.append(jsonld_block(rng))
        elif part == 1:
            head.append(f'<meta name="author" content="{name}">')
        elif part == 2:
            head.append(f'<meta property="article:published_time" content="{date}">')
        elif part == 3:
            body.append(f'<p class="byline">By {name}</p>')
        elif part == 4:
            body.append(f'<time datetime="{date}">{date}</time>')
        elif part == 5:
            body.append(f'<p class="dateline">Published {date} | Updated {date}</p>')
        elif part == 6:
            body.append(
                '<div itemscope itemtype="https://schema.org/NewsArticle">'
                f'<span itemprop="author">{name}</span><meta itemprop="datePublished" '
                f'content="{date}"><div itemprop="aggregateRating" itemscope>'
                f'<meta itemprop="ratingValue" content="{odd(rng)}"></div></div>'
            )
        elif part == 7:
            body.append(
                '<ol class="comment-list">'
                + "".join(
                    f'<li class="comment"><span class="comment-author">{name}</span>'
                    f'<time datetime="{date}">{date}</time><p>{words(rng, 2)}</p></li>'
                    for _ in range(rng.randint(0, 5))
                )
                + "</ol>"
            )
        elif part == 8:
            body.append('<p class="ai-disclosure">This article was generated with AI.</p>')
        elif part == 9:
            body.append(
                '<div vocab="https://schema.org/" typeof="NewsArticle">'
                f'<span property="author">{name}</span></div>'
            )
        else:
            body.extend(f"<p>{words(rng, 5, 30)}.</p>" for _ in range(rng.randint(1, 4)))
    html = (
        f"<!DOCTYPE html><html lang='{rng.choice(['en', 'es', 'de', ''])}'><head>"
        f"<meta charset='{rng.choice(['utf-8', 'latin-1', 'utf-16', 'bogus'])}'>"
        f"{''.join(head)}</head><body><article>{''.join(body)}</article></body></html>"
    )
    for _ in range(rng.randint(0, 4)):
        at = rng.randint(0, len(html))
        html = html[:at] + rng.choice(GARBAGE) + html[at:]
    return html


_FIXTURES: list[bytes] = []


def fixture_pages() -> list[bytes]:
    if not _FIXTURES:
        from newsmeta.testing import MARKUPS, make_article, render_html

        for seed in range(48):
            article = make_article(seed, language="es" if seed % 3 == 0 else "en")
            encoding = ["utf-8", "cp1252", "iso-8859-15", "utf-16"][seed % 4]
            _FIXTURES.append(
                render_html(article, MARKUPS[seed % len(MARKUPS)], encoding=encoding, now=NOW)
            )
    return _FIXTURES


def mutate(page: bytes, data: bytes) -> bytes:
    """Splice, overwrite or cut ``page`` where the first bytes of ``data`` say."""
    if len(data) < 3:
        return page
    at = int.from_bytes(data[:2], "big") * len(page) // 65536
    op, rest = data[2] % 4, data[3:]
    if op == 0:
        return page[:at] + rest + page[at:]
    if op == 1:
        return page[:at] + rest + page[at + len(rest) :]
    if op == 2:
        return page[:at] + page[at + len(rest) * 8 :]
    return page[:at] + page[at : at + len(rest) * 8] * 4 + page[at:]


# --------------------------------------------------------------------------- targets


def _text(data: bytes) -> str:
    """Text from bytes; keeps encoded lone surrogates when the bytes are otherwise UTF-8."""
    try:
        return data.decode("utf-8", "surrogatepass")
    except UnicodeDecodeError:
        return data.decode("utf-8", "replace")


def _seed(data: bytes) -> random.Random:
    return random.Random(int.from_bytes(data[:8].ljust(8, b"\0"), "big"))


def _json(data: bytes) -> Any:
    try:
        return json.loads(data.decode("utf-8", "surrogatepass"))
    except (ValueError, UnicodeDecodeError, RecursionError):
        return odd(_seed(data))


def _check_article(article: Any) -> None:
    """An extracted Article must be writable and read back equal (no data loss)."""
    import newsmeta
    from newsmeta._serialize import from_json, to_json

    if not isinstance(article, newsmeta.Article):
        raise AssertionError(f"extract returned {type(article).__name__}")
    try:
        text = to_json(article)
    except newsmeta.NewsmetaError as exc:
        raise AssertionError(f"to_json(extract(...)) failed: {exc}") from None
    if from_json(text, newsmeta.Article) != article:
        raise AssertionError("extracted Article does not round-trip through JSON")


def t_extract_bytes(data: bytes) -> None:
    from newsmeta._extract import extract

    _check_article(extract(data, "https://news.example.com/a/1", now=NOW))


def t_extract_text(data: bytes) -> None:
    from newsmeta._extract import extract

    _check_article(extract(_text(data), now=NOW))


def t_extract_generated(data: bytes) -> None:
    from newsmeta._extract import extract

    html = news_page(_seed(data)).encode("utf-8", "surrogatepass")
    _check_article(extract(mutate(html, data[8:]), "https://news.example.com/a/1", now=NOW))


def t_extract_fixture(data: bytes) -> None:
    from newsmeta._extract import extract

    pages = fixture_pages()
    page = pages[data[0] % len(pages)] if data else pages[0]
    _check_article(extract(mutate(page, data[1:]), "https://news.example.com/a/1", now=NOW))


def t_extract_args(data: bytes) -> None:
    from newsmeta._extract import extract

    rng = _seed(data)
    text = _text(data[8:])
    encoding = rng.choice([text[:20], "punycode", "utf-7", "cp037", "rot13", "utf-16", None])
    headers = rng.choice(
        [None, {"AI-Disclosure": text[:200]}, {"Link": text[:200]}, {text[:10]: text[10:40]}]
    )
    url = rng.choice([None, text[:100], "https://x.example/" + text[:50], "file:///etc/x"])
    html = rng.choice(
        [
            rng.choice(fixture_pages()),
            f"<title>Café {text[:40]}</title><p>naïve</p>".encode("utf-8", "surrogatepass"),
            data[8:],
        ]
    )
    _check_article(extract(html, url, now=NOW, encoding=encoding, headers=headers))


def _model(data: bytes) -> type[Any]:
    from newsmeta import _models as m

    classes = [m.Article, m.Author, m.Comment, m.AggregateRating, m.AIDisclosure, m.Provenance]
    return classes[data[0] % len(classes)] if data else m.Article


def t_from_json(data: bytes) -> None:
    from newsmeta._serialize import from_json

    from_json(data[1:], _model(data))


def t_from_dict(data: bytes) -> None:
    from newsmeta._serialize import from_dict

    from_dict(_json(data[1:]), _model(data))


def t_from_jsonld(data: bytes) -> None:
    from newsmeta._jsonld import from_jsonld

    if data[:1] == b"\x01":  # a generated block
        block = jsonld_block(_seed(data[1:]))
        from_jsonld(block.split(">", 1)[1].rsplit("<", 1)[0])
    elif data[:1] == b"\x02":
        from_jsonld(_json(data[1:]))
    else:
        from_jsonld(data)


def t_validate(data: bytes) -> None:
    from newsmeta._validate import validate

    problems = validate(_json(data[1:]), _model(data))
    if not isinstance(problems, list):
        raise AssertionError("validate did not return a list")


def t_parse_date(data: bytes) -> None:
    from newsmeta._dates import parse_date

    rng = _seed(data)
    text = _text(data[8:]) if rng.random() < 0.7 else rng.choice(DATES) + _text(data[8:])[:20]
    parse_date(text, language=rng.choice([None, "en", "es", "de", "fr"]))


def t_parse_relative(data: bytes) -> None:
    from newsmeta._dates import parse_relative

    rng = _seed(data)
    text = _text(data[8:])
    if rng.random() < 0.5:
        text = f"{text[:12]} {rng.choice(['minutes', 'hours', 'days', 'months', 'años'])} ago"
    parse_relative(text, now=NOW, language=rng.choice([None, "en", "es", "de", "fr", "pt"]))


def _moment(rng: random.Random) -> _dt.datetime:
    seconds = rng.choice([rng.uniform(-1e10, 1e10), rng.uniform(-1e6, 1e6), 0.0])
    try:
        return NOW + _dt.timedelta(seconds=seconds)
    except OverflowError:
        return NOW


def t_humanize(data: bytes) -> None:
    from newsmeta._dates import humanize

    rng = _seed(data)
    humanize(
        _moment(rng),
        now=NOW,
        language=rng.choice(["en", "es", "de", "fr", "pt"]),
        renderer=rng.choice(["moment", "dayjs", "date-fns", "wordpress", "timeago", "arrow"]),
    )


def t_render_window(data: bytes) -> None:
    from newsmeta._dates import render_window

    rng = _seed(data)
    label = _text(data[8:])
    if rng.random() < 0.6:
        label = f"{rng.randint(0, 10**6)} {rng.choice(['minutes', 'days', 'months'])} ago"
    render_window(_moment(rng), label, language=rng.choice([None, "en", "es"]))


def t_extract_structured(data: bytes) -> None:
    """A hostile generator's page (1 KB to 1 MB, sizes log-uniform), mutated; within budget."""
    from hostile_generators import GENERATORS, generate

    from newsmeta._extract import extract

    rng = _seed(data)
    names = sorted(GENERATORS)
    name = names[data[0] % len(names)] if data else names[0]
    # Mostly small pages (a high rate), one in 64 large enough for a super-linear path to
    # show against the budget.
    top = 20 if rng.random() < 1 / 64 else 16
    size = int(2 ** rng.uniform(10, top))
    html = mutate(generate(name, size, rng.randrange(1 << 16)), data[8:40])
    start = time.perf_counter()
    article = extract(html, "https://news.example.com/a/1", now=NOW)
    elapsed = time.perf_counter() - start
    budget = 3.0 + 5.0 * len(html) / 1e6
    if elapsed > budget:
        raise TimeoutError(f"{name} at {len(html)} B took {elapsed:.1f}s (budget {budget:.1f}s)")
    _check_article(article)


def _warc(bodies: list[bytes], compress: bool) -> bytes:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=compress)
    for i, body in enumerate(bodies):
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
        writer.write_record(
            writer.create_warc_record(
                f"https://news.example/{i}", "response", payload=io.BytesIO(body),
                http_headers=headers,
            )
        )  # fmt: skip
    return buffer.getvalue()


def _batch_file(rng: random.Random, data: bytes, root: Path, i: int) -> None:
    """One input file of a random hostile kind in ``root``."""
    page = rng.choice(fixture_pages())
    kind = rng.randrange(9)
    if kind == 0:
        (root / f"{i}.html").write_bytes(mutate(page, data))
    elif kind == 1:  # gzip: corrupt, cut short, or with junk spliced in
        packed = gzip.compress(page)
        (root / f"{i}.html.gz").write_bytes(mutate(packed, data) if data else packed[:-9])
    elif kind == 2 and hasattr(os, "mkfifo"):
        os.mkfifo(root / f"{i}.html")
    elif kind == 3:
        (root / f"{i}.html").symlink_to(root / f"{i}.html")
    elif kind in (4, 5):
        try:
            archive = _warc([page, mutate(page, data)], compress=kind == 5)
        except ImportError:
            return
        cut = rng.randrange(len(archive) + 1)
        suffix = ".warc.gz" if kind == 5 else ".warc"
        (root / f"{i}{suffix}").write_bytes(rng.choice([archive[:cut], mutate(archive, data)]))
    elif kind == 6:
        lines = [json.dumps({"html": page.decode("utf-8", "replace")}).encode(), data, b"[]"]
        body = b"\n".join(rng.sample(lines, len(lines)))
        packed = rng.random() < 0.5
        name = f"{i}.jsonl.gz" if packed else f"{i}.jsonl"
        (root / name).write_bytes(mutate(gzip.compress(body), data) if packed else body)
    elif kind == 7:
        (root / f"{i}.html").mkdir()
    else:
        (root / f"{i}.warc").write_bytes(data)


class _Hang(Exception):
    pass


def _alarm(signum: int, frame: Any) -> None:
    raise _Hang("batch input did not finish within 20 s (a FIFO opened?)")


def t_batch_inputs(data: bytes) -> None:
    """A directory of hostile batch input: every record an article or a documented error."""
    from newsmeta.batch import extract_many, iter_inputs

    rng = _seed(data)
    root = Path(tempfile.mkdtemp(prefix="newsmeta-fuzz-"))
    previous = signal.signal(signal.SIGALRM, _alarm)
    signal.alarm(20)
    try:
        for i in range(1 + rng.randrange(4)):
            _batch_file(rng, data[8 + i * 16 : 8 + (i + 1) * 16 + rng.randrange(64)], root, i)
        inputs = list(iter_inputs([str(root)], glob="*"))
        for result in extract_many(inputs, jobs=1, now=NOW):
            if result.article is not None:
                _check_article(result.article)
            elif result.error_type not in BATCH_ERROR_TYPES:
                raise AssertionError(f"undocumented batch error type {result.error_type}")
            if result.error_type == "InternalError":
                raise AssertionError(f"extractor bug in batch: {result.error}")
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)
        shutil.rmtree(root, ignore_errors=True)


TARGETS: list[tuple[str, Callable[[bytes], None]]] = [
    ("extract_bytes", t_extract_bytes),
    ("extract_text", t_extract_text),
    ("extract_generated", t_extract_generated),
    ("extract_fixture", t_extract_fixture),
    ("extract_args", t_extract_args),
    ("extract_structured", t_extract_structured),
    ("batch_inputs", t_batch_inputs),
    ("from_json", t_from_json),
    ("from_dict", t_from_dict),
    ("from_jsonld", t_from_jsonld),
    ("validate", t_validate),
    ("parse_date", t_parse_date),
    ("parse_relative", t_parse_relative),
    ("humanize", t_humanize),
    ("render_window", t_render_window),
]


# --------------------------------------------------------------------------- bookkeeping


class Stats:
    def __init__(self, target_total: int, slow: float, report: str | None) -> None:
        self.target_total = target_total
        self.slow = slow
        self.report = report
        self.runs: Counter[str] = Counter()
        self.newsmeta_errors: Counter[str] = Counter()
        self.failures: dict[tuple[str, str, str], dict[str, Any]] = {}
        self.started = time.perf_counter()
        self.slowest: tuple[float, str, int] = (0.0, "", 0)

    @property
    def total(self) -> int:
        return sum(self.runs.values())

    def run(self, name: str, func: Callable[[bytes], None], data: bytes) -> None:
        import newsmeta

        start = time.perf_counter()
        try:
            func(data)
        except newsmeta.NewsmetaError as exc:
            self.newsmeta_errors[f"{name}:{type(exc).__name__}"] += 1
        except Exception as exc:  # the whole point: record, never stop
            self.record(name, exc, data)
        finally:
            elapsed = time.perf_counter() - start
            self.runs[name] += 1
            if elapsed > self.slowest[0]:
                self.slowest = (elapsed, name, len(data))
            if elapsed > self.slow:
                self.record(name, TimeoutError(f"{elapsed:.1f}s"), data)
        if self.total % 10_000 == 0:
            self.progress()

    def record(self, name: str, exc: BaseException, data: bytes) -> None:
        frames = traceback.extract_tb(exc.__traceback__)
        inner = next(
            (f"{Path(f.filename).name}:{f.lineno}" for f in reversed(frames) if SRC in f.filename),
            "-",
        )
        key = (name, type(exc).__name__, inner)
        entry = self.failures.get(key)
        if entry is None:
            entry = self.failures[key] = {"count": 0, "input": data, "message": str(exc)[:300]}
            entry["traceback"] = "".join(traceback.format_exception(exc))[-3000:]
        entry["count"] += 1
        if len(data) < len(entry["input"]):
            entry["input"] = data
            entry["message"] = str(exc)[:300]

    def progress(self) -> None:
        rate = self.total / max(1e-9, time.perf_counter() - self.started)
        print(
            f"[fuzz] {self.total} inputs, {len(self.failures)} failure signatures, {rate:.0f}/s",
            file=sys.stderr,
            flush=True,
        )

    def summary(self) -> dict[str, Any]:
        return {
            "inputs": self.total,
            "seconds": round(time.perf_counter() - self.started, 1),
            "per_target": dict(sorted(self.runs.items())),
            "newsmeta_errors": dict(sorted(self.newsmeta_errors.items())),
            "slowest": {
                "seconds": round(self.slowest[0], 3),
                "target": self.slowest[1],
                "bytes": self.slowest[2],
            },
            "failures": [
                {
                    "target": k[0],
                    "type": k[1],
                    "where": k[2],
                    "count": v["count"],
                    "message": v["message"],
                    "smallest_input": repr(v["input"][:400]),
                    "smallest_input_len": len(v["input"]),
                    "traceback": v["traceback"],
                }
                for k, v in sorted(self.failures.items(), key=lambda kv: -kv[1]["count"])
            ],
        }

    def finish(self) -> int:
        summary = self.summary()
        print(f"inputs run: {summary['inputs']} in {summary['seconds']} s")
        for name, count in summary["per_target"].items():
            fails = sum(f["count"] for f in summary["failures"] if f["target"] == name)
            print(f"  {name:18} {count:8d} inputs  {fails:6d} failures")
        print(f"slowest input: {summary['slowest']}")
        print(f"failure signatures: {len(summary['failures'])}")
        for f in summary["failures"]:
            print(f"- {f['target']}: {f['type']} at {f['where']} x{f['count']}: {f['message']}")
            print(f"  smallest input ({f['smallest_input_len']} B): {f['smallest_input']}")
        if self.report:
            Path(self.report).write_text(json.dumps(summary, indent=2), encoding="utf-8")
            print(f"report written to {self.report}")
        return 1 if summary["failures"] else 0


# --------------------------------------------------------------------------- engines


def run_atheris(stats: Stats, argv: list[str], max_len: int) -> None:
    import atheris  # type: ignore[import-untyped]

    with atheris.instrument_imports(include=["newsmeta"]):
        import newsmeta._dates
        import newsmeta._extract
        import newsmeta._jsonld
        import newsmeta._serialize
        import newsmeta._validate
        import newsmeta.testing  # noqa: F401

    fixture_pages()
    for name, func in TARGETS:  # warm every import before the clock matters
        stats.run(name, func, b"")

    def one_input(data: bytes) -> None:
        if not data:
            return
        name, func = TARGETS[data[0] % len(TARGETS)]
        stats.run(name, func, data[1:])
        if stats.total >= stats.target_total:
            code = stats.finish()
            sys.stdout.flush()
            os._exit(code)

    atheris.Setup(
        [argv[0], f"-max_len={max_len}", "-rss_limit_mb=4096", "-timeout=600", *argv[1:]],
        one_input,
    )
    atheris.Fuzz()


def run_hypothesis(stats: Stats, seed: int | None) -> int:
    from hypothesis import HealthCheck, given, settings
    from hypothesis import strategies as st

    text = st.text(alphabet=st.characters(codec=None, exclude_categories=()), max_size=400)
    json_values = st.recursive(
        st.one_of(st.none(), st.booleans(), st.integers(), st.floats(), text),
        lambda inner: st.one_of(
            st.lists(inner, max_size=4), st.dictionaries(text, inner, max_size=4)
        ),
        max_leaves=20,
    )
    as_bytes = text.map(lambda s: s.encode("utf-8", "surrogatepass"))
    as_json = json_values.map(lambda v: json.dumps(v).encode("utf-8", "surrogatepass"))
    shaped: dict[str, st.SearchStrategy[bytes]] = {
        "extract_bytes": st.one_of(st.binary(max_size=3000), as_bytes),
        "extract_text": as_bytes,
        "from_json": st.builds(lambda b, j: bytes([b]) + j, st.integers(0, 255), as_json),
        "from_dict": st.builds(lambda b, j: bytes([b]) + j, st.integers(0, 255), as_json),
        "validate": st.builds(lambda b, j: bytes([b]) + j, st.integers(0, 255), as_json),
        "from_jsonld": st.one_of(
            st.binary(min_size=9, max_size=9).map(lambda b: b"\x01" + b),
            as_json.map(lambda j: b"\x02" + j),
            as_json,
        ),
    }
    default = st.binary(min_size=8, max_size=400)
    fixture_pages()
    per_target = max(1, -(-stats.target_total // len(TARGETS)))  # at least --inputs in all

    def make(name: str, func: Callable[[bytes], None]) -> Callable[[], None]:
        @settings(
            max_examples=per_target,
            deadline=None,
            database=None,
            derandomize=seed is not None,
            suppress_health_check=list(HealthCheck),
        )
        @given(data=shaped.get(name, default))
        def fuzz(data: bytes) -> None:
            stats.run(name, func, data)

        return fuzz

    for name, func in TARGETS:
        make(name, func)()
    return stats.finish()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--inputs", type=int, default=100_000, help="inputs to run in total")
    parser.add_argument("--engine", choices=["auto", "atheris", "hypothesis"], default="auto")
    parser.add_argument("--slow", type=float, default=5.0, help="seconds that count as a hang")
    parser.add_argument("--max-len", type=int, default=4096, help="atheris: longest input")
    parser.add_argument("--seed", type=int, default=None, help="hypothesis: derandomize")
    parser.add_argument("--report", default=None, help="write a JSON report here")
    args, rest = parser.parse_known_args(argv)
    stats = Stats(args.inputs, args.slow, args.report)
    engine = args.engine
    if engine == "auto":
        try:
            import atheris  # noqa: F401
        except ImportError:
            engine = "hypothesis"
        else:
            engine = "atheris"
    print(f"[fuzz] engine={engine} inputs={args.inputs}", file=sys.stderr, flush=True)
    if engine == "atheris":
        run_atheris(stats, [sys.argv[0], *rest], args.max_len)
        return stats.finish()  # pragma: no cover - atheris exits from one_input
    return run_hypothesis(stats, args.seed)


if __name__ == "__main__":
    sys.exit(main())
