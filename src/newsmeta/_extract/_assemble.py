"""The Article and its Provenance as the engine builds them: checked in a few type tests.

The public constructors run one generic validator call (and a converter) per field. The
engine's values are already in their final form: plain strings it stripped, URIs from
``clean_uri``, tuples of model instances that were validated when they were made. Each
builder below checks those values with direct type tests and sets the slots; when any test
fails it calls the public constructor instead, which then raises the same
:class:`~newsmeta.ValidationError` as before. The output is the same object either way.
"""

from __future__ import annotations

import datetime as _dt
from typing import Any

import attrs

from newsmeta._formats import is_uri
from newsmeta._models import (
    AggregateRating,
    AIDisclosure,
    Article,
    Author,
    Block,
    Comment,
    Evidence,
    ExtractionWarning,
    Image,
    Organization,
    Provenance,
)

__all__ = ["article", "provenance"]

_new = object.__new__
_set = object.__setattr__

_ARTICLE_FIELDS = tuple(a.name for a in attrs.fields(Article))
_PROVENANCE_FIELDS = tuple(a.name for a in attrs.fields(Provenance))

# Article fields by the test their value must pass.
_TEXTS = ("title", "language", "description", "body", "site_name", "section", "license")
_URIS = ("url", "canonical_url", "image")
_DATES = ("date_created", "date_published", "date_modified")
_COUNTS = ("word_count", "comment_count")
_STRINGS = ("categories", "tags", "comment_form_fields")
_ITEMS: tuple[tuple[str, type[Any]], ...] = (
    ("blocks", Block),
    ("authors", Author),
    ("images", Image),
    ("comments", Comment),
)


def _text(value: Any) -> bool:
    """None or non-blank text (``text_field``)."""
    return value is None or (type(value) is str and bool(value) and not value.isspace())


def _uri(value: Any) -> bool:
    """None or an absolute URI (``uri_field``)."""
    return value is None or (type(value) is str and is_uri(value))


def _items(value: Any, kind: type[Any]) -> bool:
    """A tuple of ``kind`` instances (``many_field``, ``strings_field``)."""
    return type(value) is tuple and all(type(item) is kind for item in value)


def _instant(value: Any) -> bool:
    """None or a datetime with an offset (``instant_field``)."""
    return value is None or (type(value) is _dt.datetime and value.utcoffset() is not None)


def _count(value: Any) -> bool:
    """None or a whole number from 0 (``count_field``)."""
    return value is None or (type(value) is int and value >= 0)


def _article_ok(values: dict[str, Any]) -> bool:
    return (
        all(_text(values[name]) for name in _TEXTS)
        and all(_uri(values[name]) for name in _URIS)
        and all(
            values[name] is None or type(values[name]) in (_dt.date, _dt.datetime)
            for name in _DATES
        )
        and all(_count(values[name]) for name in _COUNTS)
        and all(_items(values[name], str) for name in _STRINGS)
        and all(_items(values[name], kind) for name, kind in _ITEMS)
        and (values["comments_open"] is None or type(values["comments_open"]) is bool)
        and (values["publisher"] is None or type(values["publisher"]) is Organization)
        and (values["rating"] is None or type(values["rating"]) is AggregateRating)
        and type(values["ai_disclosure"]) is AIDisclosure
        and type(values["provenance"]) is Provenance
    )


def article(**values: Any) -> Article:
    """``Article(**values)`` for the engine's values (every field given)."""
    if values.keys() != _ARTICLE_SET or not _article_ok(values):
        return Article(**values)
    out = _new(Article)
    for name in _ARTICLE_FIELDS:
        _set(out, name, values[name])
    return out


def _provenance_ok(values: dict[str, Any]) -> bool:
    earliest, latest = values["rendered_earliest"], values["rendered_latest"]
    extracted = values["extracted_at"]
    return (
        _uri(values["source_url"])
        and _uri(values["canonical_url"])
        and (values["publisher"] is None or type(values["publisher"]) is Organization)
        and _text(values["license"])
        and _items(values["based_on"], str)
        and extracted is not None
        and _instant(extracted)
        and _instant(earliest)
        and _instant(latest)
        and (earliest is None or latest is None or earliest <= latest)
        and _text(values["render_label"])
        and _items(values["warnings"], ExtractionWarning)
        and _items(values["evidence"], Evidence)
        and _items(values["rejected"], Evidence)
    )


def provenance(**values: Any) -> Provenance:
    """``Provenance(**values)`` for the engine's values (every field given)."""
    if values.keys() != _PROVENANCE_SET or not _provenance_ok(values):
        return Provenance(**values)
    out = _new(Provenance)
    for name in _PROVENANCE_FIELDS:
        _set(out, name, values[name])
    return out


_ARTICLE_SET = frozenset(_ARTICLE_FIELDS)
_PROVENANCE_SET = frozenset(_PROVENANCE_FIELDS)
