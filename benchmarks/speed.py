"""Extraction speed, side by side with the floor (a bare lxml parse) and with peers.

    python benchmarks/speed.py                 # corpus pages (when ../shared/bench is present)
    python benchmarks/speed.py --limit 200     # fewer pages
    python benchmarks/speed.py --scaling       # also synthetic 100 KB / 1 MB / 10 MB pages
    python benchmarks/speed.py --sources       # also each source's share of the extraction

Every round runs each contestant on the same page in turn (interleaved), so allocator noise
and machine load hit all of them alike; medians are reported, with ratios to the lxml floor.
Rounds alternate the order (forward, backward, forward …): a call right after another
library's (cold CPU caches) costs more than one right after a newsmeta call, and a fixed order
would give that penalty to some contestants only (in the forward order ``newsmeta.extract``
always follows the lxml parse and the run without blocks always follows ``content=False``).
Peers (trafilatura's bare_extraction with metadata, htmldate) run when installed
(``pip install -e '.[bench]'``). Peak memory is measured in a fresh subprocess per size.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import lxml.html

import newsmeta
from _corpus import MANIFEST, NOW
from _corpus import load_pages as _load_corpus
from newsmeta._extract import extract


def load_pages(limit: int | None) -> list[tuple[bytes, str]]:
    pages = _load_corpus(limit)
    if not pages:
        print(f"corpus not found at {MANIFEST}: skipping corpus timing", file=sys.stderr)
    return pages


def _without_blocks(html: bytes, url: str) -> Any:
    """``extract`` with the body blocks and the images source switched off: the cost of
    both is the ratio of ``newsmeta.extract`` to this, measured in the same rounds."""
    from newsmeta._extract import _engine, _images
    from newsmeta._extract._blocks import Built

    funcs, build = _engine._SOURCE_FUNCS, _images.build_blocks
    _engine._SOURCE_FUNCS = tuple(f for f in funcs if f[0] != "images")
    _images.build_blocks = lambda walk, base: Built((), [], complete=False)  # type: ignore[assignment]
    try:
        return extract(html, url, now=NOW)
    finally:
        _engine._SOURCE_FUNCS, _images.build_blocks = funcs, build


def contestants() -> dict[str, Callable[[bytes, str], Any]]:
    out: dict[str, Callable[[bytes, str], Any]] = {
        "lxml.html.fromstring": lambda html, url: lxml.html.fromstring(html),
        "newsmeta.extract": lambda html, url: extract(html, url, now=NOW),
        "newsmeta.extract(content=False)": lambda html, url: extract(
            html, url, now=NOW, content=False
        ),
        "newsmeta.extract without blocks and images": _without_blocks,
    }
    try:
        import trafilatura

        out["trafilatura.bare_extraction"] = lambda html, url: trafilatura.bare_extraction(
            html, url=url, with_metadata=True
        )
    except ImportError:
        print("trafilatura not installed: pip install -e '.[bench]'", file=sys.stderr)
    try:
        import htmldate

        out["htmldate.find_date"] = lambda html, url: htmldate.find_date(html, url=url)
    except ImportError:
        pass
    return out


def _safe(func: Callable[[bytes, str], Any], html: bytes, url: str) -> None:
    try:
        func(html, url)
    except Exception:
        pass


def time_corpus(
    pages: list[tuple[bytes, str]], rounds: int, fixed_order: bool = False
) -> dict[str, list[float]]:
    funcs = contestants()
    times: dict[str, list[float]] = {name: [] for name in funcs}
    for html, url in pages[:3]:  # warm-up
        for func in funcs.values():
            _safe(func, html, url)
    forward = list(funcs.items())
    backward = forward if fixed_order else forward[::-1]
    for html, url in pages:
        per: dict[str, list[float]] = {name: [] for name in funcs}
        for turn in range(rounds):
            for name, func in backward if turn % 2 else forward:
                start = time.perf_counter()
                _safe(func, html, url)
                per[name].append(time.perf_counter() - start)
        for name in funcs:
            times[name].append(min(per[name]) * 1000)
    return times


def report_corpus(times: dict[str, list[float]]) -> list[str]:
    floor = statistics.median(times["lxml.html.fromstring"])
    lines = [
        f"pages: {len(times['lxml.html.fromstring'])}; newsmeta {newsmeta.__version__}",
        "",
        "| contestant | median ms/page | p95 ms/page | total s | x lxml parse (median) |",
        "|---|--:|--:|--:|--:|",
    ]
    for name, values in times.items():
        ordered = sorted(values)
        med = statistics.median(ordered)
        p95 = ordered[min(len(ordered) - 1, int(0.95 * len(ordered)))]
        lines.append(
            f"| {name} | {med:.2f} | {p95:.2f} | {sum(values) / 1000:.1f} | {med / floor:.2f} |"
        )
    if "trafilatura.bare_extraction" in times:
        ratio = statistics.median(times["trafilatura.bare_extraction"]) / statistics.median(
            times["newsmeta.extract"]
        )
        meta_ratio = statistics.median(times["trafilatura.bare_extraction"]) / statistics.median(
            times["newsmeta.extract(content=False)"]
        )
        lines.append("")
        lines.append(f"newsmeta is {ratio:.1f}x faster than trafilatura.bare_extraction (medians)")
        lines.append(f"metadata only (content=False): {meta_ratio:.1f}x faster than trafilatura")
    without = "newsmeta.extract without blocks and images"
    if without in times:
        full, rest = statistics.median(times["newsmeta.extract"]), statistics.median(times[without])
        lines.append(
            f"blocks and images: add {100 * (full - rest) / rest:.1f} % to the median without "
            f"them ({100 * (full - rest) / full:.1f} % of the full median)"
        )
    per_page = [
        n / f for n, f in zip(times["newsmeta.extract"], times["lxml.html.fromstring"]) if f > 0
    ]
    lines.append(f"median of per-page ratios newsmeta/lxml: {statistics.median(per_page):.2f}")
    return lines


# ----------------------------------------------------------------------------- per source


def time_sources(pages: list[tuple[bytes, str]], rounds: int) -> dict[str, list[float]]:
    """Per page: milliseconds of the whole extraction and of each source's ``candidates``.

    Each round parses the page once and runs every source in the engine's order on that
    page (sources share per-page caches, as they do in ``extract``); the fastest round of
    each is kept.
    """
    from newsmeta._extract._engine import _sources
    from newsmeta._extract._page import Page

    sources = _sources()
    out: dict[str, list[float]] = {"extract": []}
    out.update({name: [] for name, _ in sources})
    for html, url in pages:
        best: dict[str, float] = {}
        for _ in range(rounds):
            start = time.perf_counter()
            _safe(lambda h, u: extract(h, u, now=NOW), html, url)
            best["extract"] = min(best.get("extract", 1e9), time.perf_counter() - start)
            try:
                page = Page(html, url, now=NOW)
            except Exception:
                break
            for name, func in sources:
                start = time.perf_counter()
                try:
                    func(page)
                except Exception:
                    pass
                best[name] = min(best.get(name, 1e9), time.perf_counter() - start)
        if len(best) == len(out):
            for name, value in best.items():
                out[name].append(value * 1000)
    return out


def report_sources(times: dict[str, list[float]]) -> list[str]:
    """Each source's share of the extraction: median of per-page shares, and at the median."""
    total = times["extract"]
    lines = [
        "",
        f"per-source share of newsmeta.extract ({len(total)} pages)",
        "",
        "| source | median ms/page | median share of the page | share of the median page |",
        "|---|--:|--:|--:|",
    ]
    median_total = statistics.median(total) if total else 0.0
    for name, values in times.items():
        if name == "extract" or not values:
            continue
        shares = [v / t for v, t in zip(values, total) if t > 0]
        med = statistics.median(values)
        lines.append(
            f"| {name} | {med:.3f} | {100 * statistics.median(shares):.1f} % | "
            f"{100 * med / median_total:.1f} % |"
        )
    lines.append(f"| (extract, whole) | {median_total:.3f} | 100 % | 100 % |")
    return lines


