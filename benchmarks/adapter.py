"""Adapter for ../shared/bench/evaluate.py: ``extract(html: bytes, url: str) -> dict``.

Run from the repository root::

    python ../shared/bench/evaluate.py --adapter benchmarks/adapter.py:extract \
        --out-md docs/benchmarks-accuracy.md --out-json benchmarks/results/accuracy.json
"""

from __future__ import annotations

from typing import Any

import newsmeta
from newsmeta._extract import extract as _extract

# The corpus pages were saved years ago and when is not known: no ``now`` is passed, so
# relative labels ("7 months ago") are not read (they would be read against the wrong day)
# and future dates are bounded by the current time.


def extract(html: bytes, url: str) -> dict[str, Any]:
    art = _extract(html, url)
    out: dict[str, Any] = {
        "title": art.title or "",
        "authors": [a.name for a in art.authors],
        "date_published": art.date_published.isoformat() if art.date_published else "",
        "description": art.description or "",
        "sitename": art.site_name or "",
        "body": art.body or "",
        "comments": "\n".join(c.text for c in art.comments),
    }
    return out


extract.fields = (
    "title",
    "authors",
    "date_published",
    "description",
    "sitename",
    "body",
    "comments",
)  # type: ignore[attr-defined]
extract.version = newsmeta.__version__  # type: ignore[attr-defined]
