"""Fast validation of plain data against a model: ``validate(data, cls) -> list[Problem]``.

A validator is compiled ONCE per model from the model's exported JSON Schema (the subset
of Draft 2020-12 that :mod:`newsmeta._schema` emits: ``type``, ``enum``, ``format``,
``pattern``, ``minimum``/``maximum``, ``anyOf``, ``$ref``, ``properties``, ``required``,
``additionalProperties: false``, ``items``) into a tree of closures. Because it is compiled
from the very schema that is shipped, it gives the same verdict and the same problem
paths as ``jsonschema.Draft202012Validator`` with newsmeta's format functions (a
differential test checks this).

On top of the schema, the cross-field rules that only the models know (a rating value
inside worst..best, ``AIDisclosure.level`` agreeing with involvement and review, an
average needing ratings, a render window in order) are reported with code
``constraint`` — for an object whose own fields passed the schema checks. jsonschema
cannot see those rules.

Codes: ``required`` (missing, or a blank string where text is needed), ``type``,
``format``, ``enum``, ``range``, ``unknown-field``, ``constraint``.
"""

from __future__ import annotations

import difflib
import json
import re
from collections.abc import Callable, Iterable, Mapping
from typing import Any

import attrs

from newsmeta import _formats, _models
from newsmeta._dump import to_dict
from newsmeta._errors import ParseError, Problem, SchemaError, ValidationError, api_name
from newsmeta._fields import (
    AWARE_PATTERN,
    NON_BLANK_PATTERN,
    NON_EMPTY_PATTERN,
    data_and_class,
    fields_of,
    is_model_class,
)
from newsmeta._formats import parse_date_value
from newsmeta._schema import json_schema
from newsmeta._validate_fast import Accept, compile_accept

__all__ = [
    "FORMAT_CHECKS",
    "PUBLISHABLE",
    "compile_parts",
    "compile_validator",
    "format_checker",
    "validate",
]

Check = Callable[[Any, str, str, list[Problem]], None]
"""A compiled check: (value, parent pointer, key, problems out)."""

FORMAT_CHECKS: dict[str, Callable[[str], bool]] = {
    "email": _formats.is_email,
    "uri": _formats.is_uri,
    "date": _formats.is_date,
    "date-time": _formats.is_date_time,
}
"""newsmeta's format functions, also registered with jsonschema's FormatChecker in tests."""


def _string_only(func: Callable[[str], bool]) -> Callable[[object], bool]:
    def check(value: object) -> bool:
        return not isinstance(value, str) or func(value)

    return check


def format_checker() -> Any:
    """A ``jsonschema.FormatChecker`` using newsmeta's format functions.

    jsonschema's stock checker silently skips ``uri`` and ``date-time`` unless optional
    packages are installed; use this one to validate newsmeta data with jsonschema::

        jsonschema.Draft202012Validator(json_schema(), format_checker=format_checker())
    """
    import jsonschema

    checker = jsonschema.FormatChecker()
    for name, func in FORMAT_CHECKS.items():
        checker.checks(name)(_string_only(func))
    return checker


_TYPE_NAMES = {
    "string": "text",
    "integer": "a whole number",
    "number": "a number",
    "boolean": "true or false",
    "object": "an object",
    "array": "a list",
}
_FORMAT_MESSAGES = {
    "email": "must be a valid e-mail address (like name@example.com)",
    "uri": "must be an absolute URL (like https://example.com/page)",
    "date": "must be a date like 2023-12-29",
    "date-time": "must be a date-time like 2023-12-29T10:00:00+01:00",
}
_DATE_OR_TIME = "must be a date like 2023-12-29 or a date-time like 2023-12-29T10:00:00+01:00"


def _escape(key: str) -> str:
    return key.replace("~", "~0").replace("/", "~1")


def _label(parent: str, key: str) -> str:
    """The field as named in the Python API: ``authors[0].email``, ``rating.value``."""
    return api_name(f"{parent}/{_escape(key)}")


def _msg(parent: str, key: str, text: str) -> str:
    label = (_label(parent, key) if key or parent else "") or "The record"
    return f"{label} {text}."


def _show(value: Any) -> str:
    """A short JSON rendering of a bad value for a message (containers by kind only)."""
    if isinstance(value, (list, dict)) or not isinstance(value, (str, int, float, type(None))):
        return _json_type(value)
    try:
        text = json.dumps(value, ensure_ascii=False)
    except ValueError:  # NaN, infinity
        text = repr(value)
    return text if len(text) <= 60 else text[:57] + '..."'


