"""Batch extraction: many pages in, results out in input order, on all cores.

* :func:`extract_many` runs :func:`newsmeta._extract.extract` over an iterable of pages,
  in-process (``jobs=1``) or in a process pool that holds at most ``window`` chunks of
  ``chunksize`` pages in flight, so memory stays bounded however long the input is.
* :func:`iter_inputs` reads pages from files, directories, standard input, JSON Lines and
  WARC files (the latter through the optional ``warcio`` package).

Every per-page failure (a newsmeta error, an unexpected exception, even a worker process
dying) becomes a :class:`BatchResult` with ``error_type``/``error`` set; a run is never
aborted by one bad page.
"""

from __future__ import annotations

import datetime as _dt
import fnmatch
import functools
import gzip
import importlib
import itertools
import json
import os
import signal
import stat
import sys
import typing
import zlib
from collections import deque
from collections.abc import Callable, Generator, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from itertools import islice
from typing import IO, Any, TypeVar

import attrs

from newsmeta._errors import NewsmetaError, ParseError
from newsmeta._models import Article
from newsmeta._settings import DEFAULT_LIMITS, Limits

__all__ = [
    "BatchInput",
    "BatchResult",
    "extract_many",
    "input_kind",
    "iter_inputs",
]

X = TypeVar("X")
Y = TypeVar("Y")

DEFAULT_CHUNKSIZE = 8
"""Pages sent to a worker at a time (a page takes ~5-50 ms; a chunk amortises the IPC)."""

WINDOW_PER_JOB = 4
"""Chunks in flight per worker: slack so that one slow page at the head of the line (output
stays in input order) does not leave the other workers idle."""

_JSONL_SUFFIXES = (".jsonl", ".jsonl.gz", ".ndjson", ".ndjson.gz")
_WARC_SUFFIXES = (".warc", ".warc.gz")
_WARC_HINT = "reading WARC files needs the warcio package: pip install newsmeta[warc]"

ERROR_TYPES = (
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
)
"""Every ``error_type`` a batch record can carry (docs/batch.md explains each)."""
_GZIP_ERRORS = (gzip.BadGzipFile, EOFError, zlib.error)


# --------------------------------------------------------------------------- records


def _headers_converter(value: Any) -> tuple[tuple[str, str], ...]:
    if value is None:
        return ()
    items = value.items() if hasattr(value, "items") else value
    return tuple((str(k), str(v)) for k, v in items)


@attrs.frozen
class BatchInput:
    """One page to extract, as the readers produce it.

    ``source`` names where it came from (a file path, ``<file>:<line>`` for JSON Lines,
    ``<file>#<WARC-Record-ID>`` for WARC); ``encoding`` is a charset hint (the HTTP
    header's); ``headers`` the response headers, when known. A reader that could not read
    a page yields a record with ``error_type``/``error`` set (``html`` is then empty).
    """

    source: str
    url: str | None = None
    html: bytes | str = b""
    encoding: str | None = None
    headers: tuple[tuple[str, str], ...] = attrs.field(default=(), converter=_headers_converter)
    error_type: str | None = None
    error: str | None = None


@attrs.frozen
class BatchResult:
    """The outcome of one page: an ``article`` or an error (``error_type`` and ``error``)."""

    source: str
    url: str | None
    article: Article | None = None
    error_type: str | None = None
    """The exception class name (``ParseError``, ``LimitExceededError``, ``WorkerCrashed``...)."""
    error: str | None = None
    """The error message."""

    @property
    def ok(self) -> bool:
        """True when the page was extracted."""
        return self.article is not None

    def to_record(self) -> dict[str, Any]:
        """The JSON Lines record written by ``newsmeta extract``.

        ``{"source", "url", "article": {...}}`` or
        ``{"source", "url", "error": {"type", "message"}}``.
        """
        from newsmeta._serialize import to_dict

        record: dict[str, Any] = {"source": self.source, "url": self.url}
        if self.article is not None:
            record["article"] = to_dict(self.article)
        else:
            record["error"] = {"type": self.error_type or "Error", "message": self.error or ""}
        return record


def _read_error_type(exc: BaseException) -> str:
    """The documented ``error_type`` of an exception raised while reading an input."""
    if isinstance(exc, NewsmetaError):
        return type(exc).__name__
    if isinstance(exc, (FileNotFoundError, PermissionError)):
        return type(exc).__name__
    if isinstance(exc, _GZIP_ERRORS):
        return "BadGzipFile"
    return "ReadError"


