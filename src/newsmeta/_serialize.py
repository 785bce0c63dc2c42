"""Plain-data serialisation: ``to_dict`` / ``from_dict`` / ``to_json`` / ``from_json``.

Hand-written, one converter per type, driven by the attrs fields and their type hints.

Conventions (stable, see docs/serialization.md):

* dates are ISO 8601 strings: a :class:`datetime.date` becomes ``"YYYY-MM-DD"``, a naive
  datetime ``"YYYY-MM-DDTHH:MM:SS[.ffffff]"`` (no offset), an aware one the same plus
  ``"+HH:MM"``; reading gives back exactly the same kind of value;
* enums are written as their values, tuples as lists, floats stay floats;
* optional fields that are empty (``None`` or an empty tuple) are omitted; every other
  field, defaults included (``Rating.best`` = 5.0, ``AIDisclosure.level``), is written;
* ``from_dict`` validates first (:func:`newsmeta.validate`) and raises
  :class:`~newsmeta.ValidationError` carrying *all* problems.
"""

from __future__ import annotations

import json
import typing
from typing import Any, TypeVar

from newsmeta._dump import to_dict
from newsmeta._errors import ParseError, Problem, ValidationError
from newsmeta._fields import TypeSpec, data_and_class, fields_of, is_model_class
from newsmeta._formats import format_date_value, parse_date_value
from newsmeta._models import Article
from newsmeta._settings import DEFAULT_LIMITS, Limits
from newsmeta._validate import validate

__all__ = [
    "format_date_value",
    "from_dict",
    "from_json",
    "parse_date_value",
    "to_dict",
    "to_json",
]

T = TypeVar("T")

# --------------------------------------------------------------------------- from_dict


def _load_value(spec: TypeSpec, value: Any, path: str, problems: list[Problem]) -> Any:
    kind = spec.kind
    if kind == "int":
        return int(value)
    if kind == "float":
        return float(value)
    if kind in ("str", "bool"):
        return value
    if kind == "enum":
        return spec.py(value)
    if kind in ("date_value", "datetime"):
        return parse_date_value(value)
    if kind == "model":
        return _build(spec.py, value, path, problems)
    assert spec.item is not None
    item = spec.item
    return tuple(_load_value(item, v, f"{path}/{i}", problems) for i, v in enumerate(value))


class _Failed(Exception):
    pass


def _build(cls: type[Any], data: dict[str, Any], path: str, problems: list[Problem]) -> Any:
    """Build a model from already validated data; constructor errors become problems."""
    kwargs: dict[str, Any] = {}
    failed = False
    for info in fields_of(cls):
        if info.name in data:
            try:
                kwargs[info.name] = _load_value(
                    info.spec, data[info.name], f"{path}/{info.name}", problems
                )
            except _Failed:
                failed = True
            except (ValueError, TypeError, OverflowError) as exc:
                problems.append(
                    Problem(path=f"{path}/{info.name}", code="constraint", message=str(exc))
                )
                failed = True
    if failed:
        raise _Failed
    try:
        return cls(**kwargs)
    except ValidationError as exc:  # a rule spanning fields: the model names the field
        problems.extend(
            Problem(
                path=path + p.path,
                code=p.code,
                message=p.message,
                expected=p.expected,
                value=p.value,
            )
            for p in exc.problems
        )
        raise _Failed from None
    except (ValueError, TypeError) as exc:
        problems.append(Problem(path=path, code="constraint", message=str(exc)))
        raise _Failed from None


@typing.overload
def from_dict(data: Any) -> Article: ...


@typing.overload
def from_dict(data: Any, cls: type[T]) -> T: ...


def from_dict(data: Any, cls: Any = Article) -> Any:
    """Build a model of class ``cls`` (default :class:`Article`) from plain data (the form
    :func:`to_dict` writes).

    Arguments are ``(data, cls)``, as for :func:`validate`, :func:`from_json` and
    :func:`from_jsonld`; the old order ``from_dict(cls, data)`` still works in this release,
    with a DeprecationWarning. Raises :class:`~newsmeta.ValidationError` listing every
    problem (JSON-pointer paths), :class:`~newsmeta.SchemaError` when ``cls`` is not a model.
    """
    data, cls = data_and_class("from_dict", data, cls)
    return _from_dict(data, cls)


