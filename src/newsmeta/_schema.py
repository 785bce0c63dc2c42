"""JSON Schema (Draft 2020-12) export of the models, generated from the attrs classes.

``json_schema(Article)`` describes exactly the plain-data form written by
:func:`newsmeta.to_dict`. One handler per field type; the description and the keywords
(``format``, ``pattern``, ``minimum``/``maximum``, ``enum``) of each field come from its
``attrs.field(metadata=...)`` (see :mod:`newsmeta._fields` and the helpers of
:mod:`newsmeta._models`).

The generated schemas are shipped as ``newsmeta/schemas/<model>.json``; regenerate them
with ``python -m newsmeta.schema --write`` (a test fails when they drift).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import attrs

from newsmeta import _models
from newsmeta._errors import SchemaError
from newsmeta._fields import AWARE_PATTERN, NON_BLANK_PATTERN, FieldInfo, TypeSpec, fields_of

__all__ = [
    "AWARE_PATTERN",
    "NON_BLANK_PATTERN",
    "SCHEMA_BASE",
    "SCHEMA_VERSION",
    "json_schema",
    "model_by_name",
    "schema_file_name",
    "write_schemas",
]

SCHEMA_VERSION = "0.1"
"""The version in every schema ``$id``; bump it when the data format changes incompatibly."""
SCHEMA_BASE = f"https://newsmeta.dev/schemas/{SCHEMA_VERSION}/"


def schema_file_name(cls: type[Any]) -> str:
    """The file name of a model's schema: the class name in snake case plus ``.json``."""
    name = cls.__name__
    out = []
    for i, ch in enumerate(name):
        if (
            ch.isupper()
            and i
            and (not name[i - 1].isupper() or (i + 1 < len(name) and name[i + 1].islower()))
        ):
            out.append("_")
        out.append(ch.lower())
    return "".join(out) + ".json"


def model_by_name(name: str) -> type[Any]:
    """A model class by class name or schema file stem (``Article``, ``aggregate_rating``)."""
    wanted = name.lower().removesuffix(".json").replace("-", "_")
    for cls in _models.MODELS:
        if wanted in (cls.__name__.lower(), schema_file_name(cls)[:-5]):
            return cls
    raise SchemaError(f"unknown model {name!r}")


# --------------------------------------------------------------------------- handlers


def _ref(cls: type[Any]) -> dict[str, Any]:
    return {"$ref": f"#/$defs/{cls.__name__}"}


def _type_schema(
    spec: TypeSpec,
    keywords: Mapping[str, Any],
    item_keywords: Mapping[str, Any],
    defs: dict[str, Any],
) -> dict[str, Any]:
    kind = spec.kind
    if kind in ("str", "datetime"):
        out: dict[str, Any] = {"type": "string"}
    elif kind == "bool":
        out = {"type": "boolean"}
    elif kind == "int":
        out = {"type": "integer"}
    elif kind == "float":
        out = {"type": "number"}
    elif kind == "enum":
        return {"type": "string", "enum": [m.value for m in spec.py]}
    elif kind == "date_value":
        return {
            "anyOf": [
                {"type": "string", "format": "date"},
                {"type": "string", "format": "date-time"},
            ]
        }
    elif kind == "model":
        _add_def(spec.py, defs)
        return _ref(spec.py)
    else:
        assert spec.item is not None
        return {"type": "array", "items": _type_schema(spec.item, item_keywords, {}, defs)}
    out.update(keywords)
    return out


def _field_schema(info: FieldInfo, defs: dict[str, Any]) -> dict[str, Any]:
    # a field declared without a description still exports (tests insist on real ones)
    description = info.doc or f"The {info.name.replace('_', ' ')}."
    body = _type_schema(info.spec, info.keywords, info.item_keywords, defs)
    out: dict[str, Any] = {"description": description}
    out.update(body)
    default = info.attribute.default
    if (
        not info.optional
        and default is not attrs.NOTHING
        and not isinstance(default, attrs.Factory)  # type: ignore[arg-type]
        and info.spec.kind in ("str", "bool", "float", "int", "enum")
    ):
        out["default"] = getattr(default, "value", default)
    return out


def _object_schema(cls: type[Any], defs: dict[str, Any]) -> dict[str, Any]:
    infos = fields_of(cls)
    doc = (cls.__doc__ or cls.__name__).strip().split("\n\n")[0]
    out: dict[str, Any] = {
        "title": cls.__name__,
        "description": " ".join(doc.split()),
        "type": "object",
        "properties": {info.name: _field_schema(info, defs) for info in infos},
        "additionalProperties": False,
    }
    required = [info.name for info in infos if info.required]
    if required:
        out["required"] = required
    return out


def _add_def(cls: type[Any], defs: dict[str, Any]) -> None:
    if cls.__name__ in defs:
        return
    defs[cls.__name__] = {}  # placeholder against recursion
    defs[cls.__name__] = _object_schema(cls, defs)


def json_schema(cls: type[Any] = _models.Article) -> dict[str, Any]:
    """The Draft 2020-12 JSON Schema of the plain-data form of ``cls``.

    The root is the model itself; nested models are in ``$defs`` and referenced by ``$ref``.
    """
    fields_of(cls)
    defs: dict[str, Any] = {}
    root = _object_schema(cls, defs)
    if _ref(cls)["$ref"] not in json.dumps(defs) + json.dumps(root):
        defs.pop(cls.__name__, None)  # kept when the model holds itself (a Block's children)
    else:
        defs[cls.__name__] = root
    out: dict[str, Any] = {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_BASE + schema_file_name(cls),
    }
    out.update(root)
    if defs:
        out["$defs"] = {name: defs[name] for name in sorted(defs)}
    return out


def schema_text(cls: type[Any]) -> str:
    """The shipped-file text of a model's schema (stable key order, trailing newline)."""
    return json.dumps(json_schema(cls), indent=2, ensure_ascii=False) + "\n"


def write_schemas(directory: Path) -> list[Path]:
    """Write one schema file per model into ``directory``; returns the paths written."""
    directory.mkdir(parents=True, exist_ok=True)
    written = []
    for cls in _models.MODELS:
        path = directory / schema_file_name(cls)
        path.write_text(schema_text(cls), encoding="utf-8")
        written.append(path)
    return written


def _main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m newsmeta.schema", description="Regenerate the shipped schema files."
    )
    parser.add_argument("--write", action="store_true", help="write src/newsmeta/schemas/*.json")
    parser.add_argument("--out", type=Path, default=Path(__file__).parent / "schemas")
    args = parser.parse_args(argv)
    if not args.write:
        sys.stdout.write(schema_text(_models.Article))
        return 0
    for path in write_schemas(args.out):
        print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(_main())
