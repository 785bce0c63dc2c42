"""Relative labels: parse them into ranges of instants, and print them like a renderer."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, datetime, timedelta, timezone
from functools import lru_cache
from typing import NamedTuple

import attrs

from newsmeta._dates import _label_words as _lw
from newsmeta._dates import _lexicon as lx
from newsmeta._dates._renderers import RENDERERS, Key, ages, forward, renderer_name
from newsmeta._errors import ParseError

__all__ = [
    "Parsed",
    "RelativeTime",
    "humanize",
    "label_instant",
    "parse_label",
    "parse_relative",
]

MAX_LABEL_LEN = 200
MAX_AGE_SECONDS = 200 * 366 * 86400.0
_UNIT_MIN = {
    "second": 1.0,
    "minute": 60.0,
    "hour": 3600.0,
    "day": 86400.0,
    "week": 7 * 86400.0,
    "month": 28 * 86400.0,
    "year": 365 * 86400.0,
}
_UNIT_MAX = dict(_UNIT_MIN, month=31 * 86400.0, year=366 * 86400.0)
_UTC = timezone.utc
_MINUTE = timedelta(minutes=1)
_MICRO = timedelta(microseconds=1)
_ZERO = timedelta(0)


@attrs.frozen(kw_only=True)
class RelativeTime:
    """A parsed relative label and the interval of instants it can denote.

    ``earliest``/``latest`` are inclusive bounds; they are aware when ``now`` was aware
    (in ``now``'s zone) and naive otherwise. ``renderers`` lists the renderers (see
    ``RENDERERS``) that can print this exact label; when it is empty the range is a
    generic reading (round-or-floor of the amount).
    """

    amount: int
    unit: str
    direction: str
    language: str
    earliest: datetime
    latest: datetime
    text: str
    qualifier: str | None = None
    renderers: tuple[str, ...] = ()

    def contains(self, moment: datetime) -> bool:
        """Whether ``moment`` lies in ``[earliest, latest]``."""
        return self.earliest <= moment <= self.latest


class Parsed(NamedTuple):
    """A label reduced to words: language, direction and either a key or a special kind."""

    language: str
    direction: str  # past | future | now
    key: Key | None
    kind: str | None  # SPECIAL kind (yesterday, last week, ...) or None
    parts: tuple[tuple[int, str], ...]  # compound parts, e.g. ((7, "month"), (2, "week"))


# ------------------------------------------------------------------ the parser

_TRIM = " \t\r\n.,;:!·|()[]\u00a0"


def _alt(words: object) -> str:
    items = sorted({str(w) for w in words}, key=len, reverse=True)  # type: ignore[attr-defined]
    return "|".join(re.escape(w) for w in items)


def _build(lang: str) -> re.Pattern[str]:
    units = dict(lx.UNIT_WORDS[lang])
    if lang == "en":
        units.update(lx.EN_ABBR)
    numbers = ["\\d{1,7}", _alt(lx.ARTICLES[lang]), _alt(lx.NUMBER_WORDS[lang])]
    num = "(?:" + "|".join(numbers) + ")"
    # A language without prefix (or suffix) words gets a group that never matches ("(?!)"),
    # so that every pattern has the same groups.
    pre = _alt(lx.PAST_PREFIX[lang] + lx.FUTURE_PREFIX[lang]) or "(?!)"
    suf = _alt(lx.PAST_SUFFIX[lang] + lx.FUTURE_SUFFIX[lang]) or "(?!)"
    hedge = _alt(lx.HEDGES[lang])
    unit = _alt(units)
    conj = {"en": "and", "es": "y", "fr": "et", "de": "und", "pt": "e"}[lang]
    pattern = (
        f"(?:(?P<pre>{pre})\\s+)?"
        + f"(?:(?P<hedge>{hedge})\\s*)?"
        + f"(?P<n>{num})\\s*(?P<unit>{unit})(?![\\w])"
        + f"(?:,?\\s+(?:{conj}\\s+)?(?P<n2>{num})\\s*(?P<unit2>{unit})(?![\\w]))?"
        + f"(?:\\s+(?P<suf>{suf}))?"
    )
    return re.compile(pattern)


_PATTERNS: dict[str, re.Pattern[str]] = {}


def _pattern(lang: str) -> re.Pattern[str]:
    """The label pattern of ``lang``, compiled on first use (keeps the import light)."""
    pat = _PATTERNS.get(lang)
    if pat is None:
        pat = _PATTERNS[lang] = _build(lang)
    return pat


_PAST_WORDS = {lang: set(lx.PAST_PREFIX[lang]) | set(lx.PAST_SUFFIX[lang]) for lang in lx.LANGUAGES}
_LANG_BIT = {lang: 1 << i for i, lang in enumerate(lx.LANGUAGES)}


def _word_langs(words: dict[str, tuple[str, ...]], at: int) -> dict[str, int]:
    """Languages (as bits) by the first (``at=0``) or last (``at=-1``) word of their words."""
    out: dict[str, int] = {}
    for lang, items in words.items():
        for item in items:
            word = item.split(" ")[at]
            out[word] = out.get(word, 0) | _LANG_BIT[lang]
    return out


#: The languages whose bits a mask holds, in ``lx.LANGUAGES`` order (one lookup per label).
_LANGS_OF_BITS = tuple(
    tuple(lang for lang in lx.LANGUAGES if mask & _LANG_BIT[lang])
    for mask in range(1 << len(lx.LANGUAGES))
)
_FIRST_WORD_LANGS = _word_langs(
    {lang: lx.PAST_PREFIX[lang] + lx.FUTURE_PREFIX[lang] for lang in lx.LANGUAGES}, 0
)
_LAST_WORD_LANGS = _word_langs(
    {lang: lx.PAST_SUFFIX[lang] + lx.FUTURE_SUFFIX[lang] for lang in lx.LANGUAGES}, -1
)
_new_tuple = tuple.__new__
# The pattern's groups, read with one ``Match.group`` call.
_GROUPS = ("pre", "hedge", "n", "unit", "n2", "unit2", "suf")


def _amount(word: str, lang: str) -> tuple[int, bool] | None:
    if word.isdigit():
        return (int(word), False)
    if word in lx.ARTICLES[lang]:
        return (1, True)
    n = lx.NUMBER_WORDS[lang].get(word)
    return None if n is None else (n, False)


def _unit(word: str, lang: str) -> tuple[str, bool]:
    u = lx.UNIT_WORDS[lang].get(word)
    if u is not None:
        return (u, False)
    return (lx.EN_ABBR[word], True)


_SPECIAL_DIRECTION = {"now": "now", "few": "past", "few+": "future", "today": "past"}


_JUSTNOW_TEXTS = frozenset(t.lower() for pair in lx.OUT_JUSTNOW.values() for t in pair)
_NOW_TEXTS = frozenset(t.lower() for t in lx.OUT_NOW.values())


_KEY_FEW = Key("second", 0, "few")
_KEY_JUSTNOW = Key("second", 0, "justnow")
_KEY_NOW = Key("second", 0, "now")


def _special(kind: str, lang: str, text: str) -> Parsed:
    direction = _SPECIAL_DIRECTION.get(kind) or ("future" if "+" in kind else "past")
    key: Key | None = None
    if kind in ("few", "few+"):
        key = _KEY_FEW
    elif kind == "now" and text in _JUSTNOW_TEXTS:
        key = _KEY_JUSTNOW
    elif kind == "now" and text in _NOW_TEXTS:
        key = _KEY_NOW
    return _new_tuple(Parsed, (lang, direction, key, kind, ()))


def _simple(
    lang: str, direction: str, unit: str, n: int, hedge: str | None, abbr: bool, article: bool
) -> Parsed:
    """One amount of one unit ("3 days", "about an hour", "2h"): the form names how it was
    written. Built with ``tuple.__new__`` (the same tuples, without the NamedTuple
    constructor's argument handling: this is the hot path of a label not seen before)."""
    if hedge is not None:
        form = hedge
    elif abbr:
        form = "abbr"
    elif article:
        form = "one"
    else:
        form = "num"
    return _new_tuple(
        Parsed, (lang, direction, _new_tuple(Key, (unit, n, form, 0)), None, ((n, unit),))
    )


def _match(text: str, lang: str) -> Parsed | None:
    pattern = _PATTERNS.get(lang) or _pattern(lang)
    m = pattern.fullmatch(text)
    if m is None:
        return None
    pre, hedge_word, n_word, unit_word, n2_word, unit2_word, suf = m.group(*_GROUPS)
    past = _PAST_WORDS[lang]
    if pre is not None:
        if suf is not None and (pre not in past or suf not in past):
            # "há 1 semana atrás", "hace 3 días atrás": a past word on both sides.
            return None
        direction = "past" if pre in past else "future"
    elif suf is not None:
        direction = "past" if suf in past else "future"
    else:
        return None
    if n_word.isdigit():
        n, article = int(n_word), False
    else:
        amt = _amount(n_word, lang)
        if amt is None:
            return None
        n, article = amt
    found = _UNITS[lang].get(unit_word)
    abbr = found is None
    unit = lx.EN_ABBR[unit_word] if found is None else found
    hedge = None if hedge_word is None else lx.HEDGES[lang].get(hedge_word)
    if n2_word is not None:
        amt2 = _amount(n2_word, lang)
        if amt2 is None or hedge is not None:
            return None
        unit2, _ = _unit(unit2_word, lang)
        parts = ((n, unit), (amt2[0], unit2))
        if unit == "year" and n == 1 and unit2 in ("month", "day") and amt2[0] >= 1:
            form = "ymonths" if unit2 == "month" else "ydays"
            return Parsed(lang, direction, Key("year", 1, form, amt2[0]), None, parts)
        return Parsed(lang, direction, Key(unit, n, "compound"), None, parts)
    return _simple(lang, direction, unit, n, hedge, abbr, article)


#: Each language's unit words (one dict lookup on the hot path).
_UNITS = {lang: lx.UNIT_WORDS[lang] for lang in lx.LANGUAGES}


def _langs_of(words: list[str], language: str | None) -> tuple[str, ...]:
    """The languages that can read a label of ``words``, in order.

    A label starts with one of its language's prefix words or ends with a suffix word
    ("hace …", "… ago"): only those languages can read it (same answer, fewer matches).
    """
    anchored = _FIRST_WORD_LANGS.get(words[0], 0) | _LAST_WORD_LANGS.get(words[-1], 0)
    if language is None:
        return _LANGS_OF_BITS[anchored]
    return (language,) if anchored & _LANG_BIT[language] else ()


def _parse(text: str, language: str | None) -> Parsed | None:
    """A normalised label's words (see :func:`_read_label`); cached as :func:`_parse_cached`."""
    special = lx.SPECIAL.get(text)
    if special is not None:
        if language is not None and special[0] != language:
            return None
        return _special(special[1], special[0], text)
    words = text.split(" ")
    langs = _langs_of(words, language)
    if langs:
        # The common shapes ("3 days ago", "hace 7 meses", "about 1 hour ago") read word by
        # word in the first language; anything else goes through that language's pattern.
        quick = _quick(words, langs[0])
        if quick is not None:
            lang, direction, unit, n, form = quick
            key = _new_tuple(Key, (unit, n, form, 0))
            return _new_tuple(Parsed, (lang, direction, key, None, ((n, unit),)))
    return _by_pattern(text, langs)


def _by_pattern(text: str, langs: tuple[str, ...]) -> Parsed | None:
    """The first of ``langs`` whose pattern reads ``text`` (None when it is too far back)."""
    for lang in langs:
        parsed = _match(text, lang)
        if parsed is not None:
            if _too_far(parsed):
                return None
            return parsed
    return None


_parse_cached = lru_cache(maxsize=4096)(_parse)


# ------------------------------------------------------------------ the word-by-word reader
# A label of the shape [prefix] [hedge] <number> <unit> [suffix], words separated by single
# spaces, read with dict lookups instead of the pattern. Built from the same lexicon as the
# pattern; it answers only when the pattern would read the label the same way, and leaves
# everything else (a number glued to its unit, compounds, a prefix and a suffix together)
# to the pattern (None). tests/dates/test_relative.py checks both readers agree on every
# combination of the lexicon's words.


def _quick_heads(lang: str) -> dict[str, tuple[str | None, str | None]]:
    """The words before the number: "" | prefix | hedge | prefix + hedge -> (prefix, hedge)."""
    prefixes = lx.PAST_PREFIX[lang] + lx.FUTURE_PREFIX[lang]
    hedges = lx.HEDGES[lang]
    heads: dict[str, tuple[str | None, str | None]] = {"": (None, None)}
    for head, value in [(p, (p, None)) for p in prefixes] + [
        (h, (None, form)) for h, form in hedges.items()
    ]:
        heads[head] = value if head not in heads else (None, None)
    for p in prefixes:
        for h, form in hedges.items():
            heads.setdefault(f"{p} {h}", (p, form))
    return {k: v for k, v in heads.items() if k == "" or v != (None, None)}


def _quick_tails(lang: str) -> dict[str, str]:
    return {s: s for s in lx.PAST_SUFFIX[lang] + lx.FUTURE_SUFFIX[lang]}


def _quick_numbers(lang: str) -> dict[str, tuple[int, bool]]:
    """Number words, articles and the numbers 0-99 in digits -> (amount, is_article)."""
    numbers = {str(n): (n, False) for n in range(100)}
    numbers.update({w: (n, False) for w, n in lx.NUMBER_WORDS[lang].items()})
    numbers.update({w: (1, True) for w in lx.ARTICLES[lang]})
    return numbers


def _quick_units(lang: str) -> dict[str, tuple[str, bool]]:
    units = {w: (u, False) for w, u in lx.UNIT_WORDS[lang].items()}
    if lang == "en":
        units.update({w: (u, True) for w, u in lx.EN_ABBR.items() if w not in units})
    return units


#: Per language: (heads, units, numbers, tails, past words).
_QUICK = {
    lang: (
        _quick_heads(lang),
        _quick_units(lang),
        _quick_numbers(lang),
        _quick_tails(lang),
        _PAST_WORDS[lang],
    )
    for lang in lx.LANGUAGES
}


#: A quick reading: (language, direction, unit, amount, form).
_Quick = tuple[str, str, str, int, str]


def _quick(words: list[str], lang: str) -> _Quick | None:
    """:func:`_match` for the plain shapes, word by word; None when it cannot tell.

    Membership tests and subscripts rather than ``dict.get`` calls: this runs once for
    every label not seen before.
    """
    heads, units, numbers, tails, past = _QUICK[lang]
    k = len(words)
    # The unit is the last word, or followed by a one- or two-word suffix (the suffixes hold
    # no unit word, so at most one position fits).
    last = words[-1]
    if last in units:
        if k < 2:
            return None
        j = k - 1
        suf = None
    else:
        if k < 3:
            return _quick_glued(words, lang)
        if words[-2] in units:
            j = k - 2
            tail = last
        elif k > 3 and words[-3] in units:
            j = k - 3
            tail = words[-2] + " " + last
        else:
            return _quick_glued(words, lang)
        if tail not in tails:
            return None
        suf = tail
    if j == 1:
        pre = hedge = None
    else:
        head = words[0] if j == 2 else " ".join(words[: j - 1])
        if head not in heads:
            return None
        pre, hedge = heads[head]
    if pre is not None:
        if suf is not None:
            return None
        direction = "past" if pre in past else "future"
    elif suf is not None:
        direction = "past" if suf in past else "future"
    else:
        return None
    n_word = words[j - 1]
    if n_word in numbers:
        n, article = numbers[n_word]
    elif n_word.isdecimal() and len(n_word) <= 7:
        n, article = int(n_word), False
    else:
        return None
    unit, abbr = units[words[j]]
    if n * _UNIT_MAX[unit] > MAX_AGE_SECONDS:
        return None  # too far back: the pattern's reader rejects it (same answer)
    if hedge is not None:
        return (lang, direction, unit, n, hedge)
    if abbr:
        return (lang, direction, unit, n, "abbr")
    return (lang, direction, unit, n, "one" if article else "num")


def _quick_glued(words: list[str], lang: str) -> _Quick | None:
    """:func:`_quick` for a number glued to its unit ("2h ago", "in 5min", "hace 3días").

    The pattern reads "2h" as "2 h" (nothing or spaces between the number and its unit), so
    the word is cut after its digits, where the unit would stand, and read apart. Once cut,
    the unit is where :func:`_quick` looks for it, so this runs at most once per label.
    """
    units = _QUICK[lang][1]
    k = len(words)
    for i in range(k - 1, max(k - 4, -1), -1):
        word = words[i]
        if not word[:1].isdecimal():
            continue
        cut = 1
        while cut < len(word) and word[cut].isdecimal():
            cut += 1
        if word[cut:] in units:
            return _quick([*words[:i], word[:cut], word[cut:], *words[i + 1 :]], lang)
    return None


def _too_far(parsed: Parsed) -> bool:
    total = 0.0
    for n, u in parsed.parts:
        total += n * _UNIT_MAX[u]
    return total > MAX_AGE_SECONDS


def _base(language: str) -> str:
    """``"he-IL"`` -> ``"he"``."""
    return language.strip().lower().replace("_", "-").split("-")[0]


def _check_language(language: str | None) -> str | None:
    if language is None:
        return None
    if not isinstance(language, str):
        raise ParseError("language must be a str or None")
    lang = language.strip().lower().replace("_", "-").split("-")[0]
    if lang not in lx.LANGUAGES:
        raise ParseError(f"unsupported language {language!r}; supported: {lx.LANGUAGES}")
    return lang


def parse_label(label: str, language: str | None = None) -> Parsed | None:
    """Reduce a label to a :class:`Parsed` (no time arithmetic); None when not a label."""
    if not isinstance(label, str):
        raise ParseError(f"label must be a str, not {type(label).__name__}")
    lang = _check_language(language) if language is not None else None
    if not label or len(label) > MAX_LABEL_LEN:
        return None
    return _read_label(label, lang)


def _read_label(
    label: str, lang: str | None, parse: Callable[[str, str | None], Parsed | None] = _parse_cached
) -> Parsed | None:
    """:func:`parse_label` once the arguments are checked (``lang`` normalised).

    ``parse`` reads the normalised text: the cached reader by default; :func:`_plan`, a cache
    itself, passes the plain one (a second cache of the same labels would only cost).
    """
    # Runs of whitespace as one space (``str.split`` splits on exactly the characters
    # ``\s`` matches, faster than a regex substitution).
    text = " ".join(label.lower().replace("’", "'").split()).strip(_TRIM)
    if not text:
        return None
    parsed = parse(text, lang)
    if parsed is None and text[:1].isalpha():
        # "Updated 2 hours ago", "Posted: 5 days ago": the prefixes parse_date accepts.
        prefix = _PREFIX.match(text)
        if prefix is not None and prefix.end() < len(text):
            parsed = parse(text[prefix.end() :], lang)
    return parsed


# The words that may precede a date (the set ``parse_date`` accepts, in every language whose
# dates are read), then a colon or a space.
_PREFIX = re.compile(
    "(?:"
    + "|".join(
        re.escape(p)
        for p in sorted(set(lx.PREFIXES + lx.DATE_ONLY_PREFIXES), key=len, reverse=True)
    )
    + ")"
    r"\s*[:\-–—]?\s+"
)


# ------------------------------------------------------------------ ranges


def _generic(key: Key, parts: tuple[tuple[int, str], ...]) -> tuple[float, float]:
    if key.form == "compound":
        lo = sum(n * _UNIT_MIN[u] for n, u in parts)
        hi = sum(n * _UNIT_MAX[u] for n, u in parts) + _UNIT_MAX[parts[-1][1]]
        return (lo, hi)
    n, umin, umax = key.amount, _UNIT_MIN[key.unit], _UNIT_MAX[key.unit]
    if key.form in ("few", "now", "justnow"):
        return (0.0, 60.0)
    if n == 0:
        return (0.0, umax)
    if key.form == "lessthan":
        return (0.0, n * umax)
    if key.form == "over":
        return (n * umin, (n + 1) * umax)
    if key.form == "almost":
        return ((n - 1) * umin, n * umax)
    return ((n - 0.5) * umin, (n + 1) * umax)


@lru_cache(maxsize=4096)
def _key_deltas(key: Key, language: str) -> tuple[timedelta, timedelta, tuple[str, ...]]:
    """:func:`key_ages` as timedeltas (cached per key, like the ages themselves)."""
    lo, hi, names = key_ages(key, language)
    return (timedelta(seconds=lo), timedelta(seconds=hi), names)


@lru_cache(maxsize=4096)
def key_ages(key: Key, language: str) -> tuple[float, float, tuple[str, ...]]:
    """Union of the renderers' age ranges for ``key`` (or a generic reading) and who matches."""
    lo, hi = float("inf"), 0.0
    names: list[str] = []
    for r in RENDERERS:
        span = ages(r, key, language)
        if span is not None:
            names.append(r)
            lo, hi = min(lo, span[0]), max(hi, span[1])
    if not names:
        lo, hi = _generic(key, ())
    return (lo, hi, tuple(names))


#: Whole days as timedeltas (the special ranges' steps, built once).
_DAYS = {n: timedelta(days=n) for n in (0, 1, 2, 3, 4, 5, 6, 7, 14, 25, 32, 46, 310, 548)}


def _special_range(kind: str, now: datetime) -> tuple[datetime, datetime]:
    if kind == "now":  # renderers print these on both sides of now ("right now")
        return (now - _MINUTE, now + _MINUTE)
    days = _DAYS
    day = days[1]
    sod = now.replace(hour=0, minute=0, second=0, microsecond=0)
    if kind == "today":
        return (sod, now)
    if kind == "day-1":
        return (now - days[2], sod - _MICRO)
    if kind == "day-2":
        return (now - days[3], sod - day - _MICRO)
    if kind == "day+1":
        return (sod + day, now + days[2])
    if kind == "day+2":
        return (sod + days[2], now + days[3])
    if kind in ("week-1", "week+1"):
        weekday = now.weekday()
        mon = sod - days[weekday]
        sun = sod - days[(weekday + 1) % 7]
        if kind == "week-1":
            back = now - days[7]
            return (min(mon, sun, back) - days[7], max(mon, sun, back))
        return (min(mon, sun, now + days[7]) + days[6], max(mon, sun) + days[14])
    first = sod.replace(day=1)
    if kind == "month-1":
        prev = (first - day).replace(day=1)
        return (min(prev, now - days[46]), max(first, now - days[25]))
    if kind == "month+1":
        nxt = (first + days[32]).replace(day=1)
        after = (nxt + days[32]).replace(day=1)
        return (min(nxt, now + days[25]), max(after, now + days[46]))
    jan1 = first.replace(month=1)
    if kind == "year-1":
        prev = jan1.replace(year=jan1.year - 1)
        return (min(prev, now - days[548]), max(jan1, now - days[310]))
    nxt = jan1.replace(year=jan1.year + 1)
    return (min(nxt, now + days[310]), max(nxt.replace(year=nxt.year + 1), now + days[548]))


_SPECIAL_UNITS = {
    "now": (0, "second"),
    "today": (0, "day"),
    "day-1": (1, "day"),
    "day-2": (2, "day"),
    "day+1": (1, "day"),
    "day+2": (2, "day"),
    "week-1": (1, "week"),
    "week+1": (1, "week"),
    "month-1": (1, "month"),
    "month+1": (1, "month"),
    "year-1": (1, "year"),
    "year+1": (1, "year"),
}


def _to_utc_naive(value: datetime) -> datetime:
    if value.tzinfo is None:
        return value
    try:
        return value.astimezone(_UTC).replace(tzinfo=None)
    except OverflowError:
        # 0001-01-01 00:00+01:00 is before datetime.min in UTC: the earliest instant there is
        # (and 9999-12-31 23:59-01:00 after the latest).
        return datetime.min if value.year == 1 else datetime.max


def _from_utc_naive(value: datetime, like: datetime) -> datetime:
    if like.tzinfo is None:
        return value
    return value.replace(tzinfo=_UTC).astimezone(like.tzinfo)


def _check_now(now: object) -> datetime:
    if isinstance(now, datetime):
        return now
    if isinstance(now, date):
        return datetime(now.year, now.month, now.day)
    raise ParseError(f"now must be a datetime, not {type(now).__name__}")


class _Plan(NamedTuple):
    """Everything about a label that does not depend on ``now`` (cached per label)."""

    amount: int
    unit: str
    direction: str
    language: str
    kind: str | None
    lo: timedelta
    hi: timedelta
    qualifier: str | None
    renderers: tuple[str, ...]


_FIRST_OTHER_SCRIPT = "\u0590"  # Hebrew, Arabic, Devanagari … sort from here on
_ARTICLE_OF = {"hour": "an"}


def _in_english(label: str, language: str | None) -> tuple[str, str] | None:
    """A label in a language read only (every language of the date table but the five the
    parser reads: Hebrew, Arabic, Hindi, Italian, Czech, Finnish, Swedish, Thai …) as
    ``(language, the English label)``, or None.

    "לפני 3 שעות" -> "3 hours ago", "před 3 dny" -> "3 days ago", "za 3 dny" -> "in 3
    days", "3 napja" -> "3 days ago", "3時間前" -> "3 hours ago": the renderers that print
    these languages bucket as they do in English. A prefix ``parse_date`` accepts may open
    the label ("Objavljeno prije 3 sata").
    """
    text = " ".join(label.lower().replace("’", "'").split()).strip(_TRIM)
    found = _reword(text, language)
    if found is None and text[:1].isalpha():
        # "Objavljeno prije 3 sata", "Päivitetty 2 tuntia sitten": the prefixes parse_date
        # accepts, as for the five languages.
        prefix = _PREFIX.match(text)
        if prefix is not None and prefix.end() < len(text):
            found = _reword(text[prefix.end() :], language)
    return found


def _english(amount: int, name: str, article: bool, future: bool) -> str:
    """The English label: "3 hours ago", "an hour ago", "in 3 days", "in a day"."""
    if article:
        core = f"{_ARTICLE_OF.get(name, 'a')} {name}"
    else:
        core = f"{amount} {name}{'' if amount == 1 else 's'}"
    return f"in {core}" if future else f"{core} ago"


def _reword(text: str, language: str | None) -> tuple[str, str] | None:
    """:func:`_in_english` on the normalised text (no prefix)."""
    if language is None:
        phrase = lx.LABEL_ONLY_PHRASES.get(text)
        if phrase is not None:
            return phrase
    else:
        said_phrase = lx.LABEL_ONLY_PHRASES_BY_LANG.get(language, {}).get(text)
        if said_phrase is not None:
            return language, said_phrase
    if language is None or language in _CJK:
        cjk = _lw.CJK_LABEL.match(text)
        if cjk is not None:
            lang, name = _lw.CJK_UNITS[cjk.group(2)]
            future = cjk.group(3) in _lw.CJK_FUTURE
            return language or lang, _english(int(cjk.group(1)), name, False, future)
    langs = (language,) if language is not None else _edge_languages(text)
    for lang in langs:
        for rest, future in _frames(text, lang):
            found = _amount_unit(rest, lang)
            if found is not None:
                amount, name, article = found
                return lang, _english(amount, name, article, future)
        self_past = lx.LABEL_ONLY_SELF_PAST[lang]
        if self_past:
            head, _, last = text.rpartition(" ")
            if last in self_past and head.isdecimal() and len(head) <= 7:
                return lang, _english(int(head), self_past[last], False, False)
    return None


def _edge_languages(text: str) -> tuple[str, ...]:
    """The languages read only whose past or future words open or close ``text`` (in
    ``LABEL_ONLY_LANGUAGES`` order): only those can reword it."""
    first, _, _ = text.partition(" ")
    _, _, last = text.rpartition(" ")
    mask = _BY_FIRST_WORD.get(first, 0) | _BY_LAST_WORD.get(last, 0)
    if not mask:
        return ()
    found = _EDGE_CACHE.get(mask)
    if found is None:
        found = _EDGE_CACHE[mask] = tuple(
            lang for i, lang in enumerate(lx.LABEL_ONLY_LANGUAGES) if mask >> i & 1
        )
    return found


def _frames(text: str, lang: str) -> list[tuple[str, bool]]:
    """``text`` without its past or future words (``(rest, is_future)``), every way they fit."""
    out: list[tuple[str, bool]] = []
    rest = _without(text, lx.LABEL_ONLY_BEFORE[lang], lx.LABEL_ONLY_AFTER[lang])
    if rest is not None:
        out.append((rest, False))
    for before, after in lx.LABEL_ONLY_AROUND[lang]:
        if text.startswith(before + " ") and text.endswith(" " + after):
            out.append((text[len(before) + 1 : -len(after) - 1], False))
    rest = _without(text, lx.LABEL_ONLY_FUTURE_BEFORE[lang], lx.LABEL_ONLY_FUTURE_AFTER[lang])
    if rest is not None:
        out.append((rest, True))
    return out


def _amount_unit(rest: str, lang: str) -> tuple[int, str, bool] | None:
    """``(amount, unit, said with an article)`` of "3 dny", "hodinou", "o zi"; None if not."""
    words = rest.split(" ")
    if len(words) == 3 and words[1] == lx.LABEL_ONLY_GLUE.get(lang):
        words = [words[0], words[2]]  # "20 de minute"
    if not 1 <= len(words) <= 2:
        return None
    unit = lx.LABEL_ONLY_UNITS[lang].get(words[-1])
    if unit is None:
        return None
    name, said = unit
    if len(words) == 2:
        head = words[0]
        if head in lx.LABEL_ONLY_ONE[lang]:
            return 1, name, True  # "एक घंटा पहले": an hour ago
        if head.isdecimal() and len(head) <= 7:
            return int(head), name, False  # also "11 ساعة": a number, a singular
        return None
    if said:
        return said, name, said == 1  # "לפני שעה", "منذ ساعتين"
    return None


def _without(text: str, before: tuple[str, ...], after: tuple[str, ...]) -> str | None:
    """``text`` without its past word (one of ``before`` opening it or one of ``after``
    closing it, a word or two), or None when it has none."""
    for word in before:
        if text.startswith(word + " "):
            return text[len(word) + 1 :]
    for word in after:
        if text.endswith(" " + word):
            return text[: -len(word) - 1]
    return None


_CJK = frozenset({"ja", "zh", "ko"})


def _lx_before_words(lang: str) -> tuple[str, ...]:
    """The words that open a label of ``lang`` read only (past, future, around)."""
    around = tuple(b for b, _ in lx.LABEL_ONLY_AROUND[lang])
    return lx.LABEL_ONLY_BEFORE[lang] + lx.LABEL_ONLY_FUTURE_BEFORE[lang] + around


def _lx_after_words(lang: str) -> tuple[str, ...]:
    """The words that close a label of ``lang`` read only (past, future, units saying "ago")."""
    around = tuple(a for _, a in lx.LABEL_ONLY_AROUND[lang])
    return (
        lx.LABEL_ONLY_AFTER[lang]
        + lx.LABEL_ONLY_FUTURE_AFTER[lang]
        + around
        + tuple(lx.LABEL_ONLY_SELF_PAST[lang])
    )


def _edge_masks(words_of: Callable[[str], tuple[str, ...]], at: int) -> dict[str, int]:
    """First (``at=0``) or last (``at=-1``) word of each language's edge words -> languages
    (bits in ``LABEL_ONLY_LANGUAGES`` order)."""
    out: dict[str, int] = {}
    for i, lang in enumerate(lx.LABEL_ONLY_LANGUAGES):
        for word in words_of(lang):
            edge = word.split(" ")[at]
            out[edge] = out.get(edge, 0) | 1 << i
    return out


_BY_FIRST_WORD = _edge_masks(_lx_before_words, 0)
_BY_LAST_WORD = _edge_masks(_lx_after_words, -1)
_EDGE_CACHE: dict[int, tuple[str, ...]] = {}


# Past and future words that open or close a label in a Latin-, Greek- or Cyrillic-script
# language read only ("3 ore fa", "před 3 dny", "för 2 dagar sedan", "3 часа назад", "за 3
# дня"): such a label, or one of their phrases ("ieri", "вчера"), is reworded when no
# language of the parser reads it.
_PAST_AFTER = re.compile(
    r"(?:^|\s)(?:"
    + _alt(w for lang in lx.LABEL_ONLY_LANGUAGES for w in _lx_before_words(lang))
    + r")\s|\s(?:"
    + _alt(w for lang in lx.LABEL_ONLY_LANGUAGES for w in _lx_after_words(lang))
    + r")$"
)


@lru_cache(maxsize=4096)
def _plan(label: str, language: str | None) -> _Plan | None:
    # Called by parse_relative, which has checked the label and normalised the language.
    if language in _LABEL_ONLY or (
        language is None
        and (label[:1] >= _FIRST_OTHER_SCRIPT or label.rstrip()[-1:] >= _FIRST_OTHER_SCRIPT)
    ):
        found = _in_english(label, language)
        if found is not None:
            plan = _plan(found[1], "en")
            return None if plan is None else plan._replace(language=found[0])
        if language is not None:
            return None
    # The body of _read_label(label, language, _parse), written out (one call fewer on the
    # path of a label not seen before): normalised as there ("’" replaced only when there
    # is one), the words of the normalised text are the split's when the trim takes nothing.
    low = label.lower()
    if "’" in low:
        low = low.replace("’", "'")
    words = low.split()
    joined = " ".join(words)
    text = joined.strip(_TRIM)
    if not text:
        return None
    special = _SPECIAL.get(text)
    if special is None:
        # _parse(text, language) written out: the plain shapes read word by word in the
        # first candidate language, the plan made from that reading without building the
        # Parsed and Key tuples; anything else goes through the patterns.
        if text is not joined:
            words = text.split(" ")
        langs = _langs_of(words, language)
        if langs:
            quick = _quick(words, langs[0])
            if quick is not None:
                lang, direction, unit, amount, form = quick
                lo_q, hi_q, who_q = _key_deltas(_new_tuple(Key, (unit, amount, form, 0)), lang)
                # A plain reading's form is a hedge, "abbr", "one" or "num".
                qualifier = form if form in _OWN_QUALIFIER else None
                return _new_tuple(
                    _Plan, (amount, unit, direction, lang, None, lo_q, hi_q, qualifier, who_q)
                )
        parsed = _by_pattern(text, langs)
    elif language is None or special[0] == language:
        parsed = _special(special[1], special[0], text)
    else:
        parsed = None
    if parsed is None and text[:1].isalpha():
        prefix = _PREFIX.match(text)
        if prefix is not None and prefix.end() < len(text):
            parsed = _parse(text[prefix.end() :], language)
    if parsed is None:
        if language is None and (
            text in lx.LABEL_ONLY_PHRASES or _PAST_AFTER.search(text) is not None
        ):
            # "3 ore fa", "2 uur geleden": a language read only, in the Latin script
            found = _in_english(label, None)
            if found is not None:
                plan = _plan(found[1], "en")
                return None if plan is None else plan._replace(language=found[0])
        return None
    language, direction, key, kind, parts = parsed
    if kind is not None and (key is None or kind == "now"):
        amount, unit = _SPECIAL_UNITS[kind]
        who = key_ages(key, language)[2] if key is not None else ()
        return _new_tuple(_Plan, (amount, unit, direction, language, kind, _ZERO, _ZERO, kind, who))
    assert key is not None
    unit, amount, form, _ = key
    if form == "compound":
        lo, hi = _generic(key, parts)
        lo_td, hi_td = timedelta(seconds=lo), timedelta(seconds=hi)
        names: tuple[str, ...] = ()
    else:
        lo_td, hi_td, names = _key_deltas(key, language)
    qualifier = None
    if form in _OWN_QUALIFIER:
        qualifier = form
    elif form in _PARTS_QUALIFIER:
        qualifier = ", ".join(f"{n} {u}{'' if n == 1 else 's'}" for n, u in parts)
    # ``tuple.__new__`` again: the same tuple as ``_Plan(...)``, without its argument handling.
    return _new_tuple(
        _Plan, (amount, unit, direction, language, None, lo_td, hi_td, qualifier, names)
    )


_SPECIAL = lx.SPECIAL
_LABEL_ONLY = frozenset(lx.LABEL_ONLY_LANGUAGES)
_OWN_QUALIFIER = frozenset({"about", "over", "almost", "lessthan", "abbr", "few", "one"})
_PARTS_QUALIFIER = frozenset({"ymonths", "ydays", "compound"})


def parse_relative(
    label: str, *, now: datetime, language: str | None = None
) -> RelativeTime | None:
    """Parse a relative label ("7 months ago", "hace 3 días", "vor einem Monat", ...).

    Returns the amount, unit, direction and language, and ``earliest``/``latest``: the
    instants the label can denote when read at ``now`` (union over the renderers able to
    print it). None when the text is not a relative label. Raises ``ParseError`` for a
    non-str label, a bad ``now`` or an unsupported language.
    """
    if not isinstance(label, str):
        raise ParseError(f"label must be a str, not {type(label).__name__}")
    if language is None:
        lang = None
    elif isinstance(language, str) and _base(language) in _LABEL_ONLY:
        lang = _base(language)
    else:
        lang = _check_language(language)
    now_dt = now if type(now) is datetime else _check_now(now)
    if not label or len(label) > MAX_LABEL_LEN:
        return None
    plan = _plan(label, lang)
    if plan is None:
        return None
    _, _, direction, _, kind, lo, hi, _, _ = plan
    try:
        if kind is not None:
            earliest, latest = _special_range(kind, now_dt)
        elif now_dt.tzinfo is None:
            if direction == "future":
                earliest, latest = now_dt + lo, now_dt + hi
            else:
                earliest, latest = now_dt - hi, now_dt - lo
        else:
            base = now_dt.astimezone(_UTC)
            if direction == "future":
                earliest, latest = base + lo, base + hi
            else:
                earliest, latest = base - hi, base - lo
            earliest = earliest.astimezone(now_dt.tzinfo)
            latest = latest.astimezone(now_dt.tzinfo)
    except (OverflowError, ValueError):
        return None
    # ``RelativeTime(...)`` from the plan, without the frozen ``__init__``'s overhead.
    obj: RelativeTime = _new_object(RelativeTime)
    s_amount, s_unit, s_direction, s_language, s_earliest, s_latest, s_text, s_qual, s_who = (
        _RT_SLOTS
    )
    amount, unit, _, language, _, _, _, qualifier, renderers = plan
    s_amount(obj, amount)
    s_unit(obj, unit)
    s_direction(obj, direction)
    s_language(obj, language)
    s_earliest(obj, earliest)
    s_latest(obj, latest)
    s_text(obj, label)
    s_qual(obj, qualifier)
    s_who(obj, renderers)
    return obj


# RelativeTime has no validators, converters or defaults that compute anything, so its fields
# can be set straight through the slot descriptors: half the cost of the attrs-generated
# (frozen) __init__ on the hot path. tests/dates/test_relative.py checks that the result
# equals the constructor's and that the class still has nothing __init__ would run.
_RT_SLOTS = tuple(getattr(RelativeTime, field.name).__set__ for field in attrs.fields(RelativeTime))
_new_object = object.__new__


# ------------------------------------------------------------------ the printer


def words(key: Key, direction: str, language: str, renderer: str = "moment") -> str:
    """Print ``key`` in ``language`` for ``direction`` ("past" or "future")."""
    lang = language
    units = lx.OUT_UNITS[lang]
    if key.form == "now":
        return lx.OUT_NOW[lang]
    if key.form == "justnow":
        return lx.OUT_JUSTNOW[lang][0 if direction != "future" else 1]
    article = units[key.unit][2]
    n = key.amount

    def num(count: int, unit: str) -> str:
        s, p, _ = units[unit]
        return f"{count} {s if count == 1 else p}"

    if key.form == "few":
        core = lx.OUT_FEW[lang]
    elif key.form == "one":
        core = article
    elif key.form == "abbr":
        core = (f"{n} min" if n == 1 else f"{n} mins") if lang == "en" else num(n, key.unit)
    elif key.form == "lessthan":
        hedge = lx.OUT_HEDGE[lang]["lessthan"]
        core = f"{hedge} {article}" if n == 1 else f"{hedge} {num(n, key.unit)}"
        if lang == "fr":
            core = core.replace("de u", "d'u")
    elif key.form in ("about", "over", "almost"):
        core = f"{lx.OUT_HEDGE[lang][key.form]} {num(n, key.unit)}"
    elif key.form == "ymonths":
        core = f"{num(1, 'year')}, {num(key.extra, 'month')}"
    elif key.form == "ydays":
        core = f"{num(1, 'year')}, {num(key.extra, 'day')}"
    else:
        core = num(n, key.unit)
    if direction == "future":
        if lang == "en" and renderer == "humanize":
            return f"{core} from now"
        return lx.OUT_FUTURE[lang].format(core)
    return lx.OUT_PAST[lang].format(core)


def _as_datetime(value: object, name: str) -> datetime:
    if isinstance(value, datetime):
        return value
    if isinstance(value, date):
        return datetime(value.year, value.month, value.day)
    raise ParseError(f"{name} must be a date or datetime, not {type(value).__name__}")


def humanize(
    moment: datetime | date,
    *,
    now: datetime,
    language: str = "en",
    renderer: str = "moment",
) -> str:
    """Print ``moment`` relative to ``now`` as ``renderer`` would, in ``language``.

    ``renderer`` is one of ``RENDERERS`` (default ``"moment"``). Naive and aware
    datetimes cannot be mixed (``ParseError``); a ``date`` is its midnight (in ``now``'s
    zone when ``now`` is aware).
    """
    lang = _check_language(language) or "en"
    name = renderer_name(renderer)
    if name is None:
        raise ParseError(f"unknown renderer {renderer!r}; known: {RENDERERS}")
    renderer = name
    then = _as_datetime(moment, "moment")
    now_dt = _as_datetime(now, "now")
    if not isinstance(moment, datetime) and now_dt.tzinfo is not None:
        # A date is its midnight, in ``now``'s zone when ``now`` is aware.
        then = then.replace(tzinfo=now_dt.tzinfo)
    if (then.tzinfo is None) != (now_dt.tzinfo is None):
        raise ParseError("moment and now must both be naive or both be aware")
    a, b = _to_utc_naive(then), _to_utc_naive(now_dt)
    try:
        key = forward(renderer, a, b)
    except OverflowError as exc:
        raise ParseError("date out of range") from exc
    return words(key, "future" if a > b else "past", lang, renderer)


# ------------------------------------------------------------------ a label as one instant

#: The precision a label's instant is given at, by the label's unit.
LABEL_PRECISION = {
    "second": "minute",
    "minute": "minute",
    "hour": "hour",
    "day": "day",
    "week": "day",
    "month": "month",
    "year": "year",
}


def _months_back(moment: datetime, months: int) -> datetime:
    total = moment.year * 12 + (moment.month - 1) - months
    year, month = divmod(total, 12)
    return moment.replace(year=year, month=month + 1, day=1)


def label_instant(rel: RelativeTime, now: datetime) -> tuple[date | datetime, str] | None:
    """The instant a past label names, cut to the label's precision, and that precision.

    "2 hours ago" read at 12:40 is 10:00 that day (``"hour"``); "3 days ago" a ``date``
    (``"day"``); "7 months ago" read on 2024-08-01 is ``date(2024, 1, 1)`` (``"month"``);
    "last year" the 1 January of last year (``"year"``). None for future labels and when
    the arithmetic leaves the calendar.
    """
    if rel.direction == "future":
        return None
    precision = LABEL_PRECISION.get(rel.unit, "day")
    n = rel.amount
    try:
        if rel.unit == "month":
            moment = _months_back(now, n)
        elif rel.unit == "year":
            moment = now.replace(year=now.year - n, month=1, day=1)
        else:
            seconds = {"second": 1, "minute": 60, "hour": 3600, "day": 86400, "week": 604800}
            moment = now - timedelta(seconds=n * seconds.get(rel.unit, 86400))
    except (OverflowError, ValueError):
        return None
    if precision == "minute":
        return moment.replace(second=0, microsecond=0), precision
    if precision == "hour":
        return moment.replace(minute=0, second=0, microsecond=0), precision
    day = moment.date()
    if precision == "month":
        return day.replace(day=1), precision
    if precision == "year":
        return day.replace(month=1, day=1), precision
    return day, precision
