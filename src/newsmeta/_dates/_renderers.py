"""Bucketing rules of the libraries that print relative labels, forward and inverse.

Each renderer has a *forward* function ``(then, now) -> Key`` (naive UTC datetimes; the
distance is symmetric, the direction is decided by the caller) and an *inverse*
``ages(key, language) -> (lo, hi) | None``: the half-open range of ages in seconds for which
the renderer prints that key, conservative over calendar placements (calendar renderers'
month spans are bounded by the shortest and longest run of that many calendar months).
Exact per-instant windows are obtained by bisection on the forward function (``_window``).

The rules follow docs/dates.md ("Renderers"); they are models of the libraries'
published behaviour (moment 2.x ``fromNow``, dayjs relativeTime, date-fns
``formatDistance``, WordPress ``human_time_diff``, timeago.js, python-humanize
``naturaltime``, arrow ``humanize``, babel ``format_timedelta``, pendulum
``diff_for_humans``), not their code.
"""

from __future__ import annotations

import calendar
import math
from collections.abc import Callable
from datetime import datetime, timedelta
from functools import lru_cache
from typing import NamedTuple

__all__ = ["RENDERERS", "Key", "add_months", "ages", "forward", "rank"]

RENDERERS: tuple[str, ...] = (
    "moment",
    "dayjs",
    "date-fns",
    "wordpress",
    "timeago.js",
    "humanize",
    "arrow",
    "babel",
    "pendulum",
)

ALIASES: dict[str, str] = {
    "moment.js": "moment",
    "momentjs": "moment",
    "day.js": "dayjs",
    "datefns": "date-fns",
    "date_fns": "date-fns",
    "wp": "wordpress",
    "human_time_diff": "wordpress",
    "timeago": "timeago.js",
    "timeagojs": "timeago.js",
    "python-humanize": "humanize",
    "naturaltime": "humanize",
}


def renderer_name(name: object) -> str | None:
    """The canonical renderer name for ``name`` (case-insensitive, common aliases)."""
    if not isinstance(name, str):
        return None
    key = name.strip().lower()
    key = ALIASES.get(key, key)
    return key if key in RENDERERS else None


S = 1.0
MIN = 60.0
H = 3600.0
D = 86400.0
W = 7 * D
MOMENT_MONTH = 146097 / 4800 * D  # 30.436875 days
_UNIT_INDEX = {"second": 1, "minute": 2, "hour": 3, "day": 4, "week": 5, "month": 6, "year": 7}


class Key(NamedTuple):
    """A label before words: unit, amount and form.

    Forms: ``num`` ("5 minutes", "1 minute"), ``one`` ("a minute"), ``abbr`` ("5 mins"),
    ``few`` ("a few seconds"), ``justnow``, ``now``, hedges ``about``/``over``/``almost``/
    ``lessthan``, and the compounds ``ymonths`` ("1 year, 6 months", extra=6) and ``ydays``
    ("1 year, 3 days", extra=3).
    """

    unit: str
    amount: int
    form: str
    extra: int = 0


_HEDGE_SHIFT = {"lessthan": -0.5, "almost": -0.25, "over": 0.25}
_FORM_ORDER = {"about": 0, "ydays": 1, "ymonths": 1, "one": 2, "num": 2, "abbr": 2}


def rank(key: Key) -> tuple[int, float, int]:
    """Order of labels along growing distance (used by the bisection; per renderer)."""
    if key.form in ("now", "justnow", "few"):
        return (0, 0.0, 0)
    amount = key.amount + _HEDGE_SHIFT.get(key.form, 0.0)
    if key.form == "ymonths":
        amount += key.extra / 12
    elif key.form == "ydays":
        amount += key.extra / 400
    return (_UNIT_INDEX[key.unit], amount, _FORM_ORDER.get(key.form, 2))


# ------------------------------------------------------------------ calendar helpers


def add_months(dt: datetime, months: int) -> datetime:
    """Add calendar months, clamping the day to the month's end (moment/dayjs/date-fns)."""
    total = dt.year * 12 + dt.month - 1 + months
    year, month0 = divmod(total, 12)
    if year < 1 or year > 9999:
        raise OverflowError("date out of range")
    day = min(dt.day, calendar.monthrange(year, month0 + 1)[1])
    return dt.replace(year=year, month=month0 + 1, day=day)