# ----------------------------------------------------------------------------- scaling


def synthetic_page(size: int, shape: str = "article") -> bytes:
    """A page of about ``size`` bytes: an article with many paragraphs, or a comment flood."""
    head = (
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>Big page | Site</title>"
        "<meta property='og:title' content='Big page'>"
        '<script type=\'application/ld+json\'>{"@type":"NewsArticle","headline":"Big page",'
        '"datePublished":"2023-12-29T10:00:00Z","author":{"@type":"Person",'
        '"name":"Jane Doe"}}</script></head><body><article><h1>Big page</h1>'
        "<p class='byline'>By Jane Doe</p><time datetime='2023-12-29'>Dec 29, 2023</time>"
    )
    if shape == "comments":
        unit = (
            "<li class='comment' id='comment-{i}'><div class='comment-author vcard'>"
            "<cite class='fn'>Reader {i}</cite></div><div class='comment-meta'>"
            "<time datetime='2023-12-30T10:00:00Z'>December 30, 2023</time></div>"
            "<div class='comment-content'><p>I think point {i} deserves more attention, "
            "and the council should publish the figures.</p></div></li>"
        )
        body_open, body_close = (
            "<p>Intro paragraph.</p></article><ol class='comment-list'>",
            "</ol>",
        )
    else:
        unit = (
            "<p>Paragraph {i} of the story, with <a href='/x{i}'>a link</a> and enough words "
            "to look like real prose about the harbour, the council and the weather.</p>"
        )
        body_open, body_close = "", "</article>"
    parts = [head, body_open]
    total = len(head)
    i = 0
    while total < size:
        chunk = unit.format(i=i)
        parts.append(chunk)
        total += len(chunk)
        i += 1
    parts.append(body_close + "</body></html>")
    return "".join(parts).encode()


