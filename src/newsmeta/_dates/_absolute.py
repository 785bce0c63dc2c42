"""Absolute dates near bylines, with their precision and time zone kept honest."""

from __future__ import annotations

import re
import warnings
from datetime import date, datetime, timedelta, timezone, tzinfo
from functools import lru_cache

import attrs

from newsmeta._dates import _calendars as cal
from newsmeta._dates import _lexicon as lx
from newsmeta._errors import ParseError

__all__ = ["MAX_YEAR", "MIN_YEAR", "ParsedDate", "find_date", "parse_date", "parse_date_ex"]

MIN_YEAR = 1900
MAX_YEAR = 2100
MAX_PARSE_LEN = 512
"""``parse_date``/``parse_date_ex`` read at most this many characters (longer: None)."""
MAX_FIND_LEN = 2_000
"""``find_date`` scans at most this many characters."""

TzInfos = dict[str, "tzinfo | int"]


@attrs.frozen(kw_only=True)
class ParsedDate:
    """A date found in text.

    ``value`` is a ``date`` for day (and coarser) precision and a ``datetime`` when a time
    was given; it is aware only when the text named a zone or an offset (``tz_known``).
    ``precision`` is one of ``year``, ``month``, ``day``, ``minute``, ``second``; month- and
    year-precision values are filled with day 1 / January (never a guessed day).
    ``start``/``end`` locate ``matched`` in the text.
    """

    value: date | datetime
    precision: str
    tz_known: bool
    start: int
    end: int
    matched: str


