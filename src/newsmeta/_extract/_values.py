"""Small value cleaners shared by the sources: text, numbers, URLs, dates and author names."""

from __future__ import annotations

import datetime as _dt
import html
import math
import re
import unicodedata
from functools import lru_cache
from typing import Any, Literal, overload

from newsmeta._dates import ParsedDate, RelativeTime, find_date, parse_date_ex, parse_relative
from newsmeta._errors import NewsmetaError
from newsmeta._extract._byline_shapes import fediverse_handle, names_first, place_shaped
from newsmeta._extract._honorifics import lower_titles, without_article_before_title
from newsmeta._extract._particle_by import by_before_name, is_particle_surname
from newsmeta._extract._words import drop_invisible
from newsmeta._formats import clean_uri, is_email
from newsmeta._models import Author, AuthorKind, DateValue

__all__ = [
    "BYLINE_LABELS",
    "BY_WORDS",
    "CJK_LABELS",
    "UNUSABLE",
    "Unusable",
    "authors_from_text",
    "byline_authors",
    "clean_name",
    "clean_text",
    "find_text_date",
    "find_text_date_at",
    "is_agency",
    "looks_like_person",
    "to_date",
    "to_int",
    "to_number",
    "to_url",
    "without_nickname",
]

_WS = re.compile(r"\s+")
_TAG = re.compile(r"<[^<>]{0,500}>")


def clean_text(value: Any, limit: int = 100_000) -> str | None:
    """A trimmed single-spaced string, HTML entities and stray tags removed; None when empty."""
    if value is None:
        return None
    if isinstance(value, list):
        value = next((v for v in value if isinstance(v, str) and v.strip()), None)
        if value is None:
            return None
    if not isinstance(value, str):
        # A number can be a name ("1984"); NaN and infinities never are ("nan", "inf").
        if (isinstance(value, int) and not isinstance(value, bool) and abs(value) < 10**100) or (
            isinstance(value, float) and math.isfinite(value)
        ):
            value = str(value)
        else:
            return None
    text = value[: limit * 2]
    if "&" in text:
        text = html.unescape(text)
    if "<" in text and ">" in text:
        text = _TAG.sub(" ", text)
    # (" ".join(split()) is ``_WS.sub(" ", text).strip()``: both split on str.isspace)
    text = " ".join(drop_invisible(text).split())
    if not text:
        return None
    return text[:limit]


class Unusable:
    """A number that is present but not usable (NaN, a negative count, "abc", two values …)."""

    __slots__ = ()

    def __repr__(self) -> str:
        return "UNUSABLE"


UNUSABLE = Unusable()
"""What :func:`to_number` gives for a value that is present but not a usable number."""

# A decimal ("4.5", "4,5") and a count with thousands separators ("1,234", "12 000").
_DECIMAL = r"\d{1,9}(?:[.,]\d{1,6})?"
_GROUPED = r"\d{1,3}(?:[,. \u00a0\u202f]\d{3})+|\d{1,12}"
_DECIMAL_ALONE = re.compile(rf"^\s*\+?({_DECIMAL})\s*$")
_GROUPED_ALONE = re.compile(rf"^\s*\+?({_GROUPED})\s*$")
_GROUPED_FIRST = re.compile(rf"(?<![\d.,])(?:{_GROUPED})(?![\d])")
_NOT_DIGIT = re.compile(r"\D")


def _scalar(value: Any) -> Any:
    """The one value inside a structured-data value (``{"@value": …}``, a one-item list);
    UNUSABLE for several values or a boolean, None when absent or empty."""
    if isinstance(value, dict):
        value = value.get("@value")
    if isinstance(value, list):
        return _scalar(value[0]) if len(value) == 1 else UNUSABLE
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        return UNUSABLE
    return value


@overload
def to_number(
    value: Any, *, whole: Literal[True], loose: bool = False
) -> int | Unusable | None: ...
@overload
def to_number(
    value: Any, *, whole: Literal[False] = False, loose: bool = False
) -> float | Unusable | None: ...
def to_number(value: Any, *, whole: bool = False, loose: bool = False) -> Any:
    """The one number reader of structured data and visible counts.

    Gives a finite ``float`` (``whole=False``: "4,5", "4.5", 4) or a non-negative ``int``
    below 10**12 (``whole=True``: "1,234", "12 000", 7.0), None when the value is absent,
    and :data:`UNUSABLE` when it is present but not such a number. A string must be the
    number alone unless ``loose``, which takes the first number in it ("12 votes" -> 12).
    """
    value = _scalar(value)
    if value is None or value is UNUSABLE:
        return value
    if isinstance(value, (int, float)):
        try:
            number = float(value)
        except OverflowError:  # an int too large for a float (JSON allows any digits)
            return UNUSABLE
        if not math.isfinite(number):
            return UNUSABLE
        if not whole:
            return number
        if number < 0 or number >= 1e12 or (number != int(number) and not loose):
            return UNUSABLE
        return int(number)
    if not isinstance(value, str):
        return UNUSABLE
    head = value[:100] if loose else value[:40]
    if whole:
        match = (_GROUPED_FIRST.search if loose else _GROUPED_ALONE.match)(head)
        if not match:
            return UNUSABLE
        return int(_NOT_DIGIT.sub("", match.group(0)))
    match = _DECIMAL_ALONE.match(head)
    if not match:
        return UNUSABLE
    return float(match.group(1).replace(",", "."))


def to_int(value: Any) -> int | None:
    """A non-negative int from an int, float or numeric string ("1,234", "12 votes"); else None."""
    number = to_number(value, whole=True, loose=True)
    return None if isinstance(number, Unusable) else number


def to_url(value: Any, base: str | None = None) -> str | None:
    """An absolute http(s) URL, resolved against ``base``; else None."""
    if isinstance(value, dict):
        value = value.get("@id") or value.get("url")
    if isinstance(value, list):
        value = next((v for v in value if isinstance(v, str)), None)
    if not isinstance(value, str):
        return None
    if len(value) < 2000 and _PLAIN_URL.fullmatch(value):
        return value  # already absolute and clean: what clean_uri would return, 20x cheaper
    host = _HOST_FIRST.match(value)
    if host is not None and host.group(1).lower() not in _FILE_ENDINGS:
        # "example.com/path", "www.example.org": an address written without its scheme,
        # not a path relative to the page ("index.html" and "photo.jpg" stay relative)
        value = "//" + value.lstrip()
    return clean_uri(value, base)


# A first segment that is a host name ("example.com", "cdn.example.co.uk:8080"), and the
# endings that make such a segment a file name instead.
_HOST_FIRST = re.compile(r"\s*(?:[A-Za-z0-9-]+\.)+([A-Za-z]{2,24})(?::\d{1,5})?(?=[/?#]|\s*$)")
_FILE_ENDINGS = frozenset(
    """html htm xhtml shtml php asp aspx jsp cgi pl py rb xml json rss atom txt pdf doc docx
    jpg jpeg png gif webp svg avif bmp ico mp3 mp4 webm ogg mov zip gz css js md""".split()
)


# An absolute http(s) URL made only of characters clean_uri keeps as they are.
_PLAIN_URL = re.compile(
    r"https?://[A-Za-z0-9](?:[A-Za-z0-9.\-]{0,252})(?::\d{1,5})?"
    r"(?:[/?#][A-Za-z0-9\-._~%!$&'()*+,;=:@/?#\[\]]*)?"
)


# ----------------------------------------------------------------------------- dates

# The value readers below are pure functions of their text, and their results immutable:
# bounded caches read a text repeated across the candidates of a page (a byline seen by
# three readers, a date line read for the date and for the byline) once. A cache keeps its
# keys: a string from lxml (an XPath text result) holds its element, and with it the whole
# tree, so keys are made plain strings first.
_VALUE_CACHE = 4096


def _plain(text: str) -> str:
    return text if type(text) is str else str.__str__(text)


def _plain_language(language: str | None) -> str | None:
    return language if language is None or type(language) is str else str.__str__(language)


_ISO_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_ISO_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_MIN_YEAR, _MAX_YEAR = 1900, 2100


