"""newsmeta: typed article and provenance metadata for Python.

The models, the errors and :class:`Limits` load with ``import newsmeta``; everything else
(extraction, dates, batch, schema, validation, serialisation) loads on first use, so that
importing the package stays fast. Areas are public submodules, re-exported here:
:mod:`newsmeta.dates`, :mod:`newsmeta.schema`, :mod:`newsmeta.batch`,
:mod:`newsmeta.testing` (and :mod:`newsmeta.strategies` for hypothesis).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

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
    AIPart,
    AISignal,
    Article,
    Author,
    AuthorKind,
    Block,
    BlockKind,
    Comment,
    Evidence,
    ExtractionWarning,
    Image,
    Inline,
    Organization,
    Provenance,
    Rating,
    SourceKind,
    derive_level,
)
from newsmeta._settings import Limits

if TYPE_CHECKING:  # the lazily loaded names, for type checkers and IDEs
    from newsmeta import batch, dates, schema, testing
    from newsmeta._body import to_html, to_markdown, to_text
    from newsmeta._extract import build_disclosure, extract
    from newsmeta._extract._structured import items
    from newsmeta._jsonld import from_jsonld, to_jsonld
    from newsmeta._serialize import from_dict, from_json, to_dict, to_json
    from newsmeta._validate import PUBLISHABLE, validate
    from newsmeta.batch import BatchInput, BatchResult, extract_many, iter_inputs
    from newsmeta.dates import (
        RENDERERS,
        ParsedDate,
        RelativeTime,
        RenderWindow,
        Window,
        find_date,
        humanize,
        parse_date,
        parse_date_ex,
        parse_relative,
        render_window,
    )
    from newsmeta.schema import SCHEMA_VERSION, json_schema

    __version__: str

__all__ = [
    "PUBLISHABLE",
    "RENDERERS",
    "SCHEMA_VERSION",
    "AIDisclosure",
    "AIInvolvement",
    "AILevel",
    "AIPart",
    "AISignal",
    "AggregateRating",
    "Article",
    "Author",
    "AuthorKind",
    "BatchInput",
    "BatchResult",
    "Block",
    "BlockKind",
    "Comment",
    "Evidence",
    "ExtractionWarning",
    "Image",
    "Inline",
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
    "batch",
    "build_disclosure",
    "dates",
    "derive_level",
    "extract",
    "extract_many",
    "find_date",
    "from_dict",
    "from_json",
    "from_jsonld",
    "humanize",
    "items",
    "iter_inputs",
    "json_schema",
    "parse_date",
    "parse_date_ex",
    "parse_relative",
    "render_window",
    "schema",
    "testing",
    "to_dict",
    "to_html",
    "to_json",
    "to_jsonld",
    "to_markdown",
    "to_text",
    "validate",
]

_SUBMODULES = frozenset({"batch", "dates", "schema", "strategies", "testing"})
_LAZY: dict[str, str] = {
    "build_disclosure": "newsmeta._extract",
    "extract": "newsmeta._extract",
    "from_jsonld": "newsmeta._jsonld",
    "to_jsonld": "newsmeta._jsonld",
    "from_dict": "newsmeta._serialize",
    "from_json": "newsmeta._serialize",
    "to_dict": "newsmeta._serialize",
    "to_json": "newsmeta._serialize",
    "items": "newsmeta._extract._structured",
    "to_html": "newsmeta._body",
    "to_markdown": "newsmeta._body",
    "to_text": "newsmeta._body",
    "PUBLISHABLE": "newsmeta._validate",
    "validate": "newsmeta._validate",
    "SCHEMA_VERSION": "newsmeta.schema",
    "json_schema": "newsmeta.schema",
    **dict.fromkeys(("BatchInput", "BatchResult", "extract_many", "iter_inputs"), "newsmeta.batch"),
    **dict.fromkeys(
        (
            "RENDERERS",
            "ParsedDate",
            "RelativeTime",
            "RenderWindow",
            "Window",
            "find_date",
            "humanize",
            "parse_date",
            "parse_date_ex",
            "parse_relative",
            "render_window",
        ),
        "newsmeta.dates",
    ),
}


def __getattr__(name: str) -> Any:
    """Load a public name (or submodule) on first use and cache it on the package."""
    if name in _SUBMODULES:
        value: Any = importlib.import_module(f"newsmeta.{name}")
    elif name in _LAZY:
        value = getattr(importlib.import_module(_LAZY[name]), name)
    elif name == "__version__":
        from importlib.metadata import PackageNotFoundError, version

        try:
            value = version("newsmeta")
        except PackageNotFoundError:  # pragma: no cover - running from an uninstalled tree
            value = "0+unknown"
    else:
        raise AttributeError(f"module 'newsmeta' has no attribute {name!r}")
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