def _error_input(
    source: str, url: str | None, exc: BaseException | str, kind: str = ""
) -> BatchInput:
    if isinstance(exc, BaseException):
        message = str(exc) or type(exc).__name__
        if isinstance(exc, zlib.error):
            message = f"corrupt compressed data: {message}"
        elif isinstance(exc, EOFError):
            message = f"cut short: {message}"
        return BatchInput(source, url, error_type=kind or _read_error_type(exc), error=message)
    return BatchInput(source, url, error_type=kind or "ParseError", error=exc)


# --------------------------------------------------------------------------- per-page work


def _extract_one(
    item: BatchInput, now: _dt.datetime, limits: Limits, content: bool = True
) -> BatchResult:
    """Extract one page; every exception becomes an error result."""
    if item.error_type is not None or item.error is not None:
        return BatchResult(
            item.source, item.url, error_type=item.error_type or "ParseError", error=item.error
        )
    from newsmeta._extract import extract

    try:
        article = extract(
            item.html,
            item.url,
            now=now,
            encoding=item.encoding,
            headers=_joined_headers(item.headers) if item.headers else None,
            limits=limits,
            content=content,
        )
    except NewsmetaError as exc:
        return BatchResult(item.source, item.url, error_type=type(exc).__name__, error=str(exc))
    except Exception as exc:  # a bug in an extractor must not end a crawl
        return BatchResult(
            item.source,
            item.url,
            error_type="InternalError",
            error=f"{type(exc).__name__}: {exc}" if str(exc) else repr(exc),
        )
    return BatchResult(item.source, item.url, article)


def _joined_headers(pairs: tuple[tuple[str, str], ...]) -> dict[str, str]:
    out: dict[str, str] = {}
    for name, value in pairs:
        key = name.lower()
        out[key] = f"{out[key]}, {value}" if key in out else value
    return out


def _extract_chunk(
    chunk: list[BatchInput], now: _dt.datetime, limits: Limits, content: bool = True
) -> list[BatchResult]:
    return [_extract_one(item, now, limits, content) for item in chunk]


def _crashed(item: BatchInput, message: str) -> BatchResult:
    return BatchResult(item.source, item.url, error_type="WorkerCrashed", error=message)