def _problem(parent: str, key: str, code: str, text: str, value: Any = None) -> Problem:
    """The problem of the value at ``parent``/``key``, with a form-ready message."""
    return Problem(path=_ptr(parent, key), code=code, message=_msg(parent, key, text), value=value)


def _json_type(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, str):
        return "text"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "an object"
    article = "an" if type(value).__name__[:1] in "AEIOU" else "a"
    return f"{article} {type(value).__name__}"


def _type_problem(value: Any, parent: str, key: str, want: str) -> Problem:
    extra = " (leave the field out instead of null)" if value is None else ""
    return Problem(
        path=f"{parent}/{_escape(key)}" if key or parent else "",
        code="type",
        message=_msg(parent, key, f"must be {_TYPE_NAMES[want]}, not {_show(value)}{extra}"),
        expected=_TYPE_NAMES[want],
        value=value,
    )


_SCHEMA_ORG_NAMES = {
    "headline": "title",
    "name": "title",
    "alternativeHeadline": "title",
    "datePublished": "date_published",
    "dateModified": "date_modified",
    "dateCreated": "date_created",
    "uploadDate": "date_published",
    "author": "authors",
    "creator": "authors",
    "articleBody": "body",
    "articleSection": "section",
    "keywords": "tags",
    "tag": "tags",
    "category": "categories",
    "inLanguage": "language",
    "lang": "language",
    "summary": "description",
    "abstract": "description",
    "thumbnailUrl": "image",
    "mainEntityOfPage": "canonical_url",
    "comment": "comments",
    "aggregateRating": "rating",
    "ratingValue": "value",
    "bestRating": "best",
    "worstRating": "worst",
    "ratingCount": "rating_count",
    "reviewCount": "review_count",
    "upvoteCount": "upvotes",
    "downvoteCount": "downvotes",
    "parentItem": "parent_id",
    "sameAs": "same_as",
    "jobTitle": "job_title",
    "email": "email",
    "license": "license",
}
"""schema.org (and common CMS) names of newsmeta fields, for "did you mean"."""


def _snake(name: str) -> str:
    return "".join(f"_{c.lower()}" if c.isupper() else c for c in name).lstrip("_")


def suggest(name: str, fields: Iterable[str]) -> str | None:
    """The newsmeta field a misspelt or schema.org field name most likely means."""
    names = list(fields)
    for guess in (_SCHEMA_ORG_NAMES.get(name), _snake(name), name.lower()):
        if guess is not None and guess in names and guess != name:
            return guess
    close = difflib.get_close_matches(name, names, n=1, cutoff=0.75)
    return close[0] if close else None


def _ptr(parent: str, key: str) -> str:
    return f"{parent}/{key}"


# --------------------------------------------------------------------------- leaf checks


def _is_int(value: Any) -> bool:
    t = type(value)
    if t is int:
        return True
    if t is bool:
        return False
    if isinstance(value, int):
        return True
    return isinstance(value, float) and value.is_integer()


def _is_number(value: Any) -> bool:
    t = type(value)
    if t is float or t is int:
        return True
    return not isinstance(value, bool) and isinstance(value, (int, float))


