"""Field introspection: what each model field holds, its documentation and its schema keywords.

The one place that reads attrs fields, their type hints and their ``metadata``. The
serializer, the JSON Schema export and the validator all see a model through
:func:`fields_of`, so none of them needs the others (no import circle) and none of them
looks at attrs internals (validator classes, object identity).

A field's documentation and schema keywords are declared once, on the field itself, as
``attrs.field(metadata={DOC: "...", SCHEMA: {...}, ITEMS: {...}})`` (the helpers in
:mod:`newsmeta._models` write that for you).
"""

from __future__ import annotations

import datetime as _dt
import enum
import types
import typing
import warnings
from collections.abc import Mapping
from typing import Any, Union

import attrs

from newsmeta._errors import SchemaError, api_name

__all__ = [
    "AWARE_PATTERN",
    "DOC",
    "ITEMS",
    "NON_BLANK_PATTERN",
    "NON_EMPTY_PATTERN",
    "SCHEMA",
    "FieldInfo",
    "TypeSpec",
    "api_name",
    "data_and_class",
    "fields_of",
    "is_model_class",
]

DOC = "newsmeta.doc"
"""Metadata key: the field's one-sentence description (the schema ``description``)."""
SCHEMA = "newsmeta.schema"
"""Metadata key: JSON Schema keywords for the field's value (``format``, ``pattern``,
``minimum``, ``maximum``, ``enum``)."""
ITEMS = "newsmeta.items"
"""Metadata key: JSON Schema keywords for each item of a tuple field."""

AWARE_PATTERN = r"(?:[Zz]|[+-][0-9]{2}:[0-9]{2})$"
"""A date-time that carries its offset (used for the instants in Provenance)."""
NON_BLANK_PATTERN = r"\S"
"""At least one non-whitespace character."""
NON_EMPTY_PATTERN = r"[\s\S]"
"""At least one character, whitespace included (an inline run may be a space or a line break)."""


@attrs.frozen
class TypeSpec:
    """What one field holds, as the serializer, the schema export and the validator see it.

    ``kind`` is one of ``str``, ``int``, ``float``, ``bool``, ``enum``, ``model``,
    ``date_value`` (date or datetime), ``datetime`` (an aware datetime) or ``tuple``
    (then ``item`` describes the members).
    """

    kind: str
    py: Any = None
    item: TypeSpec | None = None


@attrs.frozen
class FieldInfo:
    """One attrs field of a model: name, type, documentation and schema keywords."""

    name: str
    spec: TypeSpec
    optional: bool
    """The type admits None (empty means: omitted)."""
    required: bool
    """The field has no default: it must be given."""
    attribute: attrs.Attribute[Any]
    doc: str = ""
    """The description declared with ``metadata={DOC: ...}`` (empty when none)."""
    keywords: Mapping[str, Any] = attrs.field(factory=dict)
    """Schema keywords for the value (``metadata={SCHEMA: ...}``)."""
    item_keywords: Mapping[str, Any] = attrs.field(factory=dict)
    """Schema keywords for each item of a tuple field (``metadata={ITEMS: ...}``)."""


_FIELDS_CACHE: dict[type[Any], tuple[FieldInfo, ...]] = {}


def is_model_class(cls: Any) -> bool:
    """True for an attrs class (a newsmeta model or one built the same way)."""
    return isinstance(cls, type) and attrs.has(cls)


def _spec_of(hint: Any, where: str) -> tuple[TypeSpec, bool]:
    """The TypeSpec of a type hint and whether it admits None."""
    origin = typing.get_origin(hint)
    if origin is Union or origin is types.UnionType:
        args = [a for a in typing.get_args(hint) if a is not type(None)]
        optional = len(args) < len(typing.get_args(hint))
        if set(args) == {_dt.date, _dt.datetime}:
            return TypeSpec("date_value"), optional
        if len(args) != 1:
            raise SchemaError(f"{where}: unsupported union {hint!r}")
        spec, _ = _spec_of(args[0], where)
        return spec, optional
    if origin is tuple:
        targs = typing.get_args(hint)
        if len(targs) != 2 or targs[1] is not Ellipsis:
            raise SchemaError(f"{where}: only tuple[X, ...] is supported, got {hint!r}")
        item, _ = _spec_of(targs[0], where)
        return TypeSpec("tuple", tuple, item), False
    if hint is str:
        return TypeSpec("str", str), False
    if hint is bool:
        return TypeSpec("bool", bool), False
    if hint is int:
        return TypeSpec("int", int), False
    if hint is float:
        return TypeSpec("float", float), False
    if hint is _dt.datetime:
        return TypeSpec("datetime", _dt.datetime), False
    if isinstance(hint, type) and issubclass(hint, enum.Enum):
        return TypeSpec("enum", hint), False
    if is_model_class(hint):
        return TypeSpec("model", hint), False
    raise SchemaError(f"{where}: unsupported type {hint!r}")


def fields_of(cls: type[Any]) -> tuple[FieldInfo, ...]:
    """The analysed fields of an attrs model class (cached)."""
    if not is_model_class(cls):
        raise SchemaError(f"{cls!r} is not a newsmeta model class")
    cached = _FIELDS_CACHE.get(cls)
    if cached is not None:
        return cached
    hints = typing.get_type_hints(cls)
    out = []
    for attribute in attrs.fields(cls):
        spec, optional = _spec_of(hints[attribute.name], f"{cls.__name__}.{attribute.name}")
        meta = attribute.metadata
        out.append(
            FieldInfo(
                name=attribute.name,
                spec=spec,
                optional=optional,
                required=attribute.default is attrs.NOTHING,
                attribute=attribute,
                doc=str(meta.get(DOC, "")),
                keywords=dict(meta.get(SCHEMA, {})),
                item_keywords=dict(meta.get(ITEMS, {})),
            )
        )
    result = tuple(out)
    _FIELDS_CACHE[cls] = result
    return result


def _short(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."


def data_and_class(
    func: str, data: Any, cls: Any, *, legacy: bool = True, stacklevel: int = 3
) -> tuple[Any, type[Any]]:
    """``(data, cls)`` of a call ``func(data, cls)``, the one argument order of the API.

    With ``legacy``, the old order ``func(cls, data)`` still works for one release, with a
    DeprecationWarning; otherwise (and for anything else that is not a model class) the
    error says which argument goes where.
    """
    if is_model_class(cls) and not is_model_class(data):
        return data, cls
    if is_model_class(data) and not is_model_class(cls):
        if legacy:
            warnings.warn(
                f"{func}(cls, data) is deprecated: pass the data first, "
                f"{func}(data, {data.__name__}); the old order stops working in the next "
                "release",
                DeprecationWarning,
                stacklevel=stacklevel,
            )
            return cls, data
        raise SchemaError(
            f"{func}(data, cls): the data comes first, then the model class; "
            f"got the class {data.__name__} first and {_short(cls)} second"
        )
    if is_model_class(data):
        raise SchemaError(
            f"{func}(data, cls): got the class {data.__name__} where the data should be; "
            f"pass the data first: {func}(data, {cls.__name__})"
        )
    raise SchemaError(
        f"{func}(data, cls): cls must be a newsmeta model class such as newsmeta.Article, "
        f"not {_short(cls)}"
    )
