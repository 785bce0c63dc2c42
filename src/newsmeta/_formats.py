"""Format checks shared by the models, the validator and the extractors (no optional packages)."""

from __future__ import annotations

import datetime as _dt
import itertools
import math
import re
from urllib.parse import quote, urljoin, urlsplit

from newsmeta._errors import Problem, ValidationError

__all__ = [
    "all_dates_or_times",
    "all_emails",
    "all_uris",
    "clean_uri",
    "format_date_value",
    "is_date",
    "is_date_time",
    "is_email",
    "is_finite_number",
    "is_uri",
    "parse_date_value",
    "reference",
]

# Every character str.isspace() accepts, spelt out: a class of literal characters is
# matched by table lookup, about twice as fast as ``\s`` (the same set).
_WS = " \t\n\r\f\v\x1c-\x1f\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000"
# A pragmatic, linear-time e-mail check: one "@", no spaces, a dot in the domain part.
_EMAIL_ITEM = (
    r"[^@"
    + _WS
    + r"<>()\[\]\\,;:\"]+@"
    + r"[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+"
)
# RFC 3986: scheme ":" then no whitespace, no controls, no angle brackets/quotes.
_URI_ITEM = r"[A-Za-z][A-Za-z0-9+.\-]*:[^" + _WS + r"<>\"{}|\\^`\x00-\x1f\x7f]*"
_DATE_ITEM = r"\d{4}-\d{2}-\d{2}"
_TIME_ITEM = r"[Tt ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,6})?)?(?:[Zz]|[+-]\d{2}:\d{2})?"
_EMAIL = re.compile(f"^{_EMAIL_ITEM}$")
_URI = re.compile(f"^{_URI_ITEM}$")
_DATE = re.compile(f"^{_DATE_ITEM}$")
_DATE_TIME = re.compile(f"^{_DATE_ITEM}{_TIME_ITEM}$")
# The same items, many at once: joined by a newline, which no item can hold (every item
# pattern refuses whitespace), so a whole list costs one regex call (see all_emails).
_EMAILS = re.compile(f"(?:{_EMAIL_ITEM}\n)*{_EMAIL_ITEM}")


def is_email(value: str) -> bool:
    """True for a plausible address ``local@domain.tld`` (no display name, no spaces)."""
    return len(value) <= 254 and _EMAIL.match(value) is not None


def is_uri(value: str) -> bool:
    """True for an absolute URI (RFC 3986 scheme, no whitespace or forbidden characters)."""
    return len(value) <= 8192 and _URI.match(value) is not None


_LINK_SCHEMES = ("http://", "https://", "mailto:")


def is_link(value: str) -> bool:
    """True for a link newsmeta keeps in a body: an absolute http(s) or mailto URI."""
    return value[:8].lower().startswith(_LINK_SCHEMES) and is_uri(value)


def is_date(value: str) -> bool:
    """True for an ISO 8601 calendar date ``YYYY-MM-DD`` that exists."""
    return _DATE.match(value) is not None and _date_exists(value)


def is_date_time(value: str) -> bool:
    """True for an ISO 8601 date-time (offset optional: newsmeta keeps naive times naive)."""
    return _DATE_TIME.match(value) is not None and _date_time_exists(value)


def _date_exists(value: str) -> bool:
    """The calendar half of :func:`is_date`, for text of the right shape."""
    try:
        _dt.date.fromisoformat(value)
    except ValueError:
        return False
    return True


def _date_time_exists(value: str) -> bool:
    """The calendar and clock half of :func:`is_date_time`, for text of the right shape."""
    text = value[:-1] + "+00:00" if value[-1:] in "Zz" else value
    try:
        _dt.datetime.fromisoformat(text.replace("t", "T"))
    except ValueError:
        return False
    return True


def _one_per_line(values: list[str], limit: int) -> str | None:
    """The values joined by newlines, or None when one holds a newline or is over ``limit``
    characters (then the caller checks them one by one)."""
    text = "\n".join(values)
    if text.count("\n") != len(values) - 1 or max(map(len, values)) > limit:
        return None
    return text