def cal_months(a: datetime, b: datetime) -> int:
    """Whole calendar months from ``a`` to ``b`` (``a <= b``): largest c, a + c months <= b."""
    c = (b.year - a.year) * 12 + b.month - a.month
    if c > 0 and add_months(a, c) > b:
        c -= 1
    return max(c, 0)


@lru_cache(maxsize=4096)
def _span_bounds(c: int) -> tuple[float, float]:
    """Shortest and longest length (seconds) of ``c`` calendar months from any start."""
    if c <= 0:
        return (0.0, 0.0)
    if c > 60:
        return (c * MOMENT_MONTH - 3 * D, c * MOMENT_MONTH + 3 * D)
    lo = math.inf
    hi = 0.0
    start = datetime(2020, 1, 1)
    for i in range(4 * 366):
        t = start + timedelta(days=i)
        span = (add_months(t, c) - t).total_seconds()
        lo = min(lo, span)
        hi = max(hi, span)
    return (lo, hi)


def smin(c: int) -> float:
    return _span_bounds(c)[0]


def smax(c: int) -> float:
    return _span_bounds(c)[1]


def _cal_lo(b: float, f_lo: float) -> float:
    """Smallest age with fractional calendar months >= b (leftover at >= f_lo s/month)."""
    c = math.floor(b)
    best = math.inf
    for cc in (c - 1, c, c + 1):
        if cc < 0:
            continue
        need = max(0.0, b - cc) * f_lo
        if need <= 31 * D:
            best = min(best, smin(cc) + need)
    return best


def _cal_hi(b: float, f_hi: float) -> float:
    """Bound above every age with fractional calendar months < b."""
    c = math.ceil(b) - 1
    best = 0.0
    for cc in (c - 1, c):
        if cc < 0:
            continue
        best = max(best, smax(cc) + min(31 * D, (b - cc) * f_hi))
    return best


def _js_round(x: float) -> int:
    return math.floor(x + 0.5)


def _round_half_even(x: float) -> int:
    return round(x)


def _round_half_away(x: float) -> int:
    return math.floor(abs(x) + 0.5) * (1 if x >= 0 else -1)


def _order(then: datetime, now: datetime) -> tuple[datetime, datetime]:
    return (then, now) if then <= now else (now, then)


def _secs(a: datetime, b: datetime) -> float:
    return abs((b - a).total_seconds())


# ------------------------------------------------------------------ forward rules


def _moment(then: datetime, now: datetime) -> Key:
    a, b = _order(then, now)
    c = cal_months(a, b)
    rest_ms = (b - add_months(a, c)).total_seconds() * 1000.0
    days_f = _js_round(c * MOMENT_MONTH / D) + rest_ms / 864e5
    months_f = c + (rest_ms / 864e5) / (MOMENT_MONTH / D)
    seconds = _js_round(days_f * 86400)
    minutes = _js_round(days_f * 1440)
    hours = _js_round(days_f * 24)
    days = _js_round(days_f)
    months = _js_round(months_f)
    years = _js_round(months_f / 12)
    if seconds <= 44:
        return Key("second", 0, "few")
    if minutes <= 1:
        return Key("minute", 1, "one")
    if minutes < 45:
        return Key("minute", minutes, "num")
    if hours <= 1:
        return Key("hour", 1, "one")
    if hours < 22:
        return Key("hour", hours, "num")
    if days <= 1:
        return Key("day", 1, "one")
    if days < 26:
        return Key("day", days, "num")
    if months <= 1:
        return Key("month", 1, "one")
    if months < 11:
        return Key("month", months, "num")
    if years <= 1:
        return Key("year", 1, "one")
    return Key("year", years, "num")


def _month_diff(a: datetime, b: datetime) -> float:
    """dayjs/moment fractional month difference ``a - b`` in months."""
    if a.day < b.day:
        return -_month_diff(b, a)
    whole = (b.year - a.year) * 12 + (b.month - a.month)
    anchor = add_months(a, whole)
    behind = b < anchor
    anchor2 = add_months(a, whole + (-1 if behind else 1))
    num = (b - anchor).total_seconds()
    den = (anchor - anchor2).total_seconds() if behind else (anchor2 - anchor).total_seconds()
    return -(whole + num / den) if den else float(-whole)