def _string_check(node: Mapping[str, Any]) -> Check:
    fmt = node.get("format")
    pattern = node.get("pattern")
    enum = node.get("enum")
    if enum is not None:
        options = frozenset(enum)
        listed = ", ".join(str(o) for o in enum)

        def check_enum(value: Any, parent: str, key: str, out: list[Problem]) -> None:
            if type(value) is not str and not isinstance(value, str):
                out.append(_type_problem(value, parent, key, "string"))
            elif value not in options:
                out.append(
                    _problem(
                        parent, key, "enum", f"must be one of: {listed}; not {_show(value)}", value
                    )
                )

        return check_enum
    if fmt is not None:
        is_ok = FORMAT_CHECKS[fmt]
        fmt_message = _FORMAT_MESSAGES[fmt]
        if pattern is not None:
            if pattern != AWARE_PATTERN:
                raise SchemaError(f"unsupported pattern {pattern!r} with a format")
            aware = re.compile(pattern).search

            def check_aware(value: Any, parent: str, key: str, out: list[Problem]) -> None:
                if type(value) is not str and not isinstance(value, str):
                    out.append(_type_problem(value, parent, key, "string"))
                elif not is_ok(value):
                    out.append(
                        _problem(parent, key, "format", f"{fmt_message}, not {_show(value)}", value)
                    )
                elif aware(value) is None:
                    out.append(
                        _problem(
                            parent,
                            key,
                            "format",
                            f"must include a UTC offset (like +00:00), not {_show(value)}",
                            value,
                        )
                    )

            return check_aware

        def check_format(value: Any, parent: str, key: str, out: list[Problem]) -> None:
            if type(value) is not str and not isinstance(value, str):
                out.append(_type_problem(value, parent, key, "string"))
            elif not is_ok(value):
                out.append(
                    _problem(parent, key, "format", f"{fmt_message}, not {_show(value)}", value)
                )

        return check_format
    if pattern == NON_EMPTY_PATTERN:

        def check_filled(value: Any, parent: str, key: str, out: list[Problem]) -> None:
            if type(value) is not str and not isinstance(value, str):
                out.append(_type_problem(value, parent, key, "string"))
            elif not value:
                out.append(_problem(parent, key, "required", "is required (it is empty)"))

        return check_filled
    if pattern is not None:
        if pattern != NON_BLANK_PATTERN:
            raise SchemaError(f"unsupported pattern {pattern!r}")

        # ``\S`` finds nothing exactly when the text is empty or all whitespace
        # (re's \s and str.isspace share one Unicode definition).
        def check_text(value: Any, parent: str, key: str, out: list[Problem]) -> None:
            if type(value) is not str and not isinstance(value, str):
                out.append(_type_problem(value, parent, key, "string"))
            elif not value or value.isspace():
                out.append(_problem(parent, key, "required", "is required (it is blank)", value))

        return check_text

    def check_string(value: Any, parent: str, key: str, out: list[Problem]) -> None:
        if type(value) is not str and not isinstance(value, str):
            out.append(_type_problem(value, parent, key, "string"))

    return check_string


def _number_check(node: Mapping[str, Any], integer: bool) -> Check:
    minimum = node.get("minimum")
    maximum = node.get("maximum")
    is_ok = _is_int if integer else _is_number
    want = "integer" if integer else "number"
    if minimum is None and maximum is None:

        def check_plain(value: Any, parent: str, key: str, out: list[Problem]) -> None:
            if not is_ok(value):
                out.append(_type_problem(value, parent, key, want))
            elif value != value:  # NaN: jsonschema lets it through, the models do not
                out.append(_problem(parent, key, "range", "must be a finite number", value))

        return check_plain
    lo = float("-inf") if minimum is None else minimum
    hi = float("inf") if maximum is None else maximum
    if maximum is None:
        text = f"must be at least {minimum}"
    elif minimum is None:
        text = f"must be at most {maximum}"
    else:
        text = f"must be between {minimum} and {maximum}"

    def check_range(value: Any, parent: str, key: str, out: list[Problem]) -> None:
        if not is_ok(value):
            out.append(_type_problem(value, parent, key, want))
        elif not lo <= value <= hi:
            out.append(_problem(parent, key, "range", f"{text}, not {_show(value)}", value))

    return check_range


def _boolean_check(value: Any, parent: str, key: str, out: list[Problem]) -> None:
    if value is not True and value is not False:
        out.append(_type_problem(value, parent, key, "boolean"))


def _date_or_time_check(value: Any, parent: str, key: str, out: list[Problem]) -> None:
    if type(value) is not str and not isinstance(value, str):
        out.append(_type_problem(value, parent, key, "string"))
    elif not (_formats.is_date(value) if len(value) == 10 else _formats.is_date_time(value)):
        out.append(_problem(parent, key, "format", f"{_DATE_OR_TIME}, not {_show(value)}", value))


# --------------------------------------------------------------------------- compiler