def _plausible(value: _dt.date) -> bool:
    return _MIN_YEAR <= value.year <= _MAX_YEAR


def _iso(text: str) -> tuple[DateValue, str] | None:
    match = _ISO_DAY.match(text)
    if match:
        try:
            day = _dt.date(int(match[1]), int(match[2]), int(match[3]))
        except ValueError:
            return None
        return (day, "day") if _plausible(day) else None
    if len(text) < 16 or text[4] != "-" or text[10] not in "Tt ":
        return None
    candidate = text.replace("Z", "+00:00").replace("z", "+00:00")
    if candidate[10] != "T":
        candidate = candidate[:10] + "T" + candidate[11:]
    try:
        moment = _dt.datetime.fromisoformat(candidate)
    except ValueError:
        return None
    if not _plausible(moment):
        return None
    precision = "minute" if len(text) <= 16 or text[16] not in ":" else "second"
    return moment, precision


def to_date(value: Any, language: str | None = None) -> tuple[DateValue, str] | None:
    """A date or datetime with its precision from a structured-data string.

    ISO 8601 first (microseconds of cost); other shapes go to ``newsmeta``'s date parser.
    Month-only values ("2023-12") give ``(date(2023, 12, 1), "month")``.
    """
    if isinstance(value, list):
        value = next((v for v in value if isinstance(v, str)), None)
    if not isinstance(value, str):
        return None
    text = _plain(value.strip())
    if not text or len(text) > 200:
        return None
    return _text_date(text, _plain_language(language))


@lru_cache(maxsize=_VALUE_CACHE)
def _text_date(text: str, language: str | None) -> tuple[DateValue, str] | None:
    """:func:`to_date` of a stripped string (a page's dates repeat across its data blocks)."""
    fast = _iso(text)
    if fast is not None:
        return fast
    match = _ISO_MONTH.match(text)
    if match:
        try:
            first = _dt.date(int(match[1]), int(match[2]), 1)
        except ValueError:
            return None
        return (first, "month") if _plausible(first) else None
    return _slow_date(text, language)


def _slow_date(text: str, language: str | None) -> tuple[DateValue, str] | None:
    try:
        return _pair(parse_date_ex(text, language=language))
    except NewsmetaError:
        return None


def _pair(parsed: ParsedDate | None) -> tuple[DateValue, str] | None:
    return None if parsed is None else (parsed.value, parsed.precision)


# ----------------------------------------------------------------------------- names

# The label before a writer's name, followed by a colon, in Russian, Ukrainian, Serbian,
# Polish, Turkish, Finnish, Greek, the Scandinavian languages, Hungarian, Indonesian,
# Vietnamese, Hindi and Thai ("Автор:", "Tekst:", "Yazar:", "Συντάκτης:", "Szerző:",
# "Penulis:", "Tác giả:", "लेखक:", "ผู้เขียน:"); one list for every byline reader.
CJK_LABELS = (
    r"(?:^|(?<=[\s|]))(?:著者|筆者|記者|作者|记者|撰文|投稿者|文|글)\s*[:：/／・]\s*|"
    r"(?:^|(?<=\s))(?:记者|記者)\s+"
)
BYLINE_LABELS = (
    r"(?:автор(?:ы|и)?|текст|autorzy|tekst|teksti|kirjoittaja|yazarlar|yazar|yazan|haber|"
    r"συντάκτης|συντάκτρια|författare|forfatter|skribent|"
    # Serbian, Hungarian, Indonesian and Malay, Vietnamese, Hindi, Thai, Persian
    r"аутор|szerző|penulis|tác\s+giả|phóng\s+viên|लेखक|ผู้เขียน|نویسنده|خبرنگار)"
)
# The words that say "by" or "written by" before a name, with or without a colon, in the
# further languages and scripts: Indonesian and Malay "Oleh", Czech and Slovak "Napsal(a)",
# "Napísal(a)", Hungarian "Írta", Croatian and Serbian "Piše"/"Пише", Arabic "بقلم" and
# "كتب"/"كتبت", Hebrew "מאת", Thai "โดย", Hindi "द्वारा". One list for every byline reader.
BY_WORDS = (
    r"(?:oleh|napí?sal[ao]?|írta|piše|пише|"
    r"بقلم|كتب(?:ت|ه|ها)?|מאת|โดย|द्वारा)"
)

_BY_PREFIX = re.compile(
    r"^\s*(?:"
    # "Eingestellt von der Michel": after a verb, "von" is the preposition even before "der".
    r"(?:eingestellt|geschrieben|verfasst|veröffentlicht|erstellt|gepostet|artikel|"
    r"(?:ein )?beitrag)\s+von|"
    r"(?:(?:written|posted|published|reported|story|text|words|photos?|edited|escrito|"
    r"publicado|redactado|écrit|publié|rédigé|analysis|opinion|commentary|review|"
    r"interview)\s+)?"
    r"(?:by|von(?!\s+d[eo][rmn]?\b)|par|por|door|(?-i:di)|texte?s?|texto|"
    r"autor(?:in|en|innen)?|authors?|auteur|redaktion(?=\s*:)|"
    + BY_WORDS
    + r"|"
    + BYLINE_LABELS
    + r"(?=\s*:))"
    r")\s*[:\-–—]?\s+",
    re.I,
)
_SPLIT = re.compile(
    r"\s*(?:,|;|\||&|\band\b|\bund\b|\by\b|\bet\b|\be\b|\ben\b|\bog\b|"
    # "and" in Swedish, Polish, Turkish, Finnish, Russian, Ukrainian, Greek, Romanian
    r"\boch\b|\bi\b|\bve\b|\bja\b|\bи\b|\bі\b|\bκαι\b|\bși\b|、|"
    # Indonesian and Malay, Vietnamese, Hungarian (lower case only: "Dan Ray" is a name),
    # Hindi and Thai; the Arabic comma, and the Arabic "and" written apart
    r"\b(?-i:dan|và|és)\b|\bऔर\b|\bและ\b|،|(?<=\s)و(?=\s)|"
    # the Chinese correspondent or intern credited after the reporter ("记者 李明 通讯员 王芳")
    r"(?<=\s)(?:通讯员|通訊員|实习生|實習生))\s*",
    re.I,
)
_ROLE_SUFFIX = re.compile(
    r"\s*(?:[,|\-–—(]\s*)?\b(?:staff writers?|senior (?:writer|editor|reporter)s?|reporters?|"
    r"correspondents?|contributors?|editors?|columnists?|(?:chef)?redakteur(?:in)?|"
    # the same job in Spanish, Portuguese, Italian and French, printed after the name with
    # no comma ("Lucía Romero Redactora · Madrid")
    r"redactor(?:a|es|as)?|periodistas?|giornalista|jornalista|journaliste)\b.*$|"
    # after a comma, a role of a few words ending in the job ("…, AP Sports Writer")
    r"\s*[,|–—(]\s*(?:[\w.'’&-]+\s+){1,3}(?:writers?|reporters?|correspondents?|editors?|"
    r"columnists?)\b.*$|"
    # Korean prints the job after the name: "김민수 기자", "이영희 특파원", "박준 선임기자"
    r"\s+(?:선임|수석|객원|전문)?(?:기자|특파원|논설위원)(?:\s.*)?$|"
    # and so do Japanese and Chinese, with or without a space: "山田太郎 記者", "张伟记者"
    r"\s*(?:記者|记者|特派員|特派员)(?:\s.*)?$",
    re.I,
)
_NOT_NAME = re.compile(
    r"https?:|www\.|@|\d{5,}|\s\S*\d{3,}|\d{3,}\S*\s|"
    r"\b(?:min(?:ute)?s? read|updated|published|comments?|share|"
    r"follow|subscribe|read more|posted|leave a|view all|more from)\b|"
    # Placeholders and interface labels printed where a name would be.
    r"^(?:unknown|anonymous|anonym|anonyme|an[oó]nimo|admin|administrator|wordpressadmin|"
    r"benutzername|username|user ?name|auteur|author|autor|autorin|autore|red\.?|"
    r"기자|특파원|논설위원|记者|記者)$|"
    # a "by" word or a writer's label left alone ("بقلم:", "Oleh", "Szerző:")
    r"^(?:" + BY_WORDS + r"|" + BYLINE_LABELS + r")$|"
    r"übersicht|overview|\b(?:von|by|par|por)$|"
    # a "by" word of another language left alone ("Di", "Door", "Av", "Przez")
    r"^(?:di|da|door|av|af|przez)$",
    re.I,
)
_ORG_WORDS = re.compile(
    r"\b(?:news|staff|team|desk|redaktion|redacci[oó]n|r[ée]daction|agency|agencia|press|"
    r"associated|reuters|afp|dpa|efe|ap|bbc|cnn|times|post|journal|media|magazine|online|"
    r"editorial|editors|newsroom|inc|ltd|gmbh|llc|group|company|corporation|network)\b",
    re.I,
)


