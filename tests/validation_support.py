"""What the validation tests share: jsonschema validators of the shipped schemas and the
problem paths they report, to compare newsmeta's validator against."""

from __future__ import annotations

from typing import Any

import jsonschema

from newsmeta import json_schema
from newsmeta.schema import MODELS, format_checker

VALIDATORS = {
    cls: jsonschema.Draft202012Validator(json_schema(cls), format_checker=format_checker())
    for cls in MODELS
}


def _escape(key: str) -> str:
    return key.replace("~", "~0").replace("/", "~1")


def jsonschema_paths(cls: type[Any], data: Any) -> set[str]:
    """The problem paths jsonschema reports, with required / unknown keys at the key's path."""
    paths: set[str] = set()
    for error in VALIDATORS[cls].iter_errors(data):
        base = "".join(f"/{_escape(str(p))}" for p in error.absolute_path)
        if error.validator == "required":
            paths.update(
                f"{base}/{name}" for name in error.validator_value if name not in error.instance
            )
        elif error.validator == "additionalProperties":
            known = error.schema.get("properties", {})
            paths.update(f"{base}/{_escape(k)}" for k in error.instance if k not in known)
        else:
            paths.add(base)
    return paths


def locations(value: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Every place in a JSON value, as a path of keys and indexes (the root is ``()``)."""
    out = [path]
    if isinstance(value, dict):
        for k, v in value.items():
            out.extend(locations(v, (*path, k)))
    elif isinstance(value, list):
        for i, v in enumerate(value):
            out.extend(locations(v, (*path, i)))
    return out


def get_at(data: Any, where: tuple[Any, ...]) -> Any:
    """The value at a path given by :func:`locations`."""
    for step in where:
        data = data[step]
    return data
