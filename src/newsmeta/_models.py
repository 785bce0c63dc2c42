"""The typed models of newsmeta: frozen, slotted, keyword-only attrs classes.

This module imports nothing else of newsmeta but the format checks. Every field has a
docstring-like description in ``FIELD_DOCS`` (used by the JSON Schema export).

Conventions
-----------
* Dates are :class:`datetime.date` when only the day is known, an aware
  :class:`datetime.datetime` when the offset is known and a naive one when it is not.
  newsmeta never invents a time zone.
* Collections are tuples (the models are immutable and hashable).
* Optional fields default to ``None`` or an empty tuple.
"""

from __future__ import annotations

import datetime as _dt
import enum
from collections.abc import Iterable
from typing import Any

import attrs

from newsmeta import _formats

__all__ = [
    "AIDisclosure",
    "AIInvolvement",
    "AILevel",
    "AISignal",
    "AggregateRating",
    "Article",
    "Author",
    "AuthorKind",
    "Comment",
    "DateValue",
    "Evidence",
    "ExtractionWarning",
    "Organization",
    "Provenance",
    "Rating",
    "SourceKind",
    "derive_level",
]

DateValue = _dt.date | _dt.datetime
"""A date (day precision) or a datetime (naive when the offset is unknown)."""


# --------------------------------------------------------------------------- enums


class AuthorKind(str, enum.Enum):
    """Whether an author is a person or an organisation (a desk, an agency, a site)."""

    PERSON = "person"
    ORGANIZATION = "organization"


class AILevel(str, enum.Enum):
    """The normalised verdict on how much of the content AI produced (see docs/models.md)."""

    UNKNOWN = "unknown"
    NONE = "none"
    AI_ASSISTED = "ai_assisted"
    AI_GENERATED = "ai_generated"
    AI_AUTONOMOUS = "ai_autonomous"


class AIInvolvement(str, enum.Enum):
    """How much AI did, independent of human review."""

    UNKNOWN = "unknown"
    NONE = "none"
    ASSISTED = "assisted"
    GENERATED = "generated"


class SourceKind(str, enum.Enum):
    """Where on a page (or outside it) a value was found, roughly from most to least reliable."""

    JSON_LD = "json-ld"
    MICRODATA = "microdata"
    RDFA = "rdfa"
    OPENGRAPH = "opengraph"
    TWITTER = "twitter"
    DUBLIN_CORE = "dublin-core"
    CITATION = "citation"
    PARSELY = "parsely"
    SAILTHRU = "sailthru"
    META = "meta"
    LINK = "link"
    HTML_ATTRIBUTE = "html-attribute"
    TIME_ELEMENT = "time-element"
    HATOM = "hatom"
    VISIBLE_TEXT = "visible-text"
    TITLE_ELEMENT = "title-element"
    HEADER = "header"
    URL = "url"
    CONTENT = "content"
    INPUT = "input"


# --------------------------------------------------------------------------- helpers


def _tuple_of(kind: type[Any] | tuple[type[Any], ...]) -> Any:
    return attrs.validators.deep_iterable(
        member_validator=attrs.validators.instance_of(kind),
        iterable_validator=attrs.validators.instance_of(tuple),
    )


def _opt(kind: type[Any] | tuple[type[Any], ...]) -> Any:
    return attrs.validators.optional(attrs.validators.instance_of(kind))


def _to_tuple(value: Any) -> Any:
    """Accept any iterable (but not a str or dict) for a tuple field."""
    if isinstance(value, tuple):
        return value
    if isinstance(value, (list, set, frozenset)) or (
        isinstance(value, Iterable) and not isinstance(value, (str, bytes, dict))
    ):
        return tuple(value)
    return value


