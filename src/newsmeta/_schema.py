"""JSON Schema (Draft 2020-12) export of the models, generated from the attrs classes.

``json_schema(Article)`` describes exactly the plain-data form written by
:func:`newsmeta.to_dict`. One handler per field type; constraints come from the attrs
validators (URI / e-mail / non-blank / counts / 0..1 / ``in_`` options / aware datetimes).

The generated schemas are shipped as ``newsmeta/schemas/<model>.json``; regenerate them
with ``python -m newsmeta._schema --write`` (a test fails when they drift).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import attrs

from newsmeta import _models
from newsmeta._errors import SchemaError
from newsmeta._serialize import FieldInfo, TypeSpec, fields_of

__all__ = [
    "FIELD_DOCS",
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

AWARE_PATTERN = r"(?:[Zz]|[+-][0-9]{2}:[0-9]{2})$"
"""A date-time that carries its offset (used for the instants in Provenance)."""
NON_BLANK_PATTERN = r"\S"
"""At least one non-whitespace character."""

FIELD_DOCS: dict[str, dict[str, str]] = {
    "Article": {
        "title": "The headline as published.",
        "url": "The URL the article was read from or is published at (absolute URI).",
        "canonical_url": "The canonical URL the page declares (absolute URI).",
        "language": "The language of the content, as a BCP 47 tag such as 'en' or 'es-MX'.",
        "description": "The summary or standfirst the page gives.",
        "body": "The article text, plain, with paragraphs separated by blank lines.",
        "authors": "The byline, in order; people and organisations credited as authors.",
        "publisher": "The organisation that publishes the article.",
        "site_name": "The name of the website.",
        "date_created": "When the content was created: a date (day known) or a date-time "
        "(with offset when known, without when not).",
        "date_published": "When the article was first published: a date or a date-time "
        "(offset only when the page gives one).",
        "date_modified": "When the article was last updated: a date or a date-time "
        "(offset only when the page gives one).",
        "section": "The section of the site the article belongs to.",
        "categories": "Subject categories (topics) the site files the article under.",
        "tags": "Keywords and tags.",
        "image": "The main image (absolute URI).",
        "license": "The license, as a URI or a name.",
        "word_count": "The number of words in the body.",
        "comments": "The reader comments found, as a flat list; replies point at their parent.",
        "comment_count": "The number of comments the page declares (may differ from the "
        "comments found).",
        "comments_open": "True when the page offers a comment form; absent when unknown.",
        "comment_form_fields": "The fields the comment form requires (name, email, message …).",
        "rating": "The aggregate reader rating of the article.",
        "ai_disclosure": "What the page says about AI involvement in this content.",
        "provenance": "Where the data came from, with evidence for each extracted field.",
    },
    "Author": {
        "name": "The name as printed in the byline (cleaned of 'By', never re-cased).",
        "kind": "Whether the author is a person or an organisation.",
        "url": "The author's profile page (absolute URI).",
        "email": "The author's e-mail address.",
        "same_as": "Other pages identifying the author (social profiles …), absolute URIs.",
        "job_title": "The author's job title or role.",
        "image": "A picture of the author (absolute URI).",
    },
    "Organization": {
        "name": "The organisation's name.",
        "url": "The organisation's home page (absolute URI).",
        "logo": "The organisation's logo (absolute URI).",
        "same_as": "Other pages identifying the organisation, absolute URIs.",
    },
    "Comment": {
        "text": "The comment text.",
        "id": "The comment's identifier on the page.",
        "author": "Who wrote the comment.",
        "date_published": "When the comment was posted: a date or a date-time.",
        "parent_id": "The id of the comment this one replies to.",
        "url": "The permalink of the comment (absolute URI).",
        "upvotes": "Number of up-votes shown.",
        "downvotes": "Number of down-votes shown.",
        "date_label": "The relative date label shown ('2 hours ago'), kept when resolved.",
    },
    "Rating": {
        "value": "The rating given, between worst and best.",
        "best": "The best possible rating (default 5).",
        "worst": "The worst possible rating (default 1).",
        "author": "Who gave the rating.",
    },
    "AggregateRating": {
        "value": "The average rating, between worst and best; absent when no average is known.",
        "best": "The best possible rating (default 5).",
        "worst": "The worst possible rating (default 1).",
        "rating_count": "The number of ratings the average is based on.",
        "review_count": "The number of reviews.",
    },
    "AIDisclosure": {
        "involvement": "How much AI did: unknown, none, assisted or generated.",
        "reviewed_by_human": "Whether a human reviewed the content; absent when unknown.",
        "level": "The verdict derived from involvement and review (must agree with them).",
        "digital_source_type": "The IPTC digital source type URI.",
        "label": "The disclosure text shown on the page, verbatim.",
        "label_language": "The language of the label (BCP 47).",
        "ai_model": "The AI model named by the disclosure.",
        "ai_provider": "The AI provider named by the disclosure.",
        "methodology_url": "A page explaining how AI is used (absolute URI).",
        "signals": "Every raw observation the verdict was derived from.",
    },
    "AISignal": {
        "kind": "The kind of signal (banner, ai-disclosure-attribute, digital-source-type …).",
        "raw": "The raw value or text as found.",
        "locator": "Where it was found (XPath, JSON pointer, header or meta name).",
        "spec": "The specification or convention the signal follows.",
        "involvement": "The involvement this signal implies.",
        "reviewed_by_human": "Whether this signal says a human reviewed the content.",
        "digital_source_type": "The IPTC digital source type URI this signal implies.",
        "confidence": "How sure the reading is, from 0 to 1.",
        "verified": "True only for a cryptographically validated signal (C2PA).",
        "scope": "What the signal is about: the article, a media item, or usage rights.",
    },
    "Provenance": {
        "source_url": "The URL the input was fetched from (absolute URI).",
        "canonical_url": "The canonical URL declared by the page (absolute URI).",
        "publisher": "The publisher as stated by the source.",
        "license": "The license of the source, as a URI or a name.",
        "based_on": "Works this one is based on or cites (URIs or titles).",
        "extracted_at": "When the extraction ran (date-time with offset).",
        "rendered_earliest": "The earliest instant the page can have been rendered "
        "(date-time with offset).",
        "rendered_latest": "The latest instant the page can have been rendered "
        "(date-time with offset).",
        "render_label": "The relative date label the render window was derived from.",
        "warnings": "Oddities met while reading the input.",
        "evidence": "For each extracted field, where its value came from.",
        "rejected": "Candidates that lost the merge while disagreeing with the winner.",
    },
    "Evidence": {
        "field": "The Article field this evidence is for.",
        "source": "The kind of source the value came from.",
        "locator": "Where in the source (JSON pointer, XPath, meta name).",
        "raw": "The raw string as found.",
        "confidence": "How sure the reading is, from 0 to 1.",
        "precision": "The precision of a date value.",
    },
    "ExtractionWarning": {
        "code": "A stable machine-readable code.",
        "message": "A human-readable explanation.",
        "locator": "Where the problem was met.",
    },
}


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


# --------------------------------------------------------------------------- validators


def _leaf_validators(validator: Any) -> Iterator[Any]:
    if validator is None:
        return
    inner = getattr(validator, "_validators", None)
    if inner is not None:
        for v in inner:
            yield from _leaf_validators(v)
        return
    wrapped = getattr(validator, "validator", None)
    if wrapped is not None and type(validator).__name__ == "_OptionalValidator":
        yield from _leaf_validators(wrapped)
        return
    member = getattr(validator, "member_validator", None)
    if member is not None:
        yield ("member", member)
        return
    yield validator


def _constraints(attribute: attrs.Attribute[Any]) -> dict[str, Any]:
    """Schema keywords implied by the attrs validators of one field."""
    out: dict[str, Any] = {}
    for v in _leaf_validators(attribute.validator):
        if isinstance(v, tuple):  # member validator of a tuple field: nothing to add
            continue
        if v is _models._uri:
            out["format"] = "uri"
        elif v is _models._uris:
            out["items_format"] = "uri"
        elif v is _models._email:
            out["format"] = "email"
        elif v in (_models._non_empty, _models._opt_non_empty):
            out["pattern"] = NON_BLANK_PATTERN
        elif v is _models._aware:
            out["pattern"] = AWARE_PATTERN
        elif v is _models._count:
            out["minimum"] = 0
        elif v is _models._unit:
            out["minimum"] = 0
            out["maximum"] = 1
        elif type(v).__name__ == "_InValidator":
            out["enum"] = list(v.options)
    return out


# --------------------------------------------------------------------------- handlers


def _ref(cls: type[Any]) -> dict[str, Any]:
    return {"$ref": f"#/$defs/{cls.__name__}"}


def _type_schema(spec: TypeSpec, extra: dict[str, Any], defs: dict[str, Any]) -> dict[str, Any]:
    kind = spec.kind
    if kind == "str":
        out: dict[str, Any] = {"type": "string"}
        if "enum" in extra:
            out["enum"] = extra["enum"]
        if "format" in extra:
            out["format"] = extra["format"]
        elif "pattern" in extra:
            out["pattern"] = extra["pattern"]
        return out
    if kind == "bool":
        return {"type": "boolean"}
    if kind == "int":
        out = {"type": "integer"}
        if "minimum" in extra:
            out["minimum"] = extra["minimum"]
        return out
    if kind == "float":
        out = {"type": "number"}
        for key in ("minimum", "maximum"):
            if key in extra:
                out[key] = extra[key]
        return out
    if kind == "enum":
        return {"type": "string", "enum": [m.value for m in spec.py]}
    if kind == "date_value":
        return {
            "anyOf": [
                {"type": "string", "format": "date"},
                {"type": "string", "format": "date-time"},
            ]
        }
    if kind == "datetime":
        return {"type": "string", "format": "date-time", "pattern": AWARE_PATTERN}
    if kind == "model":
        _add_def(spec.py, defs)
        return _ref(spec.py)
    assert spec.item is not None
    item_extra = {"format": extra["items_format"]} if "items_format" in extra else {}
    return {"type": "array", "items": _type_schema(spec.item, item_extra, defs)}


def _field_schema(cls: type[Any], info: FieldInfo, defs: dict[str, Any]) -> dict[str, Any]:
    docs = FIELD_DOCS.get(cls.__name__, {})
    # a field added without a description still exports (tests insist on real ones)
    description = docs.get(info.name) or f"The {info.name.replace('_', ' ')}."
    body = _type_schema(info.spec, _constraints(info.attribute), defs)
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
        "properties": {info.name: _field_schema(cls, info, defs) for info in infos},
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
    defs.pop(cls.__name__, None)
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
        prog="python -m newsmeta._schema", description="Regenerate the shipped schema files."
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
