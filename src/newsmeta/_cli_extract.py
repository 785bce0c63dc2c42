"""``newsmeta extract PATH...``: pages in (files, directories, stdin, JSON Lines, WARC),
article metadata out (one pretty JSON article, JSON-LD, or JSON Lines in input order).

Exit codes: 0 every page extracted, 1 some pages failed, 2 usage error (missing input, a
URL given instead of a page, no pages found, bad ``--now``/``--jobs``/``--encoding``/
``--fields``, an option that does not fit the inputs), 130 interrupted.
"""

from __future__ import annotations

import argparse
import codecs
import contextlib
import datetime as _dt
import os
import re
import sys
import time
from collections.abc import Iterator
from typing import TextIO

import attrs

from newsmeta._batch import (
    BatchInput,
    BatchResult,
    _extract_one,
    extract_many,
    input_kind,
    iter_inputs,
    resolve_jobs,
)
from newsmeta._errors import NewsmetaError, ParseError
from newsmeta._models import Article
from newsmeta._settings import DEFAULT_LIMITS

__all__ = ["add_extract_arguments", "run_extract"]

_PROG = "newsmeta extract"
_SINGLE_PAGE_KINDS = ("html", "stdin")
_SURROGATE = re.compile("[\ud800-\udfff]")


def add_extract_arguments(parser: argparse.ArgumentParser) -> None:
    """Add the ``extract`` subcommand's arguments to ``parser``."""
    parser.add_argument(
        "paths",
        nargs="+",
        metavar="PATH",
        help="HTML file (.gz too), directory, - for stdin, JSON Lines (.jsonl[.gz], .ndjson) "
        'of {"url", "html"} records, or WARC (.warc[.gz])',
    )
    parser.add_argument("--url", help="the URL the page was fetched from (a single page input)")
    parser.add_argument(
        "--now",
        metavar="ISO",
        help="the time the pages were fetched, ISO 8601 (relative dates are read against "
        "it; default: now)",
    )
    parser.add_argument(
        "--format",
        choices=("json", "jsonl", "jsonld"),
        default=None,
        help="json: one pretty Article; jsonld: schema.org JSON-LD; jsonl: one record per "
        "page (default for several pages)",
    )
    parser.add_argument(
        "--jobs",
        "-j",
        type=int,
        default=None,
        metavar="N",
        help="worker processes (default: one, in this process, until the batch is big "
        "enough to gain from every core; 1: never a pool)",
    )
    parser.add_argument(
        "--glob",
        default="*.htm*",
        metavar="PATTERN",
        help="file names to read in directories (default: *.htm*)",
    )
    parser.add_argument(
        "--encoding",
        metavar="ENC",
        help="charset of pages that do not declare one (HTTP header hint)",
    )
    parser.add_argument(
        "--body-format",
        choices=("text", "markdown", "html"),
        default="text",
        help="the body as plain text (default), Markdown or clean HTML; for one page "
        "without --format, markdown and html print the body alone",
    )
    parser.add_argument(
        "--metadata-only",
        action="store_true",
        help="skip the body, comments, rating and AI disclosure (faster)",
    )
    parser.add_argument(
        "--fields",
        metavar="NAMES",
        help="comma-separated Article fields to write (e.g. title,authors,date_published); "
        "json and jsonl formats",
    )
    parser.add_argument(
        "--no-provenance",
        action="store_true",
        help="leave the provenance (evidence, warnings) out of the output",
    )


def _fail(message: str) -> int:
    print(f"{_PROG}: {message}", file=sys.stderr)
    return 2


def _parse_now(text: str) -> _dt.datetime:
    value = text.strip()
    if value[-1:] in ("Z", "z"):
        value = value[:-1] + "+00:00"
    try:
        moment = _dt.datetime.fromisoformat(value)
    except ValueError:
        raise ParseError(f"--now {text!r} is not an ISO 8601 date or date-time") from None
    return moment if moment.utcoffset() is not None else moment.replace(tzinfo=_dt.timezone.utc)


# --------------------------------------------------------------------------- worker side


def _select(record: dict[str, object], keep: frozenset[str] | None) -> dict[str, object]:
    """The record with its article reduced to the ``keep`` fields (None: all)."""
    article = record.get("article")
    if keep is not None and isinstance(article, dict):
        record["article"] = {k: v for k, v in article.items() if k in keep}
    return record


