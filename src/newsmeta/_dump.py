"""The plain-data form of a model instance: ``to_dict`` (the writing half of serialisation).

Below validation in the layers, so that :func:`newsmeta.validate` can check an instance.
"""

from __future__ import annotations

from typing import Any

from newsmeta._errors import SchemaError
from newsmeta._fields import TypeSpec, fields_of, is_model_class
from newsmeta._formats import format_date_value

__all__ = ["to_dict"]


def _dump_value(spec: TypeSpec, value: Any) -> Any:
    kind = spec.kind
    if kind in ("str", "bool", "int"):
        return value
    if kind == "float":
        return float(value)
    if kind == "enum":
        return value.value
    if kind in ("date_value", "datetime"):
        return format_date_value(value)
    if kind == "model":
        return to_dict(value)
    assert spec.item is not None
    return [_dump_value(spec.item, v) for v in value]


def to_dict(obj: Any) -> dict[str, Any]:
    """The plain-data (JSON-ready) form of a model instance.

    Empty optional fields (None, empty tuples) are left out; everything else is written.
    """
    cls = type(obj)
    if not is_model_class(cls):
        raise SchemaError(f"to_dict() needs a newsmeta model instance, got {cls.__name__}")
    out: dict[str, Any] = {}
    for info in fields_of(cls):
        value = getattr(obj, info.name)
        if value is None or (info.spec.kind == "tuple" and not value):
            continue
        out[info.name] = _dump_value(info.spec, value)
    return out