# A month word is a whole run of 3 to 12 letters ("Dec." with its dot): the lookbehind and the
# lookahead pin both ends, so no backtracking through the letters of a word that is not
# followed by a day or a year. Its meaning is looked up afterwards (lexicon.MONTHS).
_PLAIN_MONTH_WORD = r"(?<![^\W\d_])[^\W\d_]{3,12}(?![^\W\d_])\.?"
# Devanagari and Thai write vowels (Arabic its short vowels) as combining marks, which are
# not letters to ``\w``: in a text holding those scripts a month word may hold them ("मार्च",
# "กุมภาพันธ์"), and two letters are enough for "मई" (May). The plain form stays for every
# other text: the marks cost a fifth of the parser's time.
_MARKS = "\u064b-\u0652\u0900-\u0903\u093a-\u094f\u0962\u0963\u0e31\u0e34-\u0e3a\u0e47-\u0e4e"
_MARKED_MONTH_WORD = (
    rf"(?<![^\W\d_]|[{_MARKS}])(?:[^\W\d_]|[{_MARKS}]){{2,12}}(?![^\W\d_]|[{_MARKS}])\.?"
)
_MARKED_SCRIPT = re.compile("[\u064b-\u0652\u0900-\u097f\u0e00-\u0e7f]")
_MONTH_WORD = "{month_word}"
# The zone "Z" is a letter of its own, not the first of a word ("10:15 Zaktualizowano"; a
# doubled "ZZ" is still the zone).
_ISO_BRANCH = (
    r"(?<!\d)(?P<iy>\d{4})-(?P<im>\d{2})(?:-(?P<id>\d{2})(?:[T ](?P<iH>\d{2}):(?P<iM>\d{2})"
    r"(?::(?P<iS>\d{2})(?:[.,](?P<if>\d{1,9}))?)?\s?(?P<iz>Z(?!(?!Z)[^\W\d_])|[+-]\d{2}(?::?\d{2})?)?)?)?(?![\d-])"
)
_DAY_MONTH_YEAR = (
    rf"(?<!\d)(?P<d2>\d{{1,2}})(?:\s?(?:st|nd|rd|th)\s+of\s+|"
    rf"(?:\.|º|ª|er|\s?(?:st|nd|rd|th)\b)?[\s\-/]*(?:de\s+|d['’])?)(?P<m2>{_MONTH_WORD})"
    r",?[\s\-/]+(?:de\s+|del\s+)?(?P<y2>\d{4}|\d{2}(?=\s*(?:$|[,;|/)·•–—-]|\d{1,2}[:.h][0-5]\d)))"
    r"(?!\d)"
)
_NUMERIC = (
    r"(?<![\d.])(?P<na>\d{1,4})(?P<ns>[/.\-])(?P<nb>\d{1,2})(?P=ns)(?P<nc>\d{4}|\d{1,2})(?![\d])"
    # a one-digit day before an ISO "T" is a loose ISO stamp, read by the ISO reader
    r"(?!(?<=[/.\-]\d)T\d)"
)
# A compact stamp with its time: "20140915T152300Z", "20180619T055000+0900" (ISO 8601 basic
# format) or the military style "20140915D15:23H". Without a time eight digits are too often
# an identifier.
_COMPACT = (
    r"(?<!\d)(?P<cy>(?:19|20)\d\d)(?P<cm>0[1-9]|1[0-2])(?P<cd>[0-2]\d|3[01])[DT]"
    r"(?P<cH>[01]\d|2[0-3]):?(?P<cM>[0-5]\d)(?::?(?P<cS>[0-5]\d))?(?P<cz>Z|H|[+-]\d\d:?\d\d)?(?![\d:])"
)
_MONTH_DAY_YEAR = (
    rf"(?P<m1>{_MONTH_WORD})\s*(?P<d1>\d{{1,2}})(?:\s?(?:st|nd|rd|th)\b)?(?!\d),?\s+"
    r"(?P<y1>\d{4})(?!\d)"
)
_MONTH_YEAR = rf"(?P<m3>{_MONTH_WORD}),?\s+(?:de\s+)?(?P<y3>\d{{4}})(?!\d)"
# The forms that start with a digit, then those that start with a letter, each set behind a
# one-character guard: at most positions the engine tries one lookahead instead of five
# branches (a third less time per text). Within each set the order is the old one (ISO, day
# month year, numeric; month day year, month year), and no form of one set can start where
# the other's can, so the first match is the same.
_DATE_PATTERN = (
    rf"(?=\d)(?:{_ISO_BRANCH}|{_DAY_MONTH_YEAR}|{_NUMERIC}|{_COMPACT})"
    rf"|(?=[^\W\d_])(?:{_MONTH_DAY_YEAR}|{_MONTH_YEAR})"
)
_DATE_RE = re.compile(_DATE_PATTERN.replace(_MONTH_WORD, _PLAIN_MONTH_WORD), re.IGNORECASE)
_MARKED_DATE_RE = re.compile(_DATE_PATTERN.replace(_MONTH_WORD, _MARKED_MONTH_WORD), re.IGNORECASE)
_TIME = (
    r"(?P<H>2[0-3]|[01]?\d)(?:(?:[:h]|\.(?=\d\d\s*(?:uhr|h|gmt|bst|utc|cet|cest)\b))"
    r"(?P<M>[0-5]\d)"
    r"(?::(?P<S>[0-5]\d))?)?\s*(?P<ap>[ap]\.?\s?m\b\.?)?\s*(?:uhr\b|h\b)?"
    r"\s*(?:\(?(?P<z>(?:gmt|utc)\s?[+-]\d{1,2}(?::?\d{2})?|[+-]\d{2}:?\d{2}|[A-Z]{1,5}\b)\)?)?"
)
_TIME_AFTER = re.compile(
    r"\s*(?:,?\s*\bsaat\b|,|\||-|–|—|\bat\b|\bum\b|\bà\b|\bàs\b|\ba\s+las\b|\ba\s+la\b|\bas\b|"
    r"\bв\b)?\s*" + _TIME,
    re.IGNORECASE,
)
_TIME_ANY = re.compile(r"(?<![\d:])" + _TIME, re.IGNORECASE)
_FIELD_BREAK = re.compile(r"[·•|]")
_DIGIT = re.compile(r"\d")
_YEAR_ONLY = re.compile(r"(?<!\d)(\d{4})(?!\d)")
_WORD = re.compile(rf"(?:[^\W\d_]|[{_MARKS}])+(?:-(?:[^\W\d_]|[{_MARKS}])+)?")
_OFFSET = re.compile(r"(?:gmt|utc)?\s?([+-])(\d{1,2})(?::?(\d{2}))?$", re.IGNORECASE)
_PREFIX_WORDS = frozenset(w for p in lx.PREFIXES + lx.DATE_ONLY_PREFIXES for w in p.split()) | {
    "at",
    "um",
    "à",
    "às",
    "a",
    "las",
    "the",
    "of",
    "de",
    "del",
    "et",
    "and",
    "y",
    "e",
    "am",
    "pm",
}
_UTC = timezone.utc
_PREFIX_OR_WEEKDAY = _PREFIX_WORDS | frozenset(lx.WEEKDAYS)


def _check(text: object) -> str:
    if not isinstance(text, str):
        raise ParseError(f"text must be a str, not {type(text).__name__}")
    return text


def _year(raw: str) -> int:
    y = int(raw)
    if len(raw) == 2:
        y += 2000 if y < 70 else 1900
    return y


