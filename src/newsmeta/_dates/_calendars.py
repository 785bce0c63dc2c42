"""Dates printed in another calendar's years or in abbreviations the general patterns miss:
Japanese era years ("令和6年3月5日"), Thai abbreviated months ("5 มี.ค. 2567", "5 มี.ค. 67")
and the Persian solar calendar ("۱۵ اسفند ۱۴۰۲", "۱۴۰۲/۱۲/۱۵").

Each reader returns the common-era day and the match it read, or None; the parser tries them
only when nothing else in the text is a date, and only when the text holds their script.
"""

from __future__ import annotations

import re
from datetime import date

__all__ = ["ARABIC_SCRIPT", "THAI_SCRIPT", "japanese_era", "persian", "thai_abbreviated"]

ARABIC_SCRIPT = re.compile("[\u0600-\u06ff]")
"""A letter or digit of the Arabic script (Persian is written in it)."""
THAI_SCRIPT = re.compile("[\u0e00-\u0e7f]")

# Japanese era names and the common-era year before each era's first year (Reiwa 1 = 2019,
# Heisei 1 = 1989); "元年" is an era's first year. Older eras end before the web's dates.
_ERAS = {"令和": 2018, "平成": 1988}
_JAPANESE_ERA = re.compile(r"(令和|平成)\s*(\d{1,2}|元)\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日")


def japanese_era(text: str, n: int) -> tuple[date, re.Match[str]] | None:
    """The first day written with a Japanese era year in ``text[:n]``."""
    m = _JAPANESE_ERA.search(text, 0, n)
    if m is None:
        return None
    era, year, month, day = m.groups()
    number = 1 if year == "元" else int(year)
    try:
        return date(_ERAS[era] + number, int(month), int(day)), m
    except ValueError:
        return None


# Thai month abbreviations, as Thai pages print them in a date line ("5 มี.ค. 2567 10:30 น.").
_THAI_ABBREVIATIONS = {
    name: i
    for i, name in enumerate(
        (
            "ม.ค.",
            "ก.พ.",
            "มี.ค.",
            "เม.ย.",
            "พ.ค.",
            "มิ.ย.",
            "ก.ค.",
            "ส.ค.",
            "ก.ย.",
            "ต.ค.",
            "พ.ย.",
            "ธ.ค.",
        ),
        start=1,
    )
}
_THAI_DATE = re.compile(
    r"(?<!\d)(\d{1,2})\s*("
    + "|".join(re.escape(n) for n in sorted(_THAI_ABBREVIATIONS, key=len, reverse=True))
    + r")\s*(\d{4}|\d{2})(?!\d)"
)
_BUDDHIST_OFFSET = 543


def thai_abbreviated(text: str, n: int) -> tuple[date, re.Match[str]] | None:
    """The first Thai date with an abbreviated month in ``text[:n]``: its year is of the
    Buddhist era when above 2400 ("2567" = 2024); a two-digit year after a Thai month
    abbreviation is the Buddhist era's too ("67" = 2567 = 2024)."""
    m = _THAI_DATE.search(text, 0, n)
    if m is None:
        return None
    day, month, year = m.groups()
    y = int(year)
    if len(year) == 2:
        y += 2500
    if y > 2400:
        y -= _BUDDHIST_OFFSET
    try:
        return date(y, _THAI_ABBREVIATIONS[month], int(day)), m
    except ValueError:
        return None


# The Persian (solar hijri) months; "امرداد" is an older spelling of Mordad. A month name is
# read only between a day and a four-digit year of the calendar (1370-1429, 1991-2051 in the
# common era): "دی" (Dey) and "تیر" (Tir) are words too.
_PERSIAN_MONTHS = {
    name: i
    for i, names in enumerate(
        (
            ("فروردین",),
            ("اردیبهشت",),
            ("خرداد",),
            ("تیر",),
            ("مرداد", "امرداد"),
            ("شهریور",),
            ("مهر",),
            ("آبان",),
            ("آذر",),
            ("دی",),
            ("بهمن",),
            ("اسفند",),
        ),
        start=1,
    )
    for name in names
}
_PERSIAN_YEAR = r"(?:1|١|۱)(?:3|٣|۳)[7-9٧-٩۷-۹]\d|(?:1|١|۱)(?:4|٤|۴)[0-2٠-٢۰-۲]\d"
_PERSIAN_NAMED = re.compile(
    r"(?<!\d)(\d{1,2})\s+("
    + "|".join(sorted(_PERSIAN_MONTHS, key=len, reverse=True))
    + rf")\s+(?:ماه\s+)?({_PERSIAN_YEAR})(?!\d)"
)
_PERSIAN_NUMERIC = re.compile(
    rf"(?<![\d/.-])({_PERSIAN_YEAR})([/.-])(\d{{1,2}})\2(\d{{1,2}})(?![\d/.-])"
)
# A numeric date is read as Persian only in a Persian text (Persian digits, or a letter only
# Persian writes: پ چ ژ گ ک ی) without the Hijri mark "هـ": Arabic pages print lunar Hijri
# dates in the same shape ("1445/08/24 هـ").
_PERSIAN_ONLY = re.compile("[\u06f0-\u06f9\u067e\u0686\u0698\u06af\u06a9\u06cc]")
_HIJRI_MARK = "هـ"


def persian(text: str, n: int) -> tuple[date, re.Match[str]] | None:
    """The first Persian solar date in ``text[:n]`` ("۱۵ اسفند ۱۴۰۲", "1402/12/15"), as
    its common-era day."""
    m = _PERSIAN_NAMED.search(text, 0, n)
    if m is not None:
        day, month, year = int(m.group(1)), _PERSIAN_MONTHS[m.group(2)], int(m.group(3))
    else:
        if _PERSIAN_ONLY.search(text, 0, n) is None or _HIJRI_MARK in text:
            return None
        m = _PERSIAN_NUMERIC.search(text, 0, n)
        if m is None:
            return None
        year, month, day = int(m.group(1)), int(m.group(3)), int(m.group(4))
    if not 1 <= month <= 12 or not 1 <= day <= (31 if month <= 6 else 30):
        return None
    return _jalali_to_common(year, month, day), m


# The day before 1 Farvardin of year 1, as a proleptic Gregorian ordinal, for the 33-year
# leap arithmetic below (checked against the new years 1370-1410: 1 Farvardin 1403 was
# 20 March 2024, 1 Farvardin 1404 21 March 2025).
_EPOCH = 226_894


def _jalali_to_common(year: int, month: int, day: int) -> date:
    """A Persian solar day as the common-era day (the 33-year leap cycle, exact for the
    years the web prints)."""
    days = 365 * (year - 1) + (8 * (year - 1) + 29) // 33
    days += (month - 1) * 31 if month <= 7 else 186 + (month - 7) * 30
    return date.fromordinal(_EPOCH + days + day)
