"""newsmeta on a cluster: a Dask bag over WARC paths, one newsmeta run per partition.

    python examples/cluster_dask.py                      # a generated 3-page WARC, locally
    python examples/cluster_dask.py crawl/*.warc.gz --partitions 64 --scheduler processes
    python examples/cluster_dask.py crawl/*.warc.gz --out records.jsonl

The unit of work is a *partition of WARC paths*: each worker opens its files itself (WARC
files are big, the paths are tiny), runs ``extract_many(..., jobs=1)`` over them (the
cluster engine already gives one process per core, so newsmeta does not start a pool of
its own) and returns plain JSON-ready records, the same records as ``newsmeta extract``
writes: ``{"source", "url", "article"}`` or ``{"source", "url", "error"}``.

On a real cluster, connect a client first and compute the same bag::

    from dask.distributed import Client
    client = Client("tcp://scheduler:8786")
    records = build_bag(paths, partitions=256).compute()   # or .to_textfiles(...)

PySpark is the same shape: ``sc.parallelize(paths, n).mapPartitions(extract_partition)``.

Dask is optional (``pip install "dask[bag]"``). Without it, ``main()`` runs the documented
fallback: the same partitions, each given to the same ``extract_partition`` function, in a
plain loop in this process, so the example (and CI) runs anywhere. It needs ``warcio``
(``pip install newsmeta[warc]``) to read, and here to write, the WARC files.
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import json
import sys
import tempfile
from collections import Counter
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

try:
    from newsmeta import extract_many, iter_inputs
except ImportError:  # older newsmeta without the top-level names
    from newsmeta import extract_many, iter_inputs

#: Relative dates on the sample pages are read against this moment (reproducible output).
SAMPLE_NOW = dt.datetime(2026, 3, 2, 8, 0, tzinfo=dt.timezone.utc)

SAMPLE_PAGES = [
    (
        "https://news.example/2026/03/01/harbour-bridge",
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>"
        "<title>Harbour bridge reopens after repairs | Example News</title>"
        "<meta property='og:site_name' content='Example News'>"
        '<script type=\'application/ld+json\'>{"@context": "https://schema.org", '
        '"@type": "NewsArticle", "headline": "Harbour bridge reopens after repairs", '
        '"datePublished": "2026-03-01T09:30:00+01:00", '
        '"author": {"@type": "Person", "name": "Mara Quill"}}</script>'
        "</head><body><article><h1>Harbour bridge reopens after repairs</h1>"
        "<p>The bridge carried its first cars this morning after eight weeks of work.</p>"
        "</article></body></html>",
    ),
    (
        "https://news.example/2026/03/02/budget-vote",
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>"
        "<title>Council delays the budget vote</title></head><body><article>"
        "<h1>Council delays the budget vote</h1><p class='byline'>By Tom Vale</p>"
        "<p>Posted 2 hours ago</p><p>The council will meet again next week.</p>"
        "</article></body></html>",
    ),
    (
        "https://news.example/2026/03/02/weather",
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>"
        "<title>Storm warning for the coast</title>"
        "<meta name='author' content='Ines Moor'></head><body>"
        "<h1>Storm warning for the coast</h1><p>Winds up to 90 km/h are expected.</p>"
        "<p><em>This summary was generated with AI and reviewed by an editor.</em></p>"
        "</body></html>",
    ),
]


def extract_partition(paths: Iterable[str], now: dt.datetime | None = None) -> list[dict[str, Any]]:
    """The per-partition work: every HTML response of these WARC files, as records."""
    inputs = iter_inputs([str(p) for p in paths])
    return [result.to_record() for result in extract_many(inputs, jobs=1, now=now)]


def partition(paths: Sequence[str], partitions: int) -> list[list[str]]:
    """Split paths into at most ``partitions`` contiguous, non-empty parts (like Dask)."""
    count = max(1, min(partitions, len(paths)))
    size, extra = divmod(len(paths), count)
    parts, start = [], 0
    for i in range(count):
        end = start + size + (1 if i < extra else 0)
        parts.append(list(paths[start:end]))
        start = end
    return [p for p in parts if p]


def run_local(
    paths: Sequence[str], partitions: int, now: dt.datetime | None = None
) -> list[dict[str, Any]]:
    """The fallback without Dask: the same partitions and function, in a plain loop."""
    records: list[dict[str, Any]] = []
    for part in partition(paths, partitions):
        records.extend(extract_partition(part, now))
    return records


def build_bag(paths: Sequence[str], partitions: int, now: dt.datetime | None = None) -> Any:
    """A Dask bag of records: WARC paths -> map_partitions(extract_partition)."""
    import dask.bag as db

    bag = db.from_sequence(list(paths), npartitions=max(1, min(partitions, len(paths))))
    return bag.map_partitions(extract_partition, now)


def run_dask(
    paths: Sequence[str], partitions: int, scheduler: str, now: dt.datetime | None = None
) -> list[dict[str, Any]]:
    return list(build_bag(paths, partitions, now).compute(scheduler=scheduler))


def have_dask() -> bool:
    try:
        import dask.bag  # noqa: F401
    except ImportError:
        return False
    return True


def write_sample_warcs(directory: Path) -> list[str]:
    """Three HTML responses (plus a request and an image) in two small WARC files."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    files = [directory / "sample-1.warc.gz", directory / "sample-2.warc.gz"]
    layout = [(files[0], SAMPLE_PAGES[:2]), (files[1], SAMPLE_PAGES[2:])]
    for path, pages in layout:
        with path.open("wb") as fh:
            writer = WARCWriter(fh, gzip=True)
            for url, html in pages:
                headers = StatusAndHeaders(
                    "200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1"
                )
                writer.write_record(
                    writer.create_warc_record(
                        url, "response", payload=io.BytesIO(html.encode()), http_headers=headers
                    )
                )
            image = StatusAndHeaders("200 OK", [("Content-Type", "image/png")], protocol="HTTP/1.1")
            writer.write_record(
                writer.create_warc_record(
                    "https://news.example/logo.png",
                    "response",
                    payload=io.BytesIO(b"\x89PNG\r\n"),
                    http_headers=image,
                )
            )
    return [str(p) for p in files]