class _Compiler:
    def __init__(self, schema: Mapping[str, Any]) -> None:
        self.schema = schema
        self.defs: Mapping[str, Any] = schema.get("$defs", {})
        self.compiled: dict[str, Check] = {}
        self.models = {cls.__name__: cls for cls in _models.MODELS}

    def node(self, node: Mapping[str, Any]) -> Check:
        ref = node.get("$ref")
        if ref is not None:
            name = ref.rsplit("/", 1)[-1]
            if name not in self.compiled:
                # A definition met again while it is being compiled (Block holds Blocks) is
                # looked up when checked, by then compiled.
                self.compiled[name] = self._late(name)
                self.compiled[name] = self.object(self.defs[name])
            return self.compiled[name]
        if "anyOf" in node:
            formats = sorted(alt.get("format", "") for alt in node["anyOf"])
            if formats != ["date", "date-time"]:
                raise SchemaError(f"unsupported anyOf {node['anyOf']!r}")
            return _date_or_time_check
        kind = node.get("type")
        if kind == "string":
            return _string_check(node)
        if kind == "integer":
            return _number_check(node, True)
        if kind == "number":
            return _number_check(node, False)
        if kind == "boolean":
            return _boolean_check
        if kind == "array":
            return self.array(node)
        if kind == "object":
            return self.object(node)
        raise SchemaError(f"unsupported schema node {node!r}")

    def _late(self, name: str) -> Check:
        compiled = self.compiled

        def check(value: Any, parent: str, key: str, out: list[Problem]) -> None:
            found = compiled[name]
            if found is check:  # pragma: no cover - compile() always finishes the definition
                _missing(value, parent, key, out)
            else:
                found(value, parent, key, out)

        return check

    def array(self, node: Mapping[str, Any]) -> Check:
        item = self.node(node["items"])
        exact, test = _fast_path(node["items"])

        def check_array(value: Any, parent: str, key: str, out: list[Problem]) -> None:
            if type(value) is not list and not isinstance(value, list):
                out.append(_type_problem(value, parent, key, "array"))
                return
            here = f"{parent}/{key}"
            for i, v in enumerate(value):
                if type(v) is exact and (test is None or test(v)):
                    continue
                item(v, here, str(i), out)

        return check_array

    def object(self, node: Mapping[str, Any]) -> Check:
        props: dict[str, Check] = {
            name: self.node(sub) for name, sub in node.get("properties", {}).items()
        }
        # (exact type, test, the full check): the common valid values are accepted in the
        # loop without calling their check
        entries = {
            name: (*_fast_path(sub), props[name])
            for name, sub in node.get("properties", {}).items()
        }
        required = tuple(node.get("required", ()))
        closed = node.get("additionalProperties", True) is False
        cls = self.models.get(node.get("title", ""))
        constraint = _constraint_for(cls) if cls is not None else None
        get = entries.get

        def check_object(value: Any, parent: str, key: str, out: list[Problem]) -> None:
            if type(value) is not dict and not isinstance(value, dict):
                out.append(_type_problem(value, parent, key, "object"))
                return
            here = f"{parent}/{key}" if key or parent else ""
            before = len(out) if constraint is not None else 0
            for name in required:
                if name not in value:
                    out.append(
                        Problem(
                            path=f"{here}/{name}",
                            code="required",
                            message=_msg(here, name, "is required"),
                        )
                    )
            for k, v in value.items():
                entry = get(k)
                if entry is None:
                    if closed:
                        out.append(_unknown(here, k, cls, props))
                    continue
                exact, test, chk = entry
                if type(v) is exact and (test is None or test(v)):
                    continue
                chk(v, here, k, out)
            if constraint is not None and len(out) == before:
                constraint(value, here, out)

        return check_object


def _non_blank(value: str) -> bool:
    return bool(value) and not value.isspace()


def _date_or_time_ok(value: str) -> bool:
    return _formats.is_date(value) if len(value) == 10 else _formats.is_date_time(value)


def _fast_path(node: Mapping[str, Any]) -> tuple[type[Any] | None, Callable[[Any], bool] | None]:
    """``(type, test)``: a value of exactly that type that passes ``test`` (None: no test)
    passes the node's check, so a loop may accept it without calling the check; anything
    else goes to the check, which reports it."""
    kind = node.get("type")
    if kind == "boolean":
        return bool, None
    if "anyOf" in node:
        return str, _date_or_time_ok
    if kind != "string":
        return None, None
    keys = set(node) - {"type", "description", "default"}
    if not keys:
        return str, None
    if keys == {"enum"}:
        return str, frozenset(node["enum"]).__contains__
    if keys == {"format"}:
        return str, FORMAT_CHECKS[node["format"]]
    if keys == {"pattern"} and node["pattern"] == NON_BLANK_PATTERN:
        return str, _non_blank
    return None, None


