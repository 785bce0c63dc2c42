"""Helpers for the hostile-page tests: a guarded, timed ``extract`` call.

``run_hostile`` calls :func:`newsmeta.extract` with

* a Python audit hook armed, which records every file opened (other than Python modules)
  and every socket / subprocess / URL event raised while the call runs;
* a wall-clock bound proportional to the input size (generous: a loaded 2-core machine);
* the error contract: the call returns an :class:`newsmeta.Article` or raises a
  :class:`newsmeta.NewsmetaError`; anything else fails the test with its traceback.

It returns the Article (or the newsmeta error) and the serialized forms (``to_json`` when
serialization exists, and ``repr``) so tests can look for leaked secrets.
"""

from __future__ import annotations

import datetime as dt
import sys
import threading
import time
from collections.abc import Callable
from typing import Any

import attrs

import newsmeta
from newsmeta import extract

NOW = dt.datetime(2024, 8, 1, 12, 0, tzinfo=dt.timezone.utc)

#: seconds allowed per MB of input, plus a fixed allowance (a loaded 2-core machine).
SECONDS_PER_MB = 5.0
FIXED_SECONDS = 3.0

_WATCHED_PREFIXES = ("socket.", "subprocess.", "urllib.", "http.", "ftplib.", "smtplib.")
_WATCHED_EVENTS = {"os.system", "os.exec", "os.posix_spawn", "os.spawn", "webbrowser.open"}
_MODULE_SUFFIXES = (".py", ".pyc", ".so", ".pyd", ".pth")


class _Guard:
    """A process-wide audit hook that only records while armed (hooks cannot be removed)."""

    def __init__(self) -> None:
        self.armed_thread: int | None = None
        self.events: list[tuple[str, str]] = []

    def hook(self, event: str, args: tuple[Any, ...]) -> None:
        if self.armed_thread is None or threading.get_ident() != self.armed_thread:
            return
        if event == "open":
            path = args[0] if args else None
            if isinstance(path, int):  # fdopen of an existing descriptor
                return
            text = str(path)
            if text.endswith(_MODULE_SUFFIXES) or "__pycache__" in text:
                return
            self.events.append((event, text))
        elif event.startswith(_WATCHED_PREFIXES) or event in _WATCHED_EVENTS:
            self.events.append((event, repr(args)[:200]))


GUARD = _Guard()
sys.addaudithook(GUARD.hook)


@attrs.define
class Outcome:
    """What one guarded call gave."""

    article: newsmeta.Article | None
    error: newsmeta.NewsmetaError | None
    seconds: float
    events: list[tuple[str, str]]

    @property
    def text(self) -> str:
        """Everything the result would show a user: JSON (when available) and repr."""
        if self.article is None:
            return repr(self.error)
        parts = [repr(self.article)]
        try:
            from newsmeta import to_json
        except ImportError:  # pragma: no cover - serialization lands separately
            pass
        else:
            parts.append(to_json(self.article))
        return "\n".join(parts)

    @property
    def warning_codes(self) -> set[str]:
        if self.article is None:
            return set()
        return {w.code for w in self.article.provenance.warnings}


def size_of(html: object) -> int:
    if isinstance(html, (bytes, bytearray)):
        return len(html)
    if isinstance(html, str):
        return len(html.encode("utf-8", "surrogatepass"))
    return 0


def bound_for(html: object) -> float:
    return FIXED_SECONDS + SECONDS_PER_MB * size_of(html) / 1_000_000


def run_hostile(
    html: bytes | str,
    url: str | None = None,
    *,
    func: Callable[..., Any] = extract,
    **kwargs: Any,
) -> Outcome:
    """Extract under the guard; fail on a foreign exception, a file/network event or a slow run.

    ``func`` replaces ``extract`` (used to test the guard itself).
    """
    kwargs.setdefault("now", NOW)
    GUARD.events = []
    GUARD.armed_thread = threading.get_ident()
    start = time.perf_counter()
    article: newsmeta.Article | None = None
    error: newsmeta.NewsmetaError | None = None
    try:
        article = func(html, url, **kwargs)
    except newsmeta.NewsmetaError as exc:
        error = exc
    finally:
        GUARD.armed_thread = None
        seconds = time.perf_counter() - start
    events = list(GUARD.events)
    assert not events, f"extract touched files/network/processes: {events[:5]}"
    limit = bound_for(html)
    assert seconds < limit, f"extract took {seconds:.1f}s, bound {limit:.1f}s for {size_of(html)} B"
    if article is not None:
        assert isinstance(article, newsmeta.Article)
    return Outcome(article=article, error=error, seconds=seconds, events=events)


def page(body: str, head: str = "", title: str = "Council approves the new budget") -> str:
    """A small well-formed news page around ``body`` (and extra ``head`` markup)."""
    return (
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>"
        f"<title>{title}</title>{head}</head><body>{body}</body></html>"
    )


# Import every lazily loaded source once, outside the guard (imports open files).
extract(page("<p>warm up</p>"), now=NOW)


def flood(
    unit: Callable[[int], str], prefix: str = "", suffix: str = "", size: int = 60_000
) -> str:
    """``prefix``, then ``unit(0)``, ``unit(1)`` … until ``size`` characters, then ``suffix``."""
    parts = [prefix]
    total = len(prefix)
    i = 0
    while total < size:
        piece = unit(i)
        parts.append(piece)
        total += len(piece)
        i += 1
    parts.append(suffix)
    return "".join(parts)