# The ASCII characters a URI may not hold, as bytes: controls, DEL and the forbidden
# punctuation (a space too, which joins the values in all_uris).
_URI_BAD_BYTES = bytes(range(0x21)) + b'\x7f<>"{}|\\^`'
_WEB = itertools.repeat(("https://", "http://"))
_SCHEME = re.compile(r"[A-Za-z][A-Za-z0-9+.\-]*:")


def all_uris(values: list[str]) -> bool:
    """``all(map(is_uri, values))``, fast for ASCII: one ``bytes.translate`` finds any
    character a URI may not hold in all of them (a space joins them, so exactly the
    joining spaces are dropped), then only the scheme of each is checked."""
    if not values:
        return True
    text = " ".join(values)
    if text.isascii() and (len(text) <= 8192 or max(map(len, values)) <= 8192):
        raw = text.encode("ascii")
        if len(raw) - len(raw.translate(None, _URI_BAD_BYTES)) == len(values) - 1:
            # printable ASCII with no space and no forbidden character: a URI when it
            # starts with a scheme
            return all(map(str.startswith, values, _WEB)) or all(
                _SCHEME.match(v) is not None for v in values
            )
    return all(map(is_uri, values))


def all_emails(values: list[str]) -> bool:
    """``all(map(is_email, values))`` in one regex call."""
    if not values:
        return True
    text = _one_per_line(values, 254)
    if text is None:
        return all(map(is_email, values))
    return _EMAILS.fullmatch(text) is not None


def _shapes() -> frozenset[str]:
    """Every text the date and date-time patterns accept, with each ASCII digit written 9."""
    seconds = ["", ":99"] + [":99." + "9" * n for n in range(1, 7)]
    offsets = ["", "Z", "z", "+99:99", "-99:99"]
    times = [f"{sep}99:99{sec}{off}" for sep in "Tt " for sec in seconds for off in offsets]
    return frozenset(["9999-99-99"] + [f"9999-99-99{time}" for time in times])


_DATE_SHAPES = _shapes()
_DIGITS_AS_9 = str.maketrans("012345678", "999999999")


def all_dates_or_times(values: list[str]) -> bool:
    """Every value is a date (10 characters: :func:`is_date`) or a date-time (otherwise:
    :func:`is_date_time`).

    For ASCII text the shapes are checked at once (digits written as 9, each line looked up
    in the set of shapes the patterns accept), then each value is read by
    ``fromisoformat`` as ``is_date``/``is_date_time`` do.
    """
    if not values:
        return True
    text = "\n".join(values)
    if (
        text.isascii()
        and text.count("\n") == len(values) - 1
        and _DATE_SHAPES.issuperset(text.translate(_DIGITS_AS_9).split("\n"))
    ):
        if "Z" in text or "z" in text or "t" in text:
            return all(
                _date_exists(value) if len(value) == 10 else _date_time_exists(value)
                for value in values
            )
        # no offset or separator to rewrite: fromisoformat reads each value as it is
        # (a datetime from a date reads it exactly as date.fromisoformat does)
        try:
            for _ in map(_dt.datetime.fromisoformat, values):
                pass
        except ValueError:
            return False
        return True
    return all(is_date(v) if len(v) == 10 else is_date_time(v) for v in values)