def _dayfirst(language: str | None, dayfirst: bool | None) -> bool:
    if dayfirst is not None:
        return dayfirst
    if not language:
        return False
    parts = language.lower().replace("_", "-").split("-")
    if parts[0] != "en":
        return True
    return len(parts) > 1 and parts[1] not in ("us", "ph", "ca")


def _us_dst(d: date) -> bool:
    """US daylight time by date: second Sunday of March to first Sunday of November."""
    march = date(d.year, 3, 8)
    start = march + timedelta(days=(6 - march.weekday()) % 7)
    nov = date(d.year, 11, 1)
    end = nov + timedelta(days=(6 - nov.weekday()) % 7)
    return start <= d < end


def _zone(token: str, day: date, tzinfos: TzInfos | None) -> tzinfo | bool | None:
    """tzinfo for a zone token; None if it is not a zone; False if it is an unknown zone."""
    if tzinfos and token in tzinfos:
        tz = tzinfos[token]
        return timezone(timedelta(seconds=tz), token) if isinstance(tz, int) else tz
    return _zone_map(token, day)


@lru_cache(maxsize=1024)
def _zone_map(token: str, day: date) -> tzinfo | bool | None:
    m = _OFFSET.match(token)
    if m and (token[0] in "+-" or token[:3].lower() in ("gmt", "utc")):
        sign = -1 if m.group(1) == "-" else 1
        hours, minutes = int(m.group(2)), int(m.group(3) or 0)
        if hours > 14 or minutes > 59:
            return False
        return timezone(sign * timedelta(hours=hours, minutes=minutes))
    if not token.isupper():
        return None
    if token in lx.ZONES:
        return lx.ZONES[token]
    if token in lx.GENERIC_US:
        std, dst = lx.GENERIC_US[token]
        return lx.ZONES[dst if _us_dst(day) else std]
    if len(token) >= 2 and token.endswith("T"):
        return False  # looks like a zone abbreviation we cannot resolve: refuse
    return None


def _apply_time(
    day: date, m: re.Match[str], tzinfos: TzInfos | None
) -> tuple[datetime, str, bool] | bool | None:
    """(datetime, precision, tz_known), None if the match is not a time, False if invalid."""
    hour_s, minute_s, second_s, ap, token = m.group("H", "M", "S", "ap", "z")
    if minute_s is None and ap is None:
        return None
    hour = int(hour_s)
    if ap is not None:
        if hour < 1 or hour > 12:
            return False
        pm = ap.lower().startswith("p")
        hour = (hour % 12) + (12 if pm else 0)
    minute = int(minute_s or 0)
    second = int(second_s or 0)
    tz: tzinfo | None = None
    if token:
        found = _zone(token.replace(" ", ""), day, tzinfos)
        if found is False:
            return False
        if isinstance(found, tzinfo):
            tz = found
    value = datetime(day.year, day.month, day.day, hour, minute, second, tzinfo=tz)
    return (value, "second" if second_s else "minute", tz is not None)


def _plausible(year: int) -> bool:
    return MIN_YEAR <= year <= MAX_YEAR


# ParsedDate has no validators, converters or post-init: its fields are set straight through
# the slot descriptors, a third of the cost of the attrs-generated (frozen) __init__.
# tests/dates/test_absolute.py checks that the result equals the constructor's.
_PD_SLOTS = tuple(getattr(ParsedDate, field.name).__set__ for field in attrs.fields(ParsedDate))
_new_object = object.__new__


def _timed(
    day: date, tm: re.Match[str], tzinfos: TzInfos | None, start: int, end: int, text: str
) -> ParsedDate | bool:
    """``day`` at the time ``tm`` reads, spanning ``text[start:end]``; ``False`` when the time
    makes the date impossible, ``True`` when it adds nothing (the day stands alone)."""
    applied = _apply_time(day, tm, tzinfos)
    if applied is False:
        return False
    if applied is None or applied is True:
        return True
    value, precision, tz_known = applied
    return _parsed(value, precision, tz_known, start, end, text[start:end])


def _parsed(
    value: date | datetime, precision: str, tz_known: bool, start: int, end: int, matched: str
) -> ParsedDate:
    """``ParsedDate(...)`` without the frozen ``__init__``'s overhead."""
    obj: ParsedDate = _new_object(ParsedDate)
    set_value, set_precision, set_tz, set_start, set_end, set_matched = _PD_SLOTS
    set_value(obj, value)
    set_precision(obj, precision)
    set_tz(obj, tz_known)
    set_start(obj, start)
    set_end(obj, end)
    set_matched(obj, matched)
    return obj