def _dayjs(then: datetime, now: datetime) -> Key:
    secs = _secs(then, now)
    s = _js_round(secs)
    if s <= 44:
        return Key("second", 0, "few")
    if s <= 89:
        return Key("minute", 1, "one")
    m = _js_round(secs / 60)
    if m <= 44:
        return Key("minute", 1, "one") if m <= 1 else Key("minute", m, "num")
    if m <= 89:
        return Key("hour", 1, "one")
    h = _js_round(secs / 3600)
    if h <= 21:
        return Key("hour", 1, "one") if h <= 1 else Key("hour", h, "num")
    if h <= 35:
        return Key("day", 1, "one")
    d = _js_round(secs / 86400)
    if d <= 25:
        return Key("day", 1, "one") if d <= 1 else Key("day", d, "num")
    if d <= 45:
        return Key("month", 1, "one")
    months_f = abs(_month_diff(now, then))
    mo = _js_round(months_f)
    if mo <= 10:
        return Key("month", 1, "one") if mo <= 1 else Key("month", mo, "num")
    if mo <= 17:
        return Key("year", 1, "one")
    y = _js_round(months_f / 12)
    return Key("year", 1, "one") if y <= 1 else Key("year", y, "num")


def _date_fns(then: datetime, now: datetime) -> Key:
    a, b = _order(then, now)
    seconds = math.trunc((b - a).total_seconds())
    minutes = _js_round(seconds / 60)
    if minutes < 2:
        return Key("minute", 1, "lessthan") if minutes == 0 else Key("minute", 1, "num")
    if minutes < 45:
        return Key("minute", minutes, "num")
    if minutes < 90:
        return Key("hour", 1, "about")
    if minutes < 1440:
        return Key("hour", _js_round(minutes / 60), "about")
    if minutes < 2520:
        return Key("day", 1, "num")
    if minutes < 43200:
        return Key("day", _js_round(minutes / 1440), "num")
    if minutes < 86400:
        return Key("month", _js_round(minutes / 43200), "about")
    months = cal_months(a, b)
    if months < 12:
        return Key("month", _js_round(minutes / 43200), "num")
    rem = months % 12
    years = months // 12
    if rem < 3:
        return Key("year", years, "about")
    if rem < 9:
        return Key("year", years, "over")
    return Key("year", years + 1, "almost")


def _wordpress(then: datetime, now: datetime) -> Key:
    diff = int(_secs(then, now))
    if diff < 60:
        return Key("second", max(diff, 1), "num")
    if diff < 3600:
        return Key("minute", max(_round_half_away(diff / 60), 1), "abbr")
    if diff < 86400:
        return Key("hour", max(_round_half_away(diff / 3600), 1), "num")
    if diff < 7 * 86400:
        return Key("day", max(_round_half_away(diff / 86400), 1), "num")
    if diff < 30 * 86400:
        return Key("week", max(_round_half_away(diff / (7 * 86400)), 1), "num")
    if diff < 365 * 86400:
        return Key("month", max(_round_half_away(diff / (30 * 86400)), 1), "num")
    return Key("year", max(_round_half_away(diff / (365 * 86400)), 1), "num")


_TIMEAGO_STEPS = (60.0, 60.0, 24.0, 7.0, 365 / 7 / 12, 12.0)
_TIMEAGO_UNITS = ("second", "minute", "hour", "day", "week", "month", "year")


def _timeago(then: datetime, now: datetime) -> Key:
    diff = _secs(then, now)
    idx = 0
    while idx < len(_TIMEAGO_STEPS) and diff >= _TIMEAGO_STEPS[idx]:
        diff /= _TIMEAGO_STEPS[idx]
        idx += 1
    n = math.floor(diff)
    if idx == 0 and n <= 9:
        return Key("second", 0, "justnow")
    return Key(_TIMEAGO_UNITS[idx], n, "num")


