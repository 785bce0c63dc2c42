"""newsmeta: typed article and provenance metadata for Python."""

from __future__ import annotations

from newsmeta._batch import BatchInput, BatchResult, extract_many, iter_inputs
from newsmeta._dates import (
    RENDERERS,
    ParsedDate,
    RelativeTime,
    RenderWindow,
    Window,
    humanize,
    parse_date,
    parse_date_ex,
    parse_relative,
    render_window,
)
from newsmeta._errors import (
    LimitExceededError,
    NewsmetaError,
    ParseError,
    Problem,
    SchemaError,
    ValidationError,
)
from newsmeta._extract import extract
from newsmeta._extract.sources.disclosure import build_disclosure
from newsmeta._jsonld import from_jsonld, to_jsonld
from newsmeta._models import (
    AggregateRating,
    AIDisclosure,
    AIInvolvement,
    AILevel,
    AISignal,
    Article,
    Author,
    AuthorKind,
    Comment,
    Evidence,
    ExtractionWarning,
    Organization,
    Provenance,
    Rating,
    SourceKind,
    derive_level,
)
from newsmeta._schema import SCHEMA_VERSION, json_schema
from newsmeta._serialize import from_dict, from_json, to_dict, to_json
from newsmeta._settings import Limits
from newsmeta._validate import validate

__version__ = "0.1.0"

__all__ = [
    "RENDERERS",
    "SCHEMA_VERSION",
    "AIDisclosure",
    "AIInvolvement",
    "AILevel",
    "AISignal",
    "AggregateRating",
    "Article",
    "Author",
    "AuthorKind",
    "BatchInput",
    "BatchResult",
    "Comment",
    "Evidence",
    "ExtractionWarning",
    "LimitExceededError",
    "Limits",
    "NewsmetaError",
    "Organization",
    "ParseError",
    "ParsedDate",
    "Problem",
    "Provenance",
    "Rating",
    "RelativeTime",
    "RenderWindow",
    "SchemaError",
    "SourceKind",
    "ValidationError",
    "Window",
    "__version__",
    "build_disclosure",
    "derive_level",
    "extract",
    "extract_many",
    "from_dict",
    "from_json",
    "from_jsonld",
    "humanize",
    "iter_inputs",
    "json_schema",
    "parse_date",
    "parse_date_ex",
    "parse_relative",
    "render_window",
    "to_dict",
    "to_json",
    "to_jsonld",
    "validate",
]