def _from_dict(data: Any, cls: type[T]) -> T:
    if is_model_class(type(data)):  # validate() takes instances; building one does not
        raise ValidationError(
            [
                Problem(
                    path="",
                    code="type",
                    message=f"The record must be plain data (an object), not {type(data).__name__}"
                    " (a model instance needs no from_dict).",
                    expected="an object",
                    value=data,
                )
            ],
            cls.__name__,
        )
    problems = validate(data, cls)
    if problems:
        raise ValidationError(problems, cls.__name__)
    bad = _find_surrogate(data, "")
    if bad is not None:
        # Valid JSON syntax ("\ud800") but not Unicode: such a record could never be written.
        raise ValidationError(
            [Problem(path=bad, code="format", message="text contains a lone surrogate")],
            cls.__name__,
        )
    try:
        return typing.cast(T, _build(cls, data, "", problems))
    except _Failed:
        raise ValidationError(problems, cls.__name__) from None


# --------------------------------------------------------------------------- JSON


def _find_surrogate(value: Any, path: str) -> str | None:
    if isinstance(value, str):
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            return path
        return None
    if isinstance(value, dict):
        for key, item in value.items():
            found = _find_surrogate(key, path) or _find_surrogate(item, f"{path}/{key}")
            if found is not None:
                return found
    elif isinstance(value, list):
        for i, item in enumerate(value):
            found = _find_surrogate(item, f"{path}/{i}")
            if found is not None:
                return found
    return None


def dumps(data: Any, *, indent: int | None = None, what: str = "data") -> str:
    """JSON text of plain data (UTF-8 safe, no NaN); a lone surrogate raises ValidationError."""
    try:
        text = json.dumps(data, ensure_ascii=False, allow_nan=False, indent=indent)
    except ValueError as exc:  # NaN / Infinity in a hand-made dict
        raise ValidationError([Problem(path="", code="range", message=str(exc))], what) from None
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        where = _find_surrogate(data, "") or ""
        raise ValidationError(
            [
                Problem(
                    path=where,
                    code="format",
                    message="text contains a lone surrogate (not valid Unicode); it cannot be "
                    "written as UTF-8 JSON",
                )
            ],
            what,
        ) from None
    return text


def to_json(obj: Any, *, indent: int | None = None) -> str:
    """The JSON text of a model instance (the :func:`to_dict` form, UTF-8 safe, no NaN)."""
    return dumps(to_dict(obj), indent=indent, what=type(obj).__name__)


def _reject_constant(name: str) -> Any:
    raise ParseError(f"{name} is not valid JSON (numbers must be finite)")


def _depth_ok(data: Any, maximum: int) -> bool:
    stack: list[tuple[Any, int]] = [(data, 1)]
    while stack:
        value, depth = stack.pop()
        if depth > maximum:
            return False
        if isinstance(value, dict):
            stack.extend((v, depth + 1) for v in value.values() if isinstance(v, (dict, list)))
        elif isinstance(value, list):
            stack.extend((v, depth + 1) for v in value if isinstance(v, (dict, list)))
    return True


def loads(text: str | bytes, *, limits: Limits | None = None) -> Any:
    """Parse JSON text strictly: ParseError on bad JSON, NaN/Infinity or too deep nesting."""
    from newsmeta._errors import LimitExceededError

    lim = limits or DEFAULT_LIMITS
    if isinstance(text, (bytes, bytearray)):
        try:
            text = bytes(text).decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise ParseError(f"JSON input is not UTF-8: {exc}") from None
    if not isinstance(text, str):
        raise ParseError(f"JSON input must be str or bytes, got {type(text).__name__}")
    try:
        data = json.loads(text, parse_constant=_reject_constant)
    except json.JSONDecodeError as exc:
        raise ParseError(f"invalid JSON: {exc}") from None
    except ValueError as exc:  # an integer over Python's digit limit (sys.int_info)
        raise ParseError(f"invalid JSON number: {exc}") from None
    except RecursionError:
        raise LimitExceededError(
            "JSON nesting is too deep",
            limit="max_json_depth",
            value=lim.max_json_depth + 1,
            maximum=lim.max_json_depth,
        ) from None
    if not _depth_ok(data, lim.max_json_depth):
        raise LimitExceededError(
            f"JSON nesting is deeper than {lim.max_json_depth}",
            limit="max_json_depth",
            value=lim.max_json_depth + 1,
            maximum=lim.max_json_depth,
        )
    return data


@typing.overload
def from_json(text: str | bytes, *, limits: Limits | None = None) -> Article: ...


@typing.overload
def from_json(text: str | bytes, cls: type[T], *, limits: Limits | None = None) -> T: ...


def from_json(text: Any, cls: Any = Article, *, limits: Limits | None = None) -> Any:
    """Parse JSON text and build a model of class ``cls`` (default :class:`Article`).

    Arguments are ``(text, cls)``; the old order ``from_json(cls, text)`` still works in this
    release, with a DeprecationWarning. ParseError for bad JSON, ValidationError for bad data.
    """
    text, cls = data_and_class("from_json", text, cls)
    return _from_dict(loads(text, limits=limits), cls)