# An entity reference the parser could not resolve ("&xxe;" with no DTD) stays in the text
# as written; it is markup, never part of a name.
_ENTITY_REF = re.compile(r"&[A-Za-z_][\w.\-]{0,40};")


def drop_entity_refs(text: str) -> str:
    """``text`` without unresolved entity references (``By &xxe; &pw;`` -> ``By``)."""
    return _ENTITY_REF.sub(" ", text) if "&" in text else text


def clean_name(raw: str) -> str | None:
    """One author name as printed: "By"-style prefixes and role suffixes removed, never recased."""
    return _clean_name(_plain(raw))


# Marks around a name that are no part of it: a stray sign before it ("¿ Ana Ruiz", "» Ana
# Ruiz", "* Ana Ruiz"; not a handle's "@" or an opening quote or bracket) and pictographs
# after it ("Ana Ruiz ❤️", "Ana Ruiz ✍").
_NAME_LEAD = re.compile(r"^[^\w@\"'‘’“”„(\[]+")
_NAME_TRAIL = re.compile(r"[\s\u2190-\u2bff\ufe0f\u200d\U0001f000-\U0001faff]+$")


@lru_cache(maxsize=_VALUE_CACHE)
def _clean_name(raw: str) -> str | None:
    text = _WS.sub(" ", drop_entity_refs(raw)).strip(" \t\n\r,;:|·•-–—")
    text = _NAME_TRAIL.sub("", _NAME_LEAD.sub("", text))
    if not is_particle_surname(text):
        text = _BY_PREFIX.sub("", text, count=1)
    text = _ROLE_SUFFIX.sub("", text).strip(" ,;:|·•-–—()")
    if "/" in text or len(text) > 12:
        text = _without_agency(text).rstrip(" ,;:|·•-–—(")
    if (
        text.endswith(".")
        and text[-3:-1].isalpha()
        and text[:-1].rsplit(None, 1)[-1].casefold() not in _ABBREVIATIONS
    ):
        text = text[:-1]  # the sentence's stop ("By Lena Fox. Updated …"), not an initial's
    if not text or len(text) > 80 or len(text) < 2 or text.casefold() in _ARTICLES:
        return None
    if _NOT_NAME.search(text) or is_email(text):
        return None
    if sum(ch.isalpha() for ch in text) < 2:
        return None
    return text


_ABBREVIATIONS = frozenset(
    {"jr", "sr", "dr", "mr", "mrs", "ms", "st", "prof", "hon", "rev", "dra", "drs", "ir", "sra"}
)
# An article left alone once a role is cut ("By The Editors" -> "The"): no name.
_ARTICLES = frozenset({"the", "der", "die", "das", "la", "le", "les", "el", "los", "las", "de"})


def looks_like_person(name: str) -> bool:
    """A cheap test: 1-5 words, no organisation words."""
    words = name.split()
    return 1 <= len(words) <= 5 and _ORG_WORDS.search(name) is None


def _authors(names: list[str]) -> tuple[Author, ...]:
    """Authors from cleaned names: deduplicated, typed, agency credits dropped beside people."""
    out: list[Author] = []
    seen: set[str] = set()
    for name in names:
        key = name.casefold()
        if key in seen:
            continue
        seen.add(key)
        kind = AuthorKind.PERSON if looks_like_person(name) else AuthorKind.ORGANIZATION
        out.append(Author(name=name, kind=kind))
    if len(out) > 1:
        # "By Rob Picheta, CNN" / "Von David Hutzler, dpa": the agency is a credit line.
        people = [a for a in out if not _AGENCY.match(a.name) and not _short_caps(a.name)]
        if people:
            out = people
    return tuple(out)


def is_agency(name: str) -> bool:
    """Whether ``name`` is a news agency's name ("dpa", "Reuters", "The Associated Press")."""
    return _AGENCY.match(name.strip()) is not None


def _short_caps(name: str) -> bool:
    return name.isupper() and len(name) <= 5


# "Lindqvist, Mara": one name written surname first (citation_author, DC.creator, and the
# "Lindqvist, Mara; Okafor, Tunde" lists of citation_authors and bibliographic records).
_LAST_FIRST = re.compile(r"^([^\s,][^,]{0,40}?),\s*([^,]{1,40})$")
_NOT_GIVEN = re.compile(r"^(?:jr|sr|ii|iii|iv|phd|md|dr|prof)\.?$", re.I)


def surname_first(text: str) -> str:
    """ "Lindqvist, Mara" -> "Mara Lindqvist"; any other text unchanged."""
    match = _LAST_FIRST.match(text)
    if match is None or " and " in text.lower() or "&" in text:
        return text
    last, first = match.group(1).strip(), match.group(2).strip()
    if not first or _NOT_GIVEN.match(first) or len(last.split()) > 3 or len(first.split()) > 3:
        return text
    return f"{first} {last}"


def surname_first_list(text: str) -> list[str] | None:
    """The names of a "Lindqvist, Mara; Okafor, Tunde" list, each turned round.

    Only when semicolons separate the names and every one is written surname first: a
    comma then cannot be a separator between names.
    """
    if ";" not in text:
        return None
    parts = [p.strip() for p in text.split(";")]
    names = [surname_first(p) for p in parts if p]
    if len(names) < 2 or any("," in n for n in names):
        return None
    return names


def authors_from_text(text: str, *, split: bool = True) -> tuple[Author, ...]:
    """Authors from a byline text ("By Ana López and John Smith"): split, cleaned, deduplicated."""
    if not text or len(text) > 500:
        return ()
    stripped = _BY_PREFIX.sub("", _WS.sub(" ", drop_entity_refs(text)).strip(), count=1)
    parts = _SPLIT.split(stripped) if split else [stripped]
    names: list[str] = []
    for i, part in enumerate(parts):
        if i and _ROLE_ONLY.match(part) is not None:
            continue  # "…, Health Correspondent": the role of the names before it
        name = clean_name(part)
        if name is None:
            continue
        names.append(name)
    return _authors(names)


def find_text_date(text: str, language: str | None = None) -> tuple[DateValue, str] | None:
    """The first absolute date inside a short visible text ("Posted on 29 Dec 2023 | 5 min")."""
    found = find_text_date_at(text, language)
    return None if found is None else (found[0], found[1])


# A date range ("12–14 March 2024", "12.–14. März 2024", "30 April – 2 May 2024", "from 3
# May to 5 May 2024", "2024-03-12 – 2024-03-14") is an event's or a report's span, not the
# day the text was written. What ends just before a date that closes a range: a day (with
# its month and year, if printed) and a dash or a "to" word.
_RANGE_BEFORE = re.compile(
    r"(?<![\d:.,])(?:0?[1-9]|[12]\d|3[01])\.?(?:\s*[^\W\d_]{3,12}\.?)?(?:,?\s*\d{4})?"
    r"\s*(?:[–—-]|\b(?:to|until|till|through|bis|au|al|até|tot)\b)\s*$",
    re.I,
)
# What follows a date that opens a range: an en or em dash or a "to" word, then (checked by
# parsing) another date right after it. A hyphen between two whole dates is a separator as
# often ("March 14, 2023 - March 16, 2023": published, then an unlabelled second date).
_RANGE_AFTER = re.compile(r"\s*(?:[–—]|\b(?:to|until|till|through|bis|au|al|até|tot)\b)\s*", re.I)
_RANGE_LOOK = 40
_RANGE_SKIPS = 3


