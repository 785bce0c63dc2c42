"""The accept-only fast path of ``newsmeta.validate``: one generated function per model.

:func:`compile_accept` turns a model's exported JSON Schema (the subset that
:mod:`newsmeta._validate` compiles) into Python source, one straight-line function per
definition, executed once and cached by the caller. Each function answers one question:
is this value *certainly* valid, cross-field rules included? It builds no message and no
pointer; it reads each known field once with ``dict.get`` and checks its exact type with
``type(x) is str`` before the format or range test, and checks unknown keys with one set
comparison.

It may say "no" to a valid value (a ``str`` subclass, an integral float such as ``2.0``, a
cross-field rule it could not evaluate): the caller then runs the full validator, which
finds every problem and writes every message exactly as before. It never says "yes" to a
value the full validator would report; tests/test_validate_fast.py checks both on
generated valid and mutated records, against the full validator and jsonschema.
"""

from __future__ import annotations

import datetime as _dt
import re
import threading
from collections.abc import Callable, Mapping
from typing import Any

import attrs

from newsmeta import _formats
from newsmeta._errors import SchemaError
from newsmeta._fields import AWARE_PATTERN, NON_BLANK_PATTERN, NON_EMPTY_PATTERN, fields_of

__all__ = ["Accept", "compile_accept"]

Accept = Callable[[Any], bool]
"""An accept-only check: True when the value is certainly valid."""


class _Missing:
    """The marker ``dict.get`` returns for an absent field (never a JSON value)."""

    __slots__ = ()

    def __repr__(self) -> str:
        return "<missing>"


_MISSING = _Missing()


def _parse_date(text: str) -> _dt.date:
    """``parse_date_value`` for a cross-field rule, by ``fromisoformat``.

    On text that passes the ``date``/``date-time`` format check (the accept function
    checks the formats of the record too) both give the same value; where
    ``fromisoformat`` refuses such text (a ``z`` offset, Python 3.10's fractions) the
    ValueError sends the record to the full validator.
    """
    if len(text) == 10:
        return _dt.date.fromisoformat(text)
    return _dt.datetime.fromisoformat(text)


# Format checks are collected during the walk and run at the end, each kind over the
# whole record at once (one regex call per kind: newsmeta._formats.all_uris ...): the
# accept functions take the record's collectors ``u`` (URIs), ``e`` (e-mail addresses)
# and ``d`` (dates and date-times), the ``append`` of three lists.
_ARGS = "u, e, d"
_MAX_SHAPES = 32
"""Shapes (key sequences) given their own function, per object definition; more are
served by the generic function (a bound on compiled code for any input)."""


