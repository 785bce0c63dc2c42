"""Fixtures for test suites: seeded articles, realistic HTML pages and a pytest plugin.

>>> from newsmeta.testing import make_article, render_html
>>> article = make_article(7, language="es")
>>> html = render_html(article, markup="microdata")

Everything is deterministic for a seed and never touches the network or the file system.
The pytest plugin lives in :mod:`newsmeta.testing._plugin` (fixtures ``newsmeta_article``,
``newsmeta_page``, ``newsmeta_factory``; option ``--newsmeta-seed``).
"""

from __future__ import annotations

from newsmeta.testing._factories import (
    ArticleFactory,
    make_article,
    make_author,
    make_comment,
    make_disclosure,
    make_rating,
)
from newsmeta.testing._render import MARKUPS, FixturePage, render_html
from newsmeta.testing._roundtrip import RoundTrip, compare_roundtrip

__all__ = [
    "MARKUPS",
    "ArticleFactory",
    "FixturePage",
    "RoundTrip",
    "compare_roundtrip",
    "make_article",
    "make_author",
    "make_comment",
    "make_disclosure",
    "make_rating",
    "render_html",
]