def _range_end(text: str, start: int, end: int, language: str | None) -> int | None:
    """Where the range that the date at ``start:end`` belongs to ends, or None if it is no
    part of a range."""
    if _RANGE_BEFORE.search(text, max(0, start - _RANGE_LOOK), start) is not None:
        return end
    joint = _RANGE_AFTER.match(text, end)
    if joint is None or joint.end() >= len(text):
        return None
    other = find_date(text[joint.end() : joint.end() + _RANGE_LOOK], language=language)
    if other is None or other.start != 0:
        return None
    return joint.end() + other.end


def find_text_date_at(
    text: str, language: str | None = None
) -> tuple[DateValue, str, int, int] | None:
    """Like :func:`find_text_date`, with where the date starts and ends in ``text``.

    A date that opens or closes a range ("12–14 March 2024") is skipped: the next date
    after the range is read, if any.
    """
    return _text_date_at(_plain(text), _plain_language(language))


@lru_cache(maxsize=_VALUE_CACHE)
def _text_date_at(text: str, language: str | None) -> tuple[DateValue, str, int, int] | None:
    if not text or len(text) > 300:
        return None
    offset = 0
    try:
        for _ in range(_RANGE_SKIPS):
            found = find_date(text[offset:], language=language)
            if found is None:
                return None
            start, end = offset + found.start, offset + found.end
            skip = _range_end(text, start, end, language)
            if skip is None:
                return (found.value, found.precision, start, end)
            offset = skip
    except NewsmetaError:
        return None
    return None


def relative_label(
    text: str, now: _dt.datetime, language: str | None = None
) -> RelativeTime | None:
    """A ``RelativeTime`` when ``text`` is a relative date label ("7 months ago"), else None."""
    if not text or len(text) > 60:
        return None
    lang = (language or "")[:2].lower()
    try:
        if lang in ("en", "es", "fr", "de", "pt"):
            found = parse_relative(text, now=now, language=lang)
            if found is not None:
                return found
        # A page's declared language is often wrong or unsupported: any language then.
        return parse_relative(text, now=now)
    except NewsmetaError:
        return None


# ----------------------------------------------------------------------------- visible bylines

_MARKER = re.compile(
    r"(?:^|(?<=[\s:·•|,(]))(?:written\s+by|posted\s+by|published\s+by|by|"
    r"von(?!\s+d[eo][rmn]?\b)|par|por|door|"
    r"verfasst\s+von|geschrieben\s+von|erstellt\s+von|autor(?:in)?|author|auteur|texte?s?|texto|"
    # Italian "scritto da", and a writer's role as a label with a colon ("Redakteurin: …",
    # "Contributor: …")
    r"(?:scritto|pubblicato|redatto)\s+da|a\s+cura\s+di|testo\s+di|intervista\s+di|"
    # Portuguese and Spanish: the kind of piece, then "de" ("Reportagem de …")
    r"(?:(?:une?|uma?)\s+)?(?:reportagem|reportaje|cr[óô]nica|tribune|chronique|enqu[êe]te|"
    r"entretien|entrevista)\s+de|"
    r"(?:contributor|redakteur(?:in)?|r[ée]dact(?:eur|rice)|redactor[a]?)\s*:|"
    r"interview\s*:|reportage\s*:|words\s*:|story\s*:|^(?-i:di)|^av|^af|"
    # a capitalised "Di" before the desk's name ("Di Redazione"): "Di" also opens surnames
    r"^(?-i:Di)(?=\s+(?:la\s+)?redazione\b)|"
    # "written by" / "posted by" in the Scandinavian languages, Polish and Russian ("Skriven
    # av", "Skrevet af", "Napisane przez", "Opublikował", "Опубликовал:")
    r"(?:skriven|skrivet|skrevet|publicerad|publiceret|publisert|postad|postet)\s+a[vf]|"
    r"(?:napisane|napisał[a]?|opublikowane|opublikował[a]?|dodane|dodał[a]?)\s+przez|"
    r"(?:опубликовал[аи]?|написал[аи]?|разместил[аи]?)\s*:|"
    # Romanian "de" opens a byline element ("de Maria Ionescu"), lower case, at its start
    r"^(?-i:de)(?=\s+(?-i:[A-ZĂÂÎȘȚŞŢ]))|"
    # Greek names the writer in the genitive after its article ("Του Γιώργου Παπά", "Της
    # Μαρίας Νικολάου"), at the start of the byline
    r"^(?:του|της)(?=\s+[Α-ΩΆ-Ώ])|"
    + BY_WORDS
    + "|"
    # the writer's label in the further languages whose dates we read
    + BYLINE_LABELS
    + r"\s*:)\s*[:\-–—]?\s+|"
    # Chinese, Japanese and Korean: the label joined to the name by a colon or a slash
    # ("著者：山田太郎", "文/张伟", "글: 이영희"), or "记者" before the name
    + CJK_LABELS,
    re.I,
)
# Credits that name someone other than the writer: a reviewer, an editor, a photographer.
_OTHER_CREDIT = re.compile(
    r"(?:^|(?<=[\s:·•|,(]))(?:(?:medically|medical|expert|clinically|legally|peer)[\s-]+)?"
    r"(?:reviewed|fact[\s-]?checked|checked|edited|editing|updated|revised|photos?|photographs?|"
    r"photography|pictures?|"
    r"images?|illustrations?|illustrated|graphics?|video|translated|produced|curated|"
    r"verified|approved|sponsored|presented|powered|hosted|"
    # "Additional reporting by …", "… contributed to this report by": a contributor
    r"additional\s+reporting|contributed(?:\s+to\s+this\s+\w+)?)\s+by\b|"
    # "… with additional reporting from …": the same contributors
    r"(?:^|(?<=\s))(?:with\s+)?additional\s+reporting\s+from\b|"
    r"(?:^|(?<=[\s:·•|,(]))(?:geprüft|redigiert|aktualisiert|fotos?|bilder?|übersetzt|"
    r"bearbeitet|lektoriert|illustriert|fotografiert)\s+von\b|"
    # the same credits in French, Spanish and Portuguese, Italian and Dutch ("Édité par …",
    # "Editado por …", "Traducido por …", "Foto di …", "Vertaald door …")
    r"(?:^|(?<=[\s:·•|,(]))(?:(?:édité|relu|vérifié|traduit|illustré|photographié)e?s?\s+par|"
    r"(?:editad|revisad|traducid|traduzid|verificad|ilustrad|fotografiad)[oa]s?\s+por|"
    r"(?:foto|fotografie|immagini|illustrazioni|tradott[oa]|rivist[oa]|revisionat[oa])\s+(?:di|da)|"
    r"(?:bewerkt|vertaald|gecontroleerd|geïllustreerd)\s+door)\b|"
    # a picture credit written with a colon: "Photos : Paul Girard", "Fotos: Lars Beck"
    r"(?:^|(?<=[\s·•|,(/]))(?:photos?|pictures?|fotos?|bilder?|images?|illustrations?|"
    r"photography|fotografie|fotograf[ií]as?|grafiken?|fotó|beeld|fotografia|"
    # an editor's or a translator's credit with a colon ("Edición: …", "Übersetzung: …")
    r"edici[oó]n|edi[cç][aã]o|traducci[oó]n|tradu[cç][aã]o|traduction|[üu]bersetzung|lektorat|"
    # the picture credit in Arabic, Hebrew, Hindi, Thai, Vietnamese, Japanese and Chinese
    r"تصوير|צילום|फोटो|ภาพ|ảnh|写真|摄影|攝影)\s*[:：]|"
    # Japanese and Chinese join a credit's label with a dot or a slash ("写真・…", "图/…")
    r"(?:^|(?<=\s))(?:写真|撮影|摄影|攝影|图|圖|イラスト)\s*[・/／]",
    re.I,
)
_CUT = re.compile(
    r"\s+[-–—|·•/]\s*|\s*[|·•]\s*|\s+(?:am|on|at|um|le|el|il|the|in|im|vom|del|de la)\s+(?=\S*\d)|"
    # the same prepositions in Dutch, Portuguese, the Scandinavian languages and Polish
    # ("Sanne de Wit op 3 maart", "Beatriz Lima em 03/03/2024", "… den 3. marts", "… dnia 3")
    r"\s+(?-i:op|em|às|den|dnia)\s+(?=\S*\d)|"
    # "… on March 3, 2024", "… le 3 mars": a date after its preposition, month first
    r"\s+(?:on|am|le|el|il)\s+(?=[^\W\d]{3,12}\.?\s+\d)|"
    r"(?:^|\s+)\d|\s*[(（]|\s+(?:vor|hace|il y a|há)\s|"
    r"\s+(?:am|on|um)\s+\S+(?:tag|day)\b|,\s*(?=\d)|"
    # Blogger's "Posted by Gwen at Wednesday, …", "Publicada por Ana Sousa à(s) terça-feira"
    r"\s+(?:at|à\(s\)|às|à)\s+(?=\S+(?:day|feira)\b)|"
    # the outlet a writer files for ("Jane Doe for The Harbour Times", "… from Reuters") and
    # a social handle after the name ("Jane Doe @janedoe")
    r"\s+(?:for|from)\s+(?=\S)|\s+@(?=\w)|"
    # a credit joined by a slash ("Peter Lang/SP-X", "Jana Roth/dpa"): no name has one
    r"/(?=\S)|"
    # Chinese "(reporter) 张伟 报道": the verb "reports" after the names
    r"\s+(?:报道|報道|報導)\b|"
    # an English date written month first right after the name, with no preposition
    # ("Leo Brandt Mar 3, 2024", "Jane Doe September 12, 2023")
    r"\s+(?=(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?\s+\d{1,2}(?!\d))|"
    # the timestamp's label after the name ("By Jane Doe Published 9:14 AM", "Von Jana Roth
    # Aktualisiert am …", "Por Lucía Martín Actualizado: …")
    r"\s+(?:(?:last\s+)?(?:updated|modified|published|posted)|aktualisiert|ver[öo]ffentlicht|"
    r"publi[ée]|mis\s+[àa]\s+jour|publicado|actualizado|atualizado|pubblicato|aggiornato|"
    r"bijgewerkt|gepubliceerd|"
    # the same labels in the Scandinavian languages, Finnish, Polish, Turkish, Russian,
    # Ukrainian and Hindi
    r"publicerad|uppdaterad|publiceret|opdateret|publisert|oppdatert|julkaistu|päivitetty|"
    r"opublikowano|zaktualizowano|aktualizacja|yayınlanma|güncelleme|опубликовано|"
    r"обновлено|опубліковано|оновлено|अपडेटेड|प्रकाशित)\b(?!\s+(?:by|von|par|por|door|di)\b)",
    re.I,
)
# The profile's buttons and links printed beside each name ("Jane Doe Follow", "Ann Lee
# Follow on Twitter Bo Chan …", "… Email Twitter", "… View all posts"): a separator.
_BUTTONS = re.compile(
    r"\s+(?:(?:follow|folgen|suivre|seguir)(?:\s+(?:on|me|us|auf|sur|en)\s+[A-Z]\w+)?|"
    r"e-?mail|twitter|facebook|linkedin|instagram|threads|bluesky|mastodon|rss|"
    r"share|tweet|print|teilen|partager|compartir|condividi|"
    r"view\s+(?:all|profile|more)(?:\s+(?:posts|articles|stories))?|see\s+all|"
    r"more\s+(?:from|by|articles|posts|stories)|all\s+(?:posts|articles|stories)|"
    r"alle\s+(?:beitr[äa]ge|artikel))\b",
    re.I,
)
_IN_SECTION = re.compile(r"\s+in\s+(?=[A-ZÄÖÜ])")
# A wire credit naming each reporter with the city they filed from ("Ana Ruiz in Madrid and
# Lena Berg in Stockholm", "A in X, B in Y and C"): every part a name of two to four
# capitalised words, with its place or without; the places go, the names stay.
_CAP = r"[A-ZÄÖÜ][\w'’.-]*"
_FILED_FROM = re.compile(
    rf"{_CAP}(?:\s+{_CAP}){{1,3}}(?P<place>\s+in\s+{_CAP}(?:\s+{_CAP}){{0,2}})?"
)
_FILED_JOIN = re.compile(r"\s*,\s*|\s+(?:and|&)\s+")