# Positions of _DATE_RE's groups in ``Match.groups()`` (one call instead of one ``group`` per
# name): the ISO branch's eight, then each other branch's.
_GI = {name: index - 1 for name, index in _DATE_RE.groupindex.items()}
_ISO_AT = _GI["iy"]
_M1, _D1, _Y1 = _GI["m1"], _GI["d1"], _GI["y1"]
_D2, _M2, _Y2 = _GI["d2"], _GI["m2"], _GI["y2"]
_NA, _NS, _NB, _NC = _GI["na"], _GI["ns"], _GI["nb"], _GI["nc"]
_M3, _Y3 = _GI["m3"], _GI["y3"]
_CY = _GI["cy"]
assert [_GI[n] for n in ("iy", "im", "id", "iH", "iM", "iS", "if", "iz")] == list(
    range(_ISO_AT, _ISO_AT + 8)
)
_MONTHS = lx.MONTHS


def _era(year: int, month_word: str) -> int:
    """A Buddhist-era year after a Thai month name ("14 มีนาคม 2567") in the common era."""
    if year > MAX_YEAR and month_word in lx.BUDDHIST_MONTHS:
        return year - lx.BUDDHIST_OFFSET
    return year


def _compact(parts: tuple[str, ...], start: int, end: int, matched: str) -> ParsedDate:
    """A :data:`_COMPACT` stamp (its groups, from the year to the zone); raises ValueError
    for an impossible day."""
    cy, cm, cd, ch, cmin, csec, cz = parts
    tz: tzinfo | None = None
    if cz == "Z":
        tz = _UTC
    elif cz and cz != "H":
        found = _zone_map(cz, date(int(cy), int(cm), int(cd)))
        if not isinstance(found, tzinfo):
            raise ValueError(cz)
        tz = found
    value = datetime(int(cy), int(cm), int(cd), int(ch), int(cmin), int(csec or 0), tzinfo=tz)
    return _parsed(value, "second" if csec else "minute", tz is not None, start, end, matched)


def _from_match(
    text: str,
    m: re.Match[str],
    language: str | None,
    dayfirst: bool | None,
    tzinfos: TzInfos | None,
) -> ParsedDate | None:
    gs = m.groups()
    start, end = m.span()
    try:
        if gs[_ISO_AT] is not None:
            iy, im, id_, ih, imin, isec, ifrac, iz = gs[_ISO_AT : _ISO_AT + 8]
            y, mo = int(iy), int(im)
            if not MIN_YEAR <= y <= MAX_YEAR:
                return None
            if id_ is None:
                return _parsed(date(y, mo, 1), "month", False, start, end, m.group(0))
            d = date(y, mo, int(id_))
            if ih is None:
                return _parsed(d, "day", False, start, end, m.group(0))
            micro = int((ifrac + "000000")[:6]) if ifrac else 0
            tz: tzinfo | None = None
            if iz:
                z = _zone(iz if iz != "Z" else "UTC", d, tzinfos)
                tz = z if isinstance(z, tzinfo) else None
            value = datetime(y, mo, d.day, int(ih), int(imin), int(isec or 0), micro, tzinfo=tz)
            return _parsed(
                value, "second" if isec else "minute", tz is not None, start, end, m.group(0)
            )
        if gs[_CY] is not None:
            return _compact(gs[_CY : _CY + 7], start, end, m.group(0))
        if gs[_M1] is not None:
            word = gs[_M1].lower().rstrip(".")
            mo_n = None if word in lx.DAY_ONLY_MONTHS else _MONTHS.get(word)
            y, d_n = _era(int(gs[_Y1]), gs[_M1]), int(gs[_D1])
        elif gs[_M2] is not None:
            mo_n = _MONTHS.get(gs[_M2].lower().rstrip("."))
            y, d_n = _era(_year(gs[_Y2]), gs[_M2]), int(gs[_D2])
        elif gs[_NA] is not None:
            a, b, c = gs[_NA], gs[_NB], gs[_NC]
            if len(a) == 4:
                if gs[_NS] == "." and len(c) <= 2:
                    return None
                y, mo_n, d_n = int(a), int(b), int(c)
                if len(c) > 2:
                    return None
            else:
                if len(a) > 2 or len(c) == 1:
                    return None  # the year last has two digits or four ("12/6/5" is none)
                y = _year(c)
                first, second = int(a), int(b)
                if first > 12 and second <= 12:
                    d_n, mo_n = first, second
                elif second > 12 and first <= 12:
                    mo_n, d_n = first, second
                elif _dayfirst(language, dayfirst) or gs[_NS] == ".":
                    d_n, mo_n = first, second
                else:
                    mo_n, d_n = first, second
        else:
            word = gs[_M3].lower().rstrip(".")
            mo_n = _MONTHS.get(word)
            if mo_n is None or word in lx.DAY_ONLY_MONTHS:
                return None
            y = int(gs[_Y3])
            if not MIN_YEAR <= y <= MAX_YEAR:
                return None
            return _parsed(date(y, mo_n, 1), "month", False, start, end, m.group(0))
        if mo_n is None or not MIN_YEAR <= y <= MAX_YEAR:
            return None
        day = date(y, mo_n, d_n)
    except ValueError:
        return None
    # a time after the date, else one before it
    n = len(text)
    if end < n:
        tm = _TIME_AFTER.match(text, end, min(n, end + 48))
        if tm is not None:
            timed = _timed(day, tm, tzinfos, start, tm.end(), text)
            if timed is not True:
                return timed or None
    if start and _DIGIT.search(text, max(0, start - 48), start) is not None:
        last = None
        for tb in _TIME_ANY.finditer(text, max(0, start - 48), start):
            last = tb
        if last is not None and _FIELD_BREAK.search(text, last.end(), start) is None:
            # (a time before a "·" or "|" belongs to the field before: "14. marca 2024 o
            # 9:15 · Aktualizované 15. marca 2024" gives the second date no time)
            timed = _timed(day, last, tzinfos, last.start(), end, text)
            if timed is not True:
                return timed or None
    return _parsed(day, "day", False, start, end, m.group(0))