def _with_body(article: Article, body_format: str) -> Article:
    """``article`` with its body rendered as ``body_format`` (text: unchanged)."""
    if body_format == "text" or article.body is None:
        return article
    from newsmeta._body import to_html, to_markdown

    rendered = (to_markdown if body_format == "markdown" else to_html)(article).strip()
    return attrs.evolve(article, body=rendered or None)


def _render(
    result: BatchResult, keep: frozenset[str] | None = None, body_format: str = "text"
) -> tuple[bool, str]:
    from newsmeta._serialize import dumps

    if result.article is not None and body_format != "text":
        result = attrs.evolve(result, article=_with_body(result.article, body_format))

    try:
        return result.ok, dumps(_select(result.to_record(), keep))
    except NewsmetaError as exc:  # e.g. text that cannot be written as UTF-8
        failed = BatchResult(
            _clean(result.source),
            None if result.url is None else _clean(result.url),
            None,
            type(exc).__name__,
            _clean(str(exc)),
        )
        return False, dumps(failed.to_record())


def _clean(text: str) -> str:
    """Text made writable as UTF-8 (lone surrogates become U+FFFD)."""
    return _SURROGATE.sub("\ufffd", text)


# --------------------------------------------------------------------------- progress


class _Progress:
    """``N pages, R pages/s, E errors`` on one stderr line, only when stderr is a terminal."""

    def __init__(self, stream: TextIO) -> None:
        isatty = getattr(stream, "isatty", None)
        self.stream = stream
        self.enabled = bool(isatty and isatty())
        self.start = time.monotonic()
        self.last = 0.0
        self.pages = 0
        self.errors = 0

    def update(self, ok: bool) -> None:
        self.pages += 1
        self.errors += 0 if ok else 1
        if self.enabled:
            now = time.monotonic()
            if now - self.last >= 0.2:
                self.last = now
                self._draw(now)

    def _draw(self, now: float) -> None:
        rate = self.pages / max(now - self.start, 1e-9)
        self.stream.write(
            f"\r{_plural(self.pages, 'page')}, {rate:.1f} pages/s, "
            f"{_plural(self.errors, 'error')}\x1b[K"
        )
        self.stream.flush()

    def close(self) -> None:
        if self.enabled:
            self._draw(time.monotonic())
            self.stream.write("\n")
            self.stream.flush()


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


# --------------------------------------------------------------------------- run

_URL = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*://")


def _fields(text: str | None, no_provenance: bool) -> frozenset[str] | None:
    """The Article fields to write (None: all), ParseError for an unknown name."""
    from newsmeta._fields import fields_of
    from newsmeta._models import Article
    from newsmeta._validate import suggest

    names = [info.name for info in fields_of(Article)]
    if text is None:
        keep = set(names)
    else:
        keep = set()
        for raw in text.split(","):
            name = raw.strip()
            if not name:
                continue
            if name not in names:
                guess = suggest(name, names)
                hint = f" (did you mean {guess!r}?)" if guess else ""
                raise ParseError(f"--fields: Article has no field {name!r}{hint}")
            keep.add(name)
    if no_provenance:
        keep.discard("provenance")
    return None if keep == set(names) else frozenset(keep)