def is_finite_number(value: object) -> bool:
    """True for an int or float that is neither NaN nor infinite (bools are not numbers)."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return False
    return math.isfinite(value)


# An absolute http(s) URL made only of characters :func:`clean_uri` keeps as they are.
_PLAIN_HTTP = re.compile(
    r"https?://[A-Za-z0-9](?:[A-Za-z0-9.\-]{0,252})(?::\d{1,5})?"
    r"(?:[/?#][A-Za-z0-9\-._~%!$&'()*+,;=:@/?#\[\]]*)?"
)


def clean_uri(value: str | None, base: str | None = None) -> str | None:
    """Resolve ``value`` against ``base`` and percent-quote stray characters.

    Returns an absolute URI that passes :func:`is_uri`, or None when that is not possible
    (empty, ``javascript:``/``data:`` URLs, relative without a base).
    """
    if not value:
        return None
    text = value.strip()
    if not text or len(text) > 8192:
        return None
    if (
        _PLAIN_HTTP.fullmatch(text)
        and (not base or _PLAIN_HTTP.fullmatch(base))
        and ";" not in text
        and "?#" not in text
        and not text.endswith(("?", "#"))
    ):
        # An absolute http(s) URL of characters quote() keeps, with no empty query,
        # fragment or path parameters (which urljoin's re-assembly would drop), against
        # a base urljoin can read: every step below would return it unchanged.
        return text
    lowered = text[:11].lower()
    if lowered.startswith(("javascript:", "data:", "mailto:", "about:", "tel:")):
        return None
    if base:
        try:
            text = urljoin(base, text)
        except ValueError:
            return None
    try:
        text = quote(text, safe=":/?#[]@!$&'()*+,;=%~-._")
        parts = urlsplit(text)
    except (ValueError, UnicodeError):  # lone surrogates, invalid IPv6 brackets
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    return text if is_uri(text) else None


# --------------------------------------------------------------------------- date codec

_DATE_TIME_PARTS = re.compile(
    r"^([0-9]{4})-([0-9]{2})-([0-9]{2})[Tt ]([0-9]{2}):([0-9]{2})"
    r"(?::([0-9]{2})(?:\.([0-9]{1,6}))?)?(?:([Zz])|([+-])([0-9]{2}):([0-9]{2}))?$"
)


def format_date_value(value: _dt.date) -> str:
    """ISO 8601 text of a date, a naive datetime or an aware datetime (``+HH:MM`` offset)."""
    if isinstance(value, _dt.datetime):
        offset = value.utcoffset()
        base = value.replace(tzinfo=None).isoformat()
        if offset is None:
            return base
        seconds = int(offset.total_seconds())
        if offset.microseconds or seconds % 60:
            raise ValidationError(
                [
                    Problem(
                        path="", code="format", message="UTC offsets with seconds cannot be written"
                    )
                ],
                "datetime",
            )
        sign = "-" if seconds < 0 else "+"
        minutes = abs(seconds) // 60
        return f"{base}{sign}{minutes // 60:02d}:{minutes % 60:02d}"
    return value.isoformat()


def parse_date_value(text: str) -> _dt.date:
    """Read what :func:`format_date_value` writes (and any text passing ``is_date_time``).

    Raises ValueError on anything else. ``Z`` gives UTC; no offset gives a naive datetime.
    """
    if len(text) == 10:
        return _dt.date.fromisoformat(text)
    m = _DATE_TIME_PARTS.match(text)
    if m is None:
        raise ValueError(f"not an ISO 8601 date or date-time: {text!r}")
    year, month, day, hour, minute, second, frac, zulu, sign, oh, om = m.groups()
    tz: _dt.tzinfo | None = None
    if zulu:
        tz = _dt.timezone.utc
    elif sign:
        delta = _dt.timedelta(hours=int(oh), minutes=int(om))
        if delta >= _dt.timedelta(hours=24):
            raise ValueError(f"offset out of range in {text!r}")
        tz = _dt.timezone(-delta if sign == "-" else delta)
    return _dt.datetime(
        int(year),
        int(month),
        int(day),
        int(hour),
        int(minute),
        int(second or 0),
        int((frac or "0").ljust(6, "0")),
        tzinfo=tz,
    )


# A reference written as an address: a scheme ("https:", "urn:"), a path ("/", "./", "../",
# "//host", "#part") or one token holding a slash ("reports/2023.pdf"); anything else is a
# title ("A press release", "Report 2023/24 of the council").
_REF_SCHEME = re.compile(r"[a-z][a-z0-9+.-]*:\S", re.I)
_REF_PATH = re.compile(r"[./#?]|\S*/\S*$")
_UNSAFE_SCHEMES = ("javascript:", "vbscript:", "data:")


def reference(value: object, base: str | None = None) -> str | None:
    """A work cited or built on: an address, resolved against ``base`` (a ``urn:``/``doi:``
    that is no URL stays as written), or a title as written (never a path under ``base``).
    None for an empty value or a script address."""
    if not isinstance(value, str):
        return None
    text = " ".join(value.split())
    if not text:
        return None
    if _REF_SCHEME.match(text) is not None:
        if text[:11].lower().startswith(_UNSAFE_SCHEMES):
            return None
        return clean_uri(text, base) or text
    if " " not in text and _REF_PATH.match(text) is not None:
        return clean_uri(text, base)
    return text