def _search(
    text: str,
    language: str | None,
    dayfirst: bool | None,
    tzinfos: TzInfos | None,
    limit: int,
) -> ParsedDate | None:
    n = min(len(text), limit)
    digit = _DIGIT.search(text, 0, n)
    if digit is None:
        return None
    if "ن ال" in text:
        # Arabic two-word months, joined into one word of the same length.
        for two, one in lx.TWO_WORD_MONTHS:
            text = text.replace(two, one)
    pos = max(0, digit.start() - 16)  # a month word and its dot/spaces before the day
    date_re = _DATE_RE if _MARKED_SCRIPT.search(text, 0, n) is None else _MARKED_DATE_RE
    while pos < n:
        m = date_re.search(text, pos, n)
        if m is None:
            break
        found = _from_match(text, m, language, dayfirst, tzinfos)
        if found is not None:
            return found
        pos = m.start() + 1
    if "年" in text or "년" in text:
        return _east_asian(text, n, tzinfos) or _other_calendar(
            text, cal.japanese_era(text, n), tzinfos
        )
    if "háng" in text or "HÁNG" in text:
        return _vietnamese(text, n, tzinfos)
    if cal.THAI_SCRIPT.search(text, 0, n) is not None:
        found = _other_calendar(text, cal.thai_abbreviated(text, n), tzinfos)
        if found is not None:
            return found
    elif cal.ARABIC_SCRIPT.search(text, 0, n) is not None:
        found = _other_calendar(text, cal.persian(text, n), tzinfos)
        if found is not None:
            return found
    if "." in text:
        return (
            _year_first(text, n, tzinfos)
            or _spaced_day_first(text, n, tzinfos)
            or _baltic_year_first(text, n, tzinfos)
        )
    return None


def _other_calendar(
    text: str, found: tuple[date, re.Match[str]] | None, tzinfos: TzInfos | None
) -> ParsedDate | None:
    """A day read by one of the :mod:`_calendars` readers, with its time, if possible."""
    if found is None or not MIN_YEAR <= found[0].year <= MAX_YEAR:
        return None
    return _with_time_after(text, found[0], found[1], tzinfos)


# Year-first dates with full stops: "2023.03.12" (month and day written with two digits: a
# calendar version number, "2023.3.1", is not a date), Korean "2023. 3. 12." (a space after
# each stop), Hungarian "2023. március 12." (a month name).
_YEAR_FIRST = re.compile(
    r"(?<![\d.])((?:19|20)\d\d)\.(?:(0[1-9]|1[0-2])\.([0-2]\d|3[01])(?![\d]|\.\d)"
    r"|\s(1[0-2]|0?[1-9])\.\s([0-2]?\d|3[01])\.?(?!\d)"
    r"|\s+([^\W\d_]{3,12})\.?\s+([0-2]?\d|3[01])\.?(?!\d))"
)
# Hungarian month names and their abbreviations (read only in the year-first form above).
#: Languages whose month names only the year-first readers below know (Hungarian "2024.
#: szeptember 3.", Lithuanian "2024 m. rugsėjo 3 d.", Latvian "2024. gada 3. septembrī").
OWN_MONTH_LANGUAGES: frozenset[str] = frozenset({"hu", "lt", "lv"})
_HU_MONTHS = {
    name: i
    for i, names in enumerate(
        (
            ("január", "jan"),
            ("február", "febr", "feb"),
            ("március", "márc", "marcius"),
            ("április", "ápr", "aprilis"),
            ("május", "máj", "majus"),
            ("június", "jún", "junius"),
            ("július", "júl", "julius"),
            ("augusztus", "aug"),
            ("szeptember", "szept"),
            ("október", "okt", "oktober"),
            ("november", "nov"),
            ("december", "dec"),
        ),
        start=1,
    )
    for name in names
}