def _check_args(args: argparse.Namespace) -> tuple[list[str], str, int | None, _dt.datetime]:
    """Validated (paths, format, jobs, now); ParseError with the usage message otherwise."""
    paths = [os.fspath(p) for p in args.paths]
    for path in paths:
        if path != "-" and not os.path.exists(path):
            if _URL.match(path):
                raise ParseError(
                    f"{path} is a URL: newsmeta never fetches pages. Fetch the page and pipe "
                    f"it in:\n  curl -s {path} | newsmeta extract - --url {path}"
                )
            raise ParseError(f"{path}: no such file or directory")
    if paths.count("-") > 1:
        raise ParseError("- (stdin) can be given only once")
    kinds = [input_kind(p) for p in paths]
    single_page = len(paths) == 1 and kinds[0] in _SINGLE_PAGE_KINDS
    fmt = args.format or ("json" if single_page else "jsonl")
    if fmt in ("json", "jsonld") and not single_page:
        raise ParseError(
            f"--format {fmt} prints one page: give one HTML file or -, or use --format jsonl"
        )
    if args.url is not None and not single_page:
        raise ParseError("--url needs a single page input (one HTML file or -)")
    if "warc" in kinds:
        from newsmeta._batch import _warcio

        _warcio()
    if args.encoding is not None:
        try:
            codecs.lookup(args.encoding)
        except (LookupError, ValueError):
            raise ParseError(f"--encoding {args.encoding!r} is not a known encoding") from None
    if args.jobs is not None:
        try:
            resolve_jobs(args.jobs)
        except ParseError:
            raise ParseError(f"--jobs must be a positive integer, not {args.jobs}") from None
    jobs = args.jobs
    now = _parse_now(args.now) if args.now is not None else _dt.datetime.now(_dt.timezone.utc)
    return paths, fmt, jobs, now


def run_extract(args: argparse.Namespace) -> int:
    """Run ``newsmeta extract`` with parsed arguments; returns the exit code."""
    try:
        paths, fmt, jobs, now = _check_args(args)
        keep = _fields(args.fields, args.no_provenance)
        if keep is not None and fmt == "jsonld":
            raise ParseError("--fields and --no-provenance work with --format json or jsonl")
    except ParseError as exc:
        return _fail(str(exc))
    inputs = iter_inputs(paths, glob=args.glob, encoding=args.encoding)
    if args.url is not None:  # a single page (checked above)
        url = args.url
        inputs = (attrs.evolve(item, url=url) for item in inputs)
    content = not args.metadata_only
    body_format = args.body_format
    if fmt != "jsonl":
        alone = args.format is None and body_format != "text"
        return _single(inputs, "body" if alone else fmt, now, content, keep, body_format)
    return _many(inputs, jobs, now, content, keep, body_format)


def _single(
    inputs: Iterator[BatchInput],
    fmt: str,
    now: _dt.datetime,
    content: bool,
    keep: frozenset[str] | None,
    body_format: str = "text",
) -> int:
    item = next(inputs)
    result = _extract_one(item, now, DEFAULT_LIMITS, content)
    if result.article is None:
        print(f"{result.source}: {result.error_type}: {result.error}", file=sys.stderr)
        return 1
    if fmt == "body":  # the body alone, as Markdown or HTML
        from newsmeta._body import to_html, to_markdown

        render = to_markdown if body_format == "markdown" else to_html
        sys.stdout.write(render(result.article))
        return 0
    article = _with_body(result.article, body_format)
    try:
        from newsmeta._serialize import dumps

        if fmt == "jsonld":
            from newsmeta._jsonld import to_jsonld

            text = dumps(to_jsonld(article), indent=2, what="Article")
        else:
            from newsmeta._serialize import to_dict

            data = to_dict(article)
            if keep is not None:
                data = {k: v for k, v in data.items() if k in keep}
            text = dumps(data, indent=2, what="Article")
    except NewsmetaError as exc:
        print(f"{result.source}: {type(exc).__name__}: {exc}", file=sys.stderr)
        return 1
    sys.stdout.write(text + "\n")
    return 0


def _many(
    inputs: Iterator[BatchInput],
    jobs: int | None,
    now: _dt.datetime,
    content: bool,
    keep: frozenset[str] | None,
    body_format: str = "text",
) -> int:
    progress = _Progress(sys.stderr)
    results = extract_many(inputs, jobs=jobs, now=now, limits=DEFAULT_LIMITS, content=content)
    out = sys.stdout
    try:
        with contextlib.closing(results):  # type: ignore[type-var]
            for result in results:
                ok, line = _render(result, keep, body_format)
                out.write(line + "\n")
                progress.update(ok)
    except KeyboardInterrupt:
        progress.close()
        print(f"{_PROG}: interrupted after {_plural(progress.pages, 'page')}", file=sys.stderr)
        return 130
    except NewsmetaError as exc:  # a reader that cannot start (e.g. warcio missing)
        progress.close()
        return _fail(str(exc))
    progress.close()
    if progress.pages == 0:
        return _fail("no pages found (an empty directory, or no file matches --glob)")
    return 1 if progress.errors else 0
