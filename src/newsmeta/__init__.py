"""newsmeta: typed article and provenance metadata for Python."""

from __future__ import annotations

from newsmeta._errors import (
    LimitExceededError,
    NewsmetaError,
    ParseError,
    Problem,
    SchemaError,
    ValidationError,
)
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
from newsmeta._settings import Limits

__version__ = "0.1.0"

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
    "Evidence",
    "ExtractionWarning",
    "LimitExceededError",
    "Limits",
    "NewsmetaError",
    "Organization",
    "ParseError",
    "Problem",
    "Provenance",
    "Rating",
    "SchemaError",
    "SourceKind",
    "ValidationError",
    "__version__",
    "derive_level",
]
