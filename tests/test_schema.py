"""json_schema(): Draft 2020-12 validity, structure, shipped files, generated instances."""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path
from typing import Any

import attrs
import jsonschema
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsmeta import (
    SCHEMA_VERSION,
    Article,
    Comment,
    Provenance,
    Rating,
    SchemaError,
    json_schema,
    strategies,  # noqa: F401  (registers st.from_type strategies)
    to_dict,
)
from newsmeta.schema import (
    MODELS,
    format_checker,
    model_by_name,
    schema_file_name,
    schema_text,
    write_schemas,
)


@pytest.mark.parametrize("cls", MODELS, ids=lambda c: c.__name__)
def test_every_schema_is_a_valid_draft_2020_12_schema(cls: type[Any]) -> None:
    schema = json_schema(cls)
    jsonschema.Draft202012Validator.check_schema(schema)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert schema["$id"] == f"https://newsmeta.dev/schemas/{SCHEMA_VERSION}/{schema_file_name(cls)}"
    assert schema["title"] == cls.__name__
    assert schema["additionalProperties"] is False


@pytest.mark.parametrize("cls", MODELS, ids=lambda c: c.__name__)
def test_every_property_has_a_description_and_every_field_a_property(cls: type[Any]) -> None:
    schema = json_schema(cls)
    objects = [schema, *schema.get("$defs", {}).values()]
    for obj in objects:
        assert obj["additionalProperties"] is False
        for name, prop in obj["properties"].items():
            assert isinstance(prop.get("description"), str) and prop["description"], name
    fields = attrs.fields(cls)
    assert set(schema["properties"]) == {f.name for f in fields}
    assert schema.get("required", []) == [f.name for f in fields if f.default is attrs.NOTHING]


def test_every_field_is_described_in_a_sentence() -> None:
    """A new model field needs its description (written where the model declares it)."""
    for cls in MODELS:
        properties = json_schema(cls)["properties"]
        for field in attrs.fields(cls):
            doc = properties[field.name]["description"]
            assert isinstance(doc, str) and doc.endswith("."), f"{cls.__name__}.{field.name}"


def test_nested_models_are_refs_into_defs() -> None:
    schema = json_schema(Article)
    props = schema["properties"]
    assert props["publisher"]["$ref"] == "#/$defs/Organization"
    assert props["authors"] == {
        "description": props["authors"]["description"],
        "type": "array",
        "items": {"$ref": "#/$defs/Author"},
    }
    assert set(schema["$defs"]) == {m.__name__ for m in MODELS} - {"Article", "Rating"}
    assert schema["$defs"]["Comment"]["required"] == ["text"]


def test_formats_enums_and_minimums() -> None:
    schema = json_schema(Article)
    props = schema["properties"]
    defs = schema["$defs"]
    assert props["url"]["format"] == "uri"
    assert defs["Author"]["properties"]["email"]["format"] == "email"
    assert defs["Author"]["properties"]["same_as"]["items"]["format"] == "uri"
    assert props["date_published"]["anyOf"] == [
        {"type": "string", "format": "date"},
        {"type": "string", "format": "date-time"},
    ]
    assert props["word_count"] == {
        "description": props["word_count"]["description"],
        "type": "integer",
        "minimum": 0,
    }
    assert defs["AIDisclosure"]["properties"]["level"]["enum"] == [
        "unknown",
        "none",
        "ai_assisted",
        "ai_generated",
        "ai_autonomous",
    ]
    assert defs["Evidence"]["properties"]["precision"]["enum"] == [
        "year",
        "month",
        "day",
        "hour",
        "minute",
        "second",
    ]
    assert defs["Evidence"]["properties"]["confidence"]["maximum"] == 1
    assert json_schema(Rating)["properties"]["best"]["default"] == 5.0
    extracted = json_schema(Provenance)["properties"]["extracted_at"]
    assert extracted["format"] == "date-time" and "pattern" in extracted


def test_shipped_schema_files_match_the_models() -> None:
    """Fails when the models change without `python -m newsmeta._schema --write`."""
    shipped = resources.files("newsmeta") / "schemas"
    names = sorted(p.name for p in shipped.iterdir() if p.name.endswith(".json"))
    assert names == sorted(schema_file_name(cls) for cls in MODELS)
    for cls in MODELS:
        text = (shipped / schema_file_name(cls)).read_text(encoding="utf-8")
        assert text == schema_text(cls), f"{schema_file_name(cls)} drifted: regenerate it"


def test_write_schemas(tmp_path: Path) -> None:
    paths = write_schemas(tmp_path / "out")
    assert len(paths) == len(MODELS)
    data = json.loads((tmp_path / "out" / "comment.json").read_text(encoding="utf-8"))
    assert data == json_schema(Comment)


def test_model_by_name() -> None:
    assert model_by_name("Article") is Article
    assert model_by_name("aggregate_rating").__name__ == "AggregateRating"
    assert model_by_name("ai_disclosure.json").__name__ == "AIDisclosure"
    with pytest.raises(SchemaError):
        model_by_name("Nope")
    with pytest.raises(SchemaError):
        json_schema(dict)


VALIDATORS = {
    cls: jsonschema.Draft202012Validator(json_schema(cls), format_checker=format_checker())
    for cls in MODELS
}


@settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.sampled_from(MODELS).flatmap(st.from_type))
def test_generated_instances_validate_against_their_schema(obj: Any) -> None:
    errors = list(VALIDATORS[type(obj)].iter_errors(to_dict(obj)))
    assert errors == []


def test_the_stock_format_checker_would_miss_bad_uris() -> None:
    """Why format_checker() exists: jsonschema skips uri without optional packages."""
    data = {"url": "no scheme here"}
    ours = jsonschema.Draft202012Validator(json_schema(), format_checker=format_checker())
    assert not ours.is_valid(data)