def _year_first(text: str, n: int, tzinfos: TzInfos | None) -> ParsedDate | None:
    m = _YEAR_FIRST.search(text, 0, n)
    if m is None:
        return None
    y, mo2, d2, mo_k, d_k, mo_name, d_name = m.groups()
    if mo2 is not None:
        mo, d = int(mo2), int(d2)
    elif mo_k is not None:
        mo, d = int(mo_k), int(d_k)
    else:
        found = _HU_MONTHS.get(mo_name.lower())
        if found is None:
            return None
        mo, d = found, int(d_name)
    try:
        day = date(int(y), mo, d)
    except ValueError:
        return None
    return _with_time_after(text, day, m, tzinfos)


# Lithuanian and Latvian print the year first with a word after it: "2024 m. rugsėjo 3 d."
# (metai, diena), "2024. gada 3. septembrī" (gads), read when nothing else is.
_BALTIC_YEAR_FIRST = re.compile(
    r"(?<![\d.])((?:19|20)\d\d)\s?(?:m\.\s+([^\W\d_]{4,11})\s+([0-2]?\d|3[01])\s?d\."
    r"|\.\s+gada\s+([0-2]?\d|3[01])\.\s+([^\W\d_]{4,11}))",
    re.IGNORECASE,
)
_BALTIC_MONTHS = {
    name: i
    for i, names in enumerate(
        (
            ("sausio", "janvārī", "janvāris", "janvāra"),
            ("vasario", "februārī", "februāris", "februāra"),
            ("kovo", "martā", "marts", "marta"),
            ("balandžio", "aprīlī", "aprīlis", "aprīļa"),
            ("gegužės", "maijā", "maijs", "maija"),
            ("birželio", "jūnijā", "jūnijs", "jūnija"),
            ("liepos", "jūlijā", "jūlijs", "jūlija"),
            ("rugpjūčio", "augustā", "augusts", "augusta"),
            ("rugsėjo", "septembrī", "septembris", "septembra"),
            ("spalio", "oktobrī", "oktobris", "oktobra"),
            ("lapkričio", "novembrī", "novembris", "novembra"),
            ("gruodžio", "decembrī", "decembris", "decembra"),
        ),
        start=1,
    )
    for name in names
}


def _baltic_year_first(text: str, n: int, tzinfos: TzInfos | None) -> ParsedDate | None:
    if " m." not in text and "m. " not in text and "gada" not in text.lower():
        return None  # (substring tests: most texts pay nothing for the pattern)
    m = _BALTIC_YEAR_FIRST.search(text, 0, n)
    if m is None:
        return None
    y, lt_month, lt_day, lv_day, lv_month = m.groups()
    name, d = (lt_month, lt_day) if lt_month is not None else (lv_month, lv_day)
    mo = _BALTIC_MONTHS.get(name.lower())
    if mo is None:
        return None
    try:
        day = date(int(y), mo, int(d))
    except ValueError:
        return None
    return _with_time_after(text, day, m, tzinfos)


# Day first with a full stop and a space after the day and the month, as Czech and Slovak
# print dates ("14. 3. 2024"), read when nothing else is.
_SPACED_DAY_FIRST = re.compile(
    r"(?<![\d.])([0-2]?\d|3[01])\.\s(1[0-2]|0?[1-9])\.\s((?:19|20)\d\d)(?![\d])"
)


def _spaced_day_first(text: str, n: int, tzinfos: TzInfos | None) -> ParsedDate | None:
    m = _SPACED_DAY_FIRST.search(text, 0, n)
    if m is None:
        return None
    try:
        day = date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
    except ValueError:
        return None
    return _with_time_after(text, day, m, tzinfos)


