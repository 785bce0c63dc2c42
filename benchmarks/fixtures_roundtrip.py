"""Self-consistency benchmark: extract(render_html(make_article(seed), markup)) per field.

For every markup, renders ``--count`` seeded articles (alternating English and Spanish),
extracts them back with ``now`` fixed, and prints the pass rate of every field the markup
can carry (see newsmeta.testing.compare_roundtrip for the comparison rules), the rate of pages
where every field passed, the share of the body's top-level blocks (every kind: headings,
paragraphs, lists, quotes, code, tables, figures, embeds) recovered with the right kind and
text (``blocks``), the number of exceptions and the median time per extraction.
``render_window`` (only where a relative label is shown) checks that the extracted
rendering window contains ``now``.

    python benchmarks/fixtures_roundtrip.py                 # 1,000 seeds x 6 markups
    python benchmarks/fixtures_roundtrip.py --count 200 --markup plain --failures 5
    python benchmarks/fixtures_roundtrip.py --json roundtrip.json
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import statistics
import sys
import time
import warnings
from collections import Counter

from newsmeta import extract
from newsmeta.testing import MARKUPS, compare_roundtrip, make_article, render_html

NOW = dt.datetime(2026, 6, 15, 12, 0, tzinfo=dt.timezone.utc)


def _window_ok(got: object) -> bool | None:
    prov = getattr(got, "provenance", None)
    earliest = getattr(prov, "rendered_earliest", None)
    latest = getattr(prov, "rendered_latest", None)
    if earliest is None or latest is None:
        return False
    return bool(earliest <= NOW <= latest)


def run(markup: str, count: int, start: int, failures: int) -> dict[str, object]:
    passed: Counter[str] = Counter()
    all_ok = 0
    errors = 0
    window_total = window_ok = 0
    blocks_found = blocks_total = 0
    blocks_missed: Counter[str] = Counter()
    times: list[float] = []
    shown = 0
    fields: list[str] = []
    for seed in range(start, start + count):
        article = make_article(seed, language="es" if seed % 2 else "en")
        page = render_html(article, markup=markup, now=NOW)
        t0 = time.perf_counter()
        try:
            got = extract(page, now=NOW)
        except Exception as exc:  # an exception counts as a miss on every field
            errors += 1
            if shown < failures:
                shown += 1
                print(f"  {markup} seed={seed}: {type(exc).__name__}: {exc}", file=sys.stderr)
            continue
        times.append(time.perf_counter() - t0)
        report = compare_roundtrip(article, got, markup)
        result = report.fields
        fields = list(result)
        blocks_found += report.blocks_found
        blocks_total += report.blocks_total
        blocks_missed.update(report.blocks_missed)
        for name, ok in result.items():
            passed[name] += ok
        if all(result.values()):
            all_ok += 1
        elif shown < failures:
            shown += 1
            bad = sorted(k for k, v in result.items() if not v)
            print(f"  {markup} seed={seed}: {bad}", file=sys.stderr)
        if article.date_published is not None:
            window_total += 1
            window_ok += bool(_window_ok(got))
    return {
        "markup": markup,
        "pages": count,
        "errors": errors,
        "fields": {name: passed[name] / count for name in fields},
        "all_fields": all_ok / count,
        "blocks": blocks_found / blocks_total if blocks_total else None,
        "blocks_total": blocks_total,
        "blocks_missed": dict(blocks_missed),
        "render_window": window_ok / window_total if window_total else None,
        "median_ms": statistics.median(times) * 1000 if times else None,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--count", type=int, default=1000, help="seeds per markup (1000)")
    parser.add_argument("--start", type=int, default=0, help="first seed (0)")
    parser.add_argument("--markup", action="append", choices=MARKUPS, help="repeatable")
    parser.add_argument("--failures", type=int, default=0, help="print N failing seeds")
    parser.add_argument("--json", help="also write the results to this JSON file")
    args = parser.parse_args(argv)
    warnings.simplefilter("ignore")
    markups = args.markup or list(MARKUPS)
    results = [run(m, args.count, args.start, args.failures) for m in markups]

    columns = list(dict.fromkeys(f for r in results for f in r["fields"]))  # type: ignore[attr-defined]
    print(f"Self-consistency over {args.count} seeds per markup (seeds {args.start}..)")
    print()
    print("| field | " + " | ".join(markups) + " |")
    print("|---|" + "---|" * len(markups))
    for name in [*columns, "all_fields", "blocks", "render_window", "errors", "median_ms"]:
        cells = []
        for r in results:
            if name in columns:
                value = r["fields"].get(name)  # type: ignore[attr-defined]
                cells.append("n/a" if value is None else f"{value:.3f}")
            else:
                value = r[name]
                if value is None:
                    cells.append("–")
                elif name == "errors":
                    cells.append(str(value))
                elif name == "median_ms":
                    cells.append(f"{value:.1f}")
                else:
                    cells.append(f"{value:.3f}")
        print(f"| {name} | " + " | ".join(cells) + " |")
    found = sum(float(r["blocks"] or 0) * int(r["blocks_total"]) for r in results)  # type: ignore[call-overload]
    total = sum(int(r["blocks_total"]) for r in results)  # type: ignore[call-overload]
    print()
    print(
        f"blocks recovered with the right kind and text: {found / total:.4f} "
        f"({round(found)} of {total} top-level blocks)"
    )
    for r in results:
        if r["blocks_missed"]:
            print(f"  {r['markup']} misses by kind: {r['blocks_missed']}")
    if args.json:
        with open(args.json, "w", encoding="utf-8") as fh:
            json.dump(results, fh, indent=2)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
