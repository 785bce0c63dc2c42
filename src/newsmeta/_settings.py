"""Limits and defaults, in one place. Every limit is configurable per call through ``Limits``."""

from __future__ import annotations

import attrs

__all__ = ["DEFAULT_LIMITS", "Limits"]


@attrs.frozen(kw_only=True)
class Limits:
    """Bounds that keep parsing safe and linear on hostile input.

    Exceeding ``max_input_bytes`` raises :class:`newsmeta.LimitExceededError`; the other
    limits stop reading that part of the page and leave a warning on
    ``Article.provenance.warnings`` (nothing kept is silently truncated).
    """

    max_input_bytes: int = 20 * 1024 * 1024
    """Largest page accepted by ``extract`` (bytes, or UTF-8 bytes of a str)."""
    max_jsonld_bytes: int = 2 * 1024 * 1024
    """Largest single JSON-LD block read; a larger one is skipped with a warning."""
    max_jsonld_blocks: int = 64
    """Most JSON-LD blocks read from one page."""
    max_json_depth: int = 64
    """Deepest JSON nesting accepted (JSON-LD blocks and from_json input)."""
    max_jsonld_nodes: int = 20_000
    """Most JSON-LD objects visited on one page."""
    max_comments: int = 5_000
    """Most comments kept from one page."""
    max_candidates: int = 10_000
    """Most candidate values considered per page (all fields together)."""
    max_tree_depth: int = 1_000
    """Elements nested deeper than this are not walked by the extractors."""
    max_tag_attributes: int = 256
    """Most attributes kept on one start tag; the rest of a longer tag is dropped before
    parsing, with a warning (libxml2 takes time quadratic in a tag's attribute count)."""


DEFAULT_LIMITS = Limits()
