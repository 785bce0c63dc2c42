"""newsmeta's exception hierarchy and the problem record used by validation."""

from __future__ import annotations

import attrs

__all__ = [
    "LimitExceededError",
    "NewsmetaError",
    "ParseError",
    "Problem",
    "SchemaError",
    "ValidationError",
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


@attrs.frozen(kw_only=True)
class Problem:
    """One validation problem: where (a JSON pointer), what (a stable code) and a message.

    ``code`` is one of ``required``, ``type``, ``format``, ``enum``, ``range``,
    ``length``, ``pattern``, ``unknown-field``, ``constraint``.
    """

    path: str
    code: str
    message: str

    def __str__(self) -> str:
        return f"{self.path or '/'}: {self.message} [{self.code}]"


class ValidationError(NewsmetaError, ValueError):
    """Data does not describe a valid model; ``problems`` lists *all* problems found."""

    def __init__(self, problems: list[Problem] | tuple[Problem, ...], what: str = "data") -> None:
        self.problems: tuple[Problem, ...] = tuple(problems)
        lines = "; ".join(str(p) for p in self.problems[:10])
        more = f" (+{len(self.problems) - 10} more)" if len(self.problems) > 10 else ""
        super().__init__(f"invalid {what}: {len(self.problems)} problem(s): {lines}{more}")