def _unknown(here: str, key: Any, cls: type[Any] | None, props: Mapping[str, Any]) -> Problem:
    kk = key if isinstance(key, str) else str(key)
    where = api_name(here)
    owner = cls.__name__ if cls else "the object"
    guess = suggest(kk, props)
    hint = f"; did you mean {guess!r}?" if guess else ""
    at = f" in {where}" if where else ""
    return Problem(
        path=f"{here}/{_escape(kk)}",
        code="unknown-field",
        message=f"Unknown field {kk!r}{at} ({owner} has no such field{hint}).",
        value=kk,
    )


def _missing(value: Any, parent: str, key: str, out: list[Problem]) -> None:
    raise SchemaError("recursive schema definitions are not supported")


# --------------------------------------------------------------------------- constraints

_Constraint = Callable[[Mapping[str, Any], str, list[Problem]], None]


def _constraint_for(cls: type[Any]) -> _Constraint | None:
    """A check running the model's own cross-field rules on the scalar fields of an object.

    It runs only on an object whose fields passed the schema checks, so the rule
    (``__attrs_post_init__``) is called on an instance filled without re-running the
    field validators: converted scalars, defaults for the rest.
    """
    rule = getattr(cls, "__attrs_post_init__", None)
    if rule is None:
        return None
    plan = []
    for info in fields_of(cls):
        attribute = info.attribute
        kind = info.spec.kind
        converter = attribute.converter if callable(attribute.converter) else None
        plan.append((info.name, kind not in ("model", "tuple"), kind, converter, attribute.default))

    def check_constraint(value: Mapping[str, Any], here: str, out: list[Problem]) -> None:
        inst = object.__new__(cls)
        for name, scalar, kind, converter, default in plan:
            if scalar and name in value:
                v = value[name]
                if kind in ("date_value", "datetime"):
                    try:
                        v = parse_date_value(v)
                    except ValueError:
                        return
                elif kind == "int":
                    v = int(v)
                if converter is not None:
                    v = converter(v)
            elif isinstance(default, attrs.Factory):  # type: ignore[arg-type]
                factory: Any = default
                v = factory.factory(inst) if factory.takes_self else factory.factory()
            else:
                v = None if default is attrs.NOTHING else default
            object.__setattr__(inst, name, v)
        try:
            rule(inst)
        except ValidationError as exc:  # the model names the field of a cross-field rule
            for p in exc.problems:
                out.append(
                    Problem(
                        path=here + p.path,
                        code="constraint",
                        message=_rule_message(here + p.path, p.path[1:], p.message),
                        value=value.get(p.path[1:]) if p.path else None,
                    )
                )
        except (ValueError, TypeError, OverflowError) as exc:
            text = str(exc)
            out.append(
                Problem(path=here, code="constraint", message=f"{text[:1].upper()}{text[1:]}.")
            )

    return check_constraint


def _rule_message(path: str, name: str, text: str) -> str:
    """A model rule's message naming the field as the API does: ``best (1.0) must be …``
    at ``/rating/best`` reads ``rating.best (1.0) must be …``."""
    full = api_name(path)
    if name and text.startswith(name) and not text[len(name) : len(name) + 1].isalnum():
        return f"{full}{text[len(name) :]}."
    return f"{full}: {text}." if full else f"{text[:1].upper()}{text[1:]}."


# --------------------------------------------------------------------------- public API

_VALIDATORS: dict[type[Any], tuple[Accept, Check, Check]] = {}


def _compiled(cls: type[Any]) -> tuple[Accept, Check, Check]:
    """(accept-only function, full check, accept-then-full check) of a model class."""
    fields_of(cls)  # SchemaError for anything but a model class
    compiled = _VALIDATORS.get(cls)
    if compiled is None:
        schema = json_schema(cls)
        compiler = _Compiler(schema)
        accept = compile_accept(schema, compiler.models)
        full = compiler.object(schema)

        def check(value: Any, parent: str, key: str, out: list[Problem]) -> None:
            if not accept(value):
                full(value, parent, key, out)

        compiled = _VALIDATORS[cls] = (accept, full, check)
    return compiled


def compile_validator(cls: type[Any]) -> Check:
    """The compiled validator of a model class (cached; built from ``json_schema(cls)``).

    A value the generated accept function (:mod:`newsmeta._validate_fast`) finds certainly
    valid costs that one call; anything else goes through the full check, which finds
    and words every problem.
    """
    return _compiled(cls)[2]