class _Generator:
    """Writes the source of the accept functions of one schema, and their namespace."""

    def __init__(self, schema: Mapping[str, Any], models: Mapping[str, type[Any]]) -> None:
        self.defs: Mapping[str, Any] = schema.get("$defs", {})
        self.models = models
        self.namespace: dict[str, Any] = {
            "M": _MISSING,
            "_new": object.__new__,
            "_set": object.__setattr__,
            "_all_uris": _formats.all_uris,
            "_all_emails": _formats.all_emails,
            "_all_dates": _formats.all_dates_or_times,
        }
        self.functions: dict[str, str] = {}  # definition name -> function name
        self.lock = threading.Lock()
        self.chunks: list[str] = []
        self.serial = 0

    # ------------------------------------------------------------------ helpers

    def const(self, prefix: str, value: Any) -> str:
        """A name in the namespace bound to ``value``."""
        self.serial += 1
        name = f"{prefix}{self.serial}"
        self.namespace[name] = value
        return name

    def ref(self, name: str) -> str:
        """The accept function of a definition (generated once; recursion is fine)."""
        if name not in self.functions:
            if name not in self.defs:
                raise SchemaError(f"unknown definition {name!r}")
            self.functions[name] = f"ok_{re.sub(r'[^0-9A-Za-z_]', '_', name)}"
            self.object(self.functions[name], self.defs[name])
        return self.functions[name]

    # ------------------------------------------------------------------ nodes

    def statements(self, node: Mapping[str, Any], var: str, indent: str) -> list[str]:
        """Lines that ``return False`` unless ``var`` is certainly valid (its format
        checks handed to the collectors)."""
        ref = node.get("$ref")
        if ref is not None:
            return self.unless(f"{self.ref(ref.rsplit('/', 1)[-1])}({var}, {_ARGS})", indent)
        if "anyOf" in node:
            formats = sorted(alt.get("format", "") for alt in node["anyOf"])
            if formats != ["date", "date-time"]:
                raise SchemaError(f"unsupported anyOf {node['anyOf']!r}")
            return [*self.reject(f"type({var}) is not str", indent), f"{indent}d({var})"]
        kind = node.get("type")
        if kind == "string":
            return self.string(node, var, indent)
        if kind == "integer":
            return self.reject(f"type({var}) is not int" + self.bounds(node, var), indent)
        if kind == "number":
            rest = self.bounds(node, var) or f" or {var} != {var}"  # NaN
            cond = f"(type({var}) is not float and type({var}) is not int){rest}"
            return self.reject(cond, indent)
        if kind == "boolean":
            return self.reject(f"{var} is not True and {var} is not False", indent)
        if kind == "array":
            item = f"y{self.serial + 1}"
            self.serial += 1
            lines = self.reject(f"type({var}) is not list", indent)
            lines.append(f"{indent}for {item} in {var}:")
            return lines + self.statements(node["items"], item, indent + "    ")
        if kind == "object":
            self.serial += 1
            name = f"ok_object{self.serial}"
            self.object(name, node)
            return self.unless(f"{name}({var}, {_ARGS})", indent)
        raise SchemaError(f"unsupported schema node {node!r}")

    @staticmethod
    def reject(cond: str, indent: str) -> list[str]:
        return [f"{indent}if {cond}:", f"{indent}    return False"]

    @staticmethod
    def unless(call: str, indent: str) -> list[str]:
        return [f"{indent}if not {call}:", f"{indent}    return False"]

    def bounds(self, node: Mapping[str, Any], var: str) -> str:
        # a failed comparison (NaN compares false) rejects
        out = ""
        if node.get("minimum") is not None:
            out += f" or not {var} >= {self.const('LO', node['minimum'])}"
        if node.get("maximum") is not None:
            out += f" or not {var} <= {self.const('HI', node['maximum'])}"
        return out

    def string(self, node: Mapping[str, Any], var: str, indent: str) -> list[str]:
        cond = f"type({var}) is not str"
        enum = node.get("enum")
        if enum is not None:
            return self.reject(f"{cond} or {var} not in {self.const('E', frozenset(enum))}", indent)
        pattern = node.get("pattern")
        fmt = node.get("format")
        if fmt is not None:
            if pattern is not None:
                if pattern != AWARE_PATTERN:
                    raise SchemaError(f"unsupported pattern {pattern!r} with a format")
                cond += f" or {self.const('P', re.compile(pattern).search)}({var}) is None"
            if fmt == "uri":
                collect = "u"
            elif fmt == "email":
                collect = "e"
            elif fmt in ("date", "date-time"):
                # d takes a date at 10 characters and a date-time otherwise
                cond += f" or len({var}) {'!=' if fmt == 'date' else '=='} 10"
                collect = "d"
            else:
                raise SchemaError(f"unsupported format {fmt!r}")
            return [*self.reject(cond, indent), f"{indent}{collect}({var})"]
        if pattern is None:
            return self.reject(cond, indent)
        if pattern == NON_EMPTY_PATTERN:
            return self.reject(f"{cond} or not {var}", indent)
        if pattern == NON_BLANK_PATTERN:
            return self.reject(f"{cond} or not {var} or {var}.isspace()", indent)
        raise SchemaError(f"unsupported pattern {pattern!r}")

    def object(self, func: str, node: Mapping[str, Any]) -> None:
        """``func``: the accept function of an object node, by the shape of the value.

        ``func`` looks the value's keys (in order) up in a table of functions made for
        exactly those keys (``v[name]`` for each, no absent-field tests, no unknown-key
        test), made on the first value of that shape; ``{func}_any``, the one for any
        keys, serves shapes that cannot have their own and the shapes beyond the cap.
        """
        props: Mapping[str, Any] = node.get("properties", {})
        required = set(node.get("required", ()))
        cls = self.models.get(node.get("title", ""))
        rule = self.rule(cls) if cls is not None else None
        done = f"return {rule}(v)" if rule else "return True"
        lines = [f"def {func}_any(v, {_ARGS}):"]
        lines += self.reject("type(v) is not dict", "    ")
        if node.get("additionalProperties", True) is False:
            lines += self.reject(f"not v.keys() <= {self.const('KEYS', frozenset(props))}", "    ")
        if props:
            lines.append("    g = v.get")
        for name, sub in props.items():
            lines.append(f"    x = g({name!r}, M)")
            if name in required:
                lines += self.reject("x is M", "    ")
                lines += self.statements(sub, "x", "    ")
            else:
                lines.append("    if x is not M:")
                lines += self.statements(sub, "x", "        ")
        lines.append(f"    {done}")
        self.chunks.append("\n".join(lines))

        shapes: dict[tuple[Any, ...], Any] = {}
        make = self.const("SHAPE", lambda keys: self.shape(func, node, done, shapes, keys))
        self.chunks.append(
            "\n".join(
                [
                    f"def {func}(v, {_ARGS}):",
                    "    if type(v) is not dict:",
                    "        return False",
                    f"    f = {self.const('SHAPES', shapes)}.get(tuple(v))",
                    "    if f is None:",
                    f"        f = {make}(tuple(v))",
                    "    try:",
                    f"        return f(v, {_ARGS})",
                    "    except KeyError:  # a key that compares equal to a field name but",
                    "        return False  # does not find it (a str subclass): full check",
                ]
            )
        )

    def shape(
        self,
        func: str,
        node: Mapping[str, Any],
        done: str,
        shapes: dict[tuple[Any, ...], Any],
        keys: tuple[Any, ...],
    ) -> Any:
        """The accept function of an object of exactly these keys (made once, cached)."""
        with self.lock:
            found = shapes.get(keys)
            if found is not None:
                return found
            generic = self.namespace[f"{func}_any"]
            if len(shapes) >= _MAX_SHAPES:
                return generic
            props: Mapping[str, Any] = node.get("properties", {})
            required = set(node.get("required", ()))
            if (
                node.get("additionalProperties", True) is not False
                or not all(type(k) is str and k in props for k in keys)
                or not required.issubset(keys)
            ):
                shapes[keys] = generic  # refused or odd: the generic function says so
                return generic
            self.serial += 1
            name = f"{func}_{self.serial}"
            first = len(self.chunks)
            lines = [f"def {name}(v, {_ARGS}):"]
            for key in keys:
                lines.append(f"    x = v[{key!r}]")
                lines += self.statements(props[key], "x", "    ")
            lines.append(f"    {done}")
            source = "\n\n".join([*self.chunks[first:], "\n".join(lines)]) + "\n"
            del self.chunks[first:]
            exec(compile(source, f"<newsmeta accept shape {name}>", "exec"), self.namespace)
            made = self.namespace[name]
            shapes[keys] = made
            return made

    # ------------------------------------------------------------------ cross-field rules

    def rule(self, cls: type[Any]) -> str | None:
        """A function running the model's ``__attrs_post_init__`` as the full validator
        does (scalars converted, defaults for the rest); True when it raises nothing."""
        post_init = getattr(cls, "__attrs_post_init__", None)
        if post_init is None:
            return None
        self.serial += 1
        func = f"rule{self.serial}"
        lines = [
            f"def {func}(v):",
            "    g = v.get",
            "    try:",
            f"        inst = _new({self.const('C', cls)})",
        ]
        for info in fields_of(cls):
            attribute = info.attribute
            kind = info.spec.kind
            default = attribute.default
            if isinstance(default, attrs.Factory):  # type: ignore[arg-type]
                factory: Any = default
                made = f"{self.const('FACTORY', factory.factory)}"
                fallback = f"{made}(inst)" if factory.takes_self else f"{made}()"
            else:
                value = None if default is attrs.NOTHING else default
                fallback = self.const("D", value)
            if kind in ("model", "tuple"):
                lines.append(f"        _set(inst, {info.name!r}, {fallback})")
                continue
            convert = "x"
            if kind in ("date_value", "datetime"):
                convert = f"{self.const('PARSE', _parse_date)}(x)"
            elif kind == "int":
                convert = "int(x)"
            if callable(attribute.converter):
                convert = f"{self.const('CONVERT', attribute.converter)}({convert})"
            lines += [
                f"        x = g({info.name!r}, M)",
                f"        _set(inst, {info.name!r}, {fallback} if x is M else {convert})",
            ]
        lines += [
            f"        {self.const('RULE', post_init)}(inst)",
            "    except Exception:",  # the full validator decides (and words) it
            "        return False",
            "    return True",
        ]
        self.chunks.append("\n".join(lines))
        return func


def compile_accept(schema: Mapping[str, Any], models: Mapping[str, type[Any]]) -> Accept:
    """The accept function of a root object schema (``json_schema(cls)``).

    ``models`` maps schema titles to the model classes whose cross-field rules run on an
    object of that title.
    """
    gen = _Generator(schema, models)
    gen.object("ok_root", schema)
    gen.chunks.append(
        "def accept(v):\n"
        "    uris = []\n"
        "    emails = []\n"
        "    dates = []\n"
        "    return (\n"
        "        ok_root(v, uris.append, emails.append, dates.append)\n"
        "        and _all_uris(uris)\n"
        "        and _all_emails(emails)\n"
        "        and _all_dates(dates)\n"
        "    )"
    )
    source = "\n\n".join(gen.chunks) + "\n"
    namespace = gen.namespace
    exec(compile(source, f"<newsmeta accept {schema.get('title', '')}>", "exec"), namespace)
    accept: Accept = namespace["accept"]
    return accept