def _filed_from(text: str) -> str | None:
    """``text`` without the places of a wire credit's reporters ("Ana Ruiz in Madrid and Lena
    Berg in Stockholm" -> "Ana Ruiz and Lena Berg"), or None when it is no such credit."""
    parts = _FILED_JOIN.split(text)
    if len(parts) < 2:
        return None
    names = []
    for part in parts:
        m = _FILED_FROM.fullmatch(part)
        if m is None:
            return None
        names.append(part[: m.start("place")] if m.group("place") else part)
    return ", ".join(names)


# A part after a name that is its suffix or a degree ("Jr.", "Sr.", "III", "PhD", "RN").
_NAME_SUFFIX = re.compile(
    r"^\s*(?:jr|sr|ii|iii|iv|ph\.?\s?d|m\.?d|r\.?n|d\.?o|mba|msc|esq)\.?\s*$", re.I
)
# A part after a name that is the outlet ("The Coast Herald", not a collective writer such as
# "The Editorial Board" or "The Associated Press") or a desk written with its preposition
# ("da Redação", "de la rédaction", "der Redaktion", "of the newsroom").
_OUTLET_PART = re.compile(
    r"^(?:The\s+(?![^,]*\b(?:board|desk|staff|team|editors?|newsroom|press|service)\b)[A-Z]|"
    r"(?:da|do|de\s+la|de|della|der|of\s+the)\s+"
    r"(?:reda[cç][aã]o|r[ée]daction|redacci[oó]n|redazione|redaktion|newsroom|desk)\b)",
    re.I,
)
# A part after the first that is a role with at most two qualifiers ("Health Correspondent",
# "Staff Writers", "Senior Political Reporter"): the role of the names before it. The first
# part is a name even when a role follows it ("Jenny Smith Editor" is Jenny Smith).
_ROLE_ONLY = re.compile(
    r"^(?:[^\W\d_][\w&'’.-]*\s+){0,3}(?:writers?|correspondents?|reporters?|editors?|"
    r"columnists?|contributors?|journalists?|staff|"
    # German, Spanish, French, Italian, Portuguese, Dutch: the same roles, with their
    # feminine and plural forms ("Redakteurin", "corresponsales", "envoyée spéciale")
    r"korrespondent(?:in|en|innen)?|redakteur(?:in|e|innen)?|reporterin(?:nen)?|"
    r"journalist(?:in|en|innen)?|corresponsal(?:es)?|periodistas?|redactor(?:a|es|as)?|"
    r"enviad[oa]s?(?:\s+especial(?:es)?)?|correspondante?s?|journalistes?|"
    r"r[ée]dacteur(?:s|rice|rices)?|envoy[ée]e?s?(?:\s+sp[ée]cial(?:e|es|aux)?)?|"
    r"inviat[oaie]|giornalist[aie]|corrispondent[ei]|redator(?:a|es|as)?|jornalistas?|"
    r"verslaggever|correspondent(?:e|en))"
    # a place after the role: "inviato a Napoli", "envoyée spéciale à Lyon", "im Ressort …"
    r"(?:\s+(?:a|à|in|en|em|im|aus|für|for|at|de|del|da|di)\s+[^,;|]{1,40})?\s*$",
    re.I,
)
# A nickname in quotes inside a name: 'Jane "The Voice" Doe' is Jane Doe.
_NICKNAME = re.compile(r'\s+["“„][^"“”„]{1,40}["”“]\s+')
# Given and family name joined by an underscore, as a login shows them ("Jane_Doe").
_UNDERSCORED = re.compile(r"^([^\W\d_][^\W\d_'’.\-]*)_([^\W\d_][\w'’.\-]*)$")
_PARTICLES = frozenset(
    # and the Arabic and Malay "son of"/"daughter of" ("Ahmad bin Ismail", "Nur binti Hassan"),
    # and the Arabic article written apart ("Fatima el Amrani", "Hassan al Thani")
    "von van de der den da di du le la del della dos das ten ter bin binti bint ibn el al".split()
)
# The Arabic article joined to a family name by a hyphen ("Omar al-Rashid", "Amr el-Sayed",
# "Nasser ad-Din"): a word of a name written lower case, like a particle.
_ARTICLE_JOINED = re.compile(r"^(?:al|el|ad|an|ar|as|ash|at|az|ul|ud)-[^\W\d_]")
_TLD_END = re.compile(r"\.[a-z]{2,3}$")
# The combining marks that write vowels and signs in Devanagari, Thai, Arabic, Hebrew and
# decomposed Latin ("राहुल", "สมชาย"): parts of a name's letters, though not \w to ``re``.
_MARKS = "".join(
    chr(c) for c in range(0x300, 0x3100) if unicodedata.category(chr(c)) in ("Mn", "Mc")
)
_NAME_TOKEN = re.compile(rf"^[^\W\d_][\w'’.\-{_MARKS}\u200c\u200d]*$")
_USERNAME = re.compile(rf"^[\w.\-{_MARKS}\u200c\u200d]{{2,30}}$")
_STOP_NAMES = frozenset(
    "by von par por admin administrator author autor redaktion editor posted published "
    "updated share comments comment home news january february march april may june july "
    "august september october november december januar februar märz mai juni juli oktober "
    "dezember monday tuesday wednesday thursday friday saturday sunday montag dienstag "
    "mittwoch donnerstag freitag samstag sonntag today heute gestern yesterday unknown "
    "anonymous guest gast veröffentlicht publié publicado aktualisiert actualizado "
    "erstellt geschrieben posted aktualisierung letzte zur zum mehr alle weitere more all see "
    "view read lesen zurück back next previous menu login suche search teilen foto photo "
    "bild quelle source artikelübersicht übersicht".split()
)


