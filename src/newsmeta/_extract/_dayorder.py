"""Day and month order of a page's slash dates, settled by the page itself.

"04/03/2022" is 4 March or 3 April; the parser reads it by the page's language (day first
except for the English of the US, Canada and the Philippines). The page often says which:

* another reading of the same date that is not ambiguous — an ISO timestamp, a month name,
  the day in the address — gives the day when it is the ambiguous date's swap and no such
  reading gives the date as read ("04/03/2022" beside ``datePublished`` 2022-04-03);
* the page's other printed slash dates: one whose first number is above 12 ("25/04/2022")
  shows the page writes the day first, one whose second is ("11/25/2021") the month first;
  when they all agree, the page's ambiguous printed slash dates follow them;
* failing both, a page that declares no language (an old template) on the address of a
  country that writes the day first ("www.gazzetta-paese.it", ".es", ".de", ".com.br")
  reads its ambiguous printed slash dates day first.

Only candidates are read (their raw text), never the page again. Dotted dates ("03.04.2022")
are always day first and are left alone.
"""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Sequence

import attrs

from newsmeta._extract._candidates import Candidate
from newsmeta._models import SourceKind

__all__ = ["day_first_host", "settle_day_order"]

_DATE_FIELDS = frozenset({"date_published", "date_modified", "date_created"})
_PRINTED = frozenset(
    {SourceKind.VISIBLE_TEXT, SourceKind.TIME_ELEMENT, SourceKind.HTML_ATTRIBUTE, SourceKind.HATOM}
)
_SLASH = re.compile(r"(?<![\d/])(\d{1,2})/(\d{1,2})/(\d{4}|\d{2})(?![\d/])")
#: Slash dates read in one candidate's raw text (a line holds one or two).
_MAX_PER_RAW = 3
_RAW_CHARS = 200


def _day_of(value: object) -> _dt.date | None:
    if isinstance(value, _dt.datetime):
        return value.date()
    if isinstance(value, _dt.date):
        return value
    return None


def _year_fits(text: str, year: int) -> bool:
    return int(text) == (year if len(text) == 4 else year % 100)


def _ambiguous_in(cand: Candidate, day: _dt.date) -> bool:
    """Whether ``cand`` read ``day`` from a slash date whose two numbers could swap."""
    if day.day > 12 or day.day == day.month or "/" not in cand.raw:
        return False
    for n, match in enumerate(_SLASH.finditer(cand.raw, 0, _RAW_CHARS)):
        if n >= _MAX_PER_RAW:
            break
        first, second = int(match.group(1)), int(match.group(2))
        if {first, second} == {day.day, day.month} and _year_fits(match.group(3), day.year):
            return True
    return False


def _votes(cands: Sequence[Candidate]) -> set[bool]:
    """The orders (True: day first) that the printed slash dates with a number above 12
    show."""
    found: set[bool] = set()
    for cand in cands:
        if cand.source not in _PRINTED or cand.field not in _DATE_FIELDS or "/" not in cand.raw:
            continue
        for n, match in enumerate(_SLASH.finditer(cand.raw, 0, _RAW_CHARS)):
            if n >= _MAX_PER_RAW:
                break
            first, second = int(match.group(1)), int(match.group(2))
            if 12 < first <= 31 and 1 <= second <= 12:
                found.add(True)
            elif 12 < second <= 31 and 1 <= first <= 12:
                found.add(False)
    return found


def _swapped(cand: Candidate, day: _dt.date) -> Candidate:
    value = cand.value
    return attrs.evolve(cand, value=value.replace(month=day.day, day=day.month))


# Country domains whose countries write the day first ("09/07/2018" is 9 July): Europe,
# Latin America, Australia, New Zealand, South Africa, India. Not the United States, Canada
# or the Philippines, nor the country domains used as generic names (".co", ".io", ".tv").
_DAY_FIRST_TLDS = frozenset(
    {
        "de", "at", "ch", "fr", "be", "nl", "lu", "it", "es", "pt", "pl", "cz", "sk", "hu",
        "ro", "bg", "gr", "hr", "si", "rs", "ba", "dk", "se", "no", "fi", "is", "ee", "lv",
        "lt", "ie", "uk", "ru", "ua", "tr", "br", "ar", "cl", "pe", "mx", "uy", "ve", "ec",
        "bo", "py", "au", "nz", "za", "in",
    }
)  # fmt: skip


def day_first_host(url: str | None, html_lang: str | None) -> bool:
    """Whether a page that declares no language stands on a day-first country's domain."""
    if html_lang or not url:
        return False
    host = url.split("//", 1)[-1].split("/", 1)[0].split(":", 1)[0].rstrip(".").lower()
    return host.rsplit(".", 1)[-1] in _DAY_FIRST_TLDS


def settle_day_order(cands: list[Candidate], host_day_first: bool = False) -> list[Candidate]:
    """``cands`` with ambiguous slash dates read in the order the page shows (see the module
    docstring); the list itself when nothing changes. ``host_day_first``: the page declares
    no language and stands on a day-first country's domain (see :func:`day_first_host`)."""
    ambiguous: list[int] = []
    for i, cand in enumerate(cands):
        if cand.field in _DATE_FIELDS:
            day = _day_of(cand.value)
            if day is not None and _ambiguous_in(cand, day):
                ambiguous.append(i)
    if not ambiguous:
        return cands
    out = list(cands)
    settled: set[int] = set()
    # Another reading of the same date, not ambiguous, in the same field.
    firm: dict[str, set[_dt.date]] = {}
    for i, cand in enumerate(cands):
        if cand.field in _DATE_FIELDS and i not in ambiguous:
            day = _day_of(cand.value)
            if day is not None:
                firm.setdefault(cand.field, set()).add(day)
    for i in ambiguous:
        cand = cands[i]
        day = _day_of(cand.value)
        assert day is not None
        other = _dt.date(day.year, day.day, day.month)
        days = firm.get(cand.field, set())
        if other in days and day not in days:
            out[i] = _swapped(cand, day)
            settled.add(i)
        elif day in days:
            settled.add(i)
    # The order the page's other printed slash dates show, when they agree.
    votes = _votes(cands)
    if not votes and host_day_first:
        votes = {True}
    if len(votes) == 1:
        (day_first,) = votes
        for i in ambiguous:
            cand = cands[i]
            if i in settled or cand.source not in _PRINTED:
                continue
            day = _day_of(cand.value)
            assert day is not None
            read_day_first = _reads_day_first(cand, day)
            if read_day_first is not None and read_day_first != day_first:
                out[i] = _swapped(cand, day)
    return out


def _reads_day_first(cand: Candidate, day: _dt.date) -> bool | None:
    """Whether ``cand``'s slash date was read day first (None: not found)."""
    for n, match in enumerate(_SLASH.finditer(cand.raw, 0, _RAW_CHARS)):
        if n >= _MAX_PER_RAW:
            break
        first, second = int(match.group(1)), int(match.group(2))
        if not _year_fits(match.group(3), day.year):
            continue
        if (first, second) == (day.day, day.month):
            return True
        if (first, second) == (day.month, day.day):
            return False
    return None
