"""JSON Schema (Draft 2020-12) of the models, and the format checker for jsonschema users.

``json_schema(cls)`` describes the plain-data form :func:`newsmeta.to_dict` writes; the same
schemas ship as ``newsmeta/schemas/<model>.json``. ``MODELS`` lists every model class,
outermost first. See docs/schema.md.

Regenerate the shipped files after a model change with ``python -m newsmeta.schema --write``.
"""

from __future__ import annotations

from newsmeta._models import MODELS
from newsmeta._schema import (
    SCHEMA_VERSION,
    json_schema,
    model_by_name,
    schema_file_name,
    schema_text,
    write_schemas,
)
from newsmeta._validate import format_checker

__all__ = [
    "MODELS",
    "SCHEMA_VERSION",
    "format_checker",
    "json_schema",
    "model_by_name",
    "schema_file_name",
    "schema_text",
    "write_schemas",
]

if __name__ == "__main__":  # pragma: no cover - the maintainers' regeneration command
    from newsmeta._schema import _main

    raise SystemExit(_main())
