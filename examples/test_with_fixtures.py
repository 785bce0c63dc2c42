"""An example user test suite built on newsmeta's pytest fixtures.

Nothing to set up: ``pip install newsmeta[testing]`` registers the plugin, so the
``newsmeta_article``, ``newsmeta_page`` and ``newsmeta_factory`` fixtures are there.
Run it with ``pytest examples/`` (add ``--newsmeta-seed 7`` for other articles).

The "scraper" under test is a stand-in for your own code: a tiny function that reads a
headline and a byline from a page.
"""

from __future__ import annotations

import lxml.html
import pytest

from newsmeta import Article
from newsmeta.testing import MARKUPS, ArticleFactory, render_html


def my_headline(page: str) -> str:
    """The code under test: the page's first <h1>, whitespace-normalised."""
    tree = lxml.html.fromstring(page)
    h1 = next(tree.iter("h1"))
    text = lxml.html.tostring(h1, method="text", encoding="unicode")
    return " ".join(text.split())


def test_headline_of_the_default_page(newsmeta_page: str, newsmeta_article: Article) -> None:
    assert my_headline(newsmeta_page) == newsmeta_article.title


@pytest.mark.parametrize("newsmeta_markup", MARKUPS)
def test_headline_in_every_markup(newsmeta_page: str, newsmeta_article: Article) -> None:
    # Parametrizing ``newsmeta_markup`` changes the page the ``newsmeta_page`` fixture renders.
    assert my_headline(newsmeta_page) == newsmeta_article.title


@pytest.mark.parametrize("seed", range(5))
def test_spanish_articles_with_overrides(newsmeta_factory: ArticleFactory, seed: int) -> None:
    article = newsmeta_factory(seed, language="es", title="Titular de prueba & <más>")
    page = render_html(article, markup="wordpress")
    assert my_headline(page) == "Titular de prueba & <más>"
    assert article.language == "es"


def test_pages_in_other_encodings(newsmeta_article: Article) -> None:
    data = render_html(newsmeta_article, markup="plain", encoding="iso-8859-1")
    assert b'<meta charset="iso-8859-1">' in data
    assert my_headline(data.decode("iso-8859-1")) == newsmeta_article.title