def without_nickname(text: str) -> str:
    """``text`` without a quoted nickname inside a name ('Jane "The Voice" Doe' -> 'Jane Doe')."""
    if '"' in text or "“" in text or "„" in text:
        return _NICKNAME.sub(" ", text)
    return text


# The months that are also given names and family names ("April Ryan", "June Adler",
# "Theresa May"): a word of a name of two words or more, never a name alone.
_MONTH_NAMES = frozenset({"april", "may", "june", "august"})
_NAME_WORDS = _PARTICLES | _MONTH_NAMES


def _valid_byline_name(name: str) -> bool:
    words = name.split()
    if not 1 <= len(words) <= 7:
        return False  # five words besides its particles ("María José García de la Vega")
    if len(words) == 1:
        # A single token: a first name or a username ("Benni", "freeman1984").
        return _USERNAME.match(name) is not None and name.casefold() not in _STOP_NAMES
    if any(ch.isdigit() for ch in name):
        return False
    if any(w.casefold() in _STOP_NAMES and w.casefold() not in _NAME_WORDS for w in words):
        return False
    if words[-1] in _PARTICLES:
        return False  # "Ahmad bin", "Jan van": a particle ends no name
    # Every word of a printed name but its particles starts with a capital ("Ursula von
    # der Leyen"); an all-lowercase name is a username only when it is one token. A
    # script without capitals (Arabic, Hebrew, Devanagari, Thai, Chinese) counts as one.
    capitals = sum(1 for w in words if not w[:1].islower())
    particles = sum(
        1 for w in words if w.casefold() in _PARTICLES or _ARTICLE_JOINED.match(w) is not None
    )
    if capitals < len(words) - particles and words[0][:1].islower():
        particles += lower_titles(words)  # "dr. Jan de Vries": a title in lower case
    if len(words) - particles > 5:
        return False
    return capitals >= len(words) - particles and all(_NAME_TOKEN.match(w) for w in words)


_AGENCY = re.compile(
    r"^(?:dpa|afp|ap|apa|sda|kna|epd|efe|ansa|reuters|cnn|bbc|upi|dapd|ddp|sid|red|mit dpa|"
    # the national wires of Portugal, the Netherlands, Belgium, Denmark, Norway, Poland,
    # Sweden, Finland, Czechia, Hungary, Japan, Korea and China
    r"lusa|anp|belga|ritzau|ntb|tt|stt|pap|čtk|ctk|mti|kyodo|jiji|yonhap|xinhua|"
    # the agencies' names written out, with or without "the"
    r"(?:the\s+)?(?:associated\s+press|press\s+association|canadian\s+press|"
    r"united\s+press\s+international)|agence\s+france[\s-]presse|"
    r"deutsche\s+presse[\s-]agentur|agencia\s+efe|europa\s+press|"
    r"evangelischer\s+pressedienst|katholische\s+nachrichten[\s-]agentur)$",
    re.I,
)


# A desk or staff byline ("News Desk", "Redaktion", "Metro Staff", "La Rédaction"): a
# capitalised desk word with up to three capitalised words around it. An organisation, not
# a person, but the article's credit all the same.
_DESK = re.compile(
    r"^(?:(?:La|El|Die|Der|De|The|[A-ZÄÖÜ][\w'’.&-]*)\s+){0,3}"
    r"(?:Desk|Newsroom|Staff|Team|Redaktion|Redacci[oó]n|R[ée]daction|Redazione|Redactie|"
    r"Reda[cç][aã]o)"
    r"(?:\s+[A-ZÄÖÜ][\w'’.&-]*){0,2}$"
)


def _is_particle(text: str, match: re.Match[str]) -> bool:
    """ "Walter von Aachen": a "von" after a lone capitalised word is part of the name."""
    if not match.group(0).lower().startswith("von"):
        return False
    before = text[: match.start()].split()
    if len(before) == 2 and before[0].casefold() == "von":
        before = before[1:]  # "Von Anna von Stein": the first "von" is the byline's
    return len(before) == 1 and before[0][:1].isupper() and before[0].casefold() not in _PIECES


# The kinds of piece a German credit names before "von" ("Gastbeitrag von …", "Kommentar
# von …"): a marker then, not a name's particle.
_PIECES = frozenset(
    "beitrag gastbeitrag kommentar gastkommentar analyse kolumne glosse reportage interview "
    "essay artikel bericht text".split()
)


# A wire agency written out after a name with no separator ("Tom Davies Associated Press",
# "Jana Roth Reuters"): the outlet the writer files for, not part of the name.
_AGENCY_AFTER = re.compile(
    r"^(?P<name>\S+(?:\s+\S+){1,3}?)\s+(?:the\s+)?(?:associated\s+press|reuters|"
    r"agence\s+france[\s-]presse|press\s+association|canadian\s+press|"
    r"deutsche\s+presse[\s-]agentur)$",
    re.I,
)


def _trailing_agency(part: str) -> str:
    found = _AGENCY_AFTER.match(part.strip()) if len(part) > 12 else None
    return found.group("name") if found is not None else part


def _without_agency(text: str) -> str:
    """A name without the wire agency it files for ("Erik Lund/TT", "Tom Davies Associated
    Press"), as partner sites copy the agency's byline into their metadata."""
    if "/" in text:
        left, _, right = text.rpartition("/")
        left = left.strip()
        if " " in left and _AGENCY.match(right.strip()) is not None:
            text = left
    return _trailing_agency(text)


_CONTRIBUTED = re.compile(r"\bcontributed\s+(?:to|reporting|research)\b", re.I)


def byline_authors(text: str) -> tuple[Author, ...]:
    """Authors from a visible byline ("Posted by Jane Doe on 29 Dec", "23:39 · von Tobi").

    Stricter than :func:`authors_from_text`: the names follow the last "by"-style marker when
    there is one, stop at dates and separators, and must look like names.
    """
    return _byline_authors(_plain(text)) if text else ()