def compile_parts(cls: type[Any]) -> tuple[Accept, Check]:
    """The two halves of :func:`compile_validator`: the accept-only function and the full
    check (tests compare them)."""
    accept, full, _ = _compiled(cls)
    return accept, full


def _split(path: str) -> list[str]:
    text = path.strip()
    if text.startswith("/"):
        parts = text[1:].split("/")
        # An empty step ("//") names no field: dropped, as in the dotted form.
        return [p.replace("~1", "/").replace("~0", "~") for p in parts if p]
    return [p for p in re.split(r"[./]", text) if p]


def _present(data: Any, parts: list[str]) -> bool:
    value: Any = data
    for part in parts:
        if isinstance(value, dict) and part in value:
            value = value[part]
        elif (
            isinstance(value, list)
            and part.isdecimal()
            and len(part) < 10  # int() refuses over 4,300 digits; no list is that long
            and int(part) < len(value)
        ):
            value = value[int(part)]
        else:
            return False
    return not (
        value is None or (isinstance(value, str) and not value.strip()) or value in ([], {})
    )


def _require(data: Any, paths: Iterable[str], out: list[Problem]) -> None:
    seen = {p.path for p in out}
    for raw in paths:
        # "authors|publisher": one of the alternatives is enough
        options = [parts for parts in (_split(alt) for alt in raw.split("|")) if parts]
        if not options or any(_present(data, parts) for parts in options):
            continue
        parts = options[0]
        pointer = "/" + "/".join(_escape(p) for p in parts)
        if pointer in seen:
            continue
        seen.add(pointer)
        parent = pointer.rsplit("/", 1)[0]
        if len(options) > 1:
            names = " or ".join(api_name("/" + "/".join(_escape(p) for p in o)) for o in options)
            message = f"{names} is required."
        else:
            message = _msg(parent, parts[-1], "is required")
        out.append(Problem(path=pointer, code="required", message=message))


PUBLISHABLE: tuple[str, ...] = ("title", "date_published", "authors|publisher")
"""``require=`` preset for an article ready to publish: a title, a publication date, and an
author or a publisher. Also available by name: ``require="publishable"``."""

_PRESETS: dict[str, tuple[str, ...]] = {"publishable": PUBLISHABLE}


def validate(data: Any, cls: type[Any] | None = None, *, require: Any = ()) -> list[Problem]:
    """Every problem of ``data`` as the plain-data form of ``cls`` (empty when valid).

    ``data`` is plain data (what :func:`newsmeta.to_dict` or JSON gives) or a model
    instance; ``cls`` defaults to the instance's class, else :class:`~newsmeta.Article`.
    Arguments are ``(data, cls)``, as for ``from_dict``/``from_json``/``from_jsonld``;
    passing the class first is an error that says so.

    ``require`` lists extra paths that must hold a non-empty value, as JSON pointers
    (``/author/email``) or slash/dot paths (``author/email``, ``author.email``);
    ``"authors|publisher"`` is satisfied by either. A CMS comment form uses
    ``require=("author/name", "author/email", "text")``; ``require="publishable"`` (or
    :data:`PUBLISHABLE`) asks for a title, a publication date and an author or publisher.
    """
    if cls is None:
        cls = type(data) if is_model_class(type(data)) else _models.Article
    data, cls = data_and_class("validate", data, cls, legacy=False)
    out: list[Problem] = []
    if is_model_class(type(data)):
        if not isinstance(data, cls):
            what = type(data).__name__
            out.append(
                Problem(
                    path="",
                    code="type",
                    message=f"The record must be {_what(cls)} (or its plain data), not {what}.",
                    expected=cls.__name__,
                    value=data,
                )
            )
            return out
        data = to_dict(data)
    compile_validator(cls)(data, "", "", out)
    if require:
        if isinstance(require, str):
            require = _PRESETS.get(require, (require,))
        try:
            paths = list(require)
        except TypeError:
            raise ParseError("require must be a path or an iterable of paths") from None
        if not all(isinstance(p, str) for p in paths):
            raise ParseError("require paths must be strings such as 'author/email'")
        _require(data, paths, out)
    return out


def _what(cls: type[Any]) -> str:
    name = cls.__name__
    return f"an {name}" if name[:1] in "AEIOU" else f"a {name}"