def summary(records: Sequence[dict[str, Any]]) -> str:
    """A short human-readable report of a run."""
    ok = [r for r in records if "article" in r]
    errors = Counter(r["error"]["type"] for r in records if "error" in r)
    lines = [f"pages: {len(records)}, extracted: {len(ok)}, errors: {sum(errors.values())}"]
    for r in ok:
        art = r["article"]
        authors = ", ".join(a["name"] for a in art.get("authors", [])) or "-"
        date = art.get("date_published", "-")
        level = art.get("ai_disclosure", {}).get("level", "-")
        lines.append(f"  {r['url']}: {art.get('title')!r} by {authors}; {date}; AI: {level}")
    lines.extend(f"  error {kind}: {n}" for kind, n in sorted(errors.items()))
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("paths", nargs="*", help="WARC files (default: a generated sample)")
    parser.add_argument("--partitions", type=int, default=2, help="partitions of the path list")
    parser.add_argument(
        "--scheduler",
        default="sync",
        help="dask scheduler: sync, threads or processes (or connect a distributed Client)",
    )
    parser.add_argument("--local", action="store_true", help="use the fallback even with dask")
    parser.add_argument("--out", help="write the records as JSON Lines to this file")
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory() as tmp:
        paths = list(args.paths) or write_sample_warcs(Path(tmp))
        now = None if args.paths else SAMPLE_NOW
        if have_dask() and not args.local:
            engine = f"dask (scheduler={args.scheduler})"
            records = run_dask(paths, args.partitions, args.scheduler, now)
        else:
            engine = "local fallback" + ("" if args.local else " (dask is not installed)")
            records = run_local(paths, args.partitions, now)
    if args.out:
        with open(args.out, "w", encoding="utf-8") as fh:
            for record in records:
                fh.write(json.dumps(record, ensure_ascii=False) + "\n")
    parts = len(partition(paths, args.partitions))
    print(f"engine: {engine}; {len(paths)} WARC file(s) in {parts} partition(s)")
    print(summary(records))
    return 0 if all("article" in r for r in records) else 1


if __name__ == "__main__":
    sys.exit(main())