@lru_cache(maxsize=_VALUE_CACHE)
def _byline_authors(text: str) -> tuple[Author, ...]:
    if not text or len(text) > 300:
        return ()
    text = names_first(_WS.sub(" ", drop_entity_refs(text)).strip())
    if _CONTRIBUTED.search(text):
        return ()  # "Jane Doe contributed to this report": a contributor line, not the byline
    credits = _credit_list(text)
    if credits is not None:
        return credits
    wire = _WIRE_ALONE.match(text)
    if wire is not None and is_agency(wire.group(1)):
        text = wire.group(1)  # "(AFP)": the agency, the byline's only credit
    text = _JOINT_CREDIT.sub("By ", text, count=1)
    if is_particle_surname(text):
        return _authors([text])  # "Di Battista", "Von Weizsäcker": a surname, no "by"
    text = by_before_name(text)  # "Di Giulia Bianchi": "by" before a full name
    credit = _OTHER_CREDIT.search(text)
    if credit is not None:
        # "Reviewed by X", "Photos by Y": a credit for something other than the writing.
        text = text[: credit.start()].strip()
        if not text:
            return ()
    text = _WIRE_PLACE.sub("", without_nickname(text), count=1)
    if "(@" in text:
        text = _HANDLE.sub("", text)  # "Jane Doe (@janedoe) and Ben Ray (@benray)"
    if ". " in text:
        text = _before_sentence(text)
    whole = text
    markers = [m for m in _MARKER.finditer(text) if not _is_particle(text, m)]
    if not markers and _PLACE_ONLY.match(text) is not None:
        return ()  # "De Lisboa", "Desde Madrid": the dateline's place, printed as a byline
    if len(markers) > 1:
        each = _each_marked(text, markers)
        if each is not None:
            return each  # "By Sara Lindqvist, By Ben Oduya": one byline a writer
    if markers:
        text = text[markers[-1].end() :]
        if _INTERVIEW.match(whole) is not None:
            # "An interview by Jane Doe with Tom Hale": who was asked is no writer
            text = _INTERVIEWEE.split(text, maxsplit=1)[0]
        if "@" in text:
            handle = fediverse_handle(text)
            if handle is not None:
                return (Author(name=handle, kind=AuthorKind.PERSON),)  # "By @jane@mastodon.social"
    if _BUTTONS.search(text) is not None:
        text = _BUTTONS.sub(", ", text)
    if not markers:
        text = _without_lead(text)
    cut = _CUT.search(text)
    if cut is not None:
        text = text[: cut.start()]
    section = _IN_SECTION.search(text)
    if section is not None and "," not in text[: section.start()]:
        # "By Kai Moreno in Politics": where it is filed; "Ana Ruiz in Madrid and Lena Berg
        # in Stockholm": where each reporter filed from
        text = _filed_from(text) or text[: section.start()]
    if markers and _STAFF_BYLINE.match(text) is not None:
        # "By Staff Writer", "By Staff Reports": the desk's byline, no one's role
        return (Author(name=text.strip(), kind=AuthorKind.ORGANIZATION),)
    text = _without_role_place(text.strip(" ,;:|·•-–—"))
    if not text:
        return ()
    pieces = _WITH.split(text)
    found = [_names(piece, bool(markers), whole) for piece in pieces]
    if len(pieces) > 1 and not (all(found) and not any(p[:1].islower() for p in pieces[1:])):
        # "… in conversation with Tom", "…, with help from AI": no pair of names
        found = [_names(text, bool(markers), whole)]
    names = [name for group in found for name in group]
    return _authors(_without_place(names, text))


# A sentence about the writer after the name ("By Jane Doe. Jane covers city hall …", "Von
# Max Muster. Der Autor ist …", "di Marco Rossi. Giornalista, scrive …"): a full stop after a
# word of two letters or more, then a capitalised word and at least three more words.
_SENTENCE_AFTER = re.compile(
    r"(?<=[^\W\d_]{2})\s?\.\s+(?=[^\W\d_a-z][^\W\d_]*[,;]?\s+(?:\S+\s+){2,}\S)"
)


_MAX_TITLE_STOPS = 6
"""The full stops of titles ("Dr.", "Prof.") passed over before a name at the most: each
stop rereads the line before it, so a flood of them would cost the square of its length."""


def _before_sentence(text: str) -> str:
    """``text`` up to a sentence about the writer that follows the name, if there is one."""
    for stop, found in enumerate(_SENTENCE_AFTER.finditer(text)):
        if stop >= _MAX_TITLE_STOPS:
            return text  # a run of abbreviations is no byline's name
        head = text[: found.start()]
        words = head.split()
        if len(words) < 2:
            return text
        if words[-1].casefold() in _ABBREVIATIONS:
            continue  # "By Dr. Ana Ruiz": no name before the stop yet; the next stop may end it
        if _MARKER.search(head) is None and _MARKER.search(text, found.end()) is not None:
            return text  # "Updated March 4. By Jane Doe and Tom Hale": the byline follows
        return head
    return text


# What ends one writer's byline before the next one's "By" ("By A, By B", "Von A | Von B").
_BYLINE_END = (",", ";", "|", "·", "•")


def _each_marked(text: str, markers: list[re.Match[str]]) -> tuple[Author, ...] | None:
    """The writers of several bylines in one element, each opened by its own plain "by"
    word and set apart by a separator ("By Sara Lindqvist, By Ben Oduya"), or None."""
    if any(m.group(0).strip().casefold() not in _PLAIN_BY for m in markers):
        return None
    names: list[Author] = []
    for m, nxt in zip(markers, [*markers[1:], None], strict=True):
        part = text[m.end() : nxt.start() if nxt is not None else len(text)]
        if nxt is not None and not part.rstrip().endswith(_BYLINE_END):
            return None
        found = _byline_authors("By " + part.strip(" ,;|·•"))
        if not found:
            return None
        names.extend(found)
    return _authors([a.name for a in names])


_PLAIN_BY = frozenset(("by", "von", "par", "por", "door", "av", "af"))


def _names(text: str, markers: bool, whole: str) -> list[str]:
    """The names of a byline's text, cut from its marker and its date: split on "and"
    words and commas, roles, outlets and degrees left out."""
    names: list[str] = []
    for i, part in enumerate(_SPLIT.split(text)):
        if i and _ROLE_ONLY.match(part) is not None and not _joined_desk(text, part):
            continue  # "…, Staff Writers": the role of the names before it
        if markers and part.startswith("the ") and part[4:5].isupper():
            part = part[4:]  # "By the Associated Press": the article is not the name's
        elif markers and part[:1].islower():
            part = without_article_before_title(part)  # "Por la Dra. Lucía Romero"
        if i and names and _OUTLET_PART.match(part):
            continue  # "…, The Coast Herald", "…, da Redação": the outlet or desk, not a name
        if i and _NAME_SUFFIX.match(part):
            if names and part[:1].upper() in "JS":  # "King, Jr.": the name's own suffix
                names[-1] = f"{names[-1]} {part.strip()}"
            continue  # "Jane Doe, PhD": a degree, not a name
        part = _trailing_agency(part)
        if " a " in part:
            pair = _full_names_a(part)
            if pair:
                names.extend(pair)
                continue
        name = clean_name(part)
        if name is None:
            continue
        joined = _UNDERSCORED.match(name)
        if joined is not None and joined.group(1)[0].isupper() and joined.group(2)[0].isupper():
            name = f"{joined.group(1)} {joined.group(2)}"
        words = name.split()
        if len(words) == 2 and words[0] == words[1]:
            name = words[0]
        if not (_valid_byline_name(name) or _DESK.match(name)) or _TLD_END.search(name):
            continue
        if (
            " " not in name
            and not markers
            # a lone word is a name when it is the whole line, or all of it but a role
            # ("Benni", "김민수 기자")
            and name != _ROLE_SUFFIX.sub("", whole).strip(" ,;:|·•-–—()")
        ):
            continue
        names.append(name)
    return names


# A desk joined to a writer by "and" is a co-author ("Abby Fischer and Newsroom Staff", "Ana
# Ruiz & Metro Desk"); after a comma the same words are the writers' role ("…, Staff Writers").
_AND_DESK = re.compile(r"(?:\band|&)\s+$", re.I)


