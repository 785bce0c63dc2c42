"""A cheap, exact pre-test for an anchored pattern: its first two characters.

A pattern with many case-blind alternatives (the "By …" line heads in every language we
read) tries each of them in turn at the start of every text it is given: ``re`` skips a
branch by its first character only when the pattern is case-sensitive. :class:`HeadGate`
reads from the pattern itself which characters can stand first and which can follow each of
them, and answers "cannot match" from one dictionary lookup and a one-character match. It
only ever says no when ``pattern.match`` would find nothing: what it cannot read (a
back-reference, a scoped flag, an unknown operator) it lets through.
"""

from __future__ import annotations

import importlib
import re
import sys
from typing import Any

__all__ = ["HeadGate"]

_DEPTH = 3
# The categories of a character class, written back as the pattern wrote them.
_CATEGORIES = {
    "CATEGORY_DIGIT": r"\d",
    "CATEGORY_NOT_DIGIT": r"\D",
    "CATEGORY_SPACE": r"\s",
    "CATEGORY_NOT_SPACE": r"\S",
    "CATEGORY_WORD": r"\w",
    "CATEGORY_NOT_WORD": r"\W",
}
_ANY = r"[\s\S]"
_MAX_STARTS = 4096


class _Unknown(Exception):
    """A part of the pattern this module does not read (then no gate)."""


def _char(code: int) -> str:
    return re.escape(chr(code))


def _item(op: Any, av: Any, c: Any) -> str:
    """One character's test, as regex source (compiled later with the pattern's flags)."""
    if op is c.LITERAL:
        return re.escape(chr(av))
    if op is c.NOT_LITERAL:
        return f"[^{_char(av)}]"
    if op is c.ANY:
        return _ANY
    if op is c.IN:
        parts: list[str] = []
        for sub, arg in av:
            if sub is c.NEGATE:
                parts.insert(0, "^")
            elif sub is c.LITERAL:
                parts.append(_char(arg))
            elif sub is c.RANGE:
                parts.append(f"{_char(arg[0])}-{_char(arg[1])}")
            elif sub is c.CATEGORY and str(arg) in _CATEGORIES:
                parts.append(_CATEGORIES[str(arg)])
            else:
                raise _Unknown
        return f"[{''.join(parts)}]"
    raise _Unknown


def _prefixes(ops: list[Any], c: Any, depth: int) -> set[tuple[str, ...]]:
    """Every sequence of the first ``depth`` character tests a match of ``ops`` can open
    with (shorter when the match may end there or a part is not read: any text then)."""
    if depth == 0 or not ops:
        return {()}
    (op, av), rest = ops[0], ops[1:]
    if op in (c.AT, c.ASSERT, c.ASSERT_NOT):
        return _prefixes(rest, c, depth)  # zero-width: leaving it out only lets more through
    if op is c.SUBPATTERN:
        _, add, remove, sub = av
        if add or remove:
            return {()}
        return _prefixes(list(sub) + rest, c, depth)
    if op is c.BRANCH:
        out: set[tuple[str, ...]] = set()
        for alternative in av[1]:
            out |= _prefixes(list(alternative) + rest, c, depth)
        return out
    if op in (c.MAX_REPEAT, c.MIN_REPEAT, getattr(c, "POSSESSIVE_REPEAT", c.MAX_REPEAT)):
        low, high, sub = av
        out = set()
        for times in range(low, min(high, low + depth) + 1):
            out |= _prefixes(list(sub) * times + rest, c, depth)
        return out
    try:
        head = _item(op, av, c)
    except _Unknown:
        return {()}
    return {(head, *tail) for tail in _prefixes(rest, c, depth - 1)}


class HeadGate:
    """Whether a text may open with a match of ``pattern``, read from its first three
    characters; every text is let through when the pattern is not read."""

    __slots__ = ("_flags", "_seqs", "_starts")

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self._flags = pattern.flags
        # the verdict on what may follow each two-character opening, kept as found
        self._starts: dict[str, re.Pattern[str] | bool] = {}
        self._seqs: tuple[tuple[re.Pattern[str], ...], ...] | None
        try:
            parser: Any = importlib.import_module(
                "re._parser" if sys.version_info >= (3, 11) else "sre_parse"
            )
            constants: Any = importlib.import_module(
                "re._constants" if sys.version_info >= (3, 11) else "sre_constants"
            )
            found = _prefixes(list(parser.parse(pattern.pattern, pattern.flags)), constants, _DEPTH)
        except Exception:  # a private module changed, or a form not read: no gate
            found = {()}
        if any(len(seq) < _DEPTH - 1 for seq in found):
            self._seqs = None
        else:
            self._seqs = tuple(
                tuple(re.compile(item, pattern.flags) for item in seq) for seq in sorted(found)
            )

    def may_match(self, text: str) -> bool:
        """False only when ``pattern.match(text)`` finds nothing."""
        if self._seqs is None or len(text) < _DEPTH - 1:
            return True
        head = text[: _DEPTH - 1]
        nexts = self._starts.get(head)
        if nexts is None:
            nexts = self._follows(head)
        if nexts is True or nexts is False:
            return nexts
        return len(text) >= _DEPTH and nexts.match(text, _DEPTH - 1) is not None

    def _follows(self, head: str) -> re.Pattern[str] | bool:
        """What may follow ``head`` (True: anything, False: ``head`` opens no match)."""
        assert self._seqs is not None
        lasts: set[str] = set()
        anything = False
        for seq in self._seqs:
            if any(test.match(ch) is None for test, ch in zip(seq, head)):
                continue
            if len(seq) < _DEPTH:
                anything = True
                break
            lasts.add(seq[-1].pattern)
        found: re.Pattern[str] | bool
        if anything:
            found = True
        elif not lasts:
            found = False
        else:
            found = re.compile("|".join(sorted(lasts)), self._flags)
        if len(self._starts) < _MAX_STARTS:
            self._starts[head] = found
        return found
