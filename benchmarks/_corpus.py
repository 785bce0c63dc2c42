"""The labelled corpus the speed benchmarks time, read one way (``speed.py``, ``ab_cpu.py``).

The corpus is ``../shared/bench`` beside the repository (found from any worktree below it),
or wherever ``NEWSMETA_BENCH`` points. Pages come in manifest order, as ``(bytes, url)``.
"""

from __future__ import annotations

import datetime as _dt
import gzip
import json
import os
from pathlib import Path

HERE = Path(__file__).resolve().parent
#: The moment every timed extraction is read against (relative labels, the validity rule).
NOW = _dt.datetime(2026, 11, 1, tzinfo=_dt.timezone.utc)


def _default_corpus() -> Path:
    """``shared/bench`` beside the repository or beside any folder above it (a worktree)."""
    for folder in HERE.parents[1:]:
        if (folder / "shared" / "bench" / "corpus").is_dir():
            return folder / "shared" / "bench"
    return HERE.parent.parent / "shared" / "bench"


CORPUS = Path(os.environ.get("NEWSMETA_BENCH") or _default_corpus())
MANIFEST = CORPUS / "corpus" / "manifest.jsonl"


def load_pages(limit: int | None) -> list[tuple[bytes, str]]:
    """The first ``limit`` corpus pages (all when None); [] when the corpus is absent."""
    if not MANIFEST.exists():
        return []
    pages = []
    with MANIFEST.open(encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            data = gzip.decompress((CORPUS / "corpus" / rec["path"]).read_bytes())
            pages.append((data, rec["url"]))
            if limit and len(pages) >= limit:
                break
    return pages