def _with_time_after(
    text: str, day: date, m: re.Match[str], tzinfos: TzInfos | None
) -> ParsedDate | None:
    """The day matched by ``m``, with the time printed right after it if there is one."""
    start, end = m.span()
    tm = _TIME_AFTER.match(text, end, min(len(text), end + 48))
    if tm is not None:
        timed = _timed(day, tm, tzinfos, start, tm.end(), text)
        if timed is not True:
            return timed or None
    return _parsed(day, "day", False, start, end, m.group(0))


# "2023年12月29日" (Chinese, Japanese), "2023년 12월 29일" (Korean): year, month and day
# numbers, each followed by its unit sign.
_EAST_ASIAN = re.compile(r"(?<!\d)(\d{4})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]")


def _east_asian(text: str, n: int, tzinfos: TzInfos | None) -> ParsedDate | None:
    m = _EAST_ASIAN.search(text, 0, n)
    if m is None:
        return None
    y = int(m.group(1))
    if not MIN_YEAR <= y <= MAX_YEAR:
        return None
    try:
        day = date(y, int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None
    return _with_time_after(text, day, m, tzinfos)


# Vietnamese: "ngày 14 tháng 3 năm 2024" (day, "month" and its number, "year" and its
# number), also "14 tháng 3, 2024".
_VIETNAMESE = re.compile(
    r"(?<!\d)(\d{1,2})\s+th[áa]ng\s+(\d{1,2})(?:\s*[,/]\s*|\s+n[ăa]m\s+|\s+)(\d{4})(?!\d)",
    re.IGNORECASE,
)


def _vietnamese(text: str, n: int, tzinfos: TzInfos | None) -> ParsedDate | None:
    m = _VIETNAMESE.search(text, 0, n)
    if m is None:
        return None
    y = int(m.group(3))
    if not MIN_YEAR <= y <= MAX_YEAR:
        return None
    try:
        day = date(y, int(m.group(2)), int(m.group(1)))
    except ValueError:
        return None
    return _with_time_after(text, day, m, tzinfos)


def find_date(text: str, language: str | None = None) -> ParsedDate | None:
    """The first date inside a short text ("By Jane Doe | December 29, 2023 | 5 min read").

    Scans at most ``MAX_FIND_LEN`` characters; no prefix check (unlike ``parse_date_ex``).
    """
    if language is not None and not isinstance(language, str):
        raise ParseError("language must be a str or None")
    return _search(_check(text), language, None, None, MAX_FIND_LEN)


def _prefix_ok(prefix: str) -> bool:
    if not prefix or prefix.isspace():
        return True
    return _PREFIX_OR_WEEKDAY.issuperset(_WORD.findall(prefix.lower()))


def _dateutil(text: str, tzinfos: TzInfos | None) -> ParsedDate | None:
    """Last resort on short clean strings: dateutil twice, to learn which parts were given."""
    from dateutil import parser as du

    zones: dict[str, tzinfo | int] = dict(lx.ZONES)
    if tzinfos:
        zones.update(tzinfos)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error")
            a = du.parse(text, default=datetime(2001, 1, 1), tzinfos=zones)
            b = du.parse(text, default=datetime(2002, 2, 2, 3, 3, 3), tzinfos=zones)
    except Exception:  # dateutil raises many exception types (and warnings are errors here)
        return None
    if a.year != b.year or not _plausible(a.year):
        return None
    tz_known = a.tzinfo is not None
    if a.month != b.month:
        return ParsedDate(
            value=date(a.year, 1, 1),
            precision="year",
            tz_known=False,
            start=0,
            end=len(text),
            matched=text,
        )
    if a.day != b.day:
        return ParsedDate(
            value=date(a.year, a.month, 1),
            precision="month",
            tz_known=False,
            start=0,
            end=len(text),
            matched=text,
        )
    if a.hour != b.hour or a.minute != b.minute:
        return ParsedDate(
            value=a.date(), precision="day", tz_known=False, start=0, end=len(text), matched=text
        )
    precision = "minute" if a.second != b.second else "second"
    value = a if a.second == b.second else a.replace(second=0)
    return ParsedDate(
        value=value, precision=precision, tz_known=tz_known, start=0, end=len(text), matched=text
    )


_ISO_FAST = re.compile(
    r"\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?P<sec>:\d{2}(?:\.\d{1,6})?)?"
    r"(?P<tz>Z|[+-]\d{2}:\d{2})?)?"
)


def _iso_fast(text: str) -> ParsedDate | None:
    """``datetime.fromisoformat`` on a clean ISO 8601 string (the common machine format)."""
    m = _ISO_FAST.fullmatch(text)
    if m is None:
        return None
    try:
        if len(text) == 10:
            d = date.fromisoformat(text)
            if not _plausible(d.year):
                return None
            return _parsed(d, "day", False, 0, 10, text)
        tz = m.group("tz")
        value = datetime.fromisoformat(text[:-1] + "+00:00" if tz == "Z" else text)
    except ValueError:
        return None
    if not _plausible(value.year):
        return None
    if tz == "Z":
        value = value.replace(tzinfo=_UTC)
    return _parsed(
        value, "second" if m.group("sec") else "minute", tz is not None, 0, len(text), text
    )


def parse_date_ex(
    text: str,
    *,
    language: str | None = None,
    dayfirst: bool | None = None,
    tzinfos: TzInfos | None = None,
) -> ParsedDate | None:
    """Parse a short date text, keeping precision, time zone and the matched span.

    The text may start with words such as "Published", "Updated", "Posted on",
    "Publicado el", "Publié le", "Veröffentlicht am" and weekday names. Month-only dates
    give ``precision="month"`` and day 1; a bare year gives ``precision="year"``.
    Implausible dates (year outside 1900-2100, February 30) give None; so does an unknown
    zone abbreviation right after a time (pass ``tzinfos`` to resolve it).
    """
    _check(text)
    if not text or len(text) > MAX_PARSE_LEN:
        return None
    if tzinfos is None:
        if dayfirst is not None and not isinstance(dayfirst, bool):
            raise ParseError("dayfirst must be a bool or None")
        if language is not None and not isinstance(language, str):
            raise ParseError("language must be a str or None")
        return _parse_cached(text, language, dayfirst)
    if not isinstance(tzinfos, dict):
        raise ParseError("tzinfos must be a dict of name -> tzinfo or offset seconds")
    return _parse_uncached(text, language, dayfirst, tzinfos)


@lru_cache(maxsize=4096)
def _parse_cached(text: str, language: str | None, dayfirst: bool | None) -> ParsedDate | None:
    """Results are immutable, so repeated texts (the same date in several elements of a
    page, or across pages of one site) are parsed once."""
    return _parse_uncached(text, language, dayfirst, None)


def _parse_uncached(
    text: str, language: str | None, dayfirst: bool | None, tzinfos: TzInfos | None
) -> ParsedDate | None:
    if len(text) >= 10 and text[4] == "-" and text[:4].isdigit():
        fast = _iso_fast(text)
        if fast is not None:
            return fast
    found = _search(text, language, dayfirst, tzinfos, MAX_PARSE_LEN)
    if found is not None:
        return found if _prefix_ok(text[: found.start]) else None
    stripped = text.strip()
    y = _YEAR_ONLY.search(stripped)
    if (
        y is not None
        and _prefix_ok(stripped[: y.start()])
        and not stripped[y.end() :].strip(" .,;")
    ):
        year = int(y.group(1))
        if not _plausible(year):
            return None
        return ParsedDate(
            value=date(year, 1, 1),
            precision="year",
            tz_known=False,
            start=y.start(),
            end=y.end(),
            matched=y.group(1),
        )
    if len(stripped) <= 64 and any(ch.isdigit() for ch in stripped):
        return _dateutil(stripped, tzinfos)
    return None


def parse_date(
    text: str,
    *,
    language: str | None = None,
    dayfirst: bool | None = None,
    tzinfos: TzInfos | None = None,
) -> date | datetime | None:
    """Parse an absolute date: a ``date`` for day precision, a ``datetime`` with a time.

    The datetime is naive when the text names no zone or offset; zone abbreviations
    (ET/EST/EDT, CT, MT, PT, GMT, UTC, BST, CET/CEST, MEZ/MESZ, IST, JST, AEST/AEDT, ...)
    are resolved through an explicit map, extended by ``tzinfos``. Month-only or year-only
    dates give None (see ``parse_date_ex``). ``dayfirst`` (default: from ``language``;
    day-first unless English of the US/Canada/Philippines) decides ambiguous "01/02/2023".
    """
    if tzinfos is None and type(text) is str:
        # parse_date_ex's own path for the common call, one call shorter
        if not text or len(text) > MAX_PARSE_LEN:
            return None
        if dayfirst is not None and not isinstance(dayfirst, bool):
            raise ParseError("dayfirst must be a bool or None")
        if language is not None and not isinstance(language, str):
            raise ParseError("language must be a str or None")
        found = _parse_cached(text, language, dayfirst)
    else:
        found = parse_date_ex(text, language=language, dayfirst=dayfirst, tzinfos=tzinfos)
    if found is None or found.precision in ("year", "month"):
        return None
    return found.value
