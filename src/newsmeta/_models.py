"""The typed models of newsmeta: frozen, slotted, keyword-only attrs classes.

This module imports nothing else of newsmeta but the format checks, the errors and the
metadata keys of :mod:`newsmeta._fields`.

HOW TO DECLARE A FIELD
----------------------
Declare every field with one of the helpers below; each writes the attrs validator AND
the ``attrs.field(metadata=...)`` that the JSON Schema export, the validator and the
serializer read (the description, ``format``/``pattern``/``minimum``/``enum`` keywords).
There is no other list to update: the description lives only here.

    subtitle: str | None = text_field("The subtitle shown under the headline.")   # non-blank text
    homepage: str | None = uri_field("The home page (absolute URI).")              # optional URI
    keywords: tuple[str, ...] = strings_field("Keywords.")                         # list of text
    images: tuple[Image, ...] = many_field(Image, "The images, in page order.")    # list of models
    cover: Image | None = one_field(Image, "The lead image.")                      # optional model
    updated: DateValue | None = date_field("When it was updated: a date or a date-time.")
    seen_at: _dt.datetime | None = instant_field("When it was seen (date-time with offset).")
    views: int | None = count_field("The number of views shown.")                  # int >= 0
    score: float = unit_field("How sure the reading is, from 0 to 1.")           # 0..1, default 1
    paywalled: bool | None = flag_field("True when the page is paywalled.")
    mode: str = choice_field("How it was read.", ("full", "partial"), default="full")
    kind: AuthorKind = enum_field(AuthorKind, "Person or organisation.", default=AuthorKind.PERSON)

Then: add a new model class to ``MODELS``; run ``python -m newsmeta._schema --write`` to
regenerate the shipped schemas; add a test. A rule that spans fields goes into
``__attrs_post_init__`` and raises through :func:`_constraint` (naming the field), so
validation reports it at that field. Invalid values raise :class:`newsmeta.ValidationError`
with the field, the expected type and the value.

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
import math
from collections.abc import Callable, Iterable, Mapping
from typing import Any, NoReturn

import attrs

from newsmeta import _formats
from newsmeta._errors import Problem, ValidationError
from newsmeta._fields import (
    AWARE_PATTERN,
    DOC,
    ITEMS,
    NON_BLANK_PATTERN,
    NON_EMPTY_PATTERN,
    SCHEMA,
)

__all__ = [
    "AIDisclosure",
    "AIInvolvement",
    "AILevel",
    "AIPart",
    "AISignal",
    "AggregateRating",
    "Article",
    "Author",
    "AuthorKind",
    "Block",
    "BlockKind",
    "Comment",
    "DateValue",
    "Evidence",
    "ExtractionWarning",
    "Image",
    "Inline",
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
    """Whether an author is a person, an organisation (a desk, an agency, a site) or
    software (a bot or an AI model named as the writer: ``SoftwareApplication``, "By
    NewsBot")."""

    PERSON = "person"
    ORGANIZATION = "organization"
    SOFTWARE = "software"


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


class BlockKind(str, enum.Enum):
    """What one block of the article body is (see docs/content.md)."""

    HEADING = "heading"
    PARAGRAPH = "paragraph"
    LIST = "list"
    ITEM = "item"
    QUOTE = "quote"
    CODE = "code"
    TABLE = "table"
    ROW = "row"
    CELL = "cell"
    FIGURE = "figure"
    EMBED = "embed"


# --------------------------------------------------------------------------- field helpers

_Validator = Callable[[Any, "attrs.Attribute[Any]", Any], None]


def _show(value: Any) -> str:
    if isinstance(value, (str, int, float, bool, list, tuple, dict)) or value is None:
        text = repr(value)
        return text if len(text) <= 60 else text[:57] + "..."
    return f"a {type(value).__name__}"


def _fail(
    inst: Any, name: str, value: Any, expected: str, *, code: str = "type", index: int = -1
) -> NoReturn:
    """Raise the ValidationError of one bad field value (``index``: the item of a tuple)."""
    path = f"/{name}" if index < 0 else f"/{name}/{index}"
    label = name if index < 0 else f"{name}[{index}]"
    problem = Problem(
        path=path,
        code=code,
        message=f"{label} must be {expected}, not {_show(value)}",
        expected=expected,
        value=value,
    )
    raise ValidationError([problem], type(inst).__name__)


def _constraint(inst: Any, name: str, message: str) -> NoReturn:
    """Raise the ValidationError of a rule spanning fields, reported at field ``name``."""
    raise ValidationError(
        [Problem(path=f"/{name}", code="constraint", message=message)], type(inst).__name__
    )


def _what(kind: type[Any]) -> str:
    if kind is str:
        return "text"
    if kind is bool:
        return "true or false"
    if kind is int:
        return "a whole number"
    if kind is float:
        return "a number"
    if kind is _dt.datetime:
        return "a datetime"
    if kind is _dt.date:
        return "a date or datetime"
    name = kind.__name__
    return f"an {name}" if name[0] in "AEIOU" else f"a {name}"


def _check(
    kind: type[Any],
    *,
    optional: bool,
    test: Callable[[Any], bool] | None = None,
    expected: str = "",
    code: str = "format",
) -> _Validator:
    """A validator: ``isinstance(value, kind)`` (None allowed when optional), then ``test``."""
    type_name = _what(kind)

    def check(inst: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
        if value is None and optional:
            return
        if not isinstance(value, kind) or (kind is not bool and isinstance(value, bool)):
            _fail(inst, attribute.name, value, type_name)
        if test is not None and not test(value):
            _fail(inst, attribute.name, value, expected, code=code)

    return check


def _check_items(
    kind: type[Any], test: Callable[[Any], bool] | None = None, expected: str = ""
) -> _Validator:
    type_name = _what(kind)

    def check(inst: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
        if not isinstance(value, tuple):
            _fail(inst, attribute.name, value, f"a list of {type_name}")
        for i, item in enumerate(value):
            if not isinstance(item, kind):
                _fail(inst, attribute.name, item, type_name, index=i)
            if test is not None and not test(item):
                _fail(inst, attribute.name, item, expected, code="format", index=i)

    return check


def _non_blank(value: str) -> bool:
    return bool(value) and not value.isspace()


def _is_aware(value: _dt.datetime) -> bool:
    return value.utcoffset() is not None


def _to_tuple(value: Any) -> Any:
    """Accept any iterable (but not a str or dict) for a tuple field."""
    if isinstance(value, tuple):
        return value
    if isinstance(value, (list, set, frozenset)) or (
        isinstance(value, Iterable) and not isinstance(value, (str, bytes, dict))
    ):
        return tuple(value)
    return value


def _number(value: Any) -> Any:
    """Convert ints to floats for rating numbers (bools and strings are left to fail)."""
    if isinstance(value, int) and not isinstance(value, bool):
        try:
            return float(value)
        except OverflowError:  # beyond any float: not finite, which the validator reports
            return math.inf if value > 0 else -math.inf
    return value


def _opt_number(value: Any) -> Any:
    return None if value is None else _number(value)


def _enum_converter(cls: type[enum.Enum]) -> Callable[[Any], Any]:
    def convert(value: Any) -> Any:
        try:
            return cls(value)
        except (ValueError, TypeError):
            return value  # the validator reports it with the field's name

    return convert


def doc_field(
    doc: str,
    *,
    default: Any = attrs.NOTHING,
    factory: Callable[[], Any] | None = None,
    validator: _Validator | None = None,
    converter: Callable[[Any], Any] | None = None,
    schema: Mapping[str, Any] | None = None,
    items: Mapping[str, Any] | None = None,
) -> Any:
    """An attrs field with its description and schema keywords as metadata (the base helper)."""
    metadata: dict[str, Any] = {DOC: doc}
    if schema:
        metadata[SCHEMA] = dict(schema)
    if items:
        metadata[ITEMS] = dict(items)
    if factory is not None:
        return attrs.field(
            factory=factory, validator=validator, converter=converter, metadata=metadata
        )
    return attrs.field(default=default, validator=validator, converter=converter, metadata=metadata)


_NON_BLANK = {"pattern": NON_BLANK_PATTERN}


def text_field(doc: str, *, required: bool = False) -> Any:
    """Non-blank text; optional (None) unless ``required``."""
    return doc_field(
        doc,
        default=attrs.NOTHING if required else None,
        validator=_check(
            str, optional=not required, test=_non_blank, expected="non-blank text", code="required"
        ),
        schema=_NON_BLANK,
    )


def plain_field(doc: str, *, default: Any = attrs.NOTHING) -> Any:
    """Any text, blank included; optional when ``default`` is None."""
    return doc_field(doc, default=default, validator=_check(str, optional=default is None))


def uri_field(doc: str) -> Any:
    """An optional absolute URI."""
    return doc_field(
        doc,
        default=None,
        validator=_check(str, optional=True, test=_formats.is_uri, expected="an absolute URI"),
        schema={"format": "uri"},
    )


def uris_field(doc: str) -> Any:
    """A tuple of absolute URIs."""
    return doc_field(
        doc,
        default=(),
        converter=_to_tuple,
        validator=_check_items(str, _formats.is_uri, "an absolute URI"),
        items={"format": "uri"},
    )


def email_field(doc: str) -> Any:
    """An optional e-mail address."""
    return doc_field(
        doc,
        default=None,
        validator=_check(str, optional=True, test=_formats.is_email, expected="an e-mail address"),
        schema={"format": "email"},
    )


def strings_field(doc: str) -> Any:
    """A tuple of text."""
    return doc_field(doc, default=(), converter=_to_tuple, validator=_check_items(str))


def many_field(cls: type[Any], doc: str) -> Any:
    """A tuple of model instances."""
    return doc_field(doc, default=(), converter=_to_tuple, validator=_check_items(cls))


def one_field(cls: type[Any], doc: str, *, factory: Callable[[], Any] | None = None) -> Any:
    """A nested model: optional (None), or always present when ``factory`` makes a default."""
    if factory is not None:
        return doc_field(doc, factory=factory, validator=_check(cls, optional=False))
    return doc_field(doc, default=None, validator=_check(cls, optional=True))


def date_field(doc: str) -> Any:
    """An optional date or datetime (naive or aware)."""
    return doc_field(doc, default=None, validator=_check(_dt.date, optional=True))


def instant_field(doc: str) -> Any:
    """An optional timezone-aware datetime."""
    return doc_field(
        doc,
        default=None,
        validator=_check(
            _dt.datetime,
            optional=True,
            test=_is_aware,
            expected="a timezone-aware datetime",
        ),
        schema={"format": "date-time", "pattern": AWARE_PATTERN},
    )


def count_field(doc: str) -> Any:
    """An optional whole number >= 0."""
    return doc_field(
        doc,
        default=None,
        validator=_check(
            int, optional=True, test=lambda v: v >= 0, expected="at least 0", code="range"
        ),
        schema={"minimum": 0},
    )


def unit_field(doc: str, *, default: float = 1.0) -> Any:
    """A number from 0 to 1."""
    return doc_field(
        doc,
        default=default,
        converter=_number,
        validator=_check(
            float,
            optional=False,
            test=lambda v: _formats.is_finite_number(v) and 0.0 <= v <= 1.0,
            expected="a number between 0 and 1",
            code="range",
        ),
        schema={"minimum": 0, "maximum": 1},
    )


def number_field(doc: str, *, default: Any = attrs.NOTHING) -> Any:
    """A finite number (ints become floats); optional when ``default`` is None."""
    return doc_field(
        doc,
        default=default,
        converter=_opt_number if default is None else _number,
        validator=_check(
            float,
            optional=default is None,
            test=_formats.is_finite_number,
            expected="a finite number",
            code="range",
        ),
    )


def flag_field(doc: str, *, default: bool | None = None) -> Any:
    """True or false; optional (None = unknown) unless a bool ``default`` is given."""
    return doc_field(doc, default=default, validator=_check(bool, optional=default is None))


def choice_field(doc: str, options: tuple[str, ...], *, default: str | None = None) -> Any:
    """One of ``options`` (text); optional when ``default`` is None."""
    listed = ", ".join(options)
    return doc_field(
        doc,
        default=default,
        validator=_check(
            str,
            optional=default is None,
            test=lambda v: v in options,
            expected=f"one of: {listed}",
            code="enum",
        ),
        schema={"enum": list(options)},
    )


def enum_field(cls: type[enum.Enum], doc: str, *, default: Any = attrs.NOTHING) -> Any:
    """A member of the enum ``cls`` (its value is accepted too)."""
    expected = "one of: " + ", ".join(str(m.value) for m in cls)

    def check(inst: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
        if not isinstance(value, cls):
            _fail(inst, attribute.name, value, expected, code="enum")

    return doc_field(doc, default=default, converter=_enum_converter(cls), validator=check)


# --------------------------------------------------------------------------- records


@attrs.frozen(kw_only=True)
class ExtractionWarning:
    """Something odd met while reading input: kept on ``Provenance.warnings``, never raised."""

    code: str = text_field("A stable machine-readable code.", required=True)
    message: str = plain_field("A human-readable explanation.")
    locator: str | None = plain_field("Where the problem was met.", default=None)


@attrs.frozen(kw_only=True)
class Evidence:
    """Where one extracted value came from.

    ``field`` names an Article field (``title``, ``authors``, ``date_published`` …),
    ``source`` the kind of source, ``locator`` the place (a JSON pointer into a JSON-LD
    block, an XPath, a meta name), ``raw`` the string as found. ``reason`` says why a
    rejected value was refused (``"after now (…) + 1 day"``); None for kept evidence and
    for candidates that merely lost the merge. ``position`` places a value read from the
    visible page relative to the article: ``inside`` it, in its ``header`` zone (headline,
    byline, date), ``near`` it, or in page ``furniture`` (navigation, sidebars, teaser lists,
    embedded posts, widgets, site header and footer).
    """

    field: str = text_field("The Article field this evidence is for.", required=True)
    source: SourceKind = enum_field(SourceKind, "The kind of source the value came from.")
    locator: str = plain_field("Where in the source (JSON pointer, XPath, meta name).", default="")
    raw: str = plain_field("The raw string as found.", default="")
    confidence: float = unit_field("How sure the reading is, from 0 to 1.")
    precision: str | None = choice_field(
        "The precision of a date value.", ("year", "month", "day", "hour", "minute", "second")
    )
    reason: str | None = plain_field(
        "Why a rejected value was refused (the date validity rule, ...).", default=None
    )
    position: str | None = choice_field(
        "Where a visible value sits relative to the article: inside, header (headline, "
        "byline and date zone), near, or furniture (navigation, sidebars, teasers, embedded "
        "posts, widgets, site header and footer).",
        ("inside", "header", "near", "furniture"),
    )


@attrs.frozen(kw_only=True)
class Organization:
    """A publisher, news agency or other organisation."""

    name: str = text_field("The organisation's name.", required=True)
    url: str | None = uri_field("The organisation's home page (absolute URI).")
    logo: str | None = uri_field("The organisation's logo (absolute URI).")
    same_as: tuple[str, ...] = uris_field(
        "Other pages identifying the organisation, absolute URIs."
    )


@attrs.frozen(kw_only=True)
class Author:
    """A byline entry: a person, or an organisation credited as author."""

    name: str = text_field(
        "The name as printed in the byline (cleaned of 'By', never re-cased).", required=True
    )
    kind: AuthorKind = enum_field(
        AuthorKind,
        "Whether the author is a person, an organisation or software (a bot, an AI model).",
        default=AuthorKind.PERSON,
    )
    url: str | None = uri_field("The author's profile page (absolute URI).")
    email: str | None = email_field("The author's e-mail address.")
    same_as: tuple[str, ...] = uris_field(
        "Other pages identifying the author (social profiles …), absolute URIs."
    )
    job_title: str | None = text_field("The author's job title or role.")
    image: str | None = uri_field("A picture of the author (absolute URI).")


def _rating_bounds(inst: Rating | AggregateRating) -> None:
    if inst.best <= inst.worst:
        _constraint(inst, "best", f"best ({inst.best}) must be greater than worst ({inst.worst})")
    if inst.value is not None and not inst.worst <= inst.value <= inst.best:
        _constraint(
            inst, "value", f"value {inst.value} is outside the scale {inst.worst}..{inst.best}"
        )


@attrs.frozen(kw_only=True)
class Rating:
    """One rating given by one reviewer (schema.org ``Rating``)."""

    value: float = number_field("The rating given, between worst and best.")
    best: float = number_field("The best possible rating (default 5).", default=5.0)
    worst: float = number_field("The worst possible rating (default 1).", default=1.0)
    author: str | None = text_field("Who gave the rating.")

    def __attrs_post_init__(self) -> None:
        _rating_bounds(self)


@attrs.frozen(kw_only=True)
class AggregateRating:
    """The average of many ratings (schema.org ``AggregateRating``).

    ``value`` is None when no average is known, for example on a page that says
    "Leave the first review": then ``review_count`` (and ``rating_count``) are 0.
    """

    value: float | None = number_field(
        "The average rating, between worst and best; absent when no average is known.",
        default=None,
    )
    best: float = number_field("The best possible rating (default 5).", default=5.0)
    worst: float = number_field("The worst possible rating (default 1).", default=1.0)
    rating_count: int | None = count_field("The number of ratings the average is based on.")
    review_count: int | None = count_field("The number of reviews.")

    def __attrs_post_init__(self) -> None:
        _rating_bounds(self)
        if self.value is not None and self.rating_count == 0 and self.review_count in (0, None):
            _constraint(
                self, "value", "an average value needs at least one rating (rating_count is 0)"
            )


@attrs.frozen(kw_only=True)
class Comment:
    """One reader comment; threads are flat, with ``parent_id`` pointing at the parent's ``id``."""

    text: str = text_field("The comment text.", required=True)
    id: str | None = text_field("The comment's identifier on the page.")
    author: Author | None = one_field(Author, "Who wrote the comment.")
    date_published: DateValue | None = date_field(
        "When the comment was posted: a date or a date-time."
    )
    parent_id: str | None = text_field("The id of the comment this one replies to.")
    url: str | None = uri_field("The permalink of the comment (absolute URI).")
    upvotes: int | None = count_field("Number of up-votes shown.")
    downvotes: int | None = count_field("Number of down-votes shown.")
    date_label: str | None = text_field(
        "The relative date label shown ('2 hours ago'), kept when resolved."
    )


AI_SCOPES: tuple[str, ...] = (
    "article",
    "summary",
    "translation",
    "image",
    "video",
    "audio",
    "comments",
    "media",
    "rights",
)
"""What an AI signal is about: the article text, one part of the page, or usage rights."""
AI_PART_SCOPES: tuple[str, ...] = AI_SCOPES[1:-1]
"""The parts of a page whose AI involvement is reported apart from the text's."""


@attrs.frozen(kw_only=True)
class AISignal:
    """One raw observation about AI involvement, kept even when another signal wins.

    ``kind`` is one of banner, review-note, ai-disclosure-attribute, ai-disclosure-meta,
    ai-generated-meta, ai-disclosure-header, digital-source-type, software-author,
    c2pa-manifest, rights.
    """

    kind: str = text_field(
        "The kind of signal (banner, ai-disclosure-attribute, digital-source-type …).",
        required=True,
    )
    raw: str = plain_field("The raw value or text as found.")
    locator: str | None = plain_field(
        "Where it was found (XPath, JSON pointer, header or meta name).", default=None
    )
    spec: str | None = plain_field(
        "The specification or convention the signal follows.", default=None
    )
    involvement: AIInvolvement = enum_field(
        AIInvolvement, "The involvement this signal implies.", default=AIInvolvement.UNKNOWN
    )
    reviewed_by_human: bool | None = flag_field(
        "Whether this signal says a human reviewed the content."
    )
    digital_source_type: str | None = uri_field(
        "The IPTC digital source type URI this signal implies."
    )
    confidence: float = unit_field("How sure the reading is, from 0 to 1.")
    verified: bool = flag_field(
        "True only for a cryptographically validated signal (C2PA).", default=False
    )
    scope: str = choice_field(
        "What the signal is about: the article text, a part of the page (summary, "
        "translation, image, video, audio, comments, media), or usage rights.",
        AI_SCOPES,
        default="article",
    )
    agent: str | None = text_field(
        "Who or what did the work, as the statement names it (AI, ChatGPT, DeepL, "
        "automation technology, a bot byline …)."
    )
    negated: bool = flag_field(
        "True when the statement denies AI involvement ('not created by AI').", default=False
    )
    placement: str | None = text_field(
        "Where a visible statement sits: banner, label, byline, note, caption, summary, inline."
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


def _default_level(inst: AIDisclosure | AIPart) -> AILevel:
    return derive_level(inst.involvement, inst.reviewed_by_human)


def _check_level(inst: AIDisclosure | AIPart) -> None:
    expected = derive_level(inst.involvement, inst.reviewed_by_human)
    if inst.level is not expected:
        _constraint(
            inst,
            "level",
            f"level {inst.level.value!r} contradicts involvement "
            f"{inst.involvement.value!r} and reviewed_by_human {inst.reviewed_by_human!r}"
            f" (expected {expected.value!r})",
        )


@attrs.frozen(kw_only=True)
class AIPart:
    """AI involvement in one part of the page other than the article text.

    A caption "AI-generated image" or an "AI summary" box says something about that part
    only: the article's own ``level`` is never changed by it.
    """

    scope: str = choice_field(
        "The part: summary, translation, image, video, audio, comments or media.",
        AI_PART_SCOPES,
        default="media",
    )
    involvement: AIInvolvement = enum_field(
        AIInvolvement,
        "How much AI did in this part: unknown, none, assisted or generated.",
        default=AIInvolvement.UNKNOWN,
    )
    reviewed_by_human: bool | None = flag_field(
        "Whether a human reviewed this part; absent when unknown."
    )
    level: AILevel = enum_field(
        AILevel,
        "The verdict for this part, derived from involvement and review.",
        default=attrs.Factory(_default_level, takes_self=True),
    )
    label: str | None = text_field("The statement about this part, verbatim.")
    locator: str | None = plain_field("Where the statement was found.", default=None)
    ai_model: str | None = text_field("The AI model or tool the statement names.")

    def __attrs_post_init__(self) -> None:
        _check_level(self)


@attrs.frozen(kw_only=True)
class AIDisclosure:
    """What a page says about AI involvement in *this* content.

    ``involvement`` and ``reviewed_by_human`` are separate axes; ``level`` is derived from
    them (pass it only to check it). With no evidence everything is unknown.
    """

    involvement: AIInvolvement = enum_field(
        AIInvolvement,
        "How much AI did: unknown, none, assisted or generated.",
        default=AIInvolvement.UNKNOWN,
    )
    reviewed_by_human: bool | None = flag_field(
        "Whether a human reviewed the content; absent when unknown."
    )
    level: AILevel = enum_field(
        AILevel,
        "The verdict derived from involvement and review (must agree with them).",
        default=attrs.Factory(_default_level, takes_self=True),
    )
    digital_source_type: str | None = uri_field("The IPTC digital source type URI.")
    label: str | None = text_field("The disclosure text shown on the page, verbatim.")
    label_language: str | None = text_field("The language of the label (BCP 47).")
    ai_model: str | None = text_field("The AI model named by the disclosure.")
    ai_provider: str | None = text_field("The AI provider named by the disclosure.")
    methodology_url: str | None = uri_field("A page explaining how AI is used (absolute URI).")
    signals: tuple[AISignal, ...] = many_field(
        AISignal, "Every raw observation the verdict was derived from."
    )
    locator: str | None = plain_field(
        "Where the deciding signal was found (the statement's element, a meta, a header).",
        default=None,
    )
    parts: tuple[AIPart, ...] = many_field(
        AIPart,
        "AI in other parts of the page (summary, translation, image, video, audio, comments),"
        " one entry per part; never folded into the article's level.",
    )

    def __attrs_post_init__(self) -> None:
        _check_level(self)


@attrs.frozen(kw_only=True)
class Provenance:
    """Where an Article came from and, for every extracted field, the evidence."""

    source_url: str | None = uri_field("The URL the input was fetched from (absolute URI).")
    canonical_url: str | None = uri_field("The canonical URL declared by the page (absolute URI).")
    publisher: Organization | None = one_field(
        Organization, "The publisher as stated by the source."
    )
    license: str | None = text_field("The license of the source, as a URI or a name.")
    based_on: tuple[str, ...] = strings_field(
        "Works this one is based on or cites (URIs or titles)."
    )
    extracted_at: _dt.datetime | None = instant_field(
        "When the extraction ran (date-time with offset)."
    )
    rendered_earliest: _dt.datetime | None = instant_field(
        "The earliest instant the page can have been rendered (date-time with offset)."
    )
    rendered_latest: _dt.datetime | None = instant_field(
        "The latest instant the page can have been rendered (date-time with offset)."
    )
    render_label: str | None = text_field(
        "The relative date label the render window was derived from."
    )
    warnings: tuple[ExtractionWarning, ...] = many_field(
        ExtractionWarning, "Oddities met while reading the input."
    )
    evidence: tuple[Evidence, ...] = many_field(
        Evidence, "For each extracted field, where its value came from."
    )
    rejected: tuple[Evidence, ...] = many_field(
        Evidence, "Candidates that lost the merge while disagreeing with the winner."
    )

    def __attrs_post_init__(self) -> None:
        if (
            self.rendered_earliest is not None
            and self.rendered_latest is not None
            and self.rendered_earliest > self.rendered_latest
        ):
            _constraint(
                self, "rendered_earliest", "rendered_earliest must not be after rendered_latest"
            )

    def evidence_for(self, field: str) -> tuple[Evidence, ...]:
        """The evidence records of one field (in the order the merge wrote them)."""
        return tuple(e for e in self.evidence if e.field == field)


# --------------------------------------------------------------------------- body structure


@attrs.frozen(kw_only=True)
class Inline:
    """A run of text inside a block, with its formatting; a line break is a newline in it."""

    text: str = doc_field(
        "The text of the run; a line break is a newline character.",
        validator=_check(
            str, optional=False, test=bool, expected="non-empty text", code="required"
        ),
        schema={"pattern": NON_EMPTY_PATTERN},
    )
    href: str | None = doc_field(
        "The link target when the run is a link (absolute http(s) or mailto URI).",
        default=None,
        validator=_check(
            str, optional=True, test=_formats.is_link, expected="an http(s) or mailto URI"
        ),
        schema={"format": "uri"},
    )
    emphasis: bool = flag_field("Whether the run is emphasised.", default=False)
    strong: bool = flag_field("Whether the run is strong.", default=False)
    code: bool = flag_field("Whether the run is inline code.", default=False)


def _dimension_field(doc: str) -> Any:
    return doc_field(
        doc,
        default=None,
        validator=_check(
            int, optional=True, test=lambda v: v >= 1, expected="at least 1", code="range"
        ),
        schema={"minimum": 1},
    )


@attrs.frozen(kw_only=True)
class Image:
    """An image of the article: the lead image, a structured-data image or a body figure."""

    url: str = doc_field(
        "The image's address (absolute URI).",
        validator=_check(str, optional=False, test=_formats.is_uri, expected="an absolute URI"),
        schema={"format": "uri"},
    )
    alt: str | None = text_field("The alternative text.")
    caption: str | None = text_field("The caption shown with the image.")
    credit: str | None = text_field("Who the image is credited to (photographer, agency).")
    width: int | None = _dimension_field("The width in pixels, when given.")
    height: int | None = _dimension_field("The height in pixels, when given.")
    lead: bool = flag_field(
        "Whether this is the lead image (the one Article.image names).", default=False
    )
    ai_generated: bool = flag_field(
        "Whether the page labels the image as made by AI (a caption or IPTC digitalSourceType).",
        default=False,
    )


def _check_blocks(inst: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    _check_items(Block)(inst, attribute, value)


@attrs.frozen(kw_only=True)
class Block:
    """One block of the article body.

    ``kind`` says which fields are used: a heading has ``level`` and ``inlines``; a paragraph,
    an item and a cell ``inlines`` (an item or a cell may hold ``children`` blocks too); a
    list has ``ordered`` and item ``children``; a quote block ``children``; a table row
    ``children``, each a row of cells (``header`` marks a header cell); code has
    ``literal``; a figure ``image``; an embed ``media`` and ``url``.
    """

    kind: BlockKind = enum_field(
        BlockKind,
        "What the block is: heading, paragraph, list, item, quote, code, table, row, cell, "
        "figure or embed.",
    )
    inlines: tuple[Inline, ...] = many_field(
        Inline, "The block's own text as formatted runs (headings, paragraphs, items, cells)."
    )
    children: tuple[Block, ...] = doc_field(
        "Nested blocks: the items of a list, the rows of a table, the cells of a row, the "
        "blocks of a quote or of an item.",
        default=(),
        converter=_to_tuple,
        validator=_check_blocks,
    )
    level: int | None = doc_field(
        "The level of a heading, 1 to 6.",
        default=None,
        validator=_check(
            int, optional=True, test=lambda v: 1 <= v <= 6, expected="1 to 6", code="range"
        ),
        schema={"minimum": 1, "maximum": 6},
    )
    ordered: bool | None = flag_field("Whether a list is numbered.")
    header: bool | None = flag_field("Whether a table cell is a header cell.")
    literal: str | None = text_field("The text of a code block, line breaks kept.")
    image: Image | None = one_field(Image, "The image of a figure, with its caption and credit.")
    media: str | None = choice_field(
        "The kind of an embed: video, audio or social.", ("video", "audio", "social")
    )
    url: str | None = uri_field("The address of an embed (absolute URI).")


@attrs.frozen(kw_only=True)
class Article:
    """A news article or blog post with its metadata, content and provenance."""

    title: str | None = text_field("The headline as published.")
    url: str | None = uri_field(
        "The URL the article was read from or is published at (absolute URI)."
    )
    canonical_url: str | None = uri_field("The canonical URL the page declares (absolute URI).")
    language: str | None = text_field(
        "The language of the content, as a BCP 47 tag such as 'en' or 'es-MX'."
    )
    description: str | None = text_field("The summary or standfirst the page gives.")
    body: str | None = text_field(
        "The article text, plain, with paragraphs separated by blank lines."
    )
    blocks: tuple[Block, ...] = many_field(
        Block,
        "The body as typed blocks (headings, paragraphs, lists, quotes, code, tables, figures, "
        "embeds); their plain text is body.",
    )
    authors: tuple[Author, ...] = many_field(
        Author, "The byline, in order; people and organisations credited as authors."
    )
    publisher: Organization | None = one_field(
        Organization, "The organisation that publishes the article."
    )
    site_name: str | None = text_field("The name of the website.")
    date_created: DateValue | None = date_field(
        "When the content was created: a date (day known) or a date-time "
        "(with offset when known, without when not)."
    )
    date_published: DateValue | None = date_field(
        "When the article was first published: a date or a date-time "
        "(offset only when the page gives one)."
    )
    date_modified: DateValue | None = date_field(
        "When the article was last updated: a date or a date-time "
        "(offset only when the page gives one)."
    )
    section: str | None = text_field("The section of the site the article belongs to.")
    categories: tuple[str, ...] = strings_field(
        "Subject categories (topics) the site files the article under."
    )
    tags: tuple[str, ...] = strings_field("Keywords and tags.")
    image: str | None = uri_field("The main image (absolute URI).")
    images: tuple[Image, ...] = many_field(
        Image, "Every image of the article with alt text, caption and credit; the lead one first."
    )
    license: str | None = text_field("The license, as a URI or a name.")
    word_count: int | None = count_field("The number of words in the body.")
    comments: tuple[Comment, ...] = many_field(
        Comment, "The reader comments found, as a flat list; replies point at their parent."
    )
    comment_count: int | None = count_field(
        "The number of comments the page declares (may differ from the comments found)."
    )
    comments_open: bool | None = flag_field(
        "True when the page offers a comment form; absent when unknown."
    )
    comment_form_fields: tuple[str, ...] = strings_field(
        "The fields the comment form requires (name, email, message …)."
    )
    rating: AggregateRating | None = one_field(
        AggregateRating, "The aggregate reader rating of the article."
    )
    ai_disclosure: AIDisclosure = one_field(
        AIDisclosure,
        "What the page says about AI involvement in this content.",
        factory=AIDisclosure,
    )
    provenance: Provenance = one_field(
        Provenance,
        "Where the data came from, with evidence for each extracted field.",
        factory=Provenance,
    )


MODELS: tuple[type[Any], ...] = (
    Article,
    Author,
    Organization,
    Comment,
    Block,
    Inline,
    Image,
    Rating,
    AggregateRating,
    AIDisclosure,
    AIPart,
    AISignal,
    Provenance,
    Evidence,
    ExtractionWarning,
)
"""Every model class, outermost first (the serializer and the schema export walk these)."""
