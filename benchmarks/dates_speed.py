"""Speed of newsmeta's date helpers on typical labels, against dateparser if installed.

Run: /work/venv/bin/python benchmarks/dates_speed.py [--seconds 1.0]

Reports calls per second of wall-clock time and per CPU-second (median of 5 rounds) for
- parse_relative on typical relative labels (parsed-label cache warm, the normal case when
  a site repeats its labels, and cold: cache cleared before every pass over the labels),
- parse_date on typical absolute dates near bylines (warm and cold cache),
- dateparser.parse on the same inputs (if dateparser is importable),
- a reference workload measured in the same run (``datetime.strptime`` on ISO days), so
  that figures from a loaded machine can be compared as ratios,
- with ``--floods``: the seconds the date sources (dateline, visible-text scan, script
  data, URL, image paths) spend on 1 MB pages flooded with date-like tokens (the caps of
  docs/dates.md keep each far under one second).
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections.abc import Callable
from datetime import datetime, timezone

from newsmeta._dates import _absolute, _relative, parse_date, parse_relative


def _cold_relative() -> None:
    _relative._plan.cache_clear()
    _relative._parse_cached.cache_clear()


def _cold_absolute() -> None:
    _absolute._parse_cached.cache_clear()


RELATIVE = [
    "just now",
    "a few seconds ago",
    "5 mins ago",
    "2h ago",
    "an hour ago",
    "3 hours ago",
    "yesterday",
    "3 days ago",
    "last week",
    "2 weeks ago",
    "a month ago",
    "7 months ago",
    "2 years ago",
    "about 1 hour ago",
    "over 1 year ago",
    "1 year, 6 months ago",
    "in 3 days",
    "hace 7 meses",
    "hace unos segundos",
    "anteayer",
    "il y a 3 jours",
    "à l'instant",
    "vor einem Monat",
    "vor 5 Minuten",
    "gerade eben",
    "há 2 anos",
    "daqui a 3 dias",
    "dentro de 3 días",
]
ABSOLUTE = [
    "Published December 29, 2023",
    "Dec. 29, 2023 10:42 a.m. ET",
    "Updated 3:05 PM EST, Fri December 29, 2023",
    "29 de diciembre de 2023",
    "29. Dezember 2023 um 10:15 Uhr",
    "29 décembre 2023",
    "29/12/2023",
    "12/29/2023",
    "2023-12-29T10:42:00+01:00",
    "2023-12-29",
    "Posted on Friday, December 29th, 2023",
    "Publicado el 29 de dezembro de 2023",
]
NOW = datetime(2024, 8, 1, 12, 0)


def rate(
    fn: Callable[[str], object],
    inputs: list[str],
    seconds: float,
    before: Callable[[], None] | None = None,
) -> tuple[float, float]:
    """Calls per second of wall-clock time and per CPU-second (median of 5 rounds each).

    On a shared machine the wall-clock rate falls with the load; the rate per CPU-second
    (``time.process_time``) counts only the time this process ran, so it moves much less.
    """
    rounds = []
    cpu_rounds = []
    for _ in range(5):
        calls = 0
        spent = 0.0
        cpu = 0.0
        while spent < seconds / 5:
            if before is not None:
                before()
            c0 = time.process_time()
            t0 = time.perf_counter()
            for text in inputs:
                fn(text)
            spent += time.perf_counter() - t0
            cpu += time.process_time() - c0
            calls += len(inputs)
        rounds.append(calls / spent)
        cpu_rounds.append(calls / cpu if cpu > 0 else float("inf"))
    return statistics.median(rounds), statistics.median(cpu_rounds)


REFERENCE = [f"20{y:02d}-{m:02d}-{d:02d}" for y in (9, 16, 23) for m in (1, 6, 12) for d in (1, 15)]

MB = 1_000_000
FLOODS = {
    'one element of "2023-"': "<div>" + "2023-" * (MB // 5) + "</div>",
    'one element of "99/99/2023 "': "<div>" + "99/99/2023 " * (MB // 11) + "</div>",
    'paragraphs of "99/99/2023 x"': "<p>99/99/2023 x</p>" * (MB // 20),
    "date-classed spans": '<span class="date">99/99/2023</span>' * (MB // 36),
    "<time> elements": '<time datetime="2023-99-99">99/99/2023</time>' * (MB // 45),
    "relative labels": '<span class="date">3 days ago</span>' * (MB // 36),
    "data-utime attributes": '<span data-utime="99999999999">x</span>' * (MB // 40),
    "data-date attributes": '<span data-date="2023-99-99T00:00">x</span>' * (MB // 44),
    "script publication keys": '<script type="application/json">{'
    + '"publishDate":"2023-99-99T00:00",' * (MB // 33)
    + '"x":0}</script>',
    "short lines under the headline": "<div>Stand: 99.99.2023 12:00</div>" * (MB // 34),
}


def floods() -> None:
    """Median seconds (3 runs) the date sources spend on each 1 MB flood (page parsed once)."""
    from newsmeta._extract._page import Page
    from newsmeta._extract.sources import dateline, imagedates, scriptdates, textdates, url

    now = NOW.replace(tzinfo=timezone.utc)
    for name, body in FLOODS.items():
        page = Page("<html><body><h1>Flood</h1>" + body + "</body></html>", None, now=now)
        runs = []
        for _ in range(3):
            t0 = time.perf_counter()
            for module in (dateline, textdates, scriptdates, url, imagedates):
                module.candidates(page)
            runs.append(time.perf_counter() - t0)
        print(f"date sources on 1 MB of {name:<36} {statistics.median(runs):>8.3f} s")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--seconds", type=float, default=1.0, help="time budget per measurement")
    ap.add_argument("--floods", action="store_true", help="also time the date sources on floods")
    args = ap.parse_args()
    misses = [t for t in RELATIVE if parse_relative(t, now=NOW) is None]
    misses += [t for t in ABSOLUTE if parse_date(t) is None]
    assert not misses, misses

    def rel(t: str) -> object:
        return parse_relative(t, now=NOW)

    rows = [
        ("parse_relative (warm label cache)", rate(rel, RELATIVE, args.seconds)),
        (
            "parse_relative (cold: label caches cleared each pass)",
            rate(rel, RELATIVE, args.seconds, _cold_relative),
        ),
        ("parse_date (warm cache)", rate(parse_date, ABSOLUTE, args.seconds)),
        (
            "parse_date (cold: cache cleared each pass)",
            rate(parse_date, ABSOLUTE, args.seconds, _cold_absolute),
        ),
    ]

    def strptime(t: str) -> object:
        return datetime.strptime(t, "%Y-%m-%d")

    reference = rate(strptime, REFERENCE, args.seconds)
    rows.append(("reference: datetime.strptime(day, '%Y-%m-%d')", reference))
    try:
        import dateparser  # type: ignore[import-untyped]
    except ImportError:
        print("dateparser: not installed (skipped)")
    else:
        settings = {"RELATIVE_BASE": NOW}
        found_rel = sum(dateparser.parse(t, settings=settings) is not None for t in RELATIVE)
        found_abs = sum(dateparser.parse(t) is not None for t in ABSOLUTE)
        rows.append(
            (
                f"dateparser.parse on the relative labels ({found_rel}/{len(RELATIVE)} read)",
                rate(lambda t: dateparser.parse(t, settings=settings), RELATIVE, args.seconds),
            )
        )
        rows.append(
            (
                f"dateparser.parse on the absolute dates ({found_abs}/{len(ABSOLUTE)} read)",
                rate(dateparser.parse, ABSOLUTE, args.seconds),
            )
        )
    print(f"{'':<62} {'wall calls/s':>14} {'CPU calls/s':>14}  {'wall x ref':>10}")
    for name, (wall, cpu) in rows:
        print(f"{name:<62} {wall:>14,.0f} {cpu:>14,.0f}  {wall / reference[0]:10.2f}")
    if args.floods:
        floods()


if __name__ == "__main__":
    main()
