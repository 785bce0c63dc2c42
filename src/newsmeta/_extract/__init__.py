"""The extraction engine: page -> sources -> merge -> Article."""

from newsmeta._extract._engine import extract, extract_page

__all__ = ["extract", "extract_page"]