def _joined_desk(text: str, part: str) -> bool:
    """Whether ``part`` names a desk (two words or more: "Newsroom Staff", not "staff")
    and follows an "and" word in ``text``."""
    if " " not in part.strip() or _DESK.match(part.strip()) is None:
        return False
    at = text.find(part)
    return at > 0 and _AND_DESK.search(text, 0, at) is not None


# A byline that is only the newsroom's role for its staff ("By Staff Writer", "By Staff
# Reporter", "By Staff Reports"): the desk signs the piece, as "By Newsroom" does; read as an
# organisation (a role after a name, "Jane Doe, Staff Writer", stays a role).
_STAFF_BYLINE = re.compile(
    r"^\s*(?:(?:our|the)\s+)?staff\s+(?:writers?|reporters?|reports?|correspondents?)\s*$", re.I
)


# The Czech and Slovak "a" ("and") between two names, read as one only when each side is a
# full name and no place ("Jana Nováková a Petr Svoboda"; not "Ana Gil a Buenos Aires"): "a"
# is a word of many languages.
_A_AND = re.compile(r"\s+(?-i:a)\s+")


def _full_names_a(part: str) -> list[str] | None:
    sides = [clean_name(side) for side in _A_AND.split(part)]
    if len(sides) < 2 or len(sides) > 4:
        return None
    names = [
        side
        for side in sides
        if side and " " in side and _valid_byline_name(side) and not place_shaped(side)
    ]
    return names if len(names) == len(sides) else None


# A credit for the words and the pictures at once ("Words and photos by …", "Text und Fotos:
# …", "Texte et photos : …"): the writer's byline.
_JOINT_CREDIT = re.compile(
    r"^(?:words|text|story|texte?|texto|testo|tekst)\s+(?:and|&|und|et|y|e|en)\s+"
    r"(?:photos?|pictures?|images?|photography|fotos?|bilder|fotograf[ií]as?|foto)"
    r"(?:\s+(?:by|von|par|por|di|door)\s+|\s*:\s*)",
    re.I,
)


# "with" between the names of a byline ("By Finn Doyle with Ama Boateng", "Par Julie Martin
# avec AFP", "Por Ana Gil con Luis Paz"), lower case only: read as "and" when every side of
# it gives a name ("Jane Doe in conversation with Tom" does not). Not the German "mit": "im
# Gespräch mit …" names the one the writer talks to.
_WITH = re.compile(r"\s+(?-i:with|avec|con|com|met|med)\s+")
# An interview's byline ("An interview by …", "Ein Interview von …", "Entretien réalisé par
# …", "Entrevista de …", "Intervista di …"): the names after "with" were asked, not writing.
_INTERVIEW = re.compile(
    r"^(?:(?:an?|ein|eine|un|une|uma?)\s+)?(?:interview|entretien(?:\s+r[ée]alis[ée])?|"
    r"entrevista|intervista|gespr[äa]ch)\s+(?:by|von|par|de|di|por|door|av|af)\s",
    re.I,
)
_INTERVIEWEE = re.compile(r"\s+(?-i:with|mit|avec|con|com|met|med)\s+")
# The place and the agency in brackets before a Korean wire byline ("(서울=연합뉴스) 김민수
# 기자 =", "[서울=뉴시스]김민수 기자"): the dateline, not a name.
_WIRE_PLACE = re.compile(r"^[(\[]\s*[^()\[\]=]{1,20}=[^()\[\]=]{1,30}[)\]]\s*")
# A social handle in brackets after a name.
_HANDLE = re.compile(r"\s*\(@[\w.]{1,40}\)")
# A byline that is only an agency in brackets ("(AFP)", "(dpa)").
_WIRE_ALONE = re.compile(r"^[(\[]\s*([^()\[\]]{2,40}?)\s*[)\]]$")
# A credit list of several jobs set apart by semicolons ("Reporting by Ivy Chen; Writing by
# Sam Holt; Editing by Ben Ray"): each part read on its own, so every writer's credit counts
# and the others (editing, photos) drop out.
_CREDIT_PART = re.compile(r"\s*;\s*")


def _credit_list(text: str) -> tuple[Author, ...] | None:
    """The writers of a credit list of several jobs, or None when ``text`` is none."""
    if ";" not in text:
        return None
    parts = [p for p in _CREDIT_PART.split(text) if p]
    if len(parts) < 2 or len(parts) > 6:
        return None
    if not all(_MARKER.search(p) or _OTHER_CREDIT.search(p) for p in parts):
        return None
    names = [a.name for p in parts for a in _byline_authors(p)]
    return _authors(names)


# The head of a byline line before its first separator, when it is a label or a date and
# no "by" word opens the line ("Opinion | Roy Adams", "11 March 2025 · Jane Doe"): at most
# three words, one alone or with a digit.
_LEAD = re.compile(r"^(?P<head>[^|·•—–]{1,40}?)(?:\s+[-–—|·•]|\s*[|·•])\s*(?=\S)")


def _without_lead(text: str) -> str:
    found = _LEAD.match(text)
    if found is None:
        return text
    words = found.group("head").split()
    if len(words) > 3 or (len(words) > 1 and not any(ch.isdigit() for ch in found.group("head"))):
        return text
    if _NOT_LEAD.match(found.group("head")) is not None:
        return text  # "Photo | Jane Doe", "Sponsored | Harbour Bank": another credit
    return text[found.end() :]


# The labels of a credit that is not the writer's (a picture's, a sponsor's) before a
# separator: what follows is not the byline.
_NOT_LEAD = re.compile(
    r"^(?:photos?|fotos?|bild(?:er)?|images?|video|illustrations?|grafik|graphics?|"
    r"sponsored|sponsor|anzeige|werbung|advertisement|advertorial|paid(?:\s+\w+)?|"
    r"partner(?:\s+\w+)?|promoted|presented|publicidad|pubblicità|publicité)\b",
    re.I,
)


# The job and the place written after a comma ("…, corresponsal en Bruselas", "…, verslaggever
# in Den Haag") or the place alone with its preposition ("Ana Sousa, de Lisboa", "…, from
# Kyiv"): cut before the names are split (an "and" of another language, "en", must not
# split the job's place off as a name).
_PLACE_AFTER_COMMA = re.compile(
    r"^(?-i:de|da|do|desde|from|in|aus|à|em|en|dal|dalla|depuis|uit|vanuit|från|fra)\s+"
    r"(?-i:[A-ZÀ-ÖØ-Þ])[\w'’.-]*(?:\s+(?-i:[A-ZÀ-ÖØ-Þ])[\w'’.-]*){0,2}$"
)


def _without_role_place(text: str) -> str:
    comma = text.rfind(",")
    if comma <= 0:
        return text
    tail = text[comma + 1 :].strip()
    if not tail or (_SPLIT.search(tail) is None and _PLACE_AFTER_COMMA.match(tail) is None):
        return text  # no "and"-word in a job: the plain cases are read part by part
    if _ROLE_ONLY.match(tail) is not None or _PLACE_AFTER_COMMA.match(tail) is not None:
        return text[:comma].rstrip()
    return text


# A byline that is only the place the story is filed from, with its preposition ("De
# Lisboa", "Desde Madrid", "Da Roma", "From Kyiv", "Aus Wien"): one capitalised word after
# a capitalised "from" word. A surname alone is seldom printed with its particle.
_PLACE_ONLY = re.compile(
    r"^(?-i:De|Desde|Da|Dal|Dalla|Depuis|From|Aus|Vanuit|Från|Fra)\s+"
    r"(?-i:[A-ZÀ-ÖØ-Þ])[^\W\d_][\w'’.-]*$"
)


# A single word after the last comma of a byline, with no "and" before it.
_PLACE_AFTER = re.compile(r",\s*[^\W\d_][\w'’.-]*\s*$")


def _without_place(names: list[str], text: str) -> list[str]:
    """The names without the place they write from: one word after full names, set apart
    by a comma only ("Von Klaus Meier, Berlin", "By Jane Doe, Washington")."""
    if (
        len(names) > 1
        and " " not in names[-1]
        and all(" " in n for n in names[:-1])
        and _PLACE_AFTER.search(text) is not None
    ):
        return names[:-1]
    return names