def _humanize(then: datetime, now: datetime) -> Key:
    delta = abs(now - then)
    years, days = divmod(delta.days, 365)
    months = _round_half_even(days / 30.5)
    secs = delta.seconds
    if years == 0 and days < 1:
        if secs == 0:
            return Key("second", 0, "now")
        if secs == 1:
            return Key("second", 1, "one")
        if secs < 60:
            return Key("second", secs, "num")
        if secs < 120:
            return Key("minute", 1, "one")
        if secs < 3600:
            return Key("minute", secs // 60, "num")
        if secs < 7200:
            return Key("hour", 1, "one")
        return Key("hour", secs // 3600, "num")
    if years == 0:
        if days == 1:
            return Key("day", 1, "one")
        if months == 0:
            return Key("day", days, "num")
        if months == 1:
            return Key("month", 1, "one")
        return Key("month", months, "num")
    if years == 1:
        if months == 0 and days == 0:
            return Key("year", 1, "one")
        if months == 0:
            return Key("year", 1, "ydays", days)
        return Key("year", 1, "ymonths", months)
    return Key("year", years, "num")


def _arrow(then: datetime, now: datetime) -> Key:
    a, b = _order(then, now)
    s = (b - a).total_seconds()
    if s < 10:
        return Key("second", 0, "justnow")
    if s < 45:
        return Key("second", int(s), "num")
    if s < 90:
        return Key("minute", 1, "one")
    if s < 2700:
        return Key("minute", max(int(s // 60), 2), "num")
    if s < 5400:
        return Key("hour", 1, "one")
    if s < 79200:
        return Key("hour", max(int(s // 3600), 2), "num")
    if s < 129600:
        return Key("day", 1, "one")
    if s < 7 * D:
        return Key("day", max(int(s // D), 2), "num")
    if s < 14 * D:
        return Key("week", 1, "one")
    if s < 2629800:
        return Key("week", max(int(s // W), 2), "num")
    c = cal_months(a, b)
    if (b - add_months(a, c)).total_seconds() > 14 * D:
        c += 1
    if c <= 1:
        return Key("month", 1, "one")
    if c < 12:
        return Key("month", c, "num")
    y = c // 12
    return Key("year", 1, "one") if y == 1 else Key("year", y, "num")


_BABEL_UNITS = (
    ("year", 365 * D),
    ("month", 30 * D),
    ("week", W),
    ("day", D),
    ("hour", H),
    ("minute", MIN),
    ("second", S),
)


def _babel(then: datetime, now: datetime) -> Key:
    delta = abs(now - then)
    seconds = delta.days * 86400 + delta.seconds
    for unit, size in _BABEL_UNITS:
        value = seconds / size
        if value >= 0.85 or unit == "second":
            if unit == "second" and value > 0:
                value = max(1.0, value)
            return Key(unit, _round_half_even(value), "num")
    raise AssertionError("unreachable")  # pragma: no cover


def _pendulum(then: datetime, now: datetime) -> Key:
    a, b = _order(then, now)
    cm = cal_months(a, b)
    years, months = divmod(cm, 12)
    rest = b - add_months(a, cm)
    days = rest.days
    hours = rest.seconds // 3600
    minutes = (rest.seconds % 3600) // 60
    seconds = rest.seconds % 60
    weeks, rdays = divmod(days, 7)
    if years > 0:
        return Key("year", years + (1 if months > 6 else 0), "num")
    if months == 11 and days > 15:
        return Key("year", 1, "num")
    if months > 0:
        return Key("month", months + (1 if days >= 27 else 0), "num")
    if weeks > 0:
        return Key("week", weeks + (1 if rdays > 3 else 0), "num")
    if rdays > 0:
        return Key("day", rdays + (1 if hours >= 22 else 0), "num")
    if hours > 0:
        return Key("hour", hours, "num")
    if minutes > 0:
        return Key("minute", minutes, "num")
    if 10 < seconds <= 59:
        return Key("second", seconds, "num")
    return Key("second", 0, "few")


_FORWARD: dict[str, Callable[[datetime, datetime], Key]] = {
    "moment": _moment,
    "dayjs": _dayjs,
    "date-fns": _date_fns,
    "wordpress": _wordpress,
    "timeago.js": _timeago,
    "humanize": _humanize,
    "arrow": _arrow,
    "babel": _babel,
    "pendulum": _pendulum,
}


def forward(renderer: str, then: datetime, now: datetime, language: str = "en") -> Key:
    """The key ``renderer`` prints for an instant ``then`` seen at ``now`` (naive UTC).

    Abbreviated forms exist in English only ("5 mins"); other languages print numerals.
    """
    key = _FORWARD[renderer](then, now)
    if key.form == "abbr" and language != "en":
        return key._replace(form="num")
    return key


# ------------------------------------------------------------------ inverse rules

Span = tuple[float, float]
_UNIT_SECONDS = {"second": S, "minute": MIN, "hour": H, "day": D, "week": W}


def _round_span(n: int, size: float, lo_clip: float = 0.0, hi_clip: float = math.inf) -> Span:
    lo = max((n - 0.5) * size, lo_clip)
    hi = min((n + 0.5) * size, hi_clip)
    return (lo, hi)


def _floor_span(n: int, size: float, lo_clip: float = 0.0, hi_clip: float = math.inf) -> Span:
    return (max(n * size, lo_clip), min((n + 1) * size, hi_clip))


def _ok(span: Span | None) -> Span | None:
    if span is None or span[0] >= span[1]:
        return None
    return span


def _ages_moment(k: Key, lang: str) -> Span | None:
    u, n, f = k.unit, k.amount, k.form
    if f == "few" and u == "second":
        return (0.0, 44.5)
    if f == "one":
        return {
            "minute": (44.5, 90.0),
            "hour": (44.5 * MIN, 90 * MIN),
            "day": (21.5 * H, 36 * H),
            "month": (25.5 * D, _cal_hi(1.5, MOMENT_MONTH)),
            "year": (_cal_lo(10.5, MOMENT_MONTH), _cal_hi(18, MOMENT_MONTH)),
        }.get(u)
    if f != "num":
        return None
    if u == "minute" and 2 <= n <= 44:
        return _round_span(n, MIN)
    if u == "hour" and 2 <= n <= 21:
        return _round_span(n, H)
    if u == "day" and 2 <= n <= 25:
        return _round_span(n, D)
    if u == "month" and 2 <= n <= 10:
        return (_cal_lo(n - 0.5, MOMENT_MONTH), _cal_hi(n + 0.5, MOMENT_MONTH))
    if u == "year" and n >= 2:
        return (_cal_lo(12 * n - 6, MOMENT_MONTH), _cal_hi(12 * n + 6, MOMENT_MONTH))
    return None


def _ages_dayjs(k: Key, lang: str) -> Span | None:
    u, n, f = k.unit, k.amount, k.form
    if f == "few" and u == "second":
        return (0.0, 44.5)
    if f == "one":
        return {
            "minute": (44.5, 90.0),
            "hour": (44.5 * MIN, 90 * MIN),
            "day": (21.5 * H, 36 * H),
            "month": (25.5 * D, max(45.5 * D, _cal_hi(1.5, 31 * D))),
            "year": (_cal_lo(10.5, 28 * D), _cal_hi(18, 31 * D)),
        }.get(u)
    if f != "num":
        return None
    if u == "minute" and 2 <= n <= 44:
        return _round_span(n, MIN)
    if u == "hour" and 2 <= n <= 21:
        return _round_span(n, H)
    if u == "day" and 2 <= n <= 25:
        return _round_span(n, D)
    if u == "month" and 2 <= n <= 10:
        return (max(45.5 * D, _cal_lo(n - 0.5, 28 * D)), _cal_hi(n + 0.5, 31 * D))
    if u == "year" and n >= 2:
        return (_cal_lo(12 * n - 6, 28 * D), _cal_hi(12 * n + 6, 31 * D))
    return None


def _m_ge(m: float) -> float:
    """date-fns: smallest age (s) whose rounded minutes are >= m."""
    return max(0.0, (m - 0.5) * 60)


def _ages_date_fns(k: Key, lang: str) -> Span | None:
    u, n, f = k.unit, k.amount, k.form
    if u == "minute" and f == "lessthan" and n == 1:
        return (0.0, 30.0)
    if u == "minute" and f == "num" and 1 <= n <= 44:
        return (_m_ge(n), _m_ge(n + 1))
    if u == "hour" and f == "about" and n == 1:
        return (_m_ge(45), _m_ge(90))
    if u == "hour" and f == "about" and 2 <= n <= 24:
        return _ok((max(_m_ge(90), _m_ge(60 * n - 30)), min(_m_ge(1440), _m_ge(60 * n + 30))))
    if u == "day" and f == "num" and n == 1:
        return (_m_ge(1440), _m_ge(2520))
    if u == "day" and f == "num" and 2 <= n <= 30:
        return _ok(
            (max(_m_ge(2520), _m_ge(1440 * n - 720)), min(_m_ge(43200), _m_ge(1440 * n + 720)))
        )
    if u == "month" and f == "about" and n in (1, 2):
        return _ok(
            (
                max(_m_ge(43200), _m_ge(43200 * n - 21600)),
                min(_m_ge(86400), _m_ge(43200 * n + 21600)),
            )
        )
    if u == "month" and f == "num" and 2 <= n <= 12:
        return _ok(
            (max(_m_ge(86400), _m_ge(43200 * n - 21600)), min(smax(12), _m_ge(43200 * n + 21600)))
        )
    if u == "year" and n >= 1 and f == "about":
        return (smin(12 * n), smax(12 * n + 3))
    if u == "year" and n >= 1 and f == "over":
        return (smin(12 * n + 3), smax(12 * n + 9))
    if u == "year" and n >= 2 and f == "almost":
        return (smin(12 * n - 3), smax(12 * n))
    return None


def _ages_wordpress(k: Key, lang: str) -> Span | None:
    u, n, f = k.unit, k.amount, k.form
    minute_form = "abbr" if lang == "en" else "num"
    if n < 1:
        return None
    if u == "minute":
        if f != minute_form:
            return None
        return _ok((60.0, 90.0) if n == 1 else _round_span(n, MIN, 60.0, H))
    if f != "num":
        return None
    if u == "second":
        return (0.0, 2.0) if n == 1 else _ok(_floor_span(n, S, 0.0, MIN))
    table = {
        "hour": (H, H, D),
        "day": (D, D, W),
        "week": (W, W, 30 * D),
        "month": (30 * D, 30 * D, 365 * D),
        "year": (365 * D, 365 * D, math.inf),
    }
    if u not in table:
        return None
    size, lo_clip, hi_clip = table[u]
    return _ok(_round_span(n, size, lo_clip, hi_clip))


_TA_SIZES = {
    "second": S,
    "minute": MIN,
    "hour": H,
    "day": D,
    "week": W,
    "month": 365 / 12 * D,
    "year": 365 * D,
}
_TA_NEXT = {
    "second": MIN,
    "minute": H,
    "hour": D,
    "day": W,
    "week": 365 / 12 * D,
    "month": 365 * D,
    "year": math.inf,
}


def _ages_timeago(k: Key, lang: str) -> Span | None:
    if k.form == "justnow":
        return (0.0, 10.0)
    if k.form != "num" or k.amount < 1:
        return None
    if k.unit == "second" and k.amount < 10:
        return None
    size = _TA_SIZES[k.unit]
    return _ok(_floor_span(k.amount, size, size, _TA_NEXT[k.unit]))


def _humanize_month_days(n: int) -> tuple[int, int] | None:
    lo = math.floor(30.5 * (n - 0.5)) + 1
    hi = math.ceil(30.5 * (n + 0.5)) - 1
    lo = max(lo, 0)
    hi = min(hi, 364)
    return (lo, hi) if lo <= hi else None


def _ages_humanize(k: Key, lang: str) -> Span | None:
    u, n, f = k.unit, k.amount, k.form
    if f == "now":
        return (0.0, 1.0)
    if f == "one":
        return {
            "second": (1.0, 2.0),
            "minute": (60.0, 120.0),
            "hour": (H, 2 * H),
            "day": (D, 2 * D),
            "month": _humanize_month_span(1),
            "year": (365 * D, 366 * D),
        }.get(u)
    if f == "ydays" and u == "year" and n == 1 and 1 <= k.extra <= 15:
        return ((365 + k.extra) * D, (366 + k.extra) * D)
    if f == "ymonths" and u == "year" and n == 1 and k.extra >= 1:
        days = _humanize_month_days(k.extra)
        if days is None:
            return None
        return ((365 + max(days[0], 1)) * D, (366 + days[1]) * D)
    if f != "num":
        return None
    if u == "second" and 2 <= n <= 59:
        return _floor_span(n, S)
    if u == "minute" and 2 <= n <= 59:
        return _floor_span(n, MIN)
    if u == "hour" and 2 <= n <= 23:
        return _floor_span(n, H)
    if u == "day" and 2 <= n <= 15:
        return _floor_span(n, D)
    if u == "month" and n >= 2:
        return _humanize_month_span(n)
    if u == "year" and n >= 2:
        return _floor_span(n, 365 * D)
    return None


def _humanize_month_span(n: int) -> Span | None:
    days = _humanize_month_days(n)
    if days is None:
        return None
    return (max(days[0], 2) * D, (days[1] + 1) * D)


def _ages_arrow(k: Key, lang: str) -> Span | None:
    u, n, f = k.unit, k.amount, k.form
    if f == "justnow":
        return (0.0, 10.0)
    if f == "one":
        return {
            "minute": (45.0, 90.0),
            "hour": (2700.0, 5400.0),
            "day": (79200.0, 129600.0),
            "week": (7 * D, 14 * D),
            "month": (2629800.0, smax(1) + 14 * D + 1),
            "year": (min(smin(12), smin(11) + 14 * D), smax(23) + 14 * D + 1),
        }.get(u)
    if f != "num":
        return None
    if u == "second" and 10 <= n <= 44:
        return _floor_span(n, S)
    floors = {
        "minute": (MIN, 90.0, 2700.0),
        "hour": (H, 5400.0, 79200.0),
        "day": (D, 129600.0, 7 * D),
        "week": (W, 14 * D, 2629800.0),
    }
    if u in floors and n >= 2:
        size, lo_clip, hi_clip = floors[u]
        lo = lo_clip if n == 2 else n * size
        return _ok((lo, min((n + 1) * size, hi_clip)))
    if u == "month" and 2 <= n <= 11:
        return (max(2629800.0, min(smin(n), smin(n - 1) + 14 * D)), smax(n) + 14 * D + 1)
    if u == "year" and n >= 2:
        return (min(smin(12 * n), smin(12 * n - 1) + 14 * D), smax(12 * n + 11) + 14 * D + 1)
    return None


def _ages_babel(k: Key, lang: str) -> Span | None:
    u, n, f = k.unit, k.amount, k.form
    if f != "num":
        return None
    sizes = dict(_BABEL_UNITS)
    if u == "second":
        if n == 0:
            return (0.0, 1.0)
        if n == 1:
            return (0.0, 2.0)
        return _ok(_floor_span(n, S, 0.0, 0.85 * MIN))
    if u not in sizes or n < 1:
        return None
    size = sizes[u]
    order = [name for name, _ in _BABEL_UNITS]
    bigger = order.index(u) - 1
    hi_clip = 0.85 * sizes[order[bigger]] if bigger >= 0 else math.inf
    lo = max((n - 0.5) * size, 0.85 * size)
    hi = min((n + 0.5) * size + 1, hi_clip)
    return _ok((lo, hi))


def _ages_pendulum(k: Key, lang: str) -> Span | None:
    u, n, f = k.unit, k.amount, k.form
    if f == "few" and u == "second":
        return (0.0, 11.0)
    if f != "num" or n < 1:
        return None
    if u == "second":
        return _floor_span(n, S) if 11 <= n <= 59 else None
    if u == "minute":
        return _floor_span(n, MIN) if n <= 59 else None
    if u == "hour":
        return _floor_span(n, H) if n <= 23 else None
    if u == "day":
        if n > 7:
            return None
        if n == 1:
            return (D, D + 22 * H)
        return ((n - 1) * D + 22 * H, n * D + 22 * H)
    if u == "week":
        if n > 4:
            return None
        lo = 7 * D if n == 1 else (7 * n - 3) * D
        return _ok((lo, min((7 * n + 4) * D, smax(1))))
    if u == "month":
        if n > 11:
            return None
        return (min(smin(n - 1) + 27 * D, smin(n)), smax(n) + 27 * D)
    if u == "year":
        if n == 1:
            return (smin(11) + 16 * D, smax(19))
        return (smin(12 * n - 5), smax(12 * n + 7))
    return None


_INVERSE: dict[str, Callable[[Key, str], Span | None]] = {
    "moment": _ages_moment,
    "dayjs": _ages_dayjs,
    "date-fns": _ages_date_fns,
    "wordpress": _ages_wordpress,
    "timeago.js": _ages_timeago,
    "humanize": _ages_humanize,
    "arrow": _ages_arrow,
    "babel": _ages_babel,
    "pendulum": _ages_pendulum,
}


@lru_cache(maxsize=8192)
def ages(renderer: str, key: Key, language: str) -> Span | None:
    """Half-open age range (seconds) in which ``renderer`` prints ``key``; None if never."""
    return _INVERSE[renderer](key, language)
