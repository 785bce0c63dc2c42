"""The newsmeta pytest plugin: seeded fixture articles and pages for any test suite.

Registered through the ``pytest11`` entry point ``newsmeta`` (or load it explicitly with
``-p newsmeta.testing._plugin``). Importing this module is cheap: it imports pytest only,
and newsmeta's factories when a fixture is first used; it never imports hypothesis.

Fixtures
--------
``newsmeta_seed``     the seed from ``--newsmeta-seed`` (default 0)
``newsmeta_markup``   the markup of ``newsmeta_page`` (default ``"jsonld"``; parametrize it)
``newsmeta_factory``  ``factory(seed=None, **overrides) -> Article``
``newsmeta_article``  ``make_article(newsmeta_seed)``
``newsmeta_page``     ``render_html(newsmeta_article, markup=newsmeta_markup)`` (a str)
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import pytest

from newsmeta.testing._factories import ArticleFactory

if TYPE_CHECKING:
    from newsmeta._models import Article

__all__ = [
    "ArticleFactory",
    "newsmeta_article",
    "newsmeta_factory",
    "newsmeta_markup",
    "newsmeta_page",
    "newsmeta_seed",
    "pytest_addoption",
    "pytest_report_header",
]


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("newsmeta", "newsmeta fixtures")
    group.addoption(
        "--newsmeta-seed",
        action="store",
        type=int,
        default=0,
        metavar="N",
        help="seed of the newsmeta_article / newsmeta_page fixtures (default 0)",
    )


def pytest_report_header(config: pytest.Config) -> str | None:
    seed = config.getoption("--newsmeta-seed", default=0)
    return f"newsmeta fixtures: --newsmeta-seed={seed}" if seed else None


@pytest.fixture
def newsmeta_seed(request: pytest.FixtureRequest) -> int:
    """The base seed (``--newsmeta-seed``, default 0)."""
    value = request.config.getoption("--newsmeta-seed", default=0)
    return int(value) if value is not None else 0


@pytest.fixture
def newsmeta_markup() -> str:
    """The markup of ``newsmeta_page``; override or parametrize it to change the page."""
    return "jsonld"


@pytest.fixture
def newsmeta_factory(newsmeta_seed: int) -> ArticleFactory:
    """A callable ``(seed=None, *, language="en", **overrides) -> Article``.

    Without a seed it uses the ``--newsmeta-seed`` one, so ``newsmeta_factory()`` equals
    ``newsmeta_article``.
    """
    from newsmeta.testing import make_article

    def factory(seed: int | None = None, *, language: str = "en", **overrides: Any) -> Article:
        return make_article(newsmeta_seed if seed is None else seed, language=language, **overrides)

    return factory


@pytest.fixture
def newsmeta_article(newsmeta_factory: ArticleFactory) -> Article:
    """A realistic article made from the ``--newsmeta-seed`` seed."""
    return newsmeta_factory()


@pytest.fixture
def newsmeta_page(newsmeta_article: Article, newsmeta_markup: str) -> str:
    """The HTML page of ``newsmeta_article`` in ``newsmeta_markup``."""
    from newsmeta.testing import render_html

    return render_html(newsmeta_article, markup=newsmeta_markup)