def _peak_mb() -> float:
    """This process's peak resident memory (VmHWM; unlike ru_maxrss it resets on exec)."""
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _child(size: int, shape: str, what: str) -> None:
    html = synthetic_page(size, shape)
    warm = synthetic_page(20_000, shape)
    if what == "trafilatura":
        import trafilatura

        trafilatura.bare_extraction(warm, with_metadata=True)
    elif what == "newsmeta":
        extract(warm, "https://example.org/warm", now=NOW)
    base = _peak_mb()
    start = time.perf_counter()
    if what == "lxml":
        lxml.html.fromstring(html)
    elif what == "trafilatura":
        import trafilatura

        trafilatura.bare_extraction(html, with_metadata=True)
    else:
        extract(html, "https://example.org/big", now=NOW)
    elapsed = time.perf_counter() - start
    peak = _peak_mb()
    print(json.dumps({"seconds": elapsed, "peak_mb": peak, "base_mb": base}))


def scaling(with_peer: bool) -> list[str]:
    sizes = [100_000, 1_000_000, 3_000_000, 10_000_000]
    whats = ["lxml", "newsmeta"] + (["trafilatura"] if with_peer else [])
    lines = [
        "",
        "| page shape | size | contestant | seconds | peak RSS MB (process) | added by the call |",
        "|---|--:|---|--:|--:|--:|",
    ]
    results: dict[tuple[str, str], list[tuple[int, float]]] = {}
    for shape in ("article", "comments"):
        for size in sizes:
            for what in whats:
                proc = subprocess.run(
                    [sys.executable, __file__, "--child", str(size), shape, what],
                    capture_output=True,
                    text=True,
                    timeout=600,
                    check=False,
                )
                if proc.returncode != 0:
                    lines.append(f"| {shape} | {size} | {what} | failed | |")
                    continue
                rec = json.loads(proc.stdout.strip().splitlines()[-1])
                results.setdefault((shape, what), []).append((size, rec["seconds"]))
                lines.append(
                    f"| {shape} | {size / 1e6:g} MB | {what} | {rec['seconds']:.3f} | "
                    f"{rec['peak_mb']:.0f} | {rec['peak_mb'] - rec['base_mb']:.0f} |"
                )
    import math

    lines.append("")
    for (shape, what), pts in sorted(results.items()):
        if len(pts) >= 2 and pts[0][1] > 0:
            exp = math.log(pts[-1][1] / pts[0][1]) / math.log(pts[-1][0] / pts[0][0])
            lines.append(f"scaling exponent ({shape}, {what}, 100 KB -> 10 MB): {exp:.2f}")
    return lines


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1] == "--child":
        _child(int(sys.argv[2]), sys.argv[3], sys.argv[4])
        return
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument(
        "--fixed-order", action="store_true", help="every round in the same order (as before)"
    )
    parser.add_argument("--scaling", action="store_true")
    parser.add_argument("--sources", action="store_true", help="time each source's share")
    parser.add_argument("--no-corpus", action="store_true", help="skip the corpus timing")
    parser.add_argument("--out", type=Path, default=None, help="also write the report here")
    args = parser.parse_args()
    lines: list[str] = []
    pages = [] if args.no_corpus else load_pages(args.limit)
    if pages:
        lines += report_corpus(time_corpus(pages, args.rounds, args.fixed_order))
        if args.sources:
            lines += report_sources(time_sources(pages, args.rounds))
    if args.scaling:
        lines += scaling("trafilatura.bare_extraction" in contestants())
    text = "\n".join(lines)
    print(text)
    if args.out:
        args.out.write_text(text + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
