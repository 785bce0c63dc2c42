"""newsmeta's exception hierarchy and the problem record used by validation."""

from __future__ import annotations

from typing import Any

import attrs

__all__ = [
    "LimitExceededError",
    "NewsmetaError",
    "ParseError",
    "Problem",
    "SchemaError",
    "ValidationError",
    "api_name",
]


class NewsmetaError(Exception):
    """Base class of every exception newsmeta raises on purpose."""


class ParseError(NewsmetaError, ValueError):
    """Input could not be read: undecodable bytes, unparseable text, over a size limit."""


class LimitExceededError(ParseError):
    """Input is larger or deeper than a configured limit allows."""

    def __init__(self, message: str, *, limit: str, value: int, maximum: int) -> None:
        super().__init__(message)
        self.limit = limit
        self.value = value
        self.maximum = maximum


class SchemaError(NewsmetaError, TypeError):
    """A model class or type that newsmeta cannot describe or (de)serialise."""


def api_name(pointer: str) -> str:
    """The field as written in Python for a JSON pointer: ``/authors/0/name`` ->
    ``authors[0].name`` (the root ``""`` gives ``""``)."""
    out = ""
    for raw in pointer.split("/")[1:]:
        part = raw.replace("~1", "/").replace("~0", "~")
        if part.isdecimal():
            out += f"[{part}]"
        else:
            out += f".{part}" if out else part
    return out


@attrs.frozen(kw_only=True)
class Problem:
    """One validation problem: where (a JSON pointer), what (a stable code) and a message.

    ``code`` is one of ``required``, ``type``, ``format``, ``enum``, ``range``,
    ``length``, ``pattern``, ``unknown-field``, ``constraint``. ``path`` is ``""`` for
    the record itself. ``expected`` (what the field needs, e.g. ``"an Author"``) and
    ``value`` (the offending value) are set where known; they do not take part in
    equality.
    """

    path: str
    code: str
    message: str
    expected: str | None = attrs.field(default=None, eq=False, repr=False)
    value: Any = attrs.field(default=None, eq=False, repr=False)

    @property
    def field(self) -> str:
        """The field as named in the Python API (``authors[0].name``; ``""`` for the root)."""
        return api_name(self.path)

    def __str__(self) -> str:
        where = f"{self.path}: " if self.path else ""
        return f"{where}{self.message} [{self.code}]"


class ValidationError(NewsmetaError, ValueError):
    """Data does not describe a valid model; ``problems`` lists *all* problems found.

    ``field``, ``expected`` and ``value`` repeat those of the first problem (a model
    constructor reports one problem: ``Article(authors=["Jane"])`` gives ``field``
    ``"authors[0]"``, ``expected`` ``"an Author"``, ``value`` ``"Jane"``).
    """

    def __init__(self, problems: list[Problem] | tuple[Problem, ...], what: str = "data") -> None:
        self.problems: tuple[Problem, ...] = tuple(problems)
        self.what = what
        first = self.problems[0] if self.problems else None
        self.field: str | None = None if first is None else first.field
        self.expected: str | None = None if first is None else first.expected
        self.value: Any = None if first is None else first.value
        lines = "; ".join(str(p) for p in self.problems[:10])
        more = f" (+{len(self.problems) - 10} more)" if len(self.problems) > 10 else ""
        super().__init__(f"invalid {what}: {len(self.problems)} problem(s): {lines}{more}")