def _non_empty(_inst: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    if isinstance(value, str) and not value.strip():
        raise ValueError(f"{attribute.name} must not be empty or blank")


def _opt_non_empty(inst: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    if value is not None:
        _non_empty(inst, attribute, value)


def _uri(_inst: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    if value is not None and not _formats.is_uri(value):
        raise ValueError(f"{attribute.name} must be an absolute URI, got {value!r}")


def _uris(_inst: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    for item in value:
        if not _formats.is_uri(item):
            raise ValueError(f"{attribute.name} must hold absolute URIs, got {item!r}")


def _email(_inst: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    if value is not None and not _formats.is_email(value):
        raise ValueError(f"{attribute.name} must be an e-mail address, got {value!r}")


def _date_value(_inst: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    if value is not None and not isinstance(value, _dt.date):
        raise TypeError(f"{attribute.name} must be a date or datetime, got {type(value).__name__}")


def _aware(_inst: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    if value is not None and (not isinstance(value, _dt.datetime) or value.utcoffset() is None):
        raise ValueError(f"{attribute.name} must be a timezone-aware datetime")


def _finite(_inst: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    if value is not None and not _formats.is_finite_number(value):
        raise ValueError(f"{attribute.name} must be a finite number, got {value!r}")


def _count(_inst: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    if value is None:
        return
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"{attribute.name} must be an int, got {type(value).__name__}")
    if value < 0:
        raise ValueError(f"{attribute.name} must be >= 0, got {value}")


def _unit(_inst: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    if not _formats.is_finite_number(value) or not 0.0 <= value <= 1.0:
        raise ValueError(f"{attribute.name} must be a number between 0 and 1, got {value!r}")


def _number(value: Any) -> Any:
    """Convert ints to floats for rating numbers (bools and strings are left to fail)."""
    if isinstance(value, int) and not isinstance(value, bool):
        return float(value)
    return value


def _opt_number(value: Any) -> Any:
    return None if value is None else _number(value)


# --------------------------------------------------------------------------- records


@attrs.frozen(kw_only=True)
class ExtractionWarning:
    """Something odd met while reading input: kept on ``Provenance.warnings``, never raised."""

    code: str = attrs.field(validator=[attrs.validators.instance_of(str), _non_empty])
    message: str = attrs.field(validator=attrs.validators.instance_of(str))
    locator: str | None = attrs.field(default=None, validator=_opt(str))


@attrs.frozen(kw_only=True)
class Evidence:
    """Where one extracted value came from.

    ``field`` names an Article field (``title``, ``authors``, ``date_published`` …),
    ``source`` the kind of source, ``locator`` the place (a JSON pointer into a JSON-LD
    block, an XPath, a meta name), ``raw`` the string as found.
    """

    field: str = attrs.field(validator=[attrs.validators.instance_of(str), _non_empty])
    source: SourceKind = attrs.field(converter=SourceKind)
    locator: str = attrs.field(default="", validator=attrs.validators.instance_of(str))
    raw: str = attrs.field(default="", validator=attrs.validators.instance_of(str))
    confidence: float = attrs.field(default=1.0, converter=_number, validator=_unit)
    precision: str | None = attrs.field(
        default=None,
        validator=attrs.validators.optional(
            attrs.validators.in_(("year", "month", "day", "minute", "second"))
        ),
    )


@attrs.frozen(kw_only=True)
class Organization:
    """A publisher, news agency or other organisation."""

    name: str = attrs.field(validator=[attrs.validators.instance_of(str), _non_empty])
    url: str | None = attrs.field(default=None, validator=[_opt(str), _uri])
    logo: str | None = attrs.field(default=None, validator=[_opt(str), _uri])
    same_as: tuple[str, ...] = attrs.field(
        default=(), converter=_to_tuple, validator=[_tuple_of(str), _uris]
    )


@attrs.frozen(kw_only=True)
class Author:
    """A byline entry: a person, or an organisation credited as author."""

    name: str = attrs.field(validator=[attrs.validators.instance_of(str), _non_empty])
    kind: AuthorKind = attrs.field(default=AuthorKind.PERSON, converter=AuthorKind)
    url: str | None = attrs.field(default=None, validator=[_opt(str), _uri])
    email: str | None = attrs.field(default=None, validator=[_opt(str), _email])
    same_as: tuple[str, ...] = attrs.field(
        default=(), converter=_to_tuple, validator=[_tuple_of(str), _uris]
    )
    job_title: str | None = attrs.field(default=None, validator=[_opt(str), _opt_non_empty])
    image: str | None = attrs.field(default=None, validator=[_opt(str), _uri])


def _rating_bounds(inst: Rating | AggregateRating) -> None:
    if inst.best <= inst.worst:
        raise ValueError(f"best ({inst.best}) must be greater than worst ({inst.worst})")
    if inst.value is not None and not inst.worst <= inst.value <= inst.best:
        raise ValueError(f"value {inst.value} is outside the scale {inst.worst}..{inst.best}")


@attrs.frozen(kw_only=True)
class Rating:
    """One rating given by one reviewer (schema.org ``Rating``)."""

    value: float = attrs.field(converter=_number, validator=_finite)
    best: float = attrs.field(default=5.0, converter=_number, validator=_finite)
    worst: float = attrs.field(default=1.0, converter=_number, validator=_finite)
    author: str | None = attrs.field(default=None, validator=[_opt(str), _opt_non_empty])

    def __attrs_post_init__(self) -> None:
        _rating_bounds(self)


@attrs.frozen(kw_only=True)
class AggregateRating:
    """The average of many ratings (schema.org ``AggregateRating``).

    ``value`` is None when no average is known, for example on a page that says
    "Leave the first review": then ``review_count`` (and ``rating_count``) are 0.
    """

    value: float | None = attrs.field(default=None, converter=_opt_number, validator=_finite)
    best: float = attrs.field(default=5.0, converter=_number, validator=_finite)
    worst: float = attrs.field(default=1.0, converter=_number, validator=_finite)
    rating_count: int | None = attrs.field(default=None, validator=_count)
    review_count: int | None = attrs.field(default=None, validator=_count)

    def __attrs_post_init__(self) -> None:
        _rating_bounds(self)
        if self.value is not None and self.rating_count == 0 and self.review_count in (0, None):
            raise ValueError("an average value needs at least one rating (rating_count is 0)")


@attrs.frozen(kw_only=True)
class Comment:
    """One reader comment; threads are flat, with ``parent_id`` pointing at the parent's ``id``."""

    text: str = attrs.field(validator=[attrs.validators.instance_of(str), _non_empty])
    id: str | None = attrs.field(default=None, validator=[_opt(str), _opt_non_empty])
    author: Author | None = attrs.field(default=None, validator=_opt(Author))
    date_published: DateValue | None = attrs.field(default=None, validator=_date_value)
    parent_id: str | None = attrs.field(default=None, validator=[_opt(str), _opt_non_empty])
    url: str | None = attrs.field(default=None, validator=[_opt(str), _uri])
    upvotes: int | None = attrs.field(default=None, validator=_count)
    downvotes: int | None = attrs.field(default=None, validator=_count)
    date_label: str | None = attrs.field(default=None, validator=[_opt(str), _opt_non_empty])
    """The relative label shown for the date ("2 hours ago"), kept when it was resolved."""


@attrs.frozen(kw_only=True)
class AISignal:
    """One raw observation about AI involvement, kept even when another signal wins."""

    kind: str = attrs.field(validator=[attrs.validators.instance_of(str), _non_empty])
    """banner, review-note, ai-disclosure-attribute, ai-disclosure-meta, ai-generated-meta,
    ai-disclosure-header, digital-source-type, software-author, c2pa-manifest, rights."""
    raw: str = attrs.field(validator=attrs.validators.instance_of(str))
    locator: str | None = attrs.field(default=None, validator=_opt(str))
    spec: str | None = attrs.field(default=None, validator=_opt(str))
    involvement: AIInvolvement = attrs.field(default=AIInvolvement.UNKNOWN, converter=AIInvolvement)
    reviewed_by_human: bool | None = attrs.field(default=None, validator=_opt(bool))
    digital_source_type: str | None = attrs.field(default=None, validator=[_opt(str), _uri])
    confidence: float = attrs.field(default=1.0, converter=_number, validator=_unit)
    verified: bool = attrs.field(default=False, validator=attrs.validators.instance_of(bool))
    scope: str = attrs.field(
        default="article", validator=attrs.validators.in_(("article", "media", "rights"))
    )


def derive_level(involvement: AIInvolvement, reviewed_by_human: bool | None) -> AILevel:
    """The level implied by the two axes (see docs/models.md, "AI disclosure")."""
    if involvement is AIInvolvement.UNKNOWN:
        return AILevel.UNKNOWN
    if involvement is AIInvolvement.NONE:
        return AILevel.NONE
    if reviewed_by_human is False:
        return AILevel.AI_AUTONOMOUS
    if involvement is AIInvolvement.ASSISTED:
        return AILevel.AI_ASSISTED
    return AILevel.AI_GENERATED


def _default_level(inst: AIDisclosure) -> AILevel:
    return derive_level(inst.involvement, inst.reviewed_by_human)


@attrs.frozen(kw_only=True)
class AIDisclosure:
    """What a page says about AI involvement in *this* content.

    ``involvement`` and ``reviewed_by_human`` are separate axes; ``level`` is derived from
    them (pass it only to check it). With no evidence everything is unknown.
    """

    involvement: AIInvolvement = attrs.field(default=AIInvolvement.UNKNOWN, converter=AIInvolvement)
    reviewed_by_human: bool | None = attrs.field(default=None, validator=_opt(bool))
    level: AILevel = attrs.field(
        default=attrs.Factory(_default_level, takes_self=True), converter=AILevel
    )
    digital_source_type: str | None = attrs.field(default=None, validator=[_opt(str), _uri])
    label: str | None = attrs.field(default=None, validator=[_opt(str), _opt_non_empty])
    label_language: str | None = attrs.field(default=None, validator=[_opt(str), _opt_non_empty])
    ai_model: str | None = attrs.field(default=None, validator=[_opt(str), _opt_non_empty])
    ai_provider: str | None = attrs.field(default=None, validator=[_opt(str), _opt_non_empty])
    methodology_url: str | None = attrs.field(default=None, validator=[_opt(str), _uri])
    signals: tuple[AISignal, ...] = attrs.field(
        default=(), converter=_to_tuple, validator=_tuple_of(AISignal)
    )

    def __attrs_post_init__(self) -> None:
        expected = derive_level(self.involvement, self.reviewed_by_human)
        if self.level is not expected:
            raise ValueError(
                f"level {self.level.value!r} contradicts involvement "
                f"{self.involvement.value!r} and reviewed_by_human {self.reviewed_by_human!r}"
                f" (expected {expected.value!r})"
            )


@attrs.frozen(kw_only=True)
class Provenance:
    """Where an Article came from and, for every extracted field, the evidence."""

    source_url: str | None = attrs.field(default=None, validator=[_opt(str), _uri])
    canonical_url: str | None = attrs.field(default=None, validator=[_opt(str), _uri])
    publisher: Organization | None = attrs.field(default=None, validator=_opt(Organization))
    license: str | None = attrs.field(default=None, validator=[_opt(str), _opt_non_empty])
    based_on: tuple[str, ...] = attrs.field(
        default=(), converter=_to_tuple, validator=_tuple_of(str)
    )
    extracted_at: _dt.datetime | None = attrs.field(default=None, validator=_aware)
    rendered_earliest: _dt.datetime | None = attrs.field(default=None, validator=_aware)
    """Earliest instant the page can have been rendered (from a relative date label)."""
    rendered_latest: _dt.datetime | None = attrs.field(default=None, validator=_aware)
    render_label: str | None = attrs.field(default=None, validator=[_opt(str), _opt_non_empty])
    warnings: tuple[ExtractionWarning, ...] = attrs.field(
        default=(), converter=_to_tuple, validator=_tuple_of(ExtractionWarning)
    )
    evidence: tuple[Evidence, ...] = attrs.field(
        default=(), converter=_to_tuple, validator=_tuple_of(Evidence)
    )
    rejected: tuple[Evidence, ...] = attrs.field(
        default=(), converter=_to_tuple, validator=_tuple_of(Evidence)
    )
    """Candidates that lost the merge while disagreeing with the winner."""

    def __attrs_post_init__(self) -> None:
        if (
            self.rendered_earliest is not None
            and self.rendered_latest is not None
            and self.rendered_earliest > self.rendered_latest
        ):
            raise ValueError("rendered_earliest must not be after rendered_latest")

    def evidence_for(self, field: str) -> tuple[Evidence, ...]:
        """The evidence records of one field (in the order the merge wrote them)."""
        return tuple(e for e in self.evidence if e.field == field)


@attrs.frozen(kw_only=True)
class Article:
    """A news article or blog post with its metadata, content and provenance."""

    title: str | None = attrs.field(default=None, validator=[_opt(str), _opt_non_empty])
    url: str | None = attrs.field(default=None, validator=[_opt(str), _uri])
    canonical_url: str | None = attrs.field(default=None, validator=[_opt(str), _uri])
    language: str | None = attrs.field(default=None, validator=[_opt(str), _opt_non_empty])
    description: str | None = attrs.field(default=None, validator=[_opt(str), _opt_non_empty])
    body: str | None = attrs.field(default=None, validator=[_opt(str), _opt_non_empty])
    authors: tuple[Author, ...] = attrs.field(
        default=(), converter=_to_tuple, validator=_tuple_of(Author)
    )
    publisher: Organization | None = attrs.field(default=None, validator=_opt(Organization))
    site_name: str | None = attrs.field(default=None, validator=[_opt(str), _opt_non_empty])
    date_created: DateValue | None = attrs.field(default=None, validator=_date_value)
    date_published: DateValue | None = attrs.field(default=None, validator=_date_value)
    date_modified: DateValue | None = attrs.field(default=None, validator=_date_value)
    section: str | None = attrs.field(default=None, validator=[_opt(str), _opt_non_empty])
    categories: tuple[str, ...] = attrs.field(
        default=(), converter=_to_tuple, validator=_tuple_of(str)
    )
    tags: tuple[str, ...] = attrs.field(default=(), converter=_to_tuple, validator=_tuple_of(str))
    image: str | None = attrs.field(default=None, validator=[_opt(str), _uri])
    license: str | None = attrs.field(default=None, validator=[_opt(str), _opt_non_empty])
    word_count: int | None = attrs.field(default=None, validator=_count)
    comments: tuple[Comment, ...] = attrs.field(
        default=(), converter=_to_tuple, validator=_tuple_of(Comment)
    )
    comment_count: int | None = attrs.field(default=None, validator=_count)
    """The number of comments the page declares (may differ from ``len(comments)``)."""
    comments_open: bool | None = attrs.field(default=None, validator=_opt(bool))
    """True when the page shows a comment form; None when unknown."""
    comment_form_fields: tuple[str, ...] = attrs.field(
        default=(), converter=_to_tuple, validator=_tuple_of(str)
    )
    """The required fields of the comment form (``name``, ``email``, ``message`` …)."""
    rating: AggregateRating | None = attrs.field(default=None, validator=_opt(AggregateRating))
    ai_disclosure: AIDisclosure = attrs.field(
        factory=AIDisclosure, validator=attrs.validators.instance_of(AIDisclosure)
    )
    provenance: Provenance = attrs.field(
        factory=Provenance, validator=attrs.validators.instance_of(Provenance)
    )


MODELS: tuple[type[Any], ...] = (
    Article,
    Author,
    Organization,
    Comment,
    Rating,
    AggregateRating,
    AIDisclosure,
    AISignal,
    Provenance,
    Evidence,
    ExtractionWarning,
)
"""Every model class, outermost first (the serializer and the schema export walk these)."""
