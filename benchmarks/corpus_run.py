"""Run ``extract`` over every page of the benchmark corpus and report crashes, warnings, time.

    python benchmarks/corpus_run.py                    # ../shared/bench/corpus
    python benchmarks/corpus_run.py --limit 200 --json corpus-run.json
    NEWSMETA_BENCH=/path/to/bench python benchmarks/corpus_run.py

Reports: pages run, exceptions (newsmeta errors by type, and every non-newsmeta exception
with its page and traceback -- there must be none: the exit status is 1 otherwise), extracted
Articles that ``to_json`` cannot write, warnings by code, the 10 slowest pages with their
times and sizes, and peak memory (``ru_maxrss``). When the corpus is absent it says so and
exits 0.
"""

from __future__ import annotations

import argparse
import datetime as _dt
import gzip
import json
import os
import resource
import statistics
import sys
import time
import traceback
from collections import Counter
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
BENCH = Path(os.environ.get("NEWSMETA_BENCH", HERE.parent.parent / "shared" / "bench"))
NOW = _dt.datetime(2026, 11, 1, tzinfo=_dt.timezone.utc)


def peak_rss_mb() -> float:
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return rss / (1024 * 1024) if sys.platform == "darwin" else rss / 1024


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=BENCH / "corpus")
    parser.add_argument("--limit", type=int, default=None, help="only the first N pages")
    parser.add_argument("--json", default=None, help="also write the report as JSON here")
    args = parser.parse_args(argv)

    manifest = args.corpus / "manifest.jsonl"
    if not manifest.exists():
        print(f"corpus not found at {manifest}: nothing to run")
        return 0

    import newsmeta
    from newsmeta._extract import extract
    from newsmeta._serialize import to_json

    records = [
        json.loads(line) for line in manifest.read_text(encoding="utf-8").splitlines() if line
    ]
    if args.limit:
        records = records[: args.limit]
    extract(b"<html><head><title>warm up</title></head><body><p>x</p></body></html>", now=NOW)
    rss_before = peak_rss_mb()
    times: list[tuple[float, str, int]] = []
    newsmeta_errors: Counter[str] = Counter()
    foreign: list[dict[str, Any]] = []
    unwritable: list[dict[str, str]] = []
    warnings: Counter[str] = Counter()
    pages_with_warnings = 0
    started = time.perf_counter()
    for rec in records:
        try:
            data = gzip.decompress((args.corpus / rec["path"]).read_bytes())
        except (OSError, EOFError) as exc:
            print(f"unreadable page {rec['path']}: {exc}", file=sys.stderr)
            continue
        url = rec.get("url")
        t0 = time.perf_counter()
        try:
            article = extract(data, url, now=NOW)
        except newsmeta.NewsmetaError as exc:
            newsmeta_errors[type(exc).__name__] += 1
            article = None
        except Exception as exc:  # the point of this script: count and show them
            foreign.append(
                {
                    "page": rec["path"],
                    "url": url,
                    "type": type(exc).__name__,
                    "message": str(exc)[:300],
                    "traceback": "".join(traceback.format_exception(exc))[-2500:],
                }
            )
            article = None
        elapsed = time.perf_counter() - t0
        times.append((elapsed, rec["path"], len(data)))
        if article is not None:
            codes = {w.code for w in article.provenance.warnings}
            warnings.update(w.code for w in article.provenance.warnings)
            pages_with_warnings += bool(codes)
            try:
                to_json(article)
            except newsmeta.NewsmetaError as exc:
                unwritable.append({"page": rec["path"], "error": str(exc)[:300]})
    total = time.perf_counter() - started
    durations = [t for t, _, _ in times]
    slowest = sorted(times, reverse=True)[:10]
    report: dict[str, Any] = {
        "corpus": str(args.corpus),
        "pages": len(times),
        "seconds_total": round(total, 2),
        "ms_median": round(statistics.median(durations) * 1000, 2) if durations else None,
        "ms_p95": round(sorted(durations)[int(0.95 * (len(durations) - 1))] * 1000, 2)
        if durations
        else None,
        "non_newsmeta_exceptions": len(foreign),
        "newsmeta_errors": dict(newsmeta_errors),
        "articles_to_json_failed": len(unwritable),
        "pages_with_warnings": pages_with_warnings,
        "warnings_by_code": dict(warnings.most_common()),
        "slowest": [{"ms": round(t * 1000, 1), "page": p, "bytes": n} for t, p, n in slowest],
        "peak_rss_mb": round(peak_rss_mb(), 1),
        "rss_before_pages_mb": round(rss_before, 1),
        "foreign": foreign,
        "unwritable": unwritable,
    }

    print(f"corpus: {report['corpus']}")
    print(
        f"pages: {report['pages']} in {report['seconds_total']} s "
        f"(median {report['ms_median']} ms, p95 {report['ms_p95']} ms)"
    )
    print(f"non-newsmeta exceptions: {len(foreign)}")
    for item in foreign:
        print(f"  {item['page']}: {item['type']}: {item['message']}")
    print(f"newsmeta errors: {dict(newsmeta_errors) or 0}")
    print(f"extracted articles to_json could not write: {len(unwritable)}")
    for item in unwritable[:10]:
        print(f"  {item['page']}: {item['error']}")
    print(f"pages with warnings: {pages_with_warnings}")
    print("warnings by code:")
    for code, count in warnings.most_common():
        print(f"  {code:32} {count}")
    print("slowest pages:")
    for item in report["slowest"]:
        print(f"  {item['ms']:9.1f} ms  {item['bytes']:>9} B  {item['page']}")
    print(
        f"peak memory (ru_maxrss): {report['peak_rss_mb']} MB "
        f"({report['rss_before_pages_mb']} MB before the first page)"
    )
    if args.json:
        Path(args.json).write_text(json.dumps(report, indent=2), encoding="utf-8")
        print(f"report written to {args.json}")
    return 1 if foreign or unwritable else 0


if __name__ == "__main__":
    sys.exit(main())