def _worker_init() -> None:
    """Pool initialiser: the parent handles Ctrl-C; load the extractors once per worker."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        from newsmeta._extract import _engine

        _engine._sources()
    except Exception:  # a failing import shows up as per-page errors later
        pass


# --------------------------------------------------------------------------- the ordered pool


def ordered_map(
    func: Callable[[list[X]], list[Y]],
    items: Iterable[X],
    *,
    jobs: int,
    chunksize: int,
    window: int,
    on_crash: Callable[[X, str], Y],
    mp_context: Any = None,
) -> Generator[Y, None, None]:
    """``func`` over chunks of ``items`` in a process pool, outputs in input order.

    At most ``window`` chunks are submitted and not yet yielded, so at most
    ``window * chunksize`` items are read ahead of the consumer. ``func`` must be picklable
    and return one output per item. A chunk that failed (its worker died, or ``func``
    raised, or its output could not be sent back) is re-run one item at a time, each alone
    in the pool, so the failure is pinned on its item, which yields
    ``on_crash(item, message)``.
    KeyboardInterrupt (or closing the generator) cancels pending chunks and shuts the pool
    down.
    """
    it = iter(items)

    def new_pool() -> ProcessPoolExecutor:
        return ProcessPoolExecutor(
            max_workers=jobs, mp_context=mp_context, initializer=_worker_init
        )

    pool = new_pool()
    pending: deque[tuple[list[X], Future[list[Y]]]] = deque()

    def submit(chunk: list[X]) -> Future[list[Y]]:
        try:
            return pool.submit(func, chunk)
        except BrokenProcessPool as exc:  # a worker died since the last result: recover below
            failed: Future[list[Y]] = Future()
            failed.set_exception(exc)
            return failed

    def recover() -> Iterator[Y]:
        """After a failed chunk: finish what is in flight, then re-run every failed chunk
        one item at a time with nothing else in the pool, so a failure is pinned on its item."""
        nonlocal pool
        slots = list(pending)
        pending.clear()
        wait([future for _, future in slots])
        if any(isinstance(f.exception(), BrokenProcessPool) for _, f in slots):
            pool.shutdown(wait=True)
            pool = new_pool()
        for chunk, future in slots:
            if future.exception() is None:
                yield from future.result()
                continue
            for item in chunk:
                try:
                    result = submit([item]).result()
                except BrokenProcessPool:
                    pool.shutdown(wait=True)
                    pool = new_pool()
                    yield on_crash(item, "the worker process died on this page")
                except Exception as exc:  # e.g. a result that cannot be pickled
                    yield on_crash(item, f"{type(exc).__name__}: {exc}")
                else:
                    yield from result

    try:
        exhausted = False
        while True:
            while not exhausted and len(pending) < window:
                chunk = list(islice(it, chunksize))
                if not chunk:
                    exhausted = True
                    break
                pending.append((chunk, submit(chunk)))
            if not pending:
                return
            head = pending[0][1]
            if head.exception() is not None:  # waits for the head chunk
                yield from recover()
                continue
            pending.popleft()
            yield from head.result()
    except BaseException:  # KeyboardInterrupt, GeneratorExit: stop queued work now
        for _, future in pending:
            future.cancel()
        raise
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


# --------------------------------------------------------------------------- extract_many


def _as_input(index: int, item: Any) -> BatchInput:
    if isinstance(item, BatchInput):
        return item
    source = f"#{index}"
    if isinstance(item, (bytes, bytearray, str)):
        return BatchInput(source, None, bytes(item) if isinstance(item, bytearray) else item)
    if isinstance(item, tuple) and len(item) == 2:
        html, url = item
        if not isinstance(html, (bytes, str)):
            return _error_input(
                source, None, f"html must be bytes or str, not {type(html).__name__}"
            )
        if url is not None and not isinstance(url, str):
            return _error_input(source, None, f"url must be a str, not {type(url).__name__}")
        return BatchInput(source, url, html)
    return _error_input(
        source,
        None,
        f"an item must be an (html, url) tuple or a BatchInput, not {type(item).__name__}",
    )


def _positive(name: str, value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise ParseError(f"{name} must be a positive integer, not {value!r}")
    return value


AUTO_POOL_MIN_PAGES = 100
"""With ``jobs=None``, batches shorter than this run in-process: starting worker processes
(each imports the extractors) costs more than the cores gain on a few dozen pages."""


def resolve_jobs(jobs: int | None) -> int:
    """``jobs`` checked; ``None`` means every core (``os.cpu_count()``)."""
    if jobs is None:
        return os.cpu_count() or 1
    return _positive("jobs", jobs)


def _auto(
    inputs: Iterator[BatchInput],
    run: Callable[[Iterator[BatchInput], int], Iterator[BatchResult]],
) -> Generator[BatchResult, None, None]:
    """Read ahead up to AUTO_POOL_MIN_PAGES pages, then run in-process or on every core."""
    head = list(islice(inputs, AUTO_POOL_MIN_PAGES))
    cores = os.cpu_count() or 1
    n_jobs = cores if len(head) >= AUTO_POOL_MIN_PAGES and cores > 1 else 1
    yield from run(itertools.chain(head, inputs), n_jobs)


def _batch_now(now: _dt.datetime | _dt.date | None) -> _dt.datetime:
    """One aware "now" for the whole batch (the same rules as ``extract``)."""
    from newsmeta._extract._engine import aware_now

    return aware_now(now)


def extract_many(
    items: Iterable[BatchInput | tuple[bytes | str, str | None] | bytes | str],
    *,
    jobs: int | None = None,
    now: _dt.datetime | _dt.date | None = None,
    chunksize: int = DEFAULT_CHUNKSIZE,
    limits: Limits = DEFAULT_LIMITS,
    window: int | None = None,
    mp_context: Any = None,
    content: bool = True,
) -> Iterator[BatchResult]:
    """Extract every page of ``items``, yielding one :class:`BatchResult` per page, in order.

    ``items`` are ``(html, url)`` tuples or :class:`BatchInput` records (as
    :func:`iter_inputs` yields them); they are read lazily. ``jobs`` is the number of
    worker processes; ``jobs=1`` runs in this process, no pool. The default (None) reads
    ahead up to ``AUTO_POOL_MIN_PAGES`` (100) pages: a shorter batch runs in this process,
    a longer one on every core.
    ``now`` is the moment relative dates are read against, the same for every page
    (default: the time of this call). At most ``window`` chunks of ``chunksize`` pages
    (default window: ``4 * jobs``) are in flight, so memory stays bounded. Per-page
    failures are results, not exceptions (``error_type`` ``WorkerCrashed`` when a page
    killed its worker process). ``mp_context`` is a :mod:`multiprocessing` context for the
    pool (default: the platform's). ``content=False`` extracts metadata only (see
    :func:`newsmeta.extract`). Raises :class:`newsmeta.ParseError` for bad arguments.
    """
    if jobs is not None:
        resolve_jobs(jobs)
    size = _positive("chunksize", chunksize)
    if window is not None:
        _positive("window", window)
    moment = _batch_now(now)
    if not isinstance(limits, Limits):
        raise ParseError(f"limits must be a Limits, not {type(limits).__name__}")
    if not isinstance(content, bool):
        raise ParseError(f"content must be a bool, not {type(content).__name__}")
    if not isinstance(items, Iterable) or isinstance(items, (str, bytes)):
        raise ParseError(f"items must be an iterable of pages, not {type(items).__name__}")
    inputs = (_as_input(i, item) for i, item in enumerate(items))

    def run(pages: Iterator[BatchInput], n_jobs: int) -> Iterator[BatchResult]:
        if n_jobs == 1:
            return (_extract_one(item, moment, limits, content) for item in pages)
        return ordered_map(
            functools.partial(_extract_chunk, now=moment, limits=limits, content=content),
            pages,
            jobs=n_jobs,
            chunksize=size,
            window=WINDOW_PER_JOB * n_jobs if window is None else window,
            on_crash=_crashed,
            mp_context=mp_context,
        )

    if jobs is None:
        return _auto(inputs, run)
    return run(inputs, jobs)


# --------------------------------------------------------------------------- readers


def input_kind(path: str) -> str:
    """``stdin``, ``dir``, ``jsonl``, ``warc`` or ``html`` (by name; ``dir`` if a directory)."""
    if path == "-":
        return "stdin"
    name = path.lower()
    if name.endswith(_JSONL_SUFFIXES):
        return "jsonl"
    if name.endswith(_WARC_SUFFIXES):
        return "warc"
    if os.path.isdir(path):
        return "dir"
    return "html"


def _too_large(source: str, url: str | None, limits: Limits) -> BatchInput:
    return BatchInput(
        source,
        url,
        error_type="LimitExceededError",
        error=f"page is larger than max_input_bytes ({limits.max_input_bytes})",
    )


def _read_bounded(fh: IO[bytes], limits: Limits) -> bytes | None:
    data = fh.read(limits.max_input_bytes + 1)
    return None if len(data) > limits.max_input_bytes else data


def _open_binary(path: str) -> IO[bytes]:
    if path.lower().endswith(".gz"):
        return typing.cast(IO[bytes], gzip.open(path, "rb"))
    return open(path, "rb")


def _read_html_file(path: str, encoding: str | None, limits: Limits) -> BatchInput:
    try:
        with _open_binary(path) as fh:
            data = _read_bounded(fh, limits)
    except (OSError, *_GZIP_ERRORS) as exc:
        return _error_input(path, None, exc)
    if data is None:
        return _too_large(path, None, limits)
    return BatchInput(path, None, data, encoding)


def _read_stdin(encoding: str | None, limits: Limits) -> BatchInput:
    stream = getattr(sys.stdin, "buffer", None)
    try:
        if stream is not None:
            data = _read_bounded(stream, limits)
        else:  # a text stream without bytes underneath (embedded interpreters, tests)
            text = sys.stdin.read()
            data = text.encode("utf-8")
            encoding = encoding or "utf-8"
            if len(data) > limits.max_input_bytes:
                data = None
    except OSError as exc:
        return _error_input("<stdin>", None, exc)
    if data is None:
        return _too_large("<stdin>", None, limits)
    return BatchInput("<stdin>", None, data, encoding)


def _json_type(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, (int, float)):
        return "a number"
    return "a string" if isinstance(value, str) else "an array"


def _jsonl_record(source: str, line: bytes) -> BatchInput:
    try:
        data = json.loads(line)
    except (ValueError, RecursionError) as exc:
        return _error_input(source, None, f"invalid JSON: {exc}")
    if not isinstance(data, dict):
        return _error_input(source, None, f"a record must be a JSON object, not {_json_type(data)}")
    url = data.get("url")
    if url is not None and not isinstance(url, str):
        return _error_input(source, None, f"url must be a string, not {_json_type(url)}")
    html = data.get("html")
    if not isinstance(html, str):
        what = "missing" if html is None else f"must be a string, not {_json_type(html)}"
        return _error_input(source, url, f"html {what}")
    return BatchInput(source, url, html)


def _iter_jsonl(path: str, limits: Limits) -> Iterator[BatchInput]:
    # JSON escapes make a line longer than its page: allow twice the page limit and 1 MB.
    max_line = 2 * limits.max_input_bytes + 1024 * 1024
    number = 0
    try:
        with _open_binary(path) as fh:
            while True:
                line = fh.readline(max_line + 1)
                if not line:
                    return
                number += 1
                source = f"{path}:{number}"
                if len(line) > max_line and not line.endswith(b"\n"):
                    while True:  # skip the rest of the line without keeping it
                        rest = fh.readline(1024 * 1024)
                        if not rest or rest.endswith(b"\n"):
                            break
                    yield _too_large(source, None, limits)
                    continue
                if not line.strip():
                    continue
                yield _jsonl_record(source, line)
    except (OSError, *_GZIP_ERRORS) as exc:
        yield _error_input(f"{path}:{number + 1}" if number else path, None, exc)


def _warcio() -> Any:
    try:
        return importlib.import_module("warcio.archiveiterator")
    except ImportError:
        raise ParseError(_WARC_HINT) from None


def _charset(content_type: str) -> str | None:
    for part in content_type.split(";")[1:]:
        key, _, value = part.partition("=")
        if key.strip().lower() == "charset":
            value = value.strip().strip("\"'")
            return value[:40] or None
    return None


class _CutShort(Exception):
    """A compressed WARC ends inside a gzip member (warcio would read that as a clean end)."""


class _StrictGzip:
    """A gzip stream whose early end is an error: warcio takes ``EOFError`` for the end."""

    def __init__(self, path: str) -> None:
        self._fh = gzip.open(path, "rb")  # noqa: SIM115 - closed by close()

    def read(self, size: int = -1) -> bytes:
        try:  # read1: what was decompressed before the cut is returned before the error
            return self._fh.read1(size)
        except EOFError as exc:
            raise _CutShort(str(exc)) from None

    def close(self) -> None:
        self._fh.close()


def _open_warc(path: str) -> Any:
    """The WARC file; gunzipped by :mod:`gzip` (which notices a cut) when it is gzip."""
    with open(path, "rb") as probe:
        compressed = probe.read(2) == b"\x1f\x8b"
    return _StrictGzip(path) if compressed else open(path, "rb")


def _iter_warc(path: str, encoding: str | None, limits: Limits) -> Iterator[BatchInput]:
    archive = _warcio()
    records = 0
    try:
        fh = _open_warc(path)
    except (OSError, *_GZIP_ERRORS) as exc:
        yield _error_input(path, None, exc)
        return
    try:
        for record in archive.ArchiveIterator(fh):
            if record.rec_type != "response" or record.http_headers is None:
                continue
            content_type = record.http_headers.get_header("Content-Type") or ""
            if "html" not in content_type.lower():
                continue
            record_id = record.rec_headers.get_header("WARC-Record-ID") or "?"
            url = record.rec_headers.get_header("WARC-Target-URI")
            source = f"{path}#{record_id}"
            records += 1
            try:
                data = _read_bounded(record.content_stream(), limits)
            except _CutShort as exc:
                yield _error_input(source, url, f"record cut short: {exc}", "TruncatedRecord")
                return
            except Exception as exc:  # a damaged record: report it, keep reading
                yield _error_input(source, url, exc, "ArchiveLoadFailed")
                continue
            if data is None:
                yield _too_large(source, url, limits)
                continue
            missing = getattr(record.raw_stream, "limit", 0)
            if isinstance(missing, int) and missing > 0:
                # The file ends before the record's Content-Length: never a silent half page.
                yield _error_input(
                    source,
                    url,
                    f"record cut short: the file ends {missing} bytes before its end",
                    "TruncatedRecord",
                )
                return
            yield BatchInput(
                source,
                url,
                data,
                _charset(content_type) or encoding,
                tuple(record.http_headers.headers),
            )
    except _CutShort as exc:  # a gzip member cut short: the record it held is lost
        yield _error_input(
            path, None, f"archive cut short after {records} HTML records: {exc}", "TruncatedRecord"
        )
    except Exception as exc:  # not a WARC, damaged, unreadable: one error, next input
        yield _error_input(path, None, f"{type(exc).__name__}: {exc}", "ArchiveLoadFailed")
    finally:
        fh.close()


def _iter_dir(top: str, glob: str, encoding: str | None, limits: Limits) -> Iterator[BatchInput]:
    """Files under ``top`` whose name matches ``glob``, in sorted order, read by kind."""

    def fail(exc: OSError) -> None:
        errors.append(exc)

    errors: list[OSError] = []
    for dirpath, dirnames, filenames in os.walk(top, onerror=fail):
        while errors:
            exc = errors.pop()
            yield _error_input(getattr(exc, "filename", None) or dirpath, None, exc)
        dirnames.sort()
        for name in sorted(filenames):
            if fnmatch.fnmatch(name, glob):
                path = os.path.join(dirpath, name)
                try:
                    mode = os.stat(path).st_mode
                except OSError as stat_error:
                    yield _error_input(path, None, stat_error)
                    continue
                if not stat.S_ISREG(mode):  # a FIFO would block forever, a device never end
                    yield _error_input(
                        path,
                        None,
                        "not a regular file (a FIFO, socket or device)",
                        "NotRegularFile",
                    )
                    continue
                yield from _iter_path(path, glob, encoding, limits, True)
    for exc in errors:
        yield _error_input(getattr(exc, "filename", None) or top, None, exc)


def _iter_path(
    path: str, glob: str, encoding: str | None, limits: Limits, in_dir: bool = False
) -> Iterator[BatchInput]:
    kind = input_kind(path)
    if kind == "stdin":
        yield _read_stdin(encoding, limits)
    elif kind == "dir" and not in_dir:
        yield from _iter_dir(path, glob, encoding, limits)
    elif kind == "jsonl":
        yield from _iter_jsonl(path, limits)
    elif kind == "warc":
        yield from _iter_warc(path, encoding, limits)
    else:
        yield _read_html_file(path, encoding, limits)


def iter_inputs(
    paths: Iterable[str | os.PathLike[str]],
    *,
    glob: str = "*.htm*",
    encoding: str | None = None,
    limits: Limits = DEFAULT_LIMITS,
) -> Iterator[BatchInput]:
    """Pages from files, directories, standard input, JSON Lines and WARC files, lazily.

    * ``-``: standard input, read as bytes, one page (source ``<stdin>``);
    * a directory: every file below it whose *name* matches ``glob`` (default
      ``*.htm*``, so ``.html.gz`` too), recursively, in sorted order, each read by kind;
    * ``*.jsonl``, ``*.jsonl.gz``, ``*.ndjson``: one ``{"url": ..., "html": ...}`` object
      per line (source ``<file>:<line>``); a bad line becomes an error record;
    * ``*.warc``, ``*.warc.gz``: ``response`` records with an HTML content type (source
      ``<file>#<WARC-Record-ID>``, url the ``WARC-Target-URI``, the charset and headers of
      the HTTP response); needs ``warcio`` (else :class:`newsmeta.ParseError`);
    * anything else: one HTML page (gzip-compressed when the name ends with ``.gz``).

    ``encoding`` is the charset hint for pages without one of their own (files, stdin,
    WARC responses without a charset). Unreadable inputs and pages over
    ``limits.max_input_bytes`` become error records (nothing larger is read into memory).
    """
    if not isinstance(glob, str):
        raise ParseError(f"glob must be a str, not {type(glob).__name__}")
    given: Iterable[Any] = [paths] if isinstance(paths, (str, bytes, os.PathLike)) else paths
    if not isinstance(given, Iterable):
        raise ParseError(f"paths must be an iterable of paths, not {type(paths).__name__}")
    for raw in given:
        if not isinstance(raw, (str, bytes, os.PathLike)):
            raise ParseError(f"paths must be str or os.PathLike[str], not {type(raw).__name__}")
        path = os.fspath(raw)
        if not isinstance(path, str):
            raise ParseError(f"paths must be str or os.PathLike[str], not {type(path).__name__}")
        if input_kind(path) == "warc":
            _warcio()
        yield from _iter_path(path, glob, encoding, limits)
