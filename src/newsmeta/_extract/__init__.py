"""The extraction engine: page -> sources -> merge -> Article."""

from newsmeta._extract._engine import extract, extract_page
from newsmeta._extract.sources.disclosure import build_disclosure

__all__ = ["build_disclosure", "extract", "extract_page"]
