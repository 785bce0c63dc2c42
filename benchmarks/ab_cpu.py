"""CPU-time A/B of two newsmeta source trees, imported side by side in one process.

    python benchmarks/ab_cpu.py BASE NEW                  # BASE, NEW: src/newsmeta dirs
    python benchmarks/ab_cpu.py BASE NEW --content-false  # metadata only
    python benchmarks/ab_cpu.py --worktree main NEW       # BASE = main's tree (git worktree)

Each tree is copied to a temporary directory under its own package name (``nm_base``,
``nm_new``: the ``newsmeta`` imports in the copy are renamed), so both run in the same
interpreter, on the same machine state. Every page runs through both codes ``--rounds``
times, the order alternating from page to page and round to round; the fastest round of each
counts (``time.thread_time``: other processes' share of the cores does not). Reported: the
medians and means of the per-page times, the median of the per-page ratios new/base and the
ratio of the sums. Run it with the same tree twice (``BASE BASE``) for the noise floor: that
control must give about 1.00; a change is only measured when it moves more than that.

``--cold`` empties every ``functools.lru_cache`` of both trees before each timed call
(outside the timing): a page's later rounds then gain nothing from its first, and a cache
counts only for what repeats within one page.
"""

from __future__ import annotations

import argparse
import importlib
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from _corpus import MANIFEST, NOW
from _corpus import load_pages as _load_corpus

HERE = Path(__file__).resolve().parent
_IMPORT = re.compile(r"\b(from|import) newsmeta\b")


def install(src: Path, name: str, into: Path) -> None:
    """Copy the package at ``src`` to ``into/name``, its own imports renamed to ``name``."""
    dst = into / name
    shutil.copytree(src, dst, ignore=shutil.ignore_patterns("__pycache__"))
    for py in dst.rglob("*.py"):
        text = py.read_text(encoding="utf-8")
        text = _IMPORT.sub(lambda m: f"{m.group(1)} {name}", text)
        # lazy imports by module path (newsmeta.__getattr__'s table)
        text = text.replace('"newsmeta._', f'"{name}._').replace(
            '"newsmeta.schema"', f'"{name}.schema"'
        )
        py.write_text(text, encoding="utf-8")


def worktree_src(branch: str, into: Path) -> Path:
    """``src/newsmeta`` of ``branch`` (exported with ``git archive`` into ``into``)."""
    archive = subprocess.run(
        ["git", "-C", str(HERE.parent), "archive", branch, "src/newsmeta"],
        check=True,
        capture_output=True,
    ).stdout
    out = into / f"tree-{branch.replace('/', '_')}"
    out.mkdir()
    subprocess.run(["tar", "-x", "-C", str(out)], input=archive, check=True)
    return out / "src" / "newsmeta"


def load_pages(limit: int) -> list[tuple[bytes, str]]:
    pages = _load_corpus(limit)
    if not pages:
        sys.exit(f"corpus not found at {MANIFEST} (set NEWSMETA_BENCH)")
    return pages


_CLEARS: list[Callable[[], None]] = []


def lru_clears(package: str) -> list[Callable[[], None]]:
    """The ``cache_clear`` of every ``functools.lru_cache`` in ``package``'s loaded modules."""
    clears: dict[int, Callable[[], None]] = {}
    for name, module in list(sys.modules.items()):
        if name != package and not name.startswith(package + "."):
            continue
        for value in vars(module).values():
            if hasattr(value, "cache_clear") and hasattr(value, "cache_info"):
                clears[id(value)] = value.cache_clear
    return list(clears.values())


def _timed(func: Callable[..., Any], html: bytes, url: str, content: bool) -> float:
    for clear in _CLEARS:
        clear()
    start = time.thread_time()
    try:
        func(html, url, now=NOW, content=content)
    except Exception:  # a failing page costs what it cost
        pass
    return time.thread_time() - start


def compare(
    base: Callable[..., Any],
    new: Callable[..., Any],
    pages: list[tuple[bytes, str]],
    rounds: int,
    content: bool,
) -> tuple[list[float], list[float]]:
    """Fastest-of-``rounds`` CPU milliseconds per page for ``base`` and ``new``."""
    for html, url in pages[:5]:  # warm-up
        _timed(base, html, url, content)
        _timed(new, html, url, content)
    tb: list[float] = []
    tn: list[float] = []
    for i, (html, url) in enumerate(pages):
        best = [float("inf"), float("inf")]
        for turn in range(rounds):
            order = (0, 1) if (i + turn) % 2 == 0 else (1, 0)
            for k in order:
                spent = _timed(base if k == 0 else new, html, url, content)
                best[k] = min(best[k], spent)
        tb.append(best[0] * 1000)
        tn.append(best[1] * 1000)
    return tb, tn


def report(tb: list[float], tn: list[float]) -> list[str]:
    ratios = [n / b for b, n in zip(tb, tn) if b > 0]
    return [
        f"median ms/page: base {statistics.median(tb):.3f}, new {statistics.median(tn):.3f}",
        f"mean ms/page: base {statistics.mean(tb):.3f}, new {statistics.mean(tn):.3f}",
        f"median of per-page ratios new/base: {statistics.median(ratios):.4f}",
        f"ratio of sums new/base: {sum(tn) / sum(tb):.4f}",
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("base", help="src/newsmeta directory (or a git ref with --worktree)")
    parser.add_argument("new", type=Path, help="src/newsmeta directory")
    parser.add_argument("--worktree", action="store_true", help="BASE is a git ref")
    parser.add_argument("--limit", type=int, default=300)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--content-false", action="store_true")
    parser.add_argument("--cold", action="store_true", help="empty the lru caches per call")
    args = parser.parse_args()
    pages = load_pages(args.limit)
    with tempfile.TemporaryDirectory(prefix="newsmeta-ab-") as tmp:
        root = Path(tmp)
        base_src = worktree_src(args.base, root) if args.worktree else Path(args.base)
        install(base_src, "nm_base", root)
        install(args.new, "nm_new", root)
        sys.path.insert(0, str(root))
        base = importlib.import_module("nm_base._extract._engine").extract
        new = importlib.import_module("nm_new._extract._engine").extract
        content = not args.content_false
        if args.cold:
            _CLEARS.extend(lru_clears("nm_base") + lru_clears("nm_new"))
        tb, tn = compare(base, new, pages, args.rounds, content)
    cold = f", {len(_CLEARS)} lru caches emptied per call" if args.cold else ""
    print(f"pages {len(pages)}, fastest of {args.rounds} rounds, content={content}{cold}")
    print("\n".join(report(tb, tn)))


if __name__ == "__main__":
    main()
