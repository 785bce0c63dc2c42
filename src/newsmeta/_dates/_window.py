"""Invert a label: when was a page rendered, given its published date and its label?"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date, datetime, timedelta, timezone

import attrs

from newsmeta._dates._relative import (
    Parsed,
    _generic,
    _special_range,
    key_ages,
    parse_label,
)
from newsmeta._dates._renderers import RENDERERS, Key, ages, forward, rank, renderer_name
from newsmeta._errors import ParseError

__all__ = ["RenderWindow", "Window", "render_window"]

_UTC = timezone.utc
_US = timedelta(microseconds=1)
_MIN = timedelta(minutes=1)
_MARGIN_US = 3 * 86400 * 10**6


@attrs.frozen(kw_only=True)
class Window:
    """When one renderer would have printed the label.

    ``earliest``/``latest``: first and last whole minute, with the publication instant
    taken as ``RenderWindow.published_start``. ``start``/``end``: the same window exact
    to the microsecond (inclusive). ``widened_earliest``/``widened_latest``: minute bounds
    when the publication instant may be anywhere in ``[published_start, published_end)``.
    """

    renderer: str
    earliest: datetime
    latest: datetime
    start: datetime
    end: datetime
    widened_earliest: datetime
    widened_latest: datetime

    def contains(self, moment: datetime) -> bool:
        """Whether ``moment`` (exact) lies in ``[start, end]``."""
        return self.start <= _as_out(moment, self.start) <= self.end


@attrs.frozen(kw_only=True)
class RenderWindow:
    """The union window (all renderers that can print the label, publication instant
    anywhere in its interval) and one :class:`Window` per renderer, with the assumptions."""

    label: str
    language: str
    published_start: datetime
    published_end: datetime
    earliest: datetime
    latest: datetime
    start: datetime
    end: datetime
    windows: tuple[Window, ...]
    assumptions: tuple[str, ...]

    @property
    def by_renderer(self) -> dict[str, Window]:
        return {w.renderer: w for w in self.windows}

    def contains(self, moment: datetime) -> bool:
        """Whether ``moment`` lies in the exact union window ``[start, end]``."""
        return self.start <= _as_out(moment, self.start) <= self.end


def _as_out(moment: datetime, like: datetime) -> datetime:
    if like.tzinfo is None:
        return moment.astimezone(_UTC).replace(tzinfo=None) if moment.tzinfo else moment
    if moment.tzinfo is None:
        return moment.replace(tzinfo=_UTC)
    return moment.astimezone(_UTC)


def _ceil_minute(t: datetime) -> datetime:
    floor = t.replace(second=0, microsecond=0)
    return floor if floor == t else floor + _MIN


def _floor_minute(t: datetime) -> datetime:
    return t.replace(second=0, microsecond=0)


def _exact(
    renderer: str, key: Key, lang: str, p: datetime, future: bool, lo_s: float, hi_s: float
) -> tuple[datetime, datetime] | None:
    """Exact [start, end] (naive UTC) where ``renderer`` prints ``key`` for publication ``p``."""
    target = rank(key)

    def at(dist_us: int) -> Key:
        r = p - timedelta(microseconds=dist_us) if future else p + timedelta(microseconds=dist_us)
        return forward(renderer, p, r, lang)

    def first(pred_gt: bool, lo: int, hi: int) -> int:
        # smallest d in [lo, hi) with rank(at(d)) >= target (or > target); hi when none
        def ok(d: int) -> bool:
            rk = rank(at(d))
            return rk > target if pred_gt else rk >= target

        return _smallest(ok, lo, hi)

    def settle(pred_gt: bool, guess: int, lo: int, hi: int) -> int:
        # The inverse span is exact for most renderers and units: two probes confirm that
        # the answer flips right at the guess; otherwise search the bracket.
        if lo < guess <= hi:
            before, at_guess = rank(at(guess - 1)), rank(at(guess))
            if pred_gt and before <= target < at_guess:
                return guess
            if not pred_gt and before < target <= at_guess:
                return guess
        return first(pred_gt, lo, hi)

    lo_b = max(0, int(lo_s * 1e6) - _MARGIN_US)
    hi_b = int(min(hi_s, 250 * 366 * 86400.0) * 1e6) + _MARGIN_US
    try:
        d_lo = settle(False, int(lo_s * 1e6), lo_b, hi_b)
        if at(d_lo) != key:
            return None
        d_hi = settle(True, int(min(hi_s, 250 * 366 * 86400.0) * 1e6), d_lo, hi_b)
    except OverflowError:
        return None
    if future:
        return (p - timedelta(microseconds=d_hi - 1), p - timedelta(microseconds=d_lo))
    return (p + timedelta(microseconds=d_lo), p + timedelta(microseconds=d_hi - 1))


_SECOND_US = 1_000_000


def _smallest(ok: Callable[[int], bool], lo: int, hi: int) -> int:
    """Smallest ``d`` in ``[lo, hi)`` with ``ok(d)`` (``ok`` monotone), else ``hi``.

    Renderers change their label on whole seconds (or milliseconds) after publication, so a
    search on the seconds first and one probe at the second found usually settles it; the
    microsecond search runs only inside the one second where the label changes otherwise.
    """
    if hi - lo > 4 * _SECOND_US:
        n = (hi - lo) // _SECOND_US  # grid points lo + k s, k = 1..n, all <= hi
        a, b = 1, n + 1
        while a < b:
            m = (a + b) // 2
            if ok(lo + m * _SECOND_US):
                b = m
            else:
                a = m + 1
        new_lo = lo if a == 1 else lo + (a - 1) * _SECOND_US + 1
        new_hi = min(lo + a * _SECOND_US, hi)
        if a <= n and (new_hi - 1 < new_lo or not ok(new_hi - 1)):
            return new_hi
        lo, hi = new_lo, new_hi
    while lo < hi:
        mid = (lo + hi) // 2
        if ok(mid):
            hi = mid
        else:
            lo = mid + 1
    return lo


def _published(published: object) -> tuple[datetime, datetime, bool, list[str]]:
    notes: list[str] = []
    if isinstance(published, datetime):
        if published.tzinfo is None:
            notes.append("published datetime is naive: read as UTC")
            return (published, published, True, notes)
        p = published.astimezone(_UTC).replace(tzinfo=None)
        notes.append("published datetime taken as an exact instant")
        return (p, p, False, notes)
    if isinstance(published, date):
        p = datetime(published.year, published.month, published.day)
        notes.append(
            "published is a date without time: read as the UTC calendar day "
            f"{published.isoformat()} (00:00 to 24:00 UTC); per-renderer earliest/latest take "
            "publication at 00:00 UTC; the union and widened bounds allow any time that day "
            "(a site in another time zone shifts everything by its UTC offset)"
        )
        return (p, p + timedelta(days=1) - _US, False, notes)
    raise ParseError(f"published must be a date or datetime, not {type(published).__name__}")


def _special_window(kind: str, p: datetime, future: bool) -> tuple[datetime, datetime] | None:
    """Hour-resolution scan for calendar phrases (yesterday, last week, ...)."""
    span_days = {"now": 1, "today": 2, "day": 4, "week": 25, "month": 95, "year": 740}
    base = kind.split("-")[0].split("+")[0]
    steps = span_days.get(base, 4) * 24
    step = timedelta(minutes=1) if base == "now" else timedelta(hours=1)
    if base == "now":
        steps = 24 * 60
    hits: list[datetime] = []
    for i in range(steps + 1):
        r = p - i * step if future else p + i * step
        lo, hi = _special_range(kind, r)
        if lo <= p <= hi:
            hits.append(r)
    if not hits:
        return None
    return (min(hits), max(hits))


def render_window(
    published: date | datetime,
    label: str,
    *,
    language: str | None = None,
    renderers: Iterable[str] | None = None,
) -> RenderWindow:
    """Bound when a page was rendered from its published date and its relative label.

    Returns the union window over the renderers able to print ``label`` (all of
    ``RENDERERS`` unless ``renderers`` narrows them) and one window per renderer, at
    minute resolution, plus the assumptions made. Raises ``ParseError`` when ``label`` is
    not a relative label or an argument has the wrong type.
    """
    try:
        return _render_window(published, label, language, renderers)
    except (OverflowError, ValueError) as exc:
        if isinstance(exc, ParseError):
            raise
        raise ParseError(f"dates out of range for {label[:80]!r}") from exc


def _render_window(
    published: date | datetime,
    label: str,
    language: str | None,
    renderers: Iterable[str] | None,
) -> RenderWindow:
    parsed: Parsed | None = parse_label(label, language)
    if parsed is None:
        raise ParseError(f"not a relative-time label: {label[:80]!r}")
    if isinstance(renderers, str):
        renderers = [renderers]
    try:
        names = tuple(RENDERERS if renderers is None else renderers)
    except TypeError as exc:
        raise ParseError("renderers must be an iterable of renderer names") from exc
    canonical = [renderer_name(name) for name in names]
    for name, known in zip(names, canonical, strict=True):
        if known is None:
            raise ParseError(f"unknown renderer {name!r}; known: {RENDERERS}")
    names = tuple(dict.fromkeys(c for c in canonical if c is not None))
    p0, p1, naive, notes = _published(published)
    future = parsed.direction == "future"
    notes.append("renderers compute in UTC (calendar months and days counted in UTC)")

    def out(t: datetime) -> datetime:
        return t if naive else t.replace(tzinfo=_UTC)

    windows: list[Window] = []
    exact: list[tuple[datetime, datetime]] = []
    skipped: list[str] = []
    key = parsed.key
    if key is not None and key.form != "compound":
        lang = parsed.language
        for name in names:
            span = ages(name, key, lang)
            if span is None:
                skipped.append(name)
                continue
            a = _exact(name, key, lang, p0, future, span[0], span[1])
            b = _exact(name, key, lang, p1, future, span[0], span[1]) if p1 != p0 else a
            if a is None and b is None:
                skipped.append(name)
                continue
            a = a or b
            b = b or a
            assert a is not None and b is not None
            exact.append((min(a[0], b[0]), max(a[1], b[1])))
            windows.append(
                Window(
                    renderer=name,
                    earliest=out(_ceil_minute(a[0])),
                    latest=out(_floor_minute(a[1])),
                    start=out(a[0]),
                    end=out(a[1]),
                    widened_earliest=out(_ceil_minute(min(a[0], b[0]))),
                    widened_latest=out(_floor_minute(max(a[1], b[1]))),
                )
            )
        if skipped:
            notes.append("cannot print this label: " + ", ".join(skipped))
    if windows:
        lo_t = min(e[0] for e in exact)
        hi_t = max(e[1] for e in exact)
    else:
        if key is not None:
            lo, hi = (
                _generic(key, parsed.parts)
                if key.form == "compound"
                else key_ages(key, parsed.language)[:2]
            )
            if key.form == "compound":
                notes.append("compound label (Django timesince style): generic floor reading")
            else:
                notes.append("no known renderer prints this label: generic reading")
            if future:
                lo_t, hi_t = p0 - timedelta(seconds=hi), p1 - timedelta(seconds=lo)
            else:
                lo_t, hi_t = p0 + timedelta(seconds=lo), p1 + timedelta(seconds=hi)
        else:
            assert parsed.kind is not None
            notes.append(f"calendar phrase ({parsed.kind}): hour-resolution reading in UTC")
            wa = _special_window(parsed.kind, p0, future)
            wb = _special_window(parsed.kind, p1, future) if p1 != p0 else wa
            if wa is None or wb is None:
                raise ParseError(f"label {label!r} cannot follow this publication date")
            lo_t, hi_t = min(wa[0], wb[0]), max(wa[1], wb[1])
    return RenderWindow(
        label=label,
        language=parsed.language,
        published_start=out(p0),
        published_end=out(p1),
        earliest=out(_ceil_minute(lo_t)),
        latest=out(_floor_minute(hi_t)),
        start=out(lo_t),
        end=out(hi_t),
        windows=tuple(windows),
        assumptions=tuple(notes),
    )
