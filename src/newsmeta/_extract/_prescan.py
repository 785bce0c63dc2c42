"""A linear scan of the page bytes before parsing: cap the attributes of any one tag.

libxml2 checks each new attribute of a start tag against all the earlier ones, so one tag
with *n* distinct attributes costs O(n²): 80,000 attributes in 0.7 MB took over a minute.
:func:`cap_attributes` cuts every tag to its first ``limit`` attributes (the rest of the tag
is dropped up to its ``>``) before lxml sees it.

Cost on normal pages is one C-level regex search: only a tag that runs
``2 * limit`` bytes without a ``>`` (a tag with more than ``limit`` attributes must, unless
its quoted values hold ``>``), or a page with many more ``>`` than ``<`` (quoted values
holding ``>``), is examined attribute by attribute.
"""

from __future__ import annotations

import re
import sys

__all__ = ["cap_attributes"]

# One attribute: separators, a name, an optional value. The lookahead-and-backreference pair
# makes each repetition atomic, so a failing match never backtracks (linear on any input).
# Python 3.11+ writes the same with possessive quantifiers, without the backreference's
# second reading of each attribute (every quantifier's class excludes what follows it, so
# the first match is the only one either form could take).
if sys.version_info >= (3, 11):  # pragma: no cover - the interpreter decides
    _ATTR = rb"""[\s/]++[^\s/>][^\s/>=]*+(?:\s*+=\s*+(?:"[^"]*+"|'[^']*+'|[^\s>"'][^\s>]*+))?+"""
else:  # pragma: no cover
    _ATTR = rb"""(?=([\s/]+[^\s/>][^\s/>=]*(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>"'][^\s>]*))?))\1"""
_TAG_NAME = rb"<[A-Za-z][^\s/>]*"
_REST = re.compile(rb"(?:" + _ATTR + rb")*")
# Raw-text elements and comments: a "<" inside them starts no tag (``i<n`` in a script).
_RAW_OPEN = re.compile(
    rb"<(script|style|textarea|title|xmp|iframe|noembed|noframes|noscript|plaintext)\b|<!--",
    re.IGNORECASE,
)
_RAW_CLOSE: dict[bytes, re.Pattern[bytes]] = {}
_TAG_PATTERNS: dict[int, tuple[re.Pattern[bytes], re.Pattern[bytes]]] = {}


def _patterns(limit: int) -> tuple[re.Pattern[bytes], re.Pattern[bytes]]:
    """(long-tag gate, a tag with more than ``limit`` attributes), compiled once per limit."""
    found = _TAG_PATTERNS.get(limit)
    if found is None:
        span = max(2 * limit, 2)
        gate = re.compile(rb"<[A-Za-z][^>]{%d}" % span)
        many = re.compile(_TAG_NAME + rb"(?:" + _ATTR + rb"){%d}" % limit)
        found = _TAG_PATTERNS[limit] = (gate, many)
    return found


def _tag_end(data: bytes, pos: int) -> int:
    """Where the attributes after ``pos`` end (the tag's ``>`` or the first unreadable byte)."""
    rest = _REST.match(data, pos)
    return rest.end() if rest is not None else pos


class _RawText:
    """Answers "is this offset inside a raw-text element or a comment?" for rising offsets."""

    def __init__(self, data: bytes) -> None:
        self.data = data
        self.start = self.end = -1  # the current raw span: data[start:end]

    def covers(self, pos: int) -> bool:
        data = self.data
        while self.end <= pos and self.end < len(data):
            found = _RAW_OPEN.search(data, max(self.end, 0))
            if found is None:
                self.start = self.end = len(data)
                break
            name = found.group(1)
            if name is None:  # a comment
                self.start = found.start()
                close = data.find(b"-->", found.end())
                self.end = len(data) if close < 0 else close + 3
                continue
            key = name.lower()
            pattern = _RAW_CLOSE.get(key)
            if pattern is None:
                pattern = _RAW_CLOSE[key] = re.compile(rb"</" + key, re.IGNORECASE)
            gt = data.find(b">", found.end())
            self.start = len(data) if gt < 0 else gt + 1
            closing = pattern.search(data, self.start)
            self.end = len(data) if closing is None else closing.start()
            self.end = max(self.end, self.start)
        return self.start <= pos < self.end


# Every byte but "<" and ">": deleted, they leave the brackets alone, in one C-level pass.
_NOT_BRACKETS = bytes(b for b in range(256) if b not in b"<>")


def _more_closers(data: bytes, limit: int) -> bool:
    """Whether ``data`` holds more than ``limit`` more ">" than "<" (one pass that keeps
    the brackets, then counts in the short rest: faster than counting each in the page)."""
    brackets = data.translate(None, _NOT_BRACKETS)
    closers = brackets.count(b">")
    return closers > len(brackets) - closers + limit


def cap_attributes(data: bytes, limit: int) -> tuple[bytes, int]:
    """``data`` with every start tag cut to its first ``limit`` attributes.

    Returns the (possibly shortened) bytes and the number of tags that were cut.
    """
    gate, many = _patterns(limit)
    first = gate.search(data)
    if first is not None:
        # (finditer from the first hit finds what it would from the start: no rescan)
        starts: list[int] | None = [m.start() for m in gate.finditer(data, first.start())]
    elif _more_closers(data, limit):
        starts = None  # quoted values hold ">": examine every tag
    else:
        return data, 0
    pieces: list[bytes] = []
    kept = 0  # data[:kept] is already in pieces
    cut = 0
    raw = _RawText(data)
    if starts is None:
        matches = [m for m in many.finditer(data) if not raw.covers(m.start())]
    else:
        matches = []
        for start in starts:
            if start < kept:
                continue
            # The attribute count first (it fails within the first long value of an
            # ordinary tag); the raw-text test, a scan of the page, only for a match.
            match = many.match(data, start)
            if match is not None and not raw.covers(start):
                matches.append(match)
                kept = _tag_end(data, match.end())
        kept = 0
    for match in matches:
        if match.start() < kept:
            continue
        end = _tag_end(data, match.end())
        if end == match.end():  # exactly ``limit`` attributes: nothing to cut
            continue
        pieces.append(data[kept : match.end()])
        kept = end
        cut += 1
    if not cut:
        return data, 0
    pieces.append(data[kept:])
    return b"".join(pieces), cut
